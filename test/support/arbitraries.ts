/**
 * fast-check arbitraries of valid VI JSON, generated from the schema model: for a declared type, any of
 * its known concrete types; every required field, optional fields present or absent, every format
 * within its range, and now and then a member no schema declares. Used by the round-trip and fuzz tests.
 */
import fc from "fast-check";
import { typeNamesOf, typeOf, type FieldModel, type Model } from "../../src/model/ir";
import type { FormatKey } from "../../src/formats";
import type { CodeOptions } from "../../src/options";

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, "0");

/** Valid RFC 3339 date-times across years 0001-9999, with 0 to 9 fraction digits and any zone form. */
export function dateTimeText(): fc.Arbitrary<string> {
  return fc
    .record({
      time: fc.integer({ min: -62135596800000, max: 253402300799999 }),
      fraction: fc.oneof(
        fc.constant(""),
        fc
          .integer({ min: 0, max: 999999999 })
          .chain((n) => fc.integer({ min: 1, max: 9 }).map((d) => String(n).padStart(9, "0").slice(0, d))),
      ),
      offset: fc.oneof(fc.constantFrom("Z", "z"), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 })),
    })
    .map(({ time, fraction, offset }) => {
      const minutes = typeof offset === "number" ? offset : 0;
      const local = new Date(Math.min(Math.max(time + minutes * 60000, -62135596800000), 253402300799000));
      const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}`;
      const clock = `${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}`;
      const zone =
        typeof offset === "string"
          ? offset
          : `${offset < 0 ? "-" : "+"}${pad(Math.trunc(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
      return `${date}T${clock}${fraction === "" ? "" : `.${fraction}`}${zone}`;
    });
}

function formatValue(format: FormatKey, options: CodeOptions): fc.Arbitrary<unknown> {
  switch (format) {
    case "string":
      return fc.string({ unit: "binary", maxLength: 12 });
    case "boolean":
      return fc.boolean();
    case "int8":
      return fc.integer({ min: -128, max: 127 });
    case "int16":
      return fc.integer({ min: -32768, max: 32767 });
    case "int32":
      return fc.integer({ min: -2147483648, max: 2147483647 });
    case "int64":
      return options.int64 === "bigint"
        ? fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n })
        : fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    case "double":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "date-time":
      return dateTimeText();
    case "base64":
      return fc.base64String({ maxLength: 16 });
  }
}

/**
 * The arbitraries built so far, per model and options: each type's at each depth is built once and reused by every
 * value drawn, instead of again for each object a value holds (a fast-check arbitrary holds no state, so the values a
 * seed gives are the same).
 */
const built = new WeakMap<Model, WeakMap<CodeOptions, Map<string, fc.Arbitrary<Record<string, unknown>>>>>();

/** Past this depth, optional objects are left out and arrays are empty: deeper values are drawn alike. */
const DEEP = 4;

/** `build()`, or the arbitrary it built before for `key` in this model and options. */
function memo(
  model: Model,
  options: CodeOptions,
  key: string,
  build: () => fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  let byOptions = built.get(model);
  if (byOptions === undefined) built.set(model, (byOptions = new WeakMap()));
  let byKey = byOptions.get(options);
  if (byKey === undefined) byOptions.set(options, (byKey = new Map()));
  let arbitrary = byKey.get(key);
  if (arbitrary === undefined) byKey.set(key, (arbitrary = build()));
  return arbitrary;
}

/** Wire values of `declared` or, unless `exact`, of its subtypes (a bigint stands for an int64 written as its digits). */
export function wireValue(
  model: Model,
  declared: string,
  options: CodeOptions,
  depth = 0,
  exact = false,
): fc.Arbitrary<Record<string, unknown>> {
  const at = Math.min(depth, DEEP);
  return memo(model, options, `${declared} ${at} ${exact}`, () => {
    const candidates = exact ? [declared] : typeNamesOf(typeOf(model, declared));
    // Built when a value is first drawn, not here: recursive types would build forever.
    return fc.constantFrom(...candidates).chain((name) => concreteValue(model, name, options, at));
  });
}

/** Wire values of the concrete type `name`, at `depth`. */
function concreteValue(
  model: Model,
  name: string,
  options: CodeOptions,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  return memo(model, options, `${name} ${depth}`, () => {
    const type = typeOf(model, name);
    const members: Record<string, fc.Arbitrary<unknown>> = { _typeName: fc.constant(name) };
    const optional: string[] = [];
    for (const field of type.allFields) {
      // Deep down, optional objects are left out so that recursive types (a fault's cause) stay finite.
      if (depth >= DEEP && field.optional && field.type.kind !== "primitive" && field.type.kind !== "enum") continue;
      members[field.name] = fieldValue(model, field, options, depth);
      if (field.optional) optional.push(field.name);
    }
    members["futureMember"] = fc.option(fc.string({ maxLength: 5 }), { nil: undefined });
    optional.push("futureMember");
    return fc.record(members, { requiredKeys: Object.keys(members).filter((k) => !optional.includes(k)) });
  });
}

function fieldValue(model: Model, field: FieldModel, options: CodeOptions, depth: number): fc.Arbitrary<unknown> {
  const type = field.type;
  let element: fc.Arbitrary<unknown>;
  switch (type.kind) {
    case "primitive":
      element = formatValue(type.format, options);
      break;
    case "object":
      element = wireValue(model, type.typeName, options, depth + 1);
      break;
    case "enum": {
      // A listed value, or now and then one a newer server added (kept by default).
      const values = (model.enumByName.get(type.enumName)?.values ?? []).map((v) => v.value);
      element = fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 4 }, fc.constant("valueFromANewerServer"));
      break;
    }
    case "union":
      element = fc.oneof(...type.typeNames.map((t) => wireValue(model, t, options, depth + 1)));
      break;
    case "any":
      element = fc.constant({ _typeName: "string", _value: "boxed" });
      break;
  }
  return field.array ? fc.array(element, { maxLength: depth >= DEEP ? 0 : 3 }) : element;
}

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 excludes (lone surrogates too)
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/g;

/**
 * A wire value with every character XML 1.0 cannot hold replaced by `?`: no server could send such a string in
 * SOAP (encodeSoap refuses one, which test/wires/soap.test.ts pins). Surrogate pairs go too; the arbitraries make few.
 */
export function xmlSafe(value: unknown): unknown {
  if (typeof value === "string") return value.replace(NOT_XML, "?");
  if (Array.isArray(value)) return value.map(xmlSafe);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)]));
}
