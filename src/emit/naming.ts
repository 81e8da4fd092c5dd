/**
 * Names and small expressions shared by the emitters. Exported names follow one pattern per kind
 * (`isT`, `decodeT`, `AnyT`, `TTypeName`); module-private helpers carry a `$` that no schema name may
 * contain, so they can never collide with a type's exported names.
 */
import type { Model, TypeModel } from "../model/ir";
import type { RuntimeValue } from "../runtimeValues";

export const names = {
  type: (t: string): string => t,
  union: (t: string): string => `Any${t}`,
  typeNames: (t: string): string => `${t}TypeName`,
  guard: (t: string): string => `is${t}`,
  decoder: (t: string): string => `decode${t}`,
  safeDecoder: (t: string): string => `safeDecode${t}`,
  fieldsOk: (t: string): string => `fieldsOk$${t}`,
  decodeFields: (t: string): string => `decodeFields$${t}`,
  decodeAt: (t: string): string => `decodeAt$${t}`,
  decodeExact: (t: string): string => `decodeExact$${t}`,
  local: (field: string): string => `$${field}`,
  arrayDecoder: (t: string): string => `decode${t}Array`,
  parser: (t: string): string => `parse${t}`,
  arrayParser: (t: string): string => `parse${t}Array`,
  encoder: (t: string): string => `encode${t}`,
  stringifier: (t: string): string => `stringify${t}`,
  encodeAt: (t: string): string => `encodeAt$${t}`,
  encodeExact: (t: string): string => `encodeExact$${t}`,
  encodeFields: (t: string): string => `encodeFields$${t}`,
  defaults: "defaults$",
  untypedDefaults: "untypedDefaults$",
  untypedTypes: "untypedTypes",
  members: (t: string): string => `members$${t}`,
  box: (t: string): string => `ArrayOf${t}`,
  enumValues: (e: string): string => `${e}Values`,
  enumSet: (e: string): string => `values$${e}`,
  decodeTable: (t: string): string => `decoders$${t}`,
  guardTable: (t: string): string => `guards$${t}`,
  encodeTable: (t: string): string => `encoders$${t}`,
  exactGuard: (t: string): string => `isExact$${t}`,
  anyTable: "any$",
  enumTable: "enums$",
  knownTypes: "knownTypes$",
  anyValue: "AnyValue",
  /** Each declared type by name, as the decoders that take a type name return it. */
  typeMap: "VimTypeMap",
  anyValueGuard: "isAnyValue",
};

/** The stem of the untyped-slot functions (`decodeAny`, `decodeAt$Any`); no schema type may be called `Any`. */
export const ANY_VALUE = "Any";

/**
 * Generated modules reach the run-time support through one namespace import, `rt`: no helper name can
 * then collide with a generated export (a type named `Root` gets `decodeRootArray`, a helper's name too).
 */
export const RUNTIME_NAMESPACE = "rt";

/** A run-time helper, as generated code refers to it. */
export function rt(name: RuntimeValue): string {
  return `${RUNTIME_NAMESPACE}.${name}`;
}

/**
 * A run-time type (`DecodeOptions`, `DecodeAt<T>`), as generated code refers to it. TypeScript cannot list a module's
 * types, so test/codebase/runtime-references.test.ts holds every name given here to the run time's exports.
 */
export function rtType(name: string): string {
  return `${RUNTIME_NAMESPACE}.${name}`;
}

/** The TypeScript type of a value declared as `t`: the discriminated union when `t` has subtypes. */
export function declaredTypeName(model: Model, t: string): string {
  return model.byName.get(t)?.polymorphic === true ? names.union(t) : names.type(t);
}

/** Members of `Object.prototype`: reading them with `.` would find the inherited value. */
const PROTOTYPE_MEMBERS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * An expression reading member `field` of `record`, a `Record<string, unknown>`, own members only. Bracketed: a
 * consumer's `noPropertyAccessFromIndexSignature` (in `@tsconfig/strictest`) rejects `.` on an index signature, and
 * V8 compiles both forms alike.
 */
export function readMember(record: string, field: string): string {
  return PROTOTYPE_MEMBERS.has(field)
    ? `rt.own(${record}, ${JSON.stringify(field)})`
    : `${record}[${JSON.stringify(field)}]`;
}

/** An expression reading field `field` of `record`, a value of a generated interface, own members only. */
export function readTypedMember(record: string, field: string): string {
  return PROTOTYPE_MEMBERS.has(field) ? `rt.own(${record}, ${JSON.stringify(field)})` : `${record}.${field}`;
}

/** An assignable expression for member `field` of `record`, a `Record<string, unknown>` (bracketed, as above). */
export function writeMember(record: string, field: string): string {
  return `${record}[${JSON.stringify(field)}]`;
}

/** Types whose own fields are checked, root first: the chain a value of `type` must satisfy. */
export function fieldChain(model: Model, type: TypeModel): TypeModel[] {
  return [...type.ancestors]
    .reverse()
    .map((name) => model.byName.get(name))
    .filter((t): t is TypeModel => t !== undefined)
    .concat([type])
    .filter((t) => t.ownFields.length > 0);
}

/** The function encoding a value declared as `t`: its dispatcher when `t` has subtypes, else its exact encoder. */
export function encoderOf(model: Model, t: string): string {
  return model.byName.get(t)?.polymorphic === true ? names.encodeAt(t) : names.encodeExact(t);
}

/**
 * `a` or `an` before a type name, as it is read aloud: `an Event`, `an UnknownEnumValue`, `a UserSession`,
 * `a HostEvent`. Documentation only.
 */
export function article(name: string): string {
  return /^(?:[AEIO]|U[nmp])/.test(name) ? `an ${name}` : `a ${name}`;
}
