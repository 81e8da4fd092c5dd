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
import { DecodeError } from "../core/context";
import { latestCheckpoint, type Checkpoint } from "./checkpoints";
import type { ConnectOptions } from "./connectOptions";
import {
  refOf,
  type CallOptions,
  type ClientTypes,
  type CoreCalls,
  type CoreMethod,
  type RefArg,
  type WireFunctions,
} from "./contract";
import {
  categoryOf,
  queryEachEvent,
  queryEvents,
  readEventCategories,
  type QueriedEvent,
} from "./eventQueries";
import { followEvents, type FollowOptions, type FollowedEvent } from "./followEvents";
import { exchange, serverBase, type FetchLike } from "./http";
import { readServerCertificate, type ServerCertificate } from "./nodeTls";
import { SessionRenewal } from "./renewal";
import { coreSession, eventManagerOf, type CoreSession, type VimSession } from "./session";
import { fetchOf, withFingerprint } from "./clientFetch";
import { eventPageOptions } from "./undecodable";
import { taskResultOf, waitForTask, type TaskWaitOptions } from "./tasks";
import { listObjects, retrieveObjects, retrieveOne, type ListOptions } from "./properties";
import type { EntityName, ManagedObjectName, ObjectsAt, PathsOf, PropertiesAt } from "./propertyPaths";
import { isNotAuthenticated, jsonWire, soapWire, type Wire } from "./wires";

export class VimClient<A extends ClientTypes = ClientTypes> implements VimSession<A> {
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
  private readonly core: CoreSession<A>;
  private readonly wire: Wire;
  private readonly options: ConnectOptions;
  private readonly fetch: FetchLike | undefined;
  private token: string | undefined;
  private categories: Promise<ReadonlyMap<string, string>> | undefined;
  private readonly renewal = new SessionRenewal();

  protected constructor(wire: Wire, options: ConnectOptions, fetch: FetchLike | undefined) {
    // The wires decode each method's answer as the catalogue's method map says (contract.ts): `A["call"]` types it.
    this.call = ((method: string, args: object, options: CallOptions = {}) =>
      this.callAny(method, args, options)) as unknown as A["call"];
    // What the task reports is an untyped slot's value, out of its box (tasks.ts); the method map types it (`A["runTask"]`).
    this.runTask = (async (method: string, args: object, options: TaskWaitOptions<A> = {}) => {
      const task = (await this.callAny(method, args, options)) as A["ref"];
      return taskResultOf<A>(await waitForTask(this.core, task, options));
    }) as unknown as A["runTask"];
    this.core = coreSession<A>(this);
    this.wire = wire;
    this.options = options;
    // Read by connectWith before the client is returned.
    this.serviceContent = undefined as unknown as A["serviceContent"];
    this.fetch = fetch;
  }

  /**
   * The session, to save and give to a later `connect` as `session` (the SOAP cookie, or VI JSON's session id). It
   * lets anyone who has it act as you: keep it as you would the password.
   */
  get session(): string | undefined {
    return this.token;
  }

  /** The wire in use. */
  get wireName(): "soap" | "json" {
    return this.wire.name;
  }

  /**
   * How many times this client has logged in. What a session created on the server (a collector, a property filter)
   * is gone when it changes: followEvents re-creates its collectors then.
   */
  get loginCount(): number {
    return this.renewal.count;
  }

  /** The release the requests name. */
  get release(): string {
    return this.wire.release;
  }

  /**
   * Reads the service content and logs in (or, given a `session` the server says is still active, uses it), with the
   * client `make` builds over the wire of `api`'s functions: the output's `VimClient.connect` (binding.ts).
   * @throws VimConnectionError for a bad URL, a refused connection or certificate, a timeout, a server that is not
   * vSphere.
   * @throws SoapFault or VimFault with an InvalidLogin for bad credentials.
   */
  protected static async connectWith<A extends ClientTypes, C extends VimClient<A>>(
    api: WireFunctions,
    options: ConnectOptions,
    make: (wire: Wire, options: ConnectOptions, fetch: FetchLike | undefined) => C,
  ): Promise<C> {
    const base = serverBase(options.url);
    const wireName = options.wire ?? "soap";
    const wire =
      wireName === "json"
        ? jsonWire(base, options.release ?? "8.0.1.0", api)
        : soapWire(base, options.release ?? "6.5", api);
    const probe = make(wire, options, fetchOf(base, options));
    const content = await probe.send(
      "RetrieveServiceContent",
      { _this: refOf({ type: "ServiceInstance", value: "ServiceInstance" }) },
      {},
    );
    probe.serviceContent = content;
    if (options.release === undefined && content.about.apiVersion !== "")
      wire.release = content.about.apiVersion;
    if (options.session === undefined || !(await probe.resume(options.session))) await probe.login();
    return probe;
  }

