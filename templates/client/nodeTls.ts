/**
 * The client's own HTTPS for what `fetch` cannot do (Node 20's takes no TLS options): a FetchLike over node:https
 * whose connections are checked as TlsOptions say (a CA added to Node's roots, a pinned thumbprint, or no check)
 * before a byte of the request is sent, and the server's certificate read without trusting it (its fingerprints for
 * an error message or for `--trust`). node:https and node:tls are loaded when first used, by a name the output's
 * types do not know, so the output still needs no Node types; what is used of them is described here. Copied into the
 * output folder with the other templates.
 */
import {
  CertificateRejection,
  matchesThumbprint,
  mismatchMessage,
  parseThumbprint,
  untrustedMessage,
  type CertificateFingerprints,
  type TlsOptions,
} from "./certificates";
import type { FetchInitLike, FetchLike, FetchResponseLike } from "./http";

interface PeerCertificate {
  readonly fingerprint?: string;
  readonly fingerprint256?: string;
  readonly subject?: { readonly CN?: string; readonly O?: string };
  readonly issuer?: { readonly CN?: string; readonly O?: string };
  readonly valid_to?: string;
}

interface TlsSocket {
  readonly authorized: boolean;
  readonly authorizationError?: unknown;
  getPeerCertificate(): PeerCertificate;
  once(event: "secureConnect", listener: () => void): void;
  once(event: "error", listener: (error: unknown) => void): void;
  setTimeout(ms: number, listener: () => void): void;
  ref(): void;
  unref(): void;
  destroy(error?: unknown): void;
}

interface TlsModule {
  readonly rootCertificates: readonly string[];
  connect(options: Record<string, unknown>): TlsSocket;
}

interface IncomingMessage {
  readonly statusCode?: number;
  readonly statusMessage?: string;
  readonly headers: Record<string, string | string[] | undefined>;
  setEncoding(encoding: "utf8"): void;
  on(event: "data", listener: (chunk: string) => void): void;
  on(event: "end", listener: () => void): void;
  on(event: "error", listener: (error: unknown) => void): void;
}

interface HttpsModule {
  Agent: new (options: Record<string, unknown>) => {
    createConnection: (
      options: Record<string, unknown>,
      done: (error: unknown, socket?: TlsSocket) => void,
    ) => void;
  };
  request(
    url: string,
    options: Record<string, unknown>,
    onResponse: (response: IncomingMessage) => void,
  ): {
    on(event: "error" | "close", listener: (error: unknown) => void): void;
    end(body?: string): void;
    destroy(): void;
  };
}

/** The longest a TLS handshake may take before its connection is given up. */
const HANDSHAKE_MS = 30_000;

/** Loads a Node module by a name TypeScript does not resolve (so the output needs no Node types). */
function load<T>(name: string): Promise<T> {
  return import(name) as Promise<T>;
}

const byteLength = (text: string): number =>
  new (
    globalThis as unknown as { TextEncoder: new () => { encode(t: string): { length: number } } }
  ).TextEncoder().encode(text).length;

function fingerprintsOf(certificate: PeerCertificate): CertificateFingerprints {
  return { sha256: certificate.fingerprint256 ?? "", sha1: certificate.fingerprint ?? "" };
}

/** The TLS error code a socket's failed verification gives (`DEPTH_ZERO_SELF_SIGNED_CERT`, ...). */
function verificationCode(socket: TlsSocket): string {
  const error = socket.authorizationError;
  if (typeof error === "string") return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : String(error);
}

/**
 * A fetch over node:https that trusts as `tls` says: every new connection is made with Node's verification off and
 * then checked here, on the certificate it got, before it is handed to the request. Connections are kept alive, for
 * the many calls a follow makes.
 */
