/**
 * The vim25 SOAP wire: reads XML into the wire objects of VI JSON (`_typeName`, boxes for untyped values), which the
 * VI JSON decoders then check, so that every type, policy and issue is the same on both wires; and writes decoded
 * values back as vim25 XML. What the XML cannot say (which members are arrays, what a text is) comes from the
 * output's SOAP table (`soapSchema$` in soap.ts). The rules follow what vCenter writes and govmomi reads (the README's
 * SOAP section). Copied into the output folder with the other templates.
 */
import { isA, memberPath } from "../core/checks";
import { dateTimeText } from "../core/convert";
import { arrayBoxItem, primitiveBox } from "../core/formats";
import {
  attributeOf,
  EOF,
  escapeAttribute,
  escapeText,
  lineColumn,
  START,
  unwritableAt,
  XmlReader,
  XmlSyntaxError,
  XSD_NAMESPACE,
  XSI_NAMESPACE,
} from "./xml";

// Every target has it (Node, browsers, Deno); declared here so that the output needs neither the DOM nor Node's types.
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(input: Uint8Array): string };

export const VIM25_NAMESPACE = "urn:vim25";
export const SOAP_ENVELOPE_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";

/**
 * One field of a type as the SOAP wire needs it: `[member, kind, flags, ...types]`. `kind` is a format key
 * (`int32`, `date-time`...; an enum is a `string`), `object` or `union` (with the type names; a union's first is the
 * type the WSDL declares) or `any`; `flags` is 1 for an array, 2 for an optional field.
 */
export type SoapField = readonly [name: string, kind: string, flags: number, ...types: string[]];

export interface SoapType {
  readonly base: string | undefined;
  /** The type has known subtypes: a value of it carries `xsi:type` on the wire. */
  readonly poly: boolean;
  /** Own fields, in WSDL order. */
  readonly fields: readonly SoapField[];
}

export interface SoapSchema {
  readonly types: ReadonlyMap<string, SoapType>;
  readonly enums: ReadonlySet<string>;
}

/** What reading needs of the decode context (a structural subset of the runtime's DecodeContext). */
interface SoapContext {
  readonly issues: { path: string; message: string }[];
  readonly int64: "number" | "bigint";
}

const ARRAY = 1;
const OPTIONAL = 2;

interface Resolved {
  /** Every field, the root's first: the order the WSDL writes them in. */
  readonly all: readonly SoapField[];
  readonly byName: ReadonlyMap<string, SoapField>;
}

const resolvedBySchema = new WeakMap<SoapSchema, Map<string, Resolved>>();

/** The resolved types of a schema, built as they are first needed. */
function resolvedCache(schema: SoapSchema): Map<string, Resolved> {
  let cache = resolvedBySchema.get(schema);
  if (cache === undefined) resolvedBySchema.set(schema, (cache = new Map()));
  return cache;
}

function resolved(schema: SoapSchema, typeName: string, cache = resolvedCache(schema)): Resolved | undefined {
  const hit = cache.get(typeName);
  if (hit !== undefined) return hit;
  const chain: SoapType[] = [];
  for (
    let t = schema.types.get(typeName);
    t !== undefined;
    t = t.base === undefined ? undefined : schema.types.get(t.base)
  )
    chain.unshift(t);
  if (chain.length === 0) return undefined;
  const all = chain.flatMap((t) => t.fields);
  const entry: Resolved = { all, byName: new Map(all.map((f) => [f[0], f])) };
  cache.set(typeName, entry);
  return entry;
}

/** Sets a member the way JSON.parse does: `__proto__` becomes an own member, never the prototype. */
function setMember(o: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}

const INTEGER = /^[+-]?[0-9]+$/;

interface Reading {
  readonly r: XmlReader;
  readonly schema: SoapSchema;
  readonly c: SoapContext;
  /** Elements without a namespace are vim25 ones (a fragment as the Knative source sends it). */
  readonly unqualified: boolean;
  readonly resolved: Map<string, Resolved>;
}

