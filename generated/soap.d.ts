import * as rt from "./runtime/runtime.js";
import type { VimTypeMap } from "./types.js";
import type { VimMethodName, VimParams, VimReturns } from "./methods.js";
/** Every declared type and enum as the SOAP wire needs them (built on first use). */
export declare function soapSchema$(): rt.SoapTables;
/**
 * Decodes a vim25 SOAP response (`<soapenv:Envelope><soapenv:Body><QueryEventsResponse>`...): every `returnval` element as `typeName`, in order (always an array: vim25 repeats the element for "one or more", and an empty result has none). `xsi:type` chooses a subtype under any prefix bound to XMLSchema-instance; a member no schema declares, an unknown type and an unknown enum value follow the options as in VI JSON.
 * @throws SoapFault when the server answered with a fault: its `faultcode`, `faultstring` and `detail` (the `MethodFault` subtype, typed where a schema declares it).
 * @throws DecodeError with every problem and its path; not well-formed XML is one issue at `$` with its line and column.
 */
export declare function parseSoapResponse<N extends keyof VimTypeMap>(typeName: N, body: string | Uint8Array, options?: rt.DecodeOptions): VimTypeMap[N][];
/**
 * Decodes one vim25 XML element (whatever its name) as `typeName`, or the subtype its `xsi:type` names.
 * @throws DecodeError with every problem and its path; not well-formed XML is one issue at `$` with its line and column.
 */
export declare function decodeSoap<N extends keyof VimTypeMap>(typeName: N, xml: string | Uint8Array, options?: rt.DecodeOptions): VimTypeMap[N];
/**
 * Decodes one vim25 XML element as the type its name (or `xsi:type`) says, as the Knative vSphere source sends event data in XML: `<UserLoginSessionEvent><key>8570</key>...`, with or without namespaces.
 * @throws DecodeError with every problem and its path; not well-formed XML is one issue at `$` with its line and column.
 */
export declare function decodeSoapElement(xml: string | Uint8Array, options?: rt.DecodeOptions): VimTypeMap[keyof VimTypeMap];
/**
 * Writes a value as a vim25 XML element (named `element`, by default the type's name) that `decodeSoap` reads back to the same value: `xsi:type` where the slot needs it, members in WSDL order (vCenter checks the order), every text escaped. An empty array is written as no element, which is how SOAP says it.
 * @throws SoapEncodeError for a text XML 1.0 cannot hold (U+0000 and the other control characters) or a member name that cannot be an element's.
 */
export declare function encodeSoap<N extends keyof VimTypeMap>(typeName: N, value: VimTypeMap[N], element?: string): string;
/**
 * A SOAP request calling `method` on the managed object `thisRef`: `parameters` in the WSDL's order, each `[name, type, value]` with `type` a schema type, an XML Schema type (`xsd:int`) or `any`; an array value repeats the element. Send it with `SOAPAction: "urn:vim25/<release>"`.
 * @throws SoapEncodeError for what XML cannot hold.
 */
export declare function soapEnvelope(method: string, thisRef: {
    readonly type: string;
    readonly value: string;
}, parameters?: readonly rt.SoapParameter[]): string;
/**
 * The SOAP request envelope of a call of `method`, typed by `VimMethods`: `_this` and the method's parameters, each written as the method declares it, in the WSDL's order. POST it to `/sdk` with `SOAPAction: "urn:vim25/<release>"`.
 * @throws SoapEncodeError for a missing `_this` or required parameter, or a text XML cannot hold.
 */
export declare function soapRequest<M extends VimMethodName>(method: M, args: VimParams<M>): string;
/**
 * Decodes the SOAP response of a call of `method` as what it returns (`VimReturns<M>`): its `returnval` elements as the declared type, a primitive or nothing.
 * @throws SoapFault when the server answered with a fault, its `detail` typed where a schema declares it.
 * @throws DecodeError with every problem and its path; not well-formed XML is one issue at `$` with its line and column.
 */
export declare function parseSoapReturn<M extends VimMethodName>(method: M, body: string | Uint8Array, options?: rt.DecodeOptions): VimReturns<M>;
