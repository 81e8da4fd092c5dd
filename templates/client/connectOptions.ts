/**
 * What `VimClient.connect` takes: the server, the credentials or a saved session, the wire and release, TLS
 * (certificates.ts) or a fetch of the caller's, and the defaults of every call. Copied into the output folder.
 */
import type { DecodeOptions } from "../core/context";
import type { TlsOptions } from "./certificates";
import type { AbortSignalLike, FetchLike } from "./http";

export interface ConnectOptions extends TlsOptions {
  /** The vCenter or ESXi host: `https://vc.example.com` (`/sdk` may be given or not). */
  readonly url: string;
  readonly username: string;
  /** Needed to log in: always, but when `session` is still active. */
  readonly password?: string;
  /**
   * A session saved from `client.session`: used again, without logging in, while the server says it is active
   * (its SessionManager's `currentSession`); else the client logs in.
   */
  readonly session?: string;
  /** `"soap"` (the default: every vCenter) or `"json"` (VI JSON, vCenter 8.0U1 and later). */
  readonly wire?: "soap" | "json";
  /**
   * The API release the requests name. By default the server's own (`about.apiVersion`, read first with a
   * release every server knows: 6.5 over SOAP, 8.0.1.0 over VI JSON).
   */
  readonly release?: string;
  /** Aborts connecting, and every later call made without its own signal. */
  readonly signal?: AbortSignalLike;
  /** The longest one call may take, in milliseconds (default 60,000). */
  readonly timeoutMs?: number;
  /**
   * The fetch to send with (default: the global one, or the client's own over node:https when `ca`, `thumbprint` or
   * `insecure` is given). A fetch given here does its own TLS: it cannot be given with those three.
   */
  readonly fetch?: FetchLike;
  /** How answers are decoded (the output's defaults when absent). */
  readonly decode?: DecodeOptions;
  /** `Locale` of the session. */
  readonly locale?: string;
}
