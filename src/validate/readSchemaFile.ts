/**
 * Validate stage, part 1: checks the shape of one schema file (known keys, value kinds, names,
 * formats) and turns it into a typed `TypeDecl` that remembers where each piece came from. Problems that
 * need the whole set of files (unknown bases, cycles, duplicates) are checked in checkSchemaSet.ts.
 */
import * as path from "node:path";
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from "yaml";
import { diagnostic, type Diagnostic, type SourcePos } from "../diagnostic";
import { formatsFor, SCHEMA_PRIMITIVE_TYPES, SCHEMA_TYPE_KEYWORDS } from "../formats";
import type { LoadedFile } from "../load/loadSchemas";
import { FIELD_NAME, RESERVED_FIELD_NAMES, RESERVED_TYPE_NAMES, TYPE_NAME } from "./names";
import { didYouMean } from "./suggest";
import type { FieldDecl, TypeDecl } from "./schemaDecl";

const TYPE_KEYS = ["name", "extends", "description", "since", "deprecated", "fields"] as const;
const FIELD_KEYS = ["type", "format", "array", "optional", "description", "since", "deprecated", "refersTo"] as const;
const VERSION = /^[0-9]+(\.[0-9]+)*$/;

type Entries = ReadonlyMap<string, { readonly key: Node; readonly value: Node | null }>;

