/**
 * A lock that is a folder: made with `mkdir` (atomic on every file system, network ones included), holding a file
 * that names its holder (`<pid> <host>`), removed to give it back. The write stage holds one beside the output while
 * it swaps folders (write/writeFiles.ts); the release builds hold one per cache key (release/buildCache.ts). A process
 * stopped without reaching its `finally` leaves its lock behind, so a waiter takes a lock over when its holder is gone:
 * at once when the holder ran on this host and has exited, else once the lock is older than the caller's limits.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** The file in a lock folder that names its holder. */
const HOLDER = "holder";

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
}

export interface FolderLockOptions {
  /**
   * How old a lock may grow that names no holder (its holder died between making the folder and naming itself, or an
   * older version made it) before it counts as abandoned.
   */
  readonly staleMs: number;
  /** How old a lock may grow whose holder runs on another host, which this one cannot look at. */
  readonly foreignStaleMs: number;
  /**
   * Whether a lock naming this very process is a dead one's: true where one process never holds the lock twice (a
   * container's earlier run had this pid), false where threads of one process may each hold it.
   */
  readonly ownPidIsStale: boolean;
  /** How long to wait for a live holder before `onTimeout` (undefined: as long as it lives). */
  readonly waitMs?: number;
  /** The error to throw once `waitMs` has passed, for the holder named (or none). */
  readonly onTimeout?: (holder: LockHolder | undefined) => Error;
  /** Called once, when the lock is first found held by a live holder. */
  readonly onWait?: (holder: LockHolder | undefined) => void;
  /** Checked while waiting: once it holds, the wait ends without the lock (another process did the work). */
  readonly ready?: () => boolean;
  /** How often the lock is looked at again while waiting. */
  readonly pollMs: number;
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
export function holderOf(lock: string): LockHolder | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(lock, HOLDER), "utf8");
  } catch {
    return undefined;
  }
  const [pid, host = ""] = text.trim().split(" ");
  return /^[1-9]\d*$/.test(pid ?? "") ? { pid: Number(pid), host } : undefined;
}

/** A holder as messages name it: its pid, and its host when that is not this one. */
export function holderName(holder: LockHolder): string {
  return holder.host === os.hostname() ? `${holder.pid}` : `${holder.pid} on ${holder.host}`;
}

/** The text of a holder file naming process `pid` on `host` (this one by default), as a lock's holder writes it. */
export function holderText(pid: number, host: string = os.hostname()): string {
  return `${pid} ${host}\n`;
}

/**
 * Whether `lock`'s holder is gone: the process it names on this host no longer runs (or is this one, where
 * `ownPidIsStale`); or the lock is older than the limit for a holder this host cannot look at (none named, or another
 * host's). A lock removed meanwhile is not abandoned: the next `mkdir` takes it.
 */
function abandoned(lock: string, options: FolderLockOptions): boolean {
  const holder = holderOf(lock);
  if (holder !== undefined && holder.host === os.hostname())
    return holder.pid === process.pid ? options.ownPidIsStale : !running(holder.pid);
  const since = fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
  const limit = holder === undefined ? options.staleMs : options.foreignStaleMs;
  return since !== undefined && Date.now() - since > limit;
}

/**
 * Takes the lock folder `lock`, waiting for a live holder and taking over an abandoned one's; returns the function
 * that gives it back, or, with a `ready` check, `undefined` when `ready()` came to hold while waiting (the lock was not
 * taken).
 */
export function takeFolderLock(
  lock: string,
  options: FolderLockOptions & { readonly ready: () => boolean },
): (() => void) | undefined;
export function takeFolderLock(lock: string, options: Omit<FolderLockOptions, "ready">): () => void;
export function takeFolderLock(lock: string, options: FolderLockOptions): (() => void) | undefined {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = options.waitMs === undefined ? Infinity : Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, HOLDER), holderText(process.pid));
      return () => fs.rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (abandoned(lock, options)) {
      // Looked at again just before: a waiter beside this one may have taken it over already.
      if (abandoned(lock, options)) fs.rmSync(lock, { recursive: true, force: true });
    } else {
      if (Date.now() > deadline)
        throw options.onTimeout?.(holderOf(lock)) ?? new Error(`${lock} is still held after ${options.waitMs} ms`);
      if (!told) options.onWait?.(holderOf(lock));
      told = true;
      sleep(options.pollMs);
    }
    if (options.ready?.() === true) return undefined;
  }
}
