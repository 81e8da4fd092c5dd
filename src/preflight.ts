/**
 * Preflight: the folders a run reads and writes, checked before anything is read or generated. A run that would
 * otherwise fail late (an `mkdir` through a file, a folder nobody can create, an output inside a schema folder, a
 * schema folder that is not there) fails here instead, in one line and before a 10-second generate, as a
 * `UsageError` (exit code 2).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { GENERATED_MARKER } from "./emit/header";

/** A command used in a way that cannot work (a file given for a folder, no schema folder at all); exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface FoldersOfRun {
  /** Schema folders, read in order. */
  readonly schemaDirs: readonly string[];
  /** The output folder. */
  readonly outDir: string;
  /** Paths in messages are relative to this folder (default: the working directory). */
  readonly cwd?: string;
}

/**
 * A path as messages show it: relative to `cwd` (`../src/vsphere`), unless the two share nothing but the file
 * system's root (`/proc/vt` seen from `/tmp/project`), where the absolute path says more.
 */
export function displayPath(p: string, cwd: string): string {
  const target = path.resolve(cwd, p);
  const rel = path.relative(cwd, target);
  const top = (q: string): string => path.resolve(q).split(path.sep)[1] ?? "";
  return rel.startsWith("..") && top(target) !== top(cwd) ? target : rel || ".";
}

