/**
 * VimClient against VMware's vCenter simulator (vcsim, started by test/globalSetup.js on 127.0.0.1) over SOAP:
 * connecting, typed calls, queryEvents with each filter kind, followEvents (a power-on seen typed within a second,
 * 10,000 posted events each once and in order, a terminated session and a restart from a checkpoint losing and
 * repeating nothing, leaving the loop destroying the collector, pulling rather than buffering), and the clear error of
 * each way connecting fails. The `fetch` option is used to watch the requests the client sends.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import {
  SoapFault,
  VimClient,
  VimConnectionError,
  type Checkpoint,
  type ConnectOptions,
  type FetchLike,
  type FollowedEvent,
  type ManagedObjectReference,
  parseEvent,
} from "../catalogue";
import { postEvents as post } from "../vcsim/postEvents";
import { installCommand, runCommand, startCommand, type CommandResult } from "./command";
import { soapPoster, type SoapPoster } from "../vcsim/soapPoster";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_CLIENT"];
const describeVcsim = URL_ === undefined ? describe.skip : describe;
const CREDENTIALS = { username: "user", password: "pass" };

const ref = (type: string, value: string): ManagedObjectReference => ({
  _typeName: "ManagedObjectReference",
  type,
  value,
});

/** A fetch that records the SOAP method of every request it sends. */
/** What `methods` made on the server and did not destroy: collectors and property collectors, by method. */
function leftOver(methods: readonly string[]): Record<string, number> {
  const count = (m: string): number => methods.filter((x) => x === m).length;
  return {
    CreateCollectorForEvents: count("CreateCollectorForEvents") - count("DestroyCollector"),
    CreatePropertyCollector: count("CreatePropertyCollector") - count("DestroyPropertyCollector"),
  };
}

/** Resolves once `recorded` has sent `method` `times` times (the last on its way, its answer perhaps not yet read). */
function sent(recorded: { methods: string[] }, method: string, times = 1): Promise<void> {
  return until(() => recorded.methods.filter((m) => m === method).length >= times);
}

/** Resolves once `condition` holds, looking every 20 ms. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

function recordingFetch(): { fetch: FetchLike; methods: string[] } {
  const methods: string[] = [];
  const send: FetchLike = async (url, init) => {
    methods.push(/<soapenv:Body><(\w+)/.exec(init.body ?? "")?.[1] ?? "?");
    return fetch(url, init as RequestInit);
  };
  return { fetch: send, methods };
}

/**
 * A fetch that makes vcsim look like a vSphere 9.0 server: its about.apiVersion reads 9.0.0.0 and, when `applyView`,
 * a QueryEvents with an EventManagerViewByStartId is answered as VMware documents it (forward, the events with keys
 * after startEventId, oldest first; backward, those before it, newest first; at most maxCount), from the newest 1,000
 * that vcsim (which ignores the view) returns. Records each request's method and each view's start, forward and
 * backward apart.
 */
