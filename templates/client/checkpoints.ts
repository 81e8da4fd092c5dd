/**
 * Checkpoints: where a follow got to (an event's key and creation time), the filter that replays from one, and the
 * checkpoint of the newest event a filter selects. JSON-safe values, to be stored anywhere. Copied into the output
 * folder.
 */
import { dateTimeText } from "../core/convert";
import { UndecodedElement } from "../core/elements";
import { CLEANUP, type CallOptions, type ClientTypes, type FilterOf } from "./contract";
import { readLatestPage } from "./eventQueries";
import { keyOf, undecodableEvent, type PageEvent } from "./undecodable";
import { eventManagerOf, type CoreSession } from "./session";

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
export function checkpointOf(event: PageEvent, after?: Checkpoint): Checkpoint {
  if (event instanceof UndecodedElement) {
    const { key, createdTime } = undecodableEvent(event);
    return {
      key: key ?? after?.key ?? 0,
      createdTime: createdTime ?? after?.createdTime ?? "1970-01-01T00:00:00Z",
    };
  }
  const created = event.createdTime as unknown;
  return { key: event.key, createdTime: created instanceof Date ? dateTimeText(created) : String(created) };
}

/** The filter as given, from the checkpoint's time on when there is one (the server may give earlier events too). */
export function filterFrom<F extends FilterOf<ClientTypes>>(base: F, last: Checkpoint | undefined): F {
  if (last === undefined) return base;
  return { ...base, time: { ...base.time, beginTime: last.createdTime as never } };
}

/**
 * The checkpoint of the newest event `filter` selects (undefined when there is none): a follow from it sees only
 * what happens after this call. Read from a collector's latest page, which is destroyed again.
 */
export async function latestCheckpoint<A extends ClientTypes>(
  session: CoreSession<A>,
  filter: FilterOf<A>,
  options: CallOptions = {},
): Promise<Checkpoint | undefined> {
  const collector = await session.call(
    "CreateCollectorForEvents",
    { _this: eventManagerOf(session), filter },
    options,
  );
  try {
    let newest: PageEvent | undefined;
    for (const e of await readLatestPage(session, collector, options))
      if (newest === undefined || (keyOf(e) ?? -1) > (keyOf(newest) ?? -1)) newest = e;
    return newest === undefined ? undefined : checkpointOf(newest);
  } finally {
    await session.call("DestroyCollector", { _this: collector }, CLEANUP).catch(() => undefined);
  }
}
