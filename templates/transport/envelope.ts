/**
 * CloudEvents 1.0 envelopes around vSphere events, as the VMware Event Broker Appliance (VEBA) and the Knative
 * vSphere source deliver them: structured mode (one JSON object, the event in `data`) and binary mode over HTTP
 * (the attributes in `ce-*` headers, the event as the body). The attributes are checked as the CloudEvents 1.0
 * specification says; which vSphere type the event is comes from the envelope, in either of its two forms:
 *
 * - `type` `com.vmware.event.router/event` (`/eventex`, `/extendedevent`), `subject` the type name (for an
 *   EventEx or ExtendedEvent, its `eventTypeId`);
 * - `type` `com.vmware.vsphere.<Name>.v0` with the extension `eventclass` (`event`, `eventex`, `extendedevent`;
 *   `<Name>` is the type name, or for the other two classes the `eventTypeId`).
 *
 * Copied into the output folder with the other templates.
 */
import { describeValue, isA, isDateTime, isInt32, isRecord } from "../core/checks";
import { gmAt, gmAsOtherType, type GovmomiContext, type GovmomiTypes } from "../govmomi/gojson";
import { parseJson } from "../vijson/json";

/** A CloudEvent's context attributes, checked. */
export interface CloudEventAttributes {
  readonly specversion: "1.0";
  /** Identifies the event; with `source`, unique per distinct event. */
  readonly id: string;
  /** A URI-reference naming the context the event happened in (the vCenter Server's SDK URL). */
  readonly source: string;
  /** `com.vmware.vsphere.VmPoweredOnEvent.v0`, `com.vmware.event.router/event`, ... */
  readonly type: string;
  readonly datacontenttype?: string;
  readonly dataschema?: string;
  readonly subject?: string;
  /** RFC 3339, as sent. */
  readonly time?: string;
  /** Extension attributes (`eventclass`, `knativearrivaltime`, ...) by name. */
  readonly extensions: Readonly<Record<string, string | number | boolean>>;
}

/** A decoded CloudEvent: its attributes and the vSphere event it carries. */
export interface CloudEvent<E> {
  readonly attributes: CloudEventAttributes;
  readonly event: E;
}

/** The attributes `encodeCloudEvent` takes: `type` (and `subject`) follow from the event and the form. */
export interface CloudEventInit {
  readonly id: string;
  readonly source: string;
  readonly time?: string;
  readonly subject?: string;
  readonly datacontenttype?: string;
  readonly dataschema?: string;
  readonly extensions?: Readonly<Record<string, string | number | boolean>>;
  /**
   * `"vsphere"` (the default): `type` `com.vmware.vsphere.<Name>.v0` and `eventclass`, as newer VEBA releases and
   * the Knative source send; `"router"`: `com.vmware.event.router/<class>` with the name in `subject`, as older VEBA
   * releases send.
   */
  readonly form?: "vsphere" | "router";
}

/** Headers as Node's `IncomingMessage.headers` holds them, or any iterable of name and value (fetch's `Headers`). */
export type HttpHeaders =
  Readonly<Record<string, string | readonly string[] | undefined>> | Iterable<readonly [string, string]>;

const CORE = [
  "specversion",
  "id",
  "source",
  "type",
  "datacontenttype",
  "dataschema",
  "subject",
  "time",
] as const;
const EXTENSION_NAME = /^[a-z0-9]+$/;
// RFC 3986 characters (unreserved, reserved and %-escapes): a URI-reference has no spaces or controls.
const URI_REFERENCE = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const JSON_MEDIA = /^(?:application|text)\/(?:[^;\s]*\+)?json\s*(?:;|$)/i;
const XML_MEDIA = /^(?:application|text)\/(?:[^;\s]*\+)?xml\s*(?:;|$)/i;
const ROUTER = /^com\.vmware\.event\.router\/(event|eventex|extendedevent)$/;
/** `com.vmware.vsphere.<Type>.v0`; without `com.` as govmomi-based event streamers write it. */
const VSPHERE = /^(com\.)?vmware\.vsphere\.(.+)\.v[0-9]+$/;

