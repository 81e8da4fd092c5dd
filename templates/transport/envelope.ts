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
 * The attributes are checked in ceAttributes.ts, binary mode's headers read and written in ceHeaders.ts. Copied into
 * the output folder with the other templates.
 */
import { describeValue, isA, isRecord } from "../core/checks";
import { gmAt, gmAsOtherType, type GovmomiContext, type GovmomiTypes } from "../govmomi/gojson";
import { parseJson } from "../core/json";
import type { CloudEventAttributes, Issues } from "./ceAttributes";

export { isXmlData, readAttributes } from "./ceAttributes";
export type { CloudEventAttributes } from "./ceAttributes";
export { binaryAttributes, binaryHeaders, isStructuredRequest } from "./ceHeaders";
export type { HttpHeaders } from "./ceHeaders";

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

const ROUTER = /^com\.vmware\.event\.router\/(event|eventex|extendedevent)$/;
/** `com.vmware.vsphere.<Type>.v0`; without `com.` as govmomi-based event streamers write it. */
const VSPHERE = /^(com\.)?vmware\.vsphere\.(.+)\.v[0-9]+$/;

// Globals of every runtime this code targets (Node 16+, browsers, Deno, Bun), declared here because the generated
// code compiles against the ECMAScript library alone, without DOM or Node type definitions.
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean },
) => { decode(input: Uint8Array): string };
declare function atob(data: string): string;

/** The vSphere type an envelope names, and for an EventEx or ExtendedEvent the `eventTypeId`. */
export interface EnvelopeEvent {
  readonly typeName: string;
  readonly eventTypeId: string | undefined;
  /** The attribute that names it (`type` or `subject`), for problems with the name. */
  readonly namedBy: "type" | "subject";
}

/** A Map, not an object: an `eventclass` of "constructor" or "__proto__" must not find an inherited member. */
const CLASS_TYPE: ReadonlyMap<string, string> = new Map([
  ["eventex", "EventEx"],
  ["extendedevent", "ExtendedEvent"],
]);

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
    const typeName = CLASS_TYPE.get(eventClass);
    return typeName === undefined
      ? { typeName: subject, eventTypeId: undefined, namedBy: "subject" }
      : { typeName, eventTypeId: subject, namedBy: "subject" };
  }
  const vsphere = VSPHERE.exec(type);
  const eventClass = attributes.extensions["eventclass"] ?? "event";
  if (vsphere !== null && (vsphere[1] !== undefined || eventClass !== "event" || known(vsphere[2] ?? ""))) {
    const name = vsphere[2] ?? "";
    if (eventClass === "event") return { typeName: name, eventTypeId: undefined, namedBy: "type" };
    const typeName = typeof eventClass === "string" ? CLASS_TYPE.get(eventClass) : undefined;
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
  else if (value instanceof Uint8Array) {
    // Fatal: bytes that are not UTF-8 are a problem to report, not text to patch with U+FFFD.
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(value);
    } catch {
      c.issues.push({ path, message: "the data is not valid UTF-8" });
      return undefined;
    }
  } else return value;
  const before = c.issues.length;
  const parsed = parseJson(text, c);
  for (let i = before; i < c.issues.length; i++) {
    const issue = c.issues[i];
    if (issue !== undefined && path !== "$") c.issues[i] = { path, message: issue.message };
  }
  return parsed;
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
    let binary: string;
    try {
      // The expression lets through what atob still refuses ("a", "a=="): its DOMException becomes the issue.
      binary = atob(base64);
    } catch {
      c.issues.push({ path: "$.data_base64", message: `expected base64 text, got ${describeValue(base64)}` });
      return undefined;
    }
    const bytes = Uint8Array.from(binary, (ch: string) => ch.charCodeAt(0));
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
  // An own-property check: `in` would find Object.prototype's members and drop an extension named "constructor".
  for (const [key, value] of Object.entries(init.extensions ?? {}))
    if (!Object.hasOwn(out, key))
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}
