/**
 * Shared test helpers: paths, in-memory schema sets, temporary folders and projects, running the real CLI and other
 * commands.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as prettier from "prettier";
import { isSyntaxError, PRETTIER_OPTIONS } from "../../src/format/formatFiles";
import { topLevelStatements } from "../../src/format/statementGroups";
import { loadSchemas, parseSchemaText, schemaFilesOf } from "../../src/load/loadSchemas";
import { buildModel } from "../../src/model/buildModel";
import type { Model } from "../../src/model/ir";
import { recordedTypeCount } from "../../src/runContext";
import { validateSchemas, type ValidationResult } from "../../src/validate/validateSchemas";
import type { Diagnostic } from "../../src/diagnostic";

export const REPO = path.resolve(__dirname, "../..");
export const FIXTURES = path.join(REPO, "test/fixtures");
export const BUNDLED_SCHEMAS = path.join(REPO, "schemas");
/**
 * The hand-kept catalogue (every event and what it carries, the methods and managed objects the client uses): the
 * schema set most tests run against, a quarter of the whole API the bundled schemas hold. Its output is committed in
 * test/catalogue/ (`npm run generate` writes it, `npm run check` holds it current), and tests import it from there.
 */
export const CATALOGUE_SCHEMAS = path.join(REPO, "schemas", "vim25");
export const CATALOGUE_OUT = path.join(REPO, "test", "catalogue");

/** The golden outputs of the other option combinations, relative to the repository (`npm run check` holds them). */
export const GOLDEN_OUTPUTS = ["test/golden/bigint", "test/golden/date", "test/golden/bigint-date"] as const;
/** The SessionEvent family alone (22 types, a copy of the hand-kept files): quick to generate, for CLI tests. */
export const SESSION_SCHEMAS = path.join(REPO, "test", "schemas");
/**
 * How many types and schema files the bundled schemas hold: the type count the committed whole-API output's header
 * records (`npm run check` holds it current; runContext.ts reads it), the files as the load stage finds them. For tests
 * that see counts of the bundled schemas with a type of their own added.
 */
export function bundledCounts(): { types: number; schemaFiles: number } {
  const types = recordedTypeCount(fs.readFileSync(path.join(REPO, "generated", "index.ts"), "utf8"));
  if (types === undefined) throw new Error("generated/index.ts records no type count");
  return { types, schemaFiles: schemaFilesOf([BUNDLED_SCHEMAS]).length };
}

/** The files of an output folder, the run time's copies in runtime/ included, as relative paths, sorted. */
export function outputFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * How many files an output of the session family holds with its own run time (no client): the modules of its
 * committed golden output, which `npm run check` holds current (and which imports generated/'s run time), and the
 * run time's copies but the client's.
 */
export const SESSION_OUTPUT_FILES =
  outputFiles(path.join(REPO, "test", "golden", "bigint")).length +
  outputFiles(path.join(REPO, "generated", "runtime")).length -
  fs.readdirSync(path.join(REPO, "templates", "client")).filter((f) => f.endsWith(".ts")).length;

/** A generated module's text with its parts' (`types.ts` and `types/*.ts`, when the output is split by family). */
export function moduleText(outDir: string, module: string): string {
  const parts = path.join(outDir, module);
  const partFiles = fs.existsSync(parts)
    ? fs
        .readdirSync(parts)
        .filter((f) => f.endsWith(".ts"))
        .sort()
    : [];
  return [`${module}.ts`, ...partFiles.map((f) => path.join(module, f))]
    .map((f) => fs.readFileSync(path.join(outDir, f), "utf8"))
    .join("\n");
}

export function fixture(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8"));
}

/** Validates schema files given as `{ "Name.yaml": "yaml text" }`, without touching the disk. */
export function validateTexts(files: Record<string, string>): ValidationResult {
  const loaded = Object.entries(files).map(([name, text]) => parseSchemaText(name, text));
  return validateSchemas(
    loaded.map((l) => l.file),
    loaded.flatMap((l) => l.diagnostics),
  );
}

export function diagnosticsOf(files: Record<string, string>): Diagnostic[] {
  const result = validateTexts(files);
  if (result.ok) throw new Error("expected diagnostics, the schemas are valid");
  return [...result.diagnostics];
}

/** `file:line:col code` of each diagnostic: compact enough to pin in a table. */
export function located(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`);
}

/** The model of a schema folder as generate builds it: the catalogue's (schemas/vim25/) unless another is given. */
export function catalogueModel(dir = CATALOGUE_SCHEMAS): Model {
  const loaded = loadSchemas([dir], REPO);
  const result = validateSchemas(loaded.files, loaded.diagnostics);
  if (!result.ok) throw new Error(`${path.relative(REPO, dir)} holds invalid schemas`);
  return buildModel(result.schemas);
}

export function modelOf(files: Record<string, string>): Model {
  const result = validateTexts(files);
  if (!result.ok)
    throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.message}`).join("\n"));
  return buildModel(result.schemas);
}

