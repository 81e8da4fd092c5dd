/**
 * Reads a managed object type's schema file (one with `properties:`): its base managed object type and its
 * properties, each read as a field is, into a `ManagedObjectDecl`. A property's `since` is documentation: a server
 * older than the property answers a read of it with an InvalidProperty fault, not with the property left out, so the
 * fields' since rule (a late field is optional) does not apply here.
 */
import { isMap, type Node, type Pair, type YAMLMap } from "yaml";
import { TYPE_NAME } from "./names";
import { readField } from "./readField";
import { readName } from "./readName";
import type { FieldDecl, ManagedObjectDecl } from "./schemaDecl";
import { MANAGED_OBJECT_KEYS, PROPERTY_KEYS } from "./schemaKeys";
import { YamlReader } from "./yamlReader";

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
  const properties: FieldDecl[] = [];
  const propertiesEntry = top.get("properties");
  // `properties: {}` declares a managed object type without properties of its own.
  if (propertiesEntry !== undefined && !YamlReader.isEmpty(propertiesEntry)) {
    if (!isMap(propertiesEntry.value)) {
      r.report(
        r.posOf(propertiesEntry.value ?? propertiesEntry.key),
        "not-a-mapping",
        "properties must be a mapping from property name to property",
        "write each property as `name:` followed by its indented keys (type, optional, description), or `properties: {}`",
      );
    } else {
      for (const pair of propertiesEntry.value.items as Pair<Node, Node | null>[]) {
        const property = readField(r, pair, PROPERTY_KEYS, "property");
        if (property !== undefined) properties.push(property);
      }
    }
  }
  const description = r.string(top.get("description"), "description") ?? "";
  const since = r.version(top.get("since"), "since");
  const deprecated = r.deprecated(top.get("deprecated"));
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
