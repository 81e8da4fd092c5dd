/**
 * No single event can stop a follow (issue 31, item 0), against vcsim: a GeneralUserEvent, an EventEx whose argument
 * is an xsd:long of 9007199254740993 (past what the default number mode holds) and another GeneralUserEvent, followed
 * from a checkpoint taken before them over SOAP: the two arrive typed and the middle one as undecodable, with its key,
 * time, type and the issue's path, in key order, each with its checkpoint; and so again after a restart from the same
 * checkpoint. The command prints it as such, in both forms. VI JSON (which vcsim does not serve) is held to the same
 * rule on a page as VMware documents it, through the client's own wire.
 */
import {
  VimClient,
  decodeMethodFault,
  jsonRequest,
  parseJsonReturn,
  parseSoapReturn,
  soapRequest,
  type Checkpoint,
  type FollowedEvent,
  type UndecodableEvent,
} from "../catalogue";
import { knownTypes$ } from "../catalogue/decoders-dispatch";
import { jsonWire } from "../../generated/runtime/wires";
import { eventPageOptions } from "../../generated/runtime/undecodable";
import { UndecodedElement } from "../../generated/runtime/elements";
import { postEvents, postLongEventEx } from "../vcsim/postEvents";
import { installCommand, runCommand } from "./command";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_SOURCE"];
const describeVcsim = URL_ === undefined ? describe.skip : describe;
const BIG = "9007199254740993";

/** Follows from `since` until `count` events after it have been yielded, then leaves. */
async function follow(client: VimClient, since: Checkpoint, count: number): Promise<FollowedEvent[]> {
  const seen: FollowedEvent[] = [];
  for await (const followed of client.followEvents({ since, pageSize: 1000, waitSeconds: 1 })) {
    seen.push(followed);
    if (seen.length === count) break;
  }
  return seen;
}

describeVcsim("an event that does not decode, in the middle of a follow (vcsim, SOAP)", () => {
  let client: VimClient;
  let since: Checkpoint;

  beforeAll(async () => {
    client = await VimClient.connect({ url: URL_ as string, username: "user", password: "pass" });
    const checkpoint = await client.latestCheckpoint();
    if (checkpoint === undefined) throw new Error("vcsim has no events");
    since = checkpoint;
    await postEvents(client, ["before-the-big-one"]);
    await postLongEventEx(client, URL_ as string, BIG);
    await postEvents(client, ["after-the-big-one"]);
  });

  afterAll(() => client.logout());

  const expectThree = (seen: readonly FollowedEvent[]): void => {
    const [first, middle, last] = seen;
    expect(first?.event).toMatchObject({ _typeName: "GeneralUserEvent", message: "before-the-big-one" });
    expect(last?.event).toMatchObject({ _typeName: "GeneralUserEvent", message: "after-the-big-one" });
    expect(middle?.event).toBeUndefined();
    const undecodable = middle?.undecodable as UndecodableEvent;
    expect(undecodable.wireTypeName).toBe("EventEx");
    expect(undecodable.issues).toEqual([
      {
        path: "$.arguments[0].value._value",
        message: expect.stringContaining(`int64 value ${BIG} is beyond +/-(2^53 - 1)`),
      },
    ]);
    expect(undecodable.read).toMatchObject({ _typeName: "EventEx", eventTypeId: "com.example.big-number" });
    const keys = seen.map((f) => f.checkpoint.key);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(3);
    expect(undecodable.key).toBe(keys[1]);
    expect(middle?.checkpoint).toEqual({ key: undecodable.key, createdTime: undecodable.createdTime });
    expect(Number.isNaN(Date.parse(undecodable.createdTime ?? ""))).toBe(false);
    expect(middle?.category).toBe("info");
  };

  test("the good events arrive typed, the bad one as undecodable with its checkpoint, in order", async () => {
    expectThree(await follow(client, since, 3));
  }, 30_000);

  test("a restart from the same checkpoint gets past it again, and one from its own checkpoint goes on after it", async () => {
    const again = await follow(client, JSON.parse(JSON.stringify(since)) as Checkpoint, 3);
    expectThree(again);
    const past = await follow(client, again[1]?.checkpoint as Checkpoint, 1);
    expect(past[0]?.event).toMatchObject({ message: "after-the-big-one" });
  }, 30_000);

  test("posted while the follower waits: the watched latestPage and the pages read after the wake hold it, and it costs that event alone", async () => {
    const start = await client.latestCheckpoint();
    if (start === undefined) throw new Error("no events");
    let posted: Promise<void> | undefined;
    const seen: FollowedEvent[] = [];
    for await (const followed of client.followEvents({
      since: start,
      pageSize: 1000,
      waitSeconds: 1,
      onStatus: (s) => {
        // Posted once the follower waits: WaitForUpdatesEx's update carries the new event, as does each page after it.
        if (s.state === "waiting" && posted === undefined)
          posted = (async () => {
            await postEvents(client, ["waiting-before"]);
            await postLongEventEx(client, URL_ as string, BIG);
            await postEvents(client, ["waiting-after"]);
          })();
      },
    })) {
      seen.push(followed);
      if (seen.length === 3) break;
    }
    await posted;
    expect(
      seen.map((f) => (f.event as { message?: string } | undefined)?.message ?? f.undecodable?.wireTypeName),
    ).toEqual(["waiting-before", "EventEx", "waiting-after"]);
  }, 30_000);

  test("the newest event undecodable: latestCheckpoint (a collector's latestPage) still answers, with its key", async () => {
    await postLongEventEx(client, URL_ as string, BIG);
    const newest = await client.latestCheckpoint();
    const [event] = await follow(client, { key: (newest?.key ?? 1) - 1, createdTime: since.createdTime }, 1);
    expect(event?.undecodable?.key).toBe(newest?.key);
  }, 30_000);

  test("vsphere-events prints it as undecodable, as a line and as NDJSON, and goes on", async () => {
    const command = installCommand();
    const args = ["--url", URL_ as string, "--username", "user", "--password-stdin", "--follow", "--max", "3"];
    const run = (extra: string[]): ReturnType<typeof runCommand> =>
      runCommand(command, [...args, "--since", JSON.stringify(since), ...extra], { stdin: "pass\n" });
    const text = await run([]);
    expect(text.status).toBe(0);
    const lines = text.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('"before-the-big-one"');
    expect(lines[1]).toMatch(
      /^\S+ {2}info +EventEx {2}key=\d+ {2}UNDECODABLE {2}"\$\.arguments\[0\]\.value\._value: int64 value 9007199254740993 is beyond/,
    );
    expect(lines[2]).toContain('"after-the-big-one"');
    const json = await run(["--json"]);
    expect(json.status).toBe(0);
    const records = json.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r["_typeName"] ?? "undecodable")).toEqual([
      "GeneralUserEvent",
      "undecodable",
      "GeneralUserEvent",
    ]);
    expect(records[1]).toMatchObject({
      undecodable: { wireTypeName: "EventEx", issues: [{ path: "$.arguments[0].value._value" }] },
    });
    // Listed instead of followed, the same: queryEachEvent answers with it in its place.
    const listed = await runCommand(
      command,
      [...args.slice(0, 5), "--type", "GeneralUserEvent", "--type", "EventEx", "--since", JSON.stringify(since)],
      { stdin: "pass\n" },
    );
    expect([listed.status, listed.stderr]).toEqual([0, ""]);
    const listing = listed.stdout.trim().split("\n");
    expect(listing.slice(0, 3).map((l) => (l.includes("UNDECODABLE") ? "undecodable" : l.split("  ").at(-1)))).toEqual([
      '"before-the-big-one"',
      "undecodable",
      '"after-the-big-one"',
    ]);
  }, 60_000);

  test("queryEachEvent answers with it in its place, by key; queryEvents fails on the page, as QueryEvents does", async () => {
    const found = await client.queryEachEvent({ eventTypeId: ["GeneralUserEvent", "EventEx"] });
    // The first three after the checkpoint (the test above posts more of each).
    const after = found.filter((f) => (f.event?.key ?? f.undecodable?.key ?? 0) > since.key).slice(0, 3);
    expect(after.map((f) => f.event?._typeName ?? "undecodable")).toEqual([
      "GeneralUserEvent",
      "undecodable",
      "GeneralUserEvent",
    ]);
    expect(after[1]?.undecodable?.issues[0]?.path).toBe("$.arguments[0].value._value");
    await expect(client.queryEvents({ eventTypeId: ["GeneralUserEvent", "EventEx"] })).rejects.toThrow(/int64 value/);
  });
});

