import type { ConvertContext } from "./convert.js";
import type { Policies } from "./policies.js";
/** What the dialect needs of the decode context (a structural subset of the runtime's DecodeContext). */
export interface GovmomiContext extends ConvertContext, Policies {
    readonly int64: "number" | "bigint";
    readonly dateTime: "string" | "Date";
}
/** Decodes a record known to be exactly one type, from govmomi JSON. */
export type GovmomiExact = (v: Record<string, unknown>, path: string, c: GovmomiContext) => object;
/**
 * How a field is written back, after its VI JSON and govmomi names: `s` a string (Go zero `""`), `n` a number
 * (Go zero `0`), `p` a value Go holds in a pointer (`null` when unset: booleans, date-times), `o` an object of
 * the type named next, `l` one of the types listed next (the last is the one govmomi's struct declares), `a` an
 * untyped value; an `[]` suffix makes it a slice (`null` when unset).
 */
export type GovmomiField = readonly [vim: string, go: string, kind: string, ...types: string[]];
/** What the dialect's run-time knows of a declared type. */
export interface GovmomiType {
    readonly base: string | undefined;
    /** vSphere has subtypes of it that no schema declares. */
    readonly open: boolean;
    readonly decode: GovmomiExact;
    /** Its own fields, in declaration order. */
    readonly fields: readonly GovmomiField[];
}
/** The table of every declared type, built on first use. */
export type GovmomiTypes = () => ReadonlyMap<string, GovmomiType>;
/** Decodes the value of an untyped slot in VI JSON form (a boxed primitive or enum, an unrecognized type). */
export type GovmomiBoxDecoder = (v: unknown, path: string, c: GovmomiContext) => unknown;
/** What the decoder and the encoder need of a type's chain of declarations, computed once per type. */
export interface Chain {
    /** The type and its ancestors, root first. */
    readonly levels: readonly GovmomiType[];
    /** Every member name of those levels, VI JSON and govmomi, and `_typeName`. */
    readonly members: ReadonlySet<string>;
    /** Their VI JSON names only. */
    readonly vimMembers: ReadonlySet<string>;
}
export declare function chainOf(table: ReadonlyMap<string, GovmomiType>, type: string): Chain;
/** Every member name that a known subtype of `type` declares (for `unknownMembers: "reject"` only). */
export declare function membersBelow(table: ReadonlyMap<string, GovmomiType>, type: string): ReadonlySet<string>;
