/**
 * Following a vCenter's event stream: an EventHistoryCollector over the filter, its new events read with
 * ReadNextEvents and woken by WaitForUpdatesEx on its `latestPage` (whose value, a page of the newest events, is read
 * too: vcsim moves no read position). Events are yielded in key order, each once, with a checkpoint (key and creation
 * time) that a later follow resumes after. From vSphere 9.0 (the server's `about.apiVersion`) the events after the
 * checkpoint's key are first read by key, a page at a time, with QueryEvents and an EventManagerViewByStartId; the
 * collector is then made from the last one's time. Before 9.0 the API cannot start at an event key, so the collector
 * replays from the checkpoint's time. Either way what was seen (a key at or below the checkpoint's) is skipped, which
 * relies on vCenter's event keys growing in the order it records events. An expired session, a terminated one and a lost
 * connection are recovered: logged in again and the collector re-created from the last checkpoint. It pulls: the next
 * page is read when the consumer has taken the last one. Leaving the loop destroys the collector and its filter.
 * Copied into the output folder with the other templates.
 */
import { SoapFault } from "../soap/vimxml";
import { UndecodedElement } from "../core/elements";
import { checkpointOf, filterFrom } from "./checkpoints";
import { CLEANUP, type ClientTypes, type EventShape, type FilterOf, type ObjectRef } from "./contract";
import { latestPageSpec, matchesFilter, readLatestPage } from "./eventQueries";
import { pause, VimConnectionError, type AbortSignalLike } from "./http";
import { eventManagerOf, type CoreSession } from "./session";
import { keyOf, undecodableEvent, type PageEvent, type UndecodableEvent } from "./undecodable";
import { faultType, isNotAuthenticated, VimFault } from "./wires";

import type { FollowedEvent, FollowOptions } from "./followTypes";

export type { DecodedEvent, FollowedEvent, FollowOptions, FollowStatus, UndecodedEvent } from "./followTypes";

/** Whether the server's QueryEvents takes an eventViewSpec (vSphere 9.0.0.0 on). */
export function hasViewByStartId(apiVersion: string): boolean {
  const major = Number.parseInt(apiVersion, 10);
  return Number.isInteger(major) && major >= 9;
}

/** A failure the follower recovers from by logging in and re-creating its collector. */
function recoverable(error: unknown): boolean {
  if (isNotAuthenticated(error)) return true;
  if (error instanceof VimConnectionError) return error.reason !== "aborted" && error.reason !== "bad-url";
  const fault =
    error instanceof SoapFault ? error.detail : error instanceof VimFault ? error.fault : undefined;
  // The collector or filter is gone with the session that created it.
  return (fault as { _typeName?: unknown } | undefined)?._typeName === "ManagedObjectNotFound";
}

/**
 * The server-side objects of a follow: the collector the events are read from, and, once the follower first waits, a
 * second one of page size 1 whose latestPage the property filter watches, only to wake the follower (vcsim sends every
 * intermediate latest page, so a watched page of 1,000 events would cost 1,000 events per event posted). A follower
 * that catches up from a checkpoint and is left before it waits never makes the second pair.
 */
interface Collector {
  readonly collector: ObjectRef;
  /**
   * The wake-up: the page-size-1 collector, and a property collector of the follow's own with a filter on that one's
   * latestPage. Its own, as waitForTask's: a property collector answers one wait at a time, and another follow, a task
   * wait or the application may be waiting on the session's.
   */
  wake: { readonly signal: ObjectRef; readonly properties: ObjectRef } | undefined;
  /** The client's login count when they were made: they belong to that session. */
  readonly login: number;
  version: string;
  /** The last page read from the collector's position was full: more may follow it before the follow waits. */
  draining: boolean;
}

