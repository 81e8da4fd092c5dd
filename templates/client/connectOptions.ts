/**
 * What `VimClient.connect` takes: the server, the credentials or a saved session, the wire and release, TLS
 * (certificates.ts) or a fetch of the caller's, and the defaults of every call. Copied into the output folder.
 */
import type { DecodeOptions } from "../core/context";
import type { TlsOptions } from "./certificates";
import type { AbortSignalLike, FetchLike } from "./http";

/**
 * What `VimClient.connect` takes. Each optional member may be given as `undefined` too (`password:
 * process.env["VCENTER_PASSWORD"]`), as absent. An interface, not a union, so that `Omit<ConnectOptions, "url">` and
 * `interface MyOptions extends ConnectOptions` work as users write them; `fetch` with `ca`, `thumbprint` or
 * `insecure: true` is refused when connecting (a fetch of the caller's does its own TLS).
 */
export interface ConnectOptions extends TlsOptions {
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
  /**
   * The fetch to send with (default: the global one, or the client's own over node:https when `ca`, `thumbprint` or
   * `insecure` is given). A fetch given here does its own TLS: it cannot be given with those three.
   */
  readonly fetch?: FetchLike | undefined;
  /** How answers are decoded (the output's defaults when absent). */
  readonly decode?: DecodeOptions | undefined;
  /** `Locale` of the session. */
  readonly locale?: string | undefined;
}
