import type { DecodeAt, DecodeContext } from "./context.js";
/**
 * A parameter or return value: `[name, kind, flags, ...types]`. `kind` is a format key (`int32`, `date-time`...; an
 * enum is a `string`), `object` or `union` (with the type names, the WSDL's first) or `any`; `flags` is 1 for an array,
 * 2 for an optional value.
 */
export type MethodValue = readonly [name: string, kind: string, flags: number, ...types: string[]];
export interface MethodEntry {
    /** The managed object type the method is called on. */
    readonly on: string;
    /** The parameters after `_this`, in WSDL order. */
    readonly params: readonly MethodValue[];
    /** The return value; undefined for a method that returns nothing. */
    readonly returns: MethodValue | undefined;
    /** The return value's element guard (accepts the wire form as it is) and decoder. */
    readonly is: ((value: unknown) => boolean) | undefined;
    readonly decode: DecodeAt<unknown> | undefined;
}
export type MethodTable = Readonly<Record<string, MethodEntry>>;
/** The entry of `method`, or a TypeError naming it (a JavaScript caller may pass any string). */
export declare function methodEntry(methods: MethodTable, method: string): MethodEntry;
/** The decoder of one primitive return value of format `format` (an int64 or date-time converted as the output's modes say). */
export declare function primitiveAt(format: string): DecodeAt<unknown>;
/**
 * A return value as the method declares it, from the values a wire read (`returnval` repeated, in SOAP; one JSON
 * value, in VI JSON, passed as a one-element list): an array when it is one (empty when the server sent none), the
 * one value, or undefined when it is optional and absent. With the output's defaults, a value its guard accepts is
 * returned as read, as `decodeT` does.
 */
export declare function decodeReturn(entry: MethodEntry, values: readonly unknown[], c: DecodeContext, asIs: boolean): unknown;
/** Whether `T` is a union of several types. */
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
/**
 * A value as a request may give it: an object whose slot fixes its type may leave out its `_typeName` (the encoders
 * write the slot's type), at every depth; where the slot takes several types (a polymorphic slot's union, `any`) the
 * name stays required, since it says which type the value is.
 */
export type RequestValue<T> = [T] extends [Date] ? T : [T] extends [readonly (infer E)[]] ? readonly RequestValue<E>[] : [T] extends [{
    readonly _typeName: string;
}] ? true extends IsUnion<T> ? NamedRequestObject<T> : RequestObject<T> & {
    readonly _typeName?: T["_typeName"];
} : T;
/** Each member of a slot of several types, its `_typeName` required. */
type NamedRequestObject<T> = T extends {
    readonly _typeName: string;
} ? RequestObject<T> & {
    readonly _typeName: T["_typeName"];
} : never;
/**
 * An object's members but its `_typeName`, each as a request may give it (an optional member stays optional: the
 * `undefined` its type reads with is not part of the member's own type).
 */
type RequestObject<T> = {
    [K in keyof T as K extends "_typeName" ? never : K]: RequestValue<Exclude<T[K], undefined>>;
};
/** A method's arguments as a request may give them: `_this` and each parameter a RequestValue. */
export type RequestParams<P> = {
    [K in keyof P]: RequestValue<Exclude<P[K], undefined>>;
};
export {};
