/**
 * The CloudEvents transport at run time: an envelope's attributes, then its data read by the dialect its content
 * type names (govmomi JSON through the govmomi table, XML through the SOAP table), batches, and the way back.
 * Copied into the output folder with the other templates.
 */
import { describeValue, isA, isRecord, memberPath, wireTypeName } from "../core/checks";
import {
  DecodeError,
  decodeContext,
  fail,
  finish,
  inContext,
  type DecodeContext,
  type DecodeDefaults,
  type DecodeIssue,
  type DecodeOptions,
} from "../core/context";
import { gmEncode } from "../govmomi/govmomiDecode";
import type { GovmomiTypes } from "../govmomi/gojson";
import type { SoapTables } from "../soap/soapDecode";
import { readSoapElement } from "../soap/soapRead";
import { stringifyJson } from "../core/json";
import { isXmlData, readAttributes, type CloudEventAttributes } from "./ceAttributes";
import { binaryAttributes, binaryHeaders, isStructuredRequest, type HttpHeaders } from "./ceHeaders";
import {
  DATA_MEMBERS,
  decodeEnvelopeData,
  envelopeEvent,
  envelopeFor,
  jsonValue,
  structuredData,
  withEnvelopeTypeId,
  type CloudEvent,
  type CloudEventInit,
  type EnvelopeEvent,
} from "./envelope";

/** Decodes the envelope's event once its attributes are read: `data` at `dataPath`, named where `where` says. */
function envelopeResult(
  c: DecodeContext,
  attributes: CloudEventAttributes,
  where: (name: string) => string,
  data: () => unknown,
  dataPath: string,
  types: GovmomiTypes,
  xml: (() => SoapTables) | undefined,
): CloudEvent<object> {
  const known = (name: string): boolean => types().has(name);
  const named = envelopeEvent(attributes, where, c.issues, known);
  const value = data();
  let event: object = {};
  if (named !== undefined && value !== undefined) {
    event =
      xml !== undefined && isXmlData(attributes)
        ? soapEventData(named, value, dataPath, where(named.namedBy), c, xml())
        : decodeEnvelopeData(named, value, dataPath, where(named.namedBy), c, types);
  }
  return finish(c, { attributes, event });
}

/**
 * The event of XML data (`<UserLoginSessionEvent><key>8570</key>...`, the Knative source's default) as the type the
 * envelope names: read through the SOAP table, then decoded as VI JSON is; a type no schema declares as `Event`,
 * its name kept; an EventEx's `eventTypeId` filled in from the envelope or checked against it.
 */
function soapEventData(
  named: EnvelopeEvent,
  data: unknown,
  path: string,
  typePath: string,
  c: DecodeContext,
  tables: SoapTables,
): object {
  if (typeof data !== "string" && !(data instanceof Uint8Array)) {
    c.issues.push({ path, message: `XML data is text, got ${describeValue(data)}` });
    return {};
  }
  const declaredHere = tables.types.get(named.typeName) !== undefined;
  if (declaredHere && !isA(tables.types, named.typeName, "Event")) {
    c.issues.push({ path: typePath, message: `${named.typeName} is not an Event type` });
    return {};
  }
  const read = readSoapElement(data, declaredHere ? named.typeName : "Event", tables, c, path);
  if (!isRecord(read.value)) return {};
  const value = declaredHere ? read.value : { ...read.value, _typeName: named.typeName };
  const wire = withEnvelopeTypeId(named, value, ["eventTypeId"], path, c.issues);
  const event = tables.types.get("Event");
  if (event === undefined) throw new Error("internal error: the schemas declare no Event type");
  return (tables.types.get(wire["_typeName"] as string) ?? event).decode(wire, path, c) as object;
}

/** `decodeCloudEvent`: a structured-mode envelope (as a value, or as JSON text or bytes) and its event (JSON or XML). */
export function ceDecodeStructured(
  value: unknown,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
  types: GovmomiTypes,
  xml?: () => SoapTables,
): CloudEvent<object> {
  return inContext(options, defaults, (c) => structuredEvent(jsonValue(value, c, "$"), "$", c, types, xml));
}

