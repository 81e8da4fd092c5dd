/**
 * Reads vim25 XML into the wire objects of VI JSON (`_typeName`, boxes for untyped values), which the VI JSON decoders
 * then check, so that every type, policy and issue is the same on both wires: a response's `returnval`s or its fault,
 * and single elements. This module reads the document around the values; soapValues.ts reads each value. Copied
 * into the output folder with the other templates.
 */
import { type SoapFaultContent, type SoapSchema } from "./vimxml.js";
import { type SoapContext } from "./soapValues.js";
export type SoapBody = {
    readonly values: unknown[];
} | {
    readonly fault: SoapFaultContent;
};
/**
 * Reads a SOAP response: the Envelope, its Body and the one element in it, whose `returnval` children are read as
 * `declared` (vim25 repeats the element for "one or more"); a `Fault` is returned as such. The response element
 * alone (`<RetrievePropertiesResponse xmlns="urn:vim25">`, as govmomi's test captures hold it) is read too. Not
 * well-formed XML is one issue at `$` with its line and column.
 */
export declare function readSoapBody(body: string | Uint8Array, declared: string, schema: SoapSchema, c: SoapContext): SoapBody;
/**
 * Reads one element as a value (`decodeSoap`, `decodeSoapElement`): declared as `declared`, or when that is
 * undefined, as the type its `xsi:type` or its own name says (`<UserLoginSessionEvent><key>8570</key>...`, as the
 * Knative source sends event data). Elements without a namespace are read as vim25's.
 */
export declare function readSoapElement(body: string | Uint8Array, declared: string | undefined, schema: SoapSchema, c: SoapContext, root?: string): {
    readonly typeName: string;
    readonly value: unknown;
};
