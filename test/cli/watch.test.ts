/** `generate --watch`, driven as a user does: edit schema files and read what the running command prints. */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { copyDir, REPO, runCli, SESSION_SCHEMAS, snapshotDir, tempDir, SESSION_OUTPUT_FILES } from "../support/helpers";

/** The running command and everything it has printed so far. */
interface Running {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
}

function start(args: readonly string[], cwd: string): Running {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...env } = process.env;
  const child = spawn(process.execPath, [path.join(REPO, "bin/vsphere-typegen.js"), ...args], { cwd, env });
  const running: Running = { child, stdout: "", stderr: "" };
  child.stdout?.on("data", (chunk: Buffer) => (running.stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (running.stderr += chunk.toString()));
  return running;
}

/** Resolves once `condition` holds, polling; fails with what was printed after `ms`. */
async function until(running: Running, condition: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out; stdout:\n${running.stdout}\nstderr:\n${running.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const summaries = (running: Running): string[] =>
  running.stdout.split("\n").filter((line) => line.includes(" schema files -> generated/"));

test("regenerates on every schema change, reports broken schemas without exiting, and stops on Ctrl-C", async () => {
  const dir = tempDir();
  copyDir(SESSION_SCHEMAS, path.join(dir, "schemas"));
  const file = path.join(dir, "schemas", "vim25", "UserLogoutSessionEvent.yaml");
  const original = fs.readFileSync(file, "utf8");
  const running = start(["generate", "--no-bundled", "--schemas", "schemas", "--watch"], dir);
  try {
    await until(running, () => summaries(running).length === 1);
    expect(running.stdout).toContain("vsphere-typegen: watching schemas/ (Ctrl-C stops)");
    expect(summaries(running)[0]).toMatch(
      new RegExp(
        `^\\[\\d\\d:\\d\\d:\\d\\d\\] vsphere-typegen: 22 types from 22 schema files -> generated/ \\(${SESSION_OUTPUT_FILES} written, 0 unchanged, 0 removed\\) in \\d+\\.\\d s$`,
      ),
    );

    // A new field: one more run, and the output has it.
    fs.writeFileSync(file, `${original}  reason:\n    type: string\n    optional: true\n`);
    await until(running, () => summaries(running).length === 2);
    expect(fs.readFileSync(path.join(dir, "generated", "types.ts"), "utf8")).toContain("reason?: string;");

    // A broken file: its diagnostics, the output untouched, and the command still running.
    const before = fs.readFileSync(path.join(dir, "generated", "types.ts"), "utf8");
    fs.writeFileSync(file, original.replace("name: UserLogoutSessionEvent", "name: UserLogoutSessionEvent\nbogus: 1"));
    await until(running, () => running.stderr.includes("nothing was written."));
    expect(running.stderr).toContain('UserLogoutSessionEvent.yaml:2:1: error [unknown-key] unknown key "bogus"');
    expect(running.stderr).toContain("> 2 | bogus: 1");
    expect(running.stderr).toMatch(/\n\[\d\d:\d\d:\d\d\] vsphere-typegen: run failed in \d+\.\d s; watching on\n/);
    expect(running.child.exitCode).toBeNull();
    expect(fs.readFileSync(path.join(dir, "generated", "types.ts"), "utf8")).toBe(before);

    // An editor's save (a temporary file renamed over the schema), five times at once: one run.
    for (let i = 0; i < 5; i++) {
      const temporary = path.join(dir, "schemas", "vim25", `.save-${i}.tmp`);
      fs.writeFileSync(temporary, original);
      fs.renameSync(temporary, file);
    }
    await until(running, () => summaries(running).length === 3);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(summaries(running)).toHaveLength(3);
    expect(fs.readFileSync(path.join(dir, "generated", "types.ts"), "utf8")).not.toContain("reason?: string;");

    // A new folder of schemas is watched too.
    fs.mkdirSync(path.join(dir, "schemas", "mine"));
    await new Promise((resolve) => setTimeout(resolve, 500));
    fs.writeFileSync(path.join(dir, "schemas", "mine", "MyEvent.yaml"), "name: MyEvent\nextends: SessionEvent\n");
    await until(running, () => running.stdout.includes("23 types from 23 schema files"));
  } finally {
    running.child.kill("SIGINT");
  }
  const code = await new Promise<number | null>((resolve) =>
    running.child.exitCode !== null ? resolve(running.child.exitCode) : running.child.on("exit", (c) => resolve(c)),
  );
  expect(code).toBe(0);
}, 120_000);

test("started on a current output, a saved description and a saved field each write what generate on its own writes", async () => {
  const dir = tempDir();
  copyDir(SESSION_SCHEMAS, path.join(dir, "schemas"));
  const args = ["generate", "--no-bundled", "--schemas", "schemas"];
  expect(runCli(args, dir).status).toBe(0);
  const file = path.join(dir, "schemas", "vim25", "SessionEvent.yaml");
  const original = fs.readFileSync(file, "utf8");
  const running = start([...args, "--watch"], dir);
  /** The output generated afresh, by a command on its own, from the schemas as they are now. */
  const afresh = (): Record<string, string> => {
    const copy = tempDir();
    copyDir(path.join(dir, "schemas"), path.join(copy, "schemas"));
    expect(runCli(args, copy).status).toBe(0);
    return snapshotDir(path.join(copy, "generated"));
  };
  try {
    await until(running, () => summaries(running).length === 1);
    expect(summaries(running)[0]).toContain(`(0 written, ${SESSION_OUTPUT_FILES} unchanged, 0 removed)`);
    // The watcher remembers each run's work for the next (src/runMemory.ts): a description, then a field.
    fs.writeFileSync(file, original.replace(/^description: .*$/m, "description: Session events, saved."));
    await until(running, () => summaries(running).length === 2);
    expect(summaries(running)[1]).toContain("(2 written,");
    expect(snapshotDir(path.join(dir, "generated"))).toEqual(afresh());
    fs.writeFileSync(file, `${original}fields:\n  reason:\n    type: string\n    optional: true\n`);
    await until(running, () => summaries(running).length === 3);
    expect(fs.readFileSync(path.join(dir, "generated", "types.ts"), "utf8")).toContain("reason?: string;");
    expect(snapshotDir(path.join(dir, "generated"))).toEqual(afresh());
  } finally {
    running.child.kill("SIGINT");
  }
}, 120_000);