function nineOhFetch(applyView: boolean): {
  fetch: FetchLike;
  methods: string[];
  starts: number[];
  backward: number[];
} {
  const methods: string[] = [];
  const starts: number[] = [];
  const backward: number[] = [];
  const send: FetchLike = async (url, init) => {
    const body = init.body ?? "";
    methods.push(/<soapenv:Body><(\w+)/.exec(body)?.[1] ?? "?");
    const view = /<eventViewSpec[^>]*>[\s\S]*?<startEventId>(\d+)<\/startEventId>[\s\S]*?<\/eventViewSpec>/.exec(body);
    const forward = view === null || !/<isForward>false<\/isForward>/.test(view[0]);
    if (view !== null) (forward ? starts : backward).push(Number(view[1]));
    if (view === null || !applyView) {
      const answer = await fetch(url, init as RequestInit);
      const text = await answer.text();
      const rewritten = text.replace(/<apiVersion>[^<]*<\/apiVersion>/, "<apiVersion>9.0.0.0</apiVersion>");
      return {
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers,
        text: async () => rewritten,
      };
    }
    const start = Number(view[1]);
    const maxCount = Number(/<maxCount>(\d+)<\/maxCount>/.exec(body)?.[1] ?? "10");
    const newest = body.replace(view[0], "").replace(/<maxCount>\d+<\/maxCount>/, "<maxCount>1000</maxCount>");
    const answer = await fetch(url, { ...init, body: newest } as RequestInit);
    const text = await answer.text();
    const events = text.match(/<returnval[\s>][\s\S]*?<\/returnval>/g) ?? [];
    const keyOf = (event: string): number => Number(/<key>(\d+)<\/key>/.exec(event)?.[1]);
    const page = forward
      ? events
          .filter((e) => keyOf(e) > start)
          .sort((a, b) => keyOf(a) - keyOf(b))
          .slice(0, maxCount)
      : events
          .filter((e) => keyOf(e) < start)
          .sort((a, b) => keyOf(b) - keyOf(a))
          .slice(0, maxCount);
    const head = text.slice(0, text.search(/<returnval[\s>]|<\/QueryEventsResponse>/));
    const tail = text.slice(text.indexOf("</QueryEventsResponse>"));
    return {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
      text: async () => head + page.join("") + tail,
    };
  };
  return { fetch: send, methods, starts, backward };
}

function connect(options: Partial<ConnectOptions> = {}): Promise<VimClient> {
  return VimClient.connect({ url: URL_ as string, ...CREDENTIALS, ...options });
}

/**
 * Takes events from a follow into `seen` until `done` says so; returns them and ends the loop (which destroys the
 * collector). A caller that passes `seen` watches the follow's progress.
 */
async function take(
  follow: AsyncGenerator<FollowedEvent, void, undefined>,
  done: (seen: readonly FollowedEvent[]) => boolean,
  seen: FollowedEvent[] = [],
): Promise<FollowedEvent[]> {
  for await (const followed of follow) {
    seen.push(followed);
    if (done(seen)) break;
  }
  return seen;
}

const messagesOf = (seen: readonly FollowedEvent[], prefix: string): string[] =>
  seen.flatMap((f) => {
    const m = (f.event as { message?: unknown }).message;
    return typeof m === "string" && m.startsWith(prefix) ? [m] : [];
  });

/** A loopback HTTP server answering every request with `handler`; closed after the test. */
async function server(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const s = http.createServer(handler);
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        s.closeAllConnections();
        s.close(() => resolve());
      }),
  };
}

async function connectError(options: Partial<ConnectOptions>): Promise<unknown> {
  try {
    await connect(options);
  } catch (error) {
    return error;
  }
  throw new Error("connect succeeded");
}

/** A VM of vcsim's inventory, found by the first describe (the command's describe powers it on again). */
let vm: ManagedObjectReference;

