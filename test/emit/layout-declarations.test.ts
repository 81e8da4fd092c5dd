/**
 * The top-level declarations the emitters lay out (src/emit/layoutDeclarations.ts), printed through the real printer
 * from generated parts of every length: where a layout answers lines, the printed text is what prettier writes for
 * it; where it answers none, the declaration stays on one line for prettier.
 */
import * as prettier from "prettier";
import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import { layoutOf, withLayout } from "../../src/emit/layout";
import {
  aliasLayout,
  importLines,
  importText,
  tableCallLayout,
  tableCallText,
  unionAlias,
  unionLayout,
} from "../../src/emit/layoutDeclarations";
import {
  arrayDeclaration,
  literalText,
  objectLayout,
  type LiteralProperty,
  type LiteralValue,
} from "../../src/emit/layoutObjects";
import { objectTypeLines, type TypeMember } from "../../src/emit/layoutTypes";
import { printModule, printStructure } from "../../src/emit/print";
import { formatFiles, PRETTIER_OPTIONS } from "../../src/format/formatFiles";
import { PRINT_WIDTH } from "../../src/printWidth";
import { seeded } from "../support/generatedText";

const { int, pick, name, sized, list } = seeded(20261207);

const format = (text: string): Promise<string> => prettier.format(text, PRETTIER_OPTIONS);

/** Prints generated declarations, holds every laid-out one to prettier, and answers how many were laid out. */
async function holdToPrettier(
  cases: number,
  make: () => { statement: StatementStructures; oneLine: string; laidOut: () => boolean },
): Promise<number> {
  let laidOut = 0;
  for (let i = 0; i < cases; i++) {
    const { statement, oneLine, laidOut: answered } = make();
    const text = printStructure({ statements: [statement] });
    if (oneLine.length <= PRINT_WIDTH || !answered()) {
      // Not laid out: printed on its one line, for prettier.
      expect(text).toBe(`${oneLine}\n`);
      continue;
    }
    laidOut++;
    expect(await format(text)).toBe(text);
  }
  return laidOut;
}

const exported = (): string => pick(["export ", ""]);

test("a type alias of a union is laid out as prettier lays it out", async () => {
  let onNextLine = 0;
  let brokenArguments = 0;
  let brokenArrays = 0;
  const laidOut = await holdToPrettier(600, () => {
    const members = list(int(2, 8), () =>
      pick([
        () => name(sized(), "T"),
        () => `"${name(sized(), "L")}"`,
        () => `(${name(sized(), "T")} & { _typeName: "${name(int(2, 30), "T")}" })`,
        () => `rt.Boxed<"${name(sized(), "ArrayOf")}", (${name(sized(), "E")} | rt.UnknownEnumValue)[]>`,
        () => `rt.Boxed<"${name(sized(), "ArrayOf")}", ${name(sized(), "T")}[]>`,
        () => `rt.Boxed<"${name(sized(), "E")}", ${name(sized(), "E")} | rt.UnknownEnumValue>`,
      ])(),
    );
    const isExported = exported() !== "";
    const alias = unionAlias({ name: name(sized(), "U"), isExported }, members);
    const head = `${isExported ? "export " : ""}type ${alias.name} = `;
    return {
      statement: alias,
      oneLine: `${head}${members.join(" | ")};`,
      laidOut: () => {
        const lines = unionLayout(members)(0, head);
        if (lines?.length === 2) onNextLine++;
        if (lines?.some((l) => l.endsWith("<"))) brokenArguments++;
        if (lines?.some((l) => l.trim() === "(")) brokenArrays++;
        return lines !== undefined;
      },
    };
  });
  expect(laidOut).toBeGreaterThan(20);
  // Both layouts: the union on the line after the `=`, and one member a line.
  expect(onNextLine).toBeGreaterThan(5);
  expect(laidOut - onNextLine).toBeGreaterThan(10);
  // A member too long for its line: a generic's arguments one a line, and an array of a union broken inside.
  expect(brokenArguments).toBeGreaterThan(5);
  expect(brokenArrays).toBeGreaterThan(2);
}, 60_000);

