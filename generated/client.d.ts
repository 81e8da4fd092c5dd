import * as rt from "./runtime/runtime.js";
import type { AnyEvent, AnyMethodFault, EventFilterSpec, ManagedObjectReference, ServiceContent, TaskInfo, UserSession } from "./types.js";
import type { VimMethodName, VimMethods, VimParams, VimReturns, VimTaskMethodName, VimTaskResult } from "./methods.js";
import type { ManagedObjectProperties } from "./managed-objects.js";
import * as client$ from "./runtime/binding.js";
/** The types the client hands out, each held to the shape the client reads of it (runtime/contract.ts), and its typed call. */
export interface VimClientTypes {
    readonly methods: VimMethods;
    readonly managedObjects: ManagedObjectProperties;
    readonly call: <M extends VimMethodName>(method: M, args: VimParams<M>, options?: client$.CallOptions) => Promise<VimReturns<M>>;
    readonly runTask: <M extends VimTaskMethodName>(method: M, args: VimParams<M>, options?: client$.TaskWaitOptions<VimClientTypes>) => Promise<VimTaskResult<M>>;
    readonly ref: ManagedObjectReference;
    readonly event: AnyEvent;
    readonly fault: AnyMethodFault;
    readonly serviceContent: ServiceContent;
    readonly userSession: UserSession;
    readonly taskInfo: TaskInfo;
    readonly eventFilter: rt.RequestValue<EventFilterSpec>;
}
/** A typed vSphere client (runtime/vimClient.ts): `VimClient.connect` reads the service content and logs in, `call(method, args)` sends any method the schemas declare. */
export declare const VimClient: client$.VimClientClass<VimClientTypes>;
/** A typed vSphere client (runtime/vimClient.ts): `VimClient.connect` reads the service content and logs in, `call(method, args)` sends any method the schemas declare. */
export type VimClient = client$.VimClient<VimClientTypes>;
/** A task that ended in error (`waitForTask`): its info, and the fault as its MethodFault subtype. */
export declare const TaskError: client$.TaskErrorClass<VimClientTypes>;
/** A task that ended in error (`waitForTask`): its info, and the fault as its MethodFault subtype. */
export type TaskError = client$.TaskError<VimClientTypes>;
/** Properties a read (`retrieve`, `retrieveMany`, `list`) asked for and the server did not read, each with its fault. */
export declare const PropertyReadError: client$.PropertyReadErrorClass<VimClientTypes>;
/** Properties a read (`retrieve`, `retrieveMany`, `list`) asked for and the server did not read, each with its fault. */
export type PropertyReadError = client$.PropertyReadError<VimClientTypes>;
/** A fault answered on the VI JSON wire: the HTTP status and the fault, decoded as its MethodFault subtype. */
export declare const VimFault: client$.VimFaultClass<VimClientTypes>;
/** A fault answered on the VI JSON wire: the HTTP status and the fault, decoded as its MethodFault subtype. */
export type VimFault = client$.VimFault<VimClientTypes>;
/** What the event helpers need of a client (runtime/session.ts). */
export type VimSession = client$.VimSession<VimClientTypes>;
/** An EventFilterSpec as a call takes it: its `_typeName`, and its parts', may be left out. */
export type EventFilter = client$.EventFilter<VimClientTypes>;
/** How `followEvents` follows (runtime/followEvents.ts). */
export type FollowOptions = client$.FollowOptions<VimClientTypes>;
/** What `followEvents` yields: an event, decoded and typed, or one that did not decode. */
export type FollowedEvent = client$.FollowedEvent<VimClientTypes>;
/** A followed event that decoded, with its category and checkpoint. */
export type DecodedEvent = client$.DecodedEvent<VimClientTypes>;
/** What `queryEachEvent` answers with: an event, decoded and typed, or one that did not decode. */
export type QueriedEvent = client$.QueriedEvent<VimClientTypes>;
/** How `waitForTask` waits (runtime/tasks.ts). */
export type TaskWaitOptions = client$.TaskWaitOptions<VimClientTypes>;
/** Where `list` looks (runtime/properties.ts). */
export type ListOptions = client$.ListOptions<VimClientTypes>;
/** A property the server did not read: the object, the path and the fault. */
export type MissingProperty = client$.MissingProperty<VimClientTypes>;
