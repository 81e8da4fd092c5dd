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
  // What the output exports for its wires, client and run time, or that would make one of a type's own names such a
  // name (a type `Soap` would get `decodeSoap`): test/validate/reserved-names.test.ts derives them from the output.
  "AbortSignalLike",
  "AnyValue",
  "BinaryCloudEvent",
  "CallOptions",
  "CertificateFingerprints",
  "CheckedPaths",
  "Checkpoint",
  "CloudEvent",
  "CloudEventAttributes",
  "CloudEventBatch",
  "CloudEventInit",
  "CloudEventStream",
  "ConnectOptions",
  "ConnectionFailure",
  "DecodeResult",
  "DecodedEvent",
  "EventFilter",
  "EventStream",
  "FetchLike",
  "FollowOptions",
  "FollowStatus",
  "FollowedEvent",
  "Govmomi",
  "GovmomiTypeMap",
  "HttpCloudEvent",
  "HttpHeaders",
  "JsonReturn",
  "ListOptions",
  "ManagedEntityName",
  "ManagedObject",
  "ManagedObjectProperties",
  "ManagedObjectTypeName",
  "PropertyReadError",
  "PropertyValue",
  "QueriedEvent",
  "RefArg",
  "RetrievedObject",
  "RetrievedProperties",
  "ServerCertificate",
  "Soap",
  "SoapElement",
  "SoapEncodeError",
  "SoapFault",
  "SoapParameter",
  "SoapResponse",
  "SoapReturn",
  "Stream",
  "StreamOptions",
  "StreamPosition",
  "TaskError",
  "TaskWaitOptions",
  "TlsOptions",
  "UndecodableEvent",
  "UndecodedEvent",
  "UnknownEnumValue",
  "VimClient",
  "VimConnectionError",
  "VimMethodName",
  "VimMethods",
  "VimParams",
  "VimReturns",
  "VimSession",
  "VimTaskMethodName",
  "VimTaskResult",
  "VimTypeMap",
]);

/**
 * Whether a type may not be called `name`: a built-in or run-time name, a name the output exports for something else
 * (test/validate/reserved-names.test.ts derives them from the output), or `ArrayOf<T>`, which the wires give a box of
 * T values.
 */
export function isReservedTypeName(name: string): boolean {
  return RESERVED_TYPE_NAMES.has(name) || name.startsWith("ArrayOf");
}

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

/** A field's member name in govmomi JSON: its `govmomiName`, else its name with the first letter upper-cased. */
export function govmomiNameOf(field: { readonly name: string; readonly govmomiName: string | undefined }): string {
  return field.govmomiName ?? field.name.charAt(0).toUpperCase() + field.name.slice(1);
}
