/**
 * What the canonical decoders (the checks of the VI JSON wire form, which every wire ends in) call at run time:
 * JSON text with exact int64 digits, arrays, unknown types and members, family tables, the entry-point factories
 * (`decodeT`, `safeDecodeT`, `parseT`...), boxed values. Copied into the output folder with the other templates.
 */
import { isRecord, memberPath, keepWireTypeName, valueAt } from "./checks";
import { mayHoldUnusualNumber, parseJsonExactly, roundedIntegers, stringifyJson } from "./json";
import {
  decodeContext,
  decodeRoot,
  fail,
  failTypeName,
  finish,
  inContext,
  type DecodeAt,
  type DecodeContext,
  type DecodeDefaults,
  type DecodeIssue,
  type DecodeOptions,
  type WireObject,
} from "./context";
import { decodeIsolated } from "./elements";
import { rejectedType, undeclaredMember } from "./policies";

/**
 * `parseT`: reads JSON text keeping int64 digits exact, then decodes it; syntax errors are issues at `$`.
 *
 * `JSON.parse` reads the text first, and its values are kept unless an int64 needs its digits: in number mode never
 * (an int64 must be a safe integer, which `JSON.parse` reads exactly; beyond that it is an error either way); in
 * bigint mode only when the decode read an int64 from a number and the text holds an unusual number outside its
 * strings (a fraction, an exponent, 16 digits or more), or when the decode found a problem. The text is then read
 * again by the exact reader, which keeps the source text of such numbers, and decoded from that. In either mode, an
 * integer field given a fraction JSON.parse rounds to an integer is then found (`checkRoundedIntegers`). Issues are
 * left in `c` for the caller to throw (`inContext` does, outside its `try`).
 */
export function parseAndDecode<T>(
  text: string,
  c: DecodeContext,
  decode: (value: unknown, path: string, c: DecodeContext) => T,
): T {
  let value: unknown;
  let parsed = false;
  try {
    value = JSON.parse(text) as unknown;
    parsed = true;
  } catch {
    // A syntax error: the exact reader words it with its offset.
  }
  const checked = (decoded: T): T => {
    checkRoundedIntegers(text, c, decode);
    return decoded;
  };
  if (parsed) {
    c.int64FromNumber = false;
    const fast = decode(value, "$", c);
    if (c.int64 === "number" || (c.issues.length === 0 && !(c.int64FromNumber && mayHoldUnusualNumber(text))))
      return checked(fast);
    c.issues.length = 0;
  }
  const exact = parseJsonExactly(text, c);
  if (c.issues.length > 0) return exact as T; // a syntax error: thrown by the caller, not decoded
  return checked(decode(exact, "$", c));
}

/**
 * A number written with a fraction that JSON.parse reads as an integer (0.99999999999999999999 as 1) passes an int32
 * or int64 check on its value. Each such number is given again as a fraction (the k-th as k + 0.5) to a decode in a
 * scratch context: where that is refused, the field is an integer one (a double takes either), and the number as
 * written is reported there. Bigint mode reads its int64s from their text already; this covers int32s and number mode.
 * (Elements the client isolates become UndecodedElements in the scratch decode, not issues: not covered.)
 */
function checkRoundedIntegers<T>(
  text: string,
  c: DecodeContext,
  decode: (value: unknown, path: string, c: DecodeContext) => T,
): void {
  const rounded = roundedIntegers(text);
  if (rounded.length === 0) return;
  let modified = "";
  let from = 0;
  rounded.forEach((r, k) => {
    modified += `${text.slice(from, r.start)}${k}.5`;
    from = r.end;
  });
  const tree = JSON.parse(modified + text.slice(from)) as unknown; // valid: one number replaced by another
  const scratch: DecodeContext = { ...c, issues: [], numberText: undefined, pending: undefined };
  decode(tree, "$", scratch);
  const reported = new Set(c.issues.map((i) => i.path));
  for (const { path } of scratch.issues) {
    const at = valueAt(tree, path);
    const r = typeof at === "number" ? rounded[at - 0.5] : undefined;
    if (r === undefined || reported.has(path)) continue; // another problem, found by the decode itself
    reported.add(path);
    const read = String(Number(r.token));
    c.issues.push({
      path,
      message: `expected an integer, got ${r.token} (JSON.parse would read it as ${read})`,
    });
  }
}

