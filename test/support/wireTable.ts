/**
 * The wires, as the tests that run over all of them see each one (test/wires/wire-table.test.ts): how a value is
 * written in its form and read back, which values it can carry and how it gives them back, and how a member no schema
 * declares is added to a form. A new wire is one entry here, and every test of the table runs over it.
 */
import { isDeepStrictEqual } from "node:util";
import type { DecodeOptions } from "../catalogue";
import type { FieldModel, Model } from "../../src/model/ir";
import { xmlSafe } from "./arbitraries";

/** The entry points of one generated output that the table uses (generated/ and each golden output have them). */
export interface WireApi {
  /** The output's own DecodeError class (each output has its run time's copy). */
  DecodeError: new (...args: never[]) => Error & { readonly issues: readonly { readonly path: string }[] };
  encodeDynamicData(value: never): unknown;
  parseDynamicData(text: string, options?: DecodeOptions): unknown;
  stringifyDynamicData(value: never): string;
  parseGovmomi(typeName: never, text: string, options?: DecodeOptions): unknown;
  stringifyGovmomi(value: never): string;
  encodeSoap(typeName: never, value: never): string;
  decodeSoap(typeName: never, xml: string, options?: DecodeOptions): unknown;
  stringifyCloudEvent(event: never, attributes: { id: string; source: string }): string;
  decodeCloudEvent(value: unknown, options?: DecodeOptions): { event: unknown };
  encodeBinaryCloudEvent(
    event: never,
    attributes: { id: string; source: string },
  ): { headers: Record<string, string>; body: string };
  decodeHttpCloudEvent(headers: Record<string, string>, body: unknown, options?: DecodeOptions): { event: unknown };
}

/** One wire of one output. */
export interface WireUnderTest {
  readonly name: string;
  /** The root type the round trips draw values of: every data type, or every event for an event-only wire. */
  readonly root: "DynamicData" | "Event";
  /** A decoded value written in the wire's form. */
  readonly write: (value: Record<string, unknown>) => unknown;
  /** A form read back as the value of the type it names (`typeName` where the form names none). */
  readonly read: (form: unknown, typeName: string, options?: DecodeOptions) => unknown;
  /** A value in VI JSON's wire form as this wire can carry it, or false where it cannot carry it at all. */
  readonly carriable: (wire: Record<string, unknown>) => Record<string, unknown> | false;
  /** What reading the form back gives for a value the wire can carry. */
  readonly carried: (value: unknown) => unknown;
  /** The form with `name: text` added to the object it carries, a member no schema declares. */
  readonly withMember: (form: unknown, name: string, text: string) => unknown;
  /** The form with its text (a binary CloudEvent's body) changed by `change`. */
  readonly changed: (form: unknown, change: (text: string) => string) => unknown;
}

const ATTRIBUTES = { id: "42", source: "https://vcenter.example.com/sdk" };

/** A JSON text with a member added to its top-level object, or to the object under `under`. */
function jsonWithMember(text: string, name: string, value: string, under?: string): string {
  const parsed = JSON.parse(text) as Record<string, Record<string, unknown>>;
  const target = under === undefined ? parsed : (parsed[under] ?? {});
  target[name] = value;
  return JSON.stringify(parsed);
}

/**
 * `expect(actual).toEqual(expected)`, with Node's strict comparison first: what it finds equal jest does too, and a
 * property test runs it on thousands of values, where each expect costs a stack trace and a slower walk of its own.
 */
export function expectEqual(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

/** Each type's fields by name, per model: goCarried looks one up for each member of each value. */
const fieldsByName = new WeakMap<Model, Map<string, Map<string, FieldModel>>>();

function fieldOf(model: Model, typeName: string, key: string): FieldModel | undefined {
  let types = fieldsByName.get(model);
  if (types === undefined) fieldsByName.set(model, (types = new Map()));
  let fields = types.get(typeName);
  if (fields === undefined)
    types.set(typeName, (fields = new Map(model.byName.get(typeName)?.allFields.map((f) => [f.name, f]))));
  return fields.get(key);
}

/** Whether `value` is the Go zero value of an optional field: govmomi's JSON cannot tell it from "unset". */
function isGoZero(model: Model, typeName: unknown, key: string, value: unknown): boolean {
  const field = fieldOf(model, String(typeName), key);
  if (field === undefined || !field.optional || field.array) return false;
  if (field.type.kind === "enum") return value === "";
  if (field.type.kind !== "primitive") return false;
  switch (field.type.format) {
    case "string":
    case "base64":
      return value === "";
    case "boolean":
      return value === false;
    case "date-time":
      return false;
    default:
      return value === 0 || value === 0n;
  }
}

/** A decoded value as govmomi's JSON carries it: optional fields holding a Go zero value left out. */
export function goCarried(model: Model, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => goCarried(model, v));
  if (typeof value !== "object" || value === null || value instanceof Date) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key, member]) => !isGoZero(model, record["_typeName"], key, member))
      .map(([key, member]) => [key, goCarried(model, member)]),
  );
}

