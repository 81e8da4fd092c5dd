/**
 * vsphere-events --sink nats://host:port/subject (issue 31, items 1 and 2) against vcsim and a real nats-server with
 * JetStream (natsServer.ts): events arrive in the stream in order, each a CloudEvent that decodes with
 * decodeHttpCloudEvent, with Nats-Msg-Id `<instanceUuid>:<key>`; a restart from a checkpoint older than the last ack
 * (the crash between the ack and the checkpoint's rename, made by putting the old file back) publishes them again and
 * JetStream keeps each once; without the nats package, one clear line. Skipped with one line without nats-server,
 * failed instead when VSPHERE_TYPEGEN_REQUIRE_VCSIM is set (CI).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { connect, type JetStreamManager, type NatsConnection } from "nats";
import { VimClient, decodeHttpCloudEvent, type AnyEvent, type Checkpoint } from "../../generated";
import { postEvents } from "../vcsim/postEvents";
import { installCommand, runCommand, type CommandResult } from "./command";
import { missingNatsServer, startNatsServer } from "./natsServer";

const URL_ = process.env.VSPHERE_TYPEGEN_VCSIM_URL_NATS;
const missing = missingNatsServer();
if (missing !== undefined && process.env.VSPHERE_TYPEGEN_REQUIRE_VCSIM === undefined)
  process.stdout.write(`JetStream sink tests skipped: ${missing}\n`);
const describeNats =
  URL_ === undefined || (missing !== undefined && process.env.VSPHERE_TYPEGEN_REQUIRE_VCSIM === undefined)
    ? describe.skip
    : describe;

describeNats("vsphere-events --sink nats:// against vcsim and nats-server (JetStream)", () => {
  let client: VimClient;
  let command: { bin: string; home: string };
  let dir: string;
  let nats: { server: string; stop: () => Promise<void> };
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let runs = 0;

  beforeAll(async () => {
    if (missing !== undefined) throw new Error(`the JetStream sink tests are required here, but ${missing}`);
    nats = await startNatsServer();
    nc = await connect({ servers: nats.server });
    jsm = await nc.jetstreamManager();
    client = await VimClient.connect({ url: URL_ as string, username: "user", password: "pass" });
    command = installCommand();
    dir = fs.mkdtempSync(path.join(command.home, "nats-"));
  });

  afterAll(async () => {
    await nc?.close();
    await nats?.stop();
    await client?.logout();
  });

  /** A new stream on `subject.>`, duplicate window of a minute. */
  const stream = async (name: string): Promise<string> => {
    await jsm.streams.add({ name, subjects: [`${name}.>`], duplicate_window: 60_000_000_000 });
    return `${name}.events`;
  };

  /** What the stream holds, in order: headers and the event decoded from them and the payload. */
  async function held(name: string): Promise<{ msgId: string; type: string; event: AnyEvent }[]> {
    const info = await jsm.streams.info(name);
    const out = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const m = await jsm.streams.getMessage(name, { seq });
      const headers: Record<string, string> = {};
      for (const key of m.header.keys()) headers[key.toLowerCase()] = m.header.get(key);
      const { event } = decodeHttpCloudEvent(headers, new TextDecoder().decode(m.data));
      out.push({ msgId: headers["nats-msg-id"] ?? "", type: headers["ce-type"] ?? "", event: event as AnyEvent });
    }
    return out;
  }

  function source(
    subject: string,
    since: Checkpoint,
    max: number,
    extra: string[] = [],
    cwd?: string,
  ): Promise<CommandResult> {
    const args = ["--url", URL_ as string, "--username", "user", "--password-stdin", "--type", "GeneralUserEvent"];
    args.push("--sink", `nats://${nats.server}/${subject}`, "--since", JSON.stringify(since), "--max", String(max));
    args.push("--session-file", path.join(dir, `s${++runs}`));
    return runCommand(command, [...args, ...extra], { stdin: "pass\n", ...(cwd === undefined ? {} : { cwd }) });
  }

  const messageOf = (e: AnyEvent): string => String((e as { message?: unknown }).message);

  test("events go into the stream in order, each a CloudEvent with Nats-Msg-Id <instanceUuid>:<key>", async () => {
    const subject = await stream("ORDER");
    const since = (await client.latestCheckpoint()) as Checkpoint;
    const messages = ["js-0", "js-1", "js-2"];
    await postEvents(client, messages);
    const checkpoint = path.join(dir, "order.json");
    const result = await source(subject, since, 3, ["--checkpoint", checkpoint]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const stored = await held("ORDER");
    expect(stored.map((s) => messageOf(s.event))).toEqual(messages);
    const uuid = client.serviceContent.about.instanceUuid;
    expect(uuid).toBeTruthy();
    expect(stored.map((s) => s.msgId)).toEqual(stored.map((s) => `${uuid}:${s.event.key}`));
    expect(new Set(stored.map((s) => s.type))).toEqual(new Set(["com.vmware.vsphere.GeneralUserEvent.v0"]));
    const last = stored[stored.length - 1]?.event;
    expect(JSON.parse(fs.readFileSync(checkpoint, "utf8"))).toEqual({ key: last?.key, createdTime: last?.createdTime });
  }, 30_000);

  test("a restart from a checkpoint the crash left behind publishes again, and JetStream keeps each event once", async () => {
    const subject = await stream("ONCE");
    const since = (await client.latestCheckpoint()) as Checkpoint;
    const messages = ["once-0", "once-1", "once-2", "once-3"];
    await postEvents(client, messages);
    const checkpoint = path.join(dir, "once.json");
    const first = await source(subject, since, 3, ["--checkpoint", checkpoint]);
    expect(first.status).toBe(0);
    // The crash between the publish ack and the checkpoint's rename: the file still holds the starting point.
    fs.writeFileSync(checkpoint, `${JSON.stringify(since)}\n`);
    const second = await source(subject, since, 4, ["--checkpoint", checkpoint]);
    expect([second.status, second.stderr]).toEqual([0, ""]);
    const stored = await held("ONCE");
    expect(stored.map((s) => messageOf(s.event))).toEqual(messages);
    expect(new Set(stored.map((s) => s.msgId)).size).toBe(4);
  }, 30_000);

  test("without the nats package: one clear line, exit 1", async () => {
    const since = (await client.latestCheckpoint()) as Checkpoint;
    // The command's bin/ is in a temporary folder; a working folder with no node_modules above it either.
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "no-nats-"));
    const result = await source("NONE.events", since, 1, [], elsewhere);
    fs.rmSync(elsewhere, { recursive: true, force: true });
    expect([result.status, result.stderr]).toEqual([
      1,
      "vsphere-events: a nats:// sink needs the nats package, an optional peer dependency of vsphere-typegen-vim25: npm install nats\n",
    ]);
  }, 30_000);
});
