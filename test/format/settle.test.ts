/**
 * The format stage settles a group (src/format/settle.ts) instead of formatting it whole: lines that fit are kept
 * (the emitters lay out the long statements they know: test/emit/layout*.test.ts), the long ones left go to prettier
 * one statement at a time. Whatever it does, the text is what prettier writes for the whole group: here over
 * generated statements of many kinds, of names from a few characters to past the width, at several depths; and the type tables
 * the emitters print in prettier's layout (src/emit/plan/tableEntry.ts) are what prettier writes for them; and the
 * catalogue under the other code options and a subset is what prettier writes for each file (each statement neither the
 * committed output nor a template has is held to prettier alone, which a mislaid one fails).
 */
import * as path from "node:path";
import * as prettier from "prettier";
import { CodeBlockWriter } from "ts-morph";
import { writeTableEntry } from "../../src/emit/plan/tableEntry";
import { PRETTIER_OPTIONS } from "../../src/format/formatFiles";
import { settleGroup, settleStatements, settleTemplate } from "../../src/format/settle";
import { PRINT_WIDTH } from "../../src/printWidth";
import { buildOutput, type PipelineOptions } from "../../src/pipeline";
import {
  CATALOGUE_OUT,
  CATALOGUE_SCHEMAS,
  notPrettierClean,
  notPrettierCleanBeyond,
  REPO,
  sourcesIn,
} from "../support/helpers";
import { seeded } from "../support/generatedText";

const { next, int, pick, name, sized, list } = seeded(20261203);

const format = (text: string, width: number): Promise<string> =>
  prettier.format(text, { ...PRETTIER_OPTIONS, printWidth: width });

/** The templates, which a test below holds to prettier whole. */
const TEMPLATES = sourcesIn(path.join(REPO, "templates"), true);

/** prettier, and the texts it was given. */
function recorded(): { calls: string[]; spy: (text: string, width: number) => Promise<string> } {
  const calls: string[] = [];
  return {
    calls,
    spy: (text, width) => {
      calls.push(text);
      return format(text, width);
    },
  };
}

/** `statement` at `depth` blocks deep, in a module printed in prettier's layout. */
function inBlocks(statement: string, depth: number): string {
  const open = list(depth, () => "").map((_, d) => `${"  ".repeat(d)}${d === 0 ? "export function f(): void {" : "{"}`);
  const close = list(depth, () => "").map((_, d) => `${"  ".repeat(depth - 1 - d)}}`);
  return [...open, `${"  ".repeat(depth)}${statement}`, ...close, ""].join("\n");
}

const argument = (): string =>
  pick([
    () => name(sized(), "a$"),
    () => `"${name(sized(), "s")}"`,
    () => String(int(0, 9)),
    () => `${name(int(2, 6), "r")}.${name(sized(), "m")}`,
  ])();
const operand = (): string =>
  pick([
    () => `${name(sized(), "fieldsOk$")}(value)`,
    () => `value["_typeName"] === "${name(sized(), "T")}"`,
    () => `(${name(sized(), "$")} === undefined || rt.isString(${name(sized(), "$")}))`,
    () => "rt.isRecord(value)",
  ])();