/** A value's text as the wire member of a format, or the text itself for the VI JSON check to report. */
function fromText(x: Reading, kind: string, text: string, path: string): unknown {
  switch (kind) {
    case "string":
      return text;
    case "boolean": {
      const t = text.trim();
      if (t === "true" || t === "1") return true;
      if (t === "false" || t === "0") return false;
      return text;
    }
    case "int8":
    case "int16":
    case "int32": {
      const t = text.trim();
      return INTEGER.test(t) ? Number(t) : text;
    }
    case "int64": {
      const t = text.trim();
      if (!INTEGER.test(t)) return text;
      if (x.c.int64 === "bigint") return BigInt(t);
      const n = Number(t);
      if (Number.isSafeInteger(n)) return n;
      x.c.issues.push({
        path,
        message:
          `int64 value ${t} is beyond +/-(2^53 - 1), which a number cannot hold exactly ` +
          "(generate with --int64 bigint to read every digit)",
      });
      return 0;
    }
    case "double": {
      const t = text.trim();
      return /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(t) ? Number(t) : text;
    }
    case "date-time":
      return text.trim();
    case "base64":
      return text.replace(/[ \t\n\r]+/g, "");
    default:
      return text;
  }
}

/** The element's `xsi:type`, resolved: `[namespace, local name]`, or undefined when it has none. */
function xsiType(x: Reading, path: string): readonly [string, string] | undefined {
  const value = attributeOf(x.r.tag, XSI_NAMESPACE, "type");
  if (value === undefined) return undefined;
  const t = value.trim();
  const colon = t.indexOf(":");
  const prefix = colon === -1 ? "" : t.slice(0, colon);
  const local = colon === -1 ? t : t.slice(colon + 1);
  let uri = x.r.namespaceOf(prefix);
  if (uri === undefined && x.unqualified && (prefix === "xsd" || prefix === "xs")) uri = XSD_NAMESPACE;
  if (uri === undefined || uri === "") uri = prefix === "" ? VIM25_NAMESPACE : "";
  if (uri === "") {
    x.c.issues.push({
      path,
      message: `xsi:type ${JSON.stringify(value)} uses the prefix ${prefix}, which is not declared`,
    });
    return undefined;
  }
  return [uri, local];
}

/** The content of the current element as text: child elements are a problem (and skipped). */
function readText(x: Reading, path: string): string {
  const r = x.r;
  let text = "";
  for (;;) {
    const kind = r.next();
    text += r.text;
    if (kind !== START) return text;
    x.c.issues.push({ path, message: `expected text, got the element <${r.tag.name}>` });
    r.skip();
  }
}

const SUFFIXES = new Map<string, string>();

/** `memberPath` with the suffix of each element name kept: most names recur on every object. */
function childPath(path: string, local: string): string {
  let suffix = SUFFIXES.get(local);
  if (suffix === undefined) {
    suffix = memberPath("", local);
    // Bounded: a document of endless distinct names must not grow it without end.
    if (SUFFIXES.size < 4096) SUFFIXES.set(local, suffix);
  }
  return path + suffix;
}

function isBlank(text: string): boolean {
  return /^[ \t\n\r]*$/.test(text);
}

/** Reads the current element as the value of a field. */
function readField(x: Reading, field: SoapField, path: string): unknown {
  switch (field[1]) {
    case "object":
      return readObject(x, field[3] as string, path);
    case "union":
      return readUnion(x, field, path);
    case "any":
      return readAny(x, path);
    default:
      return fromText(x, field[1], readText(x, path), path);
  }
}

function readUnion(x: Reading, field: SoapField, path: string): unknown {
  const named = xsiType(x, path);
  const members = field.slice(3) as string[];
  if (named === undefined || named[0] !== VIM25_NAMESPACE) return readObject(x, members[0] as string, path);
  const declared = members.find((m) => isA(x.schema.types, named[1], m)) ?? (members[0] as string);
  return readObject(x, declared, path, named[1]);
}

