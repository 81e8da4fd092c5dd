/**
 * The format checks of the generated guards and decoders (int32, int64, date-time, ...) and the words
 * every decode problem is reported in. Copied into the output folder with the other templates.
 */
/** A JSON object: not null, not an array. */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/**
 * Reads an own member only. Used for member names that `Object.prototype` also has (`constructor`,
 * `toString`, ...), where a plain read would find the inherited function instead of "absent".
 */
export declare function own(record: object, key: string): unknown;
export declare function isInt8(value: unknown): value is number;
export declare function isInt16(value: unknown): value is number;
export declare function isInt32(value: unknown): value is number;
/** int64 as a JS number: only integers that a double holds exactly (|n| <= 2^53 - 1). */
export declare function isInt64(value: unknown): value is number;
/** A finite number (xsd:double / xsd:float); JSON cannot carry NaN or Infinity. */
export declare function isDouble(value: unknown): value is number;
export declare function isBoolean(value: unknown): value is boolean;
export declare function isString(value: unknown): value is string;
/** xsd:base64Binary, carried as a base64 string. */
export declare function isBase64(value: unknown): value is string;
/**
 * RFC 3339 date-time with a time zone and a real calendar date: `2026-11-26T10:15:30Z`,
 * `2026-11-26T10:15:30.123456+02:00`. `T` and `Z` may be lower case (RFC 3339 section 5.6). Leap
 * seconds (`:60`) are rejected: vim25 sends xsd:dateTime, whose seconds stop at 59.
 * Hand-written rather than a regular expression because it runs once per date field per decode.
 */
export declare function isDateTime(value: unknown): value is string;
/**
 * The instant a valid RFC 3339 date-time denotes, in milliseconds since the epoch, digits below the
 * millisecond dropped (truncated toward the past); `undefined` if the text is not valid.
 */
export declare function dateTimeMillis(s: string): number | undefined;
/** A valid `Date` that RFC 3339 can represent (date-time in `Date` mode). */
export declare function isDateValue(value: unknown): value is Date;
/** int64 as a bigint: any integer in [-2^63, 2^63 - 1]. */
export declare function isInt64BigInt(value: unknown): value is bigint;
/** A short, bounded rendering of a received value for messages. */
export declare function describeValue(value: unknown): string;
/** What `expected` (a key of the format table, or a phrase) is, in the words of the decode messages. */
export declare function expectedText(expected: string): string;
/** The message for a value that does not match `expected` (a key of the format table, or a phrase). */
export declare function problem(expected: string, value: unknown): string;
/**
 * The `_typeName` a value had on the wire. It differs from `value._typeName` only for a type no schema declares,
 * decoded as its nearest declared type (`unknownTypes: "nearest"`).
 */
/**
 * The set of names a prefix-coded list holds: the names sorted, each written after a comma as how many leading
 * characters it shares with the one before (one base-36 digit) and the rest. Every type's name is in each bundle of a
 * decoder (a `_typeName` outside them is a newer server's type), and this halves what they weigh there.
 */
export declare function prefixCodedNames(text: string): ReadonlySet<string>;
export declare function wireTypeName(value: {
    readonly _typeName: string;
}): string;
/**
 * A value's members as VI JSON writes them, `_typeName` first: the name it had on the wire (see wireTypeName), its
 * own, or, for a request value given without one, `declared`, the type its slot fixes (VI JSON needs the name on
 * every object).
 */
export declare function encodedObject(value: {
    readonly _typeName?: string;
}, declared: string): {
    _typeName: string;
    [member: string]: unknown;
};
/** Why a request value is refused: given without `_typeName` in a slot of `declared`, it has members of a subtype. */
export declare function unnamedSubtype(declared: string, foreign: readonly string[]): string;
/**
 * `encoded`, the VI JSON of a request value encoded as `declared` (the type its slot fixes, whose members are
 * `fields`): refused with a TypeError when the value came without `_typeName` and has members of a subtype, which
 * would go to the server under the wrong type. Only a polymorphic slot's encoder asks.
 */
export declare function declaredOnly(value: {
    readonly _typeName?: string;
}, encoded: {
    _typeName: string;
    [member: string]: unknown;
}, declared: string, fields: readonly string[]): {
    _typeName: string;
    [member: string]: unknown;
};
/**
 * Records on a value decoded as its nearest declared type the name it had on the wire. Neither member is enumerable:
 * equality and spreading see the declared type, `JSON.stringify` writes the real one.
 */
export declare function keepWireTypeName<T extends object>(decoded: T, name: string): T;
/** `$.name`, or `$["odd name"]` for a key that is not an identifier. */
export declare function memberPath(path: string, key: string): string;
/** Whether `name` is `ancestor` or one of its subtypes in a table of types by name (any wire's: each has `base`). */
export declare function isA(table: ReadonlyMap<string, {
    readonly base: string | undefined;
}>, name: string, ancestor: string): boolean;
