import * as rt from "./runtime/runtime.js";
import type { AlarmState, AnyCustomFieldValue, AnyDatastoreInfo, AnyEvent, AnyValue, Capability, ComputeResourceConfigInfo, ComputeResourceSummary, CustomFieldDef, DatacenterConfigInfo, DatastoreCapability, DatastoreHostMount, DatastoreSummary, EventDescription, GuestInfo, ManagedEntityStatus, ManagedObjectReference, NetworkSummary, Permission, PropertyFilterSpec, ResourceConfigSpec, ResourcePoolRuntimeInfo, ResourcePoolSummary, ServiceContent, StorageIORMInfo, Tag, TaskDescription, TaskInfo, UserSession, VirtualMachineCapability, VirtualMachineConfigInfo, VirtualMachineFileLayout, VirtualMachineFileLayoutEx, VirtualMachineRuntimeInfo, VirtualMachineSnapshotInfo, VirtualMachineStorageInfo, VirtualMachineSummary } from "./types.js";
/** Every managed object type the schemas declare, by name: its properties (inherited ones included) as the property collector reads them. A property path (`runtime.powerState`) goes through the data types' fields; `client.retrieve` and `client.list` type what they read from it. */
export interface ManagedObjectProperties {
    /**
     * Extends ManagedEntity > ExtensibleManagedObject.
     * @since vSphere API 2.0
     */
    readonly ComputeResource: {
        readonly value?: AnyCustomFieldValue[];
        readonly availableField?: CustomFieldDef[];
        /** A reference to a ManagedEntity. */
        readonly parent?: ManagedObjectReference;
        readonly customValue?: AnyCustomFieldValue[];
        readonly overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configIssue?: AnyEvent[];
        readonly effectiveRole?: number[];
        readonly permission?: Permission[];
        readonly name: string;
        readonly disabledMethod?: string[];
        /** A reference to a Task. */
        readonly recentTask?: ManagedObjectReference[];
        readonly declaredAlarmState?: AlarmState[];
        readonly triggeredAlarmState?: AlarmState[];
        readonly alarmActionsEnabled?: boolean;
        readonly tag?: Tag[];
        /** A reference to a ResourcePool. */
        readonly resourcePool?: ManagedObjectReference;
        /** A reference to a HostSystem. */
        readonly host?: ManagedObjectReference[];
        /** A reference to a Datastore. */
        readonly datastore?: ManagedObjectReference[];
        /** A reference to a Network. */
        readonly network?: ManagedObjectReference[];
        readonly summary: ComputeResourceSummary;
        /** A reference to a EnvironmentBrowser. */
        readonly environmentBrowser?: ManagedObjectReference;
        readonly configurationEx: ComputeResourceConfigInfo;
        readonly lifecycleManaged?: boolean;
        readonly configManagerEnabled?: boolean;
    };
    /**
     * Extends ManagedObjectView > View.
     * @since vSphere API 2.5
     */
    readonly ContainerView: {
        /** A reference to a ManagedObject. */
        readonly view?: ManagedObjectReference[];
        /** A reference to a ManagedEntity. */
        readonly container: ManagedObjectReference;
        readonly type?: string[];
        readonly recursive: boolean;
    };
    /** @since vSphere API 2.0 */
    readonly CustomFieldsManager: {
        readonly field?: CustomFieldDef[];
    };
    /**
     * Extends ManagedEntity > ExtensibleManagedObject.
     * @since vSphere API 2.0
     */
    readonly Datacenter: {
        readonly value?: AnyCustomFieldValue[];
        readonly availableField?: CustomFieldDef[];
        /** A reference to a ManagedEntity. */
        readonly parent?: ManagedObjectReference;
        readonly customValue?: AnyCustomFieldValue[];
        readonly overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configIssue?: AnyEvent[];
        readonly effectiveRole?: number[];
        readonly permission?: Permission[];
        readonly name: string;
        readonly disabledMethod?: string[];
        /** A reference to a Task. */
        readonly recentTask?: ManagedObjectReference[];
        readonly declaredAlarmState?: AlarmState[];
        readonly triggeredAlarmState?: AlarmState[];
        readonly alarmActionsEnabled?: boolean;
        readonly tag?: Tag[];
        /** A reference to a Folder. */
        readonly vmFolder: ManagedObjectReference;
        /** A reference to a Folder. */
        readonly hostFolder: ManagedObjectReference;
        /** A reference to a Folder. */
        readonly datastoreFolder: ManagedObjectReference;
        /** A reference to a Folder. */
        readonly networkFolder: ManagedObjectReference;
        /** A reference to a Datastore. */
        readonly datastore?: ManagedObjectReference[];
        /** A reference to a Network. */
        readonly network?: ManagedObjectReference[];
        readonly configuration: DatacenterConfigInfo;
    };
    /**
     * Extends ManagedEntity > ExtensibleManagedObject.
     * @since vSphere API 2.0
     */
    readonly Datastore: {
        readonly value?: AnyCustomFieldValue[];
        readonly availableField?: CustomFieldDef[];
        /** A reference to a ManagedEntity. */
        readonly parent?: ManagedObjectReference;
        readonly customValue?: AnyCustomFieldValue[];
        readonly overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configIssue?: AnyEvent[];
        readonly effectiveRole?: number[];
        readonly permission?: Permission[];
        readonly name: string;
        readonly disabledMethod?: string[];
        /** A reference to a Task. */
        readonly recentTask?: ManagedObjectReference[];
        readonly declaredAlarmState?: AlarmState[];
        readonly triggeredAlarmState?: AlarmState[];
        readonly alarmActionsEnabled?: boolean;
        readonly tag?: Tag[];
        readonly info: AnyDatastoreInfo;
        readonly summary: DatastoreSummary;
        readonly host?: DatastoreHostMount[];
        /** A reference to a VirtualMachine. */
        readonly vm?: ManagedObjectReference[];
        /** A reference to a HostDatastoreBrowser. */
        readonly browser: ManagedObjectReference;
        readonly capability: DatastoreCapability;
        readonly iormConfiguration?: StorageIORMInfo;
    };
    /**
     * Extends HistoryCollector.
     * @since vSphere API 2.0
     */
    readonly EventHistoryCollector: {
        readonly filter: AnyValue;
        readonly latestPage?: AnyEvent[];
        readonly initialized?: boolean;
    };
    /** @since vSphere API 2.0 */
    readonly EventManager: {
        readonly description: EventDescription;
        readonly latestEvent?: AnyEvent;
        readonly maxCollector: number;
    };
    /**
     * A reference to one may point at a ComputeResource, Datacenter, Datastore, Folder, ManagedEntity, Network, ResourcePool, Task, VirtualMachine, VirtualMachineSnapshot.
     * @since vSphere API 2.0
     */
    readonly ExtensibleManagedObject: {
        readonly value?: AnyCustomFieldValue[];
        readonly availableField?: CustomFieldDef[];
    };
    /**
     * Extends ManagedEntity > ExtensibleManagedObject.
     * @since vSphere API 2.0
     */
    readonly Folder: {
        readonly value?: AnyCustomFieldValue[];
        readonly availableField?: CustomFieldDef[];
        /** A reference to a ManagedEntity. */
        readonly parent?: ManagedObjectReference;
        readonly customValue?: AnyCustomFieldValue[];
        readonly overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configIssue?: AnyEvent[];
        readonly effectiveRole?: number[];
        readonly permission?: Permission[];
        readonly name: string;
        readonly disabledMethod?: string[];
        /** A reference to a Task. */
        readonly recentTask?: ManagedObjectReference[];
        readonly declaredAlarmState?: AlarmState[];
        readonly triggeredAlarmState?: AlarmState[];
        readonly alarmActionsEnabled?: boolean;
        readonly tag?: Tag[];
        readonly childType?: string[];
        /** A reference to a ManagedEntity. */
        readonly childEntity?: ManagedObjectReference[];
        readonly namespace?: string;
    };
    /**
     * A reference to one may point at a EventHistoryCollector, TaskHistoryCollector.
     * @since vSphere API 2.0
     */
    readonly HistoryCollector: {
        readonly filter: AnyValue;
    };
    /**
     * Extends ManagedObjectView > View.
     * @since vSphere API 2.5
     */
    readonly InventoryView: {
        /** A reference to a ManagedObject. */
        readonly view?: ManagedObjectReference[];
    };
    /**
     * Extends ManagedObjectView > View.
     * @since vSphere API 2.5
     */
    readonly ListView: {
        /** A reference to a ManagedObject. */
        readonly view?: ManagedObjectReference[];
    };
    /**
     * Extends ExtensibleManagedObject.
     *
     * A reference to one may point at a ComputeResource, Datacenter, Datastore, Folder, Network, ResourcePool, VirtualMachine.
     * @since vSphere API 2.0
     */
    readonly ManagedEntity: {
        readonly value?: AnyCustomFieldValue[];
        readonly availableField?: CustomFieldDef[];
        /** A reference to a ManagedEntity. */
        readonly parent?: ManagedObjectReference;
        readonly customValue?: AnyCustomFieldValue[];
        readonly overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configIssue?: AnyEvent[];
        readonly effectiveRole?: number[];
        readonly permission?: Permission[];
        readonly name: string;
        readonly disabledMethod?: string[];
        /** A reference to a Task. */
        readonly recentTask?: ManagedObjectReference[];
        readonly declaredAlarmState?: AlarmState[];
        readonly triggeredAlarmState?: AlarmState[];
        readonly alarmActionsEnabled?: boolean;
        readonly tag?: Tag[];
    };
    /**
     * Extends View.
     *
     * A reference to one may point at a ContainerView, InventoryView, ListView.
     * @since vSphere API 2.5
     */
    readonly ManagedObjectView: {
        /** A reference to a ManagedObject. */
        readonly view?: ManagedObjectReference[];
    };
    /**
     * Extends ManagedEntity > ExtensibleManagedObject.
     * @since vSphere API 2.0
     */
    readonly Network: {
        readonly value?: AnyCustomFieldValue[];
        readonly availableField?: CustomFieldDef[];
        /** A reference to a ManagedEntity. */
        readonly parent?: ManagedObjectReference;
        readonly customValue?: AnyCustomFieldValue[];
        readonly overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configIssue?: AnyEvent[];
        readonly effectiveRole?: number[];
        readonly permission?: Permission[];
        readonly name: string;
        readonly disabledMethod?: string[];
        /** A reference to a Task. */
        readonly recentTask?: ManagedObjectReference[];
        readonly declaredAlarmState?: AlarmState[];
        readonly triggeredAlarmState?: AlarmState[];
        readonly alarmActionsEnabled?: boolean;
        readonly tag?: Tag[];
        readonly summary: NetworkSummary;
        /** A reference to a HostSystem. */
        readonly host?: ManagedObjectReference[];
        /** A reference to a VirtualMachine. */
        readonly vm?: ManagedObjectReference[];
    };
    /** @since vSphere API 2.0 */
    readonly PropertyCollector: {
        /** A reference to a PropertyFilter. */
        readonly filter?: ManagedObjectReference[];
    };
    /** @since vSphere API 2.0 */
    readonly PropertyFilter: {
        readonly spec: PropertyFilterSpec;
        readonly partialUpdates: boolean;
    };
    /**
     * Extends ManagedEntity > ExtensibleManagedObject.
     * @since vSphere API 2.0
     */
    readonly ResourcePool: {
        readonly value?: AnyCustomFieldValue[];
        readonly availableField?: CustomFieldDef[];
        /** A reference to a ManagedEntity. */
        readonly parent?: ManagedObjectReference;
        readonly customValue?: AnyCustomFieldValue[];
        readonly overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configIssue?: AnyEvent[];
        readonly effectiveRole?: number[];
        readonly permission?: Permission[];
        readonly name: string;
        readonly disabledMethod?: string[];
        /** A reference to a Task. */
        readonly recentTask?: ManagedObjectReference[];
        readonly declaredAlarmState?: AlarmState[];
        readonly triggeredAlarmState?: AlarmState[];
        readonly alarmActionsEnabled?: boolean;
        readonly tag?: Tag[];
        readonly summary: ResourcePoolSummary;
        readonly runtime: ResourcePoolRuntimeInfo;
        /** A reference to a ComputeResource. */
        readonly owner: ManagedObjectReference;
        /** A reference to a ResourcePool. */
        readonly resourcePool?: ManagedObjectReference[];
        /** A reference to a VirtualMachine. */
        readonly vm?: ManagedObjectReference[];
        readonly config: ResourceConfigSpec;
        readonly namespace?: string;
        readonly childConfiguration?: ResourceConfigSpec[];
    };
    /** @since vSphere API 2.0 */
    readonly ServiceInstance: {
        readonly serverClock: string;
        readonly capability: Capability;
        readonly content: ServiceContent;
    };
    /** @since vSphere API 2.0 */
    readonly SessionManager: {
        readonly sessionList?: UserSession[];
        readonly currentSession?: UserSession;
        readonly message?: string;
        readonly messageLocaleList?: string[];
        readonly supportedLocaleList?: string[];
        readonly defaultLocale: string;
    };
    /**
     * Extends ExtensibleManagedObject.
     * @since vSphere API 2.0
     */
    readonly Task: {
        readonly value?: AnyCustomFieldValue[];
        readonly availableField?: CustomFieldDef[];
        readonly info: TaskInfo;
    };
    /**
     * Extends HistoryCollector.
     * @since vSphere API 2.0
     */
    readonly TaskHistoryCollector: {
        readonly filter: AnyValue;
        readonly latestPage?: TaskInfo[];
    };
    /** @since vSphere API 2.0 */
    readonly TaskManager: {
        /** A reference to a Task. */
        readonly recentTask?: ManagedObjectReference[];
        readonly description: TaskDescription;
        readonly maxCollector: number;
    };
    /**
     * A reference to one may point at a ContainerView, InventoryView, ListView, ManagedObjectView.
     * @since vSphere API 2.5
     */
    readonly View: Record<never, never>;
    /** @since vSphere API 2.5 */
    readonly ViewManager: {
        /** A reference to a View. */
        readonly viewList?: ManagedObjectReference[];
    };
    /**
     * Extends ManagedEntity > ExtensibleManagedObject.
     * @since vSphere API 2.0
     */
    readonly VirtualMachine: {
        readonly value?: AnyCustomFieldValue[];
        readonly availableField?: CustomFieldDef[];
        /** A reference to a ManagedEntity. */
        readonly parent?: ManagedObjectReference;
        readonly customValue?: AnyCustomFieldValue[];
        readonly overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configStatus: ManagedEntityStatus | rt.UnknownEnumValue;
        readonly configIssue?: AnyEvent[];
        readonly effectiveRole?: number[];
        readonly permission?: Permission[];
        readonly name: string;
        readonly disabledMethod?: string[];
        /** A reference to a Task. */
        readonly recentTask?: ManagedObjectReference[];
        readonly declaredAlarmState?: AlarmState[];
        readonly triggeredAlarmState?: AlarmState[];
        readonly alarmActionsEnabled?: boolean;
        readonly tag?: Tag[];
        readonly capability: VirtualMachineCapability;
        readonly config?: VirtualMachineConfigInfo;
        readonly layout?: VirtualMachineFileLayout;
        readonly layoutEx?: VirtualMachineFileLayoutEx;
        readonly storage?: VirtualMachineStorageInfo;
        /** A reference to a EnvironmentBrowser. */
        readonly environmentBrowser: ManagedObjectReference;
        /** A reference to a ResourcePool. */
        readonly resourcePool?: ManagedObjectReference;
        /** A reference to a ManagedEntity. */
        readonly parentVApp?: ManagedObjectReference;
        readonly resourceConfig?: ResourceConfigSpec;
        readonly runtime: VirtualMachineRuntimeInfo;
        readonly guest?: GuestInfo;
        readonly summary: VirtualMachineSummary;
        /** A reference to a Datastore. */
        readonly datastore?: ManagedObjectReference[];
        /** A reference to a Network. */
        readonly network?: ManagedObjectReference[];
        readonly snapshot?: VirtualMachineSnapshotInfo;
        /** A reference to a VirtualMachineSnapshot. */
        readonly rootSnapshot?: ManagedObjectReference[];
        readonly guestHeartbeatStatus: ManagedEntityStatus | rt.UnknownEnumValue;
    };
    /**
     * Extends ExtensibleManagedObject.
     * @since vSphere API 2.0
     */
    readonly VirtualMachineSnapshot: {
        readonly value?: AnyCustomFieldValue[];
        readonly availableField?: CustomFieldDef[];
        readonly config: VirtualMachineConfigInfo;
        /** A reference to a VirtualMachineSnapshot. */
        readonly childSnapshot?: ManagedObjectReference[];
        /** A reference to a VirtualMachine. */
        readonly vm: ManagedObjectReference;
    };
}
/** The name of a managed object type the schemas declare. */
export type ManagedObjectTypeName = keyof ManagedObjectProperties;
