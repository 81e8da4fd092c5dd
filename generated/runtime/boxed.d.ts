import { type ConvertContext } from "./convert.js";
import type { UnknownTypesPolicy } from "./policies.js";
/** A boxed value: its type name and the value itself. */
export interface Boxed<N extends string, V> {
    _typeName: N;
    _value: V;
}
type NumberBox = "byte" | "short" | "int" | "long" | "float" | "double";
type StringBox = "string" | "dateTime" | "anyURI" | "base64Binary" | "TypeName" | "PropertyPath" | "MethodName";
/** Every boxed primitive and boxed array of primitives VI JSON sends. */
export type BoxedPrimitive = Boxed<"boolean", boolean> | Boxed<Exclude<NumberBox, "long">, number> | Boxed<"long", number | bigint> | Boxed<StringBox, string> | Boxed<"ArrayOfBoolean", boolean[]> | Boxed<`ArrayOf${Capitalize<Exclude<NumberBox, "long">>}`, number[]> | Boxed<"ArrayOfLong", (number | bigint)[]> | Boxed<"ArrayOfString" | "ArrayOfDateTime" | "ArrayOfAnyURI" | "ArrayOfBase64Binary", string[]> | Boxed<"ArrayOfTypeName" | "ArrayOfPropertyPath" | "ArrayOfMethodName", string[]>;
/** An object in an untyped slot whose `_typeName` no schema declares, kept as it came (`unknownTypes: "nearest"`). */
export interface UnrecognizedValue {
    readonly _typeName: string;
    readonly [member: string]: unknown;
}
/** The context the boxed-value decoder needs (a structural subset of the runtime's DecodeContext). */
interface BoxContext extends ConvertContext {
    readonly unknownTypes: UnknownTypesPolicy;
    readonly int64: "number" | "bigint";
}
/**
 * Decodes an object in an untyped slot whose `_typeName` is not a schema type: a primitive box, a box of
 * primitives, or (by the unknown-types policy) an unrecognized type kept as it came.
 */
export declare function decodeOtherValue(v: Record<string, unknown>, path: string, c: BoxContext): BoxedPrimitive | UnrecognizedValue;
/** Guard counterpart of `decodeOtherValue`: a valid primitive box, or any object naming an unrecognized type. */
export declare function isOtherValue(v: unknown): v is BoxedPrimitive | UnrecognizedValue;
export {};
