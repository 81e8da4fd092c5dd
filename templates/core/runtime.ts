/**
 * Run-time support shared by the generated guards and decoders: the error type, the options and the
 * state of one decode, arrays, unknown types and members.
 *
 * Files under templates/ are templates: the generator copies them verbatim (after its own header) into
 * the output folder, so that generated code needs no npm package at run time. They are compiled and
 * tested here like any other source file. Generated modules import only from this one, which re-exports
 * the other templates (below, and why as constants).
 */
import type {
  CloudEvent,
  CloudEventAttributes,
  CloudEventInit,
  EnvelopeEvent,
  HttpHeaders,
} from "../transport/envelope";
import type { GovmomiType, GovmomiTypes } from "../govmomi/gojson";
import type { BulkDecode, StreamOptions } from "../transport/stream";
import type { NumberText } from "../vijson/json";
import type { SoapFaultContent, SoapSchema, SoapType } from "../soap/vimxml";

export type * from "./checks";
export type * from "./boxed";
export type * from "./convert";
export type * from "../vijson/json";
export type * from "../govmomi/gojson";
export type * from "../transport/envelope";
export type * from "../transport/stream";
export type * from "../soap/xml";
export type * from "../soap/vimxml";
// The functions are re-exported as constants, not with `export *`: compiled to CommonJS, `export *` makes each a
// getter, and a getter call on every `rt.isString` cost the guards a tenth of their speed (measured, README).
import {
  isRecord as checks$isRecord,
  own as checks$own,
  isInt8 as checks$isInt8,
  isInt16 as checks$isInt16,
  isInt32 as checks$isInt32,
  isInt64 as checks$isInt64,
  isDouble as checks$isDouble,
  isBoolean as checks$isBoolean,
  isString as checks$isString,
  isBase64 as checks$isBase64,
  isDateTime as checks$isDateTime,
  dateTimeMillis as checks$dateTimeMillis,
  isDateValue as checks$isDateValue,
  isInt64BigInt as checks$isInt64BigInt,
  describeValue as checks$describeValue,
  expectedText as checks$expectedText,
  problem as checks$problem,
  wireTypeName as checks$wireTypeName,
  keepWireTypeName as checks$keepWireTypeName,
  memberPath as checks$memberPath,
} from "./checks";
import { decodeOtherValue as boxed$decodeOtherValue, isOtherValue as boxed$isOtherValue } from "./boxed";
import {
  readInt64 as convert$readInt64,
  readDateTime as convert$readDateTime,
  dateTimeText as convert$dateTimeText,
  writeDateTime as convert$writeDateTime,
  convertArray as convert$convertArray,
} from "./convert";
import {
  scanForUnusualNumber as json$scanForUnusualNumber,
  backslashesBefore as json$backslashesBefore,
  mayHoldUnusualNumber as json$mayHoldUnusualNumber,
  parseJson as json$parseJson,
  parseJsonExactly as json$parseJsonExactly,
  stringifyJson as json$stringifyJson,
} from "../vijson/json";
import {
  gmPath as gojson$gmPath,
  gmFail as gojson$gmFail,
  isA as gojson$isA,
  gmAt as gojson$gmAt,
  gmAsOtherType as gojson$gmAsOtherType,
  gmAtList as gojson$gmAtList,
  gmRest as gojson$gmRest,
  gmArray as gojson$gmArray,
  gmCheckArray as gojson$gmCheckArray,
  gmBoxName as gojson$gmBoxName,
  gmAny as gojson$gmAny,
  gmEncodeAt as gojson$gmEncodeAt,
  gmEncodeAny as gojson$gmEncodeAny,
} from "../govmomi/gojson";
import {
  readAttributes as envelope$readAttributes,
  envelopeEvent as envelope$envelopeEvent,
  isXmlData as envelope$isXmlData,
  decodeEnvelopeData as envelope$decodeEnvelopeData,
  jsonValue as envelope$jsonValue,
  isStructuredRequest as envelope$isStructuredRequest,
  binaryAttributes as envelope$binaryAttributes,
  structuredData as envelope$structuredData,
  DATA_MEMBERS as envelope$DATA_MEMBERS,
  envelopeFor as envelope$envelopeFor,
  binaryHeaders as envelope$binaryHeaders,
} from "../transport/envelope";
import { readStream as stream$readStream } from "../transport/stream";
import {
  readSoapBody as vimxml$readSoapBody,
  readSoapElement as vimxml$readSoapElement,
  writeSoapElement as vimxml$writeSoapElement,
  writeSoapEnvelope as vimxml$writeSoapEnvelope,
  SoapFault as vimxml$SoapFault,
} from "../soap/vimxml";
export const isRecord = checks$isRecord;
export const own = checks$own;
export const isInt8 = checks$isInt8;
export const isInt16 = checks$isInt16;
export const isInt32 = checks$isInt32;
export const isInt64 = checks$isInt64;
export const isDouble = checks$isDouble;
export const isBoolean = checks$isBoolean;
export const isString = checks$isString;
export const isBase64 = checks$isBase64;
export const isDateTime = checks$isDateTime;
export const dateTimeMillis = checks$dateTimeMillis;
export const isDateValue = checks$isDateValue;
export const isInt64BigInt = checks$isInt64BigInt;
export const describeValue = checks$describeValue;
export const expectedText = checks$expectedText;
export const problem = checks$problem;
export const wireTypeName = checks$wireTypeName;
export const keepWireTypeName = checks$keepWireTypeName;
export const memberPath = checks$memberPath;
export const decodeOtherValue = boxed$decodeOtherValue;
export const isOtherValue = boxed$isOtherValue;
export const readInt64 = convert$readInt64;
export const readDateTime = convert$readDateTime;
export const dateTimeText = convert$dateTimeText;
export const writeDateTime = convert$writeDateTime;
export const convertArray = convert$convertArray;
export const scanForUnusualNumber = json$scanForUnusualNumber;
export const backslashesBefore = json$backslashesBefore;
export const mayHoldUnusualNumber = json$mayHoldUnusualNumber;
export const parseJson = json$parseJson;
export const parseJsonExactly = json$parseJsonExactly;
export const stringifyJson = json$stringifyJson;
export const gmPath = gojson$gmPath;
export const gmFail = gojson$gmFail;
export const isA = gojson$isA;
export const gmAt = gojson$gmAt;
export const gmAsOtherType = gojson$gmAsOtherType;
export const gmAtList = gojson$gmAtList;
export const gmRest = gojson$gmRest;
export const gmArray = gojson$gmArray;
export const gmCheckArray = gojson$gmCheckArray;
export const gmBoxName = gojson$gmBoxName;
export const gmAny = gojson$gmAny;
export const gmEncodeAt = gojson$gmEncodeAt;
export const gmEncodeAny = gojson$gmEncodeAny;
export const readAttributes = envelope$readAttributes;
export const envelopeEvent = envelope$envelopeEvent;
export const isXmlData = envelope$isXmlData;
export const decodeEnvelopeData = envelope$decodeEnvelopeData;
export const jsonValue = envelope$jsonValue;
export const isStructuredRequest = envelope$isStructuredRequest;
export const binaryAttributes = envelope$binaryAttributes;
export const structuredData = envelope$structuredData;
export const DATA_MEMBERS = envelope$DATA_MEMBERS;
export const envelopeFor = envelope$envelopeFor;
export const binaryHeaders = envelope$binaryHeaders;
export const readStream = stream$readStream;
export const readSoapBody = vimxml$readSoapBody;
export const readSoapElement = vimxml$readSoapElement;
export const writeSoapElement = vimxml$writeSoapElement;
export const writeSoapEnvelope = vimxml$writeSoapEnvelope;