/** Statements of the kinds the emitters print, of generated names. */
const KINDS: Record<string, () => string> = {
  returnChain: () => `return ${list(int(2, 6), operand).join(" && ")};`,
  conditional: () => {
    const short = (): number => int(3, 35);
    return `o["${name(int(2, 20), "k")}"] = rt.isRecord(${name(short(), "$")}) && ${name(short(), "$")} === undefined ? ${name(short(), "f")}(a, b) : ${name(short(), "g")}(${list(int(1, 5), argument).join(", ")});`;
  },
  import: () =>
    `import ${pick(["type ", ""])}{ ${list(int(1, 12), () => name(sized(), "I"))
      .sort()
      .filter((n, i, all) => all.indexOf(n) === i)
      .join(", ")} } from "./${name(int(3, 12), "m")}.js";`,
  union: () =>
    `export type ${name(sized(), "U")} = ${list(int(2, 8), () =>
      pick([
        () => name(sized(), "T"),
        () => `"${name(sized(), "L")}"`,
        () => `(${name(sized(), "T")} & { _typeName: "${name(int(2, 30), "T")}" })`,
        () => `rt.Boxed<"${name(sized(), "ArrayOf")}", (${name(sized(), "E")} | rt.UnknownEnumValue)[]>`,
      ])(),
    ).join(" | ")};`,
  alias: () => `${pick(["export ", ""])}const ${name(sized(), "encode")} = ${name(sized(), "encodeExact$")};`,
  tableCall: () =>
    `${pick(["export ", ""])}const ${name(int(3, 60), "table$")}: ReadonlyMap<string, ${pick(["rt.ExactDecoder", "(v: never) => rt.WireObject"])}> = /* @__PURE__ */ rt.family<${pick(["rt.ExactDecoder", "(v: Record<string, unknown>) => boolean"])}>([${list(
      int(2, 6),
      () => pick([`["${name(sized(), "T")}", ${name(sized(), "exact$")}]`, name(sized(), "table$")]),
    ).join(", ")}]);`,
  ifClause: () =>
    `if (${name(sized(), "$")} !== undefined) rt.fail(c, p + ".${name(sized(), "f")}", "array", ${name(sized(), "$")});`,
};

describe.each(Object.keys(KINDS))("a long %s", (kind) => {
  test("left on its line, is settled to what prettier writes for its group, at every depth", async () => {
    let long = 0;
    for (let i = 0; i < 60; i++) {
      const statement = (KINDS[kind] ?? (() => ""))();
      const topLevel = ["import", "union", "alias", "tableCall"].includes(kind);
      const depth = topLevel ? 0 : int(1, 4);
      // An if clause may be the alternate of another.
      const body =
        kind === "ifClause" && next() < 0.5
          ? `if (a) {\n${"  ".repeat(depth + 1)}b();\n${"  ".repeat(depth)}} else ${statement}`
          : statement;
      const group = depth === 0 ? `${body}\n` : inBlocks(body, depth);
      if (group.split("\n").some((l) => l.length > PRINT_WIDTH)) long++;
      const formatted = await format(group, PRINT_WIDTH);
      const settled = (await settleGroup(group, PRINT_WIDTH, format)) ?? formatted;
      expect({ group, settled }).toEqual({ group, settled: formatted });
    }
    // The generated cases reach long statements, not only the lines that fit.
    expect(long).toBeGreaterThan(10);
  }, 60_000);
});

test("a line that fits is kept, and a long line of no known kind goes to prettier", async () => {
  const fitting = "export function f(): void {\n  const x = { a: 1 };\n}\n";
  const { calls, spy } = recorded();
  expect(await settleGroup(fitting, PRINT_WIDTH, spy)).toBe(fitting);
  expect(calls).toEqual([]);
  const long = `export function f(): void {\n  const x = { ${list(12, () => `${name(12, "k")}${int(0, 1e6)}: 1`).join(", ")} };\n}\n`;
  expect(await settleGroup(long, PRINT_WIDTH, spy)).toBe(await format(long, PRINT_WIDTH));
  expect(calls).toHaveLength(1);
});

test("a line of one string or name, or an interface extending one, too long for the width is kept: prettier breaks neither", async () => {
  const group = [
    "export const known: ReadonlySet<string> = /* @__PURE__ */ names(",
    `  "${name(PRINT_WIDTH + 20, "s")}",`,
    ");",
    "export type Box =",
    `  | rt.Boxed<`,
    `      "${name(PRINT_WIDTH, "ArrayOf")}",`,
    `      ${name(PRINT_WIDTH, "T")}[]`,
    "    >",
    "  | rt.BoxedPrimitive;",
    `export interface ${name(PRINT_WIDTH, "Long")} extends ${name(40, "Base")} {`,
    "  readonly a: string;",
    "}",
    "",
  ].join("\n");
  const { calls, spy } = recorded();
  expect(await settleGroup(group, PRINT_WIDTH, spy)).toBe(group);
  expect(calls).toEqual([]);
  expect(await format(group, PRINT_WIDTH)).toBe(group);
});

test("an interface's head extending a qualified name, too long for the width, goes to prettier (it breaks it)", async () => {
  const group = `export interface ${name(PRINT_WIDTH, "Long")} extends rt.${name(20, "Base")} {\n  readonly a: string;\n}\n`;
  const { calls, spy } = recorded();
  const settled = await settleStatements(group, PRINT_WIDTH, spy);
  expect(calls.length).toBeGreaterThan(0);
  expect(settled).toBe(await format(group, PRINT_WIDTH));
  expect(settled).not.toBe(group);
});

