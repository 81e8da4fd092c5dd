/**
 * The orchestrator: load -> validate -> model -> emit -> format, then write or check. It is the only
 * module that calls the stages, each of which takes the previous stage's typed value.
 */
import * as fs from "node:fs";
import {
  askedTypesFrom,
  INDEX,
  readsOf,
  recordedTypeCount,
  runContext,
  type PipelineOptions,
  type RunContext,
} from "./runContext";
import * as path from "node:path";
import { SchemaError } from "./diagnostic";
import { importTypes, type ImportRequest, type ImportResult } from "./import/importTypes";
import type { GeneratedFile } from "./emit/emitFiles";
import { readTemplates } from "./load/readTemplates";
import { packageRoot } from "./packageFiles";
import { emitDocs } from "./docs/emitDocs";
import { findSchemaFiles, loadSchemas, schemaFilesOf } from "./load/loadSchemas";
import { buildModel } from "./model/buildModel";
import type { Model } from "./model/ir";
import { planSchemaStub, writeSchemaStub } from "./scaffold/newSchema";
import { describeOptions, type CodeOptions } from "./options";
import { subsetSchemas } from "./model/subset";
import { didYouMean } from "./validate/suggest";
import { generator, installedVersion, inputDigest, isCurrent, recordsInputs, withDigests } from "./write/digest";
import { inLoadOrder, openReadCache, type ReadCache } from "./validate/readCache";
import { readFiles, validateReads } from "./validate/validateSchemas";
import { checkPaths, checkSharedRuntime, checkTargetFolder, UsageError } from "./preflight";
import { folderFlags, jsonSchemaRef } from "./projectPaths";
import { checkFiles, type CheckResult } from "./write/checkFiles";
import { ownedFiles, tidy, writeFiles, type WriteSummary } from "./write/writeFiles";

export { checkPaths, UsageError };
/** Which folders a schema walk skips, for the watcher, which must watch what the load stage reads. */
export { skippedFolder } from "./load/loadSchemas";

export {
  bundledSchemasDir,
  effectiveOptions,
  effectiveTypes,
  runContext,
  type PipelineOptions,
  type RunContext,
} from "./runContext";

/**
 * Loads, validates and models the schemas, or the subset `types` reaches; throws `SchemaError` with every problem
 * found, `UsageError` for a requested type that no schema declares.
 */
export function loadModel(options: PipelineOptions, types: readonly string[] | undefined = undefined): Model {
  return modelOf({ ...readsOf(options), types, typesFrom: askedTypesFrom(options) });
}

/**
 * The read cache of a run's schema folders, in `schemas/` beside the format cache's `format/` (none without one), for
 * this generator's code and templates and the YAML parser's version.
 */
function readCacheOf(run: Pick<RunContext, "schemaDirs" | "formatCache">): ReadCache {
  const salt = `${generator(__dirname, path.join(packageRoot(), "templates"))}\0yaml@${installedVersion("yaml")}`;
  return openReadCache(
    run.formatCache === undefined ? undefined : path.join(path.dirname(run.formatCache), "schemas"),
    run.schemaDirs,
    salt,
  );
}

function modelOf(run: Pick<RunContext, "schemaDirs" | "cwd" | "types" | "typesFrom" | "formatCache">): Model {
  const cache = readCacheOf(run);
  const loaded = loadSchemas(run.schemaDirs, run.cwd, (file) => cache.recall(file));
  const reads = inLoadOrder([...loaded.recalled, ...readFiles(loaded.files)], loaded.order);
  cache.record(reads);
  const validated = validateReads(reads, loaded.diagnostics);
  if (!validated.ok) throw new SchemaError(validated.diagnostics);
  if (run.types === undefined) return buildModel(validated.schemas);
  const subset = subsetSchemas(validated.schemas, run.types);
  if (subset.unknown.length > 0) {
    const declared = [...validated.schemas.types, ...validated.schemas.enums].map((d) => d.name);
    throw new UsageError(
      `${run.typesFrom}: no schema declares ${subset.unknown.map((t) => `${t}${didYouMean(t, declared)}`).join(", ")}`,
    );
  }
  return buildModel(subset.schemas);
}

/**
 * The emit and format stages, loaded on first use: they bring ts-morph (with TypeScript) and prettier, about half a
 * second of start-up that a run stopping at a diagnostic, answering from the digest, or printing help never needs.
 */
function emitStages(): Pick<typeof import("./emit/emitFiles"), "emitFiles" | "runtimeTemplates"> &
  Pick<typeof import("./format/formatFiles"), "formatFiles"> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    ...(require("./emit/emitFiles") as typeof import("./emit/emitFiles")),
    ...(require("./format/formatFiles") as typeof import("./format/formatFiles")),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** Everything the output folder should contain, formatted, in memory. */
