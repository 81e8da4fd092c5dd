/**
 * Emits `types.ts`: one interface per schema type, extending its base so that a subtype is usable
 * wherever its base is expected, plus for each type with subtypes the `TTypeName` literal union and
 * the discriminated union `AnyT`, on which `switch (value._typeName)` narrows.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type StatementStructures,
} from "ts-morph";
import type { CodeOptions } from "../../options";
import { typeOf, type EnumModel, type FieldModel, type Model, type TypeModel } from "../../model/ir";
import { fieldTsType, planElement } from "../plan/fieldPlan";
import { jsDoc, safeCommentText } from "../jsdoc";
import { unionAlias } from "../layoutDeclarations";
import { arrayDeclaration } from "../layoutObjects";
import { article, declaredTypeName, names, rtType } from "../naming";

function property(model: Model, field: FieldModel, options: CodeOptions): OptionalKind<PropertySignatureStructure> {
  const plan = planElement(model, field.type, options);
  const notes = [
    ...(field.refersTo === undefined ? [] : [`Refers to ${article(field.refersTo)} managed object.`]),
    ...(field.enumHint === undefined ? [] : [`Values: see {@link ${names.type(field.enumHint)}}.`]),
    ...plan.notes,
  ];
  const docs = jsDoc(field.doc, notes);
  return {
    name: field.name,
    type: fieldTsType(plan, field.array),
    hasQuestionToken: field.optional,
    ...(docs === undefined ? {} : { docs: [docs] }),
  };
}

/** A string enum: the literal union and a readonly array of its values, in the reference's order. */
function enumStatements(e: EnumModel): StatementStructures[] {
  const docs = jsDoc(e.doc);
  // One line per documented value; the value itself is schema text too, so it goes through safeCommentText.
  const valueDocs = e.values
    .filter((v) => v.doc.description !== "" || v.doc.since !== undefined || v.doc.deprecated !== undefined)
    .map((v) => {
      const marks = [
        ...(v.doc.since === undefined ? [] : [`since vSphere API ${v.doc.since}`]),
        ...(v.doc.deprecated === undefined || v.doc.deprecated === false ? [] : ["deprecated"]),
      ];
      const text = [v.doc.description, marks.length > 0 ? `(${marks.join(", ")})` : ""].filter((t) => t !== "");
      return safeCommentText(`- ${JSON.stringify(v.value)}: ${text.join(" ")}`);
    });
  return [
    unionAlias(
      {
        name: names.type(e.name),
        isExported: true,
        docs: [
          {
            ...(docs ?? {}),
            description: [docs?.description, ...valueDocs].filter((p) => p !== undefined && p !== "").join("\n\n"),
          },
        ],
      },
      e.values.map((v) => JSON.stringify(v.value)),
    ),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: [
        {
          description: `Every value of {@link ${names.type(e.name)}} these schemas declare, in the reference's order.`,
        },
      ],
      declarations: [
        arrayDeclaration(
          names.enumValues(e.name),
          `readonly ${names.type(e.name)}[]`,
          e.values.map((v) => JSON.stringify(v.value)),
        ),
      ],
    },
  ];
}

/** `"T" | "Leaf" | SubTypeName ...`: built from the direct subtypes' own unions, so each name is written once. */
function typeNameLiterals(model: Model, type: TypeModel): string[] {
  return [
    JSON.stringify(type.name),
    ...type.directSubtypes.map((s) => (typeOf(model, s).polymorphic ? names.typeNames(s) : JSON.stringify(s))),
  ];
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
  const enumBoxes = model.enums.flatMap((e) => {
    const value = `${names.type(e.name)} | ${rtType("UnknownEnumValue")}`;
    return [
      `rt.Boxed<${JSON.stringify(e.name)}, ${value}>`,
      `rt.Boxed<${JSON.stringify(names.box(e.name))}, (${value})[]>`,
    ];
  });
  return unionAlias(
    {
      name: names.anyValue,
      isExported: true,
      docs: [
        {
          description:
            "The value of an untyped slot (xsd:anyType), named by its `_typeName`: a data object, a box of data objects " +
            "(`ArrayOfEvent`), a boxed primitive (`long`, `dateTime`, ...), or an object of a type no schema declares.",
        },
      ],
    },
    [
      ...roots,
      ...boxes,
      ...enumBoxes,
      `rt.Boxed<"ArrayOfAnyType", ${names.anyValue}[]>`,
      rtType("BoxedPrimitive"),
      rtType("UnrecognizedValue"),
    ],
  );
}

export function emitTypes(model: Model, options: CodeOptions): StatementStructures[] {
  const statements: StatementStructures[] = [];
  for (const type of model.types) {
    if (type.polymorphic) {
      statements.push(
        unionAlias(
          {
            name: names.typeNames(type.name),
            isExported: true,
            docs: [
              { description: `Every \`_typeName\` ${article(type.name)} may carry: its own and its known subtypes'.` },
            ],
          },
          typeNameLiterals(model, type),
        ),
      );
    }
    statements.push(interfaceOf(model, type, options));
    if (type.polymorphic) {
      statements.push(
        unionAlias(
          {
            name: names.union(type.name),
            isExported: true,
            docs: [
              {
                description: `${article(type.name).replace(/^a/, "A")} or any known subtype, discriminated by \`_typeName\`: \`switch (value._typeName)\` narrows it.`,
              },
            ],
          },
          [
            unionMember(model, type.name),
            ...type.directSubtypes.map((s) => (typeOf(model, s).polymorphic ? names.union(s) : names.type(s))),
          ],
        ),
      );
    }
  }
  for (const e of model.enums) statements.push(...enumStatements(e));
  statements.push(anyValueType(model), typeMap(model));
  return statements;
}

/** `VimTypeMap`: each declared type by name, as the decoders that take a name (govmomi, SOAP) return it. */
function typeMap(model: Model): StatementStructures {
  return {
    kind: StructureKind.Interface,
    name: names.typeMap,
    isExported: true,
    docs: [
      {
        description:
          "Each declared type by name, with its known subtypes: what `decodeGovmomi`, `parseSoapResponse` and the other " +
          "decoders that take a type name return for it.",
      },
    ],
    // Unquoted, as prettier writes a key that needs no quotes. The module declares every type it names, so a key
    // taken for a use of its type brings in no import.
    properties: model.types.map((t) => ({ name: t.name, type: declaredTypeName(model, t.name) })),
  };
}
