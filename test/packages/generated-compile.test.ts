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
import { FIXTURES, GOLDEN_OUTPUTS, REPO, outputFiles, tempDir } from "../support/helpers";
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

/** A program of `files` under `options`, with the files of `virtual` (path to text) there too, read from memory. */
function program(files: string[], options: ts.CompilerOptions, virtual: Record<string, string> = {}): ts.Program {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => virtual[path.resolve(name)] ?? readFile(name);
  host.fileExists = (name) => virtual[path.resolve(name)] !== undefined || fileExists(name);
  return ts.createProgram([...files, ...Object.keys(virtual)], options, host);
}

/** Each diagnostic as `file:line message`. */
function described(diagnostics: readonly ts.Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const where = d.file
      ? `${path.relative(REPO, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : "";
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

/** The errors of `file` alone in `compiled`: the checker checks of the other files only what this one uses. */
function errorsOf(compiled: ts.Program, file: string): string[] {
  const source = compiled.getSourceFile(file);
  if (source === undefined) throw new Error(`${file} is not in the program`);
  return described([
    ...compiled.getOptionsDiagnostics(),
    ...compiled.getGlobalDiagnostics(),
    ...compiled.getSyntacticDiagnostics(source),
    ...compiled.getSemanticDiagnostics(source),
  ]);
}

const OUTPUTS = ["generated", "test/catalogue", ...GOLDEN_OUTPUTS];
const typeLevel = path.join(REPO, "test/type-level/generated-types.ts");

test("@tsconfig/strictest as used here turns on every flag of the strict set, so one compile holds an output to both", () => {
  for (const [flag, value] of Object.entries(STRICT)) expect([flag, STRICTEST[flag]]).toEqual([flag, value]);
  expect(STRICTEST.noPropertyAccessFromIndexSignature).toBe(true);
  expect(STRICTEST.erasableSyntaxOnly).toBe(true);
});

test("the typecheck gate (tsconfig.json, over generated/ with the rest) has every flag of @tsconfig/strictest as used here", () => {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(REPO, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  expect(config?.fileNames.some((f) => f.startsWith(path.join(REPO, "generated", "types")))).toBe(true);
  // The flags that make code stricter; the module and library settings are the project's own.
  const ENVIRONMENT = new Set([
    "target",
    "module",
    "moduleResolution",
    "lib",
    "types",
    "noEmit",
    "esModuleInterop",
    "skipLibCheck",
    "isolatedModules",
  ]);
  for (const [flag, value] of Object.entries(STRICTEST).filter(([flag]) => !ENVIRONMENT.has(flag)))
    expect([flag, config?.options[flag]]).toEqual([flag, value]);
});

/**
 * The output's files to compile here: every one, but of generated/ the run time alone. The typecheck gate compiles
 * all of generated/ under these flags (above), with Node's and jest's types; what it cannot show is that the run time
 * needs no ambient types (`types: []`: no @types/node). The rest of generated/ is the emitters' code, which the
 * catalogue (its client, managed objects and split decoders among it) and the golden outputs, compiled here whole and
 * so, hold too.
 */
function compiledHere(dir: string, files: string[]): string[] {
  return dir === "generated" ? files.filter((f) => f.startsWith(path.join(REPO, dir, "runtime") + path.sep)) : files;
}

/** The files of an output, as absolute paths. */
const filesOf = (dir: string): string[] => outputFiles(path.join(REPO, dir)).map((f) => path.join(REPO, dir, f));

/**
 * The outputs' compile, made by the first test that asks: one program of every output's files (compiledHere), so that
 * the library files and generated/'s run time, which every other output imports, are read and checked once, and
 * each output's test reads the errors of its own files. Each file is a module that declares nothing global (a test
 * below), so no output compiles here only thanks to another beside it.
 */
let outputsCompile: { program: ts.Program; diagnostics: readonly ts.Diagnostic[] } | undefined;
function outputsCompiled(): { program: ts.Program; diagnostics: readonly ts.Diagnostic[] } {
  if (outputsCompile === undefined) {
    const compiled = program(
      OUTPUTS.flatMap((dir) => compiledHere(dir, filesOf(dir))),
      STRICTEST,
    );
    outputsCompile = { program: compiled, diagnostics: ts.getPreEmitDiagnostics(compiled) };
  }
  return outputsCompile;
}

/** The errors of the outputs' compile in `dir`'s files, and those of no file. */
function outputErrors(dir: string): string[] {
  const folder = path.join(REPO, dir) + path.sep;
  return described(
    outputsCompiled().diagnostics.filter((d) => d.file === undefined || d.file.fileName.startsWith(folder)),
  );
}

test.each(OUTPUTS.map((dir) => [dir === "generated" ? "generated/'s run time" : dir, dir]))(
  "%s compiles with no runtime dependency under strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, noUnused*, @tsconfig/strictest and erasableSyntaxOnly",
  (_label, dir) => {
    const generated = filesOf(dir);
    expect(outputErrors(dir)).toEqual([]);
    // Nothing from outside the output: each import names a module of the output, or of the run-time folder its
    // header records it shares (`--runtime-from`: the golden outputs import generated/'s).
    const shared = parseRecordedRuntime(fs.readFileSync(path.join(REPO, dir, "index.ts"), "utf8"));
    if (dir !== "generated")
      expect(shared).toBe(path.relative(path.join(REPO, dir), path.join(REPO, "generated", "runtime")));
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

/**
 * The modules whose declarations are held to isolatedDeclarations: every module of the catalogue and the goldens, and
 * of generated/ every module but the family parts past the first of each split folder (the same emitters wrote them).
 */
function declarationModules(): string[] {
  const firstParts = new Map<string, string>();
  const whole = outputFiles(path.join(REPO, "generated")).filter((f) => {
    const [folder, file, ...deeper] = f.split("/");
    if (file === undefined || folder === "runtime" || deeper.length > 0 || file === "_shared.ts") return true;
    if (firstParts.has(folder ?? "")) return false;
    firstParts.set(folder ?? "", file);
    return true;
  });
  return [
    ...whole.map((f) => path.join(REPO, "generated", f)),
    ...["test/catalogue", ...GOLDEN_OUTPUTS].flatMap((o) =>
      outputFiles(path.join(REPO, o)).map((f) => path.join(REPO, o, f)),
    ),
  ];
}

test("every generated module writes out its exports' types (isolatedDeclarations), so each one's declarations come from its own text", () => {
  const files = declarationModules();
  // Split folders of the whole API and of the catalogue, the run time's copies, the client, the entry modules.
  expect(files.filter((f) => f.endsWith("/_shared.ts")).length).toBeGreaterThan(8);
  expect(files.some((f) => f.endsWith("generated/runtime/binding.ts"))).toBe(true);
  expect(files.some((f) => f.endsWith("test/catalogue/decoders/e.ts"))).toBe(true);
  const problems = files.flatMap((file) =>
    (
      ts.transpileDeclaration(fs.readFileSync(file, "utf8"), {
        fileName: file,
        reportDiagnostics: true,
        compilerOptions: { ...STRICT, isolatedDeclarations: true, declaration: true },
      }).diagnostics ?? []
    ).map(
      (d) =>
        `${path.relative(REPO, file)}:${d.file?.getLineAndCharacterOfPosition(d.start ?? 0).line ?? 0} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    ),
  );
  expect(problems).toEqual([]);
});

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