export async function buildOutput(
  options: PipelineOptions,
): Promise<{ model: Model; files: GeneratedFile[]; code: CodeOptions }> {
  return outputOf(runContext(options));
}

/** The output of a run; `digest`, the digest of its inputs, when the caller has it already. */
async function outputOf(
  run: RunContext,
  digest: string = digestOf(run),
): Promise<{ model: Model; files: GeneratedFile[]; code: CodeOptions }> {
  const model = modelOf(run);
  const { code, sourceName, regenerate, types, runtimeFrom } = run;
  const templates = readTemplates();
  const { emitFiles, formatFiles, runtimeTemplates } = emitStages();
  if (runtimeFrom !== undefined)
    checkSharedRuntime(
      { ...run, runtimeFrom, importExtension: code.importExtension },
      runtimeTemplates(model, templates),
    );
  const { memory } = run;
  const emitted = emitFiles(model, { sourceName, regenerate, templates, code, types, runtimeFrom, memory });
  const formatted = await formatFiles(emitted, run.formatCache, memory);
  const texts = new Map(formatted.map((f) => [f.path, f.text]));
  const files = formatted.map((f) =>
    f.path === INDEX ? { path: f.path, text: withDigests(texts, INDEX, digest, memory) } : f,
  );
  return { model, files, code };
}

/** The command, run from the project root, that regenerates this output: what headers show and `new` prints. */
export function regenerateCommand(options: PipelineOptions, code?: CodeOptions): string {
  return runContext(options, code).regenerate;
}

/**
 * The regenerate command as a hint to follow: in backquotes, and with the folder to run it from when that is not
 * the working directory.
 */
export function regenerateHint(options: PipelineOptions, code?: CodeOptions): string {
  const run = runContext(options, code);
  const from = run.root === run.cwd ? "" : ` in ${path.relative(run.cwd, run.root) || "."}`;
  return `\`${run.regenerate}\`${from}`;
}

/**
 * The digest of everything the output depends on (the names and the command included, since the headers show them;
 * the subset too, which the command leaves out when the config file holds it).
 */
function digestOf(run: RunContext): string {
  return inputDigest(
    __dirname,
    path.join(packageRoot(), "templates"),
    `${describeOptions(run.code)}\0${run.regenerate}\0${run.runtimeFrom ?? ""}\0${run.types?.join(",") ?? ""}`,
    schemaFilesOf(run.schemaDirs),
    run.sourceName,
  );
}

/**
 * `check` without generating: when every file the output should hold is there, was generated from exactly
 * the current inputs and has not been edited, and no stale generated file remains, the number of schema
 * files read and the output's files; otherwise `undefined`.
 */
function currentByDigest(
  run: RunContext,
  digest: string,
): { readonly schemaFiles: number; readonly files: string[] } | undefined {
  // The index's manifest names every file the output holds (which depends on the model: the client is there only
  // when its methods are), so a missing, extra or edited file makes it differ.
  const owned = ownedFiles(run.outDir);
  if (!owned.includes(INDEX)) return undefined;
  // An index generated from other inputs answers alone, without the output's 32 MB read and hashed.
  const index = fs.readFileSync(path.join(run.outDir, INDEX), "utf8");
  if (!recordsInputs(index, digest)) return undefined;
  const texts = new Map(
    owned.map((name) => [name, name === INDEX ? index : fs.readFileSync(path.join(run.outDir, name), "utf8")]),
  );
  return isCurrent(texts, INDEX, digest)
    ? { schemaFiles: schemaFilesOf(run.schemaDirs).length, files: owned }
    : undefined;
}

/** What `generate` did: the files, the counts that went in, and whether the output was current already. */
export interface GenerateSummary extends WriteSummary {
  readonly types: number;
  readonly schemaFiles: number;
  readonly code: CodeOptions;
  /** The output was generated from exactly these inputs and not edited: nothing was built or written. */
  readonly current: boolean;
}

/**
 * `generate`: nothing changed, nothing done (the output's digest answers, as it does for `check`); otherwise the
 * output is built and only the files that change are written.
 */
export async function generate(options: PipelineOptions): Promise<GenerateSummary> {
  checkPaths(options, { writes: true });
  const run = runContext(options);
  const { code } = run;
  // The inputs' digest, read once: the check for a current output and the index of a new one both need it. Read before
  // the schemas are loaded: a schema saved during the run then leaves the output stale, never a stale output current.
  const digest = digestOf(run);
  const current = fs.existsSync(run.outDir) ? currentByDigest(run, digest) : undefined;
  const types = current === undefined ? undefined : recordedTypeCount(run.recorded);
  if (current !== undefined && types !== undefined) {
    tidy(options.outDir);
    const { schemaFiles, files: unchanged } = current;
    return { types, schemaFiles, code, current: true, written: [], unchanged, removed: [] };
  }
  const built = await outputOf(run, digest);
  return {
    types: built.model.types.length,
    schemaFiles: built.model.files.length,
    code: built.code,
    current: false,
    ...writeFiles(options.outDir, built.files),
  };
}