  /**
   * The certificate the server at `url` presents, read without trusting it: its SHA-256 and SHA-1 fingerprints, to
   * check and pin (`thumbprint`). Nothing is sent but the TLS handshake.
   */
  static serverCertificate(
    url: string,
    options: { readonly timeoutMs?: number } = {},
  ): Promise<ServerCertificate> {
    return readServerCertificate(serverBase(url), options.timeoutMs);
  }

  /**
   * Uses `session` if the server says it is active (its SessionManager's `currentSession`). An answer that does not
   * decode is taken for no: the client logs in anew.
   */
  private async resume(session: string): Promise<boolean> {
    const sessionManager = this.serviceContent.sessionManager;
    if (sessionManager === undefined) return false;
    this.token = session;
    try {
      const result = await this.send(
        "RetrievePropertiesEx",
        {
          _this: this.serviceContent.propertyCollector,
          specSet: [
            {
              _typeName: "PropertyFilterSpec",
              propSet: [{ _typeName: "PropertySpec", type: "SessionManager", pathSet: ["currentSession"] }],
              objectSet: [{ _typeName: "ObjectSpec", obj: sessionManager }],
            },
          ],
          options: { _typeName: "RetrieveOptions" },
        },
        {},
      );
      const current = result?.objects?.[0]?.propSet?.find((p) => p.name === "currentSession")?.val as
        A["userSession"] | undefined;
      if (current?._typeName === "UserSession") {
        this.userSession = current;
        return true;
      }
    } catch (error) {
      if (!isNotAuthenticated(error) && !(error instanceof DecodeError)) throw error;
    }
    this.token = undefined;
    return false;
  }

  /** Logs in (again) with the credentials given to connect; calls that ask while a login runs share it. */
  async login(options: CallOptions = {}): Promise<A["userSession"]> {
    const sessionManager = this.serviceContent.sessionManager;
    if (sessionManager === undefined) throw new TypeError("the server has no SessionManager");
    const password = this.options.password;
    if (password === undefined)
      throw new TypeError(
        `no password to log in to ${serverBase(this.options.url)} with: the session has ended`,
      );
    return this.renewal.login(async () => {
      const session = await this.send(
        "Login",
        {
          _this: sessionManager,
          userName: this.options.username,
          password,
          ...(this.options.locale === undefined ? {} : { locale: this.options.locale }),
        },
        options,
      );
      this.userSession = session;
      return session;
    });
  }

  /** Ends the session. A call after it logs in again (with the password given to connect; without one, it fails). */
  async logout(options: CallOptions = {}): Promise<void> {
    const sessionManager = this.serviceContent.sessionManager;
    if (sessionManager === undefined || this.token === undefined) return;
    try {
      await this.send("Logout", { _this: sessionManager }, options);
    } finally {
      this.token = undefined;
      this.userSession = undefined;
    }
  }

  /** `call`, untyped: the method by name (the wires type nothing); an expired session is logged in again once. */
  private callAny(method: string, args: object, options: CallOptions): Promise<unknown> {
    const send = (): Promise<unknown> => this.sendAny(method, args, options);
    if (method === "Login" || method === "Logout") return send();
    // The shared login goes with the client's own timeout and signal: one caller's abort must not fail the others.
    return this.renewal.renewing(send, isNotAuthenticated, () => this.login());
  }

  /** A call of one of the contract's methods, without logging in again. */
  private async send<M extends CoreMethod>(
    method: M,
    args: CoreCalls<A>[M]["params"],
    options: CallOptions,
  ): Promise<CoreCalls<A>[M]["returns"]> {
    // The contract's types of what the wire decoded (the output's client.ts checks them: contract.ts).
    return (await this.sendAny(method, args, options)) as CoreCalls<A>[M]["returns"];
  }

  private async sendAny(method: string, args: object, options: CallOptions): Promise<unknown> {
    const request = this.wire.request(method, args);
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? 60_000;
    const answer = await exchange(this.fetch, {
      url: request.url,
      method: request.method,
      headers: {
        ...request.headers,
        // A login goes without the old session (the calls still out keep theirs until it answers).
        ...(this.token === undefined || method === "Login" ? {} : this.wire.sessionHeaders(this.token)),
      },
      body: request.body,
      timeoutMs,
      // A clean-up call is ended by its timeout alone: what aborted the work must not stop its undoing.
      signal: options.cleanup === true ? undefined : (options.signal ?? this.options.signal),
    }).catch(async (error: unknown) => {
      throw await withFingerprint(error, timeoutMs);
    });
    const decode = options.eventPages === true ? eventPageOptions(this.options.decode) : this.options.decode;
    const value = this.wire.response(method, request.url, answer, decode);
    const session = this.wire.session(answer);
    if (session !== undefined) this.token = session;
    return value;
  }