/** Reads the current element as a data object declared as `declared` (its `xsi:type` may name a subtype). */
function readObject(x: Reading, declared: string, path: string, given?: string): unknown {
  let name = given;
  if (name === undefined) {
    const named = xsiType(x, path);
    if (named !== undefined && named[0] !== VIM25_NAMESPACE) {
      x.c.issues.push({ path, message: `xsi:type ${named[1]} is an XML Schema type; ${declared} is declared here` });
      x.r.skip();
      return undefined;
    }
    name = named?.[1] ?? declared;
  }
  if (name === "ManagedObjectReference") return readReference(x, path);
  const fields = resolved(x.schema, name, x.resolved) ?? resolved(x.schema, declared, x.resolved);
  const o: Record<string, unknown> = { _typeName: name };
  const r = x.r;
  let repeated: Set<string> | undefined;
  for (;;) {
    const kind = r.next();
    if (r.text.length !== 0 && !isBlank(r.text))
      x.c.issues.push({
        path,
        message: `text ${JSON.stringify(r.text.trim().slice(0, 40))} in ${name}, whose content is its members`,
      });
    if (kind !== START) break;
    const tag = r.tag;
    const local = tag.local;
    const at = childPath(path, local);
    if (!(tag.uri === VIM25_NAMESPACE || (tag.uri === "" && x.unqualified))) {
      x.c.issues.push({
        path: at,
        message: `the element <${tag.name}> is in the namespace ${JSON.stringify(tag.uri)}, not urn:vim25`,
      });
      r.skip();
      continue;
    }
    const field = fields?.byName.get(local);
    const before = Object.prototype.hasOwnProperty.call(o, local) ? o[local] : undefined;
    if (field !== undefined && (field[2] & ARRAY) !== 0) {
      const list = (before as unknown[] | undefined) ?? [];
      if (before === undefined) o[local] = list;
      list.push(readField(x, field, `${at}[${list.length}]`));
    } else if (field !== undefined) {
      if (before === undefined) setMember(o, local, readField(x, field, at));
      else {
        x.c.issues.push({ path: at, message: `<${local}> appears more than once; ${name}.${local} is not an array` });
        r.skip();
      }
    } else if (before === undefined) {
      // A member no schema declares: kept as it reads, for the unknown-members policy to judge.
      setMember(o, local, readGeneric(x, at));
    } else {
      const list = (repeated ??= new Set()).has(local) ? (before as unknown[]) : [before];
      repeated.add(local);
      list.push(readGeneric(x, `${at}[${list.length}]`));
      setMember(o, local, list);
    }
  }
  if (fields !== undefined) {
    // An empty array is no element at all: a required one that is absent is empty.
    for (const f of fields.all) if ((f[2] & (ARRAY | OPTIONAL)) === ARRAY && o[f[0]] === undefined) o[f[0]] = [];
  }
  return o;
}

/** A reference's members that are attributes in XML (`serverGuid` as govmomi writes it). */
const REFERENCE_ATTRIBUTES = ["type", "serverGuid"] as const;

/** `<vm type="VirtualMachine">vm-60</vm>`: the type attribute and the id. */
function readReference(x: Reading, path: string): Record<string, unknown> {
  const o: Record<string, unknown> = { _typeName: "ManagedObjectReference" };
  for (const key of REFERENCE_ATTRIBUTES) {
    const v = attributeOf(x.r.tag, "", key);
    if (v !== undefined) o[key] = v;
  }
  o["value"] = readText(x, path);
  return o;
}

