/**
 * Type-level tests of the generated interfaces, checked by `tsc` (npm run typecheck) and by
 * test/packages/generated-compile.test.ts. Each `@ts-expect-error` line must be an error: if the generated
 * types ever accepted it, tsc would report the directive as unused and the build would fail.
 */
import type {
  AnyEvent,
  AnyMethodFault,
  AnySessionEvent,
  ConnectOptions,
  DatacenterEventArgument,
  DatastoreHostMount,
  Event,
  FetchLike,
  ManagedEntityName,
  ManagedObjectProperties,
  ManagedObjectReference,
  QueriedEvent,
  SessionEvent,
  TaskInfo,
  TaskInfoState,
  UnknownEnumValue,
  UserLogoutSessionEvent,
  VirtualHardware,
  VimTaskMethodName,
  VirtualMachinePowerState,
  VmFailedToPowerOnEvent,
} from "../catalogue";
import type { VimClientTypes } from "../catalogue/client";
import type { VimMethods } from "../catalogue/methods";
import type { ContractHolds } from "../../generated/runtime/contract";
import {
  DecodeError,
  TaskError,
  VimClient,
  VimFault,
  decodeEventStream,
  decodeSessionEvent,
  decodeUserLogoutSessionEvent,
  faultOf,
  isEvent,
  isInvalidPowerState,
  TaskInfoStateValues,
} from "../catalogue";

const moref: ManagedObjectReference = {
  _typeName: "ManagedObjectReference",
  type: "Datacenter",
  value: "datacenter-3",
};
const datacenter: DatacenterEventArgument = { _typeName: "DatacenterEventArgument", name: "DC0", datacenter: moref };

export const logout: UserLogoutSessionEvent = {
  _typeName: "UserLogoutSessionEvent",
  key: 1,
  chainId: 1,
  createdTime: "2026-11-26T10:15:30Z",
  userName: "root",
  datacenter,
  callCount: 3,
};

// A subtype is usable wherever a base is expected.
export const asSession: SessionEvent = logout;
export const asEvent: Event = logout;
export const asUnion: AnyEvent = logout;

export const wrongFieldType: UserLogoutSessionEvent = {
  ...logout,
  // @ts-expect-error callCount is a number, not a string
  callCount: "3",
};

// @ts-expect-error userName is required
export const missingRequired: UserLogoutSessionEvent = {
  _typeName: "UserLogoutSessionEvent",
  key: 1,
  chainId: 1,
  createdTime: "2026-11-26T10:15:30Z",
};

export const wrongTypeName: UserLogoutSessionEvent = {
  ...logout,
  // @ts-expect-error _typeName of a leaf type is its own name only
  _typeName: "SessionEvent",
};

export const nullOptional: UserLogoutSessionEvent = {
  ...logout,
  // @ts-expect-error optional fields are absent, never null
  ipAddress: null,
};

// @ts-expect-error exactOptionalPropertyTypes: absent is not the same as undefined
export const undefinedOptional: UserLogoutSessionEvent = {
  ...logout,
  ipAddress: undefined,
};