test("an object type of members (a method's in VimMethods) is laid out as prettier lays it out", async () => {
  const shapes = new Set<string>();
  const type = (): string =>
    pick([
      () => name(sized(), "T"),
      () => `${name(sized(), "T")}[]`,
      () => `"${name(sized(), "S")}"`,
      () => `rt.Boxed<"${name(sized(), "ArrayOf")}", ${name(sized(), "T")}[]>`,
      // A shape the layout does not know: left on its line, for prettier.
      () => `(${name(sized(), "A")} | ${name(sized(), "B")})[]`,
    ])();
  const member = (depth: number): TypeMember => ({
    doc: pick([
      [],
      [`/** ${name(int(3, 40), "doc")} */`],
      ["/**", ` * ${name(int(3, 60), "doc")}`, " *", " * More.", " */"],
    ]),
    head: `readonly ${name(int(2, 40), "m")}${pick(["", "?"])}`,
    type:
      depth < 2 && int(0, 4) === 0
        ? { members: list(int(1, 4), () => member(depth + 1)) }
        : { union: list(pick([1, 1, 2, 3, 5]), type) },
  });
  let laidOut = 0;
  for (let i = 0; i < 300; i++) {
    const members = list(int(1, 5), () => member(0));
    const lines = objectTypeLines(2, members);
    for (const l of lines) {
      if (l.endsWith(":")) shapes.add("a union after its colon");
      if (/^ *\| /.test(l)) shapes.add("one member a line");
      if (l.endsWith("<")) shapes.add("a generic broken");
    }
    const statement: StatementStructures = {
      kind: StructureKind.Interface,
      name: "Methods",
      isExported: true,
      properties: [{ name: name(int(3, 30), "Method"), isReadonly: true, type: lines.join("\n") }],
    };
    const text = printStructure({ statements: [statement] });
    // What the format stage writes is prettier's; where every line fits, it is the text as printed.
    const formatted = await format(text);
    const [staged] = await formatFiles([{ path: "methods.ts", text, printed: true }]);
    expect(staged?.text).toBe(formatted);
    if (formatted === text) laidOut++;
    // Else a type it does not lay out was left on a line too long for the width, which sent it to prettier.
    else expect(text.split("\n").some((l) => l.length > PRINT_WIDTH)).toBe(true);
  }
  expect(laidOut).toBeGreaterThan(80);
  expect([...shapes].sort()).toEqual(["a generic broken", "a union after its colon", "one member a line"]);
}, 60_000);

/** A `const` declaration with a layout, as the emitters make one. */
function constant(
  isExported: boolean,
  declared: string,
  type: string | undefined,
  initializer: string,
  layout: ReturnType<typeof aliasLayout>,
): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported,
    declarations: [withLayout({ name: declared, ...(type === undefined ? {} : { type }), initializer }, layout)],
  };
}

test("a constant naming another is laid out as prettier lays it out", async () => {
  const laidOut = await holdToPrettier(150, () => {
    const lead = exported();
    const [declared, named] = [name(sized(), "encode"), name(sized(), "encodeExact$")];
    const head = `${lead}const ${declared} = `;
    return {
      statement: constant(lead !== "", declared, undefined, named, aliasLayout(named)),
      oneLine: `${head}${named};`,
      laidOut: () => aliasLayout(named)(0, head) !== undefined,
    };
  });
  expect(laidOut).toBeGreaterThan(20);
}, 60_000);

