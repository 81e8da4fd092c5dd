/**
 * Text as XML 1.0 holds it, for the pull reader (xml.ts) and the writer's escaping (xmlEscape.ts): which characters
 * it cannot hold, the five predefined entities and character references decoded, line ends normalised, and the
 * error every malformation is, with its offset and its line and column. Copied into the output folder.
 */
/** A document that is not well-formed XML, or that uses what the reader refuses (a DOCTYPE): `offset` says where. */
export declare class XmlSyntaxError extends Error {
    readonly offset: number;
    constructor(message: string, offset: number);
}
/** `line L, column C` (1-based, columns in UTF-16 code units) of an offset into `text`. */
export declare function lineColumn(text: string, offset: number): string;
/** Characters XML 1.0 cannot hold, even as a character reference; lone surrogates included. */
export declare const NOT_XML_CHAR: RegExp;
/** A quick test that rules most text out before the exact one (whose lookarounds cost on every character). */
export declare const MAYBE_NOT_XML_CHAR: RegExp;
/** Text or an attribute value: references decoded, line ends normalised, checked for characters XML cannot hold. */
export declare function decodeText(raw: string, at: number): string;
