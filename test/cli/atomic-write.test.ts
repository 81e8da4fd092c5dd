/**
 * Never half-written: runs of the real CLI killed with SIGKILL at each step of writing the output folder leave it
 * entirely as it was or entirely new, and two concurrent runs leave a consistent result.
 *
 * A swap is two renames (the old folder aside, the new one in): a kill between them leaves the folder absent with
 * the old one beside it, which the next run puts back before anything else. That state counts as "old".
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { holderText } from "../../src/folderLock";
import { SESSION_SCHEMAS, copyDir, deadPid, REPO, runCli, snapshotDir, tempDir } from "../support/helpers";

/**
 * When each killed run is killed: half-way through the run's measured time (before it writes anything), or as soon as
 * the folder beside the output that a step of the write makes (or removes) appears: the lock taken, the new folder
 * begun, the old folder set aside, the lock given back. A run spends a few milliseconds of its seconds writing, so
 * moments drawn at random over its time (as this test did, 20 of them) almost all fell before or after the write.
 * A kill as the lock appears can land before the run named itself in it: the next run takes that lock over after 5 s.
 */
const KILL_POINTS = ["half-way", "lock", "new", "old", "unlock"] as const;
type KillPoint = (typeof KILL_POINTS)[number];

interface Prepared {
  /** A folder holding `schemas/` and `generated/`, the output generated from the schemas (state `b`). */
  readonly dir: string;
  /** The output before (`a`) and after (`b`) the edit of UserLogoutSessionEvent's description. */
  readonly a: Record<string, string>;
  readonly b: Record<string, string>;
  /** How long the run that wrote `b` took. */
  readonly ms: number;
}

let prepared: Prepared;

// Generated once for the file, then copied for each test: two runs of the CLI instead of eight.
beforeAll(() => {
  const dir = tempDir();
  copyDir(SESSION_SCHEMAS, path.join(dir, "schemas"));
  const schema = path.join(dir, "schemas", "vim25", "UserLogoutSessionEvent.yaml");
  const out = path.join(dir, "generated");
  const args = ["generate", "--no-bundled", "--schemas", "schemas"];
  runCli(args, dir);
  const a = snapshotDir(out);
  fs.writeFileSync(schema, fs.readFileSync(schema, "utf8").replace("The IP address of client", "The client address"));
  const started = Date.now();
  runCli(args, dir);
  const ms = Date.now() - started;
  prepared = { dir, a, b: snapshotDir(out), ms };
}, 120_000);

/** A folder of its own for a test, as the prepared one: the schemas edited and the output generated from them. */
function setUp(): {
  dir: string;
  schema: string;
  out: string;
  a: Record<string, string>;
  b: Record<string, string>;
  ms: number;
} {
  const dir = tempDir();
  copyDir(prepared.dir, dir);
  const out = path.join(dir, "generated");
  expect(snapshotDir(out)).toEqual(prepared.b);
  const schema = path.join(dir, "schemas", "vim25", "UserLogoutSessionEvent.yaml");
  return { dir, schema, out, a: prepared.a, b: prepared.b, ms: prepared.ms };
}

/** The folder as the next run will see it: itself, or the old folder a kill between the two renames left aside. */
function outputAsNextRunSees(out: string): { files: Record<string, string>; midSwap: boolean } {
  if (fs.existsSync(out)) return { files: snapshotDir(out), midSwap: false };
  const parent = path.dirname(out);
  const aside = fs.readdirSync(parent).filter((n) => n.startsWith(`${path.basename(out)}.vsphere-typegen-old-`));
  expect(aside).toHaveLength(1);
  return { files: snapshotDir(path.join(parent, aside[0] ?? "")), midSwap: true };
}

/**
 * Runs the CLI in `dir` and kills it at `point` (KILL_POINTS), watching `dir` for the folders its write makes beside
 * `generated/` (`generated.vsphere-typegen-{lock,new-PID,old-PID}`). The kill lands a moment after what triggers it;
 * a run that ends first is not killed.
 */
function runAndKill(dir: string, point: KillPoint, halfMs: number): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    const lock = "generated.vsphere-typegen-lock";
    let locked = false;
    const watcher = fs.watch(dir, (_event, name) => {
      if (child.pid === undefined) return;
      // A rename event tells neither whether the name appeared nor whether it went: the folder says.
      if (name === lock) locked ||= fs.existsSync(path.join(dir, lock));
      const fire =
        (point === "lock" && locked) ||
        (point === "new" && name === `generated.vsphere-typegen-new-${child.pid}`) ||
        (point === "old" && name === `generated.vsphere-typegen-old-${child.pid}`) ||
        (point === "unlock" && name === lock && locked && !fs.existsSync(path.join(dir, lock)));
      if (fire) child.kill("SIGKILL");
    });
    const child = spawn(
      process.execPath,
      [path.join(REPO, "bin/vsphere-typegen.js"), "generate", "--no-bundled", "--schemas", "schemas"],
      {
        cwd: dir,
        stdio: "ignore",
      },
    );
    const timer = point === "half-way" ? setTimeout(() => child.kill("SIGKILL"), halfMs) : undefined;
    child.on("exit", (_code, signal) => {
      clearTimeout(timer);
      watcher.close();
      resolve(signal);
    });
  });
}

