/**
 * The cache of release builds (src/release/buildCache.ts): a key's build runs once and is reused whole, a new key
 * replaces the old entry, a concurrent builder of the key is waited for (however long it takes, saying whom it waits
 * for), a dead one's lock is taken at once, each builder builds in a folder of its own, and a failed build leaves
 * nothing behind.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cachedBuild, digestOf, withLock } from "../../src/release/buildCache";
import { deadPid, tempDir } from "../support/helpers";

function writing(text: string, counter: { builds: number }): (dir: string) => void {
  return (dir) => {
    counter.builds++;
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "out.txt"), text);
  };
}

test("a key is built once; the second call returns the same whole folder without building", () => {
  const root = tempDir();
  const counter = { builds: 0 };
  const first = cachedBuild(root, "k1", writing("one", counter));
  const second = cachedBuild(root, "k1", writing("other", counter));
  expect(second).toBe(first);
  expect(counter.builds).toBe(1);
  expect(fs.readFileSync(path.join(second, "out.txt"), "utf8")).toBe("one");
  expect(fs.readdirSync(root)).toEqual(["k1"]);
});

test("a new key is built and the old key's entry removed", () => {
  const root = tempDir();
  const counter = { builds: 0 };
  cachedBuild(root, "k1", writing("one", counter));
  const second = cachedBuild(root, "k2", writing("two", counter));
  expect(counter.builds).toBe(2);
  expect(fs.readdirSync(root)).toEqual(["k2"]);
  expect(fs.readFileSync(path.join(second, "out.txt"), "utf8")).toBe("two");
});

test("a builder holding the key's lock is waited for, and its build used", async () => {
  const root = tempDir();
  fs.mkdirSync(path.join(root, "k1.lock"));
  // Another process finishes the build after 500 ms and releases the lock.
  const other = spawn(process.execPath, [
    "-e",
    `setTimeout(() => { const fs = require("fs"); fs.mkdirSync(${JSON.stringify(path.join(root, "k1"))}); fs.writeFileSync(${JSON.stringify(path.join(root, "k1", "out.txt"))}, "theirs"); fs.rmdirSync(${JSON.stringify(path.join(root, "k1.lock"))}); }, 500);`,
  ]);
  const exited = new Promise((resolve) => other.once("exit", resolve));
  const counter = { builds: 0 };
  const done = cachedBuild(root, "k1", writing("mine", counter));
  await exited;
  expect(counter.builds).toBe(0);
  expect(fs.readFileSync(path.join(done, "out.txt"), "utf8")).toBe("theirs");
});

test("a lock older than any build is a dead builder's: it is taken and the key built", () => {
  const root = tempDir();
  const lock = path.join(root, "k1.lock");
  fs.mkdirSync(lock);
  const hourAgo = new Date(Date.now() - 3_600_000);
  fs.utimesSync(lock, hourAgo, hourAgo);
  const counter = { builds: 0 };
  const done = cachedBuild(root, "k1", writing("mine", counter));
  expect(counter.builds).toBe(1);
  expect(fs.readFileSync(path.join(done, "out.txt"), "utf8")).toBe("mine");
  expect(fs.existsSync(lock)).toBe(false);
});

test("a lock whose holder was stopped (Ctrl-C skips its finally) is taken over at once, not after ten minutes", () => {
  const root = tempDir();
  const lock = path.join(root, "k1.lock");
  fs.mkdirSync(lock);
  fs.writeFileSync(path.join(lock, "holder"), `${deadPid()} ${os.hostname()}\n`);
  // A way out for the code that waited: after about two seconds of waiting the work is given up, not done.
  let calls = 0;
  let built = false;
  withLock(
    lock,
    () => ++calls > 10,
    () => {
      built = true;
    },
  );
  expect(built).toBe(true);
  expect(fs.existsSync(lock)).toBe(false);
});

test("a lock naming this very process (a pid a container's earlier run had) is taken over: it is waiting, not holding", () => {
  const root = tempDir();
  const lock = path.join(root, "k1.lock");
  fs.mkdirSync(lock);
  fs.writeFileSync(path.join(lock, "holder"), `${process.pid} ${os.hostname()}\n`);
  let calls = 0;
  let built = false;
  withLock(
    lock,
    () => ++calls > 10,
    () => {
      built = true;
    },
  );
  expect(built).toBe(true);
});

test("another host's lock is waited for while young and taken once older than any build", () => {
  const root = tempDir();
  const lock = path.join(root, "k1.lock");
  fs.mkdirSync(lock);
  fs.writeFileSync(path.join(lock, "holder"), "4242 another-host\n");
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  let calls = 0;
  let built = false;
  try {
    withLock(
      lock,
      () => ++calls > 3,
      () => (built = true),
    );
    expect([built, fs.existsSync(lock)]).toEqual([false, true]);
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(lock, hourAgo, hourAgo);
    calls = 0;
    withLock(
      lock,
      () => ++calls > 10,
      () => (built = true),
    );
  } finally {
    stderr.mockRestore();
  }
  expect([built, fs.existsSync(lock)]).toEqual([true, false]);
});

test("another key's partial folder is kept while its lock is held: a build under way, perhaps on another host", () => {
  const root = tempDir();
  fs.mkdirSync(path.join(root, "k2.lock"));
  fs.writeFileSync(path.join(root, "k2.lock", "holder"), "4242 another-host\n");
  fs.mkdirSync(path.join(root, "k2.partial-4242-0badc0de"));
  cachedBuild(root, "k1", writing("mine", { builds: 0 }));
  expect(fs.readdirSync(root).sort()).toEqual(["k1", "k2.lock", "k2.partial-4242-0badc0de"]);
});

test("a live holder is waited for however old its lock, and the wait says which process it is", async () => {
  const root = tempDir();
  const other = spawn(process.execPath, [
    "-e",
    `const fs = require("fs"); const lock = ${JSON.stringify(path.join(root, "k1.lock"))}; fs.mkdirSync(lock); fs.writeFileSync(lock + "/holder", process.pid + " " + require("os").hostname()); const old = new Date(Date.now() - 3600000); fs.utimesSync(lock, old, old); console.log("locked"); setTimeout(() => { fs.mkdirSync(${JSON.stringify(path.join(root, "k1"))}); fs.writeFileSync(${JSON.stringify(path.join(root, "k1", "out.txt"))}, "theirs"); fs.rmSync(lock, { recursive: true }); }, 1000);`,
  ]);
  await new Promise((resolve) => other.stdout.once("data", resolve));
  const exited = new Promise((resolve) => other.once("exit", resolve));
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  const counter = { builds: 0 };
  let done: string;
  let written: string[];
  try {
    done = cachedBuild(root, "k1", writing("mine", counter));
  } finally {
    written = stderr.mock.calls.map((c) => String(c[0]));
    stderr.mockRestore();
  }
  await exited;
  expect(counter.builds).toBe(0);
  expect(fs.readFileSync(path.join(done, "out.txt"), "utf8")).toBe("theirs");
  expect(written).toEqual([`waiting for ${path.join(root, "k1.lock")}, held by pid ${other.pid}\n`]);
});

test("each builder builds in a folder of its own, and an interrupted builder's folder is removed", () => {
  const root = tempDir();
  const left = path.join(root, `k1.partial-${deadPid()}-0badc0de`);
  fs.mkdirSync(left);
  fs.writeFileSync(path.join(left, "out.txt"), "half");
  let into = "";
  const done = cachedBuild(root, "k1", (dir) => {
    into = dir;
    writing("mine", { builds: 0 })(dir);
  });
  expect(path.basename(into)).toMatch(new RegExp(`^k1\\.partial-${process.pid}-[0-9a-f]+$`));
  expect(fs.readFileSync(path.join(done, "out.txt"), "utf8")).toBe("mine");
  expect(fs.readdirSync(root)).toEqual(["k1"]);
});

test("a build that throws leaves no entry and no lock, and the next call builds", () => {
  const root = tempDir();
  expect(() =>
    cachedBuild(root, "k1", (dir) => {
      fs.mkdirSync(dir);
      throw new Error("compile error");
    }),
  ).toThrow("compile error");
  expect(fs.readdirSync(root)).toEqual([]);
  const counter = { builds: 0 };
  cachedBuild(root, "k1", writing("again", counter));
  expect(counter.builds).toBe(1);
  expect(fs.readdirSync(root)).toEqual(["k1"]);
});

test("the digest tells apart lists that join to the same text", () => {
  expect(digestOf(["ab", "c"])).not.toBe(digestOf(["a", "bc"]));
  expect(digestOf(["ab", "c"])).toBe(digestOf(["ab", Buffer.from("c")]));
});
