/**
 * What the event helpers need of a client: a typed `call`, the service content, and the login that renews a lost
 * session. VimClient is one; the helpers take this interface instead of the class, so following, checkpoints and
 * queries depend on no transport and the client's modules import one another in one direction only. Generic over the
 * catalogue's types (contract.ts), which the output's client.ts binds. Copied into the output folder.
 */
import type { CallOptions, ClientTypes, CoreCalls, CoreMethod } from "./contract.js";
export type { CallOptions } from "./contract.js";
export interface VimSession<A extends ClientTypes = ClientTypes> {
    /** The service content: the managed objects every call starts from. */
    readonly serviceContent: A["serviceContent"];
    /**
     * How many times the session was logged in. What a session created on the server (a collector, a property filter)
     * is gone when it changes.
     */
    readonly loginCount: number;
    /** Calls `method` with `args` and returns its decoded answer; an expired session is logged in again once. */
    readonly call: A["call"];
    /** Logs in again with the credentials the session was made with. */
    login(options?: CallOptions): Promise<unknown>;
    /** An event's category (`info`, `warning`, `error` or `user`); see eventQueries.ts. */
    eventCategory(event: A["event"], options?: CallOptions): Promise<string>;
}
/** A session as the helpers call it: only the methods of the contract, each typed as the core sends and reads it. */
export interface CoreSession<A extends ClientTypes> extends Omit<VimSession<A>, "call"> {
    call<M extends CoreMethod>(method: M, args: CoreCalls<A>[M]["params"], options?: CallOptions): Promise<CoreCalls<A>[M]["returns"]>;
}
/**
 * `session` as the helpers call it. The one view of `A["call"]` by the contract's types: the output's client.ts
 * checks at compile time that each method of the contract takes what the core sends and returns what it reads
 * (contract.ts, `ContractHolds`).
 */
export declare function coreSession<A extends ClientTypes>(session: VimSession<A>): CoreSession<A>;
/** The server's EventManager, or a TypeError for a server without one. */
export declare function eventManagerOf<A extends ClientTypes>(session: {
    readonly serviceContent: A["serviceContent"];
}): NonNullable<A["serviceContent"]["eventManager"]>;
