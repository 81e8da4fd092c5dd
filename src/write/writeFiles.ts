/**
 * Write stage: brings the output folder in line with the generated files, never half-written.
 *
 * When anything changed, the whole new folder is built beside the old one (generated files, plus the
 * files in it that this tool did not generate) and swapped in with two renames: the old folder aside,
 * the new one into place. The only moment the folder is absent is between those two renames; a run
 * killed exactly there is healed by the next run, which puts the old folder back before anything else.
 * A lock folder keeps concurrent runs from interleaving. When nothing changed, nothing is touched.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { filesBelow } from "../filesBelow";
import type { GeneratedFile } from "../emit/emitFiles";
import { GENERATED_MARKER, MARKDOWN_MARKER } from "../emit/header";

export interface WriteSummary {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
}

/** The first bytes of a file this tool generated, by extension: code, and the Markdown of the reference docs. */
const MARKERS: ReadonlyMap<string, string> = new Map([
  [".ts", GENERATED_MARKER],
  [".md", MARKDOWN_MARKER],
]);

/** Whether a file starts with the generated marker; reads only that many bytes, not a multi-megabyte file. */
function startsWithMarker(file: string): boolean {
  const marker = Buffer.from(MARKERS.get(path.extname(file)) ?? GENERATED_MARKER);
  const head = Buffer.alloc(marker.length);
  const fd = fs.openSync(file, "r");
  try {
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(marker);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Generated files already in `outDir` (recognised by their first line), relative paths (`runtime/checks.ts` for a
 * run-time copy), sorted.
 */
export function ownedFiles(outDir: string): string[] {
  if (!fs.existsSync(outDir)) return [];
  return filesBelow(outDir).filter(
    (name) => MARKERS.has(path.extname(name)) && startsWithMarker(path.join(outDir, name)),
  );
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Sibling paths a run uses: `generated.vsphere-typegen-{lock,new-PID,old-PID}`. */
function sibling(outDir: string, what: string): string {
  return `${path.resolve(outDir)}.vsphere-typegen-${what}`;
}

const LOCK_WAIT_MS = 60_000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the output folder's lock (a folder holding the owner's pid), waiting for a live owner, taking over a dead one's. */
function lock(outDir: string): () => void {
  const lockDir = sibling(outDir, "lock");
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number(readIfExists(path.join(lockDir, "pid")));
    if (Number.isInteger(owner) && owner > 0 && !processAlive(owner)) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`${lockDir} is held by process ${owner}; remove it if that process is gone`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}

/** Undoes what a killed run left: puts the old folder back if the new one never arrived, removes leftovers. */
function recover(outDir: string): void {
  const parent = path.dirname(path.resolve(outDir));
  const prefix = `${path.basename(path.resolve(outDir))}.vsphere-typegen-`;
  const leftovers = fs.existsSync(parent)
    ? fs.readdirSync(parent).filter((n) => n.startsWith(prefix) && !n.endsWith("-lock"))
    : [];
  const old = leftovers.filter((n) => n.startsWith(`${prefix}old-`));
  if (!fs.existsSync(outDir) && old.length > 0) fs.renameSync(path.join(parent, old[0] ?? ""), outDir);
  for (const name of leftovers) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
}

/**
 * What a killed run left beside an output that is current (its lock, a folder it was building): removed under the
 * lock, as a run that writes would, so that a run with nothing to write leaves no leftover either. Nothing is taken
 * when there is nothing beside the output.
 */
export function tidy(outDir: string): void {
  const parent = path.dirname(path.resolve(outDir));
  const prefix = `${path.basename(path.resolve(outDir))}.vsphere-typegen-`;
  if (!fs.existsSync(parent) || !fs.readdirSync(parent).some((n) => n.startsWith(prefix))) return;
  const unlock = lock(outDir);
  try {
    recover(outDir);
  } finally {
    unlock();
  }
}

export function writeFiles(outDir: string, files: readonly GeneratedFile[]): WriteSummary {
  fs.mkdirSync(path.dirname(path.resolve(outDir)), { recursive: true });
  const unlock = lock(outDir);
  try {
    recover(outDir);
    const written: string[] = [];
    const unchanged: string[] = [];
    for (const file of files) {
      (readIfExists(path.join(outDir, file.path)) === file.text ? unchanged : written).push(file.path);
    }
    const produced = new Set(files.map((f) => f.path));
    const owned = ownedFiles(outDir);
    const removed = owned.filter((name) => !produced.has(name));
    if (written.length === 0 && removed.length === 0 && fs.existsSync(outDir)) return { written, unchanged, removed };

    const fresh = sibling(outDir, `new-${process.pid}`);
    fs.rmSync(fresh, { recursive: true, force: true });
    fs.mkdirSync(fresh);
    // Everything else in the folder is the user's: kept, wherever it is.
    const ownedSet = new Set(owned);
    if (fs.existsSync(outDir)) {
      for (const name of filesBelow(outDir)) {
        if (ownedSet.has(name)) continue;
        fs.mkdirSync(path.dirname(path.join(fresh, name)), { recursive: true });
        fs.cpSync(path.join(outDir, name), path.join(fresh, name));
      }
    }
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(fresh, file.path)), { recursive: true });
      fs.writeFileSync(path.join(fresh, file.path), file.text);
    }
    if (fs.existsSync(outDir)) {
      const aside = sibling(outDir, `old-${process.pid}`);
      fs.renameSync(outDir, aside);
      fs.renameSync(fresh, outDir);
      fs.rmSync(aside, { recursive: true, force: true });
    } else {
      fs.renameSync(fresh, outDir);
    }
    return { written, unchanged, removed };
  } finally {
    unlock();
  }
}
