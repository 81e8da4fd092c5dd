import type { NumberText } from "./json.js";
/** What a converter needs of the decode context. */
export interface ConvertContext {
    readonly issues: {
        path: string;
        message: string;
    }[];
    readonly numberText: NumberText | undefined;
    /** Set when an int64 was read from a number with no source text recorded: `parseT` then checks the text's forms. */
    int64FromNumber?: boolean;
}
/** Reads an int64 as a bigint: exact digits from JSON text, a safe-integer number, or a bigint in range. */
export declare function readInt64(value: unknown, path: string, c: ConvertContext, holder: object, key: string | number): bigint | undefined;
/**
 * Reads a date-time as a `Date`. A `Date` holds milliseconds: digits below them are dropped (truncated),
 * and the exact wire text is kept on the `Date` (see `dateTimeText`), so encoding it again writes the same
 * text as long as the `Date` still denotes the same millisecond.
 */
export declare function readDateTime(value: unknown, path: string, c: ConvertContext): Date | undefined;
/** The wire text of a `Date`: the text it was decoded from while it still denotes that instant, else UTC with milliseconds. */
export declare function dateTimeText(date: Date): string;
/** Encoder step of date-time in `Date` mode. */
export declare const writeDateTime: typeof dateTimeText;
/** Converts every element of an array with a format's converter, each with its own path. */
export declare function convertArray<T>(value: readonly unknown[], path: string, c: ConvertContext, convert: (element: unknown, path: string, c: ConvertContext, holder: object, key: number) => T | undefined): (T | undefined)[];
