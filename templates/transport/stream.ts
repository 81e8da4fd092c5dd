/**
 * Streams of events of any size: NDJSON (one value per line, such as a log of CloudEvents) or one big JSON array (a
 * `QueryEvents` dump), read from a Node `Readable` or any async iterable of text or byte chunks, each value decoded
 * by a `parseT` function (every int64 digit kept) and yielded one at a time. Only the value being read is held in
 * memory. Copied into the output folder with the other templates.
 */

import { DecodeError, type DecodeOptions } from "../core/context";
import { backslashesBefore, mayHoldUnusualNumber } from "../vijson/json";

// A global of every runtime this code targets, declared because the generated code compiles against the ECMAScript
// library alone.
declare const TextDecoder: new (
  label: string,
  options?: { ignoreBOM?: boolean },
) => { decode(input?: Uint8Array): string };

/** An issue as the decoders report them. */
interface Issue {
  readonly path: string;
  readonly message: string;
}

/** What a stream reader throws (the output's `DecodeError`), made by the caller's constructor. */
type ErrorOf<E extends Error> = (issues: readonly Issue[]) => E;

/** Where a value sits in the stream: its index (from 0) and, in NDJSON, its line (from 1). */
export interface StreamPosition {
  readonly index: number;
  readonly line: number | undefined;
}

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

/**
 * How a stream's values may also be read many at a time: `decode` takes a value as `JSON.parse` gives it and gives
 * what the stream's `parse` gives for its text unless an int64 needs its digits: never in number mode, in bigint
 * mode only when a number outside a string is unusual (README, Performance).
 */
export interface BulkDecode<T, O> {
  readonly decode: (value: unknown, options?: O) => T;
  readonly int64: "number" | "bigint";
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that they do not complete (0 to 3). */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    const need = b >= 0xf5 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/**
 * Bytes decoded to text at a time. A string of more than about 128 KB lives in V8's large-object space, each one
 * freshly mapped memory: a file stream's 1 MB chunks made so, and copied once more when joined with the text before
 * them, cost a tenth of the stream's time; pieces this size are allocated like any small object.
 */
const PIECE = 64 * 1024;

/**
 * Chunks of a stream as text, in pieces of at most PIECE bytes. Complete UTF-8 sequences are decoded without the
 * decoder's `stream` flag (that path is about twice as fast in Node 20), and a sequence a chunk cuts is carried over
 * to the next; a byte order mark is dropped at the start of the stream only, as a streaming decoder does.
 */
async function* texts(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let carry: Uint8Array | undefined;
  let first = true;
  const text = (bytes: Uint8Array): string => {
    let decoded = decoder.decode(bytes);
    if (first && decoded.length > 0) {
      first = false;
      if (decoded.charCodeAt(0) === 0xfeff) decoded = decoded.slice(1);
    }
    return decoded;
  };
  for await (const chunk of source) {
    if (typeof chunk === "string") {
      if (chunk.length > 0) first = false;
      yield chunk;
      continue;
    }
    let bytes = chunk;
    if (carry !== undefined) {
      bytes = new Uint8Array(carry.length + chunk.length);
      bytes.set(carry);
      bytes.set(chunk, carry.length);
      carry = undefined;
    }
    for (let start = 0; start < bytes.length;) {
      let end = Math.min(start + PIECE, bytes.length);
      const cut = incompleteTail(bytes.subarray(start, end));
      if (end === bytes.length && cut > 0) carry = bytes.slice(end - cut);
      end -= cut;
      if (end <= start) break; // the chunk's last bytes, carried over
      const decoded = text(bytes.subarray(start, end));
      if (decoded.length > 0) yield decoded;
      start = end;
    }
  }
  // A sequence cut short by the end of the stream: the decoder replaces it, as a streaming decoder's flush does.
  if (carry !== undefined) {
    const rest = text(carry);
    if (rest.length > 0) yield rest;
  }
}

/** One value's text and where it was. */
interface Piece {
  readonly text: string;
  readonly at: StreamPosition;
}

/** The lines of NDJSON: each non-blank line is one value. */
async function* ndjsonBatches<T>(chunks: AsyncIterable<string>, carried: string): AsyncGenerator<Batch<T>> {
  let pending = "";
  let line = 1;
  let index = 0;
  const take = (text: string): Piece | undefined => {
    const at = { index, line };
    line++;
    if (text.trim().length === 0) return undefined;
    index++;
    return { text, at };
  };
  const feed = (chunk: string): Piece[] => {
    const out: Piece[] = [];
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
      const piece = take(pending.slice(start, end));
      if (piece !== undefined) out.push(piece);
      start = end + 1;
    }
    pending = pending.slice(start);
    return out;
  };
  yield { pieces: feed(carried) };
  for await (const chunk of chunks) yield { pieces: feed(chunk) };
  const last = take(pending);
  if (last !== undefined) yield { pieces: [last] };
}

/** A truncated or malformed array stream: thrown at the place it was found. */
class StreamSyntax extends Error {
  // A field, not a parameter property: those are not erasable syntax, and Node's type stripping rejects them.
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}

