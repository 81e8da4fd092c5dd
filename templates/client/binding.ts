/**
 * What the output's client.ts binds: `bindClient` gives the core (generic over a catalogue's types, importing no
 * generated module) the catalogue's wire functions and returns a `VimClient` whose instances are typed with its
 * types, `taskErrorClass` and `vimFaultClass` type the error classes with them, `faultOf` reads the fault a
 * `TaskError`, `VimFault` or `SoapFault` carries, and the generic types are re-exported for client.ts to instantiate.
 * client.ts is the facade users import `VimClient`, `TaskError`, `FollowedEvent`... from; this is the one module of
 * the client it imports. Copied into the output folder.
 */
import { SoapFault } from "../soap/vimxml";
import type { ClientApi, ClientTypes } from "./contract";
import type { QueriedEvent as QueriedEventOf } from "./eventQueries";
import type { ConnectOptions } from "./connectOptions";
import { VimClient } from "./vimClient";
import type { FetchLike } from "./http";
import type { ServerCertificate } from "./nodeTls";
import { PropertyReadError, type MissingProperty } from "./properties";
import { TaskError } from "./tasks";
import { VimFault, type Wire } from "./wires";

export type { CallOptions, ClientApi, ClientTypes, ContractHolds } from "./contract";
export type { EventFilter } from "./eventQueries";
/** What `queryEachEvent` answers with, for a catalogue's types: a decoded event, or one that did not decode. */
export type QueriedEvent<A extends ClientTypes> = QueriedEventOf<A["event"]>;
export type { DecodedEvent, FollowOptions, FollowedEvent } from "./followEvents";
export type { VimSession } from "./session";
export type { TaskWaitOptions } from "./tasks";
export type { ListOptions, MissingProperty } from "./properties";
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
  serverCertificate(url: string, options?: { readonly timeoutMs?: number }): Promise<ServerCertificate>;
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
export function bindClient<A extends ClientTypes>(api: ClientApi<A>): VimClientClass<A> {
  const Core = VimClient;
  // Its instances are VimClient<A>s: the compiler cannot show it structurally, since comparing the typed property
  // reads' generic signatures (properties.ts) instantiates their conditional types with any.
  const Bound = class VimClient extends Core<A> {
    protected constructor(wire: Wire, options: ConnectOptions, fetch: FetchLike | undefined) {
      super(wire, options, fetch);
    }

    static connect(options: ConnectOptions): Promise<VimClient> {
      return Core.connectWith<A, VimClient>(api, options, (wire, o, fetch) => new this(wire, o, fetch));
    }
  };
  return Bound as unknown as VimClientClass<A>;
}

// The error classes themselves, typed with a catalogue's types: their instances carry its values, which its wire
// functions decoded.

/** `TaskError`, its `info` and `fault` typed with the catalogue's. */
export function taskErrorClass<A extends ClientTypes>(): TaskErrorClass<A> {
  return TaskError as unknown as TaskErrorClass<A>;
}

/** `PropertyReadError`, the faults of its `missing` typed with the catalogue's. */
export function propertyReadErrorClass<A extends ClientTypes>(): PropertyReadErrorClass<A> {
  return PropertyReadError as unknown as PropertyReadErrorClass<A>;
}

/** `VimFault`, its `fault` typed with the catalogue's. */
export function vimFaultClass<A extends ClientTypes>(): VimFaultClass<A> {
  return VimFault as unknown as VimFaultClass<A>;
}

/**
 * The fault a call's error carries, as one of the catalogue's MethodFaults: a failed task's (`TaskError`), a VI JSON
 * fault's (`VimFault`), a SOAP fault's detail (`SoapFault`); undefined for any other error (no answer, a decode
 * error, a `PropertyReadError`, whose faults are per property) and for a fault the server gave without a detail or
 * with one that did not decode (`detailIssues`). What a handler checks with a guard (`isInvalidPowerState`), whichever
 * wire the call went over and whether or not it started a task. The type is this catalogue's: outputs that share one
 * run time (`--runtime-from`) share these classes, and an error of another output's client is typed as this one's.
 */
export function faultOf<A extends ClientTypes>(error: unknown): A["fault"] | undefined {
  // The wires decoded each of these as one of the catalogue's faults (SOAP's detail only when it decoded whole).
  if (error instanceof TaskError || error instanceof VimFault)
    return (error as TaskError<A> | VimFault<A>).fault;
  return error instanceof SoapFault ? (error.detail as A["fault"] | undefined) : undefined;
}
