/**
 * Reads VMware's VI JSON OpenAPI document (vi-json.yaml, or its JSON form) into schema texts of this
 * project's format: `allOf` inheritance, `_typeName` discriminators, `format: int32/int64/date-time`,
 * `X_enum` string schemas, `ArrayOfX` boxes (skipped: boxes are implicit here), and `***Since:***` notes
 * and "Refers instance of" lines lifted out of descriptions into `since:` and `refersTo:`. Its method operations
 * (`POST /{moType}/{moId}/{Method}`) are read here and turned into method texts by viJsonMethods.ts.
 */
import { parse } from "yaml";
import type { EnumText, FieldText, TypeText } from "./schemaYaml";

export type Json = Record<string, unknown>;

/** Thrown for a document or a request the importer cannot follow; the message says what to do. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

const REF_PREFIX = "#/components/schemas/";
const ENUM_SUFFIX = "_enum";
/** VI JSON names the root data type `DataObject` (and its own root `Any`); the WSDL and these schemas say DynamicData. */
const ROOT_NAMES: ReadonlyMap<string, string | undefined> = new Map([
  ["DataObject", "DynamicData"],
  ["Any", undefined],
]);
/**
 * Fields the spec types `MethodFault` may hold the fault or govmomi's `LocalizedMethodFault` wrapper (FACTS 2), so
 * they list both, as the transcribed catalogue does.
 */
const FAULT_OR_WRAPPER = ["MethodFault", "LocalizedMethodFault"];
/** `MoTypes_enum` lists managed-object type names, an open set that grows each release: kept a string. */
const STRING_ENUMS: ReadonlySet<string> = new Set(["MoTypes"]);

const SINCE = /\n?\s*\*\*\*Since:\*\*\* vSphere API Release ([0-9.]+)\s*/;
const REFERS = /\n?\s*Refers instance of \*([A-Za-z0-9_]+)\*\.\s*/;

/** How many aliases a document may resolve (the yaml package's default is 100; VMware's document needs none). */
const MAX_ALIASES = 10_000;

/**
 * A value of the document as a message shows it: JSON cut to `max` characters, a node that contains itself (a YAML
 * alias inside its own anchor) shown as `[circular]`.
 */
