/**
 * Subsets (`generate --types A,B`): the declarations a few types need, out of a whole schema set, before the model is
 * built. A type brings its bases, the types and enums of its fields (own and inherited), and, where a field's type has
 * subtypes, those subtypes: a slot declared as `TaskReason` may hold a `TaskReasonUser`. A base does not bring its
 * subtypes (an event does not bring the other 442). Dispatch stays honest about what is left out: a type whose known
 * subtypes are not all in the subset becomes open, so that a value of a left-out subtype decodes as that type with
 * its real name kept (`wireTypeName`), as a newer server's type does.
 */
import { ANY_TYPE, lookupFormat } from "../formats";
import type { TypeDecl, ValidSchemas } from "../validate/schemaDecl";

export interface Subset {
  readonly schemas: ValidSchemas;
  /** Requested names that the schema set does not declare. */
  readonly unknown: readonly string[];
}

export function subsetSchemas(all: ValidSchemas, requested: readonly string[]): Subset {
  const types = new Map(all.types.map((t) => [t.name, t]));
  const enumNames = new Set(all.enums.map((e) => e.name));
  const subtypesOf = new Map<string, TypeDecl[]>();
  for (const t of all.types) {
    for (let base = t.base; base !== undefined; base = types.get(base)?.base) {
      const below = subtypesOf.get(base);
      if (below === undefined) subtypesOf.set(base, [t]);
      else below.push(t);
    }
  }
  const keptTypes = new Set<string>();
  const keptEnums = new Set<string>();
  const unknown = requested.filter((name) => !types.has(name) && !enumNames.has(name));
  const queue = requested.filter((name) => types.has(name));
  for (const name of requested) if (enumNames.has(name)) keptEnums.add(name);
  while (queue.length > 0) {
    const decl = types.get(queue.pop() ?? "");
    if (decl === undefined || keptTypes.has(decl.name)) continue;
    keptTypes.add(decl.name);
    if (decl.base !== undefined) queue.push(decl.base);
    for (const field of decl.fields) {
      // The enum a string field's documentation links to.
      if (field.enumHint !== undefined && enumNames.has(field.enumHint)) keptEnums.add(field.enumHint);
      const [only] = field.typeNames;
      // Primitives (a format of their own) and untyped slots name no declaration.
      if (field.typeNames.length === 1 && (only === ANY_TYPE || lookupFormat(only ?? "", field.format) !== undefined))
        continue;
      for (const typeName of field.typeNames) {
        if (enumNames.has(typeName)) keptEnums.add(typeName);
        else if (types.has(typeName)) queue.push(typeName, ...(subtypesOf.get(typeName) ?? []).map((s) => s.name));
      }
    }
  }
  const kept = all.types
    .filter((t) => keptTypes.has(t.name))
    .map((t) => {
      const leftOut = (subtypesOf.get(t.name) ?? []).some((s) => !keptTypes.has(s.name));
      return leftOut && !t.open ? { ...t, open: true } : t;
    });
  const files = new Set<string>([
    ...kept.map((t) => t.source),
    ...all.enums.filter((e) => keptEnums.has(e.name)).map((e) => e.source),
  ]);
  return {
    schemas: {
      types: kept,
      enums: all.enums.filter((e) => keptEnums.has(e.name)),
      // A subset is data types only: a method needs the types of the calls around it, which a few types do not have.
      methods: [],
      // Managed object types too: their properties reach far beyond a few types (a VirtualMachine's, 59 more).
      managedObjects: [],
      files: all.files.filter((f) => files.has(f)),
    },
    unknown,
  };
}
