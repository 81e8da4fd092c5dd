/**
 * Reading and writing JSON text without losing int64 precision. `parseJson` behaves like `JSON.parse`
 * (same values, `__proto__` kept as a plain member, the last of duplicate members wins) and also records
 * the source text of every number that `JSON.parse` would round or whose form matters to an int64 (beyond
 * 2^53, a fraction, an exponent), so that bigint decoders read it exactly. `stringifyJson` writes a
 * bigint as its exact digits. Copied into the output folder with the other templates.
 */
/** Source text of unusual numbers, by the object or array holding them and their key or index. */
export type NumberText = WeakMap<object, Map<string | number, string>>;
interface JsonSink {
    readonly issues: {
        path: string;
        message: string;
    }[];
    numberText: NumberText | undefined;
}
/** The same question as `COMMON_NUMBERS_ONLY`, in a loop: strings skipped with `indexOf`, digit runs looked at. */
export declare function scanForUnusualNumber(text: string): boolean;
/** How many backslashes stand just before `at`, looking back no further than `from`. */
export declare function backslashesBefore(text: string, at: number, from: number): number;
/**
 * Whether `text` may hold a number `JSON.parse` would round or whose form matters to an int64 (a fraction, an
 * exponent, sixteen digits or more) outside a string; numbers inside strings (times, addresses, versions) do not
 * count. `true` is only ever a reason to take the exact reader, never a change of result.
 */
export declare function mayHoldUnusualNumber(text: string): boolean;
/**
 * Parses JSON text; on a syntax error records one issue at `$` and returns `undefined`. Text with no unusual number
 * outside its strings (the common case) is read by `JSON.parse` itself, which gives the same values and records
 * nothing; other text, and text `JSON.parse` refuses (for the position in the message), by the exact reader below.
 */
export declare function parseJson(text: string, sink: JsonSink): unknown;
/** The exact reader: every number that `JSON.parse` would round, or whose form matters, keeps its source text. */
export declare function parseJsonExactly(text: string, sink: JsonSink): unknown;
/** JSON text of a wire value: like `JSON.stringify`, but a bigint is written as its exact digits. */
export declare function stringifyJson(value: unknown): string;
export {};
