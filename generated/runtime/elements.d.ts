/**
 * Elements decoded each on its own (ISOLATE_ELEMENTS, context.ts): an element of a chosen array decodes in a context
 * of its own, so that one event of a page that does not decode (an int64 past a number's range, a server's quirk, a
 * vendor's extension) costs that event alone and not the page. Such an element is an `UndecodedElement` in its place:
 * what the wire read of it and its issues, their paths from the element (`$.arguments[0].value._value`). Copied into
 * the output folder with the other templates.
 */
import { type DecodeContext, type DecodeIssue } from "./context.js";
/** An element of an isolated array that did not decode: what the wire read of it, and why it does not decode. */
export declare class UndecodedElement {
    /** The element as the wire read it (VI JSON's wire form); the members at the issues' paths are not to be trusted. */
    readonly read: unknown;
    /** Every problem found, each path from the element itself (`$`). */
    readonly issues: readonly DecodeIssue[];
    constructor(read: unknown, issues: readonly DecodeIssue[]);
}
/**
 * Decodes the element at `path` in a context of its own: its value, or an UndecodedElement holding what was read and
 * its issues (the reader's it claims, and the decode's). What else the decode learns (an int64 read from a number)
 * is passed on to `c`.
 */
export declare function decodeIsolated<T>(element: unknown, path: string, c: DecodeContext, decode: (element: unknown, path: string, c: DecodeContext) => T): T | UndecodedElement;