test("a constant made by a call of an array of entries is laid out as prettier lays it out", async () => {
  const shapes = new Set<string>();
  let functionTyped = 0;
  const laidOut = await holdToPrettier(500, () => {
    const lead = exported();
    const declared = name(int(3, 60), "table$");
    const type = `ReadonlyMap<string, ${pick(["rt.ExactDecoder", "(v: never) => rt.WireObject"])}>`;
    const callee = `/* @__PURE__ */ rt.family<${pick(["rt.ExactDecoder", "(v: Record<string, unknown>) => boolean"])}>`;
    const entries = list(int(2, 6), () =>
      pick([`["${name(sized(), "T")}", ${name(sized(), "exact$")}]`, name(sized(), "table$")]),
    );
    const head = `${lead}const ${declared}: ${type} = `;
    return {
      statement: constant(
        lead !== "",
        declared,
        type,
        tableCallText(callee, entries),
        tableCallLayout(callee, entries),
      ),
      oneLine: `${head}${tableCallText(callee, entries)};`,
      laidOut: () => {
        const lines = tableCallLayout(callee, entries)(0, head);
        if (lines !== undefined)
          shapes.add(lines.length === 2 ? "call after =" : lines[0]?.endsWith("[") ? "hugged" : "both");
        if (lines?.some((l) => l.trim() === "[")) shapes.add("an entry broken");
        if (lines !== undefined && callee.includes("=>")) functionTyped++;
        return lines !== undefined;
      },
    };
  });
  expect(laidOut).toBeGreaterThan(20);
  expect([...shapes].sort()).toEqual(["an entry broken", "both", "call after =", "hugged"]);
  // A function type among the type arguments is kept where the call's line fits.
  expect(functionTyped).toBeGreaterThan(10);
}, 60_000);

test("a set of names made by `new Set` of an array of strings is laid out as prettier lays it out", async () => {
  const shapes = new Set<string>();
  const laidOut = await holdToPrettier(300, () => {
    const lead = exported();
    const declared = name(int(3, 70), "members$");
    const type = "ReadonlySet<string>";
    const callee = "/* @__PURE__ */ new Set";
    const entries = list(int(1, 9), () => `"${name(sized(), "m")}"`);
    const head = `${lead}const ${declared}: ${type} = `;
    return {
      statement: constant(
        lead !== "",
        declared,
        type,
        tableCallText(callee, entries),
        tableCallLayout(callee, entries),
      ),
      oneLine: `${head}${tableCallText(callee, entries)};`,
      laidOut: () => {
        const lines = tableCallLayout(callee, entries)(0, head);
        if (lines !== undefined)
          shapes.add(lines.length === 2 ? "call after =" : lines[0]?.endsWith("[") ? "hugged" : "both");
        return lines !== undefined;
      },
    };
  });
  expect(laidOut).toBeGreaterThan(20);
  expect([...shapes].sort()).toEqual(["both", "call after =", "hugged"]);
}, 60_000);

