/**
 * Emits `managed-objects.ts` (for a schema set that declares managed object types): `ManagedObjectProperties`, each
 * managed object type's properties by name, its inherited ones included, typed as the decoders type a field, and
 * `ManagedObjectTypeName`. Types only: the client's `retrieve` and `list` (templates/client/properties.ts) check a
 * property path against this map at compile time and send it as written; the server's answer is decoded by the type
 * each value names, as every untyped slot is. `ManagedEntityName` names the types `list` reads: a container view
 * holds managed entities only.
 */
import { StructureKind, type StatementStructures } from "ts-morph";
import { managedEntityNames, type ManagedObjectModel, type Model } from "../../model/ir";
import type { CodeOptions } from "../../options";
import { docCommentLines, safeCommentText } from "../jsdoc";
import { valueType } from "./emitMethods";

export const managedObjectNames = {
  map: "ManagedObjectProperties",
  name: "ManagedObjectTypeName",
  entity: "ManagedEntityName",
};

function objectDocs(mo: ManagedObjectModel): string[] {
  const chain = mo.ancestors.length === 0 ? "" : `Extends ${mo.ancestors.map(safeCommentText).join(" > ")}.`;
  const below =
    mo.subtypes.length === 0 ? "" : `A reference to one may point at a ${mo.subtypes.map(safeCommentText).join(", ")}.`;
  return [chain, below].filter((t) => t !== "");
}

/**
 * The interface as text in prettier's layout (a member a line, each type literal's members a level in, each line
 * ending in `;`): a type literal given to ts-morph as text is indented a level too deep, and lines that fit the width
 * are kept as they are written (format/settle.ts).
 */
function interfaceText(model: Model, options: CodeOptions): string {
  const lines = [
    "/** Every managed object type the schemas declare, by name: its properties (inherited ones included) as the " +
      "property collector reads them. A property path (`runtime.powerState`) goes through the data types' fields; " +
      "`client.retrieve` and `client.list` type what they read from it. */",
    `export interface ${managedObjectNames.map} {`,
  ];
  for (const mo of model.managedObjects) {
    lines.push(...docCommentLines(mo.doc, objectDocs(mo), "  "));
    if (mo.allProperties.length === 0) {
      lines.push(`  readonly ${mo.name}: Record<never, never>;`);
      continue;
    }
    lines.push(`  readonly ${mo.name}: {`);
    for (const p of mo.allProperties) {
      const where = p.refersTo === undefined ? [] : [`A reference to a ${safeCommentText(p.refersTo)}.`];
      // A property's description only, as a method's parameters have: its since and deprecation are on the docs page.
      lines.push(
        ...docCommentLines({ description: p.doc.description, since: undefined, deprecated: undefined }, where, "    "),
      );
      lines.push(`    readonly ${p.name}${p.optional ? "?" : ""}: ${valueType(model, p, options)};`);
    }
    lines.push("  };");
  }
  lines.push("}");
  return lines.join("\n");
}

export function emitManagedObjects(model: Model, options: CodeOptions): StatementStructures[] {
  return [
    // ts-morph writes a statement given as text as it is; its structures have no text kind, hence the cast.
    interfaceText(model, options) as unknown as StatementStructures,
    {
      kind: StructureKind.TypeAlias,
      name: managedObjectNames.name,
      isExported: true,
      docs: [{ description: "The name of a managed object type the schemas declare." }],
      type: `keyof ${managedObjectNames.map}`,
    },
    {
      kind: StructureKind.TypeAlias,
      name: managedObjectNames.entity,
      isExported: true,
      docs: [
        {
          description:
            "The name of a managed entity type (ManagedEntity or a type that extends it): what a container view " +
            "holds, so what `client.list` reads.",
        },
      ],
      type:
        managedEntityNames(model)
          .map((n) => JSON.stringify(n))
          .join(" | ") || "never",
    },
  ];
}