/**
 * Finds the elements of one JSON array across chunks, following strings and nesting: each element's text is handed
 * on whole (and checked by the parse function), the rest is never kept. Plain code over a whole chunk: strings are skipped
 * with `indexOf`, the short text between them is looked at character by character.
 */
class ArrayScanner {
  started = false; // after the opening [
  ended = false; // after the closing ]
  private inElement = false;
  expectComma = false;
  private depth = 0;
  private inString = false;
  private backslashes = 0; // trailing backslashes of the previous chunk, inside a string
  private element = "";
  index = 0;

  /** The elements that end in `chunk`, in order. */
  feed(chunk: string): Piece[] {
    const out: Piece[] = [];
    const n = chunk.length;
    // Where the current element's text starts in this chunk; its earlier part, if any, is in `this.element`.
    let start = 0;
    const finish = (end: number): void => {
      out.push({
        text: this.element + chunk.slice(start, end),
        at: { index: this.index++, line: undefined },
      });
      this.element = "";
      this.inElement = false;
      this.expectComma = true;
      this.depth = 0;
    };
    let i = 0;
    while (i < n) {
      if (this.inElement) {
        if (this.inString) {
          // The closing quote: one not escaped (counting backslashes carried over from the previous chunk).
          let close = chunk.indexOf('"', i);
          while (close !== -1) {
            let count = backslashesBefore(chunk, close, i);
            if (close - count === i) count += this.backslashes;
            if (count % 2 === 0) break;
            close = chunk.indexOf('"', close + 1);
          }
          if (close === -1) {
            const count = backslashesBefore(chunk, n, i);
            this.backslashes = count === n - i ? this.backslashes + count : count;
            break;
          }
          this.backslashes = 0;
          this.inString = false;
          i = close + 1;
          // A string element ends with its closing quote.
          if (this.depth === 0) finish(i);
          continue;
        }
        if (this.depth === 0) {
          // A number, true, false or null: it ends at a comma, a bracket or white space.
          while (i < n) {
            const c = chunk.charCodeAt(i);
            if (c === 44 || c === 93 || isSpace(c)) break;
            i++;
          }
          if (i === n) break;
          finish(i);
          continue;
        }
        // Inside a container: look for the next quote or bracket (the text between strings is short).
        let c = 0;
        while (i < n) {
          c = chunk.charCodeAt(i);
          if (c === 34) break;
          if (c === 123 || c === 91) this.depth++;
          else if ((c === 125 || c === 93) && --this.depth === 0) break;
          i++;
        }
        if (i === n) break;
        i++;
        if (c === 34) this.inString = true;
        else finish(i);
        continue;
      }
      // Between elements.
      const c = chunk.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (this.ended) throw new StreamSyntax("$", "unexpected text after the closing ] of the array");
      if (!this.started) {
        if (c !== 91) throw new StreamSyntax("$", "expected a JSON array: the stream does not start with [");
        this.started = true;
        i++;
        continue;
      }
      if (c === 93) {
        this.ended = true;
        i++;
        continue;
      }
      if (this.expectComma) {
        if (c !== 44)
          throw new StreamSyntax(`$[${this.index}]`, `expected ',' or ']' after element ${this.index - 1}`);
        this.expectComma = false;
        i++;
        continue;
      }
      if (c === 44) throw new StreamSyntax(`$[${this.index}]`, "expected an element, got ','");
      this.inElement = true;
      this.element = "";
      start = i;
      if (c === 34) {
        this.inString = true;
        i++;
      } else if (c === 123 || c === 91) {
        this.depth = 1;
        i++;
      } else this.depth = 0;
    }
    if (this.inElement) this.element += chunk.slice(start);
    return out;
  }

  /**
   * Hands over the text of the element it is inside, if any, and forgets it: the scanner is then between elements,
   * at the start of that element, as `resume` leaves it.
   */
  takePartial(): string {
    if (!this.inElement) return "";
    const partial = this.element;
    this.resume(this.index, false);
    return partial;
  }

  /** Continues after the opening [, between elements: after element `index - 1` (so a comma is next) or before one. */
  resume(index: number, expectComma: boolean): void {
    this.started = true;
    this.inElement = false;
    this.inString = false;
    this.backslashes = 0;
    this.depth = 0;
    this.element = "";
    this.index = index;
    this.expectComma = expectComma;
  }

  /** At the end of the stream: throws if the array is not complete. */
  end(): void {
    if (this.inElement) {
      throw new StreamSyntax(
        `$[${this.index}]`,
        this.depth === 0 && !this.inString
          ? "the stream ended inside this element, before the closing ] of the array"
          : "the stream ended inside this element",
      );
    }
    if (!this.started) throw new StreamSyntax("$", "the stream is empty: expected a JSON array");
    if (!this.ended)
      throw new StreamSyntax(`$[${this.index}]`, "the stream ended before the closing ] of the array");
  }
}

/** The length of text given to one `JSON.parse` by the array reader's fast path (it ends at the next boundary). */
const SEGMENT = 64 * 1024;

/** Values found in a stream: texts to parse one by one, or values already decoded many at a time. */
type Batch<T> = { readonly pieces: Piece[]; readonly values?: undefined } | { readonly values: T[] };

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

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
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
async function* arrayBatches<T, O>(
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