/** One problem found while decoding: where (a JSON path such as `$.datacenter.datacenter.value`) and what. */
export interface DecodeIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown by every `decodeT` function; `issues` lists every problem found, not just the first. */
export class DecodeError extends Error {
  readonly issues: readonly DecodeIssue[];

  /**
   * No call stack is captured: the error describes the data, not the code, and capturing one cost a fifth of the
   * speed of decoding invalid input (README, Performance). `stack` is the name and the message.
   */
  constructor(issues: readonly DecodeIssue[]) {
    // `stackTraceLimit` is V8's (Node, Chrome); elsewhere there is nothing to turn off. Not in the ES lib types.
    const engine = Error as { stackTraceLimit?: number };
    const limit = engine.stackTraceLimit;
    if (limit !== undefined) engine.stackTraceLimit = 0;
    super();
    if (limit !== undefined) engine.stackTraceLimit = limit;
    this.name = "DecodeError";
    this.issues = issues;
  }

  /** Built when read, not when thrown: a caller that only looks at `issues` pays nothing for it. */
  override get message(): string {
    const shown = this.issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
    if (this.issues.length > shown.length) shown.push(`... and ${this.issues.length - shown.length} more`);
    const count = `${this.issues.length} decode ${this.issues.length === 1 ? "issue" : "issues"}`;
    return `${count}:\n  ${shown.join("\n  ")}`;
  }
}