/** Every element of an array passes `guard`. */
export function isArrayOf(value: unknown, guard: (element: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!guard(value[i])) return false;
  return true;
}

/** Checks every element of a primitive array, each with its own path (`$.x[3]`). */
export function checkArray(
  value: readonly unknown[],
  path: string,
  c: DecodeContext,
  check: (element: unknown) => boolean,
  expected: string,
): void {
  for (let i = 0; i < value.length; i++) {
    if (!check(value[i])) fail(c, `${path}[${i}]`, expected, value[i]);
  }
}

/**
 * Decodes every element of an array of objects, each with its own path (`$.x[3]`). Returns the input
 * array when no element changed, else a new one: the input is never modified.
 */
export function decodeArray<T>(
  value: readonly unknown[],
  path: string,
  c: DecodeContext,
  decode: (element: unknown, path: string, c: DecodeContext) => T,
): T[] {
  let out: T[] | undefined;
  // The client's event pages: each element on its own (elements.ts); its type then admits an UndecodedElement.
  const isolated = c.isolate !== undefined && c.isolate(path);
  for (let i = 0; i < value.length; i++) {
    const decoded = isolated
      ? (decodeIsolated(value[i], `${path}[${i}]`, c, decode) as T)
      : decode(value[i], `${path}[${i}]`, c);
    if (out === undefined && decoded !== value[i]) out = value.slice(0, i) as T[];
    if (out !== undefined) out.push(decoded);
  }
  return out ?? (value as T[]);
}

/** A top-level array (a `QueryEvents` result): paths are `$[i]...`. */
export function decodeRootArray<T>(
  value: unknown,
  c: DecodeContext,
  decode: (element: unknown, path: string, c: DecodeContext) => T,
): T[] {
  if (!Array.isArray(value)) {
    fail(c, "$", "array", value);
    return [];
  }
  return decodeArray(value, "$", c, decode);
}

/**
 * Where the declared type has subtypes and `_typeName` is none of them: a type no schema declares decodes as the
 * declared type unless `unknownTypes` is `"reject"`; a known type of another family is always an error. The real
 * name stays available through `wireTypeName()`, and `JSON.stringify` writes it back.
 */
export function decodeOtherType<T extends object>(
  v: Record<string, unknown>,
  path: string,
  c: DecodeContext,
  declared: string,
  known: ReadonlySet<string>,
  decodeAsDeclared: (v: Record<string, unknown>, path: string, c: DecodeContext) => T,
): T {
  const name = v["_typeName"];
  if (typeof name === "string" && !known.has(name)) {
    if (c.unknownTypes === "nearest") {
      const decoded = decodeAsDeclared(v, path, c);
      // Neither is enumerable: equality and spreading see the declared type, JSON.stringify writes the real one.
      return keepWireTypeName(decoded, name);
    }
    c.issues.push({
      path: `${path}._typeName`,
      message: rejectedType(name, declared),
    });
    return v as unknown as T;
  }
  failTypeName(c, path, declared, name, true);
  return v as unknown as T;
}

/**
 * Applies the unknown-member policy to `v`: strips members that no level of the type declares (`known` holds one
 * set per level that declares fields) from the copy `o` (made here if there is none yet), or reports each of them.
 * Returns the copy, if any.
 */
