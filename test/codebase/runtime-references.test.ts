// The emitters reach the run time through `rt(name)`, typed by the run time's own exports (src/runtimeValues.ts), and
// through `rtType(name)` and `rt.name` written inside code text, which the compiler cannot see into. This test reads
// src/ with TypeScript's parser and holds each of those names to what templates/core/runtime.ts exports.
import * as path from "node:path";
import ts from "typescript";
import { FORMATS } from "../../src/formats";
import { FORMAT_CHECKS } from "../../templates/core/formats";
import { sourcesIn } from "../support/helpers";

const root = path.join(__dirname, "..", "..");

/** The names templates/core/runtime.ts exports: values and types alike, as its importers see them. */
function runtimeExports(): { values: Set<string>; all: Set<string> } {
  const file = path.join(root, "templates", "core", "runtime.ts");
  const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  const exports = symbol === undefined ? [] : checker.getExportsOfModule(symbol);
  const resolved = exports.map(
    (s) => [s.name, s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s] as const,
  );
  return {
    values: new Set(resolved.filter(([, s]) => s.flags & ts.SymbolFlags.Value).map(([name]) => name)),
    all: new Set(resolved.map(([name]) => name)),
  };
}

interface Reference {
  readonly name: string;
  readonly where: string;
}

/** Every `rtType(...)` argument and every `rt.name` inside a string or template of a module of src/. */
function references(): { types: Reference[]; values: Reference[]; unreadable: string[] } {
  const types: Reference[] = [];
  const values: Reference[] = [];
  const unreadable: string[] = [];
  for (const { path: name, text } of sourcesIn(path.join(root, "src"), true)) {
    const file = path.join(root, "src", name);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node): string => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      return `${path.relative(root, file)}:${line + 1}`;
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "rtType") {
        const [arg] = node.arguments;
        if (arg !== undefined && ts.isStringLiteralLike(arg)) {
          types.push({ name: arg.text.replace(/<.*$/s, ""), where: where(node) });
        } else unreadable.push(where(node));
      }
      if (
        ts.isStringLiteralLike(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)
      ) {
        for (const match of node.text.matchAll(/(?<![\w$.])rt\.([A-Za-z_$][\w$]*)/g))
          values.push({ name: match[1] ?? "", where: where(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { types, values, unreadable };
}

describe("references from the emitters into the run time", () => {
  const exported = runtimeExports();
  const found = references();

  it("reads the run time's exports and finds references to hold to them", () => {
    expect(exported.values.has("isRecord")).toBe(true);
    expect(exported.all.has("DecodeOptions")).toBe(true);
    expect(exported.values.has("DecodeOptions")).toBe(false);
    expect(found.types.length).toBeGreaterThan(20);
    expect(found.values.length).toBeGreaterThan(20);
    expect(found.values.map((r) => r.name)).toContain("isRecord");
  });

  it("every rtType(...) names a type the run time exports, given as a literal", () => {
    expect(found.unreadable).toEqual([]);
    expect(found.types.filter((r) => !exported.all.has(r.name))).toEqual([]);
  });

  it("every rt.name written in code text names something the run time exports (a helper, or a type in a type position)", () => {
    expect(found.values.filter((r) => !exported.all.has(r.name))).toEqual([]);
  });
});

test("the generator's format table and the run time's list the same formats, each with the check the run time uses", () => {
  // Two schema formats (double, float) share the key double.
  expect([...new Set(FORMATS.map((f) => f.key))].sort()).toEqual(Object.keys(FORMAT_CHECKS).sort());
  for (const format of FORMATS)
    expect([format.key, FORMAT_CHECKS[format.key]?.name]).toEqual([format.key, format.check]);
});
