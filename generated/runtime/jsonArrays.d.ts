import type { Batch } from "./streamBatch.js";
/**
 * How a stream's values may also be read many at a time: `decode` takes a value as `JSON.parse` gives it and gives
 * what the stream's `parse` gives for its text unless an int64 needs its digits: never in number mode, in bigint
 * mode only when a number outside a string is unusual (README, Performance).
 */
export interface BulkDecode<T, O> {
    readonly decode: (value: unknown, options?: O) => T;
    readonly int64: "number" | "bigint";
}
/**
 * The elements of one JSON array, many at a time where it can: the text held since the last element found, up to the
 * last comma after a closing bracket, is given to one `JSON.parse` as an array and each value decoded. That parse
 * succeeding proves the comma is between two elements of the array (a comma inside a string or a nested container
 * leaves a string or a container open, and the parse fails), so no character is looked at in JavaScript. When it
 * fails, when a value does not decode (its error must come from `parse`, as every other), or when a number needs the
 * exact reader, the same text goes through the scanner element by element, which also words every syntax error.
 * After the scanner has had to follow an element across chunks it keeps it until the element ends, so that an
 * element larger than a chunk is never parsed again and again.
 */
export declare function arrayBatches<T, O>(chunks: AsyncIterable<string>, carried: string, bulk: BulkDecode<T, O> | undefined, options: O | undefined): AsyncGenerator<Batch<T>>;