export function tlsFetch(tls: TlsOptions): FetchLike {
  const pin = tls.thumbprint === undefined ? undefined : parseThumbprint(tls.thumbprint);
  const extra = tls.ca === undefined ? [] : typeof tls.ca === "string" ? [tls.ca] : [...tls.ca];
  let agent: Promise<{ https: HttpsModule; agent: unknown }> | undefined;
  const open = async (): Promise<{ https: HttpsModule; agent: unknown }> => {
    const [https, nodeTls] = await Promise.all([
      load<HttpsModule>("node:https"),
      load<TlsModule>("node:tls"),
    ]);
    const made = new https.Agent({ keepAlive: true });
    made.createConnection = (options, done) => {
      const ca = extra.length === 0 ? {} : { ca: [...nodeTls.rootCertificates, ...extra] };
      const socket = nodeTls.connect({ ...options, ...ca, rejectUnauthorized: false });
      socket.once("error", (error) => done(error));
      // A handshake that never ends (its request timed out or was aborted meanwhile) must not hold the process: the
      // request's own timeout keeps it alive while it waits.
      socket.unref();
      socket.setTimeout(HANDSHAKE_MS, () =>
        socket.destroy(new Error(`no TLS handshake within ${HANDSHAKE_MS} ms`)),
      );
      socket.once("secureConnect", () => {
        socket.setTimeout(0, () => undefined);
        socket.ref();
        const fingerprints = fingerprintsOf(socket.getPeerCertificate());
        let refusal: CertificateRejection | undefined;
        if (tls.insecure === true) refusal = undefined;
        else if (pin !== undefined) {
          if (!matchesThumbprint(pin, fingerprints))
            refusal = new CertificateRejection(
              "THUMBPRINT_MISMATCH",
              mismatchMessage(pin, fingerprints),
              fingerprints,
            );
        } else if (!socket.authorized) {
          const code = verificationCode(socket);
          refusal = new CertificateRejection(code, untrustedMessage(code, fingerprints), fingerprints);
        }
        if (refusal === undefined) done(null, socket);
        else {
          socket.destroy();
          done(refusal);
        }
      });
    };
    return { https, agent: made };
  };
  return async (url: string, init: FetchInitLike): Promise<FetchResponseLike> => {
    agent ??= open();
    const { https, agent: via } = await agent;
    return new Promise((resolve, reject) => {
      const signal = init.signal;
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      // vCenter records the agent in the session (UserSession.userAgent); fetch names itself, and so does this.
      const headers = {
        "User-Agent": "vsphere-typegen",
        ...init.headers,
        ...(init.body === undefined ? {} : { "Content-Length": `${byteLength(init.body)}` }),
      };
      const request = https.request(url, { method: init.method, headers, agent: via }, (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (text += chunk));
        response.on("error", reject);
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? "",
            headers: {
              get(name: string): string | null {
                const value = response.headers[name.toLowerCase()];
                return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
              },
            },
            text: () => Promise.resolve(text),
          }),
        );
      });
      // Here, not by the request's `signal`: Node's waits for a connection that is still being made before it aborts.
      const abort = (): void => {
        request.destroy();
        reject(signal.reason);
      };
      signal.addEventListener("abort", abort, { once: true });
      const settled = (): void => signal.removeEventListener("abort", abort);
      request.on("error", (error) => {
        settled();
        reject(error);
      });
      request.on("close", settled);
      request.end(init.body);
    });
  };
}

/** A server's certificate, read without trusting it. */
export interface ServerCertificate {
  readonly host: string;
  readonly port: number;
  readonly fingerprints: CertificateFingerprints;
  /** The subject's and the issuer's common name (or organisation). */
  readonly subject: string;
  readonly issuer: string;
  readonly validTo: string;
  /** The code Node's default verification refuses it with (`DEPTH_ZERO_SELF_SIGNED_CERT`, ...), if it does. */
  readonly problem: string | undefined;
}

/** Reads the certificate the server at `url` (https) presents; nothing is sent but the TLS handshake. */
export async function readServerCertificate(url: string, timeoutMs = 10_000): Promise<ServerCertificate> {
  const parsed = new (
    globalThis as unknown as { URL: new (u: string) => { hostname: string; port: string } }
  ).URL(url);
  const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  const port = parsed.port === "" ? 443 : Number(parsed.port);
  const nodeTls = await load<TlsModule>("node:tls");
  const isIp = /^[\d.]+$/.test(host) || host.includes(":");
  return new Promise((resolve, reject) => {
    const socket = nodeTls.connect({
      host,
      port,
      rejectUnauthorized: false,
      ...(isIp ? {} : { servername: host }),
    });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no TLS handshake within ${timeoutMs} ms`)));
    socket.once("error", reject);
    socket.once("secureConnect", () => {
      const certificate = socket.getPeerCertificate();
      resolve({
        host,
        port,
        fingerprints: fingerprintsOf(certificate),
        subject: certificate.subject?.CN ?? certificate.subject?.O ?? "",
        issuer: certificate.issuer?.CN ?? certificate.issuer?.O ?? "",
        validTo: certificate.valid_to ?? "",
        problem: socket.authorized ? undefined : verificationCode(socket),
      });
      socket.destroy();
    });
  });
}
