/**
 * Methods at run time, for every wire: the method table's entry (`vimMethods$` in methods.ts: what a method is called
 * on, its parameters and return value as `[name, kind, flags, ...types]`, as the SOAP table writes fields) and the
 * decoding of a return value once a wire has read it into VI JSON's wire form. Copied into the output folder.
 */
import { problem } from "./checks";
import { readDateTime, readInt64 } from "./convert";
import type { DecodeContext } from "./context";
import { decodeIsolated } from "./elements";
import { FORMAT_CHECKS } from "./formats";

/**
 * A parameter or return value: `[name, kind, flags, ...types]`. `kind` is a format key (`int32`, `date-time`...; an
 * enum is a `string`), `object` or `union` (with the type names, the WSDL's first) or `any`; `flags` is 1 for an array,
 * 2 for an optional value.
 */
export type MethodValue = readonly [name: string, kind: string, flags: number, ...types: string[]];

export interface MethodEntry {
  /** The managed object type the method is called on. */
  readonly on: string;
  /** The parameters after `_this`, in WSDL order. */
  readonly params: readonly MethodValue[];
  /** The return value; undefined for a method that returns nothing. */
  readonly returns: MethodValue | undefined;
  /** The return value's element guard (accepts the wire form as it is) and decoder. */
  readonly is: ((value: unknown) => boolean) | undefined;
  readonly decode: MethodDecode | undefined;
}

/**
 * A return value's decoder: a DecodeAt, told where the value was read from (the array holding it and its index,
 * or `TOP_LEVEL` for a lone value read from text), so that an int64's source text is found in bigint mode.
 */
export type MethodDecode = (
  value: unknown,
  path: string,
  c: DecodeContext,
  holder?: object,
  key?: number,
) => unknown;

export type MethodTable = Readonly<Record<string, MethodEntry>>;

/** The entry of `method`, or a TypeError naming it (a JavaScript caller may pass any string). */
export function methodEntry(methods: MethodTable, method: string): MethodEntry {
  const entry = Object.prototype.hasOwnProperty.call(methods, method) ? methods[method] : undefined;
  if (entry === undefined)
    throw new TypeError(`${JSON.stringify(method)} is not a method the schemas declare`);
  return entry;
}

/** The holder of a value not read from text: no source text is recorded under it. */
const NOWHERE: object = Object.freeze({});

/** The decoder of one primitive return value of format `format` (an int64 or date-time converted as the output's modes say). */
export function primitiveAt(format: string): MethodDecode {
  const check = FORMAT_CHECKS[format];
  return (value, path, c, holder = NOWHERE, key = 0) => {
    if (format === "int64" && c.int64 === "bigint") return readInt64(value, path, c, holder, key);
    if (format === "date-time" && c.dateTime === "Date") return readDateTime(value, path, c);
    if (check !== undefined && !check(value)) c.issues.push({ path, message: problem(format, value) });
    return value;
  };
}

/**
 * A return value as the method declares it, from the values a wire read (`returnval` repeated, in SOAP; one JSON
 * value, in VI JSON, passed as a one-element list): an array when it is one (empty when the server sent none), the
 * one value, or undefined when it is optional and absent. With the output's defaults, a value its guard accepts is
 * returned as read, as `decodeT` does. `oneHolder` holds a lone value's source text at key 0 (`TOP_LEVEL` for
 * VI JSON, whose caller wraps the value it read), `values` unless said.
 */
export function decodeReturn(
  entry: MethodEntry,
  values: readonly unknown[],
  c: DecodeContext,
  asIs: boolean,
  oneHolder: object = values,
): unknown {
  const returns = entry.returns;
  if (returns === undefined || entry.decode === undefined) return undefined;
  const decode = entry.decode;
  const is = entry.is;
  // `holder` and `key`: where the exact JSON reader recorded the value's source text (an int64 in bigint mode).
  const one = (v: unknown, path: string, cx: DecodeContext, holder: object, key: number): unknown =>
    asIs && is !== undefined && is(v) ? v : decode(v, path, cx, holder, key);
  if ((returns[2] & 1) !== 0) {
    // The client's event pages: each element on its own (elements.ts).
    if (c.isolate?.("$") === true)
      return values.map((v, i) => decodeIsolated(v, `$[${i}]`, c, (e, p, cx) => one(e, p, cx, values, i)));
    return values.map((v, i) => one(v, `$[${i}]`, c, values, i));
  }
  const [first] = values;
  if (values.length > 1)
    c.issues.push({ path: "$", message: `${values.length} return values where one is declared` });
  if (first === undefined || first === null) {
    if ((returns[2] & 2) === 0) c.issues.push({ path: "$", message: "the required return value is missing" });
    return undefined;
  }
  return one(first, "$", c, oneHolder, 0);
}

/** Whether `T` is a union of several types. */
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * A value as a request may give it: an object whose slot fixes its type may leave out its `_typeName` (the encoders
 * write the slot's type), at every depth; where the slot takes several types (a polymorphic slot's union, `any`) the
 * name stays required, since it says which type the value is. A value of the slot's own type, as a decoder returns
 * it, is one too: a device read back goes back in a reconfigure as read. It is named first in the union so that the
 * checker matches it as it is; through the mapped form alone, a device of the whole API (its description's
 * `KeyAnyValue`s reach every type) is "excessive complexity" to compare (TS2859).
 */
export type RequestValue<T> = [T] extends [Date]
  ? T
  : [T] extends [readonly (infer E)[]]
    ? readonly RequestValue<E>[]
    : [T] extends [{ readonly _typeName: string }]
      ? | T
        | (true extends IsUnion<T>
            ? NamedRequestObject<T>
            : RequestObject<T> & { readonly _typeName?: T["_typeName"] })
      : T;

/** Each member of a slot of several types, its `_typeName` required. */
type NamedRequestObject<T> = T extends { readonly _typeName: string }
  ? RequestObject<T> & { readonly _typeName: T["_typeName"] }
  : never;

/**
 * An object's members but its `_typeName`, each as a request may give it. An optional member stays optional, and may
 * be given as `undefined` too (`{ maxCount: options.max }`), which both wires write as absent: under
 * `exactOptionalPropertyTypes` a request built from optional values would otherwise need a spread per member.
 */
type RequestObject<T> = {
  [K in keyof T as K extends "_typeName" ? never : K]: RequestValue<Exclude<T[K], undefined>> | Unset<T[K]>;
};

/** `undefined` where a member's type reads with it (the member is optional), else nothing. */
type Unset<V> = undefined extends V ? undefined : never;

/** A method's arguments as a request may give them: `_this` and each parameter a RequestValue (or, optional, unset). */
export type RequestParams<P> = { [K in keyof P]: RequestValue<Exclude<P[K], undefined>> | Unset<P[K]> };
