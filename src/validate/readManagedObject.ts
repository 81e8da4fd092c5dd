/**
 * Reads a managed object type's schema file (one with `properties:`): its base managed object type and its
 * properties, each read as a field is, into a `ManagedObjectDecl`. A property's `since` is documentation: a server
 * older than the property answers a read of it with an InvalidProperty fault, not with the property left out, so the
 * fields' since rule (a late field is optional) does not apply here.
 */
import type { YAMLMap } from "yaml";
import { TYPE_NAME } from "./names";
import { readFieldMap } from "./readField";
import { readName } from "./readName";
import type { ManagedObjectDecl } from "./schemaDecl";
import { MANAGED_OBJECT_KEYS, PROPERTY_KEYS } from "./schemaKeys";
import type { YamlReader } from "./yamlReader";

export function readManagedObject(r: YamlReader, root: YAMLMap): ManagedObjectDecl | undefined {
  const top = r.entries(root, MANAGED_OBJECT_KEYS, "in a managed object");
  const named = readName(r, root, top);
  const extendsEntry = top.get("extends");
  const base = r.string(extendsEntry, "extends");
  if (base !== undefined && !TYPE_NAME.test(base)) {
    r.report(
      r.posOf(extendsEntry?.value),
      "bad-type-name",
      `base managed object type "${base}" is not a valid type name`,
      "extends names another managed object type, such as ManagedEntity",
    );
  }
  // `properties: {}` declares a managed object type without properties of its own.
  const properties = readFieldMap(
    r,
    top.get("properties"),
    PROPERTY_KEYS,
    "property",
    "write each property as `name:` followed by its indented keys (type, optional, description), or `properties: {}`",
  );
  const { description, since, deprecated } = r.docs(top);
  if (named === undefined) return undefined;
  return {
    kind: "managedObject",
    name: named.name,
    file: r.file.displayPath,
    source: r.file.absolutePath,
    at: named.at,
    base,
    baseAt: r.posOf(extendsEntry?.value),
    description,
    since,
    deprecated,
    properties,
  };
}
