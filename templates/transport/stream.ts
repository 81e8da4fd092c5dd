/**
 * Streams of events of any size: NDJSON (one value per line, such as a log of CloudEvents) or one big JSON array (a
 * `QueryEvents` dump), read from a Node `Readable` or any async iterable of text or byte chunks, each value decoded
 * by a `parseT` function (every int64 digit kept) and yielded one at a time. Only the value being read is held in
 * memory. This module is the public API; the chunks' text is in utf8Chunks.ts, the two formats in ndjson.ts and
 * jsonArrays.ts (over arrayScanner.ts). Copied into the output folder with the other templates.
 */

import { DecodeError, type DecodeOptions } from "../core/context";
import { StreamSyntax } from "./arrayScanner";
import { arrayBatches, type BulkDecode } from "./jsonArrays";
import { ndjsonBatches } from "./ndjson";
import type { Batch, StreamPosition } from "./streamBatch";
import { texts } from "./utf8Chunks";

export type { BulkDecode } from "./jsonArrays";
export type { StreamPosition } from "./streamBatch";

/** An issue as the decoders report them. */
interface Issue {
  readonly path: string;
  readonly message: string;
}

/** What a stream reader throws (the output's `DecodeError`), made by the caller's constructor. */
type ErrorOf<E extends Error> = (issues: readonly Issue[]) => E;

/** `E` is the error a value that does not decode gives: the output's `DecodeError`. */
export interface StreamOptions<O, E extends Error = Error & { readonly issues: readonly Issue[] }> {
  /** `"ndjson"`, `"array"`, or `"auto"` (the default): an array when the first character is `[`. */
  readonly format?: "auto" | "ndjson" | "array";
  /** A value that does not decode: `"throw"` (the default) ends the stream with its error; `"skip"` goes on. */
  readonly onError?: "throw" | "skip";
  /** Called for each skipped value with its error (issue paths carry its place) and position. */
  readonly onSkip?: (error: E, at: StreamPosition) => void;
  /** The decode options of each value. */
  readonly decode?: O;
}

/** `$.x` of a value becomes `$[3].x` (array) or `line 4: $.x` (NDJSON). */
function placed(issues: readonly Issue[], at: StreamPosition): Issue[] {
  return issues.map((issue) => ({
    path: at.line === undefined ? `$[${at.index}]${issue.path.slice(1)}` : `line ${at.line}: ${issue.path}`,
    message: issue.message,
  }));
}

/**
 * Reads a stream of values and yields each decoded by `parse` (a `parseT`, or `decodeCloudEvent`), in constant memory.
 * A value that does not decode ends the stream with a `DecodeError` whose paths carry its place, or, with
 * `onError: "skip"`, is reported to `onSkip` and passed over. A stream that is not well-formed (a truncated array) is
 * a `DecodeError` whatever the policy.
 */
export async function* readStream<T, O, E extends Error>(
  source: AsyncIterable<string | Uint8Array>,
  parse: (text: string, options?: O) => T,
  options: StreamOptions<O, E> | undefined,
  errorOf: ErrorOf<E>,
  bulk?: BulkDecode<T, O>,
): AsyncGenerator<T, void, undefined> {
  const chunks = texts(source)[Symbol.asyncIterator]();
  // The format comes from the first character that is not whitespace.
  let head = "";
  let format = options?.format ?? "auto";
  while (format === "auto") {
    const next = await chunks.next();
    if (next.done === true) break;
    head += next.value;
    const first = head.trimStart();
    if (first.length > 0) format = first.startsWith("[") ? "array" : "ndjson";
  }
  const rest: AsyncIterable<string> = { [Symbol.asyncIterator]: () => chunks };
  const batches: AsyncIterable<Batch<T>> =
    format === "array" ? arrayBatches(rest, head, bulk, options?.decode) : ndjsonBatches(rest, head);
  try {
    for await (const batch of batches) {
      if (batch.values !== undefined) {
        for (const value of batch.values) yield value;
        continue;
      }
      for (const piece of batch.pieces) {
        let value: T;
        try {
          value = parse(piece.text, options?.decode);
        } catch (error) {
          const issues = (error as { issues?: readonly Issue[] }).issues;
          if (issues === undefined) throw error;
          const placedError = errorOf(placed(issues, piece.at));
          if (options?.onError === "skip") {
            options.onSkip?.(placedError, piece.at);
            continue;
          }
          throw placedError;
        }
        yield value;
      }
    }
  } catch (error) {
    if (error instanceof StreamSyntax) throw errorOf([{ path: error.path, message: error.message }]);
    throw error;
  }
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
