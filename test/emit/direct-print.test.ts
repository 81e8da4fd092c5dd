/**
 * The emit stage writes its plain functions and constants itself (src/emit/directPrint.ts) instead of through
 * ts-morph's printers, and lays each function's signature out as prettier does: on one line when it fits the width,
 * else one parameter a line. Held here to prettier at every length around the width; a signature prettier lays out
 * otherwise (a pattern or rest parameter, an object return type) stays on one line for the format stage. And the
 * templates' relative specifiers get the output's extension, found by TypeScript's import scanner as its parser finds them.
 */
import * as prettier from "prettier";
import {
  printStructure as printStructureText,
  StructureKind,
  type FunctionDeclarationStructure,
  type InterfaceDeclarationStructure,
  type OptionalKind,
} from "ts-morph";
import { emitManagedObjects } from "../../src/emit/canonical/emitManagedObjects";
import { emitTypes } from "../../src/emit/canonical/emitTypes";
import { DEFAULT_OPTIONS } from "../../src/options";
import { catalogueModel } from "../support/helpers";
import { printStructure, specifiersBothWays, withRelativeSpecifiers } from "../../src/emit/print";
import { readTemplates } from "../../src/load/readTemplates";
import { PRETTIER_OPTIONS } from "../../src/format/formatFiles";
import { PRINT_WIDTH } from "../../src/printWidth";

type Parameter = { name: string; type: string };

function fn(name: string, parameters: Parameter[], returnType: string, typeParameters: string[] = []) {
  const structure: FunctionDeclarationStructure = {
    kind: StructureKind.Function,
    name,
    isExported: true,
    parameters: parameters.map((p) => ({ ...p })),
    returnType,
    statements: ["return undefined as never;"],
    ...(typeParameters.length > 0 ? { typeParameters } : {}),
  };
  return printStructure({ statements: [structure as OptionalKind<FunctionDeclarationStructure>] });
}

const PARAMETERS: Parameter[][] = [
  [{ name: "v", type: "unknown" }],
  [
    { name: "v", type: "unknown" },
    { name: "p", type: "string" },
    { name: "c", type: "rt.DecodeContext" },
  ],
  [
    { name: "value", type: "Record<string, unknown>" },
    { name: "options", type: "rt.DecodeOptions" },
  ],
];

/** Names that bring the one-line signature from well inside the width to past it, one character at a time. */
function namesAround(parameters: Parameter[], returnType: string): string[] {
  const fixed = `export function (${parameters.map((p) => `${p.name}: ${p.type}`).join(", ")}): ${returnType} {`.length;
  const names: string[] = [];
  for (let length = PRINT_WIDTH - fixed - 4; length <= PRINT_WIDTH - fixed + 4; length++)
    if (length > 0) names.push(`f${"X".repeat(length - 1)}`);
  names.push(`f${"Y".repeat(PRINT_WIDTH)}`);
  return names;
}

describe("function signatures", () => {
  test.each(PARAMETERS.map((p, i) => [i, p] as const))(
    "with parameter list %i, at every length around the width, are what prettier writes",
    async (_i, parameters) => {
      const layouts = new Set<string>();
      for (const name of namesAround(parameters, "rt.DecodeResult<Event>")) {
        const text = fn(name, parameters, "rt.DecodeResult<Event>");
        const first = text.split("\n")[0] ?? "";
        layouts.add(first.endsWith("(") ? "broken" : first.length <= PRINT_WIDTH ? "one line" : "left");
        if (first.length > PRINT_WIDTH)
          expect({ name, leftWhole: first.endsWith(" {") }).toEqual({ name, leftWhole: true });
        else expect({ name, text: await prettier.format(text, PRETTIER_OPTIONS) }).toEqual({ name, text });
      }
      // A name so long that the broken layout would not fit either is left for the format stage to give to prettier.
      expect([...layouts].sort()).toEqual(["broken", "left", "one line"]);
    },
  );

  test("with type parameters, too", async () => {
    for (const name of namesAround(PARAMETERS[1] ?? [], "T")) {
      const text = fn(name, PARAMETERS[1] ?? [], "T", ["T extends object"]);
      if ((text.split("\n")[0] ?? "").length <= PRINT_WIDTH)
        expect(await prettier.format(text, PRETTIER_OPTIONS)).toBe(text);
    }
  });

  test.each([
    ["a rest parameter", [{ name: "...rest", type: "unknown[]" }], "void"],
    ["a pattern parameter", [{ name: "{ a, b }", type: "{ a: string; b: string }" }], "void"],
    ["an object return type", [{ name: "v", type: "unknown" }], "{ ok: boolean; value: unknown }"],
  ] as const)(
    "with %s and too long, stay on one line for the format stage to give to prettier",
    (_what, parameters, returnType) => {
      const text = fn(`f${"Z".repeat(PRINT_WIDTH)}`, [...parameters], returnType);
      const first = text.split("\n")[0] ?? "";
      expect(first.endsWith(" {")).toBe(true);
      expect(first.length).toBeGreaterThan(PRINT_WIDTH);
    },
  );
});

