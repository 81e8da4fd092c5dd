import { type Resolved, type SoapSchema } from "./vimxml.js";
import { XmlReader } from "./xml.js";
/** What reading needs of the decode context (a structural subset of the runtime's DecodeContext). */
export interface SoapContext {
    readonly issues: {
        path: string;
        message: string;
    }[];
    readonly int64: "number" | "bigint";
}
export interface Reading {
    readonly r: XmlReader;
    readonly schema: SoapSchema;
    readonly c: SoapContext;
    /** Elements without a namespace are vim25 ones (a fragment as the Knative source sends it). */
    readonly unqualified: boolean;
    readonly resolved: Map<string, Resolved>;
}
/** A value's text as the wire member of a format, or the text itself for the VI JSON check to report. */
export declare function fromText(x: Reading, kind: string, text: string, path: string): unknown;
/** The content of the current element as text: child elements are a problem (and skipped). */
export declare function readText(x: Reading, path: string): string;
export declare function isBlank(text: string): boolean;
/** Reads the current element as a data object declared as `declared` (its `xsi:type` may name a subtype). */
export declare function readObject(x: Reading, declared: string, path: string, given?: string): unknown;
/** Reads an untyped (xsd:anyType) slot into the box or object VI JSON would send. */
export declare function readAny(x: Reading, path: string): unknown;
/** An element no schema describes: its text, or an object of its children (repeated ones as arrays). */
export declare function readGeneric(x: Reading, path: string, untypedSlot?: boolean): unknown;
