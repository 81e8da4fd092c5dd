/**
 * What a follow (followEvents.ts) takes and yields: its options, each event with its category and checkpoint, and its
 * status. Copied into the output folder.
 */
import type { Checkpoint } from "./checkpoints";
import type { ClientTypes } from "./contract";
import type { AbortSignalLike } from "./http";
import type { UndecodableEvent } from "./undecodable";

/**
 * What the follower yields: an event, decoded and typed, or one that did not decode (`event` undefined,
 * `undecodable` set), which costs that event alone: each has its checkpoint, and the follow goes on after it.
 */
export type FollowedEvent<A extends ClientTypes = ClientTypes> = DecodedEvent<A> | UndecodedEvent;

export interface DecodedEvent<A extends ClientTypes = ClientTypes> {
  readonly event: A["event"];
  readonly undecodable?: undefined;
  /** `info`, `warning`, `error` or `user` (VimClient.eventCategory). */
  readonly category: string;
  /** Resume after this event with `followEvents({ since: checkpoint })`. */
  readonly checkpoint: Checkpoint;
}

export interface UndecodedEvent {
  readonly event?: undefined;
  /** What can be read of it: key, time, wire type name, the issues with their paths, the event as read. */
  readonly undecodable: UndecodableEvent;
  /** Its category as its wire type name (or an EventEx's severity) says, `info` when neither can be read. */
  readonly category: string;
  /**
   * Resume after this event. One without a readable key has the checkpoint of the event before it (a restart may
   * yield it again); one without a readable time, the time of the event before it.
   */
  readonly checkpoint: Checkpoint;
}

/** What the follower is doing, for a status line. */
export type FollowStatus =
  | { readonly state: "reading" }
  | { readonly state: "waiting"; readonly since: Checkpoint | undefined }
  | { readonly state: "reconnecting"; readonly attempt: number; readonly error: unknown };

export interface FollowOptions<A extends ClientTypes = ClientTypes> {
  /** The events to follow (default: all). Its time and user parts are applied by the client too. */
  readonly filter?: A["eventFilter"];
  /**
   * Resume after this checkpoint: every later event the filter selects, none before. Without it, the follow starts
   * with the collector's latest page (the newest `pageSize` events), as `govc events -f` does.
   */
  readonly since?: Checkpoint | undefined;
  /** Events read per call, 1 to 1000 (default 100). */
  readonly pageSize?: number;
  /** How long one WaitForUpdatesEx may wait on the server, in seconds (default 30). */
  readonly waitSeconds?: number;
  /** Ends the follow (the loop throws the abort as a VimConnectionError). */
  readonly signal?: AbortSignalLike;
  /** Connection failures in a row before the follow gives up (default 10); each waits longer, up to 5 s. */
  readonly retries?: number;
  readonly onStatus?: (status: FollowStatus) => void;
}
