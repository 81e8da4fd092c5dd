/**
 * Reading and writing JSON text without losing int64 precision. `parseJson` behaves like `JSON.parse`
 * (same values, `__proto__` kept as a plain member, the last of duplicate members wins) and also records
 * the source text of every number that `JSON.parse` would round or whose form matters to an int64 (beyond
 * 2^53, a fraction, an exponent), so that bigint decoders read it exactly. `stringifyJson` writes a
 * bigint as its exact digits. Copied into the output folder with the other templates.
 */

/** Source text of unusual numbers, by the object or array holding them and their key or index. */
export type NumberText = WeakMap<object, Map<string | number, string>>;

/**
 * The holder a text's top-level number is recorded under (key 0): a method's return value may be one bare number
 * (an int64), and bigint mode needs its digits as much as a member's.
 */
export const TOP_LEVEL: object = Object.freeze({});

interface JsonSink {
  readonly issues: { path: string; message: string }[];
  numberText: NumberText | undefined;
}

/** The characters JSON allows after a backslash, besides `u` and its four hex digits: `" \ / b f n r t`. */
const ESCAPED: ReadonlySet<number> = new Set([34, 92, 47, 98, 102, 110, 114, 116]);

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class JsonSyntaxError extends Error {}

/**
 * Matches the whole text when no number outside its strings is unusual: each step is one character outside a string,
 * one whole string, or one whole run of at most fifteen digits (2^53 has sixteen) followed by neither a fraction nor
 * an exponent. The three steps begin with different characters and a run only at its first digit (the lookbehind), so
 * a failing match backtracks in linear time. A run at once rather than a digit at a time with a lookahead over the
 * next fifteen: about 1,030 against 830 MB/s on a QueryEvents page (README, Performance).
 */
const COMMON_NUMBERS_ONLY = /^(?:[^"0-9]|"[^"\\]*(?:\\[\s\S][^"\\]*)*"|(?<![0-9])[0-9]{1,15}(?![0-9.eE]))*$/;

/** Beyond this many characters the expression's backtracking stack may run out; the loop below reads them. */
const EXPRESSION_LIMIT = 4_000_000;

/** The same question as `COMMON_NUMBERS_ONLY`, in a loop: strings skipped with `indexOf`, digit runs looked at. */
export function scanForUnusualNumber(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n;) {
    const ch = text.charCodeAt(i);
    if (ch === 34) {
      const close = stringEnd(text, i);
      if (close === -1) return true;
      i = close + 1;
    } else if (ch >= 48 && ch <= 57) {
      const start = i;
      do i++;
      while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57);
      const next = text.charCodeAt(i);
      if (next === 46 || next === 101 || next === 69 || i - start >= 16) return true;
    } else i++;
  }
  return false;
}

/** Where the string opened by the quote at `open` closes: the index of its closing quote, -1 when it does not. */
function stringEnd(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  while (close !== -1 && escaped(text, close)) close = text.indexOf('"', close + 1);
  return close;
}

/** Whether the backslashes just before `at` escape it (an odd number of them). */
function escaped(text: string, at: number): boolean {
  return backslashesBefore(text, at, 0) % 2 === 1;
}

/** How many backslashes stand just before `at`, looking back no further than `from`. */
export function backslashesBefore(text: string, at: number, from: number): number {
  let count = 0;
  for (let k = at - 1; k >= from && text.charCodeAt(k) === 92; k--) count++;
  return count;
}

/**
 * Whether `text` may hold a number `JSON.parse` would round or whose form matters to an int64 (a fraction, an
 * exponent, sixteen digits or more) outside a string; numbers inside strings (times, addresses, versions) do not
 * count. `true` is only ever a reason to take the exact reader, never a change of result.
 */
export function mayHoldUnusualNumber(text: string): boolean {
  if (text.length > EXPRESSION_LIMIT) return scanForUnusualNumber(text);
  try {
    return !COMMON_NUMBERS_ONLY.test(text);
  } catch {
    // The expression's stack ran out (many short steps): the loop has none.
    return scanForUnusualNumber(text);
  }
}

/** What a number JSON.parse rounds to an integer needs: 17 significant digits or more, or an exponent below -323. */
const MAY_ROUND_TO_INTEGER = /[0-9.]{16}|[eE]-[0-9]{3}/;

/** A number written with a fraction or an exponent: where it starts and ends in the text, and the text. */
export interface WrittenNumber {
  readonly start: number;
  readonly end: number;
  readonly token: string;
}

/**
 * The numbers outside strings whose written value is not an integer but that JSON.parse reads as one
 * (0.99999999999999999999 as 1, 1e-400 as 0, 2147483647.0000001 as 2147483647): an int32 or int64 check on the
 * value cannot see them. `1.0` and `1e3` are integers as written and are not listed. Text that cannot hold one (the
 * common case) is answered by one expression.
 */
export function roundedIntegers(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  if (!MAY_ROUND_TO_INTEGER.test(text)) return found;
  const n = text.length;
  for (let i = 0; i < n;) {
    const ch = text.charCodeAt(i);
    if (ch === 34) {
      const close = stringEnd(text, i);
      if (close === -1) break;
      i = close + 1;
    } else if (ch === 45 || (ch >= 48 && ch <= 57)) {
      NUMBER.lastIndex = i;
      const token = NUMBER.exec(text)?.[0] ?? "-";
      if (/[.eE]/.test(token) && Number.isInteger(Number(token)) && !writtenAsInteger(token))
        found.push({ start: i, end: i + token.length, token });
      i += token.length;
    } else i++;
  }
  return found;
}

