/**
 * The client's own HTTPS for what `fetch` cannot do (Node 20's takes no TLS options): a FetchLike over node:https
 * whose connections are checked as TlsOptions say (a CA added to Node's roots, a pinned thumbprint, or no check)
 * before a byte of the request is sent, and the server's certificate read without trusting it (its fingerprints for
 * an error message or for `--trust`). node:https and node:tls are loaded when first used, by a name the output's
 * types do not know, so the output still needs no Node types; what is used of them is described here. Copied into the
 * output folder with the other templates.
 */
import { type CertificateFingerprints, type TlsOptions } from "./certificates.js";
import type { FetchLike } from "./http.js";
/**
 * A fetch over node:https that trusts as `tls` says: every new connection is made with Node's verification off and
 * then checked here, on the certificate it got, before it is handed to the request. Connections are kept alive, for
 * the many calls a follow makes.
 */
export declare function tlsFetch(tls: TlsOptions): FetchLike;
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
export declare function readServerCertificate(url: string, timeoutMs?: number): Promise<ServerCertificate>;
