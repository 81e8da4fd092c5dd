/**
 * Emits `guards.ts`: `isT(value): value is T` for every type, deep and format-exact. Each is
 * straight-line code specialised for its type (a conjunction of checks per field, a `switch` on
 * `_typeName` for types with subtypes); nothing walks a schema at run time.
 */
import { StructureKind, type FunctionDeclarationStructure, type StatementStructures } from "ts-morph";
import { formatSpec } from "../formats";
import { assertNever, typeNamesOf, typeOf, type FieldModel, type Model, type TypeModel } from "../model/ir";
import { declaredTypeName, fieldChain, names, readMember } from "./naming";

/** A boolean expression: `x` holds a valid element of the field's type. */
function elementCheck(field: FieldModel, x: string): string {
  switch (field.type.kind) {
    case "primitive": {
      const spec = formatSpec(field.type.format);
      if (spec.key === "string" || spec.key === "boolean") return `typeof ${x} === "${spec.key}"`;
      return `${spec.check}(${x})`;
    }
    case "object":
      return `${names.guard(field.type.typeName)}(${x})`;
    default:
      return assertNever(field.type);
  }
}

function elementGuardName(field: FieldModel): string {
  switch (field.type.kind) {
    case "primitive":
      return formatSpec(field.type.format).check;
    case "object":
      return names.guard(field.type.typeName);
    default:
      return assertNever(field.type);
  }
}

function fieldCheck(field: FieldModel): string {
  const x = readMember("v", field.name);
  const check = field.array ? `isArrayOf(${x}, ${elementGuardName(field)})` : elementCheck(field, x);
  return field.optional ? `(${x} === undefined || ${check})` : check;
}

function fieldsOkFunction(type: TypeModel): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.fieldsOk(type.name),
    docs: [{ description: `The fields ${type.name} declares itself are present and valid.` }],
    parameters: [{ name: "v", type: "Record<string, unknown>" }],
    returnType: "boolean",
    statements: [`return ${type.ownFields.map(fieldCheck).join(" && ")};`],
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
        "if (!isRecord(value)) return false;",
        (writer: import("ts-morph").CodeBlockWriter) => {
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
        `return isRecord(value) && value._typeName === ${JSON.stringify(type.name)} && ${exactChecks(model, type, "value")};`,
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

export function emitGuards(model: Model): StatementStructures[] {
  const statements: StatementStructures[] = [];
  for (const type of model.types) {
    if (type.ownFields.length > 0) statements.push(fieldsOkFunction(type));
    statements.push(guardFunction(model, type));
  }
  return statements;
}