type Issues = { path: string; message: string }[];

// Globals of every runtime this code targets (Node 16+, browsers, Deno, Bun), declared here because the generated
// code compiles against the ECMAScript library alone, without DOM or Node type definitions.
declare const TextDecoder: new (label: string) => { decode(input: Uint8Array): string };
declare function atob(data: string): string;

/**
 * Checks the attributes of a structured envelope (or of the headers, as a record), records each problem at
 * `where(name)` and returns the attributes. Unset optional attributes (absent or `null`) are left out.
 */
export function readAttributes(
  record: Record<string, unknown>,
  where: (name: string) => string,
  issues: Issues,
  skip: ReadonlySet<string>,
): CloudEventAttributes {
  const attributes: Record<string, unknown> = {};
  const extensions: Record<string, string | number | boolean> = {};
  const bad = (name: string, message: string): void => {
    issues.push({ path: where(name), message });
  };
  const nonEmpty = (name: string, required: boolean): string | undefined => {
    const value = record[name];
    if (value === undefined || value === null) {
      if (required) bad(name, `the CloudEvents attribute ${name} is required`);
      return undefined;
    }
    if (typeof value !== "string" || value.length === 0) {
      bad(name, `expected a non-empty string, got ${describeValue(value)}`);
      return undefined;
    }
    return value;
  };
  const specversion = record["specversion"];
  if (specversion !== "1.0") {
    bad(
      "specversion",
      specversion === undefined || specversion === null
        ? "the CloudEvents attribute specversion is required"
        : `expected "1.0" (CloudEvents 1.0), got ${describeValue(specversion)}`,
    );
  }
  attributes["specversion"] = "1.0";
  for (const name of ["id", "source", "type"] as const) attributes[name] = nonEmpty(name, true) ?? "";
  const source = attributes["source"] as string;
  if (source !== "" && !URI_REFERENCE.test(source))
    bad("source", `expected a URI-reference, got ${describeValue(source)}`);
  for (const name of ["datacontenttype", "dataschema", "subject", "time"] as const) {
    const value = nonEmpty(name, false);
    if (value === undefined) continue;
    if (name === "time" && !isDateTime(value))
      bad(name, `expected an RFC 3339 timestamp, got ${describeValue(value)}`);
    else if (name === "dataschema" && !ABSOLUTE_URI.test(value))
      bad(name, `expected a URI, got ${describeValue(value)}`);
    else if (name === "datacontenttype" && !JSON_MEDIA.test(value) && !XML_MEDIA.test(value))
      bad(
        name,
        `the event must be JSON (application/json) or XML (application/xml), got ${describeValue(value)}`,
      );
    attributes[name] = value;
  }
  for (const key of Object.keys(record)) {
    if ((CORE as readonly string[]).includes(key) || skip.has(key)) continue;
    const value = record[key];
    if (value === null || value === undefined) continue;
    if (!EXTENSION_NAME.test(key)) {
      bad(key, `"${key}" is not a CloudEvents attribute name (lower-case letters a-z and digits only)`);
    } else if (
      typeof value === "string" ||
      typeof value === "boolean" ||
      (typeof value === "number" && isInt32(value))
    ) {
      Object.defineProperty(extensions, key, { value, enumerable: true, writable: true, configurable: true });
    } else {
      bad(key, `an extension attribute is a string, a boolean or an integer, got ${describeValue(value)}`);
    }
  }
  attributes["extensions"] = extensions;
  return attributes as unknown as CloudEventAttributes;
}

/** The vSphere type an envelope names, and for an EventEx or ExtendedEvent the `eventTypeId`. */
export interface EnvelopeEvent {
  readonly typeName: string;
  readonly eventTypeId: string | undefined;
  /** The attribute that names it (`type` or `subject`), for problems with the name. */
  readonly namedBy: "type" | "subject";
}

