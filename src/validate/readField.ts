/**
 * Reads one field of a type (also a method's parameter or return value, a managed object's property): its name, its
 * type or list of types, a format that fits the type, and the keys that document it, each problem reported where it is
 * with a hint. The largest part of a schema file, and the same for every use.
 */
import { isMap, isScalar, type Node, type Pair } from "yaml";
import { formatsFor, SCHEMA_PRIMITIVE_TYPES, SCHEMA_TYPE_KEYWORDS } from "../formats";
import { FIELD_NAME, RESERVED_FIELD_NAMES } from "./names";
import { FIELD_KEYS } from "./schemaKeys";
import type { FieldDecl } from "./schemaDecl";
import { didYouMean } from "./suggest";
import { YamlReader, type Entry } from "./yamlReader";

export function readField(
  r: YamlReader,
  pair: Entry,
  allowed: readonly string[] = FIELD_KEYS,
  what = "field",
): FieldDecl | undefined {
  const keyNode = pair.key;
  const fieldName = isScalar(keyNode) ? String(keyNode.value) : "";
  const at = r.posOf(keyNode);
  const reserved = RESERVED_FIELD_NAMES.get(fieldName);
  if (!FIELD_NAME.test(fieldName)) {
    r.report(
      at,
      "bad-field-name",
      `${what} name "${fieldName}" is not a valid identifier`,
      "a field name is the VI JSON member name: letters, digits and _, not starting with a digit",
    );
    return undefined;
  }
  if (reserved !== undefined) {
    r.report(at, "reserved-field-name", `${what} name "${fieldName}" cannot be declared`, `remove it: ${reserved}`);
    return undefined;
  }
  if (!isMap(pair.value)) {
    r.report(
      r.posOf(pair.value ?? keyNode),
      "not-a-mapping",
      `${what} "${fieldName}" must be a mapping`,
      "give the field its keys on indented lines, at least `type:`",
    );
    return undefined;
  }
  const where = `in ${what} "${fieldName}"`;
  const keys = r.entries(pair.value, allowed, where);
  const typeEntry = keys.get("type");
  const typeNames = r.strings(typeEntry, "type");
  if (typeEntry === undefined) {
    r.report(
      at,
      "missing-key",
      `missing key "type" ${where}`,
      `add \`type:\` with one of ${SCHEMA_TYPE_KEYWORDS.join(", ")} or a schema type name`,
    );
  }
  const typeName = typeNames?.length === 1 ? typeNames[0] : undefined;
  if (typeNames !== undefined && typeNames.length !== 1) {
    const keyword = typeNames.find((t) => SCHEMA_TYPE_KEYWORDS.includes(t));
    if (typeNames.length < 2 || keyword !== undefined) {
      r.report(
        r.posOf(typeEntry?.value),
        "bad-type-list",
        keyword === undefined
          ? "a list of types needs at least two schema types"
          : `a list of types may only name schema object types, not ${keyword}`,
        "write one type, or list the object types a value may be: type: [MethodFault, LocalizedMethodFault]",
      );
    }
  }
  const formatEntry = keys.get("format");
  const format = r.string(formatEntry, "format");
  if (typeName !== undefined && SCHEMA_PRIMITIVE_TYPES.includes(typeName)) {
    const { allowed, required } = formatsFor(typeName);
    if (format !== undefined && !allowed.includes(format)) {
      // `type: number, format: int32`: the format is right and the type is not.
      const owner = SCHEMA_PRIMITIVE_TYPES.find((t) => t !== typeName && formatsFor(t).allowed.includes(format));
      r.report(
        r.posOf(formatEntry?.value),
        "unknown-format",
        owner === undefined
          ? `unknown format "${format}" for type ${typeName}${didYouMean(format, allowed)}`
          : `format "${format}" is not one of type ${typeName}'s (did you mean type: ${owner}?)`,
        owner !== undefined
          ? `${format} is a format of type ${owner}: write type: ${owner}` +
              (allowed.length > 0
                ? `, or keep type ${typeName} with one of: ${allowed.join(", ")}`
                : `, or remove the format to keep type ${typeName}`)
          : allowed.length > 0
            ? `use one of: ${allowed.join(", ")}`
            : `type ${typeName} takes no format; remove the key`,
      );
    } else if (format === undefined && formatEntry === undefined && required) {
      r.report(
        r.posOf(typeEntry?.value),
        "missing-format",
        `type ${typeName} needs a format`,
        `add \`format:\` with one of ${allowed.join(", ")} (int32 is xsd:int, int64 is xsd:long)`,
      );
    }
  } else if (typeNames !== undefined && format !== undefined) {
    r.report(
      r.posOf(formatEntry?.value),
      "unknown-format",
      `format "${format}" only applies to primitive types, not ${typeNames.join(", ")}`,
      "remove the format key",
    );
  }
  const enumHintEntry = keys.get("enumHint");
  const enumHint = r.string(enumHintEntry, "enumHint");
  if (enumHint !== undefined && typeName !== "string") {
    r.report(
      r.posOf(enumHintEntry?.value),
      "bad-enum-hint",
      `enumHint applies to string fields only, not to ${typeNames?.join(", ") ?? "this field"}`,
      "type the field with the enum itself (type: TheEnum), or remove enumHint",
    );
  }
  const govmomiEntry = keys.get("govmomiName");
  const govmomiName = r.string(govmomiEntry, "govmomiName");
  if (govmomiName !== undefined && (!FIELD_NAME.test(govmomiName) || RESERVED_FIELD_NAMES.has(govmomiName))) {
    r.report(
      r.posOf(govmomiEntry?.value),
      "bad-govmomi-name",
      `govmomiName "${govmomiName}" is not a member name (letters, digits and _, not starting with a digit)`,
      "write the Go field name as govmomi's struct declares it, for example ServerGUID",
    );
  }
  return {
    name: fieldName,
    at,
    govmomiName,
    typeNames: typeNames ?? [],
    typeAt: r.posOf(typeEntry?.value ?? keyNode),
    format,
    array: r.boolean(keys.get("array"), "array") ?? false,
    optional: r.boolean(keys.get("optional"), "optional") ?? false,
    description: r.string(keys.get("description"), "description") ?? "",
    since: r.version(keys.get("since"), "since"),
    deprecated: r.deprecated(keys.get("deprecated")),
    refersTo: r.string(keys.get("refersTo"), "refersTo"),
    enumHint,
    enumHintAt: r.posOf(enumHintEntry?.value ?? keyNode),
  };
}

/**
 * A mapping of fields (a type's `fields:`, a managed object's `properties:`): each read with `readField`; nothing, or a
 * `not-a-mapping` problem with `hint`, when it is not one. Absent or written as nothing, it has none.
 */
export function readFieldMap(
  r: YamlReader,
  entry: Entry | undefined,
  allowed: readonly string[],
  what: string,
  hint: string,
): FieldDecl[] {
  if (entry === undefined || YamlReader.isEmpty(entry)) return [];
  if (!isMap(entry.value)) {
    r.report(
      r.posOf(entry.value ?? entry.key),
      "not-a-mapping",
      `${what === "field" ? "fields" : "properties"} must be a mapping from ${what} name to ${what}`,
      hint,
    );
    return [];
  }
  return (entry.value.items as Pair<Node, Node | null>[]).flatMap((pair) => readField(r, pair, allowed, what) ?? []);
}
