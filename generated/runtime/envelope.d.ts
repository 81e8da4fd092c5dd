import { type GovmomiContext, type GovmomiTypes } from "./gojson.js";
import type { CloudEventAttributes, Issues } from "./ceAttributes.js";
export { isXmlData, readAttributes } from "./ceAttributes.js";
export type { CloudEventAttributes } from "./ceAttributes.js";
export { binaryAttributes, binaryHeaders, isStructuredRequest } from "./ceHeaders.js";
export type { HttpHeaders } from "./ceHeaders.js";
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
/** The vSphere type an envelope names, and for an EventEx or ExtendedEvent the `eventTypeId`. */
export interface EnvelopeEvent {
    readonly typeName: string;
    readonly eventTypeId: string | undefined;
    /** The attribute that names it (`type` or `subject`), for problems with the name. */
    readonly namedBy: "type" | "subject";
}
/**
 * Reads which event an envelope carries, recording a problem at the attribute that is wrong. The form without
 * `com.` names an event only when `known` says the schemas declare it: other producers' names are not guessed at.
 */
export declare function envelopeEvent(attributes: CloudEventAttributes, where: (name: string) => string, issues: Issues, known: (typeName: string) => boolean): EnvelopeEvent | undefined;
/**
 * An EventEx's or ExtendedEvent's data with the envelope's `eventTypeId`: filled in under `names[0]` when the data
 * has none, a problem when it names another. Every wire's data reads it through here.
 */
export declare function withEnvelopeTypeId(named: EnvelopeEvent, data: Record<string, unknown>, names: readonly string[], path: string, issues: Issues): Record<string, unknown>;
/**
 * Decodes the event an envelope names from its govmomi JSON `data`: a declared Event type as itself, a type no
 * schema declares as `Event` (the name kept, as for VI JSON), an EventEx or ExtendedEvent with the envelope's
 * `eventTypeId` (which the data, when it has one, must repeat).
 */
export declare function decodeEnvelopeData(named: EnvelopeEvent, data: unknown, path: string, typePath: string, c: GovmomiContext, types: GovmomiTypes): object;
/** The JSON value of a body or envelope given as text or bytes (every int64 digit kept); other values as they are. */
export declare function jsonValue(value: unknown, c: GovmomiContext, path: string): unknown;
/** The `data` of a structured envelope: `data`, or `data_base64` holding JSON (or, with `xml`, XML: returned as bytes). */
export declare function structuredData(envelope: Record<string, unknown>, c: GovmomiContext, xml?: boolean): unknown;
/** The members of a structured envelope that are not attributes. */
export declare const DATA_MEMBERS: ReadonlySet<string>;
/** The attributes of a new envelope around `event` (a decoded Event, EventEx or ExtendedEvent). */
export declare function envelopeFor(event: {
    readonly _typeName: string;
    readonly eventTypeId?: unknown;
}, typeName: string, init: CloudEventInit): Record<string, unknown>;
