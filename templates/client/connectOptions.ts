/**
 * What `VimClient.connect` takes: the server, the credentials or a saved session, the wire and release, TLS
 * (certificates.ts) or a fetch of the caller's, and the defaults of every call. Copied into the output folder.
 */
import type { DecodeOptions } from "../core/context";
import type { TlsOptions } from "./certificates";
import type { AbortSignalLike, FetchLike } from "./http";

/**
 * What `VimClient.connect` takes. Each optional member may be given as `undefined` too (`password:
 * process.env["VCENTER_PASSWORD"]`), as absent. The TLS options (`ca`, `thumbprint`, `insecure`) and `fetch` exclude
 * each other: a fetch of the caller's does its own TLS.
 */
export type ConnectOptions = ConnectionOptions & (ClientTls | CallerFetch);

/** What every connection takes. */
export interface ConnectionOptions {
  /** The vCenter or ESXi host: `https://vc.example.com` (`/sdk` may be given or not). */
  readonly url: string;
  readonly username: string;
  /** Needed to log in: always, but when `session` is still active. */
  readonly password?: string | undefined;
  /**
   * A session saved from `client.session`: used again, without logging in, while the server says it is active
   * (its SessionManager's `currentSession`); else the client logs in.
   */
  readonly session?: string | undefined;
  /** `"soap"` (the default: every vCenter) or `"json"` (VI JSON, vCenter 8.0U1 and later). */
  readonly wire?: "soap" | "json" | undefined;
  /**
   * The API release the requests name. By default the server's own (`about.apiVersion`, read first with a
   * release every server knows: 6.5 over SOAP, 8.0.1.0 over VI JSON).
   */
  readonly release?: string | undefined;
  /** Aborts connecting, and every later call made without its own signal. */
  readonly signal?: AbortSignalLike | undefined;
  /** The longest one call may take, in milliseconds (default 60,000). */
  readonly timeoutMs?: number | undefined;
  /** How answers are decoded (the output's defaults when absent). */
  readonly decode?: DecodeOptions | undefined;
  /** `Locale` of the session. */
  readonly locale?: string | undefined;
}

/**
 * The client's own TLS: Node's checks, or those certificates.ts's options ask for (then over node:https, since
 * fetch takes no TLS options); sent with the global fetch.
 */
export interface ClientTls extends TlsOptions {
  readonly fetch?: undefined;
}

/** A fetch of the caller's to send with, which does its own TLS: none of the client's TLS options beside it. */
export interface CallerFetch {
  readonly fetch: FetchLike;
  readonly ca?: undefined;
  readonly thumbprint?: undefined;
  readonly insecure?: undefined;
}
