/**
 * The HTTP binding of CloudEvents in binary mode: the attributes as `ce-*` headers (percent-encoded as the binding
 * says) and `Content-Type`, the event as the body, both read and written; and whether a request is in structured mode
 * instead. Copied into the output folder with the other templates.
 */
import { type CloudEventAttributes, type Issues } from "./ceAttributes.js";
/** Headers as Node's `IncomingMessage.headers` holds them, or any iterable of name and value (fetch's `Headers`). */
export type HttpHeaders = Readonly<Record<string, string | readonly string[] | undefined>> | Iterable<readonly [string, string]>;
/** Whether HTTP headers describe a structured-mode request (`Content-Type: application/cloudevents+json`). */
export declare function isStructuredRequest(headers: HttpHeaders): boolean;
/** The attributes of a binary-mode request: `ce-*` headers, and `Content-Type` as `datacontenttype`. */
export declare function binaryAttributes(headers: HttpHeaders, issues: Issues): CloudEventAttributes;
/** The `ce-*` headers of a binary-mode request carrying these attributes. */
export declare function binaryHeaders(attributes: Record<string, unknown>): Record<string, string>;
