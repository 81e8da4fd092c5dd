/**
 * Emits `guards.ts`: `isT(value): value is T` for every type, deep and format-exact, and `isAnyValue`
 * for untyped slots. Each is straight-line code specialised for its type (a conjunction of checks per
 * field, a `switch` on `_typeName` for types with subtypes); nothing walks a schema at run time.
 */
import {
  StructureKind,
  type CodeBlockWriter,
  type FunctionDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { behaviourOf } from "../formats";
import type { CodeOptions } from "../options";
import { assertNever, typeNamesOf, typeOf, type FieldModel, type Model, type TypeModel } from "../model/ir";
import { declaredTypeName, fieldChain, names, readMember, rt } from "./naming";

/** The name of the guard for one element of the field's type. */
function elementGuardName(field: FieldModel, options: CodeOptions): string {
  const type = field.type;
  switch (type.kind) {
    case "primitive":
      return rt(behaviourOf(type.format, options).guard);
    case "object":
      return names.guard(type.typeName);
    case "any":
      return names.anyValueGuard;
    default:
      return assertNever(type);
  }
}

/** A boolean expression: `x` holds a valid element of the field's type; strings and booleans are inlined. */
function elementCheck(field: FieldModel, x: string, options: CodeOptions): string {
  const guard = elementGuardName(field, options);
  if (guard === rt("isString")) return `typeof ${x} === "string"`;
  if (guard === rt("isBoolean")) return `typeof ${x} === "boolean"`;
  return `${guard}(${x})`;
}

/** The check of one field; an optional field is read once into a local (declared by `fieldsOkFunction`). */
function fieldCheck(field: FieldModel, options: CodeOptions): string {
  const x = field.optional ? names.local(field.name) : readMember("v", field.name);
  const check = field.array
    ? `rt.isArrayOf(${x}, ${elementGuardName(field, options)})`
    : elementCheck(field, x, options);
  return field.optional ? `(${x} === undefined || ${check})` : check;
}

function fieldsOkFunction(type: TypeModel, options: CodeOptions): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.fieldsOk(type.name),
    docs: [{ description: `The fields ${type.name} declares itself are present and valid.` }],
    parameters: [{ name: "v", type: "Record<string, unknown>" }],
    returnType: "boolean",
    statements: [
      ...type.ownFields
        .filter((f) => f.optional)
        .map((f) => `const ${names.local(f.name)} = ${readMember("v", f.name)};`),
      `return ${type.ownFields.map((f) => fieldCheck(f, options)).join(" && ")};`,
    ],
  };
}

/** The checks a record must pass to be exactly `type` (its `_typeName` already matched). */
function exactChecks(model: Model, type: TypeModel, v: string): string {
  const chain = fieldChain(model, type).map((t) => `${names.fieldsOk(t.name)}(${v})`);
  return chain.length === 0 ? "true" : chain.join(" && ");
}

function guardFunction(model: Model, type: TypeModel): FunctionDeclarationStructure {
  const target = declaredTypeName(model, type.name);
  const statements = type.polymorphic
    ? [
        "if (!rt.isRecord(value)) return false;",
        (writer: CodeBlockWriter) => {
          writer.write("switch (value._typeName)").block(() => {
            for (const name of typeNamesOf(type)) {
              writer.writeLine(
                `case ${JSON.stringify(name)}: return ${exactChecks(model, typeOf(model, name), "value")};`,
              );
            }
            writer.writeLine("default: return false;");
          });
        },
      ]
    : [
        `return rt.isRecord(value) && value._typeName === ${JSON.stringify(type.name)} && ${exactChecks(model, type, "value")};`,
      ];
  return {
    kind: StructureKind.Function,
    name: names.guard(type.name),
    isExported: true,
    docs: [
      {
        description: type.polymorphic
          ? `Whether \`value\` is a valid ${type.name} or known subtype (chosen by \`_typeName\`), every field and format checked.`
          : `Whether \`value\` is a valid ${type.name}, every field and format checked.`,
      },
    ],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: `value is ${target}`,
    statements,
  };
}

function anyValueGuard(model: Model): FunctionDeclarationStructure {
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
    statements: [
      "if (!rt.isRecord(value)) return false;",
      (writer: CodeBlockWriter) => {
        writer.write("switch (value._typeName)").block(() => {
          for (const type of model.types) {
            writer.writeLine(`case ${JSON.stringify(type.name)}: return ${exactChecks(model, type, "value")};`);
          }
          for (const type of model.types) {
            writer.writeLine(
              `case ${JSON.stringify(names.box(type.name))}: return rt.isArrayOf(value._value, ${names.guard(type.name)});`,
            );
          }
          writer.writeLine("default: return rt.isOtherValue(value);");
        });
      },
    ],
  };
}

export function emitGuards(model: Model, options: CodeOptions): StatementStructures[] {
  const statements: StatementStructures[] = [];
  for (const type of model.types) {
    if (type.ownFields.length > 0) statements.push(fieldsOkFunction(type, options));
    statements.push(guardFunction(model, type));
  }
  statements.push(anyValueGuard(model));
  return statements;
}
