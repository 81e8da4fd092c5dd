import type { CallOptions, ClientTypes, EventFilterShape, EventShape, FilterOf, ObjectRef, PropertyFilterSpecShape } from "./contract.js";
import { type CoreSession } from "./session.js";
import { type PageEvent, type UndecodableEvent } from "./undecodable.js";
/** An EventFilterSpec as a call takes it: its `_typeName`, and its parts', may be left out. */
export type EventFilter<A extends ClientTypes = ClientTypes> = A["eventFilter"];
/** Whether an event passes the filter's time and user parts (the server applies the rest). */
export declare function matchesFilter(event: EventShape, filter: EventFilterShape): boolean;
/** The events `filter` selects, oldest first (`QueryEvents`), the filter's time and user parts applied here too. */
export declare function queryEvents<A extends ClientTypes>(session: CoreSession<A>, filter: FilterOf<A>, options?: CallOptions): Promise<A["event"][]>;
/** An event a query found: decoded, or, when it does not decode, what can be read of it. */
export type QueriedEvent<E extends EventShape = EventShape> = {
    readonly event: E;
    readonly undecodable?: undefined;
} | {
    readonly event?: undefined;
    readonly undecodable: UndecodableEvent;
};
/**
 * queryEvents with each event decoded on its own: one that does not decode costs that event alone, and comes in its
 * place (by key) as what can be read of it.
 */
export declare function queryEachEvent<A extends ClientTypes>(session: CoreSession<A>, filter: FilterOf<A>, options?: CallOptions): Promise<QueriedEvent<A["event"]>[]>;
/** The property filter spec on a collector's `latestPage`: what is read of it, and what wakes the follower. */
export declare function latestPageSpec(collector: ObjectRef): PropertyFilterSpecShape;
/** A collector's latest page: its newest events, as many as its page size, each decoded on its own. */
export declare function readLatestPage<A extends ClientTypes>(session: CoreSession<A>, collector: ObjectRef, options?: CallOptions): Promise<PageEvent<A["event"]>[]>;
/** Each event type's category, as `EventManager.description.eventInfo` says. */
export declare function readEventCategories<A extends ClientTypes>(session: CoreSession<A>, options?: CallOptions): Promise<ReadonlyMap<string, string>>;
/**
 * An event's category (`info`, `warning`, `error` or `user`), as govmomi's EventCategory gives it: an EventEx's
 * severity (info when it has none), else what the categories read say of its type (info when they do not).
 */
export declare function categoryOf(event: EventShape, categories: ReadonlyMap<string, string>): string;
