/**
 * A build kept by the digest of its inputs, for release steps that are pure functions of files (the library package):
 * the same inputs are the same bytes, so a second build of them is a copy. One entry is kept; concurrent builders of
 * the same key wait for the first (`withLock`, a lock folder naming its holder's pid, which the suites' own builds
 * use too) instead of building again, and take the lock over when that process is gone.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * A lock older than this whose holder cannot be looked at (none named: one from before holders were recorded, or
 * whose holder died between taking it and writing its name; or one on another host) is a dead holder's. A lock whose
 * holder runs on this host is taken over only when that process is gone, however long its build takes.
 */
const STALE_LOCK_MS = 10 * 60_000;

/** The file in a lock folder that names its holder: `<pid> <host>`. */
const HOLDER = "holder";

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

/** Whether process `pid` runs (on this host): signal 0 checks without sending anything; EPERM is someone else's. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The process holding `lock`, as its holder file names it; `undefined` when it names none. */
function holderOf(lock: string): { readonly pid: number; readonly host: string } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(lock, HOLDER), "utf8");
  } catch {
    return undefined;
  }
  const [pid, host = ""] = text.trim().split(" ");
  return /^\d+$/.test(pid ?? "") ? { pid: Number(pid), host } : undefined;
}

/**
 * Whether `lock`'s holder is gone: the process it names on this host no longer runs (a build stopped by Ctrl-C never
 * reaches its `finally`) or is this one (a pid a container's earlier run had: this process is waiting, not holding);
 * or the lock is older than `staleMs` and its holder is one this host cannot look at (another host's, a container's
 * whose name changed) or none is named.
 */
function abandoned(lock: string, staleMs: number): boolean {
  const holder = holderOf(lock);
  if (holder !== undefined && holder.host === os.hostname()) return holder.pid === process.pid || !running(holder.pid);
  const since = fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
  return since !== undefined && Date.now() - since > staleMs;
}

/**
 * Runs `work` holding the lock folder `lock`, unless `ready()` holds: checked before taking the lock, while waiting
 * for another holder (processes side by side build the same thing once), and again once it is taken. The lock names
 * its holder; one whose holder is gone is taken over, and a wait says on stderr whom it waits for.
 */
export function withLock(lock: string, ready: () => boolean, work: () => void, staleMs = STALE_LOCK_MS): void {
  if (ready()) return;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, HOLDER), `${process.pid} ${os.hostname()}\n`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (abandoned(lock, staleMs)) {
        // Looked at again just before: a waiter beside this one may have taken it over already.
        if (abandoned(lock, staleMs)) fs.rmSync(lock, { recursive: true, force: true });
      } else {
        if (!told) {
          const holder = holderOf(lock);
          process.stderr.write(
            `waiting for ${lock}, held by ${holder === undefined ? "another process" : `pid ${holder.pid}${holder.host === os.hostname() ? "" : ` on ${holder.host}`}`}\n`,
          );
          told = true;
        }
        sleep(200);
      }
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