test("an interface of property signatures is printed as ts-morph prints it: every interface the catalogue emits", () => {
  const model = catalogueModel();
  const interfaces = [...emitTypes(model, DEFAULT_OPTIONS), ...emitManagedObjects(model, DEFAULT_OPTIONS)].filter(
    (s): s is InterfaceDeclarationStructure => s.kind === StructureKind.Interface,
  );
  expect(interfaces.length).toBeGreaterThan(500);
  let direct = 0;
  for (const i of interfaces) {
    const ours = printStructure({ statements: [i] });
    const theirs = printStructureText({ kind: StructureKind.SourceFile, statements: [i] }, { indentNumberOfSpaces: 2 });
    // ts-morph writes an empty body over two lines, which the printer makes `{}` (as prettier does).
    expect({ name: i.name, text: ours }).toEqual({ name: i.name, text: theirs.replace(/\{\n *\}/g, "{}") });
    if (i.properties?.every((p) => typeof p.type === "string" && !p.type.includes("\n"))) direct++;
  }
  expect(direct).toBeGreaterThan(500);
});

test("an interface that extends several, too long for its line, lists them on the next line or one a line, as prettier does", async () => {
  const layouts = new Set<string>();
  for (const count of [1, 2, 3, 4, 5, 12])
    for (const length of [8, 20, 30, 34, 40])
      for (const members of [[], [{ name: "a", type: "string" }]]) {
        const i: InterfaceDeclarationStructure = {
          kind: StructureKind.Interface,
          name: "VimMethods",
          isExported: true,
          extends: Array.from({ length: count }, (_, k) => `VimMethods$${"f".repeat(length)}${k}`),
          properties: members,
        };
        const text = printStructure({ statements: [i] });
        const second = text.split("\n")[1] ?? "";
        layouts.add(second === "  extends" ? "one a line" : second.startsWith("  extends ") ? "next line" : "one line");
        expect(await prettier.format(text, PRETTIER_OPTIONS)).toBe(text);
      }
  expect([...layouts].sort()).toEqual(["next line", "one a line", "one line"]);
});

test("a template's relative imports and re-exports get the extension; nothing else changes", () => {
  const text = [
    'import * as rt from "./runtime";',
    'import type { A } from "./types";',
    'export * from "./guards";',
    'export { b } from "../elsewhere";',
    'import { c } from "node:fs";',
    'const s = "./not-a-specifier";',
    "",
  ].join("\n");
  expect(withRelativeSpecifiers(text, ".js")).toBe(
    [
      'import * as rt from "./runtime.js";',
      'import type { A } from "./types.js";',
      'export * from "./guards.js";',
      'export { b } from "../elsewhere";',
      'import { c } from "node:fs";',
      'const s = "./not-a-specifier";',
      "",
    ].join("\n"),
  );
});

test("the import scanner finds the specifiers the parser finds, in every run-time template", () => {
  const templates = readTemplates();
  expect(templates.length).toBeGreaterThan(20);
  for (const t of templates) {
    const { scanned, parsed } = specifiersBothWays(t.text);
    expect([t.source, scanned]).toEqual([t.source, parsed]);
  }
});

test("a specifier the scan cannot vouch for is left to the parser: an escape, a dynamic import, import-equals", () => {
  const escaped = 'import { a } from "./\\u0061";\n';
  expect(specifiersBothWays(escaped).scanned).toBeUndefined();
  expect(withRelativeSpecifiers(escaped, ".js")).toBe('import { a } from "./a.js";\n');
  const dynamic = 'import { a } from "./a";\nconst b = await import("./b");\n';
  expect(specifiersBothWays(dynamic).scanned).toEqual(specifiersBothWays(dynamic).parsed);
  expect(withRelativeSpecifiers(dynamic, ".js")).toBe('import { a } from "./a.js";\nconst b = await import("./b");\n');
  const equals = 'import a = require("./a");\nexport { b } from "./b";\n';
  expect(specifiersBothWays(equals).scanned).toBeUndefined();
  expect(withRelativeSpecifiers(equals, ".js")).toBe('import a = require("./a");\nexport { b } from "./b.js";\n');
});
