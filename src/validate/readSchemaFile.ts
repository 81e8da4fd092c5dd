/**
 * Validate stage, part 1: checks the shape of one schema file (known keys, value kinds, names,
 * formats) and turns it into a typed declaration that remembers where each piece came from: a
 * `TypeDecl` for a file with `fields:`, an `EnumDecl` for a file with `enum:`, a `MethodDecl` for a file with `on:`
 * (the managed object type a method is called on). Problems that need the
 * whole set of files (unknown bases, cycles, duplicates) are checked in checkSchemaSet.ts.
 */
import * as path from "node:path";
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from "yaml";
import type { Diagnostic, SourcePos } from "../diagnostic";
import { formatsFor, SCHEMA_PRIMITIVE_TYPES, SCHEMA_TYPE_KEYWORDS } from "../formats";
import type { LoadedFile } from "../load/loadSchemas";
import { FIELD_NAME, RESERVED_FIELD_NAMES, RESERVED_TYPE_NAMES, TYPE_NAME } from "./names";
import { didYouMean } from "./suggest";
import type { EnumDecl, EnumValueDecl, FaultDecl, FieldDecl, MethodDecl, SchemaDecl, TypeDecl } from "./schemaDecl";
import { YamlReader, type Entries, type Entry } from "./yamlReader";

export const TYPE_KEYS = ["name", "extends", "description", "since", "deprecated", "subtypes", "fields"] as const;
export const ENUM_KEYS = ["name", "description", "since", "deprecated", "enum"] as const;
export const METHOD_KEYS = ["name", "on", "description", "since", "deprecated", "params", "returns", "faults"] as const;
/** The keys of a method's return value: a field's, less what only a member has. */
export const RETURN_KEYS = ["type", "format", "array", "optional", "description", "refersTo", "enumHint"] as const;
export const FIELD_KEYS = [
  "type",
  "format",
  "array",
  "optional",
  "description",
  "since",
  "deprecated",
  "refersTo",
  "enumHint",
  "govmomiName",
] as const;
export const VALUE_KEYS = ["description", "since", "deprecated"] as const;
export const SUBTYPES = ["open", "closed"] as const;

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
  const decl = has("on") ? readMethod(r, root) : has("enum") ? readEnum(r, root) : readType(r, root);
  return { decl, diagnostics: r.diagnostics };
}

