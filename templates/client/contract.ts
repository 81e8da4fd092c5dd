/**
 * The client's contract with the types a catalogue generates. The client is a core that imports no generated module:
 * it is generic over `ClientTypes`, the few types it hands to its users (events, the service content, task infos,
 * faults...), each held to the minimal shape the core reads of it here, and it calls the methods of `CoreCalls` with
 * the arguments it sends and the answers it reads. The output's `client.ts` binds the core to its own types and wire
 * functions (binding.ts) and checks at compile time that they keep this contract (`ContractHolds`), so a schema change
 * that breaks it fails the typecheck there, naming the method. Copied into the output folder.
 */
import type { DecodeOptions } from "../core/context";
import type { RequestParams } from "../core/methodValues";
import type { JsonMethodRequest } from "../vijson/jsonMethods";
import type { AbortSignalLike } from "./http";

/** A managed object reference, as the core makes and passes them. */
export interface ObjectRef {
  readonly _typeName: "ManagedObjectReference";
  readonly type: string;
  readonly value: string;
}

/**
 * A managed object reference as a caller may give it: its `_typeName` may be left out, since it can only be
 * ManagedObjectReference (`{ type: "VirtualMachine", value: "vm-42" }`). A reference a decoder returned is one too.
 */
export interface RefArg {
  readonly _typeName?: "ManagedObjectReference";
  readonly type: string;
  readonly value: string;
}

/** The reference `ref` names, as the core sends it: its `_typeName` written, nothing else of the caller's object. */
export function refOf(ref: RefArg): ObjectRef {
  return { _typeName: "ManagedObjectReference", type: ref.type, value: ref.value };
}

/** A MethodFault: its subtype's name and, perhaps, its messages. */
export interface MethodFaultShape {
  readonly _typeName: string;
  readonly faultMessage?: readonly { readonly message?: unknown }[];
}

/** A LocalizedMethodFault, as a TaskInfo's `error` may be. */
export interface LocalizedFaultShape {
  readonly _typeName: "LocalizedMethodFault";
  readonly fault: MethodFaultShape;
  readonly localizedMessage?: string;
}

/** An Event: its type, key, creation time (text or a Date, as the output's modes say) and user. */
export interface EventShape {
  readonly _typeName: string;
  readonly key: number;
  readonly createdTime: unknown;
  readonly userName?: string;
}

/** What the core reads of the service content. */
export interface ServiceContentShape {
  readonly about: { readonly apiVersion: string };
  readonly propertyCollector: ObjectRef;
  readonly rootFolder: ObjectRef;
  readonly viewManager?: ObjectRef;
  readonly sessionManager?: ObjectRef;
  readonly eventManager?: ObjectRef;
}

export interface UserSessionShape {
  readonly _typeName: string;
}

/** What the core reads of a task's info. */
export interface TaskInfoShape {
  readonly _typeName: string;
  readonly task: ObjectRef;
  readonly descriptionId: string;
  readonly state: unknown;
  readonly error?: MethodFaultShape | LocalizedFaultShape;
  /** What the task reports on success (runTask returns it). */
  readonly result?: unknown;
}

/** The parts of an EventFilterSpec (as a request gives it) the core applies itself. */
export interface EventFilterShape {
  readonly time?: { readonly beginTime?: unknown; readonly endTime?: unknown } | undefined;
  readonly userName?:
    { readonly userList?: readonly string[] | undefined; readonly systemUser: boolean } | undefined;
  readonly maxCount?: number | undefined;
}

/** No filter: what the core gives where it was given none (every part of an EventFilterSpec is optional). */
export type NoFilter = { readonly [K in keyof EventFilterShape]?: never };

/** A filter as the core passes it on: the caller's, or none. */
export type FilterOf<A extends ClientTypes> = A["eventFilter"] | NoFilter;

/** What the core reads of an UpdateSet (WaitForUpdatesEx's answer). */
export interface UpdateSetShape {
  readonly version: string;
  readonly filterSet?: readonly {
    readonly objectSet?: readonly {
      readonly changeSet?: readonly { readonly name: string; readonly op: unknown; readonly val?: unknown }[];
    }[];
  }[];
}