/** switch on _typeName narrows a decoded event to its own type, and covering every case is checked. */
export function describe(body: unknown): string {
  const event = decodeSessionEvent(body);
  switch (event._typeName) {
    case "UserLogoutSessionEvent":
      return `${event.userName} logged out after ${event.callCount ?? 0} calls`;
    case "UserLoginSessionEvent":
      return `${event.userName} logged in from ${event.ipAddress} (${event.locale})`;
    case "SessionTerminatedEvent":
      return `${event.terminatedUsername}'s session ${event.sessionId} was terminated`;
    case "GlobalMessageChangedEvent":
      return `message: ${event.message} (was ${event.prevMessage ?? "unset"})`;
    case "BadUsernameSessionEvent":
    case "NoAccessUserEvent":
      return `failed logon from ${event.ipAddress}`;
    case "AlreadyAuthenticatedSessionEvent":
    case "ServerStartedSessionEvent":
      return event.userName;
    case "SessionEvent":
      // @ts-expect-error a plain SessionEvent has no callCount
      return String(event.callCount);
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** Forgetting a case is a compile error where the switch claims to be exhaustive. */
export function forgetsACase(event: AnySessionEvent): string {
  switch (event._typeName) {
    case "UserLogoutSessionEvent":
    case "UserLoginSessionEvent":
    case "SessionTerminatedEvent":
    case "GlobalMessageChangedEvent":
    case "BadUsernameSessionEvent":
    case "NoAccessUserEvent":
    case "AlreadyAuthenticatedSessionEvent":
    case "SessionEvent":
      return event.userName;
    default: {
      // @ts-expect-error ServerStartedSessionEvent is not handled, so event is not never
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export function guardNarrows(value: unknown): number {
  if (isEvent(value)) return value.key;
  // @ts-expect-error value is unknown outside the guard
  return value.key;
}

export function notNarrowed(event: AnySessionEvent): UserLogoutSessionEvent {
  // @ts-expect-error an AnySessionEvent is not necessarily a UserLogoutSessionEvent
  return event;
}

export const decodedLogout: UserLogoutSessionEvent = decodeUserLogoutSessionEvent({});

/** An enum field admits the listed values and, branded, a value a newer server added: a switch has a case left. */
export function taskState(info: TaskInfo): string {
  switch (info.state) {
    case "queued":
    case "running":
    case "success":
    case "error":
      return info.state;
    default: {
      // @ts-expect-error an UnknownEnumValue is still possible here
      const unreachable: never = info.state;
      return unreachable;
    }
  }
}

// @ts-expect-error a plain string is not taken for an enum value
export const notAState: TaskInfo["state"] = "paused" as string;
export const allStates: readonly TaskInfoState[] = TaskInfoStateValues;

/** A fault field says which came: the wrapper or the bare fault, told apart by _typeName. */
export function faultMessage(event: VmFailedToPowerOnEvent): string {
  const reason = event.reason;
  if (reason._typeName === "LocalizedMethodFault") return reason.localizedMessage ?? reason.fault._typeName;
  return reason.faultstring ?? reason._typeName;
}

/** The README's catalogue example: narrowing reaches every event type, enums and fault fields included. */
export function handle(event: AnyEvent): string {
  switch (event._typeName) {
    case "VmPoweredOnEvent":
      return `${event.vm?.name ?? "?"} powered on (template: ${event.template})`;
    case "TaskEvent":
      return event.info.state === "error" ? `task failed: ${event.info.error?._typeName ?? "?"}` : event.info.state;
    case "EventEx":
      return `${event.eventTypeId} (${event.severity ?? "info"})`;
    default:
      return event.fullFormattedMessage ?? event._typeName;
  }
}

// A stream's skipped value comes with the output's DecodeError, whose issues are always there.
declare const archive: AsyncIterable<string>;
export const skipping = decodeEventStream(archive, {
  onError: "skip",
  onSkip: (error, at) => {
    const decodeError: DecodeError = error;
    const paths: string[] = decodeError.issues.map((issue) => issue.path);
    return [paths, at.index];
  },
});

// The client: a core bound to these types by generated/client.ts, its calls, tasks and faults typed with them.
declare const client: VimClient;
// @ts-expect-error a method the schemas do not declare
export const noSuchMethod = client.call("NoSuchMethod", {});
// @ts-expect-error PowerOnVM_Task is called on a VirtualMachine reference, not a string
export const badArgs = client.call("PowerOnVM_Task", { _this: "vm-1" });
export const task: Promise<ManagedObjectReference> = client.call("PowerOnVM_Task", { _this: moref });
export const taskInfo: Promise<TaskInfo> = client.waitForTask(moref);
export const connecting: Promise<VimClient> = VimClient.connect({ url: "https://vc", username: "u", password: "p" });
// An option read from the environment may be unset: given as undefined, it is absent.
declare const environment: Readonly<Record<string, string | undefined>>;
export const fromEnvironment = VimClient.connect({
  url: "https://vc",
  username: "u",
  password: environment["VCENTER_PASSWORD"],
  thumbprint: environment["VCENTER_THUMBPRINT"],
});
declare const ownFetch: FetchLike;
export const withFetch = VimClient.connect({ url: "https://vc", username: "u", fetch: ownFetch });
// The options as users pass them on: without some of them, or in an interface of their own.
export function connectTo(url: string, rest: Omit<ConnectOptions, "url">): Promise<VimClient> {
  return VimClient.connect({ ...rest, url });
}
export interface AppOptions extends ConnectOptions {
  readonly followFrom?: number;
}
export function faultName(error: unknown): string | undefined {
  if (error instanceof TaskError) return error.fault?._typeName;
  return error instanceof VimFault ? error.fault._typeName : undefined;
}
// faultOf reads any of them, typed as the catalogue's faults: a guard narrows it.
export const faultOfAny: AnyMethodFault | undefined = faultOf(new Error("no fault"));
export const powerState: string | undefined = isInvalidPowerState(faultOfAny) ? faultOfAny.existingState : undefined;
// @ts-expect-error a fault is not an event
export const faultAsEvent: AnyEvent | undefined = faultOf(new Error("no fault"));
export async function* followed(): AsyncGenerator<AnyEvent> {
  for await (const { event } of client.followEvents()) if (event !== undefined) yield event;
}

// Types that break the client's contract (runtime/contract.ts) do not bind: client.ts's `contract: true` fails.
type Broken = Omit<VimClientTypes, "methods"> & {
  readonly methods: Omit<VimMethods, "ReadNextEvents"> & {
    readonly ReadNextEvents: { readonly params: VimMethods["ReadNextEvents"]["params"]; readonly returns: string[] };
  };
};
export const kept: ContractHolds<VimClientTypes> = true;
// @ts-expect-error ReadNextEvents returns what the client cannot read
export const broken: ContractHolds<Broken> = true;

// Typed property reads: a path is checked against the managed object type's properties and the data types it goes
// through, and typed by where it leads; one that may be unset (optional itself or on the way) may be absent.
export async function reads(): Promise<unknown[]> {
  const vm = await client.retrieve("VirtualMachine", moref, ["runtime.powerState", "config.hardware", "name"]);
  const state: VirtualMachinePowerState | UnknownEnumValue = vm["runtime.powerState"];
  const hardware: VirtualHardware | undefined = vm["config.hardware"];
  const name: string = vm.name;
  // @ts-expect-error config is optional on a VirtualMachine: so is what is read through it
  const cpus: number = (await client.retrieve("VirtualMachine", moref, ["config.hardware.numCPU"]))[
    "config.hardware.numCPU"
  ];
  // @ts-expect-error not a property of a VirtualMachine
  await client.retrieve("VirtualMachine", moref, ["runtime.powerstate"]);
  // @ts-expect-error a path does not go into an array (the property collector does not)
  await client.retrieve("VirtualMachine", moref, ["datastore.value"]);
  // @ts-expect-error a managed object type the schemas do not declare
  await client.retrieve("VirtualMachin", moref, ["name"]);
  const listed = await client.list("Datastore", ["summary.capacity", "host"], { container: moref, recursive: false });
  const capacity: number | undefined = listed[0]?.properties["summary.capacity"];
  const mounts: readonly DatastoreHostMount[] | undefined = listed[0]?.properties.host;
  const many = await client.retrieveMany("Folder", [moref], ["childEntity"]);
  const children: ManagedObjectReference[] | undefined = many[0]?.properties.childEntity;
  const inherited: ManagedObjectProperties["VirtualMachine"]["name"] = "a ManagedEntity's property";
  return [state, hardware, name, cpus, capacity, mounts, children, inherited];
}

// A reference given to the client may leave out its _typeName: it can only be ManagedObjectReference.
export async function plainReferences(): Promise<unknown[]> {
  const vm = { type: "VirtualMachine", value: "vm-42" };
  const read = await client.retrieve("VirtualMachine", vm, ["name"]);
  const many = await client.retrieveMany("VirtualMachine", [vm, moref], ["name"]);
  const listed = await client.list("VirtualMachine", ["name"], { container: { type: "Folder", value: "group-v3" } });
  const info = await client.waitForTask({ type: "Task", value: "task-1" });
  // @ts-expect-error a reference's _typeName, when given, is ManagedObjectReference
  await client.waitForTask({ _typeName: "Task", type: "Task", value: "task-1" });
  return [read.name, many, listed, info];
}

// A path ends at what the property collector reads: it does not step into a string, a reference or the _typeName.
export async function pathsThatEnd(): Promise<void> {
  // @ts-expect-error a string has no properties the collector reads
  await client.retrieve("VirtualMachine", moref, ["name.length"]);
  // @ts-expect-error a reference is another object: its properties are read on it, not through this one
  await client.retrieve("VirtualMachine", moref, ["resourcePool.value"]);
  // @ts-expect-error the _typeName is the wire's, not a property
  await client.retrieve("VirtualMachine", moref, ["config._typeName"]);
  // @ts-expect-error an enum value is a string
  await client.retrieve("VirtualMachine", moref, ["runtime.powerState.length"]);
}

// A fault slot (a task's info.error) is stepped into as the LocalizedMethodFault the server holds there.
export async function taskError(): Promise<unknown[]> {
  const read = await client.retrieve("Task", moref, ["info.error.localizedMessage", "info.error.fault"]);
  const message: string | undefined = read["info.error.localizedMessage"];
  const fault: AnyMethodFault | undefined = read["info.error.fault"];
  return [message, fault];
}

// list reads through a container view, which holds managed entities only.
export const entities: ManagedEntityName[] = ["VirtualMachine", "Datastore", "Folder", "ManagedEntity"];
// @ts-expect-error the EventManager is no managed entity
export const notEntity: ManagedEntityName = "EventManager";
export async function listNotEntity(): Promise<unknown> {
  // @ts-expect-error a container view holds no EventManager
  return client.list("EventManager", ["latestEvent"]);
}

// A request takes a value as a decoder returned it: read a VM's devices, change one, reconfigure with it (the whole
// API's check of it is test/client/method-sweep.test.ts's, compiled by the typecheck gate).
export async function readEditReconfigure(): Promise<ManagedObjectReference | undefined> {
  const read = await client.retrieve("VirtualMachine", moref, ["config.hardware"]);
  const device = read["config.hardware"]?.device?.[0];
  if (device === undefined) return undefined;
  const edit = { operation: "edit", device: { ...device, unitNumber: 1 } } as const;
  // The device slot is polymorphic: a value without its _typeName does not say which device it is.
  const unnamed = { operation: "edit", device: { key: 1 } } as const;
  // @ts-expect-error the device's _typeName is required
  await client.call("ReconfigVM_Task", { _this: moref, spec: { deviceChange: [unnamed] } });
  return client.call("ReconfigVM_Task", { _this: moref, spec: { deviceChange: [edit] } });
}

// The types the client guide names are the index's: a task method's name, and what queryEachEvent answers.
export const taskMethod: VimTaskMethodName = "PowerOnVM_Task";
// @ts-expect-error CurrentTime starts no task
export const notTaskMethod: VimTaskMethodName = "CurrentTime";
export function keyOfQueried(queried: QueriedEvent): number | undefined {
  return queried.event?.key ?? queried.undecodable?.key;
}
