/**
 * vsphere-events --sink (issue 31, item 1, HTTP) against vcsim and a real CloudEvents receiver on loopback: node:http,
 * each request read by the `cloudevents` SDK (HTTP.toEvent validates it as CloudEvents 1.0) and by this project's
 * decodeHttpCloudEvent. Events arrive in order, each once, with the Knative vSphere source's attributes and the
 * K_CE_OVERRIDES extension, in binary and structured mode and each data format; a receiver answering 500, then 429
 * (Retry-After), then 2xx loses and reorders nothing; a 400 dead-letters that event and the stream moves on; a restart
 * from the checkpoint file repeats nothing acknowledged; an event that does not decode is delivered as such, or
 * dead-lettered with --undecodable dead-letter. No timing is asserted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { VimClient, type Checkpoint } from "../catalogue";
import { postEvents, postLongEventEx } from "../vcsim/postEvents";
import { installCommand, runCommand, startCommand, type CommandResult } from "./command";
import { receiver, type Received } from "./receiver";
import { soapPoster } from "../vcsim/soapPoster";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_SINK"];
const describeVcsim = URL_ === undefined ? describe.skip : describe;

const messageOf = (r: Received): string => String((r.event as { message?: unknown } | undefined)?.message);

describeVcsim("vsphere-events --sink against vcsim and a CloudEvents receiver", () => {
  let client: VimClient;
  let command: { bin: string; home: string };
  let dir: string;
  let runs = 0;

  beforeAll(async () => {
    client = await VimClient.connect({ url: URL_ as string, username: "user", password: "pass" });
    command = installCommand();
    dir = fs.mkdtempSync(path.join(command.home, "sink-"));
  });

  afterAll(() => client.logout());

  const now = async (): Promise<Checkpoint> => {
    const checkpoint = await client.latestCheckpoint();
    if (checkpoint === undefined) throw new Error("vcsim has no events");
    return checkpoint;
  };

  /** Runs the command against the receiver from `since` (unless the checkpoint file holds one) for `max` events. */
  function source(
    sinkUrl: string,
    since: Checkpoint,
    max: number,
    extra: string[] = [],
    whileRunning?: () => Promise<void>,
    env: Record<string, string> = {},
  ): Promise<CommandResult> {
    const args = ["--url", URL_ as string, "--username", "user", "--password-stdin", "--sink", sinkUrl];
    args.push("--since", JSON.stringify(since), "--max", String(max), "--session-file", path.join(dir, `s${++runs}`));
    return runCommand(command, [...args, ...extra], {
      stdin: "pass\n",
      env,
      ...(whileRunning === undefined ? {} : { whileRunning }),
    });
  }

  test("structured mode and every data format decode to the same events; an undecodable event is delivered as such", async () => {
    const since = await now();
    await postEvents(client, ["form-0"]);
    await postLongEventEx(client, URL_ as string, "9007199254740993");
    await postEvents(client, ["form-1"]);
    const seen: Record<string, Received[]> = {};
    for (const [name, extra] of [
      ["binary xml", ["--data", "xml"]],
      ["binary vijson", ["--data", "vijson"]],
      ["structured govmomi", ["--structured"]],
      ["structured xml", ["--structured", "--data", "xml"]],
      ["structured vijson", ["--structured", "--data", "vijson"]],
    ] as const) {
      const r = await receiver();
      const result = await source(r.url, since, 3, [...extra]);
      await r.close();
      expect([name, result.status, result.stderr]).toEqual([name, 0, ""]);
      seen[name] = r.taken;
    }
    for (const [name, taken] of Object.entries(seen)) {
      expect([name, taken.map((t) => t.ce.type)]).toEqual([
        name,
        [
          "com.vmware.vsphere.GeneralUserEvent.v0",
          "com.vmware.vsphere.undecodable.v0",
          "com.vmware.vsphere.GeneralUserEvent.v0",
        ],
      ]);
      expect(taken.map(messageOf)).toEqual(["form-0", "undefined", "form-1"]);
      expect(taken[1]?.ce).toMatchObject({
        eventclass: "eventex",
        wiretypename: "EventEx",
        datacontenttype: "application/json",
      });
      const data = (typeof taken[1]?.ce.data === "string" ? JSON.parse(taken[1].ce.data) : taken[1]?.ce.data) as {
        undecodable: { issues: { path: string }[] };
      };
      expect(data.undecodable.issues.map((i) => i.path)).toEqual(["$.arguments[0].value._value"]);
      expect(taken[1]?.ce.id).toBe(String((taken[0]?.event?.key ?? 0) + 1));
      expect([name, taken[0]?.ce.datacontenttype]).toEqual([
        name,
        name.includes("xml") ? "application/xml" : "application/json",
      ]);
    }
    const deadLetters = path.join(dir, "undecodable.ndjson");
    const r = await receiver();
    const result = await source(r.url, since, 3, ["--undecodable", "dead-letter", "--dead-letter", deadLetters]);
    await r.close();
    expect(result.status).toBe(0);
    expect(r.taken.map(messageOf)).toEqual(["form-0", "form-1"]);
    const lines = fs
      .readFileSync(deadLetters, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toMatchObject([{ reason: "undecodable", id: seen["structured govmomi"]?.[1]?.ce.id }]);
    expect(result.stderr).toContain(`event ${lines[0]?.["id"]}: it does not decode: $.arguments[0].value._value`);
  }, 60_000);

  test("500, then 429 with Retry-After, then recovery: nothing lost or reordered; a 400 dead-letters that event alone", async () => {
    const since = await now();
    const messages = ["retry-0", "retry-1", "refuse-me", "retry-2", "retry-3"];
    await postEvents(client, messages);
    const r = await receiver(0, (n, event) => {
      if (n === 0) return { status: 500 };
      if (n === 1) return { status: 429, headers: { "retry-after": "1" } };
      if (n === 3) return { status: 503 };
      return { status: (event as { message?: unknown } | undefined)?.message === "refuse-me" ? 400 : 200 };
    });
    const deadLetters = path.join(dir, "refused.ndjson");
    const checkpoint = path.join(dir, "retry.json");
    const result = await source(r.url, since, 5, ["--dead-letter", deadLetters, "--checkpoint", checkpoint]);
    await r.close();
    expect(result.status).toBe(0);
    expect(r.taken.map(messageOf)).toEqual(["retry-0", "retry-1", "retry-2", "retry-3"]);
    expect(result.stderr).toContain("the sink answered HTTP 500; again in");
    expect(result.stderr).toContain("the sink answered HTTP 429; again in 1000 ms");
    const refused = JSON.parse(fs.readFileSync(deadLetters, "utf8")) as Record<string, unknown>;
    expect(refused).toMatchObject({ reason: "refused", status: 400 });
    expect(result.stderr).toContain(`event ${String(refused["id"])}: the sink refused it for good (HTTP 400)`);
    const last = r.taken[r.taken.length - 1]?.event;
    expect(JSON.parse(fs.readFileSync(checkpoint, "utf8"))).toMatchObject({ key: last?.key });
  }, 30_000);

  test("a restart from the checkpoint file repeats nothing the sink acknowledged", async () => {
    const since = await now();
    const messages = Array.from({ length: 6 }, (_, i) => `restart-${i}`);
    await postEvents(client, messages);
    const r = await receiver();
    const checkpoint = path.join(dir, "restart.json");
    const first = await source(r.url, since, 3, ["--checkpoint", checkpoint]);
    const second = await source(r.url, since, 3, ["--checkpoint", checkpoint]);
    await r.close();
    expect([first.status, second.status, first.stderr, second.stderr]).toEqual([0, 0, "", ""]);
    expect(r.taken.map(messageOf)).toEqual(messages);
    expect(r.requests).toBe(6);
  }, 30_000);

  test("a receiver that is down at start: the connection errors are retried until it is up, nothing lost", async () => {
    const since = await now();
    await postEvents(client, ["down-0", "down-1"]);
    // A port whose first connection is dropped; the receiver starts on it only then, so the first attempt fails.
    let up: ReturnType<typeof receiver> | undefined;
    const dropper = net.createServer((socket) => {
      socket.destroy();
      up ??= new Promise<void>((resolve) => dropper.close(() => resolve())).then(() => receiver(port));
    });
    await new Promise<void>((resolve) => dropper.listen(0, "127.0.0.1", resolve));
    const port = (dropper.address() as AddressInfo).port;
    const result = await source(`http://127.0.0.1:${port}/`, since, 2);
    const r = await (up as ReturnType<typeof receiver>);
    await r.close();
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^vsphere-events: event \d+: the sink answered .+; again in \d+ ms \(attempt 2\)\n/);
    expect(r.taken.map(messageOf)).toEqual(["down-0", "down-1"]);
  }, 30_000);

  test("SIGTERM while an event waits to be retried: exit 0, the checkpoint still before it, so the next run sends it", async () => {
    const since = await now();
    await postEvents(client, ["term-0"]);
    const checkpoint = path.join(dir, "term.json");
    const running: { child?: ChildProcess } = {};
    const r = await receiver(0, () => {
      running.child?.kill("SIGTERM");
      return { status: 503 };
    });
    const args = ["--url", URL_ as string, "--username", "user", "--password-stdin", "--sink", r.url];
    args.push("--since", JSON.stringify(since), "--checkpoint", checkpoint, "--session-file", path.join(dir, "term"));
    const spawned = spawn(process.execPath, [command.bin, ...args], {
      env: { ...process.env, HOME: command.home },
      stdio: ["pipe", "pipe", "pipe"],
    });
    running.child = spawned;
    spawned.stdin.end("pass\n");
    const status = await new Promise<number | null>((resolve) => spawned.on("exit", resolve));
    await r.close();
    expect(status).toBe(0);
    expect(r.taken).toEqual([]);
    expect(JSON.parse(fs.readFileSync(checkpoint, "utf8"))).toEqual(since);
    const again = await receiver();
    const rerun = await source(again.url, since, 1, ["--checkpoint", checkpoint]);
    await again.close();
    expect(rerun.status).toBe(0);
    expect(again.taken.map(messageOf)).toEqual(["term-0"]);
  }, 30_000);

  // Last: vcsim (govmomi 0.24) ignores a collector's time filter and fills a new collector's page with the newest event
  // and then the oldest it keeps, so once it holds more events than a follow's page, a follow from a checkpoint with
  // the default page of 100 (every test above) no longer sees the events after it. This one reads with a page of
  // 1,000, all that vcsim keeps.
  test("2,000 events posted while it runs arrive in order, each once, with the Knative source's attributes (binary, govmomi JSON)", async () => {
    const r = await receiver();
    const since = await now();
    const checkpoint = path.join(dir, "live.json");
    const messages = Array.from({ length: 2000 }, (_, i) => `live-${i}`);
    const args = ["--url", URL_ as string, "--username", "user", "--password-stdin", "--sink", r.url];
    args.push("--since", JSON.stringify(since), "--max", String(messages.length), "--checkpoint", checkpoint);
    args.push("--type", "GeneralUserEvent", "--page-size", "1000", "--session-file", path.join(dir, `s${++runs}`));
    const running = startCommand(command, args, {
      stdin: "pass\n",
      env: { K_CE_OVERRIDES: JSON.stringify({ extensions: { team: "ops" } }) },
    });
    // Posted once it follows (vcsim's collectors can miss events posted while a follower starts: see the report in
    // postEventsPaced), 4 at a time, so their keys, not the list, give the order; never more than 500 ahead of the
    // receiver, within the page of 1,000 that vcsim's collector holds. As plain SOAP (soapPoster.ts): 2,000 posts
    // through the client were a tenth of the suite's CPU.
    await running.waitFor(/waiting for events/);
    const posts = soapPoster(client, URL_ as string);
    // A command that has exited takes no more: not waited for.
    const consumed = (): number => (running.child.exitCode === null ? r.requests : Number.POSITIVE_INFINITY);
    await posts.post(messages, { consumed, ahead: 500, parallel: 4 }).finally(() => posts.close());
    const result = await running.exited;
    await r.close();
    expect(result.status).toBe(0);
    // Waiting for the next event is the only thing it says.
    expect(
      result.stderr
        .split("\n")
        .filter((l) => l !== "" && !/^vsphere-events: waiting for events after key \d+$/.test(l)),
    ).toEqual([]);
    // In key order (vcsim records and numbers events one at a time), each message once.
    const keys = r.taken.map((t) => Number(t.ce.id));
    expect(keys.filter((key, i) => i > 0 && key <= (keys[i - 1] as number))).toEqual([]);
    expect(r.taken.map(messageOf).sort()).toEqual([...messages].sort());
    expect(r.requests).toBe(messages.length);
    for (const { ce, event, headers } of r.taken) {
      expect(headers["ce-id"]).toBeDefined(); // binary mode
      expect(headers["content-type"]).toBe("application/json");
      expect(ce).toMatchObject({
        specversion: "1.0",
        type: "com.vmware.vsphere.GeneralUserEvent.v0",
        source: `${(URL_ as string).replace(/\/sdk$/, "")}/sdk`,
        id: String(event?.key),
        time: new Date(String(event?.createdTime)).toISOString(),
        datacontenttype: "application/json",
        eventclass: "event",
        vsphereapiversion: client.serviceContent.about.apiVersion,
        team: "ops",
      });
    }
    const last = r.taken[r.taken.length - 1]?.event;
    expect(JSON.parse(fs.readFileSync(checkpoint, "utf8"))).toEqual({ key: last?.key, createdTime: last?.createdTime });
  }, 60_000);
});

