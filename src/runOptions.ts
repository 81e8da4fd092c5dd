/**
 * What a run is asked to do, as the CLI's flags, the config file and the programmatic API all say it: the same keys
 * (`schemas`, `out`, `bundled`, the code options of `CODE_OPTIONS`), resolved once into the pipeline's options.
 * Given options win over the config file, which wins over the defaults; code options left open come later from the
 * output's header (`effectiveOptions`).
 */
import * as path from "node:path";
import { readConfigFile, type ConfigFile } from "./config/configFile";
import { CODE_OPTIONS, type CodeOptions } from "./options";

/** Options of a run: every key optional, as in the config file. */
export type RunOptions = Partial<CodeOptions> & {
  /** Your schema folders, read after the bundled vSphere schemas (default: the config file's, else none). */
  readonly schemas?: readonly string[];
  /** The output folder (default: the config file's, else `generated`). */
  readonly out?: string;
  /** Whether to read the bundled vSphere schemas (default: the config file's, else `true`). */
  readonly bundled?: boolean;
  /**
   * Generate only these types and what they reach (default: the config file's, else the existing output's subset,
   * else every type); `["all"]` asks for every type again.
   */
  readonly types?: readonly string[];
  /**
   * Import the run time from another output's `runtime/` folder (relative to `cwd`) instead of writing a copy into
   * this output's; `"own"` writes the copy again (default: the config file's, else the existing output's header's,
   * else its own copy).
   */
  readonly runtimeFrom?: string;
  /** The config file to read; `false` reads none (default: `vsphere-typegen.config.json` in `cwd`, if there is one). */
  readonly config?: string | false;
  /** The folder relative paths start from and messages are relative to (default: the working directory). */
  readonly cwd?: string;
};

/** A run's options resolved: absolute folders, the config file read, the code options given so far. */
export interface ResolvedRun {
  readonly schemaDirs: readonly string[];
  readonly outDir: string;
  readonly cwd: string;
  readonly code: Partial<Record<keyof CodeOptions, string>>;
  /** The subset asked for, if any was (else the output's header says). */
  readonly types: readonly string[] | undefined;
  /** Where `types` came from, as messages name it: `--types`, or the config file's key. */
  readonly typesFrom: string | undefined;
  /** The shared run-time folder asked for (absolute), `"own"` for a copy, `undefined` when not asked. */
  readonly runtimeFrom: string | undefined;
  readonly config: ConfigFile | undefined;
  /** The user's schema folders alone (without the bundled one). */
  readonly userDirs: readonly string[];
}

/** `--runtime-from`'s folder made absolute against `cwd`; `"own"` as it is. */
export function sharedRuntime(given: string | undefined, cwd: string): string | undefined {
  return given === undefined || given === OWN_RUNTIME ? given : path.resolve(cwd, given);
}

/** The `--runtime-from` value that asks for the output's own copy of the run time. */
export const OWN_RUNTIME = "own";

/** Resolves `options` over the config file over the defaults; `defaultOut` is the command's own default. */
export function resolveRun(options: RunOptions, bundledDir: string, defaultOut = "generated"): ResolvedRun {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config = options.config === false ? undefined : readConfigFile(cwd, options.config);
  const userDirs = (options.schemas ?? config?.schemas ?? []).map((d) => path.resolve(cwd, d));
  const bundled = options.bundled ?? config?.bundled ?? true;
  const code: Partial<Record<keyof CodeOptions, string>> = { ...config?.options };
  for (const spec of CODE_OPTIONS) {
    const value = options[spec.key];
    if (value !== undefined) code[spec.key] = value;
  }
  return {
    schemaDirs: bundled ? [bundledDir, ...userDirs] : userDirs,
    outDir: path.resolve(cwd, options.out ?? config?.out ?? defaultOut),
    cwd,
    code,
    types: options.types ?? config?.types,
    typesFrom: options.types === undefined && config?.types !== undefined ? `"types" in ${config.file}` : undefined,
    runtimeFrom: sharedRuntime(options.runtimeFrom, cwd) ?? config?.runtimeFrom,
    config,
    userDirs,
  };
}

/** Options of an import: the document, the types, and where the files go. */
export interface ImportOptions {
  /** VMware's VI JSON OpenAPI document (vi-json.yaml or its JSON form). */
  readonly spec: string;
  /** Types or enums to import (enums by their name without `_enum`). */
  readonly types: readonly string[];
  /** Methods to import, by name (`QueryEvents`), into the folder's `methods/`. */
  readonly methods?: readonly string[];
  /** Also import every type they need that no schema declares yet. */
  readonly closure?: boolean;
  /** The folder to write into (default: the config file's first schema folder, else `schemas`). */
  readonly into?: string;
  /** Replace files of the same name in that folder. */
  readonly force?: boolean;
  readonly bundled?: boolean;
  readonly config?: string | false;
  readonly cwd?: string;
}

/** An import resolved as a run is: the request for the pipeline, and the run it adds its files to. */
export function resolveImport(
  options: ImportOptions,
  bundledDir: string,
): {
  readonly request: {
    specFile: string;
    types: readonly string[];
    methods: readonly string[];
    closure: boolean;
    targetDir: string;
    force: boolean;
    schemaDirs: readonly string[];
  };
  readonly run: ResolvedRun;
} {
  const run = resolveRun(
    {
      ...(options.bundled === undefined ? {} : { bundled: options.bundled }),
      ...(options.config === undefined ? {} : { config: options.config }),
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    },
    bundledDir,
  );
  return {
    request: {
      // As given when it already names the file from here, so that messages show it as the user wrote it.
      specFile: run.cwd === process.cwd() ? options.spec : path.resolve(run.cwd, options.spec),
      types: options.types,
      methods: options.methods ?? [],
      closure: options.closure === true,
      targetDir: path.resolve(run.cwd, options.into ?? run.userDirs[0] ?? "schemas"),
      force: options.force === true,
      schemaDirs: run.schemaDirs,
    },
    run,
  };
}
