/**
 * The format cache: a run after an edit takes the unchanged modules' formatting from
 * node_modules/.cache/vsphere-typegen/format/ and writes exactly the bytes a cold run writes; the cache is what a
 * run reads; a damaged entry is formatted again; no node_modules, no cache folder.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { generate } from "../../src/pipeline";
import { CACHE_DIR_VARIABLE } from "../../src/format/formatCache";
import * as prettier from "prettier";
import { PRETTIER_OPTIONS, splitHeader } from "../../src/format/formatFiles";
import { tempDir, tempProject, type TempProject, outputFiles } from "../support/helpers";

// These tests are about where the cache goes by default: not where the suite's shared cache is (globalSetup.js).
const suiteCache = process.env[CACHE_DIR_VARIABLE];
beforeAll(() => delete process.env[CACHE_DIR_VARIABLE]);
afterAll(() => {
  if (suiteCache !== undefined) process.env[CACHE_DIR_VARIABLE] = suiteCache;
});

/** A project with the SessionEvent family's schemas and a node_modules folder (where the cache goes). */
function project(): TempProject & { cache: string } {
  const p = tempProject({ nodeModules: "empty" });
  return { ...p, cache: path.join(p.dir, "node_modules", ".cache", "vsphere-typegen", "format") };
}

const run = (p: { dir: string; schemas: string }, out: string, formatCache?: false) =>
  generate({
    cwd: p.dir,
    schemaDirs: [p.schemas],
    outDir: path.join(p.dir, out),
    ...(formatCache === undefined ? {} : { formatCache }),
  });

/** Every file of a folder (its subfolders' too), by relative path. */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(outputFiles(dir).map((name) => [name, fs.readFileSync(path.join(dir, name), "utf8")]));
}

/** One word of one description changed, as a user edits. */
function editDescription(schemas: string): void {
  const file = path.join(schemas, "vim25", "UserLogoutSessionEvent.yaml");
  const text = fs.readFileSync(file, "utf8");
  const edited = text.replace(/description: (\S)/, "description: Edited. $1");
  expect(edited).not.toBe(text);
  fs.writeFileSync(file, edited);
}

test("after an edit, a warm run writes the same bytes as a cold run, file by file", async () => {
  const p = project();
  await run(p, "out");
  const entries = fs.readdirSync(p.cache);
  // One entry per group of statements formatted (format/statementGroups.ts): one or more per module.
  expect(entries.length).toBeGreaterThanOrEqual(Object.keys(files(path.join(p.dir, "out"))).length);
  editDescription(p.schemas);
  const warm = await run(p, "out");
  expect(warm.written.length).toBeGreaterThan(0);
  // Only the modules whose code changed were formatted anew: a few new entries beside the old ones.
  const added = fs.readdirSync(p.cache).filter((e) => !entries.includes(e));
  expect(added.length).toBeGreaterThan(0);
  expect(added.length).toBeLessThanOrEqual(warm.written.length);
  expect(added.length).toBeLessThan(entries.length / 4);
  // The same edit in a project of its own, formatted without a cache.
  const q = project();
  editDescription(q.schemas);
  await run(q, "out", false);
  expect(fs.existsSync(q.cache)).toBe(false);
  expect(files(path.join(p.dir, "out"))).toEqual(files(path.join(q.dir, "out")));
});

test("the cache is read: an entry whose digest matches is used as it is, a damaged one is formatted again", async () => {
  const p = project();
  await run(p, "out");
  const cold = files(path.join(p.dir, "out"));
  const names = fs.readdirSync(p.cache);
  const sha = (text: string): string => createHash("sha256").update(text).digest("hex");
  // An entry rewritten whole (its digest line matching its new text) is what the next run writes: read, not redone.
  const entry = (name: string): string => fs.readFileSync(path.join(p.cache, name), "utf8");
  const typesEntry = names.find((n) => entry(n).includes("export interface UserLogoutSessionEvent")) ?? "";
  const marked = `${entry(typesEntry).slice(entry(typesEntry).indexOf("\n") + 1)}// from the cache\n`;
  fs.writeFileSync(path.join(p.cache, typesEntry), `${sha(marked)}\n${marked}`);
  fs.rmSync(path.join(p.dir, "out"), { recursive: true });
  await run(p, "out");
  expect(fs.readFileSync(path.join(p.dir, "out", "types.ts"), "utf8")).toMatch(/\/\/ from the cache\n$/);
  // Damaged entries (the text no longer matches the digest on the first line) are formatted again.
  for (const name of names) fs.appendFileSync(path.join(p.cache, name), "// damaged\n");
  fs.rmSync(path.join(p.dir, "out"), { recursive: true });
  await run(p, "out");
  expect(files(path.join(p.dir, "out"))).toEqual(cold);
});

