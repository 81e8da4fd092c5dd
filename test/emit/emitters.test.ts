/** The emitters, one output kind at a time, on small schema sets given as text. */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import {
  StructureKind,
  type FunctionDeclarationStructure,
  type InterfaceDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { emitDecoderApi, emitDecoders } from "../../src/emit/dialects/vijson/emitDecoders";
import { familiesOf } from "../../src/emit/families";
import { emitFiles } from "../../src/emit/emitFiles";
import { emitGuards } from "../../src/emit/canonical/emitGuards";
import { emitTypes } from "../../src/emit/canonical/emitTypes";
import { safeCommentText } from "../../src/emit/jsdoc";
import { article } from "../../src/emit/naming";
import { printStructure } from "../../src/emit/print";
import { formatFiles } from "../../src/format/formatFiles";
import { DEFAULT_OPTIONS } from "../../src/options";
import { CATALOGUE_OUT, modelOf } from "../support/helpers";
import { prefixCoded } from "../../src/emit/canonical/emitChecks";
import { prefixCodedNames } from "../../templates/core/checks";

const SCHEMAS = {
  "Base.yaml": "name: Base\ndescription: The base.\nfields:\n  id:\n    type: integer\n    format: int32\n",
  "Leaf.yaml": [
    "name: Leaf",
    "extends: Base",
    'since: "9.1.0.0"',
    "deprecated: Use Base.",
    "fields:",
    "  when:",
    "    type: string",
    "    format: date-time",
    "    optional: true",
    "  tags:",
    "    type: string",
    "    array: true",
    "  ref:",
    "    type: Ref",
    "    optional: true",
    "  constructor:",
    "    type: string",
    "    optional: true",
    "",
  ].join("\n"),
  "Ref.yaml": "name: Ref\nfields:\n  value:\n    type: string\n",
};

function named<T extends StatementStructures>(statements: StatementStructures[], kind: StructureKind, name: string): T {
  const found = statements.find((s) => s.kind === kind && "name" in s && s.name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found as T;
}

/** One function structure printed through ts-morph, to read its statements. */
function bodyText(fn: FunctionDeclarationStructure): string {
  return printStructure({ statements: [fn] });
}

/** Emit options as the pipeline would give them for schema files named by their path. */
const emitOptions = {
  sourceName: (file: string) => file,
  regenerate: "npx vsphere-typegen generate",
  templates: [],
  code: DEFAULT_OPTIONS,
};

describe("emitTypes", () => {
  const statements = emitTypes(modelOf(SCHEMAS), DEFAULT_OPTIONS);

  test("an interface per type, extending its base, with _typeName, optional marks and JSDoc", () => {
    const leaf = named<InterfaceDeclarationStructure>(statements, StructureKind.Interface, "Leaf");
    expect(leaf.extends).toEqual(["Base"]);
    expect(leaf.properties?.map((p) => [p.name, p.type, p.hasQuestionToken ?? false])).toEqual([
      ["_typeName", '"Leaf"', false],
      ["when", "string", true],
      ["tags", "string[]", false],
      ["ref", "Ref", true],
      ["constructor", "string", true],
    ]);
    expect(leaf.docs).toEqual([
      {
        description: "Extends Base.",
        tags: [
          { tagName: "since", text: "vSphere API 9.1.0.0" },
          { tagName: "deprecated", text: "Use Base." },
        ],
      },
    ]);
  });

  test("a type with subtypes gets a TypeName union and a discriminated Any union", () => {
    const base = named<InterfaceDeclarationStructure>(statements, StructureKind.Interface, "Base");
    expect(base.properties?.[0]?.type).toBe("BaseTypeName");
    expect(named(statements, StructureKind.TypeAlias, "BaseTypeName")).toMatchObject({ type: '"Base" | "Leaf"' });
    expect(named(statements, StructureKind.TypeAlias, "AnyBase")).toMatchObject({
      type: '(Base & { _typeName: "Base" }) | Leaf',
    });
    expect(statements.some((s) => "name" in s && s.name === "AnyLeaf")).toBe(false);
  });
});

describe("emitGuards", () => {
  const statements = emitGuards(modelOf(SCHEMAS), DEFAULT_OPTIONS);

  test("a polymorphic guard switches on _typeName and checks each type's field chain", () => {
    const text = bodyText(named(statements, StructureKind.Function, "isBase"));
    // Each clause's statement on its own line, as prettier lays out a `case`.
    expect(text).toMatch(/case "Base":\n\s+return fieldsOk\$Base\(value\);/);
    expect(text).toMatch(/case "Leaf":\n\s+return fieldsOk\$Base\(value\) && fieldsOk\$Leaf\(value\);/);
    expect(text).toMatch(/default:\n\s+return false;/);
  });

  test("field checks are specialised per format, array and optionality, and read prototype names as own members", () => {
    const text = bodyText(named(statements, StructureKind.Function, "fieldsOk$Leaf"));
    expect(text).toContain("($when === undefined || rt.isDateTime($when))");
    expect(text).toContain('rt.isArrayOf(v["tags"], rt.isString)');
    expect(text).toContain("($ref === undefined || isRef($ref))");
    expect(text).toContain('($constructor === undefined || typeof $constructor === "string")');
  });
});

describe("emitDecoders", () => {
  const modules = emitDecoders(modelOf(SCHEMAS), DEFAULT_OPTIONS);
  const statements = [...modules.api, ...modules.dispatch, ...modules.fields];

  test("entry points, dispatch and field checks go to three modules, the internal ones exported to each other", () => {
    const names = (list: typeof statements): string[] =>
      list.flatMap((s) =>
        s.kind === StructureKind.Function
          ? [s.name ?? ""]
          : s.kind === StructureKind.VariableStatement
            ? s.declarations.map((d) => d.name)
            : [],
      );
    expect(names(modules.api)).toEqual(
      expect.arrayContaining(["decodeLeaf", "decodeLeafArray", "parseLeaf", "decodeAny"]),
    );
    expect(names(modules.dispatch)).toEqual(
      expect.arrayContaining(["decodeAt$Ref", "decodeExact$Leaf", "decodeAt$Any", "members$Leaf"]),
    );
    expect(names(modules.fields)).toEqual(expect.arrayContaining(["decodeFields$Leaf"]));
    // Exported to each other, except the exact decoders and the member names they read, which only their own module
    // uses (they would take the modules' CommonJS exports past V8's limit for fast properties on the catalogue).
    const exportedness = [...modules.dispatch, ...modules.fields].flatMap((s) =>
      s.kind === StructureKind.Function
        ? [[s.name ?? "", s.isExported === true] as const]
        : s.kind === StructureKind.VariableStatement && s.declarations.some((d) => d.name.startsWith("members$"))
          ? [[s.declarations[0]?.name ?? "", s.isExported === true] as const]
          : [],
    );
    const internal = (name: string): boolean => name.startsWith("decodeExact$") || name.startsWith("members$");
    expect(exportedness.filter(([name, isExported]) => isExported === internal(name))).toEqual([]);
    expect(exportedness.some(([name]) => name.startsWith("decodeExact$"))).toBe(true);
  });

  test("split by family, the entry points go to one module per family, which decoders.ts re-exports", () => {
    const model = modelOf(SCHEMAS);
    const whole = emitDecoderApi(model, DEFAULT_OPTIONS);
    const families = familiesOf(model.types.map((t) => t.name));
    const split = emitDecoderApi(model, DEFAULT_OPTIONS, (name) => `./${name}.js`, families);
    expect(whole.parts).toEqual([]);
    expect(split.parts.map((p) => [p.module, p.family, p.count])).toEqual([
      ["decoders/b", "b", 1],
      ["decoders/l", "l", 1],
      ["decoders/r", "r", 1],
    ]);
    const exported = (list: readonly StatementStructures[]): string[] =>
      list.flatMap((s) =>
        s.kind === StructureKind.VariableStatement && s.isExported === true ? s.declarations.map((d) => d.name) : [],
      );
    // The same entry points, each once: decodeAny and untypedTypes stay in decoders.ts.
    expect([...exported(split.api), ...split.parts.flatMap((p) => p.exported)].sort()).toEqual(
      exported(whole.api).sort(),
    );
    expect(split.parts.flatMap((p) => p.exported)).toContain("parseLeafArray");
    expect(split.api.flatMap((s) => (s.kind === StructureKind.ExportDeclaration ? [s.moduleSpecifier] : []))).toEqual([
      "./decoders/b.js",
      "./decoders/l.js",
      "./decoders/r.js",
    ]);
    // Each part binds the factories to its own defaults: no import, which tsc would walk back to for every reference.
    for (const part of split.parts) {
      const text = printStructure({ statements: part.body });
      expect(text).toContain("const defaults$: rt.DecodeDefaults = {");
      expect(text).toContain(
        "function decoder$<T>(at: rt.DecodeAt<T>, guard?: (value: unknown) => boolean): rt.Decoder<T> {",
      );
    }
  });

  test("an exact decoder copies the input and checks each level of the chain in order", () => {
    const text = bodyText(named(statements, StructureKind.Function, "decodeExact$Leaf"));
    expect(text).toContain('let o = rt.exactStart(v, p, c, "Leaf", [members$Base, members$Leaf]);');
    expect(text.indexOf("o = decodeFields$Base(v, o, p, c);")).toBeLessThan(
      text.indexOf("o = decodeFields$Leaf(v, o, p, c);"),
    );
    expect(text).toContain("return (o ?? v) as unknown as Leaf;");
  });

  test("field decoding is straight-line code with literal paths", () => {
    const text = bodyText(named(statements, StructureKind.Function, "decodeFields$Leaf"));
    expect(text).toContain(
      'if ($when !== undefined && !rt.isDateTime($when)) rt.fail(c, p + ".when", "date-time", $when);',
    );
    expect(text).toContain('if (Array.isArray($tags)) rt.checkArray($tags, p + ".tags", c, rt.isString, "string");');
    expect(text).toContain('const d = decodeAt$Ref($ref, p + ".ref", c);');
    expect(text).toContain('if (d !== $ref) (o ??= { ...v })["ref"] = d;');
    expect(text).not.toMatch(/for \(|while \(/);
  });

  test("a leaf's slot function is one call of the shared exact check (fill in a missing _typeName, reject another)", () => {
    const text = bodyText(named(statements, StructureKind.Function, "decodeAt$Ref"));
    expect(text).toContain('return rt.decodeExactAt(v, p, c, "Ref", decodeExact$Ref);');
  });
});

describe("hostile documentation text", () => {
  const hostile = "Ends early */ export const pwned = 1; /* and \u2028 more\u0000 @internal `${x}` </script>";

  test("safeCommentText neutralises comment terminators, line separators and control characters", () => {
    const safe = safeCommentText(hostile);
    expect(safe).not.toContain("*/");
    expect([...safe].some((c) => ["\u2028", "\u2029", "\u0000"].includes(c))).toBe(false);
    expect(safe).toContain("*\\/ export const pwned = 1;");
  });

  test("generated code with hostile docs holds exactly the declarations the schema asked for", async () => {
    const schemas = {
      "Evil.yaml": `name: Evil\ndescription: ${JSON.stringify(hostile)}\nfields:\n  x:\n    type: string\n    description: ${JSON.stringify(hostile)}\n`,
    };
    const files = await formatFiles(emitFiles(modelOf(schemas), emitOptions));
    const types = files.find((f) => f.path === "types.ts")?.text ?? "";
    const source = ts.createSourceFile("types.ts", types, ts.ScriptTarget.ES2022, true);
    expect(source.statements.map((s) => ts.SyntaxKind[s.kind])).toEqual([
      "ImportDeclaration",
      "InterfaceDeclaration",
      "TypeAliasDeclaration",
      "InterfaceDeclaration",
    ]);
    expect(types).toContain("export interface VimTypeMap {\n  Evil: Evil;\n}");
    expect(types).toContain("Ends early *\\/ export const pwned = 1;");
  });
});

describe("determinism", () => {
  test("the same schemas give the same bytes, whatever the order of the files", async () => {
    const reversed = Object.fromEntries(Object.entries(SCHEMAS).reverse());
    const a = await formatFiles(emitFiles(modelOf(SCHEMAS), emitOptions));
    const b = await formatFiles(emitFiles(modelOf(reversed), emitOptions));
    expect(b).toEqual(a);
    expect(a.map((f) => f.path)).toEqual([
      "cloudevents.ts",
      "decoders-dispatch.ts",
      "decoders-fields.ts",
      "decoders.ts",
      "encoders.ts",
      "govmomi-decoders.ts",
      "govmomi.ts",
      "guards.ts",
      "index.ts",
      "methods.ts",
      "schema-files.ts",
      "soap.ts",
      "types.ts",
    ]);
    expect(a.every((f) => f.text.startsWith("// Code generated by vsphere-typegen. DO NOT EDIT.\n"))).toBe(true);
  });
});

describe("documentation words", () => {
  test("a or an before a type name as it is read aloud", () => {
    expect(
      ["Event", "EventArgument", "UnknownType", "UpgradeEvent", "UserSession", "HostEvent", "VmEvent"].map(article),
    ).toEqual([
      "an Event",
      "an EventArgument",
      "an UnknownType",
      "an UpgradeEvent",
      "a UserSession",
      "a HostEvent",
      "a VmEvent",
    ]);
  });
  test("the generated JSDoc says an Event, not a Event", () => {
    // The catalogue's decoders, split by family: the entry module and its parts.
    const parts = path.join(CATALOGUE_OUT, "decoders");
    const decoders = [path.join(CATALOGUE_OUT, "decoders.ts"), ...fs.readdirSync(parts).map((f) => path.join(parts, f))]
      .map((f) => fs.readFileSync(f, "utf8"))
      .join("\n");
    expect(decoders).toContain("into an Event or any known subtype");
    expect(decoders).not.toMatch(/\ba (Event|EventArgument|EnteredMaintenanceModeEvent)\b/);
  });
});

test("the known types' names, prefix-coded, read back as exactly those names", () => {
  const names = [
    "A",
    "AboutInfo",
    "AboutInfo2",
    "VirtualMachineConfigInfoDatastoreUrlPairWithAVeryLongName",
    "VirtualMachineConfigInfoDatastoreUrlPairWithAVeryLongNameToo",
    "vslmVClockInfo",
  ];
  const text = prefixCoded(names);
  expect(text.startsWith(",0A,1boutInfo,92")).toBe(true);
  // A shared part longer than one base-36 digit holds is cut at 35 characters.
  expect(text).toContain(",zlPairWithAVeryLongNameToo");
  expect([...prefixCodedNames(text)]).toEqual(names);
  expect([...prefixCodedNames(prefixCoded([]))]).toEqual([]);
});
