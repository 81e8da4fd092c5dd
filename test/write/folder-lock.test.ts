/**
 * The one folder lock (src/folderLock.ts) that the write stage and the release builds hold: who is waited for, whose
 * lock is taken over, and what a wait that runs out says.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { holderOf, holderText, takeFolderLock, type FolderLockOptions } from "../../src/folderLock";
import { deadPid, tempDir, thrown } from "../support/helpers";

const OPTIONS: FolderLockOptions = {
  staleMs: 60_000,
  foreignStaleMs: 60_000,
  ownPidIsStale: false,
  waitMs: 300,
  onTimeout: (holder) => new Error(`still held by ${holder === undefined ? "nobody named" : holder.pid}`),
  pollMs: 20,
};

/** A lock folder left as a holder leaves it: naming `holder` (a holder file's text), `ageMs` old. */
function leftLock(holder: string | undefined, ageMs = 0): string {
  const lock = path.join(tempDir(), "out.lock");
  fs.mkdirSync(lock);
  if (holder !== undefined) fs.writeFileSync(path.join(lock, "holder"), holder);
  const when = new Date(Date.now() - ageMs);
  fs.utimesSync(lock, when, when);
  return lock;
}

let sleeper: ChildProcess | undefined;
afterEach(() => sleeper?.kill());

test("a free lock is taken, names this process and host, and is given back", () => {
  const lock = path.join(tempDir(), "out.lock");
  const release = takeFolderLock(lock, OPTIONS);
  expect(holderOf(lock)).toEqual({ pid: process.pid, host: os.hostname() });
  release?.();
  expect(fs.existsSync(lock)).toBe(false);
});

test("a live holder on this host is waited for, and a wait that runs out names it", () => {
  sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
  const pid = sleeper.pid ?? 0;
  const lock = leftLock(holderText(pid), 3_600_000);
  const told: unknown[] = [];
  expect(thrown(() => takeFolderLock(lock, { ...OPTIONS, onWait: (h) => told.push(h) }))).toEqual(
    new Error(`still held by ${pid}`),
  );
  expect(told).toEqual([{ pid, host: os.hostname() }]);
  expect(holderOf(lock)).toEqual({ pid, host: os.hostname() });
});

test("a holder on this host that has exited is taken over at once, however young its lock", () => {
  const lock = leftLock(holderText(deadPid()));
  const release = takeFolderLock(lock, { ...OPTIONS, staleMs: Infinity, foreignStaleMs: Infinity });
  expect(holderOf(lock)).toEqual({ pid: process.pid, host: os.hostname() });
  release?.();
});

test("a lock naming this process is alive unless the caller says one process never holds it twice", () => {
  const lock = leftLock(holderText(process.pid));
  expect(thrown(() => takeFolderLock(lock, OPTIONS))).toEqual(new Error(`still held by ${process.pid}`));
  const release = takeFolderLock(lock, { ...OPTIONS, ownPidIsStale: true });
  expect(release).toBeInstanceOf(Function);
  release?.();
});

test("a nameless lock and another host's are taken over only once older than their own limits", () => {
  const nameless = leftLock(undefined, 10_000);
  expect(thrown(() => takeFolderLock(nameless, { ...OPTIONS, staleMs: 20_000 }))).toEqual(
    new Error("still held by nobody named"),
  );
  takeFolderLock(nameless, { ...OPTIONS, staleMs: 5_000 })?.();
  const foreign = leftLock(holderText(4242, "another-host"), 10_000);
  // Another host's lock is held to its own limit, not to the nameless one's.
  expect(thrown(() => takeFolderLock(foreign, { ...OPTIONS, staleMs: 5_000, foreignStaleMs: 20_000 }))).toEqual(
    new Error("still held by 4242"),
  );
  takeFolderLock(foreign, { ...OPTIONS, staleMs: Infinity, foreignStaleMs: 5_000 })?.();
  expect([fs.existsSync(nameless), fs.existsSync(foreign)]).toEqual([false, false]);
});

test("a wait ends without the lock once ready() holds: another process did the work", () => {
  sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
  const lock = leftLock(holderText(sleeper.pid ?? 0));
  let looks = 0;
  expect(takeFolderLock(lock, { ...OPTIONS, waitMs: 10_000, ready: () => ++looks >= 3 })).toBeUndefined();
  expect(holderOf(lock)?.pid).toBe(sleeper.pid);
});
