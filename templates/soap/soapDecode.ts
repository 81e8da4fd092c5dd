/**
 * The SOAP dialect's entry points at run time (`parseSoapResponse`, `decodeSoap`, `encodeSoap`, and a method's request
 * and return value): read the XML with the output's SOAP table, then check what it reads into with the canonical
 * decoders; a fault as a `SoapFault`.
 * Copied into the output folder with the other templates.
 */
import {
  finish,
  decodeContext,
  nestedTooDeeply,
  type DecodeAt,
  type DecodeContext,
  type DecodeDefaults,
  type DecodeIssue,
  type DecodeOptions,
} from "../core/context";
import { decodeReturn, methodEntry, type MethodTable } from "../core/methodValues";
import { readSoapBody, readSoapElement } from "./soapRead";
import { writeSoapElement, writeSoapEnvelope } from "./soapWrite";
import {
  SoapEncodeError,
  SoapFault,
  type SoapFaultContent,
  type SoapParameter,
  type SoapSchema,
  type SoapType,
} from "./vimxml";

/** A type of the output's SOAP table (soap.ts): its wire facts and the VI JSON decoder that checks what XML reads into. */
export interface SoapEntry extends SoapType {
  /** The type's guard: what XML reads into is the VI JSON wire form, which the guard accepts when it is valid. */
  readonly is: (value: unknown) => boolean;
  readonly decode: DecodeAt<unknown>;
}

/** The output's SOAP table: every declared type and enum. */
export interface SoapTables extends SoapSchema {
  readonly types: ReadonlyMap<string, SoapEntry>;
}

function soapEntry(typeName: string, tables: SoapTables): SoapEntry {
  const entry = tables.types.get(typeName);
  if (entry === undefined)
    throw new TypeError(`${JSON.stringify(typeName)} is not a type the schemas declare`);
  return entry;
}

/** Runs `read` and the VI JSON decode after it in `c`; input nested too deeply is an issue (any other error escapes). */
function guarded<T>(c: DecodeContext, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    nestedTooDeeply(c, error);
    return undefined;
  }
}

/** The SoapFault of a fault response: its detail decoded as a MethodFault where the schemas declare it. */
function soapFault(
  content: SoapFaultContent,
  c: DecodeContext,
  tables: SoapTables,
): InstanceType<typeof SoapFault> {
  const entry = tables.types.get("MethodFault");
  const detail = content.detail;
  const decoded =
    detail === undefined || entry === undefined
      ? detail
      : guarded(c, () => entry.decode(detail, "$.detail", c));
  return new SoapFault(content, c.issues.length === 0 ? decoded : undefined, c.issues);
}

/** `parseSoapResponse`: the response's `returnval` elements decoded as `typeName`, or its fault thrown as a SoapFault. */
export function soapParse(
  body: string | Uint8Array,
  typeName: string,
  tables: () => SoapTables,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
): unknown[] {
  const schema = tables();
  const entry = soapEntry(typeName, schema);
  const c = decodeContext(options, defaults);
  const read = guarded(c, () => readSoapBody(body, typeName, schema, c));
  if (read !== undefined && "fault" in read) throw soapFault(read.fault, c, schema);
  const values = read?.values ?? [];
  // As decodeT does: with the output's defaults, a value its guard accepts decodes to itself.
  const asIs = options === undefined && c.issues.length === 0;
  const decoded = guarded(c, () =>
    values.map((v, i) => (asIs && entry.is(v) ? v : entry.decode(v, `$[${i}]`, c))),
  );
  return finish(c, decoded ?? []);
}

/** `decodeSoap` (a declared type) and `decodeSoapElement` (the type the element names). */
export function soapDecode(
  xml: string | Uint8Array,
  typeName: string | undefined,
  tables: () => SoapTables,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
): unknown {
  const schema = tables();
  if (typeName !== undefined) soapEntry(typeName, schema);
  const c = decodeContext(options, defaults);
  const read = guarded(c, () => readSoapElement(xml, typeName, schema, c));
  const entry = read === undefined ? undefined : schema.types.get(read.typeName);
  const decoded =
    read === undefined || entry === undefined || read.value === undefined
      ? undefined
      : options === undefined && c.issues.length === 0 && entry.is(read.value)
        ? read.value
        : guarded(c, () => entry.decode(read.value, "$", c));
  return finish(c, decoded);
}

