/**
 * Which names a schema may use. Type names become TypeScript identifiers (interfaces, `isT`,
 * `decodeT`); field names become property names and JSON members. Names the generated code needs
 * for itself, or that would break JavaScript objects, are refused here with a reason.
 */

/**
 * An upper-case first letter, as vSphere's types have, which keeps them apart from the schema's own type keywords
 * (`string`, `integer`...) and JavaScript's reserved words; or the one prefix vim25 writes in lower case, `vslm`
 * (five types: `vslmVClockInfo`...).
 */
export const TYPE_NAME = /^(?:[A-Z]|vslm[A-Z])[A-Za-z0-9_]*$/;
export const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A method is named by its WSDL operation, and 22 of vim25's begin in lower case (`configureVcha_Task`). */
export const METHOD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Globals and run-time names the generated modules use, and names whose derived exports are taken
 * (`Any` would get `decodeAny`, `Value` would get `AnyValue`): a type with one of these names would clash.
 */
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  "Any",
  "Array",
  "Boxed",
  "BoxedPrimitive",
  "DecodeContext",
  "DecodeOptions",
  "UnrecognizedValue",
  "Value",
  "WireObject",
  "BigInt",
  "Boolean",
  "Date",
  "DecodeError",
  "DecodeIssue",
  "Error",
  "Function",
  "JSON",
  "Map",
  "Math",
  "Number",
  "Object",
  "Promise",
  "Readonly",
  "ReadonlyArray",
  "Record",
  "RegExp",
  "Set",
  "String",
  "Symbol",
]);

/** Members a field may not be called, with why. */
export const RESERVED_FIELD_NAMES: ReadonlyMap<string, string> = new Map([
  ["_typeName", "it is the VI JSON type discriminator, which every object already carries"],
  ["__proto__", "assigning it would change an object's prototype instead of setting a member"],
]);

/**
 * The stems of every name a type gets in the generated code (`T`, `AnyT`, `TTypeName`, and `TArray` for
 * `decodeTArray`); since functions are `is`, `decode`, `safeDecode`, `parse`, `encode` or `stringify` plus a stem,
 * distinct stems mean no collision.
 */
export function exportedTypeNames(typeName: string, kind: "type" | "enum" = "type"): string[] {
  return kind === "enum"
    ? [typeName, `${typeName}Values`]
    : [typeName, `Any${typeName}`, `${typeName}TypeName`, `${typeName}Array`];
}
