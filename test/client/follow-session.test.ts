/**
 * The follower and the client's session rules on a session of the test's own (no server): what a vCenter does that
 * vcsim does not (a backlog read a page at a time from an old checkpoint), and failures at chosen calls. A follow
 * reads its backlog a page at a time, whatever its length; a lost connection costs no login (a follow in a saved
 * session without its password goes on in it); a failed category read is retried like any read; calls that find the
 * session gone together log in once; a read stopped between pages cancels its continuation token; a task's result
 * comes out of its box.
 */
import { followEvents } from "../../generated/runtime/followEvents";
import { VimConnectionError } from "../../generated/runtime/http";
import { SessionRenewal } from "../../generated/runtime/renewal";
import { VimFault } from "../../generated/runtime/wires";
import type { CoreSession } from "../../generated/runtime/session";
import type { ClientTypes } from "../../generated/runtime/contract";
import { retrieveObjects } from "../../generated/runtime/properties";
import { taskResultOf } from "../../generated/runtime/tasks";

const ref = (type: string, value: string): { _typeName: "ManagedObjectReference"; type: string; value: string } => ({
  _typeName: "ManagedObjectReference",
  type,
  value,
});

const T0 = Date.parse("2026-12-01T00:00:00Z");

function event(key: number): Record<string, unknown> {
  return {
    _typeName: "GeneralUserEvent",
    key,
    chainId: key,
    createdTime: new Date(T0 + key * 1000).toISOString(),
    userName: "u",
    message: `m${key}`,
  };
}

/** A server's event history of `count` events (keys 1 to count), read from a collector made after `since`. */
interface FakeServer {
  readonly session: CoreSession<ClientTypes>;
  readonly methods: string[];
  /** Makes the next call of `method` fail with `error`. */
  failNext(method: string, error: unknown): void;
  logins: number;
}

function fakeServer(count: number, options: { password?: boolean; apiVersion?: string } = {}): FakeServer {
  const methods: string[] = [];
  const failures = new Map<string, unknown>();
  let position = 0;
  const server: FakeServer = {
    methods,
    logins: 0,
    failNext: (method, error) => failures.set(method, error),
    session: undefined as unknown as CoreSession<ClientTypes>,
  };
  const call = async (method: string, args: Record<string, unknown>): Promise<unknown> => {
    methods.push(method);
    const failure = failures.get(method);
    if (failure !== undefined) {
      failures.delete(method);
      throw failure;
    }
    switch (method) {
      case "CreateCollectorForEvents": {
        const begin = (args["filter"] as { time?: { beginTime?: string } }).time?.beginTime;
        // From the checkpoint's time on (inclusive, as vCenter's filter is).
        position = begin === undefined ? 0 : Math.max(0, Math.round((Date.parse(begin) - T0) / 1000) - 1);
        return ref("EventHistoryCollector", "c");
      }
      case "ReadNextEvents": {
        const max = args["maxCount"] as number;
        const page = [];
        for (let key = position + 1; key <= count && page.length < max; key++) page.push(event(key));
        position += page.length;
        return page;
      }
      case "QueryEvents": {
        // A server that takes the view's type but ignores it: its newest events, as many as asked for.
        const max = (args["filter"] as { maxCount?: number }).maxCount ?? 1000;
        const page = [];
        for (let key = Math.max(1, count - max + 1); key <= count; key++) page.push(event(key));
        return page;
      }
      case "RetrievePropertiesEx":
        // The latest page: the newest event (a page of one is enough for the follower's reads).
        return { objects: [{ propSet: [{ name: "latestPage", val: { _value: count > 0 ? [event(count)] : [] } }] }] };
      case "CreatePropertyCollector":
        return ref("PropertyCollector", "p");
      case "CreateFilter":
        return ref("PropertyFilter", "f");
      case "WaitForUpdatesEx":
        return new Promise(() => undefined);
      default:
        return undefined;
    }
  };
  (server as { session: unknown }).session = {
    serviceContent: {
      about: { apiVersion: options.apiVersion ?? "8.0.3.0" },
      eventManager: ref("EventManager", "e"),
      propertyCollector: ref("PropertyCollector", "session"),
    },
    get loginCount() {
      return server.logins;
    },
    call,
    login: async () => {
      methods.push("Login");
      if (options.password === false) throw new TypeError("no password to log in with: the session has ended");
      server.logins++;
    },
    eventCategory: async () => {
      methods.push("eventCategory");
      const failure = failures.get("eventCategory");
      if (failure !== undefined) {
        failures.delete("eventCategory");
        throw failure;
      }
      return "info";
    },
  };
  return server;
}

const checkpoint = (key: number): { key: number; createdTime: string } => ({
  key,
  createdTime: new Date(T0 + key * 1000).toISOString(),
});

const reset = (): VimConnectionError => new VimConnectionError("https://vc/sdk", "network", "socket hang up");

test("a backlog of 150,000 events after a checkpoint is read a page at a time: one page before the first event, each event once, in order", async () => {
  const server = fakeServer(150_000);
  const follow = followEvents(server.session, { since: checkpoint(0), pageSize: 1000 });
  const first = await follow.next();
  expect(first.value?.checkpoint.key).toBe(1);
  expect(server.methods.filter((m) => m === "ReadNextEvents")).toHaveLength(1);
  let expected = 2;
  let outOfOrder = 0;
  for await (const followed of follow) {
    if (followed.checkpoint.key !== expected) outOfOrder++;
    if (expected === 150_000) break;
    expected++;
  }
  expect([expected, outOfOrder]).toEqual([150_000, 0]);
  expect(server.methods.filter((m) => m === "ReadNextEvents")).toHaveLength(150);
}, 60_000);

