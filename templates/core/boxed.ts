/**
 * Values in untyped slots (xsd:anyType, such as a property value or an EventEx argument) arrive boxed:
 * `{"_typeName":"long","_value":5}`, `{"_typeName":"ArrayOfString","_value":["a"]}`. This module knows
 * the primitive boxes; boxes of schema types (`ArrayOfEvent`) are handled by the generated decoders.
 * Copied into the output folder with the other templates.
 */
import { isInt64, isInt64BigInt, isRecord, problem } from "./checks";
import { readInt64, type ConvertContext } from "./convert";
import { arrayBoxItem, FORMAT_CHECKS, primitiveBox } from "./formats";
import type { UnknownTypesPolicy } from "./policies";

/** A boxed value: its type name and the value itself. */
export interface Boxed<N extends string, V> {
  _typeName: N;
  _value: V;
}

type NumberBox = "byte" | "short" | "int" | "long" | "float" | "double";
type StringBox =
  "string" | "dateTime" | "anyURI" | "base64Binary" | "TypeName" | "PropertyPath" | "MethodName";

/** Every boxed primitive and boxed array of primitives VI JSON sends. */
export type BoxedPrimitive =
  | Boxed<"boolean", boolean>
  | Boxed<Exclude<NumberBox, "long">, number>
  | Boxed<"long", number | bigint>
  | Boxed<StringBox, string>
  | Boxed<"ArrayOfBoolean", boolean[]>
  | Boxed<`ArrayOf${Capitalize<Exclude<NumberBox, "long">>}`, number[]>
  | Boxed<"ArrayOfLong", (number | bigint)[]>
  | Boxed<"ArrayOfString" | "ArrayOfDateTime" | "ArrayOfAnyURI" | "ArrayOfBase64Binary", string[]>
  | Boxed<"ArrayOfTypeName" | "ArrayOfPropertyPath" | "ArrayOfMethodName", string[]>;

/** An object in an untyped slot whose `_typeName` no schema declares, kept as it came (`unknownTypes: "nearest"`). */
export interface UnrecognizedValue {
  readonly _typeName: string;
  readonly [member: string]: unknown;
}

function boxOf(
  name: string,
): { check: (value: unknown) => boolean; expected: string; array: boolean } | undefined {
  const item = arrayBoxItem(name);
  const box = primitiveBox(item ?? name);
  const check = box === undefined ? undefined : FORMAT_CHECKS[box.format];
  return box === undefined || check === undefined
    ? undefined
    : { check, expected: box.format, array: item !== undefined };
}

/** The context the boxed-value decoder needs (a structural subset of the runtime's DecodeContext). */
interface BoxContext extends ConvertContext {
  readonly unknownTypes: UnknownTypesPolicy;
  readonly int64: "number" | "bigint";
}

/**
 * Decodes an object in an untyped slot whose `_typeName` is not a schema type: a primitive box, a box of
 * primitives, or (by the unknown-types policy) an unrecognized type kept as it came.
 */
export function decodeOtherValue(
  v: Record<string, unknown>,
  path: string,
  c: BoxContext,
): BoxedPrimitive | UnrecognizedValue {
  const name = v["_typeName"];
  if (typeof name !== "string") {
    c.issues.push({
      path: `${path}._typeName`,
      message: "_typeName is required in an untyped slot: it names the type of the value",
    });
    return v as unknown as UnrecognizedValue;
  }
  const box = boxOf(name);
  if (box === undefined) {
    if (c.unknownTypes === "reject") {
      c.issues.push({
        path: `${path}._typeName`,
        message: `_typeName ${JSON.stringify(name)} is not a type the schemas declare nor a boxed primitive`,
      });
    }
    return v as UnrecognizedValue;
  }
  const value = v["_value"];
  const valuePath = `${path}._value`;
  if (box.expected === "int64" && c.int64 === "bigint") {
    // In bigint mode a long keeps every digit, as an int64 field does.
    if (!box.array) return { ...v, _value: readInt64(value, valuePath, c, v, "_value") } as BoxedPrimitive;
    if (Array.isArray(value)) {
      const exact = value.map((element, i) => readInt64(element, `${valuePath}[${i}]`, c, value, i));
      return { ...v, _value: exact } as BoxedPrimitive;
    }
  }
  // Nothing changes below: the box is returned as it is, as the decoders return any value they do not change (and
  // as decodeT's guard-first path returns what the guard accepts).
  if (!box.array) {
    if (!box.check(value)) c.issues.push({ path: valuePath, message: problem(box.expected, value) });
    return v as unknown as BoxedPrimitive;
  }
  if (!Array.isArray(value)) {
    c.issues.push({ path: valuePath, message: problem("array", value) });
    return v as unknown as BoxedPrimitive;
  }
  for (let i = 0; i < value.length; i++) {
    if (!box.check(value[i]))
      c.issues.push({ path: `${valuePath}[${i}]`, message: problem(box.expected, value[i]) });
  }
  return v as unknown as BoxedPrimitive;
}

/**
 * Guard counterpart of `decodeOtherValue`: a valid primitive box, or any object naming an unrecognized type. A long
 * holds what the output's int64 fields hold (`int64`: a safe-integer number, or a bigint), as the decoder returns it:
 * a guard that took both let decodeT return a number it converts to a bigint in bigint mode, or a bigint it refuses in
 * number mode.
 */
export function isOtherValue(
  v: unknown,
  int64: "number" | "bigint" = "number",
): v is BoxedPrimitive | UnrecognizedValue {
  if (!isRecord(v) || typeof v["_typeName"] !== "string") return false;
  const box = boxOf(v["_typeName"]);
  if (box === undefined) return true;
  if (box.expected === "int64") {
    const long = int64 === "bigint" ? isInt64BigInt : isInt64;
    return box.array ? Array.isArray(v["_value"]) && v["_value"].every(long) : long(v["_value"]);
  }
  if (!box.array) return box.check(v["_value"]);
  return Array.isArray(v["_value"]) && v["_value"].every(box.check);
}
