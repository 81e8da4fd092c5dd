/**
 * The one table of primitive formats. The validator reads it to know which `type`/`format` pairs a
 * schema may use; the emitters read it for the TypeScript type, the run-time check and the wording of
 * decode problems. Adding a format means adding a row here and its check to templates/core/runtime.ts (the names
 * below are `RuntimeValue`s: a check the run time does not export fails to compile).
 */
import type { RuntimeValue } from "./runtimeValues";

import type { FormatKey } from "../templates/core/formats";

/** The format keys, as the run time's table has them (templates/core/formats.ts): one list for both sides. */
export type { FormatKey };

export interface FormatSpec {
  readonly key: FormatKey;
  /** The schema's `type:` keyword for this format. */
  readonly schemaType: "string" | "boolean" | "integer" | "number";
  /** The schema's `format:` value, `undefined` when the format is the type's default. */
  readonly schemaFormat: string | undefined;
  /** TypeScript type of a decoded value. */
  readonly tsType: "string" | "boolean" | "number";
  /** Name of the run-time check in templates/core/runtime.ts. */
  readonly check: RuntimeValue;
  /** Where the rule comes from. */
  readonly source: string;
  /** The Go zero value govmomi writes for an unset plain field of this format (none for a date-time: a pointer). */
  readonly goZero: string | undefined;
}

export const FORMATS: readonly FormatSpec[] = [
  {
    key: "string",
    schemaType: "string",
    schemaFormat: undefined,
    tsType: "string",
    check: "isString",
    source: "xsd:string",
    goZero: '""',
  },
  {
    key: "date-time",
    schemaType: "string",
    schemaFormat: "date-time",
    tsType: "string",
    check: "isDateTime",
    source: "xsd:dateTime; RFC 3339 with a zone (FACTS 2)",
    goZero: undefined,
  },
  {
    key: "base64",
    schemaType: "string",
    schemaFormat: "byte",
    tsType: "string",
    check: "isBase64",
    source: "xsd:base64Binary",
    goZero: '""',
  },
  {
    key: "boolean",
    schemaType: "boolean",
    schemaFormat: undefined,
    tsType: "boolean",
    check: "isBoolean",
    source: "xsd:boolean",
    goZero: "false",
  },
  {
    key: "int8",
    schemaType: "integer",
    schemaFormat: "int8",
    tsType: "number",
    check: "isInt8",
    source: "xsd:byte",
    goZero: "0",
  },
  {
    key: "int16",
    schemaType: "integer",
    schemaFormat: "int16",
    tsType: "number",
    check: "isInt16",
    source: "xsd:short",
    goZero: "0",
  },
  {
    key: "int32",
    schemaType: "integer",
    schemaFormat: "int32",
    tsType: "number",
    check: "isInt32",
    source: "xsd:int (FACTS 2)",
    goZero: "0",
  },
  {
    key: "int64",
    schemaType: "integer",
    schemaFormat: "int64",
    tsType: "number",
    check: "isInt64",
    source: "xsd:long; safe integers only as number (FACTS 3.5)",
    goZero: "0",
  },
  {
    key: "double",
    schemaType: "number",
    schemaFormat: "double",
    tsType: "number",
    check: "isDouble",
    source: "xsd:double",
    goZero: "0",
  },
  {
    key: "double",
    schemaType: "number",
    schemaFormat: "float",
    tsType: "number",
    check: "isDouble",
    source: "xsd:float",
    goZero: "0",
  },
];

/** The primitive `type:` keywords a schema may use. */
export const SCHEMA_PRIMITIVE_TYPES: readonly string[] = ["boolean", "integer", "number", "string"];

/** The `type:` keyword of an untyped slot (xsd:anyType): the value names its own type with `_typeName`. */
export const ANY_TYPE = "any";

/** Every `type:` keyword that is not a schema type name. */
export const SCHEMA_TYPE_KEYWORDS: readonly string[] = [...SCHEMA_PRIMITIVE_TYPES, ANY_TYPE];

/** The `format:` values allowed with a primitive type; `required` when the type has no default format. */
export function formatsFor(schemaType: string): { allowed: string[]; required: boolean } {
  const rows = FORMATS.filter((f) => f.schemaType === schemaType);
  return {
    allowed: rows.flatMap((f) => (f.schemaFormat === undefined ? [] : [f.schemaFormat])),
    required: schemaType === "integer",
  };
}

/** The format of a primitive `type`/`format` pair, or `undefined` when the pair is not in the table. */
export function lookupFormat(schemaType: string, schemaFormat: string | undefined): FormatSpec | undefined {
  if (schemaType === "number" && schemaFormat === undefined) return lookupFormat("number", "double");
  return FORMATS.find((f) => f.schemaType === schemaType && f.schemaFormat === schemaFormat);
}

export function formatSpec(key: FormatKey): FormatSpec {
  const spec = FORMATS.find((f) => f.key === key);
  if (spec === undefined) throw new Error(`no format ${key}`);
  return spec;
}

/** How one format is represented and handled under the chosen code options. */
export interface FormatBehaviour {
  /** TypeScript type of a decoded value. */
  readonly tsType: string;
  /** Run-time check that a decoded value is valid (the guards use it). */
  readonly guard: RuntimeValue;
  /**
   * How a decoder reads the wire value: `check` it and keep it as copied, or `convert` it with a run-time
   * function `(value, path, c)` that records its own issues (`readInt64` also takes the holder and key, to find
   * the number's source text).
   */
  readonly decode:
    | { readonly kind: "check"; readonly check: RuntimeValue }
    | { readonly kind: "convert"; readonly convert: RuntimeValue; readonly needsHolder: boolean };
  /** Run-time function turning a decoded value back into its wire form, when they differ. */
  readonly encode: RuntimeValue | undefined;
}

export function behaviourOf(
  key: FormatKey,
  options: { readonly int64: string; readonly dateTime: string },
): FormatBehaviour {
  const spec = formatSpec(key);
  if (key === "int64" && options.int64 === "bigint") {
    return {
      tsType: "bigint",
      guard: "isInt64BigInt",
      decode: { kind: "convert", convert: "readInt64", needsHolder: true },
      encode: undefined,
    };
  }
  if (key === "date-time" && options.dateTime === "Date") {
    return {
      tsType: "Date",
      guard: "isDateValue",
      decode: { kind: "convert", convert: "readDateTime", needsHolder: false },
      encode: "writeDateTime",
    };
  }
  return { tsType: spec.tsType, guard: spec.check, decode: { kind: "check", check: spec.check }, encode: undefined };
}
