/**
 * Which fetch a client sends with: the caller's own, the global one, or nodeTls.ts's when `ca`, `thumbprint` or
 * `insecure` asks for TLS that fetch cannot do (with the one warning `insecure` gives); and a certificate the global
 * fetch refused named by its fingerprint, read from the server. VimClient's. Copied into the output folder with the
 * other templates.
 */
import type { TlsOptions } from "./certificates";
import { VimConnectionError, withFingerprints, type FetchLike } from "./http";
import { readServerCertificate, tlsFetch } from "./nodeTls";

const stderr = (globalThis as { process?: { stderr?: { write(text: string): unknown } } }).process?.stderr;

/**
 * The fetch the options ask for: the caller's, the client's own TLS one, or undefined for the global one. A client
 * made with `insecure` warns here, once.
 */
export function fetchOf(
  base: string,
  options: TlsOptions & { readonly fetch?: FetchLike | undefined },
): FetchLike | undefined {
  const tls = options.ca !== undefined || options.thumbprint !== undefined || options.insecure === true;
  if (!tls) return options.fetch;
  if (options.fetch !== undefined)
    throw new TypeError(
      "ca, thumbprint and insecure are the client's own TLS: a fetch you pass does its own",
    );
  if (!base.startsWith("https:"))
    throw new VimConnectionError(base, "bad-url", "ca, thumbprint and insecure are for an https URL");
  const fetch = tlsFetch(options);
  if (options.insecure === true)
    stderr?.write(
      `vsphere-typegen: warning: the certificate of ${base} is not verified (insecure): ` +
        "anyone on the way can read the password and the session\n",
    );
  return fetch;
}

/**
 * A refused certificate's error, with the server's fingerprint read and named when the fetch that refused it gave none
 * (Node's own fetch); the error as it was when it cannot be read.
 */
export async function withFingerprint(error: unknown, timeoutMs: number): Promise<unknown> {
  if (
    !(error instanceof VimConnectionError) ||
    error.reason !== "certificate" ||
    error.certificate !== undefined
  )
    return error;
  try {
    const { fingerprints } = await readServerCertificate(error.url, Math.min(timeoutMs, 10_000));
    return withFingerprints(error, fingerprints);
  } catch {
    return error;
  }
}
