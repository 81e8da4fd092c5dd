/**
 * A namespace-aware XML pull reader, for the SOAP wire (vimxml.ts). Hand-written rather than taken from a package so
 * that the generated code keeps no run-time dependency, and because the wire needs little of XML: elements,
 * attributes, namespaces, text with entity and character references (xmlText.ts), CDATA, comments and processing
 * instructions. A DOCTYPE is refused, so no entity can be declared, expanded or fetched; nesting is bounded; every
 * malformation is an `XmlSyntaxError` with its offset. The writer's escaping is in xmlEscape.ts. Copied into the
 * output folder.
 */
import { decodeText, lineColumn, NOT_XML_CHAR, XmlSyntaxError } from "./xmlText";

export { escapeAttribute, escapeText, unwritableAt } from "./xmlEscape";
export { lineColumn, XmlSyntaxError } from "./xmlText";

export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
export const XSD_NAMESPACE = "http://www.w3.org/2001/XMLSchema";
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

/** Deeper than any vim25 value (about 30 levels at most) and well inside the stack of the decoders that follow. */
export const MAX_DEPTH = 256;

interface Binding {
  readonly prefix: string;
  readonly uri: string;
  readonly next: Binding | undefined;
}

/** `xml` is bound in every document; no prefix means no namespace until a default one is declared. */
const BUILT_IN: Binding = {
  prefix: "xml",
  uri: XML_NAMESPACE,
  next: { prefix: "", uri: "", next: undefined },
};

/** A start tag as read: names resolved against the namespaces in scope. */
export interface StartTag {
  /** The qualified name as written (`soapenv:Body`). */
  readonly name: string;
  readonly local: string;
  /** The element's namespace URI, `""` for none. */
  readonly uri: string;
  /** Attributes other than namespace declarations: `[namespace URI, local name, value]` each, flattened. */
  readonly attributes: readonly string[];
  /** Offset of the `<`. */
  readonly offset: number;
}

export const START = 0;
export const END = 1;
export const EOF = 2;

const NAME =
  /^[A-Za-z_\u00C0-\uFFFF][-.\w\u00B7\u00C0-\uFFFF]*(?::[A-Za-z_\u00C0-\uFFFF][-.\w\u00B7\u00C0-\uFFFF]*)?$/;
const NO_ATTRIBUTES: readonly string[] = [];
/** Names already checked against NAME: a document repeats its few names on every element. Bounded. */
const CHECKED_NAMES = new Set<string>();

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/**
 * Reads one document element by element. `next()` moves to the next tag inside the current element and leaves the
 * text before it in `text`; after a `START` the caller either reads that element's content with further `next()`
 * calls until its `END`, or calls `skip()`.
 */
export class XmlReader {
  /** The text (entities decoded, CDATA included) between the previous tag and the one `next()` stopped at. */
  text = "";
  /** The start tag `next()` returned `START` for. */
  tag: StartTag = { name: "", local: "", uri: "", attributes: [], offset: 0 };
  private pos = 0;
  private scope: Binding = BUILT_IN;
  // The open elements, innermost last, in parallel arrays: no object per element.
  private readonly openNames: string[] = [];
  private readonly openScopes: Binding[] = [];
  private readonly openOffsets: number[] = [];
  private selfClosed = false;
  private seenRoot = false;

  readonly source: string;

