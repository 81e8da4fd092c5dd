/**
 * What the event helpers need of a client: a typed `call`, the service content, and the login that renews a lost
 * session. VimClient is one; the helpers take this interface instead of the class, so following, checkpoints and
 * queries depend on no transport and the client's modules import one another in one direction only. Copied into the
 * output folder.
 */
import type { VimMethodName, VimParams, VimReturns } from "../../generated/methods";
import type { AnyEvent, ManagedObjectReference, ServiceContent } from "../../generated/types";
import type { AbortSignalLike } from "./http";

export interface CallOptions {
  readonly signal?: AbortSignalLike;
  readonly timeoutMs?: number;
  /**
   * Decode each event of the answer's event pages on its own (undecodable.ts): one that does not decode is an
   * UndecodedElement in its place, which the answer's type does not say. For the event helpers, which read such an
   * answer as PageEvents.
   */
  readonly eventPages?: boolean;
}

export interface VimSession {
  /** The service content: the managed objects every call starts from. */
  readonly serviceContent: ServiceContent;
  /**
   * How many times the session was logged in. What a session created on the server (a collector, a property filter)
   * is gone when it changes.
   */
  readonly loginCount: number;
  /** Calls `method` with `args` and returns its decoded answer; an expired session is logged in again once. */
  call<M extends VimMethodName>(method: M, args: VimParams<M>, options?: CallOptions): Promise<VimReturns<M>>;
  /** Logs in again with the credentials the session was made with. */
  login(options?: CallOptions): Promise<unknown>;
  /** An event's category (`info`, `warning`, `error` or `user`); see eventQueries.ts. */
  eventCategory(event: AnyEvent, options?: CallOptions): Promise<string>;
}

/** The server's EventManager, or a TypeError for a server without one. */
export function eventManagerOf(session: Pick<VimSession, "serviceContent">): ManagedObjectReference {
  const eventManager = session.serviceContent.eventManager;
  if (eventManager === undefined) throw new TypeError("the server has no EventManager");
  return eventManager;
}