  /**
   * The events `filter` selects, oldest first (`QueryEvents`). The time and user parts of the filter are also
   * applied here, so that a server that ignores them (vcsim) answers as vCenter does.
   */
  queryEvents(filter: A["eventFilter"], options: CallOptions = {}): Promise<A["event"][]> {
    return queryEvents(this.core, filter, options);
  }

  /**
   * queryEvents with each event decoded on its own: `{ event }`, or, for one that does not decode (a value past a
   * format's range, a vendor's extension), `{ undecodable }` in its place, which costs that event alone.
   */
  queryEachEvent(filter: A["eventFilter"], options: CallOptions = {}): Promise<QueriedEvent<A["event"]>[]> {
    return queryEachEvent(this.core, filter, options);
  }

  /**
   * An event's category (`info`, `warning`, `error` or `user`), as govmomi's EventCategory gives it: an EventEx's
   * severity (info when it has none), else what `EventManager.description.eventInfo` says of its type (read once).
   */
  async eventCategory(event: A["event"], options: CallOptions = {}): Promise<string> {
    if (event._typeName === "EventEx") return categoryOf(event, new Map());
    this.categories ??= readEventCategories(this.core, options).catch((error: unknown) => {
      this.categories = undefined;
      throw error;
    });
    return categoryOf(event, await this.categories);
  }

  /**
   * Follows the events `filter` selects, in the order vCenter recorded them, as they happen: see followEvents.ts.
   * Leaving the loop (`break`, `return`, an abort) destroys the server-side collector.
   */
  followEvents(options: FollowOptions<A> = {}): AsyncGenerator<FollowedEvent<A>, void, undefined> {
    return followEvents(this.core, options);
  }

  /**
   * The checkpoint of the newest event `filter` selects (undefined when there is none): a follow from it sees only
   * what happens after this call. Read from a collector's latest page, which is destroyed again.
   */
  latestCheckpoint(filter?: A["eventFilter"], options: CallOptions = {}): Promise<Checkpoint | undefined> {
    return latestCheckpoint(this.core, filter ?? {}, options);
  }

  /**
   * Waits for `task` (what a `*_Task` method returns) to end, without polling: its info on success, a TaskError
   * carrying the typed fault on error. See tasks.ts.
   */
  waitForTask(task: RefArg, options: TaskWaitOptions<A> = {}): Promise<A["taskInfo"]> {
    return waitForTask(this.core, task, options);
  }

  /**
   * Reads properties of `obj`, a managed object of type `type`, by path (`["runtime.powerState", "config.hardware"]`),
   * each checked at compile time and typed by where it leads (properties.ts). Rejects with a PropertyReadError for a
   * property the server did not read.
   */
  retrieve<T extends ManagedObjectName<A>, const P extends readonly string[]>(
    type: T,
    obj: RefArg,
    paths: PathsOf<A, T, P>,
    options?: CallOptions,
  ): Promise<PropertiesAt<A, T, P>> {
    return retrieveOne(this.core, this.wire.knownTypes, type, obj, paths, options);
  }

  /** `retrieve` for several objects of one type in one call: each with its properties, in the order given. */
  retrieveMany<T extends ManagedObjectName<A>, const P extends readonly string[]>(
    type: T,
    objs: readonly RefArg[],
    paths: PathsOf<A, T, P>,
    options?: CallOptions,
  ): Promise<ObjectsAt<A, T, P>> {
    return retrieveObjects(this.core, this.wire.knownTypes, type, objs, paths, options);
  }

  /** Every entity of type `type` (ManagedEntity or a subtype: a container view holds no other), as `retrieve` reads. */
  list<T extends EntityName<A>, const P extends readonly string[]>(
    type: T,
    paths: PathsOf<A, T, P>,
    options?: ListOptions,
  ): Promise<ObjectsAt<A, T, P>> {
    return listObjects(this.core, this.wire.knownTypes, type, paths, options);
  }

  /** The EventManager, or a TypeError for a server without one. */
  eventManager(): NonNullable<A["serviceContent"]["eventManager"]> {
    return eventManagerOf<A>(this);
  }
}
