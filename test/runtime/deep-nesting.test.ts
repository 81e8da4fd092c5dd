/**
 * Input nested deeper than the JavaScript stack goes: every entry point answers with a DecodeError (decoders,
 * parsers) or `false` (guards), never a RangeError; shallower nesting of the same shapes still decodes.
 */
import {
  DecodeError,
  decodeAny,
  decodeEventArray,
  decodeMethodFault,
  isAnyValue,
  isMethodFault,
  parseAny,
  parseEvent,
  parseEventArray,
  safeDecodeAny,
} from "../catalogue";

import * as bigint from "../golden/bigint";
import { thrown } from "../support/helpers";

const TOO_DEEP = "the value is nested too deeply to decode (the JavaScript stack ran out)";

/** `ArrayOfAnyType` boxes, each holding the next: `{"_typeName":"ArrayOfAnyType","_value":[...]}`. */
function boxes(depth: number): unknown {
  let value: unknown = { _typeName: "string", _value: "bottom" };
  for (let i = 0; i < depth; i++) value = { _typeName: "ArrayOfAnyType", _value: [value] };
  return value;
}

/** A fault whose cause is a fault whose cause is ... (`faultCause` is a fault or its wrapper). */
function causes(depth: number): unknown {
  let value: unknown = { _typeName: "NotFound" };
  for (let i = 0; i < depth; i++) value = { _typeName: "RuntimeFault", faultCause: value };
  return value;
}

function expectTooDeep(run: () => unknown): void {
  const error = thrown(run);
  expect(error).toBeInstanceOf(DecodeError);
  expect((error as DecodeError).issues.at(-1)).toEqual({ path: "$", message: TOO_DEEP });
}

test("JSON text nested 200,000 deep is a DecodeError from every parser, not a RangeError", () => {
  const text = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
  expect(() => JSON.parse(text)).not.toThrow();
  // JSON.parse reads it; the decoders then find an array where an object belongs.
  const issues = (run: () => unknown): unknown => (thrown(run) as DecodeError).issues;
  expect(issues(() => parseAny(text))).toEqual([{ path: "$", message: "expected an object, got an array" }]);
  expect(issues(() => parseEvent(text))).toEqual([{ path: "$", message: "expected an object, got an array" }]);
  expect(issues(() => parseEventArray(text))).toEqual([{ path: "$[0]", message: "expected an object, got an array" }]);
  // Where the exact reader must read it (bigint mode, a number in a form JSON.parse may round), its recursion runs
  // out of stack: a DecodeError too.
  const exact = `${"[".repeat(200_000)}1.5${"]".repeat(200_000)}`;
  for (const run of [() => bigint.parseSessionEvent(exact), () => bigint.parseAny(exact)]) {
    const error = thrown(run);
    expect(error).toBeInstanceOf(bigint.DecodeError);
    expect((error as bigint.DecodeError).issues.at(-1)).toEqual({ path: "$", message: TOO_DEEP });
  }
});

test("50,000 nested ArrayOfAnyType boxes: decodeAny and parseAny give a DecodeError, isAnyValue false", () => {
  const deep = boxes(50_000);
  expectTooDeep(() => decodeAny(deep));
  const safe = safeDecodeAny(deep);
  expect(safe.ok === false && safe.issues.at(-1)).toEqual({ path: "$", message: TOO_DEEP });
  // The same boxes as an EventEx argument's value, in a QueryEvents page.
  const event = {
    _typeName: "EventEx",
    key: 1,
    chainId: 1,
    createdTime: "2026-11-27T10:00:00Z",
    userName: "root",
    eventTypeId: "com.example.deep",
    arguments: [{ _typeName: "KeyAnyValue", key: "k", value: deep }],
  };
  expectTooDeep(() => decodeEventArray([event]));
  expect(
    decodeEventArray([{ ...event, arguments: [{ _typeName: "KeyAnyValue", key: "k", value: boxes(50) }] }]),
  ).toHaveLength(1);
  expect(isAnyValue(deep)).toBe(false);
  const shallow = boxes(50);
  expect(decodeAny(shallow)).toEqual(shallow);
  expect(isAnyValue(shallow)).toBe(true);
});

test("a chain of 50,000 fault causes: the decoder gives a DecodeError, the guard false; 50 still decode", () => {
  const deep = causes(50_000);
  expectTooDeep(() => decodeMethodFault(deep));
  expect(isMethodFault(deep)).toBe(false);
  const shallow = causes(50);
  expect(decodeMethodFault(shallow)).toEqual(shallow);
  expect(isMethodFault(shallow)).toBe(true);
});

test("other errors are not taken for nesting", () => {
  const hostile = {
    get _typeName(): string {
      throw new TypeError("not a stack overflow");
    },
  };
  expect(() => isAnyValue(hostile)).toThrow(TypeError);
  expect(() => safeDecodeAny(hostile)).toThrow(TypeError);
});
