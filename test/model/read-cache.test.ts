/**
 * The read cache (src/validate/readCache.ts): a run reads from it what an earlier run read from the same text, and
 * what it gives is what a parse gives (the catalogue, compared declaration by declaration and as a model);
 * an edited file is parsed again, a file with a problem is never kept (its problems are reported on every run), a
 * project that moved or a damaged cache file costs a parse, and a run without a cache folder writes none.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadSchemas } from "../../src/load/loadSchemas";
import { buildModel } from "../../src/model/buildModel";
import { inLoadOrder, openReadCache } from "../../src/validate/readCache";
import { readFiles, validateReads, type ValidationResult } from "../../src/validate/validateSchemas";
import { CATALOGUE_SCHEMAS, copyDir, REPO, SESSION_SCHEMAS, tempDir } from "../support/helpers";

/** A load as the pipeline makes it, with how many files were parsed and how many recalled. */
function load(
  dirs: string[],
  displayBase: string,
  cacheDir: string | undefined,
  salt = "salt",
): { result: ValidationResult; parsed: number; recalled: number } {
  const cache = openReadCache(cacheDir, dirs, salt);
  const loaded = loadSchemas(dirs, displayBase, (file) => cache.recall(file));
  const reads = inLoadOrder([...loaded.recalled, ...readFiles(loaded.files)], loaded.order);
  cache.record(reads);
  return {
    result: validateReads(reads, loaded.diagnostics),
    parsed: loaded.files.length,
    recalled: loaded.recalled.length,
  };
}

function session(): { dir: string; schemas: string; cache: string } {
  const dir = tempDir();
  copyDir(SESSION_SCHEMAS, path.join(dir, "schemas"));
  return { dir, schemas: path.join(dir, "schemas"), cache: path.join(dir, "cache") };
}

test("the catalogue read back from the cache is what parsing it gives, declaration by declaration", () => {
  // The catalogue holds every kind of declaration (types, enums, methods, managed objects) and every key they take.
  const cache = tempDir();
  const fresh = load([CATALOGUE_SCHEMAS], REPO, cache);
  const again = load([CATALOGUE_SCHEMAS], REPO, cache);
  expect([fresh.recalled, again.parsed]).toEqual([0, 0]);
  expect(again.recalled).toBe(fresh.parsed);
  expect(again.recalled).toBeGreaterThan(800);
  if (!fresh.result.ok || !again.result.ok) throw new Error("the catalogue is valid");
  for (const kind of ["types", "enums", "methods", "managedObjects"] as const)
    expect(again.result.schemas[kind].length).toBeGreaterThan(0);
  expect(again.result.schemas).toEqual(fresh.result.schemas);
  expect(buildModel(again.result.schemas)).toEqual(buildModel(fresh.result.schemas));
});

test("an edited file is parsed again and read as it is now; the others are recalled", () => {
  const { dir, schemas, cache } = session();
  const first = load([schemas], dir, cache);
  const edited = path.join(schemas, "vim25", "UserLogoutSessionEvent.yaml");
  fs.writeFileSync(edited, fs.readFileSync(edited, "utf8").replace("description: ", "description: Edited. "));
  const second = load([schemas], dir, cache);
  expect([second.parsed, second.recalled]).toEqual([1, first.parsed - 1]);
  if (!second.result.ok) throw new Error("still valid");
  const logout = second.result.schemas.types.find((t) => t.name === "UserLogoutSessionEvent");
  expect(logout?.description).toMatch(/^Edited\. /);
  // The edit is kept too: a third run parses nothing.
  expect(load([schemas], dir, cache).parsed).toBe(0);
});

test("a file with a problem is never kept: every run parses it and reports it at its place", () => {
  const { dir, schemas, cache } = session();
  load([schemas], dir, cache);
  const broken = path.join(schemas, "vim25", "UserLogoutSessionEvent.yaml");
  fs.writeFileSync(broken, fs.readFileSync(broken, "utf8").replace("    format: int64\n", "    format: int46\n"));
  for (const run of [load([schemas], dir, cache), load([schemas], dir, cache)]) {
    expect(run.parsed).toBe(1);
    expect(run.result.ok).toBe(false);
    if (!run.result.ok)
      expect(run.result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
        "schemas/vim25/UserLogoutSessionEvent.yaml unknown-format",
      ]);
  }
});

test("a problem between files is found among recalled reads too", () => {
  const { dir, schemas, cache } = session();
  load([schemas], dir, cache);
  const file = path.join(schemas, "vim25", "UserLogoutSessionEvent.yaml");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("extends: SessionEvent", "extends: SesionEvent"));
  // The file reads without a problem of its own, so it is kept; its base is still unknown to the set.
  for (const run of [load([schemas], dir, cache), load([schemas], dir, cache)]) {
    expect(run.result.ok).toBe(false);
    if (!run.result.ok)
      expect(run.result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([
        "schemas/vim25/UserLogoutSessionEvent.yaml:2:10 unknown-base",
      ]);
  }
  expect(load([schemas], dir, cache).parsed).toBe(0);
});

test("a moved project, another generator and a damaged cache file each cost a parse, never a wrong read", () => {
  const { dir, schemas, cache } = session();
  const first = load([schemas], dir, cache);
  // Displayed from another folder: the paths in declarations and diagnostics differ, so nothing is recalled.
  expect(load([schemas], path.dirname(dir), cache).recalled).toBe(0);
  // Another generator (its digest is the salt) has a cache file of its own.
  expect(load([schemas], dir, cache, "another").recalled).toBe(0);
  // Any byte of a cache file changed: the file is not used, and the run writes a good one again.
  for (const name of fs.readdirSync(cache)) {
    const file = path.join(cache, name);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"description":"', '"description":"Wrong. '));
  }
  const damaged = load([schemas], dir, cache);
  expect([damaged.parsed, damaged.result]).toEqual([first.parsed, first.result]);
  expect(load([schemas], dir, cache).recalled).toBe(first.parsed);
});

test("without a cache folder nothing is recalled or written", () => {
  const { dir, schemas } = session();
  const before = fs.readdirSync(dir);
  expect(load([schemas], dir, undefined).recalled).toBe(0);
  expect(load([schemas], dir, undefined).recalled).toBe(0);
  expect(fs.readdirSync(dir)).toEqual(before);
});