test("without a node_modules folder nothing is cached and nothing is created", async () => {
  const { dir } = tempProject();
  await generate({ cwd: dir, schemaDirs: [path.join(dir, "schemas")], outDir: path.join(dir, "out") });
  expect(fs.readdirSync(dir).sort()).toEqual(["out", "schemas"]);
});

test("$VSPHERE_TYPEGEN_CACHE_DIR names the cache folder: entries go to its format/, none to node_modules", async () => {
  const p = project();
  const named = tempDir();
  process.env[CACHE_DIR_VARIABLE] = named;
  try {
    await run(p, "out");
    const cold = files(path.join(p.dir, "out"));
    expect(fs.existsSync(p.cache)).toBe(false);
    expect(fs.readdirSync(path.join(named, "format")).length).toBeGreaterThan(0);
    // The output made again from the named cache is the same bytes.
    fs.rmSync(path.join(p.dir, "out"), { recursive: true });
    await run(p, "out");
    expect(files(path.join(p.dir, "out"))).toEqual(cold);
  } finally {
    delete process.env[CACHE_DIR_VARIABLE];
  }
});

test("a second output folder is formatted from the cache: its modules' headers differ, their code does not", async () => {
  const p = project();
  await run(p, "out");
  const entries = fs.readdirSync(p.cache).sort();
  await run(p, "elsewhere/out");
  // Not one text formatted anew, though every header names its own folder in the regenerate command.
  expect(fs.readdirSync(p.cache).sort()).toEqual(entries);
  const first = files(path.join(p.dir, "out"));
  const second = files(path.join(p.dir, "elsewhere", "out"));
  expect(Object.keys(second)).toEqual(Object.keys(first));
  for (const [name, text] of Object.entries(second)) {
    const [header, body] = splitHeader(text);
    expect([name, header]).toEqual([name, expect.stringContaining("--out elsewhere/out")]);
    expect([name, body]).toEqual([name, splitHeader(first[name] ?? "")[1]]);
  }
});

test("a header is split off only where prettier keeps it as it is: header + format(body) is format(whole)", async () => {
  const format = (text: string): Promise<string> => prettier.format(text, PRETTIER_OPTIONS);
  const split: [string, string, string][] = [
    ["// a\n// b\nimport x from 'x';\n", "// a\n// b\n", "import x from 'x';\n"],
    ["//\n// c\nconst x = 1;\n", "//\n// c\n", "const x = 1;\n"],
    // One empty line after the header, which prettier keeps, goes with it.
    ["// a\n\n/** b */\nx;\n", "// a\n\n", "/** b */\nx;\n"],
  ];
  for (const [text, header, body] of split) {
    expect(splitHeader(text)).toEqual([header, body]);
    expect(header + (await format(body))).toBe(await format(text));
  }
  // Trailing whitespace (prettier trims it), `// prettier-ignore` (the next statement is left as written), a line of
  // spaces, a tab or a carriage return, or two empty lines after the header (prettier makes them one empty line), a
  // module that is only comments, or no header: the text stays whole.
  for (const text of [
    "// a \nconst x = 1;\n",
    "// prettier-ignore\nconst   x  =  [1,2];\n",
    "// a\n   \nconst x = 1;\n",
    "// a\n\t\n\nconst x = 1;\n",
    "// a\n\r\nconst x = 1;\n",
    "// a\n\n\nconst x = 1;\n",
    "// a\n",
    "const x = 1;\n",
    "/* a */\nx;\n",
  ])
    expect(splitHeader(text)).toEqual(["", text]);
});
