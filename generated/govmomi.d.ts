import * as rt from "./runtime/runtime.js";
import type { VimTypeMap } from "./types.js";
/** Each declared type by name, as `decodeGovmomi` returns it: {@link VimTypeMap}. */
export type GovmomiTypeMap = VimTypeMap;
/**
 * Decodes govmomi JSON (Go's encoding of govmomi's structs, as read by `JSON.parse`) into the same value the VI JSON decoder gives: a `typeName` (the data cannot say it), `_typeName` filled in on every object, `null` read as absent, a Go zero value in an optional field read as absent. Issue paths use the data's member names.
 * @throws DecodeError with every problem and its JSON path.
 */
export declare function decodeGovmomi<N extends keyof GovmomiTypeMap>(typeName: N, value: unknown, options?: rt.DecodeOptions): GovmomiTypeMap[N];
/** {@link decodeGovmomi} from JSON text, every int64 digit kept. */
export declare function parseGovmomi<N extends keyof GovmomiTypeMap>(typeName: N, text: string, options?: rt.DecodeOptions): GovmomiTypeMap[N];
/** Encodes a decoded value as govmomi's Go structs are encoded: Go field names, every field present (`null` for an unset pointer or slice, the Go zero value for an unset plain field), no `_typeName` except on a nested value whose type the slot's declared type cannot say. `decodeGovmomi` reads it back to the same value. int64 values stay bigints in bigint mode: write JSON text with {@link stringifyGovmomi}. */
export declare function encodeGovmomi(value: GovmomiTypeMap[keyof GovmomiTypeMap]): Record<string, unknown>;
/** {@link encodeGovmomi} as JSON text, every int64 digit kept. */
export declare function stringifyGovmomi(value: GovmomiTypeMap[keyof GovmomiTypeMap]): string;
