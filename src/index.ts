/**
 * The programmatic API of vsphere-typegen: what the commands do, as functions, for build scripts and tools. Options
 * are the config file's keys (`schemas`, `out`, `bundled`, and the code options of `CODE_OPTIONS`, typed from that
 * table), resolved as the CLI resolves its flags: given here, over `vsphere-typegen.config.json`, over the defaults.
 * Problems are thrown: `SchemaError` with every diagnostic of the schemas, `UsageError` (and `ConfigError`) for
 * options that cannot work; nothing is written then.
 */
import type { ImportResult } from "./import/importTypes";
import * as pipeline from "./pipeline";
import type { CodeOptions } from "./options";
import { resolveImport, resolveRun, type ImportOptions, type RunOptions } from "./runOptions";

export { SchemaError, formatDiagnostics, type Diagnostic } from "./diagnostic";
export { UsageError } from "./preflight";
export { ConfigError, CONFIG_FILE, CONFIG_KEYS, type ConfigProblem } from "./config/configFile";
export { OptionsError, CODE_OPTIONS, DEFAULT_OPTIONS, type CodeOptions } from "./options";
export { ImportError } from "./import/viJson";
export type { ImportOptions, RunOptions } from "./runOptions";
export type { ImportResult } from "./import/importTypes";

/** What `generate` did. */
export interface GenerateResult {
  /** The output folder, absolute. */
  readonly out: string;
  /** Files written, left as they were, and removed (generated earlier, no longer produced), relative to `out`. */
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  /** How many types and schema files went in. */
  readonly types: number;
  readonly schemaFiles: number;
  /** The code options in force (given, else the config file's, else the existing output's header's, else defaults). */
  readonly options: CodeOptions;
  /** The output was current (generated from exactly these inputs, not edited): answered from its digest, nothing built. */
  readonly current: boolean;
}

/** Regenerates the output folder from the schemas, writing only the files that change. */
export async function generate(options: RunOptions = {}): Promise<GenerateResult> {
  const run = resolved(options);
  const result = await pipeline.generate(run);
  return {
    out: run.outDir,
    written: result.written,
    unchanged: result.unchanged,
    removed: result.removed,
    types: result.types,
    schemaFiles: result.schemaFiles,
    options: result.code,
    current: result.current,
  };
}

/** What `check` found. */
export interface CheckResult {
  readonly upToDate: boolean;
  /** The output folder does not exist. */
  readonly missing: boolean;
  /** A unified diff per file that differs. */
  readonly diffs: readonly string[];
  readonly schemaFiles: number;
  /** The command, run from the project root, that brings the output up to date. */
  readonly regenerate: string;
}

/** Compares the output folder with what the schemas produce; writes nothing. */
export async function check(options: RunOptions = {}): Promise<CheckResult> {
  const run = resolved(options);
  const result = await pipeline.check(run);
  return {
    upToDate: result.upToDate,
    missing: result.missing,
    diffs: result.diffs,
    schemaFiles: result.schemaFiles,
    regenerate: pipeline.regenerateCommand(run, result.code),
  };
}

/** What `docs` did: the pages written, or with `check`, whether the folder is current and the diffs. */
export interface DocsResult {
  readonly out: string;
  readonly pages: number;
  readonly written?: readonly string[];
  readonly upToDate?: boolean;
  readonly diffs?: readonly string[];
}

/** Writes the reference pages (Markdown) into `out` (default `docs`), or with `check` compares them. */
export function docs(options: RunOptions & { readonly check?: boolean } = {}): DocsResult {
  const { check: checkOnly, ...rest } = options;
  const run = resolved({ ...rest, out: options.out ?? "docs" });
  const result = pipeline.docs(run, checkOnly === true);
  const pages = result.pages;
  return result.check !== undefined
    ? { out: run.outDir, pages, upToDate: result.check.upToDate, diffs: result.check.diffs }
    : { out: run.outDir, pages, written: result.write?.written ?? [] };
}

/** Writes schema files for types of the VI JSON document; never replaces a file unless `force`. */
export function importSchemas(options: ImportOptions): ImportResult {
  return pipeline.importSchemas(resolveImport(options, pipeline.bundledSchemasDir()).request);
}

function resolved(options: RunOptions): pipeline.PipelineOptions {
  return resolveRun(options, pipeline.bundledSchemasDir());
}
