/**
 * The vsphere-events command against a vCenter with a self-signed certificate (vcsim -tls): refused by default with
 * the flags that get past it named; --trust shows the certificate and pins it in the known-hosts file (in the
 * user's config folder), after which a plain run succeeds; --ca-file, --thumbprint and --insecure (one warning);
 * and the saved session: written mode 0600 in the user's cache folder, used again with no new login
 * (UserLoginSessionEvent) and no password while active, replaced when it has ended, not used when others may read
 * it, ended and removed by --logout. Each run has a home folder of its own (test/client/command.ts).
 */
import { X509Certificate } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { VimClient, type ManagedObjectReference } from "../catalogue";
import { installCommand, runCommand, type CommandResult } from "./command";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_TLS"];
const CERT = process.env["VSPHERE_TYPEGEN_VCSIM_CERT_TLS"];
const describeVcsim = URL_ === undefined || CERT === undefined ? describe.skip : describe;

describeVcsim("vsphere-events against a vCenter with a self-signed certificate", () => {
  const url = URL_ as string;
  const pem = CERT as string;
  // Read when the suite runs: without vcsim the describe is skipped, but its body is still read.
  const certificate = CERT === undefined ? undefined : new X509Certificate(fs.readFileSync(CERT));
  const sha256 = certificate?.fingerprint256 ?? "";
  const sha1 = certificate?.fingerprint ?? "";
  const hostPort = URL_ === undefined ? "" : new URL(URL_).host;
  let command: { bin: string; home: string };

  beforeAll(() => {
    command = installCommand();
  });

  const query = (user: string, ...flags: string[]): string[] => [
    "--url",
    url,
    "--username",
    user,
    "--type",
    "VmPoweredOnEvent",
    "--max",
    "1",
    "--json",
    ...flags,
  ];
  const run = (args: string[], password?: string): Promise<CommandResult> =>
    runCommand(command, password === undefined ? args : [...args, "--password-stdin"], {
      ...(password === undefined ? {} : { stdin: `${password}\n` }),
    });

  test("refused by default: the problem, the fingerprint, and the flags that get past it", async () => {
    const result = await run(query("user"), "pass");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("it is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)");
    expect(result.stderr).toContain(`Its SHA-256 fingerprint is ${sha256}.`);
    expect(result.stderr).toContain(
      "vsphere-events: with this command: --trust shows the certificate and pins it, or give --ca-file <pem>, --thumbprint <SHA-256> or --insecure\n",
    );
  });

  test("--trust shows the certificate and stores its thumbprint; a plain run then succeeds", async () => {
    const trusted = await run(["--url", url, "--trust"]);
    expect(trusted.stderr).toBe("");
    expect(trusted.status).toBe(0);
    const knownHosts = path.join(command.home, ".config", "vsphere-typegen", "known_hosts");
    expect(trusted.stdout).toContain(`  SHA-256  ${sha256}\n  SHA-1    ${sha1}\n`);
    expect(trusted.stdout).toContain("Node does not trust it (DEPTH_ZERO_SELF_SIGNED_CERT)");
    expect(trusted.stdout).toContain(`Stored in ${knownHosts}`);
    expect(fs.readFileSync(knownHosts, "utf8")).toBe(`${hostPort} ${sha256}\n`);
    const plain = await run(query("user"), "pass");
    expect([plain.status, plain.stderr]).toEqual([0, ""]);
    expect(JSON.parse(plain.stdout)).toMatchObject({ _typeName: "VmPoweredOnEvent" });
    // Another certificate pinned for this host (a replaced one, or a man in the middle): refused, both named.
    const wrong = `${sha256.slice(0, -2)}00`;
    fs.writeFileSync(knownHosts, `# pinned by hand\n${hostPort} ${wrong}\n`);
    const pinnedOther = await run(query("user"), "pass");
    expect(pinnedOther.status).toBe(1);
    expect(pinnedOther.stderr).toContain(`pinned SHA-256 ${wrong}, the server's SHA-256 ${sha256}`);
    // --trust again replaces the host's line and keeps the others; XDG_CONFIG_HOME moves the file.
    const config = path.join(command.home, "xdg-config");
    const moved = await runCommand(command, ["--url", url, "--trust"], { env: { XDG_CONFIG_HOME: config } });
    expect(moved.status).toBe(0);
    expect(fs.readFileSync(path.join(config, "vsphere-typegen", "known_hosts"), "utf8")).toBe(
      `${hostPort} ${sha256}\n`,
    );
    expect(
      (await run([...query("user"), "--known-hosts", path.join(config, "vsphere-typegen", "known_hosts")], "pass"))
        .status,
    ).toBe(0);
  });

  test("--ca-file and --thumbprint (SHA-1 as vCenter shows it) accept it; --insecure too, with one warning", async () => {
    const byCa = await run(query("user", "--ca-file", pem), "pass");
    expect([byCa.status, byCa.stderr]).toEqual([0, ""]);
    const bySha1 = await run(query("user", "--thumbprint", sha1.toLowerCase()), "pass");
    expect([bySha1.status, bySha1.stderr]).toEqual([0, ""]);
    const insecure = await run(query("user", "-k"), "pass");
    expect(insecure.status).toBe(0);
    expect(insecure.stderr.split("\n").filter((l) => l.includes("is not verified (insecure)"))).toHaveLength(1);
    const both = await run(query("user", "-k", "--thumbprint", sha1), "pass");
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/^vsphere-events: give one of --ca-file, --thumbprint and --insecure, not /);
  });

  describe("the saved session", () => {
    const user = "saved-session-user";
    let observer: VimClient;
    const sessionFile = (): string => {
      const folder = path.join(command.home, ".cache", "vsphere-typegen", "sessions");
      const mine = fs
        .readdirSync(folder)
        .map((name) => path.join(folder, name))
        .filter((file) => fs.readFileSync(file, "utf8").includes(`"username":"${user}"`));
      expect(mine).toHaveLength(1);
      return mine[0] as string;
    };
    /** The logins of `user` so far (vcsim records each as a UserLoginSessionEvent). */
    const logins = async (): Promise<number> =>
      (
        await observer.queryEvents({
          _typeName: "EventFilterSpec",
          eventTypeId: ["UserLoginSessionEvent"],
          maxCount: 1000,
          userName: { _typeName: "EventFilterSpecByUsername", systemUser: false, userList: [user] },
        })
      ).length;

    beforeAll(async () => {
      observer = await VimClient.connect({
        url,
        username: "observer",
        password: "pass",
        ca: fs.readFileSync(pem, "utf8"),
      });
    });
    afterAll(() => observer.logout());

    test("kept mode 0600 and used again while active: no new login, no password; replaced when it has ended", async () => {
      const first = await run(query(user, "--ca-file", pem), "pass");
      expect([first.status, first.stderr]).toEqual([0, ""]);
      const file = sessionFile();
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      const saved = JSON.parse(fs.readFileSync(file, "utf8")) as { session: string; username: string };
      expect(saved).toMatchObject({ username: user, session: expect.stringMatching(/^vmware_soap_session=/) });
      const before = await logins();
      expect(before).toBe(1);

      // Again, with no password at all: the saved session answers.
      const again = await run(query(user, "--ca-file", pem));
      expect([again.status, again.stderr]).toEqual([0, ""]);
      expect(JSON.parse(again.stdout)).toMatchObject({ _typeName: "VmPoweredOnEvent" });
      expect(await logins()).toBe(before);

      // Ended on the server (terminated, as an expiry or an administrator would): no password, a clear refusal ...
      const holder = await VimClient.connect({
        url,
        username: user,
        session: saved.session,
        ca: fs.readFileSync(pem, "utf8"),
      });
      await observer.call("TerminateSession", {
        _this: observer.serviceContent.sessionManager as ManagedObjectReference,
        sessionId: [holder.userSession?.key ?? ""],
      });
      const ended = await run(query(user, "--ca-file", pem));
      expect(ended.status).toBe(1);
      expect(ended.stderr).toBe(
        "vsphere-events: the saved session has ended: give the password with --password-stdin or VSPHERE_PASSWORD\n",
      );
      // ... and with the password, a new login whose session replaces the saved one.
      const renewed = await run(query(user, "--ca-file", pem), "pass");
      expect([renewed.status, renewed.stderr]).toEqual([0, ""]);
      expect(await logins()).toBe(before + 1);
      const replaced = JSON.parse(fs.readFileSync(file, "utf8")) as { session: string };
      expect(replaced.session).not.toBe(saved.session);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);

      // A file others may read is not used: a new login, and the file written again 0600.
      fs.chmodSync(file, 0o644);
      const exposed = await run(query(user, "--ca-file", pem), "pass");
      expect(exposed.status).toBe(0);
      expect(exposed.stderr).toMatch(
        /^vsphere-events: \S+ may be read by others \(mode 644\): not used; it is replaced\n$/,
      );
      expect(await logins()).toBe(before + 2);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);

      // --logout ends it on the server and removes the file.
      const kept = (JSON.parse(fs.readFileSync(file, "utf8")) as { session: string }).session;
      const out = await run(["--url", url, "--username", user, "--ca-file", pem, "--logout"]);
      expect([out.status, out.stderr]).toEqual([0, `vsphere-events: logged out; removed ${file}\n`]);
      expect(fs.existsSync(file)).toBe(false);
      await expect(
        VimClient.connect({ url, username: user, session: kept, ca: fs.readFileSync(pem, "utf8") }),
      ).rejects.toThrow(/the session has ended/);
      const nothing = await run(["--url", url, "--username", user, "--ca-file", pem, "--logout"]);
      expect([nothing.status, nothing.stderr]).toEqual([
        0,
        `vsphere-events: no saved session for ${user} at ${hostPort}\n`,
      ]);
    }, 60_000);
  });
});