/** The declared name, checked against the file name; `undefined` when missing or invalid. */
function readName(r: YamlReader, root: YAMLMap, top: Entries): { name: string; at: SourcePos } | undefined {
  const nameEntry = top.get("name");
  const name = r.string(nameEntry, "name");
  const stem = path.basename(r.file.displayPath).replace(/\.ya?ml$/, "");
  if (nameEntry === undefined) {
    r.report(
      r.posOf(root),
      "missing-key",
      'missing key "name": every schema file declares one type',
      `add \`name: ${stem}\` at the top`,
    );
    return undefined;
  }
  if (name === undefined) return undefined;
  const at = r.posOf(nameEntry.value);
  if (!TYPE_NAME.test(name)) {
    r.report(
      at,
      "bad-type-name",
      `type name "${name}" is not a valid identifier`,
      "a type name starts with an upper-case letter and has only letters, digits and _, like vSphere's own",
    );
  } else if (RESERVED_TYPE_NAMES.has(name)) {
    r.report(
      at,
      "reserved-type-name",
      `type name "${name}" is reserved`,
      "the generated code uses this name for a built-in or run-time type; choose another name",
    );
  } else if (!/\.ya?ml$/.test(r.file.displayPath) || stem !== name) {
    r.report(
      at,
      "file-name",
      `type "${name}" is declared in "${path.basename(r.file.displayPath)}"`,
      `name the file ${name}.yaml so that each type is found where its name says`,
    );
  }
  return { name, at };
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
  const fields: FieldDecl[] = [];
  const fieldsEntry = top.get("fields");
  if (!YamlReader.isEmpty(fieldsEntry) && fieldsEntry !== undefined) {
    if (!isMap(fieldsEntry.value)) {
      r.report(
        r.posOf(fieldsEntry.value ?? fieldsEntry.key),
        "not-a-mapping",
        "fields must be a mapping from field name to field",
        "write each field as `wireName:` followed by its indented keys (type, optional, description)",
      );
    } else {
      for (const pair of fieldsEntry.value.items as Pair<Node, Node | null>[]) {
        const field = readField(r, pair);
        if (field !== undefined) fields.push(field);
      }
    }
  }
  const description = r.string(top.get("description"), "description") ?? "";
  const since = r.version(top.get("since"), "since");
  const deprecated = r.deprecated(top.get("deprecated"));
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

function readField(
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

/** Method parameters every call already has, with why. */
const IMPLICIT_PARAMS: ReadonlyMap<string, string> = new Map([
  ["_this", "every method takes the managed object it is called on as _this; do not declare it"],
]);

function readMethod(r: YamlReader, root: YAMLMap): MethodDecl | undefined {
  const top = r.entries(root, METHOD_KEYS, "in a method");
  const named = readName(r, root, top);
  const onEntry = top.get("on");
  const on = r.string(onEntry, "on");
  if (on !== undefined && !TYPE_NAME.test(on)) {
    r.report(
      r.posOf(onEntry?.value),
      "bad-type-name",
      `managed object type "${on}" is not a valid type name`,
      "on names the managed object type the method is called on, such as EventManager",
    );
  }
  const params: FieldDecl[] = [];
  const paramsEntry = top.get("params");
  if (!YamlReader.isEmpty(paramsEntry) && paramsEntry !== undefined) {
    if (!isMap(paramsEntry.value)) {
      r.report(
        r.posOf(paramsEntry.value ?? paramsEntry.key),
        "not-a-mapping",
        "params must be a mapping from parameter name to parameter",
        "write each parameter as `name:` followed by its indented keys (type, optional, description), in WSDL order",
      );
    } else {
      for (const pair of paramsEntry.value.items as Pair<Node, Node | null>[]) {
        const name = isScalar(pair.key) ? String(pair.key.value) : "";
        const implicit = IMPLICIT_PARAMS.get(name);
        if (implicit !== undefined) {
          r.report(r.posOf(pair.key), "reserved-field-name", `parameter "${name}" cannot be declared`, implicit);
          continue;
        }
        const param = readField(r, pair, FIELD_KEYS, "parameter");
        if (param !== undefined) params.push(param);
      }
    }
  }
  const returnsEntry = top.get("returns");
  let returns: FieldDecl | undefined;
  if (returnsEntry !== undefined && !YamlReader.isEmpty(returnsEntry)) {
    returns = readField(r, returnsEntry, RETURN_KEYS, "return value");
  }
  const faults: FaultDecl[] = [];
  const faultsEntry = top.get("faults");
  if (faultsEntry !== undefined && !YamlReader.isEmpty(faultsEntry)) {
    const listed = faultsEntry.value;
    if (!isSeq(listed)) {
      r.report(
        r.posOf(listed ?? faultsEntry.key),
        "not-a-list",
        "faults must be a list of fault type names",
        "write the faults the reference documents as a list: faults: [InvalidState, RuntimeFault]",
      );
    } else {
      for (const item of listed.items as (Node | null)[]) {
        const name = isScalar(item) ? item.value : undefined;
        if (typeof name !== "string" || !TYPE_NAME.test(name)) {
          r.report(
            r.posOf(item ?? listed),
            "bad-type-name",
            "each fault must be a fault type's name",
            "name a MethodFault subtype that a schema declares, such as InvalidState",
          );
        } else faults.push({ name, at: r.posOf(item) });
      }
    }
  }
  const description = r.string(top.get("description"), "description") ?? "";
  const since = r.version(top.get("since"), "since");
  const deprecated = r.deprecated(top.get("deprecated"));
  if (named === undefined || on === undefined) return undefined;
  return {
    kind: "method",
    name: named.name,
    file: r.file.displayPath,
    source: r.file.absolutePath,
    at: named.at,
    on,
    onAt: r.posOf(onEntry?.value),
    description,
    since,
    deprecated,
    params,
    returns,
    faults,
  };
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
      r.report(at, "bad-enum-value", "an enum value must be a non-empty string", 'quote the value: "123"');
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
  const description = r.string(top.get("description"), "description") ?? "";
  const since = r.version(top.get("since"), "since");
  const deprecated = r.deprecated(top.get("deprecated"));
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