describe("an event that does not decode, on a VI JSON page", () => {
  const page = (value: string): string =>
    `[{"_typeName":"GeneralUserEvent","key":7,"chainId":7,"createdTime":"2026-12-05T10:00:00Z","userName":"u","message":"a"},` +
    `{"_typeName":"EventEx","key":8,"chainId":8,"createdTime":"2026-12-05T10:00:01Z","userName":"u","eventTypeId":"x",` +
    `"arguments":[{"_typeName":"KeyAnyValue","key":"n","value":{"_typeName":"long","_value":${value}}}]},` +
    `{"_typeName":"GeneralUserEvent","key":9,"chainId":9,"createdTime":"2026-12-05T10:00:02Z","userName":"u","message":"b"}]`;
  const answer = (text: string): Parameters<ReturnType<typeof jsonWire>["response"]>[2] => ({
    status: 200,
    headers: new Headers({ "content-type": "application/json" }),
    text,
  });
  // The wire functions the output's client.ts gives the client.
  const functions = { decodeMethodFault, jsonRequest, knownTypes$, parseJsonReturn, parseSoapReturn, soapRequest };
  const wire = jsonWire("https://vc.example.com", "8.0.3.0", functions);

  test("read as an event page, it costs that event alone; read as a whole answer, the page fails", () => {
    const events = wire.response("ReadNextEvents", "u", answer(page(BIG)), eventPageOptions(undefined)) as unknown[];
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ _typeName: "GeneralUserEvent", key: 7 });
    expect(events[2]).toMatchObject({ _typeName: "GeneralUserEvent", key: 9 });
    expect(events[1]).toBeInstanceOf(UndecodedElement);
    expect((events[1] as UndecodedElement).issues).toEqual([
      { path: "$.arguments[0].value._value", message: expect.stringContaining("is beyond +/-(2^53 - 1)") },
    ]);
    expect(() => wire.response("ReadNextEvents", "u", answer(page(BIG)), undefined)).toThrow(
      /\$\[1\]\.arguments\[0\]\.value\._value: int64 value/,
    );
    // A page that does not parse is the answer's own failure, not an event's.
    expect(() =>
      wire.response("ReadNextEvents", "u", answer(page(BIG).slice(0, -1)), eventPageOptions(undefined)),
    ).toThrow(/decode issue/);
    expect(wire.response("ReadNextEvents", "u", answer(page("42")), eventPageOptions(undefined))).toHaveLength(3);
  });
});