describeVcsim("VimClient against vcsim", () => {
  let client: VimClient;
  let poster: VimClient;
  /** The 10,000 events the follow test follows, posted as plain SOAP (soapPoster.ts) under poster's session. */
  let bulk: SoapPoster;

  beforeAll(async () => {
    client = await connect();
    poster = await connect();
    bulk = soapPoster(poster, URL_ as string);
    const vms = await client.queryEvents({ _typeName: "EventFilterSpec", eventTypeId: ["VmCreatedEvent"] });
    const first = vms[0]?.vm?.vm;
    if (first === undefined) throw new Error("vcsim has no VM");
    vm = first;
  });

  afterAll(async () => {
    bulk.close();
    await client.logout();
    await poster.logout();
  });

  test("connect reads the service content, logs in and uses the server's release", async () => {
    expect(client.serviceContent._typeName).toBe("ServiceContent");
    expect(client.serviceContent.about.apiType).toBe("VirtualCenter");
    expect(client.release).toBe(client.serviceContent.about.apiVersion);
    expect(client.userSession).toMatchObject({ _typeName: "UserSession", userName: "user" });
    const active = await client.call("SessionIsActive", {
      _this: client.serviceContent.sessionManager as ManagedObjectReference,
      sessionID: client.userSession?.key ?? "",
      userName: "user",
    });
    expect(active).toBe(true);
    const now = await client.call("CurrentTime", { _this: ref("ServiceInstance", "ServiceInstance") });
    expect(Math.abs(Date.parse(now) - Date.now())).toBeLessThan(60_000);
  });

  test("logout ends the session; the next call logs in again", async () => {
    const c = await connect();
    await c.logout();
    expect(c.userSession).toBeUndefined();
    const time = await c.call("CurrentTime", { _this: ref("ServiceInstance", "ServiceInstance") });
    expect(typeof time).toBe("string");
    expect(c.userSession?.userName).toBe("user");
    await c.logout();
  });

  test("a session terminated by someone else is logged in again, once, and the call answered", async () => {
    const c = await connect();
    const old = c.userSession?.key ?? "";
    await poster.call("TerminateSession", {
      _this: poster.serviceContent.sessionManager as ManagedObjectReference,
      sessionId: [old],
    });
    const events = await c.queryEvents({ _typeName: "EventFilterSpec", eventTypeId: ["VmCreatedEvent"] });
    expect(events.length).toBeGreaterThan(0);
    expect(c.userSession?.key).not.toBe(old);
    await c.logout();
  });

  describe("queryEvents, each filter kind", () => {
    test("by type: only the types asked for, oldest first", async () => {
      const events = await client.queryEvents({
        _typeName: "EventFilterSpec",
        eventTypeId: ["VmPoweredOnEvent", "VmCreatedEvent"],
      });
      expect(events.length).toBeGreaterThan(1);
      expect(new Set(events.map((e) => e._typeName))).toEqual(new Set(["VmPoweredOnEvent", "VmCreatedEvent"]));
      expect(events.map((e) => e.key)).toEqual([...events.map((e) => e.key)].sort((a, b) => a - b));
    });

    test("by entity: only the events of that VM", async () => {
      const events = await client.queryEvents({
        _typeName: "EventFilterSpec",
        entity: { _typeName: "EventFilterSpecByEntity", entity: vm, recursion: "self" },
      });
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) expect(e.vm?.vm.value).toBe(vm.value);
    });

    test("by time: nothing before beginTime, nothing after endTime", async () => {
      const all = await client.queryEvents({ _typeName: "EventFilterSpec", maxCount: 1000 });
      const middle = all[Math.floor(all.length / 2)];
      if (middle === undefined) throw new Error("no events");
      const begin = middle.createdTime;
      const later = await client.queryEvents({
        _typeName: "EventFilterSpec",
        maxCount: 1000,
        time: { _typeName: "EventFilterSpecByTime", beginTime: begin },
      });
      expect(later.length).toBeGreaterThan(0);
      expect(later.length).toBeLessThan(all.length);
      for (const e of later) expect(Date.parse(e.createdTime)).toBeGreaterThanOrEqual(Date.parse(begin));
      const none = await client.queryEvents({
        _typeName: "EventFilterSpec",
        time: {
          _typeName: "EventFilterSpecByTime",
          beginTime: "2000-01-01T00:00:00Z",
          endTime: "2000-01-02T00:00:00Z",
        },
      });
      expect(none).toEqual([]);
    });

    test("by user: only the users listed", async () => {
      const mine = await client.queryEvents({
        _typeName: "EventFilterSpec",
        maxCount: 1000,
        userName: { _typeName: "EventFilterSpecByUsername", systemUser: false, userList: ["user"] },
      });
      expect(mine.length).toBeGreaterThan(0);
      for (const e of mine) expect(e.userName).toBe("user");
      const nobody = await client.queryEvents({
        _typeName: "EventFilterSpec",
        userName: { _typeName: "EventFilterSpecByUsername", systemUser: false, userList: ["nobody"] },
      });
      expect(nobody).toEqual([]);
    });
  });

  test("followEvents yields a typed VmPoweredOnEvent within a second of a power-on, with its category", async () => {
    const off = await poster.call("PowerOffVM_Task", { _this: vm });
    expect(off.type).toBe("Task");
    // A VM already off fails the task, and is off all the same.
    await poster.waitForTask(off).catch(() => undefined);
    const recorded = recordingFetch();
    const follower = await connect({ fetch: recorded.fetch });
    const follow = follower.followEvents({
      filter: {
        _typeName: "EventFilterSpec",
        eventTypeId: ["VmPoweredOnEvent"],
        entity: { _typeName: "EventFilterSpecByEntity", entity: vm, recursion: "self" },
      },
      since: await latestCheckpoint(client),
    });
    const pending = follow.next();
    // The follower waits once its second WaitForUpdatesEx is sent (the first, from version "", answers at once).
    await sent(recorded, "WaitForUpdatesEx", 2);
    const started = Date.now();
    await poster.call("PowerOnVM_Task", { _this: vm });
    const next = await pending;
    const elapsed = Date.now() - started;
    await follow.return();
    await follower.logout();
    if (next.done === true) throw new Error("the follow ended");
    const { event, category, checkpoint } = next.value;
    expect(event?._typeName).toBe("VmPoweredOnEvent");
    if (event?._typeName !== "VmPoweredOnEvent") return;
    expect(event.vm?.vm.value).toBe(vm.value); // typed: VmPoweredOnEvent's vm argument
    expect(category).toBe("info");
    expect(checkpoint).toEqual({ key: event.key, createdTime: event.createdTime });
    expect(elapsed).toBeLessThan(1000);
  });

  test("10,000 events posted while following arrive in order, each exactly once", async () => {
    const messages = Array.from({ length: 10_000 }, (_, i) => `bulk-${i}`);
    const follow = client.followEvents({ pageSize: 1000, since: await latestCheckpoint(client) });
    // Counted as they come (the newest each time): messagesOf over all seen at each event is 50 million steps.
    let bulkSeen = 0;
    const taken: FollowedEvent[] = [];
    const done = (s: readonly FollowedEvent[]): boolean =>
      messagesOf(s.slice(-1), "bulk-").length === 1 && ++bulkSeen === messages.length;
    let following = true;
    const seen = take(follow, done, taken).finally(() => (following = false));
    // Never more than 500 ahead of the follower, within the page of 1,000 that vcsim's collector holds: plain SOAP
    // posts outrun a follower that decodes every event. A follow that ended waits for none.
    const consumed = (): number => (following ? taken.length : Number.POSITIVE_INFINITY);
    await bulk.post(messages, { parallel: 4, consumed, ahead: 500 });
    const events = await seen;
    const keys = events.map((f) => f.checkpoint.key);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(keys.length);
    const got = messagesOf(events, "bulk-");
    expect(got.length).toBe(messages.length);
    expect(new Set(got)).toEqual(new Set(messages));
  }, 300_000);

  test("a follower whose session is terminated mid-stream loses and repeats nothing", async () => {
    const follower = await connect();
    const statuses: string[] = [];
    // A page of 1,000: vcsim fills a new collector's page with the newest event and then its oldest ones, so only a
    // page as large as its whole history (1,000 events) is sure to hold what a re-created collector must replay.
    const follow = follower.followEvents({
      since: await latestCheckpoint(client),
      pageSize: 1000,
      waitSeconds: 1,
      onStatus: (s) => statuses.push(s.state),
    });
    const taken: FollowedEvent[] = [];
    const seen = take(follow, (s) => messagesOf(s, "term-").length === 20, taken);
    await post(
      poster,
      Array.from({ length: 10 }, (_, i) => `term-${i}`),
    );
    // Mid-stream: once it has taken the first ten.
    await until(() => messagesOf(taken, "term-").length === 10);
    await poster.call("TerminateSession", {
      _this: poster.serviceContent.sessionManager as ManagedObjectReference,
      sessionId: [follower.userSession?.key ?? ""],
    });
    await post(
      poster,
      Array.from({ length: 10 }, (_, i) => `term-${10 + i}`),
    );
    const events = await seen;
    expect(messagesOf(events, "term-")).toEqual(Array.from({ length: 20 }, (_, i) => `term-${i}`));
    expect(statuses).toContain("reconnecting");
    await follower.logout();
  }, 60_000);

  test("stopped and restarted from its checkpoint, a follower loses and repeats nothing; leaving destroys what it made", async () => {
    const recorded = recordingFetch();
    const follower = await connect({ fetch: recorded.fetch });
    const since = await latestCheckpoint(client);
    // pageSize 1000 for vcsim, as above.
    const firstHalf = take(
      follower.followEvents({ since, pageSize: 1000 }),
      (s) => messagesOf(s, "resume-").length === 5,
    );
    await post(
      poster,
      Array.from({ length: 5 }, (_, i) => `resume-${i}`),
    );
    const before = await firstHalf;
    // Whether it had caught up and waited or was still reading on when it left, it destroyed all it made.
    expect(leftOver(recorded.methods)).toEqual({ CreateCollectorForEvents: 0, CreatePropertyCollector: 0 });
    expect(recorded.methods[recorded.methods.length - 1]).toMatch(/^Destroy/);
    const checkpoint = before[before.length - 1]?.checkpoint as Checkpoint;
    // Stored as JSON and read back, as a restarted process would.
    const restored = JSON.parse(JSON.stringify(checkpoint)) as Checkpoint;
    await post(
      poster,
      Array.from({ length: 5 }, (_, i) => `resume-${5 + i}`),
    );
    const sentBefore = recorded.methods.length;
    const after = await take(
      follower.followEvents({ since: restored, pageSize: 1000 }),
      (s) => messagesOf(s, "resume-").length === 5,
    );
    // Caught up and left before it waited: one collector made and destroyed, no wake-up collector or filter.
    const restart = recorded.methods.slice(sentBefore);
    expect(restart.filter((m) => m === "CreateCollectorForEvents")).toHaveLength(1);
    expect(restart).not.toContain("CreateFilter");
    expect(restart[restart.length - 1]).toBe("DestroyCollector");
    expect([...messagesOf(before, "resume-"), ...messagesOf(after, "resume-")]).toEqual(
      Array.from({ length: 10 }, (_, i) => `resume-${i}`),
    );
    for (const f of after) expect(f.checkpoint.key).toBeGreaterThan(checkpoint.key);
    await follower.logout();
  }, 60_000);

  describe("on a vSphere 9.0 server (vcsim answering as 9.0 does, through nineOhFetch)", () => {
    test("a restart from a checkpoint reads what came after its key by key, a page at a time, then follows", async () => {
      const nine = nineOhFetch(true);
      const follower = await connect({ fetch: nine.fetch, release: "6.5" });
      const since = await latestCheckpoint(client);
      await post(
        poster,
        Array.from({ length: 25 }, (_, i) => `bykey-${i}`),
      );
      const statuses: string[] = [];
      let posted = false;
      const seen = await take(
        follower.followEvents({
          since,
          pageSize: 10,
          onStatus: (s) => {
            statuses.push(s.state);
            if (s.state === "waiting" && !posted) {
              posted = true;
              void post(poster, ["bykey-live"]);
            }
          },
        }),
        (s) => messagesOf(s, "bykey-live").length === 1,
      );
      expect(messagesOf(seen, "bykey-")).toEqual([...Array.from({ length: 25 }, (_, i) => `bykey-${i}`), "bykey-live"]);
      const keys = seen.map((f) => f.checkpoint.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
      // Pages of 10, 10 and 5 after the checkpoint's key, each starting at the last page's biggest key; an empty
      // fourth; only then the collector, made once.
      const byKey = seen.slice(0, 25).map((f) => f.checkpoint.key);
      expect(nine.starts).toEqual([since.key, byKey[9], byKey[19], byKey[24]]);
      // The first page's view checked once: what precedes its first event is at or before the checkpoint.
      expect(nine.backward).toEqual([byKey[0]]);
      const firstCollector = nine.methods.indexOf("CreateCollectorForEvents");
      expect(nine.methods.slice(0, firstCollector).filter((m) => m === "QueryEvents")).toHaveLength(5);
      expect(nine.methods.filter((m) => m === "CreateCollectorForEvents").length).toBeLessThanOrEqual(2);
      await follower.logout();
    }, 60_000);

    test("a server that answers the view with its newest events instead: the follow replays from the checkpoint's time, losing and repeating nothing", async () => {
      const nine = nineOhFetch(false);
      const follower = await connect({ fetch: nine.fetch, release: "6.5" });
      const since = await latestCheckpoint(client);
      await post(
        poster,
        Array.from({ length: 5 }, (_, i) => `ignored-${i}`),
      );
      const seen = await take(
        follower.followEvents({ since, pageSize: 1000 }),
        (s) => messagesOf(s, "ignored-").length === 5,
      );
      expect(messagesOf(seen, "ignored-")).toEqual(Array.from({ length: 5 }, (_, i) => `ignored-${i}`));
      for (const f of seen) expect(f.checkpoint.key).toBeGreaterThan(since.key);
      expect(nine.starts).toEqual([since.key]);
      expect(nine.methods.slice(nine.methods.indexOf("QueryEvents") + 1)).toContain("CreateCollectorForEvents");
      await follower.logout();
    }, 60_000);
  });

  test("it pulls: while the consumer holds an event, no further page is read", async () => {
    const recorded = recordingFetch();
    const follower = await connect({ fetch: recorded.fetch });
    // vcsim keeps a collector's page only (its reads give no older event): the page holds all six.
    const follow = follower.followEvents({ pageSize: 10, since: await latestCheckpoint(client) });
    await post(poster, ["pull-0", "pull-1", "pull-2", "pull-3", "pull-4", "pull-5"]);
    const first = await follow.next();
    expect(first.done).toBe(false);
    const sent = recorded.methods.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(recorded.methods.length).toBe(sent);
    await follow.return();
    await follower.logout();
  });

  test("an abort ends a follow that is waiting, and the collector is destroyed", async () => {
    const recorded = recordingFetch();
    const follower = await connect({ fetch: recorded.fetch });
    const controller = new AbortController();
    const follow = follower.followEvents({ signal: controller.signal, since: await latestCheckpoint(client) });
    const pending = follow.next();
    // Aborted once the follow waits (its second WaitForUpdatesEx sent: the first, from version "", answers at once),
    // however long reaching that takes on a busy machine.
    void sent(recorded, "WaitForUpdatesEx", 2).then(() => controller.abort());
    await expect(pending).rejects.toMatchObject({ name: "VimConnectionError", reason: "aborted" });
    expect(recorded.methods.slice(-3)).toEqual(["DestroyPropertyCollector", "DestroyCollector", "DestroyCollector"]);
    await follower.logout();
  });

  test("the client's own signal aborted under a waiting follow: the follow ends, and still destroys what it made", async () => {
    const recorded = recordingFetch();
    const shutdown = new AbortController();
    const follower = await connect({ fetch: recorded.fetch, signal: shutdown.signal });
    const follow = follower.followEvents({ since: await latestCheckpoint(client) });
    const pending = follow.next();
    void sent(recorded, "WaitForUpdatesEx", 2).then(() => shutdown.abort());
    await expect(pending).rejects.toMatchObject({ name: "VimConnectionError", reason: "aborted" });
    expect(recorded.methods.slice(-3)).toEqual(["DestroyPropertyCollector", "DestroyCollector", "DestroyCollector"]);
    expect(leftOver(recorded.methods)).toEqual({ CreateCollectorForEvents: 0, CreatePropertyCollector: 0 });
  });

  test("collectors made, resized and destroyed while events are posted never stall the simulator", async () => {
    // vcsim's PostEvent and SetCollectorPageSize/DestroyCollector take its locks in opposite orders; without
    // test/vcsim/main.go's lockOrder this stalled the EventManager within a few hundred collectors, and every test
    // after it with it. Each call has a timeout of 10 s, so a stall is a named "no answer", not a hung suite.
    const clients = await Promise.all(Array.from({ length: 4 }, () => connect({ timeoutMs: 10_000 })));
    const [posterA, posterB, makerA, makerB] = clients as [VimClient, VimClient, VimClient, VimClient];
    // The collectors made so far: each poster keeps within a few posts of 1.5 for each, so that the 1,800 posts (plain
    // SOAP, far quicker than the makers' calls) are spread over all the 600 collectors' lives.
    let made = 0;
    const postMany = async (c: VimClient, n: number): Promise<number> => {
      const posts = soapPoster(c, URL_ as string, 10_000);
      try {
        const messages = Array.from({ length: n }, (_, i) => `lock-${i}`);
        await posts.post(messages, { consumed: () => made * 1.5, ahead: 10 });
      } finally {
        posts.close();
      }
      return n;
    };
    const makeMany = async (c: VimClient, n: number): Promise<number> => {
      try {
        for (let i = 0; i < n; i++) {
          const collector = await c.call("CreateCollectorForEvents", {
            _this: c.eventManager(),
            filter: { _typeName: "EventFilterSpec" },
          });
          await c.call("SetCollectorPageSize", { _this: collector, maxCount: 1000 });
          await c.call("DestroyCollector", { _this: collector });
          made++;
        }
      } catch (error) {
        // The posters no longer wait for the makers, so that none outlives the failed test.
        made = Number.POSITIVE_INFINITY;
        throw error;
      }
      return n;
    };
    const done = await Promise.all([
      postMany(posterA, 900),
      postMany(posterB, 900),
      makeMany(makerA, 300),
      makeMany(makerB, 300),
    ]);
    expect(done).toEqual([900, 900, 300, 300]);
    // And the EventManager still answers: the newest event is one of those posted.
    const newest = await client.queryEvents({ _typeName: "EventFilterSpec", maxCount: 1 });
    expect(newest.map((e) => (e as { message?: unknown }).message)).toEqual([expect.stringMatching(/^lock-/)]);
    await Promise.all(clients.map((c) => c.logout()));
  }, 120_000);

  describe("each way connecting fails is one clear error, never a hang", () => {
    test("bad credentials: a SoapFault whose detail is a typed InvalidLogin", async () => {
      const error = await connectError({ password: "" });
      expect(error).toBeInstanceOf(SoapFault);
      expect((error as SoapFault<{ _typeName: string }>).detail?._typeName).toBe("InvalidLogin");
    });

    test("a closed port: refused", async () => {
      const s = await server(() => undefined);
      const url = s.url;
      await s.close();
      const error = await connectError({ url });
      expect(error).toBeInstanceOf(VimConnectionError);
      expect(error).toMatchObject({ reason: "refused", url: `${url}/sdk` });
    });

    test("an HTTP server that is not vSphere: not-vsphere, naming what it answered", async () => {
      const s = await server((_, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<html><body>router login</body></html>");
      });
      const error = await connectError({ url: s.url });
      await s.close();
      expect(error).toMatchObject({ reason: "not-vsphere", status: 200 });
      expect((error as Error).message).toContain("answered HTTP 200 (text/html), not a SOAP response");
    });

    test("a 500 without a SOAP fault: http-status", async () => {
      const s = await server((_, res) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end("internal error");
      });
      const error = await connectError({ url: s.url });
      await s.close();
      expect(error).toMatchObject({ reason: "http-status", status: 500 });
    });

    test("a server that never answers: timeout", async () => {
      const s = await server(() => undefined);
      const error = await connectError({ url: s.url, timeoutMs: 300 });
      await s.close();
      expect(error).toMatchObject({ reason: "timeout" });
    });

    test("a wrong URL: bad-url, before any request", async () => {
      expect(await connectError({ url: "ftp://vc.example.com" })).toMatchObject({ reason: "bad-url" });
      expect(await connectError({ url: "https://user:pw@vc.example.com" })).toMatchObject({ reason: "bad-url" });
    });
  });
});