/** Reads an untyped (xsd:anyType) slot into the box or object VI JSON would send. */
function readAny(x: Reading, path: string): unknown {
  const named = xsiType(x, path);
  if (named === undefined) {
    // No xsi:type: text is a string (what an untyped element holds); elements an object that names no type.
    return readGeneric(x, path, true);
  }
  const [uri, name] = named;
  const box = primitiveBox(name);
  if (uri === XSD_NAMESPACE || box?.xsd === false || x.schema.enums.has(name)) {
    // A primitive box (xsd:int), a vim25 string box (TypeName) or a boxed enum; an XML Schema type VI JSON has no
    // box for (xsd:unsignedInt) is kept as text for the unknown-types policy.
    const text = readText(x, path);
    const format = uri !== XSD_NAMESPACE ? "string" : box?.xsd === true ? box.format : undefined;
    return { _typeName: name, _value: format === undefined ? text : fromText(x, format, text, `${path}._value`) };
  }
  if (name.startsWith("ArrayOf")) {
    const item = name.slice(7);
    const itemBox = arrayBoxItem(name);
    const itemType = itemBox === undefined && x.schema.types.has(item) ? item : undefined;
    if (itemBox !== undefined || itemType !== undefined) {
      const items: unknown[] = [];
      const r = x.r;
      for (;;) {
        const kind = r.next();
        if (kind !== START) break;
        const at = `${path}._value[${items.length}]`;
        if (itemType !== undefined) items.push(readObject(x, itemType, at));
        else items.push(fromText(x, primitiveBox(itemBox as string)?.format ?? "string", readText(x, at), at));
      }
      return { _typeName: name, _value: items };
    }
  }
  if (x.schema.types.has(name)) return readObject(x, name, path, name);
  return readGeneric(x, path);
}

/** An element no schema describes: its text, or an object of its children (repeated ones as arrays). */
function readGeneric(x: Reading, path: string, untypedSlot = false): unknown {
  const r = x.r;
  const typeAttr = attributeOf(r.tag, XSI_NAMESPACE, "type");
  const typeName = typeAttr === undefined ? undefined : typeAttr.slice(typeAttr.indexOf(":") + 1);
  const moType = attributeOf(r.tag, "", "type");
  let o: Record<string, unknown> | undefined;
  let text = "";
  for (;;) {
    const kind = r.next();
    text += r.text;
    if (kind !== START) break;
    o ??= typeName === undefined ? {} : { _typeName: typeName };
    const local = r.tag.local;
    const before = Object.prototype.hasOwnProperty.call(o, local) ? o[local] : undefined;
    const value = readGeneric(x, childPath(path, local));
    if (before === undefined) setMember(o, local, value);
    else setMember(o, local, Array.isArray(before) ? [...before, value] : [before, value]);
  }
  if (o !== undefined) return o;
  if (moType !== undefined) return { _typeName: typeName ?? "ManagedObjectReference", type: moType, value: text };
  if (typeName !== undefined) return { _typeName: typeName, _value: text };
  return untypedSlot ? { _typeName: "string", _value: text } : text;
}

/** A SOAP fault as the response carried it. */
export interface SoapFaultContent {
  readonly faultcode: string;
  readonly faultstring: string;
  /** The detail's fault as a wire object, for the VI JSON decoder of MethodFault; undefined when there is none. */
  readonly detail: unknown;
}

/** Where the SOAP reading ended: the `returnval` values as wire objects, or a fault. */
export type SoapBody = { readonly values: unknown[] } | { readonly fault: SoapFaultContent };

function syntaxIssue(c: SoapContext, text: string, error: unknown, path = "$"): void {
  if (!(error instanceof XmlSyntaxError)) throw error;
  c.issues.push({ path, message: `not well-formed XML: ${error.message} (${lineColumn(text, error.offset)})` });
}

function expectElement(x: Reading, uri: string, local: string, what: string): void {
  const tag = x.r.tag;
  if (tag.uri !== uri || tag.local !== local)
    x.r.fail(
      `expected ${what} ({${uri}}${local}), got <${tag.name}>${tag.uri === "" ? "" : ` in ${tag.uri}`}`,
      tag.offset,
    );
}

/** Reads the next child element of the current one, skipping nothing: false at the end of the current element. */
function nextChild(x: Reading): boolean {
  const kind = x.r.next();
  if (!isBlank(x.r.text)) x.r.fail(`unexpected text ${JSON.stringify(x.r.text.trim().slice(0, 40))}`);
  return kind === START;
}