/** One structured envelope at `at` (`$`, or `$[3]` in a batch). */
function structuredEvent(
  envelope: unknown,
  at: string,
  c: DecodeContext,
  types: GovmomiTypes,
  xml: (() => SoapTables) | undefined,
): CloudEvent<object> {
  if (c.issues.length > 0) throw new DecodeError(c.issues);
  if (!isRecord(envelope)) {
    fail(c, at, "a CloudEvents envelope (a JSON object)", envelope);
    throw new DecodeError(c.issues);
  }
  const where = (name: string): string => memberPath(at, name);
  const attributes = readAttributes(envelope, where, c.issues, DATA_MEMBERS);
  const data = (): unknown => {
    const before = c.issues.length;
    const value = structuredData(envelope, c, xml !== undefined && isXmlData(attributes));
    // structuredData words its paths from `$`; in a batch they are the envelope's.
    for (let i = before; i < c.issues.length && at !== "$"; i++) {
      const issue = c.issues[i];
      if (issue !== undefined) c.issues[i] = { path: at + issue.path.slice(1), message: issue.message };
    }
    return value;
  };
  return envelopeResult(c, attributes, where, data, `${at}.data`, types, xml);
}

/**
 * `decodeCloudEventBatch`: a batch (`application/cloudevents-batch+json`: a JSON array of structured envelopes, as a
 * value or as text or bytes), each decoded as `decodeCloudEvent` decodes one; paths are `$[3].data.key`.
 */
export function ceDecodeBatch(
  value: unknown,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
  types: GovmomiTypes,
  xml?: () => SoapTables,
): CloudEvent<object>[] {
  return inContext(options, defaults, (c) => {
    const batch = jsonValue(value, c, "$");
    if (c.issues.length > 0) throw new DecodeError(c.issues);
    if (!Array.isArray(batch)) {
      fail(c, "$", "a CloudEvents batch (a JSON array of envelopes)", batch);
      throw new DecodeError(c.issues);
    }
    const out: CloudEvent<object>[] = [];
    const issues: DecodeIssue[] = [];
    batch.forEach((envelope, i) => {
      // Each envelope in a context of its own, so that every problem of every envelope is reported.
      const one = decodeContext(options, defaults);
      // The exact reader's number texts are the whole batch's: without them bigint mode reads int64s from rounded numbers.
      one.numberText = c.numberText;
      try {
        out.push(structuredEvent(envelope, `$[${i}]`, one, types, xml));
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        issues.push(...error.issues);
      }
    });
    c.issues.push(...issues);
    return out;
  });
}

/** `decodeBinaryCloudEvent`: the attributes from `ce-*` headers, the event as the body (text, bytes or a value). */
export function ceDecodeBinary(
  headers: HttpHeaders,
  body: unknown,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
  types: GovmomiTypes,
  xml?: () => SoapTables,
): CloudEvent<object> {
  return inContext(options, defaults, (c) => {
    const attributes = binaryAttributes(headers, c.issues);
    const where = (name: string): string =>
      name === "datacontenttype" ? 'headers["content-type"]' : `headers["ce-${name}"]`;
    const data = (): unknown => {
      const empty = (typeof body === "string" || body instanceof Uint8Array) && body.length === 0;
      const value = empty
        ? undefined
        : xml !== undefined && isXmlData(attributes)
          ? body
          : jsonValue(body, c, "$");
      if (value !== undefined && value !== null) return value;
      if (c.issues.length === 0 || empty)
        c.issues.push({ path: "$", message: "the request carries no event (the body is empty)" });
      return undefined;
    };
    return envelopeResult(c, attributes, where, data, "$", types, xml);
  });
}

/** `decodeHttpCloudEvent`: structured mode when the content type is `application/cloudevents+json`, else binary mode. */
export function ceDecodeHttp(
  headers: HttpHeaders,
  body: unknown,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
  types: GovmomiTypes,
  xml?: () => SoapTables,
): CloudEvent<object> {
  return isStructuredRequest(headers)
    ? ceDecodeStructured(body, options, defaults, types, xml)
    : ceDecodeBinary(headers, body, options, defaults, types, xml);
}

/** `encodeCloudEvent`: a structured-mode envelope around the event in govmomi JSON. */
export function ceEncode(
  event: { readonly _typeName: string },
  init: CloudEventInit,
  types: GovmomiTypes,
): Record<string, unknown> {
  return { ...envelopeFor(event, wireTypeName(event), init), data: gmEncode(event, types) };
}

/** `encodeBinaryCloudEvent`: the `ce-*` headers and the JSON body of a binary-mode request. */
export function ceEncodeBinary(
  event: { readonly _typeName: string },
  init: CloudEventInit,
  types: GovmomiTypes,
): { headers: Record<string, string>; body: string } {
  return {
    headers: binaryHeaders(envelopeFor(event, wireTypeName(event), init)),
    body: stringifyJson(gmEncode(event, types)),
  };
}