/** Reads one loaded file; returns `undefined` for the declaration when the file is unusable. */
export function readSchemaFile(file: LoadedFile): { decl: TypeDecl | undefined; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (at: SourcePos, code: string, message: string, hint: string): void => {
    diagnostics.push(diagnostic(at, code, message, hint));
  };
  const posOf = (node: Node | null | undefined): SourcePos => file.positionOf(node?.range?.[0] ?? 0);
  if (file.document.errors.length > 0) return { decl: undefined, diagnostics };

  const root = file.document.contents;
  if (!isMap(root)) {
    report(
      posOf(root),
      "not-a-mapping",
      "a schema file must be a YAML mapping",
      "start the file with `name: TypeName`, then `extends:`, `description:` and `fields:`",
    );
    return { decl: undefined, diagnostics };
  }

  /** Key/value pairs of a mapping, reporting keys that are not allowed. */
  const entries = (map: YAMLMap, allowed: readonly string[], where: string): Entries => {
    const out = new Map<string, { key: Node; value: Node | null }>();
    for (const pair of map.items as Pair<Node, Node | null>[]) {
      const keyNode = pair.key;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined || !allowed.includes(key)) {
        report(
          posOf(keyNode),
          "unknown-key",
          `unknown key "${key ?? "?"}" ${where}${didYouMean(key ?? "", allowed)}`,
          `allowed keys ${where}: ${allowed.join(", ")}`,
        );
        continue;
      }
      out.set(key, { key: keyNode, value: pair.value });
    }
    return out;
  };

  const stringAt = (entry: { key: Node; value: Node | null } | undefined, what: string): string | undefined => {
    if (entry === undefined) return undefined;
    const value = entry.value;
    if (isScalar(value) && typeof value.value === "string") return value.value;
    report(
      posOf(value ?? entry.key),
      "not-a-string",
      `${what} must be a string`,
      `write ${what} as text${isScalar(value) && typeof value.value === "number" ? ", in quotes" : ""}`,
    );
    return undefined;
  };

  const booleanAt = (entry: { key: Node; value: Node | null } | undefined, what: string): boolean | undefined => {
    if (entry === undefined) return undefined;
    const value = entry.value;
    if (isScalar(value) && typeof value.value === "boolean") return value.value;
    report(posOf(value ?? entry.key), "not-a-boolean", `${what} must be true or false`, `write \`true\` or \`false\``);
    return undefined;
  };

  const versionAt = (entry: { key: Node; value: Node | null } | undefined, what: string): string | undefined => {
    if (entry === undefined) return undefined;
    const value = entry.value;
    const text =
      isScalar(value) && (typeof value.value === "string" || typeof value.value === "number")
        ? String(value.value)
        : undefined;
    if (text !== undefined && typeof (value as { value: unknown }).value === "string" && VERSION.test(text))
      return text;
    report(
      posOf(value ?? entry.key),
      "bad-version",
      `${what} must be a quoted release number such as "9.1.0.0"`,
      `quote the version, for example since: "9.1.0.0"`,
    );
    return undefined;
  };

  const deprecatedAt = (entry: { key: Node; value: Node | null } | undefined): string | boolean | undefined => {
    if (entry === undefined) return undefined;
    const value = entry.value;
    if (isScalar(value) && (typeof value.value === "boolean" || typeof value.value === "string")) return value.value;
    report(
      posOf(value ?? entry.key),
      "bad-deprecated",
      "deprecated must be true, false or a text saying what to use instead",
      "write `deprecated: true` or `deprecated: Use X instead.`",
    );
    return undefined;
  };

  const top = entries(root, TYPE_KEYS, "in a type");
  const nameEntry = top.get("name");
  const name = stringAt(nameEntry, "name");
  if (nameEntry === undefined) {
    report(
      posOf(root),
      "missing-key",
      'missing key "name": every schema file declares one type',
      `add \`name: ${path.basename(file.displayPath).replace(/\.ya?ml$/, "")}\` at the top`,
    );
  } else if (name !== undefined) {
    if (!TYPE_NAME.test(name)) {
      report(
        posOf(nameEntry.value),
        "bad-type-name",
        `type name "${name}" is not a valid identifier`,
        "a type name starts with an upper-case letter and has only letters, digits and _, like vSphere's own",
      );
    } else if (RESERVED_TYPE_NAMES.has(name)) {
      report(
        posOf(nameEntry.value),
        "reserved-type-name",
        `type name "${name}" is reserved`,
        "the generated code uses this name for a built-in or run-time type; choose another name",
      );
    } else if (!/\.ya?ml$/.test(file.displayPath) || path.basename(file.displayPath).replace(/\.ya?ml$/, "") !== name) {
      report(
        posOf(nameEntry.value),
        "file-name",
        `type "${name}" is declared in "${path.basename(file.displayPath)}"`,
        `name the file ${name}.yaml so that each type is found where its name says`,
      );
    }
  }

  const extendsEntry = top.get("extends");
  const base = stringAt(extendsEntry, "extends");
  if (base !== undefined && !TYPE_NAME.test(base)) {
    report(
      posOf(extendsEntry?.value),
      "bad-type-name",
      `base type "${base}" is not a valid type name`,
      "extends names another schema type, such as SessionEvent",
    );
  }
  const description = stringAt(top.get("description"), "description") ?? "";
  const since = versionAt(top.get("since"), "since");
  const deprecated = deprecatedAt(top.get("deprecated"));

  const fields: FieldDecl[] = [];
  const fieldsEntry = top.get("fields");
  if (fieldsEntry !== undefined && !(isScalar(fieldsEntry.value) && fieldsEntry.value.value === null)) {
    if (!isMap(fieldsEntry.value)) {
      report(
        posOf(fieldsEntry.value ?? fieldsEntry.key),
        "not-a-mapping",
        "fields must be a mapping from field name to field",
        "write each field as `wireName:` followed by its indented keys (type, optional, description)",
      );
    } else {
      for (const pair of fieldsEntry.value.items as Pair<Node, Node | null>[]) {
        const field = readField(pair);
        if (field !== undefined) fields.push(field);
      }
    }
  }

  function readField(pair: Pair<Node, Node | null>): FieldDecl | undefined {
    const keyNode = pair.key;
    const fieldName = isScalar(keyNode) ? String(keyNode.value) : "";
    const at = posOf(keyNode);
    const reserved = RESERVED_FIELD_NAMES.get(fieldName);
    if (!FIELD_NAME.test(fieldName)) {
      report(
        at,
        "bad-field-name",
        `field name "${fieldName}" is not a valid identifier`,
        "a field name is the VI JSON member name: letters, digits and _, not starting with a digit",
      );
      return undefined;
    }
    if (reserved !== undefined) {
      report(at, "reserved-field-name", `field name "${fieldName}" cannot be declared`, `remove it: ${reserved}`);
      return undefined;
    }
    if (!isMap(pair.value)) {
      report(
        posOf(pair.value ?? keyNode),
        "not-a-mapping",
        `field "${fieldName}" must be a mapping`,
        "give the field its keys on indented lines, at least `type:`",
      );
      return undefined;
    }
    const where = `in field "${fieldName}"`;
    const keys = entries(pair.value, FIELD_KEYS, where);
    const typeEntry = keys.get("type");
    const typeName = stringAt(typeEntry, "type");
    if (typeEntry === undefined) {
      report(
        at,
        "missing-key",
        `missing key "type" ${where}`,
        `add \`type:\` with one of ${SCHEMA_TYPE_KEYWORDS.join(", ")} or a schema type name`,
      );
    }
    const formatEntry = keys.get("format");
    const format = stringAt(formatEntry, "format");
    if (typeName !== undefined && SCHEMA_PRIMITIVE_TYPES.includes(typeName)) {
      const { allowed, required } = formatsFor(typeName);
      if (format !== undefined && !allowed.includes(format)) {
        report(
          posOf(formatEntry?.value),
          "unknown-format",
          `unknown format "${format}" for type ${typeName}${didYouMean(format, allowed)}`,
          allowed.length > 0 ? `use one of: ${allowed.join(", ")}` : `type ${typeName} takes no format; remove the key`,
        );
      } else if (format === undefined && formatEntry === undefined && required) {
        report(
          posOf(typeEntry?.value),
          "missing-format",
          `type ${typeName} needs a format`,
          `add \`format:\` with one of ${allowed.join(", ")} (int32 is xsd:int, int64 is xsd:long)`,
        );
      }
    } else if (typeName !== undefined && format !== undefined) {
      report(
        posOf(formatEntry?.value),
        "unknown-format",
        `format "${format}" only applies to primitive types, not ${typeName}`,
        "remove the format key",
      );
    }
    return {
      name: fieldName,
      at,
      typeName: typeName ?? "",
      typeAt: posOf(typeEntry?.value ?? keyNode),
      format,
      array: booleanAt(keys.get("array"), "array") ?? false,
      optional: booleanAt(keys.get("optional"), "optional") ?? false,
      description: stringAt(keys.get("description"), "description") ?? "",
      since: versionAt(keys.get("since"), "since"),
      deprecated: deprecatedAt(keys.get("deprecated")),
      refersTo: stringAt(keys.get("refersTo"), "refersTo"),
    };
  }

  if (name === undefined || nameEntry === undefined) return { decl: undefined, diagnostics };
  return {
    decl: {
      name,
      file: file.displayPath,
      source: file.absolutePath,
      at: posOf(nameEntry.value),
      base,
      baseAt: posOf(extendsEntry?.value),
      description,
      since,
      deprecated,
      fields,
    },
    diagnostics,
  };
}
