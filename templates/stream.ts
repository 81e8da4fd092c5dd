/**
 * Streams of events of any size: NDJSON (one value per line, such as a log of CloudEvents) or one big JSON array (a
 * `QueryEvents` dump), read from a Node `Readable` or any async iterable of text or byte chunks, each value decoded
 * by a `parseT` function (every int64 digit kept) and yielded one at a time. Only the value being read is held in
 * memory. Copied into the output folder with the other templates.
 */

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
async function* ndjsonValues(chunks: AsyncIterable<string>, carried: string): AsyncGenerator<Piece> {
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
  const feed = function* (chunk: string): Generator<Piece> {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
      const piece = take(pending.slice(start, end));
      if (piece !== undefined) yield piece;
      start = end + 1;
    }
    pending = pending.slice(start);
  };
  yield* feed(carried);
  for await (const chunk of chunks) yield* feed(chunk);
  const last = take(pending);
  if (last !== undefined) yield last;
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
 * The elements of one JSON array, found by following strings and nesting across chunks; each element's text is
 * handed on whole (and checked by the parse function), the rest is never kept.
 */
async function* arrayValues(chunks: AsyncIterable<string>, carried: string): AsyncGenerator<Piece> {
  let started = false; // after the opening [
  let ended = false; // after the closing ]
  let inElement = false;
  let expectComma = false;
  let depth = 0;
  let inString = false;
  let escape = false;
  let element = "";
  let index = 0;
  const feed = function* (chunk: string): Generator<Piece> {
    let from = 0; // start of the current element's text within this chunk
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inElement) {
        if (inString) {
          if (escape) escape = false;
          else if (c === 92) escape = true;
          else if (c === 34) inString = false;
          continue;
        }
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          if (depth > 0) {
            depth--;
            if (depth === 0) {
              element += chunk.slice(from, i + 1);
              inElement = false;
              expectComma = true;
              yield { text: element, at: { index: index++, line: undefined } };
              element = "";
            }
            continue;
          }
        }
        if (depth === 0 && (c === 44 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9)) {
          // The end of a primitive element.
          element += chunk.slice(from, i);
          inElement = false;
          expectComma = true;
          yield { text: element, at: { index: index++, line: undefined } };
          element = "";
        } else continue;
      }
      // Between elements.
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (ended) throw new StreamSyntax("$", `unexpected text after the closing ] of the array`);
      if (!started) {
        if (c !== 91) throw new StreamSyntax("$", "expected a JSON array: the stream does not start with [");
        started = true;
        continue;
      }
      if (c === 93) {
        ended = true;
        continue;
      }
      if (expectComma) {
        if (c !== 44) throw new StreamSyntax(`$[${index}]`, `expected ',' or ']' after element ${index - 1}`);
        expectComma = false;
        continue;
      }
      if (c === 44) throw new StreamSyntax(`$[${index}]`, "expected an element, got ','");
      inElement = true;
      from = i;
      if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth = 1;
      else depth = 0;
    }
    if (inElement) element += chunk.slice(from);
  };
  yield* feed(carried);
  for await (const chunk of chunks) yield* feed(chunk);
  if (inElement && depth === 0 && !inString) {
    // A primitive element ends with the stream only if the array had ended: it has not.
    throw new StreamSyntax(`$[${index}]`, "the stream ended inside this element, before the closing ] of the array");
  }
  if (inElement) throw new StreamSyntax(`$[${index}]`, "the stream ended inside this element");
  if (!started) throw new StreamSyntax("$", "the stream is empty: expected a JSON array");
  if (!ended) throw new StreamSyntax(`$[${index}]`, "the stream ended before the closing ] of the array");
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
    for await (const piece of pieces) {
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
  } catch (error) {
    if (error instanceof StreamSyntax) throw errorOf([{ path: error.path, message: error.message }]);
    throw error;
  }
}