/** A reference is its type and id in XML: members no schema declares are not written there. */
function withoutReferenceExtras(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutReferenceExtras);
  if (typeof value !== "object" || value === null || value instanceof Date) return value;
  const reference = (value as { _typeName?: unknown })._typeName === "ManagedObjectReference";
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !reference || ["_typeName", "type", "value", "serverGuid"].includes(k))
      .map(([k, v]) => [k, withoutReferenceExtras(v)]),
  );
}

/** SOAP has no empty array: an optional one that is empty reads back absent. */
function withoutEmptyArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyArrays);
  if (typeof value !== "object" || value === null || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, withoutEmptyArrays(v)]),
  );
}

/** An event that a CloudEvent can carry: an EventEx or ExtendedEvent is named by its eventTypeId, never empty. */
const namedEvent = (value: Record<string, unknown>): boolean =>
  !("eventTypeId" in value) || value["eventTypeId"] !== "";

/** Every wire of one output (its entry points and the model it was generated from). */
export function wiresOf(api: WireApi, model: Model): WireUnderTest[] {
  const typeOf = (value: Record<string, unknown>): never => value["_typeName"] as never;
  return [
    {
      name: "VI JSON",
      root: "DynamicData",
      write: (value) => api.stringifyDynamicData(value as never),
      read: (form, _typeName, options) => api.parseDynamicData(form as string, options),
      carriable: (value) => value,
      carried: (value) => value,
      withMember: (form, name, text) => jsonWithMember(form as string, name, text),
      changed: (form, change) => change(form as string),
    },
    {
      name: "govmomi JSON",
      root: "DynamicData",
      write: (value) => api.stringifyGovmomi(value as never),
      read: (form, typeName, options) => api.parseGovmomi(typeName as never, form as string, options),
      carriable: (value) => value,
      carried: (value) => goCarried(model, value),
      withMember: (form, name, text) => jsonWithMember(form as string, name, text),
      changed: (form, change) => change(form as string),
    },
    {
      name: "SOAP XML",
      root: "DynamicData",
      write: (value) => api.encodeSoap(typeOf(value), value as never),
      read: (form, typeName, options) => api.decodeSoap(typeName as never, form as string, options),
      // XML holds no control characters but tab, line feed and carriage return (the encoder refuses them).
      carriable: (value) => withoutReferenceExtras(xmlSafe(value)) as Record<string, unknown>,
      carried: withoutEmptyArrays,
      withMember: (form, name, text) => (form as string).replace(/<\/([\w:]+)>$/, `<${name}>${text}</${name}></$1>`),
      changed: (form, change) => change(form as string),
    },
    {
      name: "CloudEvents, structured",
      root: "Event",
      write: (value) => api.stringifyCloudEvent(value as never, ATTRIBUTES),
      read: (form, _typeName, options) => api.decodeCloudEvent(form, options).event,
      carriable: (value) => namedEvent(value) && value,
      carried: (value) => goCarried(model, value),
      withMember: (form, name, text) => jsonWithMember(form as string, name, text, "data"),
      changed: (form, change) => change(form as string),
    },
    {
      name: "CloudEvents, binary",
      root: "Event",
      write: (value) => api.encodeBinaryCloudEvent(value as never, ATTRIBUTES),
      read: (form, _typeName, options) => {
        const { headers, body } = form as { headers: Record<string, string>; body: string };
        return api.decodeHttpCloudEvent(headers, body, options).event;
      },
      carriable: (value) => namedEvent(value) && value,
      carried: (value) => goCarried(model, value),
      withMember: (form, name, text) => {
        const { headers, body } = form as { headers: Record<string, string>; body: string };
        return { headers, body: jsonWithMember(body, name, text) };
      },
      changed: (form, change) => {
        const { headers, body } = form as { headers: Record<string, string>; body: string };
        return { headers, body: change(body) };
      },
    },
  ];
}