/** What a decoder does with input the schemas do not describe. */
export interface DecodeOptions {
  /**
   * A `_typeName` that no schema declares, where the declared type has subtypes (a newer server's event):
   * `"nearest"` decodes it as the declared type, keeping every member, with its real name available through
   * `wireTypeName()`; `"reject"` makes it an error.
   */
  readonly unknownTypes?: "nearest" | "reject";
  /** Members the schemas do not declare: `"keep"` them, `"strip"` them, or `"reject"` the value. */
  readonly unknownMembers?: "keep" | "strip" | "reject";
  /**
   * A string an enum field's schema does not list (vSphere adds enum values in new releases): `"keep"` it (the
   * field's type admits it as an `UnknownEnumValue`) or `"reject"` it.
   */
  readonly unknownEnumValues?: "keep" | "reject";
}

declare const unknownEnumBrand: unique symbol;

/**
 * A value of an enum field that the schemas do not list, kept under `unknownEnumValues: "keep"`: a string, branded
 * so that a `switch` over the known values still has a case left for it, and a plain string is not taken for one.
 */
export type UnknownEnumValue = string & { readonly [unknownEnumBrand]: true };

/** The representation choices the code was generated with; the boxed-value decoder follows them too. */
export interface CodeModes {
  readonly int64: "number" | "bigint";
  readonly dateTime: "string" | "Date";
}

/** State threaded through one decode: the options in force and the issues found so far. */
export interface DecodeContext extends CodeModes {
  readonly issues: DecodeIssue[];
  readonly unknownTypes: "nearest" | "reject";
  readonly unknownMembers: "keep" | "strip" | "reject";
  readonly unknownEnumValues: "keep" | "reject";
  /** Source text of unusual numbers, when the input was read from text by `parseJson`. */
  numberText: NumberText | undefined;
  int64FromNumber?: boolean;
}

export function decodeContext(
  options: DecodeOptions | undefined,
  defaults: Required<DecodeOptions> & CodeModes,
): DecodeContext {
  return {
    issues: [],
    unknownTypes: options?.unknownTypes ?? defaults.unknownTypes,
    unknownMembers: options?.unknownMembers ?? defaults.unknownMembers,
    unknownEnumValues: options?.unknownEnumValues ?? defaults.unknownEnumValues,
    int64: defaults.int64,
    dateTime: defaults.dateTime,
    numberText: undefined,
  };
}

/**
 * `parseT`: reads JSON text keeping int64 digits exact, then decodes it; syntax errors are issues at `$`.
 *
 * `JSON.parse` reads the text first, and its values are kept unless an int64 needs its digits: in number mode never
 * (an int64 must be a safe integer, which `JSON.parse` reads exactly; beyond that it is an error either way); in
 * bigint mode only when the decode read an int64 from a number and the text holds an unusual number outside its
 * strings (a fraction, an exponent, 16 digits or more), or when the decode found a problem. The text is then read
 * again by the exact reader, which keeps the source text of such numbers, and decoded from that. Issues are left in
 * `c` for the caller to throw (`inContext` does, outside its `try`).
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
  if (parsed) {
    c.int64FromNumber = false;
    const fast = decode(value, "$", c);
    if (c.int64 === "number" || (c.issues.length === 0 && !(c.int64FromNumber && mayHoldUnusualNumber(text))))
      return fast;
    c.issues.length = 0;
  }
  const exact = parseJsonExactly(text, c);
  if (c.issues.length > 0) return exact as T; // a syntax error: thrown by the caller, not decoded
  return decode(exact, "$", c);
}

/** A decoded object in its wire form: `_typeName` and members, ready for JSON. */
export interface WireObject {
  _typeName: string;
  [member: string]: unknown;
}