/** `encodeSoap`: a value as a vim25 element. */
export function soapEncode(
  value: unknown,
  typeName: string,
  element: string,
  tables: () => SoapTables,
): string {
  const schema = tables();
  soapEntry(typeName, schema);
  return writeSoapElement(element, typeName, value, schema);
}

/** The XML Schema type a primitive parameter of each format is declared as. */
const XSD: Readonly<Record<string, string>> = {
  string: "xsd:string",
  boolean: "xsd:boolean",
  int8: "xsd:byte",
  int16: "xsd:short",
  int32: "xsd:int",
  int64: "xsd:long",
  double: "xsd:double",
  "date-time": "xsd:dateTime",
  base64: "xsd:base64Binary",
};

/** What `readSoapBody` reads a method's `returnval` as: its type, the WSDL's type of a union, a format key or `any`. */
function returnDeclared(kind: string, types: readonly string[]): string {
  return kind === "object" || kind === "union" ? (types[0] ?? "any") : kind;
}

/**
 * The request envelope of `method`: `_this` and each declared parameter in WSDL order, written as its declared type.
 * @throws SoapEncodeError for a missing `_this` or required parameter, or what XML cannot hold.
 */
export function soapMethodRequest(
  method: string,
  given: object,
  methods: MethodTable,
  tables: () => SoapTables,
): string {
  const entry = methodEntry(methods, method);
  const args = given as Readonly<Record<string, unknown>>;
  const self = args["_this"] as { readonly type?: unknown; readonly value?: unknown } | undefined;
  if (typeof self?.type !== "string" || typeof self.value !== "string")
    throw new SoapEncodeError(
      "_this",
      `${method} is called on a ${entry.on}: pass its ManagedObjectReference as _this`,
    );
  const parameters: SoapParameter[] = entry.params.map(([name, kind, flags, ...types]) => {
    const value = Object.prototype.hasOwnProperty.call(args, name) ? args[name] : undefined;
    if (value === undefined && (flags & 2) === 0)
      throw new SoapEncodeError(name, `${method} requires the parameter ${name}`);
    return [name, kind === "any" ? "any" : (XSD[kind] ?? returnDeclared(kind, types)), value];
  });
  return writeSoapEnvelope(method, { type: self.type, value: self.value }, parameters, tables());
}

/** A method's return value from its SOAP response, decoded as the method declares it, or its fault thrown. */
export function soapMethodReturn(
  method: string,
  body: string | Uint8Array,
  methods: MethodTable,
  tables: () => SoapTables,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
): unknown {
  const entry = methodEntry(methods, method);
  const schema = tables();
  const [, kind = "string", , ...types] = entry.returns ?? [];
  const c = decodeContext(options, defaults);
  const read = guarded(c, () => readSoapBody(body, returnDeclared(kind, types), schema, c));
  if (read !== undefined && "fault" in read) throw soapFault(read.fault, c, schema);
  // Isolated elements (the client's event pages) claim the reader's issues inside them; the rest are the answer's.
  // The reader's paths start at the repeated returnval (`$[0]`); a single return value is decoded at `$`.
  const single = ((entry.returns?.[2] ?? 0) & 1) === 0;
  const rebase = (issue: DecodeIssue, from: string, to: string): DecodeIssue =>
    single && issue.path.startsWith(from) ? { ...issue, path: to + issue.path.slice(from.length) } : issue;
  if (c.isolate !== undefined) c.pending = c.issues.splice(0).map((i) => rebase(i, "$[0]", "$"));
  const asIs = options === undefined && c.issues.length === 0;
  const value =
    c.issues.length > 0 ? undefined : guarded(c, () => decodeReturn(entry, read?.values ?? [], c, asIs));
  if (c.pending !== undefined) c.issues.unshift(...c.pending.map((i) => rebase(i, "$", "$[0]")));
  return finish(c, value);
}