function readFault(x: Reading, fault: string): SoapFaultContent {
  let faultcode = "";
  let faultstring = "";
  let detail: unknown;
  while (nextChild(x)) {
    const local = x.r.tag.local;
    if (local === "faultcode") faultcode = readText(x, "$.faultcode").trim();
    else if (local === "faultstring") faultstring = readText(x, "$.faultstring");
    else if (local === "detail") {
      while (nextChild(x)) {
        // The detail element is named after the fault (InvalidLoginFault) and carries it as xsi:type; either says.
        const named = x.r.tag.local.endsWith("Fault") ? x.r.tag.local.slice(0, -5) : undefined;
        const given = attributeOf(x.r.tag, XSI_NAMESPACE, "type") === undefined ? named : undefined;
        if (detail === undefined && x.schema.types.has(fault)) detail = readObject(x, fault, "$.detail", given);
        else if (detail === undefined) detail = readGeneric(x, "$.detail");
        else x.r.skip();
      }
    } else x.r.skip();
  }
  return { faultcode, faultstring, detail };
}

function decodeUtf8(body: string | Uint8Array, c: SoapContext): string | undefined {
  if (typeof body === "string") return body;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    c.issues.push({ path: "$", message: "the body is not valid UTF-8" });
    return undefined;
  }
}

/** The `returnval` children of the response element `next()` just returned, read as `declared`. */
function readReturnValues(x: Reading, declared: string): unknown[] {
  if (x.r.tag.uri !== VIM25_NAMESPACE)
    x.r.fail(`the response element <${x.r.tag.name}> is not in urn:vim25`, x.r.tag.offset);
  const values: unknown[] = [];
  while (nextChild(x)) {
    const tag = x.r.tag;
    if (tag.local !== "returnval" || tag.uri !== VIM25_NAMESPACE)
      x.r.fail(`expected <returnval>, got <${tag.name}>`, tag.offset);
    values.push(readObject(x, declared, `$[${values.length}]`));
  }
  return values;
}

/** The content of the SOAP Body: the response element, or a Fault. */
function readBodyContent(x: Reading, declared: string): SoapBody {
  let content: SoapBody | undefined;
  while (nextChild(x)) {
    if (content !== undefined) x.r.fail(`a second element <${x.r.tag.name}> in the SOAP Body`, x.r.tag.offset);
    content =
      x.r.tag.uri === SOAP_ENVELOPE_NAMESPACE && x.r.tag.local === "Fault"
        ? { fault: readFault(x, "MethodFault") }
        : { values: readReturnValues(x, declared) };
  }
  if (content === undefined) x.r.fail("the SOAP Body is empty");
  return content;
}

/**
 * Reads a SOAP response: the Envelope, its Body and the one element in it, whose `returnval` children are read as
 * `declared` (vim25 repeats the element for "one or more"); a `Fault` is returned as such. The response element
 * alone (`<RetrievePropertiesResponse xmlns="urn:vim25">`, as govmomi's test captures hold it) is read too. Not
 * well-formed XML is one issue at `$` with its line and column.
 */
export function readSoapBody(
  body: string | Uint8Array,
  declared: string,
  schema: SoapSchema,
  c: SoapContext,
): SoapBody {
  const text = decodeUtf8(body, c);
  if (text === undefined) return { values: [] };
  const x: Reading = { r: new XmlReader(text), schema, c, unqualified: false, resolved: resolvedCache(schema) };
  try {
    if (x.r.next() !== START) x.r.fail("the document has no element");
    let content: SoapBody | undefined;
    if (x.r.tag.uri === VIM25_NAMESPACE) content = { values: readReturnValues(x, declared) };
    else {
      expectElement(x, SOAP_ENVELOPE_NAMESPACE, "Envelope", "a SOAP Envelope");
      while (nextChild(x)) {
        if (x.r.tag.uri === SOAP_ENVELOPE_NAMESPACE && x.r.tag.local === "Header" && content === undefined) {
          x.r.skip();
          continue;
        }
        if (content !== undefined) x.r.fail(`<${x.r.tag.name}> after the SOAP Body`, x.r.tag.offset);
        expectElement(x, SOAP_ENVELOPE_NAMESPACE, "Body", "the SOAP Body");
        content = readBodyContent(x, declared);
      }
      if (content === undefined) x.r.fail("the SOAP Envelope has no Body");
    }
    if (x.r.next() !== EOF) x.r.fail("content after the document element");
    return content;
  } catch (error) {
    syntaxIssue(c, text, error);
    return { values: [] };
  }
}