/** The checkpoint of the newest event now: a follow from it sees only what is posted later. */
async function latestCheckpoint(client: VimClient): Promise<Checkpoint> {
  const checkpoint = await client.latestCheckpoint();
  if (checkpoint === undefined) throw new Error("no events");
  return checkpoint;
}

describeVcsim("the vsphere-events command against vcsim", () => {
  let command: { bin: string; home: string };
  let poster: VimClient;

  beforeAll(async () => {
    command = installCommand();
    poster = await connect();
    // vcsim keeps its newest 1,000 events, and the tests above posted 10,000: a power-on for the query to find.
    // Each task waited for (a VM already off fails the first: no matter), so the power-on's event is recorded.
    await poster.waitForTask(await poster.call("PowerOffVM_Task", { _this: vm })).catch(() => undefined);
    await poster.runTask("PowerOnVM_Task", { _this: vm });
  }, 120_000);

  afterAll(() => poster.logout());

  /** Runs the command with `password` on stdin, and no saved session; resolves once it exits. */
  function run(args: string[], password = "pass", whileRunning?: () => Promise<void>): Promise<CommandResult> {
    const sessionFile = path.join(command.home, `session-${++runs}.json`);
    return runCommand(command, [...args, "--session-file", sessionFile], {
      stdin: `${password}\n`,
      ...(whileRunning === undefined ? {} : { whileRunning }),
    });
  }
  let runs = 0;

  const login = (): string[] => ["--url", URL_ as string, "--username", "user", "--password-stdin"];

  test("queries events by type as NDJSON: one typed event a line", async () => {
    const result = await run([...login(), "--type", "VmPoweredOnEvent", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const text of lines) expect(parseEvent(text)._typeName).toBe("VmPoweredOnEvent");
  });

  test("follows: the event posted after it starts is printed, with a status line on stderr while it waits", async () => {
    const since = await latestCheckpoint(poster);
    const sessionFile = path.join(command.home, `session-${++runs}.json`);
    const args = ["--follow", "--max", "1", "--type", "GeneralUserEvent", "--since", JSON.stringify(since)];
    const running = startCommand(command, [...login(), ...args, "--session-file", sessionFile], { stdin: "pass\n" });
    // Posted once it waits, however long a loaded machine takes to start it.
    await running.waitFor(/waiting for events after key/);
    await post(poster, ["from-the-terminal"]);
    const result = await running.exited;
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`vsphere-events: waiting for events after key ${since.key}\n`);
    expect(result.stdout).toMatch(/^\S+ {2}\w+ +GeneralUserEvent {2}key=\d+ {2}user=user {2}"from-the-terminal"\n$/);
  }, 120_000);

  test("bad credentials and a closed port exit 1 naming why; a usage error exits 2", async () => {
    const empty = await run(login(), "");
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/^vsphere-events: InvalidLogin: /);
    const s = await server(() => undefined);
    await s.close();
    const closed = await run(["--url", s.url, "--username", "user", "--password-stdin"]);
    expect(closed.status).toBe(1);
    expect(closed.stderr).toContain("connection refused");
    const usage = await run(["--username", "user"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^vsphere-events: --url is required\nusage: vsphere-events/);
  }, 30_000);
});