export function checkMembers(
  v: Record<string, unknown>,
  o: Record<string, unknown> | undefined,
  known: readonly ReadonlySet<string>[],
  path: string,
  c: DecodeContext,
): Record<string, unknown> | undefined {
  // The exact decoder has set `_typeName` on the copy, or found it on the input.
  const typeName = String((o ?? v)["_typeName"]);
  let copy = o;
  for (const key of Object.keys(v)) {
    if (key === "_typeName" || known.some((level) => level.has(key))) continue;
    if (c.unknownMembers === "strip") delete (copy ??= { ...v })[key];
    else
      c.issues.push({
        path: memberPath(path, key),
        message: undeclaredMember(key, typeName, false),
      });
  }
  return copy;
}

/**
 * A family table: the exact decoder (or guard, or encoder) of a type and of each known subtype, by `_typeName`.
 * Built once at load from the type's own entry and its subtypes' tables; dispatch is then one lookup, however many
 * types the family has.
 */
export function family<F>(
  entries: readonly (readonly [string, F] | ReadonlyMap<string, F>)[],
): Map<string, F> {
  const table = new Map<string, F>();
  for (const entry of entries) {
    if (entry instanceof Map) for (const [name, f] of entry as ReadonlyMap<string, F>) table.set(name, f);
    else table.set((entry as readonly [string, F])[0], (entry as readonly [string, F])[1]);
  }
  return table;
}

/**
 * The slot function of a type without known subtypes: the value must be an object; its `_typeName` is the type's,
 * or missing (filled in), or, where the type is open (`known` given), a type no schema declares.
 */
export function decodeExactAt<T extends object>(
  v: unknown,
  path: string,
  c: DecodeContext,
  name: string,
  exact: (v: Record<string, unknown>, path: string, c: DecodeContext) => T,
  known?: ReadonlySet<string>,
): T {
  if (!isRecord(v)) {
    fail(c, path, "object", v);
    return v as T;
  }
  if (v["_typeName"] !== undefined && v["_typeName"] !== name) {
    if (known !== undefined) return decodeOtherType(v, path, c, name, known, exact);
    failTypeName(c, path, name, v["_typeName"], false);
  }
  return exact(v, path, c);
}

/** The copy an exact decoder starts from: none when `_typeName` is already `name`, else one with it filled in. */
export function withTypeName(v: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  return v["_typeName"] === name ? undefined : { ...v, _typeName: name };
}

/** A decoder of a record known to be exactly one type. */
export type ExactDecoder = (v: Record<string, unknown>, path: string, c: DecodeContext) => object;

/**
 * The start of every exact decoder: `_typeName` set, and undeclared members checked against each level's names
 * (unless kept). One shared start keeps a family's decoders small (decodeEvent's 443 types; README, Performance);
 * the levels' fields are then called directly, which a shared loop over them would make a megamorphic call (a valid
 * decode 11% slower, measured).
 */
export function exactStart(
  v: Record<string, unknown>,
  path: string,
  c: DecodeContext,
  name: string,
  members: readonly ReadonlySet<string>[],
): Record<string, unknown> | undefined {
  const o = withTypeName(v, name);
  return c.unknownMembers === "keep" ? o : checkMembers(v, o, members, path, c);
}

/** `encodeT`: the wire form of a value of T. */
export type Encoder<T> = (value: T) => WireObject;

/** `stringifyT`: a value of T as JSON text. */
export type Stringifier<T> = (value: T) => string;

/** `decodeT` (T[] for `decodeTArray`): a value read by `JSON.parse` decoded into T; throws DecodeError. */
export type Decoder<T> = (value: unknown, options?: DecodeOptions) => T;

/** `safeDecodeT`: `decodeT` returning its issues instead of throwing them. */
export type SafeDecoder<T> = (value: unknown, options?: DecodeOptions) => DecodeResult<T>;

/** `parseT` (T[] for `parseTArray`): JSON text decoded into T, every int64 digit kept; throws DecodeError. */
export type Parser<T> = (text: string, options?: DecodeOptions) => T;

/** `stringifyT`: JSON text of what an encoder returns, every int64 digit kept. */
export function stringifier<T>(encode: Encoder<T>): Stringifier<T> {
  return (value) => stringifyJson(encode(value));
}