/** Writes a schema stub for a new type extending `base`; returns the file written. */
export function newType(
  options: PipelineOptions & { readonly targetDir: string | undefined },
  name: string,
  base: string,
): string {
  if (options.targetDir !== undefined) checkTargetFolder(options.targetDir, options.cwd);
  // The folder the stub goes to may not exist yet: it is created, not read.
  const schemaDirs = options.schemaDirs.filter((dir) => fs.existsSync(dir));
  const plan = planSchemaStub(loadModel({ ...options, schemaDirs }), {
    name,
    base,
    targetDir: options.targetDir,
    stubTemplate: fs.readFileSync(path.join(packageRoot(), "templates", "schema-stub.yaml"), "utf8"),
  });
  // The editor's line points at the JSON Schema from the folder the stub lands in.
  writeSchemaStub({ ...plan, text: plan.text.replace(/__SCHEMA__/g, jsonSchemaRef(path.dirname(plan.file))) });
  return plan.file;
}

/** The reference docs of the schemas as Markdown pages (`vsphere-typegen docs`), in memory. */
export function buildDocs(options: PipelineOptions): { model: Model; files: GeneratedFile[] } {
  const run = { ...runContext(options), types: undefined };
  const model = modelOf(run);
  const regenerate = ["npx vsphere-typegen docs", ...folderFlags(run.root, run.folders, undefined)].join(" ");
  return { model, files: emitDocs(model, { sourceName: run.sourceName, regenerate }) };
}

/** `docs`: writes the pages (only those that change), or with `checkOnly` compares them with the folder. */
export function docs(
  options: PipelineOptions,
  checkOnly: boolean,
): { model: Model; pages: number; write?: WriteSummary; check?: CheckResult } {
  checkPaths(options, { writes: !checkOnly });
  const { model, files } = buildDocs(options);
  return checkOnly
    ? { model, pages: files.length, check: checkFiles(options.outDir, files) }
    : { model, pages: files.length, write: writeFiles(options.outDir, files) };
}

export async function check(
  options: PipelineOptions,
): Promise<CheckResult & { schemaFiles: number; code: CodeOptions; missing: boolean }> {
  checkPaths(options, { writes: false });
  const run = runContext(options);
  const { code } = run;
  // Nothing generated yet: one line says so, instead of a diff of every file.
  if (!fs.existsSync(run.outDir)) return { upToDate: false, diffs: [], schemaFiles: 0, code, missing: true };
  const digest = digestOf(run);
  const current = currentByDigest(run, digest);
  if (current !== undefined)
    return { upToDate: true, diffs: [], schemaFiles: current.schemaFiles, code, missing: false };
  const { model, files } = await outputOf(run, digest);
  return { schemaFiles: model.files.length, code, missing: false, ...checkFiles(options.outDir, files) };
}

/** The types the schema folders declare, by name, with their files (a schema file is named after its type). */
export function declaredTypes(dirs: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of dirs) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) continue;
    for (const file of findSchemaFiles(dir)) out.set(path.basename(file).replace(/\.ya?ml$/, ""), file);
  }
  return out;
}

/**
 * `import`: writes schema files for types of a VI JSON document into `targetDir`, never a type that a schema
 * folder in use or the target folder (its subfolders included) already declares, unless `force` is set and the
 * declaring file is the very file the import writes.
 */
export function importSchemas(
  request: Omit<ImportRequest, "declared"> & { readonly schemaDirs: readonly string[] },
): ImportResult {
  checkTargetFolder(request.targetDir);
  const declared = declaredTypes([...request.schemaDirs, request.targetDir]);
  return importTypes({ ...request, declared, jsonSchemaRef: jsonSchemaRef(request.targetDir) });
}

/**
 * The folder `new` writes into: the first `--schemas` folder, else the config file's first, else `./schemas`, with
 * why; never one inside node_modules, where the next install would lose the file, nor one that cannot be made.
 */
export function newTypeFolder(
  flagSchemas: readonly string[],
  configSchemas: readonly string[] | undefined,
): { readonly dir: string; readonly why: string } {
  const [dir, why] =
    flagSchemas[0] !== undefined
      ? [flagSchemas[0], "--schemas"]
      : configSchemas?.[0] !== undefined
        ? [configSchemas[0], "the first schema folder of vsphere-typegen.config.json"]
        : ["schemas", "no --schemas given: the project's schemas/ folder"];
  checkTargetFolder(dir);
  return { dir, why };
}
