/**
 * Writes decoded values as vim25 XML: an element (`encodeSoap`) or a request envelope (`soapEnvelope`), members in
 * WSDL order, `xsi:type` where the slot needs it, every text escaped. Copied into the output folder with the other
 * templates.
 */
import { memberPath, unnamedSubtype, wireTypeName } from "../core/checks";
import { dateTimeText } from "../core/convert";
import { arrayBoxItem, primitiveBox } from "../core/formats";
import {
  ARRAY,
  REFERENCE_ATTRIBUTES,
  resolved,
  SOAP_ENVELOPE_NAMESPACE,
  SoapEncodeError,
  VIM25_NAMESPACE,
  type SoapField,
  type SoapParameter,
  type SoapSchema,
} from "./vimxml";
import { XSD_NAMESPACE, XSI_NAMESPACE } from "./xml";
import { escapeAttribute, escapeText, unwritableAt } from "./xmlEscape";

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
      throw new SoapEncodeError(
        path,
        `expected a primitive value, got ${value === null ? "null" : typeof value}`,
      );
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

/**
 * The type `value` is written as: its `_typeName`, or, given none, `declared`, the type its slot declares (a request
 * value need not name the type its parameter or field fixes). A slot of several types (`declared` undefined) needs
 * the name.
 */
function typeNameOf(value: unknown, path: string, declared?: string): string {
  const name = (value as { _typeName?: unknown } | null)?._typeName;
  if (typeof value === "object" && value !== null && name === undefined && declared !== undefined)
    return declared;
  if (typeof value !== "object" || value === null || typeof name !== "string")
    throw new SoapEncodeError(
      path,
      declared === undefined
        ? "expected a data object with its _typeName (this slot takes several types: name the one given)"
        : "expected a data object",
    );
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
  const name = typeNameOf(value, path, typed ? undefined : declared);
  const o = value as Record<string, unknown>;
  // xsi:type says the name the value had on the wire (a newer server's type decoded as its nearest keeps it), as the
  // VI JSON and govmomi encoders write it; its members are still the declared type's.
  const wire = typeof o["_typeName"] === "string" ? wireTypeName(o as { _typeName: string }) : name;
  const typeAttr =
    typed || wire !== declared || w.schema.types.get(declared)?.poly === true ? wire : undefined;
  if (name === "ManagedObjectReference") {
    let extra = "";
    for (const key of REFERENCE_ATTRIBUTES) {
      const v = o[key];
      if (typeof v === "string")
        extra += ` ${key}="${escapeAttribute(attributeText(v, memberPath(path, key)))}"`;
    }
    open(w, element, typeAttr, extra);
    w.out.push(primitiveText(o["value"] ?? "", memberPath(path, "value")), `</${element}>`);
    return;
  }
  open(w, element, typeAttr);
  const fields = resolved(w.schema, name);
  if (o["_typeName"] === undefined && w.schema.types.get(declared)?.poly === true) {
    // A value the slot's type names for it must be of that type, not a subtype left unnamed.
    const foreign = Object.keys(o).filter((k) => fields?.byName.has(k) !== true);
    if (foreign.length > 0) throw new SoapEncodeError(path, unnamedSubtype(declared, foreign));
  }
  for (const field of fields?.all ?? []) {
    const v = o[field[0]];
    if (v === undefined || v === null) continue;
    const at = memberPath(path, field[0]);
    if ((field[2] & ARRAY) !== 0 && Array.isArray(v))
      v.forEach((item, i) => writeField(w, field, item, `${at}[${i}]`));
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
    throw new SoapEncodeError(
      path,
      `the member name ${JSON.stringify(element)} cannot be written as an XML element`,
    );
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
  if (name === "ArrayOfAnyType" && Array.isArray(inner)) {
    // Each item an untyped value of its own (<anyType xsi:type="xsd:int">), as soapValues.ts reads them.
    open(w, element, name);
    inner.forEach((v, i) => writeAny(w, "anyType", v, `${path}._value[${i}]`));
    w.out.push(`</${element}>`);
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
  for (const key of Object.keys(o))
    if (key !== "_typeName") writeGeneric(w, key, o[key], memberPath(path, key));
  w.out.push(`</${element}>`);
}

const DECLARATIONS = ` xmlns:xsd="${XSD_NAMESPACE}" xmlns:xsi="${XSI_NAMESPACE}"`;

/**
 * One value as a vim25 element named `element`, with the namespace declarations it needs: `xsi:type` where the
 * slot needs it, members in WSDL order, every text escaped.
 * @throws SoapEncodeError for what XML cannot hold.
 */
export function writeSoapElement(
  element: string,
  declared: string,
  value: unknown,
  schema: SoapSchema,
): string {
  const w: Writing = { out: [], schema, declarations: ` xmlns="${VIM25_NAMESPACE}"${DECLARATIONS}` };
  writeObject(w, element, declared, value, false, "$");
  return w.out.join("");
}

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
  if (!ELEMENT_NAME.test(method))
    throw new SoapEncodeError("method", `${JSON.stringify(method)} is not a method name`);
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
