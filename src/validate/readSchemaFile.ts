/**
 * Validate stage, part 1: checks the shape of one schema file (known keys, value kinds, names,
 * formats) and turns it into a typed declaration that remembers where each piece came from: a
 * `TypeDecl` for a file with `fields:`, an `EnumDecl` for a file with `enum:`, a `MethodDecl` for a file with `on:`
 * (the managed object type a method is called on), a `ManagedObjectDecl` for a file with `properties:`. Problems that need the
 * whole set of files (unknown bases, cycles, duplicates) are checked in checkSchemaSet.ts. This module reads type and
 * enum files; a method file is read by readMethod.ts, a managed object's by readManagedObject.ts, a field by readField.ts, the name by readName.ts, against the
 * keys in schemaKeys.ts.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from "yaml";
import type { Diagnostic } from "../diagnostic";
import type { LoadedFile } from "../load/loadSchemas";
import { TYPE_NAME } from "./names";
import { readFieldMap } from "./readField";
import { readManagedObject } from "./readManagedObject";
import { readMethod } from "./readMethod";
import { readName } from "./readName";
import { laterRelease } from "./releases";
import { didYouMean } from "./suggest";
import type { EnumDecl, EnumValueDecl, FieldDecl, SchemaDecl, TypeDecl } from "./schemaDecl";
import { ENUM_KEYS, FIELD_KEYS, SUBTYPES, TYPE_KEYS, VALUE_KEYS } from "./schemaKeys";
import { YamlReader } from "./yamlReader";

export {
  ENUM_KEYS,
  FIELD_KEYS,
  MANAGED_OBJECT_KEYS,
  METHOD_KEYS,
  PROPERTY_KEYS,
  RETURN_KEYS,
  SUBTYPES,
  TYPE_KEYS,
  VALUE_KEYS,
} from "./schemaKeys";

/** Reads one loaded file; returns `undefined` for the declaration when the file is unusable. */
export function readSchemaFile(file: LoadedFile): { decl: SchemaDecl | undefined; diagnostics: Diagnostic[] } {
  const r = new YamlReader(file);
  // A duplicate key leaves the document readable (the load stage has reported it): its other problems are found too.
  if (file.document.errors.some((e) => e.code !== "DUPLICATE_KEY"))
    return { decl: undefined, diagnostics: r.diagnostics };
  const root = file.document.contents;
  if (!isMap(root)) {
    r.report(
      r.posOf(root),
      "not-a-mapping",
      "a schema file must be a YAML mapping",
      "start the file with `name: TypeName`, then `extends:`, `description:` and `fields:` (or `enum:` for an enum)",
    );
    return { decl: undefined, diagnostics: r.diagnostics };
  }
  const has = (key: string): boolean => root.items.some((pair) => isScalar(pair.key) && pair.key.value === key);
  const decl = has("on")
    ? readMethod(r, root)
    : has("enum")
      ? readEnum(r, root)
      : has("properties")
        ? readManagedObject(r, root)
        : readType(r, root);
  return { decl, diagnostics: r.diagnostics };
}

function readType(r: YamlReader, root: YAMLMap): TypeDecl | undefined {
  const top = r.entries(root, TYPE_KEYS, "in a type");
  const named = readName(r, root, top);
  const extendsEntry = top.get("extends");
  const base = r.string(extendsEntry, "extends");
  if (base !== undefined && !TYPE_NAME.test(base)) {
    r.report(
      r.posOf(extendsEntry?.value),
      "bad-type-name",
      `base type "${base}" is not a valid type name`,
      "extends names another schema type, such as SessionEvent",
    );
  }
  const subtypesEntry = top.get("subtypes");
  const subtypes = r.string(subtypesEntry, "subtypes");
  if (subtypes !== undefined && !(SUBTYPES as readonly string[]).includes(subtypes)) {
    r.report(
      r.posOf(subtypesEntry?.value),
      "bad-subtypes",
      `subtypes must be "open" or "closed", not "${subtypes}"${didYouMean(subtypes, SUBTYPES)}`,
      "write `subtypes: open` when vSphere has subtypes of this type that no schema declares",
    );
  }
  const fields = readFieldMap(
    r,
    top.get("fields"),
    FIELD_KEYS,
    "field",
    "write each field as `wireName:` followed by its indented keys (type, optional, description)",
  );
  const { description, since, deprecated } = r.docs(top);
  for (const field of fields) lateButRequired(r, field, named?.name ?? "the type", since);
  if (named === undefined) return undefined;
  return {
    kind: "type",
    name: named.name,
    file: r.file.displayPath,
    source: r.file.absolutePath,
    at: named.at,
    base,
    baseAt: r.posOf(extendsEntry?.value),
    description,
    since,
    deprecated,
    open: subtypes === "open",
    fields,
  };
}

