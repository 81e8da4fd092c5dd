/**
 * The SOAP dialect's entry points at run time (`parseSoapResponse`, `decodeSoap`, `encodeSoap`, and a method's request
 * and return value): read the XML with the output's SOAP table, then check what it reads into with the canonical
 * decoders; a fault as a `SoapFault`.
 * Copied into the output folder with the other templates.
 */
import { type DecodeAt, type DecodeDefaults, type DecodeOptions } from "./context.js";
import { type MethodTable } from "./methodValues.js";
import { type SoapSchema, type SoapType } from "./vimxml.js";
/** A type of the output's SOAP table (soap.ts): its wire facts and the VI JSON decoder that checks what XML reads into. */
export interface SoapEntry extends SoapType {
    /** The type's guard: what XML reads into is the VI JSON wire form, which the guard accepts when it is valid. */
    readonly is: (value: unknown) => boolean;
    readonly decode: DecodeAt<unknown>;
}
/** The output's SOAP table: every declared type and enum. */
export interface SoapTables extends SoapSchema {
    readonly types: ReadonlyMap<string, SoapEntry>;
}
/** `parseSoapResponse`: the response's `returnval` elements decoded as `typeName`, or its fault thrown as a SoapFault. */
export declare function soapParse(body: string | Uint8Array, typeName: string, tables: () => SoapTables, options: DecodeOptions | undefined, defaults: DecodeDefaults): unknown[];
/** `decodeSoap` (a declared type) and `decodeSoapElement` (the type the element names). */
export declare function soapDecode(xml: string | Uint8Array, typeName: string | undefined, tables: () => SoapTables, options: DecodeOptions | undefined, defaults: DecodeDefaults): unknown;
/** `encodeSoap`: a value as a vim25 element. */
export declare function soapEncode(value: unknown, typeName: string, element: string, tables: () => SoapTables): string;
/**
 * The request envelope of `method`: `_this` and each declared parameter in WSDL order, written as its declared type.
 * @throws SoapEncodeError for a missing `_this` or required parameter, or what XML cannot hold.
 */
export declare function soapMethodRequest(method: string, given: object, methods: MethodTable, tables: () => SoapTables): string;
/** A method's return value from its SOAP response, decoded as the method declares it, or its fault thrown. */
export declare function soapMethodReturn(method: string, body: string | Uint8Array, methods: MethodTable, tables: () => SoapTables, options: DecodeOptions | undefined, defaults: DecodeDefaults): unknown;
