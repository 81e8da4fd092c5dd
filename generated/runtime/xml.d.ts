export { escapeAttribute, escapeText, unwritableAt } from "./xmlEscape.js";
export { lineColumn, XmlSyntaxError } from "./xmlText.js";
export declare const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
export declare const XSD_NAMESPACE = "http://www.w3.org/2001/XMLSchema";
/** Deeper than any vim25 value (about 30 levels at most) and well inside the stack of the decoders that follow. */
export declare const MAX_DEPTH = 256;
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
export declare const START = 0;
export declare const END = 1;
export declare const EOF = 2;
/**
 * Reads one document element by element. `next()` moves to the next tag inside the current element and leaves the
 * text before it in `text`; after a `START` the caller either reads that element's content with further `next()`
 * calls until its `END`, or calls `skip()`.
 */
export declare class XmlReader {
    /** The text (entities decoded, CDATA included) between the previous tag and the one `next()` stopped at. */
    text: string;
    /** The start tag `next()` returned `START` for. */
    tag: StartTag;
    private pos;
    private scope;
    private readonly openNames;
    private readonly openScopes;
    private readonly openOffsets;
    private selfClosed;
    private seenRoot;
    readonly source: string;
    constructor(source: string);
    /** How many elements are open. */
    get depth(): number;
    fail(message: string, offset?: number): never;
    /** The namespace URI a prefix is bound to where the reader is, `undefined` when it is not bound. */
    namespaceOf(prefix: string): string | undefined;
    /** `START`, `END` (the current element closed) or `EOF` (after the document element, outside every element). */
    next(): number;
    /** Reads past the content of the element `next()` just returned `START` for, to its end tag. */
    skip(): void;
    /** Text between tags: references decoded, line ends normalised, checked for characters XML cannot hold. */
    private content;
    /** `<!--`, `<![CDATA[` or a refused `<!DOCTYPE`; returns the text it contributes. */
    private markup;
    private name;
    private skipSpace;
    private startTag;
    private endTag;
    private close;
}
/** The value of the attribute `{uri}local` of a start tag, if it has one. */
export declare function attributeOf(tag: StartTag, uri: string, local: string): string | undefined;
