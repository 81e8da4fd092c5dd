/**
 * Streams of events of any size: NDJSON (one value per line, such as a log of CloudEvents) or one big JSON array (a
 * `QueryEvents` dump), read from a Node `Readable` or any async iterable of text or byte chunks, each value decoded
 * by a `parseT` function (every int64 digit kept) and yielded one at a time. Only the value being read is held in
 * memory. Copied into the output folder with the other templates.
 */

import { backslashesBefore } from "./json";

// A global of every runtime this code targets, declared because the generated code compiles against the ECMAScript
// library alone.
declare const TextDecoder: new (label: string) => { decode(input?: Uint8Array, options?: { stream: boolean }): string };

/** An issue as the decoders report them. */
interface Issue {
  readonly path: string;
  readonly message: string;
}

/** What a stream reader throws (the output's `DecodeError`), made by the caller's constructor. */
type ErrorOf = (issues: readonly Issue[]) => Error;

/** Where a value sits in the stream: its index (from 0) and, in NDJSON, its line (from 1). */
export interface StreamPosition {
  readonly index: number;
  readonly line: number | undefined;
}

export interface StreamOptions<O> {
  /** `"ndjson"`, `"array"`, or `"auto"` (the default): an array when the first character is `[`. */
  readonly format?: "auto" | "ndjson" | "array";
  /** A value that does not decode: `"throw"` (the default) ends the stream with its error; `"skip"` goes on. */
  readonly onError?: "throw" | "skip";
  /** Called for each skipped value with its error (issue paths carry its place) and position. */
  readonly onSkip?: (error: Error & { readonly issues?: readonly Issue[] }, at: StreamPosition) => void;
  /** The decode options of each value. */
  readonly decode?: O;
}

/** Chunks of a stream as text. */
async function* texts(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of source) {
    if (typeof chunk === "string") yield chunk;
    else {
      const text = decoder.decode(chunk, { stream: true });
      if (text.length > 0) yield text;
    }
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/** One value's text and where it was. */
interface Piece {
  readonly text: string;
  readonly at: StreamPosition;
}

/** The lines of NDJSON: each non-blank line is one value. */
async function* ndjsonValues(chunks: AsyncIterable<string>, carried: string): AsyncGenerator<Piece[]> {
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
  yield feed(carried);
  for await (const chunk of chunks) yield feed(chunk);
  const last = take(pending);
  if (last !== undefined) yield [last];
}

/** A truncated or malformed array stream: thrown at the place it was found. */
class StreamSyntax extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Finds the elements of one JSON array across chunks, following strings and nesting: each element's text is handed
 * on whole (and checked by the parse function), the rest is never kept. Plain code over a whole chunk: strings are skipped
 * with `indexOf`, the short text between them is looked at character by character.
 */
class ArrayScanner {
  private started = false; // after the opening [
  private ended = false; // after the closing ]
  private inElement = false;
  private expectComma = false;
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
      out.push({ text: this.element + chunk.slice(start, end), at: { index: this.index++, line: undefined } });
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
            if (c === 44 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9) break;
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
      if (c === 32 || c === 10 || c === 13 || c === 9) {
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
        if (c !== 44) throw new StreamSyntax(`$[${this.index}]`, `expected ',' or ']' after element ${this.index - 1}`);
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
    if (!this.ended) throw new StreamSyntax(`$[${this.index}]`, "the stream ended before the closing ] of the array");
  }
}

async function* arrayValues(chunks: AsyncIterable<string>, carried: string): AsyncGenerator<Piece[]> {
  const scanner = new ArrayScanner();
  yield scanner.feed(carried);
  for await (const chunk of chunks) yield scanner.feed(chunk);
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
export async function* readStream<T, O>(
  source: AsyncIterable<string | Uint8Array>,
  parse: (text: string, options?: O) => T,
  options: StreamOptions<O> | undefined,
  errorOf: ErrorOf,
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
  const pieces = format === "array" ? arrayValues(rest, head) : ndjsonValues(rest, head);
  try {
    for await (const batch of pieces) {
      for (const piece of batch) {
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
