import { type SoapParameter, type SoapSchema } from "./vimxml.js";
/**
 * One value as a vim25 element named `element`, with the namespace declarations it needs: `xsi:type` where the
 * slot needs it, members in WSDL order, every text escaped.
 * @throws SoapEncodeError for what XML cannot hold.
 */
export declare function writeSoapElement(element: string, declared: string, value: unknown, schema: SoapSchema): string;
/**
 * A SOAP request envelope calling `method` on the managed object `thisRef`, its parameters in the order given (the
 * order the WSDL declares them in); an array value is the element repeated.
 * @throws SoapEncodeError for what XML cannot hold.
 */
export declare function writeSoapEnvelope(method: string, thisRef: {
    readonly type: string;
    readonly value: string;
}, parameters: readonly SoapParameter[], schema: SoapSchema): string;