/** The nearest path at or above `p` that exists. */
function nearestExisting(p: string): string {
  let dir = path.resolve(p);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** `p` with its symbolic links followed, as far as it exists (the rest of the path as written). */
function realPath(p: string): string {
  const existing = nearestExisting(p);
  return path.join(fs.realpathSync(existing), path.relative(existing, p));
}

const inside = (child: string, parent: string): boolean => {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

/**
 * Whether this process can create entries in `dir`: tried, not inferred from mode bits (root passes every access
 * check, yet cannot create a folder in /proc or on a read-only mount). The probe is removed at once.
 */
function creatable(dir: string): NodeJS.ErrnoException | undefined {
  try {
    fs.rmdirSync(fs.mkdtempSync(path.join(dir, ".vsphere-typegen-probe-")));
    return undefined;
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/**
 * Throws a `UsageError` for the first folder of the run that cannot work. With `writes`, the output folder must be
 * creatable: the write stage builds the new folder beside it and swaps it in, so its parent must take new entries.
 */
export function checkPaths(run: FoldersOfRun, { writes }: { readonly writes: boolean }): void {
  const shown = (p: string): string => displayPath(p, run.cwd ?? process.cwd());
  if (run.schemaDirs.length === 0) {
    throw new UsageError(
      "no schema folder to read: --no-bundled leaves only the --schemas folders, and none was given; add --schemas <dir>",
    );
  }
  for (const dir of run.schemaDirs) {
    if (!fs.existsSync(dir)) {
      throw new UsageError(
        `schema folder ${shown(dir)} does not exist; pass the folder that holds your schema files with --schemas ` +
          '(or fix "schemas" in vsphere-typegen.config.json)',
      );
    }
    if (!fs.statSync(dir).isDirectory()) {
      throw new UsageError(`--schemas ${shown(dir)} is a file; pass the folder that holds the schema files`);
    }
  }
  const out = path.resolve(run.outDir);
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) {
    throw new UsageError(`--out ${shown(out)} is a file; pass a folder (generate creates it if missing)`);
  }
  for (const dir of run.schemaDirs) {
    if (inside(out, path.resolve(dir))) {
      throw new UsageError(
        `--out ${shown(out)} is ${out === path.resolve(dir) ? "the" : "inside the"} schema folder ${shown(dir)}; ` +
          "give the output a folder of its own, outside every schema folder",
      );
    }
  }
  if (!writes) return;
  // The write stage replaces the output folder whole (through a symbolic link, the folder it names): one that holds the
  // schemas, or the folder the run starts from, would take them along.
  const real = realPath(out);
  for (const dir of run.schemaDirs) {
    if (inside(realPath(path.resolve(dir)), real)) {
      throw new UsageError(
        `--out ${shown(out)} holds the schema folder ${shown(dir)}; give the output a folder of its own, such as src/vsphere`,
      );
    }
  }
  const here = realPath(path.resolve(run.cwd ?? process.cwd()));
  if (inside(here, real)) {
    throw new UsageError(
      `--out ${shown(out)} is ${real === here ? "the folder the run starts from" : "a folder above the one the run starts from"}, ` +
        "which the write stage would replace whole; give the output a folder of its own, such as src/vsphere",
    );
  }
  const existing = nearestExisting(fs.existsSync(out) ? path.dirname(out) : out);
  if (!fs.statSync(existing).isDirectory()) {
    throw new UsageError(
      `--out ${shown(out)} cannot be created: ${shown(existing)} is a file, not a folder; pass a folder path`,
    );
  }
  const failure = creatable(existing);
  if (failure !== undefined) {
    throw new UsageError(
      `--out ${shown(out)} cannot be created: ${shown(existing)} takes no new folder (${failure.code ?? failure.message}); ` +
        "pass a folder you can write to",
    );
  }
}

/**
 * Throws a `UsageError` when `dir`, the schema folder `new` or `import` writes into (created if missing), cannot take
 * the files: inside node_modules (the next install would lose them), a file, under a file, or where this process
 * cannot create anything (a read-only mount, /proc, where Node's recursive mkdir would never return).
 */
export function checkTargetFolder(dir: string, cwd: string = process.cwd()): void {
  const target = path.resolve(cwd, dir);
  const shown = displayPath(target, cwd);
  if (target.split(path.sep).includes("node_modules")) {
    throw new UsageError(
      `will not write into ${shown}: it is inside node_modules, where the next install loses it; ` +
        "give your own folder with --schemas",
    );
  }
  if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) {
    throw new UsageError(`--schemas ${shown} is a file; pass the folder to write the schema files into`);
  }
  const existing = nearestExisting(target);
  if (!fs.statSync(existing).isDirectory()) {
    throw new UsageError(
      `--schemas ${shown} cannot be created: ${displayPath(existing, cwd)} is a file, not a folder; pass a folder path`,
    );
  }
  const failure = creatable(existing);
  if (failure !== undefined) {
    throw new UsageError(
      `--schemas ${shown} ${existing === target ? "takes no new files" : `cannot be created: ${displayPath(existing, cwd)} takes no new folder`} ` +
        `(${failure.code ?? failure.message}); pass a folder you can write to`,
    );
  }
}

/**
 * An output that imports its run time from another's `runtime/` folder (`--runtime-from`) needs every module it
 * imports there, written by vsphere-typegen with the same import extension; anything else is one `UsageError`
 * naming what is missing and what to do.
 */
export function checkSharedRuntime(
  run: {
    readonly outDir: string;
    readonly cwd: string;
    readonly runtimeFrom: string;
    readonly importExtension: string;
  },
  modules: readonly { readonly path: string }[],
): void {
  const folder = path.resolve(run.cwd, run.outDir, run.runtimeFrom);
  const shown = displayPath(folder, run.cwd);
  const missing = modules.map((m) => m.path).filter((p) => !fs.existsSync(path.join(folder, p)));
  if (missing.length > 0)
    throw new UsageError(
      `--runtime-from ${shown}: ${missing.length === modules.length ? "no run time is there" : `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not there`}; generate the output that folder belongs to first (its run time must hold the client's modules too when this output has the client), or pass --runtime-from own`,
    );
  const head = fs.readFileSync(path.join(folder, "runtime.ts"), "utf8").slice(0, 4096);
  const extension = /^\/\/ Options: .*\bimportExtension=(\S+)/m.exec(head)?.[1];
  if (!head.startsWith(GENERATED_MARKER) || extension !== run.importExtension)
    throw new UsageError(
      `--runtime-from ${shown}: its run time was ${extension === undefined ? "not written by vsphere-typegen" : `written with --import-extension ${extension}`}, this output asks for ${run.importExtension}; generate both with the same --import-extension`,
    );
}