export function tempDir(prefix = "vsphere-typegen-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function copyDir(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
}

/** Every file under `dir` with its bytes, for "nothing changed" assertions. */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = fs.readFileSync(full, "latin1");
  }
  return out;
}

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the real command (bin/vsphere-typegen.js over dist/, of this repository or of `packageDir`) in `cwd`, without
 * the colour settings of the environment the tests run in (jest may set FORCE_COLOR), plus `env`.
 */
export function runCli(
  args: readonly string[],
  cwd: string = REPO,
  packageDir: string = REPO,
  env: Readonly<Record<string, string>> = {},
): CliResult {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [path.join(packageDir, "bin/vsphere-typegen.js"), ...args], {
    env: { ...inherited, ...env },
    cwd,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `command` in `cwd` to its end, with this process's environment plus `env`. */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>> = {},
): CliResult {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The pid of a process that has exited. */
export function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ["-e", ""]);
  return pid;
}

/** What `run` threw, or undefined when it returned. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** `run`, with what the command wrote to stdout and then to stderr as one text. */
export function runJoined(
  command: string,
  args: readonly string[],
  cwd: string,
): { status: number | null; output: string } {
  const { status, stdout, stderr } = run(command, args, cwd);
  return { status, output: `${stdout}${stderr}` };
}

/** A temporary project folder (`dir`) with its schemas (`schemas`) and room for an output (`out`). */
export interface TempProject {
  readonly dir: string;
  readonly schemas: string;
  readonly out: string;
}

/**
 * A temporary project folder: `schemas/` a copy of `from` (by default the SessionEvent family, quick to generate),
 * room for an output in `generated/`; with `nodeModules`, a `node_modules/` folder, empty (where the format cache
 * goes) or with vsphere-typegen installed in it (linked to this repository).
 */
export function tempProject(
  options: { from?: string; prefix?: string; nodeModules?: "empty" | "linked" } = {},
): TempProject {
  const dir = tempDir(options.prefix);
  const schemas = path.join(dir, "schemas");
  copyDir(options.from ?? SESSION_SCHEMAS, schemas);
  if (options.nodeModules !== undefined) fs.mkdirSync(path.join(dir, "node_modules"));
  if (options.nodeModules === "linked") fs.symlinkSync(REPO, path.join(dir, "node_modules", "vsphere-typegen"), "dir");
  return { dir, schemas, out: path.join(dir, "generated") };
}

/** The `.ts` files under `dir` (and its folders, with `recursive`), named relative to it, with their texts. */
export function sourcesIn(dir: string, recursive = false): { path: string; text: string }[] {
  return fs
    .readdirSync(dir, { recursive, encoding: "utf8" })
    .filter((n) => n.endsWith(".ts"))
    .map((n) => ({ path: n, text: fs.readFileSync(path.join(dir, n), "utf8") }));
}

/**
 * The `.ts` files of `files` that are not what prettier writes for them whole, at the generator's options and with
 * the `typescript` parser a user's own prettier runs (the format stage settles groups with `babel-ts`).
 */
export async function notPrettierClean(files: readonly { path: string; text: string }[]): Promise<string[]> {
  const unclean: string[] = [];
  for (const file of files.filter((f) => f.path.endsWith(".ts")))
    if (!(await prettierClean(file.text))) unclean.push(file.path);
  return unclean;
}

/** Whether `text` is what prettier writes for it, at the generator's options with the `typescript` parser. */
async function prettierClean(text: string): Promise<boolean> {
  return (await prettier.format(text, { ...PRETTIER_OPTIONS, parser: "typescript" })) === text;
}

/**
 * notPrettierClean for outputs that differ from a proven one (`proven`, held to prettier whole elsewhere) in a few
 * statements: prettier formats each top-level statement on its own (src/format/statementGroups.ts), so each file is
 * clean when every statement the proven files lack is clean alone and the statements are joined by one blank line.
 * A statement that does not parse alone sends its file to prettier whole.
 */
export async function notPrettierCleanBeyond(
  files: readonly { path: string; text: string }[],
  proven: readonly { path: string; text: string }[],
): Promise<{ unclean: string[]; checked: number }> {
  const known = new Set(proven.flatMap((f) => topLevelStatements(f.text.trimEnd())));
  const unclean: string[] = [];
  let checked = 0;
  for (const file of files.filter((f) => f.path.endsWith(".ts"))) {
    if (!file.text.endsWith("\n") || file.text.endsWith("\n\n")) {
      unclean.push(file.path);
      continue;
    }
    for (const statement of topLevelStatements(file.text.trimEnd()).filter((s) => !known.has(s))) {
      checked++;
      const alone = await prettierClean(`${statement}\n`).catch((error: unknown) => {
        if (isSyntaxError(error)) return undefined;
        throw error;
      });
      if (alone === true) continue;
      if (alone === undefined && (await prettierClean(file.text))) break;
      unclean.push(file.path);
      break;
    }
  }
  return { unclean, checked };
}
