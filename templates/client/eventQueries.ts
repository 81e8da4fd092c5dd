/**
 * Event queries as pure helpers over a session: `QueryEvents` with the filter's time and user parts also applied here
 * (vcsim ignores them), or, from a server that answers it with NotImplemented (vcsim's ESXi host), the latest page of
 * a collector over the same filter; the event categories the EventManager describes, and a collector's latest page
 * (read by the follower and by the latest checkpoint alike). Copied into the output folder.
 */
import { DecodeError } from "../core/context";
import { UndecodedElement } from "../core/elements";
import {
  CLEANUP,
  type CallOptions,
  type ClientTypes,
  type EventFilterShape,
  type EventShape,
  type FilterOf,
  type ObjectRef,
  type PropertyFilterSpecShape,
} from "./contract";
import { eventManagerOf, type CoreSession } from "./session";
import { keyOf, undecodableEvent, type PageEvent, type UndecodableEvent } from "./undecodable";
import { faultType } from "./wires";

function timeOf(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== "string") return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

/** An EventFilterSpec as a call takes it: its `_typeName`, and its parts', may be left out. */
export type EventFilter<A extends ClientTypes = ClientTypes> = A["eventFilter"];

/** Whether an event passes the filter's time and user parts (the server applies the rest). */
export function matchesFilter(event: EventShape, filter: EventFilterShape): boolean {
  const created = timeOf(event.createdTime);
  const begin = timeOf(filter.time?.beginTime);
  const end = timeOf(filter.time?.endTime);
  if (created !== undefined && begin !== undefined && created < begin) return false;
  if (created !== undefined && end !== undefined && created > end) return false;
  const users = filter.userName;
  if (users !== undefined) {
    const name = event.userName ?? "";
    const listed = (users.userList ?? []).includes(name);
    const system = users.systemUser && name === "";
    if (!listed && !system) return false;
  }
  return true;
}

/** The events `filter` selects, oldest first (`QueryEvents`), the filter's time and user parts applied here too. */
export async function queryEvents<A extends ClientTypes>(
  session: CoreSession<A>,
  filter: FilterOf<A>,
  options: CallOptions = {},
): Promise<A["event"][]> {
  const page = await queryPage(session, filter, options);
  // A query answers with every event or fails, as QueryEvents does.
  const undecoded = page.filter((e): e is UndecodedElement => e instanceof UndecodedElement);
  if (undecoded.length > 0) throw new DecodeError(undecoded.flatMap((e) => e.issues));
  return page as A["event"][];
}

/** An event a query found: decoded, or, when it does not decode, what can be read of it. */
export type QueriedEvent<E extends EventShape = EventShape> =
  | { readonly event: E; readonly undecodable?: undefined }
  | { readonly event?: undefined; readonly undecodable: UndecodableEvent };

/**
 * queryEvents with each event decoded on its own: one that does not decode costs that event alone, and comes in its
 * place (by key) as what can be read of it.
 */
export async function queryEachEvent<A extends ClientTypes>(
  session: CoreSession<A>,
  filter: FilterOf<A>,
  options: CallOptions = {},
): Promise<QueriedEvent<A["event"]>[]> {
  return (await queryPage(session, filter, options)).map((e) =>
    e instanceof UndecodedElement ? { undecodable: undecodableEvent(e) } : { event: e },
  );
}

/**
 * The events `filter` selects, each decoded on its own, oldest first: QueryEvents, or a collector's latest page from
 * a server that does not implement it; the filter's time and user parts applied here too.
 */
async function queryPage<A extends ClientTypes>(
  session: CoreSession<A>,
  filter: FilterOf<A>,
  options: CallOptions,
): Promise<PageEvent<A["event"]>[]> {
  const page = (await session
    .call("QueryEvents", { _this: eventManagerOf(session), filter }, { ...options, eventPages: true })
    .catch((error: unknown) => {
      if (faultType(error) !== "NotImplemented") throw error;
      return queryByCollector(session, filter, options);
    })) as PageEvent<A["event"]>[];
  return page
    .filter((e) => e instanceof UndecodedElement || matchesFilter(e, filter))
    .sort((a, b) => (keyOf(a) ?? 0) - (keyOf(b) ?? 0));
}

