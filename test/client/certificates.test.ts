/**
 * VimClient against a vCenter with a self-signed certificate: vcsim started with -tls by test/globalSetup.js (Go's
 * test certificate for 127.0.0.1, ::1 and example.com, its PEM in VSPHERE_TYPEGEN_VCSIM_CERT_TLS). Node's default
 * verification refuses it with the problem, the fingerprint and the three ways in; `ca` with the certificate accepts
 * it, and refuses it under a name it is not for; the right thumbprint (SHA-256 or SHA-1, as people copy them)
 * accepts it and a wrong one refuses naming both; `insecure` accepts it and warns once per client. The same
 * simulator's second port has a certificate signed by a CA of its own, as a vCenter's VMCA signs its: an unknown
 * issuer, accepted with that CA's PEM. The expected fingerprints are computed here from the PEM files, not read from
 * the connection.
 */
import { X509Certificate } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import type { AddressInfo } from "node:net";
import { VimClient, VimConnectionError, type ConnectOptions, type ManagedObjectReference } from "../catalogue";
import { certificateProblem, colonHex, matchesThumbprint, parseThumbprint } from "../../generated/runtime/certificates";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_TLS"];
const CERT = process.env["VSPHERE_TYPEGEN_VCSIM_CERT_TLS"];
const SIGNED_URL = process.env["VSPHERE_TYPEGEN_VCSIM_URL_TLS_CA"];
const CA = process.env["VSPHERE_TYPEGEN_VCSIM_CA_TLS"];
const describeVcsim = URL_ === undefined || CERT === undefined ? describe.skip : describe;

const serviceInstance: ManagedObjectReference = {
  _typeName: "ManagedObjectReference",
  type: "ServiceInstance",
  value: "ServiceInstance",
};

async function refusal(options: Partial<ConnectOptions>): Promise<VimConnectionError> {
  try {
    const client = await VimClient.connect({ url: URL_ as string, username: "user", password: "pass", ...options });
    await client.logout();
  } catch (error) {
    if (error instanceof VimConnectionError) return error;
    throw error;
  }
  throw new Error("connect succeeded");
}

/** Connects, makes a call, logs out: the connection is usable. */
async function works(options: Partial<ConnectOptions>): Promise<string> {
  const client = await VimClient.connect({ url: URL_ as string, username: "user", password: "pass", ...options });
  const time = await client.call("CurrentTime", { _this: serviceInstance });
  await client.logout();
  return client.serviceContent.about.apiType + typeof time;
}

