/**
 * Which fetch a client sends with: the caller's own, the global one, or nodeTls.ts's when `ca`, `thumbprint` or
 * `insecure` asks for TLS that fetch cannot do (with the one warning `insecure` gives); and a certificate the global
 * fetch refused named by its fingerprint, read from the server. VimClient's. Copied into the output folder with the
 * other templates.
 */
import type { TlsOptions } from "./certificates.js";
import { type FetchLike } from "./http.js";
/**
 * The fetch the options ask for: the caller's, the client's own TLS one, or undefined for the global one. A client
 * made with `insecure` warns here, once.
 */
export declare function fetchOf(base: string, options: TlsOptions & {
    readonly fetch?: FetchLike;
}): FetchLike | undefined;
/**
 * A refused certificate's error, with the server's fingerprint read and named when the fetch that refused it gave none
 * (Node's own fetch); the error as it was when it cannot be read.
 */
export declare function withFingerprint(error: unknown, timeoutMs: number): Promise<unknown>;
