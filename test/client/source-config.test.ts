/**
 * vsphere-events --config (issue 31, item 4): several vCenters in one process. A file with problems is refused before
 * anything connects, every problem at its line and column, exit 2. Two simulators of this test's own, followed into one
 * CloudEvents receiver, each from its checkpoint file: both deliver, in order; one simulator killed, the other's events
 * still arrive and /healthz names the stopped one; SIGTERM stops the process, exit 0, each checkpoint at its last
 * delivered event. Waits on conditions, not on time, but for the one second the health limit itself asks.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { VimClient, type Checkpoint } from "../catalogue";
import { postEvents } from "../vcsim/postEvents";
import { REPO } from "../support/helpers";
import { installCommand, runCommand, startCommand, type RunningCommand } from "./command";
import { receiver, type Received } from "./receiver";
import * as vcsim from "../vcsim/vcsim";

const SKIP = process.env["VSPHERE_TYPEGEN_VCSIM_SKIP"];
const describeVcsim = SKIP === undefined ? describe : describe.skip;

const messageOf = (r: Received): string => String((r.event as { message?: unknown } | undefined)?.message);

/** Resolves once `ready()` holds, looking again every 50 ms. */
async function until(ready: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await ready())) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe("vsphere-events --config: a file with problems", () => {
  test("every JSON syntax error is at its line and column without the text quoted; a UTF-8 BOM is no error", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readConfig } = require("../../templates/library-package/vsphere-events-config.cjs") as {
      readConfig(file: string, o: Record<string, unknown>, env: Record<string, string>): unknown;
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "syntax-"));
    const problemOf = (text: string): string => {
      const file = path.join(dir, "c.json");
      fs.writeFileSync(file, text);
      try {
        readConfig(file, {}, {});
        return "read";
      } catch (error) {
        return (error as Error).message.replace(/^.*?c\.json/, "c.json");
      }
    };
    expect(problemOf('{\n  "vcenters": x\n}')).toBe("c.json:2:15: not JSON: Unexpected token 'x'");
    expect(problemOf('{\n  "vcenters":\n    tru}')).toBe("c.json:3:5: not JSON: Unexpected token '}'");
    expect(problemOf('{\n  "vcenters": []\n} x')).toBe(
      "c.json:3:3: not JSON: Unexpected non-whitespace character after JSON",
    );
    const bom = problemOf('\ufeff{\n  "vcenters": 1\n}');
    expect(bom).not.toMatch(/not JSON/);
    expect(bom).toMatch(/c\.json:2:15: vcenters: takes an array$/);
  });

  test("a session file that cannot be read is that vCenter's failure, backed off and logged; a stop still ends the run, exit 0", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { main } = require("../../templates/library-package/vsphere-events.cjs") as {
      main(argv: string[], io: Record<string, unknown>, lib: unknown): Promise<number>;
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "session-"));
    fs.writeFileSync(path.join(dir, "plain"), "");
    const file = path.join(dir, "c.json");
    const vcenter = { url: "http://127.0.0.1:1/sdk", username: "u", passwordEnv: "P", sink: "http://127.0.0.1:1/" };
    // A session file under a plain file: ENOTDIR, not the ENOENT of a first run.
    fs.writeFileSync(file, JSON.stringify({ vcenters: [{ ...vcenter, sessionFile: "plain/session" }] }));
    let stderr = "";
    let interrupt: (name: string) => void = () => undefined;
    const running = main(
      ["--config", file],
      {
        env: { P: "pass" },
        stdin: undefined,
        stdout: { write: () => true },
        stderr: { write: (t: string) => (stderr += t) },
        onInterrupt: (stop: (name: string) => void) => (interrupt = stop),
      },
      // No client: the session file is read before connecting, and its failure is what this test is about.
      { VimConnectionError: class {} },
    );
    await until(() => /connecting again in/.test(stderr));
    expect(stderr).toMatch(/ENOTDIR/);
    interrupt("SIGTERM");
    expect(await running).toBe(0);
    expect(stderr).not.toMatch(/internal error/);
  });

  test("a sink URL with credentials or that does not parse is reported at its place, no password shown", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readConfig } = require("../../templates/library-package/vsphere-events-config.cjs") as {
      readConfig(file: string, o: Record<string, unknown>, env: Record<string, string>): unknown;
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sink-url-"));
    const file = path.join(dir, "c.json");
    const vcenter = { url: "http://vc/sdk", username: "u", passwordEnv: "P" };
    const vcenters = [
      { ...vcenter, name: "a", sink: "http://svc:s3cret@127.0.0.1:8080/" },
      { ...vcenter, name: "b", sink: "http://[::1/" },
    ];
    fs.writeFileSync(file, JSON.stringify({ vcenters }, null, 2));
    let message = "";
    try {
      readConfig(file, {}, { P: "pass" });
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split("\n").map((line) => line.replace(/^.*?:(\d+:\d+): /, "$1: "));
    expect(lines).toEqual([
      "8:15: vcenters[0].sink: (or K_SINK) carries credentials (user:password@), which an http(s) sink does not take: http://***@127.0.0.1:8080/",
      "15:15: vcenters[1].sink: (or K_SINK) is an http:// or https:// URL or nats://host:port/subject, not http://[::1/",
    ]);
  });

  test("is refused before anything connects: every problem at its line and column, exit 2", async () => {
    const command = installCommand();
    const dir = fs.mkdtempSync(path.join(command.home, "config-"));
    const file = path.join(dir, "vcenters.json");
    fs.writeFileSync(
      file,
      [
        "{",
        '  "log": "yaml",',
        '  "defaults": { "username": "events", "passwordEnv": "VC_PASSWORD", "sink": "http://127.0.0.1:9/" },',
        '  "vcenters": [',
        '    { "name": "a", "url": "http://127.0.0.1:1/sdk", "wire": "xml", "pageSize": "ten", "checkpoint": "a.json" },',
        '    { "name": "a", "url": "http://127.0.0.1:2/sdk", "sinc": "2026-12-01T10:00:00Z", "checkpoint": "a.json" },',
        '    { "url": "http://127.0.0.1:3/sdk", "insecure": true, "thumbprint": "ab" }',
        "  ]",
        "}",
      ].join("\n"),
    );
    const result = await runCommand(command, ["--config", file], { env: { VC_PASSWORD: "x" }, cwd: dir });
    expect([result.status, result.stdout]).toEqual([2, ""]);
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      "vcenters.json:2:10: log: is text or json, not yaml",
      "vcenters.json:5:61: vcenters[0].wire: is soap or json, not xml",
      "vcenters.json:5:80: vcenters[0].pageSize: takes a whole number above 0",
      'vcenters.json:6:15: vcenters[1].name: the name a is vcenters[0]\'s too: give each vCenter its own "name"',
      'vcenters.json:6:53: vcenters[1].sinc: unknown key: did you mean "since"?',
      `vcenters.json:6:99: vcenters[1].checkpoint: ${path.join(dir, "a.json")} is vcenters[0].checkpoint too: each vCenter writes its own`,
      'vcenters.json:7:5: vcenters[2]: give one of "caFile", "thumbprint" and "insecure", not thumbprint and insecure',
    ]);
  });

  test("--config goes alone but for --listen, --health-limit and --log: a usage error names the flag", async () => {
    const result = await runCommand(installCommand(), ["--config", "x.json", "--url", "https://vc"]);
    expect([result.status, result.stderr.split("\n")[0]]).toEqual([
      2,
      "vsphere-events: --config names the vCenters and their options: --url goes in the file (only --listen, --health-limit and --log go with it)",
    ]);
  });
});

