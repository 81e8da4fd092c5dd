import { type GovmomiType } from "./govmomiTable.js";
/**
 * The box name the dialect infers for a bare value in an untyped slot: `string`, `boolean`, `int` (an int32),
 * `long` (a larger integer), `double`, and for a slice of one kind `ArrayOfString`, ...; anything else is
 * `ArrayOfAnyType` or, for an object, `anyType`. The encoder writes a value bare only when this gives its box's
 * name back, so that a round trip keeps it.
 */
export declare function gmBoxName(value: unknown): string;
/** A decoded object, as the encoder reads it. */
type Decoded = Record<string, unknown> & {
    readonly _typeName: string;
};
/**
 * Encodes a value found where `declared` is declared: its fields under their Go names, every field present as Go
 * writes it (an unset pointer or slice `null`, an unset plain field its zero value); members it kept from
 * decoding are carried over. A value whose type is not the declared one carries a `_typeName` (the Go structs
 * cannot say it; govmomi ignores the member).
 */
export declare function gmEncodeAt(value: Decoded, declared: string, table: ReadonlyMap<string, GovmomiType>): Record<string, unknown>;
/** Encodes the value of an untyped slot: bare where the decoder would give the same box back, else boxed. */
export declare function gmEncodeAny(value: unknown, table: ReadonlyMap<string, GovmomiType>): unknown;
export {};
