/**
 * The two wires a VimClient speaks, each as what one call needs: the HTTP request of a method, its answer read as the
 * method's return value (or its fault thrown, typed), and the session it carries. SOAP (`/sdk`, every vCenter) keeps
 * the `vmware_soap_session` cookie; VI JSON (`/sdk/vim25/<release>`, vCenter 8.0U1 and later) the
 * `vmware-api-session-id` header. The requests are written and the answers read by the catalogue's wire functions
 * (`WireFunctions`, given by the output's client.ts), which type each method's arguments and answer; here a method is
 * its name. Copied into the output folder with the other templates.
 */
import { SoapFault } from "../soap/vimxml";
import { DecodeError, type DecodeOptions } from "../core/context";
import type { ClientTypes, MethodFaultShape, WireFunctions } from "./contract";
import { VimConnectionError, type HttpAnswer } from "./http";

/**
 * A fault answered on the VI JSON wire: the HTTP status and the fault, decoded as its MethodFault subtype (one of the
 * catalogue's `A["fault"]`; the output's client.ts exports the class typed with its own).
 */
export class VimFault<A extends ClientTypes = ClientTypes> extends Error {
  readonly status: number;
  readonly fault: A["fault"];

  constructor(status: number, fault: A["fault"]) {
    const text = (fault as { faultMessage?: readonly { message?: unknown }[] }).faultMessage?.[0]?.message;
    super(`${fault._typeName}${typeof text === "string" ? `: ${text}` : ""} (HTTP ${status})`);
    this.name = "VimFault";
    this.status = status;
    this.fault = fault;
  }
}

/** The type of the fault `error` carries (`NotAuthenticated`, `NotImplemented`, ...), on either wire. */
export function faultType(error: unknown): string | undefined {
  const fault =
    error instanceof SoapFault ? error.detail : error instanceof VimFault ? error.fault : undefined;
  const name = (fault as { _typeName?: unknown } | undefined)?._typeName;
  return typeof name === "string" ? name : undefined;
}

/** Whether `error` says the session is gone (expired, terminated, logged out), on either wire. */
export function isNotAuthenticated(error: unknown): boolean {
  return faultType(error) === "NotAuthenticated";
}

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

function contentType(answer: HttpAnswer): string {
  return (answer.headers.get("content-type") ?? "").toLowerCase();
}

function notVsphere(url: string, answer: HttpAnswer, expected: string): VimConnectionError {
  const type = contentType(answer) || "no content type";
  return new VimConnectionError(
    url,
    answer.status >= 200 && answer.status < 400 ? "not-vsphere" : "http-status",
    `answered HTTP ${answer.status} (${type}), not ${expected}: is this a vCenter or ESXi URL?`,
    answer.status,
  );
}

export function soapWire(base: string, release: string, api: WireFunctions): Wire {
  const url = `${base}/sdk`;
  return {
    name: "soap",
    release,
    knownTypes: api.knownTypes$,
    request(method, args) {
      return {
        url,
        method: "POST",
        headers: { "Content-Type": "text/xml; charset=utf-8", SOAPAction: `"urn:vim25/${this.release}"` },
        body: api.soapRequest(method, args),
      };
    },
    response(method, at, answer, options) {
      // vCenter answers a fault with 500 and a SOAP envelope; anything else that is not XML is not a vSphere server.
      const type = contentType(answer);
      if (type === "" ? !answer.text.trimStart().startsWith("<") : !/xml/.test(type))
        throw notVsphere(at, answer, "a SOAP response");
      if (answer.status !== 200 && answer.status !== 500) throw notVsphere(at, answer, "a SOAP response");
      try {
        return api.parseSoapReturn(method, answer.text, options);
      } catch (error) {
        if (error instanceof SoapFault) throw error;
        // XML, but no SOAP envelope in urn:vim25 (a server speaking something else).
        const issue = error instanceof DecodeError && error.issues.length === 1 ? error.issues[0] : undefined;
        if (issue?.path === "$" && /not well-formed|SOAP Envelope|urn:vim25/.test(issue.message))
          throw new VimConnectionError(
            at,
            "not-vsphere",
            `answered HTTP ${answer.status} with XML that is not a vim25 SOAP response: ${issue.message}`,
            answer.status,
            error,
          );
        if (answer.status === 200) throw error;
        // A 500 whose body is not a SOAP fault: the server failed without saying why in vim25's terms.
        throw new VimConnectionError(at, "http-status", `answered HTTP 500 without a SOAP fault`, 500, error);
      }
    },
    session(answer) {
      return /vmware_soap_session=("[^"]*"|[^;,\s]*)/.exec(answer.headers.get("set-cookie") ?? "")?.[0];
    },
    sessionHeaders(session) {
      return { Cookie: session };
    },
  };
}

export function jsonWire(base: string, release: string, api: WireFunctions): Wire {
  return {
    name: "json",
    release,
    knownTypes: api.knownTypes$,
    request(method, args) {
      const root = `${base}/sdk/vim25/${this.release}`;
      // The service content is a property of ServiceInstance in VI JSON, read with GET.
      if (method === "RetrieveServiceContent")
        return {
          url: `${root}/ServiceInstance/ServiceInstance/content`,
          method: "GET",
          headers: {},
          body: undefined,
        };
      const { path, body } = api.jsonRequest(method, args);
      return {
        url: `${root}${path}`,
        method: "POST",
        headers: body === undefined ? {} : { "Content-Type": "application/json" },
        body,
      };
    },
    response(method, at, answer, options) {
      if (answer.status === 204) return api.parseJsonReturn(method, "", options);
      const json = /json/.test(contentType(answer));
      if (!json) throw notVsphere(at, answer, "a VI JSON response");
      if (answer.status >= 200 && answer.status < 300)
        return api.parseJsonReturn(method, answer.text, options);
      let fault: MethodFaultShape;
      try {
        fault = api.decodeMethodFault(JSON.parse(answer.text) as unknown, options);
      } catch (error) {
        if (error instanceof DecodeError || error instanceof SyntaxError)
          throw new VimConnectionError(
            at,
            "http-status",
            `answered HTTP ${answer.status} without a fault`,
            answer.status,
            error,
          );
        throw error;
      }
      throw new VimFault(answer.status, fault);
    },
    session(answer) {
      return answer.headers.get("vmware-api-session-id") ?? undefined;
    },
    sessionHeaders(session) {
      return { "vmware-api-session-id": session };
    },
  };
}

/** A value out of its box: `{"_typeName":"ArrayOfString","_value":[...]}` is its array, an enum's box its string. */
export function unboxed(value: unknown): unknown {
  return typeof value === "object" && value !== null && Object.hasOwn(value, "_value")
    ? (value as { readonly _value: unknown })._value
    : value;
}