test("a long line inside a construct over several lines sends the group to prettier whole", async () => {
  const group = `const x = {\n  a: ${list(8, () => `"${name(20, "v")}"`).join(" + ")},\n};\n`;
  expect(await settleGroup(group, PRINT_WIDTH, format)).toBeUndefined();
});

test("a group it cannot settle whole is settled statement by statement: prettier gets the unknown one alone", async () => {
  const unknown = `export function f(): void {\n  const x = {\n    a: ${list(8, () => `"${name(20, "v")}"`).join(" + ")},\n  };\n}`;
  const longCall = `const b = ${name(30, "g")}(${list(6, () => `"${name(20, "s")}"`).join(", ")});`;
  const union = `export type U = ${list(9, () => `"${name(16, "L")}"`).join(" | ")};`;
  const object = "const o = {\n  a: 1,\n};";
  const documented = "/** A constant. */\nexport const d = 2;";
  const statements = [unknown, "const a = 1;", longCall, object, documented, "export type T = string;", union];
  // Blank lines between some statements, a line break alone between others (after a `;` and after a `}`, before a
  // doc comment), as the printer writes them.
  const body = `${unknown}\n\nconst a = 1;\n${longCall}\n${object}\n${documented}\n\nexport type T = string;\n${union}`;
  // A group ends in a line break only when it ends its module.
  for (const group of [`${body}\n`, body]) {
    expect(await settleGroup(group, PRINT_WIDTH, format)).toBeUndefined();
    const { calls, spy } = recorded();
    expect(await settleStatements(group, PRINT_WIDTH, spy)).toBe(await format(group, PRINT_WIDTH));
    // Each call holds one statement; the one settle does not know went alone; the short ones were not sent.
    expect(calls).toContain(unknown);
    for (const call of calls) expect(statements.filter((s) => call.includes(s.split("\n")[0] ?? ""))).toHaveLength(1);
    const short = ["const a = 1;", "const o = {", "export const d = 2;", "export type T = string;"];
    expect(calls.filter((c) => short.some((s) => c.includes(s)))).toEqual([]);
  }
});

test("consecutive lines are split only where a declaration starts, never inside a statement", async () => {
  // A union's members at column 0 carry on the statement before them (a member ends in `}`, as a statement may).
  const member = name(130, "a");
  const union = `export type X =\n| { ${member}: string }\n| { b: number };\nconst a = 1;\n`;
  expect(await settleGroup(union, PRINT_WIDTH, format)).toBeUndefined();
  const { calls, spy } = recorded();
  expect(await settleStatements(union, PRINT_WIDTH, spy)).toBe(await format(union, PRINT_WIDTH));
  // The union went to prettier whole, with its members; the constant after it was split off and kept.
  expect(calls).toEqual([`export type X =\n| { ${member}: string }\n| { b: number };`]);
});

test("the type tables' entries are printed as prettier lays them out", async () => {
  let kept = 0;
  for (let i = 0; i < 200; i++) {
    const writer = new CodeBlockWriter({ indentNumberOfSpaces: 2 });
    const depth = int(1, 2);
    for (let d = 0; d < depth; d++)
      writer
        .write("{")
        .newLine()
        .setIndentationLevel(d + 1);
    const fields = list(pick([0, 1, 1, 2, 5]), () => [
      name(sized(), "f"),
      name(sized(), "F"),
      pick(["s", "o[]", 0, 2]),
      name(int(3, 40), "T"),
    ]);
    writeTableEntry(
      writer,
      name(sized(), "T"),
      [
        ["base", `"${name(int(3, 40), "B")}"`],
        ["open", pick(["true", "false"])],
        ["decode", name(sized(), "gmExact$")],
      ],
      fields,
    );
    for (let d = depth - 1; d >= 0; d--) writer.setIndentationLevel(d).writeLine("}");
    const text = writer.toString();
    const formatted = await format(text, PRINT_WIDTH);
    // Where every line fits, the text is prettier's; a longer line is the format stage's to settle.
    if (text.split("\n").every((l) => l.length <= PRINT_WIDTH)) {
      kept++;
      expect(formatted).toBe(text);
    } else {
      expect((await settleGroup(text, PRINT_WIDTH, format)) ?? formatted).toBe(formatted);
    }
  }
  expect(kept).toBeGreaterThan(50);
}, 60_000);

