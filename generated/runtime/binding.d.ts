/**
 * What the output's client.ts binds: `bindClient` gives the core (generic over a catalogue's types, importing no
 * generated module) the catalogue's wire functions and returns a `VimClient` whose instances are typed with its
 * types, `taskErrorClass` and `vimFaultClass` type the error classes with them, and the generic types are re-exported
 * for client.ts to instantiate. client.ts is the facade users import `VimClient`, `TaskError`, `FollowedEvent`...
 * from; this is the one module of the client it imports. Copied into the output folder.
 */
import type { ClientApi, ClientTypes } from "./contract.js";
import type { QueriedEvent as QueriedEventOf } from "./eventQueries.js";
import { VimClient, type ConnectOptions } from "./vimClient.js";
import type { ServerCertificate } from "./nodeTls.js";
import { PropertyReadError, type MissingProperty } from "./properties.js";
import { TaskError } from "./tasks.js";
import { VimFault } from "./wires.js";
export type { CallOptions, ClientApi, ClientTypes, ContractHolds } from "./contract.js";
export type { EventFilter } from "./eventQueries.js";
/** What `queryEachEvent` answers with, for a catalogue's types: a decoded event, or one that did not decode. */
export type QueriedEvent<A extends ClientTypes> = QueriedEventOf<A["event"]>;
export type { DecodedEvent, FollowOptions, FollowedEvent } from "./followEvents.js";
export type { VimSession } from "./session.js";
export type { TaskWaitOptions } from "./tasks.js";
export type { ListOptions, MissingProperty } from "./properties.js";
export type { VimClient, TaskError, VimFault, PropertyReadError };
/** `VimClient` for a catalogue: `connect` with its wires, its instances typed with its types. */
export interface VimClientClass<A extends ClientTypes> {
    /**
     * Reads the service content and logs in (or, given a `session` the server says is still active, uses it).
     * @throws VimConnectionError for a bad URL, a refused connection or certificate, a timeout, a server that is not
     * vSphere.
     * @throws SoapFault or VimFault with an InvalidLogin for bad credentials.
     */
    connect(options: ConnectOptions): Promise<VimClient<A>>;
    /**
     * The certificate the server at `url` presents, read without trusting it: its SHA-256 and SHA-1 fingerprints, to
     * check and pin (`thumbprint`). Nothing is sent but the TLS handshake.
     */
    serverCertificate(url: string, options?: {
        readonly timeoutMs?: number;
    }): Promise<ServerCertificate>;
    readonly prototype: VimClient<A>;
}
export interface TaskErrorClass<A extends ClientTypes> {
    new (info: A["taskInfo"]): TaskError<A>;
    readonly prototype: TaskError<A>;
}
export interface PropertyReadErrorClass<A extends ClientTypes> {
    new (missing: readonly MissingProperty<A>[]): PropertyReadError<A>;
    readonly prototype: PropertyReadError<A>;
}
export interface VimFaultClass<A extends ClientTypes> {
    new (status: number, fault: A["fault"]): VimFault<A>;
    readonly prototype: VimFault<A>;
}
/**
 * `VimClient` for the catalogue whose wire functions `api` gives (and whose types, `A`, `api.contract` holds to the
 * contract): a subclass of the core's whose `connect` uses them, so `instanceof` works as on any class.
 */
export declare function bindClient<A extends ClientTypes>(api: ClientApi<A>): VimClientClass<A>;
/** `TaskError`, its `info` and `fault` typed with the catalogue's. */
export declare function taskErrorClass<A extends ClientTypes>(): TaskErrorClass<A>;
/** `PropertyReadError`, the faults of its `missing` typed with the catalogue's. */
export declare function propertyReadErrorClass<A extends ClientTypes>(): PropertyReadErrorClass<A>;
/** `VimFault`, its `fault` typed with the catalogue's. */
export declare function vimFaultClass<A extends ClientTypes>(): VimFaultClass<A>;
