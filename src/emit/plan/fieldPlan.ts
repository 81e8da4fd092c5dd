/**
 * Plans a field's element once for every emitter: its TypeScript type, the guard test, how a decoder reads
 * it, how an encoder writes it back, and the notes its JSDoc carries. Each `FieldType` kind is handled in
 * this one switch, so a new kind (or a new representation option) is one edit here, not one per emitter.
 * Arrays and optional fields wrap the element the same way everywhere; see `arrayOf` and the emitters.
 */
import { compareStrings } from "../../diagnostic";
import { behaviourOf, type FormatKey } from "../../formats";
import { assertNever, type FieldType, type Model } from "../../model/ir";
import type { CodeOptions } from "../../options";
import { ANY_VALUE, declaredTypeName, encoderOf, names, rt, rtType } from "../naming";

/** How a decoder reads one element. */
export type DecodePlan =
  /** A primitive checked in place: `check(x)` is true when valid; the value is kept as it is. */
  | { readonly kind: "check"; readonly check: string; readonly expected: string }
  /** A primitive converted (`bigint`, `Date`) by `convert(x, path, c[, holder, key])`, which records its issues. */
  | { readonly kind: "convert"; readonly convert: string; readonly needsHolder: boolean }
  /** Decoded by a generated `decodeAt$X(x, path, c)`, which returns the input itself when nothing changed. */
  | { readonly kind: "decodeAt"; readonly decodeAt: string };

export interface ElementPlan {
  /** TypeScript type of one element. */
  readonly tsType: string;
  /** A guard function for one element (for `rt.isArrayOf`). */
  readonly guardFn: string;
  /** A boolean expression: `x` holds a valid element (strings and booleans inlined). */
  readonly guard: (x: string) => string;
  readonly decode: DecodePlan;
  /** The function turning one element into its wire form, when it has to change. */
  readonly encode: string | undefined;
  /** Paragraphs the field's JSDoc adds about the representation. */
  readonly notes: readonly string[];
}

function formatNote(format: FormatKey, options: CodeOptions): string | undefined {
  switch (format) {
    case "int8":
    case "int16":
    case "int32":
      return `Format: ${format}.`;
    case "int64":
      return options.int64 === "bigint"
        ? "Format: int64, exact (read JSON text with parseT to keep digits beyond 2^53)."
        : "Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).";
    case "date-time":
      return options.dateTime === "Date"
        ? "Format: date-time, as a Date (milliseconds; the wire text is kept for re-encoding, see dateTimeText)."
        : "Format: date-time, an RFC 3339 string with a time zone.";
    case "base64":
      return "Format: base64.";
    case "string":
    case "boolean":
    case "double":
      return undefined;
    default:
      return assertNever(format);
  }
}

/** The key naming the generated helpers of a list of types: `MethodFault$or$LocalizedMethodFault`. */
export function unionKey(typeNames: readonly string[]): string {
  return typeNames.join("$or$");
}

function guardCall(guardFn: string): (x: string) => string {
  if (guardFn === rt("isString")) return (x) => `typeof ${x} === "string"`;
  if (guardFn === rt("isBoolean")) return (x) => `typeof ${x} === "boolean"`;
  return (x) => `${guardFn}(${x})`;
}

export function planElement(model: Model, type: FieldType, options: CodeOptions): ElementPlan {
  switch (type.kind) {
    case "primitive": {
      const behaviour = behaviourOf(type.format, options);
      const guardFn = rt(behaviour.guard);
      const note = formatNote(type.format, options);
      return {
        tsType: behaviour.tsType,
        guardFn,
        guard: guardCall(guardFn),
        decode:
          behaviour.decode.kind === "check"
            ? { kind: "check", check: rt(behaviour.decode.check), expected: JSON.stringify(type.format) }
            : { kind: "convert", convert: rt(behaviour.decode.convert), needsHolder: behaviour.decode.needsHolder },
        encode: behaviour.encode === undefined ? undefined : rt(behaviour.encode),
        notes: note === undefined ? [] : [note],
      };
    }
    case "object":
      return {
        tsType: declaredTypeName(model, type.typeName),
        guardFn: names.guard(type.typeName),
        guard: guardCall(names.guard(type.typeName)),
        decode: { kind: "decodeAt", decodeAt: names.decodeAt(type.typeName) },
        encode: encoderOf(model, type.typeName),
        notes: [],
      };
    case "enum":
      // A newer server's value is kept unless rejected (decode option unknownEnumValues), so the type says so.
      return {
        tsType: `${names.type(type.enumName)} | ${rtType("UnknownEnumValue")}`,
        guardFn: rt("isString"),
        guard: guardCall(rt("isString")),
        decode: { kind: "decodeAt", decodeAt: names.decodeAt(type.enumName) },
        encode: undefined,
        notes: [
          `One of {@link ${names.enumValues(type.enumName)}}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".`,
        ],
      };
    case "union": {
      const key = unionKey(type.typeNames);
      return {
        tsType: type.typeNames.map((t) => declaredTypeName(model, t)).join(" | "),
        guardFn: names.guard(key),
        guard: guardCall(names.guard(key)),
        decode: { kind: "decodeAt", decodeAt: names.decodeAt(key) },
        encode: names.encodeAt(key),
        notes: [`One of ${type.typeNames.join(" or ")}, told apart by \`_typeName\`.`],
      };
    }
    case "any":
      return {
        tsType: names.anyValue,
        guardFn: names.anyValueGuard,
        guard: guardCall(names.anyValueGuard),
        decode: { kind: "decodeAt", decodeAt: names.decodeAt(ANY_VALUE) },
        encode: names.encodeAt(ANY_VALUE),
        notes: [],
      };
    default:
      return assertNever(type);
  }
}

/** The TypeScript type of a field's value (element type, as an array when the field is one). */
export function fieldTsType(plan: ElementPlan, array: boolean): string {
  if (!array) return plan.tsType;
  return plan.tsType.includes(" | ") ? `(${plan.tsType})[]` : `${plan.tsType}[]`;
}

/**
 * Every distinct list of types used by a field, sorted by key: each gets its own guard, decoder and encoder. With
 * `returns`, also those a method returns, which the method table decodes (and checks with the types' own guards).
 */
export function typeLists(model: Model, returns = false): (readonly string[])[] {
  const found = new Map<string, readonly string[]>();
  for (const type of model.types)
    for (const field of type.ownFields)
      if (field.type.kind === "union") found.set(unionKey(field.type.typeNames), field.type.typeNames);
  if (returns)
    for (const method of model.methods)
      if (method.returns?.type.kind === "union")
        found.set(unionKey(method.returns.type.typeNames), method.returns.type.typeNames);
  return [...found.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, v]) => v);
}