describe("vsphere-events --config: the examples in the README and the Knative guide", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readConfig } = require("../../templates/library-package/vsphere-events-config.cjs") as {
    readConfig(file: string, o: object, env: Record<string, string>): { vcenters: { name: string }[] };
  };
  /** The JSON block under `heading` in a Markdown file (indented or not), written to a file of its own. */
  const example = (doc: string, heading: string): string => {
    const text = fs.readFileSync(path.join(REPO, doc), "utf8");
    const from = text.indexOf(heading);
    const block = /^( *)```json\n([\s\S]*?)^\1```$/m.exec(text.slice(from));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "config-example-")), "vcenters.json");
    fs.writeFileSync(file, (block?.[2] ?? "").replace(new RegExp(`^${block?.[1] ?? ""}`, "gm"), ""));
    return file;
  };
  /** The problems readConfig finds, or the names of the vCenters it read. */
  const read = (file: string, env: Record<string, string>): string[] => {
    try {
      return readConfig(file, {}, env).vcenters.map((v) => v.name);
    } catch (error) {
      return (error as Error).message.split("\n").map((line) => line.replace(/^.*?:\d+:\d+: /, ""));
    }
  };

  test("the README's is valid but for the secret files this machine does not have", () => {
    const file = example("README.md", "**Several vCenters in one process**");
    expect(read(file, { VC_A_PASSWORD: "x" })).toEqual(["vcenters[1].passwordFile: cannot be read: no such file"]);
  });

  test("the Knative guide's is valid but for the secret files this machine does not have", () => {
    const file = example("docs/guide/knative-source.md", "## Several vCenters in one Deployment");
    expect(read(file, {})).toEqual([
      "vcenters[0].passwordFile: cannot be read: no such file",
      "vcenters[1].passwordFile: cannot be read: no such file",
    ]);
  });
});

