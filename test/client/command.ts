/**
 * The vsphere-events command as the library package lays it out, for the client suites: bin/ (the command and the
 * module of its files) beside a CommonJS build of the catalogue (test/catalogue/, built into dist/catalogue/ when older
 * than its index, by one suite at a time: the whole API's build takes minutes, and the command reads only events and
 * the client), run as a child process with its own home folders, so that its known hosts and saved sessions land in a
 * temporary folder and never in the user's. test/packages/npm-pack.test.ts runs the command of the real package.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { withLock } from "../../src/release/buildCache";
import { REPO } from "../support/helpers";

export interface CommandResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const OUT = path.join(REPO, "dist", "catalogue");

/**
 * Builds dist/catalogue (test/catalogue/ and the run time it imports from generated/runtime/, as CommonJS, types
 * stripped) when it is older than the catalogue's index; suites side by side wait for the one that builds.
 */
function buildLibrary(): void {
  const built = path.join(OUT, "test", "catalogue", "index.js");
  const source = path.join(REPO, "test", "catalogue", "index.ts");
  const stale = (): boolean => !fs.existsSync(built) || fs.statSync(built).mtimeMs < fs.statSync(source).mtimeMs;
  const lock = path.join(REPO, "dist", ".catalogue-build.lock");
  const config = path.join(REPO, "dist", "tsconfig.catalogue.json");
  // tsc writes the folder file by file: it is current only once no build holds the lock.
  withLock(
    lock,
    () => !fs.existsSync(lock) && !stale(),
    () => {
      if (!stale()) return;
      fs.writeFileSync(
        config,
        JSON.stringify({
          extends: "../tsconfig.build.json",
          compilerOptions: { rootDir: "..", outDir: "catalogue", declaration: false },
          include: ["../test/catalogue"],
          exclude: [],
        }),
      );
      execFileSync(process.execPath, [path.join(REPO, "node_modules/typescript/bin/tsc"), "-p", config, "--noCheck"], {
        cwd: REPO,
      });
    },
    2 * 60_000,
  );
}

/** A folder with bin/vsphere-events.cjs and its files module beside cjs/ (the built library), and a home of its own. */
export function installCommand(): { bin: string; home: string } {
  buildLibrary();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vsphere-events-"));
  fs.mkdirSync(path.join(dir, "bin"));
  fs.symlinkSync(path.join(OUT, "test", "catalogue"), path.join(dir, "cjs"));
  const templates = path.join(REPO, "templates", "library-package");
  for (const name of fs.readdirSync(templates).filter((n) => n.endsWith(".cjs")))
    fs.copyFileSync(path.join(templates, name), path.join(dir, "bin", name));
  const home = path.join(dir, "home");
  fs.mkdirSync(home);
  return { bin: path.join(dir, "bin", "vsphere-events.cjs"), home };
}

/**
 * Runs the command with `stdin` written to it (the password line), HOME at `home` and no XDG folders but those in
 * `env`; resolves with its exit status and output once it exits. `whileRunning` runs beside it.
 */
export function runCommand(
  command: { bin: string; home: string },
  args: readonly string[],
  options: { stdin?: string; env?: Record<string, string>; whileRunning?: () => Promise<void>; cwd?: string } = {},
): Promise<CommandResult> {
  const env: Record<string, string | undefined> = { ...process.env, HOME: command.home, ...options.env };
  for (const name of ["XDG_CONFIG_HOME", "XDG_CACHE_HOME", "VSPHERE_PASSWORD"])
    if (options.env?.[name] === undefined) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [command.bin, ...args], {
      stdio: ["pipe", "pipe", "pipe"],
      env,
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
    if (options.whileRunning !== undefined) options.whileRunning().catch(reject);
  });
}

/** A command left running: its output so far, a wait for a line of its stderr, and its exit. */
export interface RunningCommand {
  readonly child: ChildProcess;
  readonly stderr: () => string;
  readonly stdout: () => string;
  /** Resolves once stderr matches `pattern`; rejects when the command exits first. */
  readonly waitFor: (pattern: RegExp) => Promise<void>;
  readonly exited: Promise<CommandResult>;
}

/** Starts the command as runCommand does, without waiting for it. */
export function startCommand(
  command: { bin: string; home: string },
  args: readonly string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): RunningCommand {
  const env: Record<string, string | undefined> = { ...process.env, HOME: command.home, ...options.env };
  for (const name of ["XDG_CONFIG_HOME", "XDG_CACHE_HOME", "VSPHERE_PASSWORD"])
    if (options.env?.[name] === undefined) delete env[name];
  const child = spawn(process.execPath, [command.bin, ...args], { stdio: ["pipe", "pipe", "pipe"], env });
  const out = { stdout: "", stderr: "" };
  const waiters = new Set<() => void>();
  child.stdout.on("data", (c: Buffer) => (out.stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => {
    out.stderr += c.toString();
    for (const w of waiters) w();
  });
  const exited = new Promise<CommandResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (status) => {
      resolve({ status, stdout: out.stdout, stderr: out.stderr });
      for (const w of waiters) w();
    });
  });
  child.stdin.end(options.stdin ?? "");
  const waitFor = (pattern: RegExp): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (pattern.test(out.stderr)) {
          waiters.delete(check);
          resolve();
        } else if (child.exitCode !== null || child.signalCode !== null) {
          waiters.delete(check);
          reject(new Error(`the command exited before its stderr matched ${String(pattern)}:\n${out.stderr}`));
        }
      };
      waiters.add(check);
      check();
    });
  return { child, stderr: () => out.stderr, stdout: () => out.stdout, waitFor, exited };
}