/**
 * Reads one element as a value (`decodeSoap`, `decodeSoapElement`): declared as `declared`, or when that is
 * undefined, as the type its `xsi:type` or its own name says (`<UserLoginSessionEvent><key>8570</key>...`, as the
 * Knative source sends event data). Elements without a namespace are read as vim25's.
 */
export function readSoapElement(
  body: string | Uint8Array,
  declared: string | undefined,
  schema: SoapSchema,
  c: SoapContext,
  root = "$",
): { readonly typeName: string; readonly value: unknown } {
  const text = decodeUtf8(body, c);
  if (text === undefined) return { typeName: declared ?? "", value: undefined };
  const x: Reading = { r: new XmlReader(text), schema, c, unqualified: true, resolved: resolvedCache(schema) };
  try {
    if (x.r.next() !== START) x.r.fail("the document has no element");
    let typeName = declared;
    if (typeName === undefined) {
      const named = attributeOf(x.r.tag, XSI_NAMESPACE, "type");
      typeName = named === undefined ? x.r.tag.local : named.slice(named.indexOf(":") + 1);
      if (!schema.types.has(typeName)) {
        c.issues.push({ path: root, message: `<${x.r.tag.name}> does not name a type the schemas declare` });
        return { typeName, value: undefined };
      }
    }
    const value = readObject(x, typeName, root);
    if (x.r.next() !== EOF) x.r.fail("content after the element");
    return { typeName, value };
  } catch (error) {
    syntaxIssue(c, text, error, root);
    return { typeName: declared ?? "", value: undefined };
  }
}

/** A SOAP fault answered by the server: its code and string, and the detail decoded as its MethodFault subtype. */
export class SoapFault<D = { readonly _typeName: string; readonly [member: string]: unknown }> extends Error {
  readonly faultcode: string;
  readonly faultstring: string;
  /** The fault (`InvalidLogin`, `NotAuthenticated`...), typed where a schema declares it; undefined without detail. */
  readonly detail: D | undefined;
  /** Problems decoding the detail (the fault itself is still reported). */
  readonly detailIssues: readonly { readonly path: string; readonly message: string }[];

  constructor(
    content: SoapFaultContent,
    detail: D | undefined,
    detailIssues: readonly { path: string; message: string }[],
  ) {
    const kind = (detail as { _typeName?: unknown } | undefined)?._typeName;
    super(`${typeof kind === "string" ? `${kind}: ` : ""}${content.faultstring || content.faultcode}`);
    this.name = "SoapFault";
    this.faultcode = content.faultcode;
    this.faultstring = content.faultstring;
    this.detail = detail;
    this.detailIssues = detailIssues;
  }
}

/** A value `encodeSoap` cannot write as XML (a character XML 1.0 cannot hold, a member name that is no element name). */
export class SoapEncodeError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = "SoapEncodeError";
    this.path = path;
  }
}

const ELEMENT_NAME = /^[A-Za-z_][-.\w]*$/;

interface Writing {
  readonly out: string[];
  readonly schema: SoapSchema;
  /** Namespace declarations the next element opened carries (the root of a standalone element), then none. */
  declarations: string;
}

/** `value`, checked to hold only characters XML 1.0 can. */
function attributeText(value: string, path: string): string {
  const bad = unwritableAt(value);
  if (bad !== -1) {
    const code = value.codePointAt(bad) ?? 0;
    throw new SoapEncodeError(
      path,
      `U+${code.toString(16).toUpperCase().padStart(4, "0")} is a character XML 1.0 cannot hold`,
    );
  }
  return value;
}

function text(value: string, path: string): string {
  return escapeText(attributeText(value, path));
}

