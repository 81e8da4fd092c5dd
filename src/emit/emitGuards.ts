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
import type { CodeOptions } from "../options";
import { typeNamesOf, typeOf, type FieldModel, type Model, type TypeModel } from "../model/ir";
import { planElement, typeLists, unionKey } from "./fieldPlan";
import { declaredTypeName, fieldChain, names, readMember, writeTypeNameSwitch } from "./naming";

/** The check of one field; an optional field is read once into a local (declared by `fieldsOkFunction`). */
function fieldCheck(model: Model, field: FieldModel, options: CodeOptions): string {
  const x = field.optional ? names.local(field.name) : readMember("v", field.name);
  const plan = planElement(model, field.type, options);
  const check = field.array ? `rt.isArrayOf(${x}, ${plan.guardFn})` : plan.guard(x);
  return field.optional ? `(${x} === undefined || ${check})` : check;
}

function fieldsOkFunction(model: Model, type: TypeModel, options: CodeOptions): FunctionDeclarationStructure {
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
      `return ${type.ownFields.map((f) => fieldCheck(model, f, options)).join(" && ")};`,
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
          writeTypeNameSwitch(
            writer,
            "value._typeName",
            typeNamesOf(type),
            (name) => `return ${exactChecks(model, typeOf(model, name), "value")};`,
            "return false;",
          );
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
    if (type.ownFields.length > 0) statements.push(fieldsOkFunction(model, type, options));
    statements.push(guardFunction(model, type));
  }
  for (const list of typeLists(model)) statements.push(typeListGuard(list));
  statements.push(anyValueGuard(model));
  return statements;
}
