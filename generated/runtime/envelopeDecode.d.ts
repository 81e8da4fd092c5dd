import { type DecodeDefaults, type DecodeOptions } from "./context.js";
import type { GovmomiTypes } from "./gojson.js";
import type { SoapTables } from "./soapDecode.js";
import { type HttpHeaders } from "./ceHeaders.js";
import { type CloudEvent, type CloudEventInit } from "./envelope.js";
/** `decodeCloudEvent`: a structured-mode envelope (as a value, or as JSON text or bytes) and its event (JSON or XML). */
export declare function ceDecodeStructured(value: unknown, options: DecodeOptions | undefined, defaults: DecodeDefaults, types: GovmomiTypes, xml?: () => SoapTables): CloudEvent<object>;
/**
 * `decodeCloudEventBatch`: a batch (`application/cloudevents-batch+json`: a JSON array of structured envelopes, as a
 * value or as text or bytes), each decoded as `decodeCloudEvent` decodes one; paths are `$[3].data.key`.
 */
export declare function ceDecodeBatch(value: unknown, options: DecodeOptions | undefined, defaults: DecodeDefaults, types: GovmomiTypes, xml?: () => SoapTables): CloudEvent<object>[];
/** `decodeBinaryCloudEvent`: the attributes from `ce-*` headers, the event as the body (text, bytes or a value). */
export declare function ceDecodeBinary(headers: HttpHeaders, body: unknown, options: DecodeOptions | undefined, defaults: DecodeDefaults, types: GovmomiTypes, xml?: () => SoapTables): CloudEvent<object>;
/** `decodeHttpCloudEvent`: structured mode when the content type is `application/cloudevents+json`, else binary mode. */
export declare function ceDecodeHttp(headers: HttpHeaders, body: unknown, options: DecodeOptions | undefined, defaults: DecodeDefaults, types: GovmomiTypes, xml?: () => SoapTables): CloudEvent<object>;
/** `encodeCloudEvent`: a structured-mode envelope around the event in govmomi JSON. */
export declare function ceEncode(event: {
    readonly _typeName: string;
}, init: CloudEventInit, types: GovmomiTypes): Record<string, unknown>;
/** `encodeBinaryCloudEvent`: the `ce-*` headers and the JSON body of a binary-mode request. */
export declare function ceEncodeBinary(event: {
    readonly _typeName: string;
}, init: CloudEventInit, types: GovmomiTypes): {
    headers: Record<string, string>;
    body: string;
};
