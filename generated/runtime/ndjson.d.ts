/**
 * NDJSON, one value per line (such as a log of CloudEvents): each non-blank line handed on as one value's text with
 * its line number, for the stream API to parse. A line may span any number of chunks. Copied into the output folder
 * with the other templates.
 */
import type { Batch } from "./streamBatch.js";
/** The lines of NDJSON: each non-blank line is one value. */
export declare function ndjsonBatches<T>(chunks: AsyncIterable<string>, carried: string): AsyncGenerator<Batch<T>>;