test("every compiled file is a module that declares nothing global, so each output compiles on its own", () => {
  const { program: compiled, diagnostics } = outputsCompiled();
  const roots = compiled.getRootFileNames();
  expect(roots.length).toBeGreaterThan(100);
  // Nothing that one file could lend the others in one program: a script, a global or module augmentation, a
  // reference to another file, a library or ambient types.
  const shared = roots.filter((f) => {
    const source = compiled.getSourceFile(f);
    return (
      source === undefined ||
      !ts.isExternalModule(source) ||
      /\bdeclare global\b/.test(source.text) ||
      source.statements.some((s) => ts.isModuleDeclaration(s) && ts.isStringLiteral(s.name)) ||
      source.referencedFiles.length + source.typeReferenceDirectives.length + source.libReferenceDirectives.length > 0
    );
  });
  expect(shared).toEqual([]);
  // And no error of the compile falls outside the outputs' own files, where no output's test would read it.
  const outputs = OUTPUTS.map((dir) => path.join(REPO, dir) + path.sep);
  expect(
    described(diagnostics.filter((d) => d.file !== undefined && !outputs.some((o) => d.file?.fileName.startsWith(o)))),
  ).toEqual([]);
});

/**
 * The type-level tests as written and, beside them in the same folder, without their directives: one program, so
 * that the catalogue they import is read once, and each file's errors are its own.
 */
const typeLevelLines = fs.readFileSync(typeLevel, "utf8").split("\n");
const directive = (line: string): boolean => line.trim().startsWith("// @ts-expect-error");
const stripped = path.join(path.dirname(typeLevel), "generated-types.without-directives.ts");
let typeLevelProgram: ts.Program | undefined;
const typeLevelCompiled = (): ts.Program =>
  (typeLevelProgram ??= program([typeLevel], STRICT, {
    [stripped]: typeLevelLines.map((line) => (directive(line) ? "//" : line)).join("\n"),
  }));

test("the type-level tests compile: every @ts-expect-error line is an error", () => {
  expect(errorsOf(typeLevelCompiled(), typeLevel)).toEqual([]);
});

test("without their directives, exactly the marked lines fail", () => {
  const marked = typeLevelLines.flatMap((line, i) => (directive(line) ? [i + 2] : []));
  expect(marked.length).toBeGreaterThanOrEqual(8);
  const errorLines = new Set(errorsOf(typeLevelCompiled(), stripped).map((e) => Number(/:(\d+) /.exec(e)?.[1])));
  expect([...errorLines].sort((a, b) => a - b)).toEqual(marked);
});
