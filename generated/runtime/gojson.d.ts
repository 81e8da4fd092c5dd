import { type GovmomiBoxDecoder, type GovmomiContext, type GovmomiExact, type GovmomiTypes } from "./govmomiTable.js";
export { gmBoxName, gmEncodeAny, gmEncodeAt } from "./govmomiEncode.js";
export type { GovmomiBoxDecoder, GovmomiContext, GovmomiExact, GovmomiField, GovmomiType, GovmomiTypes, } from "./govmomiTable.js";
/** The path of a member: the name the data used (camelCase data from govmomi's JSON tags), else the Go name. */
export declare function gmPath(v: Record<string, unknown>, path: string, go: string, vim: string): string;
/** Records a field whose value does not fit, with the path and value the data has. */
export declare function gmFail(c: GovmomiContext, v: Record<string, unknown>, path: string, go: string, vim: string, expected: string): void;
/** Whether `name` is `ancestor` or one of its known subtypes. */
/**
 * The slot function of every declared type: the value must be an object; with no `_typeName` (the dialect's
 * norm) it is the declared type, a subtype's members kept; a `_typeName` present chooses a known subtype, and
 * one no schema declares is read as the declared type where that type is open, as in VI JSON.
 */
export declare function gmAt(v: unknown, path: string, c: GovmomiContext, declared: string, exact: GovmomiExact, types: GovmomiTypes): object;
/**
 * A value of a type no schema declares (`name`), where the open type `declared` stands: decoded as `declared`
 * with the real name kept (see `wireTypeName`) unless `unknownTypes` is "reject", which records an issue at `namePath`.
 */
export declare function gmAsOtherType(v: unknown, path: string, c: GovmomiContext, declared: string, name: string, exact: GovmomiExact, namePath: string): object;
/** The slot function of a field listing several types: `_typeName` chooses; without one, the last listed type. */
export declare function gmAtList(v: unknown, path: string, c: GovmomiContext, list: readonly string[], types: GovmomiTypes): object;
/**
 * After the declared fields: members no level of `type` declares. `found` counts the members the field readers
 * met (`null` ones too); only when the data has more is it scanned. A member a subtype declares (the subtype's own
 * data in a slot that cannot name it) is kept as it came unless stripped; other members follow `unknownMembers`.
 * `null` members are absent, as everywhere in this dialect.
 */
export declare function gmRest(v: Record<string, unknown>, o: Record<string, unknown>, found: number, type: string, path: string, c: GovmomiContext, types: GovmomiTypes): void;
/** Decodes a slice: each element by `decode`, with its own path. */
export declare function gmArray<T>(value: unknown, path: string, c: GovmomiContext, decode: (element: unknown, path: string, c: GovmomiContext, holder: object, index: number) => T): T[];
/** Checks each element of a slice of primitives; returns a copy. */
export declare function gmCheckArray(value: unknown, path: string, c: GovmomiContext, check: (element: unknown) => boolean, expected: string): unknown[];
/**
 * Decodes an untyped slot (an EventEx argument's value): a bare string, number, boolean or slice gets the box its
 * kind implies (`{"_typeName":"string","_value":"green"}`, as VI JSON would send it); an object naming a declared
 * type decodes as that type, a box (`_typeName` and `_value`) as in VI JSON; an object with no `_typeName` is kept
 * as it came, named `anyType`.
 */
export declare function gmAny(value: unknown, path: string, c: GovmomiContext, types: GovmomiTypes, box: GovmomiBoxDecoder, holder: object, key: string | number): unknown;
