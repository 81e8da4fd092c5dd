/**
 * Injection-safe emission: hostile text in schemas (comment terminators, template and script syntax,
 * line separators, NUL, quotes and backslashes) and hostile names either get a clear diagnostic or give
 * generated code that compiles, holds exactly the statements a benign schema gives (compared on the
 * syntax tree, comments removed) and behaves.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { buildOutput } from "../../src/pipeline";
import {
  diagnosticsOf,
  located,
  notPrettierCleanBeyond,
  outputFiles,
  REPO,
  sourcesIn,
  tempDir,
} from "../support/helpers";

const HOSTILE = [
  "*/ export const injected = 1; /*",
  "/* nested",
  "`${process.exit(1)}` backticks",
  "</script><script>alert(1)</script>",
  "line\u2028separator\u2029paragraph",
  "nul\u0000byte and \u001b escape",
  "quotes \" ' and back\\slashes \\u0041 \\",
  "@deprecated not really",
  "end with a star *",
].join("\n");

const FIELD_NAMES = [
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "default",
  "class",
  "function",
  "delete",
  "new",
  "then",
];

function schemas(description: string): Record<string, string> {
  const fields = FIELD_NAMES.map(
    (name) =>
      `  ${name}:\n    type: string\n    optional: true\n    refersTo: ${JSON.stringify(description)}\n    description: ${JSON.stringify(description)}\n`,
  ).join("");
  return {
    "Root.yaml": `name: Root\ndescription: ${JSON.stringify(description)}\ndeprecated: ${JSON.stringify(description)}\n`,
    "Odd.yaml": `name: Odd\nextends: Root\ndescription: ${JSON.stringify(description)}\nfields:\n${fields}  count:\n    type: integer\n    format: int32\n`,
    // A managed object type's description, and its properties' names, descriptions and refersTo, reach a type literal.
    "Entity.yaml": `name: Entity\ndescription: ${JSON.stringify(description)}\nproperties:\n${fields}  odd:\n    type: Odd\n`,
    "Machine.yaml": `name: Machine\nextends: Entity\ndescription: ${JSON.stringify(description)}\nproperties: {}\n`,
  };
}

async function generateInto(files: Record<string, string>): Promise<string> {
  const dir = tempDir();
  const schemaDir = path.join(dir, "schemas");
  fs.mkdirSync(schemaDir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(schemaDir, name), text);
  const out = path.join(dir, "out");
  const { files: generated } = await buildOutput({ schemaDirs: [schemaDir], outDir: out });
  fs.mkdirSync(path.join(out, "runtime"), { recursive: true });
  for (const file of generated) fs.writeFileSync(path.join(out, file.path), file.text);
  return out;
}

/**
 * The files of an output that are not what prettier writes for them. Statements of the run time's copies as generated/
 * holds them (held to prettier whole by test/format/statement-groups.test.ts) are not formatted again: an output's
 * copies differ from those in their headers and import specifiers, and every statement a schema's text reaches is not
 * among them.
 */
async function notPrettierCleanOutput(out: string): Promise<string[]> {
  const proven = sourcesIn(path.join(REPO, "generated", "runtime"), true);
  return (await notPrettierCleanBeyond(sourcesIn(out, true), proven)).unclean;
}

/** Each generated file as TypeScript would print it without comments. */
function codeWithoutComments(out: string): Record<string, string> {
  const printer = ts.createPrinter({ removeComments: true });
  const result: Record<string, string> = {};
  for (const name of outputFiles(out)) {
    const source = ts.createSourceFile(
      name,
      fs.readFileSync(path.join(out, name), "utf8"),
      ts.ScriptTarget.ES2022,
      true,
    );
    result[name] = printer.printFile(source);
  }
  return result;
}

