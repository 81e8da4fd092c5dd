/**
 * Write stage: brings the output folder in line with the generated files, never half-written.
 *
 * When anything changed, the whole new folder is built beside the old one and swapped in with two renames: the old
 * folder aside, the new one into place. Only the changed files are written; the unchanged ones and the files this
 * tool did not generate are the same files in the new folder (hard links: same inode, same mtime). The only moment the folder is absent is between those two renames; a run
 * killed exactly there is healed by the next run, which puts the old folder back before anything else.
 * A lock folder keeps concurrent runs from interleaving. When nothing changed, nothing is touched.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { filesBelow } from "../filesBelow";
import { holderName, takeFolderLock } from "../folderLock";
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

/**
 * How old a lock may be that names no holder: a run names itself right after making the folder, so a lock without a
 * name for longer is a run's killed between the two (or an older version's), and no run is alive to give it back.
 */
const NAMELESS_LOCK_MS = 5_000;

/** Takes the output folder's lock (folderLock.ts), waiting for a live holder, taking over a dead one's. */
function lock(outDir: string): () => void {
  const lockDir = sibling(outDir, "lock");
  return takeFolderLock(lockDir, {
    staleMs: NAMELESS_LOCK_MS,
    // Another host's run (an output on a shared file system) may take longer than a nameless lock's 5 s to write:
    // waited for, then reported, never taken over.
    foreignStaleMs: Infinity,
    // Threads of one process (the programmatic API in workers) may each write: a lock naming this pid is alive.
    ownPidIsStale: false,
    waitMs: LOCK_WAIT_MS,
    pollMs: 50,
    onTimeout: (holder) =>
      new Error(
        holder === undefined
          ? `${lockDir} names no process; remove it if no vsphere-typegen run is writing this output`
          : `${lockDir} is held by process ${holderName(holder)}; remove it if that process is gone`,
      ),
  });
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
  const out = realOutput(outDir);
  const parent = path.dirname(out);
  const prefix = `${path.basename(out)}.vsphere-typegen-`;
  if (!fs.existsSync(parent) || !fs.readdirSync(parent).some((n) => n.startsWith(prefix))) return;
  const unlock = lock(out);
  try {
    recover(out);
  } finally {
    unlock();
  }
}

/**
 * The folder the output really is: a symbolic link to a folder is followed, so that the real folder is the one
 * replaced and the link keeps pointing at it.
 */
function realOutput(outDir: string): string {
  const resolved = path.resolve(outDir);
  try {
    return fs.realpathSync(resolved);
  } catch {
    return resolved;
  }
}

/**
 * `from`'s file at `to` in the new folder as the same file: a hard link (the same inode, mtime and bytes, so an
 * unchanged file is not rewritten, and an edit made to it while the run builds the new folder is in both), a symbolic
 * link as written (a relative target stays relative), a copy only where the file system takes no hard link.
 */
function keep(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  if (fs.lstatSync(from).isSymbolicLink()) {
    fs.symlinkSync(fs.readlinkSync(from), to);
    return;
  }
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

export function writeFiles(outDir: string, files: readonly GeneratedFile[]): WriteSummary {
  fs.mkdirSync(path.dirname(path.resolve(outDir)), { recursive: true });
  const out = realOutput(outDir);
  const unlock = lock(out);
  try {
    recover(out);
    const written: string[] = [];
    const unchanged: string[] = [];
    for (const file of files) {
      (readIfExists(path.join(out, file.path)) === file.text ? unchanged : written).push(file.path);
    }
    const produced = new Set(files.map((f) => f.path));
    const owned = ownedFiles(out);
    const removed = owned.filter((name) => !produced.has(name));
    if (written.length === 0 && removed.length === 0 && fs.existsSync(out)) return { written, unchanged, removed };

    const fresh = sibling(out, `new-${process.pid}`);
    fs.rmSync(fresh, { recursive: true, force: true });
    fs.mkdirSync(fresh);
    // Everything else in the folder is the user's: kept, wherever it is, as the same files; so are the generated
    // files that did not change. Only the changed ones are written.
    // Every file but those written anew and those removed is kept. A path about to be written is never linked: the
    // write would go through the link into the old folder's file.
    const dropped = new Set([...written, ...removed]);
    if (fs.existsSync(out)) {
      for (const name of filesBelow(out)) if (!dropped.has(name)) keep(path.join(out, name), path.join(fresh, name));
    }
    const rewritten = new Set(written);
    for (const file of files) {
      if (!rewritten.has(file.path)) continue;
      fs.mkdirSync(path.dirname(path.join(fresh, file.path)), { recursive: true });
      fs.writeFileSync(path.join(fresh, file.path), file.text);
    }
    if (fs.existsSync(out)) {
      const aside = sibling(out, `old-${process.pid}`);
      fs.renameSync(out, aside);
      fs.renameSync(fresh, out);
      fs.rmSync(aside, { recursive: true, force: true });
    } else {
      fs.renameSync(fresh, out);
    }
    return { written, unchanged, removed };
  } finally {
    unlock();
  }
}