function primitiveText(value: unknown, path: string): string {
  switch (typeof value) {
    case "string":
      return text(value, path);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return value.toString();
    case "number":
      if (Number.isNaN(value)) return "NaN";
      if (!Number.isFinite(value)) return value > 0 ? "INF" : "-INF";
      return Object.is(value, -0) ? "-0" : String(value);
    default:
      if (value instanceof Date) return dateTimeText(value);
      throw new SoapEncodeError(path, `expected a primitive value, got ${value === null ? "null" : typeof value}`);
  }
}

function open(w: Writing, element: string, typeAttr: string | undefined, extra = ""): void {
  const declarations = w.declarations;
  w.declarations = "";
  w.out.push(
    `<${element}${declarations}${extra}${typeAttr === undefined ? "" : ` xsi:type="${escapeAttribute(typeAttr)}"`}>`,
  );
}

function writeField(w: Writing, field: SoapField, value: unknown, path: string): void {
  const element = field[0];
  switch (field[1]) {
    case "object":
      writeObject(w, element, field[3] as string, value, false, path);
      return;
    case "union":
      writeObject(w, element, field[3] as string, value, true, path);
      return;
    case "any":
      writeAny(w, element, value, path);
      return;
    default:
      w.out.push(`<${element}>${primitiveText(value, path)}</${element}>`);
  }
}

function typeNameOf(value: unknown, path: string): string {
  const name = (value as { _typeName?: unknown } | null)?._typeName;
  if (typeof value !== "object" || value === null || typeof name !== "string")
    throw new SoapEncodeError(path, "expected a data object with its _typeName");
  return name;
}

function writeObject(
  w: Writing,
  element: string,
  declared: string,
  value: unknown,
  typed: boolean,
  path: string,
): void {
  const name = typeNameOf(value, path);
  const o = value as Record<string, unknown>;
  const typeAttr = typed || name !== declared || w.schema.types.get(declared)?.poly === true ? name : undefined;
  if (name === "ManagedObjectReference") {
    let extra = "";
    for (const key of REFERENCE_ATTRIBUTES) {
      const v = o[key];
      if (typeof v === "string") extra += ` ${key}="${escapeAttribute(attributeText(v, memberPath(path, key)))}"`;
    }
    open(w, element, typeAttr, extra);
    w.out.push(primitiveText(o["value"] ?? "", memberPath(path, "value")), `</${element}>`);
    return;
  }
  open(w, element, typeAttr);
  const fields = resolved(w.schema, name);
  for (const field of fields?.all ?? []) {
    const v = o[field[0]];
    if (v === undefined || v === null) continue;
    const at = memberPath(path, field[0]);
    if ((field[2] & ARRAY) !== 0 && Array.isArray(v)) v.forEach((item, i) => writeField(w, field, item, `${at}[${i}]`));
    else writeField(w, field, v, at);
  }
  // Members no schema declares (kept by a decoder, or of a type no schema declares) follow, as they read back.
  for (const key of Object.keys(o)) {
    if (key === "_typeName" || fields?.byName.has(key) === true) continue;
    writeGeneric(w, key, o[key], memberPath(path, key));
  }
  w.out.push(`</${element}>`);
}

function writeGeneric(w: Writing, element: string, value: unknown, path: string): void {
  if (value === undefined || value === null) return;
  if (!ELEMENT_NAME.test(element) || /^xml/i.test(element))
    throw new SoapEncodeError(path, `the member name ${JSON.stringify(element)} cannot be written as an XML element`);
  if (Array.isArray(value)) {
    value.forEach((item, i) => writeGeneric(w, element, item, `${path}[${i}]`));
    return;
  }
  if (typeof value === "object" && !(value instanceof Date)) {
    const name = (value as { _typeName?: unknown })._typeName;
    if (typeof name === "string") {
      writeAny(w, element, value, path);
      return;
    }
    open(w, element, undefined);
    for (const key of Object.keys(value))
      writeGeneric(w, key, (value as Record<string, unknown>)[key], memberPath(path, key));
    w.out.push(`</${element}>`);
    return;
  }
  w.out.push(`<${element}>${primitiveText(value, path)}</${element}>`);
}

