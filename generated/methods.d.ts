import * as rt from "./runtime/runtime.js";
import type { AnyEvent, AnyEventManagerEventViewSpec, AnyFileFault, AnyInvalidDatastore, AnyInvalidState, AnyVimFault, ConcurrentAccess, DuplicateName, EventFilterSpec, InsufficientResourcesFault, InvalidCollectorVersion, InvalidEvent, InvalidLocale, InvalidLogin, InvalidName, InvalidProperty, ManagedObjectReference, NotFound, PropertyFilterSpec, RequestCanceled, RetrieveOptions, RetrieveResult, ServiceContent, SnapshotFault, TaskInProgress, TaskInfo, UpdateSet, UserSession, VirtualMachineConfigSpec, VmConfigFault, WaitOptions } from "./types.js";
/** Every method the schemas declare, by name: the managed object type it is called on (`on`), its parameters (`params`, `_this` first), what it returns (`returns`; an array is empty when the server sent none) and the faults its documentation lists (`faults`; any call may also fail with a RuntimeFault). */
export interface VimMethods {
    /** Called on PropertyCollector, with the privilege System.View. */
    readonly CancelWaitForUpdates: {
        readonly on: "PropertyCollector";
        readonly params: {
            /** The PropertyCollector the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: void;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /** Called on PropertyCollector, with the privilege System.View. */
    readonly ContinueRetrievePropertiesEx: {
        readonly on: "PropertyCollector";
        readonly params: {
            /** The PropertyCollector the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly token: string;
        };
        readonly returns: RetrieveResult;
        readonly taskResult: undefined;
        readonly faults: InvalidProperty;
    };
    /** Called on EventManager, with the privilege System.View. */
    readonly CreateCollectorForEvents: {
        readonly on: "EventManager";
        readonly params: {
            /** The EventManager the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly filter: EventFilterSpec;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: AnyInvalidState;
    };
    /**
     * Called on ViewManager, with the privilege System.View.
     * @since vSphere API 2.5
     */
    readonly CreateContainerView: {
        readonly on: "ViewManager";
        readonly params: {
            /** The ViewManager the method is called on. */
            readonly _this: ManagedObjectReference;
            /**
             * A reference to an instance of a `Folder`,
             * `Datacenter`, `ComputeResource`,
             * `ResourcePool`, or `HostSystem` object.
             *
             * Required privileges: System.View
             *
             * Refers instance of `ManagedEntity`.
             */
            readonly container: ManagedObjectReference;
            /**
             * An optional list of managed entity types. The server
             * associates only objects of the specified type(s) with the view.
             * If you specify an empty array, the server uses all types.
             */
            readonly type?: string[];
            /**
             * Whether to include only the immediate children of the
             * container instance, or to include additional objects by
             * following paths beyond the immediate children.
             *
             * When recursive is false, the list of objects contains
             * only immediate children.
             * When recursive is true, the server populates the list
             * by following references beyond the immediate children
             * (using a child's references, and then references in the
             * resulting objects, and so on).
             *
             * Depending on the container type, the server will use the following
             * properties of the container instance to obtain objects for the
             * view's object list:
             *   - `Folder` object - `Folder.childEntity`
             *     property.
             *     If recursive is false, the container list includes the reference
             *     to the child entity in the folder instance.
             *     If recursive is true, the server will follow the child
             *     folder path(s) to collect additional childEntity references.
             *   - `ResourcePool` object - `ResourcePool.vm`
             *     and `ResourcePool.resourcePool` properties.
             *     If recursive is false, the object list will contain references
             *     to the virtual machines associated with this resource pool,
             *     and references to virtual machines associated with the
             *     immediate child resource pools. If recursive is true,
             *     the server will follow all child resource pool paths
             *     extending from the immediate children (and their children,
             *     and so on) to collect additional references to virtual machines.
             *   - `ComputeResource` object - `ComputeResource.host`
             *     and `ComputeResource.resourcePool` properties.
             *     If recursive is false, the object list will contain references
             *     to the host systems associated with this compute resource,
             *     references to virtual machines associated with the
             *     host systems, and references to virtual machines associated
             *     with the immediate child resource pools.
             *     If recursive is true, the server will follow the child
             *     resource pool paths (and their child resource pool paths,
             *     and so on) to collect additional references to virtual machines.
             *   - `Datacenter` object - `Datacenter.vmFolder`,
             *     `Datacenter.hostFolder`,
             *     `Datacenter.datastoreFolder`, and
             *     `Datacenter.networkFolder` properties.
             *     If recursive is set to false, the server uses the
             *     immediate child folders for the virtual machines,
             *     hosts, datastores, and networks associated with this
             *     datacenter. If recursive is set to true, the server
             *     will follow the folder paths to collect references
             *     to additional objects.
             *   - `HostSystem` object - `HostSystem.vm`
             *     property.
             *     The view object list contains references to the virtual machines
             *     associated with this host system. The value of recursive does not
             *     affect this behavior.
             */
            readonly recursive: boolean;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /** Called on PropertyCollector, with the privilege System.View. */
    readonly CreateFilter: {
        readonly on: "PropertyCollector";
        readonly params: {
            /** The PropertyCollector the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly spec: PropertyFilterSpec;
            readonly partialUpdates: boolean;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: InvalidProperty;
    };
    /**
     * Called on Folder, with the privilege Folder.Create.
     * @since vSphere API 2.0
     */
    readonly CreateFolder: {
        readonly on: "Folder";
        readonly params: {
            /** The Folder the method is called on. */
            readonly _this: ManagedObjectReference;
            /**
             * The name to be given the new folder. An entity name
             * must be a non-empty string of less than 80 characters.
             * The slash (/), backslash (\\) and percent (%) will be escaped
             * using the URL syntax. For example, %2F. Any percent (%)
             * character used in this parameter must be escaped, unless
             * it is used to start an escape sequence. Clients may also
             * escape any other characters in this parameter.
             */
            readonly name: string;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: DuplicateName | InvalidName;
    };
    /**
     * Creates a new session-specific PropertyCollector that can be used to retrieve property updates independent of any other PropertyCollector. It is destroyed with the session, or by DestroyPropertyCollector. A client waits on its own collector so that its WaitForUpdatesEx does not cancel another's (a collector answers one at a time).
     *
     * Called on PropertyCollector, with the privilege System.View.
     * @since vSphere API 4.1
     */
    readonly CreatePropertyCollector: {
        readonly on: "PropertyCollector";
        readonly params: {
            /** The PropertyCollector the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /**
     * Called on VirtualMachine, with the privilege VirtualMachine.State.CreateSnapshot.
     * @since vSphere API 2.0
     */
    readonly CreateSnapshot_Task: {
        readonly on: "VirtualMachine";
        readonly params: {
            /** The VirtualMachine the method is called on. */
            readonly _this: ManagedObjectReference;
            /**
             * The name for this snapshot. The name need not be unique for
             * this virtual machine.
             */
            readonly name: string;
            /**
             * A description for this snapshot. If omitted, a default
             * description may be provided.
             */
            readonly description?: string;
            /**
             * If TRUE, a dump of the internal state of the virtual machine
             * (basically a memory dump) is included in the snapshot. Memory snapshots
             * consume time and resources, and thus take longer to create. When set to FALSE,
             * the power state of the snapshot is set to powered off.
             *
             * `capabilities`
             * indicates whether or not this virtual machine supports this operation.
             * For a virtual machine in suspended state we always include memory
             * unless `VirtualMachineCapability.diskOnlySnapshotOnSuspendedVMSupported` is
             * true.
             */
            readonly memory: boolean;
            /**
             * If TRUE and the virtual machine is powered on when the
             * snapshot is taken, VMware Tools is used to quiesce the file
             * system in the virtual machine. This assures that a disk snapshot
             * represents a consistent state of the guest file systems. If the virtual machine
             * is powered off or VMware Tools are not available, the quiesce flag is ignored.
             */
            readonly quiesce: boolean;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: ManagedObjectReference;
        readonly faults: AnyFileFault | InvalidName | AnyInvalidState | SnapshotFault | TaskInProgress | VmConfigFault;
    };
    /** Called on ServiceInstance, with the privilege System.View. */
    readonly CurrentTime: {
        readonly on: "ServiceInstance";
        readonly params: {
            /** The ServiceInstance the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: string;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /** Called on HistoryCollector. */
    readonly DestroyCollector: {
        readonly on: "HistoryCollector";
        readonly params: {
            /** The HistoryCollector the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: void;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /**
     * Destroys this PropertyCollector and the filters it holds. A session's own collectors are destroyed with it too.
     *
     * Called on PropertyCollector, with the privilege System.View.
     * @since vSphere API 4.1
     */
    readonly DestroyPropertyCollector: {
        readonly on: "PropertyCollector";
        readonly params: {
            /** The PropertyCollector the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: void;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /** Called on PropertyFilter. */
    readonly DestroyPropertyFilter: {
        readonly on: "PropertyFilter";
        readonly params: {
            /** The PropertyFilter the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: void;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /**
     * Called on View, with the privilege System.View.
     * @since vSphere API 2.5
     */
    readonly DestroyView: {
        readonly on: "View";
        readonly params: {
            /** The View the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: void;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /**
     * Called on ManagedEntity.
     * @since vSphere API 2.0
     */
    readonly Destroy_Task: {
        readonly on: "ManagedEntity";
        readonly params: {
            /** The ManagedEntity the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: AnyVimFault;
    };
    /** Called on SessionManager, with the privilege System.Anonymous. */
    readonly Login: {
        readonly on: "SessionManager";
        readonly params: {
            /** The SessionManager the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly userName: string;
            readonly password: string;
            readonly locale?: string;
        };
        readonly returns: UserSession;
        readonly taskResult: undefined;
        readonly faults: InvalidLocale | InvalidLogin;
    };
    /** Called on SessionManager, with the privilege System.View. */
    readonly Logout: {
        readonly on: "SessionManager";
        readonly params: {
            /** The SessionManager the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: void;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /** Called on EventManager, with the privilege Global.LogEvent. */
    readonly PostEvent: {
        readonly on: "EventManager";
        readonly params: {
            /** The EventManager the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly eventToPost: AnyEvent;
            readonly taskInfo?: TaskInfo;
        };
        readonly returns: void;
        readonly taskResult: undefined;
        readonly faults: InvalidEvent;
    };
    /** Called on VirtualMachine, with the privilege VirtualMachine.Interact.PowerOff. */
    readonly PowerOffVM_Task: {
        readonly on: "VirtualMachine";
        readonly params: {
            /** The VirtualMachine the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: AnyInvalidState | TaskInProgress;
    };
    /** Called on VirtualMachine, with the privilege VirtualMachine.Interact.PowerOn. */
    readonly PowerOnVM_Task: {
        readonly on: "VirtualMachine";
        readonly params: {
            /** The VirtualMachine the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly host?: ManagedObjectReference;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: AnyFileFault | InsufficientResourcesFault | AnyInvalidState | TaskInProgress | VmConfigFault;
    };
    /** Called on EventManager, with the privilege System.View. */
    readonly QueryEvents: {
        readonly on: "EventManager";
        readonly params: {
            /** The EventManager the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly filter: EventFilterSpec;
            /** Where the returned events start (9.0 on). For the newest events: EventManagerViewByStartId with startEventId 2147480000 (or config.vpxd.event.maxEventId) and isForward false; for the next page of older events, the smallest ID of the previous page with isForward false; for the next page of newer events, the biggest ID of the previous page with isForward true. */
            readonly eventViewSpec?: AnyEventManagerEventViewSpec;
        };
        readonly returns: AnyEvent[];
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /** Called on EventHistoryCollector. */
    readonly ReadNextEvents: {
        readonly on: "EventHistoryCollector";
        readonly params: {
            /** The EventHistoryCollector the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly maxCount: number;
        };
        readonly returns: AnyEvent[];
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /** Called on EventHistoryCollector. */
    readonly ReadPreviousEvents: {
        readonly on: "EventHistoryCollector";
        readonly params: {
            /** The EventHistoryCollector the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly maxCount: number;
        };
        readonly returns: AnyEvent[];
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /**
     * Called on VirtualMachine.
     * @since vSphere API 2.0
     */
    readonly ReconfigVM_Task: {
        readonly on: "VirtualMachine";
        readonly params: {
            /** The VirtualMachine the method is called on. */
            readonly _this: ManagedObjectReference;
            /** The new configuration values. */
            readonly spec: VirtualMachineConfigSpec;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: ConcurrentAccess | DuplicateName | AnyFileFault | InsufficientResourcesFault | AnyInvalidDatastore | InvalidName | AnyInvalidState | TaskInProgress | VmConfigFault;
    };
    /**
     * Called on VirtualMachineSnapshot, with the privilege VirtualMachine.State.RemoveSnapshot.
     * @since vSphere API 2.0
     */
    readonly RemoveSnapshot_Task: {
        readonly on: "VirtualMachineSnapshot";
        readonly params: {
            /** The VirtualMachineSnapshot the method is called on. */
            readonly _this: ManagedObjectReference;
            /** Flag to specify removal of the entire snapshot subtree. */
            readonly removeChildren: boolean;
            /**
             * (optional) If set to true, the virtual disk associated
             * with this snapshot will be merged with other disk if possible. Defaults to true.
             */
            readonly consolidate?: boolean;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: TaskInProgress;
    };
    /**
     * Called on ManagedEntity.
     * @since vSphere API 2.0
     */
    readonly Rename_Task: {
        readonly on: "ManagedEntity";
        readonly params: {
            /** The ManagedEntity the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly newName: string;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: DuplicateName | InvalidName;
    };
    /** Called on HistoryCollector. */
    readonly ResetCollector: {
        readonly on: "HistoryCollector";
        readonly params: {
            /** The HistoryCollector the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: void;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /** Called on VirtualMachine, with the privilege VirtualMachine.Interact.Reset. */
    readonly ResetVM_Task: {
        readonly on: "VirtualMachine";
        readonly params: {
            /** The VirtualMachine the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: AnyInvalidState | TaskInProgress;
    };
    /** Called on PropertyCollector, with the privilege System.Anonymous. */
    readonly RetrievePropertiesEx: {
        readonly on: "PropertyCollector";
        readonly params: {
            /** The PropertyCollector the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly specSet?: PropertyFilterSpec[];
            readonly options: RetrieveOptions;
        };
        readonly returns: RetrieveResult | undefined;
        readonly taskResult: undefined;
        readonly faults: InvalidProperty;
    };
    /** Called on ServiceInstance, with the privilege System.Anonymous. */
    readonly RetrieveServiceContent: {
        readonly on: "ServiceInstance";
        readonly params: {
            /** The ServiceInstance the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: ServiceContent;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /**
     * Called on VirtualMachineSnapshot, with the privilege VirtualMachine.State.RevertToSnapshot.
     * @since vSphere API 2.0
     */
    readonly RevertToSnapshot_Task: {
        readonly on: "VirtualMachineSnapshot";
        readonly params: {
            /** The VirtualMachineSnapshot the method is called on. */
            readonly _this: ManagedObjectReference;
            /**
             * (optional) Choice of host for the virtual machine, in case this
             * operation causes the virtual machine to power on.
             *
             * If a snapshot was taken while a virtual machine was powered on, and this operation
             * is invoked after the virtual machine was powered off, the operation causes the
             * virtual machine to power on to reach the snapshot state. This parameter can be
             * used to specify a choice of host where the virtual machine should power on.
             *
             * If this parameter is not set and the vBalance feature is configured for automatic
             * load balancing, a host is automatically selected. Otherwise, the virtual machine
             * keeps its existing host affiliation.
             *
             * Refers instance of `HostSystem`.
             */
            readonly host?: ManagedObjectReference;
            /**
             * (optional) If set to true, the virtual
             * machine will not be powered on regardless of the power state when
             * the snapshot was created. Default to false.
             */
            readonly suppressPowerOn?: boolean;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: AnyFileFault | InsufficientResourcesFault | AnyInvalidState | TaskInProgress | VmConfigFault;
    };
    /** Called on HistoryCollector. */
    readonly RewindCollector: {
        readonly on: "HistoryCollector";
        readonly params: {
            /** The HistoryCollector the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: void;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /** Called on SessionManager, with the privilege Sessions.ValidateSession. */
    readonly SessionIsActive: {
        readonly on: "SessionManager";
        readonly params: {
            /** The SessionManager the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly sessionID: string;
            readonly userName: string;
        };
        readonly returns: boolean;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /** Called on HistoryCollector. */
    readonly SetCollectorPageSize: {
        readonly on: "HistoryCollector";
        readonly params: {
            /** The HistoryCollector the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly maxCount: number;
        };
        readonly returns: void;
        readonly taskResult: undefined;
        readonly faults: never;
    };
    /** Called on VirtualMachine, with the privilege VirtualMachine.Interact.Suspend. */
    readonly SuspendVM_Task: {
        readonly on: "VirtualMachine";
        readonly params: {
            /** The VirtualMachine the method is called on. */
            readonly _this: ManagedObjectReference;
        };
        readonly returns: ManagedObjectReference;
        readonly taskResult: undefined;
        readonly faults: AnyInvalidState | TaskInProgress;
    };
    /** Called on SessionManager, with the privilege Sessions.TerminateSession. */
    readonly TerminateSession: {
        readonly on: "SessionManager";
        readonly params: {
            /** The SessionManager the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly sessionId?: string[];
        };
        readonly returns: void;
        readonly taskResult: undefined;
        readonly faults: NotFound;
    };
    /** Called on PropertyCollector, with the privilege System.View. */
    readonly WaitForUpdatesEx: {
        readonly on: "PropertyCollector";
        readonly params: {
            /** The PropertyCollector the method is called on. */
            readonly _this: ManagedObjectReference;
            readonly version?: string;
            readonly options?: WaitOptions;
        };
        readonly returns: UpdateSet | undefined;
        readonly taskResult: undefined;
        readonly faults: InvalidCollectorVersion | RequestCanceled;
    };
}
/** The name of a method the schemas declare. */
export type VimMethodName = keyof VimMethods;
/** The arguments of method `M`: `_this` and its parameters. An object whose slot fixes its type may leave out its `_typeName`; where a slot takes several types it says which. */
export type VimParams<M extends VimMethodName> = rt.RequestParams<VimMethods[M]["params"]>;
/** What method `M` returns. */
export type VimReturns<M extends VimMethodName> = VimMethods[M]["returns"];
/** What the task of method `M` (a `*_Task` method) reports as its `info.result` on success: `undefined` when it reports nothing. */
export type VimTaskResult<M extends VimMethodName> = VimMethods[M]["taskResult"];
/** The name of a method that starts a task (and returns a reference to it): what `runTask` calls. */
export type VimTaskMethodName = "CreateSnapshot_Task" | "Destroy_Task" | "PowerOffVM_Task" | "PowerOnVM_Task" | "ReconfigVM_Task" | "RemoveSnapshot_Task" | "Rename_Task" | "ResetVM_Task" | "RevertToSnapshot_Task" | "SuspendVM_Task";
/** Each method's wire facts, read by every wire's requests and responses (internal): its parameters and return value as `[name, kind, flags, ...types]`, and the return value's guard and decoder. */
export declare const vimMethods$: Readonly<Record<VimMethodName, rt.MethodEntry>>;
