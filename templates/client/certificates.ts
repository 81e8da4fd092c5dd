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
  readonly ca?: string | readonly string[] | undefined;
  /**
   * The server certificate's fingerprint, pinned: SHA-256 (64 hex digits) or SHA-1 (40, as vCenter shows it), with
   * colons or without. The connection is accepted when it matches, whoever signed the certificate.
   */
  readonly thumbprint?: string | undefined;
  /** No verification at all: anyone between you and the server can read the password. Warns once on stderr. */
  readonly insecure?: boolean | undefined;
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
export function parseThumbprint(text: string): Thumbprint {
  const hex = text
    .trim()
    .replace(/^sha-?(?:256|1)[:= ]\s*/i, "")
    .replace(/[:\s]/g, "")
    .toLowerCase();
  if (/^[0-9a-f]{64}$/.test(hex)) return { algorithm: "sha256", hex };
  if (/^[0-9a-f]{40}$/.test(hex)) return { algorithm: "sha1", hex };
  throw new TypeError(
    `thumbprint: ${JSON.stringify(text)} is not a SHA-256 (64 hex digits) or SHA-1 (40) fingerprint, such as AB:CD:...`,
  );
}

/** `abcd...` or `ab:cd:...` as `AB:CD:...`. */
export function colonHex(hex: string): string {
  return (hex.replace(/:/g, "").toUpperCase().match(/../g) ?? []).join(":");
}

/** Whether the certificate with `fingerprints` is the one `pin` names. */
export function matchesThumbprint(pin: Thumbprint, fingerprints: CertificateFingerprints): boolean {
  return pin.hex === fingerprints[pin.algorithm].replace(/:/g, "").toLowerCase();
}

/** What a TLS error code (OpenSSL's, or Node's for the host name) says is wrong with the certificate, if it is one. */
export function certificateProblem(code: string | undefined): string | undefined {
  switch (code) {
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "SELF_SIGNED_CERT_IN_CHAIN":
      return "it is self-signed";
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "UNABLE_TO_GET_ISSUER_CERT":
    case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY":
      return "its issuer is unknown (a CA this machine does not trust, such as the vCenter's own VMCA)";
    case "ERR_TLS_CERT_ALTNAME_INVALID":
    case "HOSTNAME_MISMATCH":
      return "it is for another host name: a host name mismatch";
    case "CERT_HAS_EXPIRED":
      return "it has expired";
    case "CERT_NOT_YET_VALID":
      return "it is not valid yet";
    case "CERT_SIGNATURE_FAILURE":
    case "CERT_REVOKED":
    case "CERT_UNTRUSTED":
    case "CERT_REJECTED":
    case "INVALID_CA":
      return `it is not trusted (${code})`;
    default:
      return undefined;
  }
}

/** The refusal of a certificate the default verification rejects, naming the problem, the fingerprint and the options. */
export function untrustedMessage(code: string, fingerprints: CertificateFingerprints | undefined): string {
  const problem = certificateProblem(code) ?? `it is not trusted (${code})`;
  const pin = fingerprints === undefined ? "<its SHA-256 fingerprint>" : fingerprints.sha256;
  return [
    `the server's certificate was refused: ${problem} (${code}).`,
    fingerprints === undefined ? "" : ` Its SHA-256 fingerprint is ${fingerprints.sha256}.`,
    certificateProblem(code)?.endsWith("mismatch") === true
      ? " Use a host name it is for, or"
      : " To connect,",
    " pass one of: `ca` (the PEM of the CA that signed it, or of the certificate itself),",
    ` \`thumbprint: "${pin}"\` (pins this certificate: check the fingerprint first),`,
    " or `insecure: true` (no verification at all).",
  ].join("");
}

/** The refusal of a certificate that is not the pinned one, naming both fingerprints. */
export function mismatchMessage(pin: Thumbprint, fingerprints: CertificateFingerprints): string {
  const name = pin.algorithm === "sha256" ? "SHA-256" : "SHA-1";
  return (
    `the server's certificate is not the pinned one: pinned ${name} ${colonHex(pin.hex)}, ` +
    `the server's ${name} ${fingerprints[pin.algorithm]}` +
    (pin.algorithm === "sha1" ? ` (SHA-256 ${fingerprints.sha256})` : "") +
    ". If the server's certificate was replaced, check the new fingerprint and pin it."
  );
}

/** A certificate refused by the client's own check: its message is the one to show, its fingerprints attached. */
export class CertificateRejection extends Error {
  readonly code: string;
  readonly fingerprints: CertificateFingerprints;

  constructor(code: string, message: string, fingerprints: CertificateFingerprints) {
    super(message);
    this.name = "CertificateRejection";
    this.code = code;
    this.fingerprints = fingerprints;
  }
}
