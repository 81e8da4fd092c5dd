/**
 * The converters of the representation options: int64 as `bigint` (exact, from JSON text or from a
 * safe number) and date-time as `Date` (with the wire text kept for re-encoding). Copied into the output
 * folder with the other templates.
 */
import { dateTimeMillis, inDateRange, isDateValue, isInt64BigInt, problem } from "./checks";
import type { NumberText } from "./json";

/** What a converter needs of the decode context. */
export interface ConvertContext {
  readonly issues: { path: string; message: string }[];
  readonly numberText: NumberText | undefined;
  /** Set when an int64 was read from a number with no source text recorded: `parseT` then checks the text's forms. */
  int64FromNumber?: boolean;
}

const PLAIN_INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/** Reads an int64 as a bigint: exact digits from JSON text, a safe-integer number, or a bigint in range. */
export function readInt64(
  value: unknown,
  path: string,
  c: ConvertContext,
  holder: object,
  key: string | number,
): bigint | undefined {
  if (typeof value === "bigint") {
    if (isInt64BigInt(value)) return value;
    c.issues.push({ path, message: problem("int64-range", value) });
    return undefined;
  }
  if (typeof value !== "number") {
    c.issues.push({ path, message: problem("int64", value) });
    return undefined;
  }
  const text = c.numberText?.get(holder)?.get(key);
  if (text !== undefined) {
    if (!PLAIN_INTEGER.test(text)) {
      c.issues.push({
        path,
        message: `expected an int64 written as a plain integer, got ${text} (a fraction or an exponent)`,
      });
      return undefined;
    }
    const exact = BigInt(text);
    if (isInt64BigInt(exact)) return exact;
    c.issues.push({ path, message: problem("int64-range", exact) });
    return undefined;
  }
  c.int64FromNumber = true;
  if (Number.isSafeInteger(value)) return BigInt(value);
  c.issues.push({
    path,
    message: Number.isInteger(value)
      ? `int64 value ${value} is beyond +/-(2^53 - 1) and was read by JSON.parse, which may have rounded it: ` +
        "read the JSON text with parseT to keep it exact"
      : problem("int64", value),
  });
  return undefined;
}

const DATE_TEXT: unique symbol = Symbol.for("vsphere-typegen.dateTimeText");

interface RecordedText {
  readonly text: string;
  readonly time: number;
}

/**
 * Reads a date-time as a `Date`. A `Date` holds milliseconds: digits below them are dropped (truncated),
 * and the exact wire text is kept on the `Date` (see `dateTimeText`), so encoding it again writes the same
 * text as long as the `Date` still denotes the same millisecond.
 */
export function readDateTime(value: unknown, path: string, c: ConvertContext): Date | undefined {
  if (isDateValue(value)) return value;
  const millis = typeof value === "string" ? dateTimeMillis(value) : undefined;
  if (millis === undefined) {
    c.issues.push({ path, message: problem("date-time", value) });
    return undefined;
  }
  // 0000-01-01T00:00:00+01:00 is valid text for an instant before year 0000 in UTC: a Date no guard would take.
  if (!inDateRange(millis)) {
    c.issues.push({
      path,
      message: `expected a date-time between the years 0000 and 9999 in UTC, got ${JSON.stringify(value)}`,
    });
    return undefined;
  }
  const date = new Date(millis);
  const recorded: RecordedText = { text: value as string, time: millis };
  Object.defineProperty(date, DATE_TEXT, { value: recorded, enumerable: false });
  return date;
}

/** The wire text of a `Date`: the text it was decoded from while it still denotes that instant, else UTC with milliseconds. */
export function dateTimeText(date: Date): string {
  const recorded = (date as { [DATE_TEXT]?: RecordedText })[DATE_TEXT];
  return recorded !== undefined && recorded.time === date.getTime() ? recorded.text : date.toISOString();
}

/** Encoder step of date-time in `Date` mode. */
export const writeDateTime: (date: Date) => string = dateTimeText;

/** Converts every element of an array with a format's converter, each with its own path. */
export function convertArray<T>(
  value: readonly unknown[],
  path: string,
  c: ConvertContext,
  convert: (element: unknown, path: string, c: ConvertContext, holder: object, key: number) => T | undefined,
): (T | undefined)[] {
  const out: (T | undefined)[] = new Array<T | undefined>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = convert(value[i], `${path}[${i}]`, c, value, i);
  return out;
}