function writeAny(w: Writing, element: string, value: unknown, path: string): void {
  const name = typeNameOf(value, path);
  const o = value as Record<string, unknown>;
  const inner = o["_value"];
  const box = primitiveBox(name);
  if (box?.xsd === true) {
    open(w, element, `xsd:${name}`);
    w.out.push(primitiveText(inner, `${path}._value`), `</${element}>`);
    return;
  }
  if (box?.xsd === false || w.schema.enums.has(name)) {
    open(w, element, name);
    w.out.push(primitiveText(inner, `${path}._value`), `</${element}>`);
    return;
  }
  if (name.startsWith("ArrayOf") && Array.isArray(inner)) {
    const item = name.slice(7);
    const itemBox = arrayBoxItem(name);
    if (itemBox !== undefined || w.schema.types.has(item)) {
      open(w, element, name);
      inner.forEach((v, i) => {
        const at = `${path}._value[${i}]`;
        if (itemBox !== undefined) w.out.push(`<${itemBox}>${primitiveText(v, at)}</${itemBox}>`);
        else writeObject(w, item, item, v, true, at);
      });
      w.out.push(`</${element}>`);
      return;
    }
  }
  if (w.schema.types.has(name)) {
    writeObject(w, element, name, value, true, path);
    return;
  }
  // A type no schema declares, kept as it came: its members as they read back.
  open(w, element, name);
  for (const key of Object.keys(o)) if (key !== "_typeName") writeGeneric(w, key, o[key], memberPath(path, key));
  w.out.push(`</${element}>`);
}

const DECLARATIONS = ` xmlns:xsd="${XSD_NAMESPACE}" xmlns:xsi="${XSI_NAMESPACE}"`;

/**
 * One value as a vim25 element named `element`, with the namespace declarations it needs: `xsi:type` where the
 * slot needs it, members in WSDL order, every text escaped.
 * @throws SoapEncodeError for what XML cannot hold.
 */
export function writeSoapElement(element: string, declared: string, value: unknown, schema: SoapSchema): string {
  const w: Writing = { out: [], schema, declarations: ` xmlns="${VIM25_NAMESPACE}"${DECLARATIONS}` };
  writeObject(w, element, declared, value, false, "$");
  return w.out.join("");
}

/** A request parameter: its element name, the type the method declares (a schema type or `xsd:int`...) and its value. */
export type SoapParameter = readonly [name: string, type: string, value: unknown];

/**
 * A SOAP request envelope calling `method` on the managed object `thisRef`, its parameters in the order given (the
 * order the WSDL declares them in); an array value is the element repeated.
 * @throws SoapEncodeError for what XML cannot hold.
 */
export function writeSoapEnvelope(
  method: string,
  thisRef: { readonly type: string; readonly value: string },
  parameters: readonly SoapParameter[],
  schema: SoapSchema,
): string {
  if (!ELEMENT_NAME.test(method)) throw new SoapEncodeError("method", `${JSON.stringify(method)} is not a method name`);
  const w: Writing = { out: [], schema, declarations: "" };
  w.out.push(
    `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${SOAP_ENVELOPE_NAMESPACE}"${DECLARATIONS}>`,
    `<soapenv:Body><${method} xmlns="${VIM25_NAMESPACE}">`,
  );
  writeObject(
    w,
    "_this",
    "ManagedObjectReference",
    { _typeName: "ManagedObjectReference", ...thisRef },
    false,
    "_this",
  );
  for (const [name, type, value] of parameters) {
    if (!ELEMENT_NAME.test(name)) throw new SoapEncodeError(name, "not a parameter name");
    const each = Array.isArray(value) ? value : [value];
    each.forEach((v, i) => {
      const at = Array.isArray(value) ? `${name}[${i}]` : name;
      if (v === undefined || v === null) return;
      if (type === "any") writeAny(w, name, v, at);
      else if (type.startsWith("xsd:") || !schema.types.has(type))
        w.out.push(`<${name}>${primitiveText(v, at)}</${name}>`);
      else writeObject(w, name, type, v, false, at);
    });
  }
  w.out.push(`</${method}></soapenv:Body></soapenv:Envelope>`);
  return w.out.join("");
}