/** What the core reads of a RetrieveResult (RetrievePropertiesEx's answer). */
export interface RetrieveResultShape {
  /** Where the next page starts (ContinueRetrievePropertiesEx), when there is one. */
  readonly token?: string;
  readonly objects?: readonly {
    readonly obj: ObjectRef;
    readonly propSet?: readonly { readonly name: string; readonly val?: unknown }[];
    readonly missingSet?: readonly {
      readonly path: string;
      readonly fault: MethodFaultShape | LocalizedFaultShape;
    }[];
  }[];
}

/**
 * A PropertyFilterSpec as the core writes them: properties of one type, of the objects given or of those a container
 * view holds (the view skipped, its `view` property traversed).
 */
export interface PropertyFilterSpecShape {
  readonly _typeName: "PropertyFilterSpec";
  readonly propSet: readonly {
    readonly _typeName: "PropertySpec";
    readonly type: string;
    readonly pathSet: string[];
  }[];
  readonly objectSet: readonly {
    readonly _typeName: "ObjectSpec";
    readonly obj: ObjectRef;
    readonly skip?: boolean;
    readonly selectSet?: readonly {
      readonly _typeName: "TraversalSpec";
      readonly type: string;
      readonly path: string;
      readonly skip: boolean;
    }[];
  }[];
}

/** How one call is made: options no wire sees. */
export interface CallOptions {
  readonly signal?: AbortSignalLike;
  readonly timeoutMs?: number;
  /**
   * Decode each event of the answer's event pages on its own (undecodable.ts): one that does not decode is an
   * UndecodedElement in its place, which the answer's type does not say. For the event helpers, which read such an
   * answer as PageEvents.
   */
  readonly eventPages?: boolean;
  /**
   * A clean-up call (destroying what an ended operation made on the server): neither its signal nor the client's ends
   * it, only its timeout, so that an abort, of the operation or of the client, still cleans up.
   */
  readonly cleanup?: boolean;
}

/** The options of a clean-up call: best effort, a few seconds at most. */
export const CLEANUP: CallOptions = { cleanup: true, timeoutMs: 5_000 };

/**
 * The types a catalogue gives the client, each held to the shape the core reads of it; `call` is the typed call
 * (`client.call`), as the catalogue's method map types it, and `methods` that map, which the contract is checked on.
 */
export interface ClientTypes {
  readonly methods: object;
  /** Each managed object type's properties, by type name (the output's `ManagedObjectProperties`). */
  readonly managedObjects: object;
  /** A managed object reference (what a `*_Task` method returns, a read answers with). */
  readonly ref: ObjectRef;
  /**
   * The name of a managed entity type (ManagedEntity and the types that extend it): what a container view holds, so
   * what `list` reads (the output's `ManagedEntityName`).
   */
  readonly entityName: string;
  readonly call: (method: never, args: never, options?: CallOptions) => Promise<unknown>;
  /** `runTask`: a `*_Task` method called and its task waited for, typed as the catalogue types its task result. */
  readonly runTask: (method: never, args: never, options?: never) => Promise<unknown>;
  readonly event: EventShape;
  readonly fault: MethodFaultShape;
  readonly serviceContent: ServiceContentShape;
  readonly userSession: UserSessionShape;
  readonly taskInfo: TaskInfoShape;
  /** An EventFilterSpec as a request gives it (its `_typeName`, and its parts', may be left out). */
  readonly eventFilter: EventFilterShape;
}

/** A call: the arguments the core sends, the answer it reads. */
interface Call<P, R> {
  readonly params: P;
  readonly returns: R;
}

type On = { readonly _this: ObjectRef };

