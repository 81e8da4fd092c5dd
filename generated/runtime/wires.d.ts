import { type DecodeOptions } from "./context.js";
import type { ClientTypes, WireFunctions } from "./contract.js";
import { type HttpAnswer } from "./http.js";
/**
 * A fault answered on the VI JSON wire: the HTTP status and the fault, decoded as its MethodFault subtype (one of the
 * catalogue's `A["fault"]`; the output's client.ts exports the class typed with its own).
 */
export declare class VimFault<A extends ClientTypes = ClientTypes> extends Error {
    readonly status: number;
    readonly fault: A["fault"];
    constructor(status: number, fault: A["fault"]);
}
/** The type of the fault `error` carries (`NotAuthenticated`, `NotImplemented`, ...), on either wire. */
export declare function faultType(error: unknown): string | undefined;
/** Whether `error` says the session is gone (expired, terminated, logged out), on either wire. */
export declare function isNotAuthenticated(error: unknown): boolean;
/** One HTTP request of a call, before the session and the timeout are added. */
export interface WireRequest {
    readonly url: string;
    readonly method: "GET" | "POST";
    readonly headers: Record<string, string>;
    readonly body: string | undefined;
}
export interface Wire {
    readonly name: "soap" | "json";
    /** The release the requests name (`SOAPAction: "urn:vim25/8.0.3.0"`, `/sdk/vim25/8.0.3.0/...`). */
    release: string;
    request(method: string, args: object): WireRequest;
    /** The answer as the method's return value; a fault as SoapFault or VimFault; anything else a VimConnectionError. */
    response(method: string, url: string, answer: HttpAnswer, options: DecodeOptions | undefined): unknown;
    /** The session an answer carries (after Login), if any. */
    session(answer: HttpAnswer): string | undefined;
    /** The headers that carry `session` on a request. */
    sessionHeaders(session: string): Record<string, string>;
    /** Every type name the catalogue declares: a typed read refuses a value of any other (properties.ts). */
    readonly knownTypes: ReadonlySet<string>;
}
export declare function soapWire(base: string, release: string, api: WireFunctions): Wire;
export declare function jsonWire(base: string, release: string, api: WireFunctions): Wire;
