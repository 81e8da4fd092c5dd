/**
 * Reads vim25 XML into the wire objects of VI JSON (`_typeName`, boxes for untyped values), which the VI JSON decoders
 * then check, so that every type, policy and issue is the same on both wires: a response's `returnval`s or its fault,
 * and single elements. This module reads the document around the values; soapValues.ts reads each value. Copied
 * into the output folder with the other templates.
 */
import {
  resolvedCache,
  SOAP_ENVELOPE_NAMESPACE,
  VIM25_NAMESPACE,
  type SoapFaultContent,
  type SoapSchema,
} from "./vimxml";
import {
  fromText,
  isBlank,
  readAny,
  readGeneric,
  readObject,
  readText,
  type Reading,
  type SoapContext,
} from "./soapValues";
import { attributeOf, EOF, START, XmlReader, XSI_NAMESPACE } from "./xml";
import { lineColumn, XmlSyntaxError } from "./xmlText";

// Every target has it (Node, browsers, Deno); declared here so that the output needs neither the DOM nor Node's types.
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean },
) => { decode(input: Uint8Array): string };

export type SoapBody = { readonly values: unknown[] } | { readonly fault: SoapFaultContent };

function syntaxIssue(c: SoapContext, text: string, error: unknown, path = "$"): void {
  if (!(error instanceof XmlSyntaxError)) throw error;
  c.issues.push({
    path,
    message: `not well-formed XML: ${error.message} (${lineColumn(text, error.offset)})`,
  });
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
        if (detail === undefined && x.schema.types.has(fault))
          detail = readObject(x, fault, "$.detail", given);
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

/** The `returnval` children of the response element `next()` just returned, read as `declared` (a type, a format key or `any`). */
function readReturnValues(x: Reading, declared: string): unknown[] {
  if (x.r.tag.uri !== VIM25_NAMESPACE)
    x.r.fail(`the response element <${x.r.tag.name}> is not in urn:vim25`, x.r.tag.offset);
  const values: unknown[] = [];
  while (nextChild(x)) {
    const tag = x.r.tag;
    if (tag.local !== "returnval" || tag.uri !== VIM25_NAMESPACE)
      x.r.fail(`expected <returnval>, got <${tag.name}>`, tag.offset);
    const path = `$[${values.length}]`;
    // A method's return value may be a primitive (`CurrentTime`'s xsd:dateTime) or untyped, as a field may.
    if (x.schema.types.has(declared)) values.push(readObject(x, declared, path));
    else if (declared === "any") values.push(readAny(x, path));
    else values.push(fromText(x, declared, readText(x, path), path));
  }
  return values;
}

/** The content of the SOAP Body: the response element, or a Fault. */
function readBodyContent(x: Reading, declared: string): SoapBody {
  let content: SoapBody | undefined;
  while (nextChild(x)) {
    if (content !== undefined)
      x.r.fail(`a second element <${x.r.tag.name}> in the SOAP Body`, x.r.tag.offset);
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
  const x: Reading = {
    r: new XmlReader(text),
    schema,
    c,
    unqualified: false,
    resolved: resolvedCache(schema),
  };
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
  const x: Reading = {
    r: new XmlReader(text),
    schema,
    c,
    unqualified: true,
    resolved: resolvedCache(schema),
  };
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
