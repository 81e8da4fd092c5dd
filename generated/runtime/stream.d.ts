/**
 * Streams of events of any size: NDJSON (one value per line, such as a log of CloudEvents) or one big JSON array (a
 * `QueryEvents` dump), read from a Node `Readable` or any async iterable of text or byte chunks, each value decoded
 * by a `parseT` function (every int64 digit kept) and yielded one at a time. Only the value being read is held in
 * memory. This module is the public API; the chunks' text is in utf8Chunks.ts, the two formats in ndjson.ts and
 * jsonArrays.ts (over arrayScanner.ts). Copied into the output folder with the other templates.
 */
import { DecodeError, type DecodeOptions } from "./context.js";
import { type BulkDecode } from "./jsonArrays.js";
import type { StreamPosition } from "./streamBatch.js";
export type { BulkDecode } from "./jsonArrays.js";
export type { StreamPosition } from "./streamBatch.js";
/** An issue as the decoders report them. */
interface Issue {
    readonly path: string;
    readonly message: string;
}
/** What a stream reader throws (the output's `DecodeError`), made by the caller's constructor. */
type ErrorOf<E extends Error> = (issues: readonly Issue[]) => E;
/** `E` is the error a value that does not decode gives: the output's `DecodeError`. */
export interface StreamOptions<O, E extends Error = Error & {
    readonly issues: readonly Issue[];
}> {
    /** `"ndjson"`, `"array"`, or `"auto"` (the default): an array when the first character is `[`. */
    readonly format?: "auto" | "ndjson" | "array";
    /** A value that does not decode: `"throw"` (the default) ends the stream with its error; `"skip"` goes on. */
    readonly onError?: "throw" | "skip";
    /** Called for each skipped value with its error (issue paths carry its place) and position. */
    readonly onSkip?: (error: E, at: StreamPosition) => void;
    /** The decode options of each value. */
    readonly decode?: O;
}
/**
 * Reads a stream of values and yields each decoded by `parse` (a `parseT`, or `decodeCloudEvent`), in constant memory.
 * A value that does not decode ends the stream with a `DecodeError` whose paths carry its place, or, with
 * `onError: "skip"`, is reported to `onSkip` and passed over. A stream that is not well-formed (a truncated array) is
 * a `DecodeError` whatever the policy.
 */
export declare function readStream<T, O, E extends Error>(source: AsyncIterable<string | Uint8Array>, parse: (text: string, options?: O) => T, options: StreamOptions<O, E> | undefined, errorOf: ErrorOf<E>, bulk?: BulkDecode<T, O>): AsyncGenerator<T, void, undefined>;
/**
 * `decodeStream`: reads NDJSON or one JSON array from a Node `Readable` or any async iterable of text or byte chunks,
 * and yields each value decoded by `parse` (a `parseT` of the output, or `decodeCloudEvent`), in constant memory.
 * @throws DecodeError for a value that does not decode (paths `$[3].key`, or `line 4: $.key` in NDJSON) unless
 * `onError` is `"skip"`, and for a stream that is not well-formed (a truncated array) whatever the policy.
 */
export declare function decodeStream<T>(source: AsyncIterable<string | Uint8Array>, parse: (text: string, options?: DecodeOptions) => T, options?: StreamOptions<DecodeOptions, DecodeError>, bulk?: BulkDecode<T, DecodeOptions>): AsyncGenerator<T, void, undefined>;
