/**
 * The client's HTTP: one request through the caller's `fetch` (Node 20's own by default, or nodeTls.ts's when TLS
 * options are given), bounded by a timeout and the caller's AbortSignal, and every way it can fail without an answer
 * as one `VimConnectionError`, a refused certificate worded by certificates.ts. The output needs no DOM or Node types:
 * fetch, AbortController and the timers are described here by what the client uses of them. Copied into the output
 * folder with the other templates.
 */
import {
  CertificateRejection,
  certificateProblem,
  untrustedMessage,
  type CertificateFingerprints,
} from "./certificates";

/** What the client uses of an AbortSignal (the DOM's and Node's both fit). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: "abort", listener: () => void, options?: { readonly once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** What the client uses of a fetch Response. */
export interface FetchResponseLike {
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface FetchInitLike {
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly signal: AbortSignalLike;
  readonly redirect: "manual";
}

/** A `fetch` function: Node's, undici's with a TLS agent (`(url, init) => fetch(url, { ...init, dispatcher })`), a test's. */
export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

interface Host {
  readonly fetch?: FetchLike;
  readonly AbortController?: new () => { readonly signal: AbortSignalLike; abort(reason?: unknown): void };
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (timer: unknown) => void;
}

const host = globalThis as unknown as Host;

/** Why a request got no usable answer. */
export type ConnectionFailure =
  | "bad-url"
  | "refused"
  | "unreachable"
  | "timeout"
  | "aborted"
  | "http-status"
  | "not-vsphere"
  | "certificate"
  | "network";

/** A request to the server that got no vSphere answer: the URL, why, and the HTTP status when there was one. */
export class VimConnectionError extends Error {
  readonly url: string;
  readonly reason: ConnectionFailure;
  readonly status: number | undefined;
  override readonly cause: unknown;
  /** For a refused certificate (reason `certificate`): the server certificate's fingerprints, when they were read. */
  certificate: CertificateFingerprints | undefined;

  constructor(url: string, reason: ConnectionFailure, message: string, status?: number, cause?: unknown) {
    super(`${url}: ${message}`);
    this.name = "VimConnectionError";
    this.url = url;
    this.reason = reason;
    this.status = status;
    this.cause = cause;
    this.certificate = undefined;
  }
}

/** The system error code under a fetch failure (`ECONNREFUSED`), if any. */
function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e !== null && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The certificate refusal under a fetch failure: the client's own check's, or a TLS error code's. */
function certificateFailure(
  url: string,
  error: unknown,
  code: string | undefined,
): VimConnectionError | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth++, e = e.cause)
    if (e instanceof CertificateRejection) {
      const failure = new VimConnectionError(url, "certificate", e.message, undefined, error);
      failure.certificate = e.fingerprints;
      return failure;
    }
  if (certificateProblem(code) === undefined) return undefined;
  return new VimConnectionError(
    url,
    "certificate",
    untrustedMessage(code ?? "", undefined),
    undefined,
    error,
  );
}

/** A certificate refusal without fingerprints (Node's fetch gives none) worded again with the ones read since. */
export function withFingerprints(
  failure: VimConnectionError,
  fingerprints: CertificateFingerprints,
): VimConnectionError {
  const named = new VimConnectionError(
    failure.url,
    "certificate",
    untrustedMessage(errorCode(failure.cause) ?? "", fingerprints),
    undefined,
    failure.cause,
  );
  named.certificate = fingerprints;
  return named;
}

function failureOf(url: string, error: unknown, timedOut: boolean, aborted: boolean): VimConnectionError {
  if (aborted) return new VimConnectionError(url, "aborted", "the request was aborted", undefined, error);
  if (timedOut)
    return new VimConnectionError(url, "timeout", "no answer within the timeout", undefined, error);
  const code = errorCode(error);
  const refused = certificateFailure(url, error, code);
  if (refused !== undefined) return refused;
  if (code === "ECONNREFUSED")
    return new VimConnectionError(
      url,
      "refused",
      "connection refused: nothing listens there",
      undefined,
      error,
    );
  if (code === "ENOTFOUND" || code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "EAI_AGAIN")
    return new VimConnectionError(
      url,
      "unreachable",
      `the host cannot be reached (${code})`,
      undefined,
      error,
    );
  // undici says "fetch failed" and puts the reason in `cause` ("bad port", "other side closed").
  let inner: unknown = error;
  while (inner instanceof Error && inner.cause instanceof Error) inner = inner.cause;
  const detail = code ?? (inner instanceof Error ? inner.message : String(inner));
  return new VimConnectionError(url, "network", `the connection failed (${detail})`, undefined, error);
}

/** One HTTP exchange: the status, the headers and the whole body, or a VimConnectionError. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly text: string;
}

export interface HttpRequest {
  readonly url: string;
  readonly method: "GET" | "POST";
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
  readonly timeoutMs: number;
  readonly signal: AbortSignalLike | undefined;
}

/** Sends one request; the timeout and the caller's signal both cut it short, and neither leaks a timer. */
export async function exchange(fetch: FetchLike | undefined, request: HttpRequest): Promise<HttpAnswer> {
  const send = fetch ?? host.fetch;
  const Controller = host.AbortController;
  if (send === undefined || Controller === undefined)
    throw new TypeError("no fetch here: pass `fetch` to VimClient.connect (Node 20 has one built in)");
  const { url, signal } = request;
  if (signal?.aborted === true) throw failureOf(url, signal.reason, false, true);
  const controller = new Controller();
  let timedOut = false;
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const timer = host.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  try {
    const response = await send(url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: controller.signal,
      redirect: "manual",
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  } catch (error) {
    // Read again: the signal may have aborted while the request was out.
    throw failureOf(
      url,
      error,
      timedOut,
      (signal as AbortSignalLike | undefined)?.aborted === true && !timedOut,
    );
  } finally {
    host.clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/** Waits `ms`, or less when `signal` aborts (then throws its VimConnectionError). */
export function pause(ms: number, signal: AbortSignalLike | undefined, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(failureOf(url, signal.reason, false, true));
      return;
    }
    const onAbort = (): void => {
      host.clearTimeout(timer);
      reject(failureOf(url, signal?.reason, false, true));
    };
    const timer = host.setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The server's base URL (scheme, host, port and path prefix) from what a user types: `vc.example.com`, `https://vc/sdk`. */
export function serverBase(url: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`;
  let parsed: { protocol: string; host: string; pathname: string; username: string; password: string };
  try {
    parsed = new (globalThis as unknown as { URL: new (u: string) => typeof parsed }).URL(withScheme);
  } catch (error) {
    throw new VimConnectionError(
      url,
      "bad-url",
      "not a URL: give the vCenter as https://host",
      undefined,
      error,
    );
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    throw new VimConnectionError(url, "bad-url", `${parsed.protocol} is not http or https`);
  if (parsed.username !== "" || parsed.password !== "")
    throw new VimConnectionError(
      url,
      "bad-url",
      "credentials in the URL: pass username and password instead",
    );
  const prefix = parsed.pathname.replace(/\/+$/, "").replace(/\/sdk(?:\/vim25(?:\/[^/]*)?)?$/, "");
  return `${parsed.protocol}//${parsed.host}${prefix}`;
}