/** The command's main, run in this process: its exit status and what it wrote to stderr. No library: nothing connects. */
async function mainOf(argv: string[], env: Record<string, string> = {}): Promise<{ status: number; stderr: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main } = require("../../templates/library-package/vsphere-events.cjs") as {
    main(argv: string[], io: Record<string, unknown>, lib: unknown): Promise<number>;
  };
  let stderr = "";
  const io = {
    env,
    stdin: undefined,
    stdout: { write: () => true },
    stderr: { write: (t: string) => (stderr += t) },
    onInterrupt: () => undefined,
  };
  const status = await main(argv, io, {});
  return { status, stderr };
}

describe("vsphere-events --sink: K_CE_OVERRIDES", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sinkModule = require("../../templates/library-package/vsphere-events-sink.cjs") as {
    overrides(text: string | undefined): Record<string, unknown>;
    undecodableRequest(
      s: { source: string; apiVersion: string; structured: boolean; extensions: Record<string, unknown> },
      undecodable: { key?: number; wireTypeName?: string; createdTime?: string },
      dataText: string,
    ): { id: string; headers: Record<string, string>; body: string };
  };

  test("a CloudEvents attribute name (id, source, type, time, ...) is refused as an extension", () => {
    for (const name of [
      "id",
      "source",
      "type",
      "specversion",
      "datacontenttype",
      "dataschema",
      "subject",
      "time",
      "data",
    ])
      expect(() => sinkModule.overrides(JSON.stringify({ extensions: { [name]: "x" } }))).toThrow(
        `K_CE_OVERRIDES: ${name} is a CloudEvents attribute, not an extension`,
      );
    expect(() => sinkModule.overrides('{"extensions": {"data_base64": "x"}}')).toThrow(/data_base64/);
    expect(sinkModule.overrides('{"extensions": {"team": "ops"}}')).toEqual({ team: "ops" });
  });

  test("an undecodable event's own attributes win over the extensions", () => {
    const s = {
      source: "https://vc/sdk",
      apiVersion: "8.0",
      structured: false,
      extensions: { eventclass: "x", team: "ops" },
    };
    const request = sinkModule.undecodableRequest(s, { key: 7, wireTypeName: "EventEx" }, "{}");
    expect(request.headers).toMatchObject({
      "ce-id": "7",
      "ce-source": "https://vc/sdk",
      "ce-type": "com.vmware.vsphere.undecodable.v0",
      "ce-eventclass": "eventex",
      "ce-team": "ops",
    });
  });

  test("a bad K_CE_OVERRIDES is a usage error before anything connects, exit 2, with flags and with --config", async () => {
    const env = { K_CE_OVERRIDES: '{"extensions": {"id": "x"}}', VSPHERE_PASSWORD: "pass" };
    // No library: connecting would throw, so an exit 2 is the check before it.
    const argv = ["--url", "http://127.0.0.1:9/sdk", "--username", "u", "--sink", "http://127.0.0.1:9/"];
    const flags = await mainOf(argv, env);
    expect(flags.status).toBe(2);
    expect(flags.stderr.split("\n")[0]).toBe(
      "vsphere-events: K_CE_OVERRIDES: id is a CloudEvents attribute, not an extension",
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "overrides-")), "c.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        vcenters: [
          {
            url: "http://127.0.0.1:9/sdk",
            username: "u",
            passwordEnv: "VSPHERE_PASSWORD",
            sink: "http://127.0.0.1:9/",
          },
        ],
      }),
    );
    const config = await mainOf(["--config", file], env);
    expect(config.status).toBe(2);
    expect(config.stderr).toMatch(/K_CE_OVERRIDES: id is a CloudEvents attribute, not an extension/);
  });
});

