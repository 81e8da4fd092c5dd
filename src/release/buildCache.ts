/**
 * A build kept by the digest of its inputs, for release steps that are pure functions of files (the library package):
 * the same inputs are the same bytes, so a second build of them is a copy. One entry is kept; concurrent builders of
 * the same key wait for the first (a lock folder) instead of building again.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

/** A lock older than this is a dead build's: a build of the library takes well under a minute. */
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
 * The folder holding `build`'s output for `key` under `cacheRoot`: built into it (through a partial folder renamed
 * whole) when absent, waiting for a concurrent builder of it instead; other keys' folders are removed after a build.
 */
export function cachedBuild(cacheRoot: string, key: string, build: (dir: string) => void): string {
  const done = path.join(cacheRoot, key);
  if (fs.existsSync(done)) return done;
  fs.mkdirSync(cacheRoot, { recursive: true });
  const lock = `${done}.lock`;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const since = fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > STALE_LOCK_MS) fs.rmSync(lock, { recursive: true, force: true });
      else sleep(200);
      if (fs.existsSync(done)) return done;
    }
  }
  try {
    if (fs.existsSync(done)) return done;
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
    return done;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
