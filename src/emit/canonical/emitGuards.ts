/**
 * Emits `guards.ts`: `isT(value): value is T` for every type, deep and format-exact, and `isAnyValue`
 * for untyped slots. Each is straight-line code specialised for its type (a conjunction of checks per
 * field, a `switch` on `_typeName` for types with subtypes); nothing walks a schema at run time.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type FunctionDeclarationStructure,
  type StatementStructures,
  type WriterFunction,
} from "ts-morph";
import type { CodeOptions } from "../../options";
import { typeNamesOf, typeOf, type FieldModel, type Model, type TypeModel } from "../../model/ir";
import { recursiveTypes } from "../../model/recursion";
import { planElement, typeLists, unionKey } from "../plan/fieldPlan";
import { declaredTypeName, fieldChain, names, readMember } from "../naming";
import { writeIf, writeReturnChain } from "../layoutClauses";
import { anyTable, BOX_PREFIX_LENGTH, familyTable, tableTypes, usesTable, writeTypeNameSwitch } from "../plan/dispatch";

/** The check of one field; an optional field is read once into a local (declared by `fieldsOkFunction`). */
function fieldCheck(model: Model, field: FieldModel, options: CodeOptions): string {
  const x = field.optional ? names.local(field.name) : readMember("v", field.name);
  const plan = planElement(model, field.type, options);
  const check = field.array ? `rt.isArrayOf(${x}, ${plan.guardFn})` : plan.guard(x);
  return field.optional ? `${x} === undefined || ${check}` : check;
}

/** The checks of every field, the operands of one conjunction; an optional field's `||` in parentheses only beside another check. */
function fieldChecks(model: Model, fields: readonly FieldModel[], options: CodeOptions): string[] {
  const checks = fields.map((f) => fieldCheck(model, f, options));
  if (checks.length === 1) return checks;
  return checks.map((c, i) => (fields[i]?.optional === true ? `(${c})` : c));
}

function fieldsOkFunction(model: Model, type: TypeModel, options: CodeOptions): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.fieldsOk(type.name),
    parameters: [{ name: "v", type: "Record<string, unknown>" }],
    returnType: "boolean",
    statements: [
      ...type.ownFields
        .filter((f) => f.optional)
        .map((f) => `const ${names.local(f.name)} = ${readMember("v", f.name)};`),
      (writer: CodeBlockWriter) => writeReturnChain(writer, fieldChecks(model, type.ownFields, options)),
    ],
  };
}

type Statement = string | WriterFunction;

/**
 * Statements run inside `try`: where input can nest without bound (an untyped slot, a recursive type), a value
 * nested too deeply for the JavaScript stack is answered `false` (`rt.tooDeep`), never a RangeError.
 */
function stackSafe(statements: readonly Statement[]): WriterFunction[] {
  return [
    (writer) => {
      writer.write("try").block(() => {
        for (const s of statements) {
          if (typeof s === "string") writer.writeLine(s);
          else s(writer);
        }
      });
      writer.write("catch (error)").block(() => writer.writeLine("return rt.tooDeep(error);"));
    },
  ];
}

/** The checks a record must pass to be exactly `type` (its `_typeName` already matched), the operands of a conjunction. */
function exactChecks(model: Model, type: TypeModel, v: string): string[] {
  const chain = fieldChain(model, type).map((t) => `${names.fieldsOk(t.name)}(${v})`);
  return chain.length === 0 ? ["true"] : chain;
}

function guardFunction(model: Model, type: TypeModel, recursive: boolean): FunctionDeclarationStructure {
  const target = declaredTypeName(model, type.name);
  const statements: Statement[] = usesTable(type)
    ? [
        "if (!rt.isRecord(value)) return false;",
        `const exact = ${names.guardTable(type.name)}.get(value["_typeName"] as string);`,
        "return exact !== undefined && exact(value);",
      ]
    : type.polymorphic
      ? [
          "if (!rt.isRecord(value)) return false;",
          (writer: CodeBlockWriter) => {
            writeTypeNameSwitch(
              writer,
              'value["_typeName"]',
              typeNamesOf(type),
              (name) => (w: CodeBlockWriter) => writeReturnChain(w, exactChecks(model, typeOf(model, name), "value")),
              "return false;",
            );
          },
        ]
      : [
          (writer: CodeBlockWriter) =>
            writeReturnChain(writer, [
              "rt.isRecord(value)",
              `value["_typeName"] === ${JSON.stringify(type.name)}`,
              ...exactChecks(model, type, "value"),
            ]),
        ];
  return {
    kind: StructureKind.Function,
    name: names.guard(type.name),
    isExported: true,
    docs: [
      {
        description: type.polymorphic
          ? `Whether \`value\` is a valid ${type.name} or known subtype, every field and format checked.`
          : `Whether \`value\` is a valid ${type.name}, every field and format checked.`,
      },
    ],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: `value is ${target}`,
    statements: recursive ? stackSafe(statements) : statements,
  };
}

