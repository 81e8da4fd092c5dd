/**
 * Text as XML 1.0 holds it, for the pull reader (xml.ts) and the writer's escaping (xmlEscape.ts): which characters
 * it cannot hold, the five predefined entities and character references decoded, line ends normalised, and the
 * error every malformation is, with its offset and its line and column. Copied into the output folder.
 */

/** A document that is not well-formed XML, or that uses what the reader refuses (a DOCTYPE): `offset` says where. */
export class XmlSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = "XmlSyntaxError";
    this.offset = offset;
  }
}

/** `line L, column C` (1-based, columns in UTF-16 code units) of an offset into `text`. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}

/** Characters XML 1.0 cannot hold, even as a character reference; lone surrogates included. */
export const NOT_XML_CHAR: RegExp =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML excludes is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A quick test that rules most text out before the exact one (whose lookarounds cost on every character). */
// eslint-disable-next-line no-control-regex -- as NOT_XML_CHAR
export const MAYBE_NOT_XML_CHAR: RegExp = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function isXmlCodePoint(n: number): boolean {
  return (
    n === 9 ||
    n === 10 ||
    n === 13 ||
    (n >= 0x20 && n <= 0xd7ff) ||
    (n >= 0xe000 && n <= 0xfffd) ||
    (n >= 0x10000 && n <= 0x10ffff)
  );
}

function fail(message: string, offset: number): never {
  throw new XmlSyntaxError(message, offset);
}

/** Text or an attribute value: references decoded, line ends normalised, checked for characters XML cannot hold. */
export function decodeText(raw: string, at: number): string {
  const bad = MAYBE_NOT_XML_CHAR.test(raw) ? NOT_XML_CHAR.exec(raw) : null;
  if (bad !== null)
    fail(
      `a character XML cannot hold (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")})`,
      at + bad.index,
    );
  let text = raw.indexOf("\r") === -1 ? raw : raw.replace(/\r\n?/g, "\n");
  if (text.indexOf("&") === -1) return text;
  let out = "";
  let last = 0;
  for (let amp = text.indexOf("&"); amp !== -1; amp = text.indexOf("&", last)) {
    const semi = text.indexOf(";", amp);
    const name = semi === -1 ? "" : text.slice(amp + 1, semi);
    out += text.slice(last, amp);
    out += reference(name, semi === -1 || semi - amp > 12, at + (raw === text ? amp : raw.indexOf("&")));
    last = semi + 1;
  }
  text = out + text.slice(last);
  return text;
}

function reference(name: string, unterminated: boolean, at: number): string {
  if (unterminated) fail("an & that does not start a reference (write &amp;)", at);
  const predefined = Object.prototype.hasOwnProperty.call(PREDEFINED, name) ? PREDEFINED[name] : undefined;
  if (predefined !== undefined) return predefined;
  if (name.charCodeAt(0) === 35) {
    const hex = name.charCodeAt(1) === 120;
    const digits = name.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9A-Fa-f]{1,6}$/ : /^[0-9]{1,7}$/).test(digits))
      fail(`a malformed character reference &${name};`, at);
    const code = parseInt(digits, hex ? 16 : 10);
    if (!isXmlCodePoint(code)) fail(`a character reference to a character XML cannot hold (&${name};)`, at);
    return String.fromCodePoint(code);
  }
  return fail(
    `an unknown entity &${name}; (only the five predefined entities exist: a document cannot declare any)`,
    at,
  );
}
