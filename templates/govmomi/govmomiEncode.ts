/**
 * The govmomi dialect's way back, typed values to govmomi JSON as Go's `encoding/json` writes govmomi's structs
 * (driven by the field table the generator writes), and the box names the decoder (gojson.ts) infers for bare values
 * in untyped slots, which the encoder must agree with for a round trip to keep a value. Copied into the output folder
 * with the other templates.
 */
import { isInt32, wireTypeName } from "../core/checks";
import { dateTimeText } from "../core/convert";
import { chainOf, type GovmomiType } from "./govmomiTable";

/**
 * The box name the dialect infers for a bare value in an untyped slot: `string`, `boolean`, `int` (an int32),
 * `long` (a larger integer), `double`, and for a slice of one kind `ArrayOfString`, ...; anything else is
 * `ArrayOfAnyType` or, for an object, `anyType`. The encoder writes a value bare only when this gives its box's
 * name back, so that a round trip keeps it.
 */
export function gmBoxName(value: unknown): string {
  switch (typeof value) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "bigint":
      return "long";
    case "number":
      if (!Number.isInteger(value)) return "double";
      return isInt32(value) ? "int" : "long";
    default:
      break;
  }
  if (!Array.isArray(value)) return "anyType";
  if (value.length === 0) return "ArrayOfAnyType";
  const names = new Set(value.map(gmBoxName));
  if (names.size === 2 && names.has("int") && names.has("long")) return "ArrayOfLong";
  if (names.size === 2 && names.has("double") && (names.has("int") || names.has("long")))
    return "ArrayOfDouble";
  const [only] = names;
  if (names.size !== 1 || only === undefined || only === "anyType" || only.startsWith("ArrayOf"))
    return "ArrayOfAnyType";
  return `ArrayOf${only.charAt(0).toUpperCase()}${only.slice(1)}`;
}

/** A decoded object, as the encoder reads it. */
type Decoded = Record<string, unknown> & { readonly _typeName: string };

/** Encodes one value of a field's element. */
function encodeElement(
  value: unknown,
  kind: string,
  declared: readonly string[],
  table: ReadonlyMap<string, GovmomiType>,
): unknown {
  switch (kind) {
    case "o":
    case "l":
      return gmEncodeAt(value as Decoded, declared[declared.length - 1] ?? "", table);
    case "a":
      return gmEncodeAny(value, table);
    default:
      return value instanceof Date ? dateTimeText(value) : value;
  }
}

/**
 * Encodes a value found where `declared` is declared: its fields under their Go names, every field present as Go
 * writes it (an unset pointer or slice `null`, an unset plain field its zero value); members it kept from
 * decoding are carried over. A value whose type is not the declared one carries a `_typeName` (the Go structs
 * cannot say it; govmomi ignores the member).
 */
export function gmEncodeAt(
  value: Decoded,
  declared: string,
  table: ReadonlyMap<string, GovmomiType>,
): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  // In a field listing types, `declared` is the last listed: the one a value without a name decodes as.
  const real = wireTypeName(value);
  if (real !== declared) o["_typeName"] = real;
  const chain = chainOf(table, value._typeName);
  for (const level of chain.levels) {
    for (const [vim, go, kind = "p", ...types] of level.fields) {
      const v = Object.prototype.hasOwnProperty.call(value, vim) ? value[vim] : undefined;
      const array = kind.endsWith("[]");
      const element = array ? kind.slice(0, -2) : kind;
      if (v === undefined) o[go] = array ? null : element === "s" ? "" : element === "n" ? 0 : null;
      else if (array) o[go] = (v as unknown[]).map((e) => encodeElement(e, element, types, table));
      else o[go] = encodeElement(v, element, types, table);
    }
  }
  for (const key of Object.keys(value)) {
    if (key === "_typeName" || chain.vimMembers.has(key)) continue;
    Object.defineProperty(o, key, {
      value: value[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return o;
}

/** Encodes the value of an untyped slot: bare where the decoder would give the same box back, else boxed. */
export function gmEncodeAny(value: unknown, table: ReadonlyMap<string, GovmomiType>): unknown {
  const v = value as Decoded;
  const name = v._typeName;
  if (table.has(name)) return gmEncodeAt(v, "anyType", table);
  if (name === "anyType") {
    const { _typeName: _, ...members } = v;
    return members;
  }
  const inner = v["_value"];
  if (name === "ArrayOfAnyType" && Array.isArray(inner)) {
    const elements = inner.map((e) => gmEncodeAny(e, table));
    return gmBoxName(elements) === name ? elements : { _typeName: name, _value: elements };
  }
  if (name.startsWith("ArrayOf") && table.has(name.slice(7)) && Array.isArray(inner)) {
    return { _typeName: name, _value: inner.map((e) => gmEncodeAt(e as Decoded, name.slice(7), table)) };
  }
  const raw = inner instanceof Date ? dateTimeText(inner) : inner;
  return gmBoxName(raw) === name ? raw : { _typeName: name, _value: raw };
}
