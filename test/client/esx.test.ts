/**
 * VimClient and the vsphere-events command against an ESXi host's own API, no vCenter: vcsim's ESX model (started
 * with -esx by test/globalSetup.js), whose service content names ha-eventmgr and ha-property-collector and whose
 * EventManager answers QueryEvents with NotImplemented. queryEvents then reads a collector's latest page; followEvents
 * (collectors only) follows as on a vCenter; and a host that says it is 9.0 but has no QueryEvents has no
 * EventManagerViewByStartId either, so a follow from a checkpoint replays from its time.
 */
import {
  SoapFault,
  VimClient,
  type Checkpoint,
  type FetchLike,
  type FollowedEvent,
  type ManagedObjectReference,
  parseEvent,
} from "../catalogue";
import { postEvents as post } from "../vcsim/postEvents";
import { installCommand, runCommand } from "./command";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_ESX"];
const describeVcsim = URL_ === undefined ? describe.skip : describe;

const connect = (fetch?: FetchLike): Promise<VimClient> =>
  VimClient.connect({
    url: URL_ as string,
    username: "root",
    password: "pass",
    ...(fetch === undefined ? {} : { fetch }),
  });

/** A fetch that makes the host say it is 9.0 (about.apiVersion), and records the SOAP method of each request. */
function nineOh(): { fetch: FetchLike; methods: string[] } {
  const methods: string[] = [];
  const send: FetchLike = async (url, init) => {
    methods.push(/<soapenv:Body><(\w+)/.exec(init.body ?? "")?.[1] ?? "?");
    const answer = await fetch(url, init as RequestInit);
    const text = (await answer.text()).replace(/<apiVersion>[^<]*<\/apiVersion>/, "<apiVersion>9.0.0.0</apiVersion>");
    return { status: answer.status, statusText: answer.statusText, headers: answer.headers, text: async () => text };
  };
  return { fetch: send, methods };
}

const messages = (seen: readonly FollowedEvent[], prefix: string): string[] =>
  seen.flatMap((f) => {
    const m = (f.event as { message?: unknown }).message;
    return typeof m === "string" && m.startsWith(prefix) ? [m] : [];
  });

async function take(follow: AsyncGenerator<FollowedEvent, void, undefined>, prefix: string, n: number) {
  const seen: FollowedEvent[] = [];
  for await (const followed of follow) {
    seen.push(followed);
    if (messages(seen, prefix).length === n) break;
  }
  return seen;
}

describeVcsim("an ESXi host's own API (vcsim -esx)", () => {
  let client: VimClient;
  let vm: ManagedObjectReference;

  beforeAll(async () => {
    client = await connect();
    const created = await client.queryEvents({ _typeName: "EventFilterSpec", eventTypeId: ["VmCreatedEvent"] });
    const first = created[0]?.vm?.vm;
    if (first === undefined) throw new Error("the host has no VM");
    vm = first;
  });
  afterAll(() => client.logout());

  const latest = async (): Promise<Checkpoint> => {
    const checkpoint = await client.latestCheckpoint();
    if (checkpoint === undefined) throw new Error("no events");
    return checkpoint;
  };

  test("connect logs in to the host: HostAgent, ha-eventmgr, ha-property-collector", () => {
    expect(client.serviceContent.about.apiType).toBe("HostAgent");
    expect(client.serviceContent.eventManager?.value).toBe("ha-eventmgr");
    expect(client.serviceContent.propertyCollector.value).toBe("ha-property-collector");
    expect(client.userSession?.userName).toBe("root");
  });

  test("QueryEvents is NotImplemented on the host; queryEvents reads a collector's latest page instead", async () => {
    const raw = client.call("QueryEvents", { _this: client.eventManager(), filter: { _typeName: "EventFilterSpec" } });
    await expect(raw).rejects.toBeInstanceOf(SoapFault);
    await expect(raw).rejects.toMatchObject({ detail: { _typeName: "NotImplemented" } });
    const events = await client.queryEvents({ _typeName: "EventFilterSpec", eventTypeId: ["VmPoweredOnEvent"] });
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e._typeName))).toEqual(new Set(["VmPoweredOnEvent"]));
    expect(events.map((e) => e.key)).toEqual([...events.map((e) => e.key)].sort((a, b) => a - b));
  });

  test("followEvents follows the host's events from a checkpoint: a power-off and posted events, each once, in order", async () => {
    const since = await latest();
    const follow = client.followEvents({ since, pageSize: 1000 });
    const seen = take(follow, "esx-", 5);
    await client.call("PowerOffVM_Task", { _this: vm });
    await post(client, ["esx-0", "esx-1", "esx-2", "esx-3", "esx-4"]);
    const events = await seen;
    expect(messages(events, "esx-")).toEqual(["esx-0", "esx-1", "esx-2", "esx-3", "esx-4"]);
    expect(events.map((f) => f.event?._typeName)).toContain("VmPoweredOffEvent");
    const keys = events.map((f) => f.checkpoint.key);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toBeGreaterThan(since.key);
    await client.call("PowerOnVM_Task", { _this: vm });
  });

  test("a host that says 9.0 without QueryEvents: the follow from a checkpoint replays from its time, losing nothing", async () => {
    const nine = nineOh();
    const follower = await connect(nine.fetch);
    expect(follower.serviceContent.about.apiVersion).toBe("9.0.0.0");
    const since = await latest();
    await post(client, ["nine-0", "nine-1", "nine-2"]);
    const seen = await take(follower.followEvents({ since, pageSize: 1000 }), "nine-", 3);
    expect(messages(seen, "nine-")).toEqual(["nine-0", "nine-1", "nine-2"]);
    // Tried by key once, answered NotImplemented, then a collector from the checkpoint's time.
    const tried = nine.methods.indexOf("QueryEvents");
    expect(tried).toBeGreaterThanOrEqual(0);
    expect(nine.methods.slice(tried + 1)).toContain("CreateCollectorForEvents");
    await follower.logout();
  });

  test("the vsphere-events command queries and follows the host", async () => {
    const command = installCommand();
    const login = ["--url", URL_ as string, "--username", "root", "--password-stdin"];
    const queried = await runCommand(command, [...login, "--type", "VmPoweredOnEvent", "--json"], { stdin: "pass\n" });
    expect([queried.status, queried.stderr]).toEqual([0, ""]);
    for (const text of queried.stdout.trim().split("\n")) expect(parseEvent(text)._typeName).toBe("VmPoweredOnEvent");
    const since = await latest();
    const followed = await runCommand(
      command,
      [...login, "--follow", "--max", "1", "--type", "GeneralUserEvent", "--since", JSON.stringify(since)],
      { stdin: "pass\n", whileRunning: () => post(client, ["esx-terminal"]) },
    );
    expect(followed.status).toBe(0);
    expect(followed.stdout).toMatch(/ GeneralUserEvent {2}key=\d+ {2}user=root {2}"esx-terminal"\n$/);
  }, 30_000);
});
