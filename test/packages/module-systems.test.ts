/**
 * The generated code in the projects people have: an ES module project (`"type": "module"`, TypeScript's
 * nodenext resolution, then node), a CommonJS one, and a bundler-resolution check. The import extension is
 * chosen from the project's package.json when no flag, config or header says otherwise.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { FIXTURES, REPO, runCli, runJoined, tempProject } from "../support/helpers";

const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
const STRICT = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: true };
const EVENT = fs.readFileSync(path.join(FIXTURES, "UserLogoutSessionEvent.minimal.json"), "utf8");

/** A project with the SessionEvent family's schemas, a package.json and a tsconfig.json. */
function project(type: "module" | "commonjs", compilerOptions: object): string {
  const { dir } = tempProject({ prefix: "vsphere-typegen-consumer-" });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type }));
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { ...STRICT, types: [], outDir: "dist", rootDir: "src", ...compilerOptions } }),
  );
  return dir;
}

/**
 * The codes of the errors `tsc -p .` in `dir` reports in `file`, from that file alone: the program as the project's
 * tsconfig.json makes it, its other files read but checked only as far as `file` uses them.
 */
function errorCodesIn(dir: string, file: string): number[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(dir, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (config === undefined) throw new Error(`${dir}/tsconfig.json: not read`);
  const program = ts.createProgram(config.fileNames, config.options);
  const source = program.getSourceFile(path.join(dir, file));
  if (source === undefined) throw new Error(`${file} is not in the project's program`);
  return program.getSemanticDiagnostics(source).map((d) => d.code);
}

const USE = (specifier: string): string =>
  [
    `import { decodeEvent, DecodeError } from "${specifier}";`,
    "const event = decodeEvent(JSON.parse(String(process.argv[2])));",
    "console.log(event._typeName, event.userName, event instanceof DecodeError);",
  ].join("\n");

test("an ES module project gets .js imports by default; the walkthrough compiles under nodenext and runs", () => {
  const dir = project("module", { module: "nodenext", moduleResolution: "nodenext", target: "es2022" });
  const generated = runCli(["generate", "--no-bundled", "--schemas", "schemas", "--out", "src/vsphere"], dir);
  expect(generated.stderr).toBe("");
  const index = fs.readFileSync(path.join(dir, "src", "vsphere", "index.ts"), "utf8");
  expect(index).toContain("importExtension=.js");
  expect(index).toContain('export * from "./decoders.js";');
  fs.writeFileSync(
    path.join(dir, "src", "use.ts"),
    `${USE("./vsphere/index.js")}\ndeclare const process: { argv: string[] };\n`,
  );
  expect(runJoined(process.execPath, [TSC, "-p", "."], dir)).toEqual({ status: 0, output: "" });
  expect(runJoined(process.execPath, ["dist/use.js", EVENT], dir)).toEqual({
    status: 0,
    output: "UserLogoutSessionEvent root false\n",
  });
  // The same project under bundler resolution type-checks too.
  const bundler = ["-p", ".", "--module", "esnext", "--moduleResolution", "bundler", "--noEmit"];
  expect(runJoined(process.execPath, [TSC, ...bundler], dir)).toEqual({ status: 0, output: "" });
  // Without the extension, nodenext refuses the relative imports (TS2835): why the option exists. The entry module's
  // errors say it; a whole second tsc run would say it of every module.
  runCli(
    ["generate", "--no-bundled", "--schemas", "schemas", "--out", "src/vsphere", "--import-extension", "none"],
    dir,
  );
  expect(errorCodesIn(dir, "src/vsphere/index.ts")).toContain(2835);
});

test("a CommonJS project keeps extensionless imports; it compiles under nodenext and runs", () => {
  const dir = project("commonjs", { module: "nodenext", moduleResolution: "nodenext", target: "es2022" });
  runCli(["generate", "--no-bundled", "--schemas", "schemas", "--out", "src/vsphere"], dir);
  const index = fs.readFileSync(path.join(dir, "src", "vsphere", "index.ts"), "utf8");
  expect(index).toContain("importExtension=none");
  expect(index).toContain('export * from "./decoders";');
  fs.writeFileSync(
    path.join(dir, "src", "use.ts"),
    `${USE("./vsphere")}\ndeclare const process: { argv: string[] };\n`,
  );
  expect(runJoined(process.execPath, [TSC, "-p", "."], dir)).toEqual({ status: 0, output: "" });
  expect(runJoined(process.execPath, ["dist/use.js", EVENT], dir)).toEqual({
    status: 0,
    output: "UserLogoutSessionEvent root false\n",
  });
});