test("a constant of an object literal (the method table, the parameter encoders) is laid out as prettier lays it out", async () => {
  const shapes = new Set<string>();
  const code = (): string =>
    pick([
      () => name(sized(), "is"),
      () => `"${name(sized(), "S")}"`,
      () => String(int(0, 7)),
      () => "undefined",
      () => pick(["true", "false", String(int(1e6, 1e9))]),
      () => `/* @__PURE__ */ rt.primitiveAt("${name(int(3, 8), "s")}")`,
      () => `(v: unknown): boolean => ${name(sized(), "isA")}(v) || ${name(sized(), "isB")}(v)`,
    ])();
  const value = (depth: number): LiteralValue =>
    pick([
      () => code(),
      () => ({ array: list(int(0, 4), () => (depth < 2 && int(0, 1) === 0 ? value(depth + 1) : code())) }),
      () => ({ object: depth < 2 ? list(int(0, 4), () => property(depth + 1)) : [] }),
    ])();
  const property = (depth: number): LiteralProperty => ({ key: name(int(2, 30), "k"), value: value(depth) });
  const laidOut = await holdToPrettier(400, () => {
    const lead = exported();
    const properties = list(int(1, 6), () => property(0));
    const declared = name(int(3, 30), "table$");
    const type = pick(["rt.JsonParamEncoders", "Readonly<Record<VimMethodName, rt.MethodEntry>>"]);
    const head = `${lead}const ${declared}: ${type} = `;
    return {
      statement: constant(lead !== "", declared, type, literalText({ object: properties }), objectLayout(properties)),
      oneLine: `${head}${literalText({ object: properties })};`,
      laidOut: () => {
        const lines = objectLayout(properties)(0, head);
        for (const l of lines ?? []) {
          if (/^ +\[$/.test(l)) shapes.add("an array broken");
          if (/: \{$/.test(l)) shapes.add("an object broken");
          if (/:$/.test(l)) shapes.add("a value after its key");
        }
        return lines !== undefined;
      },
    };
  });
  expect(laidOut).toBeGreaterThan(100);
  expect([...shapes].sort()).toEqual(["a value after its key", "an array broken", "an object broken"]);
}, 60_000);

test("a constant of an array literal (an enum's values) is laid out as prettier lays it out", async () => {
  const laidOut = await holdToPrettier(300, () => {
    const lead = exported();
    const elements = list(int(1, 12), () => `"${name(sized(), "v")}"`);
    const declared = name(int(3, 50), "Values");
    const type = `readonly ${name(int(3, 50), "E")}[]`;
    const head = `${lead}const ${declared}: ${type} = `;
    const declaration = arrayDeclaration(declared, type, elements);
    return {
      statement: {
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        isExported: lead !== "",
        declarations: [declaration],
      },
      oneLine: `${head}${declaration.initializer};`,
      laidOut: () => layoutOf(declaration)?.(0, head) !== undefined,
    };
  });
  expect(laidOut).toBeGreaterThan(50);
}, 60_000);

test("an import or re-export of names is on its line when it fits, else one name a line, as prettier writes it", async () => {
  let broken = 0;
  let reExports = 0;
  for (let i = 0; i < 150; i++) {
    const names = [...new Set(list(int(1, 12), () => name(sized(), "I")))].sort();
    const keyword = pick(["import", "export"] as const);
    const i1 = { keyword, typeOnly: pick([true, false]), names, moduleSpecifier: `./${name(int(3, 12), "m")}.js` };
    const lines = importLines(i1);
    // A name too long for a line of its own: left to prettier.
    if (lines === undefined) continue;
    const text = `${(lines ?? []).join("\n")}\n`;
    if ((lines ?? []).length > 1) broken++;
    expect(await format(text)).toBe(text);
    if (keyword === "export") {
      // The printer writes a re-export structure so.
      const { typeOnly, moduleSpecifier } = i1;
      const structure = { kind: StructureKind.ExportDeclaration, namedExports: names, moduleSpecifier } as const;
      expect(printStructure({ statements: [typeOnly ? { ...structure, isTypeOnly: true } : structure] })).toBe(text);
      if ((lines ?? []).length > 1) reExports++;
    }
  }
  expect(broken).toBeGreaterThan(20);
  // Re-exports broken one name a line among them, printed so from their structures.
  expect(reExports).toBeGreaterThan(10);
  // A specifier prettier might quote otherwise is left to it.
  expect(importLines({ typeOnly: false, names: ["a"], moduleSpecifier: "./it's" })).toBeUndefined();
}, 60_000);

test("a module's imports are printed with these layouts", () => {
  const long = list(6, () => name(14, "Name")).map((n, i) => `${n}${i}`);
  const body = constant(true, "x", undefined, `[${long.join(", ")}]`, () => undefined);
  const text = printModule("// header\n", [{ moduleSpecifier: "./checks", values: long, types: [] }], [body]);
  const i = { typeOnly: false, names: [...long].sort(), moduleSpecifier: "./checks" };
  expect(importText(i).length).toBeGreaterThan(PRINT_WIDTH);
  expect(text).toContain(`import {\n  ${[...long].sort()[0]},`);
});