export async function* followEvents<A extends ClientTypes>(
  session: CoreSession<A>,
  options: FollowOptions<A> = {},
): AsyncGenerator<FollowedEvent<A>, void, undefined> {
  /** An event of a page: the catalogue's, or one that did not decode. */
  type Page = PageEvent<A["event"]>;
  const pageSize = options.pageSize ?? 100;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
    throw new RangeError(`pageSize must be an integer from 1 to 1000, not ${pageSize}`);
  const base: FilterOf<A> = options.filter ?? {};
  const signal = options.signal;
  const call = { ...(signal === undefined ? {} : { signal }) };
  /** The calls that read events: each event decoded on its own (undecodable.ts). */
  const pages = { ...call, eventPages: true };
  const waitSeconds = options.waitSeconds ?? 30;
  const status = options.onStatus ?? ((): void => undefined);
  let last = options.since;
  let open: Collector | undefined;

  const destroy = (collector: ObjectRef | undefined): Promise<unknown> =>
    collector === undefined
      ? Promise.resolve()
      : session.call("DestroyCollector", { _this: collector }, CLEANUP).catch(() => undefined);

  const close = async (c: Collector | undefined): Promise<void> => {
    if (c === undefined) return;
    // Best effort, without the caller's signal (it may be what ended the follow): the session may be gone already.
    if (c.wake !== undefined) {
      // Its filter goes with it.
      await session
        .call("DestroyPropertyCollector", { _this: c.wake.properties }, CLEANUP)
        .catch(() => undefined);
      await destroy(c.wake.signal);
    }
    await destroy(c.collector);
  };

  /**
   * The next page from the collector's read position. A page at a time, however long the backlog: the consumer takes
   * one before the next is read, and a catch-up from an old checkpoint holds one page in memory, not the backlog.
   */
  const readPage = async (c: Collector): Promise<Page[]> => {
    const page: Page[] = await session.call(
      "ReadNextEvents",
      { _this: c.collector, maxCount: pageSize },
      pages,
    );
    c.draining = page.length >= pageSize;
    return page;
  };

  /**
   * Reads on from the collector's position (vCenter's view grows with new events); once that is read out, its latest
   * page too (vcsim's view does not grow, and its read position walks its page in ring order, so what it reads on is
   * no proof of the newest).
   */
  const readOn = async (c: Collector): Promise<Page[]> => {
    const page = await readPage(c);
    return c.draining ? page : [...page, ...(await latestPage(c.collector))];
  };

  /** The collector's latest page: the newest `pageSize` events. */
  const latestPage = (collector: ObjectRef): Promise<Page[]> => readLatestPage(session, collector, call);

  /** A collector from the last checkpoint's time (or over the filter as given) with a page of `maxCount`. */
  const collectorOf = async (maxCount: number): Promise<ObjectRef> => {
    const filter = filterFrom(base, last);
    const collector = await session.call(
      "CreateCollectorForEvents",
      { _this: eventManagerOf(session), filter },
      call,
    );
    try {
      await session.call("SetCollectorPageSize", { _this: collector, maxCount }, call);
      return collector;
    } catch (error) {
      await destroy(collector);
      throw error;
    }
  };

  /** The collector the events are read from, and what it holds already. */
  const create = async (): Promise<{ c: Collector; events: Page[] }> => {
    const collector = await collectorOf(pageSize);
    const c: Collector = {
      collector,
      wake: undefined,
      login: session.loginCount,
      version: "",
      draining: false,
    };
    try {
      // Without a checkpoint, read from the latest page on (vCenter's view starts at the oldest event otherwise).
      if (last === undefined) await session.call("ResetCollector", { _this: collector }, call);
      const latest = last === undefined ? await latestPage(collector) : [];
      return { c, events: [...latest, ...(await readPage(c))] };
    } catch (error) {
      await close(c);
      throw error;
    }
  };

  /**
   * The collector of page size 1 and the property filter on its latestPage that wake the follower. Its first
   * WaitForUpdatesEx (version "") answers at once, so what was recorded before it was made is read then.
   */
  const arm = async (c: Collector): Promise<void> => {
    const signal = await collectorOf(1);
    let properties: ObjectRef | undefined;
    try {
      properties = await session.call(
        "CreatePropertyCollector",
        { _this: session.serviceContent.propertyCollector },
        call,
      );
      await session.call(
        "CreateFilter",
        { _this: properties, spec: latestPageSpec(signal), partialUpdates: false },
        call,
      );
      c.wake = { signal, properties };
      c.version = "";
    } catch (error) {
      if (properties !== undefined)
        await session.call("DestroyPropertyCollector", { _this: properties }, CLEANUP).catch(() => undefined);
      await destroy(signal);
      throw error;
    }
  };

  /** Waits for the watched page to change, then reads on (readOn). */
  const next = async (c: Collector): Promise<Page[]> => {
    if (c.wake === undefined) await arm(c);
    const wake = c.wake as NonNullable<Collector["wake"]>;
    status({ state: "waiting", since: last });
    const update = await session.call(
      "WaitForUpdatesEx",
      {
        _this: wake.properties,
        version: c.version,
        options: { _typeName: "WaitOptions", maxWaitSeconds: waitSeconds },
      },
      // The watched page is an event too: one that does not decode must not fail the wait.
      { ...pages, timeoutMs: (waitSeconds + 30) * 1000 },
    );
    if (update === undefined) return [];
    c.version = update.version;
    status({ state: "reading" });
    return readOn(c);
  };

  /**
   * 9.0 on: the next page of the events after key `start`, by key. Undefined from a server that does not apply the
   * view (it answers with its newest events: some at or before the start, or, on the first page (`verify`), a newest
   * event again when asked what precedes the page), or that has no QueryEvents: the follow then replays from the
   * checkpoint's time instead.
   */
  const pageAfter = async (start: number, verify: boolean): Promise<Page[] | undefined> => {
    /** QueryEvents through the view: `count` events after `from`, or before it. */
    const view = (from: number, isForward: boolean, count: number): Promise<Page[]> =>
      session.call(
        "QueryEvents",
        {
          _this: eventManagerOf(session),
          filter: { ...base, maxCount: count },
          eventViewSpec: { _typeName: "EventManagerViewByStartId", startEventId: from, isForward },
        },
        pages,
      );
    let events: Page[];
    try {
      events = await view(start, true, pageSize);
    } catch (error) {
      // A server without QueryEvents (an ESXi host, as vcsim models it) has no view either.
      if (faultType(error) === "NotImplemented") return undefined;
      throw error;
    }
    if (events.some((e) => (keyOf(e) ?? start + 1) <= start)) return undefined;
    if (verify && events.length > 0) {
      // Its newest events hold none at or before the start when more than a page came after it: asked what comes
      // before the page's first event, a server that ignores the view answers its newest again, all after the start.
      const first = events.reduce((min, e) => Math.min(min, keyOf(e) ?? min), Number.POSITIVE_INFINITY);
      const before = await view(first, false, 1);
      if (before.some((e) => (keyOf(e) ?? start) > start)) return undefined;
    }
    return events;
  };

  /** Undecodable events without a readable key yielded so far (by their text): each is yielded once a follow. */
  const unkeyed = new Set<string>();
  /**
   * The events not yet yielded, in key order, each once; then those that did not decode and have no key to place them
   * by, each once.
   */
  const fresh = (events: readonly Page[]): Page[] => {
    const byKey = new Map<number, Page>();
    const placeless: Page[] = [];
    for (const e of events) {
      const read = e instanceof UndecodedElement ? e.read : e;
      const selected = typeof read !== "object" || read === null || matchesFilter(read as EventShape, base);
      const key = keyOf(e);
      if (!selected) continue;
      if (key !== undefined) {
        if (last === undefined || key > last.key) byKey.set(key, e);
        continue;
      }
      const text = JSON.stringify(read, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v)) ?? "";
      if (unkeyed.has(text)) continue;
      if (unkeyed.size >= 10_000) unkeyed.clear();
      unkeyed.add(text);
      placeless.push(e);
    }
    const keyed = [...byKey.entries()].sort((a, b) => a[0] - b[0]).map((entry) => entry[1]);
    return [...keyed, ...placeless];
  };

  /** A fresh event of a batch, ready to yield: its category read (a call, the first time), its checkpoint not yet. */
  type Ready = { readonly event: Page; readonly category: string };
  /** The batch's fresh events with their categories: read before any is yielded, so that a failure retries them all. */
  const categorized = async (batch: readonly Page[]): Promise<Ready[]> => {
    const ready: Ready[] = [];
    for (const event of fresh(batch)) {
      const category =
        event instanceof UndecodedElement
          ? await categoryOfUndecodable(session, undecodableEvent(event), call)
          : await session.eventCategory(event, call);
      ready.push({ event, category });
    }
    return ready;
  };

  let failures = 0;
  let byKey = hasViewByStartId(session.serviceContent.about.apiVersion);
  /** While catching up by key: the biggest key read so far (the client's own filter may have skipped some). */
  let cursor: number | undefined;
  try {
    for (;;) {
      let ready: Ready[];
      try {
        let batch: Page[] | undefined;
        let read: number | undefined;
        if (open === undefined && byKey && last !== undefined) {
          status({ state: "reading" });
          const start = Math.max(cursor ?? last.key, last.key);
          const page = await pageAfter(start, cursor === undefined);
          if (page === undefined) byKey = false;
          else if (page.length > 0) {
            read = page.reduce((max, e) => Math.max(max, keyOf(e) ?? start), start);
            batch = page;
          }
        }
        if (batch !== undefined) {
          // A page read by key: yielded below, then the next one.
        } else if (open === undefined) {
          cursor = undefined;
          status({ state: "reading" });
          const created = await create();
          open = created.c;
          batch = created.events;
        } else if (open.draining) batch = await readOn(open);
        else batch = await next(open);
        if (open !== undefined && open.login !== session.loginCount) {
          // The client logged in again under the follow (the session expired or was terminated): the collectors went
          // with the old session, and what was read since may be incomplete. Start again from the last checkpoint.
          status({ state: "reconnecting", attempt: 0, error: new Error("the session was renewed") });
          const stale = open;
          open = undefined;
          void close(stale);
          continue;
        }
        ready = await categorized(batch);
        // Read and categorized: the cursor moves past the page only now, so that a failure reads it again.
        if (read !== undefined) cursor = read;
        failures = 0;
      } catch (error) {
        if (!recoverable(error) || failures >= (options.retries ?? 10)) throw error;
        failures++;
        status({ state: "reconnecting", attempt: failures, error });
        const stale = open;
        open = undefined;
        void close(stale);
        // No login here: a call that finds the session gone logs in again itself (VimSession.call), once for all the
        // calls that find it so; a connection that failed says nothing of the session, and a follow in a saved
        // session without its password goes on in it.
        await pause(Math.min(5_000, 100 * 2 ** failures), signal, "followEvents");
        continue;
      }
      for (const { event, category } of ready) {
        if (event instanceof UndecodedElement) {
          last = checkpointOf(event, last);
          yield { undecodable: undecodableEvent(event), category, checkpoint: last };
          continue;
        }
        last = checkpointOf(event);
        yield { event, category, checkpoint: last };
      }
    }
  } finally {
    await close(open);
  }
}

/** An undecodable event's category, from what can be read of it: its wire type name, an EventEx's severity. */
function categoryOfUndecodable<A extends ClientTypes>(
  session: CoreSession<A>,
  undecodable: UndecodableEvent,
  call: { readonly signal?: AbortSignalLike },
): Promise<string> {
  const read = undecodable.read as { severity?: unknown } | null;
  const severity = typeof read === "object" && read !== null ? read.severity : undefined;
  const shape = {
    _typeName: undecodable.wireTypeName ?? "",
    ...(typeof severity === "string" ? { severity } : {}),
  } as unknown as A["event"];
  return undecodable.wireTypeName === undefined
    ? Promise.resolve("info")
    : session.eventCategory(shape, call);
}
