/**
 * The lossless JSON reader behind every `parseT`: JSON.parse's values for every valid text, the source text of
 * every unusual number kept, and JSON.parse itself doing the reading when the text has no unusual number outside
 * its strings.
 */
import fc from "fast-check";
import { mayHoldUnusualNumber, parseJson, roundedIntegers, scanForUnusualNumber } from "../../templates/core/json";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 1000);
const settings = { numRuns: RUNS, seed: 20261127 };

function read(text: string): { value: unknown; numbers: unknown; issues: { path: string; message: string }[] } {
  const sink = { issues: [] as { path: string; message: string }[], numberText: undefined as unknown };
  const value = parseJson(text, sink as never);
  return { value, numbers: sink.numberText, issues: sink.issues };
}

/** JSON text with numbers in every form, strings with quotes, backslashes and digits, and random whitespace. */
const texts = fc
  .tuple(
    fc.jsonValue(),
    fc.constantFrom(" ", "\n", "\t", ""),
    fc.array(
      fc.constantFrom(
        "1.5",
        "1e3",
        "-0",
        "12345678901234567",
        "9007199254740993",
        "0.1E-2",
        "42",
        '"a\\"1.5"',
        '"\\\\"',
      ),
      { maxLength: 4 },
    ),
  )
  .map(([value, space, extra]) => {
    const body = JSON.stringify(value, null, space === "" ? undefined : space) ?? "null";
    return extra.length === 0 ? body : `[${[body, ...extra].join(`,${space}`)}]`;
  });

test("on every valid text the reader gives exactly what JSON.parse gives", () => {
  fc.assert(
    fc.property(texts, (text) => {
      const { value, issues } = read(text);
      expect(issues).toEqual([]);
      expect(value).toStrictEqual(JSON.parse(text));
    }),
    settings,
  );
});

test("text with no unusual number outside its strings is read by JSON.parse and records nothing", () => {
  const event =
    '{"_typeName":"UserLogoutSessionEvent","key":7,"createdTime":"2026-11-27T10:15:30.123456Z",' +
    '"ipAddress":"10.0.0.1","userAgent":"pyvmomi 8.0.1.0 \\"1.5\\" \\\\","callCount":34}';
  expect(mayHoldUnusualNumber(event)).toBe(false);
  expect(read(event).numbers).toBeUndefined();
  expect(read(event).value).toStrictEqual(JSON.parse(event));
});

test.each([
  ['{"callCount":9007199254740993}', "9007199254740993"],
  ['{"callCount":1.0}', "1.0"],
  ['{"callCount":1e3}', "1e3"],
  ['{"s":"a\\\\","callCount":2.5}', "2.5"],
  ['{"s":"say \\"1.5\\"","callCount":12345678901234567}', "12345678901234567"],
])("%s: the unusual number outside strings takes the exact reader, which keeps its text", (text, token) => {
  expect(mayHoldUnusualNumber(text)).toBe(true);
  const { value, numbers } = read(text);
  expect((numbers as WeakMap<object, Map<string, string>>).get(value as object)?.get("callCount")).toBe(token);
});

test("a syntax error is one issue at $ with the offset, whichever path read it", () => {
  expect(read('{"a": 1,}').issues).toEqual([
    { path: "$", message: expect.stringContaining("invalid JSON at offset 8") as unknown },
  ]);
  expect(read('{"a": 1.5,}').issues).toEqual([
    { path: "$", message: expect.stringContaining("invalid JSON at offset 10") as unknown },
  ]);
  expect(read("").issues).toHaveLength(1);
});

test("an escape JSON does not have is one issue at $ on the exact path too, never a SyntaxError", () => {
  // 1.5 sends each text to the exact reader, which reads strings itself.
  for (const [text, what] of [
    ['[1.5, "\\u12"]', "four hex digits"],
    ['[1.5, "\\u12zz"]', "four hex digits"],
    ['[1.5, "\\x41"]', "invalid escape"],
    ['[1.5, "\\', "unterminated string"],
  ]) {
    expect({ text, issues: read(text ?? "").issues }).toEqual({
      text,
      issues: [{ path: "$", message: expect.stringContaining(what ?? "") as unknown }],
    });
  }
  // Every escape JSON has still reads as JSON.parse reads it.
  const valid = '[1.5, "\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00"]';
  expect(read(valid)).toMatchObject({ value: JSON.parse(valid), issues: [] });
});

test("__proto__ stays an own member on both paths", () => {
  for (const text of ['{"__proto__":{"x":1}}', '{"__proto__":{"x":1.5}}']) {
    const { value } = read(text);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(value, "__proto__")).toBe(true);
  }
});

test("no text with an unusual number outside its strings is taken for a common one", () => {
  // A reference tokenizer: strings, then numbers; an unusual number has a fraction, an exponent or 16+ digits.
  const unusual = (text: string): boolean =>
    (text.match(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g) ?? []).some(
      (t) => !t.startsWith('"') && (/[.eE]/.test(t) || t.replace("-", "").length >= 16),
    );
  fc.assert(
    fc.property(texts, (text) => !unusual(text) || mayHoldUnusualNumber(text)),
    settings,
  );
});

test("the expression and the loop that reads texts too long for it give the same answer", () => {
  fc.assert(
    fc.property(texts, (text) => scanForUnusualNumber(text) === mayHoldUnusualNumber(text)),
    settings,
  );
  const long = `[${'{"a":"10.0.0.1","b":12345},'.repeat(200_000)}1]`;
  expect(long.length).toBeGreaterThan(4_000_000);
  expect(mayHoldUnusualNumber(long)).toBe(false);
  expect(mayHoldUnusualNumber(`${long.slice(0, -2)}1.5]`)).toBe(true);
});

test("roundedIntegers lists the numbers outside strings that JSON.parse rounds to an integer, and no others", () => {
  const text =
    '{"a":0.99999999999999999999,"b":"0.99999999999999999999","c":[1e-400,1.0,1e3,-2147483647.0000001,1.5],' +
    '"d":12345678901234567,"e":0.1e-400}';
  expect(roundedIntegers(text).map((r) => r.token)).toEqual([
    "0.99999999999999999999",
    "1e-400",
    "-2147483647.0000001",
    "0.1e-400",
  ]);
  const [first] = roundedIntegers(text);
  expect(first && text.slice(first.start, first.end)).toBe("0.99999999999999999999");
  expect(roundedIntegers('{"a":1.5,"b":[1,2,3]}')).toEqual([]);
});
