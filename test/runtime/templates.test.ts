/** The run-time support copied into generated/: format checks and the wording of problems. */
import * as fs from "node:fs";
import * as path from "node:path";
import { commonJsOf } from "../../src/release/libraryPackage";
import { REPO } from "../support/helpers";
import * as boxed from "../../templates/core/boxed";
import * as checks from "../../templates/core/checks";
import * as convert from "../../templates/core/convert";
import * as envelope from "../../templates/transport/envelope";
import * as gojson from "../../templates/govmomi/gojson";
import * as json from "../../templates/core/json";
import * as runtime from "../../templates/core/runtime";
import * as stream from "../../templates/transport/stream";
import * as context from "../../templates/core/context";
import * as decode from "../../templates/core/decode";
import * as govmomiDecode from "../../templates/govmomi/govmomiDecode";
import * as envelopeDecode from "../../templates/transport/envelopeDecode";
import * as soapDecode from "../../templates/soap/soapDecode";
import {
  DecodeError,
  isBase64,
  isDateTime,
  isDouble,
  isInt16,
  isInt32,
  isInt64,
  isInt8,
  own,
  problem,
} from "../../templates/core/runtime";

describe("isDateTime accepts RFC 3339 date-times with a zone and a real calendar date", () => {
  test.each([
    "2026-11-26T10:15:30Z",
    "2026-11-26T10:15:30.123456+02:00",
    "2024-05-01T10:30:00.5Z",
    "2024-02-29T00:00:00Z",
    "2000-02-29T23:59:59-12:00",
    "2026-11-26t10:15:30z",
    "0001-01-01T00:00:00Z",
  ])("accepts %s", (text) => expect(isDateTime(text)).toBe(true));

  test.each([
    ["2026-02-30T00:00:00Z", "February 30th"],
    ["2023-02-29T00:00:00Z", "February 29th outside a leap year"],
    ["1900-02-29T00:00:00Z", "1900 is not a leap year"],
    ["2026-04-31T00:00:00Z", "April 31st"],
    ["2026-13-01T00:00:00Z", "month 13"],
    ["2026-00-01T00:00:00Z", "month 0"],
    ["2026-11-00T00:00:00Z", "day 0"],
    ["2026-11-26T10:15:30", "no zone"],
    ["2026-11-26T24:00:00Z", "hour 24"],
    ["2026-11-26T10:60:00Z", "minute 60"],
    ["2026-12-31T23:59:60Z", "leap second (xsd:dateTime has none)"],
    ["2026-11-26 10:15:30Z", "space instead of T"],
    ["2026-11-26T10:15:30.Z", "empty fraction"],
    ["2026-11-26T10:15:30+0200", "offset without colon"],
    ["2026-11-26T10:15:30+24:00", "offset hour 24"],
    ["2026-11-26T10:15:30Zjunk", "trailing text"],
    ["20x6-11-26T10:15:30Z", "letter in the year"],
    ["2026-11-26", "date only"],
    ["", "empty"],
  ])("rejects %s (%s)", (text) => expect(isDateTime(text)).toBe(false));

  test("rejects non-strings", () => {
    expect(isDateTime(20261126)).toBe(false);
    expect(isDateTime(new Date())).toBe(false);
  });
});

