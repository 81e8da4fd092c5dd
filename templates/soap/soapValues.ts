/**
 * Reads one XML element as the VI JSON wire value its schema declares (`_typeName`, boxes for untyped values, arrays
 * from repeated elements), so that the VI JSON decoders can check it: the value readers under the response and
 * element readers of soapRead.ts, which handle the document around them. Copied into the output folder with the other
 * templates.
 */
import { isA, memberPath } from "../core/checks";
import { arrayBoxItem, primitiveBox } from "../core/formats";
import {
  ARRAY,
  OPTIONAL,
  REFERENCE_ATTRIBUTES,
  resolved,
  VIM25_NAMESPACE,
  type Resolved,
  type SoapField,
  type SoapSchema,
} from "./vimxml";
import { attributeOf, START, XmlReader, XSD_NAMESPACE, XSI_NAMESPACE, type StartTag } from "./xml";

/** What reading needs of the decode context (a structural subset of the runtime's DecodeContext). */
export interface SoapContext {
  readonly issues: { path: string; message: string }[];
  readonly int64: "number" | "bigint";
}

/** Sets a member the way JSON.parse does: `__proto__` becomes an own member, never the prototype. */
function setMember(o: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}

const INTEGER = /^[+-]?[0-9]+$/;

export interface Reading {
  readonly r: XmlReader;
  readonly schema: SoapSchema;
  readonly c: SoapContext;
  /** Elements without a namespace are vim25 ones (a fragment as the Knative source sends it). */
  readonly unqualified: boolean;
  readonly resolved: Map<string, Resolved>;
}

/** A value's text as the wire member of a format, or the text itself for the VI JSON check to report. */
export function fromText(x: Reading, kind: string, text: string, path: string): unknown {
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
export function readText(x: Reading, path: string): string {
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

export function isBlank(text: string): boolean {
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
export function readObject(x: Reading, declared: string, path: string, given?: string): unknown {
  let name = given;
  if (name === undefined) {
    const named = xsiType(x, path);
    if (named !== undefined && named[0] !== VIM25_NAMESPACE) {
      x.c.issues.push({
        path,
        message: `xsi:type ${named[1]} is an XML Schema type; ${declared} is declared here`,
      });
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
    if (isNil(tag)) {
      // xsi:nil="true": no value, as VI JSON leaves an unset optional member out (a required one is then missing).
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
        x.c.issues.push({
          path: at,
          message: `<${local}> appears more than once; ${name}.${local} is not an array`,
        });
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
    for (const f of fields.all)
      if ((f[2] & (ARRAY | OPTIONAL)) === ARRAY && o[f[0]] === undefined) o[f[0]] = [];
  }
  return o;
}

/** Whether an element says it has no value: `xsi:nil="true"` (or `"1"`). */
function isNil(tag: StartTag): boolean {
  const nil = attributeOf(tag, XSI_NAMESPACE, "nil")?.trim();
  return nil === "true" || nil === "1";
}

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
export function readAny(x: Reading, path: string): unknown {
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
    return {
      _typeName: name,
      _value: format === undefined ? text : fromText(x, format, text, `${path}._value`),
    };
  }
  if (name === "ArrayOfAnyType") {
    // A box of untyped values (<anyType xsi:type="xsd:int">1</anyType>...), each read as an untyped slot is.
    const items: unknown[] = [];
    while (x.r.next() === START) items.push(readAny(x, `${path}._value[${items.length}]`));
    return { _typeName: name, _value: items };
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
        else
          items.push(fromText(x, primitiveBox(itemBox as string)?.format ?? "string", readText(x, at), at));
      }
      return { _typeName: name, _value: items };
    }
  }
  if (x.schema.types.has(name)) return readObject(x, name, path, name);
  return readGeneric(x, path);
}

/** An element no schema describes: its text, or an object of its children (repeated ones as arrays). */
export function readGeneric(x: Reading, path: string, untypedSlot = false): unknown {
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
  if (moType !== undefined)
    return { _typeName: typeName ?? "ManagedObjectReference", type: moType, value: text };
  if (typeName !== undefined) return { _typeName: typeName, _value: text };
  return untypedSlot ? { _typeName: "string", _value: text } : text;
}