/** The property filter spec on one property of one object. */
function propertySpec(type: string, path: string, obj: ObjectRef): PropertyFilterSpecShape {
  return {
    _typeName: "PropertyFilterSpec",
    propSet: [{ _typeName: "PropertySpec", type, pathSet: [path] }],
    objectSet: [{ _typeName: "ObjectSpec", obj }],
  };
}

/** The property filter spec on a collector's `latestPage`: what is read of it, and what wakes the follower. */
export function latestPageSpec(collector: ObjectRef): PropertyFilterSpecShape {
  return propertySpec("EventHistoryCollector", "latestPage", collector);
}

/** The array values of one property of one object, read with RetrievePropertiesEx. */
async function readArrayProperty<A extends ClientTypes>(
  session: CoreSession<A>,
  spec: PropertyFilterSpecShape,
  options: CallOptions,
): Promise<unknown[]> {
  const result = await session.call(
    "RetrievePropertiesEx",
    {
      _this: session.serviceContent.propertyCollector,
      specSet: [spec],
      options: { _typeName: "RetrieveOptions" },
    },
    options,
  );
  const values: unknown[] = [];
  for (const object of result?.objects ?? [])
    for (const property of object.propSet ?? []) {
      const array = (property.val as { _value?: unknown })._value;
      if (Array.isArray(array)) values.push(...(array as unknown[]));
    }
  return values;
}

/** A collector's latest page: its newest events, as many as its page size, each decoded on its own. */
export async function readLatestPage<A extends ClientTypes>(
  session: CoreSession<A>,
  collector: ObjectRef,
  options: CallOptions = {},
): Promise<PageEvent<A["event"]>[]> {
  const spec = latestPageSpec(collector);
  return (await readArrayProperty(session, spec, { ...options, eventPages: true })) as PageEvent<
    A["event"]
  >[];
}

/**
 * The newest events `filter` selects (as many as its maxCount, else 1,000), read as a collector's latest page: what
 * QueryEvents answers, from a server that does not implement it. The collector is destroyed again.
 */
async function queryByCollector<A extends ClientTypes>(
  session: CoreSession<A>,
  filter: FilterOf<A>,
  options: CallOptions,
): Promise<PageEvent<A["event"]>[]> {
  const collector = await session.call(
    "CreateCollectorForEvents",
    { _this: eventManagerOf(session), filter },
    options,
  );
  try {
    const maxCount = Math.min(Math.max(filter.maxCount ?? 1000, 1), 1000);
    await session.call("SetCollectorPageSize", { _this: collector, maxCount }, options);
    return await readLatestPage(session, collector, options);
  } finally {
    await session.call("DestroyCollector", { _this: collector }, CLEANUP).catch(() => undefined);
  }
}

/** Each event type's category, as `EventManager.description.eventInfo` says. */
export async function readEventCategories<A extends ClientTypes>(
  session: CoreSession<A>,
  options: CallOptions = {},
): Promise<ReadonlyMap<string, string>> {
  const spec = propertySpec("EventManager", "description.eventInfo", eventManagerOf(session));
  const categories = new Map<string, string>();
  for (const detail of (await readArrayProperty(session, spec, options)) as {
    key?: unknown;
    category?: unknown;
  }[])
    if (typeof detail.key === "string" && typeof detail.category === "string")
      categories.set(detail.key, detail.category);
  return categories;
}

/**
 * An event's category (`info`, `warning`, `error` or `user`), as govmomi's EventCategory gives it: an EventEx's
 * severity (info when it has none), else what the categories read say of its type (info when they do not).
 */
export function categoryOf(event: EventShape, categories: ReadonlyMap<string, string>): string {
  if (event._typeName === "EventEx") {
    const severity = (event as { severity?: unknown }).severity;
    return typeof severity === "string" && severity !== "" ? severity : "info";
  }
  return categories.get(event._typeName) ?? "info";
}