const CLASS_TYPE: Readonly<Record<string, string>> = { eventex: "EventEx", extendedevent: "ExtendedEvent" };

/** Whether the event data is XML (`application/xml`, `text/xml`, `...+xml`), as the Knative source sends it by default. */
export function isXmlData(attributes: CloudEventAttributes): boolean {
  return attributes.datacontenttype !== undefined && XML_MEDIA.test(attributes.datacontenttype);
}

/**
 * Reads which event an envelope carries, recording a problem at the attribute that is wrong. The form without
 * `com.` names an event only when `known` says the schemas declare it: other producers' names are not guessed at.
 */
export function envelopeEvent(
  attributes: CloudEventAttributes,
  where: (name: string) => string,
  issues: Issues,
  known: (typeName: string) => boolean,
): EnvelopeEvent | undefined {
  const { type } = attributes;
  if (type === "") return undefined;
  const router = ROUTER.exec(type);
  if (router !== null) {
    const subject = attributes.subject;
    if (subject === undefined) {
      issues.push({ path: where("subject"), message: `required with type ${type}: it names the event` });
      return undefined;
    }
    const eventClass = router[1] ?? "event";
    const typeName = CLASS_TYPE[eventClass];
    return typeName === undefined
      ? { typeName: subject, eventTypeId: undefined, namedBy: "subject" }
      : { typeName, eventTypeId: subject, namedBy: "subject" };
  }
  const vsphere = VSPHERE.exec(type);
  const eventClass = attributes.extensions["eventclass"] ?? "event";
  if (vsphere !== null && (vsphere[1] !== undefined || eventClass !== "event" || known(vsphere[2] ?? ""))) {
    const name = vsphere[2] ?? "";
    if (eventClass === "event") return { typeName: name, eventTypeId: undefined, namedBy: "type" };
    const typeName = typeof eventClass === "string" ? CLASS_TYPE[eventClass] : undefined;
    if (typeName !== undefined) return { typeName, eventTypeId: name, namedBy: "type" };
    issues.push({
      path: where("eventclass"),
      message: `expected "event", "eventex" or "extendedevent", got ${describeValue(eventClass)}`,
    });
    return undefined;
  }
  issues.push({
    path: where("type"),
    message:
      `${JSON.stringify(type)} is not a vSphere event type: expected com.vmware.vsphere.<Type>.v0 ` +
      "or com.vmware.event.router/event, /eventex or /extendedevent",
  });
  return undefined;
}

/** The member names of `eventTypeId` in govmomi JSON (Go, then camelCase). */
const EVENT_TYPE_ID = ["EventTypeId", "eventTypeId"] as const;

/**
 * An EventEx's or ExtendedEvent's data with the envelope's `eventTypeId`: filled in under `names[0]` when the data
 * has none, a problem when it names another. Every wire's data reads it through here.
 */
export function withEnvelopeTypeId(
  named: EnvelopeEvent,
  data: Record<string, unknown>,
  names: readonly string[],
  path: string,
  issues: Issues,
): Record<string, unknown> {
  if (named.eventTypeId === undefined) return data;
  const at = names.find((n) => data[n] !== undefined) ?? names[0] ?? "eventTypeId";
  const given = data[at];
  if (given === undefined || given === null || given === "")
    return { ...data, [names[0] ?? at]: named.eventTypeId };
  if (given !== named.eventTypeId)
    issues.push({
      path: `${path}.${at}`,
      message: `eventTypeId ${describeValue(given)} differs from the envelope's ${JSON.stringify(named.eventTypeId)}`,
    });
  return data;
}

/**
 * Decodes the event an envelope names from its govmomi JSON `data`: a declared Event type as itself, a type no
 * schema declares as `Event` (the name kept, as for VI JSON), an EventEx or ExtendedEvent with the envelope's
 * `eventTypeId` (which the data, when it has one, must repeat).
 */
