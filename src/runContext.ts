/**
 * A run's options resolved once (`RunContext`): the folders, the project root, the existing output's header read
 * once, the code options and subset in force, how headers name schema files, the regenerate command, the format
 * cache. The pipeline resolves it at the start of each command and hands each stage what it needs of it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compareStrings } from "./diagnostic";
import { formatCacheDir } from "./format/formatCache";
import {
  detectedOptions,
  parseRecordedOptions,
  parseRecordedRuntime,
  parseRecordedTypes,
  resolveOptions,
  type CodeOptions,
} from "./options";
import { packageRoot } from "./packageFiles";
import { displayPath } from "./preflight";
import { projectRoot, regenerateLine, sourceNamer, type RunFolders } from "./projectPaths";
import { OWN_RUNTIME } from "./runOptions";
import type { RunMemory } from "./runMemory";

/** The output file that carries the digests and records the options. */
export const INDEX = "index.ts";

export interface PipelineOptions {
  /** Schema folders, read in order; types may extend types of any folder. */
  readonly schemaDirs: readonly string[];
  /** The output folder. */
  readonly outDir: string;
  /** Diagnostics name files relative to this folder (default: the working directory). */
  readonly cwd?: string;
  /** Code options given explicitly (flags, config file); the rest come from the output's header, then the defaults. */
  readonly code?: Partial<Record<keyof CodeOptions, string>>;
  /** A subset asked for explicitly (`["all"]`: every type); else the output's header's, else every type. */
  readonly types?: readonly string[] | undefined;
  /** How messages name where `types` came from (default: `--types`); the CLI names the config file's key. */
  readonly typesFrom?: string | undefined;
  /**
   * Another output's `runtime/` folder (absolute, or relative to `cwd`) to import the run time from instead of writing
   * a copy, or `"own"` for a copy; else the output's header's, else a copy.
   */
  readonly runtimeFrom?: string | undefined;
  /**
   * Where formatted modules are cached between runs (the output is the same bytes either way): a folder, or `false`
   * for none; by default `node_modules/.cache/vsphere-typegen/format/` of the nearest node_modules from `cwd`. The
   * schema files' reads are cached beside it, in its parent's `schemas/` (src/validate/readCache.ts).
   */
  readonly formatCache?: string | false;
  /** What the run before in this process left, for this run to take from (`generate --watch`: src/runMemory.ts). */
  readonly memory?: RunMemory | undefined;
}

/**
 * A run's options resolved once, every field required: the folders absolute and de-duplicated, the project root, the
 * existing output's header read once, and what follows from them (the code options and subset in force, how headers
 * name schema files, the regenerate command). Every stage below is given this, not the options.
 */
export interface RunContext {
  readonly cwd: string;
  /** Schema folders, absolute, each once, in the order given. */
  readonly schemaDirs: readonly string[];
  /** The output folder as given (commands and messages show it so). */
  readonly outDir: string;
  /** The project root: the nearest folder above the output with a package.json or a config file. */
  readonly root: string;
  readonly folders: RunFolders;
  /** The first lines of the existing output's index.ts ("" when there is none). */
  readonly recorded: string;
  readonly code: CodeOptions;
  /** The subset in force; `undefined` for every type. */
  readonly types: readonly string[] | undefined;
  /** Where the subset came from, as a message names it: `--types`, the config file's key, or the output's header. */
  readonly typesFrom: string;
  /** The shared run-time folder in force, relative to the output folder with `/` separators; `undefined` for a copy. */
  readonly runtimeFrom: string | undefined;
  readonly sourceName: (file: string) => string;
  /** The command, run from the project root, that regenerates this output. */
  readonly regenerate: string;
  /** The format cache folder, or `undefined` for none. */
  readonly formatCache: string | undefined;
  /** What the run before in this process left (`--watch`), or `undefined` for a run on its own. */
  readonly memory: RunMemory | undefined;
}

/** The schema folders (absolute, each once, in order) and the folder messages are relative to. */
export function readsOf(options: PipelineOptions): Pick<RunContext, "cwd" | "schemaDirs" | "formatCache"> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  return {
    cwd,
    schemaDirs: [...new Set(options.schemaDirs.map((d) => path.resolve(d)))],
    formatCache: options.formatCache === false ? undefined : (options.formatCache ?? formatCacheDir(cwd)),
  };
}