describe("vsphere-events --sink: the sink URL", () => {
  test("a sink that is not an http(s) URL, or data format it does not know, is a usage error (exit 2)", async () => {
    // No library (mainOf): an exit 2 is the check before anything connects.
    const argv = ["--url", "http://127.0.0.1:9/sdk", "--username", "user", "--password-stdin", "--max", "1"];
    const bad = await mainOf([...argv, "--sink", "ftp://127.0.0.1/"]);
    expect([bad.status, bad.stderr.split("\n")[0]]).toEqual([
      2,
      "vsphere-events: --sink (or K_SINK) is an http:// or https:// URL or nats://host:port/subject, not ftp://127.0.0.1/",
    ]);
    const format = await mainOf([...argv, "--sink", "http://127.0.0.1:9/", "--data", "yaml"]);
    expect([format.status, format.stderr.split("\n")[0]]).toEqual([
      2,
      "vsphere-events: --data is govmomi, vijson, xml, not yaml",
    ]);
  });

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { options } = require("../../templates/library-package/vsphere-events-options.cjs") as {
    options(argv: string[], env?: Record<string, string>): { sink?: { url: string } };
  };
  const sinkError = (url: string): string => {
    try {
      options(["--url", "http://vc/sdk", "--username", "u", "--sink", url]);
      return "accepted";
    } catch (error) {
      return (error as Error).message;
    }
  };

  test("an unparsable URL or an http(s) one with credentials is a usage error naming the flag, its password not shown", () => {
    expect(sinkError("http://svc:s3cret@127.0.0.1:8080/")).toBe(
      "--sink (or K_SINK) carries credentials (user:password@), which an http(s) sink does not take: http://***@127.0.0.1:8080/",
    );
    for (const bad of ["http://exa mple.com/", "http://[::1/"])
      expect(sinkError(bad)).toBe(
        `--sink (or K_SINK) is an http:// or https:// URL or nats://host:port/subject, not ${bad}`,
      );
    expect(sinkError("ftp://u:s3cret@host/")).not.toMatch(/s3cret/);
    expect(
      options(["--url", "http://vc/sdk", "--username", "u", "--sink", "nats://u:p@host:4222/events"]).sink?.url,
    ).toBe("nats://u:p@host:4222/events");
  });

  test("a request fetch cannot make (a TypeError without a network cause) is refused, not retried for ever", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { deliver } = require("../../templates/library-package/vsphere-events-sink.cjs") as {
      deliver(s: unknown, request: unknown, context: unknown): Promise<{ outcome: string; attempts: number }>;
    };
    const result = await deliver(
      { url: "http://127.0.0.1:1/", timeoutMs: 1000, maxWaitMs: 10, baseWaitMs: 1 },
      { id: "7", headers: { "bad name": "x" }, body: "{}" },
      { stop: new AbortController().signal, hard: new AbortController().signal, warn: () => undefined },
    );
    expect(result).toMatchObject({ outcome: "refused", attempts: 1 });
  });
});
