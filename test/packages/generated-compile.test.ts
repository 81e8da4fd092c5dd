/**
 * The committed generated/ is golden output: it must compile on its own under the strict flags users
 * turn on (ours, and @tsconfig/strictest with erasableSyntaxOnly), run under type stripping as Node does it, and the
 * type-level tests must fail exactly where they say they do.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { transformSync } from "amaro";
import ts from "typescript";
import { parseRecordedRuntime } from "../../src/options";
import { FIXTURES, GOLDEN_OUTPUTS, REPO, tempDir } from "../support/helpers";
import { STRICT } from "../support/strict";

/**
 * `@tsconfig/strictest` as a consumer extends it (noPropertyAccessFromIndexSignature, noImplicitOverride, ...), plus
 * erasableSyntaxOnly: only syntax that type stripping can erase, so Node runs the files as they are.
 */
const STRICTEST: ts.CompilerOptions = {
  ...STRICT,
  ...ts.convertCompilerOptionsFromJson(
    (
      JSON.parse(fs.readFileSync(path.join(REPO, "node_modules/@tsconfig/strictest/tsconfig.json"), "utf8")) as {
        compilerOptions: object;
      }
    ).compilerOptions,
    REPO,
  ).options,
  erasableSyntaxOnly: true,
};

/**
 * Compiles `files` (plus overrides given as text) and returns each error as `file:line message`: of every file, or,
 * with `only`, of that file alone (the checker then checks of the others only what it uses).
 */
function compile(files: string[], overrides: Record<string, string> = {}, options = STRICT, only?: string): string[] {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => overrides[path.resolve(name)] ?? readFile(name);
  const program = ts.createProgram(files, options, host);
  const source = only === undefined ? undefined : program.getSourceFile(only);
  const diagnostics =
    source === undefined
      ? ts.getPreEmitDiagnostics(program)
      : [
          ...program.getOptionsDiagnostics(),
          ...program.getGlobalDiagnostics(),
          ...program.getSyntacticDiagnostics(source),
          ...program.getSemanticDiagnostics(source),
        ];
  return diagnostics.map((d) => {
    const where = d.file
      ? `${path.relative(REPO, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : "";
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

const OUTPUTS = ["generated", ...GOLDEN_OUTPUTS];
const typeLevel = path.join(REPO, "test/type-level/generated-types.ts");

test("@tsconfig/strictest as used here turns on every flag of the strict set, so one compile holds an output to both", () => {
  for (const [flag, value] of Object.entries(STRICT)) expect([flag, STRICTEST[flag]]).toEqual([flag, value]);
  expect(STRICTEST.noPropertyAccessFromIndexSignature).toBe(true);
  expect(STRICTEST.erasableSyntaxOnly).toBe(true);
});

test.each(OUTPUTS)(
  "%s compiles with no runtime dependency under strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, noUnused*, @tsconfig/strictest and erasableSyntaxOnly",
  (dir) => {
    const generated = fs
      .readdirSync(path.join(REPO, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(REPO, dir, f));
    expect(compile(generated, {}, STRICTEST)).toEqual([]);
    // Nothing from outside the output: each import names a module of the output, or of the run-time folder its
    // header records it shares (`--runtime-from`: the golden outputs import generated/'s).
    const shared = parseRecordedRuntime(fs.readFileSync(path.join(REPO, dir, "index.ts"), "utf8"));
    if (dir !== "generated") expect(shared).toBe("../../../generated/runtime");
    const folders = [path.join(REPO, dir), ...(shared === undefined ? [] : [path.resolve(REPO, dir, shared)])];
    const inside = (file: string, s: string): boolean => {
      const target = path.resolve(path.dirname(file), s.replace(/(\.js)?$/, ".ts"));
      return folders.some((f) => !path.relative(f, target).startsWith("..")) && fs.existsSync(target);
    };
    for (const file of generated) {
      const imports = [...fs.readFileSync(file, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1] ?? "");
      expect({ file, outside: imports.filter((s) => !inside(file, s)) }).toEqual({ file, outside: [] });
    }
  },
);

test("generated/ runs with its types stripped, as Node's type stripping runs it (amaro, strip-only)", () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  for (const file of fs.readdirSync(path.join(REPO, "generated"), { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts")) continue;
    const text = fs.readFileSync(path.join(REPO, "generated", file), "utf8");
    // strip-only throws on what cannot be erased (enums, parameter properties, namespaces).
    const target = path.join(dir, file.replace(/\.ts$/, ".js"));
    fs.mkdirSync(path.dirname(target), { recursive: true }); // runtime/, and a split module's parts
    fs.writeFileSync(target, transformSync(text, { mode: "strip-only" }).code);
  }
  fs.copyFileSync(path.join(FIXTURES, "UserLogoutSessionEvent.minimal.json"), path.join(dir, "event.json"));
  fs.writeFileSync(
    path.join(dir, "main.js"),
    [
      'import { readFileSync } from "node:fs";',
      'import { decodeEvent, safeDecodeEvent } from "./index.js";',
      'const event = decodeEvent(JSON.parse(readFileSync("event.json", "utf8")));',
      'const bad = safeDecodeEvent({ _typeName: "UserLogoutSessionEvent", key: "x" });',
      "console.log(event._typeName, event.userName, bad.ok, bad.ok ? 0 : bad.issues.length > 0);",
    ].join("\n"),
  );
  const run = spawnSync(process.execPath, ["main.js"], { cwd: dir, encoding: "utf8" });
  expect({ stderr: run.stderr, status: run.status }).toEqual({ stderr: "", status: 0 });
  const fixture = JSON.parse(fs.readFileSync(path.join(dir, "event.json"), "utf8")) as { userName: string };
  expect(run.stdout).toBe(`UserLogoutSessionEvent ${fixture.userName} false true\n`);
});

test("the type-level tests compile: every @ts-expect-error line is an error", () => {
  expect(compile([typeLevel], {}, STRICT, typeLevel)).toEqual([]);
});

test("without their directives, exactly the marked lines fail", () => {
  const text = fs.readFileSync(typeLevel, "utf8");
  const lines = text.split("\n");
  const marked = lines.flatMap((line, i) => (line.trim().startsWith("// @ts-expect-error") ? [i + 2] : []));
  expect(marked.length).toBeGreaterThanOrEqual(8);
  const stripped = lines.map((line) => (line.trim().startsWith("// @ts-expect-error") ? "//" : line)).join("\n");
  const errorLines = new Set(
    compile([typeLevel], { [typeLevel]: stripped }, STRICT, typeLevel).map((e) => Number(/:(\d+) /.exec(e)?.[1])),
  );
  expect([...errorLines].sort((a, b) => a - b)).toEqual(marked);
});