/** Whether a JSON number's written value is an integer: no digit but 0 is left after the decimal point moves. */
function writtenAsInteger(token: string): boolean {
  const m = /^-?([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(token);
  if (m === null) return false;
  const fraction = m[2] ?? "";
  const digits = (m[1] ?? "") + fraction;
  const shift = Number(m[3] ?? "0") - fraction.length; // the value is digits x 10^shift
  return shift >= 0 || /^0*$/.test(digits.slice(Math.max(0, digits.length + shift)));
}

/**
 * Parses JSON text; on a syntax error records one issue at `$` and returns `undefined`. Text with no unusual number
 * outside its strings (the common case) is read by `JSON.parse` itself, which gives the same values and records
 * nothing; other text, and text `JSON.parse` refuses (for the position in the message), by the exact reader below.
 */
export function parseJson(text: string, sink: JsonSink): unknown {
  if (!mayHoldUnusualNumber(text)) {
    try {
      const value = JSON.parse(text) as unknown;
      sink.numberText = undefined;
      return value;
    } catch {
      // Fall through: the exact reader words the syntax error with its offset.
    }
  }
  return parseJsonExactly(text, sink);
}

/** The exact reader: every number that `JSON.parse` would round, or whose form matters, keeps its source text. */
export function parseJsonExactly(text: string, sink: JsonSink): unknown {
  const numbers: NumberText = new WeakMap();
  let i = 0;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`invalid JSON at offset ${i}: ${what}`);
  };
  const space = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  };
  const note = (holder: object, key: string | number, token: string): void => {
    let map = numbers.get(holder);
    if (map === undefined) numbers.set(holder, (map = new Map()));
    map.set(key, token);
  };
  const value = (holder: object, key: string | number): unknown => {
    space();
    const c = text.charCodeAt(i);
    if (c === 123) return object();
    if (c === 91) return array();
    if (c === 34) return string();
    if (text.startsWith("true", i)) return ((i += 4), true);
    if (text.startsWith("false", i)) return ((i += 5), false);
    if (text.startsWith("null", i)) return ((i += 4), null);
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (match === null)
      return fail(
        i >= text.length ? "unexpected end of text" : `unexpected character ${JSON.stringify(text[i])}`,
      );
    const token = match[0];
    i += token.length;
    const plain = /^-?[0-9]+$/.test(token);
    const n = Number(token);
    if (!plain || !Number.isSafeInteger(n)) note(holder, key, token);
    return n;
  };
  /** Steps over the escape at `i` (its backslash), or fails on one JSON does not have. */
  const escape = (): void => {
    const e = text.charCodeAt(i + 1);
    if (Number.isNaN(e)) fail("unterminated string");
    if (e === 117) {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("a \\u escape needs four hex digits");
      i += 6;
    } else if (ESCAPED.has(e)) i += 2;
    else fail("invalid escape in string");
  };
  const string = (): string => {
    const start = i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) fail("unterminated string");
      if (c === 34) break;
      if (c < 32) fail("control character in string");
      if (c === 92) escape();
      else i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const object = (): Record<string, unknown> => {
    i++;
    const out: Record<string, unknown> = {};
    space();
    if (text.charCodeAt(i) === 125) return (i++, out);
    for (;;) {
      space();
      if (text.charCodeAt(i) !== 34) fail("expected a member name in double quotes");
      const key = string();
      space();
      if (text.charCodeAt(i) !== 58) fail("expected ':'");
      i++;
      const member = value(out, key);
      // Like JSON.parse: "__proto__" becomes an own member, never the prototype.
      Object.defineProperty(out, key, {
        value: member,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      space();
      const c = text.charCodeAt(i);
      if (c === 125) return (i++, out);
      if (c !== 44) fail("expected ',' or '}'");
      i++;
    }
  };
  const array = (): unknown[] => {
    i++;
    const out: unknown[] = [];
    space();
    if (text.charCodeAt(i) === 93) return (i++, out);
    for (;;) {
      out.push(value(out, out.length));
      space();
      const c = text.charCodeAt(i);
      if (c === 93) return (i++, out);
      if (c !== 44) fail("expected ',' or ']'");
      i++;
    }
  };
  try {
    const result = value(TOP_LEVEL, 0);
    space();
    if (i < text.length) fail("unexpected text after the value");
    sink.numberText = numbers;
    return result;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    sink.issues.push({ path: "$", message: error.message });
    return undefined;
  }
}

/** JSON text of a wire value: like `JSON.stringify`, but a bigint is written as its exact digits. */
export function stringifyJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "bigint":
      return value.toString();
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : "null";
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "object":
      break;
    default:
      return "null";
  }
  if (Array.isArray(value)) return `[${value.map(stringifyJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const parts: string[] = [];
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
    parts.push(`${JSON.stringify(key)}:${stringifyJson(member)}`);
  }
  return `{${parts.join(",")}}`;
}
