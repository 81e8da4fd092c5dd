/**
 * The element-by-element reader of one JSON array across chunks: where each element's text starts and ends
 * (following strings, escapes and nesting), and every syntax error of the array itself, worded at its place. The
 * bulk reader (jsonArrays.ts) falls back to it. Copied into the output folder with the other templates.
 */
import { backslashesBefore } from "../core/json";
import type { Piece } from "./streamBatch";

/** A truncated or malformed array stream: thrown at the place it was found. */
export class StreamSyntax extends Error {
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
export class ArrayScanner {
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
        // Before an element with one read already, a comma came last: `[1,]` is malformed whatever the policy.
        if (!this.expectComma && this.index > 0)
          throw new StreamSyntax(
            `$[${this.index}]`,
            "expected an element after ',', got ']' (a trailing comma)",
          );
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

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
