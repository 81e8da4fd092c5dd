/**
 * The govmomi dialect's entry points at run time (`decodeGovmomi`, `parseGovmomi`, `encodeGovmomi`): a fresh context
 * and one read of the output's govmomi table. Copied into the output folder with the other templates.
 */
import { type DecodeDefaults, type DecodeOptions } from "./context.js";
import type { GovmomiTypes } from "./govmomiTable.js";
/** `decodeGovmomi`: a fresh context, one decode of `typeName` from `$`, then throw every issue or return the value. */
export declare function gmDecode(value: unknown, typeName: string, types: GovmomiTypes, options: DecodeOptions | undefined, defaults: DecodeDefaults): unknown;
/** `parseGovmomi`: JSON text read with every int64 digit kept, then decoded as `typeName`. */
export declare function gmParse(text: string, typeName: string, types: GovmomiTypes, options: DecodeOptions | undefined, defaults: DecodeDefaults): unknown;
/** `encodeGovmomi`: a decoded value in govmomi JSON form. */
export declare function gmEncode(value: {
    readonly _typeName: string;
}, types: GovmomiTypes): Record<string, unknown>;
