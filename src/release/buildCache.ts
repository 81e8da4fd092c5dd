/**
 * A build kept by the digest of its inputs, for release steps that are pure functions of files (the library package):
 * the same inputs are the same bytes, so a second build of them is a copy. One entry is kept; concurrent builders of
 * the same key wait for the first (`withLock`, a lock folder, which the suites' own builds use too) instead of
 * building again.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

/** A lock older than this is a dead holder's: every build it guards takes well under a minute. */
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

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `work` holding the lock folder `lock`, unless `ready()` holds: checked before taking the lock, while waiting
 * for another holder (processes side by side build the same thing once), and again once it is taken. A lock older
 * than `staleMs` is a dead holder's and is taken over.
 */
export function withLock(lock: string, ready: () => boolean, work: () => void, staleMs = STALE_LOCK_MS): void {
  if (ready()) return;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const since = fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > staleMs) fs.rmSync(lock, { recursive: true, force: true });
      else sleep(200);
      if (ready()) return;
    }
  }
  try {
    if (!ready()) work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
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
      const partial = `${done}.partial`;
      fs.rmSync(partial, { recursive: true, force: true });
      try {
        build(partial);
      } catch (error) {
        fs.rmSync(partial, { recursive: true, force: true });
        throw error;
      }
      fs.renameSync(partial, done);
      for (const name of fs.readdirSync(cacheRoot))
        if (name !== key && !/\.(lock|partial)$/.test(name))
          fs.rmSync(path.join(cacheRoot, name), { recursive: true, force: true });
    },
  );
  return done;
}
