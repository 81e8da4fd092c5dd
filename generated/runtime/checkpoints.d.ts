import type { CallOptions, ClientTypes, FilterOf } from "./contract.js";
import { type PageEvent } from "./undecodable.js";
import { type CoreSession } from "./session.js";
/** Where a follow got to: the last event's key and creation time (RFC 3339). JSON-safe, to be stored anywhere. */
export interface Checkpoint {
    readonly key: number;
    readonly createdTime: string;
}
/**
 * An event's checkpoint: its key, and its creation time as the wire wrote it. Of an event that did not decode, what
 * can be read: a key it lacks is `after`'s (the place it was read at), a time it lacks `after`'s, else the epoch (a
 * replay from an earlier time only reads what is skipped by key).
 */
export declare function checkpointOf(event: PageEvent, after?: Checkpoint): Checkpoint;
/** The filter as given, from the checkpoint's time on when there is one (the server may give earlier events too). */
export declare function filterFrom<F extends FilterOf<ClientTypes>>(base: F, last: Checkpoint | undefined): F;
/**
 * The checkpoint of the newest event `filter` selects (undefined when there is none): a follow from it sees only
 * what happens after this call. Read from a collector's latest page, which is destroyed again.
 */
export declare function latestCheckpoint<A extends ClientTypes>(session: CoreSession<A>, filter: FilterOf<A>, options?: CallOptions): Promise<Checkpoint | undefined>;