/** Records a format or shape problem at `path`. */
export function fail(c: DecodeContext, path: string, expected: string, value: unknown): void {
  c.issues.push({ path, message: problem(expected, value) });
}

/** Records a `_typeName` that is not the declared type nor one of its known subtypes. */
export function failTypeName(
  c: DecodeContext,
  path: string,
  declared: string,
  value: unknown,
  polymorphic: boolean,
): void {
  let message: string;
  if (value === undefined) {
    message = `_typeName is required here: ${declared} has subtypes, so the member names which one this is`;
  } else if (typeof value !== "string") {
    message = `_typeName must be a string naming a type, got ${describeValue(value)}`;
  } else {
    const allowed = polymorphic ? `${declared} or one of its known subtypes` : declared;
    message = `_typeName ${JSON.stringify(value)} is not ${allowed}`;
  }
  c.issues.push({ path: `${path}._typeName`, message });
}

/** Records a string an enum does not list, unless such values are kept. */
export function unknownEnumValue(c: DecodeContext, path: string, enumName: string, value: string): void {
  if (c.unknownEnumValues === "keep") return;
  c.issues.push({
    path,
    message:
      `${JSON.stringify(value)} is not a value of ${enumName} the schemas declare ` +
      `(unknownEnumValues is "reject"; "keep" would keep it)`,
  });
}

/** Throws `DecodeError` if any issue was recorded, else returns the decoded value. */
export function finish<T>(c: DecodeContext, value: T): T {
  if (c.issues.length > 0) throw new DecodeError(c.issues);
  return value;
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
  for (let i = 0; i < value.length; i++) {
    const decoded = decode(value[i], `${path}[${i}]`, c);
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
      message:
        `_typeName ${JSON.stringify(name)} is not a type the schemas declare ` +
        `(unknownTypes is "reject"; "nearest" would decode it as ${declared})`,
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
    else c.issues.push({ path: memberPath(path, key), message: `member "${key}" is not declared by ${typeName}` });
  }
  return copy;
}

/**
 * A family table: the exact decoder (or guard, or encoder) of a type and of each known subtype, by `_typeName`.
 * Built once at load from the type's own entry and its subtypes' tables; dispatch is then one lookup, however many
 * types the family has.
 */