/** The guard of a field listing several types: a value of any of them. */
function typeListGuard(list: readonly string[]): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.guard(unionKey(list)),
    docs: [{ description: `Whether \`value\` is a valid ${list.join(" or ")}.` }],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: "boolean",
    statements: [`return ${list.map((t) => `${names.guard(t)}(value)`).join(" || ")};`],
  };
}

function anyValueGuard(hasEnums: boolean, int64: CodeOptions["int64"]): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.anyValueGuard,
    isExported: true,
    docs: [
      {
        description:
          "Whether `value` is a valid value of an untyped slot: a data object of a known type, a box of them, a boxed " +
          "primitive, or an object naming a type no schema declares.",
      },
    ],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: `value is ${names.anyValue}`,
    statements: stackSafe([
      "if (!rt.isRecord(value)) return false;",
      'const name = value["_typeName"];',
      `const guard = typeof name === "string" ? ${names.anyTable}.get(name) : undefined;`,
      "if (guard !== undefined) return guard(value);",
      `const box = typeof name === "string" && name.startsWith("ArrayOf") ? ${names.anyTable}.get(name.slice(${BOX_PREFIX_LENGTH})) : undefined;`,
      'if (box !== undefined) return rt.isArrayOf(value["_value"], box);',
      // A boxed enum value: any string (a newer server's value is kept by default, as in an enum field).
      ...(hasEnums
        ? [
            (writer: CodeBlockWriter) =>
              writeIf(
                writer,
                `typeof name === "string" && ${names.enumTable}.has(name)`,
                'return typeof value["_value"] === "string";',
              ),
            (writer: CodeBlockWriter) =>
              writeIf(
                writer,
                `typeof name === "string" && name.startsWith("ArrayOf") && ${names.enumTable}.has(name.slice(${BOX_PREFIX_LENGTH}))`,
                'return rt.isArrayOf(value["_value"], rt.isString);',
              ),
          ]
        : []),
      // A box of untyped values, which may nest without bound.
      `if (name === "ArrayOfAnyType") return rt.isArrayOf(value["_value"], ${names.anyValueGuard});`,
      // A long box holds what an int64 field does in this output: a number, or a bigint in bigint mode.
      `return rt.isOtherValue(value, ${JSON.stringify(int64)});`,
    ]),
  };
}

/** The checks of exactly `type` as a function, for the family tables (a switch inlines them instead). */
function exactGuardFunction(model: Model, type: TypeModel): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.exactGuard(type.name),
    // A type that declares no fields along its chain has nothing to check: its parameter goes unread.
    parameters: [{ name: fieldChain(model, type).length > 0 ? "v" : "_v", type: "Record<string, unknown>" }],
    returnType: "boolean",
    statements: [(writer: CodeBlockWriter) => writeReturnChain(writer, exactChecks(model, type, "v"))],
  };
}

export function emitGuards(model: Model, options: CodeOptions): StatementStructures[] {
  const statements: StatementStructures[] = [];
  const tables = tableTypes(model);
  const recursive = recursiveTypes(model);
  const inTables = new Set(tables.flatMap((t) => typeNamesOf(t)));
  for (const type of model.types) {
    if (type.ownFields.length > 0) statements.push(fieldsOkFunction(model, type, options));
    statements.push(guardFunction(model, type, recursive.has(type.name)));
    if (inTables.has(type.name)) statements.push(exactGuardFunction(model, type));
  }
  for (const list of typeLists(model)) statements.push(typeListGuard(list));
  for (const type of tables)
    statements.push(
      familyTable(model, type, names.guardTable, names.exactGuard, "(v: Record<string, unknown>) => boolean"),
    );
  statements.push(anyTable(model, names.anyTable, names.guard, "(value: unknown) => boolean"));
  if (model.enums.length > 0) {
    statements.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: names.enumTable,
          type: "ReadonlySet<string>",
          initializer: `/* @__PURE__ */ new Set<string>([${model.enums.map((e) => JSON.stringify(e.name)).join(", ")}])`,
        },
      ],
    });
  }
  statements.push(anyValueGuard(model.enums.length > 0, options.int64));
  return statements;
}
