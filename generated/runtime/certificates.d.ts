/**
 * What the client says and checks of a server's certificate, with no transport: a pinned thumbprint read (SHA-256 or
 * SHA-1, with colons or without, any case) and compared, the certificate problem a TLS error code names (self-signed,
 * unknown issuer, host name mismatch, expired), and the one message of each refusal, which names the fingerprint and
 * the three ways to connect (`ca`, `thumbprint`, `insecure`). nodeTls.ts checks with it; http.ts words its errors.
 * Copied into the output folder with the other templates.
 */
/** How the client trusts a server's certificate, beside Node's own roots. */
export interface TlsOptions {
    /** PEM text of the CA (or CAs) that signed the server's certificate, or of the certificate itself: trusted too. */
    readonly ca?: string | readonly string[];
    /**
     * The server certificate's fingerprint, pinned: SHA-256 (64 hex digits) or SHA-1 (40, as vCenter shows it), with
     * colons or without. The connection is accepted when it matches, whoever signed the certificate.
     */
    readonly thumbprint?: string;
    /** No verification at all: anyone between you and the server can read the password. Warns once on stderr. */
    readonly insecure?: boolean;
}
/** A certificate's fingerprints, as `AB:CD:...` (upper case, colon-separated), the form vSphere shows them in. */
export interface CertificateFingerprints {
    readonly sha256: string;
    readonly sha1: string;
}
/** A pinned thumbprint, read: its algorithm and its digits, lower case without colons. */
export interface Thumbprint {
    readonly algorithm: "sha256" | "sha1";
    readonly hex: string;
}
/** Reads a thumbprint as a user copies it (`AB:CD:...`, `abcd...`, SHA-256 or SHA-1); a TypeError for anything else. */
export declare function parseThumbprint(text: string): Thumbprint;
/** `abcd...` or `ab:cd:...` as `AB:CD:...`. */
export declare function colonHex(hex: string): string;
/** Whether the certificate with `fingerprints` is the one `pin` names. */
export declare function matchesThumbprint(pin: Thumbprint, fingerprints: CertificateFingerprints): boolean;
/** What a TLS error code (OpenSSL's, or Node's for the host name) says is wrong with the certificate, if it is one. */
export declare function certificateProblem(code: string | undefined): string | undefined;
/** The refusal of a certificate the default verification rejects, naming the problem, the fingerprint and the options. */
export declare function untrustedMessage(code: string, fingerprints: CertificateFingerprints | undefined): string;
/** The refusal of a certificate that is not the pinned one, naming both fingerprints. */
export declare function mismatchMessage(pin: Thumbprint, fingerprints: CertificateFingerprints): string;
/** A certificate refused by the client's own check: its message is the one to show, its fingerprints attached. */
export declare class CertificateRejection extends Error {
    readonly code: string;
    readonly fingerprints: CertificateFingerprints;
    constructor(code: string, message: string, fingerprints: CertificateFingerprints);
}