test("a string with a double quote in it goes to prettier, which picks its quotes", async () => {
  const group = 'export const values$E = ["plain", "say \\"hi\\""];\n';
  const settled = await settleGroup(group, PRINT_WIDTH, format);
  expect(settled).toBe(await format(group, PRINT_WIDTH));
  expect(settled).toContain(`'say "hi"'`);
});

// The committed output (test/format/statement-groups.test.ts) holds the defaults whole, and a test below the templates
// (whose statements the run time's copies are, but for their imports); these are the other code options and a
// subset, whose statements neither has are each held to prettier.
const CATALOGUE_RUNS: [string, NonNullable<PipelineOptions["code"]>, string[] | undefined][] = [
  ["bigint and Date", { int64: "bigint", dateTime: "Date" }, undefined],
  [
    "strip, reject, .js",
    { unknownMembers: "strip", unknownTypes: "reject", unknownEnumValues: "reject", importExtension: ".js" },
    undefined,
  ],
  ["the subset --types UserLogoutSessionEvent", {}, ["UserLogoutSessionEvent"]],
];
/** The files held to prettier whole: the committed catalogue, and the templates. */
const PROVEN = [...sourcesIn(CATALOGUE_OUT, true), ...TEMPLATES];

test.each(CATALOGUE_RUNS)(
  "the catalogue generated with %s is what prettier writes for each file",
  async (_label, code, types) => {
    const { files } = await buildOutput({
      schemaDirs: [CATALOGUE_SCHEMAS],
      outDir: "out",
      code,
      types,
      formatCache: false,
    });
    expect(files.length).toBeGreaterThan(30);
    const { unclean, checked } = await notPrettierCleanBeyond(files, PROVEN);
    expect(unclean).toEqual([]);
    // Each option set changes dozens of statements (the decoders and types of every int64 and date-time field, the
    // unknown-member and unknown-type rules), each checked here.
    if (types === undefined) expect(checked).toBeGreaterThan(50);
  },
  120_000,
);

test("a statement the proven output lacks, laid out unlike prettier, makes its file unclean; a known one is not checked", async () => {
  const proven = [{ path: "a.ts", text: "export const a = 1;\n\nexport const b = 2;\n" }];
  const mislaid = { path: "b.ts", text: "export const a = 1;\n\nexport const c = [1,2];\n" };
  const laid = { path: "c.ts", text: "export const a = 1;\n\nexport const c = [1, 2];\n" };
  expect(await notPrettierCleanBeyond([mislaid, laid], proven)).toEqual({ unclean: ["b.ts"], checked: 2 });
});

test("every template is what prettier writes for it at the generation's options, which settling a template assumes", async () => {
  expect(TEMPLATES.length).toBeGreaterThan(20);
  expect(await notPrettierClean(TEMPLATES)).toEqual([]);
});

test("a template's imports, their specifiers edited shorter or longer, are settled to what prettier writes", async () => {
  const body = "export const x = 1;\n\nexport function f(): string {\n  return `${x}`;\n}\n";
  const long = list(6, () => name(14, "Name")).map((n, i) => `${n}${i}`);
  const template = [
    "// Code generated by vsphere-typegen. DO NOT EDIT.",
    `import type {\n${long
      .slice(0, 4)
      .map((n) => `  ${n},\n`)
      .join("")}} from "./types";`,
    `import { ${long.join(", ")} } from "./checks.js";`,
    'import * as rt from "./runtime.js";',
    `export { ${long.slice(0, 2).join(", ")} } from "./convert.js";`,
    "",
    body,
  ].join("\n");
  const settled = await settleTemplate(template, PRINT_WIDTH, format);
  expect(settled).toBe(await format(template, PRINT_WIDTH));
  // The first import now fits a line; the second does not.
  expect(settled).toContain(`import type { ${long.slice(0, 4).join(", ")} } from "./types";`);
  expect(settled).toContain(`import {\n  ${long[0]},`);
});