export function shownValue(value: unknown, max = 80): string {
  const open: unknown[] = [];
  const text = JSON.stringify(value, function (this: unknown, _key: string, v: unknown) {
    // The replacer is called with the holder as `this`: the path from the root is what is still open.
    while (open.length > 0 && open[open.length - 1] !== this) open.pop();
    if (typeof v === "object" && v !== null) {
      if (open.includes(v)) return "[circular]";
      open.push(v);
    }
    return v;
  }) as string | undefined;
  return (text ?? String(value)).slice(0, max);
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A method operation of the document: the managed object type it is called on, and the operation. */
export interface SpecOperation {
  readonly on: string;
  readonly operation: Json;
}

/** What the importer reads of a VI JSON document: its schemas by name, and its method operations by method name. */
export interface Spec {
  readonly schemas: ReadonlyMap<string, Json>;
  readonly operations: ReadonlyMap<string, SpecOperation>;
}

/** `/{moType}/{moId}/{Method}`: a method's path (property reads are `GET /{moType}/{moId}/{property}`). */
const METHOD_PATH = /^\/([A-Za-z][A-Za-z0-9_]*)\/\{moId\}\/([A-Za-z][A-Za-z0-9_]*)$/;

/** The schemas and method operations of a VI JSON document. */
export function readSpec(text: string, file: string): Spec {
  let doc: unknown;
  try {
    // Aliases bounded: a few nested ones could otherwise expand to millions of nodes.
    doc = parse(text, { maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new ImportError(`${file}: not valid YAML or JSON (${(error as Error).message.split("\n")[0] ?? ""})`);
  }
  const schemas = isObject(doc) && isObject(doc["components"]) ? doc["components"]["schemas"] : undefined;
  if (!isObject(schemas))
    throw new ImportError(`${file}: no components.schemas; expected VMware's VI JSON OpenAPI document (vi-json.yaml)`);
  const operations = new Map<string, SpecOperation>();
  const paths = isObject(doc) && isObject(doc["paths"]) ? doc["paths"] : {};
  for (const [where, item] of Object.entries(paths)) {
    const match = METHOD_PATH.exec(where);
    if (match === null || !isObject(item) || !isObject(item["post"])) continue;
    const [, on = "", method = ""] = match;
    // A method is declared on the type that defines it; a subtype's path repeats it (first one kept).
    if (!operations.has(method)) operations.set(method, { on, operation: item["post"] });
  }
  return { schemas: new Map(Object.entries(schemas).filter((e): e is [string, Json] => isObject(e[1]))), operations };
}

export function refName(value: unknown): string | undefined {
  return isObject(value) && typeof value["$ref"] === "string" && value["$ref"].startsWith(REF_PREFIX)
    ? value["$ref"].slice(REF_PREFIX.length)
    : undefined;
}

/** The `$ref` of a property: bare, or wrapped in `allOf` when the property has its own description. */
function propertyRef(prop: Json): string | undefined {
  return (
    refName(prop) ??
    (Array.isArray(prop["allOf"]) ? prop["allOf"].map(refName).find((n) => n !== undefined) : undefined)
  );
}

/** A description with its `Since` note and `Refers instance of` line taken out. */
export function splitDescription(raw: unknown): { description: string; since?: string; refersTo?: string } {
  let text = typeof raw === "string" ? raw : "";
  const since = SINCE.exec(text)?.[1];
  const refersTo = REFERS.exec(text)?.[1];
  text = text.replace(SINCE, "\n").replace(REFERS, "\n");
  return {
    description: text.replace(/[ \t]+$/gm, "").trim(),
    ...(since === undefined ? {} : { since }),
    ...(refersTo === undefined ? {} : { refersTo }),
  };
}

/** Our name for a spec schema name: `X_enum` is enum X, `DataObject` is DynamicData. */
export function localName(specName: string): string | undefined {
  if (ROOT_NAMES.has(specName)) return ROOT_NAMES.get(specName);
  return specName.endsWith(ENUM_SUFFIX) ? specName.slice(0, -ENUM_SUFFIX.length) : specName;
}

/** The spec's name for one of ours. */
export function specName(name: string, schemas: ReadonlyMap<string, Json>): string | undefined {
  for (const candidate of [
    name,
    `${name}${ENUM_SUFFIX}`,
    ...[...ROOT_NAMES].filter(([, v]) => v === name).map(([k]) => k),
  ])
    if (schemas.has(candidate)) return candidate;
  return undefined;
}

const PRIMITIVES: Readonly<Record<string, true>> = { string: true, boolean: true, integer: true, number: true };

/** One property as a field, and the schema names it refers to (for `--closure`). */
export function fieldOf(
  name: string,
  prop: Json,
  required: boolean,
  where: string,
): { field: FieldText; refs: string[] } {
  const { description, since, refersTo } = splitDescription(prop["description"]);
  const array = prop["type"] === "array";
  const element = array ? prop["items"] : prop;
  if (!isObject(element)) throw new ImportError(`${where}.${name}: an array without items`);
  const ref = propertyRef(element);
  let type: string | readonly string[];
  let format: string | undefined;
  const refs: string[] = [];
  if (ref !== undefined) {
    const local = localName(ref);
    if (ref === "Any") type = "any";
    else if (ref.endsWith(ENUM_SUFFIX) && STRING_ENUMS.has(local ?? "")) type = "string";
    else if (ref === "MethodFault") {
      type = FAULT_OR_WRAPPER;
      refs.push("MethodFault", "LocalizedMethodFault");
    } else {
      type = local ?? "any";
      refs.push(ref);
    }
  } else if (typeof element["type"] === "string" && PRIMITIVES[element["type"]] === true) {
    type = element["type"];
    format = typeof element["format"] === "string" ? element["format"] : undefined;
  } else {
    throw new ImportError(`${where}.${name}: a property this importer cannot read (${shownValue(element)})`);
  }
  return {
    field: {
      name,
      type,
      format,
      array,
      optional: !required,
      since,
      deprecated: prop["deprecated"] === true ? true : undefined,
      refersTo,
      description,
    },
    refs,
  };
}

/** One spec schema as a schema text, and the spec schema names it refers to. */
export function schemaTextOf(
  name: string,
  schema: Json,
  subtyped: ReadonlySet<string>,
): { text: TypeText | EnumText; refs: string[] } {
  const local = localName(name) ?? name;
  const { description, since } = splitDescription(schema["description"]);
  if (name.endsWith(ENUM_SUFFIX)) {
    if (!Array.isArray(schema["enum"])) throw new ImportError(`${name}: an enum schema without enum values`);
    // Descriptions list `- \`value\`: doc`; each value keeps its own doc and since.
    const docs = new Map<string, { description: string; since?: string }>();
    for (const match of description.matchAll(/^- `([^`]+)`(?::\s*(.*))?$/gm)) {
      if (match[1] !== undefined) docs.set(match[1], splitDescription(match[2] ?? ""));
    }
    const intro = description.replace(/Possible values:[\s\S]*$/, "").trim();
    return {
      text: {
        kind: "enum",
        name: local,
        since,
        description: intro,
        values: schema["enum"].map((v: unknown) => {
          if (typeof v !== "string" && typeof v !== "number")
            throw new ImportError(`${name}: the enum value ${shownValue(v)} is not a string; enum values are names`);
          return { value: String(v), ...docs.get(String(v)) };
        }),
      },
      refs: [],
    };
  }
  const bases = Array.isArray(schema["allOf"]) ? schema["allOf"].map(refName).filter((n) => n !== undefined) : [];
  const base = bases[0] === undefined ? undefined : localName(bases[0]);
  const required = new Set(Array.isArray(schema["required"]) ? schema["required"].map(String) : []);
  const properties = isObject(schema["properties"]) ? schema["properties"] : {};
  const refs = bases.filter((b) => localName(b) !== undefined);
  const fields: FieldText[] = [];
  for (const [prop, value] of Object.entries(properties)) {
    if (prop === "_typeName" || !isObject(value)) continue;
    const { field, refs: more } = fieldOf(prop, value, required.has(prop), local);
    fields.push(field);
    refs.push(...more);
  }
  return {
    text: {
      kind: "type",
      name: local,
      extends: base,
      open: subtyped.has(name),
      since,
      deprecated: schema["deprecated"] === true ? true : undefined,
      description,
      fields,
    },
    refs,
  };
}

/** Spec schemas that some other schema extends (`allOf`): their subtypes exist, so they are open. */
export function extendedSchemas(schemas: ReadonlyMap<string, Json>): Set<string> {
  const out = new Set<string>();
  for (const schema of schemas.values()) {
    if (Array.isArray(schema["allOf"]))
      for (const b of schema["allOf"]) if (refName(b) !== undefined) out.add(refName(b) ?? "");
  }
  return out;
}