test(`runs killed at each step of the write (${KILL_POINTS.join(", ")}) leave the output entirely old or entirely new`, async () => {
  const { dir, schema, out, a, b, ms } = setUp();
  const text = {
    a: fs.readFileSync(schema, "utf8").replace("The client address", "The IP address of client"),
    b: fs.readFileSync(schema, "utf8"),
  };
  const outcomes: string[] = [];
  const killed: string[] = [];
  const key = (snapshot: Record<string, string>): string => JSON.stringify(snapshot);
  for (const point of KILL_POINTS) {
    // Each run has something to write: the schema says the opposite of what the folder holds now.
    const before = outputAsNextRunSees(out).files;
    const towardsA = key(before) !== key(a);
    fs.writeFileSync(schema, towardsA ? text.a : text.b);
    const target = towardsA ? a : b;
    if ((await runAndKill(dir, point, Math.round(ms / 2))) === "SIGKILL") killed.push(point);
    const seen = outputAsNextRunSees(out);
    const now = key(seen.files);
    const outcome =
      now === key(before) ? (seen.midSwap ? "old (mid-swap)" : "old") : now === key(target) ? "new" : "MIXED";
    outcomes.push(`${point}: ${outcome}`);
  }
  console.log(`kill test: ${outcomes.join(", ")}; killed at ${killed.join(", ")}`);
  expect(outcomes.filter((o) => o.endsWith("MIXED"))).toEqual([]);
  // The kills landed: half-way always (its run has half its time left), and most of the steps' (a kill lands a moment
  // after its step, when a run near its end may have ended): a test whose kills all missed would prove nothing.
  expect(killed).toContain("half-way");
  expect(killed.length).toBeGreaterThanOrEqual(3);
  // Whatever a kill left behind (a lock, a half-built folder) is cleaned up by the next run.
  fs.writeFileSync(schema, text.b);
  expect(runCli(["generate", "--no-bundled", "--schemas", "schemas"], dir).status).toBe(0);
  expect(snapshotDir(out)).toEqual(b);
  expect(fs.readdirSync(dir).sort()).toEqual(["generated", "schemas"]);
}, 300_000);

test("a run killed between the two renames is healed by the next: the old folder is put back, then replaced", () => {
  const { dir, schema, out, a, b } = setUp();
  // The state a kill between the renames leaves: no folder, the old one aside under a dead run's pid.
  fs.renameSync(out, `${out}.vsphere-typegen-old-999999`);
  fs.mkdirSync(`${out}.vsphere-typegen-new-999999`);
  // A run with nothing to change still heals it.
  expect(runCli(["generate", "--no-bundled", "--schemas", "schemas"], dir).status).toBe(0);
  expect(snapshotDir(out)).toEqual(b);
  expect(fs.readdirSync(dir).sort()).toEqual(["generated", "schemas"]);
  fs.renameSync(out, `${out}.vsphere-typegen-old-999999`);
  fs.writeFileSync(schema, fs.readFileSync(schema, "utf8").replace("The client address", "The IP address of client"));
  expect(runCli(["generate", "--no-bundled", "--schemas", "schemas"], dir).status).toBe(0);
  expect(snapshotDir(out)).toEqual(a);
  expect(fs.readdirSync(dir).sort()).toEqual(["generated", "schemas"]);
}, 120_000);

test("a lock a killed run left beside a current output is removed by a run with nothing to write", () => {
  const { dir, out, b } = setUp();
  // The state a kill after the swap leaves: the output current, the lock still held by a process that is gone.
  fs.mkdirSync(`${out}.vsphere-typegen-lock`);
  fs.writeFileSync(`${out}.vsphere-typegen-lock/holder`, holderText(deadPid()));
  const result = runCli(["generate", "--no-bundled", "--schemas", "schemas"], dir);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("(0 written,");
  expect(snapshotDir(out)).toEqual(b);
  expect(fs.readdirSync(dir).sort()).toEqual(["generated", "schemas"]);
}, 120_000);

test("two concurrent runs leave a consistent result", async () => {
  const { dir, schema, out, a } = setUp();
  fs.writeFileSync(schema, fs.readFileSync(schema, "utf8").replace("The client address", "The IP address of client"));
  const run = (): Promise<number | null> =>
    new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        [path.join(REPO, "bin/vsphere-typegen.js"), "generate", "--no-bundled", "--schemas", "schemas"],
        {
          cwd: dir,
          stdio: "ignore",
        },
      );
      child.on("exit", (code) => resolve(code));
    });
  expect(await Promise.all([run(), run()])).toEqual([0, 0]);
  expect(snapshotDir(out)).toEqual(a);
  expect(fs.readdirSync(dir).sort()).toEqual(["generated", "schemas"]);
}, 120_000);
