/**
 * Emits `types.ts`: one interface per schema type, extending its base so that a subtype is usable
 * wherever its base is expected, plus for each type with subtypes the `TTypeName` literal union and
 * the discriminated union `AnyT`, on which `switch (value._typeName)` narrows.
 */
import {
  StructureKind,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type StatementStructures,
} from "ts-morph";
import { behaviourOf, type FormatKey } from "../formats";
import type { CodeOptions } from "../options";
import { assertNever, typeNamesOf, type FieldModel, type Model, type TypeModel } from "../model/ir";
import { jsDoc } from "./jsdoc";
import { declaredTypeName, names, rt } from "./naming";

/** The TypeScript type of one field's value. */
export function fieldTsType(model: Model, field: FieldModel, options: CodeOptions): string {
  const type = field.type;
  let element: string;
  switch (type.kind) {
    case "primitive":
      element = behaviourOf(type.format, options).tsType;
      break;
    case "object":
      element = declaredTypeName(model, type.typeName);
      break;
    case "any":
      element = names.anyValue;
      break;
    default:
      return assertNever(type);
  }
  return field.array ? `${element}[]` : element;
}

function formatNote(format: FormatKey, options: CodeOptions): string | undefined {
  switch (format) {
    case "int8":
    case "int16":
    case "int32":
      return `Format: ${format}.`;
    case "int64":
      return options.int64 === "bigint"
        ? "Format: int64, exact (read JSON text with parseT to keep digits beyond 2^53)."
        : "Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).";
    case "date-time":
      return options.dateTime === "Date"
        ? "Format: date-time, as a Date (milliseconds; the wire text is kept for re-encoding, see dateTimeText)."
        : "Format: date-time, an RFC 3339 string with a time zone.";
    case "base64":
      return "Format: base64.";
    default:
      return undefined;
  }
}

function fieldNotes(field: FieldModel, options: CodeOptions): string[] {
  const notes: string[] = [];
  if (field.refersTo !== undefined) notes.push(`Refers to a ${field.refersTo} managed object.`);
  if (field.type.kind === "primitive") {
    const note = formatNote(field.type.format, options);
    if (note !== undefined) notes.push(note);
  }
  return notes;
}

function property(model: Model, field: FieldModel, options: CodeOptions): OptionalKind<PropertySignatureStructure> {
  const docs = jsDoc(field.doc, fieldNotes(field, options));
  return {
    name: field.name,
    type: fieldTsType(model, field, options),
    hasQuestionToken: field.optional,
    ...(docs === undefined ? {} : { docs: [docs] }),
  };
}

function typeNameLiterals(type: TypeModel): string {
  return typeNamesOf(type)
    .map((n) => JSON.stringify(n))
    .join(" | ");
}

function interfaceOf(model: Model, type: TypeModel, options: CodeOptions): InterfaceDeclarationStructure {
  const docs = jsDoc(type.doc, type.base === undefined ? [] : [`Extends ${type.base}.`]);
  return {
    kind: StructureKind.Interface,
    name: names.type(type.name),
    isExported: true,
    ...(type.base === undefined ? {} : { extends: [names.type(type.base)] }),
    ...(docs === undefined ? {} : { docs: [docs] }),
    properties: [
      {
        name: "_typeName",
        type: type.polymorphic ? names.typeNames(type.name) : JSON.stringify(type.name),
        docs: [
          {
            description: type.polymorphic
              ? `${type.name} or the name of one of its known subtypes.`
              : "The VI JSON type discriminator.",
          },
        ],
      },
      ...type.ownFields.map((f) => property(model, f, options)),
    ],
  };
}

function unionMember(model: Model, name: string): string {
  const member = model.byName.get(name);
  return member?.polymorphic === true
    ? `(${names.type(name)} & { _typeName: ${JSON.stringify(name)} })`
    : names.type(name);
}

/** The type of an untyped slot's value: any data object, a box of them, a boxed primitive, or an unrecognized type. */
function anyValueType(model: Model): StatementStructures {
  const roots = model.types.filter((t) => t.base === undefined).map((t) => declaredTypeName(model, t.name));
  const boxes = model.types.map(
    (t) => `rt.Boxed<${JSON.stringify(names.box(t.name))}, ${declaredTypeName(model, t.name)}[]>`,
  );
  return {
    kind: StructureKind.TypeAlias,
    name: names.anyValue,
    isExported: true,
    type: [...roots, ...boxes, rt("BoxedPrimitive"), rt("UnrecognizedValue")].join(" | "),
    docs: [
      {
        description:
          "The value of an untyped slot (xsd:anyType), named by its `_typeName`: a data object, a box of data objects " +
          "(`ArrayOfEvent`), a boxed primitive (`long`, `dateTime`, ...), or an object of a type no schema declares.",
      },
    ],
  };
}

export function emitTypes(model: Model, options: CodeOptions): StatementStructures[] {
  const statements: StatementStructures[] = [];
  for (const type of model.types) {
    if (type.polymorphic) {
      statements.push({
        kind: StructureKind.TypeAlias,
        name: names.typeNames(type.name),
        isExported: true,
        type: typeNameLiterals(type),
        docs: [{ description: `Every \`_typeName\` a ${type.name} may carry: its own and its known subtypes'.` }],
      });
    }
    statements.push(interfaceOf(model, type, options));
    if (type.polymorphic) {
      statements.push({
        kind: StructureKind.TypeAlias,
        name: names.union(type.name),
        isExported: true,
        type: typeNamesOf(type)
          .map((n) => unionMember(model, n))
          .join(" | "),
        docs: [
          {
            description: `A ${type.name} or any known subtype, discriminated by \`_typeName\`: \`switch (value._typeName)\` narrows it.`,
          },
        ],
      });
    }
  }
  statements.push(anyValueType(model));
  return statements;
}