export function family<F>(entries: readonly (readonly [string, F] | ReadonlyMap<string, F>)[]): ReadonlyMap<string, F> {
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

/** `stringifyT`: JSON text of what an encoder returns, every int64 digit kept. */
export function stringifier<T>(encode: (value: T) => WireObject): (value: T) => string {
  return (value) => stringifyJson(encode(value));
}

/** The decode defaults an output was generated with. */
export type DecodeDefaults = Required<DecodeOptions> & CodeModes;

/** A dispatcher: decodes a value found at `path` where its type is declared, recording issues in `c`. */
export type DecodeAt<T> = (value: unknown, path: string, c: DecodeContext) => T;

/** Whether `error` is the RangeError V8 throws when the JavaScript stack runs out (input nested too deeply). */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * What a decode that ran the JavaScript stack out (input nested too deeply) records instead: an issue at `$` after
 * the issues found until then, thrown or returned with them. Any other error is rethrown as it is.
 */
const TOO_DEEP: DecodeIssue = {
  path: "$",
  message: "the value is nested too deeply to decode (the JavaScript stack ran out)",
};

function nestedTooDeeply(c: DecodeContext, error: unknown): void {
  if (!isStackOverflow(error)) throw error;
  c.issues.push(TOO_DEEP);
}

/** A guard's answer when the value is nested too deeply to check: not valid (any other error is rethrown). */
export function tooDeep(error: unknown): false {
  if (isStackOverflow(error)) return false;
  throw error;
}

/** Runs one decode in a fresh context: its value, or a `DecodeError` (input nested too deeply included). */
function inContext<T>(options: DecodeOptions | undefined, defaults: DecodeDefaults, run: (c: DecodeContext) => T): T {
  const c = decodeContext(options, defaults);
  let decoded: T | undefined;
  try {
    decoded = run(c);
  } catch (error) {
    nestedTooDeeply(c, error);
  }
  // Issues recorded but not yet thrown are thrown here, outside the try: no catch and rethrow.
  return finish(c, decoded as T);
}

/** One decode from `$` in `c`; input nested too deeply is an issue at `$` (any other error escapes). */
function decodeRoot<T>(value: unknown, c: DecodeContext, at: DecodeAt<T>): T {
  try {
    return at(value, "$", c);
  } catch (error) {
    nestedTooDeeply(c, error);
    return value as T; // not returned to the caller: the issue just recorded is
  }
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
): (value: unknown, options?: DecodeOptions) => T {
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
): (value: unknown, options?: DecodeOptions) => DecodeResult<T> {
  return (value, options) => {
    if (acceptedAsIs(value, options, guard)) return { ok: true, value: value as T };
    const c = decodeContext(options, defaults);
    const decoded = decodeRoot(value, c, at);
    return c.issues.length > 0 ? { ok: false, issues: c.issues } : { ok: true, value: decoded };
  };
}

/** `decodeTArray`: a JSON array of values (a `QueryEvents` result), paths `$[i]...`. */
export function arrayDecoder<T>(
  at: DecodeAt<T>,
  defaults: DecodeDefaults,
): (value: unknown, options?: DecodeOptions) => T[] {
  return (value, options) => inContext(options, defaults, (c) => decodeRootArray(value, c, at));
}

/** `parseT`: JSON text read with every int64 digit kept, then decoded. */
export function parser<T>(at: DecodeAt<T>, defaults: DecodeDefaults): (text: string, options?: DecodeOptions) => T {
  return (text, options) => inContext(options, defaults, (c) => parseAndDecode(text, c, at));
}

/** `parseTArray`: JSON text holding an array of values, read with every int64 digit kept. */
export function arrayParser<T>(
  at: DecodeAt<T>,
  defaults: DecodeDefaults,
): (text: string, options?: DecodeOptions) => T[] {
  return (text, options) =>
    inContext(options, defaults, (c) => parseAndDecode(text, c, (value) => decodeRootArray(value, c, at)));
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

/** The slot function of a type in the govmomi table, or a TypeError naming what the caller asked for. */
function govmomiRoot(typeName: string, types: GovmomiTypes): GovmomiType {
  const entry = types().get(typeName);
  if (entry === undefined) throw new TypeError(`${JSON.stringify(typeName)} is not a type the schemas declare`);
  return entry;
}

/** `decodeGovmomi`: a fresh context, one decode of `typeName` from `$`, then throw every issue or return the value. */
export function gmDecode(
  value: unknown,
  typeName: string,
  types: GovmomiTypes,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
): unknown {
  const entry = govmomiRoot(typeName, types);
  return inContext(options, defaults, (c) => gmAt(value, "$", c, typeName, entry.decode, types));
}

/** `parseGovmomi`: JSON text read with every int64 digit kept, then decoded as `typeName`. */
export function gmParse(
  text: string,
  typeName: string,
  types: GovmomiTypes,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
): unknown {
  const entry = govmomiRoot(typeName, types);
  return inContext(options, defaults, (c) =>
    parseAndDecode(text, c, (value, path) => gmAt(value, path, c, typeName, entry.decode, types)),
  );
}

/** `encodeGovmomi`: a decoded value in govmomi JSON form. */
export function gmEncode(value: { readonly _typeName: string }, types: GovmomiTypes): Record<string, unknown> {
  return gmEncodeAt(value as Record<string, unknown> & { readonly _typeName: string }, value._typeName, types());
}

/** Decodes the envelope's event once its attributes are read: `data` at `dataPath`, named where `where` says. */
function envelopeResult(
  c: DecodeContext,
  attributes: CloudEventAttributes,
  where: (name: string) => string,
  data: () => unknown,
  dataPath: string,
  types: GovmomiTypes,
  xml: (() => SoapTables) | undefined,
): CloudEvent<object> {
  const known = (name: string): boolean => types().has(name);
  const named = envelopeEvent(attributes, where, c.issues, known);
  const value = data();
  let event: object = {};
  if (named !== undefined && value !== undefined) {
    event =
      xml !== undefined && isXmlData(attributes)
        ? soapEventData(named, value, dataPath, where(named.namedBy), c, xml())
        : decodeEnvelopeData(named, value, dataPath, where(named.namedBy), c, types);
  }
  return finish(c, { attributes, event });
}

/**
 * The event of XML data (`<UserLoginSessionEvent><key>8570</key>...`, the Knative source's default) as the type the
 * envelope names: read through the SOAP table, then decoded as VI JSON is; a type no schema declares as `Event`,
 * its name kept; an EventEx's `eventTypeId` filled in from the envelope or checked against it.
 */
function soapEventData(
  named: EnvelopeEvent,
  data: unknown,
  path: string,
  typePath: string,
  c: DecodeContext,
  tables: SoapTables,
): object {
  if (typeof data !== "string" && !(data instanceof Uint8Array)) {
    c.issues.push({ path, message: `XML data is text, got ${describeValue(data)}` });
    return {};
  }
  const declaredHere = tables.types.get(named.typeName) !== undefined;
  let ancestor: string | undefined = named.typeName;
  while (ancestor !== undefined && ancestor !== "Event") ancestor = tables.types.get(ancestor)?.base;
  if (declaredHere && ancestor === undefined) {
    c.issues.push({ path: typePath, message: `${named.typeName} is not an Event type` });
    return {};
  }
  const read = vimxml$readSoapElement(data, declaredHere ? named.typeName : "Event", tables, c, path);
  if (!isRecord(read.value)) return {};
  const wire: Record<string, unknown> = declaredHere ? read.value : { ...read.value, _typeName: named.typeName };
  if (named.eventTypeId !== undefined) {
    const given = wire["eventTypeId"];
    if (given === undefined || given === "") wire["eventTypeId"] = named.eventTypeId;
    else if (given !== named.eventTypeId)
      c.issues.push({
        path: `${path}.eventTypeId`,
        message: `eventTypeId ${describeValue(given)} differs from the envelope's ${JSON.stringify(named.eventTypeId)}`,
      });
  }
  const event = tables.types.get("Event");
  if (event === undefined) throw new Error("internal error: the schemas declare no Event type");
  return (tables.types.get(wire["_typeName"] as string) ?? event).decode(wire, path, c) as object;
}

/** `decodeCloudEvent`: a structured-mode envelope (as a value, or as JSON text or bytes) and its event (JSON or XML). */
export function ceDecodeStructured(
  value: unknown,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
  types: GovmomiTypes,
  xml?: () => SoapTables,
): CloudEvent<object> {
  return inContext(options, defaults, (c) => structuredEvent(jsonValue(value, c, "$"), "$", c, types, xml));
}

/** One structured envelope at `at` (`$`, or `$[3]` in a batch). */
function structuredEvent(
  envelope: unknown,
  at: string,
  c: DecodeContext,
  types: GovmomiTypes,
  xml: (() => SoapTables) | undefined,
): CloudEvent<object> {
  if (c.issues.length > 0) throw new DecodeError(c.issues);
  if (!isRecord(envelope)) {
    fail(c, at, "a CloudEvents envelope (a JSON object)", envelope);
    throw new DecodeError(c.issues);
  }
  const where = (name: string): string => memberPath(at, name);
  const attributes = readAttributes(envelope, where, c.issues, DATA_MEMBERS);
  const data = (): unknown => {
    const before = c.issues.length;
    const value = structuredData(envelope, c, xml !== undefined && isXmlData(attributes));
    // structuredData words its paths from `$`; in a batch they are the envelope's.
    for (let i = before; i < c.issues.length && at !== "$"; i++) {
      const issue = c.issues[i];
      if (issue !== undefined) c.issues[i] = { path: at + issue.path.slice(1), message: issue.message };
    }
    return value;
  };
  return envelopeResult(c, attributes, where, data, `${at}.data`, types, xml);
}

/**
 * `decodeCloudEventBatch`: a batch (`application/cloudevents-batch+json`: a JSON array of structured envelopes, as a
 * value or as text or bytes), each decoded as `decodeCloudEvent` decodes one; paths are `$[3].data.key`.
 */
export function ceDecodeBatch(
  value: unknown,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
  types: GovmomiTypes,
  xml?: () => SoapTables,
): CloudEvent<object>[] {
  return inContext(options, defaults, (c) => {
    const batch = jsonValue(value, c, "$");
    if (c.issues.length > 0) throw new DecodeError(c.issues);
    if (!Array.isArray(batch)) {
      fail(c, "$", "a CloudEvents batch (a JSON array of envelopes)", batch);
      throw new DecodeError(c.issues);
    }
    const out: CloudEvent<object>[] = [];
    const issues: DecodeIssue[] = [];
    batch.forEach((envelope, i) => {
      // Each envelope in a context of its own, so that every problem of every envelope is reported.
      const one = decodeContext(options, defaults);
      try {
        out.push(structuredEvent(envelope, `$[${i}]`, one, types, xml));
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        issues.push(...error.issues);
      }
    });
    c.issues.push(...issues);
    return out;
  });
}

/** `decodeBinaryCloudEvent`: the attributes from `ce-*` headers, the event as the body (text, bytes or a value). */
export function ceDecodeBinary(
  headers: HttpHeaders,
  body: unknown,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
  types: GovmomiTypes,
  xml?: () => SoapTables,
): CloudEvent<object> {
  return inContext(options, defaults, (c) => {
    const attributes = binaryAttributes(headers, c.issues);
    const where = (name: string): string =>
      name === "datacontenttype" ? 'headers["content-type"]' : `headers["ce-${name}"]`;
    const data = (): unknown => {
      const empty = (typeof body === "string" || body instanceof Uint8Array) && body.length === 0;
      const value = empty ? undefined : xml !== undefined && isXmlData(attributes) ? body : jsonValue(body, c, "$");
      if (value !== undefined && value !== null) return value;
      if (c.issues.length === 0 || empty)
        c.issues.push({ path: "$", message: "the request carries no event (the body is empty)" });
      return undefined;
    };
    return envelopeResult(c, attributes, where, data, "$", types, xml);
  });
}

/** `decodeHttpCloudEvent`: structured mode when the content type is `application/cloudevents+json`, else binary mode. */
export function ceDecodeHttp(
  headers: HttpHeaders,
  body: unknown,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
  types: GovmomiTypes,
  xml?: () => SoapTables,
): CloudEvent<object> {
  return isStructuredRequest(headers)
    ? ceDecodeStructured(body, options, defaults, types, xml)
    : ceDecodeBinary(headers, body, options, defaults, types, xml);
}

/** `encodeCloudEvent`: a structured-mode envelope around the event in govmomi JSON. */
export function ceEncode(
  event: { readonly _typeName: string },
  init: CloudEventInit,
  types: GovmomiTypes,
): Record<string, unknown> {
  return { ...envelopeFor(event, wireTypeName(event), init), data: gmEncode(event, types) };
}

/** `encodeBinaryCloudEvent`: the `ce-*` headers and the JSON body of a binary-mode request. */
export function ceEncodeBinary(
  event: { readonly _typeName: string },
  init: CloudEventInit,
  types: GovmomiTypes,
): { headers: Record<string, string>; body: string } {
  return {
    headers: binaryHeaders(envelopeFor(event, wireTypeName(event), init)),
    body: stringifyJson(gmEncode(event, types)),
  };
}

/**
 * `decodeStream`: reads NDJSON or one JSON array from a Node `Readable` or any async iterable of text or byte chunks,
 * and yields each value decoded by `parse` (a `parseT` of the output, or `decodeCloudEvent`), in constant memory.
 * @throws DecodeError for a value that does not decode (paths `$[3].key`, or `line 4: $.key` in NDJSON) unless
 * `onError` is `"skip"`, and for a stream that is not well-formed (a truncated array) whatever the policy.
 */
export function decodeStream<T>(
  source: AsyncIterable<string | Uint8Array>,
  parse: (text: string, options?: DecodeOptions) => T,
  options?: StreamOptions<DecodeOptions, DecodeError>,
  bulk?: BulkDecode<T, DecodeOptions>,
): AsyncGenerator<T, void, undefined> {
  return readStream(source, parse, options, (issues) => new DecodeError(issues), bulk);
}

/** A type of the output's SOAP table (soap.ts): its wire facts and the VI JSON decoder that checks what XML reads into. */
export interface SoapEntry extends SoapType {
  /** The type's guard: what XML reads into is the VI JSON wire form, which the guard accepts when it is valid. */
  readonly is: (value: unknown) => boolean;
  readonly decode: DecodeAt<unknown>;
}

/** The output's SOAP table: every declared type and enum. */
export interface SoapTables extends SoapSchema {
  readonly types: ReadonlyMap<string, SoapEntry>;
}

function soapEntry(typeName: string, tables: SoapTables): SoapEntry {
  const entry = tables.types.get(typeName);
  if (entry === undefined) throw new TypeError(`${JSON.stringify(typeName)} is not a type the schemas declare`);
  return entry;
}

/** Runs `read` and the VI JSON decode after it in `c`; input nested too deeply is an issue (any other error escapes). */
function guarded<T>(c: DecodeContext, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    nestedTooDeeply(c, error);
    return undefined;
  }
}

/** The SoapFault of a fault response: its detail decoded as a MethodFault where the schemas declare it. */
function soapFault(
  content: SoapFaultContent,
  c: DecodeContext,
  tables: SoapTables,
): InstanceType<typeof vimxml$SoapFault> {
  const entry = tables.types.get("MethodFault");
  const detail = content.detail;
  const decoded =
    detail === undefined || entry === undefined ? detail : guarded(c, () => entry.decode(detail, "$.detail", c));
  return new vimxml$SoapFault(content, c.issues.length === 0 ? decoded : undefined, c.issues);
}

/** `parseSoapResponse`: the response's `returnval` elements decoded as `typeName`, or its fault thrown as a SoapFault. */
export function soapParse(
  body: string | Uint8Array,
  typeName: string,
  tables: () => SoapTables,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
): unknown[] {
  const schema = tables();
  const entry = soapEntry(typeName, schema);
  const c = decodeContext(options, defaults);
  const read = guarded(c, () => vimxml$readSoapBody(body, typeName, schema, c));
  if (read !== undefined && "fault" in read) throw soapFault(read.fault, c, schema);
  const values = read?.values ?? [];
  // As decodeT does: with the output's defaults, a value its guard accepts decodes to itself.
  const asIs = options === undefined && c.issues.length === 0;
  const decoded = guarded(c, () => values.map((v, i) => (asIs && entry.is(v) ? v : entry.decode(v, `$[${i}]`, c))));
  return finish(c, decoded ?? []);
}

/** `decodeSoap` (a declared type) and `decodeSoapElement` (the type the element names). */
export function soapDecode(
  xml: string | Uint8Array,
  typeName: string | undefined,
  tables: () => SoapTables,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
): unknown {
  const schema = tables();
  if (typeName !== undefined) soapEntry(typeName, schema);
  const c = decodeContext(options, defaults);
  const read = guarded(c, () => vimxml$readSoapElement(xml, typeName, schema, c));
  const entry = read === undefined ? undefined : schema.types.get(read.typeName);
  const decoded =
    read === undefined || entry === undefined || read.value === undefined
      ? undefined
      : options === undefined && c.issues.length === 0 && entry.is(read.value)
        ? read.value
        : guarded(c, () => entry.decode(read.value, "$", c));
  return finish(c, decoded);
}

/** `encodeSoap`: a value as a vim25 element. */
export function soapEncode(value: unknown, typeName: string, element: string, tables: () => SoapTables): string {
  const schema = tables();
  soapEntry(typeName, schema);
  return vimxml$writeSoapElement(element, typeName, value, schema);
}
