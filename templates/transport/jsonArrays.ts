/**
 * One big JSON array (a `QueryEvents` dump) read as a stream: many elements per `JSON.parse` where that is safe,
 * the element-by-element scanner (arrayScanner.ts) where it is not, so that only the text being read is held in
 * memory. Copied into the output folder with the other templates.
 */
import { mayHoldUnusualNumber } from "../core/json";
import { ArrayScanner, isSpace } from "./arrayScanner";
import type { Batch, Piece } from "./streamBatch";

/**
 * How a stream's values may also be read many at a time: `decode` takes a value as `JSON.parse` gives it and gives
 * what the stream's `parse` gives for its text unless an int64 needs its digits: never in number mode, in bigint
 * mode only when a number outside a string is unusual (README, Performance).
 */
export interface BulkDecode<T, O> {
  readonly decode: (value: unknown, options?: O) => T;
  readonly int64: "number" | "bigint";
}

/** The length of text given to one `JSON.parse` by the array reader's fast path (it ends at the next boundary). */
const SEGMENT = 64 * 1024;

/**
 * The index of the last comma in `text` after `from` and at or before `upTo` between a closing and an opening
 * bracket (`},{`, white space around the comma allowed), or -1. Between the members of an object a comma is followed by a quote, so the commas
 * tried are mostly those between elements: between objects in a nested array otherwise.
 */
function lastBoundary(text: string, from: number, upTo: number): number {
  let comma = text.lastIndexOf(",", upTo);
  while (comma > from) {
    let j = comma - 1;
    while (j > from && isSpace(text.charCodeAt(j))) j--;
    const before = text.charCodeAt(j);
    if (before === 125 || before === 93) {
      let k = comma + 1;
      while (k < text.length && isSpace(text.charCodeAt(k))) k++;
      const after = text.charCodeAt(k);
      if (after === 123 || after === 91) return comma;
    }
    comma = text.lastIndexOf(",", comma - 1);
  }
  return -1;
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
export async function* arrayBatches<T, O>(
  chunks: AsyncIterable<string>,
  carried: string,
  bulk: BulkDecode<T, O> | undefined,
  options: O | undefined,
): AsyncGenerator<Batch<T>> {
  const scanner = new ArrayScanner();
  let pending = ""; // in bulk mode: the text after the last element found
  let bulkMode = false;
  // In bulk mode the scanner is always between elements (takePartial and resume leave it so).
  const scan = (text: string): Piece[] => {
    const pieces = scanner.feed(text);
    // Back to bulk mode once the scanner has found an element in this text: what it holds is then shorter than it.
    bulkMode = bulk !== undefined && scanner.started && !scanner.ended && pieces.length > 0;
    pending = bulkMode ? scanner.takePartial() : "";
    return pieces;
  };
  const decodeAll = (text: string): T[] | undefined => {
    if (bulk === undefined || (bulk.int64 === "bigint" && mayHoldUnusualNumber(text))) return undefined;
    let values: unknown;
    try {
      values = JSON.parse(`[${text}]`) as unknown;
    } catch {
      return undefined;
    }
    const decoded: T[] = [];
    for (const value of values as unknown[]) {
      try {
        decoded.push(bulk.decode(value, options));
      } catch {
        return undefined;
      }
    }
    return decoded;
  };
  function* feed(chunk: string): Generator<Batch<T>> {
    if (!scanner.started && bulk !== undefined) {
      // The opening bracket: from there on the elements can be read in bulk.
      let i = 0;
      while (i < chunk.length && isSpace(chunk.charCodeAt(i))) i++;
      if (chunk.charCodeAt(i) === 91) {
        scanner.resume(0, false);
        bulkMode = true;
        chunk = chunk.slice(i + 1);
      }
    }
    if (!bulkMode) {
      yield { pieces: scan(chunk) };
      return;
    }
    const text = pending + chunk;
    // After a complete element a comma must come first; the elements run from just after it.
    let from = 0;
    if (scanner.expectComma) {
      while (from < text.length && isSpace(text.charCodeAt(from))) from++;
      if (text.charCodeAt(from) !== 44) {
        yield { pieces: scan(text) }; // the scanner words what is there instead
        return;
      }
      from++;
      scanner.resume(scanner.index, false);
    }
    const last = lastBoundary(text, from, text.length);
    if (last < 0) {
      yield { pieces: scan(text.slice(from)) }; // no boundary: the scanner follows the element, however long
      return;
    }
    while (from <= last) {
      // A segment of about SEGMENT characters at a time: its values are garbage before the next segment is parsed,
      // so that they die young instead of filling the old generation (peak memory).
      const near = from + SEGMENT < last ? lastBoundary(text, from, from + SEGMENT) : -1;
      const cut = near < 0 ? last : near;
      const values = decodeAll(text.slice(from, cut));
      if (values === undefined) break;
      scanner.resume(scanner.index + values.length, false);
      from = cut + 1;
      yield { values };
    }
    if (from > last) pending = text.slice(from);
    else yield { pieces: scan(text.slice(from)) };
  }
  yield* feed(carried);
  for await (const chunk of chunks) yield* feed(chunk);
  if (bulkMode) yield { pieces: scan(pending) };
  scanner.end();
}