  constructor(source: string) {
    this.source = source;
    if (source.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** How many elements are open. */
  get depth(): number {
    return this.openNames.length;
  }

  fail(message: string, offset: number = this.pos): never {
    throw new XmlSyntaxError(message, offset);
  }

  /** The namespace URI a prefix is bound to where the reader is, `undefined` when it is not bound. */
  namespaceOf(prefix: string): string | undefined {
    for (let b: Binding | undefined = this.scope; b !== undefined; b = b.next)
      if (b.prefix === prefix) return b.uri;
    return undefined;
  }

  /** `START`, `END` (the current element closed) or `EOF` (after the document element, outside every element). */
  next(): number {
    if (this.selfClosed) {
      this.selfClosed = false;
      this.text = "";
      this.close();
      return END;
    }
    const src = this.source;
    let text = "";
    for (;;) {
      const lt = src.indexOf("<", this.pos);
      const stop = lt === -1 ? src.length : lt;
      if (stop > this.pos) text += this.content(this.pos, stop);
      this.pos = stop;
      if (lt === -1) {
        const depth = this.openNames.length;
        if (depth > 0)
          this.fail(
            `the document ends before <${this.openNames[depth - 1] ?? ""}> (${lineColumn(src, this.openOffsets[depth - 1] ?? 0)}) is closed`,
          );
        if (!this.seenRoot) this.fail("the document has no element");
        this.text = text;
        return EOF;
      }
      const c = src.charCodeAt(lt + 1);
      if (c === 47) {
        this.endTag(lt);
        this.text = text;
        return END;
      }
      if (c === 33) {
        text += this.markup(lt);
        continue;
      }
      if (c === 63) {
        const end = src.indexOf("?>", lt + 2);
        if (end === -1) this.fail("a processing instruction is not closed with ?>", lt);
        this.pos = end + 2;
        continue;
      }
      if (this.openNames.length === 0 && this.seenRoot)
        this.fail("a second element after the document element", lt);
      this.startTag(lt);
      this.text = text;
      return START;
    }
  }

  /** Reads past the content of the element `next()` just returned `START` for, to its end tag. */
  skip(): void {
    let depth = 1;
    while (depth > 0) {
      const kind = this.next();
      if (kind === START) depth++;
      else if (kind === END) depth--;
      else return;
    }
  }

  /** Text between tags: references decoded, line ends normalised, checked for characters XML cannot hold. */
  private content(from: number, to: number): string {
    const raw = this.source.slice(from, to);
    if (this.openNames.length === 0) {
      for (let i = 0; i < raw.length; i++) {
        if (!isSpace(raw.charCodeAt(i))) this.fail("text outside the document element", from + i);
      }
      return "";
    }
    return decodeText(raw, from);
  }

  /** `<!--`, `<![CDATA[` or a refused `<!DOCTYPE`; returns the text it contributes. */
  private markup(lt: number): string {
    const src = this.source;
    if (src.startsWith("<!--", lt)) {
      const end = src.indexOf("-->", lt + 4);
      if (end === -1) this.fail("a comment is not closed with -->", lt);
      this.pos = end + 3;
      return "";
    }
    if (src.startsWith("<![CDATA[", lt)) {
      if (this.openNames.length === 0) this.fail("a CDATA section outside the document element", lt);
      const end = src.indexOf("]]>", lt + 9);
      if (end === -1) this.fail("a CDATA section is not closed with ]]>", lt);
      this.pos = end + 3;
      const raw = src.slice(lt + 9, end);
      const bad = NOT_XML_CHAR.exec(raw);
      if (bad !== null) this.fail("a character XML cannot hold", lt + 9 + bad.index);
      return raw.replace(/\r\n?/g, "\n");
    }
    if (src.startsWith("<!DOCTYPE", lt)) {
      this.fail(
        "a DOCTYPE is not accepted: SOAP forbids it, and refusing it means no entity is declared, expanded or fetched",
        lt,
      );
    }
    return this.fail("markup that is neither a comment nor CDATA (<!...)", lt);
  }

  private name(from: number): number {
    const src = this.source;
    let i = from;
    for (; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (isSpace(c) || c === 47 || c === 62 || c === 61) break;
    }
    const name = src.slice(from, i);
    if (!CHECKED_NAMES.has(name)) {
      if (!NAME.test(name)) this.fail(`a malformed name ${JSON.stringify(name.slice(0, 40))}`, from);
      if (CHECKED_NAMES.size < 4096) CHECKED_NAMES.add(name);
    }
    return i;
  }

  private skipSpace(i: number): number {
    while (isSpace(this.source.charCodeAt(i))) i++;
    return i;
  }

  private startTag(lt: number): void {
    const src = this.source;
    if (this.openNames.length >= MAX_DEPTH) this.fail(`elements nested more than ${MAX_DEPTH} deep`, lt);
    const nameEnd = this.name(lt + 1);
    const name = src.slice(lt + 1, nameEnd);
    let scope = this.scope;
    let raw: string[] | undefined;
    let i = nameEnd;
    for (;;) {
      const spaced = isSpace(src.charCodeAt(i));
      i = this.skipSpace(i);
      const c = src.charCodeAt(i);
      if (c === 62 || (c === 47 && src.charCodeAt(i + 1) === 62)) break;
      if (Number.isNaN(c)) this.fail(`the start tag <${name}> is not closed`, lt);
      if (!spaced) this.fail(`attributes must be separated by white space in <${name}>`, i);
      const attrEnd = this.name(i);
      const attr = src.slice(i, attrEnd);
      i = this.skipSpace(attrEnd);
      if (src.charCodeAt(i) !== 61)
        this.fail(`the attribute ${attr} of <${name}> has no value (write ${attr}="...")`, i);
      i = this.skipSpace(i + 1);
      const quote = src.charCodeAt(i);
      if (quote !== 34 && quote !== 39) this.fail(`the value of ${attr} in <${name}> is not quoted`, i);
      const close = src.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close === -1) this.fail(`the value of ${attr} in <${name}> is not closed`, i);
      const literal = src.slice(i + 1, close);
      if (literal.indexOf("<") !== -1)
        this.fail(`a < in the value of ${attr} in <${name}> (write &lt;)`, i + 1 + literal.indexOf("<"));
      // Attribute-value normalisation: line ends first (CRLF is one line end), then literal white space becomes a
      // space; references to it survive.
      const value = decodeText(literal.replace(/\r\n?|[\t\n]/g, " "), i + 1);
      i = close + 1;
      raw ??= [];
      for (let k = 0; k < raw.length; k += 2)
        if (raw[k] === attr) this.fail(`the attribute ${attr} appears twice in <${name}>`, i);
      if (attr === "xmlns" || attr.startsWith("xmlns:")) {
        const prefix = attr === "xmlns" ? "" : attr.slice(6);
        if (
          prefix === "xmlns" ||
          (prefix === "xml") !== (value === XML_NAMESPACE) ||
          value === XMLNS_NAMESPACE
        )
          this.fail(`the reserved namespace declaration ${attr}="${value}"`, i);
        if (prefix !== "" && value === "")
          this.fail(`the prefix ${prefix} cannot be bound to no namespace`, i);
        scope = { prefix, uri: value, next: scope };
      }
      raw.push(attr, value);
    }
    const selfClosing = src.charCodeAt(i) === 47;
    this.pos = i + (selfClosing ? 2 : 1);
    this.openNames.push(name);
    this.openScopes.push(this.scope);
    this.openOffsets.push(lt);
    this.scope = scope;
    const colon = name.indexOf(":");
    const prefix = colon === -1 ? "" : name.slice(0, colon);
    const uri = this.namespaceOf(prefix);
    if (uri === undefined) this.fail(`the namespace prefix ${prefix} of <${name}> is not declared`, lt);
    const attributes: string[] = raw === undefined ? (NO_ATTRIBUTES as string[]) : [];
    for (let k = 0; raw !== undefined && k < raw.length; k += 2) {
      const attr = raw[k] as string;
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue;
      const at = attr.indexOf(":");
      const attrUri = at === -1 ? "" : this.namespaceOf(attr.slice(0, at));
      if (attrUri === undefined)
        this.fail(`the namespace prefix ${attr.slice(0, at)} of the attribute ${attr} is not declared`, lt);
      attributes.push(attrUri, at === -1 ? attr : attr.slice(at + 1), raw[k + 1] as string);
    }
    this.tag = { name, local: colon === -1 ? name : name.slice(colon + 1), uri, attributes, offset: lt };
    this.seenRoot = true;
    this.selfClosed = selfClosing;
  }

  private endTag(lt: number): void {
    const src = this.source;
    const current = this.openNames[this.openNames.length - 1];
    if (
      current !== undefined &&
      src.charCodeAt(lt + 2 + current.length) === 62 &&
      src.startsWith(current, lt + 2)
    ) {
      // The common case, `</name>` closing `<name>`, without scanning the name again.
      this.pos = lt + 3 + current.length;
      this.close();
      return;
    }
    const nameEnd = this.name(lt + 2);
    const name = src.slice(lt + 2, nameEnd);
    const gt = this.skipSpace(nameEnd);
    if (src.charCodeAt(gt) !== 62) this.fail(`the end tag </${name}> is not closed with >`, lt);
    if (current === undefined) this.fail(`an end tag </${name}> with no element open`, lt);
    if (current !== name)
      this.fail(
        `</${name}> closes <${current}> (${lineColumn(src, this.openOffsets[this.openOffsets.length - 1] ?? 0)})`,
        lt,
      );
    this.pos = gt + 1;
    this.close();
  }

  private close(): void {
    this.openNames.pop();
    this.openOffsets.pop();
    const scope = this.openScopes.pop();
    if (scope !== undefined) this.scope = scope;
  }
}

/** The value of the attribute `{uri}local` of a start tag, if it has one. */
export function attributeOf(tag: StartTag, uri: string, local: string): string | undefined {
  const a = tag.attributes;
  for (let i = 0; i < a.length; i += 3) if (a[i + 1] === local && a[i] === uri) return a[i + 2];
  return undefined;
}