describe("thumbprints as people copy them", () => {
  const sha256 = "44:8F:62:8A:8A:65:AA:18:56:0E:53:A8:0C:53:AC:B3:8C:51:B4:27:DF:03:34:08:23:49:14:11:47:DC:9B:F6";
  const sha1 = "2C:11:ED:D7:13:87:7D:B5:74:18:B8:1C:42:C2:56:1F:0D:B9:5B:B9";

  test("SHA-256 and SHA-1, with colons or without, any case, match; other lengths are refused by name", () => {
    const fingerprints = { sha256, sha1 };
    for (const text of [
      sha256,
      sha256.toLowerCase(),
      sha256.replace(/:/g, ""),
      sha1,
      sha1.replace(/:/g, "").toLowerCase(),
    ])
      expect(matchesThumbprint(parseThumbprint(text), fingerprints)).toBe(true);
    expect(parseThumbprint(sha1).algorithm).toBe("sha1");
    expect(matchesThumbprint(parseThumbprint(sha256.replace("44", "45")), fingerprints)).toBe(false);
    expect(() => parseThumbprint("AB:CD")).toThrow(/not a SHA-256 \(64 hex digits\) or SHA-1 \(40\) fingerprint/);
    expect(colonHex("ab01cd")).toBe("AB:01:CD");
  });

  test("a server that accepts the connection and never answers the handshake: a timeout, with TLS options too", async () => {
    const connections: net.Socket[] = [];
    const silent = net.createServer((socket) => connections.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const error = await refusal({ url: `https://127.0.0.1:${port}`, thumbprint: "00".repeat(32), timeoutMs: 300 });
      expect([error.reason, error.message]).toEqual([
        "timeout",
        `https://127.0.0.1:${port}/sdk: no answer within the timeout`,
      ]);
    } finally {
      for (const socket of connections) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  test("the TLS error codes are named as the problem they are", () => {
    expect(certificateProblem("DEPTH_ZERO_SELF_SIGNED_CERT")).toBe("it is self-signed");
    expect(certificateProblem("UNABLE_TO_VERIFY_LEAF_SIGNATURE")).toMatch(/^its issuer is unknown/);
    expect(certificateProblem("ERR_TLS_CERT_ALTNAME_INVALID")).toMatch(/host name mismatch/);
    expect(certificateProblem("ECONNREFUSED")).toBeUndefined();
  });
});

describeVcsim("VimClient against a vCenter with a self-signed certificate (vcsim -tls)", () => {
  const pem = fs.readFileSync(CERT ?? "/dev/null", "utf8");
  const certificate = CERT === undefined ? undefined : new X509Certificate(pem);
  const sha256 = certificate?.fingerprint256 ?? "";
  const sha1 = certificate?.fingerprint ?? "";

  test("by default it is refused: self-signed, its SHA-256 fingerprint and the three options named", async () => {
    const error = await refusal({});
    expect(error.reason).toBe("certificate");
    expect(error.certificate).toEqual({ sha256, sha1 });
    expect(error.message).toContain("it is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)");
    expect(error.message).toContain(`Its SHA-256 fingerprint is ${sha256}.`);
    expect(error.message).toContain("`ca` (the PEM of the CA that signed it, or of the certificate itself)");
    expect(error.message).toContain(`\`thumbprint: "${sha256}"\``);
    expect(error.message).toContain("`insecure: true`");
  });

  test("ca: the certificate's PEM accepts it; under a host name it is not for, it is refused as a mismatch", async () => {
    expect(await works({ ca: pem })).toBe("VirtualCenterstring");
    const other = await refusal({ ca: pem, url: (URL_ as string).replace("127.0.0.1", "localhost") });
    expect(other.reason).toBe("certificate");
    expect(other.message).toContain("host name mismatch (ERR_TLS_CERT_ALTNAME_INVALID)");
    expect(other.message).toContain(sha256);
  });

  test("a certificate from a CA Node does not know: refused as an unknown issuer; accepted with that CA", async () => {
    const url = SIGNED_URL as string;
    const error = await refusal({ url });
    expect(error.reason).toBe("certificate");
    expect(error.message).toContain("its issuer is unknown");
    expect(error.message).toContain("(UNABLE_TO_VERIFY_LEAF_SIGNATURE)");
    expect(error.certificate?.sha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(error.certificate?.sha256).not.toBe(sha256);
    const ca = fs.readFileSync(CA as string, "utf8");
    expect(await works({ url, ca })).toBe("VirtualCenterstring");
    // Another certificate given as `ca` (the self-signed port's) lets it in no more than none.
    expect((await refusal({ url, ca: pem })).reason).toBe("certificate");
  });

  test("thumbprint: the right SHA-256 or SHA-1 accepts it, whoever signed it; a wrong one is refused naming both", async () => {
    expect(await works({ thumbprint: sha256 })).toBe("VirtualCenterstring");
    expect(await works({ thumbprint: sha1.replace(/:/g, "").toLowerCase() })).toBe("VirtualCenterstring");
    const wrong = `${sha256.slice(0, -2)}00`;
    const error = await refusal({ thumbprint: wrong });
    expect(error.reason).toBe("certificate");
    expect(error.message).toContain(`pinned SHA-256 ${wrong}, the server's SHA-256 ${sha256}`);
    const wrongSha1 = await refusal({ thumbprint: "00".repeat(20) });
    expect(wrongSha1.message).toContain(`pinned SHA-1 ${colonHex("00".repeat(20))}, the server's SHA-1 ${sha1}`);
  });

  test("insecure: accepted, with one warning line on stderr per client however many calls it makes", async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, "write").mockImplementation((text: string | Uint8Array) => {
      written.push(String(text));
      return true;
    });
    try {
      const client = await VimClient.connect({
        url: URL_ as string,
        username: "user",
        password: "pass",
        insecure: true,
      });
      for (let i = 0; i < 3; i++) await client.call("CurrentTime", { _this: serviceInstance });
      await client.queryEvents({ _typeName: "EventFilterSpec", maxCount: 5 });
      await client.logout();
      const warnings = written.filter((w) => w.includes("is not verified (insecure)"));
      expect(warnings).toEqual([
        `vsphere-typegen: warning: the certificate of ${(URL_ as string).replace(/\/sdk$/, "")} is not verified (insecure): anyone on the way can read the password and the session\n`,
      ]);
      expect(await works({ insecure: true })).toBe("VirtualCenterstring");
      expect(written.filter((w) => w.includes("is not verified (insecure)"))).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
  });

  test("a saved session is used again over TLS while it is active, and not after logout", async () => {
    const first = await VimClient.connect({ url: URL_ as string, username: "user", password: "pass", ca: pem });
    const session = first.session as string;
    expect(session).toMatch(/^vmware_soap_session=/);
    const again = await VimClient.connect({ url: URL_ as string, username: "user", session, ca: pem });
    expect([again.loginCount, again.userSession?.key]).toEqual([0, first.userSession?.key]);
    await first.logout();
    await expect(VimClient.connect({ url: URL_ as string, username: "user", session, ca: pem })).rejects.toThrow(
      /^no password to log in to https:\/\/127\.0\.0\.1:\d+ with: the session has ended$/,
    );
  });

  test("TLS options are the client's own: not with a fetch of the caller's, not for an http URL", async () => {
    const own = (url: string, init: unknown): Promise<Response> => fetch(url, init as RequestInit);
    await expect(works({ insecure: true, fetch: own })).rejects.toThrow(
      "ca, thumbprint and insecure are the client's own TLS: a fetch you pass does its own",
    );
    const error = await refusal({ ca: pem, url: (URL_ as string).replace("https:", "http:") });
    expect([error.reason, error.message]).toEqual(["bad-url", expect.stringContaining("are for an https URL")]);
  });
});