describeVcsim("vsphere-events --config: two vCenters in one process", () => {
  const simulators: { url: string; child: ChildProcess }[] = [];
  const clients: VimClient[] = [];
  let running: RunningCommand | undefined;

  beforeAll(async () => {
    const binary = vcsim.buildVcsim();
    simulators.push(...(await Promise.all([vcsim.startVcsim(binary), vcsim.startVcsim(binary)])));
    for (const { url } of simulators)
      clients.push(await VimClient.connect({ url, username: "user", password: "pass" }));
  });

  afterAll(async () => {
    running?.child.kill("SIGKILL");
    await clients[0]?.logout();
    for (const { child } of simulators) child.kill("SIGKILL");
  });

  test("both deliver in order; one stopped, the other goes on and /healthz names the stopped one; SIGTERM exits 0", async () => {
    const [a, b] = clients as [VimClient, VimClient];
    const [urlA, urlB] = simulators.map((s) => s.url) as [string, string];
    const command = installCommand();
    const dir = fs.mkdtempSync(path.join(command.home, "two-"));
    // Each starts from the checkpoint its file holds: the simulator's latest event now.
    for (const [name, client] of [
      ["a", a],
      ["b", b],
    ] as const)
      fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(await client.latestCheckpoint()));
    const r = await receiver();
    fs.writeFileSync(
      path.join(dir, "vcenters.json"),
      JSON.stringify({
        listen: "127.0.0.1:0",
        healthLimit: 1,
        defaults: { username: "user", passwordEnv: "VC_PASSWORD", sink: r.url, types: ["GeneralUserEvent"] },
        vcenters: [
          { name: "a", url: urlA, checkpoint: "a.json", sessionFile: "a.session" },
          { name: "b", url: urlB, checkpoint: "b.json", sessionFile: "b.session" },
        ],
      }),
    );
    running = startCommand(command, ["--config", path.join(dir, "vcenters.json")], { env: { VC_PASSWORD: "pass" } });
    try {
      await running.waitFor(/listening on (http:\/\/\S+)/);
      const base = /listening on (http:\/\/\S+)/.exec(running.stderr())?.[1] as string;
      await running.waitFor(/a: waiting for events/);
      await running.waitFor(/b: waiting for events/);
      await Promise.all([postEvents(a, ["a-0", "a-1", "a-2"]), postEvents(b, ["b-0", "b-1", "b-2"])]);
      await until(() => r.taken.length === 6);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);

      simulators[1]?.child.kill("SIGKILL");
      await postEvents(a, ["a-3", "a-4", "a-5"]);
      await until(() => r.taken.length === 9);
      let health = await fetch(`${base}/healthz`);
      await until(async () => (health = await fetch(`${base}/healthz`)).status === 503);
      expect(await health.text()).toMatch(/^b: vCenter failing for \d+ s\n$/);
      running.child.kill("SIGTERM");
      const result = await running.exited;
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(/vsphere-events: b: reconnecting/);
    } finally {
      await r.close();
    }
    const from = (url: string): Received[] => r.taken.filter((t) => t.ce.source === url);
    expect(from(urlA).map(messageOf)).toEqual(["a-0", "a-1", "a-2", "a-3", "a-4", "a-5"]);
    expect(from(urlB).map(messageOf)).toEqual(["b-0", "b-1", "b-2"]);
    const checkpoint = (name: string): Checkpoint =>
      JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8")) as Checkpoint;
    expect(checkpoint("a").key).toBe(from(urlA)[5]?.event?.key);
    expect(checkpoint("b").key).toBe(from(urlB)[2]?.event?.key);
  }, 60_000);
});