/** Whether decodeT may answer with the guard alone: see fastGuard in the emitter. */
function acceptedAsIs(
  value: unknown,
  options: DecodeOptions | undefined,
  guard?: (value: unknown) => boolean,
): boolean {
  return options === undefined && guard !== undefined && guard(value);
}

/** `decodeT`: a fresh context, one decode from `$`, then throw every issue or return the value. */
export function decoder<T>(
  at: DecodeAt<T>,
  defaults: DecodeDefaults,
  guard?: (value: unknown) => boolean,
): Decoder<T> {
  // No closure per call on the path every decodeT takes; the DecodeError is thrown outside any try, so invalid input
  // does not pay for catching and rethrowing it. A value the guard accepts decodes to itself.
  return (value, options) => {
    if (acceptedAsIs(value, options, guard)) return value as T;
    const c = decodeContext(options, defaults);
    return finish(c, decodeRoot(value, c, at));
  };
}

/** What `safeDecodeT` returns: the decoded value, or every issue with its path (what `decodeT` would throw). */
export type DecodeResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly DecodeIssue[] };

/**
 * `safeDecodeT`: `decodeT` that returns its issues instead of throwing them. For input that is often invalid (a
 * request body, a message queue) this saves the throw and catch, which cost about a third of a decode that fails
 * (README, Performance).
 */
export function safeDecoder<T>(
  at: DecodeAt<T>,
  defaults: DecodeDefaults,
  guard?: (value: unknown) => boolean,
): SafeDecoder<T> {
  return (value, options) => {
    if (acceptedAsIs(value, options, guard)) return { ok: true, value: value as T };
    const c = decodeContext(options, defaults);
    const decoded = decodeRoot(value, c, at);
    return c.issues.length > 0 ? { ok: false, issues: c.issues } : { ok: true, value: decoded };
  };
}

/** `decodeTArray`: a JSON array of values (a `QueryEvents` result), paths `$[i]...`. */
export function arrayDecoder<T>(at: DecodeAt<T>, defaults: DecodeDefaults): Decoder<T[]> {
  return (value, options) => inContext(options, defaults, (c) => decodeRootArray(value, c, at));
}

/** `parseT`: JSON text read with every int64 digit kept, then decoded. */
export function parser<T>(at: DecodeAt<T>, defaults: DecodeDefaults): Parser<T> {
  return (text, options) => inContext(options, defaults, (c) => parseAndDecode(text, c, at));
}

/** `parseTArray`: JSON text holding an array of values, read with every int64 digit kept. */
export function arrayParser<T>(at: DecodeAt<T>, defaults: DecodeDefaults): Parser<T[]> {
  return (text, options) =>
    inContext(options, defaults, (c) =>
      parseAndDecode(text, c, (value, _, cx) => decodeRootArray(value, cx, at)),
    );
}

/** A boxed enum value in an untyped slot (`{"_typeName":"ManagedEntityStatus","_value":"gray"}`), checked as an enum field is. */
export function decodeBoxedEnum(
  v: Record<string, unknown>,
  path: string,
  c: DecodeContext,
  decode: (value: unknown, path: string, c: DecodeContext) => string,
): Record<string, unknown> {
  decode(v["_value"], `${path}._value`, c);
  return { ...v };
}

/** A box of schema-type objects in an untyped slot: `{"_typeName":"ArrayOfEvent","_value":[...]}`. */
export function decodeBoxedArray<T>(
  v: Record<string, unknown>,
  path: string,
  c: DecodeContext,
  decode: (element: unknown, path: string, c: DecodeContext) => T,
): Record<string, unknown> {
  const value = v["_value"];
  if (!Array.isArray(value)) {
    fail(c, `${path}._value`, "array", value);
    return { ...v };
  }
  return { ...v, _value: decodeArray(value, `${path}._value`, c, decode) };
}
