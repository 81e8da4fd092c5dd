/**
 * A typed vSphere client with no runtime dependency: `VimClient.connect` reads the service content and logs in, and
 * `call(method, args)` sends any method the schemas declare over SOAP or VI JSON, typed by the catalogue's method map
 * (`A["call"]`). The session is kept, and logged in again once when the server says it has expired; a saved one
 * (`session`) is used again while it is active. TLS: Node's checks, certificates.ts's options (a CA, a pinned
 * thumbprint, or none), or the caller's `fetch`. Its event methods, `waitForTask` and its typed property reads call
 * the pure helpers of eventQueries.ts, checkpoints.ts, followEvents.ts, tasks.ts and properties.ts, which take a
 * VimSession (session.ts), not this class. Generic over the catalogue's types and given its wire functions
 * (contract.ts): the output's client.ts binds it (binding.ts). Copied into the output folder.
 */
import { type DecodeOptions } from "./context.js";
import type { TlsOptions } from "./certificates.js";
import { type Checkpoint } from "./checkpoints.js";
import type { CallOptions, ClientTypes, WireFunctions } from "./contract.js";
import { type QueriedEvent } from "./eventQueries.js";
import { type FollowOptions, type FollowedEvent } from "./followEvents.js";
import { type AbortSignalLike, type FetchLike } from "./http.js";
import { type ServerCertificate } from "./nodeTls.js";
import { type VimSession } from "./session.js";
import { type TaskWaitOptions } from "./tasks.js";
import { type ListOptions, type ManagedObjectName, type ObjectsAt, type PathsOf, type PropertiesAt } from "./properties.js";
import { type Wire } from "./wires.js";
export interface ConnectOptions extends TlsOptions {
    /** The vCenter or ESXi host: `https://vc.example.com` (`/sdk` may be given or not). */
    readonly url: string;
    readonly username: string;
    /** Needed to log in: always, but when `session` is still active. */
    readonly password?: string;
    /**
     * A session saved from `client.session`: used again, without logging in, while the server says it is active
     * (its SessionManager's `currentSession`); else the client logs in.
     */
    readonly session?: string;
    /** `"soap"` (the default: every vCenter) or `"json"` (VI JSON, vCenter 8.0U1 and later). */
    readonly wire?: "soap" | "json";
    /**
     * The API release the requests name. By default the server's own (`about.apiVersion`, read first with a
     * release every server knows: 6.5 over SOAP, 8.0.1.0 over VI JSON).
     */
    readonly release?: string;
    /** Aborts connecting, and every later call made without its own signal. */
    readonly signal?: AbortSignalLike;
    /** The longest one call may take, in milliseconds (default 60,000). */
    readonly timeoutMs?: number;
    /**
     * The fetch to send with (default: the global one, or the client's own over node:https when `ca`, `thumbprint` or
     * `insecure` is given). A fetch given here does its own TLS: it cannot be given with those three.
     */
    readonly fetch?: FetchLike;
    /** How answers are decoded (the output's defaults when absent). */
    readonly decode?: DecodeOptions;
    /** `Locale` of the session. */
    readonly locale?: string;
}
export declare class VimClient<A extends ClientTypes = ClientTypes> implements VimSession<A> {
    /** The service content: the managed objects every call starts from. */
    serviceContent: A["serviceContent"];
    /** The current session (replaced when the client logs in again). */
    userSession: A["userSession"] | undefined;
    /**
     * Calls `method` with `args` (`_this` and its parameters, typed by the catalogue's method map) and returns its
     * decoded answer. A session the server says has expired is logged in again, and the call sent once more.
     * @throws SoapFault or VimFault for a fault, typed as the fault's MethodFault subtype.
     * @throws VimConnectionError for no answer, or one that is not vSphere's.
     * @throws DecodeError for an answer that does not match the schemas.
     */
    readonly call: A["call"];
    /**
     * Calls a `*_Task` method and waits for its task (`waitForTask`, whose options it takes too): resolves to what the
     * task reports as `info.result` on success, typed by the method's task result (`VimTaskResult<M>`; undefined for a
     * method whose task reports nothing), rejects with a TaskError carrying the typed fault.
     */
    readonly runTask: A["runTask"];
    private readonly core;
    private readonly wire;
    private readonly options;
    private readonly fetch;
    private token;
    private categories;
    private logins;
    protected constructor(wire: Wire, options: ConnectOptions, fetch: FetchLike | undefined);
    /**
     * The session, to save and give to a later `connect` as `session` (the SOAP cookie, or VI JSON's session id). It
     * lets anyone who has it act as you: keep it as you would the password.
     */
    get session(): string | undefined;
    /** The wire in use. */
    get wireName(): "soap" | "json";
    /**
     * How many times this client has logged in. What a session created on the server (a collector, a property filter)
     * is gone when it changes: followEvents re-creates its collectors then.
     */
    get loginCount(): number;
    /** The release the requests name. */
    get release(): string;
    /**
     * Reads the service content and logs in (or, given a `session` the server says is still active, uses it), with the
     * client `make` builds over the wire of `api`'s functions: the output's `VimClient.connect` (binding.ts).
     * @throws VimConnectionError for a bad URL, a refused connection or certificate, a timeout, a server that is not
     * vSphere.
     * @throws SoapFault or VimFault with an InvalidLogin for bad credentials.
     */
    protected static connectWith<A extends ClientTypes, C extends VimClient<A>>(api: WireFunctions, options: ConnectOptions, make: (wire: Wire, options: ConnectOptions, fetch: FetchLike | undefined) => C): Promise<C>;
    /**
     * The certificate the server at `url` presents, read without trusting it: its SHA-256 and SHA-1 fingerprints, to
     * check and pin (`thumbprint`). Nothing is sent but the TLS handshake.
     */
    static serverCertificate(url: string, options?: {
        readonly timeoutMs?: number;
    }): Promise<ServerCertificate>;
    /**
     * Uses `session` if the server says it is active (its SessionManager's `currentSession`). An answer that does not
     * decode is taken for no: the client logs in anew.
     */
    private resume;
    /** Logs in (again) with the credentials given to connect. */
    login(options?: CallOptions): Promise<A["userSession"]>;
    /** Ends the session. Calls after it fail with NotAuthenticated until `login`. */
    logout(options?: CallOptions): Promise<void>;
    /** `call`, untyped: the method by name (the wires type nothing). */
    private callAny;
    /** A call of one of the contract's methods, without logging in again. */
    private send;
    private sendAny;
    /**
     * The events `filter` selects, oldest first (`QueryEvents`). The time and user parts of the filter are also
     * applied here, so that a server that ignores them (vcsim) answers as vCenter does.
     */
    queryEvents(filter: A["eventFilter"], options?: CallOptions): Promise<A["event"][]>;
    /**
     * queryEvents with each event decoded on its own: `{ event }`, or, for one that does not decode (a value past a
     * format's range, a vendor's extension), `{ undecodable }` in its place, which costs that event alone.
     */
    queryEachEvent(filter: A["eventFilter"], options?: CallOptions): Promise<QueriedEvent<A["event"]>[]>;
    /**
     * An event's category (`info`, `warning`, `error` or `user`), as govmomi's EventCategory gives it: an EventEx's
     * severity (info when it has none), else what `EventManager.description.eventInfo` says of its type (read once).
     */
    eventCategory(event: A["event"], options?: CallOptions): Promise<string>;
    /**
     * Follows the events `filter` selects, in the order vCenter recorded them, as they happen: see followEvents.ts.
     * Leaving the loop (`break`, `return`, an abort) destroys the server-side collector.
     */
    followEvents(options?: FollowOptions<A>): AsyncGenerator<FollowedEvent<A>, void, undefined>;
    /**
     * The checkpoint of the newest event `filter` selects (undefined when there is none): a follow from it sees only
     * what happens after this call. Read from a collector's latest page, which is destroyed again.
     */
    latestCheckpoint(filter?: A["eventFilter"], options?: CallOptions): Promise<Checkpoint | undefined>;
    /**
     * Waits for `task` (what a `*_Task` method returns) to end, without polling: its info on success, a TaskError
     * carrying the typed fault on error. See tasks.ts.
     */
    waitForTask(task: A["ref"], options?: TaskWaitOptions<A>): Promise<A["taskInfo"]>;
    /**
     * Reads properties of `obj`, a managed object of type `type`, by path (`["runtime.powerState", "config.hardware"]`),
     * each checked at compile time and typed by where it leads (properties.ts). Rejects with a PropertyReadError for a
     * property the server did not read.
     */
    retrieve<T extends ManagedObjectName<A>, const P extends readonly string[]>(type: T, obj: A["ref"], paths: PathsOf<A, T, P>, options?: CallOptions): Promise<PropertiesAt<A, T, P>>;
    /** `retrieve` for several objects of one type in one call: each with its properties, in the order given. */
    retrieveMany<T extends ManagedObjectName<A>, const P extends readonly string[]>(type: T, objs: readonly A["ref"][], paths: PathsOf<A, T, P>, options?: CallOptions): Promise<ObjectsAt<A, T, P>>;
    /** Every entity of type `type` (a ManagedEntity: a container view holds no other) read as `retrieve` does. */
    list<T extends ManagedObjectName<A>, const P extends readonly string[]>(type: T, paths: PathsOf<A, T, P>, options?: ListOptions<A>): Promise<ObjectsAt<A, T, P>>;
    /** The EventManager, or a TypeError for a server without one. */
    eventManager(): NonNullable<A["serviceContent"]["eventManager"]>;
}
