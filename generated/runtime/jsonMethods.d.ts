/**
 * A method call on the VI JSON wire (vCenter 8.0U1 and later): `POST /sdk/vim25/<release>/<moType>/<moId>/<Method>`
 * with the parameters as one JSON object (every object with its `_typeName`: vCenter 8.0.3 answers 500
 * InvalidArgument without it), and the response body decoded as the method's return value. Copied into the output.
 */
import { type DecodeDefaults, type DecodeOptions } from "./context.js";
import { type MethodTable } from "./methodValues.js";
/** What a call sends: the path under `/sdk/vim25/<release>` and the JSON body (none for a method without parameters). */
export interface JsonMethodRequest {
    readonly path: string;
    readonly body: string | undefined;
}
/** Each method's parameter encoders, in the method table's order: an object's `encodeT`, or undefined for a primitive. */
export type JsonParamEncoders = Readonly<Record<string, readonly (((value: never) => unknown) | undefined)[]>>;
/**
 * The VI JSON request of `method`: `_this` in the path, each declared parameter encoded as its type.
 * @throws TypeError for a missing `_this` or required parameter.
 */
export declare function jsonMethodRequest(method: string, given: object, methods: MethodTable, encoders: JsonParamEncoders): JsonMethodRequest;
/** A method's return value from the VI JSON response body (empty for a method that returns nothing, or nothing). */
export declare function jsonMethodReturn(method: string, text: string, methods: MethodTable, options: DecodeOptions | undefined, defaults: DecodeDefaults): unknown;
