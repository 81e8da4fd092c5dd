import { type DecodeAt, type DecodeContext, type DecodeDefaults, type DecodeIssue, type DecodeOptions, type WireObject } from "./context.js";
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
export declare function parseAndDecode<T>(text: string, c: DecodeContext, decode: (value: unknown, path: string, c: DecodeContext) => T): T;
/** Every element of an array passes `guard`. */
export declare function isArrayOf(value: unknown, guard: (element: unknown) => boolean): boolean;
/** Checks every element of a primitive array, each with its own path (`$.x[3]`). */
export declare function checkArray(value: readonly unknown[], path: string, c: DecodeContext, check: (element: unknown) => boolean, expected: string): void;
/**
 * Decodes every element of an array of objects, each with its own path (`$.x[3]`). Returns the input
 * array when no element changed, else a new one: the input is never modified.
 */
export declare function decodeArray<T>(value: readonly unknown[], path: string, c: DecodeContext, decode: (element: unknown, path: string, c: DecodeContext) => T): T[];
/** A top-level array (a `QueryEvents` result): paths are `$[i]...`. */
export declare function decodeRootArray<T>(value: unknown, c: DecodeContext, decode: (element: unknown, path: string, c: DecodeContext) => T): T[];
/**
 * Where the declared type has subtypes and `_typeName` is none of them: a type no schema declares decodes as the
 * declared type unless `unknownTypes` is `"reject"`; a known type of another family is always an error. The real
 * name stays available through `wireTypeName()`, and `JSON.stringify` writes it back.
 */
export declare function decodeOtherType<T extends object>(v: Record<string, unknown>, path: string, c: DecodeContext, declared: string, known: ReadonlySet<string>, decodeAsDeclared: (v: Record<string, unknown>, path: string, c: DecodeContext) => T): T;
/**
 * Applies the unknown-member policy to `v`: strips members that no level of the type declares (`known` holds one
 * set per level that declares fields) from the copy `o` (made here if there is none yet), or reports each of them.
 * Returns the copy, if any.
 */
export declare function checkMembers(v: Record<string, unknown>, o: Record<string, unknown> | undefined, known: readonly ReadonlySet<string>[], path: string, c: DecodeContext): Record<string, unknown> | undefined;
/**
 * A family table: the exact decoder (or guard, or encoder) of a type and of each known subtype, by `_typeName`.
 * Built once at load from the type's own entry and its subtypes' tables; dispatch is then one lookup, however many
 * types the family has.
 */
export declare function family<F>(entries: readonly (readonly [string, F] | ReadonlyMap<string, F>)[]): Map<string, F>;
/**
 * The slot function of a type without known subtypes: the value must be an object; its `_typeName` is the type's,
 * or missing (filled in), or, where the type is open (`known` given), a type no schema declares.
 */
export declare function decodeExactAt<T extends object>(v: unknown, path: string, c: DecodeContext, name: string, exact: (v: Record<string, unknown>, path: string, c: DecodeContext) => T, known?: ReadonlySet<string>): T;
/** The copy an exact decoder starts from: none when `_typeName` is already `name`, else one with it filled in. */
export declare function withTypeName(v: Record<string, unknown>, name: string): Record<string, unknown> | undefined;
/** A decoder of a record known to be exactly one type. */
export type ExactDecoder = (v: Record<string, unknown>, path: string, c: DecodeContext) => object;
/**
 * The start of every exact decoder: `_typeName` set, and undeclared members checked against each level's names
 * (unless kept). One shared start keeps a family's decoders small (decodeEvent's 443 types; README, Performance);
 * the levels' fields are then called directly, which a shared loop over them would make a megamorphic call (a valid
 * decode 11% slower, measured).
 */
export declare function exactStart(v: Record<string, unknown>, path: string, c: DecodeContext, name: string, members: readonly ReadonlySet<string>[]): Record<string, unknown> | undefined;
/** `stringifyT`: JSON text of what an encoder returns, every int64 digit kept. */
export declare function stringifier<T>(encode: (value: T) => WireObject): (value: T) => string;
/** `decodeT`: a fresh context, one decode from `$`, then throw every issue or return the value. */
export declare function decoder<T>(at: DecodeAt<T>, defaults: DecodeDefaults, guard?: (value: unknown) => boolean): (value: unknown, options?: DecodeOptions) => T;
/** What `safeDecodeT` returns: the decoded value, or every issue with its path (what `decodeT` would throw). */
export type DecodeResult<T> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    readonly issues: readonly DecodeIssue[];
};
/**
 * `safeDecodeT`: `decodeT` that returns its issues instead of throwing them. For input that is often invalid (a
 * request body, a message queue) this saves the throw and catch, which cost about a third of a decode that fails
 * (README, Performance).
 */
export declare function safeDecoder<T>(at: DecodeAt<T>, defaults: DecodeDefaults, guard?: (value: unknown) => boolean): (value: unknown, options?: DecodeOptions) => DecodeResult<T>;
/** `decodeTArray`: a JSON array of values (a `QueryEvents` result), paths `$[i]...`. */
export declare function arrayDecoder<T>(at: DecodeAt<T>, defaults: DecodeDefaults): (value: unknown, options?: DecodeOptions) => T[];
/** `parseT`: JSON text read with every int64 digit kept, then decoded. */
export declare function parser<T>(at: DecodeAt<T>, defaults: DecodeDefaults): (text: string, options?: DecodeOptions) => T;
/** `parseTArray`: JSON text holding an array of values, read with every int64 digit kept. */
export declare function arrayParser<T>(at: DecodeAt<T>, defaults: DecodeDefaults): (text: string, options?: DecodeOptions) => T[];
/** A boxed enum value in an untyped slot (`{"_typeName":"ManagedEntityStatus","_value":"gray"}`), checked as an enum field is. */
export declare function decodeBoxedEnum(v: Record<string, unknown>, path: string, c: DecodeContext, decode: (value: unknown, path: string, c: DecodeContext) => string): Record<string, unknown>;
/** A box of schema-type objects in an untyped slot: `{"_typeName":"ArrayOfEvent","_value":[...]}`. */
export declare function decodeBoxedArray<T>(v: Record<string, unknown>, path: string, c: DecodeContext, decode: (element: unknown, path: string, c: DecodeContext) => T): Record<string, unknown>;
