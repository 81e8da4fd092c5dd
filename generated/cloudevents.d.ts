import * as rt from "./runtime/runtime.js";
import type { AnyEvent } from "./types.js";
/**
 * Decodes a structured-mode CloudEvent from the event broker (VEBA) or the Knative vSphere source: the envelope (a value, or JSON text or bytes, read with every int64 digit kept) with its attributes checked as CloudEvents 1.0 says, and the event in `data` as the type the envelope names (`com.vmware.vsphere.<Type>.v0` with `eventclass`, `vmware.vsphere.<Type>.v0` for a declared type, or `com.vmware.event.router/event|eventex|extendedevent` with `subject`): govmomi JSON, or XML (`datacontenttype: application/xml`, the Knative source's default: `<UserLoginSessionEvent><key>8570</key>...`). A type no schema declares decodes as Event, its name kept (see `wireTypeName`); an EventEx gets the envelope's `eventTypeId`.
 * @throws DecodeError with every problem of the envelope and the event, each with its path.
 */
export declare function decodeCloudEvent(value: unknown, options?: rt.DecodeOptions): rt.CloudEvent<AnyEvent>;
/**
 * Decodes a binary-mode CloudEvent (HTTP): the attributes from the `ce-*` headers (percent-decoded; `Content-Type` is `datacontenttype`) and the event from the body (text, bytes or an already parsed value). Issue paths are `headers["ce-type"]` for a header and `$...` in the body. An XML body (`Content-Type: application/xml`) is read as {@link decodeCloudEvent} reads XML data.
 * @throws DecodeError with every problem of the envelope and the event, each with its path.
 */
export declare function decodeBinaryCloudEvent(headers: rt.HttpHeaders, body: unknown, options?: rt.DecodeOptions): rt.CloudEvent<AnyEvent>;
/**
 * Decodes the CloudEvent of an HTTP request in either mode: {@link decodeCloudEvent} when `Content-Type` is `application/cloudevents+json`, else {@link decodeBinaryCloudEvent}.
 * @throws DecodeError with every problem of the envelope and the event, each with its path.
 */
export declare function decodeHttpCloudEvent(headers: rt.HttpHeaders, body: unknown, options?: rt.DecodeOptions): rt.CloudEvent<AnyEvent>;
/**
 * Decodes a batch of structured-mode CloudEvents (`Content-Type: application/cloudevents-batch+json`: a JSON array of envelopes, as a value or as text or bytes), each as {@link decodeCloudEvent} decodes one; issue paths are `$[3].data.key`, every envelope's problems reported.
 * @throws DecodeError with every problem of the envelope and the event, each with its path.
 */
export declare function decodeCloudEventBatch(value: unknown, options?: rt.DecodeOptions): rt.CloudEvent<AnyEvent>[];
/** A structured-mode CloudEvent carrying `event` in govmomi JSON, as the event broker would send it, for testing functions: `type` (and for the router form `subject`) follow from the event; {@link decodeCloudEvent} reads it back to the same event. */
export declare function encodeCloudEvent(event: AnyEvent, attributes: rt.CloudEventInit): Record<string, unknown>;
/** {@link encodeCloudEvent} as JSON text, every int64 digit kept. */
export declare function stringifyCloudEvent(event: AnyEvent, attributes: rt.CloudEventInit): string;
/** The headers and body of a binary-mode HTTP request carrying `event`; see {@link encodeCloudEvent}. */
export declare function encodeBinaryCloudEvent(event: AnyEvent, attributes: rt.CloudEventInit): {
    headers: Record<string, string>;
    body: string;
};
/** Reads a log of structured CloudEvents (NDJSON, or one JSON array) from a Node `Readable` or any async iterable of chunks, and yields each decoded by {@link decodeCloudEvent}, in constant memory; see `decodeStream` for the options (`onError: "skip"`, `onSkip`). */
export declare function decodeCloudEventStream(source: AsyncIterable<string | Uint8Array>, options?: rt.StreamOptions<rt.DecodeOptions, rt.DecodeError>): AsyncGenerator<rt.CloudEvent<AnyEvent>, void, undefined>;
