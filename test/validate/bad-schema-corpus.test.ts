/**
 * The bad-schema corpus: each folder under test/bad-schemas/ is a schema set with mistakes and the
 * exact diagnostics it must produce (expected.txt). The real CLI must print exactly those, exit 1 and
 * leave an existing output folder byte-identical.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { CATALOGUE_OUT, copyDir, REPO, runCli, snapshotDir, tempDir } from "../support/helpers";

const CORPUS = path.join(REPO, "test", "bad-schemas");
const cases = fs
  .readdirSync(CORPUS)
  .filter((name) => fs.statSync(path.join(CORPUS, name)).isDirectory())
  .sort();

test("the corpus holds at least 30 cases", () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
});

/**
 * An existing output that must come out untouched: the catalogue's (the whole API's is 32 MB to copy), copied once for
 * all the cases, and copied again after a case that changed it, so that the next starts from it whole.
 */
let out = "";
let before: Record<string, string> = {};
beforeAll(() => {
  out = path.join(tempDir(), "generated");
  copyDir(CATALOGUE_OUT, out);
  before = snapshotDir(out);
});

test.each(cases)("%s", (name) => {
  const dir = tempDir();
  const schemas = path.join(dir, "case");
  copyDir(path.join(CORPUS, name), schemas);
  const expected = fs.readFileSync(path.join(schemas, "expected.txt"), "utf8");
  fs.rmSync(path.join(schemas, "expected.txt"));
  const result = runCli(["generate", "--no-bundled", "--schemas", ".", "--out", out], schemas);
  const after = snapshotDir(out);
  if (!isDeepStrictEqual(after, before)) {
    fs.rmSync(out, { recursive: true, force: true });
    copyDir(CATALOGUE_OUT, out);
  }
  expect(result.stderr).toBe(expected);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe("");
  expect(after).toEqual(before);
});