describe("integer formats", () => {
  test("int32 is an integer in [-2^31, 2^31 - 1]", () => {
    expect([0, -1, 2147483647, -2147483648].every(isInt32)).toBe(true);
    expect([2147483648, -2147483649, 1.5, NaN, Infinity, "1", null].some(isInt32)).toBe(false);
  });
  test("int8 and int16 have their own ranges", () => {
    expect(isInt8(127) && isInt8(-128) && !isInt8(128)).toBe(true);
    expect(isInt16(32767) && isInt16(-32768) && !isInt16(32768)).toBe(true);
  });
  test("int64 as a number is a safe integer only", () => {
    expect(isInt64(Number.MAX_SAFE_INTEGER) && isInt64(-Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(isInt64(2 ** 53)).toBe(false);
    expect(isInt64(1.5)).toBe(false);
  });
  test("double is any finite number", () => {
    expect(isDouble(1.5) && !isDouble(NaN) && !isDouble(Infinity)).toBe(true);
  });
  test("base64", () => {
    expect(isBase64("aGVsbG8=") && isBase64("") && !isBase64("a=b")).toBe(true);
  });
});

describe("problem messages", () => {
  test("a missing value says it is required", () => {
    expect(problem("int32", undefined)).toBe(
      "required field is missing: expected an int32 (an integer from -2147483648 to 2147483647)",
    );
  });
  test("null explains that VI JSON omits unset fields", () => {
    expect(problem("string", null)).toBe(
      "expected a string, got null (VI JSON leaves an unset optional field out, never null)",
    );
  });
  test("an unsafe int64 names the bigint option", () => {
    expect(problem("int64", 2 ** 53)).toContain('int64 "bigint" option');
    expect(problem("int64", 2 ** 53)).toContain("9007199254740992");
  });
  test("long strings are cut", () => {
    expect(problem("int32", "x".repeat(100))).toBe(
      `expected an int32 (an integer from -2147483648 to 2147483647), got the string "${"x".repeat(60)}..."`,
    );
  });
});

describe("DecodeError", () => {
  test("lists every issue and summarises the first five in its message", () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: `$[${i}]`, message: "bad" }));
    const error = new DecodeError(issues);
    expect(error.issues).toHaveLength(7);
    expect(error.message).toContain("7 decode issues");
    expect(error.message).toContain("$[4]: bad");
    expect(error.message).not.toContain("$[5]: bad");
    expect(error.message).toContain("and 2 more");
    expect(error).toBeInstanceOf(Error);
  });
});

test("own() ignores inherited members", () => {
  expect(own({}, "constructor")).toBeUndefined();
  expect(own(JSON.parse('{"constructor": 1}') as Record<string, unknown>, "constructor")).toBe(1);
});

/**
 * runtime.ts as the library package's CommonJS build writes it (commonJsOf, src/release/libraryPackage.ts), run
 * with the templates it imports as this suite loaded them: its exports object, as a consumer's `require` sees it. (jest's own transform, esbuild's, makes every export a getter; the package's build does not.)
 */
function runtimeAsPackaged(): Record<string, unknown> {
  const dir = path.join(REPO, "templates", "core");
  const file = path.join(dir, "runtime.ts");
  const outputText = commonJsOf(fs.readFileSync(file, "utf8"), file);
  const module = { exports: {} as Record<string, unknown> };
  // jest's require: the module instances the imports above loaded, so that a re-export is the same function.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (specifier: string): unknown => require(path.join(dir, specifier)) as unknown;
  new Function("exports", "require", "module", outputText)(module.exports, load, module);
  return module.exports;
}

test("runtime re-exports every function of the other templates as a plain value, not a getter", () => {
  // Compiled to CommonJS, `export *` would make each re-export a getter, called on every `rt.isString`.
  const templates: Record<string, object> = {
    checks,
    boxed,
    convert,
    json,
    gojson,
    envelope,
    stream,
    context,
    decode,
    govmomiDecode,
    envelopeDecode,
    soapDecode,
  };
  const packaged = runtimeAsPackaged();
  const runtimeExports = runtime as unknown as Record<string, unknown>;
  for (const [name, module] of Object.entries(templates)) {
    for (const [key, value] of Object.entries(module)) {
      expect({ template: name, key, same: runtimeExports[key] === value }).toEqual({ template: name, key, same: true });
      expect({ template: name, key, same: packaged[key] === value }).toEqual({ template: name, key, same: true });
      const descriptor = Object.getOwnPropertyDescriptor(packaged, key);
      expect({ key, getter: descriptor?.get !== undefined }).toEqual({ key, getter: false });
    }
  }
});

test("the catalogue's decoder modules that call each other export under 1,000 names each", async () => {
  // V8 keeps an object with more than about 1,000 properties as a dictionary: every `(0, dispatch.decodeAt$X)(...)`
  // of the CommonJS build would then be a hash lookup (3 to 4% of a valid decode, README, Performance).
  for (const module of [
    "../catalogue/decoders-dispatch",
    "../catalogue/decoders-fields",
    "../catalogue/guards",
    "../../generated/runtime/runtime",
  ]) {
    const exported = Object.keys((await import(module)) as object).length;
    expect({ module, under1000: exported < 1000 }).toEqual({ module, under1000: true });
  }
});

test("a DecodeError is an Error whose stack is its message alone, and the stack limit is left as it was", () => {
  const limit = Error.stackTraceLimit;
  const error = new runtime.DecodeError([{ path: "$.key", message: "required field is missing" }]);
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe("DecodeError");
  expect(error.stack).toBe("DecodeError: 1 decode issue:\n  $.key: required field is missing");
  expect(Error.stackTraceLimit).toBe(limit);
});
