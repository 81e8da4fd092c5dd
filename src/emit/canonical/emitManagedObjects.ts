/**
 * Emits `managed-objects.ts` (for a schema set that declares managed object types): `ManagedObjectProperties`, each
 * managed object type's properties by name, its inherited ones included, typed as the decoders type a field, and
 * `ManagedObjectTypeName`. Types only: the client's `retrieve` and `list` (templates/client/properties.ts) check a
 * property path against this map at compile time and send it as written; the server's answer is decoded by the type
 * each value names, as every untyped slot is.
 */
import { StructureKind, type StatementStructures } from "ts-morph";
import type { FieldModel, ManagedObjectModel, Model } from "../../model/ir";
import type { CodeOptions } from "../../options";
import { jsDoc, memberDocComment, safeCommentText } from "../jsdoc";
import { valueType } from "./emitMethods";

export const managedObjectNames = {
  map: "ManagedObjectProperties",
  name: "ManagedObjectTypeName",
};

function propertyMember(model: Model, p: FieldModel, options: CodeOptions): string {
  const where = p.refersTo === undefined ? "" : `A reference to a ${safeCommentText(p.refersTo)}.`;
  const comment = memberDocComment({
    ...p.doc,
    description: [p.doc.description, where].filter((t) => t !== "").join("\n\n"),
  });
  return `${comment}readonly ${p.name}${p.optional ? "?" : ""}: ${valueType(model, p, options)}`;
}

function objectDocs(mo: ManagedObjectModel): string[] {
  const chain = mo.ancestors.length === 0 ? "" : `Extends ${mo.ancestors.map(safeCommentText).join(" > ")}.`;
  const below =
    mo.subtypes.length === 0 ? "" : `A reference to one may point at a ${mo.subtypes.map(safeCommentText).join(", ")}.`;
  return [chain, below].filter((t) => t !== "");
}

export function emitManagedObjects(model: Model, options: CodeOptions): StatementStructures[] {
  const { map, name } = managedObjectNames;
  return [
    {
      kind: StructureKind.Interface,
      name: map,
      isExported: true,
      docs: [
        {
          description:
            "Every managed object type the schemas declare, by name: its properties (inherited ones included) as the " +
            "property collector reads them. A property path (`runtime.powerState`) goes through the data types' " +
            "fields; `client.retrieve` and `client.list` type what they read from it.",
        },
      ],
      properties: model.managedObjects.map((mo) => {
        const docs = jsDoc(mo.doc, objectDocs(mo));
        return {
          name: mo.name,
          isReadonly: true,
          docs: docs === undefined ? [] : [docs],
          type:
            mo.allProperties.length === 0
              ? "Record<never, never>"
              : `{\n${mo.allProperties.map((p) => propertyMember(model, p, options)).join(";\n")}\n}`,
        };
      }),
    },
    {
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      docs: [{ description: "The name of a managed object type the schemas declare." }],
      type: `keyof ${map}`,
    },
  ];
}