test("hostile documentation text changes no statement, compiles under the strict flags, and the code behaves", async () => {
  const hostile = await generateInto(schemas(HOSTILE));
  const benign = await generateInto(schemas("Plain documentation."));
  expect(codeWithoutComments(hostile)).toEqual(codeWithoutComments(benign));
  expect(await notPrettierCleanOutput(hostile)).toEqual([]);

  const types = fs.readFileSync(path.join(hostile, "types.ts"), "utf8");
  expect(types).toContain("*\\/ export const injected = 1; /\\*");
  expect(types).not.toMatch(/[\u2028\u2029]/);
  const managed = fs.readFileSync(path.join(hostile, "managed-objects.ts"), "utf8");
  expect(managed).toContain("*\\/ export const injected = 1; /\\*");
  expect(managed).not.toMatch(/[\u2028\u2029]/);

  const build = path.join(path.dirname(hostile), "build");
  const program = ts.createProgram(
    outputFiles(hostile).map((f) => path.join(hostile, f)),
    {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noUnusedLocals: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      lib: ["lib.es2022.d.ts"],
      types: [],
      outDir: build,
    },
  );
  program.emit();
  expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual(
    [],
  );

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const api = require(path.join(build, "index.js")) as Record<string, (value: unknown) => unknown>;
  const decodeOdd = api["decodeOdd"] as (value: unknown) => Record<string, unknown>;
  const isOdd = api["isOdd"] as (value: unknown) => boolean;
  // Absent members named like Object.prototype's are absent, not the inherited functions.
  const bare = decodeOdd({ count: 1 });
  expect(Object.keys(bare).sort()).toEqual(["_typeName", "count"]);
  expect(isOdd(bare)).toBe(true);
  const full = decodeOdd(Object.fromEntries([["count", 2], ...FIELD_NAMES.map((n) => [n, `v-${n}`])]));
  expect(full.constructor).toBe("v-constructor");
  expect(full["then"]).toBe("v-then");
  expect(() => decodeOdd({ count: 1, toString: 5 })).toThrow("$.toString: expected a string, got 5");
  expect(isOdd({ _typeName: "Odd", count: 1, valueOf: 5 })).toBe(false);
});

test("names that cannot be represented get a clear diagnostic", () => {
  const diagnostics = diagnosticsOf({
    "class.yaml": "name: class\n",
    "Record.yaml": "name: Record\n",
    "X.yaml":
      'name: X\nfields:\n  __proto__:\n    type: string\n  "a b":\n    type: string\n  "x\\u2028y":\n    type: string\n',
  });
  expect(located(diagnostics)).toEqual([
    "Record.yaml:1:7 reserved-type-name",
    "X.yaml:3:3 reserved-field-name",
    "X.yaml:5:3 bad-field-name",
    "X.yaml:7:3 bad-field-name",
    "class.yaml:1:7 bad-type-name",
  ]);
});

test("hostile enum values and value docs stay string literals and comment text: the values round-trip exactly", async () => {
  const values = [
    "*/ export const injected = 1; /*",
    'quote " and back\\slash',
    "line\u2028separator",
    "${template}`",
    "__proto__",
    "constructor",
    "</script>",
  ];
  const enumFile = [
    "name: Hostile",
    `description: ${JSON.stringify(HOSTILE)}`,
    "enum:",
    ...values.flatMap((v) => [`  ${JSON.stringify(v)}:`, `    description: ${JSON.stringify(HOSTILE)}`]),
  ].join("\n");
  const out = await generateInto({
    "Hostile.yaml": `${enumFile}\n`,
    "Holder.yaml":
      "name: Holder\nfields:\n  level:\n    type: Hostile\n  others:\n    type: Hostile\n    array: true\n",
  });
  expect(await notPrettierCleanOutput(out)).toEqual([]);
  const build = path.join(path.dirname(out), "build");
  const program = ts.createProgram(
    outputFiles(out).map((f) => path.join(out, f)),
    {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noUnusedLocals: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      lib: ["lib.es2022.d.ts"],
      types: [],
      outDir: build,
    },
  );
  program.emit();
  expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual(
    [],
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const api = require(path.join(build, "index.js")) as Record<string, unknown>;
  expect(api["injected"]).toBeUndefined();
  expect(api["HostileValues"]).toEqual(values);
  const decodeHolder = api["decodeHolder"] as (value: unknown, options?: object) => { level: string; others: string[] };
  for (const v of values)
    expect(decodeHolder({ level: v, others: values }, { unknownEnumValues: "reject" }).level).toBe(v);
  expect(() => decodeHolder({ level: "other", others: [] }, { unknownEnumValues: "reject" })).toThrow(
    '$.level: "other" is not a value of Hostile the schemas declare',
  );
});