test("a 9.0 server that ignores the view, with more than a page after the checkpoint: found on the first page, and the follow replays from the time, losing nothing", async () => {
  const server = fakeServer(50, { apiVersion: "9.0.0.0" });
  const keys: number[] = [];
  for await (const followed of followEvents(server.session, { since: checkpoint(0), pageSize: 10 })) {
    keys.push(followed.checkpoint.key);
    if (keys.length === 50) break;
  }
  expect(keys).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  // The forward page (41 to 50, none at or before the start), then what precedes 41: the newest again, so no view.
  expect(server.methods.slice(0, 3)).toEqual(["QueryEvents", "QueryEvents", "CreateCollectorForEvents"]);
});

test("a lost connection re-creates the collector in the same session: no login, so a session without its password goes on", async () => {
  const server = fakeServer(30, { password: false });
  const follow = followEvents(server.session, { since: checkpoint(0), pageSize: 10 });
  const keys: number[] = [];
  for await (const followed of follow) {
    keys.push(followed.checkpoint.key);
    if (keys.length === 10) server.failNext("ReadNextEvents", reset());
    if (keys.length === 30) break;
  }
  expect(keys).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  expect(server.methods).not.toContain("Login");
  expect(server.methods.filter((m) => m === "CreateCollectorForEvents")).toHaveLength(2);
});

test("a category that cannot be read for a lost connection is read again: the follow goes on, losing and repeating nothing", async () => {
  const server = fakeServer(5);
  server.failNext("eventCategory", reset());
  const keys: number[] = [];
  for await (const followed of followEvents(server.session, { since: checkpoint(0), pageSize: 10, retries: 1 })) {
    keys.push(followed.checkpoint.key);
    expect(followed.category).toBe("info");
    if (keys.length === 5) break;
  }
  expect(keys).toEqual([1, 2, 3, 4, 5]);
});

describe("SessionRenewal", () => {
  const notAuthenticated = (): VimFault =>
    new VimFault(500, { _typeName: "NotAuthenticated" } as unknown as ClientTypes["fault"]);
  const expired = (error: unknown): boolean => error instanceof VimFault;

  test("four calls that find the session gone together log in once, and each is answered", async () => {
    const renewal = new SessionRenewal();
    let session = 1;
    let logins = 0;
    const login = (): Promise<number> =>
      renewal.login(async () => {
        logins++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return ++session;
      });
    const sent = (): Promise<string> =>
      renewal.renewing(
        async () => {
          if (session === 1) throw notAuthenticated();
          return `answered in ${session}`;
        },
        expired,
        login,
      );
    expect(await Promise.all([sent(), sent(), sent(), sent()])).toEqual(Array(4).fill("answered in 2"));
    expect([logins, renewal.count]).toEqual([1, 1]);
  });

  test("a call sent before another call's login is sent again in that session, without a login of its own", async () => {
    const renewal = new SessionRenewal();
    let session = 1;
    let logins = 0;
    const login = (): Promise<number> =>
      renewal.login(async () => {
        logins++;
        return ++session;
      });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = renewal.renewing(
      async () => {
        const at = session;
        if (at === 1) await held;
        if (at === 1) throw notAuthenticated();
        return `answered in ${session}`;
      },
      expired,
      login,
    );
    // Another call logs in while the slow one is out; its answer then says the old session was gone.
    await login();
    release();
    expect(await slow).toBe("answered in 2");
    expect(logins).toBe(1);
  });

  test("a failure that is not an expired session is thrown as it came, with no login", async () => {
    const renewal = new SessionRenewal();
    const login = jest.fn(async () => undefined);
    await expect(renewal.renewing(() => Promise.reject(reset()), expired, login)).rejects.toThrow("socket hang up");
    expect(login).not.toHaveBeenCalled();
  });
});

test("a property read stopped between pages cancels the server's continuation token", async () => {
  const server = fakeServer(0);
  const calls: { method: string; token?: unknown }[] = [];
  const session = {
    ...server.session,
    loginCount: 0,
    call: async (method: string, args: Record<string, unknown>) => {
      calls.push({ method, token: args["token"] });
      if (method === "RetrievePropertiesEx")
        return {
          token: "t1",
          objects: [{ obj: ref("VirtualMachine", "vm-1"), propSet: [{ name: "name", val: "a" }] }],
        };
      if (method === "ContinueRetrievePropertiesEx") throw reset();
      return undefined;
    },
  } as unknown as CoreSession<ClientTypes>;
  await expect(
    retrieveObjects(session, new Set<string>(), "VirtualMachine", [ref("VirtualMachine", "vm-1")], ["name"]),
  ).rejects.toThrow("socket hang up");
  expect(calls.map((c) => c.method)).toEqual([
    "RetrievePropertiesEx",
    "ContinueRetrievePropertiesEx",
    "CancelRetrievePropertiesEx",
  ]);
  expect(calls[2]?.token).toBe("t1");
});

test("what runTask resolves to is the task's result out of its box: a string, an array, a data object as it is", () => {
  const info = (result: unknown): ClientTypes["taskInfo"] => ({ result }) as unknown as ClientTypes["taskInfo"];
  expect(taskResultOf(info({ _typeName: "string", _value: "[ds] vm/screenshot.png" }))).toBe("[ds] vm/screenshot.png");
  const refs = [ref("Datastore", "ds-1"), ref("Datastore", "ds-2")];
  expect(taskResultOf(info({ _typeName: "ArrayOfManagedObjectReference", _value: refs }))).toEqual(refs);
  expect(taskResultOf(info(ref("VirtualMachine", "vm-1")))).toEqual(ref("VirtualMachine", "vm-1"));
  expect(taskResultOf(info(undefined))).toBeUndefined();
});
