/**
 * The bad-schema corpus: each folder under test/bad-schemas/ is a schema set with mistakes and the
 * exact diagnostics it must produce (expected.txt). The real CLI must print exactly those, exit 1 and
 * leave an existing output folder byte-identical.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CATALOGUE_OUT, copyDir, REPO, runCli, snapshotDir, tempDir } from "../support/helpers";

const CORPUS = path.join(REPO, "test", "bad-schemas");
const cases = fs
  .readdirSync(CORPUS)
  .filter((name) => fs.statSync(path.join(CORPUS, name)).isDirectory())
  .sort();

test("the corpus holds at least 30 cases", () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
});

test.each(cases)("%s", (name) => {
  const dir = tempDir();
  const schemas = path.join(dir, "case");
  copyDir(path.join(CORPUS, name), schemas);
  const expected = fs.readFileSync(path.join(schemas, "expected.txt"), "utf8");
  fs.rmSync(path.join(schemas, "expected.txt"));
  const out = path.join(dir, "generated");
  // An existing output that must come out untouched: the catalogue's (the whole API's is 32 MB a case to copy).
  copyDir(CATALOGUE_OUT, out);
  const before = snapshotDir(out);
  const result = runCli(["generate", "--no-bundled", "--schemas", ".", "--out", out], schemas);
  expect(result.stderr).toBe(expected);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe("");
  expect(snapshotDir(out)).toEqual(before);
});