/** Every method the core calls, with what it sends and what it reads of the answer. */
export interface CoreCalls<A extends ClientTypes> {
  readonly CancelRetrievePropertiesEx: Call<On & { readonly token: string }, void>;
  readonly ContinueRetrievePropertiesEx: Call<On & { readonly token: string }, RetrieveResultShape>;
  readonly CreateCollectorForEvents: Call<On & { readonly filter: FilterOf<A> }, ObjectRef>;
  readonly CreateContainerView: Call<
    On & { readonly container: ObjectRef; readonly type: string[]; readonly recursive: boolean },
    ObjectRef
  >;
  readonly CreateFilter: Call<
    On & { readonly spec: PropertyFilterSpecShape; readonly partialUpdates: boolean },
    ObjectRef
  >;
  readonly CreatePropertyCollector: Call<On, ObjectRef>;
  readonly DestroyCollector: Call<On, void>;
  readonly DestroyPropertyCollector: Call<On, void>;
  readonly DestroyView: Call<On, void>;
  readonly Login: Call<
    On & { readonly userName: string; readonly password: string; readonly locale?: string },
    A["userSession"]
  >;
  readonly Logout: Call<On, void>;
  readonly QueryEvents: Call<
    On & {
      readonly filter: FilterOf<A>;
      readonly eventViewSpec?: {
        readonly _typeName: "EventManagerViewByStartId";
        readonly startEventId: number;
        readonly isForward: boolean;
      };
    },
    A["event"][]
  >;
  readonly ReadNextEvents: Call<On & { readonly maxCount: number }, A["event"][]>;
  readonly ResetCollector: Call<On, void>;
  readonly RetrievePropertiesEx: Call<
    On & {
      readonly specSet: readonly PropertyFilterSpecShape[];
      readonly options: { readonly _typeName: "RetrieveOptions" };
    },
    RetrieveResultShape | undefined
  >;
  readonly RetrieveServiceContent: Call<On, A["serviceContent"]>;
  readonly SetCollectorPageSize: Call<On & { readonly maxCount: number }, void>;
  readonly WaitForUpdatesEx: Call<
    On & {
      readonly version: string;
      readonly options: { readonly _typeName: "WaitOptions"; readonly maxWaitSeconds: number };
    },
    UpdateSetShape | undefined
  >;
}

export type CoreMethod = keyof CoreCalls<ClientTypes>;

/**
 * The methods of `A`'s map that break the contract, each with why (never when it holds): a method the core calls
 * must take what the core sends, and return what the core reads.
 */
export type ContractBreaches<A extends ClientTypes> = {
  [M in CoreMethod]: M extends keyof A["methods"]
    ? A["methods"][M] extends { readonly params: infer P; readonly returns: infer R }
      ? [CoreCalls<A>[M]["params"]] extends [RequestParams<P>]
        ? [R] extends [CoreCalls<A>[M]["returns"]]
          ? never
          : `${M} returns what the client cannot read`
        : `${M} does not take what the client sends`
      : `${M} is not a method`
    : `${M} is not declared`;
}[CoreMethod];

/**
 * `true` when `A` keeps the contract; else an object whose `breaks` names each method that breaks it (a template
 * literal type, so that the error spells them out: `"ReadNextEvents returns what the client cannot read"`).
 */
export type ContractHolds<A extends ClientTypes> = [ContractBreaches<A>] extends [never]
  ? true
  : { readonly breaks: `${ContractBreaches<A>}` };

/**
 * The catalogue's wire functions the client sends and reads with (its soap.ts, encoders.ts and decoders.ts). Typed by
 * the method as a string: what a call sends and returns is typed by `A["call"]`, and the wires decode each method's
 * answer as its own.
 */
export interface WireFunctions {
  soapRequest(method: string, args: object): string;
  parseSoapReturn(method: string, body: string, options?: DecodeOptions): unknown;
  jsonRequest(method: string, args: object): JsonMethodRequest;
  parseJsonReturn(method: string, text: string, options?: DecodeOptions): unknown;
  decodeMethodFault(value: unknown, options?: DecodeOptions): MethodFaultShape;
  /** Every type name the catalogue declares (its decoders-dispatch.ts). */
  readonly knownTypes$: ReadonlySet<string>;
}

/** What the output's client.ts gives the core: its wire functions, and `contract: true`, which compiles only while
 * its types keep the contract. */
export interface ClientApi<A extends ClientTypes> extends WireFunctions {
  readonly contract: ContractHolds<A>;
}
