/**
 * `--runtime-from`: an output that imports its run time from another output's `runtime/` folder holds no copy of it,
 * records the folder in its header (so that a plain `generate` or `check` keeps it), compiles against it, and refuses
 * a folder that holds no run time or one written with another import extension; `--runtime-from own` copies it back.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { copyDir, REPO, run, runCli, tempDir, tempProject } from "../support/helpers";

const BASE = ["--no-bundled", "--schemas", "schemas"];

/** A project with the first output, with its own run time, which the second imports: generated once for the file. */
let withFirst: string;

beforeAll(() => {
  withFirst = tempProject().dir;
  expect(runCli(["generate", ...BASE, "--out", "first"], withFirst).status).toBe(0);
});

/** A copy of the project with the first output, for a test of its own. */
function project(): { dir: string; second: string } {
  const dir = tempDir();
  copyDir(withFirst, dir);
  return { dir, second: path.join(dir, "second") };
}

test("an output generated with --runtime-from imports that folder's run time, holds no copy, and compiles", () => {
  const { dir, second } = project();
  const result = runCli(
    ["generate", ...BASE, "--out", "second", "--runtime-from", "first/runtime", "--int64", "bigint"],
    dir,
  );
  expect(result).toMatchObject({ status: 0 });
  expect(fs.existsSync(path.join(second, "runtime"))).toBe(false);
  const index = fs.readFileSync(path.join(second, "index.ts"), "utf8");
  expect(index).toContain('// Run time: "../first/runtime", imported from there, not copied into runtime/');
  expect(index).toContain("--runtime-from first/runtime");
  expect(fs.readFileSync(path.join(second, "decoders.ts"), "utf8")).toContain('from "../first/runtime/runtime"');
  // Both outputs in one program, under the strict flags: the second's imports resolve to the first's run time.
  fs.writeFileSync(
    path.join(dir, "use.ts"),
    [
      'import { decodeUserLogoutSessionEvent } from "./second";',
      'import { DecodeError } from "./first";',
      'const e = decodeUserLogoutSessionEvent({ _typeName: "UserLogoutSessionEvent", key: 1, chainId: 1, createdTime: "2024-05-01T10:30:00Z", userName: "u", callCount: 9007199254740993n });',
      "const k: bigint | undefined = e.callCount;",
      "export const shared = [k, DecodeError];",
      "",
    ].join("\n"),
  );
  const compilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    target: "ES2022",
    module: "commonjs",
    types: [],
    skipLibCheck: true,
    noEmit: true,
  };
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["use.ts"] }));
  const tsc = run(process.execPath, [path.join(REPO, "node_modules/typescript/bin/tsc"), "-p", "."], dir);
  expect(tsc.stdout + tsc.stderr).toBe("");
}, 120_000);

test("a plain generate keeps the recorded folder, check agrees, and --runtime-from own copies the run time back", () => {
  const { dir, second } = project();
  expect(runCli(["generate", ...BASE, "--out", "second", "--runtime-from", "first/runtime"], dir).status).toBe(0);
  expect(runCli(["generate", ...BASE, "--out", "second"], dir).stdout).toMatch(/0 written/);
  expect(runCli(["check", ...BASE, "--out", "second"], dir).status).toBe(0);
  expect(fs.existsSync(path.join(second, "runtime"))).toBe(false);
  expect(runCli(["generate", ...BASE, "--out", "second", "--runtime-from", "own"], dir).status).toBe(0);
  expect(fs.existsSync(path.join(second, "runtime", "runtime.ts"))).toBe(true);
  expect(fs.readFileSync(path.join(second, "index.ts"), "utf8")).not.toContain("// Run time:");
}, 120_000);

test("a folder with no run time, or one written with another import extension, is refused in one line, nothing written", () => {
  const { dir, second } = project();
  const missing = runCli(["generate", ...BASE, "--out", "second", "--runtime-from", "schemas"], dir);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toMatch(
    /--runtime-from schemas: no run time is there; generate the output that folder belongs to first/,
  );
  const other = runCli(
    ["generate", ...BASE, "--out", "second", "--runtime-from", "first/runtime", "--import-extension", ".js"],
    dir,
  );
  expect(other.status).toBe(2);
  expect(other.stderr).toMatch(/written with --import-extension none, this output asks for \.js/);
  expect(fs.existsSync(second)).toBe(false);
}, 120_000);
