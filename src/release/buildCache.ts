/**
 * A build kept by the digest of its inputs, for release steps that are pure functions of files (the library package):
 * the same inputs are the same bytes, so a second build of them is a copy. One entry is kept; concurrent builders of
 * the same key wait for the first (`withLock`, over the lock folder of folderLock.ts, which the suites' own builds use
 * too) instead of building again, and take the lock over when that process is gone.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { holderName, takeFolderLock } from "../folderLock";

/**
 * A lock older than this whose holder cannot be looked at (none named, or one on another host) is a dead holder's. A
 * lock whose holder runs on this host is taken over only when that process is gone, however long its build takes.
 */
const STALE_LOCK_MS = 10 * 60_000;

/** The digest of `parts` (texts or files' bytes, in order), each length-prefixed so that no two lists collide. */
export function digestOf(parts: readonly (string | Buffer)[]): string {
  const hash = crypto.createHash("sha256");
  for (const part of parts) {
    hash.update(`${part.length}:`);
    hash.update(part);
  }
  return hash.digest("hex").slice(0, 32);
}

/**
 * Runs `work` holding the lock folder `lock`, unless `ready()` holds: checked before taking the lock, while waiting
 * for another holder (processes side by side build the same thing once), and again once it is taken. The lock names
 * its holder; one whose holder is gone is taken over, and a wait says on stderr whom it waits for.
 */
export function withLock(lock: string, ready: () => boolean, work: () => void, staleMs = STALE_LOCK_MS): void {
  if (ready()) return;
  const release = takeFolderLock(lock, {
    staleMs,
    foreignStaleMs: staleMs,
    // One process builds one key at a time: a lock naming this pid is a container's earlier run's.
    ownPidIsStale: true,
    pollMs: 200,
    ready,
    onWait: (holder) =>
      process.stderr.write(
        `waiting for ${lock}, held by ${holder === undefined ? "another process" : `pid ${holderName(holder)}`}\n`,
      ),
  });
  if (release === undefined) return;
  try {
    if (!ready()) work();
  } finally {
    release();
  }
}

/**
 * The folder holding `build`'s output for `key` under `cacheRoot`: built into it (through a partial folder renamed
 * whole) when absent, waiting for a concurrent builder of it instead; other keys' folders are removed after a build.
 */
export function cachedBuild(cacheRoot: string, key: string, build: (dir: string) => void): string {
  const done = path.join(cacheRoot, key);
  withLock(
    `${done}.lock`,
    () => fs.existsSync(done),
    () => {
      // A folder of this builder's own: a builder that took over a lock never shares one with the process it
      // thought gone.
      const partial = `${done}.partial-${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
      try {
        build(partial);
        fs.renameSync(partial, done);
      } catch (error) {
        fs.rmSync(partial, { recursive: true, force: true });
        // Another builder put the same key in place first: its folder is the same build.
        if (fs.existsSync(done) && (error as NodeJS.ErrnoException).syscall === "rename") return;
        throw error;
      }
      for (const name of fs.readdirSync(cacheRoot)) {
        // Another key's partial folder is a build under way while that key's lock is held (by whichever host or
        // process), else one that never finished; this key's, whose lock this builder holds, never finished.
        const building = /^(.*)\.partial-\d+-[0-9a-f]+$/.exec(name)?.[1];
        const held =
          building !== undefined && building !== key && fs.existsSync(path.join(cacheRoot, `${building}.lock`));
        if (name !== key && !name.endsWith(".lock") && !held)
          fs.rmSync(path.join(cacheRoot, name), { recursive: true, force: true });
      }
    },
  );
  return done;
}
