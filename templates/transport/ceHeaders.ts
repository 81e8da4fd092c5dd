/**
 * The HTTP binding of CloudEvents in binary mode: the attributes as `ce-*` headers (percent-encoded as the binding
 * says) and `Content-Type`, the event as the body, both read and written; and whether a request is in structured mode
 * instead. Copied into the output folder with the other templates.
 */
import { readAttributes, type CloudEventAttributes, type Issues } from "./ceAttributes";

/** Headers as Node's `IncomingMessage.headers` holds them, or any iterable of name and value (fetch's `Headers`). */
export type HttpHeaders =
  Readonly<Record<string, string | readonly string[] | undefined>> | Iterable<readonly [string, string]>;

/** The header value of `name` (lower-case): the first of several, percent-decoded as the HTTP binding says. */
function headerRecord(headers: HttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (name: string, value: string | readonly string[] | undefined): void => {
    const one = typeof value === "string" ? value : value?.[0];
    if (one === undefined) return;
    let decoded = one;
    try {
      decoded = decodeURIComponent(one);
    } catch {
      // Not percent-encoded after all: keep it as sent.
    }
    Object.defineProperty(out, name.toLowerCase(), {
      value: decoded,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  if (Symbol.iterator in headers)
    for (const [name, value] of headers as Iterable<readonly [string, string]>) put(name, value);
  else for (const [name, value] of Object.entries(headers)) put(name, value);
  return out;
}

/** Whether HTTP headers describe a structured-mode request (`Content-Type: application/cloudevents+json`). */
export function isStructuredRequest(headers: HttpHeaders): boolean {
  return /^application\/cloudevents\+json\s*(?:;|$)/i.test(headerRecord(headers)["content-type"] ?? "");
}

/** The attributes of a binary-mode request: `ce-*` headers, and `Content-Type` as `datacontenttype`. */
export function binaryAttributes(headers: HttpHeaders, issues: Issues): CloudEventAttributes {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headerRecord(headers))) {
    if (name.startsWith("ce-") && name.length > 3)
      Object.defineProperty(record, name.slice(3), {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (name === "content-type") record["datacontenttype"] = value;
  }
  return readAttributes(
    record,
    (name) => (name === "datacontenttype" ? 'headers["content-type"]' : `headers["ce-${name}"]`),
    issues,
    new Set(),
  );
}

/** The `ce-*` headers of a binary-mode request carrying these attributes. */
export function binaryHeaders(attributes: Record<string, unknown>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) {
    // The HTTP binding percent-encodes space, '"', '%' and everything outside printable ASCII.
    const text = String(value).replace(/[^\x21-\x7E]|["%]/gu, (ch) =>
      encodeURIComponent(ch).replace(/[!'()*]/g, ""),
    );
    if (key === "datacontenttype") headers["content-type"] = String(value);
    else
      Object.defineProperty(headers, `ce-${key}`, {
        value: text,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return headers;
}