export function decodeEnvelopeData(
  named: EnvelopeEvent,
  data: unknown,
  path: string,
  typePath: string,
  c: GovmomiContext,
  types: GovmomiTypes,
): object {
  const table = types();
  const value = isRecord(data) ? withEnvelopeTypeId(named, data, EVENT_TYPE_ID, path, c.issues) : data;
  const entry = table.get(named.typeName);
  if (entry !== undefined) {
    if (isA(table, named.typeName, "Event")) return gmAt(value, path, c, named.typeName, entry.decode, types);
    c.issues.push({ path: typePath, message: `${named.typeName} is not an Event type` });
    return isRecord(value) ? value : {};
  }
  const event = table.get("Event");
  if (event === undefined) throw new Error("internal error: the schemas declare no Event type");
  return gmAsOtherType(value, path, c, "Event", named.typeName, event.decode, typePath);
}

/** The JSON value of a body or envelope given as text or bytes (every int64 digit kept); other values as they are. */
export function jsonValue(value: unknown, c: GovmomiContext, path: string): unknown {
  let text: string;
  if (typeof value === "string") text = value;
  else if (value instanceof Uint8Array) text = new TextDecoder("utf-8").decode(value);
  else return value;
  const before = c.issues.length;
  const parsed = parseJson(text, c);
  for (let i = before; i < c.issues.length; i++) {
    const issue = c.issues[i];
    if (issue !== undefined && path !== "$") c.issues[i] = { path, message: issue.message };
  }
  return parsed;
}

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

/** The `data` of a structured envelope: `data`, or `data_base64` holding JSON (or, with `xml`, XML: returned as bytes). */
export function structuredData(envelope: Record<string, unknown>, c: GovmomiContext, xml = false): unknown {
  const { data, data_base64: base64 } = envelope;
  if (data !== undefined && base64 !== undefined) {
    c.issues.push({ path: "$.data_base64", message: "an envelope has data or data_base64, not both" });
    return undefined;
  }
  if (base64 !== undefined) {
    if (typeof base64 !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
      c.issues.push({ path: "$.data_base64", message: `expected base64 text, got ${describeValue(base64)}` });
      return undefined;
    }
    const bytes = Uint8Array.from(atob(base64), (ch: string) => ch.charCodeAt(0));
    return xml ? bytes : jsonValue(bytes, c, "$.data_base64");
  }
  if (data === undefined || data === null) {
    c.issues.push({ path: "$.data", message: "the envelope carries no event (data is missing)" });
    return undefined;
  }
  return data;
}

/** The members of a structured envelope that are not attributes. */
export const DATA_MEMBERS: ReadonlySet<string> = new Set(["data", "data_base64"]);

/** The attributes of a new envelope around `event` (a decoded Event, EventEx or ExtendedEvent). */
export function envelopeFor(
  event: { readonly _typeName: string; readonly eventTypeId?: unknown },
  typeName: string,
  init: CloudEventInit,
): Record<string, unknown> {
  const eventClass =
    typeName === "EventEx" ? "eventex" : typeName === "ExtendedEvent" ? "extendedevent" : "event";
  const name = eventClass === "event" ? typeName : String(event.eventTypeId);
  const router = init.form === "router";
  const out: Record<string, unknown> = {
    specversion: "1.0",
    id: init.id,
    source: init.source,
    type: router ? `com.vmware.event.router/${eventClass}` : `com.vmware.vsphere.${name}.v0`,
    datacontenttype: init.datacontenttype ?? "application/json",
  };
  if (init.dataschema !== undefined) out["dataschema"] = init.dataschema;
  const subject = router ? name : init.subject;
  if (subject !== undefined) out["subject"] = subject;
  if (init.time !== undefined) out["time"] = init.time;
  if (!router) out["eventclass"] = eventClass;
  for (const [key, value] of Object.entries(init.extensions ?? {}))
    if (!(key in out))
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
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
