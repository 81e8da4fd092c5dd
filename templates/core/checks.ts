/**
 * The format checks of the generated guards and decoders (int32, int64, date-time, ...) and the words
 * every decode problem is reported in. Copied into the output folder with the other templates.
 */

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const hasOwnProperty = Object.prototype.hasOwnProperty;

/**
 * Reads an own member only. Used for member names that `Object.prototype` also has (`constructor`,
 * `toString`, ...), where a plain read would find the inherited function instead of "absent".
 */
export function own(record: object, key: string): unknown {
  return hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

export function isInt8(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= -128 && value <= 127;
}

export function isInt16(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= -32768 && value <= 32767;
}

export function isInt32(value: unknown): value is number {
  return typeof value === "number" && (value | 0) === value;
}

/** int64 as a JS number: only integers that a double holds exactly (|n| <= 2^53 - 1). */
export function isInt64(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

/** A finite number (xsd:double / xsd:float); JSON cannot carry NaN or Infinity. */
export function isDouble(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === "boolean";
}

export function isString(value: unknown): value is string {
  return typeof value === "string";
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** xsd:base64Binary, carried as a base64 string. */
export function isBase64(value: unknown): value is string {
  return typeof value === "string" && BASE64.test(value);
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -10000;
}

/** Two or four decimal digits at `i`; negative if any of them is not a digit. */
function two(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

function four(s: string, i: number): number {
  return digit(s, i) * 1000 + digit(s, i + 1) * 100 + digit(s, i + 2) * 10 + digit(s, i + 3);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * RFC 3339 date-time with a time zone and a real calendar date: `2026-11-26T10:15:30Z`,
 * `2026-11-26T10:15:30.123456+02:00`. `T` and `Z` may be lower case (RFC 3339 section 5.6). Leap
 * seconds (`:60`) are rejected: vim25 sends xsd:dateTime, whose seconds stop at 59.
 * Hand-written rather than a regular expression because it runs once per date field per decode.
 */
export function isDateTime(value: unknown): value is string {
  return typeof value === "string" && dateTimeFraction(value) >= 0;
}

/**
 * Checks an RFC 3339 date-time; returns the index where its zone starts, or -1 if it is not valid. No
 * `Date` is made: this runs once per date field per guard or decode.
 */
function dateTimeFraction(s: string): number {
  const n = s.length;
  if (n < 20) return -1;
  const year = four(s, 0);
  const month = two(s, 5);
  const day = two(s, 8);
  if (year < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 116) return -1;
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return -1;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < n && digit(s, i) >= 0) i++;
    if (i === start) return -1;
  }
  const z = s.charCodeAt(i);
  if (z === 90 || z === 122) return i + 1 === n ? i : -1;
  if (z !== 43 && z !== 45) return -1;
  if (i + 6 !== n || s.charCodeAt(i + 3) !== 58) return -1;
  const offH = two(s, i + 1);
  const offM = two(s, i + 4);
  return offH >= 0 && offH <= 23 && offM >= 0 && offM <= 59 ? i : -1;
}

/**
 * The instant a valid RFC 3339 date-time denotes, in milliseconds since the epoch, digits below the
 * millisecond dropped (truncated toward the past); `undefined` if the text is not valid.
 */
export function dateTimeMillis(s: string): number | undefined {
  const zone = dateTimeFraction(s);
  if (zone < 0) return undefined;
  let millis = 0;
  for (let i = 20, k = 0; k < 3; i++, k++)
    millis = millis * 10 + (i < zone && s.charCodeAt(19) === 46 ? digit(s, i) : 0);
  let offset = 0;
  const z = s.charCodeAt(zone);
  if (z === 43 || z === 45) offset = (z === 43 ? 1 : -1) * (two(s, zone + 1) * 60 + two(s, zone + 4)) * 60000;
  // Date.UTC maps years 0-99 to 1900-1999, so the year is set on its own.
  const date = new Date(0);
  date.setUTCFullYear(four(s, 0), two(s, 5) - 1, two(s, 8));
  date.setUTCHours(two(s, 11), two(s, 14), two(s, 17), millis);
  return date.getTime() - offset;
}

/** The earliest and latest instants RFC 3339 can write (years 0000 to 9999, UTC). */
const FIRST_INSTANT = -62167219200000;
const LAST_INSTANT = 253402300799999;

/** Whether RFC 3339 can write the instant `time` (milliseconds since the epoch) in UTC: years 0000 to 9999. */
export function inDateRange(time: number): boolean {
  return time >= FIRST_INSTANT && time <= LAST_INSTANT;
}

/** A valid `Date` that RFC 3339 can represent (date-time in `Date` mode). */
export function isDateValue(value: unknown): value is Date {
  return value instanceof Date && inDateRange(value.getTime());
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** int64 as a bigint: any integer in [-2^63, 2^63 - 1]. */
export function isInt64BigInt(value: unknown): value is bigint {
  return typeof value === "bigint" && value >= INT64_MIN && value <= INT64_MAX;
}

/** What each format accepts, in the words the decode messages use. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: "a string",
  boolean: "a boolean",
  int8: "an int8 (an integer from -128 to 127)",
  int16: "an int16 (an integer from -32768 to 32767)",
  int32: "an int32 (an integer from -2147483648 to 2147483647)",
  int64: "an int64 (an integer)",
  "int64-range": "an int64 (an integer from -9223372036854775808 to 9223372036854775807)",
  double: "a finite number",
  "date-time":
    "an RFC 3339 date-time with a real calendar date and a time zone, such as 2026-11-26T10:15:30Z",
  base64: "a base64 string",
  object: "an object",
  array: "an array",
};

/** A short, bounded rendering of a received value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "string") {
    const text = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);
    return `the string ${text}`;
  }
  return String(value);
}

/** What `expected` (a key of the format table, or a phrase) is, in the words of the decode messages. */
export function expectedText(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

/** The message for a value that does not match `expected` (a key of the format table, or a phrase). */
export function problem(expected: string, value: unknown): string {
  const want = expectedText(expected);
  if (value === undefined) return `required field is missing: expected ${want}`;
  if (value === null)
    return `expected ${want}, got null (VI JSON leaves an unset optional field out, never null)`;
  if (expected === "int64" && typeof value === "number" && Number.isInteger(value)) {
    return (
      `int64 value ${value} is beyond +/-(2^53 - 1): JSON.parse may already have rounded it. ` +
      `Generate with the int64 "bigint" option to read it exactly`
    );
  }
  return `expected ${want}, got ${describeValue(value)}`;
}

const WIRE_TYPE_NAME: unique symbol = Symbol.for("vsphere-typegen.wireTypeName");

/**
 * The `_typeName` a value had on the wire. It differs from `value._typeName` only for a type no schema declares,
 * decoded as its nearest declared type (`unknownTypes: "nearest"`).
 */
/**
 * The set of names a prefix-coded list holds: the names sorted, each written after a comma as how many leading
 * characters it shares with the one before (one base-36 digit) and the rest. Every type's name is in each bundle of a
 * decoder (a `_typeName` outside them is a newer server's type), and this halves what they weigh there.
 */
export function prefixCodedNames(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  let previous = "";
  for (const part of text.split(",").slice(1)) {
    previous = previous.slice(0, parseInt(part.charAt(0), 36)) + part.slice(1);
    names.add(previous);
  }
  return names;
}

export function wireTypeName(value: { readonly _typeName: string }): string {
  const recorded = (value as { [WIRE_TYPE_NAME]?: string })[WIRE_TYPE_NAME];
  return recorded ?? value._typeName;
}

/**
 * A value's members as VI JSON writes them, `_typeName` first: the name it had on the wire (see wireTypeName), its
 * own, or, for a request value given without one, `declared`, the type its slot fixes (VI JSON needs the name on
 * every object).
 */
export function encodedObject(
  value: { readonly _typeName?: string },
  declared: string,
): { _typeName: string; [member: string]: unknown } {
  const recorded = (value as { [WIRE_TYPE_NAME]?: string })[WIRE_TYPE_NAME];
  const name = recorded ?? value._typeName ?? declared;
  return "_typeName" in value ? { ...value, _typeName: name } : { _typeName: name, ...value };
}

/** Why a request value is refused: given without `_typeName` in a slot of `declared`, it has members of a subtype. */
export function unnamedSubtype(declared: string, foreign: readonly string[]): string {
  return `${declared} or one of its subtypes goes here, and ${foreign.join(", ")} ${foreign.length === 1 ? "is" : "are"} not ${declared}'s: give the _typeName of the subtype`;
}

/**
 * `encoded`, the VI JSON of a request value encoded as `declared` (the type its slot fixes, whose members are
 * `fields`): refused with a TypeError when the value came without `_typeName` and has members of a subtype, which
 * would go to the server under the wrong type. Only a polymorphic slot's encoder asks.
 */
export function declaredOnly(
  value: { readonly _typeName?: string },
  encoded: { _typeName: string; [member: string]: unknown },
  declared: string,
  fields: readonly string[],
): { _typeName: string; [member: string]: unknown } {
  if (value._typeName === undefined) {
    const members = value as { readonly [member: string]: unknown };
    const foreign = Object.keys(members).filter((k) => !fields.includes(k) && members[k] !== undefined);
    if (foreign.length > 0) throw new TypeError(unnamedSubtype(declared, foreign));
  }
  return encoded;
}

/**
 * Records on a value decoded as its nearest declared type the name it had on the wire. Neither member is enumerable:
 * equality and spreading see the declared type, `JSON.stringify` writes the real one.
 */
export function keepWireTypeName<T extends object>(decoded: T, name: string): T {
  Object.defineProperty(decoded, WIRE_TYPE_NAME, { value: name, enumerable: false });
  Object.defineProperty(decoded, "toJSON", {
    value: () => ({ ...decoded, _typeName: name }),
    enumerable: false,
  });
  return decoded;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$.name`, or `$["odd name"]` for a key that is not an identifier. */
export function memberPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

const STEP = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[([0-9]+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** The value at an issue's path (`$.a[3]["b c"]`, as memberPath writes it) in a JSON value; undefined if none. */
export function valueAt(root: unknown, path: string): unknown {
  if (!path.startsWith("$")) return undefined;
  let value = root;
  STEP.lastIndex = 1;
  while (STEP.lastIndex < path.length) {
    const m = STEP.exec(path);
    if (m === null || typeof value !== "object" || value === null) return undefined;
    const key = m[1] ?? m[2] ?? (JSON.parse(m[3] ?? '""') as string);
    value = Object.prototype.hasOwnProperty.call(value, key)
      ? (value as Record<string, unknown>)[key]
      : undefined;
  }
  return value;
}

/** Whether `name` is `ancestor` or one of its subtypes in a table of types by name (any wire's: each has `base`). */
export function isA(
  table: ReadonlyMap<string, { readonly base: string | undefined }>,
  name: string,
  ancestor: string,
): boolean {
  for (let t: string | undefined = name; t !== undefined; t = table.get(t)?.base)
    if (t === ancestor) return true;
  return false;
}
