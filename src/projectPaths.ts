/**
 * How generated headers name their inputs so that the names survive installs: a bundled schema file by package name
 * (`vsphere-typegen/schemas/vim25/Event.yaml`, whichever node_modules layout holds it, symlinked or hoisted), the
 * user's own relative to the project root; and the command, run from that root, that regenerates the output.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { packageManifest, packageRoot } from "./packageFiles";
import { CODE_OPTIONS, DEFAULT_OPTIONS, detectedOptions, type CodeOptions } from "./options";
import { CONFIG_FILE, ConfigError, readConfigFile, type ConfigFile } from "./config/configFile";
import { JSON_SCHEMA_FILE } from "./validate/jsonSchema";

/**
 * The project an output folder belongs to: the nearest folder above it with a package.json or a config file; without
 * one, the working directory (where a command would be run from).
 */
export function projectRoot(outDir: string, cwd: string): string {
  for (let dir = path.dirname(path.resolve(outDir)); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json")) || fs.existsSync(path.join(dir, CONFIG_FILE))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

function realpath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** A path as a shell word: quoted when it holds anything beyond letters, digits and `_./-`. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

const slashes = (p: string): string => p.split(path.sep).join("/");

/**
 * Names schema files as headers record them: the bundled ones (compared by real path, so that a symlinked install
 * names them alike) as `<package>/schemas/...`, every other relative to `root`.
 */
export function sourceNamer(root: string): (file: string) => string {
  const bundled = realpath(path.join(packageRoot(), "schemas"));
  const name = packageManifest().name;
  // One realpath per folder, not per file (a run names its 4,556 files twice): the schema walk follows no link, so a
  // schema file is no link itself and its real path is its folder's and its name (loadSchemas.ts, schemaFilesOf).
  const folders = new Map<string, string>();
  const realFile = (file: string): string => {
    const dir = path.dirname(path.resolve(file));
    let real = folders.get(dir);
    if (real === undefined) {
      real = realpath(dir);
      folders.set(dir, real);
    }
    return path.join(real, path.basename(file));
  };
  return (file) => {
    const inBundle = path.relative(bundled, realFile(file));
    return inBundle.startsWith("..") || path.isAbsolute(inBundle)
      ? slashes(path.relative(root, path.resolve(file)))
      : `${name}/schemas/${slashes(inBundle)}`;
  };
}

/** What a run reads and writes, as a command spells it. */
export interface RunFolders {
  readonly outDir: string;
  readonly bundled: boolean;
  /** The user's schema folders (not the bundled one). */
  readonly userDirs: readonly string[];
}

const same = (a: string, b: string): boolean => path.resolve(a) === path.resolve(b);

/**
 * `--schemas`, `--out` and `--no-bundled` for `run`, paths relative to `root`, in the order `new` prints them; `--out`
 * left out when it is `defaultOut`.
 */
export function folderFlags(root: string, run: RunFolders, defaultOut: string | undefined): string[] {
  const rel = (p: string): string => shellWord(slashes(path.relative(root, path.resolve(p))) || ".");
  return [
    ...run.userDirs.map((dir) => `--schemas ${rel(dir)}`),
    ...(defaultOut !== undefined && same(run.outDir, defaultOut) ? [] : [`--out ${rel(run.outDir)}`]),
    ...(run.bundled ? [] : ["--no-bundled"]),
  ];
}

/**
 * The root's config file, which a plain `generate` there would read; one that cannot be read (a run told to read
 * another, or none) holds nothing.
 */
function rootConfig(root: string): ConfigFile | undefined {
  try {
    return readConfigFile(root);
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}

/**
 * The command that regenerates this output, run from the project root: `npx vsphere-typegen generate` alone when the
 * root's config file names these folders, else with their flags spelt out; then the flag of every code option that
 * a plain run would not already give. Headers show it, and `new` and `import` print it as their next step.
 */
export function regenerateLine(
  root: string,
  run: RunFolders & {
    readonly code: CodeOptions;
    readonly types?: readonly string[] | undefined;
    readonly runtimeFrom?: string | undefined;
  },
): string {
  const config = rootConfig(root);
  const configOut = config?.out ?? path.join(root, "generated");
  const configDirs = config?.schemas ?? [];
  const held =
    config !== undefined &&
    same(configOut, run.outDir) &&
    (config.bundled ?? true) === run.bundled &&
    configDirs.length === run.userDirs.length &&
    configDirs.every((dir, i) => same(dir, run.userDirs[i] ?? ""));
  const folders = held ? [] : folderFlags(root, run, path.join(root, "generated"));
  const given = { ...DEFAULT_OPTIONS, ...detectedOptions(run.outDir), ...(held ? config.options : {}) };
  const flags = CODE_OPTIONS.filter((o) => run.code[o.key] !== given[o.key]).map((o) => `${o.flag} ${run.code[o.key]}`);
  const configTypes = held ? config.types : undefined;
  const types =
    run.types === undefined || run.types.join(",") === configTypes?.join(",") ? [] : [`--types ${run.types.join(",")}`];
  const shared = run.runtimeFrom === undefined ? undefined : path.resolve(run.outDir, run.runtimeFrom);
  const configShared = held ? config.runtimeFrom : undefined;
  const configFolder = configShared === undefined || configShared === "own" ? undefined : configShared;
  const runtime =
    shared === undefined
      ? configFolder === undefined
        ? []
        : ["--runtime-from own"]
      : configFolder !== undefined && same(configFolder, shared)
        ? []
        : [`--runtime-from ${shellWord(slashes(path.relative(root, shared)) || ".")}`];
  return ["npx vsphere-typegen generate", ...folders, ...runtime, ...types, ...flags].join(" ");
}

/**
 * Where a schema file written into `targetDir` finds the JSON Schema of the format, relative to that folder: the
 * installed package's copy by its node_modules path (which survives reinstalls), else the running package's own.
 */
export function jsonSchemaRef(targetDir: string): string {
  const target = path.resolve(targetDir);
  for (let dir = target; ; dir = path.dirname(dir)) {
    const installed = path.join(dir, "node_modules", packageManifest().name, "schemas", JSON_SCHEMA_FILE);
    if (fs.existsSync(installed)) return slashes(path.relative(target, installed));
    if (path.dirname(dir) === dir) break;
  }
  return slashes(path.relative(target, path.join(packageRoot(), "schemas", JSON_SCHEMA_FILE)));
}
