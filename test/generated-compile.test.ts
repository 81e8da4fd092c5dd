/**
 * The committed generated/ is golden output: it must compile on its own under the strict flags users
 * turn on, and the type-level tests must fail exactly where they say they do.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { REPO } from "./helpers";

const STRICT: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts"],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noEmit: true,
};

/** Compiles `files` (plus overrides given as text) and returns each error as `file:line message`. */
function compile(files: string[], overrides: Record<string, string> = {}): string[] {
  const host = ts.createCompilerHost(STRICT);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => overrides[path.resolve(name)] ?? readFile(name);
  const program = ts.createProgram(files, STRICT, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${path.relative(REPO, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : "";
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

const OUTPUTS = ["generated", "test/golden/bigint", "test/golden/date", "test/golden/bigint-date"];
const typeLevel = path.join(REPO, "test/type-level/generated-types.ts");

test.each(OUTPUTS)(
  "%s compiles with no runtime dependency under strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess and noUnused*",
  (dir) => {
    const generated = fs.readdirSync(path.join(REPO, dir)).map((f) => path.join(REPO, dir, f));
    expect(compile(generated)).toEqual([]);
    for (const file of generated) {
      const imports = [...fs.readFileSync(file, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      expect(imports.every((specifier) => specifier?.startsWith("./"))).toBe(true);
    }
  },
);

test("the type-level tests compile: every @ts-expect-error line is an error", () => {
  expect(compile([typeLevel])).toEqual([]);
});

test("without their directives, exactly the marked lines fail", () => {
  const text = fs.readFileSync(typeLevel, "utf8");
  const lines = text.split("\n");
  const marked = lines.flatMap((line, i) => (line.trim().startsWith("// @ts-expect-error") ? [i + 2] : []));
  expect(marked.length).toBeGreaterThanOrEqual(8);
  const stripped = lines.map((line) => (line.trim().startsWith("// @ts-expect-error") ? "//" : line)).join("\n");
  const errorLines = new Set(
    compile([typeLevel], { [typeLevel]: stripped }).map((e) => Number(/:(\d+) /.exec(e)?.[1])),
  );
  expect([...errorLines].sort((a, b) => a - b)).toEqual(marked);
});