/**
 * The since rule: a field added after its type is absent from the servers (and sessions) of the releases before it,
 * so it is declared optional. A type without `since` is from the first release, before any field's.
 */
function lateButRequired(r: YamlReader, field: FieldDecl, typeName: string, typeSince: string | undefined): void {
  if (field.since === undefined || field.optional) return;
  if (typeSince !== undefined && !laterRelease(field.since, typeSince)) return;
  r.report(
    field.at,
    "late-required-field",
    `required field "${field.name}" came in ${field.since}, after ${typeName} (${typeSince === undefined ? "from the first release" : `since ${typeSince}`}): servers and sessions before ${field.since} leave it out, and decoding their answers would fail`,
    "add optional: true (the YAML guide's since rule)",
  );
}

function readEnum(r: YamlReader, root: YAMLMap): EnumDecl | undefined {
  const top = r.entries(root, ENUM_KEYS, "in an enum");
  const named = readName(r, root, top);
  const values: EnumValueDecl[] = [];
  const enumEntry = top.get("enum");
  const addValue = (keyNode: Node | null, docs: Node | null): void => {
    const at = r.posOf(keyNode);
    const value = isScalar(keyNode) ? keyNode.value : undefined;
    if (typeof value !== "string" || value === "") {
      r.report(
        at,
        "bad-enum-value",
        "an enum value must be a non-empty string",
        value === "" ? "write the value itself, or leave the entry out" : 'quote the value: "123"',
      );
      return;
    }
    if (values.some((v) => v.value === value)) {
      r.report(at, "duplicate-enum-value", `enum value "${value}" is listed twice`, "list each value once");
      return;
    }
    if (docs !== null && !(isScalar(docs) && docs.value === null) && !isMap(docs)) {
      r.report(
        r.posOf(docs),
        "not-a-mapping",
        `enum value "${value}" must be a mapping or nothing`,
        "give the value indented keys: description, since, deprecated",
      );
      return;
    }
    const keys = isMap(docs) ? r.entries(docs, VALUE_KEYS, `in enum value "${value}"`) : new Map();
    values.push({
      value,
      at,
      description: r.string(keys.get("description"), "description") ?? "",
      since: r.version(keys.get("since"), "since"),
      deprecated: r.deprecated(keys.get("deprecated")),
    });
  };
  const listed = enumEntry?.value;
  if (isSeq(listed) && listed.items.length > 0) {
    for (const item of listed.items as (Node | null)[]) addValue(item, null);
  } else if (isMap(listed) && listed.items.length > 0) {
    for (const pair of listed.items as Pair<Node, Node | null>[]) addValue(pair.key, pair.value);
  } else {
    r.report(
      r.posOf(listed ?? enumEntry?.key),
      "not-a-mapping",
      "enum must list the values: a sequence, or a mapping from each value to its documentation",
      "write `enum: [a, b]`, or each value on its own line followed by an indented `description:`",
    );
  }
  const { description, since, deprecated } = r.docs(top);
  if (named === undefined) return undefined;
  return {
    kind: "enum",
    name: named.name,
    file: r.file.displayPath,
    source: r.file.absolutePath,
    at: named.at,
    description,
    since,
    deprecated,
    values,
  };
}