/** What a subset asked for is named as in its problems: the config file's key, or the flag. */
export function askedTypesFrom(options: PipelineOptions): string {
  return options.typesFrom ?? "--types";
}

/** The shared run-time folder in force, relative to the output folder: asked for, else recorded, else none (a copy). */
function sharedRuntimeOf(options: PipelineOptions, cwd: string, recorded: string): string | undefined {
  const asked = options.runtimeFrom;
  if (asked === OWN_RUNTIME) return undefined;
  if (asked === undefined) return parseRecordedRuntime(recorded);
  const relative = path.relative(path.resolve(cwd, options.outDir), path.resolve(cwd, asked));
  return relative.split(path.sep).join("/");
}

/** Resolves `options` into a run's context; `code` replaces the code options in force (the CLI's own choice). */
export function runContext(options: PipelineOptions, code?: CodeOptions): RunContext {
  const reads = readsOf(options);
  const { cwd, schemaDirs } = reads;
  const root = projectRoot(options.outDir, cwd);
  const bundled = path.resolve(bundledSchemasDir());
  const inBundle = (d: string): boolean => !path.relative(bundled, d).startsWith("..");
  // A user folder inside the bundled folder is read with it, so it is not a folder of its own; without the bundled
  // folder (`--no-bundled --schemas schemas/vim25`, the tests' catalogue) it is the run's own and is recorded so.
  const withBundled = schemaDirs.includes(bundled);
  const folders = {
    outDir: options.outDir,
    bundled: withBundled,
    userDirs: schemaDirs.filter((d) => !withBundled || !inBundle(d)),
  };
  const recorded = recordedHeader(options.outDir);
  const inForce =
    code ?? resolveOptions(detectedOptions(options.outDir), parseRecordedOptions(recorded) ?? {}, options.code ?? {});
  const asked = options.types ?? parseRecordedTypes(recorded);
  const types =
    asked === undefined || asked.length === 0 || (asked.length === 1 && asked[0] === "all")
      ? undefined
      : [...new Set(asked)].sort(compareStrings);
  const runtimeFrom = sharedRuntimeOf(options, cwd, recorded);
  const typesFrom =
    options.types !== undefined
      ? askedTypesFrom(options)
      : `the subset ${displayPath(path.join(options.outDir, INDEX), cwd)} records (--types all: every type)`;
  return {
    cwd,
    schemaDirs,
    outDir: options.outDir,
    root,
    folders,
    recorded,
    code: inForce,
    types,
    typesFrom,
    runtimeFrom,
    sourceName: sourceNamer(root),
    regenerate: regenerateLine(root, { ...folders, code: inForce, types, runtimeFrom }),
    formatCache: reads.formatCache,
    memory: options.memory,
  };
}

/** The code options in force: explicit ones over those recorded in the existing output over the defaults. */
export function effectiveOptions(options: PipelineOptions): CodeOptions {
  return runContext(options).code;
}

/**
 * The first lines of the existing output's index.ts, where the options and a subset are recorded: read from the
 * file's head only (the file lists every schema file after them), empty when there is no output.
 */
function recordedHeader(outDir: string): string {
  const index = path.join(outDir, INDEX);
  if (!fs.existsSync(index)) return "";
  const fd = fs.openSync(index, "r");
  try {
    const head = Buffer.alloc(16_384);
    return head.toString("utf8", 0, fs.readSync(fd, head, 0, head.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** The subset in force: asked for, else recorded in the existing output; `undefined` for every type. */
export function effectiveTypes(options: PipelineOptions): readonly string[] | undefined {
  return runContext(options).types;
}

/** The schema folder shipped with vsphere-typegen. */
export function bundledSchemasDir(): string {
  return path.join(packageRoot(), "schemas");
}

/** The type count index.ts records in its description line (`// Everything generated for 645 vSphere types.`). */
export function recordedTypeCount(recorded: string): number | undefined {
  const match = /^\/\/ Everything generated for (\d+) vSphere types?\.$/m.exec(recorded);
  return match === null ? undefined : Number(match[1]);
}
