import * as rt from "./runtime/runtime.js";
/** Extends DynamicData. */
export interface AboutInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "AboutInfo";
    name: string;
    fullName: string;
    vendor: string;
    version: string;
    build: string;
    localeVersion?: string;
    localeBuild?: string;
    osType: string;
    productLineId: string;
    apiType: string;
    apiVersion: string;
    instanceUuid?: string;
    licenseProductName?: string;
    licenseProductVersion?: string;
}
/**
 * This event records that an account was created on a host.
 *
 * Extends HostEvent.
 */
export interface AccountCreatedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AccountCreatedEvent";
    spec: HostAccountSpec;
    group: boolean;
}
/**
 * This event records that an account was removed from a host.
 *
 * Extends HostEvent.
 */
export interface AccountRemovedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AccountRemovedEvent";
    account: string;
    group: boolean;
}
/**
 * This event records that an account was updated on a host.
 *
 * Extends HostEvent.
 */
export interface AccountUpdatedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AccountUpdatedEvent";
    spec: HostAccountSpec;
    group: boolean;
    /** The previous account description */
    prevDescription?: string;
}
/**
 * Default password for the Admin user on the host has not been changed.
 *
 * Extends HostEvent.
 */
export interface AdminPasswordNotChangedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AdminPasswordNotChangedEvent";
}
/**
 * This event records the acknowledgement of an Alarm
 *
 * Extends AlarmEvent.
 */
export interface AlarmAcknowledgedEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmAcknowledgedEvent";
    /** The entity that triggered the alarm. */
    source: ManagedEntityEventArgument;
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
}
/**
 * This event records that an alarm was triggered.
 *
 * Extends AlarmEvent.
 */
export interface AlarmActionTriggeredEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmActionTriggeredEvent";
    /** The entity that triggered the alarm. */
    source: ManagedEntityEventArgument;
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
}
/**
 * This event records the manual clearing of an Alarm
 *
 * Extends AlarmEvent.
 */
export interface AlarmClearedEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmClearedEvent";
    /** The entity that triggered the alarm. */
    source: ManagedEntityEventArgument;
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
    /** The original alarm status from which it was cleared */
    from: string;
}
/**
 * This event records the creation of an alarm.
 *
 * Extends AlarmEvent.
 */
export interface AlarmCreatedEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmCreatedEvent";
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
}
/**
 * This event records the completion of an alarm email notification.
 *
 * Extends AlarmEvent.
 */
export interface AlarmEmailCompletedEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmEmailCompletedEvent";
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
    /** The destination email address. */
    to: string;
}
/**
 * This event records a failure to complete an alarm email notification.
 *
 * Extends AlarmEvent.
 */
export interface AlarmEmailFailedEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmEmailFailedEvent";
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
    /** The destination email address. */
    to: string;
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/** Every `_typeName` an AlarmEvent may carry: its own and its known subtypes'. */
export type AlarmEventTypeName = "AlarmEvent" | "AlarmAcknowledgedEvent" | "AlarmActionTriggeredEvent" | "AlarmClearedEvent" | "AlarmCreatedEvent" | "AlarmEmailCompletedEvent" | "AlarmEmailFailedEvent" | "AlarmReconfiguredEvent" | "AlarmRemovedEvent" | "AlarmScriptCompleteEvent" | "AlarmScriptFailedEvent" | "AlarmSnmpCompletedEvent" | "AlarmSnmpFailedEvent" | "AlarmStatusChangedEvent";
/**
 * This event is an alarm events.
 *
 * Extends Event.
 */
export interface AlarmEvent extends Event {
    /** AlarmEvent or the name of one of its known subtypes. */
    _typeName: AlarmEventTypeName;
    /** The associated alarm object. */
    alarm: AlarmEventArgument;
}
/** An AlarmEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyAlarmEvent = (AlarmEvent & {
    _typeName: "AlarmEvent";
}) | AlarmAcknowledgedEvent | AlarmActionTriggeredEvent | AlarmClearedEvent | AlarmCreatedEvent | AlarmEmailCompletedEvent | AlarmEmailFailedEvent | AlarmReconfiguredEvent | AlarmRemovedEvent | AlarmScriptCompleteEvent | AlarmScriptFailedEvent | AlarmSnmpCompletedEvent | AlarmSnmpFailedEvent | AlarmStatusChangedEvent;
/**
 * The event argument is an Alarm object.
 *
 * Extends EntityEventArgument.
 */
export interface AlarmEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmEventArgument";
    /**
     * The Alarm object.
     *
     * Refers to an Alarm managed object.
     */
    alarm: ManagedObjectReference;
}
/**
 * This event records the reconfiguration of an alarm.
 *
 * Extends AlarmEvent.
 */
export interface AlarmReconfiguredEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmReconfiguredEvent";
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
    /** The configuration values changed during the reconfiguration. */
    configChanges?: ChangesInfoEventArgument;
}
/**
 * This event records the removal of an alarm.
 *
 * Extends AlarmEvent.
 */
export interface AlarmRemovedEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmRemovedEvent";
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
}
/**
 * This event records the completion of an alarm-triggered script.
 *
 * Extends AlarmEvent.
 */
export interface AlarmScriptCompleteEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmScriptCompleteEvent";
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
    /** The script triggered by the alarm. */
    script: string;
}
/**
 * This event records a failure to complete an alarm-triggered script.
 *
 * Extends AlarmEvent.
 */
export interface AlarmScriptFailedEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmScriptFailedEvent";
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
    /** The script triggered by the alarm. */
    script: string;
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records the completion of an alarm SNMP notification.
 *
 * Extends AlarmEvent.
 */
export interface AlarmSnmpCompletedEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmSnmpCompletedEvent";
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
}
/**
 * This event records a failure to complete an alarm SNMP notification.
 *
 * Extends AlarmEvent.
 */
export interface AlarmSnmpFailedEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmSnmpFailedEvent";
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * Information about the alarm's state.
 *
 * Extends DynamicData.
 */
export interface AlarmState extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmState";
    /** Unique key that identifies the alarm. */
    key: string;
    /**
     * Entity on which the alarm is instantiated.
     *
     * Refers to a ManagedEntity managed object.
     */
    entity: ManagedObjectReference;
    /**
     * Alarm object from which the AlarmState object is instantiated.
     *
     * Refers to an Alarm managed object.
     */
    alarm: ManagedObjectReference;
    /**
     * Overall status of the alarm object.
     *
     * One of {@link ManagedEntityStatusValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
    /**
     * Time the alarm triggered.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    time: string;
    /** Flag to indicate if the alarm's actions have been acknowledged for the associated ManagedEntity. */
    acknowledged?: boolean;
    /** The user who acknowledged this triggering. */
    acknowledgedByUser?: string;
    /**
     * The time this triggering was acknowledged.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    acknowledgedTime?: string;
    /**
     * The key of the event that has triggered (toggled) the alarm.
     *
     * Format: int32.
     */
    eventKey?: number;
    /**
     * Flag to indicate if the alarm is disabled.
     * @since vSphere API 7.0.0.0
     */
    disabled?: boolean;
}
/**
 * This event records a status change for an alarm.
 *
 * Extends AlarmEvent.
 */
export interface AlarmStatusChangedEvent extends AlarmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlarmStatusChangedEvent";
    /** The entity for which the alarm status has been changed. */
    source: ManagedEntityEventArgument;
    /** The entity with which the alarm is registered. */
    entity: ManagedEntityEventArgument;
    /** The original alarm status. */
    from: string;
    /** The new alarm status. */
    to: string;
}
/**
 * This event records that the previously unlicensed virtual machines on the specified host are now licensed.
 *
 * Extends LicenseEvent.
 */
export interface AllVirtualMachinesLicensedEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AllVirtualMachinesLicensedEvent";
}
/**
 * This event records a failed user logon due to the user already being logged on.
 *
 * Extends SessionEvent.
 */
export interface AlreadyAuthenticatedSessionEvent extends SessionEvent {
    /** The VI JSON type discriminator. */
    _typeName: "AlreadyAuthenticatedSessionEvent";
}
/** Extends VimFault. */
export interface AlreadyExists extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "AlreadyExists";
    name?: string;
}
/** Every `_typeName` an ArrayUpdateSpec may carry: its own and its known subtypes'. */
export type ArrayUpdateSpecTypeName = "ArrayUpdateSpec" | "TagSpec" | "VAppOvfSectionSpec" | "VAppProductSpec" | "VAppPropertySpec" | "VirtualMachineCpuIdInfoSpec";
/**
 * An ArrayUpdateSpec data object type is a common superclass for supporting incremental updates to arrays.
 *
 * Extends DynamicData.
 */
export interface ArrayUpdateSpec extends DynamicData {
    /** ArrayUpdateSpec or the name of one of its known subtypes. */
    _typeName: ArrayUpdateSpecTypeName;
    /**
     * The type of operation being performed on the specified virtual device.
     *
     * One of {@link ArrayUpdateOperationValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    operation: ArrayUpdateOperation | rt.UnknownEnumValue;
    /** Key for the element to be removed. */
    removeKey?: AnyValue;
}
/** An ArrayUpdateSpec or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyArrayUpdateSpec = (ArrayUpdateSpec & {
    _typeName: "ArrayUpdateSpec";
}) | TagSpec | VAppOvfSectionSpec | VAppProductSpec | VAppPropertySpec | VirtualMachineCpuIdInfoSpec;
/** Every `_typeName` an AuthorizationEvent may carry: its own and its known subtypes'. */
export type AuthorizationEventTypeName = "AuthorizationEvent" | PermissionEventTypeName | RoleEventTypeName;
/**
 * These events indicate authorization events.
 *
 * Extends Event.
 */
export interface AuthorizationEvent extends Event {
    /** AuthorizationEvent or the name of one of its known subtypes. */
    _typeName: AuthorizationEventTypeName;
}
/** An AuthorizationEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyAuthorizationEvent = (AuthorizationEvent & {
    _typeName: "AuthorizationEvent";
}) | AnyPermissionEvent | AnyRoleEvent;
/**
 * This event records a failed user logon.
 *
 * Failed logons are due to no match existing
 * between the provided user name and password combination and the combinations
 * stored for authentication.
 *
 * Extends SessionEvent.
 */
export interface BadUsernameSessionEvent extends SessionEvent {
    /** The VI JSON type discriminator. */
    _typeName: "BadUsernameSessionEvent";
    /**
     * The IP address of the peer that initiated the connection.
     *
     * This may
     * be the client that originated the session, or it may be an intervening
     * proxy if the binding uses a protocol that supports proxies, such as HTTP.
     */
    ipAddress: string;
}
/**
 * The boolean type of setting or configuration that may get an inherited value.
 *
 * Extends InheritablePolicy.
 */
export interface BoolPolicy extends InheritablePolicy {
    /** The VI JSON type discriminator. */
    _typeName: "BoolPolicy";
    /** The boolean value that is either set or inherited. */
    value?: boolean;
}
/**
 * An operation performed on the host was canceled.
 *
 * Extends HostEvent.
 */
export interface CanceledHostOperationEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "CanceledHostOperationEvent";
}
/**
 * A particular product may or may not support certain features.
 *
 * This data object
 * indicates whether or not a service instance implements these features. This data
 * object type indicates the circumstances under which an operation throws a
 * `NotSupported` fault.
 *
 * Support for some features is indicated by the presence or absence of
 * the manager object from the service instance. For example, the AlarmManager manager
 * object indicates collecting alarms is supported.
 * Other features indicate whether or not a given operation on an
 * object throws a `NotSupported` fault.
 *
 * Some capabilities depend on the host or virtual machine
 * version. These are specified by using the vim.host.Capability and
 * vim.vm.Capability objects.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface Capability extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "Capability";
    /**
     * Indicates whether or not the service instance supports provisioning.
     *
     * For example, the `CloneVM` operation.
     */
    provisioningSupported: boolean;
    /** Indicates whether or not the service instance supports multiple hosts. */
    multiHostSupported: boolean;
    /**
     * Flag indicating whether host user accounts should have the option to
     * be granted shell access
     * @since vSphere API 2.5
     */
    userShellAccessSupported?: boolean;
    /**
     * All supported Enhanced VMotion Compatibility modes.
     * @since vSphere API 4.0
     */
    supportedEVCMode?: EVCMode[];
    /**
     * All supported Enhanced VMotion Compatibility Graphics modes.
     * @since vSphere API 7.0.1.0
     */
    supportedEVCGraphicsMode?: FeatureEVCMode[];
    /**
     * Indicates whether network backup and restore feature is supported.
     * @since vSphere API 5.1
     */
    networkBackupAndRestoreSupported?: boolean;
    /**
     * Is DRS supported for Fault Tolerance VMs without enabling EVC.
     * @since vSphere API 6.7
     */
    ftDrsWithoutEvcSupported?: boolean;
    /**
     * Specifies if the workflow for setting up a HCI cluster is supported.
     * @since vSphere API 6.7.1
     */
    hciWorkflowSupported?: boolean;
    /**
     * Specifies the supported compute policy version.
     *
     * Format: int32.
     * @since vSphere API 6.8.7
     */
    computePolicyVersion?: number;
    /** @since vSphere API 7.0.0.0 */
    clusterPlacementSupported?: boolean;
    /**
     * Specifies if lifecycle management of a Cluster is supported.
     * @since vSphere API 7.0.0.0
     */
    lifecycleManagementSupported?: boolean;
    /**
     * Specifies if host seeding for a cluster is supported.
     * @since vSphere API 7.0.2.0
     */
    hostSeedingSupported?: boolean;
    /**
     * Specifies if scalable shares for resource pools is supported.
     * @since vSphere API 7.0.0.0
     */
    scalableSharesSupported?: boolean;
    /**
     * Deprecated as of vSphere 9.0 with no replacement. In a future release
     * of vSphere, the vCLS functionality will be disabled, vCLS
     * system VMs will be deleted, and vCLS APIs will be removed.
     *
     * Specifies if highly available distributed clustering service is supported.
     * @since vSphere API 7.0.1.1
     */
    hadcsSupported?: boolean;
    /**
     * Specifies if desired configuration management platform is supported
     * on the cluster.
     * @since vSphere API 7.0.3.1
     */
    configMgmtSupported?: boolean;
}
/**
 * The event argument contains changes.
 *
 * Extends DynamicData.
 */
export interface ChangesInfoEventArgument extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ChangesInfoEventArgument";
    /** Modified properties. */
    modified?: string;
    /** Added properties. */
    added?: string;
    /** Deleted properties. */
    deleted?: string;
}
/**
 * The ChoiceOption data object type defines a set of
 * supported string values, a localizable description for each value,
 * and the default value.
 *
 * Extends OptionType.
 * @since vSphere API 2.0
 */
export interface ChoiceOption extends OptionType {
    /** The VI JSON type discriminator. */
    _typeName: "ChoiceOption";
    /** The set of possible selections and descriptions. */
    choiceInfo: AnyElementDescription[];
    /**
     * The index in ChoiceOption.value that serves as the default value.
     *
     * Format: int32.
     */
    defaultIndex?: number;
}
/**
 * This event records that a compliance check was triggered on the cluster.
 *
 * Extends ClusterEvent.
 */
export interface ClusterComplianceCheckedEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ClusterComplianceCheckedEvent";
    profile: ProfileEventArgument;
}
/**
 * This event records when a cluster is created.
 *
 * Extends ClusterEvent.
 */
export interface ClusterCreatedEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ClusterCreatedEvent";
    /** The folder where the cluster is created. */
    parent: FolderEventArgument;
}
/**
 * This event records when a cluster is destroyed.
 *
 * Extends ClusterEvent.
 */
export interface ClusterDestroyedEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ClusterDestroyedEvent";
}
/** Every `_typeName` a ClusterEvent may carry: its own and its known subtypes'. */
export type ClusterEventTypeName = "ClusterEvent" | "ClusterComplianceCheckedEvent" | "ClusterCreatedEvent" | "ClusterDestroyedEvent" | ClusterOvercommittedEventTypeName | "ClusterReconfiguredEvent" | ClusterStatusChangedEventTypeName | "DasAdmissionControlDisabledEvent" | "DasAdmissionControlEnabledEvent" | "DasAgentFoundEvent" | "DasAgentUnavailableEvent" | "DasClusterIsolatedEvent" | "DasDisabledEvent" | "DasEnabledEvent" | "DasHostFailedEvent" | "DasHostIsolatedEvent" | "DrsDisabledEvent" | "DrsEnabledEvent" | "DrsInvocationFailedEvent" | "DrsRecoveredFromFailureEvent" | "FailoverLevelRestored" | "HostMonitoringStateChangedEvent" | "InsufficientFailoverResourcesEvent" | "VmHealthMonitoringStateChangedEvent";
/**
 * These are cluster events.
 *
 * Extends Event.
 */
export interface ClusterEvent extends Event {
    /** ClusterEvent or the name of one of its known subtypes. */
    _typeName: ClusterEventTypeName;
}
/** A ClusterEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyClusterEvent = (ClusterEvent & {
    _typeName: "ClusterEvent";
}) | ClusterComplianceCheckedEvent | ClusterCreatedEvent | ClusterDestroyedEvent | AnyClusterOvercommittedEvent | ClusterReconfiguredEvent | AnyClusterStatusChangedEvent | DasAdmissionControlDisabledEvent | DasAdmissionControlEnabledEvent | DasAgentFoundEvent | DasAgentUnavailableEvent | DasClusterIsolatedEvent | DasDisabledEvent | DasEnabledEvent | DasHostFailedEvent | DasHostIsolatedEvent | DrsDisabledEvent | DrsEnabledEvent | DrsInvocationFailedEvent | DrsRecoveredFromFailureEvent | FailoverLevelRestored | HostMonitoringStateChangedEvent | InsufficientFailoverResourcesEvent | VmHealthMonitoringStateChangedEvent;
/** Every `_typeName` a ClusterOvercommittedEvent may carry: its own and its known subtypes'. */
export type ClusterOvercommittedEventTypeName = "ClusterOvercommittedEvent" | "HostOvercommittedEvent";
/**
 * This event records when a cluster's host capacity cannot satisfy resource configuration constraints.
 *
 * Extends ClusterEvent.
 */
export interface ClusterOvercommittedEvent extends ClusterEvent {
    /** ClusterOvercommittedEvent or the name of one of its known subtypes. */
    _typeName: ClusterOvercommittedEventTypeName;
}
/** A ClusterOvercommittedEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyClusterOvercommittedEvent = (ClusterOvercommittedEvent & {
    _typeName: "ClusterOvercommittedEvent";
}) | HostOvercommittedEvent;
/**
 * This event records when a cluster is reconfigured.
 *
 * Extends ClusterEvent.
 */
export interface ClusterReconfiguredEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ClusterReconfiguredEvent";
    /** The configuration values changed during the reconfiguration. */
    configChanges?: ChangesInfoEventArgument;
}
/** Every `_typeName` a ClusterStatusChangedEvent may carry: its own and its known subtypes'. */
export type ClusterStatusChangedEventTypeName = "ClusterStatusChangedEvent" | "HostStatusChangedEvent";
/**
 * This event records when a cluster's overall status changed.
 *
 * Extends ClusterEvent.
 */
export interface ClusterStatusChangedEvent extends ClusterEvent {
    /** ClusterStatusChangedEvent or the name of one of its known subtypes. */
    _typeName: ClusterStatusChangedEventTypeName;
    /** The old (`status`). */
    oldStatus: string;
    /** The new (`status`). */
    newStatus: string;
}
/** A ClusterStatusChangedEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyClusterStatusChangedEvent = (ClusterStatusChangedEvent & {
    _typeName: "ClusterStatusChangedEvent";
}) | HostStatusChangedEvent;
/**
 * Configuration of the compute resource; applies to both standalone hosts
 * and clusters.
 *
 * Extends DynamicData.
 * @since vSphere API 2.5
 */
export interface ComputeResourceConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ComputeResourceConfigInfo";
    /**
     * Swapfile placement policy for virtual machines within this compute
     * resource.
     *
     * Any policy except for "inherit" is a valid value for this
     * property; the default is "vmDirectory". This setting will be honored
     * for each virtual machine within the compute resource for which the
     * following is true:
     *   - The virtual machine is executing on a host that has the
     *     `perVmSwapFiles` capability.
     *   - The virtual machine configuration's
     *     `swapPlacement` property is set
     *     to "inherit".
     *
     * See also `VirtualMachineConfigInfoSwapPlacementType_enum`.
     */
    vmSwapPlacement: string;
    /**
     * Flag indicating whether or not the SPBM(Storage Policy Based Management)
     * feature is enabled on this compute resource
     * @since vSphere API 5.0
     */
    spbmEnabled?: boolean;
    /**
     * Key for Default Hardware Version used on this compute resource
     * in the format of `VirtualMachineConfigOptionDescriptor.key`.
     *
     * This field affects
     * `VirtualMachineConfigOptionDescriptor.defaultConfigOption` returned
     * by `ComputeResource.environmentBrowser` of this object and all its children
     * with this field unset.
     * @since vSphere API 5.1
     */
    defaultHardwareVersionKey?: string;
    /**
     * Key for Maximum Hardware Version used on this compute resource
     * in the format of `VirtualMachineConfigOptionDescriptor.key`.
     *
     * This field affects
     * `VirtualMachineConfigOptionDescriptor.defaultConfigOption` returned
     * by `ComputeResource.environmentBrowser` of this object and all its children
     * with this field unset.
     * @since vSphere API 7.0.2.0
     */
    maximumHardwareVersionKey?: string;
}
/**
 * The event argument is a ComputeResource object.
 *
 * Extends EntityEventArgument.
 */
export interface ComputeResourceEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "ComputeResourceEventArgument";
    /**
     * The ComputeResource object.
     *
     * Refers to a ComputeResource managed object.
     */
    computeResource: ManagedObjectReference;
}
/**
 * This data object type encapsulates a typical set of ComputeResource information
 * that is useful for list views and summary pages.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface ComputeResourceSummary extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ComputeResourceSummary";
    /**
     * Aggregated CPU resources of all hosts, in MHz.
     *
     * Format: int32.
     */
    totalCpu: number;
    /**
     * Aggregated memory resources of all hosts, in bytes.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    totalMemory: number;
    /**
     * Number of physical CPU cores.
     *
     * Physical CPU cores are the processors contained
     * by a CPU package.
     *
     * Format: int16.
     */
    numCpuCores: number;
    /**
     * Aggregated number of CPU threads.
     *
     * Format: int16.
     */
    numCpuThreads: number;
    /**
     * Effective CPU resources (in MHz) available to run virtual machines.
     *
     * This is the
     * aggregated effective resource level from all running hosts. Hosts that are in
     * maintenance mode or are unresponsive are not counted. Resources used by the
     * VMware Service Console are not included in the aggregate. This value represents
     * the amount of resources available for the root resource pool for running
     * virtual machines.
     *
     * Format: int32.
     */
    effectiveCpu: number;
    /**
     * Effective memory resources (in MB) available to run virtual machines.
     *
     * This is the aggregated effective resource level from all running hosts. Hosts
     * that are in maintenance mode or are unresponsive are not counted.
     * Resources used by the VMware Service Console are not included in the aggregate.
     * This value represents the amount of resources available for the root
     * resource pool for running virtual machines.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    effectiveMemory: number;
    /**
     * Total number of hosts.
     *
     * Format: int32.
     */
    numHosts: number;
    /**
     * Total number of effective hosts.
     *
     * Format: int32.
     */
    numEffectiveHosts: number;
    /**
     * Overall alarm status.
     *
     * In releases after vSphere API 5.0, vSphere Servers might not
     * generate property collector update notifications for this property.
     * To obtain the latest value of the property, you can use
     * PropertyCollector methods RetrievePropertiesEx or WaitForUpdatesEx.
     * If you use the PropertyCollector.WaitForUpdatesEx method, specify
     * an empty string for the version parameter.
     * Since this property is on a DataObject, an update returned by WaitForUpdatesEx may
     * contain values for this property when some other property on the DataObject changes.
     * If this update is a result of a call to WaitForUpdatesEx with a non-empty
     * version parameter, the value for this property may not be current.
     *
     * One of {@link ManagedEntityStatusValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
}
/**
 * A ConcurrentAccess fault is thrown when an operation
 * fails because another operation has modified the
 * datastructure.
 *
 * For non-transactional operations, such as a recursive
 * delete of a subtree of the inventory, the operation might
 * fail with ConcurrentAccess if another thread has added
 * a new entity to the hierarchy.
 *
 * Extends VimFault.
 * @since vSphere API 2.0
 */
export interface ConcurrentAccess extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "ConcurrentAccess";
}
/**
 * Data Object representing a cryptographic key.
 *
 * Extends DynamicData.
 */
export interface CryptoKeyId extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "CryptoKeyId";
    /** Unique key ID. */
    keyId: string;
    /** The provider holding the key data. */
    providerId?: KeyProviderId;
}
/**
 * This data object type encapsulates virtual machine or disk encryption settings.
 *
 * Extends DynamicData.
 */
export interface CryptoSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "CryptoSpec";
}
/**
 * Describes a custom field.
 *
 * Extends DynamicData.
 */
export interface CustomFieldDef extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "CustomFieldDef";
    /**
     * A unique ID used to reference this custom field in assignments.
     *
     * Format: int32.
     */
    key: number;
    /** Name of the field. */
    name: string;
    /** Type of the field. */
    type: string;
    /** Type of object for which the field is valid. If not specified, the field is valid for all managed objects. */
    managedObjectType?: string;
    /** The set of privileges to apply on this field definition */
    fieldDefPrivileges?: PrivilegePolicyDef;
    /** The set of privileges to apply on instances of this field */
    fieldInstancePrivileges?: PrivilegePolicyDef;
}
/**
 * This event records the addition of a custom field definition.
 *
 * Extends CustomFieldDefEvent.
 */
export interface CustomFieldDefAddedEvent extends CustomFieldDefEvent {
    /** The VI JSON type discriminator. */
    _typeName: "CustomFieldDefAddedEvent";
}
/** Every `_typeName` a CustomFieldDefEvent may carry: its own and its known subtypes'. */
export type CustomFieldDefEventTypeName = "CustomFieldDefEvent" | "CustomFieldDefAddedEvent" | "CustomFieldDefRemovedEvent" | "CustomFieldDefRenamedEvent";
/**
 * This event records a custom field definition event.
 *
 * Extends CustomFieldEvent.
 */
export interface CustomFieldDefEvent extends CustomFieldEvent {
    /** CustomFieldDefEvent or the name of one of its known subtypes. */
    _typeName: CustomFieldDefEventTypeName;
    /**
     * The unique identifier of the custom field definition.
     *
     * Format: int32.
     */
    fieldKey: number;
    /** The name of the custom field. */
    name: string;
}
/** A CustomFieldDefEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyCustomFieldDefEvent = (CustomFieldDefEvent & {
    _typeName: "CustomFieldDefEvent";
}) | CustomFieldDefAddedEvent | CustomFieldDefRemovedEvent | CustomFieldDefRenamedEvent;
/**
 * This event records the removal of a custom field definition.
 *
 * Extends CustomFieldDefEvent.
 */
export interface CustomFieldDefRemovedEvent extends CustomFieldDefEvent {
    /** The VI JSON type discriminator. */
    _typeName: "CustomFieldDefRemovedEvent";
}
/**
 * This event records the renaming of a custom field definition.
 *
 * Extends CustomFieldDefEvent.
 */
export interface CustomFieldDefRenamedEvent extends CustomFieldDefEvent {
    /** The VI JSON type discriminator. */
    _typeName: "CustomFieldDefRenamedEvent";
    newName: string;
}
/** Every `_typeName` a CustomFieldEvent may carry: its own and its known subtypes'. */
export type CustomFieldEventTypeName = "CustomFieldEvent" | CustomFieldDefEventTypeName | "CustomFieldValueChangedEvent";
/**
 * These are custom field events.
 *
 * Extends Event.
 */
export interface CustomFieldEvent extends Event {
    /** CustomFieldEvent or the name of one of its known subtypes. */
    _typeName: CustomFieldEventTypeName;
}
/** A CustomFieldEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyCustomFieldEvent = (CustomFieldEvent & {
    _typeName: "CustomFieldEvent";
}) | AnyCustomFieldDefEvent | CustomFieldValueChangedEvent;
/**
 * Subtype for storing string values.
 *
 * Extends CustomFieldValue.
 */
export interface CustomFieldStringValue extends CustomFieldValue {
    /** The VI JSON type discriminator. */
    _typeName: "CustomFieldStringValue";
    /** Value assigned to the custom field. */
    value: string;
}
/** Every `_typeName` a CustomFieldValue may carry: its own and its known subtypes'. */
export type CustomFieldValueTypeName = "CustomFieldValue" | "CustomFieldStringValue";
/**
 * Base type for storing values.
 *
 * Extends DynamicData.
 */
export interface CustomFieldValue extends DynamicData {
    /** CustomFieldValue or the name of one of its known subtypes. */
    _typeName: CustomFieldValueTypeName;
    /**
     * The ID of the field to which this value belongs.
     *
     * Format: int32.
     */
    key: number;
}
/** A CustomFieldValue or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyCustomFieldValue = (CustomFieldValue & {
    _typeName: "CustomFieldValue";
}) | CustomFieldStringValue;
/**
 * This event records a change to a custom field value for a particular entity.
 *
 * Extends CustomFieldEvent.
 */
export interface CustomFieldValueChangedEvent extends CustomFieldEvent {
    /** The VI JSON type discriminator. */
    _typeName: "CustomFieldValueChangedEvent";
    /** The entity on which the field value was changed. */
    entity: ManagedEntityEventArgument;
    /**
     * The custom field whose value was changed for the entity.
     *
     * Format: int32.
     */
    fieldKey: number;
    /** The name of the custom field at the time the value was changed. */
    name: string;
    /** The new value that was set. */
    value: string;
    /** The previous service state. */
    prevState?: string;
}
/** Every `_typeName` a CustomizationEvent may carry: its own and its known subtypes'. */
export type CustomizationEventTypeName = "CustomizationEvent" | CustomizationFailedTypeName | "CustomizationStartedEvent" | "CustomizationSucceeded";
/**
 * Base for customization events.
 *
 * Extends VmEvent.
 */
export interface CustomizationEvent extends VmEvent {
    /** CustomizationEvent or the name of one of its known subtypes. */
    _typeName: CustomizationEventTypeName;
    /** The location of the in-guest customization log which will contain details of the customization operation. */
    logLocation?: string;
}
/** A CustomizationEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyCustomizationEvent = (CustomizationEvent & {
    _typeName: "CustomizationEvent";
}) | AnyCustomizationFailed | CustomizationStartedEvent | CustomizationSucceeded;
/** Every `_typeName` a CustomizationFailed may carry: its own and its known subtypes'. */
export type CustomizationFailedTypeName = "CustomizationFailed" | "CustomizationLinuxIdentityFailed" | "CustomizationNetworkSetupFailed" | "CustomizationSysprepFailed" | "CustomizationUnknownFailure";
/**
 * The customization sequence in the guest failed.
 *
 * Extends CustomizationEvent.
 */
export interface CustomizationFailed extends CustomizationEvent {
    /** CustomizationFailed or the name of one of its known subtypes. */
    _typeName: CustomizationFailedTypeName;
    /** Reason why the customization failed @see CustomizationFailed.ReasonCode . */
    reason?: string;
}
/** A CustomizationFailed or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyCustomizationFailed = (CustomizationFailed & {
    _typeName: "CustomizationFailed";
}) | CustomizationLinuxIdentityFailed | CustomizationNetworkSetupFailed | CustomizationSysprepFailed | CustomizationUnknownFailure;
/**
 * Failed to set Linux identity.
 *
 * Extends CustomizationFailed.
 */
export interface CustomizationLinuxIdentityFailed extends CustomizationFailed {
    /** The VI JSON type discriminator. */
    _typeName: "CustomizationLinuxIdentityFailed";
}
/**
 * Network setup failed in the guest during customization.
 *
 * Extends CustomizationFailed.
 */
export interface CustomizationNetworkSetupFailed extends CustomizationFailed {
    /** The VI JSON type discriminator. */
    _typeName: "CustomizationNetworkSetupFailed";
}
/**
 * The customization sequence has started in the VM guest.
 *
 * Extends CustomizationEvent.
 */
export interface CustomizationStartedEvent extends CustomizationEvent {
    /** The VI JSON type discriminator. */
    _typeName: "CustomizationStartedEvent";
}
/**
 * The customization sequence completed successfully in the guest.
 *
 * Extends CustomizationEvent.
 */
export interface CustomizationSucceeded extends CustomizationEvent {
    /** The VI JSON type discriminator. */
    _typeName: "CustomizationSucceeded";
}
/**
 * Sysprep failed to run in the guest during customization.
 *
 * Extends CustomizationFailed.
 */
export interface CustomizationSysprepFailed extends CustomizationFailed {
    /** The VI JSON type discriminator. */
    _typeName: "CustomizationSysprepFailed";
    /** The version string for the sysprep files that were included in the customization package. */
    sysprepVersion: string;
    /** The version string for the system */
    systemVersion: string;
}
/**
 * The customization sequence failed unexpectedly in the guest.
 *
 * Extends CustomizationFailed.
 */
export interface CustomizationUnknownFailure extends CustomizationFailed {
    /** The VI JSON type discriminator. */
    _typeName: "CustomizationUnknownFailure";
}
/**
 * The `DVPortSetting` data object describes the network configuration of a `DistributedVirtualPort`.
 *
 * Extends DynamicData.
 */
export interface DVPortSetting extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DVPortSetting";
    /** Indicates whether this port is blocked. */
    blocked?: BoolPolicy;
    /**
     * Deprecated as of vSphere API 8.0.
     * @deprecated
     */
    vmDirectPathGen2Allowed?: BoolPolicy;
    /** Network shaping policy for controlling throughput of inbound traffic. */
    inShapingPolicy?: DVSTrafficShapingPolicy;
    /** Network shaping policy for controlling throughput of outbound traffic. */
    outShapingPolicy?: DVSTrafficShapingPolicy;
    /** Opaque binary blob that stores vendor specific configuration. */
    vendorSpecificConfig?: DVSVendorSpecificConfig;
    /**
     * Deprecated as of vSphere API 6.0 Use `DVPortgroupConfigInfo.vmVnicNetworkResourcePoolKey` instead to reference the virtual NIC network resource pool.
     * @deprecated
     */
    networkResourcePoolKey?: StringPolicy;
    /** Configuration for Network Filter Policy. */
    filterPolicy?: DvsFilterPolicy;
}
/**
 * The `DVPortStatus` data object contains runtime information about a `DistributedVirtualPort`.
 *
 * Extends DynamicData.
 */
export interface DVPortStatus extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DVPortStatus";
    /** Indicates whether the port is in linkUp status. */
    linkUp: boolean;
    /** Indicates whether the port is blocked by switch implementation. */
    blocked: boolean;
    /** VLAN ID of the port. */
    vlanIds?: NumericRange[];
    /** True if the port VLAN tagging/stripping is disabled. */
    trunkingMode?: boolean;
    /**
     * Maximum transmission unit (MTU) of the port.
     *
     * Format: int32.
     */
    mtu?: number;
    /** Name of the connected entity. */
    linkPeer?: string;
    /** The MAC address that is used at this port. */
    macAddress?: string;
    /** Additional information regarding the current status of the port. */
    statusDetail?: string;
    /**
     * Deprecated as of vSphere API 8.0.
     * @deprecated
     */
    vmDirectPathGen2Active?: boolean;
    /**
     * Deprecated as of vSphere API 8.0.
     *
     * Values: see {@link DVPortStatusVmDirectPathGen2InactiveReasonNetwork}.
     * @deprecated
     */
    vmDirectPathGen2InactiveReasonNetwork?: string[];
    /**
     * Deprecated as of vSphere API 8.0.
     *
     * Values: see {@link DVPortStatusVmDirectPathGen2InactiveReasonOther}.
     * @deprecated
     */
    vmDirectPathGen2InactiveReasonOther?: string[];
    /**
     * Deprecated as of vSphere API 8.0.
     * @deprecated
     */
    vmDirectPathGen2InactiveReasonExtended?: string;
}
/**
 * The `DVPortgroupConfigSpec` data object contains configuration data for a `DistributedVirtualPortgroup`.
 *
 * Extends DynamicData.
 */
export interface DVPortgroupConfigSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DVPortgroupConfigSpec";
    /** Version string of the configuration that this spec is trying to change. */
    configVersion?: string;
    /** Name of the portgroup. */
    name?: string;
    /**
     * Number of ports in the portgroup.
     *
     * Format: int32.
     */
    numPorts?: number;
    /** Format of the name of the ports when ports are created in the portgroup. */
    portNameFormat?: string;
    /** Default network setting for all the ports in the portgroup. */
    defaultPortConfig?: DVPortSetting;
    /** Description of the portgroup. */
    description?: string;
    /** Type of portgroup. */
    type?: string;
    /** Backing type of portgroup. */
    backingType?: string;
    /**
     * Deprecated as of vSphere API 5.5.
     *
     * Refers to a ManagedEntity managed object.
     * @deprecated
     */
    scope?: ManagedObjectReference[];
    /** Portgroup policy. */
    policy?: DVPortgroupPolicy;
    /** Opaque binary blob that stores vendor specific configuration. */
    vendorSpecificConfig?: DistributedVirtualSwitchKeyedOpaqueBlob[];
    /** If set to true, this property ignores the limit on the number of ports in the portgroup. */
    autoExpand?: boolean;
    /** The key of virtual NIC network resource pool to be associated with a portgroup. */
    vmVnicNetworkResourcePoolKey?: string;
    /** The UUID of transport zone to be associated with a NSX portgroup. */
    transportZoneUuid?: string;
    /** The name of transport zone to be associated with a NSX portgroup. */
    transportZoneName?: string;
    /** The logical switch UUID, which is used by NSX portgroup */
    logicalSwitchUuid?: string;
    /** The segment ID of logical switch */
    segmentId?: string;
    /**
     * The subnet ID of logical switch
     * @since vSphere API 9.0.0.0
     */
    subnetId?: string;
}
/**
 * Two distributed virtual portgroup was created.
 *
 * Extends DVPortgroupEvent.
 */
export interface DVPortgroupCreatedEvent extends DVPortgroupEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DVPortgroupCreatedEvent";
}
/**
 * Two distributed virtual portgroup was destroyed.
 *
 * Extends DVPortgroupEvent.
 */
export interface DVPortgroupDestroyedEvent extends DVPortgroupEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DVPortgroupDestroyedEvent";
}
/** Every `_typeName` a DVPortgroupEvent may carry: its own and its known subtypes'. */
export type DVPortgroupEventTypeName = "DVPortgroupEvent" | "DVPortgroupCreatedEvent" | "DVPortgroupDestroyedEvent" | "DVPortgroupReconfiguredEvent" | "DVPortgroupRenamedEvent" | "DvpgImportEvent" | "DvpgRestoreEvent";
/**
 * DVPortgroup related events.
 *
 * Extends Event.
 */
export interface DVPortgroupEvent extends Event {
    /** DVPortgroupEvent or the name of one of its known subtypes. */
    _typeName: DVPortgroupEventTypeName;
}
/** A DVPortgroupEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyDVPortgroupEvent = (DVPortgroupEvent & {
    _typeName: "DVPortgroupEvent";
}) | DVPortgroupCreatedEvent | DVPortgroupDestroyedEvent | DVPortgroupReconfiguredEvent | DVPortgroupRenamedEvent | DvpgImportEvent | DvpgRestoreEvent;
/**
 * The DistributedVirtualPortgroup policies.
 *
 * Extends DynamicData.
 */
export interface DVPortgroupPolicy extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DVPortgroupPolicy";
    /** Allow the `DVPortSetting.blocked` setting of an individual port to override the setting in `DVPortgroupConfigInfo.defaultPortConfig` of a portgroup. */
    blockOverrideAllowed: boolean;
    /** Allow the `DVPortSetting.inShapingPolicy` or `DVPortSetting.outShapingPolicy` settings of an individual port to override the setting in `DVPortgroupConfigInfo.defaultPortConfig` of a portgroup. */
    shapingOverrideAllowed: boolean;
    /** Allow the `DVPortSetting.vendorSpecificConfig` setting of an individual port to override the setting in `DVPortgroupConfigInfo.defaultPortConfig` of a portgroup. */
    vendorConfigOverrideAllowed: boolean;
    /** Allow a live port to be moved in and out of the portgroup. */
    livePortMovingAllowed: boolean;
    /** If true, reset the port network setting back to the portgroup setting (thus removing the per-port setting) when the port is disconnected from the connectee. */
    portConfigResetAtDisconnect: boolean;
    /** Allow the setting of `DVPortSetting.networkResourcePoolKey` of an individual port to override the setting in `DVPortgroupConfigInfo.defaultPortConfig` of a portgroup. */
    networkResourcePoolOverrideAllowed?: boolean;
    /** Allow the setting of `DVPortSetting.filterPolicy`, for an individual port to override the setting in `DVPortgroupConfigInfo.defaultPortConfig` of a portgroup. */
    trafficFilterOverrideAllowed?: boolean;
}
/**
 * Two distributed virtual portgroup was reconfigured.
 *
 * Extends DVPortgroupEvent.
 */
export interface DVPortgroupReconfiguredEvent extends DVPortgroupEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DVPortgroupReconfiguredEvent";
    /** The reconfiguration spec. */
    configSpec: DVPortgroupConfigSpec;
    /** The configuration values changed during the reconfiguration. */
    configChanges?: ChangesInfoEventArgument;
}
/**
 * Two distributed virtual portgroup was renamed.
 *
 * Extends DVPortgroupEvent.
 */
export interface DVPortgroupRenamedEvent extends DVPortgroupEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DVPortgroupRenamedEvent";
    /** The old portgroup name. */
    oldName: string;
    /** The new portgroup name. */
    newName: string;
}
/**
 * The `DVSConfigSpec` data object contains configuration data for a `DistributedVirtualSwitch`.
 *
 * Extends DynamicData.
 */
export interface DVSConfigSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DVSConfigSpec";
    /** The version string of the configuration that this spec is trying to change. */
    configVersion?: string;
    /** The name of the switch. */
    name?: string;
    /**
     * The number of standalone ports in the switch.
     *
     * Format: int32.
     */
    numStandalonePorts?: number;
    /**
     * Deprecated as of vSphere API 5.0 The default value of this property is maxint and there is no reason for users to change it to a lower value.
     *
     * Format: int32.
     * @deprecated
     */
    maxPorts?: number;
    /** The uplink port policy. */
    uplinkPortPolicy?: DVSUplinkPortPolicy;
    /**
     * The uplink portgroups.
     *
     * Refers to a DistributedVirtualPortgroup managed object.
     */
    uplinkPortgroup?: ManagedObjectReference[];
    /** The default configuration for ports. */
    defaultPortConfig?: DVPortSetting;
    /** The host member specification. */
    host?: DistributedVirtualSwitchHostMemberConfigSpec[];
    /** The key of the extension registered by a remote server that controls the switch. */
    extensionKey?: string;
    /** Set the description string of the switch. */
    description?: string;
    /** The usage policy of the switch. */
    policy?: DVSPolicy;
    /** Set the opaque blob that stores vendor specific configuration. */
    vendorSpecificConfig?: DistributedVirtualSwitchKeyedOpaqueBlob[];
    /** Set the human operator contact information. */
    contact?: DVSContactInfo;
    /** IP address for the switch, specified using IPv4 dot notation. */
    switchIpAddress?: string;
    /**
     * The default host proxy switch maximum port number
     *
     * Format: int32.
     */
    defaultProxySwitchMaxNumPorts?: number;
    /** The host infrastructure traffic resource allocation specification. */
    infrastructureTrafficResourceConfig?: DvsHostInfrastructureTrafficResource[];
    /** The dynamic host infrastructure traffic resource allocation specification. */
    netResourcePoolTrafficResourceConfig?: DvsHostInfrastructureTrafficResource[];
    /**
     * Indicates the Network Resource Control APIs that are supported on the switch.
     *
     * Values: see {@link DistributedVirtualSwitchNetworkResourceControlVersion}.
     */
    networkResourceControlVersion?: string;
}
/**
 * Contact information of a human operator.
 *
 * Extends DynamicData.
 */
export interface DVSContactInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DVSContactInfo";
    /** The name of the person who is responsible for the switch. */
    name?: string;
    /** The contact information for the person. */
    contact?: string;
}
/**
 * This data object type describes the information about the host local port.
 *
 * Extends DynamicData.
 */
export interface DVSHostLocalPortInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DVSHostLocalPortInfo";
    /** UUID of the vSphere Distributed Switch that management interface is connected to. */
    switchUuid: string;
    /** Portkey of the DVPort that management interface is now connected to. */
    portKey: string;
    /** The configuration of the new host local port. */
    setting: DVPortSetting;
    /** The Virtual NIC device connected to this port */
    vnic: string;
}
/**
 * The switch usage policy types
 *
 * Extends DynamicData.
 */
export interface DVSPolicy extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DVSPolicy";
    /** Whether downloading a new proxy VirtualSwitch module to the host is allowed to be automatically executed by the switch. */
    autoPreInstallAllowed?: boolean;
    /** Whether upgrading of the switch is allowed to be automatically executed by the switch. */
    autoUpgradeAllowed?: boolean;
    /** Whether to allow upgrading a switch when some of the hosts failed to install the needed module. */
    partialUpgradeAllowed?: boolean;
}
/**
 * This data object type describes traffic shaping policy.
 *
 * Extends InheritablePolicy.
 */
export interface DVSTrafficShapingPolicy extends InheritablePolicy {
    /** The VI JSON type discriminator. */
    _typeName: "DVSTrafficShapingPolicy";
    /** The flag to indicate whether or not traffic shaper is enabled on the port. */
    enabled?: BoolPolicy;
    /** The average bandwidth in bits per second if shaping is enabled on the port. */
    averageBandwidth?: LongPolicy;
    /** The peak bandwidth during bursts in bits per second if traffic shaping is enabled on the port. */
    peakBandwidth?: LongPolicy;
    /** The maximum burst size allowed in bytes if shaping is enabled on the port. */
    burstSize?: LongPolicy;
}
/**
 * The base class for uplink port policy.
 *
 * Extends DynamicData.
 */
export interface DVSUplinkPortPolicy extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DVSUplinkPortPolicy";
}
/**
 * This data object type describes vendor specific configuration.
 *
 * Extends InheritablePolicy.
 */
export interface DVSVendorSpecificConfig extends InheritablePolicy {
    /** The VI JSON type discriminator. */
    _typeName: "DVSVendorSpecificConfig";
    /** An opaque binary blob that stores vendor specific configuration. */
    keyValue?: DistributedVirtualSwitchKeyedOpaqueBlob[];
}
/**
 * This event records when admission control checks have been disabled in a HA cluster.
 *
 * Extends ClusterEvent.
 */
export interface DasAdmissionControlDisabledEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DasAdmissionControlDisabledEvent";
}
/**
 * This event records when admission control checks have been enabled in a HA cluster.
 *
 * Extends ClusterEvent.
 */
export interface DasAdmissionControlEnabledEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DasAdmissionControlEnabledEvent";
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends ClusterEvent.
 * @deprecated
 */
export interface DasAgentFoundEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DasAgentFoundEvent";
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends ClusterEvent.
 * @deprecated
 */
export interface DasAgentUnavailableEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DasAgentUnavailableEvent";
}
/**
 * This event records that all hosts have been isolated from the network in a HA cluster.
 *
 * Extends ClusterEvent.
 */
export interface DasClusterIsolatedEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DasClusterIsolatedEvent";
}
/**
 * This event records when a cluster has been disabled for HA.
 *
 * Extends ClusterEvent.
 */
export interface DasDisabledEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DasDisabledEvent";
}
/**
 * This event records when a cluster has been enabled for HA.
 *
 * Extends ClusterEvent.
 */
export interface DasEnabledEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DasEnabledEvent";
}
/**
 * This event records when a host failure has been detected by HA.
 *
 * Extends ClusterEvent.
 */
export interface DasHostFailedEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DasHostFailedEvent";
    /** The host that failed. */
    failedHost: HostEventArgument;
}
/**
 * This event records that a host has been isolated from the network in a HA cluster.
 *
 * Extends ClusterEvent.
 */
export interface DasHostIsolatedEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DasHostIsolatedEvent";
    /** The host that was isolated. */
    isolatedHost: HostEventArgument;
}
/**
 * Configuration of the datacenter.
 *
 * Extends DynamicData.
 * @since vSphere API 5.1
 */
export interface DatacenterConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DatacenterConfigInfo";
    /**
     * Key for Default Hardware Version used on this datacenter
     * in the format of `VirtualMachineConfigOptionDescriptor.key`.
     *
     * This field affects
     * `VirtualMachineConfigOptionDescriptor.defaultConfigOption` returned
     * by `ComputeResource.environmentBrowser` of all its children
     * with this field unset.
     */
    defaultHardwareVersionKey?: string;
    /**
     * Key for Maximum Hardware Version used on this datacenter
     * in the format of `VirtualMachineConfigOptionDescriptor.key`.
     *
     * This field affects
     * `VirtualMachineConfigOptionDescriptor.defaultConfigOption` returned
     * by `ComputeResource.environmentBrowser` of all its children
     * with this field unset.
     * @since vSphere API 7.0.2.0
     */
    maximumHardwareVersionKey?: string;
}
/** Extends DatacenterEvent. */
export interface DatacenterCreatedEvent extends DatacenterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatacenterCreatedEvent";
    /** The folder where the datacenter is created. */
    parent: FolderEventArgument;
}
/** Every `_typeName` a DatacenterEvent may carry: its own and its known subtypes'. */
export type DatacenterEventTypeName = "DatacenterEvent" | "DatacenterCreatedEvent" | "DatacenterRenamedEvent";
/**
 * These are datacenter events.
 *
 * Extends Event.
 */
export interface DatacenterEvent extends Event {
    /** DatacenterEvent or the name of one of its known subtypes. */
    _typeName: DatacenterEventTypeName;
}
/** A DatacenterEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyDatacenterEvent = (DatacenterEvent & {
    _typeName: "DatacenterEvent";
}) | DatacenterCreatedEvent | DatacenterRenamedEvent;
/**
 * The event argument is a Datacenter object.
 *
 * Extends EntityEventArgument.
 */
export interface DatacenterEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "DatacenterEventArgument";
    /**
     * The Datacenter object.
     *
     * Refers to a Datacenter managed object.
     */
    datacenter: ManagedObjectReference;
}
/** Extends DatacenterEvent. */
export interface DatacenterRenamedEvent extends DatacenterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatacenterRenamedEvent";
    /** The old datacenter name. */
    oldName: string;
    /** The new datacenter name. */
    newName: string;
}
/**
 * Information about the capabilities of this datastore.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface DatastoreCapability extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreCapability";
    /** Indicates whether or not directories can be created on this datastore. */
    directoryHierarchySupported: boolean;
    /** Indicates whether or not raw disk mappings can be created on this datastore. */
    rawDiskMappingsSupported: boolean;
    /**
     * Indicates whether or not the datastore supports thin provisioning on a per file
     * basis.
     *
     * When thin provisioning is used, backing storage is lazily allocated.
     *
     * This is supported by VMFS3. VMFS2 always allocates storage eagerly. Thus, this
     * value is false for VMFS2. Most NAS systems always use thin provisioning.
     * They do not support configuring this on a per file basis, so for NAS systems
     * this value is also false.
     */
    perFileThinProvisioningSupported: boolean;
    /**
     * Deprecated as of vSphere8.0 U3, and there is no replacement for it.
     *
     * Indicates whether the datastore supports Storage I/O Resource Management.
     * @since vSphere API 4.1
     */
    storageIORMSupported?: boolean;
    /**
     * Indicates whether the datastore supports native snapshot feature which is
     * based on Copy-On-Write.
     * @since vSphere API 5.1
     */
    nativeSnapshotSupported?: boolean;
    /**
     * Indicates whether the datastore supports traditional top-level
     * directory creation.
     *
     * See also `DatastoreNamespaceManager`.
     * @since vSphere API 5.5
     */
    topLevelDirectoryCreateSupported?: boolean;
    /**
     * Indicates whether the datastore supports the Flex-SE(SeSparse) feature.
     * @since vSphere API 5.5
     */
    seSparseSupported?: boolean;
    /**
     * Indicates whether the datastore supports the vmfsSparse feature.
     *
     * True for VMFS3/VMFS5/NFS/NFS41, False for VMFS6.
     * If value is undefined, then it should be read as supported.
     * @since vSphere API 6.5
     */
    vmfsSparseSupported?: boolean;
    /**
     * Indicates whether the datastore supports the vsanSparse feature.
     * @since vSphere API 6.5
     */
    vsanSparseSupported?: boolean;
    /**
     * Deprecated as of vSphere API 8.0, and there is no replacement for it.
     *
     * Indicates whether the datastore supports the upit feature.
     * @since vSphere API 6.5
     */
    upitSupported?: boolean;
    /**
     * On certain datastores (e.g.
     *
     * 2016 PMEM datastore) VMDK expand is not supported.
     * This field tells user if VMDK on this datastore can be expanded or not.
     * If value is undefined, then it should be read as supported.
     * @since vSphere API 6.7
     */
    vmdkExpandSupported?: boolean;
    /**
     * Indicates whether the datastore supports clustered VMDK feature.
     * @since vSphere API 7.0.0.0
     */
    clusteredVmdkSupported?: boolean;
}
/**
 * This event records when increase in a datastore's capacity is observed.
 *
 * Extends DatastoreEvent.
 */
export interface DatastoreCapacityIncreasedEvent extends DatastoreEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreCapacityIncreasedEvent";
    /**
     * The old datastore capacity.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    oldCapacity: number;
    /**
     * The new datastore capacity.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    newCapacity: number;
}
/**
 * This event records when a datastore is removed from VirtualCenter.
 *
 * Extends DatastoreEvent.
 */
export interface DatastoreDestroyedEvent extends DatastoreEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreDestroyedEvent";
}
/**
 * This event records when a host is added to VirtualCenter and datastores are discovered.
 *
 * Extends HostEvent.
 */
export interface DatastoreDiscoveredEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreDiscoveredEvent";
    /** The associated datastore. */
    datastore: DatastoreEventArgument;
}
/**
 * This event records when a duplicate datastore name is found.
 *
 * Extends DatastoreEvent.
 */
export interface DatastoreDuplicatedEvent extends DatastoreEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreDuplicatedEvent";
}
/** Every `_typeName` a DatastoreEvent may carry: its own and its known subtypes'. */
export type DatastoreEventTypeName = "DatastoreEvent" | "DatastoreCapacityIncreasedEvent" | "DatastoreDestroyedEvent" | "DatastoreDuplicatedEvent" | DatastoreFileEventTypeName | "DatastoreIORMReconfiguredEvent" | "DatastoreRenamedEvent" | "NonVIWorkloadDetectedOnDatastoreEvent";
/**
 * These are datastore events.
 *
 * Extends Event.
 */
export interface DatastoreEvent extends Event {
    /** DatastoreEvent or the name of one of its known subtypes. */
    _typeName: DatastoreEventTypeName;
    /** The associated datastore. */
    datastore?: DatastoreEventArgument;
}
/** A DatastoreEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyDatastoreEvent = (DatastoreEvent & {
    _typeName: "DatastoreEvent";
}) | DatastoreCapacityIncreasedEvent | DatastoreDestroyedEvent | DatastoreDuplicatedEvent | AnyDatastoreFileEvent | DatastoreIORMReconfiguredEvent | DatastoreRenamedEvent | NonVIWorkloadDetectedOnDatastoreEvent;
/**
 * The event argument is a Datastore object.
 *
 * Extends EntityEventArgument.
 */
export interface DatastoreEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreEventArgument";
    /**
     * The Datastore object.
     *
     * Refers to a Datastore managed object.
     */
    datastore: ManagedObjectReference;
}
/**
 * This event records copy of a file or directory.
 *
 * Extends DatastoreFileEvent.
 */
export interface DatastoreFileCopiedEvent extends DatastoreFileEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreFileCopiedEvent";
    /** Source datastore. */
    sourceDatastore: DatastoreEventArgument;
    /** Datastore path of the source file or directory. */
    sourceFile: string;
}
/**
 * This event records deletion of a file or directory.
 *
 * Extends DatastoreFileEvent.
 */
export interface DatastoreFileDeletedEvent extends DatastoreFileEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreFileDeletedEvent";
}
/** Every `_typeName` a DatastoreFileEvent may carry: its own and its known subtypes'. */
export type DatastoreFileEventTypeName = "DatastoreFileEvent" | "DatastoreFileCopiedEvent" | "DatastoreFileDeletedEvent" | "DatastoreFileMovedEvent";
/**
 * Base class for events related to datastore file and directory operations.
 *
 * Extends DatastoreEvent.
 */
export interface DatastoreFileEvent extends DatastoreEvent {
    /** DatastoreFileEvent or the name of one of its known subtypes. */
    _typeName: DatastoreFileEventTypeName;
    /** Datastore path of the target file or directory. */
    targetFile: string;
    /** Identifier of the initiator of the file operation. */
    sourceOfOperation?: string;
    /** Indicator whether the datastore file operation succeeded. */
    succeeded?: boolean;
}
/** A DatastoreFileEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyDatastoreFileEvent = (DatastoreFileEvent & {
    _typeName: "DatastoreFileEvent";
}) | DatastoreFileCopiedEvent | DatastoreFileDeletedEvent | DatastoreFileMovedEvent;
/**
 * This event records move of a file or directory.
 *
 * Extends DatastoreFileEvent.
 */
export interface DatastoreFileMovedEvent extends DatastoreFileEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreFileMovedEvent";
    /** Source datastore. */
    sourceDatastore: DatastoreEventArgument;
    /** Datastore path of the source file or directory. */
    sourceFile: string;
}
/**
 * Host-specific datastore information.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface DatastoreHostMount extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreHostMount";
    /**
     * The host associated with this datastore.
     *
     * Refers instance of `HostSystem`.
     *
     * Refers to a HostSystem managed object.
     */
    key: ManagedObjectReference;
    /** Host-specific information about the mount. */
    mountInfo: HostMountInfo;
}
/**
 * This event records that the configuration of storage I/O resource management for a datastore has changed.
 *
 * Extends DatastoreEvent.
 */
export interface DatastoreIORMReconfiguredEvent extends DatastoreEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreIORMReconfiguredEvent";
}
/** Every `_typeName` a DatastoreInfo may carry: its own and its known subtypes'. */
export type DatastoreInfoTypeName = "DatastoreInfo" | "LocalDatastoreInfo" | "NasDatastoreInfo" | "PMemDatastoreInfo" | "VmfsDatastoreInfo" | "VsanDatastoreInfo" | "VvolDatastoreInfo";
/**
 * Detailed information about a datastore.
 *
 * This is a base type for derived types
 * that have more specific details about a datastore.
 *
 * See also `HostVmfsVolume`, `HostNasVolume`, `HostLocalFileSystemVolume`.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface DatastoreInfo extends DynamicData {
    /** DatastoreInfo or the name of one of its known subtypes. */
    _typeName: DatastoreInfoTypeName;
    /** The name of the datastore. */
    name: string;
    /** The unique locator for the datastore. */
    url: string;
    /**
     * Free space of this datastore, in bytes.
     *
     * The server periodically updates this
     * value. It can be explicitly refreshed with the Refresh operation.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    freeSpace: number;
    /**
     * The maximum size of a file that can reside on this file system volume.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    maxFileSize: number;
    /**
     * The maximum capacity of a virtual disk which can be created on this volume.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 5.5
     */
    maxVirtualDiskCapacity?: number;
    /**
     * The maximum size of a snapshot or a swap file that can reside on this file system volume.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 6.0
     */
    maxMemoryFileSize?: number;
    /**
     * Time when the free-space and capacity values in `DatastoreInfo` and
     * `DatastoreSummary` were updated.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     * @since vSphere API 4.0
     */
    timestamp?: string;
    /**
     * The unique container ID of the datastore, if applicable.
     * @since vSphere API 5.5
     */
    containerId?: string;
    /**
     * vSAN datastore container that this datastore is alias of.
     *
     * If this
     * field is unset then this datastore is not alias of any other vSAN
     * datastore.
     * See `DatastoreInfo.containerId`.
     * @since vSphere API 6.7.1
     */
    aliasOf?: string;
    /**
     * A list of virtual disk format type which can be supported
     * on that datastore.
     *
     * Supported values are `native_512` and
     * `native_4k`.
     * @since vSphere API 9.0.0.0
     */
    supportedVDiskFormats?: string[];
    /**
     * The logical sector size of the datastore.
     *
     * If not set,
     * the default is 512 bytes.
     *
     * Format: int32.
     * @since vSphere API 9.0.0.0
     */
    logicalSectorSize?: number;
    /**
     * The physical sector size of the datastore.
     *
     * If not set,
     * the default is 512 bytes.
     *
     * Format: int32.
     * @since vSphere API 9.0.0.0
     */
    physicalSectorSize?: number;
}
/** A DatastoreInfo or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyDatastoreInfo = (DatastoreInfo & {
    _typeName: "DatastoreInfo";
}) | LocalDatastoreInfo | NasDatastoreInfo | PMemDatastoreInfo | VmfsDatastoreInfo | VsanDatastoreInfo | VvolDatastoreInfo;
/**
 * This event records that a datastore principal was configured on a host.
 *
 * Extends HostEvent.
 */
export interface DatastorePrincipalConfigured extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastorePrincipalConfigured";
    datastorePrincipal: string;
}
/**
 * This event records when a datastore is removed from a host but not from VirtualCenter.
 *
 * Extends HostEvent.
 */
export interface DatastoreRemovedOnHostEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreRemovedOnHostEvent";
    /** The associated datastore. */
    datastore: DatastoreEventArgument;
}
/**
 * This event records the renaming of a datastore.
 *
 * Extends DatastoreEvent.
 */
export interface DatastoreRenamedEvent extends DatastoreEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreRenamedEvent";
    /** The old datastore name. */
    oldName: string;
    /** The new datastore name. */
    newName: string;
}
/**
 * This event records when a datastore is added to VirtualCenter and is renamed by VirtualCenter because this datastore already exists in VirtualCenter with a different name, or because the name conflicts with another datastore in VirtualCenter.
 *
 * Extends HostEvent.
 */
export interface DatastoreRenamedOnHostEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreRenamedOnHostEvent";
    /** The old datastore name. */
    oldName: string;
    /** The new datastore name. */
    newName: string;
}
/**
 * Summary information about the datastore.
 *
 * The status fields and managed object
 * reference is not set when an object of this type is created. These fields and
 * references are typically set later when these objects are associated with a host.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface DatastoreSummary extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DatastoreSummary";
    /**
     * The reference to the managed object.
     *
     * Refers instance of `Datastore`.
     *
     * Refers to a Datastore managed object.
     */
    datastore?: ManagedObjectReference;
    /** The name of the datastore. */
    name: string;
    /**
     * The unique locator for the datastore.
     *
     * This property is guaranteed to be valid
     * only if `DatastoreSummary.accessible` is true.
     */
    url: string;
    /**
     * Maximum capacity of this datastore, in bytes.
     *
     * This value is updated
     * periodically by the server. It can be explicitly refreshed with the Refresh
     * operation. This property is guaranteed to be valid only if `DatastoreSummary.accessible`
     * is true.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    capacity: number;
    /**
     * Available space of this datastore, in bytes.
     *
     * The server periodically
     * updates this value. It can be explicitly refreshed with the Refresh operation.
     * This property is guaranteed to be valid only if `DatastoreSummary.accessible` is true.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    freeSpace: number;
    /**
     * Total additional storage space, in bytes, potentially used by all
     * virtual machines on this datastore.
     *
     * The server periodically updates this
     * value.
     * It can be explicitly refreshed with the `Datastore.RefreshDatastoreStorageInfo` operation.
     * This property is valid only if `DatastoreSummary.accessible` is true.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 4.0
     */
    uncommitted?: number;
    /**
     * The connectivity status of this datastore.
     *
     * If this is set to false, meaning the
     * datastore is not accessible, this datastore's capacity and freespace properties
     * cannot be validated. Furthermore, if this property is set to false, some of the
     * properties in this summary and in `DatastoreInfo` should not be
     * used. Refer to the documentation for the property of your interest.
     * For datastores accessed from multiple hosts, vCenter Server reports
     * `DatastoreSummary.accessible` as an aggregated value of the
     * properties reported in `HostMountInfo`. For instance,
     * if a datastore is accessible through a subset of hosts, then the value of
     * `DatastoreSummary.accessible` will be reported as true by
     * vCenter Server. And the reason for a daastore being inaccessible from a host
     * will be reported in `HostMountInfo.inaccessibleReason`
     */
    accessible: boolean;
    /**
     * More than one host in the datacenter has been configured with access to the
     * datastore.
     *
     * This is only provided by VirtualCenter.
     */
    multipleHostAccess?: boolean;
    /**
     * Type of file system volume, such as VMFS or NFS.
     *
     * See also `HostFileSystemVolume.type`.
     */
    type: string;
    /**
     * The current maintenance mode state of the datastore.
     *
     * The set of
     * possible values is described in `DatastoreSummaryMaintenanceModeState_enum`.
     * @since vSphere API 5.0
     */
    maintenanceMode?: string;
}
/** Every `_typeName` a Description may carry: its own and its known subtypes'. */
export type DescriptionTypeName = "Description" | ElementDescriptionTypeName | "TypeDescription";
/**
 * Static strings used for describing an object or property.
 *
 * Extends DynamicData.
 */
export interface Description extends DynamicData {
    /** Description or the name of one of its known subtypes. */
    _typeName: DescriptionTypeName;
    /** Display label. */
    label: string;
    /** Summary description. */
    summary: string;
}
/** A Description or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyDescription = (Description & {
    _typeName: "Description";
}) | AnyElementDescription | TypeDescription;
/**
 * Base class.
 *
 * Extends DynamicData.
 */
export interface DistributedVirtualSwitchHostMemberBacking extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DistributedVirtualSwitchHostMemberBacking";
}
/**
 * Specification to create or reconfigure ESXi host membership in a `DistributedVirtualSwitch`.
 *
 * Extends DynamicData.
 */
export interface DistributedVirtualSwitchHostMemberConfigSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DistributedVirtualSwitchHostMemberConfigSpec";
    /**
     * Host member operation type.
     *
     * Values: see {@link ConfigSpecOperation}.
     */
    operation: string;
    /**
     * Identifies a host member of a `DistributedVirtualSwitch` for a `Folder.CreateDVS_Task` or `DistributedVirtualSwitch*.*DistributedVirtualSwitch.ReconfigureDvs_Task` operation.
     *
     * Refers to a HostSystem managed object.
     */
    host: ManagedObjectReference;
    /** Specifies the physical NICs to use as backing for the proxy switch on the host. */
    backing?: DistributedVirtualSwitchHostMemberBacking;
    /**
     * Maximum number of ports allowed in the `HostProxySwitch`.
     *
     * Format: int32.
     */
    maxProxySwitchPorts?: number;
    /** Opaque binary blob that stores vendor specific configuration. */
    vendorSpecificConfig?: DistributedVirtualSwitchKeyedOpaqueBlob[];
}
/**
 * This class defines a data structure to hold opaque binary data identified by a key.
 *
 * Extends DynamicData.
 */
export interface DistributedVirtualSwitchKeyedOpaqueBlob extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DistributedVirtualSwitchKeyedOpaqueBlob";
    /** A key that identifies the opaque binary blob. */
    key: string;
    /** The opaque data. */
    opaqueData: string;
}
/**
 * Information about the entity that connects to a DistributedVirtualPort.
 *
 * Extends DynamicData.
 */
export interface DistributedVirtualSwitchPortConnectee extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DistributedVirtualSwitchPortConnectee";
    /**
     * The connected entity.
     *
     * Refers to a ManagedEntity managed object.
     */
    connectedEntity?: ManagedObjectReference;
    /** The key of the virtual NIC that connects to this port. */
    nicKey?: string;
    /** The type of the connectee. */
    type?: string;
    /** A hint on address information of the NIC that connects to this port. */
    addressHint?: string;
}
/**
 * The `DistributedVirtualSwitchPortConnection` data object represents a connection or association between a `DistributedVirtualPortgroup` or a `DistributedVirtualPort` and one of the following entities: - Virtual machine virtual NIC (`VirtualEthernetCardDistributedVirtualPortBackingInfo`) - Host virtual NIC (`HostVirtualNic`) - Physical NIC (`HostNetworkInfo*.*HostNetworkInfo.pnic`)
 *
 * Extends DynamicData.
 */
export interface DistributedVirtualSwitchPortConnection extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DistributedVirtualSwitchPortConnection";
    /** UUID of the switch (`DistributedVirtualSwitch*.*DistributedVirtualSwitch.uuid`). */
    switchUuid: string;
    /** Key of the portgroup. */
    portgroupKey?: string;
    /** Key of the port. */
    portKey?: string;
    /**
     * Cookie that represents this `DistributedVirtualSwitchPortConnection` instance for the port.
     *
     * Format: int32.
     */
    connectionCookie?: number;
}
/**
 * This data object type is a subset of `AboutInfo`.
 *
 * Extends DynamicData.
 */
export interface DistributedVirtualSwitchProductSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DistributedVirtualSwitchProductSpec";
    /** Short form of the product name. */
    name?: string;
    /** Name of the vendor of this product. */
    vendor?: string;
    /** Dot-separated version string. */
    version?: string;
    /** Build string for the server on which this call is made. */
    build?: string;
    /** Forwarding class of the distributed virtual switch. */
    forwardingClass?: string;
    /** The ID of the bundle if a host component bundle needs to be installed on the host members to support the functionality of the switch. */
    bundleId?: string;
    /** The URL of the bundle that VMware Update Manager will use to install the bundle on the host members, if `DistributedVirtualSwitchProductSpec.bundleId` is set. */
    bundleUrl?: string;
}
/**
 * This event records when DRS is disabled on a cluster.
 *
 * Extends ClusterEvent.
 */
export interface DrsDisabledEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsDisabledEvent";
}
/**
 * This event records when DRS is enabled on a cluster.
 *
 * Extends ClusterEvent.
 */
export interface DrsEnabledEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsEnabledEvent";
    /**
     * The DRS automation level in (`DrsBehavior`)
     *
     * Values: see {@link DrsBehavior}.
     */
    behavior: string;
}
/**
 * This event records that the host has successfully entered standby mode initiated by Distributed Power Management.
 *
 * Extends EnteredStandbyModeEvent.
 */
export interface DrsEnteredStandbyModeEvent extends EnteredStandbyModeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsEnteredStandbyModeEvent";
}
/**
 * This event records that a host has begun the process of entering standby mode initiated by Distributed Power Management.
 *
 * Extends EnteringStandbyModeEvent.
 */
export interface DrsEnteringStandbyModeEvent extends EnteringStandbyModeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsEnteringStandbyModeEvent";
}
/**
 * This event records that Distributed Power Management tried to bring a host out from standby mode, but the host failed to exit standby mode.
 *
 * Extends ExitStandbyModeFailedEvent.
 */
export interface DrsExitStandbyModeFailedEvent extends ExitStandbyModeFailedEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsExitStandbyModeFailedEvent";
}
/**
 * This event records that Distributed Power Management brings this host out from standby mode.
 *
 * Extends ExitedStandbyModeEvent.
 */
export interface DrsExitedStandbyModeEvent extends ExitedStandbyModeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsExitedStandbyModeEvent";
}
/**
 * This event records that a host has begun the process of exiting standby mode initiated by Distributed Power Management.
 *
 * Extends ExitingStandbyModeEvent.
 */
export interface DrsExitingStandbyModeEvent extends ExitingStandbyModeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsExitingStandbyModeEvent";
}
/**
 * This event records DRS invocation failure.
 *
 * Extends ClusterEvent.
 */
export interface DrsInvocationFailedEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsInvocationFailedEvent";
}
/**
 * This event records that DRS has recovered from failure.
 *
 * Extends ClusterEvent.
 */
export interface DrsRecoveredFromFailureEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsRecoveredFromFailureEvent";
}
/**
 * This event records when resource configuration specification synchronization fails on a host.
 *
 * Extends HostEvent.
 */
export interface DrsResourceConfigureFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsResourceConfigureFailedEvent";
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records when resource configuration specification returns to synchronized from previous failure.
 *
 * Extends HostEvent.
 */
export interface DrsResourceConfigureSyncedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsResourceConfigureSyncedEvent";
}
/**
 * Deprecated as of vSphere API 9.1, DRS no longer fires this event.
 *
 * Extends VmEvent.
 * @deprecated
 */
export interface DrsRuleComplianceEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsRuleComplianceEvent";
}
/**
 * This event records when a virtual machine violates a DRS VM-Host rule.
 *
 * Extends VmEvent.
 */
export interface DrsRuleViolationEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsRuleViolationEvent";
}
/**
 * This event records when a virtual machine violates a soft VM-Host rule.
 *
 * Extends VmEvent.
 */
export interface DrsSoftRuleViolationEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsSoftRuleViolationEvent";
}
/**
 * This event records a virtual machine migration that was recommended by DRS.
 *
 * Extends VmMigratedEvent.
 */
export interface DrsVmMigratedEvent extends VmMigratedEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsVmMigratedEvent";
}
/**
 * This event records when a virtual machine is powered on by DRS.
 *
 * Extends VmPoweredOnEvent.
 */
export interface DrsVmPoweredOnEvent extends VmPoweredOnEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DrsVmPoweredOnEvent";
}
/**
 * This event records that a duplicate IP address has been observed in conflict with the vmotion or IP storage interface configured on the host.
 *
 * Extends HostEvent.
 */
export interface DuplicateIpDetectedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DuplicateIpDetectedEvent";
    /** The Duplicate IP address detected. */
    duplicateIP: string;
    /** The MAC associated with duplicate IP. */
    macAddress: string;
}
/** Extends VimFault. */
export interface DuplicateName extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "DuplicateName";
    name: string;
    object: ManagedObjectReference;
}
/**
 * This event is generated when an import operation is performed on a distributed virtual portgroup
 *
 * Extends DVPortgroupEvent.
 */
export interface DvpgImportEvent extends DVPortgroupEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvpgImportEvent";
    /**
     * The type of restore operation.
     *
     * Values: see {@link EntityImportType}.
     */
    importType: string;
}
/**
 * This event is generated when a restore operation is performed on a distributed virtual portgroup
 *
 * Extends DVPortgroupEvent.
 */
export interface DvpgRestoreEvent extends DVPortgroupEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvpgRestoreEvent";
}
/**
 * A distributed virtual switch was created.
 *
 * Extends DvsEvent.
 */
export interface DvsCreatedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsCreatedEvent";
    /** The folder where the DistributedVirtualSwitch is created. */
    parent: FolderEventArgument;
}
/**
 * A distributed virtual switch was destroyed.
 *
 * Extends DvsEvent.
 */
export interface DvsDestroyedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsDestroyedEvent";
}
/** Every `_typeName` a DvsEvent may carry: its own and its known subtypes'. */
export type DvsEventTypeName = "DvsEvent" | "DvsCreatedEvent" | "DvsDestroyedEvent" | "DvsHostBackInSyncEvent" | "DvsHostJoinedEvent" | "DvsHostLeftEvent" | "DvsHostStatusUpdated" | "DvsHostWentOutOfSyncEvent" | "DvsImportEvent" | "DvsMergedEvent" | "DvsPortBlockedEvent" | "DvsPortConnectedEvent" | "DvsPortCreatedEvent" | "DvsPortDeletedEvent" | "DvsPortDisconnectedEvent" | "DvsPortEnteredPassthruEvent" | "DvsPortExitedPassthruEvent" | "DvsPortJoinPortgroupEvent" | "DvsPortLeavePortgroupEvent" | "DvsPortLinkDownEvent" | "DvsPortLinkUpEvent" | "DvsPortReconfiguredEvent" | "DvsPortRuntimeChangeEvent" | "DvsPortUnblockedEvent" | "DvsPortVendorSpecificStateChangeEvent" | "DvsReconfiguredEvent" | "DvsRenamedEvent" | "DvsRestoreEvent" | "DvsUpgradeAvailableEvent" | "DvsUpgradeInProgressEvent" | "DvsUpgradeRejectedEvent" | "DvsUpgradedEvent" | "HostLocalPortCreatedEvent" | "OutOfSyncDvsHost" | "RecoveryEvent" | "RollbackEvent" | "VmVnicPoolReservationViolationClearEvent" | "VmVnicPoolReservationViolationRaiseEvent";
/**
 * These are dvs-related events.
 *
 * Extends Event.
 */
export interface DvsEvent extends Event {
    /** DvsEvent or the name of one of its known subtypes. */
    _typeName: DvsEventTypeName;
}
/** A DvsEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyDvsEvent = (DvsEvent & {
    _typeName: "DvsEvent";
}) | DvsCreatedEvent | DvsDestroyedEvent | DvsHostBackInSyncEvent | DvsHostJoinedEvent | DvsHostLeftEvent | DvsHostStatusUpdated | DvsHostWentOutOfSyncEvent | DvsImportEvent | DvsMergedEvent | DvsPortBlockedEvent | DvsPortConnectedEvent | DvsPortCreatedEvent | DvsPortDeletedEvent | DvsPortDisconnectedEvent | DvsPortEnteredPassthruEvent | DvsPortExitedPassthruEvent | DvsPortJoinPortgroupEvent | DvsPortLeavePortgroupEvent | DvsPortLinkDownEvent | DvsPortLinkUpEvent | DvsPortReconfiguredEvent | DvsPortRuntimeChangeEvent | DvsPortUnblockedEvent | DvsPortVendorSpecificStateChangeEvent | DvsReconfiguredEvent | DvsRenamedEvent | DvsRestoreEvent | DvsUpgradeAvailableEvent | DvsUpgradeInProgressEvent | DvsUpgradeRejectedEvent | DvsUpgradedEvent | HostLocalPortCreatedEvent | OutOfSyncDvsHost | RecoveryEvent | RollbackEvent | VmVnicPoolReservationViolationClearEvent | VmVnicPoolReservationViolationRaiseEvent;
/**
 * The event argument is a distributed virtual switch object.
 *
 * Extends EntityEventArgument.
 */
export interface DvsEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "DvsEventArgument";
    /**
     * The distributed virtual switch object.
     *
     * Refers to a DistributedVirtualSwitch managed object.
     */
    dvs: ManagedObjectReference;
}
/**
 * This class defines Network Filter configuration.
 *
 * Extends InheritablePolicy.
 */
export interface DvsFilterConfig extends InheritablePolicy {
    /** The VI JSON type discriminator. */
    _typeName: "DvsFilterConfig";
    /** The key of Network Filter Config. */
    key?: string;
    /** The name of the network traffic filter agent. */
    agentName?: string;
    /** The slot number of the network filter agent. */
    slotNumber?: string;
    /** Network Filter Parameter */
    parameters?: DvsFilterParameter;
    /**
     * This property specifies whether to allow all traffic or to deny all traffic when a Network Filter fails to configure.
     *
     * Values: see {@link DvsFilterOnFailure}.
     */
    onFailure?: string;
}
/**
 * This class defines Network Filter parameter.
 *
 * Extends DynamicData.
 */
export interface DvsFilterParameter extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DvsFilterParameter";
    /** List of parameters for a Network Filter. */
    parameters?: string[];
}
/**
 * This class defines Network Filter Policy.
 *
 * Extends InheritablePolicy.
 */
export interface DvsFilterPolicy extends InheritablePolicy {
    /** The VI JSON type discriminator. */
    _typeName: "DvsFilterPolicy";
    /** List of Network Filter Configurations. */
    filterConfig?: DvsFilterConfig[];
}
/** Every `_typeName` a DvsHealthStatusChangeEvent may carry: its own and its known subtypes'. */
export type DvsHealthStatusChangeEventTypeName = "DvsHealthStatusChangeEvent" | "MtuMatchEvent" | "MtuMismatchEvent" | "TeamingMatchEvent" | "TeamingMisMatchEvent" | "UplinkPortMtuNotSupportEvent" | "UplinkPortMtuSupportEvent" | "UplinkPortVlanTrunkedEvent" | "UplinkPortVlanUntrunkedEvent";
/**
 * Health check status of an switch is changed.
 *
 * Extends HostEvent.
 */
export interface DvsHealthStatusChangeEvent extends HostEvent {
    /** DvsHealthStatusChangeEvent or the name of one of its known subtypes. */
    _typeName: DvsHealthStatusChangeEventTypeName;
    /** UUID of the DVS the host is connected to. */
    switchUuid: string;
    /** Health check status. */
    healthResult?: HostMemberHealthCheckResult;
}
/** A DvsHealthStatusChangeEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyDvsHealthStatusChangeEvent = (DvsHealthStatusChangeEvent & {
    _typeName: "DvsHealthStatusChangeEvent";
}) | MtuMatchEvent | MtuMismatchEvent | TeamingMatchEvent | TeamingMisMatchEvent | UplinkPortMtuNotSupportEvent | UplinkPortMtuSupportEvent | UplinkPortVlanTrunkedEvent | UplinkPortVlanUntrunkedEvent;
/**
 * The DVS configuration on the host was synchronized with that of the Virtual Center Server and the configuration is the same on the host and Virtual Center Server.
 *
 * Extends DvsEvent.
 */
export interface DvsHostBackInSyncEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsHostBackInSyncEvent";
    /** The host that was synchronized. */
    hostBackInSync: HostEventArgument;
}
/**
 * This class defines the resource allocation for a host infrastructure traffic class on a physical NIC
 *
 * Extends DynamicData.
 */
export interface DvsHostInfrastructureTrafficResource extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DvsHostInfrastructureTrafficResource";
    /**
     * The key of the host infrastructure resource.
     *
     * Values: see {@link DistributedVirtualSwitchHostInfrastructureTrafficClass}.
     */
    key: string;
    /** The description of the host infrastructure resource. */
    description?: string;
    /** The allocation settings of the host infrastructure resource. */
    allocationInfo: DvsHostInfrastructureTrafficResourceAllocation;
}
/**
 * Resource allocation information for a host infrastructure traffic class.
 *
 * Extends DynamicData.
 */
export interface DvsHostInfrastructureTrafficResourceAllocation extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DvsHostInfrastructureTrafficResourceAllocation";
    /**
     * The maximum allowed usage for a traffic class belonging to this resource pool per host physical NIC.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    limit?: number;
    /** Network share. */
    shares?: SharesInfo;
    /**
     * Amount of bandwidth resource that is guaranteed available to the host infrastructure traffic class.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    reservation?: number;
}
/**
 * A host joined the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsHostJoinedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsHostJoinedEvent";
    /** The host that joined DVS. */
    hostJoined: HostEventArgument;
}
/**
 * A host left the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsHostLeftEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsHostLeftEvent";
    /** The host that left DVS. */
    hostLeft: HostEventArgument;
}
/**
 * A host has it's status or statusDetail updated.
 *
 * Extends DvsEvent.
 */
export interface DvsHostStatusUpdated extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsHostStatusUpdated";
    /** The host. */
    hostMember: HostEventArgument;
    /** Host's old status. */
    oldStatus?: string;
    /** Host's new status. */
    newStatus?: string;
    /** Comments regarding host's old status. */
    oldStatusDetail?: string;
    /** Comments regarding host's new status. */
    newStatusDetail?: string;
}
/**
 * The DVS configuration on the host diverged from that of the Virtual Center Server.
 *
 * Extends DvsEvent.
 */
export interface DvsHostWentOutOfSyncEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsHostWentOutOfSyncEvent";
    /** The host that went out of sync. */
    hostOutOfSync: DvsOutOfSyncHostArgument;
}
/**
 * This event is generated when a import operation is performed on a distributed virtual switch
 *
 * Extends DvsEvent.
 */
export interface DvsImportEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsImportEvent";
    /**
     * The type of restore operation.
     *
     * Values: see {@link EntityImportType}.
     */
    importType: string;
}
/**
 * Two distributed virtual switches was merged.
 *
 * Extends DvsEvent.
 */
export interface DvsMergedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsMergedEvent";
    /** The source DVS. */
    sourceDvs: DvsEventArgument;
    /** The destination DVS. */
    destinationDvs: DvsEventArgument;
}
/**
 * The host on which the DVS configuration is different from that of Virtual Center server.
 *
 * Extends DynamicData.
 */
export interface DvsOutOfSyncHostArgument extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DvsOutOfSyncHostArgument";
    /** The host. */
    outOfSyncHost: HostEventArgument;
    /** The DVS configuration parameters that are different between Virtual Center server and the host. */
    configParamters: string[];
}
/**
 * A port is blocked in the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortBlockedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortBlockedEvent";
    /** The port key. */
    portKey: string;
    /** Reason for port's current status */
    statusDetail?: string;
    /** The port runtime information. */
    runtimeInfo?: DVPortStatus;
    /**
     * Previous state of the DvsPort.
     *
     * Values: see {@link DvsEventPortBlockState}.
     */
    prevBlockState?: string;
}
/**
 * A port is connected in the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortConnectedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortConnectedEvent";
    /** The port key. */
    portKey: string;
    /** The port's connectee. */
    connectee?: DistributedVirtualSwitchPortConnectee;
}
/**
 * New ports are created in the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortCreatedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortCreatedEvent";
    /** The key of the ports that are created. */
    portKey: string[];
}
/**
 * Existing ports are deleted in the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortDeletedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortDeletedEvent";
    /** The key of the ports that are deleted. */
    portKey: string[];
}
/**
 * A port is disconnected in the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortDisconnectedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortDisconnectedEvent";
    /** The port key. */
    portKey: string;
    /** The port's formal connectee. */
    connectee?: DistributedVirtualSwitchPortConnectee;
}
/**
 * A port has entered passthrough mode on the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortEnteredPassthruEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortEnteredPassthruEvent";
    /** The port key. */
    portKey: string;
    /** The port runtime information. */
    runtimeInfo?: DVPortStatus;
}
/**
 * A port has exited passthrough mode on the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortExitedPassthruEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortExitedPassthruEvent";
    /** The port key. */
    portKey: string;
    /** The port runtime information. */
    runtimeInfo?: DVPortStatus;
}
/**
 * A port was moved into the distributed virtual portgroup.
 *
 * Extends DvsEvent.
 */
export interface DvsPortJoinPortgroupEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortJoinPortgroupEvent";
    /** The port key. */
    portKey: string;
    /** The portgroup key. */
    portgroupKey: string;
    /** The portgroup name. */
    portgroupName: string;
}
/**
 * A port was moved out of the distributed virtual portgroup.
 *
 * Extends DvsEvent.
 */
export interface DvsPortLeavePortgroupEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortLeavePortgroupEvent";
    /** The port key. */
    portKey: string;
    /** The portgroup key. */
    portgroupKey: string;
    /** The portgroup name. */
    portgroupName: string;
}
/**
 * A port of which link status is changed to down in the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortLinkDownEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortLinkDownEvent";
    /** The port key. */
    portKey: string;
    /** The port runtime information. */
    runtimeInfo?: DVPortStatus;
}
/**
 * A port of which link status is changed to up in the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortLinkUpEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortLinkUpEvent";
    /** The port key. */
    portKey: string;
    /** The port runtime information. */
    runtimeInfo?: DVPortStatus;
}
/**
 * Existing ports are reconfigured in the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortReconfiguredEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortReconfiguredEvent";
    /** The key of the ports that are reconfigured. */
    portKey: string[];
    /** The configuration values changed during the reconfiguration. */
    configChanges?: ChangesInfoEventArgument[];
}
/**
 * A port of which runtime information is changed in the vNetwork Distributed Switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortRuntimeChangeEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortRuntimeChangeEvent";
    /** The port key. */
    portKey: string;
    /** The new port runtime information. */
    runtimeInfo: DVPortStatus;
}
/**
 * A port is unblocked in the distributed virtual switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortUnblockedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortUnblockedEvent";
    /** The port key. */
    portKey: string;
    /** The port runtime information. */
    runtimeInfo?: DVPortStatus;
    /**
     * Previous state of the DvsPort.
     *
     * Values: see {@link DvsEventPortBlockState}.
     */
    prevBlockState?: string;
}
/**
 * A port of which vendor specific state is changed in the vNetwork Distributed Switch.
 *
 * Extends DvsEvent.
 */
export interface DvsPortVendorSpecificStateChangeEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsPortVendorSpecificStateChangeEvent";
    /** The port key. */
    portKey: string;
}
/**
 * A distributed virtual switch was reconfigured.
 *
 * Extends DvsEvent.
 */
export interface DvsReconfiguredEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsReconfiguredEvent";
    /** The reconfiguration spec. */
    configSpec: DVSConfigSpec;
    /** The configuration values changed during the reconfiguration. */
    configChanges?: ChangesInfoEventArgument;
}
/**
 * A distributed virtual switch was renamed.
 *
 * Extends DvsEvent.
 */
export interface DvsRenamedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsRenamedEvent";
    /** The old DistributedVirtualSwitch name. */
    oldName: string;
    /** The new DistributedVirtualSwitch name. */
    newName: string;
}
/**
 * This event is generated when a restore operation is performed on a distributed virtual switch
 *
 * Extends DvsEvent.
 */
export interface DvsRestoreEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsRestoreEvent";
}
/**
 * An upgrade for the distributed virtual switch is available.
 *
 * Extends DvsEvent.
 */
export interface DvsUpgradeAvailableEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsUpgradeAvailableEvent";
    /** The product info of the upgrade. */
    productInfo: DistributedVirtualSwitchProductSpec;
}
/**
 * An upgrade for the distributed virtual switch is in progress.
 *
 * Extends DvsEvent.
 */
export interface DvsUpgradeInProgressEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsUpgradeInProgressEvent";
    /** The product info of the upgrade. */
    productInfo: DistributedVirtualSwitchProductSpec;
}
/**
 * An upgrade for the distributed virtual switch is rejected.
 *
 * Extends DvsEvent.
 */
export interface DvsUpgradeRejectedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsUpgradeRejectedEvent";
    /** The product info of the upgrade. */
    productInfo: DistributedVirtualSwitchProductSpec;
}
/**
 * The distributed virtual switch was upgraded.
 *
 * Extends DvsEvent.
 */
export interface DvsUpgradedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "DvsUpgradedEvent";
    /** The product info of the upgrade. */
    productInfo: DistributedVirtualSwitchProductSpec;
}
/** Every `_typeName` a DynamicData may carry: its own and its known subtypes'. */
export type DynamicDataTypeName = "DynamicData" | "AboutInfo" | "AlarmState" | ArrayUpdateSpecTypeName | "Capability" | "ChangesInfoEventArgument" | "ComputeResourceConfigInfo" | "ComputeResourceSummary" | "CryptoKeyId" | "CryptoSpec" | "CustomFieldDef" | CustomFieldValueTypeName | "DVPortSetting" | "DVPortStatus" | "DVPortgroupConfigSpec" | "DVPortgroupPolicy" | "DVSConfigSpec" | "DVSContactInfo" | "DVSHostLocalPortInfo" | "DVSPolicy" | "DVSUplinkPortPolicy" | "DatacenterConfigInfo" | "DatastoreCapability" | "DatastoreHostMount" | DatastoreInfoTypeName | "DatastoreSummary" | DescriptionTypeName | "DistributedVirtualSwitchHostMemberBacking" | "DistributedVirtualSwitchHostMemberConfigSpec" | "DistributedVirtualSwitchKeyedOpaqueBlob" | "DistributedVirtualSwitchPortConnectee" | "DistributedVirtualSwitchPortConnection" | "DistributedVirtualSwitchProductSpec" | "DvsFilterParameter" | "DvsHostInfrastructureTrafficResource" | "DvsHostInfrastructureTrafficResourceAllocation" | "DvsOutOfSyncHostArgument" | "DynamicProperty" | "EnumDescription" | EventTypeName | EventArgumentTypeName | "EventDescription" | "EventDescriptionEventDetail" | "EventFilterSpec" | "EventFilterSpecByEntity" | "EventFilterSpecByTime" | "EventFilterSpecByUsername" | EventManagerEventViewSpecTypeName | "ExtendedEventPair" | "FaultToleranceConfigInfo" | "GuestDiskInfo" | "GuestInfo" | "GuestInfoCustomizationInfo" | "GuestInfoNamespaceGenerationInfo" | "GuestInfoVirtualDiskMapping" | "GuestNicInfo" | "GuestScreenInfo" | "GuestStackInfo" | "HostAccountSpec" | "HostCpuIdInfo" | "HostFeatureCapability" | "HostFeatureMask" | HostFileSystemVolumeTypeName | "HostForceMountedInfo" | "HostMemberHealthCheckResult" | "HostMountInfo" | "HostProtocolEndpoint" | "HostScsiDiskPartition" | "HostSpecification" | "HostSubSpecification" | "HostVvolNQN" | "HostVvolVolumeHostVvolNQN" | "ID" | InheritablePolicyTypeName | "KeyAnyValue" | "KeyProviderId" | "KeyValue" | "LatencySensitivity" | "LicenseFeatureInfo" | "LocalizableMessage" | "LocalizedMethodFault" | "ManagedByInfo" | "MissingObject" | "MissingProperty" | "NetBIOSConfigInfo" | "NetDhcpConfigInfo" | "NetDhcpConfigInfoDhcpOptions" | "NetDnsConfigInfo" | "NetIpConfigInfo" | "NetIpConfigInfoIpAddress" | "NetIpRouteConfigInfo" | "NetIpRouteConfigInfoGateway" | "NetIpRouteConfigInfoIpRoute" | "NetworkSummary" | "NoPermissionEntityPrivileges" | "NumericRange" | "ObjectContent" | "ObjectSpec" | "ObjectUpdate" | OptionTypeTypeName | "OptionValue" | "Permission" | "PrivilegePolicyDef" | "PropertyChange" | "PropertyFilterSpec" | "PropertyFilterUpdate" | "PropertySpec" | "ReplicationConfigSpec" | "ReplicationInfoDiskSettings" | "ResourceAllocationInfo" | "ResourceConfigSpec" | "ResourcePoolQuickStats" | "ResourcePoolResourceUsage" | "ResourcePoolRuntimeInfo" | "ResourcePoolSummary" | "ResourcePoolVmResourceProfileUsage" | "RetrieveOptions" | "RetrieveResult" | "ScheduledHardwareUpgradeInfo" | SelectionSpecTypeName | "ServiceContent" | "SharesInfo" | "StorageIOAllocationInfo" | "StorageIORMInfo" | "Tag" | "TagId" | "TagIdNameId" | "TaskDescription" | "TaskInfo" | TaskReasonTypeName | "ToolsConfigInfo" | "ToolsConfigInfoToolsLastInstallInfo" | "UpdateSet" | "UserSession" | "VASAStorageArray" | "VASAStorageArrayDiscoveryFcTransport" | "VASAStorageArrayDiscoveryIpTransport" | "VASAStorageArrayDiscoverySvcInfo" | "VAppIPAssignmentInfo" | "VAppOvfSectionInfo" | "VAppProductInfo" | "VAppPropertyInfo" | "VVolHostPE" | "VimVasaProvider" | "VimVasaProviderInfo" | "VimVasaProviderStatePerArray" | "VimVasaProviderVirtualHostConfig" | VirtualDeviceTypeName | VirtualDeviceBackingInfoTypeName | VirtualDeviceBusSlotInfoTypeName | "VirtualDeviceConfigSpec" | "VirtualDeviceConfigSpecBackingSpec" | "VirtualDeviceConnectInfo" | "VirtualDeviceDeviceGroupInfo" | "VirtualDiskVFlashCacheConfigInfo" | "VirtualEthernetCardResourceAllocation" | "VirtualHardware" | "VirtualMachineAffinityInfo" | "VirtualMachineBaseIndependentFilterSpec" | "VirtualMachineBootOptions" | "VirtualMachineBootOptionsBootableDevice" | "VirtualMachineCapability" | "VirtualMachineConfigInfo" | "VirtualMachineConfigInfoDatastoreUrlPair" | "VirtualMachineConfigInfoOverheadInfo" | "VirtualMachineConfigSpec" | "VirtualMachineConfigSummary" | "VirtualMachineConsolePreferences" | "VirtualMachineContentLibraryItemInfo" | "VirtualMachineDefaultPowerOpInfo" | "VirtualMachineDeviceRuntimeInfo" | "VirtualMachineDeviceRuntimeInfoDeviceRuntimeState" | "VirtualMachineExtensionCompatibilityConstraint" | "VirtualMachineExtensionCompatibilityConstraintSet" | "VirtualMachineFeatureRequirement" | "VirtualMachineFileInfo" | "VirtualMachineFileLayout" | "VirtualMachineFileLayoutDiskLayout" | "VirtualMachineFileLayoutEx" | "VirtualMachineFileLayoutExDiskLayout" | "VirtualMachineFileLayoutExDiskUnit" | "VirtualMachineFileLayoutExFileInfo" | "VirtualMachineFileLayoutExSnapshotLayout" | "VirtualMachineFileLayoutSnapshotLayout" | "VirtualMachineFlagInfo" | "VirtualMachineForkConfigInfo" | "VirtualMachineGuestIntegrityInfo" | "VirtualMachineGuestMonitoringModeInfo" | "VirtualMachineGuestSummary" | "VirtualMachineMessage" | "VirtualMachineNetworkShaperInfo" | "VirtualMachineProfileSpec" | "VirtualMachineQuestionInfo" | "VirtualMachineQuickStats" | "VirtualMachineQuickStatsMemoryTierStats" | "VirtualMachineRuntimeInfo" | "VirtualMachineRuntimeInfoDasProtectionState" | "VirtualMachineSgxInfo" | "VirtualMachineSnapshotInfo" | "VirtualMachineSnapshotTree" | "VirtualMachineStorageInfo" | "VirtualMachineStorageSummary" | "VirtualMachineSummary" | "VirtualMachineUsageOnDatastore" | "VirtualMachineVMCIDeviceFilterInfo" | "VirtualMachineVMCIDeviceFilterSpec" | "VirtualMachineVcpuConfig" | "VirtualMachineVirtualDeviceGroups" | "VirtualMachineVirtualDeviceGroupsDeviceGroup" | "VirtualMachineVirtualDeviceSwap" | "VirtualMachineVirtualDeviceSwapDeviceSwapInfo" | "VirtualMachineVirtualNuma" | "VirtualMachineVirtualNumaInfo" | "VirtualMachineVirtualPMem" | "VmConfigInfo" | "VmConfigSpec" | "VmPlacementPolicy" | "VmfsUnmapBandwidthSpec" | "VnicPortArgument" | "WaitOptions";
/**
 * This is the built-in base interface implemented by all
 * data objects.
 */
export interface DynamicData {
    /** DynamicData or the name of one of its known subtypes. */
    _typeName: DynamicDataTypeName;
}
/** A DynamicData or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyDynamicData = (DynamicData & {
    _typeName: "DynamicData";
}) | AboutInfo | AlarmState | AnyArrayUpdateSpec | Capability | ChangesInfoEventArgument | ComputeResourceConfigInfo | ComputeResourceSummary | CryptoKeyId | CryptoSpec | CustomFieldDef | AnyCustomFieldValue | DVPortSetting | DVPortStatus | DVPortgroupConfigSpec | DVPortgroupPolicy | DVSConfigSpec | DVSContactInfo | DVSHostLocalPortInfo | DVSPolicy | DVSUplinkPortPolicy | DatacenterConfigInfo | DatastoreCapability | DatastoreHostMount | AnyDatastoreInfo | DatastoreSummary | AnyDescription | DistributedVirtualSwitchHostMemberBacking | DistributedVirtualSwitchHostMemberConfigSpec | DistributedVirtualSwitchKeyedOpaqueBlob | DistributedVirtualSwitchPortConnectee | DistributedVirtualSwitchPortConnection | DistributedVirtualSwitchProductSpec | DvsFilterParameter | DvsHostInfrastructureTrafficResource | DvsHostInfrastructureTrafficResourceAllocation | DvsOutOfSyncHostArgument | DynamicProperty | EnumDescription | AnyEvent | AnyEventArgument | EventDescription | EventDescriptionEventDetail | EventFilterSpec | EventFilterSpecByEntity | EventFilterSpecByTime | EventFilterSpecByUsername | AnyEventManagerEventViewSpec | ExtendedEventPair | FaultToleranceConfigInfo | GuestDiskInfo | GuestInfo | GuestInfoCustomizationInfo | GuestInfoNamespaceGenerationInfo | GuestInfoVirtualDiskMapping | GuestNicInfo | GuestScreenInfo | GuestStackInfo | HostAccountSpec | HostCpuIdInfo | HostFeatureCapability | HostFeatureMask | AnyHostFileSystemVolume | HostForceMountedInfo | HostMemberHealthCheckResult | HostMountInfo | HostProtocolEndpoint | HostScsiDiskPartition | HostSpecification | HostSubSpecification | HostVvolNQN | HostVvolVolumeHostVvolNQN | ID | AnyInheritablePolicy | KeyAnyValue | KeyProviderId | KeyValue | LatencySensitivity | LicenseFeatureInfo | LocalizableMessage | LocalizedMethodFault | ManagedByInfo | MissingObject | MissingProperty | NetBIOSConfigInfo | NetDhcpConfigInfo | NetDhcpConfigInfoDhcpOptions | NetDnsConfigInfo | NetIpConfigInfo | NetIpConfigInfoIpAddress | NetIpRouteConfigInfo | NetIpRouteConfigInfoGateway | NetIpRouteConfigInfoIpRoute | NetworkSummary | NoPermissionEntityPrivileges | NumericRange | ObjectContent | ObjectSpec | ObjectUpdate | AnyOptionType | OptionValue | Permission | PrivilegePolicyDef | PropertyChange | PropertyFilterSpec | PropertyFilterUpdate | PropertySpec | ReplicationConfigSpec | ReplicationInfoDiskSettings | ResourceAllocationInfo | ResourceConfigSpec | ResourcePoolQuickStats | ResourcePoolResourceUsage | ResourcePoolRuntimeInfo | ResourcePoolSummary | ResourcePoolVmResourceProfileUsage | RetrieveOptions | RetrieveResult | ScheduledHardwareUpgradeInfo | AnySelectionSpec | ServiceContent | SharesInfo | StorageIOAllocationInfo | StorageIORMInfo | Tag | TagId | TagIdNameId | TaskDescription | TaskInfo | AnyTaskReason | ToolsConfigInfo | ToolsConfigInfoToolsLastInstallInfo | UpdateSet | UserSession | VASAStorageArray | VASAStorageArrayDiscoveryFcTransport | VASAStorageArrayDiscoveryIpTransport | VASAStorageArrayDiscoverySvcInfo | VAppIPAssignmentInfo | VAppOvfSectionInfo | VAppProductInfo | VAppPropertyInfo | VVolHostPE | VimVasaProvider | VimVasaProviderInfo | VimVasaProviderStatePerArray | VimVasaProviderVirtualHostConfig | AnyVirtualDevice | AnyVirtualDeviceBackingInfo | AnyVirtualDeviceBusSlotInfo | VirtualDeviceConfigSpec | VirtualDeviceConfigSpecBackingSpec | VirtualDeviceConnectInfo | VirtualDeviceDeviceGroupInfo | VirtualDiskVFlashCacheConfigInfo | VirtualEthernetCardResourceAllocation | VirtualHardware | VirtualMachineAffinityInfo | VirtualMachineBaseIndependentFilterSpec | VirtualMachineBootOptions | VirtualMachineBootOptionsBootableDevice | VirtualMachineCapability | VirtualMachineConfigInfo | VirtualMachineConfigInfoDatastoreUrlPair | VirtualMachineConfigInfoOverheadInfo | VirtualMachineConfigSpec | VirtualMachineConfigSummary | VirtualMachineConsolePreferences | VirtualMachineContentLibraryItemInfo | VirtualMachineDefaultPowerOpInfo | VirtualMachineDeviceRuntimeInfo | VirtualMachineDeviceRuntimeInfoDeviceRuntimeState | VirtualMachineExtensionCompatibilityConstraint | VirtualMachineExtensionCompatibilityConstraintSet | VirtualMachineFeatureRequirement | VirtualMachineFileInfo | VirtualMachineFileLayout | VirtualMachineFileLayoutDiskLayout | VirtualMachineFileLayoutEx | VirtualMachineFileLayoutExDiskLayout | VirtualMachineFileLayoutExDiskUnit | VirtualMachineFileLayoutExFileInfo | VirtualMachineFileLayoutExSnapshotLayout | VirtualMachineFileLayoutSnapshotLayout | VirtualMachineFlagInfo | VirtualMachineForkConfigInfo | VirtualMachineGuestIntegrityInfo | VirtualMachineGuestMonitoringModeInfo | VirtualMachineGuestSummary | VirtualMachineMessage | VirtualMachineNetworkShaperInfo | VirtualMachineProfileSpec | VirtualMachineQuestionInfo | VirtualMachineQuickStats | VirtualMachineQuickStatsMemoryTierStats | VirtualMachineRuntimeInfo | VirtualMachineRuntimeInfoDasProtectionState | VirtualMachineSgxInfo | VirtualMachineSnapshotInfo | VirtualMachineSnapshotTree | VirtualMachineStorageInfo | VirtualMachineStorageSummary | VirtualMachineSummary | VirtualMachineUsageOnDatastore | VirtualMachineVMCIDeviceFilterInfo | VirtualMachineVMCIDeviceFilterSpec | VirtualMachineVcpuConfig | VirtualMachineVirtualDeviceGroups | VirtualMachineVirtualDeviceGroupsDeviceGroup | VirtualMachineVirtualDeviceSwap | VirtualMachineVirtualDeviceSwapDeviceSwapInfo | VirtualMachineVirtualNuma | VirtualMachineVirtualNumaInfo | VirtualMachineVirtualPMem | VmConfigInfo | VmConfigSpec | VmPlacementPolicy | VmfsUnmapBandwidthSpec | VnicPortArgument | WaitOptions;
/**
 * The name and value of a property, as a PropertyCollector retrieves it.
 *
 * Extends DynamicData.
 */
export interface DynamicProperty extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "DynamicProperty";
    /** Path to the property. */
    name: string;
    /** Value of the property. */
    val: AnyValue;
}
/**
 * The `EVCMode` data object describes an Enhanced vMotion Compatibility mode.
 *
 * An EVC mode is associated with a set of CPU features. A vCenter Server defines
 * the available EVC modes. You use them to establish a common set of features
 * for compatibility between hosts in a cluster. An EVC-enabled cluster supports
 * safe vMotion of virtual machines across a range of CPU generations.
 * You must use the vSphere Client to configure EVC.
 *
 * When you add a host to an EVC-enabled cluster, the vCenter Server determines
 * the CPU compatibility to preserve vMotion compatibility within the cluster.
 * If the host CPU is compatible with those already in the cluster, the Server
 * adds the host to the cluster and configures it for compatible operation.
 * Hosts that are not compatible are not allowed to join the cluster.
 *
 * The inherited `ElementDescription.key` property is a string value
 * that uniquely identifies an EVC mode. The vCenter Server assigns
 * the key value; the vSphere API uses the key to identify modes
 * in summary and information objects:
 *   - `ClusterComputeResourceSummary*.*ClusterComputeResourceSummary.currentEVCModeKey`
 *   - `HostListSummary*.*HostListSummary.currentEVCModeKey`
 *   - `HostListSummary*.*HostListSummary.maxEVCModeKey`
 *   - `VirtualMachineRuntimeInfo*.*VirtualMachineRuntimeInfo.minRequiredEVCModeKey`
 *
 * The inherited `Description.label` and `Description.summary`
 * properties are human-readable strings.
 *
 * You can use the `EVCMode.track` and `EVCMode.vendorTier` properties to determine
 * feature-superset relationships between modes without examining the
 * individual feature bits in `EVCMode.guaranteedCPUFeatures`.
 * The CPU feature baseline of mode A is a superset of mode B's baseline
 * if and only if:
 *   - modeA.track is the same as or a superset of modeB.track
 *   - modeA.vendorTier is equal to or greater than modeB.vendorTier
 *
 * Use the `EVCMode.track` and `EVCMode.vendorTier` properties only for the
 * purpose of feature-superset calculations as described above. Do not use
 * them to infer the presence or absence of specific features. The
 * property values for a given mode may change across releases
 * as the set of available EVC modes changes, to better represent mode
 * relationships.
 *
 * Extends ElementDescription.
 * @since vSphere API 4.0
 */
export interface EVCMode extends ElementDescription {
    /** The VI JSON type discriminator. */
    _typeName: "EVCMode";
    /**
     * Deprecated as of vSphere API 6.5 use `EVCMode.featureCapability`.
     *
     * Describes the CPU feature baseline associated with the EVC mode.
     *
     * On the cluster where a particular EVC mode is configured,
     * those CPU features are guaranteed, either because the host
     * hardware naturally matches those features or because CPU feature override
     * is used to mask out differences and enforce a match.
     * @since vSphere API 4.1
     */
    guaranteedCPUFeatures?: HostCpuIdInfo[];
    /**
     * Describes the feature capability baseline associated with the EVC mode.
     *
     * On the cluster where a particular EVC mode is configured,
     * these features capabilities are guaranteed, either because the host
     * hardware naturally matches those features or because feature masks
     * are used to mask out differences and enforce a match.
     * @since vSphere API 5.1
     */
    featureCapability?: HostFeatureCapability[];
    /**
     * The masks (modifications to a host's feature capabilities) that limit a
     * host's capabilities to that of the EVC mode baseline.
     * @since vSphere API 5.1
     */
    featureMask?: HostFeatureMask[];
    /**
     * The conditions that must be true of a host's feature capabilities in order
     * for the host to meet the minimum requirements of the EVC mode baseline.
     * @since vSphere API 5.1
     */
    featureRequirement?: VirtualMachineFeatureRequirement[];
    /** CPU hardware vendor required for this mode. */
    vendor: string;
    /**
     * Identifiers for feature groups that are at least partially present in
     * the `EVCMode.guaranteedCPUFeatures` array for this mode.
     *
     * Use this property to compare track values from two modes.
     * Do not use this property to determine the presence or absence of
     * specific features.
     * @since vSphere API 4.1
     */
    track?: string[];
    /**
     * Index for ordering the set of modes that apply to a given CPU vendor.
     *
     * Use this property to compare vendor tier values from two modes.
     * Do not use this property to determine the presence or absence
     * of specific features.
     *
     * Format: int32.
     */
    vendorTier: number;
}
/** Every `_typeName` an ElementDescription may carry: its own and its known subtypes'. */
export type ElementDescriptionTypeName = "ElementDescription" | "EVCMode" | "FeatureEVCMode";
/** Extends Description. */
export interface ElementDescription extends Description {
    /** ElementDescription or the name of one of its known subtypes. */
    _typeName: ElementDescriptionTypeName;
    key: string;
}
/** An ElementDescription or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyElementDescription = (ElementDescription & {
    _typeName: "ElementDescription";
}) | EVCMode | FeatureEVCMode;
/**
 * This event records that the host has completely entered maintenance mode.
 *
 * Extends HostEvent.
 */
export interface EnteredMaintenanceModeEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "EnteredMaintenanceModeEvent";
}
/** Every `_typeName` an EnteredStandbyModeEvent may carry: its own and its known subtypes'. */
export type EnteredStandbyModeEventTypeName = "EnteredStandbyModeEvent" | "DrsEnteredStandbyModeEvent";
/**
 * This event records that the host has successfully entered standby mode.
 *
 * Extends HostEvent.
 */
export interface EnteredStandbyModeEvent extends HostEvent {
    /** EnteredStandbyModeEvent or the name of one of its known subtypes. */
    _typeName: EnteredStandbyModeEventTypeName;
}
/** An EnteredStandbyModeEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyEnteredStandbyModeEvent = (EnteredStandbyModeEvent & {
    _typeName: "EnteredStandbyModeEvent";
}) | DrsEnteredStandbyModeEvent;
/**
 * This event records that a host has begun the process of entering maintenance mode.
 *
 * Extends HostEvent.
 */
export interface EnteringMaintenanceModeEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "EnteringMaintenanceModeEvent";
}
/** Every `_typeName` an EnteringStandbyModeEvent may carry: its own and its known subtypes'. */
export type EnteringStandbyModeEventTypeName = "EnteringStandbyModeEvent" | "DrsEnteringStandbyModeEvent";
/**
 * This event records that a host has begun the process of entering standby mode.
 *
 * Extends HostEvent.
 */
export interface EnteringStandbyModeEvent extends HostEvent {
    /** EnteringStandbyModeEvent or the name of one of its known subtypes. */
    _typeName: EnteringStandbyModeEventTypeName;
}
/** An EnteringStandbyModeEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyEnteringStandbyModeEvent = (EnteringStandbyModeEvent & {
    _typeName: "EnteringStandbyModeEvent";
}) | DrsEnteringStandbyModeEvent;
/** Every `_typeName` an EntityEventArgument may carry: its own and its known subtypes'. */
export type EntityEventArgumentTypeName = "EntityEventArgument" | "AlarmEventArgument" | "ComputeResourceEventArgument" | "DatacenterEventArgument" | "DatastoreEventArgument" | "DvsEventArgument" | "FolderEventArgument" | "HostEventArgument" | "ManagedEntityEventArgument" | "NetworkEventArgument" | "ResourcePoolEventArgument" | "ScheduledTaskEventArgument" | "TgwEventArgument" | "VmEventArgument";
/**
 * The event argument is a managed entity object.
 *
 * Subclasses of this type distinguish the different managed entities
 * referenced in event objects.
 *
 * Extends EventArgument.
 */
export interface EntityEventArgument extends EventArgument {
    /** EntityEventArgument or the name of one of its known subtypes. */
    _typeName: EntityEventArgumentTypeName;
    /** Name of the entity, including its full path from the root of the inventory. */
    name: string;
}
/** An EntityEventArgument or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyEntityEventArgument = (EntityEventArgument & {
    _typeName: "EntityEventArgument";
}) | AlarmEventArgument | ComputeResourceEventArgument | DatacenterEventArgument | DatastoreEventArgument | DvsEventArgument | FolderEventArgument | HostEventArgument | ManagedEntityEventArgument | NetworkEventArgument | ResourcePoolEventArgument | ScheduledTaskEventArgument | TgwEventArgument | VmEventArgument;
/** Extends DynamicData. */
export interface EnumDescription extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "EnumDescription";
    key: string;
    tags?: AnyElementDescription[];
}
/**
 * This event is a general error event from upgrade.
 *
 * Extends UpgradeEvent.
 */
export interface ErrorUpgradeEvent extends UpgradeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ErrorUpgradeEvent";
}
/** Every `_typeName` an Event may carry: its own and its known subtypes'. */
export type EventTypeName = "Event" | AlarmEventTypeName | AuthorizationEventTypeName | ClusterEventTypeName | CustomFieldEventTypeName | DVPortgroupEventTypeName | DatacenterEventTypeName | DatastoreEventTypeName | DvsEventTypeName | "EventEx" | GeneralEventTypeName | "HealthStatusChangedEvent" | HostEventTypeName | "HostInventoryUnreadableEvent" | LicenseEventTypeName | "LicenseExpiredEvent" | "LockerMisconfiguredEvent" | "LockerReconfiguredEvent" | "NetworkRollbackEvent" | ProfileEventTypeName | ResourcePoolEventTypeName | ScheduledTaskEventTypeName | SessionEventTypeName | TaskEventTypeName | TemplateUpgradeEventTypeName | UpgradeEventTypeName | VmEventTypeName;
/**
 * This event is the base data object type from which all events inherit.
 *
 * All event
 * objects are data structures that describe events. While event data objects are data
 * structures that describe events, event data type documentation may describe what the
 * event records, rather than the data structure, itself.
 *
 * Extends DynamicData.
 */
export interface Event extends DynamicData {
    /** Event or the name of one of its known subtypes. */
    _typeName: EventTypeName;
    /**
     * The event ID.
     *
     * Format: int32.
     */
    key: number;
    /**
     * The parent or group ID.
     *
     * Format: int32.
     */
    chainId: number;
    /**
     * The time the event was created.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    createdTime: string;
    /** The user who caused the event. */
    userName: string;
    /** The Datacenter object of the event. */
    datacenter?: DatacenterEventArgument;
    /** The ComputeResource object of the event. */
    computeResource?: ComputeResourceEventArgument;
    /** The Host object of the event. */
    host?: HostEventArgument;
    /** The VirtualMachine object of the event. */
    vm?: VmEventArgument;
    /** The Datastore object of the event. */
    ds?: DatastoreEventArgument;
    /** The Network object of the event. */
    net?: NetworkEventArgument;
    /** The DistributedVirtualSwitch object of the event. */
    dvs?: DvsEventArgument;
    /**
     * The TransitGateway object of the event.
     * @since vSphere API 9.1.0.0
     */
    tgw?: TgwEventArgument;
    /**
     * A formatted text message describing the event.
     *
     * The message may be localized.
     */
    fullFormattedMessage?: string;
    /** The user entered tag to identify the operations and their side effects */
    changeTag?: string;
    /**
     * Specifies the name of the audit event.
     *
     * The value must never be empty.
     * If unset, the event is not related to auditable activity.
     * @since vSphere API 9.1.0.0
     */
    auditId?: string;
}
/** An Event or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyEvent = (Event & {
    _typeName: "Event";
}) | AnyAlarmEvent | AnyAuthorizationEvent | AnyClusterEvent | AnyCustomFieldEvent | AnyDVPortgroupEvent | AnyDatacenterEvent | AnyDatastoreEvent | AnyDvsEvent | EventEx | AnyGeneralEvent | HealthStatusChangedEvent | AnyHostEvent | HostInventoryUnreadableEvent | AnyLicenseEvent | LicenseExpiredEvent | LockerMisconfiguredEvent | LockerReconfiguredEvent | NetworkRollbackEvent | AnyProfileEvent | AnyResourcePoolEvent | AnyScheduledTaskEvent | AnySessionEvent | AnyTaskEvent | AnyTemplateUpgradeEvent | AnyUpgradeEvent | AnyVmEvent;
/** Every `_typeName` an EventArgument may carry: its own and its known subtypes'. */
export type EventArgumentTypeName = "EventArgument" | EntityEventArgumentTypeName | "ProfileEventArgument" | "RoleEventArgument";
/**
 * This is the base type for event argument types.
 *
 * Event argument objects, which inherit from a common subtype,
 * are used to manage supplementary properties of different kinds
 * of event objects.
 *
 * Extends DynamicData.
 */
export interface EventArgument extends DynamicData {
    /** EventArgument or the name of one of its known subtypes. */
    _typeName: EventArgumentTypeName;
}
/** An EventArgument or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyEventArgument = (EventArgument & {
    _typeName: "EventArgument";
}) | AnyEntityEventArgument | ProfileEventArgument | RoleEventArgument;
/** Extends DynamicData. */
export interface EventDescription extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "EventDescription";
    category?: AnyElementDescription[];
    eventInfo?: EventDescriptionEventDetail[];
    enumeratedTypes?: EnumDescription[];
}
/** Extends DynamicData. */
export interface EventDescriptionEventDetail extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "EventDescriptionEventDetail";
    key: string;
    description?: string;
    category: string;
    formatOnDatacenter: string;
    formatOnComputeResource: string;
    formatOnHost: string;
    formatOnVm: string;
    fullFormat: string;
    longDescription?: string;
}
/**
 * EventEx is a dynamically typed Event class, whose type is indicated by its eventTypeId property.
 *
 * Extends Event.
 */
export interface EventEx extends Event {
    /** The VI JSON type discriminator. */
    _typeName: "EventEx";
    /** The type of the event. */
    eventTypeId: string;
    /**
     * The severity level of the message: null=&gt;info.
     *
     * Values: see {@link EventEventSeverity}.
     */
    severity?: string;
    /** An arbitrary message string, not localized. */
    message?: string;
    /** The event arguments associated with the event */
    arguments?: KeyAnyValue[];
    /** The ID of the object (VM, Host, Folder..) which the event pertains to. */
    objectId?: string;
    /** the type of the object, if known to the VirtualCenter inventory */
    objectType?: string;
    /** The name of the object */
    objectName?: string;
    /**
     * The fault that triggered the event, if any
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    fault?: AnyMethodFault | LocalizedMethodFault;
}
/** Extends DynamicData. */
export interface EventFilterSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "EventFilterSpec";
    entity?: EventFilterSpecByEntity;
    time?: EventFilterSpecByTime;
    userName?: EventFilterSpecByUsername;
    /** Format: int32. */
    eventChainId?: number;
    alarm?: ManagedObjectReference;
    scheduledTask?: ManagedObjectReference;
    disableFullMessage?: boolean;
    category?: string[];
    type?: string[];
    tag?: string[];
    eventTypeId?: string[];
    /** Format: int32. */
    maxCount?: number;
}
/** Extends DynamicData. */
export interface EventFilterSpecByEntity extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "EventFilterSpecByEntity";
    entity: ManagedObjectReference;
    /** One of {@link EventFilterSpecRecursionOptionValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject". */
    recursion: EventFilterSpecRecursionOption | rt.UnknownEnumValue;
}
/** Extends DynamicData. */
export interface EventFilterSpecByTime extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "EventFilterSpecByTime";
    /** Format: date-time, an RFC 3339 string with a time zone. */
    beginTime?: string;
    /** Format: date-time, an RFC 3339 string with a time zone. */
    endTime?: string;
}
/** Extends DynamicData. */
export interface EventFilterSpecByUsername extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "EventFilterSpecByUsername";
    systemUser: boolean;
    userList?: string[];
}
/** Every `_typeName` an EventManagerEventViewSpec may carry: its own and its known subtypes'. */
export type EventManagerEventViewSpecTypeName = "EventManagerEventViewSpec" | "EventManagerViewByStartId";
/**
 * The view parameters of an EventManager.QueryEvents call; its subtypes say where the returned events start.
 *
 * Extends DynamicData.
 * @since vSphere API 9.0.0.0
 */
export interface EventManagerEventViewSpec extends DynamicData {
    /** EventManagerEventViewSpec or the name of one of its known subtypes. */
    _typeName: EventManagerEventViewSpecTypeName;
}
/** An EventManagerEventViewSpec or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyEventManagerEventViewSpec = (EventManagerEventViewSpec & {
    _typeName: "EventManagerEventViewSpec";
}) | EventManagerViewByStartId;
/**
 * A view of the events from an event ID on, in one direction: the way QueryEvents pages through the event history by key.
 *
 * Extends EventManagerEventViewSpec.
 * @since vSphere API 9.0.0.0
 */
export interface EventManagerViewByStartId extends EventManagerEventViewSpec {
    /** The VI JSON type discriminator. */
    _typeName: "EventManagerViewByStartId";
    /**
     * The ID of the event the query starts from, at least 0. The largest event ID is the vCenter advanced option config.vpxd.event.maxEventId, 2147480000 by default.
     *
     * Format: int32.
     */
    startEventId: number;
    /** The direction of the query: true for the events with IDs greater than startEventId (newer events), false for those with IDs less than it (older events). */
    isForward: boolean;
}
/**
 * This event records that the host is no longer in maintenance mode.
 *
 * Extends HostEvent.
 */
export interface ExitMaintenanceModeEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ExitMaintenanceModeEvent";
}
/** Every `_typeName` an ExitStandbyModeFailedEvent may carry: its own and its known subtypes'. */
export type ExitStandbyModeFailedEventTypeName = "ExitStandbyModeFailedEvent" | "DrsExitStandbyModeFailedEvent";
/**
 * This event records that the host failed to exit standby mode.
 *
 * Extends HostEvent.
 */
export interface ExitStandbyModeFailedEvent extends HostEvent {
    /** ExitStandbyModeFailedEvent or the name of one of its known subtypes. */
    _typeName: ExitStandbyModeFailedEventTypeName;
}
/** An ExitStandbyModeFailedEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyExitStandbyModeFailedEvent = (ExitStandbyModeFailedEvent & {
    _typeName: "ExitStandbyModeFailedEvent";
}) | DrsExitStandbyModeFailedEvent;
/** Every `_typeName` an ExitedStandbyModeEvent may carry: its own and its known subtypes'. */
export type ExitedStandbyModeEventTypeName = "ExitedStandbyModeEvent" | "DrsExitedStandbyModeEvent";
/**
 * This event records that the host is no longer in standby mode.
 *
 * Extends HostEvent.
 */
export interface ExitedStandbyModeEvent extends HostEvent {
    /** ExitedStandbyModeEvent or the name of one of its known subtypes. */
    _typeName: ExitedStandbyModeEventTypeName;
}
/** An ExitedStandbyModeEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyExitedStandbyModeEvent = (ExitedStandbyModeEvent & {
    _typeName: "ExitedStandbyModeEvent";
}) | DrsExitedStandbyModeEvent;
/** Every `_typeName` an ExitingStandbyModeEvent may carry: its own and its known subtypes'. */
export type ExitingStandbyModeEventTypeName = "ExitingStandbyModeEvent" | "DrsExitingStandbyModeEvent";
/**
 * This event records that a host has begun the process of exiting standby mode.
 *
 * Extends HostEvent.
 */
export interface ExitingStandbyModeEvent extends HostEvent {
    /** ExitingStandbyModeEvent or the name of one of its known subtypes. */
    _typeName: ExitingStandbyModeEventTypeName;
}
/** An ExitingStandbyModeEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyExitingStandbyModeEvent = (ExitingStandbyModeEvent & {
    _typeName: "ExitingStandbyModeEvent";
}) | DrsExitingStandbyModeEvent;
/**
 * This event is the base class for extended events.
 *
 * Extends GeneralEvent.
 */
export interface ExtendedEvent extends GeneralEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ExtendedEvent";
    /** The id of the type of extended event. */
    eventTypeId: string;
    /** The object on which the event was logged. */
    managedObject: ManagedObjectReference;
    /** Key/value pairs associated with event. */
    data?: ExtendedEventPair[];
}
/**
 * key/value pair
 *
 * Extends DynamicData.
 */
export interface ExtendedEventPair extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ExtendedEventPair";
    key: string;
    value: string;
}
/**
 * This event records that the amount of cluster resources has increased and is now sufficient to satisfy the configured HA failover level.
 *
 * Extends ClusterEvent.
 */
export interface FailoverLevelRestored extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "FailoverLevelRestored";
}
/**
 * FaultToleranceConfigInfo is a data object type containing Fault Tolerance settings for this virtual machine.
 *
 * Extends DynamicData.
 */
export interface FaultToleranceConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "FaultToleranceConfigInfo";
    /**
     * The index of the current VM in instanceUuids array starting from 1, so 1 means that it is the primary VM.
     *
     * Format: int32.
     */
    role: number;
    /** The instanceUuid of all the VMs in this fault tolerance group. */
    instanceUuids: string[];
    /** The configuration file path for all the VMs in this fault tolerance group. */
    configPaths: string[];
    /** Indicates whether a secondary VM is orphaned (no longer associated with the primary VM). */
    orphaned?: boolean;
}
/**
 * The `FeatureEVCMode` data object describes an Enhanced vMotion
 * Compatibility mode for VMFeature.
 *
 * An Feature EVC mode is associated with a set of features. This object
 * is modeled after EVCMode, which is more CPU-centric. Members that
 * are specific to CPU are removed in favor of VMFeature EVC properties.
 * For more information about EVC interaction, see `EVCMode`.
 *
 * The inherited `ElementDescription.key` property is a string value
 * that uniquely identifies an EVC mode. The vCenter Server assigns
 * the key value; the vSphere API uses the key to identify modes
 * in summary and information objects, for example:
 *   - `ClusterComputeResourceSummary*.*ClusterComputeResourceSummary.currentEVCGraphicsModeKey`
 *   - `HostListSummary*.*HostListSummary.currentEVCGraphicsModeKey`
 *
 * The inherited `Description.label` and `Description.summary`
 * properties are human-readable strings.
 *
 * Extends ElementDescription.
 * @since vSphere API 7.0.1.0
 */
export interface FeatureEVCMode extends ElementDescription {
    /** The VI JSON type discriminator. */
    _typeName: "FeatureEVCMode";
    /**
     * The masks (modifications to a host's feature capabilities) that limit a
     * host's capabilities to that of the EVC mode baseline.
     */
    mask?: HostFeatureMask[];
    /**
     * Describes the feature capability baseline associated with the EVC mode.
     *
     * On the cluster where a particular EVC mode is configured,
     * these features capabilities are guaranteed, either because the host
     * hardware naturally matches those features or because feature masks
     * are used to mask out differences and enforce a match.
     */
    capability?: HostFeatureCapability[];
    /**
     * The conditions that must be true of a host's feature capabilities in order
     * for the host to meet the minimum requirements of the EVC mode baseline.
     */
    requirement?: VirtualMachineFeatureRequirement[];
}
/** Every `_typeName` a FileFault may carry: its own and its known subtypes'. */
export type FileFaultTypeName = "FileFault" | "FileNotFound";
/** Extends VimFault. */
export interface FileFault extends VimFault {
    /** FileFault or the name of one of its known subtypes. */
    _typeName: FileFaultTypeName;
    file: string;
}
/** A FileFault or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyFileFault = (FileFault & {
    _typeName: "FileFault";
}) | FileNotFound;
/** Extends FileFault. */
export interface FileNotFound extends FileFault {
    /** The VI JSON type discriminator. */
    _typeName: "FileNotFound";
}
/**
 * The event argument is a Folder object.
 *
 * Extends EntityEventArgument.
 */
export interface FolderEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "FolderEventArgument";
    /**
     * The Folder object.
     *
     * Refers to a Folder managed object.
     */
    folder: ManagedObjectReference;
}
/** Every `_typeName` a GeneralEvent may carry: its own and its known subtypes'. */
export type GeneralEventTypeName = "GeneralEvent" | "ExtendedEvent" | "GeneralHostErrorEvent" | "GeneralHostInfoEvent" | "GeneralHostWarningEvent" | "GeneralUserEvent" | "GeneralVmErrorEvent" | "GeneralVmInfoEvent" | "GeneralVmWarningEvent";
/**
 * These are general events.
 *
 * Extends Event.
 */
export interface GeneralEvent extends Event {
    /** GeneralEvent or the name of one of its known subtypes. */
    _typeName: GeneralEventTypeName;
    /** A short form of the message string, not localized. */
    message: string;
}
/** A GeneralEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyGeneralEvent = (GeneralEvent & {
    _typeName: "GeneralEvent";
}) | ExtendedEvent | GeneralHostErrorEvent | GeneralHostInfoEvent | GeneralHostWarningEvent | GeneralUserEvent | GeneralVmErrorEvent | GeneralVmInfoEvent | GeneralVmWarningEvent;
/**
 * This event is the general error event for a host.
 *
 * Extends GeneralEvent.
 */
export interface GeneralHostErrorEvent extends GeneralEvent {
    /** The VI JSON type discriminator. */
    _typeName: "GeneralHostErrorEvent";
}
/**
 * This event is the general information event for a host.
 *
 * Extends GeneralEvent.
 */
export interface GeneralHostInfoEvent extends GeneralEvent {
    /** The VI JSON type discriminator. */
    _typeName: "GeneralHostInfoEvent";
}
/**
 * This event is the general warning event for a host.
 *
 * Extends GeneralEvent.
 */
export interface GeneralHostWarningEvent extends GeneralEvent {
    /** The VI JSON type discriminator. */
    _typeName: "GeneralHostWarningEvent";
}
/**
 * This event is the general user event type.
 *
 * Extends GeneralEvent.
 */
export interface GeneralUserEvent extends GeneralEvent {
    /** The VI JSON type discriminator. */
    _typeName: "GeneralUserEvent";
    /** The entity on which the event was logged. */
    entity?: ManagedEntityEventArgument;
}
/**
 * This event is the general error event for a virtual machine.
 *
 * Extends GeneralEvent.
 */
export interface GeneralVmErrorEvent extends GeneralEvent {
    /** The VI JSON type discriminator. */
    _typeName: "GeneralVmErrorEvent";
}
/**
 * This event is the general information event for a virtual machine.
 *
 * Extends GeneralEvent.
 */
export interface GeneralVmInfoEvent extends GeneralEvent {
    /** The VI JSON type discriminator. */
    _typeName: "GeneralVmInfoEvent";
}
/**
 * This event is the general warning event for a virtual machine.
 *
 * Extends GeneralEvent.
 */
export interface GeneralVmWarningEvent extends GeneralEvent {
    /** The VI JSON type discriminator. */
    _typeName: "GeneralVmWarningEvent";
}
/**
 * This event records when Virtual Center server found DVS proxy switches on the host that don't match any DVS defined in Virtual Center.
 *
 * Extends HostEvent.
 */
export interface GhostDvsProxySwitchDetectedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "GhostDvsProxySwitchDetectedEvent";
    /** The list of ghost DVS proxy switch uuids that were found. */
    switchUuid: string[];
}
/**
 * This event records when the ghost DVS proxy switches (a.k.a host proxy switches that don't match any DVS defined in Virtual Center) were removed on the host.
 *
 * Extends HostEvent.
 */
export interface GhostDvsProxySwitchRemovedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "GhostDvsProxySwitchRemovedEvent";
    /** The list of ghost DVS proxy switch uuid that were removed. */
    switchUuid: string[];
}
/**
 * This event records a change to the global message.
 *
 * Extends SessionEvent.
 */
export interface GlobalMessageChangedEvent extends SessionEvent {
    /** The VI JSON type discriminator. */
    _typeName: "GlobalMessageChangedEvent";
    /** The new message that was set. */
    message: string;
    /** The previous message that was set. */
    prevMessage?: string;
}
/**
 * Information about each local virtual disk configured in the
 * guest operating system.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface GuestDiskInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "GuestDiskInfo";
    /**
     * Name of the virtual disk in the guest operating system.
     *
     * For example: C:\\
     */
    diskPath?: string;
    /**
     * Total capacity of the disk, in bytes.
     *
     * This is part of the virtual machine configuration.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    capacity?: number;
    /**
     * Free space on the disk, in bytes.
     *
     * This is retrieved by VMware Tools.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    freeSpace?: number;
    /**
     * Filesystem type, if known.
     *
     * For example NTFS or ext3.
     * @since vSphere API 7.0.0.0
     */
    filesystemType?: string;
    /**
     * VirtualDisks backing the guest partition, if known.
     * @since vSphere API 7.0.0.0
     */
    mappings?: GuestInfoVirtualDiskMapping[];
}
/**
 * Information about the guest operating system.
 *
 * Most of this information is collected by VMware Tools.
 * In general, be sure you have VMware Tools installed
 * and that the virtual machine is running when you access this information.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface GuestInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "GuestInfo";
    /**
     * Deprecated as of vSphere API 4.0 use `GuestInfo.toolsVersionStatus` and
     * `GuestInfo.toolsRunningStatus`.
     *
     * Current status of VMware Tools in the guest operating system, if known.
     *
     * One of {@link VirtualMachineToolsStatusValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    toolsStatus?: VirtualMachineToolsStatus | rt.UnknownEnumValue;
    /**
     * Deprecated as of vSphere API 5.1 use `GuestInfo.toolsVersionStatus2`.
     *
     * Current version status of VMware Tools in the guest operating system,
     * if known.
     *
     * The set of possible values is described in
     * `VirtualMachineToolsVersionStatus_enum` for vSphere API 5.0.
     * @since vSphere API 4.0
     */
    toolsVersionStatus?: string;
    /**
     * Current version status of VMware Tools in the guest operating system,
     * if known.
     *
     * The set of possible values is described in
     * `VirtualMachineToolsVersionStatus_enum`
     * @since vSphere API 5.0
     */
    toolsVersionStatus2?: string;
    /**
     * Current running status of VMware Tools in the guest operating system,
     * if known.
     *
     * The set of possible values is described in
     * `VirtualMachineToolsRunningStatus_enum`
     * @since vSphere API 4.0
     */
    toolsRunningStatus?: string;
    /** Current version of VMware Tools, if known. */
    toolsVersion?: string;
    /**
     * Current installation type of VMware Tools in the guest operating system.
     *
     * The set of possible values is described in
     * `VirtualMachineToolsInstallType_enum`
     * @since vSphere API 6.5
     */
    toolsInstallType?: string;
    /** Guest operating system identifier (short name), if known. */
    guestId?: string;
    /** Guest operating system family, if known. */
    guestFamily?: string;
    /** Guest operating system full name, if known. */
    guestFullName?: string;
    /**
     * Guest OS Detailed data.
     *
     * The guest detailed data string is a property list (space separated,
     * name='value' pairs where the value is embedded in single quotes) of
     * metadata provided by the guest OS when sufficiently recent tools are
     * installed. The fields supplied will vary between distributions and
     * distribution versions. The order of these fields is not guaranteed.
     *
     * The guest detailed data string is not available before a virtual machine
     * is first powered on. The guest must first be booted and a supported
     * version of tools must be run to record the data (approximately 30-60
     * seconds after booting). Once the guest detailed data string has been
     * recorded, it will be available whether the virtual machine is powered off
     * or on.
     *
     * Available fields:
     * <table summary="Available fields">
     * <thead>
     * <tr>
     * <th>Name</th>
     * <th>Description</th>
     * <th>Tools version first available</th>
     * </tr>
     * </thead>
     * <tbody>
     * <tr>
     * <td>architecture</td>
     * <td>'Arm' or 'X86'</td>
     * <td>11.2.0</td>
     * </tr>
     * <tr>
     * <td>bitness</td>
     * <td>'32' or '64'</td>
     * <td>11.2.0</td>
     * </tr>
     * <tr>
     * <td>buildNumber</td>
     * <td>OS build number</td>
     * <td>11.2.0</td>
     * </tr>
     * <tr>
     * <td>cpeString</td>
     * <td>NIST Common Platform Enumeration Specification string, a standardized identifier for the OS</td>
     * <td>12.2.0</td>
     * </tr>
     * <tr>
     * <td>distroAddlVersion</td>
     * <td>Longer OS version string that may contain additional info (e.g. version name)</td>
     * <td>12.2.0</td>
     * </tr>
     * <tr>
     * <td>distroName</td>
     * <td>OS distribution name</td>
     * <td>11.2.0</td>
     * </tr>
     * <tr>
     * <td>distroVersion</td>
     * <td>OS version string</td>
     * <td>11.2.0</td>
     * </tr>
     * <tr>
     * <td>familyName</td>
     * <td>OS family name (Windows, Linux, etc.)</td>
     * <td>11.2.0</td>
     * </tr>
     * <tr>
     * <td>kernelVersion</td>
     * <td>Linux kernel version, Windows 10+ patch number, or Windows build number</td>
     * <td>11.2.0</td>
     * </tr>
     * <tr>
     * <td>prettyName</td>
     * <td>Officially specified distro "pretty name"</td>
     * <td>11.2.0</td>
     * </tr>
     * </tbody>
     * </table>
     * @since vSphere API 8.0.2.0
     */
    guestDetailedData?: string;
    /** Hostname of the guest operating system, if known. */
    hostName?: string;
    /** Primary IP address assigned to the guest operating system, if known. */
    ipAddress?: string;
    /** Guest information about network adapters, if known. */
    net?: GuestNicInfo[];
    /**
     * Guest information about IP networking stack, if known.
     * @since vSphere API 4.1
     */
    ipStack?: GuestStackInfo[];
    /**
     * Guest information about disks.
     *
     * You can obtain Linux guest disk information for the following file system
     * types: Ext2, Ext3, Ext4, ReiserFS, XFS, Btrfs, NTFS, VFAT, UFS, PCFS, HFS,
     * and MS-DOS.
     *
     * NOTE: Installing a more recent version of VMware Tools in the guest may help
     * obtain disk information for more file system types. Please refer the VMware Tools
     * User Guide for up-to-date supported file system types.
     */
    disk?: GuestDiskInfo[];
    /** Guest screen resolution info, if known. */
    screen?: GuestScreenInfo;
    /**
     * Operation mode of guest operating system.
     *
     * One of:
     *   - "running" - Guest is running normally.
     *   - "shuttingdown" - Guest has a pending shutdown command.
     *   - "resetting" - Guest has a pending reset command.
     *   - "standby" - Guest has a pending standby command.
     *   - "notrunning" - Guest is not running.
     *   - "unknown" - Guest information is not available.
     */
    guestState: string;
    /**
     * Application heartbeat status.
     *
     * Please see `VirtualMachineAppHeartbeatStatusType_enum`
     * @since vSphere API 4.1
     */
    appHeartbeatStatus?: string;
    /**
     * Guest operating system's kernel crash state.
     *
     * If true, the guest operating system's kernel has crashed.
     * @since vSphere API 6.0
     */
    guestKernelCrashed?: boolean;
    /**
     * Application state.
     *
     * If vSphere HA is enabled and the vm is configured for Application Monitoring
     * and this field's value is "appStateNeedReset" then HA will attempt immediately reset
     * the vm.
     * There are some system conditions which may delay the immediate reset. The immediate
     * reset will be performed as soon as allowed by vSphere HA and ESX. If during these
     * conditions the value is changed to appStateOk the reset will be cancelled.
     *
     * See also `GuestInfoAppStateType_enum`.
     * @since vSphere API 5.5
     */
    appState?: string;
    /**
     * Guest Operations availability.
     *
     * If true, the virtual machine is ready to process guest operations.
     * @since vSphere API 5.0
     */
    guestOperationsReady?: boolean;
    /**
     * Interactive Guest Operations availability.
     *
     * If true, the virtual machine is ready to process guest operations
     * as the user interacting with the guest desktop.
     * @since vSphere API 5.0
     */
    interactiveGuestOperationsReady?: boolean;
    /**
     * State change support.
     *
     * If true, the virtual machine is ready to process soft power operations.
     * @since vSphere API 6.0
     */
    guestStateChangeSupported?: boolean;
    /**
     * A list of namespaces and their corresponding generation numbers.
     *
     * Only namespaces with non-zero
     * `VirtualMachineNamespaceManagerCreateSpec.maxSizeEventsFromGuest`
     * are guaranteed to be present here.
     * Use `VirtualMachineNamespaceManager.ListNamespaces` to retrieve list of
     * namespaces.
     * @since vSphere API 5.1
     */
    generationInfo?: GuestInfoNamespaceGenerationInfo[];
    /**
     * The hardware version string for this virtual machine.
     * @since vSphere API 6.9.1
     */
    hwVersion?: string;
    /**
     * Guest OS Customization status info.
     * @since vSphere API 7.0.2.0
     */
    customizationInfo?: GuestInfoCustomizationInfo;
}
/**
 * Extends DynamicData.
 * @since vSphere API 7.0.2.0
 */
export interface GuestInfoCustomizationInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "GuestInfoCustomizationInfo";
    /**
     * The customization status for this VM
     *
     * See also `GuestInfoCustomizationStatus_enum`for the list of supported values.
     */
    customizationStatus: string;
    /**
     * The time when the customization process has started inside the
     * guest OS
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    startTime?: string;
    /**
     * The time when the customization process has completed inside the
     * guest OS
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    endTime?: string;
    /**
     * Description of the error if there is error for the customization
     * process inside the guest OS
     */
    errorMsg?: string;
}
/**
 * A data class for the namespace and its corresponding generation number
 * The generation number can be used to track updates to the corresponding
 * namespace.
 *
 * An update to the generation number indicates that the return
 * value of `VirtualMachineNamespaceManager.FetchEventsFromGuest` may have
 * changed.
 *
 * Extends DynamicData.
 * @since vSphere API 5.1
 */
export interface GuestInfoNamespaceGenerationInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "GuestInfoNamespaceGenerationInfo";
    /** The namespace name as the unique key. */
    key: string;
    /**
     * Namespace generation number.
     *
     * Generation number is changed whenever
     * there is new unread event pending from the guest to the VMODL.
     *
     * Format: int32.
     */
    generationNo: number;
}
/**
 * Describes the virtual disk backing a local guest disk.
 *
 * Extends DynamicData.
 * @since vSphere API 7.0.0.0
 */
export interface GuestInfoVirtualDiskMapping extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "GuestInfoVirtualDiskMapping";
    /**
     * The key of the VirtualDevice.
     *
     * `VirtualDevice.key`
     *
     * Format: int32.
     */
    key: number;
}
/**
 * Information about each virtual network adapter
 * configured in the guest operating system.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface GuestNicInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "GuestNicInfo";
    /** Name of the virtual switch portgroup or dvPort connected to this adapter. */
    network?: string;
    /**
     * Deprecated as of vSphere API 5.0, use ipConfig property.
     *
     * IP addresses of the adapter.
     */
    ipAddress?: string[];
    /** MAC address of the adapter. */
    macAddress?: string;
    /** Flag indicating whether or not the virtual device is connected. */
    connected: boolean;
    /**
     * Link to the corresponding virtual device.
     *
     * Format: int32.
     */
    deviceConfigId: number;
    /**
     * DNS configuration of the adapter.
     *
     * This property is set only when Guest OS supports it.
     * See `GuestStackInfo` dnsConfig for system wide
     * settings.
     * @since vSphere API 4.1
     */
    dnsConfig?: NetDnsConfigInfo;
    /**
     * IP configuration settings of the adapter
     * See `GuestStackInfo` ipStackConfig for system wide
     * settings.
     * @since vSphere API 4.1
     */
    ipConfig?: NetIpConfigInfo;
    /**
     * NetBIOS configuration of the adapter
     * @since vSphere API 4.1
     */
    netBIOSConfig?: NetBIOSConfigInfo;
}
/**
 * Screen settings
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface GuestScreenInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "GuestScreenInfo";
    /**
     * Width of the screen in pixels.
     *
     * Format: int32.
     */
    width: number;
    /**
     * Height of the screen in pixels.
     *
     * Format: int32.
     */
    height: number;
}
/**
 * Information about the Internet Protocol stack
 * as configured in the guest operating system.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface GuestStackInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "GuestStackInfo";
    /**
     * Client DNS configuration.
     *
     * How DNS queries are resolved.
     */
    dnsConfig?: NetDnsConfigInfo;
    /** IP route table configuration. */
    ipRouteConfig?: NetIpRouteConfigInfo;
    /**
     * Report Kernel IP configuration settings.
     *
     * The key part contains a unique number in the report.
     * The value part contains the 'key=value'
     * as provided by the underlying provider.
     * For example on Linux, BSD, the
     * systcl -a output would be reported as:
     * key='5', value='net.ipv4.tcp\_keepalive\_time = 7200'
     */
    ipStackConfig?: KeyValue[];
    /**
     * Client side DHCP for a given interface.
     *
     * This reports only the system wide dhcp client settings.
     * See NicInfo.IpConfig for per interface settings.
     * For example on Linux, BSD systems:
     * Using the file dhclient.conf output would be reported as:
     * key='1', value='timeout 60;'
     * key='2', value='reboot 10;'
     */
    dhcpConfig?: NetDhcpConfigInfo;
}
/**
 * Event used to report change in health status of VirtualCenter components.
 *
 * Extends Event.
 */
export interface HealthStatusChangedEvent extends Event {
    /** The VI JSON type discriminator. */
    _typeName: "HealthStatusChangedEvent";
    /** Unique ID of the VirtualCenter component. */
    componentId: string;
    /** Previous health status of the component. */
    oldStatus: string;
    /** Current health status of the component. */
    newStatus: string;
    /** Component name. */
    componentName: string;
    /** Service Id of component. */
    serviceId?: string;
}
/**
 * This data object type contains common parameters for local account creation.
 *
 * Extends DynamicData.
 */
export interface HostAccountSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostAccountSpec";
    /** The ID of the specified account. */
    id: string;
    /** The password for a user or group. */
    password?: string;
    /** The description of the specified account. */
    description?: string;
}
/**
 * This event records that adding a host failed.
 *
 * Extends HostEvent.
 */
export interface HostAddFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostAddFailedEvent";
    hostname: string;
}
/**
 * This event records the addition of a host to VirtualCenter.
 *
 * Extends HostEvent.
 */
export interface HostAddedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostAddedEvent";
}
/**
 * This event records that the permission on the host has been changed such that only the user account used for VirtualCenter operation will have Administrator permission.
 *
 * Extends HostEvent.
 */
export interface HostAdminDisableEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostAdminDisableEvent";
}
/**
 * This event records that the administrator permission has been restored.
 *
 * Extends HostEvent.
 */
export interface HostAdminEnableEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostAdminEnableEvent";
}
/**
 * This event records a failure to connect to a host due to a failure to set up a management account.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedAccountFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedAccountFailedEvent";
}
/**
 * This event records a failure to connect to a host due to the host being managed by a different VirtualCenter server.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedAlreadyManagedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedAlreadyManagedEvent";
    /** The name of the VirtualCenter server that manages the host. */
    serverName: string;
}
/**
 * This event records a failure to connect to a host due to no response being received from the host agent.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedBadCcagentEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedBadCcagentEvent";
}
/**
 * This event records a failure to connect to a host due to an invalid user name and password combination.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedBadUsernameEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedBadUsernameEvent";
}
/**
 * This event records a failure to connect to a host due to an incompatible client version.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedBadVersionEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedBadVersionEvent";
}
/**
 * This event records a failure to connect to a host due to a conflict with an upgrade or installation of the host agent.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedCcagentUpgradeEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedCcagentUpgradeEvent";
}
/**
 * This event records a failure to connect to a host due to an unspecified condition.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedEvent";
}
/**
 * This event records a failure to connect to a host due to a network error.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedNetworkErrorEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedNetworkErrorEvent";
}
/**
 * This event records a failure to connect to a host due to insufficient account privileges.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedNoAccessEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedNoAccessEvent";
}
/**
 * This event records a failure to connect to a host due to a host not being present on the network.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedNoConnectionEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedNoConnectionEvent";
}
/**
 * This event records a failure to connect to a host due to a licensing issue.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedNoLicenseEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedNoLicenseEvent";
}
/**
 * This event records a failure to connect to a host due to a failure to resolve the host name.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedNotFoundEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedNotFoundEvent";
}
/**
 * This event records a failure to connect to a host due to a timeout on the connection attempt.
 *
 * Extends HostEvent.
 */
export interface HostCnxFailedTimeoutEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCnxFailedTimeoutEvent";
}
/**
 * This event records that a compliance check was triggered on the host.
 *
 * Extends HostEvent.
 */
export interface HostComplianceCheckedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostComplianceCheckedEvent";
    profile: ProfileEventArgument;
}
/**
 * This event records that host is in compliance.
 *
 * Extends HostEvent.
 */
export interface HostCompliantEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostCompliantEvent";
}
/**
 * This event records that a configuration was applied on a host
 *
 * Extends HostEvent.
 */
export interface HostConfigAppliedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostConfigAppliedEvent";
}
/**
 * This event records a successful host connection.
 *
 * Extends HostEvent.
 */
export interface HostConnectedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostConnectedEvent";
}
/**
 * This event records the loss of a host connection.
 *
 * Extends HostEvent.
 */
export interface HostConnectionLostEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostConnectionLostEvent";
}
/**
 * The CpuIdInfo data object type is used to represent the CPU features of a particular host or product, or to specify what the CPU feature requirements are for a particular virtual machine or guest operating system.
 *
 * Extends DynamicData.
 */
export interface HostCpuIdInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostCpuIdInfo";
    /**
     * Level (EAX input to CPUID).
     *
     * Format: int32.
     */
    level: number;
    /** Used if this mask is for a particular vendor. */
    vendor?: string;
    /** String representing the required EAX bits. */
    eax?: string;
    /** String representing the required EBX bits. */
    ebx?: string;
    /** String representing the required ECX bits. */
    ecx?: string;
    /** String representing the required EDX bits. */
    edx?: string;
}
/**
 * This event records when HA has been disabled on a host.
 *
 * Extends HostEvent.
 */
export interface HostDasDisabledEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostDasDisabledEvent";
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends HostEvent.
 * @deprecated
 */
export interface HostDasDisablingEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostDasDisablingEvent";
}
/**
 * This event records when HA has been enabled on a host.
 *
 * Extends HostEvent.
 */
export interface HostDasEnabledEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostDasEnabledEvent";
}
/**
 * This event records when HA is being enabled on a host.
 *
 * Extends HostEvent.
 */
export interface HostDasEnablingEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostDasEnablingEvent";
}
/**
 * Deprecated as of vSphere API 5.0, the Server will generate the `EventEx` event with the `EventEx.eventTypeId` property set to "com.vmware.vc.HA.HostAgentErrorEvent".
 *
 * Extends HostEvent.
 * @deprecated
 */
export interface HostDasErrorEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostDasErrorEvent";
    message?: string;
    /** The reason for the failure. */
    reason?: string;
}
/** Every `_typeName` a HostDasEvent may carry: its own and its known subtypes'. */
export type HostDasEventTypeName = "HostDasEvent" | "HostExtraNetworksEvent" | "HostIsolationIpPingFailedEvent" | "HostMissingNetworksEvent" | "HostNoAvailableNetworksEvent" | "HostNoHAEnabledPortGroupsEvent" | "HostNoRedundantManagementNetworkEvent" | "HostNotInClusterEvent" | "HostPrimaryAgentNotShortNameEvent" | "HostShortNameInconsistentEvent";
/**
 * Top-level event for host DAS events to extend.
 *
 * Extends HostEvent.
 */
export interface HostDasEvent extends HostEvent {
    /** HostDasEvent or the name of one of its known subtypes. */
    _typeName: HostDasEventTypeName;
}
/** A HostDasEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyHostDasEvent = (HostDasEvent & {
    _typeName: "HostDasEvent";
}) | HostExtraNetworksEvent | HostIsolationIpPingFailedEvent | HostMissingNetworksEvent | HostNoAvailableNetworksEvent | HostNoHAEnabledPortGroupsEvent | HostNoRedundantManagementNetworkEvent | HostNotInClusterEvent | HostPrimaryAgentNotShortNameEvent | HostShortNameInconsistentEvent;
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends HostEvent.
 * @deprecated
 */
export interface HostDasOkEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostDasOkEvent";
}
/**
 * This event records a disconnection from a host.
 *
 * Extends HostEvent.
 */
export interface HostDisconnectedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostDisconnectedEvent";
    /** Reason why the host was disconnected. */
    reason?: string;
}
/**
 * This event records the failure to restore some of the administrator's permissions.
 *
 * Extends HostEvent.
 */
export interface HostEnableAdminFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostEnableAdminFailedEvent";
    permissions: Permission[];
}
/** Every `_typeName` a HostEvent may carry: its own and its known subtypes'. */
export type HostEventTypeName = "HostEvent" | "AccountCreatedEvent" | "AccountRemovedEvent" | "AccountUpdatedEvent" | "AdminPasswordNotChangedEvent" | "CanceledHostOperationEvent" | "DatastoreDiscoveredEvent" | "DatastorePrincipalConfigured" | "DatastoreRemovedOnHostEvent" | "DatastoreRenamedOnHostEvent" | "DrsResourceConfigureFailedEvent" | "DrsResourceConfigureSyncedEvent" | "DuplicateIpDetectedEvent" | DvsHealthStatusChangeEventTypeName | "EnteredMaintenanceModeEvent" | EnteredStandbyModeEventTypeName | "EnteringMaintenanceModeEvent" | EnteringStandbyModeEventTypeName | "ExitMaintenanceModeEvent" | ExitStandbyModeFailedEventTypeName | ExitedStandbyModeEventTypeName | ExitingStandbyModeEventTypeName | "GhostDvsProxySwitchDetectedEvent" | "GhostDvsProxySwitchRemovedEvent" | "HostAddFailedEvent" | "HostAddedEvent" | "HostAdminDisableEvent" | "HostAdminEnableEvent" | "HostCnxFailedAccountFailedEvent" | "HostCnxFailedAlreadyManagedEvent" | "HostCnxFailedBadCcagentEvent" | "HostCnxFailedBadUsernameEvent" | "HostCnxFailedBadVersionEvent" | "HostCnxFailedCcagentUpgradeEvent" | "HostCnxFailedEvent" | "HostCnxFailedNetworkErrorEvent" | "HostCnxFailedNoAccessEvent" | "HostCnxFailedNoConnectionEvent" | "HostCnxFailedNoLicenseEvent" | "HostCnxFailedNotFoundEvent" | "HostCnxFailedTimeoutEvent" | "HostComplianceCheckedEvent" | "HostCompliantEvent" | "HostConfigAppliedEvent" | "HostConnectedEvent" | "HostConnectionLostEvent" | "HostDasDisabledEvent" | "HostDasDisablingEvent" | "HostDasEnabledEvent" | "HostDasEnablingEvent" | "HostDasErrorEvent" | HostDasEventTypeName | "HostDasOkEvent" | "HostDisconnectedEvent" | "HostEnableAdminFailedEvent" | "HostGetShortNameFailedEvent" | "HostInAuditModeEvent" | "HostIpChangedEvent" | "HostIpInconsistentEvent" | "HostIpToShortNameFailedEvent" | "HostNonCompliantEvent" | "HostProfileAppliedEvent" | "HostReconnectionFailedEvent" | "HostRemovedEvent" | "HostShortNameToIpFailedEvent" | "HostShutdownEvent" | "HostSpecificationChangedEvent" | "HostSpecificationRequireEvent" | "HostSpecificationUpdateEvent" | "HostSubSpecificationDeleteEvent" | "HostSubSpecificationUpdateEvent" | "HostSyncFailedEvent" | "HostUpgradeFailedEvent" | "HostUserWorldSwapNotEnabledEvent" | "HostVnicConnectedToCustomizedDVPortEvent" | "HostWwnChangedEvent" | "HostWwnConflictEvent" | "IScsiBootFailureEvent" | "LocalDatastoreCreatedEvent" | "LocalTSMEnabledEvent" | "NASDatastoreCreatedEvent" | "NoDatastoresConfiguredEvent" | "RemoteTSMEnabledEvent" | "TimedOutHostOperationEvent" | "UpdatedAgentBeingRestartedEvent" | "UserAssignedToGroup" | "UserPasswordChanged" | "UserUnassignedFromGroup" | "VMFSDatastoreCreatedEvent" | "VMFSDatastoreExpandedEvent" | "VMFSDatastoreExtendedEvent" | "VcAgentUninstallFailedEvent" | "VcAgentUninstalledEvent" | "VcAgentUpgradeFailedEvent" | "VcAgentUpgradedEvent" | "VimAccountPasswordChangedEvent";
/**
 * These are host-related events.
 *
 * Extends Event.
 */
export interface HostEvent extends Event {
    /** HostEvent or the name of one of its known subtypes. */
    _typeName: HostEventTypeName;
}
/** A HostEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyHostEvent = (HostEvent & {
    _typeName: "HostEvent";
}) | AccountCreatedEvent | AccountRemovedEvent | AccountUpdatedEvent | AdminPasswordNotChangedEvent | CanceledHostOperationEvent | DatastoreDiscoveredEvent | DatastorePrincipalConfigured | DatastoreRemovedOnHostEvent | DatastoreRenamedOnHostEvent | DrsResourceConfigureFailedEvent | DrsResourceConfigureSyncedEvent | DuplicateIpDetectedEvent | AnyDvsHealthStatusChangeEvent | EnteredMaintenanceModeEvent | AnyEnteredStandbyModeEvent | EnteringMaintenanceModeEvent | AnyEnteringStandbyModeEvent | ExitMaintenanceModeEvent | AnyExitStandbyModeFailedEvent | AnyExitedStandbyModeEvent | AnyExitingStandbyModeEvent | GhostDvsProxySwitchDetectedEvent | GhostDvsProxySwitchRemovedEvent | HostAddFailedEvent | HostAddedEvent | HostAdminDisableEvent | HostAdminEnableEvent | HostCnxFailedAccountFailedEvent | HostCnxFailedAlreadyManagedEvent | HostCnxFailedBadCcagentEvent | HostCnxFailedBadUsernameEvent | HostCnxFailedBadVersionEvent | HostCnxFailedCcagentUpgradeEvent | HostCnxFailedEvent | HostCnxFailedNetworkErrorEvent | HostCnxFailedNoAccessEvent | HostCnxFailedNoConnectionEvent | HostCnxFailedNoLicenseEvent | HostCnxFailedNotFoundEvent | HostCnxFailedTimeoutEvent | HostComplianceCheckedEvent | HostCompliantEvent | HostConfigAppliedEvent | HostConnectedEvent | HostConnectionLostEvent | HostDasDisabledEvent | HostDasDisablingEvent | HostDasEnabledEvent | HostDasEnablingEvent | HostDasErrorEvent | AnyHostDasEvent | HostDasOkEvent | HostDisconnectedEvent | HostEnableAdminFailedEvent | HostGetShortNameFailedEvent | HostInAuditModeEvent | HostIpChangedEvent | HostIpInconsistentEvent | HostIpToShortNameFailedEvent | HostNonCompliantEvent | HostProfileAppliedEvent | HostReconnectionFailedEvent | HostRemovedEvent | HostShortNameToIpFailedEvent | HostShutdownEvent | HostSpecificationChangedEvent | HostSpecificationRequireEvent | HostSpecificationUpdateEvent | HostSubSpecificationDeleteEvent | HostSubSpecificationUpdateEvent | HostSyncFailedEvent | HostUpgradeFailedEvent | HostUserWorldSwapNotEnabledEvent | HostVnicConnectedToCustomizedDVPortEvent | HostWwnChangedEvent | HostWwnConflictEvent | IScsiBootFailureEvent | LocalDatastoreCreatedEvent | LocalTSMEnabledEvent | NASDatastoreCreatedEvent | NoDatastoresConfiguredEvent | RemoteTSMEnabledEvent | TimedOutHostOperationEvent | UpdatedAgentBeingRestartedEvent | UserAssignedToGroup | UserPasswordChanged | UserUnassignedFromGroup | VMFSDatastoreCreatedEvent | VMFSDatastoreExpandedEvent | VMFSDatastoreExtendedEvent | VcAgentUninstallFailedEvent | VcAgentUninstalledEvent | VcAgentUpgradeFailedEvent | VcAgentUpgradedEvent | VimAccountPasswordChangedEvent;
/**
 * The event argument is a Host object.
 *
 * Extends EntityEventArgument.
 */
export interface HostEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "HostEventArgument";
    /**
     * The host object.
     *
     * Refers to a HostSystem managed object.
     */
    host: ManagedObjectReference;
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends HostDasEvent.
 * @deprecated
 */
export interface HostExtraNetworksEvent extends HostDasEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostExtraNetworksEvent";
    /** The comma-separated list of extra networks */
    ips?: string;
}
/**
 * A feature that the host is able to provide at a particular value.
 *
 * Extends DynamicData.
 * @since vSphere API 5.1
 */
export interface HostFeatureCapability extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostFeatureCapability";
    /** Accessor name to the feature capability. */
    key: string;
    /**
     * Name of the feature.
     *
     * Identical to the key.
     */
    featureName: string;
    /** Opaque value that the feature is capable at. */
    value: string;
}
/**
 * A mask that is applied to a host feature capability.
 *
 * Extends DynamicData.
 * @since vSphere API 5.1
 */
export interface HostFeatureMask extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostFeatureMask";
    /** Accessor name to the feature mask. */
    key: string;
    /** Name of the feature Identical to the key. */
    featureName: string;
    /**
     * Opaque value to change the host feature capability to.
     *
     * Masking operation is contained in the value.
     */
    value: string;
}
/** Every `_typeName` a HostFileSystemVolume may carry: its own and its known subtypes'. */
export type HostFileSystemVolumeTypeName = "HostFileSystemVolume" | "HostNasVolume" | "HostPMemVolume" | "HostVmfsVolume" | "HostVvolVolume";
/**
 * Detailed information about a file system.
 *
 * This is a base type for derived types
 * that have more specific details about specific filesystem types.
 *
 * # Typically a FileSystem is exposed as a datastore
 *
 * See also `DatastoreInfo`, `HostVmfsVolume`, `HostNasVolume`, `HostVffsVolume`, `HostLocalFileSystemVolume`
 *
 * However, a FileSystemVolume need not be exposed a datastore., `HostVfatVolume`.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface HostFileSystemVolume extends DynamicData {
    /** HostFileSystemVolume or the name of one of its known subtypes. */
    _typeName: HostFileSystemVolumeTypeName;
    /**
     * FileSystemType of this particular file system
     * See `HostFileSystemVolumeFileSystemType_enum`
     */
    type: string;
    /** Name of the file system volume. */
    name: string;
    /**
     * The capacity of the file system volume, in bytes.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    capacity: number;
}
/** A HostFileSystemVolume or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyHostFileSystemVolume = (HostFileSystemVolume & {
    _typeName: "HostFileSystemVolume";
}) | HostNasVolume | HostPMemVolume | HostVmfsVolume | HostVvolVolume;
/**
 * When the system detects a copy of a VmfsVolume, it will not be
 * auto-mounted on the host and it will be detected as
 * 'UnresolvedVmfsVolume'.
 *
 * If user decides to keep the original Uuid and mount it on the host,
 * it will have 'forceMounted' flag and 'forceMountedInfo' set.
 * 'ForceMountedInfo' provides additional information specific to
 * user-mounted VmfsVolume.
 *
 * Extends DynamicData.
 * @since vSphere API 4.0
 */
export interface HostForceMountedInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostForceMountedInfo";
    /**
     * Indicates if the vmfsExtent information persistent across
     * host reboots.
     */
    persist: boolean;
    /** Indicates if the volume is currently mounted on the host */
    mounted: boolean;
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends HostEvent.
 * @deprecated
 */
export interface HostGetShortNameFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostGetShortNameFailedEvent";
}
/**
 * Host is booted in audit mode.
 *
 * Extends HostEvent.
 */
export interface HostInAuditModeEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostInAuditModeEvent";
}
/**
 * This event records if the inventory of hosts has reached capacity.
 *
 * Extends LicenseEvent.
 */
export interface HostInventoryFullEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostInventoryFullEvent";
    /** Format: int32. */
    capacity: number;
}
/**
 * Event indicating that the virtual machine inventory file on the host is damaged or unreadable.
 *
 * Extends Event.
 */
export interface HostInventoryUnreadableEvent extends Event {
    /** The VI JSON type discriminator. */
    _typeName: "HostInventoryUnreadableEvent";
}
/**
 * This event records a change in host IP address.
 *
 * Extends HostEvent.
 */
export interface HostIpChangedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostIpChangedEvent";
    /** Old IP address of the host. */
    oldIP: string;
    /** New IP address of the host. */
    newIP: string;
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends HostEvent.
 * @deprecated
 */
export interface HostIpInconsistentEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostIpInconsistentEvent";
    ipAddress: string;
    ipAddress2: string;
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends HostEvent.
 * @deprecated
 */
export interface HostIpToShortNameFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostIpToShortNameFailedEvent";
}
/**
 * This event records that the isolation address could not be pinged.
 *
 * Extends HostDasEvent.
 */
export interface HostIsolationIpPingFailedEvent extends HostDasEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostIsolationIpPingFailedEvent";
    isolationIp: string;
}
/**
 * This event records an expired host license.
 *
 * Extends LicenseEvent.
 */
export interface HostLicenseExpiredEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostLicenseExpiredEvent";
}
/**
 * This event records when host local port is created to recover from management network connectivity loss.
 *
 * Extends DvsEvent.
 */
export interface HostLocalPortCreatedEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostLocalPortCreatedEvent";
    /** The configuration of the new host local port. */
    hostLocalPort: DVSHostLocalPortInfo;
}
/**
 * This class defines healthcheck result of the vSphere Distributed Switch.
 *
 * Extends DynamicData.
 */
export interface HostMemberHealthCheckResult extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostMemberHealthCheckResult";
    /** The summary of health check result. */
    summary?: string;
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends HostDasEvent.
 * @deprecated
 */
export interface HostMissingNetworksEvent extends HostDasEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostMissingNetworksEvent";
    ips?: string;
}
/**
 * This event records when host monitoring state has changed.
 *
 * Extends ClusterEvent.
 */
export interface HostMonitoringStateChangedEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostMonitoringStateChangedEvent";
    /**
     * The service state in `ClusterDasConfigInfoServiceState_enum`
     *
     * Values: see {@link ClusterDasConfigInfoServiceState}.
     */
    state: string;
    /**
     * The previous service state in `ClusterDasConfigInfoServiceState_enum`
     *
     * Values: see {@link ClusterDasConfigInfoServiceState}.
     */
    prevState?: string;
}
/**
 * The `HostMountInfo` data object provides information related
 * to a configured mount point.
 *
 * This object does not include information
 * about the mounted file system. (See `HostFileSystemMountInfo`.)
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface HostMountInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostMountInfo";
    /**
     * Local file path where file system volume is mounted, if applicable.
     *
     * This path identifies the file system volume from the point of view
     * of the host.
     */
    path?: string;
    /** Access mode to the underlying file system for this host. */
    accessMode: string;
    /**
     * The mount state of this mount point.
     *
     * For a discovered
     * volume, which is mounted, this is true. When this value is
     * unset, the default value is true.
     * @since vSphere API 5.0
     */
    mounted?: boolean;
    /**
     * Flag that indicates if the datastore is currently accessible from
     * the host.
     *
     * For the case of a standalone host, this property has the same value as
     * `DatastoreSummary*.*DatastoreSummary.accessible`.
     * You can use the `DatastoreSummary` property if the `HostMountInfo`
     * property is not set. The VirtualCenter Server will always make
     * sure the `DatastoreSummary` property is set correctly.
     * @since vSphere API 2.5
     */
    accessible?: boolean;
    /**
     * This optional property for inaccessible reason is reported only if
     * a datastore becomes inaccessible as reported by
     * `HostMountInfo.accessible` and
     * `DatastoreSummary*.*DatastoreSummary.accessible`.
     *
     * The values for inaccessible reason are defined in the enum
     * `HostMountInfoInaccessibleReason_enum`
     * This helps to determine host specific reason for datastore inaccessibility.
     * If the datastore becomes accessible following an inaccessible condition,
     * the property `HostMountInfo.inaccessibleReason` will be unset.
     * @since vSphere API 5.1
     */
    inaccessibleReason?: string;
    /**
     * The name of the vmknic used during mount for NFSv3 datastore.
     *
     * Populated by the vmk control layer if the NAS
     * volume is mounted successfully with a vmknic binding.
     * In case of NFS v4.1, if vmknic binding is enabled successfully,
     * then output will be in format {hostip1:vmknic1, hostip2:vmknic2}.
     * If vmknic binding is not enabled, then vmknicName
     * will have 'None' string.
     * @since vSphere API 8.0.1.0
     */
    vmknicName?: string;
    /**
     * Indicates whether vmknic is active or inactive.
     *
     * This field will be populated by vmk control layer during
     * NAS volume mount, and will be set to true if the
     * vmknic binding is active.
     * @since vSphere API 8.0.1.0
     */
    vmknicActive?: boolean;
    /**
     * The optional property which gives the reason for mount operation
     * failure of NFS datastore.
     *
     * This field is applicable for only those
     * mounts for which retry mount operation is configured.
     * The values for the mount failed reason are defined in the enum
     * `HostMountInfoMountFailedReason_enum`.
     * If mount operation on NFS volume succeeds in the retry, then
     * the property `HostMountInfo.mountFailedReason` will be unset.
     * @since vSphere API 8.0.0.1
     */
    mountFailedReason?: string;
    /**
     * Maintained for each Host, it indicates the total number of TCP
     * connections for the NAS datastore
     *
     * Format: int32.
     * @since vSphere API 8.0.1.0
     */
    numTcpConnections?: number;
}
/**
 * Extends HostFileSystemVolume.
 * @since vSphere API 2.0
 */
export interface HostNasVolume extends HostFileSystemVolume {
    /** The VI JSON type discriminator. */
    _typeName: "HostNasVolume";
    /**
     * The host that runs the NFS/CIFS server.
     *
     * Clients must plan to use remoteHostNames for both NFS v3
     * as well as NFS v4.1 because this field remoteHost may be
     * deprecated in future.
     */
    remoteHost: string;
    /** The remote path of NFS/CIFS mount point. */
    remotePath: string;
    /**
     * In case of CIFS, the user name used while connecting to the server.
     * @since vSphere API 2.5
     */
    userName?: string;
    /**
     * This field will hold host names (or ip addresses) of all
     * remote hosts configured for the datastore.
     *
     * In case of NFS v3 it will have one hostname which will be
     * the same value as in remoteHost defined above.
     * In case of NFS v4.1 if the NFS Client detects additional
     * hostnames or ip addresses during its negotiations with the
     * NFS server, those additional host names (connections) will be
     * added to this list after the datastore is created.
     * Addition of hostnames to this list is limited to MDS server host names
     * or the IP addresses. In other words, the Data Server host names IP addresses
     * will not be appended to this list.
     * @since vSphere API 6.0
     */
    remoteHostNames?: string[];
    /**
     * Security type the volume is currently using.
     *
     * See `HostNasVolumeSecurityType_enum`
     * @since vSphere API 6.0
     */
    securityType?: string;
    /**
     * Indicates that this NAS volume is protocol endpoint.
     *
     * This
     * property will be populated if and only if host supports
     * VirtualVolume based Datastore. Check the host capability
     * `HostCapability.virtualVolumeDatastoreSupported`.
     * See `HostProtocolEndpoint`.
     * @since vSphere API 6.0
     */
    protocolEndpoint?: boolean;
}
/**
 * This event records the fact that a host does not have any available networks for HA communication
 *
 * Extends HostDasEvent.
 */
export interface HostNoAvailableNetworksEvent extends HostDasEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostNoAvailableNetworksEvent";
    /** The comma-separated list of used networks */
    ips?: string;
}
/**
 * This event records the fact that a host does not have any HA-enabled port groups
 *
 * Extends HostDasEvent.
 */
export interface HostNoHAEnabledPortGroupsEvent extends HostDasEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostNoHAEnabledPortGroupsEvent";
}
/**
 * This event records the fact that a host does not have a redundant management network.
 *
 * Extends HostDasEvent.
 */
export interface HostNoRedundantManagementNetworkEvent extends HostDasEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostNoRedundantManagementNetworkEvent";
}
/**
 * This event records that host went out of compliance.
 *
 * Extends HostEvent.
 */
export interface HostNonCompliantEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostNonCompliantEvent";
}
/**
 * This event records that the host is not a cluster member.
 *
 * Extends HostDasEvent.
 */
export interface HostNotInClusterEvent extends HostDasEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostNotInClusterEvent";
}
/**
 * This event records when a host's capacity cannot satisfy resource configuration constraints.
 *
 * Extends ClusterOvercommittedEvent.
 */
export interface HostOvercommittedEvent extends ClusterOvercommittedEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostOvercommittedEvent";
}
/**
 * Deprecated as of vSphere 9.0 APIs with no replacement.
 *
 * The VMFS file system.
 *
 * Extends HostFileSystemVolume.
 * @since vSphere API 6.7
 */
export interface HostPMemVolume extends HostFileSystemVolume {
    /** The VI JSON type discriminator. */
    _typeName: "HostPMemVolume";
    /** The universally unique identifier assigned to PMem volume. */
    uuid: string;
    /** Version of the PMem FS */
    version: string;
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends HostDasEvent.
 * @deprecated
 */
export interface HostPrimaryAgentNotShortNameEvent extends HostDasEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostPrimaryAgentNotShortNameEvent";
    primaryAgent: string;
}
/**
 * This event records that a Profile application was done on the host
 *
 * Extends HostEvent.
 */
export interface HostProfileAppliedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostProfileAppliedEvent";
    /** Link to the profile which was applied */
    profile: ProfileEventArgument;
}
/**
 * ProtocolEndpoint is configured LUN or NFS directory
 * This is used for io path to actual virtual disks (VVols)
 *
 * Extends DynamicData.
 * @since vSphere API 6.0
 */
export interface HostProtocolEndpoint extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostProtocolEndpoint";
    /**
     * Deprecated from all vmodl version above @released("6.0")
     * Use type instead.
     *
     * Type of ProtocolEndpoint
     * See `HostProtocolEndpointPEType_enum`
     */
    peType: string;
    /**
     * Type of ProtocolEndpoint
     * See `HostProtocolEndpointProtocolEndpointType_enum`
     * @since vSphere API 6.5
     */
    type?: string;
    /** Identifier for PE assigned by VASA Provider */
    uuid: string;
    /**
     * Set of ESX hosts which can see the same PE
     *
     * Refers instances of `HostSystem`.
     *
     * Refers to a HostSystem managed object.
     */
    hostKey?: ManagedObjectReference[];
    /** Associated Storage Array */
    storageArray?: string;
    /**
     * NFSv3 and NFSv4x PE will contain information about NFS Server
     * For NFSv4x this field may contain comma separated list of IP addresses
     * which are associated with the NFS Server
     */
    nfsServer?: string;
    /** NFSv3 and NFSv4x PE will contain information about NFS directory */
    nfsDir?: string;
    /**
     * NFSv4x PE will contain information about NFSv4x Server Scope
     * @since vSphere API 6.5
     */
    nfsServerScope?: string;
    /**
     * NFSv4x PE will contain information about NFSv4x Server Major
     * @since vSphere API 6.5
     */
    nfsServerMajor?: string;
    /**
     * NFSv4x PE will contain information about NFSv4x Server Auth-type
     * @since vSphere API 6.5
     */
    nfsServerAuthType?: string;
    /**
     * NFSv4x PE will contain information about NFSv4x Server User
     * @since vSphere API 6.5
     */
    nfsServerUser?: string;
    /** SCSI PE will contain information about SCSI device ID */
    deviceId?: string;
    /**
     * Indicates whether the PE is being used to access a stretch-capable container
     * @since vSphere API 8.0.3.0
     */
    usedByStretchedContainer?: boolean;
}
/**
 * This event records a failed attempt to re-establish a host connection.
 *
 * Extends HostEvent.
 */
export interface HostReconnectionFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostReconnectionFailedEvent";
}
/**
 * This event records the removal of a host from VirtualCenter.
 *
 * Extends HostEvent.
 */
export interface HostRemovedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostRemovedEvent";
}
/**
 * This data object type describes the specification of a Disk partition.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface HostScsiDiskPartition extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostScsiDiskPartition";
    /**
     * The SCSI disk device on which a VMware File System (VMFS)
     * extent resides.
     *
     * See also `HostScsiDisk`, `ScsiLun.canonicalName`.
     */
    diskName: string;
    /**
     * The partition number of the partition on the ScsiDisk.
     *
     * Format: int32.
     */
    partition: number;
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends HostDasEvent.
 * @deprecated
 */
export interface HostShortNameInconsistentEvent extends HostDasEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostShortNameInconsistentEvent";
    shortName: string;
    shortName2: string;
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends HostEvent.
 * @deprecated
 */
export interface HostShortNameToIpFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostShortNameToIpFailedEvent";
    shortName: string;
}
/**
 * This event records the shutdown of a host.
 *
 * Extends HostEvent.
 */
export interface HostShutdownEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostShutdownEvent";
    /** The reason for the host shutdown. */
    reason: string;
}
/**
 * The host specification data are those needed at host boot time to create and configure virtual devices and host services.
 *
 * Extends DynamicData.
 */
export interface HostSpecification extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostSpecification";
    /**
     * Time at which the host specification was created.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    createdTime: string;
    /**
     * Time at which the host specification was last modified.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    lastModified?: string;
    /**
     * The host that the spec data belongs to.
     *
     * Refers to a HostSystem managed object.
     */
    host: ManagedObjectReference;
    /** The collection of the host sub specifications. */
    subSpecs?: HostSubSpecification[];
    /** The change ID for querying the host specification data updated in a time period. */
    changeID?: string;
}
/**
 * This event records that the host specification was changed.
 *
 * Extends HostEvent.
 */
export interface HostSpecificationChangedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostSpecificationChangedEvent";
}
/**
 * This event is issued to that the host specification should be updated.
 *
 * Extends HostEvent.
 */
export interface HostSpecificationRequireEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostSpecificationRequireEvent";
}
/**
 * This event suggests that update the host specification with the encapsulated copy.
 *
 * Extends HostEvent.
 */
export interface HostSpecificationUpdateEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostSpecificationUpdateEvent";
    hostSpec: HostSpecification;
}
/**
 * This event records when a host's overall status changed.
 *
 * Extends ClusterStatusChangedEvent.
 */
export interface HostStatusChangedEvent extends ClusterStatusChangedEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostStatusChangedEvent";
}
/**
 * Host sub specification data are the data used when create a virtual device, and/or configure the virtual device and its related host services.
 *
 * Extends DynamicData.
 */
export interface HostSubSpecification extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostSubSpecification";
    /** The full name of the host sub specification. */
    name: string;
    /**
     * Time at which the host sub specification was created.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    createdTime: string;
    /**
     * The host sub specification data
     *
     * Format: int8.
     */
    data?: number[];
    /**
     * The host sub specification data in Binary for wire efficiency.
     *
     * Format: base64.
     */
    binaryData?: string;
}
/**
 * This event suggests that delete the host sub specification specified by name.
 *
 * Extends HostEvent.
 */
export interface HostSubSpecificationDeleteEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostSubSpecificationDeleteEvent";
    subSpecName: string;
}
/**
 * This event suggests that update the host sub specification with the encapsulated copy.
 *
 * Extends HostEvent.
 */
export interface HostSubSpecificationUpdateEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostSubSpecificationUpdateEvent";
    hostSubSpec: HostSubSpecification;
}
/**
 * This event records a failure to sync up with the VirtualCenter agent on the host
 *
 * Extends HostEvent.
 */
export interface HostSyncFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostSyncFailedEvent";
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records a failure to connect to a host due to an installation or upgrade issue.
 *
 * Extends HostEvent.
 */
export interface HostUpgradeFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostUpgradeFailedEvent";
}
/**
 * Deprecated as of vSphere API 5.0, the event is no longer relevant.
 *
 * Extends HostEvent.
 * @deprecated
 */
export interface HostUserWorldSwapNotEnabledEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostUserWorldSwapNotEnabledEvent";
}
/**
 * The VMFS file system.
 *
 * Extends HostFileSystemVolume.
 * @since vSphere API 2.0
 */
export interface HostVmfsVolume extends HostFileSystemVolume {
    /** The VI JSON type discriminator. */
    _typeName: "HostVmfsVolume";
    /**
     * Deprecated as of vSphere API 6.5, use
     * `HostVmfsVolume.blockSize` instead.
     *
     * Block size of VMFS.
     *
     * Determines maximum file size. The maximum number
     * of blocks is typically fixed with each specific version of VMFS. To
     * increase the maximum size of a VMFS file, increase the block size.
     *
     * The minimum block size is 1MB.
     *
     * Format: int32.
     */
    blockSizeMb: number;
    /**
     * Block size of VMFS in KB.
     *
     * Determines maximum file size. The maximum
     * number of blocks is typically fixed with each specific version of VMFS.
     * To increase the maximum size of a VMFS file, increase the block size.
     *
     * The minimum block size is 1MB.
     *
     * Format: int32.
     * @since vSphere API 6.5
     */
    blockSize?: number;
    /**
     * VMFS unmap reclaims unused storage space.
     *
     * This property
     * determines the granularity of unmap operations.
     * The unit is KB. If not specified, the default value is the same as
     * the block size of VMFS `HostVmfsVolume.blockSize`.
     * This property cannot be changed after a VMFS volume is created.
     *
     * Format: int32.
     * @since vSphere API 6.5
     */
    unmapGranularity?: number;
    /**
     * VMFS unmap reclaims unused storage space.
     *
     * This property
     * determines the processing rate of unmaps.
     * See `HostVmfsVolumeUnmapPriority_enum` for supported values.
     * If not specified, the default value is
     * `low`, which means
     * unmap is processed at low rate. This property can be updated by
     * calling `HostStorageSystem.UpdateVmfsUnmapPriority`.
     * @since vSphere API 6.5
     */
    unmapPriority?: string;
    /**
     * VMFS unmap bandwidth related specification.
     *
     * See
     * `VmfsUnmapBandwidthSpec` for detail.
     * @since vSphere API 6.7
     */
    unmapBandwidthSpec?: VmfsUnmapBandwidthSpec;
    /**
     * Maximum number of blocks.
     *
     * Determines maximum file size along
     * with blockSize. See information about the blockSize.
     *
     * Format: int32.
     */
    maxBlocks: number;
    /**
     * Major version number of VMFS.
     *
     * Format: int32.
     */
    majorVersion: number;
    /**
     * Version string.
     *
     * Contains major and minor version numbers.
     */
    version: string;
    /** The universally unique identifier assigned to VMFS. */
    uuid: string;
    /**
     * The list of partition names that comprise this disk's
     * VMFS extents.
     *
     * This property can be accessed via various enclosing objects.
     * In VirtualCenter, where it can be accessed from multiple
     * hosts, the value of this property may differ according to the context
     * in which it is accessed. When accessed from the
     * `VmfsDatastoreInfo` object, in VirtualCenter, this
     * property reflects the extent information of any one of the hosts visible
     * to the datastore.
     *
     * For a VirtualCenter system which manages ESX Server 2.x and
     * ESX Server 3.x hosts, this extent information is only correlatable
     * across hosts if the extents are exposed on the same adapter on all hosts
     * which can access them. To find the extent names for a specific host,
     * this same property should be accessed via the host's
     * `HostFileSystemVolume` object, by correlating the uuid of
     * the VMFS datastore in the VmfsDatastoreInfo object to the uuid in the
     * FileSystemVolume object.
     *
     * For a Virtual Center system which manages only ESX Server hosts with
     * versions 4.0 onwards , this extent information is correlatable across
     * hosts, irrespective of the adapters the extents are exposed on.
     */
    extent: HostScsiDiskPartition[];
    /**
     * Can the filesystem be upgraded to a newer version.
     *
     * See also `HostStorageSystem.UpgradeVmfs`.
     */
    vmfsUpgradable: boolean;
    /**
     * Information about 'forceMounted' VmfsVolume.
     *
     * When the system detects a copy of a VmfsVolume, it will not be
     * auto-mounted on the host and it will be detected as
     * 'UnresolvedVmfsVolume'. If user decides to 'forceMount' the
     * VmfsVolume on the host, forceMountedInfo will be populated.
     * It will not be set for automounted VMFS volumes.
     * @since vSphere API 4.0
     */
    forceMountedInfo?: HostForceMountedInfo;
    /**
     * Indicates whether the volume is SSD backed.
     *
     * If unset, the information whether the volume is SSD backed is unknown.
     * @since vSphere API 5.0
     */
    ssd?: boolean;
    /**
     * Indicates whether the volume is backed by local disk.
     *
     * If unset, the information of the volume is local-disk backed is unknown.
     * @since vSphere API 5.5
     */
    local?: boolean;
    /**
     * The type of disk drives.
     *
     * See `ScsiDiskType_enum`
     * for supported types.
     * If unset, the default disk drive type is
     * `native512`.
     * @since vSphere API 6.5
     */
    scsiDiskType?: string;
}
/**
 * This event records when some host Virtual NICs were reconfigured to use DVPorts with port level configuration, which might be different from the DVportgroup.
 *
 * Extends HostEvent.
 */
export interface HostVnicConnectedToCustomizedDVPortEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostVnicConnectedToCustomizedDVPortEvent";
    /** Information about the Virtual NIC that is using the DVport. */
    vnic: VnicPortArgument;
    /** Information about the previous Virtual NIC that is using the DVport. */
    prevPortKey?: string;
}
/**
 * Extends DynamicData.
 * @since vSphere API 8.0.2.0
 */
export interface HostVvolNQN extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostVvolNQN";
    targetNQN: string;
    storageArray: string;
    online: boolean;
}
/**
 * Extends HostFileSystemVolume.
 * @since vSphere API 6.0
 */
export interface HostVvolVolume extends HostFileSystemVolume {
    /** The VI JSON type discriminator. */
    _typeName: "HostVvolVolume";
    /** The universally unique identifier assigned to vvolDS. */
    scId: string;
    hostPE?: VVolHostPE[];
    /**
     * Virtual Protocol endpoints for this volume
     * @since vSphere API 8.0.2.0
     */
    hostVvolNQN?: HostVvolVolumeHostVvolNQN[];
    /** VASA Providers that manage this volume */
    vasaProviderInfo?: VimVasaProviderInfo[];
    /** List of storage array serving this VVol based storage container */
    storageArray?: VASAStorageArray[];
    /**
     * Backing protocol of the datastore
     * @since vSphere API 8.0.0.0
     */
    protocolEndpointType?: string;
    /**
     * vVol NQN field availability
     * @since vSphere API 8.0.2.0
     */
    vvolNQNFieldsAvailable?: boolean;
    /**
     * if set to true, indicates a stretched container
     * @since vSphere API 8.0.3.0
     */
    stretched?: boolean;
}
/**
 * Extends DynamicData.
 * @since vSphere API 8.0.2.0
 */
export interface HostVvolVolumeHostVvolNQN extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "HostVvolVolumeHostVvolNQN";
    /**
     * The host associated with this volume.
     *
     * Refers instance of `HostSystem`.
     *
     * Refers to a HostSystem managed object.
     */
    host?: ManagedObjectReference;
    /** Host-specific information about the virtual ProtocolEndpoint. */
    vvolNQN?: HostVvolNQN[];
}
/**
 * This event records a change in a host's WWN (World Wide Name).
 *
 * Extends HostEvent.
 */
export interface HostWwnChangedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostWwnChangedEvent";
    /**
     * The old node WWN.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    oldNodeWwns?: number[];
    /**
     * The old port WWN.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    oldPortWwns?: number[];
    /**
     * The new node WWN.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    newNodeWwns?: number[];
    /**
     * The new port WWN.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    newPortWwns?: number[];
}
/**
 * This event records a conflict of host WWNs (World Wide Name).
 *
 * Extends HostEvent.
 */
export interface HostWwnConflictEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "HostWwnConflictEvent";
    /** The virtual machine whose WWN conflicts with the current host's WWN. */
    conflictedVms?: VmEventArgument[];
    /** The host whose physical WWN conflicts with the current host's WWN. */
    conflictedHosts?: HostEventArgument[];
    /**
     * The WWN in conflict.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    wwn: number;
}
/** Extends DynamicData. */
export interface ID extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ID";
    id: string;
}
/**
 * Could not boot from iScsi.
 *
 * Extends HostEvent.
 */
export interface IScsiBootFailureEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "IScsiBootFailureEvent";
}
/**
 * This event records if the host did not provide the information needed to acquire the correct set of licenses.
 *
 * Extends LicenseEvent.
 */
export interface IncorrectHostInformationEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "IncorrectHostInformationEvent";
}
/**
 * This event is a general information event from upgrade.
 *
 * Extends UpgradeEvent.
 */
export interface InfoUpgradeEvent extends UpgradeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "InfoUpgradeEvent";
}
/** Every `_typeName` an InheritablePolicy may carry: its own and its known subtypes'. */
export type InheritablePolicyTypeName = "InheritablePolicy" | "BoolPolicy" | "DVSTrafficShapingPolicy" | "DVSVendorSpecificConfig" | "DvsFilterConfig" | "DvsFilterPolicy" | "LongPolicy" | "StringPolicy";
/**
 * The base class for any type of setting or configuration that may get a inherited value.
 *
 * Extends DynamicData.
 */
export interface InheritablePolicy extends DynamicData {
    /** InheritablePolicy or the name of one of its known subtypes. */
    _typeName: InheritablePolicyTypeName;
    /** Whether the configuration is set to inherited value. */
    inherited: boolean;
}
/** An InheritablePolicy or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyInheritablePolicy = (InheritablePolicy & {
    _typeName: "InheritablePolicy";
}) | BoolPolicy | DVSTrafficShapingPolicy | DVSVendorSpecificConfig | DvsFilterConfig | DvsFilterPolicy | LongPolicy | StringPolicy;
/**
 * This event records that the cluster resources are insufficient to satisfy the configured HA failover level.
 *
 * Extends ClusterEvent.
 */
export interface InsufficientFailoverResourcesEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "InsufficientFailoverResourcesEvent";
}
/** Extends VimFault. */
export interface InsufficientResourcesFault extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "InsufficientResourcesFault";
}
/**
 * A general fault indicating that one of the arguments passed to a method is not valid.
 *
 * Extends RuntimeFault.
 */
export interface InvalidArgument extends RuntimeFault {
    /** The VI JSON type discriminator. */
    _typeName: "InvalidArgument";
    /** Optional name of the invalid property. */
    invalidProperty?: string;
}
/** Extends MethodFault. */
export interface InvalidCollectorVersion extends MethodFault {
    /** The VI JSON type discriminator. */
    _typeName: "InvalidCollectorVersion";
}
/** Every `_typeName` an InvalidDatastore may carry: its own and its known subtypes'. */
export type InvalidDatastoreTypeName = "InvalidDatastore" | "InvalidDatastorePath";
/** Extends VimFault. */
export interface InvalidDatastore extends VimFault {
    /** InvalidDatastore or the name of one of its known subtypes. */
    _typeName: InvalidDatastoreTypeName;
    datastore?: ManagedObjectReference;
    name?: string;
}
/** An InvalidDatastore or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyInvalidDatastore = (InvalidDatastore & {
    _typeName: "InvalidDatastore";
}) | InvalidDatastorePath;
/** Extends InvalidDatastore. */
export interface InvalidDatastorePath extends InvalidDatastore {
    /** The VI JSON type discriminator. */
    _typeName: "InvalidDatastorePath";
    datastorePath: string;
}
/**
 * This event records if the edition is set to an invalid value.
 *
 * Extends LicenseEvent.
 */
export interface InvalidEditionEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "InvalidEditionEvent";
    feature: string;
}
/** Extends VimFault. */
export interface InvalidEvent extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "InvalidEvent";
}
/** Extends VimFault. */
export interface InvalidLocale extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "InvalidLocale";
}
/**
 * Thrown when a login fails because of an incorrect user name or password.
 *
 * Extends VimFault.
 */
export interface InvalidLogin extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "InvalidLogin";
}
/** Extends VimFault. */
export interface InvalidName extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "InvalidName";
    name: string;
    entity?: ManagedObjectReference;
}
/** Extends InvalidState. */
export interface InvalidPowerState extends InvalidState {
    /** The VI JSON type discriminator. */
    _typeName: "InvalidPowerState";
    /** One of {@link VirtualMachinePowerStateValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject". */
    requestedState?: VirtualMachinePowerState | rt.UnknownEnumValue;
    /** One of {@link VirtualMachinePowerStateValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject". */
    existingState: VirtualMachinePowerState | rt.UnknownEnumValue;
}
/** Extends MethodFault. */
export interface InvalidProperty extends MethodFault {
    /** The VI JSON type discriminator. */
    _typeName: "InvalidProperty";
    name: string;
}
/** Every `_typeName` an InvalidRequest may carry: its own and its known subtypes'. */
export type InvalidRequestTypeName = "InvalidRequest" | "InvalidType" | "MethodNotFound";
/** Extends RuntimeFault. */
export interface InvalidRequest extends RuntimeFault {
    /** InvalidRequest or the name of one of its known subtypes. */
    _typeName: InvalidRequestTypeName;
}
/** An InvalidRequest or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyInvalidRequest = (InvalidRequest & {
    _typeName: "InvalidRequest";
}) | InvalidType | MethodNotFound;
/** Every `_typeName` an InvalidState may carry: its own and its known subtypes'. */
export type InvalidStateTypeName = "InvalidState" | "InvalidPowerState";
/** Extends VimFault. */
export interface InvalidState extends VimFault {
    /** InvalidState or the name of one of its known subtypes. */
    _typeName: InvalidStateTypeName;
}
/** An InvalidState or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyInvalidState = (InvalidState & {
    _typeName: "InvalidState";
}) | InvalidPowerState;
/** Extends InvalidRequest. */
export interface InvalidType extends InvalidRequest {
    /** The VI JSON type discriminator. */
    _typeName: "InvalidType";
    argument?: string;
}
/**
 * Non-localized key/value pair in which the the value can be of any type.
 *
 * Extends DynamicData.
 */
export interface KeyAnyValue extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "KeyAnyValue";
    /** the key */
    key: string;
    /** the value */
    value: AnyValue;
}
/**
 * Data Object representing a crypto key provider's unique identifier.
 *
 * Extends DynamicData.
 */
export interface KeyProviderId extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "KeyProviderId";
    /** Globally unique ID for the crypto key provider. */
    id: string;
}
/**
 * Non-localized key/value pair
 *
 * Extends DynamicData.
 * @since vSphere API 2.5
 */
export interface KeyValue extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "KeyValue";
    /** Key. */
    key: string;
    /** Value. */
    value: string;
}
/**
 * Specification of the latency-sensitivity information.
 *
 * Extends DynamicData.
 */
export interface LatencySensitivity extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "LatencySensitivity";
    /**
     * The nominal latency-sensitive level of the application.
     *
     * One of {@link LatencySensitivitySensitivityLevelValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    level: LatencySensitivitySensitivityLevel | rt.UnknownEnumValue;
    /**
     * Deprecated as of vSphere version 5.5, this field is deprecated.
     *
     * Format: int32.
     * @deprecated
     */
    sensitivity?: number;
}
/** Every `_typeName` a LicenseEvent may carry: its own and its known subtypes'. */
export type LicenseEventTypeName = "LicenseEvent" | "AllVirtualMachinesLicensedEvent" | "HostInventoryFullEvent" | "HostLicenseExpiredEvent" | "IncorrectHostInformationEvent" | "InvalidEditionEvent" | "LicenseNonComplianceEvent" | "LicenseRestrictedEvent" | "LicenseServerAvailableEvent" | "LicenseServerUnavailableEvent" | "NoLicenseEvent" | "ServerLicenseExpiredEvent" | "UnlicensedVirtualMachinesEvent" | "UnlicensedVirtualMachinesFoundEvent" | "VMotionLicenseExpiredEvent";
/**
 * This is a base licensing event to group all license events.
 *
 * Extends Event.
 */
export interface LicenseEvent extends Event {
    /** LicenseEvent or the name of one of its known subtypes. */
    _typeName: LicenseEventTypeName;
}
/** A LicenseEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyLicenseEvent = (LicenseEvent & {
    _typeName: "LicenseEvent";
}) | AllVirtualMachinesLicensedEvent | HostInventoryFullEvent | HostLicenseExpiredEvent | IncorrectHostInformationEvent | InvalidEditionEvent | LicenseNonComplianceEvent | LicenseRestrictedEvent | LicenseServerAvailableEvent | LicenseServerUnavailableEvent | NoLicenseEvent | ServerLicenseExpiredEvent | UnlicensedVirtualMachinesEvent | UnlicensedVirtualMachinesFoundEvent | VMotionLicenseExpiredEvent;
/**
 * This event records the expiration of a license.
 *
 * Extends Event.
 */
export interface LicenseExpiredEvent extends Event {
    /** The VI JSON type discriminator. */
    _typeName: "LicenseExpiredEvent";
    feature: LicenseFeatureInfo;
}
/**
 * Deprecated as of vSphere API 4.0, this is not used by the system.
 *
 * Extends DynamicData.
 * @deprecated
 */
export interface LicenseFeatureInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "LicenseFeatureInfo";
    /** Unique identifier for license as defined in License source data. */
    key: string;
    /** The display string for the feature name. */
    featureName: string;
    /** A human readable description of what function this feature enables. */
    featureDescription?: string;
    /**
     * Describes the state of the feature based on the current edition license.
     *
     * One of {@link LicenseFeatureInfoStateValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    state?: LicenseFeatureInfoState | rt.UnknownEnumValue;
    /**
     * Each license has a cost associated with it and the value of costUnit specifies the applicable unit.
     *
     * Values: see {@link LicenseFeatureInfoUnit}.
     */
    costUnit: string;
    /**
     * Describe any restriction on the source of a license for this feature.
     *
     * Values: see {@link LicenseFeatureInfoSourceRestriction}.
     */
    sourceRestriction?: string;
    /** Report List of feature keys used by this edition. */
    dependentKey?: string[];
    /** Flag to indicate whether the feature is an edition. */
    edition?: boolean;
    /**
     * Date representing the expiration date
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    expiresOn?: string;
}
/**
 * This event records that the inventory is not license compliant.
 *
 * Extends LicenseEvent.
 */
export interface LicenseNonComplianceEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "LicenseNonComplianceEvent";
    /** Gives the url at which more details about non-compliance can be found. */
    url: string;
}
/**
 * This event records if the required licenses could not be reserved because of a restriction in the option file.
 *
 * Extends LicenseEvent.
 */
export interface LicenseRestrictedEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "LicenseRestrictedEvent";
}
/**
 * This event is reported if the LicenseServer was previously unreachable and is now reachable.
 *
 * Extends LicenseEvent.
 */
export interface LicenseServerAvailableEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "LicenseServerAvailableEvent";
    licenseServer: string;
}
/**
 * This event is reported if the LicenseServer becomes unreachable.
 *
 * Extends LicenseEvent.
 */
export interface LicenseServerUnavailableEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "LicenseServerUnavailableEvent";
    licenseServer: string;
}
/**
 * This event records when a local datastore is created.
 *
 * Extends HostEvent.
 */
export interface LocalDatastoreCreatedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "LocalDatastoreCreatedEvent";
    /** The associated datastore. */
    datastore: DatastoreEventArgument;
    /** Url of the associated datastore. */
    datastoreUrl?: string;
}
/**
 * The information details about a datastore that is local to a host.
 *
 * Extends DatastoreInfo.
 * @since vSphere API 2.0
 */
export interface LocalDatastoreInfo extends DatastoreInfo {
    /** The VI JSON type discriminator. */
    _typeName: "LocalDatastoreInfo";
    /**
     * The local path on a host.
     *
     * May not
     * be available when the datastore is not accessible.
     */
    path?: string;
}
/**
 * Local Tech Support Mode for the host has been enabled.
 *
 * Extends HostEvent.
 */
export interface LocalTSMEnabledEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "LocalTSMEnabledEvent";
}
/**
 * Message data which is intended to be displayed according to the locale of a client.
 *
 * Extends DynamicData.
 */
export interface LocalizableMessage extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "LocalizableMessage";
    /** Unique key identifying the message in the localized message catalog. */
    key: string;
    /** Substitution arguments for variables in the localized message. */
    arg?: KeyAnyValue[];
    /** Message in session locale. */
    message?: string;
}
/**
 * A wrapper class used to pass MethodFault data objects over the wire along with a localized display message for the fault.
 *
 * Extends DynamicData.
 */
export interface LocalizedMethodFault extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "LocalizedMethodFault";
    fault: AnyMethodFault;
    /** The localized message that would be sent in the faultstring element of the SOAP Fault. */
    localizedMessage?: string;
}
/**
 * Locker has not been configured properly.
 *
 * Extends Event.
 */
export interface LockerMisconfiguredEvent extends Event {
    /** The VI JSON type discriminator. */
    _typeName: "LockerMisconfiguredEvent";
    /** The datastore that has been configured to back the locker */
    datastore: DatastoreEventArgument;
}
/**
 * Locker was reconfigured to a new location.
 *
 * Extends Event.
 */
export interface LockerReconfiguredEvent extends Event {
    /** The VI JSON type discriminator. */
    _typeName: "LockerReconfiguredEvent";
    /** The datastore that was previously backing the locker. */
    oldDatastore?: DatastoreEventArgument;
    /** The datastore that is now used to back the locker. */
    newDatastore?: DatastoreEventArgument;
}
/**
 * The long integer type of setting or configuration that may get an inherited value.
 *
 * Extends InheritablePolicy.
 */
export interface LongPolicy extends InheritablePolicy {
    /** The VI JSON type discriminator. */
    _typeName: "LongPolicy";
    /**
     * The boolean value that is either set or inherited.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    value?: number;
}
/**
 * The ManagedByInfo data object contains information about the extension responsible for the life-cycle of the entity.
 *
 * Extends DynamicData.
 */
export interface ManagedByInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ManagedByInfo";
    /** Key of the extension managing the entity. */
    extensionKey: string;
    /** Managed entity type, as defined by the extension managing the entity. */
    type: string;
}
/**
 * The general event argument for a managed entity.
 *
 * Extends EntityEventArgument.
 */
export interface ManagedEntityEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "ManagedEntityEventArgument";
    /**
     * The managed entity.
     *
     * Refers to a ManagedEntity managed object.
     */
    entity: ManagedObjectReference;
}
/** Extends RuntimeFault. */
export interface ManagedObjectNotFound extends RuntimeFault {
    /** The VI JSON type discriminator. */
    _typeName: "ManagedObjectNotFound";
    obj: ManagedObjectReference;
}
/**
 * The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain data that identifies specific server-side managed objects. Managed object references are typically one of the return types from a method invocation.
 *
 * Managed object references are client application references to server-side managed objects. The client application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object has moved within the inventory, across sessions, and across server restarts. If you remove an object, for example, a virtual machine, from the inventory, and then put it back, the reference changes.
 */
export interface ManagedObjectReference {
    /** The VI JSON type discriminator. */
    _typeName: "ManagedObjectReference";
    /** The name of the Managed Object type this ManagedObjectReference refers to. */
    type: string;
    /** A unique identifier (within this vCenter Server instance) for a specific managed object such as `group-d1` or `vm-015` or `ServiceInstance`. */
    value: string;
    /** The GUID of the vCenter Server instance the managed object belongs to, which govmomi adds to its references (Go field `ServerGUID`) so that objects of linked vCenter Servers can be told apart. VMware's VI JSON specification does not define it and vCenter Server does not send it there; events relayed from govmomi may carry it. */
    serverGuid?: string;
}
/** Every `_typeName` a MethodFault may carry: its own and its known subtypes'. */
export type MethodFaultTypeName = "MethodFault" | "InvalidCollectorVersion" | "InvalidProperty" | RuntimeFaultTypeName | VimFaultTypeName;
/** The base data object type for all the object model faults that an application might handle. */
export interface MethodFault {
    /** MethodFault or the name of one of its known subtypes. */
    _typeName: MethodFaultTypeName;
    /**
     * Fault which is the cause of this fault.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    faultCause?: AnyMethodFault | LocalizedMethodFault;
    /** Message which has details about the error Message can also contain a key to message catalog which can be used to generate better localized messages. */
    faultMessage?: LocalizableMessage[];
    /**
     * The fault's message. Not a field of the type: VI JSON error responses carry it beside the fault's own members,
     * as the SOAP fault's faultstring (FACTS 2). Declared here, by hand, so that a fault read from an error response
     * also decodes under unknownMembers "reject".
     */
    faultstring?: string;
}
/** A MethodFault or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyMethodFault = (MethodFault & {
    _typeName: "MethodFault";
}) | InvalidCollectorVersion | InvalidProperty | AnyRuntimeFault | AnyVimFault;
/** Extends InvalidRequest. */
export interface MethodNotFound extends InvalidRequest {
    /** The VI JSON type discriminator. */
    _typeName: "MethodNotFound";
    receiver: ManagedObjectReference;
    method: string;
}
/**
 * A migration error.
 *
 * Extends MigrationEvent.
 */
export interface MigrationErrorEvent extends MigrationEvent {
    /** The VI JSON type discriminator. */
    _typeName: "MigrationErrorEvent";
}
/** Every `_typeName` a MigrationEvent may carry: its own and its known subtypes'. */
export type MigrationEventTypeName = "MigrationEvent" | "MigrationErrorEvent" | "MigrationHostErrorEvent" | "MigrationHostWarningEvent" | "MigrationResourceErrorEvent" | "MigrationResourceWarningEvent" | "MigrationWarningEvent";
/**
 * These are events used to describe migration warning and errors
 *
 * Extends VmEvent.
 */
export interface MigrationEvent extends VmEvent {
    /** MigrationEvent or the name of one of its known subtypes. */
    _typeName: MigrationEventTypeName;
    /**
     * The fault that describes the migration issue.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    fault: AnyMethodFault | LocalizedMethodFault;
}
/** A MigrationEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyMigrationEvent = (MigrationEvent & {
    _typeName: "MigrationEvent";
}) | MigrationErrorEvent | MigrationHostErrorEvent | MigrationHostWarningEvent | MigrationResourceErrorEvent | MigrationResourceWarningEvent | MigrationWarningEvent;
/**
 * A migration error that includes the destination host.
 *
 * Extends MigrationEvent.
 */
export interface MigrationHostErrorEvent extends MigrationEvent {
    /** The VI JSON type discriminator. */
    _typeName: "MigrationHostErrorEvent";
    /** The name of the destination host. */
    dstHost: HostEventArgument;
}
/**
 * A migration warning that includes the destination host.
 *
 * Extends MigrationEvent.
 */
export interface MigrationHostWarningEvent extends MigrationEvent {
    /** The VI JSON type discriminator. */
    _typeName: "MigrationHostWarningEvent";
    /** The name of the destination host. */
    dstHost: HostEventArgument;
}
/**
 * A migration error that includes both the destination host and resource pool.
 *
 * Extends MigrationEvent.
 */
export interface MigrationResourceErrorEvent extends MigrationEvent {
    /** The VI JSON type discriminator. */
    _typeName: "MigrationResourceErrorEvent";
    /** The name of the destination resource pool. */
    dstPool: ResourcePoolEventArgument;
    /** The name of the destination host. */
    dstHost: HostEventArgument;
}
/**
 * A migration warning that includes both the destination host and resource pool.
 *
 * Extends MigrationEvent.
 */
export interface MigrationResourceWarningEvent extends MigrationEvent {
    /** The VI JSON type discriminator. */
    _typeName: "MigrationResourceWarningEvent";
    /** The name of the destination resource pool. */
    dstPool: ResourcePoolEventArgument;
    /** The name of the destination host. */
    dstHost: HostEventArgument;
}
/**
 * A migration warning.
 *
 * Extends MigrationEvent.
 */
export interface MigrationWarningEvent extends MigrationEvent {
    /** The VI JSON type discriminator. */
    _typeName: "MigrationWarningEvent";
}
/** Extends DynamicData. */
export interface MissingObject extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "MissingObject";
    obj: ManagedObjectReference;
    fault: LocalizedMethodFault;
}
/**
 * Describes a property that could not be retrieved, and why.
 *
 * Extends DynamicData.
 */
export interface MissingProperty extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "MissingProperty";
    /** Path to a property that could not be retrieved. */
    path: string;
    /**
     * Fault describing the failure to retrieve the property value.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    fault: AnyMethodFault | LocalizedMethodFault;
}
/**
 * The value of MTU configured in the vSphere Distributed Switch matches physical switch.
 *
 * Extends DvsHealthStatusChangeEvent.
 */
export interface MtuMatchEvent extends DvsHealthStatusChangeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "MtuMatchEvent";
}
/**
 * The value of MTU configured in the vSphere Distributed Switch mismatches physical switch.
 *
 * Extends DvsHealthStatusChangeEvent.
 */
export interface MtuMismatchEvent extends DvsHealthStatusChangeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "MtuMismatchEvent";
}
/**
 * This event records when a NAS datastore is created.
 *
 * Extends HostEvent.
 */
export interface NASDatastoreCreatedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "NASDatastoreCreatedEvent";
    /** The associated datastore. */
    datastore: DatastoreEventArgument;
    /** Url of the associated datastore. */
    datastoreUrl?: string;
}
/**
 * Information details about a network-attached storage
 * (NAS) datastore.
 *
 * Extends DatastoreInfo.
 * @since vSphere API 2.0
 */
export interface NasDatastoreInfo extends DatastoreInfo {
    /** The VI JSON type discriminator. */
    _typeName: "NasDatastoreInfo";
    /**
     * The NFS mount information for the datastore.
     *
     * May not
     * be available when the datastore is not accessible.
     */
    nas?: HostNasVolume;
}
/**
 * This data object type describes the NetBIOS configuration of
 * an operating system.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface NetBIOSConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NetBIOSConfigInfo";
    /**
     * NetBIOS configuration mode.
     *
     * The supported values are described by
     * `NetBIOSConfigInfoMode_enum`.
     */
    mode: string;
}
/**
 * Dynamic Host Configuration Protocol reporting for IP version 4 and version 6.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface NetDhcpConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NetDhcpConfigInfo";
    /** IPv6 DHCP client settings. */
    ipv6?: NetDhcpConfigInfoDhcpOptions;
    /** IPv4 DHCP client settings. */
    ipv4?: NetDhcpConfigInfoDhcpOptions;
}
/**
 * Provides for reporting of DHCP client.
 *
 * This data object may be used
 * at a per interface or per system scope.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface NetDhcpConfigInfoDhcpOptions extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NetDhcpConfigInfoDhcpOptions";
    /** Report state of dhcp client services. */
    enable: boolean;
    /**
     * Platform specific settings for DHCP Client.
     *
     * The key part is a unique number, the value part
     * is the platform specific configuration command.
     * For example on Linux, BSD systems using the file dhclient.conf
     * output would be reported at system scope:
     * key='1', value='timeout 60;'
     * key='2', value='reboot 10;'
     * output reported at per interface scope:
     * key='1', value='prepend domain-name-servers 192.0.2.1;'
     * key='2', value='require subnet-mask, domain-name-servers;'
     */
    config?: KeyValue[];
}
/**
 * Domain Name Server (DNS) Configuration Specification -
 * a data object for reporting the configuration of RFC 1034 client side DNS settings.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface NetDnsConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NetDnsConfigInfo";
    /**
     * Indicates whether or not dynamic host control
     * protocol (DHCP) is used to configure DNS configuration.
     */
    dhcp: boolean;
    /**
     * The host name portion of DNS name.
     *
     * For example, "esx01" part of
     * esx01.example.com.
     */
    hostName: string;
    /**
     * The domain name portion of the DNS name.
     *
     * "example.com" part of
     * esx01.example.com.
     */
    domainName: string;
    /**
     * The IP addresses of the DNS servers in order of use.
     *
     * IPv4 addresses are specified using
     * dotted decimal notation. For example, "192.0.2.1".
     * IPv6 addresses are 128-bit addresses represented as
     * eight fields of up to four hexadecimal digits.
     * A colon separates each field (:). For example,
     * 2001:DB8:101::230:6eff:fe04:d9ff. The address can also consist of the
     * symbol '::' to represent multiple 16-bit groups of
     * contiguous 0's only once in an address as described in RFC 2373.
     */
    ipAddress?: string[];
    /** The domain in which to search for hosts, placed in order of preference. */
    searchDomain?: string[];
}
/**
 * Protocol version independent address reporting data object for network
 * interfaces.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface NetIpConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NetIpConfigInfo";
    /**
     * Zero, one or more manual (static) assigned IP addresses to be configured
     * on a given interface.
     */
    ipAddress?: NetIpConfigInfoIpAddress[];
    /** Client side DHCP for a given interface. */
    dhcp?: NetDhcpConfigInfo;
    /**
     * Enable or disable ICMPv6 router solicitation requests from a given interface
     * to acquire an IPv6 address and default gateway route from zero, one or more
     * routers on the connected network.
     *
     * If not set then ICMPv6 is not available on this system,
     * See vim.host.Network.Capabilities
     */
    autoConfigurationEnabled?: boolean;
}
/**
 * Information about a specific IP Address.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface NetIpConfigInfoIpAddress extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NetIpConfigInfoIpAddress";
    /**
     * IPv4 address is specified using dotted decimal notation.
     *
     * For example, "192.0.2.1".
     * IPv6 addresses are 128-bit addresses represented as eight fields
     * of up to four hexadecimal digits.
     * A colon separates each field (:). For example,
     * 2001:DB8:101::230:6eff:fe04:d9ff. The address can also consist of the
     * symbol '::' to represent multiple 16-bit groups of
     * contiguous 0's only once in an address as described in RFC 2373.
     */
    ipAddress: string;
    /**
     * Denotes the length of a generic Internet network address
     * prefix.
     *
     * The prefix length for IPv4 the value range is 0-32.
     * For IPv6 prefixLength is a decimal value range 0-128.
     * A value of n corresponds to an IP address mask
     * that has n contiguous 1-bits from the most significant
     * bit (MSB), with all other bits set to 0.
     * A value of zero is valid only if the calling context defines
     * it.
     *
     * Format: int32.
     */
    prefixLength: number;
    /**
     * How this address was configured.
     *
     * This can be
     * one of the values from the enum IpAddressOrigin
     * See `NetIpConfigInfoIpAddressOrigin_enum` for values.
     */
    origin?: string;
    /**
     * The state of this ipAddress.
     *
     * Can be one of `NetIpConfigInfoIpAddressStatus_enum`.
     */
    state?: string;
    /**
     * The time when will this address expire.
     *
     * During this time
     * `state` may change states but is still visible
     * from the network.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    lifetime?: string;
}
/**
 * This data object reports the IP Route Table.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface NetIpRouteConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NetIpRouteConfigInfo";
    /** IP routing table for all address families. */
    ipRoute?: NetIpRouteConfigInfoIpRoute[];
}
/**
 * Next hop Gateway for a given route.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface NetIpRouteConfigInfoGateway extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NetIpRouteConfigInfoGateway";
    ipAddress?: string;
    device?: string;
}
/**
 * IpRoute report an individual host, network or default destination network
 * reachable through a given gateway.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface NetIpRouteConfigInfoIpRoute extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NetIpRouteConfigInfoIpRoute";
    /**
     * IP Address of the destination IP network.
     *
     * IPv6 addresses are 128-bit addresses represented
     * as eight fields of up to four hexadecimal digits. A colon separates each
     * field (:). For example, 2001:DB8:101::230:6eff:fe04:d9ff. The address can
     * also consist of symbol '::' to represent multiple 16-bit groups of
     * contiguous 0's only once in an address as described in RFC 2373.
     */
    network: string;
    /**
     * The prefix length.
     *
     * For IPv4 the value range is 0-31.
     * For IPv6 prefixLength is a decimal value range 0-127. The property
     * represents the number of contiguous, higher-order bits of the address that make
     * up the network portion of the IP address.
     *
     * Format: int32.
     */
    prefixLength: number;
    /** Where to send the packets for this route. */
    gateway: NetIpRouteConfigInfoGateway;
}
/**
 * The event argument is a Network object.
 *
 * Extends EntityEventArgument.
 */
export interface NetworkEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "NetworkEventArgument";
    /**
     * The Network object.
     *
     * Refers to a Network managed object.
     */
    network: ManagedObjectReference;
}
/**
 * This event records when networking configuration on the host is rolled back as it disconnects the host from vCenter server.
 *
 * Extends Event.
 */
export interface NetworkRollbackEvent extends Event {
    /** The VI JSON type discriminator. */
    _typeName: "NetworkRollbackEvent";
    /** Method name which caused the disconnect */
    methodName: string;
    /** Transaction ID for the method call that caused the disconnect */
    transactionId: string;
}
/**
 * General information about a network.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface NetworkSummary extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NetworkSummary";
    /**
     * Reference to the associated managed object.
     *
     * Refers instance of `Network`.
     *
     * Refers to a Network managed object.
     */
    network?: ManagedObjectReference;
    /** Name of the network. */
    name: string;
    /** At least one host is configured to provide this network. */
    accessible: boolean;
    /**
     * Name of the associated IP pool.
     *
     * Empty if the network is not associated with an
     * IP pool.
     * @since vSphere API 4.0
     */
    ipPoolName?: string;
    /**
     * Identifier of the associated IP pool.
     *
     * Zero if the network is not associated
     * with an IP pool.
     *
     * Format: int32.
     * @since vSphere API 5.1
     */
    ipPoolId?: number;
}
/**
 * This event records a failed user logon due to insufficient access permission.
 *
 * Extends SessionEvent.
 */
export interface NoAccessUserEvent extends SessionEvent {
    /** The VI JSON type discriminator. */
    _typeName: "NoAccessUserEvent";
    /**
     * The IP address of the peer that initiated the connection.
     *
     * This may
     * be the client that originated the session, or it may be an intervening
     * proxy if the binding uses a protocol that supports proxies, such as HTTP.
     */
    ipAddress: string;
}
/**
 * No datastores have been configured on the host.
 *
 * Extends HostEvent.
 */
export interface NoDatastoresConfiguredEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "NoDatastoresConfiguredEvent";
}
/**
 * These are events reported by License Manager.
 *
 * Extends LicenseEvent.
 */
export interface NoLicenseEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "NoLicenseEvent";
    feature: LicenseFeatureInfo;
}
/**
 * This event records that DRS did not recommend a migration for a powered on virtual machine, even though its host is going into maintenance mode.
 *
 * Extends VmEvent.
 */
export interface NoMaintenanceModeDrsRecommendationForVM extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "NoMaintenanceModeDrsRecommendationForVM";
}
/** Every `_typeName` a NoPermission may carry: its own and its known subtypes'. */
export type NoPermissionTypeName = "NoPermission" | "NotAuthenticated";
/**
 * Thrown when an operation is denied because of a privilege not held on a managed object.
 *
 * Extends SecurityError.
 */
export interface NoPermission extends SecurityError {
    /** NoPermission or the name of one of its known subtypes. */
    _typeName: NoPermissionTypeName;
    /**
     * The managed object on which a permission is required.
     *
     * Refers to a ManagedEntity managed object.
     */
    object?: ManagedObjectReference;
    /** The privilege identifier required. */
    privilegeId?: string;
    /**
     * The entities and the privileges missing on each.
     * @since vSphere API 7.0.3.2
     */
    missingPrivileges?: NoPermissionEntityPrivileges[];
}
/** A NoPermission or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyNoPermission = (NoPermission & {
    _typeName: "NoPermission";
}) | NotAuthenticated;
/**
 * The privileges missing on one managed entity.
 *
 * Extends DynamicData.
 * @since vSphere API 7.0.3.2
 */
export interface NoPermissionEntityPrivileges extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NoPermissionEntityPrivileges";
    /**
     * The entity on which the privileges are missing.
     *
     * Refers to a ManagedEntity managed object.
     */
    entity: ManagedObjectReference;
    /** The identifiers of the missing privileges. */
    privilegeIds?: string[];
}
/**
 * This event records that non-VI workload is detected on the datastore.
 *
 * Extends DatastoreEvent.
 */
export interface NonVIWorkloadDetectedOnDatastoreEvent extends DatastoreEvent {
    /** The VI JSON type discriminator. */
    _typeName: "NonVIWorkloadDetectedOnDatastoreEvent";
}
/** Extends NoPermission. */
export interface NotAuthenticated extends NoPermission {
    /** The VI JSON type discriminator. */
    _typeName: "NotAuthenticated";
}
/**
 * This event records when the HA does not find sufficient resources to failover a virtual machine.
 *
 * Extends VmEvent.
 */
export interface NotEnoughResourcesToStartVmEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "NotEnoughResourcesToStartVmEvent";
    /** The reason why the virtual machine could not be restarted */
    reason: string;
}
/**
 * A NotFound fault is thrown when a referenced component of a managed object cannot be found.
 *
 * Extends VimFault.
 */
export interface NotFound extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "NotFound";
}
/** Extends RuntimeFault. */
export interface NotImplemented extends RuntimeFault {
    /** The VI JSON type discriminator. */
    _typeName: "NotImplemented";
}
/** Extends RuntimeFault. */
export interface NotSupported extends RuntimeFault {
    /** The VI JSON type discriminator. */
    _typeName: "NotSupported";
}
/**
 * The class that describe an integer range.
 *
 * Extends DynamicData.
 */
export interface NumericRange extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "NumericRange";
    /**
     * The starting number.
     *
     * Format: int32.
     */
    start: number;
    /**
     * The ending number (inclusive).
     *
     * Format: int32.
     */
    end: number;
}
/**
 * The contents retrieved for a single managed object.
 *
 * Extends DynamicData.
 */
export interface ObjectContent extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ObjectContent";
    /** Reference to the managed object that contains properties of interest. */
    obj: ManagedObjectReference;
    /** Set of name-value pairs for the properties of the managed object. */
    propSet?: DynamicProperty[];
    /** Properties for which values could not be retrieved and the associated fault. */
    missingSet?: MissingProperty[];
}
/** Extends DynamicData. */
export interface ObjectSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ObjectSpec";
    obj: ManagedObjectReference;
    skip?: boolean;
    selectSet?: AnySelectionSpec[];
}
/** Extends DynamicData. */
export interface ObjectUpdate extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ObjectUpdate";
    /** One of {@link ObjectUpdateKindValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject". */
    kind: ObjectUpdateKind | rt.UnknownEnumValue;
    obj: ManagedObjectReference;
    changeSet?: PropertyChange[];
    missingSet?: MissingProperty[];
}
/** Every `_typeName` an OptionType may carry: its own and its known subtypes'. */
export type OptionTypeTypeName = "OptionType" | "ChoiceOption";
/**
 * The base data object type for all options.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface OptionType extends DynamicData {
    /** OptionType or the name of one of its known subtypes. */
    _typeName: OptionTypeTypeName;
    /**
     * The flag to indicate whether or not a user
     * can modify a value belonging to this option type.
     *
     * If
     * the flag is not set, the value can be modified.
     */
    valueIsReadonly?: boolean;
}
/** An OptionType or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyOptionType = (OptionType & {
    _typeName: "OptionType";
}) | ChoiceOption;
/**
 * Describes the key/value pair of a configured option.
 *
 * Extends DynamicData.
 */
export interface OptionValue extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "OptionValue";
    /** The name of the option using dot notation to reflect the option's position in a hierarchy. */
    key: string;
    /** The value of the option. */
    value: AnyValue;
}
/**
 * The list of hosts that have the DVS configuration on the host diverged from that of the Virtual Center Server.
 *
 * Extends DvsEvent.
 */
export interface OutOfSyncDvsHost extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "OutOfSyncDvsHost";
    /** The host that went out of sync. */
    hostOutOfSync: DvsOutOfSyncHostArgument[];
}
/**
 * Deprecated as of vSphere 9.0 APIs with no replacement.
 *
 * Do not use.
 *
 * Extends DatastoreInfo.
 * @since vSphere API 6.7
 */
export interface PMemDatastoreInfo extends DatastoreInfo {
    /** The VI JSON type discriminator. */
    _typeName: "PMemDatastoreInfo";
    pmem: HostPMemVolume;
}
/** Extends VirtualSCSIController. */
export interface ParaVirtualSCSIController extends VirtualSCSIController {
    /** The VI JSON type discriminator. */
    _typeName: "ParaVirtualSCSIController";
}
/**
 * This data object type provides assignment of some role access to a principal on a specific entity.
 *
 * Extends DynamicData.
 */
export interface Permission extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "Permission";
    /**
     * Managed entity the permission is defined on.
     *
     * Refers to a ManagedEntity managed object.
     */
    entity?: ManagedObjectReference;
    /** User or group receiving access in the form of "login" for local or "DOMAIN\\login" for users in a Windows domain. */
    principal: string;
    /** Whether principal refers to a user or a group. */
    group: boolean;
    /**
     * Reference to the role providing the access.
     *
     * Format: int32.
     */
    roleId: number;
    /** Whether or not this permission propagates down the hierarchy to sub-entities. */
    propagate: boolean;
}
/**
 * This event records the creation of a permission.
 *
 * Extends PermissionEvent.
 */
export interface PermissionAddedEvent extends PermissionEvent {
    /** The VI JSON type discriminator. */
    _typeName: "PermissionAddedEvent";
    /** The associated role. */
    role: RoleEventArgument;
    /** Whether or not the permission applies to sub-entities. */
    propagate: boolean;
}
/** Every `_typeName` a PermissionEvent may carry: its own and its known subtypes'. */
export type PermissionEventTypeName = "PermissionEvent" | "PermissionAddedEvent" | "PermissionRemovedEvent" | "PermissionUpdatedEvent";
/**
 * This event records a permission operation.
 *
 * Extends AuthorizationEvent.
 */
export interface PermissionEvent extends AuthorizationEvent {
    /** PermissionEvent or the name of one of its known subtypes. */
    _typeName: PermissionEventTypeName;
    /** The entity to which the permission applied. */
    entity: ManagedEntityEventArgument;
    /** The user name or group to which the permission was granted. */
    principal: string;
    /** Whether or not the principal was a group. */
    group: boolean;
}
/** A PermissionEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyPermissionEvent = (PermissionEvent & {
    _typeName: "PermissionEvent";
}) | PermissionAddedEvent | PermissionRemovedEvent | PermissionUpdatedEvent;
/**
 * This event records the removal of a permission.
 *
 * Extends PermissionEvent.
 */
export interface PermissionRemovedEvent extends PermissionEvent {
    /** The VI JSON type discriminator. */
    _typeName: "PermissionRemovedEvent";
}
/**
 * This event records the update of a permission.
 *
 * Extends PermissionEvent.
 */
export interface PermissionUpdatedEvent extends PermissionEvent {
    /** The VI JSON type discriminator. */
    _typeName: "PermissionUpdatedEvent";
    /** The associated role. */
    role: RoleEventArgument;
    /** Whether or not the permission applies to sub-entities. */
    propagate: boolean;
    /** The previous associated role. */
    prevRole?: RoleEventArgument;
    /** Previous propagate value. */
    prevPropagate?: boolean;
}
/**
 * Describes a basic privilege policy.
 *
 * Extends DynamicData.
 */
export interface PrivilegePolicyDef extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "PrivilegePolicyDef";
    /** Name of privilege required for creation. */
    createPrivilege: string;
    /** Name of privilege required for reading. */
    readPrivilege: string;
    /** Name of privilege required for update. */
    updatePrivilege: string;
    /** Name of privilege required for deleting. */
    deletePrivilege: string;
}
/**
 * This event records that a Profile was associated with a managed entity.
 *
 * Extends ProfileEvent.
 */
export interface ProfileAssociatedEvent extends ProfileEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ProfileAssociatedEvent";
}
/**
 * This event records that the profile has been edited
 *
 * Extends ProfileEvent.
 */
export interface ProfileChangedEvent extends ProfileEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ProfileChangedEvent";
}
/**
 * This event records that a Profile was created.
 *
 * Extends ProfileEvent.
 */
export interface ProfileCreatedEvent extends ProfileEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ProfileCreatedEvent";
}
/**
 * This event records that a Profile was dissociated from a managed entity
 *
 * Extends ProfileEvent.
 */
export interface ProfileDissociatedEvent extends ProfileEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ProfileDissociatedEvent";
}
/** Every `_typeName` a ProfileEvent may carry: its own and its known subtypes'. */
export type ProfileEventTypeName = "ProfileEvent" | "ProfileAssociatedEvent" | "ProfileChangedEvent" | "ProfileCreatedEvent" | "ProfileDissociatedEvent" | "ProfileReferenceHostChangedEvent" | "ProfileRemovedEvent";
/**
 * This event records a Profile specific event.
 *
 * Extends Event.
 */
export interface ProfileEvent extends Event {
    /** ProfileEvent or the name of one of its known subtypes. */
    _typeName: ProfileEventTypeName;
    /** Link to the profile to which this event applies */
    profile: ProfileEventArgument;
}
/** A ProfileEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyProfileEvent = (ProfileEvent & {
    _typeName: "ProfileEvent";
}) | ProfileAssociatedEvent | ProfileChangedEvent | ProfileCreatedEvent | ProfileDissociatedEvent | ProfileReferenceHostChangedEvent | ProfileRemovedEvent;
/**
 * The event argument is a Profile object
 *
 * Extends EventArgument.
 */
export interface ProfileEventArgument extends EventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "ProfileEventArgument";
    /**
     * Refers instance of `Profile`.
     *
     * Refers to a Profile managed object.
     */
    profile: ManagedObjectReference;
    name: string;
}
/**
 * This event records that the reference host associated with this profile has changed
 *
 * Extends ProfileEvent.
 */
export interface ProfileReferenceHostChangedEvent extends ProfileEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ProfileReferenceHostChangedEvent";
    /**
     * The newly associated reference host with this profile
     *
     * Refers to a HostSystem managed object.
     */
    referenceHost?: ManagedObjectReference;
    /** The newly associated reference host name */
    referenceHostName?: string;
    /** The previous reference host name */
    prevReferenceHostName?: string;
}
/**
 * This event records that a Profile was removed.
 *
 * Extends ProfileEvent.
 */
export interface ProfileRemovedEvent extends ProfileEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ProfileRemovedEvent";
}
/** Extends DynamicData. */
export interface PropertyChange extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "PropertyChange";
    name: string;
    /** One of {@link PropertyChangeOpValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject". */
    op: PropertyChangeOp | rt.UnknownEnumValue;
    /** New value for the property; absent when the property is unset, or the change removes it. */
    val?: AnyValue;
}
/** Extends DynamicData. */
export interface PropertyFilterSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "PropertyFilterSpec";
    propSet?: PropertySpec[];
    objectSet?: ObjectSpec[];
    reportMissingObjectsInResults?: boolean;
}
/** Extends DynamicData. */
export interface PropertyFilterUpdate extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "PropertyFilterUpdate";
    filter: ManagedObjectReference;
    objectSet?: ObjectUpdate[];
    missingSet?: MissingObject[];
}
/** Extends DynamicData. */
export interface PropertySpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "PropertySpec";
    type: string;
    all?: boolean;
    pathSet?: string[];
}
/**
 * This event is generated when recovery takes place on a management vmknic
 *
 * Extends DvsEvent.
 */
export interface RecoveryEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "RecoveryEvent";
    /** The host on which recovery happened */
    hostName: string;
    /** The key of the new port */
    portKey: string;
    /** The uuid of the DVS */
    dvsUuid?: string;
    /** The virtual management NIC device where recovery was done */
    vnic?: string;
}
/**
 * Remote Tech Support Mode for the host has been enabled.
 *
 * Extends HostEvent.
 */
export interface RemoteTSMEnabledEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "RemoteTSMEnabledEvent";
}
/**
 * The ReplicationConfigSpec object type encapsulates the replication configuration parameters for a virtual machine.
 *
 * Extends DynamicData.
 */
export interface ReplicationConfigSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ReplicationConfigSpec";
    /**
     * A generation number (&gt;=0) that reflects the "freshness" of the ReplicationConfigSpec on which a re-configuration is based.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    generation: number;
    /** An opaque identifier that uniquely identifies a replicated VM between primary and secondary sites. */
    vmReplicationId: string;
    /** The IP address of the HBR Server in the secondary site where this VM is replicated to. */
    destination: string;
    /**
     * The port on the HBR Server in the secondary site where this VM is replicated to.
     *
     * Format: int32.
     */
    port: number;
    /**
     * The Recovery Point Objective specified for this VM, in minutes.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    rpo: number;
    /** Flag that indicates whether or not to quiesce the file system or applications in the guest OS before a consistent replica is created. */
    quiesceGuestEnabled: boolean;
    /** Flag that indicates whether or not the vm or group has been paused for replication. */
    paused: boolean;
    /** Flag that indicates whether or not to perform opportunistic updates in-between consistent replicas. */
    oppUpdatesEnabled: boolean;
    /** Flag that indicates whether or not compression should be used when sending traffic over the network. */
    netCompressionEnabled?: boolean;
    /** Flag that indicates whether or not encryption should be used when sending traffic over the network. */
    netEncryptionEnabled?: boolean;
    /** The IP address of the remote HBR server, target for encrypted LWD. */
    encryptionDestination?: string;
    /**
     * The port on the remote HBR server, target for encrypted LWD.
     *
     * Format: int32.
     */
    encryptionPort?: number;
    /**
     * Deprecated field is deprecated, use `HbrManager.HbrConfigureReplicationTargets_Task` instead.
     * @deprecated
     */
    remoteCertificateThumbprint?: string;
    /**
     * Flag that indicates whether DataSets files are replicated or not.
     * @since vSphere API 8.0.0.0
     */
    dataSetsReplicationEnabled?: boolean;
    /** The set of the disks of this VM that are configured for replication. */
    disk?: ReplicationInfoDiskSettings[];
}
/**
 * The ReplicationConfigSpec.DiskSettings object type encapsulates the replication properties of a replicated disk of a replicated virtual machine.
 *
 * Extends DynamicData.
 */
export interface ReplicationInfoDiskSettings extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ReplicationInfoDiskSettings";
    /**
     * The disk's device key in the VM's configuration.
     *
     * Format: int32.
     */
    key: number;
    /** An opaque identifier that uniquely identifies a replicated disk between primary and secondary sites. */
    diskReplicationId: string;
}
/** Extends RuntimeFault. */
export interface RequestCanceled extends RuntimeFault {
    /** The VI JSON type discriminator. */
    _typeName: "RequestCanceled";
}
/**
 * The ResourceAllocationInfo data object specifies the reserved resource requirement as well as the limit (maximum allowed usage) for a given kind of resource.
 *
 * Extends DynamicData.
 */
export interface ResourceAllocationInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ResourceAllocationInfo";
    /**
     * Amount of resource that is guaranteed available to the virtual machine or resource pool.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    reservation?: number;
    /** In a resource pool with an expandable reservation, the reservation on a resource pool can grow beyond the specified value, if the parent resource pool has unreserved resources. */
    expandableReservation?: boolean;
    /**
     * The utilization of a virtual machine/resource pool will not exceed this limit, even if there are available resources.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    limit?: number;
    /** Memory shares are used in case of resource contention. */
    shares?: SharesInfo;
    /**
     * The maximum allowed overhead memory.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    overheadLimit?: number;
}
/**
 * This data object type is a specification for a set of resources
 * allocated to a virtual machine or a resource pool.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface ResourceConfigSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ResourceConfigSpec";
    /**
     * Reference to the entity with this resource specification:
     * either a VirtualMachine or a ResourcePool.
     *
     * Refers instance of `ManagedEntity`.
     *
     * Refers to a ManagedEntity managed object.
     */
    entity?: ManagedObjectReference;
    /**
     * The changeVersion is a unique identifier for a given version
     * of the configuration.
     *
     * Each change to the configuration will
     * update this value. This is typically implemented as an ever
     * increasing count or a time-stamp. However, a client should
     * always treat this as an opaque string.
     *
     * If specified when updating the resource config., the
     * changes will only be applied if the current changeVersion matches the
     * specified changeVersion. This field can be used to guard against updates that
     * has happened between the configInfo was read and until it is applied.
     */
    changeVersion?: string;
    /**
     * Timestamp when the resources were last modified.
     *
     * This is ignored when
     * the object is used to update a configuration.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    lastModified?: string;
    /** Resource allocation for CPU. */
    cpuAllocation: ResourceAllocationInfo;
    /** Resource allocation for memory. */
    memoryAllocation: ResourceAllocationInfo;
    /**
     * Specifies the scaling behavior of the shares of all descendant resource
     * pools under a given resource pool.
     *
     * See `ResourceConfigSpecScaleSharesBehavior_enum` for possible values. If any
     * scaling behavior other than `disabled` is
     * specified, the system will scale the CPU and memory shares allocated to
     * each descendant resource pool with the total shares of all powered on
     * virtual machines under each respective pool. The system will also use the
     * `SharesInfo` set on each descendant resource pool as a
     * multiplier for the scale. If a resource pool's shares are already
     * scalable through the `ResourceConfigSpec.scaleDescendantsShares` setting on an ancestor
     * resource pool, the system will not allow `ResourceConfigSpec.scaleDescendantsShares` to be set on the resource
     * pool. The `ResourcePoolRuntimeInfo.sharesScalable` property
     * indicates whether or not a resource pool's shares are scalable. This
     * property does not apply to virtual machines.
     * @since vSphere API 7.0.0.0
     */
    scaleDescendantsShares?: string;
}
/** Extends VimFault. */
export interface ResourceInUse extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "ResourceInUse";
    type?: string;
    name?: string;
}
/**
 * This event records when a new resource pool is created.
 *
 * Extends ResourcePoolEvent.
 */
export interface ResourcePoolCreatedEvent extends ResourcePoolEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ResourcePoolCreatedEvent";
    /** The parent resource pool that new resource pool belongs to. */
    parent: ResourcePoolEventArgument;
}
/**
 * This event records when a resource pool is destroyed.
 *
 * Extends ResourcePoolEvent.
 */
export interface ResourcePoolDestroyedEvent extends ResourcePoolEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ResourcePoolDestroyedEvent";
}
/** Every `_typeName` a ResourcePoolEvent may carry: its own and its known subtypes'. */
export type ResourcePoolEventTypeName = "ResourcePoolEvent" | "ResourcePoolCreatedEvent" | "ResourcePoolDestroyedEvent" | "ResourcePoolMovedEvent" | "ResourcePoolReconfiguredEvent" | "ResourceViolatedEvent";
/**
 * This event is the base class for all resource pool events.
 *
 * Extends Event.
 */
export interface ResourcePoolEvent extends Event {
    /** ResourcePoolEvent or the name of one of its known subtypes. */
    _typeName: ResourcePoolEventTypeName;
    resourcePool: ResourcePoolEventArgument;
}
/** A ResourcePoolEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyResourcePoolEvent = (ResourcePoolEvent & {
    _typeName: "ResourcePoolEvent";
}) | ResourcePoolCreatedEvent | ResourcePoolDestroyedEvent | ResourcePoolMovedEvent | ResourcePoolReconfiguredEvent | ResourceViolatedEvent;
/**
 * The event argument is a ResourcePool object.
 *
 * Extends EntityEventArgument.
 */
export interface ResourcePoolEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "ResourcePoolEventArgument";
    /**
     * The ResourcePool object.
     *
     * Refers to a ResourcePool managed object.
     */
    resourcePool: ManagedObjectReference;
}
/**
 * This event records when a resource pool is moved.
 *
 * Extends ResourcePoolEvent.
 */
export interface ResourcePoolMovedEvent extends ResourcePoolEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ResourcePoolMovedEvent";
    /** The old parent of the resource Pool. */
    oldParent: ResourcePoolEventArgument;
    /** The new parent of the resource Pool. */
    newParent: ResourcePoolEventArgument;
}
/**
 * A set of statistics that are typically updated with near real-time regularity.
 *
 * These statistics are aggregates of the corresponding statistics of all virtual
 * machines in the given resource pool, and unless otherwise noted, only make sense
 * when at least one virtual machine in the given resource pool is powered on.
 * This data object type does not support notification, for scalability reasons.
 * Therefore, changes in QuickStats do not generate property collector updates. To
 * monitor statistics values, use the statistics and alarms modules instead.
 *
 * Extends DynamicData.
 * @since vSphere API 4.0
 */
export interface ResourcePoolQuickStats extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ResourcePoolQuickStats";
    /**
     * Basic CPU performance statistics, in MHz.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    overallCpuUsage?: number;
    /**
     * Basic CPU performance statistics, in MHz.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    overallCpuDemand?: number;
    /**
     * Guest memory utilization statistics, in MB.
     *
     * This
     * is also known as active guest memory. The number
     * can be between 0 and the configured memory size of
     * a virtual machine.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    guestMemoryUsage?: number;
    /**
     * Host memory utilization statistics, in MB.
     *
     * This
     * is also known as consumed host memory. This is between 0 and
     * the configured resource limit. Valid while a virtual machine is
     * running. This includes the overhead memory of a virtual machine.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    hostMemoryUsage?: number;
    /**
     * This is the amount of CPU resource, in MHz, that this VM is entitled to, as
     * calculated by DRS.
     *
     * Valid only for a VM managed by DRS.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    distributedCpuEntitlement?: number;
    /**
     * This is the amount of memory, in MB, that this VM is entitled to, as
     * calculated by DRS.
     *
     * Valid only for a VM managed by DRS.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    distributedMemoryEntitlement?: number;
    /**
     * The static CPU resource entitlement for a virtual machine.
     *
     * This value is
     * calculated based on this virtual machine's resource reservations, shares
     * and limit, and doesn't take into account current usage. This is the worst
     * case CPU allocation for this virtual machine, that is, the amount of CPU
     * resource this virtual machine would receive if all virtual machines running
     * in the cluster went to maximum consumption. Units are MHz.
     *
     * Format: int32.
     */
    staticCpuEntitlement?: number;
    /**
     * The static memory resource entitlement for a virtual machine.
     *
     * This value is
     * calculated based on this virtual machine's resource reservations, shares
     * and limit, and doesn't take into account current usage. This is the worst
     * case memory allocation for this virtual machine, that is, the amount of
     * memory this virtual machine would receive if all virtual machines running
     * in the cluster went to maximum consumption. Units are MB.
     *
     * Format: int32.
     */
    staticMemoryEntitlement?: number;
    /**
     * The portion of memory, in MB, that is granted to a virtual machine from
     * non-shared host memory.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    privateMemory?: number;
    /**
     * The portion of memory, in MB, that is granted to a virtual machine from host
     * memory that is shared between VMs.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    sharedMemory?: number;
    /**
     * The portion of memory, in MB, that is granted to a virtual machine from the
     * host's swap space.
     *
     * This is a sign that there is memory pressure on the host.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    swappedMemory?: number;
    /**
     * The size of the balloon driver in a virtual machine, in MB.
     *
     * The host will
     * inflate the balloon driver to reclaim physical memory from a virtual machine.
     * This is a sign that there is memory pressure on the host.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    balloonedMemory?: number;
    /**
     * The amount of memory resource (in MB) that will be used by
     * a virtual machine above its guest memory requirements.
     *
     * This value is set if and only if a virtual machine is registered
     * on a host that supports memory resource allocation features.
     * For powered off VMs, this is the minimum overhead required to
     * power on the VM on the registered host.
     * For powered on VMs, this is the current overhead reservation, a
     * value which is almost always larger than the minimum overhead, and
     * which grows with time.
     *
     * See also `HostSystem.QueryMemoryOverheadEx`.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    overheadMemory?: number;
    /**
     * The amount of overhead memory, in MB, currently being consumed to run a VM.
     *
     * This value is limited by the overhead memory reservation for a VM, stored
     * in `ResourcePoolQuickStats.overheadMemory`.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    consumedOverheadMemory?: number;
    /**
     * The amount of compressed memory currently consumed by VM, in KB.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 4.1
     */
    compressedMemory?: number;
}
/**
 * This event records when a resource pool configuration is changed.
 *
 * Extends ResourcePoolEvent.
 */
export interface ResourcePoolReconfiguredEvent extends ResourcePoolEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ResourcePoolReconfiguredEvent";
    /** The configuration values changed during the reconfiguration. */
    configChanges?: ChangesInfoEventArgument;
}
/**
 * Specifies the resource usage for either memory
 * or CPU.
 *
 * For CPU the unit is MHz, for memory the unit is bytes.
 *
 * In the typical case, where a resourcepool is in a consistent state,
 * unreservedForVm will be equal to unreservedForPool. Hence, we
 * can simply say talk about unreserved resources.
 *
 * If the reservation on the resource pool is not expandable, then
 * the following is true:
 *
 * 	reservation = reservationUsed + unreserved
 *
 * If the reservation on the resource pool is expandable, then
 * the following is true:
 *
 * 	reservation + parent.unreserved = reservationUsed + unreserved
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface ResourcePoolResourceUsage extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ResourcePoolResourceUsage";
    /**
     * Total amount of resources that have been used to satisfy the
     * reservation requirements of all descendants of this
     * resource pool (includes both resource pools and virtual
     * machines).
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    reservationUsed: number;
    /**
     * Total amount of resources that have been used to satisfy the reservation
     * requirements of running virtual machines in this resource pool or any of its
     * child resource pools.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    reservationUsedForVm: number;
    /**
     * Total amount of resources available to satisfy a reservation
     * for a child resource pool.
     *
     * In the undercommitted state, this is
     * limited by the capacity at the root node. In the overcommitted case,
     * this could be higher since we do not perform the dynamic capacity
     * checks.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    unreservedForPool: number;
    /**
     * Total amount of resources available to satisfy a reservation for
     * a child virtual machine.
     *
     * In general, this should be the same as
     * `ResourcePoolResourceUsage.unreservedForPool`. However, in the overcommitted case, this
     * is limited by the remaining available resources at the root
     * node.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    unreservedForVm: number;
    /**
     * Deprecated as of vSphere API 6.5.
     * Use `ResourcePoolQuickStats.overallCpuUsage` and
     * `ResourcePoolQuickStats.hostMemoryUsage`.
     *
     * Close to real-time resource usage of all running child virtual
     * machines, including virtual machines in child resource pools.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    overallUsage: number;
    /**
     * Current upper-bound on usage.
     *
     * The upper-bound is based on the limit configured
     * on this resource pool, as well as limits configured on any parent resource
     * pool.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    maxUsage: number;
}
/**
 * Current runtime resource usage and state of the resource pool
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface ResourcePoolRuntimeInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ResourcePoolRuntimeInfo";
    /**
     * Runtime resource usage for memory.
     *
     * Values are in bytes.
     */
    memory: ResourcePoolResourceUsage;
    /**
     * Runtime resource usage for CPU.
     *
     * Values are in Mhz.
     */
    cpu: ResourcePoolResourceUsage;
    /**
     * Runtime resource usage for VM resource profiles.
     *
     * For a given
     * VM resource profile, values are in number of instances for
     * that profile.
     * If unset, there is no information available for the usage of
     * VM resource profiles in this resource pool.
     * @since vSphere API 9.1.0.0
     */
    vmRp?: ResourcePoolVmResourceProfileUsage[];
    /**
     * Deprecated as of vSphere API 6.5.
     * Use `ManagedEntity.overallStatus`.
     *
     * Overall health of the tree.
     *
     * See header for description of various
     * statuses and when they are set.
     *
     * One of {@link ManagedEntityStatusValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
    /**
     * The scaling behavior of the shares of a given resource pool.
     *
     * See `ResourceConfigSpecScaleSharesBehavior_enum` for possible values. The
     * system will automatically compute this property based on the `ResourceConfigSpec.scaleDescendantsShares` setting on every
     * ancestor resource pool. This property does not apply to virtual
     * machines.
     * @since vSphere API 7.0.0.0
     */
    sharesScalable?: string;
}
/**
 * This data object type encapsulates a typical set of resource
 * pool information that is useful for list views and summary pages.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface ResourcePoolSummary extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ResourcePoolSummary";
    /** Name of resource pool. */
    name: string;
    /** Current configuration of the resource pool. */
    config: ResourceConfigSpec;
    /** Current runtime state of the resource pool. */
    runtime: ResourcePoolRuntimeInfo;
    /**
     * A set of statistics that are typically updated with near real-time regularity.
     *
     * This data object type does not support notification, for scalability reasons.
     * Therefore, changes in QuickStats do not generate property collector updates.
     * To monitor statistics values, use the statistics and alarms modules instead.
     * @since vSphere API 4.0
     */
    quickStats?: ResourcePoolQuickStats;
    /**
     * Total configured memory of all virtual machines in the resource pool, in MB.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    configuredMemoryMB?: number;
}
/**
 * Specifies information about the usage of a Virtual Machine Resource profile
 * in a resource pool.
 *
 * The unit for usage is in terms of number of instances of a given VM resource
 * profile.
 *
 * Extends DynamicData.
 * @since vSphere API 9.1.0.0
 */
export interface ResourcePoolVmResourceProfileUsage extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ResourcePoolVmResourceProfileUsage";
    /**
     * Specifies the identifier of the VM resource profile whose usage information
     * is encapsulated by this VmResourceProfileUsage.
     */
    id: string;
    /**
     * Specifies how many instances of this VM resource profile are reserved
     * in this resource pool.
     *
     * Note that this indicates the configured reservation
     * for this resource pool and it does not indicate currently available
     * reservation.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    reservedForPool: number;
    /**
     * Specifies how many reserved instances of this VM resource profile in
     * this resource pool are being used by virtual machines that are direct
     * descendants of this resource pool.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    reservationUsedForVms: number;
    /**
     * Specifies how many reserved instances of this VM resource profile in
     * this resource pool have been allocated to any of its child resource
     * pools.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    reservationUsedForChildPools: number;
}
/**
 * This event records when a conflict with a resource pool's resource configuration is detected.
 *
 * Extends ResourcePoolEvent.
 */
export interface ResourceViolatedEvent extends ResourcePoolEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ResourceViolatedEvent";
}
/** Extends DynamicData. */
export interface RetrieveOptions extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "RetrieveOptions";
    /** Format: int32. */
    maxObjects?: number;
}
/**
 * The result of a PropertyCollector RetrievePropertiesEx or ContinueRetrievePropertiesEx call.
 *
 * Extends DynamicData.
 */
export interface RetrieveResult extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "RetrieveResult";
    /** A token used to retrieve further retrieve results; unset when there are no more. */
    token?: string;
    /** Retrieved objects. */
    objects: ObjectContent[];
}
/**
 * This event records the creation of a role.
 *
 * Extends RoleEvent.
 */
export interface RoleAddedEvent extends RoleEvent {
    /** The VI JSON type discriminator. */
    _typeName: "RoleAddedEvent";
    /** The privileges granted to the role. */
    privilegeList?: string[];
}
/** Every `_typeName` a RoleEvent may carry: its own and its known subtypes'. */
export type RoleEventTypeName = "RoleEvent" | "RoleAddedEvent" | "RoleRemovedEvent" | "RoleUpdatedEvent";
/**
 * This event records a role operation.
 *
 * Extends AuthorizationEvent.
 */
export interface RoleEvent extends AuthorizationEvent {
    /** RoleEvent or the name of one of its known subtypes. */
    _typeName: RoleEventTypeName;
    /** The associated role. */
    role: RoleEventArgument;
}
/** A RoleEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyRoleEvent = (RoleEvent & {
    _typeName: "RoleEvent";
}) | RoleAddedEvent | RoleRemovedEvent | RoleUpdatedEvent;
/**
 * The event argument is a Role object.
 *
 * Extends EventArgument.
 */
export interface RoleEventArgument extends EventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "RoleEventArgument";
    /**
     * The ID of the role.
     *
     * Format: int32.
     */
    roleId: number;
    /** The name of the role. */
    name: string;
}
/**
 * This class records the removal of a role.
 *
 * Extends RoleEvent.
 */
export interface RoleRemovedEvent extends RoleEvent {
    /** The VI JSON type discriminator. */
    _typeName: "RoleRemovedEvent";
}
/**
 * This event records the creation of a role.
 *
 * Extends RoleEvent.
 */
export interface RoleUpdatedEvent extends RoleEvent {
    /** The VI JSON type discriminator. */
    _typeName: "RoleUpdatedEvent";
    /** The privileges granted to the role. */
    privilegeList?: string[];
    /** The name of the previous role. */
    prevRoleName?: string;
    /** The privileges added to the role. */
    privilegesAdded?: string[];
    /** The privileges removed from the role. */
    privilegesRemoved?: string[];
}
/**
 * This event is generated when network configuration rollback occurs on a host due configuration change that disconnected the host from vSphere server
 *
 * Extends DvsEvent.
 */
export interface RollbackEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "RollbackEvent";
    /** The host on which rollback happened */
    hostName: string;
    /** The API method that was rolled back */
    methodName?: string;
}
/** Every `_typeName` a RuntimeFault may carry: its own and its known subtypes'. */
export type RuntimeFaultTypeName = "RuntimeFault" | "InvalidArgument" | InvalidRequestTypeName | "ManagedObjectNotFound" | "NotImplemented" | "NotSupported" | "RequestCanceled" | SecurityErrorTypeName | "SystemError";
/**
 * The common base type for all runtime faults, which any method can throw, such as a system error or a missing permission.
 *
 * Extends MethodFault.
 */
export interface RuntimeFault extends MethodFault {
    /** RuntimeFault or the name of one of its known subtypes. */
    _typeName: RuntimeFaultTypeName;
}
/** A RuntimeFault or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyRuntimeFault = (RuntimeFault & {
    _typeName: "RuntimeFault";
}) | InvalidArgument | AnyInvalidRequest | ManagedObjectNotFound | NotImplemented | NotSupported | RequestCanceled | AnySecurityError | SystemError;
/**
 * Data object type containing settings for the scheduled hardware upgrades.
 *
 * Extends DynamicData.
 */
export interface ScheduledHardwareUpgradeInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ScheduledHardwareUpgradeInfo";
    /**
     * Scheduled hardware upgrade policy setting for the virtual machine.
     *
     * Values: see {@link ScheduledHardwareUpgradeInfoHardwareUpgradePolicy}.
     */
    upgradePolicy?: string;
    /** Key for target hardware version to be used on next scheduled upgrade in the format of `VirtualMachineConfigOptionDescriptor.key`. */
    versionKey?: string;
    /**
     * Status for last attempt to run scheduled hardware upgrade.
     *
     * Values: see {@link ScheduledHardwareUpgradeInfoHardwareUpgradeStatus}.
     */
    scheduledHardwareUpgradeStatus?: string;
    /**
     * Contains information about the failure of last attempt to run scheduled hardware upgrade.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    fault?: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records the completion of a scheduled task.
 *
 * Extends ScheduledTaskEvent.
 */
export interface ScheduledTaskCompletedEvent extends ScheduledTaskEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ScheduledTaskCompletedEvent";
}
/**
 * This event records the creation of a scheduled task.
 *
 * Extends ScheduledTaskEvent.
 */
export interface ScheduledTaskCreatedEvent extends ScheduledTaskEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ScheduledTaskCreatedEvent";
}
/**
 * This event records the sending of a notification via email for a scheduled task.
 *
 * Extends ScheduledTaskEvent.
 */
export interface ScheduledTaskEmailCompletedEvent extends ScheduledTaskEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ScheduledTaskEmailCompletedEvent";
    /** The destination email address. */
    to: string;
}
/**
 * This event records the failure of an attempt to send a notification via email for a scheduled task.
 *
 * Extends ScheduledTaskEvent.
 */
export interface ScheduledTaskEmailFailedEvent extends ScheduledTaskEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ScheduledTaskEmailFailedEvent";
    /** The destination email address. */
    to: string;
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/** Every `_typeName` a ScheduledTaskEvent may carry: its own and its known subtypes'. */
export type ScheduledTaskEventTypeName = "ScheduledTaskEvent" | "ScheduledTaskCompletedEvent" | "ScheduledTaskCreatedEvent" | "ScheduledTaskEmailCompletedEvent" | "ScheduledTaskEmailFailedEvent" | "ScheduledTaskFailedEvent" | "ScheduledTaskReconfiguredEvent" | "ScheduledTaskRemovedEvent" | "ScheduledTaskStartedEvent";
/**
 * These events are scheduled task events.
 *
 * Extends Event.
 */
export interface ScheduledTaskEvent extends Event {
    /** ScheduledTaskEvent or the name of one of its known subtypes. */
    _typeName: ScheduledTaskEventTypeName;
    /** The scheduled task object. */
    scheduledTask: ScheduledTaskEventArgument;
    /** The entity on which the scheduled task registered. */
    entity: ManagedEntityEventArgument;
}
/** A ScheduledTaskEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyScheduledTaskEvent = (ScheduledTaskEvent & {
    _typeName: "ScheduledTaskEvent";
}) | ScheduledTaskCompletedEvent | ScheduledTaskCreatedEvent | ScheduledTaskEmailCompletedEvent | ScheduledTaskEmailFailedEvent | ScheduledTaskFailedEvent | ScheduledTaskReconfiguredEvent | ScheduledTaskRemovedEvent | ScheduledTaskStartedEvent;
/**
 * The event argument is a scheduled task object.
 *
 * Extends EntityEventArgument.
 */
export interface ScheduledTaskEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "ScheduledTaskEventArgument";
    /**
     * The scheduled task object.
     *
     * Refers to a ScheduledTask managed object.
     */
    scheduledTask: ManagedObjectReference;
}
/**
 * This event records the failure of a scheduled task.
 *
 * Extends ScheduledTaskEvent.
 */
export interface ScheduledTaskFailedEvent extends ScheduledTaskEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ScheduledTaskFailedEvent";
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records the reconfiguration of a scheduled task.
 *
 * Extends ScheduledTaskEvent.
 */
export interface ScheduledTaskReconfiguredEvent extends ScheduledTaskEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ScheduledTaskReconfiguredEvent";
    /** The configuration values changed during the reconfiguration. */
    configChanges?: ChangesInfoEventArgument;
}
/**
 * This event records the removal of a scheduled task.
 *
 * Extends ScheduledTaskEvent.
 */
export interface ScheduledTaskRemovedEvent extends ScheduledTaskEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ScheduledTaskRemovedEvent";
}
/**
 * This event records when a scheduled task started.
 *
 * Extends ScheduledTaskEvent.
 */
export interface ScheduledTaskStartedEvent extends ScheduledTaskEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ScheduledTaskStartedEvent";
}
/** Every `_typeName` a SecurityError may carry: its own and its known subtypes'. */
export type SecurityErrorTypeName = "SecurityError" | NoPermissionTypeName;
/**
 * Thrown when a security problem is detected, such as a missing permission.
 *
 * Extends RuntimeFault.
 */
export interface SecurityError extends RuntimeFault {
    /** SecurityError or the name of one of its known subtypes. */
    _typeName: SecurityErrorTypeName;
}
/** A SecurityError or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnySecurityError = (SecurityError & {
    _typeName: "SecurityError";
}) | AnyNoPermission;
/** Every `_typeName` a SelectionSpec may carry: its own and its known subtypes'. */
export type SelectionSpecTypeName = "SelectionSpec" | "TraversalSpec";
/** Extends DynamicData. */
export interface SelectionSpec extends DynamicData {
    /** SelectionSpec or the name of one of its known subtypes. */
    _typeName: SelectionSpecTypeName;
    name?: string;
}
/** A SelectionSpec or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnySelectionSpec = (SelectionSpec & {
    _typeName: "SelectionSpec";
}) | TraversalSpec;
/**
 * This event records an expired VirtualCenter server license.
 *
 * Extends LicenseEvent.
 */
export interface ServerLicenseExpiredEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ServerLicenseExpiredEvent";
    product: string;
}
/**
 * This event records the starting of the VirtualCenter server.
 *
 * Extends SessionEvent.
 */
export interface ServerStartedSessionEvent extends SessionEvent {
    /** The VI JSON type discriminator. */
    _typeName: "ServerStartedSessionEvent";
}
/** Extends DynamicData. */
export interface ServiceContent extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ServiceContent";
    rootFolder: ManagedObjectReference;
    propertyCollector: ManagedObjectReference;
    viewManager?: ManagedObjectReference;
    about: AboutInfo;
    setting?: ManagedObjectReference;
    userDirectory?: ManagedObjectReference;
    sessionManager?: ManagedObjectReference;
    authorizationManager?: ManagedObjectReference;
    serviceManager?: ManagedObjectReference;
    perfManager?: ManagedObjectReference;
    scheduledTaskManager?: ManagedObjectReference;
    alarmManager?: ManagedObjectReference;
    eventManager?: ManagedObjectReference;
    taskManager?: ManagedObjectReference;
    extensionManager?: ManagedObjectReference;
    customizationSpecManager?: ManagedObjectReference;
    guestCustomizationManager?: ManagedObjectReference;
    customFieldsManager?: ManagedObjectReference;
    accountManager?: ManagedObjectReference;
    diagnosticManager?: ManagedObjectReference;
    licenseManager?: ManagedObjectReference;
    searchIndex?: ManagedObjectReference;
    fileManager?: ManagedObjectReference;
    datastoreNamespaceManager?: ManagedObjectReference;
    virtualDiskManager?: ManagedObjectReference;
    virtualizationManager?: ManagedObjectReference;
    snmpSystem?: ManagedObjectReference;
    vmProvisioningChecker?: ManagedObjectReference;
    vmCompatibilityChecker?: ManagedObjectReference;
    ovfManager?: ManagedObjectReference;
    ipPoolManager?: ManagedObjectReference;
    dvSwitchManager?: ManagedObjectReference;
    hostProfileManager?: ManagedObjectReference;
    clusterProfileManager?: ManagedObjectReference;
    complianceManager?: ManagedObjectReference;
    localizationManager?: ManagedObjectReference;
    storageResourceManager?: ManagedObjectReference;
    guestOperationsManager?: ManagedObjectReference;
    overheadMemoryManager?: ManagedObjectReference;
    certificateManager?: ManagedObjectReference;
    ioFilterManager?: ManagedObjectReference;
    vStorageObjectManager?: ManagedObjectReference;
    hostSpecManager?: ManagedObjectReference;
    cryptoManager?: ManagedObjectReference;
    healthUpdateManager?: ManagedObjectReference;
    failoverClusterConfigurator?: ManagedObjectReference;
    failoverClusterManager?: ManagedObjectReference;
    tenantManager?: ManagedObjectReference;
    siteInfoManager?: ManagedObjectReference;
    storageQueryManager?: ManagedObjectReference;
}
/** Every `_typeName` a SessionEvent may carry: its own and its known subtypes'. */
export type SessionEventTypeName = "SessionEvent" | "AlreadyAuthenticatedSessionEvent" | "BadUsernameSessionEvent" | "GlobalMessageChangedEvent" | "NoAccessUserEvent" | "ServerStartedSessionEvent" | "SessionTerminatedEvent" | "UserLoginSessionEvent" | "UserLogoutSessionEvent";
/**
 * These are session events.
 *
 * Extends Event.
 */
export interface SessionEvent extends Event {
    /** SessionEvent or the name of one of its known subtypes. */
    _typeName: SessionEventTypeName;
}
/** A SessionEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnySessionEvent = (SessionEvent & {
    _typeName: "SessionEvent";
}) | AlreadyAuthenticatedSessionEvent | BadUsernameSessionEvent | GlobalMessageChangedEvent | NoAccessUserEvent | ServerStartedSessionEvent | SessionTerminatedEvent | UserLoginSessionEvent | UserLogoutSessionEvent;
/**
 * This event records the termination of a session.
 *
 * Extends SessionEvent.
 */
export interface SessionTerminatedEvent extends SessionEvent {
    /** The VI JSON type discriminator. */
    _typeName: "SessionTerminatedEvent";
    /** The unique identifier of the terminated session. */
    sessionId: string;
    /** The name of the user owning the terminated session. */
    terminatedUsername: string;
}
/**
 * Specification of shares.
 *
 * Extends DynamicData.
 */
export interface SharesInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "SharesInfo";
    /**
     * The number of shares allocated.
     *
     * Format: int32.
     */
    shares: number;
    /**
     * The allocation level.
     *
     * One of {@link SharesLevelValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    level: SharesLevel | rt.UnknownEnumValue;
}
/**
 * Base type for Snapshot-related errors.
 *
 * Extends VimFault.
 * @since vSphere API 2.0
 */
export interface SnapshotFault extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "SnapshotFault";
}
/** Extends DynamicData. */
export interface StorageIOAllocationInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "StorageIOAllocationInfo";
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    limit?: number;
    shares?: SharesInfo;
    /** Format: int32. */
    reservation?: number;
}
/**
 * Deprecated as of vSphere8.0 U3, and there is no replacement for it.
 *
 * Configuration of storage I/O resource management.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface StorageIORMInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "StorageIORMInfo";
    /** Flag indicating whether or not the service is enabled. */
    enabled: boolean;
    /**
     * Mode of congestion threshold specification
     * For more information, see
     * `StorageIORMThresholdMode_enum`
     * @since vSphere API 5.1
     */
    congestionThresholdMode?: string;
    /**
     * The latency beyond which the storage array is considered congested.
     *
     * If storage I/O resource management is enabled on a datastore,
     * the algorithm tries to maintain the latency to be below or
     * close to this value. The unit is millisecond. The range of
     * this value is between 5 to 100 milliseconds.
     *
     * Format: int32.
     */
    congestionThreshold: number;
    /**
     * The percentage of peak throughput to be used for setting congestion threshold
     * of a datastore.
     *
     * Valid values are between 50 to 100. Default value is 90%
     *
     * For more information, see
     * `StorageIORMInfo.congestionThreshold`
     *
     * Format: int32.
     * @since vSphere API 5.1
     */
    percentOfPeakThroughput?: number;
    /**
     * Deprecated as of vSphere API 6.5, use `StorageIORMInfo.enabled` instead.
     *
     * Flag indicating whether service is running in stats collection mode.
     * @since vSphere API 5.0
     */
    statsCollectionEnabled?: boolean;
    /**
     * Deprecated as of vSphere8.0 U3, and there is no replacement for it.
     *
     * Flag indicating whether IO reservations support is enabled.
     * @since vSphere API 6.0
     */
    reservationEnabled?: boolean;
    /**
     * Flag indicating whether stats aggregation is disabled.
     * @since vSphere API 5.0
     */
    statsAggregationDisabled?: boolean;
    /**
     * Deprecated as of vSphere8.0 U3, and there is no replacement for it.
     *
     * Storage DRS makes storage migration recommendations
     * if total IOPs reservation for all VMs running on the
     * datastore is higher than specified threshold value.
     *
     * This value (if present) overrides
     * `StorageIORMInfo.reservableIopsThreshold`
     *
     * Format: int32.
     * @since vSphere API 6.0
     */
    reservableIopsThreshold?: number;
}
/**
 * The string type of setting or configuration that may get an inherited value.
 *
 * Extends InheritablePolicy.
 */
export interface StringPolicy extends InheritablePolicy {
    /** The VI JSON type discriminator. */
    _typeName: "StringPolicy";
    /** The String value that is either set or inherited. */
    value?: string;
}
/**
 * Thrown when a system error occurs, for example an internal error or a resource that is not available.
 *
 * Extends RuntimeFault.
 */
export interface SystemError extends RuntimeFault {
    /** The VI JSON type discriminator. */
    _typeName: "SystemError";
    /** A message describing the error. */
    reason: string;
}
/**
 * Defines a tag that can be associated with a managed entity.
 *
 * Extends DynamicData.
 */
export interface Tag extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "Tag";
    /** The tag key in human readable form. */
    key: string;
}
/**
 * Describes information required to uniquely identify a vSphere tag.
 *
 * Extends DynamicData.
 * @since vSphere API 9.1.0.0
 */
export interface TagId extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "TagId";
    /** Information about the name of the tag represented by this TagId. */
    nameId?: TagIdNameId;
    /** The UUID of the vSphere tag represented by this TagId. */
    uuid?: string;
}
/**
 * Specifies information required to uniquely identify a vSphere tag by its name.
 *
 * Extends DynamicData.
 */
export interface TagIdNameId extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "TagIdNameId";
    /** Name of the vSphere tag represented by this TagId. */
    tag: string;
    /** Name of the vSphere category that this tag belongs to. */
    category: string;
}
/**
 * Specification for doing an incremental update to the association between a vSphere tag and an inventory object.
 *
 * Extends ArrayUpdateSpec.
 * @since vSphere API 9.1.0.0
 */
export interface TagSpec extends ArrayUpdateSpec {
    /** The VI JSON type discriminator. */
    _typeName: "TagSpec";
    /** Information to identify the tag that needs to be attached or detached. */
    id: TagId;
}
/**
 * Static strings for task objects.
 *
 * These strings are locale-specific.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface TaskDescription extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "TaskDescription";
    /** Display label and summary for all tasks */
    methodInfo: AnyElementDescription[];
    /** *TaskInfo State enum* */
    state: AnyElementDescription[];
    /** Kind of entity responsible for creating this task. */
    reason: TypeDescription[];
}
/** Every `_typeName` a TaskEvent may carry: its own and its known subtypes'. */
export type TaskEventTypeName = "TaskEvent" | "TaskTimeoutEvent";
/**
 * This event records the creation of a Task.
 *
 * Extends Event.
 */
export interface TaskEvent extends Event {
    /** TaskEvent or the name of one of its known subtypes. */
    _typeName: TaskEventTypeName;
    /** The information about the task. */
    info: TaskInfo;
}
/** A TaskEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyTaskEvent = (TaskEvent & {
    _typeName: "TaskEvent";
}) | TaskTimeoutEvent;
/** Extends VimFault. */
export interface TaskInProgress extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "TaskInProgress";
    task: ManagedObjectReference;
}
/**
 * This data object type contains all information about a task.
 *
 * Extends DynamicData.
 */
export interface TaskInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "TaskInfo";
    /** The unique key for the task. */
    key: string;
    /**
     * The managed object that represents this task.
     *
     * Refers to a Task managed object.
     */
    task: ManagedObjectReference;
    /** The description field of the task describes the current phase of operation of the task. */
    description?: LocalizableMessage;
    /** The name of the operation that created the task. */
    name?: string;
    /** An identifier for this operation. */
    descriptionId: string;
    /**
     * Managed entity to which the operation applies.
     *
     * Refers to a ManagedEntity managed object.
     */
    entity?: ManagedObjectReference;
    /** The name of the managed entity, locale-specific, retained for the history collector database. */
    entityName?: string;
    /**
     * If the state of the task is "running", then this property is a list of managed entities that the operation has locked, with a shared lock.
     *
     * Refers to a ManagedEntity managed object.
     */
    locked?: ManagedObjectReference[];
    /**
     * Runtime status of the task.
     *
     * One of {@link TaskInfoStateValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    state: TaskInfoState | rt.UnknownEnumValue;
    /** Flag to indicate whether or not the client requested cancellation of the task. */
    cancelled: boolean;
    /** Flag to indicate whether or not the cancel task operation is supported. */
    cancelable: boolean;
    /**
     * If the task state is "error", then this property contains the fault code.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    error?: AnyMethodFault | LocalizedMethodFault;
    /** If the task state is "success", then this property may be used to hold a return value. */
    result?: AnyValue;
    /**
     * If the task state is "running", then this property contains a progress measurement, expressed as percentage completed, from 0 to 100.
     *
     * Format: int32.
     */
    progress?: number;
    /** @since vSphere API 8.0.1.0 */
    progressDetails?: KeyAnyValue[];
    /** Kind of entity responsible for creating this task. */
    reason: AnyTaskReason;
    /**
     * Time stamp when the task was created.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    queueTime: string;
    /**
     * Time stamp when the task started running.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    startTime?: string;
    /**
     * Time stamp when the task was completed (whether success or failure).
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    completeTime?: string;
    /**
     * Event chain ID that leads to the corresponding events.
     *
     * Format: int32.
     */
    eventChainId: number;
    /** The user entered tag to identify the operations and their side effects */
    changeTag?: string;
    /** Tasks can be created by another task. */
    parentTaskKey?: string;
    /** Tasks can be created by another task and such creation can go on for multiple levels. */
    rootTaskKey?: string;
    /** The activation Id is a client-provided token to link an API call with a task. */
    activationId?: string;
}
/** Every `_typeName` a TaskReason may carry: its own and its known subtypes'. */
export type TaskReasonTypeName = "TaskReason" | "TaskReasonAlarm" | "TaskReasonSchedule" | "TaskReasonSystem" | "TaskReasonUser";
/**
 * Base type for all task reasons.
 *
 * Extends DynamicData.
 */
export interface TaskReason extends DynamicData {
    /** TaskReason or the name of one of its known subtypes. */
    _typeName: TaskReasonTypeName;
}
/** A TaskReason or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyTaskReason = (TaskReason & {
    _typeName: "TaskReason";
}) | TaskReasonAlarm | TaskReasonSchedule | TaskReasonSystem | TaskReasonUser;
/**
 * Indicates that the task was queued by an alarm.
 *
 * Extends TaskReason.
 */
export interface TaskReasonAlarm extends TaskReason {
    /** The VI JSON type discriminator. */
    _typeName: "TaskReasonAlarm";
    /** The name of the alarm that queued the task, retained in the history log. */
    alarmName: string;
    /**
     * The alarm object that queued the task.
     *
     * Refers to an Alarm managed object.
     */
    alarm: ManagedObjectReference;
    /** The name of the managed entity on which the alarm is triggered, retained in the history log. */
    entityName: string;
    /**
     * The managed entity object on which the alarm is triggered.
     *
     * Refers to a ManagedEntity managed object.
     */
    entity: ManagedObjectReference;
}
/**
 * Indicates that the task was queued by a scheduled task.
 *
 * Extends TaskReason.
 */
export interface TaskReasonSchedule extends TaskReason {
    /** The VI JSON type discriminator. */
    _typeName: "TaskReasonSchedule";
    /** The name of the scheduled task that queued this task. */
    name: string;
    /**
     * The scheduledTask object that queued this task.
     *
     * Refers to a ScheduledTask managed object.
     */
    scheduledTask: ManagedObjectReference;
}
/**
 * Indicates that the task was queued by the system.
 *
 * Extends TaskReason.
 */
export interface TaskReasonSystem extends TaskReason {
    /** The VI JSON type discriminator. */
    _typeName: "TaskReasonSystem";
}
/**
 * Indicates that the task was started by a specific user.
 *
 * Extends TaskReason.
 */
export interface TaskReasonUser extends TaskReason {
    /** The VI JSON type discriminator. */
    _typeName: "TaskReasonUser";
    /** Name of the user that queued the task. */
    userName: string;
}
/**
 * This event records when a task is cleaned up b/c of timeout
 *
 * Extends TaskEvent.
 */
export interface TaskTimeoutEvent extends TaskEvent {
    /** The VI JSON type discriminator. */
    _typeName: "TaskTimeoutEvent";
}
/**
 * The teaming configuration of the uplink ports in the DVS matches physical switch configuration.
 *
 * Extends DvsHealthStatusChangeEvent.
 */
export interface TeamingMatchEvent extends DvsHealthStatusChangeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "TeamingMatchEvent";
}
/**
 * The teaming configuration of the uplink ports in the DVS does not match physical switch configuration.
 *
 * Extends DvsHealthStatusChangeEvent.
 */
export interface TeamingMisMatchEvent extends DvsHealthStatusChangeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "TeamingMisMatchEvent";
}
/**
 * This event records the start of a template upgrade.
 *
 * Extends TemplateUpgradeEvent.
 */
export interface TemplateBeingUpgradedEvent extends TemplateUpgradeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "TemplateBeingUpgradedEvent";
}
/** Every `_typeName` a TemplateUpgradeEvent may carry: its own and its known subtypes'. */
export type TemplateUpgradeEventTypeName = "TemplateUpgradeEvent" | "TemplateBeingUpgradedEvent" | "TemplateUpgradeFailedEvent" | "TemplateUpgradedEvent";
/**
 * This event is the base class for all the template upgrade events.
 *
 * Extends Event.
 */
export interface TemplateUpgradeEvent extends Event {
    /** TemplateUpgradeEvent or the name of one of its known subtypes. */
    _typeName: TemplateUpgradeEventTypeName;
    legacyTemplate: string;
}
/** A TemplateUpgradeEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyTemplateUpgradeEvent = (TemplateUpgradeEvent & {
    _typeName: "TemplateUpgradeEvent";
}) | TemplateBeingUpgradedEvent | TemplateUpgradeFailedEvent | TemplateUpgradedEvent;
/**
 * This event records that the template upgrade failed.
 *
 * Extends TemplateUpgradeEvent.
 */
export interface TemplateUpgradeFailedEvent extends TemplateUpgradeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "TemplateUpgradeFailedEvent";
    /** One of MethodFault or LocalizedMethodFault, told apart by `_typeName`. */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records that the template upgrade succeeded.
 *
 * Extends TemplateUpgradeEvent.
 */
export interface TemplateUpgradedEvent extends TemplateUpgradeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "TemplateUpgradedEvent";
}
/**
 * The event argument is a transit gateway object.
 *
 * Extends EntityEventArgument.
 * @since vSphere API 9.1.0.0
 */
export interface TgwEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "TgwEventArgument";
    /**
     * The transit gateway object.
     *
     * Refers to a TransitGateway managed object.
     */
    tgw: ManagedObjectReference;
}
/**
 * This event indicates that an operation performed on the host timed out.
 *
 * Extends HostEvent.
 */
export interface TimedOutHostOperationEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "TimedOutHostOperationEvent";
}
/**
 * ToolsConfigInfo is a data object type containing settings for the VMware Tools software running in the guest operating system.
 *
 * Extends DynamicData.
 */
export interface ToolsConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ToolsConfigInfo";
    /**
     * Version of VMware Tools installed on the guest operating system.
     *
     * Format: int32.
     */
    toolsVersion?: number;
    /**
     * Installation type of VMware Tools in the guest operating system.
     *
     * Values: see {@link VirtualMachineToolsInstallType}.
     */
    toolsInstallType?: string;
    /** Flag to specify whether or not scripts should run after the virtual machine powers on. */
    afterPowerOn?: boolean;
    /** Flag to specify whether or not scripts should run after the virtual machine resumes. */
    afterResume?: boolean;
    /** Flag to specify whether or not scripts should run before the virtual machine suspends. */
    beforeGuestStandby?: boolean;
    /** Flag to specify whether or not scripts should run before the virtual machine powers off. */
    beforeGuestShutdown?: boolean;
    /** Flag to specify whether or not scripts should run before the virtual machine reboots. */
    beforeGuestReboot?: boolean;
    /**
     * Tools upgrade policy setting for the virtual machine.
     *
     * Values: see {@link UpgradePolicy}.
     */
    toolsUpgradePolicy?: string;
    /** When set, this indicates that a customization operation is pending on the VM. */
    pendingCustomization?: string;
    /** When set, provides the id of the key used to encrypt the customization package attached to the VM. */
    customizationKeyId?: CryptoKeyId;
    /**
     * Indicates whether or not the tools program is allowed to synchronize guest time with host time.
     * @since vSphere API 7.0.1.0
     */
    syncTimeWithHostAllowed?: boolean;
    /** Flag to specify whether or not the tools program will periodically synchronize guest time with host time. */
    syncTimeWithHost?: boolean;
    /** Information about the last tools upgrade attempt if applicable. */
    lastInstallInfo?: ToolsConfigInfoToolsLastInstallInfo;
}
/**
 * Describes status of last tools upgrade attempt
 *
 * Extends DynamicData.
 */
export interface ToolsConfigInfoToolsLastInstallInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "ToolsConfigInfoToolsLastInstallInfo";
    /**
     * Number of attempts that have been made to upgrade the version of tools installed on this virtual machine.
     *
     * Format: int32.
     */
    counter: number;
    /**
     * Error that happened, if any, during last attempt to upgrade tools.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    fault?: AnyMethodFault | LocalizedMethodFault;
}
/** Extends SelectionSpec. */
export interface TraversalSpec extends SelectionSpec {
    /** The VI JSON type discriminator. */
    _typeName: "TraversalSpec";
    type: string;
    path: string;
    skip?: boolean;
    selectSet?: AnySelectionSpec[];
}
/**
 * Static strings used for describing an object type.
 *
 * Extends Description.
 * @since vSphere API 2.0
 */
export interface TypeDescription extends Description {
    /** The VI JSON type discriminator. */
    _typeName: "TypeDescription";
    /** Type being described */
    key: string;
}
/**
 * This event records that we have unlicensed virtual machines on the specified host.
 *
 * Extends LicenseEvent.
 */
export interface UnlicensedVirtualMachinesEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UnlicensedVirtualMachinesEvent";
    /** Format: int32. */
    unlicensed: number;
    /** Format: int32. */
    available: number;
}
/**
 * This event records that we discovered unlicensed virtual machines on the specified host.
 *
 * Extends LicenseEvent.
 */
export interface UnlicensedVirtualMachinesFoundEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UnlicensedVirtualMachinesFoundEvent";
    /** Format: int32. */
    available: number;
}
/** Extends DynamicData. */
export interface UpdateSet extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "UpdateSet";
    version: string;
    filterSet?: PropertyFilterUpdate[];
    truncated?: boolean;
}
/**
 * This event records that the agent has been patched and will be restarted.
 *
 * Extends HostEvent.
 */
export interface UpdatedAgentBeingRestartedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UpdatedAgentBeingRestartedEvent";
}
/** Every `_typeName` an UpgradeEvent may carry: its own and its known subtypes'. */
export type UpgradeEventTypeName = "UpgradeEvent" | "ErrorUpgradeEvent" | "InfoUpgradeEvent" | "UserUpgradeEvent" | "WarningUpgradeEvent";
/**
 * These event types represent events converted from VirtualCenter 1.x.
 *
 * Extends Event.
 */
export interface UpgradeEvent extends Event {
    /** UpgradeEvent or the name of one of its known subtypes. */
    _typeName: UpgradeEventTypeName;
    /** The formatted message from the upgrade. */
    message: string;
}
/** An UpgradeEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyUpgradeEvent = (UpgradeEvent & {
    _typeName: "UpgradeEvent";
}) | ErrorUpgradeEvent | InfoUpgradeEvent | UserUpgradeEvent | WarningUpgradeEvent;
/**
 * Mtu health check status of an uplink port is changed, and in the latest mtu health check, not all the vlans' MTU setting on physical switch allows vSphere Distributed Switch max MTU size packets passing.
 *
 * Extends DvsHealthStatusChangeEvent.
 */
export interface UplinkPortMtuNotSupportEvent extends DvsHealthStatusChangeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UplinkPortMtuNotSupportEvent";
}
/**
 * Mtu health check status of an uplink port is changed, and in the latest mtu health check, all the vlans' MTU setting on physical switch allows vSphere Distributed Switch max MTU size packets passing.
 *
 * Extends DvsHealthStatusChangeEvent.
 */
export interface UplinkPortMtuSupportEvent extends DvsHealthStatusChangeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UplinkPortMtuSupportEvent";
}
/**
 * Vlans health check status of an uplink port is changed, and in the latest vlan health check, all the vlans are trunked by the physical switch connected to the uplink port.
 *
 * Extends DvsHealthStatusChangeEvent.
 */
export interface UplinkPortVlanTrunkedEvent extends DvsHealthStatusChangeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UplinkPortVlanTrunkedEvent";
}
/**
 * Vlans health check status of an uplink port is changed, and in the latest vlan health check, not all the vlans are trunked by the physical switch connected to the uplink port.
 *
 * Extends DvsHealthStatusChangeEvent.
 */
export interface UplinkPortVlanUntrunkedEvent extends DvsHealthStatusChangeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UplinkPortVlanUntrunkedEvent";
}
/**
 * This event records that a user account membership was added to a group.
 *
 * Extends HostEvent.
 */
export interface UserAssignedToGroup extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UserAssignedToGroup";
    userLogin: string;
    group: string;
}
/**
 * This event records a user logon.
 *
 * Extends SessionEvent.
 */
export interface UserLoginSessionEvent extends SessionEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UserLoginSessionEvent";
    /**
     * The IP address of the peer that initiated the connection.
     *
     * This may
     * be the client that originated the session, or it may be an intervening
     * proxy if the binding uses a protocol that supports proxies, such as HTTP.
     */
    ipAddress: string;
    /** The user agent or application */
    userAgent?: string;
    /** The locale of the session. */
    locale: string;
    /** The unique identifier for the session. */
    sessionId: string;
}
/**
 * This event records a user logoff, disconnection, or session timeout.
 *
 * Extends SessionEvent.
 */
export interface UserLogoutSessionEvent extends SessionEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UserLogoutSessionEvent";
    /** The IP address of client */
    ipAddress?: string;
    /** The user agent or application */
    userAgent?: string;
    /**
     * Number of API invocations made by the session
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    callCount?: number;
    /** The unique identifier for the session. */
    sessionId?: string;
    /**
     * Timestamp when the user logged on for this session.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    loginTime?: string;
}
/**
 * This event records that a user password changed.
 *
 * Extends HostEvent.
 */
export interface UserPasswordChanged extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UserPasswordChanged";
    userLogin: string;
}
/**
 * Information about a current user session.
 *
 * Extends DynamicData.
 */
export interface UserSession extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "UserSession";
    /** A unique identifier for this session, also known as the session ID. */
    key: string;
    /** The user name represented by this session. */
    userName: string;
    /** The full name of the user, if available. */
    fullName: string;
    /**
     * Timestamp when the user last logged on to the server.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    loginTime: string;
    /**
     * Timestamp when the user last executed a command.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    lastActiveTime: string;
    /** The locale for the session used for data formatting and preferred language for localized messages. */
    locale: string;
    /** The locale used for localized messages. */
    messageLocale: string;
    /** Whether or not this session belongs to a VC Extension. */
    extensionSession?: boolean;
    /**
     * The client identity. It could be IP address, or pipe name depending on client binding
     * @since vSphere API 5.1
     */
    ipAddress?: string;
    /**
     * The name of user agent or application
     * @since vSphere API 5.1
     */
    userAgent?: string;
    /**
     * Number of API invocations since the session started
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 5.1
     */
    callCount?: number;
}
/**
 * This event records that a user account membership was removed from a group.
 *
 * Extends HostEvent.
 */
export interface UserUnassignedFromGroup extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UserUnassignedFromGroup";
    userLogin: string;
    group: string;
}
/**
 * This event is a general user event from upgrade.
 *
 * Extends UpgradeEvent.
 */
export interface UserUpgradeEvent extends UpgradeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "UserUpgradeEvent";
}
/**
 * Represent Storage Array
 *
 * Extends DynamicData.
 * @since vSphere API 6.0
 */
export interface VASAStorageArray extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VASAStorageArray";
    /** Name */
    name: string;
    /** Unique identifier */
    uuid: string;
    /** Vendor Id */
    vendorId: string;
    /** Model Id */
    modelId: string;
    /**
     * Transport information to address the array's discovery
     * service.
     * @since vSphere API 8.0.0.0
     */
    discoverySvcInfo?: VASAStorageArrayDiscoverySvcInfo[];
}
/**
 * Discovery service information of the array with FC
 * transport.
 *
 * Extends DynamicData.
 * @since vSphere API 8.0.0.0
 */
export interface VASAStorageArrayDiscoveryFcTransport extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VASAStorageArrayDiscoveryFcTransport";
    /** Node-WWN (World Wide Name) represented in hexadecimal format. */
    nodeWwn: string;
    /** Port-WWN (World Wide Name) represented in hexadecimal format. */
    portWwn: string;
}
/**
 * Discovery service information of the array with IP
 * transport.
 *
 * Extends DynamicData.
 * @since vSphere API 8.0.0.0
 */
export interface VASAStorageArrayDiscoveryIpTransport extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VASAStorageArrayDiscoveryIpTransport";
    /** IP address (IPv4/v6) of the RDMA/TCP target port. */
    ipAddress: string;
    /**
     * Port number.
     *
     * Defaults to port 8009 (TCP) and RoCEv2
     * port 4420 (UDP).
     */
    portNumber?: string;
}
/**
 * Discovery service information of storage array.
 *
 * Extends DynamicData.
 * @since vSphere API 8.0.0.0
 */
export interface VASAStorageArrayDiscoverySvcInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VASAStorageArrayDiscoverySvcInfo";
    /** Port type, string as defined in `VASAStorageArrayBlockEnum_enum`. */
    portType: string;
    /** Well-known NQN of discovery service. */
    svcNqn: string;
    /**
     * IP transport discovery information.
     *
     * Must be specified if
     * the discovery service is IP-based.
     */
    ipInfo?: VASAStorageArrayDiscoveryIpTransport;
    /**
     * FC transport discovery information.
     *
     * Must be specified if
     * the discovery service is FC-based.
     */
    fcInfo?: VASAStorageArrayDiscoveryFcTransport;
}
/**
 * The IPAssignmentInfo class specifies how the guest software gets configured with IP addresses, including protocol type (IPv4 or IPv6) and the life-time of those IP addresses.
 *
 * Extends DynamicData.
 */
export interface VAppIPAssignmentInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VAppIPAssignmentInfo";
    /** Specifies the IP allocation schemes supported by the guest software. */
    supportedAllocationScheme?: string[];
    /** Specifies how IP allocation should be managed by the VI platform. */
    ipAllocationPolicy?: string;
    /** Specifies the IP protocols supported by the guest software. */
    supportedIpProtocol?: string[];
    /** Specifies the chosen IP protocol for this deployment. */
    ipProtocol?: string;
}
/**
 * The OvfSection encapsulates uninterpreted meta-data sections in an OVF descriptor.
 *
 * Extends DynamicData.
 */
export interface VAppOvfSectionInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VAppOvfSectionInfo";
    /**
     * A unique key to identify a section.
     *
     * Format: int32.
     */
    key?: number;
    /** The namespace for the value in xsi:type attribute. */
    namespace?: string;
    /** The value of the xsi:type attribute not including the namespace prefix. */
    type?: string;
    /** Whether this is a global envelope section */
    atEnvelopeLevel?: boolean;
    /** The XML fragment including the top-level &lt;Section...&gt; element. */
    contents?: string;
}
/**
 * An incremental update to the OvfSection list.
 *
 * Extends ArrayUpdateSpec.
 */
export interface VAppOvfSectionSpec extends ArrayUpdateSpec {
    /** The VI JSON type discriminator. */
    _typeName: "VAppOvfSectionSpec";
    info?: VAppOvfSectionInfo;
}
/**
 * Information that describes what product a vApp contains, for example, the software that is installed in the contained virtual machines.
 *
 * Extends DynamicData.
 */
export interface VAppProductInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VAppProductInfo";
    /**
     * A unique key for the product section
     *
     * Format: int32.
     */
    key: number;
    /** Class name for this attribute. */
    classId?: string;
    /** Class name for this attribute. */
    instanceId?: string;
    /** Name of the product. */
    name?: string;
    /** Vendor of the product. */
    vendor?: string;
    /** Short version of the product, for example, 1.0. */
    version?: string;
    /** Full-version of the product, for example, 1.0-build 12323. */
    fullVersion?: string;
    /** URL to vendor homepage. */
    vendorUrl?: string;
    /** URL to product homepage. */
    productUrl?: string;
    /** URL to entry-point for application. */
    appUrl?: string;
}
/**
 * An incremental update to the Product information list.
 *
 * Extends ArrayUpdateSpec.
 */
export interface VAppProductSpec extends ArrayUpdateSpec {
    /** The VI JSON type discriminator. */
    _typeName: "VAppProductSpec";
    info?: VAppProductInfo;
}
/**
 * A vApp Property description, including deployment values
 *
 * Extends DynamicData.
 */
export interface VAppPropertyInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VAppPropertyInfo";
    /**
     * A unique integer key for the property.
     *
     * Format: int32.
     */
    key: number;
    /** class name for this property */
    classId?: string;
    /** class name for this property */
    instanceId?: string;
    /** Name of property. */
    id?: string;
    /** A user-visible description the category the property belongs to. */
    category?: string;
    /** The display name for the property. */
    label?: string;
    /** Describes the valid format of the property. */
    type?: string;
    /** Contains extra configuration data depending on the property type. */
    typeReference?: string;
    /** Whether the property is user-configurable or a system property. */
    userConfigurable?: boolean;
    /** This either contains the default value of a field (used if value is empty string), or the expression if the type is "expression". */
    defaultValue?: string;
    /** The value of the field at deployment time. */
    value?: string;
    /** A description of the field. */
    description?: string;
}
/**
 * An incremental update to the Property list.
 *
 * Extends ArrayUpdateSpec.
 */
export interface VAppPropertySpec extends ArrayUpdateSpec {
    /** The VI JSON type discriminator. */
    _typeName: "VAppPropertySpec";
    info?: VAppPropertyInfo;
}
/**
 * This event records when a VMFS datastore is created.
 *
 * Extends HostEvent.
 */
export interface VMFSDatastoreCreatedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VMFSDatastoreCreatedEvent";
    /** The associated datastore. */
    datastore: DatastoreEventArgument;
    /** Url of the associated datastore. */
    datastoreUrl?: string;
}
/**
 * This event records when a datastore is expanded.
 *
 * Extends HostEvent.
 */
export interface VMFSDatastoreExpandedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VMFSDatastoreExpandedEvent";
    /** The associated datastore. */
    datastore: DatastoreEventArgument;
}
/**
 * This event records when a datastore is extended.
 *
 * Extends HostEvent.
 */
export interface VMFSDatastoreExtendedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VMFSDatastoreExtendedEvent";
    /** The associated datastore. */
    datastore: DatastoreEventArgument;
}
/**
 * This event records an expired VMotion license.
 *
 * Extends LicenseEvent.
 */
export interface VMotionLicenseExpiredEvent extends LicenseEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VMotionLicenseExpiredEvent";
}
/**
 * Extends DynamicData.
 * @since vSphere API 6.0
 */
export interface VVolHostPE extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VVolHostPE";
    /**
     * The host associated with this volume.
     *
     * Refers instance of `HostSystem`.
     *
     * Refers to a HostSystem managed object.
     */
    key: ManagedObjectReference;
    /** Host-specific information about the ProtocolEndpoint. */
    protocolEndpoint: HostProtocolEndpoint[];
}
/**
 * This event records when the VirtualCenter agent on a host failed to uninstall.
 *
 * Extends HostEvent.
 */
export interface VcAgentUninstallFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VcAgentUninstallFailedEvent";
    /**
     * The reason why the uninstall failed, if known.
     *
     * Values: see {@link AgentInstallFailedReason}.
     */
    reason?: string;
}
/**
 * This event records when the VirtualCenter agent on a host is uninstalled.
 *
 * Extends HostEvent.
 */
export interface VcAgentUninstalledEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VcAgentUninstalledEvent";
}
/**
 * This event records when the VirtualCenter agent on a host failed to upgrade.
 *
 * Extends HostEvent.
 */
export interface VcAgentUpgradeFailedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VcAgentUpgradeFailedEvent";
    /**
     * The reason why the upgrade failed, if known.
     *
     * Values: see {@link AgentInstallFailedReason}.
     */
    reason?: string;
}
/**
 * This event records when the VirtualCenter agent on a host upgraded.
 *
 * Extends HostEvent.
 */
export interface VcAgentUpgradedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VcAgentUpgradedEvent";
}
/**
 * Password for the Vim account user on the host has been changed.
 *
 * Extends HostEvent.
 */
export interface VimAccountPasswordChangedEvent extends HostEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VimAccountPasswordChangedEvent";
}
/** Every `_typeName` a VimFault may carry: its own and its known subtypes'. */
export type VimFaultTypeName = "VimFault" | "AlreadyExists" | "ConcurrentAccess" | "DuplicateName" | FileFaultTypeName | "InsufficientResourcesFault" | InvalidDatastoreTypeName | "InvalidEvent" | "InvalidLocale" | "InvalidLogin" | "InvalidName" | InvalidStateTypeName | "NotFound" | "ResourceInUse" | "SnapshotFault" | "TaskInProgress" | "VmConfigFault";
/**
 * The base data object type for all vSphere-specific faults, the checked faults a method declares.
 *
 * Extends MethodFault.
 */
export interface VimFault extends MethodFault {
    /** VimFault or the name of one of its known subtypes. */
    _typeName: VimFaultTypeName;
}
/** A VimFault or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVimFault = (VimFault & {
    _typeName: "VimFault";
}) | AlreadyExists | ConcurrentAccess | DuplicateName | AnyFileFault | InsufficientResourcesFault | AnyInvalidDatastore | InvalidEvent | InvalidLocale | InvalidLogin | InvalidName | AnyInvalidState | NotFound | ResourceInUse | SnapshotFault | TaskInProgress | VmConfigFault;
/**
 * Data object representing VASA Provider.
 *
 * Extends DynamicData.
 * @since vSphere API 6.0
 */
export interface VimVasaProvider extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VimVasaProvider";
    /**
     * Provider UID.
     *
     * This is populated with namespace prefixed to providerId,
     * which uniquely identifies a VASA Provider. Both namespace and providerId
     * are sourced from Vasa Provider and available within SMS. This field
     * helps in preventing a regeneration of duplicate VASA Provider within
     * vvold when a user attempts to register the same VP using different names
     * or alternative urls.
     * @since vSphere API 6.7
     */
    uid?: string;
    /**
     * VASA Provider URL.
     *
     * In VirtualHost based MultiVC setup,
     * this is set to default virtual host's URL.
     */
    url: string;
    /** Name */
    name?: string;
    /**
     * Self-signed certificate of VASA provider.
     *
     * In VirtualHost based MultiVC setup,
     * this is set to default virtual host's self-signed certificate.
     */
    selfSignedCertificate?: string;
    /**
     * Virtual host configuration for VASA Provider when it supports MultiVC
     * through VirtualHosts.
     * @since vSphere API 8.0.1.0
     */
    vhostConfig?: VimVasaProviderVirtualHostConfig;
    /**
     * SMS supported VASA provider versionId.
     *
     * i-e if versionX corresponds to VASA version supported
     * by SMS, then X needs to be set here.
     * versionX corresponds to SMS supported VASA versions are, 1.0-&gt;version1, 1.5-&gt;version2,
     * 2.0-&gt;version3, 3.0-&gt;version4, 3.5-&gt;version5, 4.0-&gt;version6, 5.0-&gt;version7, etc.
     * For example: If SMS is connecting to VASA 5.0, the this field should be set to 7.
     *
     * Format: int32.
     * @since vSphere API 8.0.1.0
     */
    versionId?: number;
}
/**
 * Data object representing VASA Provider information.
 *
 * Extends DynamicData.
 * @since vSphere API 6.0
 */
export interface VimVasaProviderInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VimVasaProviderInfo";
    /** Vasa provider */
    provider: VimVasaProvider;
    /** Per-array State */
    arrayState?: VimVasaProviderStatePerArray[];
}
/**
 * Per Storage Array VP status.
 *
 * Extends DynamicData.
 * @since vSphere API 6.0
 */
export interface VimVasaProviderStatePerArray extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VimVasaProviderStatePerArray";
    /**
     * Priority of the provider for the given array
     *
     * Format: int32.
     */
    priority: number;
    /** Storage Array object Id */
    arrayId: string;
    /**
     * Indicates whether a VASA Provider (`VimVasaProvider.url`) is active
     * for the specified storage array.
     */
    active: boolean;
}
/**
 * Holds VirtualHost configuration information when VASA 5.0 or greater VVOL VASA Provider
 * supports MultiVC through VirtualHosts.
 *
 * Extends DynamicData.
 * @since vSphere API 8.0.1.0
 */
export interface VimVasaProviderVirtualHostConfig extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VimVasaProviderVirtualHostConfig";
    /**
     * Virtual Host FQDN on VASA Provider.
     *
     * If set, it's
     * used as SNI hostname in outgoing VASA Provider connection.
     */
    vhostName?: string;
    /** IP address where Virtual Host is running */
    serviceHost: string;
    /**
     * Dedicated port for the virtual host.
     *
     * If not specified, default VirtualHost port is used to
     * communicate with VASA Provider.
     *
     * Format: int32.
     */
    servicePort?: number;
}
/** Extends VirtualDevice. */
export interface VirtualCdrom extends VirtualDevice {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualCdrom";
}
/** Extends VirtualDeviceDeviceBackingInfo. */
export interface VirtualCdromAtapiBackingInfo extends VirtualDeviceDeviceBackingInfo {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualCdromAtapiBackingInfo";
}
/** Extends VirtualDeviceFileBackingInfo. */
export interface VirtualCdromIsoBackingInfo extends VirtualDeviceFileBackingInfo {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualCdromIsoBackingInfo";
}
/** Extends VirtualDeviceRemoteDeviceBackingInfo. */
export interface VirtualCdromRemotePassthroughBackingInfo extends VirtualDeviceRemoteDeviceBackingInfo {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualCdromRemotePassthroughBackingInfo";
    exclusive: boolean;
}
/** Every `_typeName` a VirtualController may carry: its own and its known subtypes'. */
export type VirtualControllerTypeName = "VirtualController" | "VirtualIDEController" | "VirtualPCIController" | "VirtualPS2Controller" | VirtualSCSIControllerTypeName | "VirtualSIOController";
/** Extends VirtualDevice. */
export interface VirtualController extends VirtualDevice {
    /** VirtualController or the name of one of its known subtypes. */
    _typeName: VirtualControllerTypeName;
    /** Format: int32. */
    busNumber: number;
    /** Format: int32. */
    device?: number[];
}
/** A VirtualController or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVirtualController = (VirtualController & {
    _typeName: "VirtualController";
}) | VirtualIDEController | VirtualPCIController | VirtualPS2Controller | AnyVirtualSCSIController | VirtualSIOController;
/** Every `_typeName` a VirtualDevice may carry: its own and its known subtypes'. */
export type VirtualDeviceTypeName = "VirtualDevice" | "VirtualCdrom" | VirtualControllerTypeName | "VirtualDisk" | VirtualEthernetCardTypeName | "VirtualFloppy" | "VirtualKeyboard" | "VirtualMachineVMCIDevice" | "VirtualMachineVideoCard" | "VirtualPointingDevice";
/**
 * VirtualDevice is the base data object type for devices in a virtual machine.
 *
 * Extends DynamicData.
 */
export interface VirtualDevice extends DynamicData {
    /** VirtualDevice or the name of one of its known subtypes. */
    _typeName: VirtualDeviceTypeName;
    /**
     * A unique key that distinguishes this device from other devices in the same virtual machine.
     *
     * Format: int32.
     */
    key: number;
    /** Provides a label and summary information for the device. */
    deviceInfo?: AnyDescription;
    /** Information about the backing of this virtual device presented in the context of the virtual machine's environment. */
    backing?: AnyVirtualDeviceBackingInfo;
    /** Provides information about restrictions on removing this device while a virtual machine is running. */
    connectable?: VirtualDeviceConnectInfo;
    /** Information about the bus slot of a device in a virtual machine. */
    slotInfo?: AnyVirtualDeviceBusSlotInfo;
    /**
     * Object key for the controller object for this device.
     *
     * Format: int32.
     */
    controllerKey?: number;
    /**
     * The unit number of this device on its controller.
     *
     * Format: int32.
     */
    unitNumber?: number;
    /**
     * The virtual NUMA node.
     *
     * Format: int32.
     * @since vSphere API 8.0.0.1
     */
    numaNode?: number;
    /**
     * Information about device group device is part of.
     * @since vSphere API 8.0.0.1
     */
    deviceGroupInfo?: VirtualDeviceDeviceGroupInfo;
}
/** A VirtualDevice or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVirtualDevice = (VirtualDevice & {
    _typeName: "VirtualDevice";
}) | VirtualCdrom | AnyVirtualController | VirtualDisk | AnyVirtualEthernetCard | VirtualFloppy | VirtualKeyboard | VirtualMachineVMCIDevice | VirtualMachineVideoCard | VirtualPointingDevice;
/** Every `_typeName` a VirtualDeviceBackingInfo may carry: its own and its known subtypes'. */
export type VirtualDeviceBackingInfoTypeName = "VirtualDeviceBackingInfo" | VirtualDeviceDeviceBackingInfoTypeName | VirtualDeviceFileBackingInfoTypeName | VirtualDeviceRemoteDeviceBackingInfoTypeName | "VirtualEthernetCardDistributedVirtualPortBackingInfo";
/**
 * <code>`VirtualDeviceBackingInfo`</code> is a base data object type for information about the backing of a device in a virtual machine.
 *
 * Extends DynamicData.
 */
export interface VirtualDeviceBackingInfo extends DynamicData {
    /** VirtualDeviceBackingInfo or the name of one of its known subtypes. */
    _typeName: VirtualDeviceBackingInfoTypeName;
}
/** A VirtualDeviceBackingInfo or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVirtualDeviceBackingInfo = (VirtualDeviceBackingInfo & {
    _typeName: "VirtualDeviceBackingInfo";
}) | AnyVirtualDeviceDeviceBackingInfo | AnyVirtualDeviceFileBackingInfo | AnyVirtualDeviceRemoteDeviceBackingInfo | VirtualEthernetCardDistributedVirtualPortBackingInfo;
/** Every `_typeName` a VirtualDeviceBusSlotInfo may carry: its own and its known subtypes'. */
export type VirtualDeviceBusSlotInfoTypeName = "VirtualDeviceBusSlotInfo" | "VirtualDevicePciBusSlotInfo";
/**
 * <code>`VirtualDeviceBusSlotInfo`</code> is a base data object type for information about device connection to its bus.
 *
 * Extends DynamicData.
 */
export interface VirtualDeviceBusSlotInfo extends DynamicData {
    /** VirtualDeviceBusSlotInfo or the name of one of its known subtypes. */
    _typeName: VirtualDeviceBusSlotInfoTypeName;
}
/** A VirtualDeviceBusSlotInfo or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVirtualDeviceBusSlotInfo = (VirtualDeviceBusSlotInfo & {
    _typeName: "VirtualDeviceBusSlotInfo";
}) | VirtualDevicePciBusSlotInfo;
/**
 * The VirtualDeviceSpec data object type encapsulates change specifications for an individual virtual device.
 *
 * Extends DynamicData.
 */
export interface VirtualDeviceConfigSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualDeviceConfigSpec";
    /**
     * Type of operation being performed on the specified virtual device.
     *
     * One of {@link VirtualDeviceConfigSpecOperationValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    operation?: VirtualDeviceConfigSpecOperation | rt.UnknownEnumValue;
    /**
     * Type of operation being performed on the backing of the specified virtual device.
     *
     * One of {@link VirtualDeviceConfigSpecFileOperationValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    fileOperation?: VirtualDeviceConfigSpecFileOperation | rt.UnknownEnumValue;
    /** Device specification, with all necessary properties set. */
    device: AnyVirtualDevice;
    /** Virtual Device Profile requirement. */
    profile?: VirtualMachineProfileSpec[];
    /** BackingInfo configuration options. */
    backing?: VirtualDeviceConfigSpecBackingSpec;
    /**
     * List of independent filters `VirtualMachineIndependentFilterSpec` to configure on the virtual device.
     * @since vSphere API 7.0.2.1
     */
    filterSpec?: VirtualMachineBaseIndependentFilterSpec[];
    /**
     * The change mode of the device.
     *
     * Values: see {@link VirtualDeviceConfigSpecChangeMode}.
     * @since vSphere API 8.0.0.1
     */
    changeMode?: string;
}
/**
 * <code>`VirtualDeviceConfigSpecBackingSpec`</code> is a data object type for information about configuration of the backing of a device in a virtual machine.
 *
 * Extends DynamicData.
 */
export interface VirtualDeviceConfigSpecBackingSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualDeviceConfigSpecBackingSpec";
    parent?: VirtualDeviceConfigSpecBackingSpec;
    crypto?: CryptoSpec;
}
/**
 * The <code>`VirtualDeviceConnectInfo`</code> data object type contains information about connectable virtual devices.
 *
 * Extends DynamicData.
 */
export interface VirtualDeviceConnectInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualDeviceConnectInfo";
    /**
     * Specifies whether the virtual machine should override the virtual device connection state upon the completion of a migration.
     *
     * Values: see {@link VirtualDeviceConnectInfoMigrateConnectOp}.
     */
    migrateConnect?: string;
    /** Specifies whether or not to connect the device when the virtual machine starts. */
    startConnected: boolean;
    /** Enables guest control over whether the connectable device is connected. */
    allowGuestControl: boolean;
    /** Indicates whether the device is currently connected. */
    connected: boolean;
    /**
     * Indicates the current status of the connectable device.
     *
     * Values: see {@link VirtualDeviceConnectInfoStatus}.
     */
    status?: string;
}
/** Every `_typeName` a VirtualDeviceDeviceBackingInfo may carry: its own and its known subtypes'. */
export type VirtualDeviceDeviceBackingInfoTypeName = "VirtualDeviceDeviceBackingInfo" | "VirtualCdromAtapiBackingInfo" | "VirtualEthernetCardNetworkBackingInfo" | "VirtualPointingDeviceDeviceBackingInfo";
/** Extends VirtualDeviceBackingInfo. */
export interface VirtualDeviceDeviceBackingInfo extends VirtualDeviceBackingInfo {
    /** VirtualDeviceDeviceBackingInfo or the name of one of its known subtypes. */
    _typeName: VirtualDeviceDeviceBackingInfoTypeName;
    deviceName: string;
    useAutoDetect?: boolean;
}
/** A VirtualDeviceDeviceBackingInfo or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVirtualDeviceDeviceBackingInfo = (VirtualDeviceDeviceBackingInfo & {
    _typeName: "VirtualDeviceDeviceBackingInfo";
}) | VirtualCdromAtapiBackingInfo | VirtualEthernetCardNetworkBackingInfo | VirtualPointingDeviceDeviceBackingInfo;
/**
 * <code>`VirtualDeviceDeviceGroupInfo`</code> contains information about the device group device is assigned to.
 *
 * Extends DynamicData.
 * @since vSphere API 8.0.0.1
 */
export interface VirtualDeviceDeviceGroupInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualDeviceDeviceGroupInfo";
    /**
     * Device group instance key from <code>`VirtualMachineVirtualDeviceGroupsDeviceGroup`</code>.
     *
     * Format: int32.
     */
    groupInstanceKey: number;
    /**
     * Device sequence in the group.
     *
     * Format: int32.
     */
    sequenceId: number;
}
/** Every `_typeName` a VirtualDeviceFileBackingInfo may carry: its own and its known subtypes'. */
export type VirtualDeviceFileBackingInfoTypeName = "VirtualDeviceFileBackingInfo" | "VirtualCdromIsoBackingInfo" | "VirtualDiskFlatVer2BackingInfo";
/** Extends VirtualDeviceBackingInfo. */
export interface VirtualDeviceFileBackingInfo extends VirtualDeviceBackingInfo {
    /** VirtualDeviceFileBackingInfo or the name of one of its known subtypes. */
    _typeName: VirtualDeviceFileBackingInfoTypeName;
    fileName: string;
    datastore?: ManagedObjectReference;
    backingObjectId?: string;
}
/** A VirtualDeviceFileBackingInfo or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVirtualDeviceFileBackingInfo = (VirtualDeviceFileBackingInfo & {
    _typeName: "VirtualDeviceFileBackingInfo";
}) | VirtualCdromIsoBackingInfo | VirtualDiskFlatVer2BackingInfo;
/** Extends VirtualDeviceBusSlotInfo. */
export interface VirtualDevicePciBusSlotInfo extends VirtualDeviceBusSlotInfo {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualDevicePciBusSlotInfo";
    /** Format: int32. */
    pciSlotNumber: number;
}
/** Every `_typeName` a VirtualDeviceRemoteDeviceBackingInfo may carry: its own and its known subtypes'. */
export type VirtualDeviceRemoteDeviceBackingInfoTypeName = "VirtualDeviceRemoteDeviceBackingInfo" | "VirtualCdromRemotePassthroughBackingInfo";
/** Extends VirtualDeviceBackingInfo. */
export interface VirtualDeviceRemoteDeviceBackingInfo extends VirtualDeviceBackingInfo {
    /** VirtualDeviceRemoteDeviceBackingInfo or the name of one of its known subtypes. */
    _typeName: VirtualDeviceRemoteDeviceBackingInfoTypeName;
    deviceName: string;
    useAutoDetect?: boolean;
}
/** A VirtualDeviceRemoteDeviceBackingInfo or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVirtualDeviceRemoteDeviceBackingInfo = (VirtualDeviceRemoteDeviceBackingInfo & {
    _typeName: "VirtualDeviceRemoteDeviceBackingInfo";
}) | VirtualCdromRemotePassthroughBackingInfo;
/** Extends VirtualDevice. */
export interface VirtualDisk extends VirtualDevice {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualDisk";
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    capacityInKB: number;
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    capacityInBytes?: number;
    shares?: SharesInfo;
    storageIOAllocation?: StorageIOAllocationInfo;
    diskObjectId?: string;
    vFlashCacheConfigInfo?: VirtualDiskVFlashCacheConfigInfo;
    iofilter?: string[];
    vDiskId?: ID;
    nativeUnmanagedLinkedClone?: boolean;
}
/** Extends VirtualDeviceFileBackingInfo. */
export interface VirtualDiskFlatVer2BackingInfo extends VirtualDeviceFileBackingInfo {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualDiskFlatVer2BackingInfo";
    diskMode: string;
    split?: boolean;
    writeThrough?: boolean;
    thinProvisioned?: boolean;
    eagerlyScrub?: boolean;
    uuid?: string;
    contentId?: string;
    changeId?: string;
    parent?: VirtualDiskFlatVer2BackingInfo;
    deltaDiskFormat?: string;
    digestEnabled?: boolean;
    /** Format: int32. */
    deltaGrainSize?: number;
    deltaDiskFormatVariant?: string;
    sharing?: string;
    keyId?: CryptoKeyId;
}
/** Extends DynamicData. */
export interface VirtualDiskVFlashCacheConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualDiskVFlashCacheConfigInfo";
    vFlashModule?: string;
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    reservationInMB?: number;
    cacheConsistencyType?: string;
    cacheMode?: string;
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    blockSizeInKB?: number;
}
/** Extends VirtualEthernetCard. */
export interface VirtualE1000 extends VirtualEthernetCard {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualE1000";
}
/** Every `_typeName` a VirtualEthernetCard may carry: its own and its known subtypes'. */
export type VirtualEthernetCardTypeName = "VirtualEthernetCard" | "VirtualE1000" | "VirtualPCNet32" | VirtualVmxnetTypeName;
/** Extends VirtualDevice. */
export interface VirtualEthernetCard extends VirtualDevice {
    /** VirtualEthernetCard or the name of one of its known subtypes. */
    _typeName: VirtualEthernetCardTypeName;
    addressType?: string;
    macAddress?: string;
    wakeOnLanEnabled?: boolean;
    resourceAllocation?: VirtualEthernetCardResourceAllocation;
    externalId?: string;
    uptCompatibilityEnabled?: boolean;
}
/** A VirtualEthernetCard or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVirtualEthernetCard = (VirtualEthernetCard & {
    _typeName: "VirtualEthernetCard";
}) | VirtualE1000 | VirtualPCNet32 | AnyVirtualVmxnet;
/** Extends VirtualDeviceBackingInfo. */
export interface VirtualEthernetCardDistributedVirtualPortBackingInfo extends VirtualDeviceBackingInfo {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualEthernetCardDistributedVirtualPortBackingInfo";
    port: DistributedVirtualSwitchPortConnection;
}
/** Extends VirtualDeviceDeviceBackingInfo. */
export interface VirtualEthernetCardNetworkBackingInfo extends VirtualDeviceDeviceBackingInfo {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualEthernetCardNetworkBackingInfo";
    network?: ManagedObjectReference;
    inPassthroughMode?: boolean;
}
/** Extends DynamicData. */
export interface VirtualEthernetCardResourceAllocation extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualEthernetCardResourceAllocation";
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    reservation?: number;
    share: SharesInfo;
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    limit?: number;
}
/** Extends VirtualDevice. */
export interface VirtualFloppy extends VirtualDevice {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualFloppy";
}
/**
 * The VirtualHardware data object type contains the complete configuration
 * of the hardware in a virtual machine.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualHardware extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualHardware";
    /**
     * Number of virtual CPUs present in this virtual machine.
     *
     * Format: int32.
     */
    numCPU: number;
    /**
     * Number of cores used to distribute virtual CPUs among sockets
     * in this virtual machine.
     *
     * This field should be ignored for powered off VM with
     * autoCoresPerSocket equals TRUE, because the virtual socket size
     * will be assigned during power-on.
     * This field could be unset for releases prior to 7.0 U3, and it
     * implies numCoresPerSocket is 1.
     * In other cases, this field represents the actual virtual socket
     * size seen by the virtual machine.
     *
     * Format: int32.
     * @since vSphere API 5.0
     */
    numCoresPerSocket?: number;
    /**
     * Cores per socket is automatically determined.
     * @since vSphere API 8.0.0.1
     */
    autoCoresPerSocket?: boolean;
    /**
     * Memory size, in MB.
     *
     * Format: int32.
     */
    memoryMB: number;
    /**
     * Does this virtual machine have Virtual Intel I/O Controller Hub 7
     * @since vSphere API 5.0
     */
    virtualICH7MPresent?: boolean;
    /**
     * Does this virtual machine have System Management Controller
     * @since vSphere API 5.0
     */
    virtualSMCPresent?: boolean;
    /**
     * The set of virtual devices belonging to the virtual machine.
     *
     * This list is unordered.
     */
    device?: AnyVirtualDevice[];
    /**
     * One of motherboardLayout choices.
     *
     * Default is i440bxHostBridge. See
     * `VirtualHardware.motherboardLayout`
     * @since vSphere API 8.0.0.1
     */
    motherboardLayout?: string;
    /**
     * Number of SMT (Simultaneous multithreading) threads.
     *
     * If unset, then system defaults are in use.
     *
     * Format: int32.
     * @since vSphere API 8.0.0.1
     */
    simultaneousThreads?: number;
}
/** Extends VirtualController. */
export interface VirtualIDEController extends VirtualController {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualIDEController";
}
/** Extends VirtualDevice. */
export interface VirtualKeyboard extends VirtualDevice {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualKeyboard";
}
/** Extends VirtualSCSIController. */
export interface VirtualLsiLogicController extends VirtualSCSIController {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualLsiLogicController";
}
/**
 * Specification of scheduling affinity.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineAffinityInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineAffinityInfo";
    /**
     * List of nodes (processors for CPU, NUMA nodes for memory) that may be used by the virtual machine.
     *
     * Format: int32.
     */
    affinitySet: number[];
}
/**
 * The BaseIndependentFilterSpec is base class for two different types of independent filter specs `VirtualMachineIndependentFilterSpec` and `VirtualMachineEmptyIndependentFilterSpec` which are used to specify independent filters to be attached/removed on VMs virtual disk.
 *
 * Extends DynamicData.
 * @since vSphere API 7.0.2.1
 */
export interface VirtualMachineBaseIndependentFilterSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineBaseIndependentFilterSpec";
}
/**
 * The `VirtualMachineBootOptions` data object defines the boot-time behavior of a virtual machine.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineBootOptions extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineBootOptions";
    /**
     * Delay in milliseconds before starting the boot sequence.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    bootDelay?: number;
    /** If set to <code>true</code>, the virtual machine automatically enters BIOS setup the next time it boots. */
    enterBIOSSetup?: boolean;
    /** If set to <code>true</code>, the virtual machine's firmware will perform signature checks of any EFI images loaded during startup, and will refuse to start any images which do not pass those signature checks. */
    efiSecureBootEnabled?: boolean;
    /** If set to <code>true</code>, a virtual machine that fails to boot will try again after the `VirtualMachineBootOptions.bootRetryDelay` time period has expired. */
    bootRetryEnabled?: boolean;
    /**
     * Delay in milliseconds before a boot retry.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    bootRetryDelay?: number;
    /** Boot order. */
    bootOrder?: VirtualMachineBootOptionsBootableDevice[];
    /**
     * Protocol to attempt during PXE network boot or NetBoot.
     *
     * Values: see {@link VirtualMachineBootOptionsNetworkBootProtocolType}.
     */
    networkBootProtocol?: string;
}
/**
 * Bootable device.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineBootOptionsBootableDevice extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineBootOptionsBootableDevice";
}
/**
 * This data object type contains information about the
 * operation/capabilities of a virtual machine
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineCapability extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineCapability";
    /** Indicates whether or not a virtual machine supports snapshot operations. */
    snapshotOperationsSupported: boolean;
    /**
     * Indicates whether or not a virtual machine supports multiple snapshots.
     *
     * This value is not set when the virtual machine is unavailable, for instance,
     * when it is being created or deleted.
     */
    multipleSnapshotsSupported: boolean;
    /** Indicates whether or not a virtual machine supports snapshot config. */
    snapshotConfigSupported: boolean;
    /**
     * Indicates whether or not a virtual machine supports snapshot operations in
     * poweredOff state.
     *
     * This flag doesn't affect vim.VirtualMachine.GetSnapshot,
     * which is always supported.
     */
    poweredOffSnapshotsSupported: boolean;
    /** Indicates whether or not a virtual machine supports memory snapshots. */
    memorySnapshotsSupported: boolean;
    /** Indicates whether or not a virtual machine supports reverting to a snapshot. */
    revertToSnapshotSupported: boolean;
    /** Indicates whether or not a virtual machine supports quiesced snapshots. */
    quiescedSnapshotsSupported: boolean;
    /**
     * Deprecated as of vSphere API 4.0. The value returned from the server is
     * always false.
     *
     * Indicates whether or not snapshots can be disabled.
     * @since vSphere API 2.5
     */
    disableSnapshotsSupported?: boolean;
    /**
     * Indicates whether or not the snapshot tree can be locked.
     * @since vSphere API 2.5
     */
    lockSnapshotsSupported?: boolean;
    /** Indicates whether console preferences can be set for this virtual machine. */
    consolePreferencesSupported: boolean;
    /**
     * Indicates whether CPU feature requirements masks can be set for this
     * virtual machine.
     *
     * Masking for hardware version 9 and newer virtual
     * machines is controlled by `VirtualMachineCapability.featureRequirementSupported`.
     */
    cpuFeatureMaskSupported: boolean;
    /** Indicates whether or not a virtual machine supports ACPI S1 settings management. */
    s1AcpiManagementSupported: boolean;
    /**
     * Indicates whether of not this virtual machine supports
     * setting the screen resolution of the console window.
     *
     * This capability depends on the guest operating system
     * configured for this virtual machine.
     */
    settingScreenResolutionSupported: boolean;
    /** Supports tools auto-update. */
    toolsAutoUpdateSupported: boolean;
    /**
     * Supports virtual machine NPIV WWN.
     * @since vSphere API 2.5
     */
    vmNpivWwnSupported?: boolean;
    /**
     * Supports assigning NPIV WWN to virtual machines that don't have RDM disks.
     * @since vSphere API 2.5
     */
    npivWwnOnNonRdmVmSupported?: boolean;
    /**
     * Indicates whether the NPIV disabling operation is supported the virtual machine.
     * @since vSphere API 4.0
     */
    vmNpivWwnDisableSupported?: boolean;
    /**
     * Indicates whether the update of NPIV WWNs are supported on the virtual machine.
     * @since vSphere API 4.0
     */
    vmNpivWwnUpdateSupported?: boolean;
    /**
     * Flag indicating whether the virtual machine has a configurable
     * *swapfile placement policy*.
     * @since vSphere API 2.5
     */
    swapPlacementSupported?: boolean;
    /**
     * Indicates whether asking tools to sync time with the host is supported.
     * @since vSphere API 2.5
     */
    toolsSyncTimeSupported?: boolean;
    /**
     * Indicates whether or not the use of nested page table hardware support
     * can be explicitly set.
     * @since vSphere API 2.5
     */
    virtualMmuUsageSupported?: boolean;
    /**
     * Indicates whether resource settings for disks can be
     * applied to this virtual machine.
     * @since vSphere API 2.5
     */
    diskSharesSupported?: boolean;
    /**
     * Indicates whether boot options can be configured
     * for this virtual machine.
     * @since vSphere API 2.5
     */
    bootOptionsSupported?: boolean;
    /**
     * Indicates whether automatic boot retry can be
     * configured for this virtual machine.
     * @since vSphere API 4.1
     */
    bootRetryOptionsSupported?: boolean;
    /**
     * Flag indicating whether the video ram size of this virtual machine
     * can be configured.
     * @since vSphere API 2.5
     */
    settingVideoRamSizeSupported?: boolean;
    /**
     * Indicates whether of not this virtual machine supports
     * setting the display topology of the console window.
     *
     * This capability depends on the guest operating system
     * configured for this virtual machine.
     * @since vSphere API 2.5u2server
     */
    settingDisplayTopologySupported?: boolean;
    /**
     * Deprecated as of vSphere API 6.0.
     *
     * Indicates whether record and replay functionality is supported on this
     * virtual machine.
     * @since vSphere API 4.0
     */
    recordReplaySupported?: boolean;
    /**
     * Indicates that change tracking is supported for virtual disks of this
     * virtual machine.
     *
     * However, even if change tracking is supported, it might
     * not be available for all disks of the virtual machine. For example,
     * passthru raw disk mappings or disks backed by any Ver1BackingInfo cannot
     * be tracked.
     * @since vSphere API 4.0
     */
    changeTrackingSupported?: boolean;
    /**
     * Indicates whether multiple virtual cores per socket is supported on this VM.
     * @since vSphere API 5.0
     */
    multipleCoresPerSocketSupported?: boolean;
    /**
     * Indicates that host based replication is supported on this virtual
     * machine.
     *
     * However, even if host based replication is supported,
     * it might not be available for all disk types. For example, passthru
     * raw disk mappings can not be replicated.
     * @since vSphere API 5.0
     */
    hostBasedReplicationSupported?: boolean;
    /**
     * Indicates whether features like guest OS auto-lock and MKS connection
     * controls are supported for this virtual machine.
     * @since vSphere API 5.0
     */
    guestAutoLockSupported?: boolean;
    /**
     * Indicates whether
     * `memoryReservationLockedToMax`
     * may be set to true for this virtual machine.
     * @since vSphere API 5.0
     */
    memoryReservationLockSupported?: boolean;
    /**
     * Indicates whether featureRequirement feature is supported.
     * @since vSphere API 5.1
     */
    featureRequirementSupported?: boolean;
    /**
     * Indicates whether a monitor type change is supported while this virtual
     * machine is in the poweredOn state.
     * @since vSphere API 5.1
     */
    poweredOnMonitorTypeChangeSupported?: boolean;
    /**
     * Indicates whether this virtual machine supports the Flex-SE
     * (space-efficient, sparse) format for virtual disks.
     * @since vSphere API 5.1
     */
    seSparseDiskSupported?: boolean;
    /**
     * Indicates whether this virtual machine supports nested hardware-assisted
     * virtualization.
     * @since vSphere API 5.1
     */
    nestedHVSupported?: boolean;
    /**
     * Indicates whether this virtual machine supports virtualized CPU performance
     * counters.
     * @since vSphere API 5.1
     */
    vPMCSupported?: boolean;
    /**
     * Indicates whether secureBoot is supported for this virtual machine.
     * @since vSphere API 6.5
     */
    secureBootSupported?: boolean;
    /**
     * Indicates whether this virtual machine supports Per-VM EVC mode.
     * @since vSphere API 6.7
     */
    perVmEvcSupported?: boolean;
    /**
     * Indicates that `VirtualMachineFlagInfo.virtualMmuUsage` is
     * ignored by this virtual machine, always operating as if "on" was selected.
     * @since vSphere API 6.7
     */
    virtualMmuUsageIgnored?: boolean;
    /**
     * Indicates that `VirtualMachineFlagInfo.virtualExecUsage` is
     * ignored by this virtual machine, always operating as if "hvOn" was selected.
     * @since vSphere API 6.7
     */
    virtualExecUsageIgnored?: boolean;
    /**
     * Indicates whether this virtual machine supports creating disk-only snapshots
     * in suspended state.
     *
     * If this capability is not set, the snapshot of a
     * virtual machine in suspended state will always include memory.
     * @since vSphere API 6.7
     */
    diskOnlySnapshotOnSuspendedVMSupported?: boolean;
    /**
     * Indicates whether this virtual machine supports suspending to memory.
     * @since vSphere API 7.0.2.0
     */
    suspendToMemorySupported?: boolean;
    /**
     * Indicates support for allowing or disallowing all tools time
     * sync with host.
     * @since vSphere API 7.0.1.0
     */
    toolsSyncTimeAllowSupported?: boolean;
    /**
     * Indicates support for AMD-SEV (Secure Encrypted Virtualization).
     *
     * SEV is
     * supported when set to true, and unsupported otherwise.
     * @since vSphere API 7.0.1.0
     */
    sevSupported?: boolean;
    /**
     * Deprecated as of vSphere 9.0 APIs with no replacement.
     *
     * Indicates support for failover to a different host on VM's with pmem.
     *
     * Failover is supported when set to true, and unsupported otherwise.
     * @since vSphere API 7.0.2.0
     */
    pmemFailoverSupported?: boolean;
    /**
     * Whether the VM supports requiring SGX remote attestation.
     * @since vSphere API 8.0.0.1
     */
    requireSgxAttestationSupported?: boolean;
    /**
     * Indicates support for change mode on virtual disks
     * @since vSphere API 8.0.0.1
     */
    changeModeDisksSupported?: boolean;
    /**
     * Indicates support for Vendor Device Groups
     * @since vSphere API 8.0.1.0
     */
    vendorDeviceGroupSupported?: boolean;
    /**
     * Indicates support for AMD-SEV-SNP (Secure Encrypted Virtualization Secure
     * Nested Paging).
     *
     * SEV-SNP is supported when set to true, and unsupported
     * otherwise.
     * @since vSphere API 9.0.0.0
     */
    sevSnpSupported?: boolean;
    /**
     * Indicates support for INTEL-TDX (Trusted Domain Extensions).
     *
     * TDX is
     * supported when set to true, and unsupported otherwise.
     * @since vSphere API 9.0.0.0
     */
    tdxSupported?: boolean;
}
/**
 * The ConfigInfo data object type encapsulates the configuration settings and
 * virtual hardware for a virtual machine.
 *
 * This type holds all the information
 * that is present in the .vmx configuration file for the virtual machine.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineConfigInfo";
    /**
     * The changeVersion is a unique identifier for a given version
     * of the configuration.
     *
     * Each change to the configuration
     * updates this value. This is typically implemented as an ever
     * increasing count or a time-stamp. However, a client should
     * always treat this as an opaque string.
     */
    changeVersion: string;
    /**
     * Last time a virtual machine's configuration was modified.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    modified: string;
    /**
     * Display name of the virtual machine.
     *
     * Any / (slash), \\ (backslash), character used in this
     * name element is escaped. Similarly, any % (percent) character used in
     * this name element is escaped, unless it is used to start an escape
     * sequence. A slash is escaped as %2F or %2f. A backslash is escaped as %5C or
     * %5c, and a percent is escaped as %25.
     */
    name: string;
    /**
     * This is the full name of the guest operating system for the virtual machine.
     *
     * For example: Windows 2000 Professional.
     *
     * See also `VirtualMachineConfigInfo.alternateGuestName`.
     */
    guestFullName: string;
    /** The version string for this virtual machine. */
    version: string;
    /**
     * 128-bit SMBIOS UUID of a virtual machine represented as a hexadecimal string
     * in "12345678-abcd-1234-cdef-123456789abc" format.
     */
    uuid: string;
    /**
     * Time the virtual machine's configuration was created.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     * @since vSphere API 6.7
     */
    createDate?: string;
    /**
     * VirtualCenter-specific 128-bit UUID of a virtual machine, represented
     * as a hexadecimal string.
     *
     * This identifier is used by VirtualCenter to
     * uniquely identify all virtual machine instances, including those that
     * may share the same SMBIOS UUID.
     * @since vSphere API 4.0
     */
    instanceUuid?: string;
    /**
     * A 64-bit node WWN (World Wide Name).
     *
     * These WWNs are paired with the
     * `VirtualMachineConfigInfo.npivPortWorldWideName` to be used by the NPIV VPORTs instantiated for the
     * virtual machine on the physical HBAs of the host. A pair of node and port WWNs
     * serves as a unique identifier in accessing a LUN, so that it can be monitored or
     * controlled by the storage administrator.
     *
     * If this property contains a single node WWN, the same node WWN is used to pair
     * with all port WWNs listed in `VirtualMachineConfigInfo.npivPortWorldWideName`. If this property or
     * `VirtualMachineConfigInfo.npivPortWorldWideName` is empty or unset, NPIV WWN is disabled for the
     * virtual machine.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 2.5
     */
    npivNodeWorldWideName?: number[];
    /**
     * A 64-bit port WWN (World Wide Name).
     *
     * For detail description on WWN, see
     * `VirtualMachineConfigInfo.npivNodeWorldWideName`.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 2.5
     */
    npivPortWorldWideName?: number[];
    /**
     * The source that provides/generates the assigned WWNs.
     *
     * See also `VirtualMachineConfigInfoNpivWwnType_enum`.
     * @since vSphere API 2.5
     */
    npivWorldWideNameType?: string;
    /**
     * The NPIV node WWNs to be extended from the original list of WWN numbers.
     *
     * This
     * property should be set to desired number which is an aggregate of existing
     * plus new numbers. Desired Node WWNs should always be greater than the existing
     * number of node WWNs
     *
     * Format: int16.
     * @since vSphere API 4.0
     */
    npivDesiredNodeWwns?: number;
    /**
     * The NPIV port WWNs to be extended from the original list of WWN numbers.
     *
     * This
     * property should be set to desired number which is an aggregate of existing
     * plus new numbers. Desired Node WWNs should always be greater than the existing
     * number of port WWNs
     *
     * Format: int16.
     * @since vSphere API 4.0
     */
    npivDesiredPortWwns?: number;
    /**
     * This property is used to enable or disable the NPIV capability on a desired
     * virtual machine on a temporary basis.
     *
     * When this property is set NPIV Vport
     * will not be instantiated by the VMX process of the Virtual Machine. When this
     * property is set port WWNs and node WWNs in the VM configuration are preserved.
     * @since vSphere API 4.0
     */
    npivTemporaryDisabled?: boolean;
    /**
     * This property is used to check whether the NPIV can be enabled on the Virtual
     * machine with non-rdm disks in the configuration, so this is potentially not
     * enabling npiv on vmfs disks.
     *
     * Also this property is used to check whether RDM
     * is required to generate WWNs for a virtual machine.
     * @since vSphere API 4.0
     */
    npivOnNonRdmDisks?: boolean;
    /**
     * Hash incorporating the virtual machine's config file location
     * and the UUID of the host assigned to run the virtual machine.
     */
    locationId?: string;
    /** Flag indicating whether or not a virtual machine is a template. */
    template: boolean;
    /**
     * Guest operating system configured on a virtual machine.
     *
     * This is a guest identifier that can be used to access the
     * `GuestOsDescriptor`
     * list for information about default configuration.
     * For more information on possible values, see
     * `VirtualMachineGuestOsIdentifier`.
     */
    guestId: string;
    /**
     * Used as display name for the operating system if guestId is `other`
     * or `other-64`.
     *
     * See also `VirtualMachineConfigInfo.guestFullName`.
     * @since vSphere API 2.5
     */
    alternateGuestName?: string;
    /** Description for the virtual machine. */
    annotation?: string;
    /**
     * Information about the files associated with a virtual machine.
     *
     * This information does not include files for specific virtual disks or
     * snapshots.
     */
    files: VirtualMachineFileInfo;
    /** Configuration of VMware Tools running in the guest operating system. */
    tools?: ToolsConfigInfo;
    /** Additional flags for a virtual machine. */
    flags: VirtualMachineFlagInfo;
    /** Legacy console viewer preferences when doing power operations. */
    consolePreferences?: VirtualMachineConsolePreferences;
    /** Configuration of default power operations. */
    defaultPowerOps: VirtualMachineDefaultPowerOpInfo;
    /**
     * Whether the next reboot will result in a power off.
     * @since vSphere API 8.0.0.1
     */
    rebootPowerOff?: boolean;
    /** Processor, memory, and virtual devices for a virtual machine. */
    hardware: VirtualHardware;
    /**
     * Vcpu configuration.
     *
     * The <code>vcpuConfig</code> array is indexed
     * by vcpu number.
     * @since vSphere API 7.0.0.0
     */
    vcpuConfig?: VirtualMachineVcpuConfig[];
    /** Resource limits for CPU. */
    cpuAllocation?: ResourceAllocationInfo;
    /** Resource limits for memory. */
    memoryAllocation?: ResourceAllocationInfo;
    /**
     * The latency-sensitivity of the virtual machine.
     * @since vSphere API 5.1
     */
    latencySensitivity?: LatencySensitivity;
    /**
     * Whether memory can be added while this virtual machine is running.
     * @since vSphere API 2.5u2server
     */
    memoryHotAddEnabled?: boolean;
    /**
     * Whether virtual processors can be added while this
     * virtual machine is running.
     * @since vSphere API 2.5u2server
     */
    cpuHotAddEnabled?: boolean;
    /**
     * Whether virtual processors can be removed while this
     * virtual machine is running.
     * @since vSphere API 2.5u2server
     */
    cpuHotRemoveEnabled?: boolean;
    /**
     * The maximum amount of memory, in MB, than can be added to a
     * running virtual machine.
     *
     * This value is determined by the
     * virtual machine and is specified only if
     * `VirtualMachineConfigInfo.memoryHotAddEnabled`
     * is set to true.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 2.5u2server
     */
    hotPlugMemoryLimit?: number;
    /**
     * Memory, in MB that can be added to a running virtual machine
     * must be in increments of this value and needs be a
     * multiple of this value.
     *
     * This value is determined by the virtual machine and is specified
     * only if `VirtualMachineConfigSpec.memoryHotAddEnabled`
     * has been set to true.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 2.5u2server
     */
    hotPlugMemoryIncrementSize?: number;
    /** Affinity settings for CPU. */
    cpuAffinity?: VirtualMachineAffinityInfo;
    /**
     * Deprecated since vSphere 6.0.
     *
     * Affinity settings for memory.
     */
    memoryAffinity?: VirtualMachineAffinityInfo;
    /**
     * Deprecated from vSphere 5.5, shaping policy on VM is not supported.
     *
     * Resource limits for network.
     */
    networkShaper?: VirtualMachineNetworkShaperInfo;
    /** Additional configuration information for the virtual machine. */
    extraConfig?: OptionValue[];
    /**
     * Specifies CPU feature compatibility masks that override the
     * defaults from the `GuestOsDescriptor`
     * of the virtual machine's guest OS.
     *
     * As of vSphere API 6.5 `FeatureMask`
     * is the recommended method for masking virtual machines with
     * hardware version 9 and above (newer). They can be viewed via
     * `featureMask`.
     */
    cpuFeatureMask?: HostCpuIdInfo[];
    /**
     * Enumerates the set of datastores that this virtual machine is
     * stored on, as well as the URL identification for each of these.
     *
     * Changes to datastores do not generate property updates on this
     * property. However, when this property is retrieved it returns the
     * current datastore information.
     */
    datastoreUrl?: VirtualMachineConfigInfoDatastoreUrlPair[];
    /**
     * Virtual machine swapfile placement policy.
     *
     * This will be unset if the
     * virtual machine's
     * `swapPlacementSupported`
     * capability is false. If swapPlacementSupported is true, the default
     * policy is "inherit".
     *
     * See also `VirtualMachineConfigInfoSwapPlacementType_enum`.
     * @since vSphere API 2.5
     */
    swapPlacement?: string;
    /**
     * Configuration options for the boot behavior of the virtual machine.
     * @since vSphere API 2.5
     */
    bootOptions?: VirtualMachineBootOptions;
    /**
     * Fault Tolerance settings for this virtual machine.
     * @since vSphere API 4.0
     */
    ftInfo?: FaultToleranceConfigInfo;
    /**
     * vSphere Replication settings for this virtual machine.
     *
     * Note this may become deprecated in the future releases. We discourage
     * any unnecessary dependency on this field.
     * @since vSphere API 6.0
     */
    repConfig?: ReplicationConfigSpec;
    /**
     * vApp meta-data for the virtual machine
     * @since vSphere API 4.0
     */
    vAppConfig?: VmConfigInfo;
    /**
     * Indicates whether user-configured virtual asserts will be
     * triggered during virtual machine replay.
     * @since vSphere API 4.0
     */
    vAssertsEnabled?: boolean;
    /**
     * Indicates whether changed block tracking for this VM's disks
     * is active.
     * @since vSphere API 4.0
     */
    changeTrackingEnabled?: boolean;
    /**
     * Information about firmware type for this Virtual Machine.
     *
     * Possible values are described in
     * `GuestOsDescriptorFirmwareType_enum`
     * When creating a new VM:
     * \- If vim.vm.FlagInfo.vbsEnabled is set to <code>true</code> and
     * this property is set to <code>bios</code>, error is returned.
     * \- If this property is unset and vim.vm.FlagInfo.vbsEnabled is set
     * to <code>true</code>, this property is set to <code>efi</code>.
     * @since vSphere API 5.0
     */
    firmware?: string;
    /**
     * Indicates the maximum number of active remote display connections
     * that the virtual machine will support.
     *
     * Format: int32.
     * @since vSphere API 5.0
     */
    maxMksConnections?: number;
    /**
     * Indicates whether the guest operating system will logout any active
     * sessions whenever there are no remote display connections open to
     * the virtual machine.
     * @since vSphere API 5.0
     */
    guestAutoLockEnabled?: boolean;
    /**
     * Specifies that this VM is managed by a VC Extension.
     *
     * See the
     * `managedBy` property in the ConfigSpec
     * for more details.
     * @since vSphere API 5.0
     */
    managedBy?: ManagedByInfo;
    /**
     * If set true, memory resource reservation for this virtual machine will always be
     * equal to the virtual machine's memory size; increases in memory size will be
     * rejected when a corresponding reservation increase is not possible.
     * @since vSphere API 5.0
     */
    memoryReservationLockedToMax?: boolean;
    /**
     * Set of values to be used only to perform admission control when
     * determining if a host has sufficient resources for the virtual
     * machine to power on.
     * @since vSphere API 5.0
     */
    initialOverhead?: VirtualMachineConfigInfoOverheadInfo;
    /**
     * Indicates whether this VM is configured to use nested
     * hardware-assisted virtualization.
     * @since vSphere API 5.1
     */
    nestedHVEnabled?: boolean;
    /**
     * Indicates whether this VM have vurtual CPU performance counters
     * enabled.
     * @since vSphere API 5.1
     */
    vPMCEnabled?: boolean;
    /**
     * Configuration of scheduled hardware upgrades and result from last
     * attempt to run scheduled hardware upgrade.
     *
     * See also `ScheduledHardwareUpgradeInfo`.
     * @since vSphere API 5.1
     */
    scheduledHardwareUpgradeInfo?: ScheduledHardwareUpgradeInfo;
    /**
     * Fork configuration of this virtual machines.
     *
     * If unset, this virtual machine
     * is not configured for fork.
     *
     * See also `VirtualMachineForkConfigInfo`.
     * @since vSphere API 6.0
     */
    forkConfigInfo?: VirtualMachineForkConfigInfo;
    /**
     * Deprecated since vSphere 7.0 because vFlash Read Cache
     * end of availability.
     *
     * Specifies the total vFlash resource reservation for the vFlash caches associated
     * with this VM's virtual disks, in bytes.
     *
     * This reservation must be allocated to power on the VM.
     * See `VirtualMachineRuntimeInfo.vFlashCacheAllocation` for allocated
     * reservation when VM is powered on.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 5.5
     */
    vFlashCacheReservation?: number;
    /**
     * A checksum of vmx config file.
     *
     * Format: base64.
     * @since vSphere API 6.0
     */
    vmxConfigChecksum?: string;
    /**
     * Whether to allow tunneling of clients from the guest VM into the
     * common message bus on the host network.
     * @since vSphere API 6.0
     */
    messageBusTunnelEnabled?: boolean;
    /**
     * Virtual Machine Object Identifier.
     *
     * With Object-based Storage systems, Virtual Machine home directory
     * is backed by an object.
     * This identifier will be set only if VM directory resided on
     * object-based storage systems.
     * @since vSphere API 6.0
     */
    vmStorageObjectId?: string;
    /**
     * Virtual Machine Swap Object Identifier.
     *
     * With Object-based Storage systems, VM's Swap is backed by an object.
     * This identifier will be set only if VM swap resided on
     * object-based storage systems.
     * @since vSphere API 6.0
     */
    swapStorageObjectId?: string;
    /**
     * Virtual Machine cryptographic options.
     * @since vSphere API 6.5
     */
    keyId?: CryptoKeyId;
    /**
     * Guest integrity platform configuration
     * @since vSphere API 6.5
     */
    guestIntegrityInfo?: VirtualMachineGuestIntegrityInfo;
    /**
     * An enum describing whether encrypted vMotion is required for this VM.
     *
     * See `VirtualMachineConfigSpecEncryptedVMotionModes_enum` for allowed values.
     * This defaults to opportunistic for a regular VM, and will be set to
     * required for an encrypted VM.
     * @since vSphere API 6.5
     */
    migrateEncryption?: string;
    /**
     * Configuration of SGX, Software Guard Extensions for the VM.
     * @since vSphere API 7.0.0.0
     */
    sgxInfo?: VirtualMachineSgxInfo;
    /**
     * Content Library Item info.
     * @since vSphere API 7.0.0.0
     */
    contentLibItemInfo?: VirtualMachineContentLibraryItemInfo;
    /**
     * An enum describing whether encrypted Fault Tolerance is required for this
     * VM.
     *
     * See `VirtualMachineConfigSpecEncryptedFtModes_enum` for allowed values.
     * \- This defaults to opportunistic for a regular VM, and will be set to
     * required for an encrypted VM.
     * \- If this property is unset, the mode of encrypted Fault Tolerance
     * will be set to opportunistic.
     * @since vSphere API 7.0.2.0
     */
    ftEncryptionMode?: string;
    /**
     * GMM configuration
     * @since vSphere API 7.0.0.0
     */
    guestMonitoringModeInfo?: VirtualMachineGuestMonitoringModeInfo;
    /**
     * SEV (Secure Encrypted Virtualization) enabled or not.
     *
     * SEV is enabled
     * when set to true, and disabled otherwise.
     * @since vSphere API 7.0.1.0
     */
    sevEnabled?: boolean;
    /**
     * vNUMA info.
     * @since vSphere API 8.0.0.1
     */
    numaInfo?: VirtualMachineVirtualNumaInfo;
    /**
     * Deprecated as of vSphere 9.0 APIs with no replacement.
     *
     * Property to indicate PMem HA failover configuration.
     *
     * \- When set to TRUE, VMs configured to use PMem
     * will be failed over to other hosts by HA, but the data
     * in NVDIMM is not persistent.
     * \- When set to FALSE, VMs configured to use PMem will not
     * be failed over to other hosts by HA.
     * Property is currently only applicable to VMs with NVDimms and
     * will fail to set True if vPMem disks are present.
     * @since vSphere API 7.0.2.0
     */
    pmemFailoverEnabled?: boolean;
    /**
     * Indicates whether VMXStats Collection is enabled/disabled.
     *
     * \- If TRUE, VMXStats is enabled for the VM and a scoreboard
     * file is created to store stats for various VMX components.
     * \- If FALSE, VMXStats is disabled for the VM and there is
     * no scoreboard file created.
     * @since vSphere API 7.0.3.1
     */
    vmxStatsCollectionEnabled?: boolean;
    /**
     * Indicates whether operation notification to applications is
     * enabled/disabled.
     *
     * \- When set to TRUE, application running inside the VM will be
     * notified of operations for which they have registered.
     * \- If unset or FALSE, new applications are not allowed to register
     * for notifications and RPCs will no longer be supported from
     * already registered applications.
     * @since vSphere API 7.0.3.0
     */
    vmOpNotificationToAppEnabled?: boolean;
    /**
     * Operation notification timeout in seconds.
     *
     * \- Specifies the maximum time the application can take to
     * prepare for the operation after its been notified. This value is used
     * only if `VirtualMachineConfigInfo.vmOpNotificationToAppEnabled` is set to TRUE.
     * \- If `VirtualMachineConfigInfo.vmOpNotificationTimeout` is unset, then it defaults to
     * cluster/host timeout.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 8.0.0.1
     */
    vmOpNotificationTimeout?: number;
    /**
     * Status of the device swap operation.
     * @since vSphere API 8.0.0.1
     */
    deviceSwap?: VirtualMachineVirtualDeviceSwap;
    /**
     * Deprecated as of vSphere 9.0 APIs with no replacement.
     *
     * Virtual persistent memory info.
     * @since vSphere API 7.0.3.0
     */
    pmem?: VirtualMachineVirtualPMem;
    /**
     * Assignable hardware device groups.
     * @since vSphere API 8.0.0.1
     */
    deviceGroups?: VirtualMachineVirtualDeviceGroups;
    /**
     * Indicates whether support to add and remove fixed passthrough
     * devices when the VM is running is enabled.
     *
     * When the virtual machine is powered on, this indicates if
     * support for hot adding and removing fixed passthrough devices
     * was enabled prior to power on. Otherwise, it indicates whether
     * it will be enabled when the VM is powered on.
     * NOTE: When setting this to true, the memory reservation should
     * be equal to the guest memory size or the option to reserve all
     * guest memory should be selected. If unset, the current value is
     * left unchanged.
     * @since vSphere API 8.0.1.0
     */
    fixedPassthruHotPlugEnabled?: boolean;
    /**
     * Indicates whether FT Metro Cluster is enabled/disabled.
     *
     * \- If TRUE, FT Metro Cluster is enabled for the VM. An implicit
     * Anti-HostGroup will be generated from HostGroup defined for FT
     * primary, then affine the primary with one HostGroup and affine the
     * secondary with another HostGroup.
     * \- If FALSE or unset, FT Metro Cluster is disabled for the VM. Both FT
     * primary and secondary will be put in the same HostGroup.
     * @since vSphere API 8.0.3.0
     */
    metroFtEnabled?: boolean;
    /**
     * Contains properties that are established when the VM
     * powers-on and are later examined when the VM is resumed to ensure that
     * the VM is compatible with the suspended device state.
     *
     * It is only populated while the VM is powered-on.
     * @since vSphere API 9.0.0.0
     */
    vmxRuntimeConfig?: OptionValue[];
    /**
     * Indicate the Host Group (`ClusterHostGroup`) for FT
     * Metro Cluster enabled Virtual Machine.
     *
     * Based on the selected Host Group, FT can divide the hosts in the cluster
     * into two groups and ensure to place FT primary and FT secondary in
     * different groups.
     * @since vSphere API 8.0.3.0
     */
    metroFtHostGroup?: string;
    /**
     * TDX (Trust Domain Extensions) enabled or not.
     *
     * TDX is enabled
     * when set to true, and disabled otherwise.
     * @since vSphere API 9.0.0.0
     */
    tdxEnabled?: boolean;
    /**
     * SEV-SNP (Secure Encrypted Virtualization Secure Nested paging) enabled or
     * not.
     *
     * SEV-SNP is enabled when set to true, and disabled otherwise.
     * @since vSphere API 9.0.0.0
     */
    sevSnpEnabled?: boolean;
}
/**
 * Contains the name of a datastore, and its local file path on the host
 * currently affiliated with this virtual machine.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineConfigInfoDatastoreUrlPair extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineConfigInfoDatastoreUrlPair";
    name: string;
    url: string;
}
/**
 * Information about virtualization overhead required to power on the
 * virtual machine on the registered host.
 *
 * Extends DynamicData.
 * @since vSphere API 5.0
 */
export interface VirtualMachineConfigInfoOverheadInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineConfigInfoOverheadInfo";
    /**
     * Memory overhead required for virtual machine to be powered on (in bytes).
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    initialMemoryReservation?: number;
    /**
     * Disk space required for virtual machine to be powered on (in bytes).
     *
     * This space is used by virtualization infrastructure to swap out
     * virtual machine process memory. Location of the file is specified by
     * sched.swap.vmxSwapDir virtual machinge advanced config option or
     * in case it is not specified - current virtual machine home directory
     * is being used.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    initialSwapReservation?: number;
}
/**
 * This data object type encapsulates configuration settings when creating or reconfiguring a virtual machine.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineConfigSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineConfigSpec";
    /** If specified, the changes are only applied if the current changeVersion matches the specified changeVersion. */
    changeVersion?: string;
    /** Display name of the virtual machine. */
    name?: string;
    /** The version string for this virtual machine. */
    version?: string;
    /**
     * Creation date of a virtual machine represented in DateTime format.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    createDate?: string;
    /** 128-bit SMBIOS UUID of a virtual machine represented as a hexadecimal string in "12345678-abcd-1234-cdef-123456789abc" format. */
    uuid?: string;
    /** VirtualCenter-specific 128-bit UUID of a virtual machine, represented as a hexadecimal string. */
    instanceUuid?: string;
    /**
     * The NPIV node WWN to be assigned to a virtual machine.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    npivNodeWorldWideName?: number[];
    /**
     * The NPIV port WWN to be assigned to a virtual machine.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    npivPortWorldWideName?: number[];
    /** This property is used internally in the communication between the VirtualCenter server and ESX Server to indicate the source for `VirtualMachineConfigSpec.npivNodeWorldWideName` and `VirtualMachineConfigSpec.npivPortWorldWideName` when `VirtualMachineConfigSpec.npivWorldWideNameOp` is "set". */
    npivWorldWideNameType?: string;
    /**
     * The NPIV node WWNs to be extended from the original list of WWN numbers.
     *
     * Format: int16.
     */
    npivDesiredNodeWwns?: number;
    /**
     * The NPIV port WWNs to be extended from the original list of WWN numbers.
     *
     * Format: int16.
     */
    npivDesiredPortWwns?: number;
    /** This property is used to enable or disable the NPIV capability on a desired virtual machine on a temporary basis. */
    npivTemporaryDisabled?: boolean;
    /** This property is used to check whether the NPIV can be enabled on the Virtual machine with non-rdm disks in the configuration, so this is potentially not enabling npiv on vmfs disks. */
    npivOnNonRdmDisks?: boolean;
    /**
     * The flag to indicate what type of NPIV WWN operation is going to be performed on the virtual machine.
     *
     * Values: see {@link VirtualMachineConfigSpecNpivWwnOp}.
     */
    npivWorldWideNameOp?: string;
    /** 128-bit hash based on the virtual machine's configuration file location and the UUID of the host assigned to run the virtual machine. */
    locationId?: string;
    /** Short guest operating system identifier. */
    guestId?: string;
    /** Full name for guest, if guestId is specified as `other` or `other-64`. */
    alternateGuestName?: string;
    /** User-provided description of the virtual machine. */
    annotation?: string;
    /** Information about virtual machine files. */
    files?: VirtualMachineFileInfo;
    /** Configuration of VMware Tools running in the guest operating system. */
    tools?: ToolsConfigInfo;
    /** Additional flags for a virtual machine. */
    flags?: VirtualMachineFlagInfo;
    /** Legacy console viewer preferences that are used with power operations. */
    consolePreferences?: VirtualMachineConsolePreferences;
    /** Configuration for default power operations. */
    powerOpInfo?: VirtualMachineDefaultPowerOpInfo;
    /**
     * Whether the next reboot will result in a power off.
     * @since vSphere API 8.0.0.1
     */
    rebootPowerOff?: boolean;
    /**
     * Number of virtual processors in a virtual machine.
     *
     * Format: int32.
     */
    numCPUs?: number;
    /** Vcpu configuration. */
    vcpuConfig?: VirtualMachineVcpuConfig[];
    /**
     * Number of cores among which to distribute CPUs in this virtual machine.
     *
     * Format: int32.
     */
    numCoresPerSocket?: number;
    /**
     * Size of a virtual machine's memory, in MB.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    memoryMB?: number;
    /** Indicates whether or not memory can be added to the virtual machine while it is running. */
    memoryHotAddEnabled?: boolean;
    /** Indicates whether or not virtual processors can be added to the virtual machine while it is running. */
    cpuHotAddEnabled?: boolean;
    /** Indicates whether or not virtual processors can be removed from the virtual machine while it is running. */
    cpuHotRemoveEnabled?: boolean;
    /** Does this virtual machine have Virtual Intel I/O Controller Hub 7 */
    virtualICH7MPresent?: boolean;
    /** Does this virtual machine have System Management Controller */
    virtualSMCPresent?: boolean;
    /** Set of virtual devices being modified by the configuration operation. */
    deviceChange?: VirtualDeviceConfigSpec[];
    /** Resource limits for CPU. */
    cpuAllocation?: ResourceAllocationInfo;
    /** Resource limits for memory. */
    memoryAllocation?: ResourceAllocationInfo;
    /** The latency-sensitivity setting of the virtual machine. */
    latencySensitivity?: LatencySensitivity;
    /** Affinity settings for CPU. */
    cpuAffinity?: VirtualMachineAffinityInfo;
    /**
     * Deprecated since vSphere 6.0.
     * @deprecated
     */
    memoryAffinity?: VirtualMachineAffinityInfo;
    /**
     * Deprecated from vSphere 5.5, shaping policy on VM is not supported.
     * @deprecated
     */
    networkShaper?: VirtualMachineNetworkShaperInfo;
    /** Specifies the CPU feature compatibility masks. */
    cpuFeatureMask?: VirtualMachineCpuIdInfoSpec[];
    /** Additional configuration information for the virtual machine. */
    extraConfig?: OptionValue[];
    /**
     * Virtual machine swapfile placement policy.
     *
     * Values: see {@link VirtualMachineConfigInfoSwapPlacementType}.
     */
    swapPlacement?: string;
    /** Settings that control the boot behavior of the virtual machine. */
    bootOptions?: VirtualMachineBootOptions;
    /** Configuration of vApp meta-data for a virtual machine */
    vAppConfig?: VmConfigSpec;
    /** Fault Tolerance settings for this virtual machine. */
    ftInfo?: FaultToleranceConfigInfo;
    /** vSphere Replication settings. */
    repConfig?: ReplicationConfigSpec;
    /** Set to true, if the vApp configuration should be removed */
    vAppConfigRemoved?: boolean;
    /** Indicates whether user-configured virtual asserts will be triggered during virtual machine replay. */
    vAssertsEnabled?: boolean;
    /** Setting to control enabling/disabling changed block tracking for the virtual disks of this VM. */
    changeTrackingEnabled?: boolean;
    /**
     * Set the desired firmware type for this Virtual Machine.
     *
     * Values: see {@link GuestOsDescriptorFirmwareType}.
     */
    firmware?: string;
    /**
     * If set, this setting limits the maximum number of active remote display connections that the virtual machine will support to the specified value.
     *
     * Format: int32.
     */
    maxMksConnections?: number;
    /** If set to True, this causes the guest operating system to automatically logout any active sessions whenever there are no remote display connections open to the virtual machine. */
    guestAutoLockEnabled?: boolean;
    /** Specifies that this VM is managed by a VC Extension. */
    managedBy?: ManagedByInfo;
    /** If set true, memory resource reservation for this virtual machine will always be equal to the virtual machine's memory size; increases in memory size will be rejected when a corresponding reservation increase is not possible. */
    memoryReservationLockedToMax?: boolean;
    /** Specifies that this VM will use nested hardware-assisted virtualization. */
    nestedHVEnabled?: boolean;
    /** Specifies that this VM will have virtual CPU performance counters enabled. */
    vPMCEnabled?: boolean;
    /** Configuration of scheduled hardware upgrades. */
    scheduledHardwareUpgradeInfo?: ScheduledHardwareUpgradeInfo;
    /** Virtual Machine Profile requirement. */
    vmProfile?: VirtualMachineProfileSpec[];
    /** Whether to allow tunneling of clients from the guest VM into the common message bus on the host network. */
    messageBusTunnelEnabled?: boolean;
    /** Virtual Machine cryptographic options. */
    crypto?: CryptoSpec;
    /**
     * An enum describing whether encrypted vMotion is required for this VM.
     *
     * Values: see {@link VirtualMachineConfigSpecEncryptedVMotionModes}.
     */
    migrateEncryption?: string;
    /** Configuration of SGX, Software Guard Extensions for the VM. */
    sgxInfo?: VirtualMachineSgxInfo;
    /**
     * An enum describing whether encrypted Fault Tolerance is required for this VM.
     *
     * Values: see {@link VirtualMachineConfigSpecEncryptedFtModes}.
     * @since vSphere API 7.0.2.0
     */
    ftEncryptionMode?: string;
    /** Configuration of GMM, Guest Monitoring Mode for the VM. */
    guestMonitoringModeInfo?: VirtualMachineGuestMonitoringModeInfo;
    /**
     * SEV (Secure Encrypted Virtualization) enabled or not.
     * @since vSphere API 7.0.1.0
     */
    sevEnabled?: boolean;
    /**
     * Virtual NUMA information for this VM.
     * @since vSphere API 8.0.0.1
     */
    virtualNuma?: VirtualMachineVirtualNuma;
    /**
     * One of motherboardLayout choices.
     * @since vSphere API 8.0.0.1
     */
    motherboardLayout?: string;
    /**
     * Deprecated as of vSphere 9.0 APIs with no replacement.
     * @since vSphere API 7.0.2.0
     * @deprecated
     */
    pmemFailoverEnabled?: boolean;
    /**
     * Property to enable/disable VMXStats Collection.
     * @since vSphere API 7.0.3.1
     */
    vmxStatsCollectionEnabled?: boolean;
    /**
     * Property to enable/disable operation notification to applications.
     * @since vSphere API 7.0.3.0
     */
    vmOpNotificationToAppEnabled?: boolean;
    /**
     * Operation notification timeout in seconds.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 8.0.0.1
     */
    vmOpNotificationTimeout?: number;
    /**
     * Status of the device swap operation.
     * @since vSphere API 8.0.0.1
     */
    deviceSwap?: VirtualMachineVirtualDeviceSwap;
    /**
     * Number of SMT (Simultaneous multithreading) threads.
     *
     * Format: int32.
     * @since vSphere API 8.0.0.1
     */
    simultaneousThreads?: number;
    /**
     * Deprecated as of vSphere 9.0 APIs with no replacement.
     * @since vSphere API 7.0.3.0
     * @deprecated
     */
    pmem?: VirtualMachineVirtualPMem;
    /**
     * Assignable hardware device groups.
     * @since vSphere API 8.0.0.1
     */
    deviceGroups?: VirtualMachineVirtualDeviceGroups;
    /**
     * Indicates whether support to add and remove fixed passthrough devices when the VM is running should be enabled.
     * @since vSphere API 8.0.1.0
     */
    fixedPassthruHotPlugEnabled?: boolean;
    /**
     * Indicates whether FT Metro Cluster is enabled/disabled.
     * @since vSphere API 8.0.3.0
     */
    metroFtEnabled?: boolean;
    /**
     * Indicate the Host Group (`ClusterHostGroup`) for FT Metro Cluster enabled Virtual Machine.
     * @since vSphere API 8.0.3.0
     */
    metroFtHostGroup?: string;
    /**
     * TDX (Trust Domain Extensions) enabled or not.
     * @since vSphere API 9.0.0.0
     */
    tdxEnabled?: boolean;
    /**
     * SEV-SNP (Secure Encrypted Virtualization Secure Nested paging) enabled or not.
     * @since vSphere API 9.0.0.0
     */
    sevSnpEnabled?: boolean;
    /**
     * Specification of the vSphere tags that need to be modified for this virtual machine.
     * @since vSphere API 9.1.0.0
     */
    tagSpecs?: TagSpec[];
    /**
     * An optional list of `VmPlacementPolicy` for this VM.
     * @since vSphere API 9.1.0.0
     */
    vmPlacementPolicies?: VmPlacementPolicy[];
    /**
     * The full set of extension compatibility constraints for this virtual machine, declared by its managing extension (see ManagedBy) so that vCenter can protect the VM's properties during operations that would change them.
     * @since vSphere API 9.1.0.0
     */
    extensionCompatibilityConstraint?: VirtualMachineExtensionCompatibilityConstraintSet;
    /**
     * Whether to skip enforcement of the extensionCompatibilityConstraint set.
     * @since vSphere API 9.1.0.0
     */
    skipExtensionCompatibilityChecks?: boolean;
}
/**
 * A subset of virtual machine configuration.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineConfigSummary extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineConfigSummary";
    /** Name of the virtual machine. */
    name: string;
    /** Flag to determine whether or not this virtual machine is a template. */
    template: boolean;
    /** Path name to the configuration file for the virtual machine */
    vmPathName: string;
    /**
     * Memory size of the virtual machine, in megabytes.
     *
     * Format: int32.
     */
    memorySizeMB?: number;
    /**
     * Configured CPU reservation in MHz
     *
     * Format: int32.
     */
    cpuReservation?: number;
    /**
     * Configured Memory reservation in MB
     *
     * Format: int32.
     */
    memoryReservation?: number;
    /**
     * Number of processors in the virtual machine.
     *
     * Format: int32.
     */
    numCpu?: number;
    /**
     * Number of virtual network adapters.
     *
     * Format: int32.
     */
    numEthernetCards?: number;
    /**
     * Number of virtual disks attached to the virtual machine.
     *
     * Format: int32.
     */
    numVirtualDisks?: number;
    /** Virtual machine BIOS identification. */
    uuid?: string;
    /**
     * VC-specific identifier of the virtual machine
     * @since vSphere API 4.0
     */
    instanceUuid?: string;
    /** Guest operating system identifier (short name). */
    guestId?: string;
    /** Guest operating system name configured on the virtual machine. */
    guestFullName?: string;
    /** Description for the virtual machine. */
    annotation?: string;
    /**
     * Product information.
     *
     * References to properties in the URLs are expanded.
     * @since vSphere API 4.0
     */
    product?: VAppProductInfo;
    /**
     * Whether the VM requires a reboot to finish installation.
     *
     * False if no vApp
     * meta-data is configured.
     * @since vSphere API 4.0
     */
    installBootRequired?: boolean;
    /**
     * Fault Tolerance settings for this virtual machine.
     *
     * This property will be populated only for fault tolerance virtual
     * machines and will be left unset for all other virtual machines.
     * See `FaultToleranceConfigInfo` for a description.
     * @since vSphere API 4.0
     */
    ftInfo?: FaultToleranceConfigInfo;
    /**
     * Specifies that this VM is managed by a VC Extension.
     *
     * See the
     * `managedBy` property in the ConfigSpec
     * for more details.
     * @since vSphere API 5.0
     */
    managedBy?: ManagedByInfo;
    /**
     * Is TPM present in a VM?
     * @since vSphere API 6.7
     */
    tpmPresent?: boolean;
    /**
     * Number of VMIOP backed devices attached to the virtual machine.
     *
     * Format: int32.
     * @since vSphere API 6.7
     */
    numVmiopBackings?: number;
    /**
     * The hardware version string for this virtual machine.
     * @since vSphere API 6.9.1
     */
    hwVersion?: string;
}
/**
 * Preferences for the legacy console application that affect the way it behaves during power operations on the virtual machine.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineConsolePreferences extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineConsolePreferences";
    /** Power on the virtual machine when it is opened in the console. */
    powerOnWhenOpened?: boolean;
    /** Enter full screen mode when this virtual machine is powered on. */
    enterFullScreenOnPowerOn?: boolean;
    /** Close the console application when the virtual machine is powered off or suspended. */
    closeOnPowerOffOrSuspend?: boolean;
}
/**
 * Describes the content library item information
 * associated with the virtual machine.
 *
 * Extends DynamicData.
 * @since vSphere API 7.0.0.0
 */
export interface VirtualMachineContentLibraryItemInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineContentLibraryItemInfo";
    /** The content library item UUID */
    contentLibraryItemUuid: string;
    /**
     * The content library item version is determined and
     * managed by content library and this field stamps the version
     * provided by CL to the VM.
     */
    contentLibraryItemVersion?: string;
}
/**
 * Wrapper class to support incremental updates of the cpuFeatureMask.
 *
 * Extends ArrayUpdateSpec.
 */
export interface VirtualMachineCpuIdInfoSpec extends ArrayUpdateSpec {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineCpuIdInfoSpec";
    info?: HostCpuIdInfo;
}
/**
 * The DefaultPowerOpInfo data object type holds the configured defaults for the power operations on a virtual machine.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineDefaultPowerOpInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineDefaultPowerOpInfo";
    /** Describes the default power off type for this virtual machine. */
    powerOffType?: string;
    /** Describes the default suspend type for this virtual machine. */
    suspendType?: string;
    /** Describes the default reset type for this virtual machine. */
    resetType?: string;
    /** Default operation for power off: soft or hard */
    defaultPowerOffType?: string;
    /** Default operation for suspend: soft or hard */
    defaultSuspendType?: string;
    /** Default operation for reset: soft or hard */
    defaultResetType?: string;
    /** Behavior of virtual machine when it receives the S1 ACPI call. */
    standbyAction?: string;
}
/**
 * The DeviceRuntimeInfo data object type provides information about
 * the execution state of a single virtual device.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface VirtualMachineDeviceRuntimeInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineDeviceRuntimeInfo";
    /** The device runtime state. */
    runtimeState: VirtualMachineDeviceRuntimeInfoDeviceRuntimeState;
    /**
     * The device key.
     *
     * Format: int32.
     */
    key: number;
}
/**
 * Runtime state of a device.
 *
 * Subclassed for information that is specific
 * to certain device types.
 *
 * Extends DynamicData.
 * @since vSphere API 4.1
 */
export interface VirtualMachineDeviceRuntimeInfoDeviceRuntimeState extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineDeviceRuntimeInfoDeviceRuntimeState";
}
/**
 * VirtualMachineExtensionCompatibilityConstraint is a compatibility constraint declared by a managing extension on a virtual machine it manages.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineExtensionCompatibilityConstraint extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineExtensionCompatibilityConstraint";
    /** ConstraintName is an optional descriptive label for the constraint, chosen by the managing extension (for example, "pool-invariant"). */
    constraintName?: string;
    /** ConstraintType is the property that this constraint protects. */
    constraintType: string;
    /** ConstraintKind is how the constraint is evaluated. */
    constraintKind: string;
}
/**
 * VirtualMachineExtensionCompatibilityConstraintSet represents the set of VirtualMachineExtensionCompatibilityConstraint objects declared on a virtual machine.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineExtensionCompatibilityConstraintSet extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineExtensionCompatibilityConstraintSet";
    /** Constraint is the extension compatibility constraints in this set. */
    constraint?: VirtualMachineExtensionCompatibilityConstraint[];
}
/**
 * Feature requirement contains a key, featureName and an opaque value
 *
 * Extends DynamicData.
 * @since vSphere API 5.1
 */
export interface VirtualMachineFeatureRequirement extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineFeatureRequirement";
    /** Accessor name to the feature requirement test */
    key: string;
    /**
     * Name of the feature.
     *
     * Identical to the key.
     */
    featureName: string;
    /**
     * Opaque value for the feature operation.
     *
     * Operation is contained
     * in the value.
     */
    value: string;
}
/**
 * The FileInfo data object type contains the locations of virtual machine files other than the virtual disk files.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineFileInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineFileInfo";
    /** Path name to the configuration file for the virtual machine, e.g., the .vmx file. */
    vmPathName?: string;
    /** Path name of the directory that holds suspend and snapshot files belonging to the virtual machine. */
    snapshotDirectory?: string;
    /** Some products allow the suspend directory to be different than the snapshot directory. */
    suspendDirectory?: string;
    /** Directory to store the log files for the virtual machine. */
    logDirectory?: string;
    /** Directory to store the fault tolerance meta data files for the virtual machine. */
    ftMetadataDirectory?: string;
}
/**
 * Deprecated as of vSphere API 4.0, use `VirtualMachineFileLayoutEx` instead.
 *
 * Describes the set of files that makes up a virtual machine on disk.
 *
 * The
 * file layout is broken into 4 major sections:
 *   - Configuration: Files stored in the configuration directory
 *   - Log: Files stored in the log directory
 *   - Disk: Files stored relative to a disk configuration file
 *   - Snapshot: Stored in the snapshot directory
 *
 * Often the same directory is used for configuration, log, disk and
 * snapshots.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineFileLayout extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineFileLayout";
    /**
     * A list of files that makes up the configuration of the virtual machine
     * (excluding the .vmx file, since that file is represented in the
     * FileInfo).
     *
     * These are relative paths from the configuration directory. A
     * slash is always used as a separator. This list will typically include the
     * NVRAM file, but could also include other meta-data files.
     */
    configFile?: string[];
    /**
     * A list of files stored in the virtual machine's log directory.
     *
     * These are
     * relative paths from the logDirectory. A slash is always used as a
     * separator.
     */
    logFile?: string[];
    /** Files making up each virtual disk. */
    disk?: VirtualMachineFileLayoutDiskLayout[];
    /** Files of each snapshot. */
    snapshot?: VirtualMachineFileLayoutSnapshotLayout[];
    /**
     * The swapfile specific to this virtual machine, if any.
     *
     * This is a
     * complete datastore path, not a relative path.
     */
    swapFile?: string;
}
/**
 * Enumerats the set of files for each virtual disk.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineFileLayoutDiskLayout extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineFileLayoutDiskLayout";
    /**
     * Identification of the disk in `config`.
     *
     * Format: int32.
     */
    key: number;
    /**
     * List of files that makes up the virtual disk.
     *
     * At least one entry
     * always exists in this array. The first entry is the main
     * descriptor of the virtual disk (the one used when adding the
     * disk to a virtual machine). These are complete datastore paths, not
     * relative paths.
     */
    diskFile: string[];
}
/**
 * Detailed description of files that make up a virtual machine on disk.
 *
 * The
 * file layout is broken into 4 major sections:
 *   - Configuration: Files stored in the configuration directory
 *   - Log: Files stored in the log directory
 *   - Disk: Files stored relative to a disk configuration file
 *   - Snapshot: Stored in the snapshot directory
 *
 * Often the same directory is used for configuration, log, disk and
 * snapshots.
 *
 * Extends DynamicData.
 * @since vSphere API 4.0
 */
export interface VirtualMachineFileLayoutEx extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineFileLayoutEx";
    /**
     * Information about all the files that constitute the virtual machine
     * including configuration files, disks, swap file, suspend file, log files,
     * core files, memory file etc.
     *
     * `VirtualMachineFileLayoutExFileType_enum` lists the
     * different file-types that make a virtual machine.
     */
    file?: VirtualMachineFileLayoutExFileInfo[];
    /**
     * Layout of each virtual disk attached to the virtual machine.
     *
     * For a virtual machine with snaphots, this property gives only those disks
     * that are attached to it at the current point of running.
     */
    disk?: VirtualMachineFileLayoutExDiskLayout[];
    /** Layout of each snapshot of the virtual machine. */
    snapshot?: VirtualMachineFileLayoutExSnapshotLayout[];
    /**
     * Time when values in this structure were last updated.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    timestamp: string;
}
/**
 * Layout of a virtual disk, including the base- and delta- disks.
 *
 * A virtual disk typically is made up of a chain of disk-units.
 *
 * Extends DynamicData.
 * @since vSphere API 4.0
 */
export interface VirtualMachineFileLayoutExDiskLayout extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineFileLayoutExDiskLayout";
    /**
     * Identifier for the virtual disk in `VirtualHardware.device`.
     *
     * Format: int32.
     */
    key: number;
    /**
     * The sector format of the virtual disk.
     *
     * See `DatastoreSectorFormat_enum` for definitions of supported types. If not
     * set, the default value is `native_512`.
     * @since vSphere API 9.0.0.0
     */
    virtualDiskFormat?: string;
    /** The disk-unit chain that makes up this virtual disk. */
    chain?: VirtualMachineFileLayoutExDiskUnit[];
}
/**
 * Information about a single unit of a virtual disk, such as
 * the base-disk or a delta-disk.
 *
 * A disk-unit consists of at least one descriptor
 * file, and zero or more extent files.
 *
 * Sometimes, a disk-unit is also referred to as a _backing_.
 *
 * Extends DynamicData.
 * @since vSphere API 4.0
 */
export interface VirtualMachineFileLayoutExDiskUnit extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineFileLayoutExDiskUnit";
    /**
     * Array of keys of the files that make up the disk unit.
     *
     * Values here
     * correspond to property `VirtualMachineFileLayoutExFileInfo.key` in
     * `VirtualMachineFileLayoutEx.file`.
     *
     * At least one entry always exists in this array. Property
     * `VirtualMachineFileLayoutExFileInfo.type` of the referenced file
     * can be used to distinguish the disk descriptor (type `diskDescriptor`) from the extents.
     *
     * Format: int32.
     */
    fileKey: number[];
}
/**
 * Basic information about a file.
 *
 * Extends DynamicData.
 * @since vSphere API 4.0
 */
export interface VirtualMachineFileLayoutExFileInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineFileLayoutExFileInfo";
    /**
     * Key to reference this file.
     *
     * Format: int32.
     */
    key: number;
    /** Name of the file, including the complete datastore path. */
    name: string;
    /**
     * Type of the file.
     *
     * `VirtualMachineFileLayoutExFileType_enum` lists
     * all valid values.
     */
    type: string;
    /**
     * Size of the file in bytes.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    size: number;
    /**
     * Size of the file in bytes corresponding to the file blocks
     * that were allocated uniquely.
     *
     * In other words, if the underlying
     * storage supports sharing of file blocks across disk files, the
     * property corresponds to the size of the file blocks that were
     * allocated only in context of this file, i.e. it does not include
     * shared blocks that were allocated in other files.
     * This property will be unset if the underlying implementation
     * is unable to compute this information. One example of this
     * is when the file resides on a NAS datastore whose underlying
     * storage doesn't support this metric. In some cases the field
     * might be set but the value could be over-estimated due to
     * the inability of the NAS based storage to provide an
     * accurate value.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 5.1
     */
    uniqueSize?: number;
    /**
     * Backing object's durable and unmutable identifier.
     *
     * Each backing object has a unique identifier which is not settable.
     * This property is applied to the file backed by a storage object,
     * such as vvol.
     * @since vSphere API 6.0
     */
    backingObjectId?: string;
    /**
     * Flag which indicates the accessibility of the file
     * when the file info object was created.
     * @since vSphere API 6.0
     */
    accessible?: boolean;
}
/**
 * Layout of a snapshot.
 *
 * Extends DynamicData.
 * @since vSphere API 4.0
 */
export interface VirtualMachineFileLayoutExSnapshotLayout extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineFileLayoutExSnapshotLayout";
    /**
     * Reference to the snapshot.
     *
     * Refers instance of `VirtualMachineSnapshot`.
     *
     * Refers to a VirtualMachineSnapshot managed object.
     */
    key: ManagedObjectReference;
    /**
     * Key to the snapshot data file in `VirtualMachineFileLayoutEx.file`.
     *
     * Format: int32.
     */
    dataKey: number;
    /**
     * Key to the snapshot memory file in `VirtualMachineFileLayoutEx.file`.
     *
     * Powered off snapshots do not have a memory component and in some cases
     * the memory component is combined with the data component. When a memory
     * component does not exist, the value is initialized to -1.
     *
     * Format: int32.
     * @since vSphere API 6.0
     */
    memoryKey?: number;
    /**
     * Layout of each virtual disk of the virtual machine when the
     * snapshot was taken.
     */
    disk?: VirtualMachineFileLayoutExDiskLayout[];
}
/**
 * Enumerates the set of files that make up a snapshot or redo-point
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineFileLayoutSnapshotLayout extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineFileLayoutSnapshotLayout";
    /**
     * Identification of the snapshot
     *
     * Refers instance of `VirtualMachineSnapshot`.
     *
     * Refers to a VirtualMachineSnapshot managed object.
     */
    key: ManagedObjectReference;
    /**
     * A list of files that make up the snapshot state.
     *
     * These are relative
     * paths from the snapshotDirectory. A slash is always used as a
     * separator.
     */
    snapshotFile: string[];
}
/**
 * The FlagInfo data object type encapsulates the flag settings for a virtual machine.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineFlagInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineFlagInfo";
    /** Flag to turn off video acceleration for a virtual machine console window. */
    disableAcceleration?: boolean;
    /** Flag to enable logging for a virtual machine. */
    enableLogging?: boolean;
    /** Flag to specify whether or not to use TOE (TCP/IP Offloading). */
    useToe?: boolean;
    /**
     * Deprecated as of VI API 2.5, use `VirtualMachineFlagInfo.monitorType`.
     * @deprecated
     */
    runWithDebugInfo?: boolean;
    /**
     * vmx process type.
     *
     * Values: see {@link VirtualMachineFlagInfoMonitorType}.
     */
    monitorType?: string;
    /**
     * Deprecated as of vSphere API 6.7.
     *
     * Values: see {@link VirtualMachineHtSharing}.
     * @deprecated
     */
    htSharing?: string;
    /**
     * Deprecated as of vSphere API 4.0.
     * @deprecated
     */
    snapshotDisabled?: boolean;
    /** Flag to specify whether the snapshot tree is locked for this virtual machine. */
    snapshotLocked?: boolean;
    /** Indicates whether disk UUIDs are being used by this virtual machine. */
    diskUuidEnabled?: boolean;
    /**
     * Indicates whether or not the system will try to use nested page table hardware support, if available.
     *
     * Values: see {@link VirtualMachineFlagInfoVirtualMmuUsage}.
     */
    virtualMmuUsage?: string;
    /**
     * Indicates whether or not the system will try to use Hardware Virtualization (HV) support for instruction virtualization, if available.
     *
     * Values: see {@link VirtualMachineFlagInfoVirtualExecUsage}.
     */
    virtualExecUsage?: string;
    /**
     * Specifies the power-off behavior for a virtual machine that has a snapshot.
     *
     * Values: see {@link VirtualMachinePowerOffBehavior}.
     */
    snapshotPowerOffBehavior?: string;
    /**
     * Deprecated as of vSphere API 6.0.
     * @deprecated
     */
    recordReplayEnabled?: boolean;
    /**
     * Indicates the type of fault tolerance type the virtual machine is configured to use.
     *
     * Values: see {@link VirtualMachineFaultToleranceType}.
     */
    faultToleranceType?: string;
    /** Flag to specify whether common CBRC digest cache is enabled for this virtual machine. */
    cbrcCacheEnabled?: boolean;
    /** Flag to specify if Intel Virtualization Technology for Directed I/O is enabled for this virtual machine. */
    vvtdEnabled?: boolean;
    /** Flag to specify if Virtualization-based security is enabled for this virtual machine. */
    vbsEnabled?: boolean;
}
/**
 * This data object describes the fork configuration of this
 * virtual machine.
 *
 * Extends DynamicData.
 * @since vSphere API 6.0
 */
export interface VirtualMachineForkConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineForkConfigInfo";
    /**
     * Flag to indicate whether this virtual machine is a parent enabled
     * virtual machine.
     *
     * If this vm is not a parent enabled vm this
     * property will be unset.
     * When set into the vim.vm.ConfigSpec this flag will be ignored.
     */
    parentEnabled?: boolean;
    /**
     * The fork group ID identifies the parent group of which this child
     * VirtualMachine is a child.
     *
     * Applicable for child VirtualMachines only.
     */
    childForkGroupId?: string;
    /**
     * The fork group ID identifies the parent group which this VirtualMachine
     * belongs to.
     *
     * Applicable for parent VirtualMachines only.
     * @since vSphere API 6.5
     */
    parentForkGroupId?: string;
    /**
     * The flag to indicate the fork child type.
     *
     * For a persistent child
     * virtual machine, once it is powered on, it will become a linked
     * clone of its parent and this flag will be set to 'none'.
     *
     * See also `VirtualMachineForkConfigInfoChildType_enum`.
     */
    childType?: string;
}
/**
 * This data object describes the guest integrity platform configuration of
 * this virtual machine.
 *
 * Extends DynamicData.
 * @since vSphere API 6.5
 */
export interface VirtualMachineGuestIntegrityInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineGuestIntegrityInfo";
    /**
     * Flag to indicate whether guest integrity platform feature is enabled for
     * this virtual machine.
     *
     * Guest integrity adds capabilities in the virtual
     * platform to detect attacks on the guest OS kernel
     */
    enabled?: boolean;
}
/**
 * This data object describes the GMM (Guest Mode Monitoring) configuration of this virtual machine.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineGuestMonitoringModeInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineGuestMonitoringModeInfo";
    gmmFile?: string;
    gmmAppliance?: string;
}
/**
 * A subset of virtual machine guest information.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineGuestSummary extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineGuestSummary";
    /** Guest operating system identifier (short name), if known. */
    guestId?: string;
    /** Guest operating system name configured on the virtual machine. */
    guestFullName?: string;
    /**
     * Deprecated as of vSphere API 5.0 use `VirtualMachineGuestSummary.toolsVersionStatus2` and
     * `VirtualMachineGuestSummary.toolsRunningStatus`.
     *
     * Current status of VMware Tools in the guest operating system, if known.
     *
     * One of {@link VirtualMachineToolsStatusValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    toolsStatus?: VirtualMachineToolsStatus | rt.UnknownEnumValue;
    /**
     * Deprecated as of vSphere API 5.0 use `VirtualMachineGuestSummary.toolsVersionStatus2`.
     *
     * Current version status of VMware Tools in the guest operating system,
     * if known.
     * @since vSphere API 4.0
     */
    toolsVersionStatus?: string;
    /**
     * Current version status of VMware Tools in the guest operating system,
     * if known.
     * @since vSphere API 5.0
     */
    toolsVersionStatus2?: string;
    /**
     * Current running status of VMware Tools in the guest operating system,
     * if known.
     * @since vSphere API 4.0
     */
    toolsRunningStatus?: string;
    /** Hostname of the guest operating system, if known. */
    hostName?: string;
    /** Primary IP address assigned to the guest operating system, if known. */
    ipAddress?: string;
    /**
     * The hardware version string for this virtual machine.
     * @since vSphere API 6.9.1
     */
    hwVersion?: string;
}
/**
 * Message data which is intended to be displayed according to the locale of a client.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineMessage extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineMessage";
    /** A unique identifier for this particular message. */
    id: string;
    /** Substitution arguments for variables in the localized message. */
    argument?: AnyValue[];
    /** Text in session locale. */
    text?: string;
}
/**
 * Network traffic shaping specification.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineNetworkShaperInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineNetworkShaperInfo";
    /** Is the shaper enabled? */
    enabled?: boolean;
    /**
     * Peak bandwidth, in bits per second.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    peakBps?: number;
    /**
     * Average bandwidth, in bits per second.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    averageBps?: number;
    /**
     * Burst size, in bytes.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    burstSize?: number;
}
/**
 * The ProfileSpec data object is used to specify the Storage Policy to be associated with a Virtual Machine Home or a Virtual Disk.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineProfileSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineProfileSpec";
}
/**
 * This data object type describes the question that is currently
 * blocking a virtual machine.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineQuestionInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineQuestionInfo";
    /** Identifier with an opaque value that specifies the pending question. */
    id: string;
    /** Text that describes the pending question. */
    text: string;
    /** List of key-value pairs that specify possible answers. */
    choice: ChoiceOption;
    /**
     * The message data for the individual messages that comprise the question.
     *
     * Only available on servers that support localization.
     * @since vSphere API 2.5
     */
    message?: VirtualMachineMessage[];
}
/**
 * A set of statistics that are typically updated with near real-time regularity.
 *
 * This data object type does not support notification, for scalability reasons.
 * Therefore, changes in QuickStats do not generate property collector updates. To
 * monitor statistics values, use the statistics and alarms modules instead.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineQuickStats extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineQuickStats";
    /**
     * Basic CPU performance statistics, in MHz.
     *
     * Valid while the virtual machine is running.
     *
     * Format: int32.
     */
    overallCpuUsage?: number;
    /**
     * Basic CPU performance statistics, in MHz.
     *
     * Valid while the virtual machine is running.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    overallCpuDemand?: number;
    /**
     * Percentage of time that the virtual machine was ready, but could not
     * get scheduled to run on the physical CPU.
     *
     * Valid while the virtual machine is running.
     *
     * Format: int32.
     * @since vSphere API 7.0.0.0
     */
    overallCpuReadiness?: number;
    /**
     * Guest memory utilization statistics, in MB.
     *
     * This
     * is also known as active guest memory. The number
     * can be between 0 and the configured memory size of
     * the virtual machine. Valid while the virtual machine is
     * running.
     *
     * Format: int32.
     */
    guestMemoryUsage?: number;
    /**
     * Host memory utilization statistics, in MB.
     *
     * This
     * is also known as consumed host memory. This is between 0 and
     * the configured resource limit. Valid while the virtual machine is
     * running. This includes the overhead memory of the VM.
     *
     * Format: int32.
     */
    hostMemoryUsage?: number;
    /**
     * Guest operating system heartbeat metric.
     *
     * See `VirtualMachine.guestHeartbeatStatus` for a description.
     *
     * One of {@link ManagedEntityStatusValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    guestHeartbeatStatus: ManagedEntityStatus | rt.UnknownEnumValue;
    /**
     * This is the amount of CPU resource, in MHz, that this VM is entitled to, as
     * calculated by DRS.
     *
     * Valid only for a VM managed by DRS.
     *
     * Format: int32.
     */
    distributedCpuEntitlement?: number;
    /**
     * This is the amount of memory, in MB, that this VM is entitled to, as
     * calculated by DRS.
     *
     * Valid only for a VM managed by DRS.
     *
     * Format: int32.
     */
    distributedMemoryEntitlement?: number;
    /**
     * The static CPU resource entitlement for a virtual machine.
     *
     * This value is
     * calculated based on this virtual machine's resource reservations, shares
     * and limit, and doesn't take into account current usage. This is the worst
     * case CPU allocation for this virtual machine, that is, the amount of CPU
     * resource this virtual machine would receive if all virtual machines running
     * in the cluster went to maximum consumption. Units are MHz.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    staticCpuEntitlement?: number;
    /**
     * The static memory resource entitlement for a virtual machine.
     *
     * This value is
     * calculated based on this virtual machine's resource reservations, shares
     * and limit, and doesn't take into account current usage. This is the worst
     * case memory allocation for this virtual machine, that is, the amount of
     * memory this virtual machine would receive if all virtual machines running
     * in the cluster went to maximum consumption. Units are MB.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    staticMemoryEntitlement?: number;
    /**
     * Amount of host physical memory that is mapped for a virtual machine,
     * in MB.
     *
     * The number can be between 0 and the configured memory size of
     * the virtual machine. Valid while the virtual machine is running.
     *
     * Format: int32.
     * @since vSphere API 7.0.0.0
     */
    grantedMemory?: number;
    /**
     * The portion of memory, in MB, that is granted to this VM from non-shared
     * host memory.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    privateMemory?: number;
    /**
     * The portion of memory, in MB, that is granted to this VM from host memory
     * that is shared between VMs.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    sharedMemory?: number;
    /**
     * The portion of memory, in MB, that is granted to this VM from the host's swap
     * space.
     *
     * This is a sign that there is memory pressure on the host.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    swappedMemory?: number;
    /**
     * The size of the balloon driver in the VM, in MB.
     *
     * The host will inflate the
     * balloon driver to reclaim physical memory from the VM. This is a sign that
     * there is memory pressure on the host.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    balloonedMemory?: number;
    /**
     * The amount of consumed overhead memory, in MB, for this VM.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    consumedOverheadMemory?: number;
    /**
     * The network bandwidth used for logging between the
     * primary and secondary fault tolerance VMs.
     *
     * The unit is kilobytes per second.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    ftLogBandwidth?: number;
    /**
     * The amount of time in wallclock that the VCPU of the secondary fault
     * tolerance VM is behind the VCPU of the primary VM.
     *
     * The unit is millisecond.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    ftSecondaryLatency?: number;
    /**
     * The latency status of the fault tolerance VM.
     *
     * ftLatencyStatus is determined by the value of ftSecondaryLatency.
     * ftLatencyStatus is:
     * green, if ftSecondaryLatency is less than or equal to 2 seconds;
     * yellow, if ftSecondaryLatency is greater than 2 seconds,
     * and less than or equal to 6 seconds;
     * red, if ftSecondaryLatency is greater than 6 seconds;
     * gray, if ftSecondaryLatency is unknown.
     *
     * One of {@link ManagedEntityStatusValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     * @since vSphere API 4.0
     */
    ftLatencyStatus?: ManagedEntityStatus | rt.UnknownEnumValue;
    /**
     * The amount of compressed memory currently consumed by VM, in Kb.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 4.1
     */
    compressedMemory?: number;
    /**
     * The system uptime of the VM in seconds.
     *
     * Format: int32.
     * @since vSphere API 4.1
     */
    uptimeSeconds?: number;
    /**
     * The amount of memory swapped to fast disk device such as
     * SSD, in KB.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 5.0
     */
    ssdSwappedMemory?: number;
    /**
     * The amount of memory that was recently touched by the VM, in MB.
     *
     * Format: int32.
     * @since vSphere API 7.0.3.0
     */
    activeMemory?: number;
    /**
     * Stats for each physical memory tier.
     *
     * A physical memory tier consists of one or
     * more logical memory tiers of the same `HostMemoryTierType_enum`. For
     * example, the logical tiers can be tier0 (DRAM), tier1 (DRAM), and tier2 (PMEM),
     * while the physical tiers are just DRAM and PMEM.
     * @since vSphere API 7.0.3.0
     */
    memoryTierStats?: VirtualMachineQuickStatsMemoryTierStats[];
}
/**
 * Extends DynamicData.
 * @since vSphere API 7.0.3.0
 */
export interface VirtualMachineQuickStatsMemoryTierStats extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineQuickStatsMemoryTierStats";
    /**
     * The memory tier type.
     *
     * See `HostMemoryTierType_enum` for supported
     * values.
     */
    memoryTierType: string;
    /**
     * Memory access bandwidth usage for the reads of the VM on this tier in
     * MBps.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    readBandwidth: number;
}
/**
 * The RuntimeInfo data object type provides information about
 * the execution state and history of a virtual machine.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineRuntimeInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineRuntimeInfo";
    /**
     * Per-device runtime info.
     *
     * This array will be empty if the host
     * software does not provide runtime info for any of the device
     * types currently in use by the virtual machine.
     * In releases after vSphere API 5.0, vSphere Servers might not
     * generate property collector update notifications for this property.
     * To obtain the latest value of the property, you can use
     * PropertyCollector methods RetrievePropertiesEx or WaitForUpdatesEx.
     * If you use the PropertyCollector.WaitForUpdatesEx method, specify
     * an empty string for the version parameter.
     * Since this property is on a DataObject, an update returned by WaitForUpdatesEx may
     * contain values for this property when some other property on the DataObject changes.
     * If this update is a result of a call to WaitForUpdatesEx with a non-empty
     * version parameter, the value for this property may not be current.
     * @since vSphere API 4.1
     */
    device?: VirtualMachineDeviceRuntimeInfo[];
    /**
     * The host that is responsible for running a virtual machine.
     *
     * This property is null if the virtual machine is not running and is
     * not assigned to run on a particular host.
     *
     * Refers instance of `HostSystem`.
     *
     * Refers to a HostSystem managed object.
     */
    host?: ManagedObjectReference;
    /**
     * Indicates whether or not the virtual machine is available for management.
     *
     * One of {@link VirtualMachineConnectionStateValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    connectionState: VirtualMachineConnectionState | rt.UnknownEnumValue;
    /**
     * The current power state of the virtual machine.
     *
     * One of {@link VirtualMachinePowerStateValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    powerState: VirtualMachinePowerState | rt.UnknownEnumValue;
    /**
     * Represents if the vm is currently being failed over by FDM
     * @since vSphere API 7.0.2.0
     */
    vmFailoverInProgress?: boolean;
    /**
     * The fault tolerance state of the virtual machine.
     *
     * One of {@link VirtualMachineFaultToleranceStateValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     * @since vSphere API 4.0
     */
    faultToleranceState?: VirtualMachineFaultToleranceState | rt.UnknownEnumValue;
    /**
     * The vSphere HA protection state for a virtual machine.
     *
     * Property
     * is unset if vSphere HA is not enabled.
     * @since vSphere API 5.0
     */
    dasVmProtection?: VirtualMachineRuntimeInfoDasProtectionState;
    /**
     * Flag to indicate whether or not the VMware Tools installer
     * is mounted as a CD-ROM.
     */
    toolsInstallerMounted: boolean;
    /**
     * The timestamp when the virtual machine was most recently suspended.
     *
     * This property is updated every time the virtual machine is suspended.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    suspendTime?: string;
    /**
     * The timestamp when the virtual machine was most recently powered on.
     *
     * This property is updated when the virtual machine is powered on
     * from the poweredOff state, and is cleared when the virtual machine is
     * powered off. This property is not updated when a virtual machine is resumed
     * from a suspended state.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    bootTime?: string;
    /**
     * The total time the virtual machine has been suspended
     * since it was initially powered on.
     *
     * This time excludes the current period,
     * if the virtual machine is currently suspended. This property is updated
     * when the virtual machine resumes, and is reset to zero when the virtual machine
     * is powered off.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    suspendInterval?: number;
    /** The current question, if any, that is blocking the virtual machine's execution. */
    question?: VirtualMachineQuestionInfo;
    /**
     * Deprecated as of vSphere API 4.1, use the `PerformanceManager`
     * memory overhead counter to get this value.
     *
     * The amount of memory resource (in bytes) that will be used by
     * the virtual machine above its guest memory requirements.
     *
     * This value is set if and only if the virtual machine is registered
     * on a host that supports memory resource allocation features.
     *
     * For powered off VMs, this is the minimum overhead required to
     * power on the VM on the registered host.
     *
     * For powered on VMs, this is the current overhead reservation, a
     * value which is almost always larger than the minimum overhead, and
     * which grows with time.
     *
     * See also `HostSystem.QueryMemoryOverheadEx`.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    memoryOverhead?: number;
    /**
     * Current upper-bound on CPU usage.
     *
     * The upper-bound is based on the host
     * the virtual machine is current running on, as well as limits configured
     * on the virtual machine itself or any parent resource pool.
     * Valid while the virtual machine is running.
     * In releases after vSphere API 5.0, vSphere Servers might not
     * generate property collector update notifications for this property.
     * To obtain the latest value of the property, you can use
     * PropertyCollector methods RetrievePropertiesEx or WaitForUpdatesEx.
     * If you use the PropertyCollector.WaitForUpdatesEx method, specify
     * an empty string for the version parameter.
     * Since this property is on a DataObject, an update returned by WaitForUpdatesEx may
     * contain values for this property when some other property on the DataObject changes.
     * If this update is a result of a call to WaitForUpdatesEx with a non-empty
     * version parameter, the value for this property may not be current.
     *
     * Format: int32.
     */
    maxCpuUsage?: number;
    /**
     * Current upper-bound on memory usage.
     *
     * The upper-bound is based on memory
     * configuration of the virtual machine, as well as limits configured
     * on the virtual machine itself or any parent resource pool.
     * Valid while the virtual machine is running.
     * In releases after vSphere API 5.0, vSphere Servers might not
     * generate property collector update notifications for this property.
     * To obtain the latest value of the property, you can use
     * PropertyCollector methods RetrievePropertiesEx or WaitForUpdatesEx.
     * If you use the PropertyCollector.WaitForUpdatesEx method, specify
     * an empty string for the version parameter.
     * Since this property is on a DataObject, an update returned by WaitForUpdatesEx may
     * contain values for this property when some other property on the DataObject changes.
     * If this update is a result of a call to WaitForUpdatesEx with a non-empty
     * version parameter, the value for this property may not be current.
     *
     * Format: int32.
     */
    maxMemoryUsage?: number;
    /**
     * Number of active MKS connections to this virtual machine.
     *
     * Format: int32.
     */
    numMksConnections: number;
    /**
     * Deprecated as of vSphere API 6.0.
     *
     * Record / replay state of this virtual machine.
     *
     * One of {@link VirtualMachineRecordReplayStateValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     * @since vSphere API 4.0
     */
    recordReplayState?: VirtualMachineRecordReplayState | rt.UnknownEnumValue;
    /**
     * For a powered off virtual machine, indicates whether the virtual
     * machine's last shutdown was an orderly power off or not.
     *
     * Unset if
     * the virtual machine is running or suspended.
     * @since vSphere API 4.0
     */
    cleanPowerOff?: boolean;
    /**
     * If set, indicates the reason the virtual machine needs a secondary.
     * @since vSphere API 4.0
     */
    needSecondaryReason?: string;
    /**
     * This property indicates whether the guest has gone into one of the
     * s1, s2 or s3 standby modes, false indicates the guest is awake.
     * @since vSphere API 5.1
     */
    onlineStandby?: boolean;
    /**
     * For a powered-on or suspended virtual machine in a cluster with Enhanced
     * VMotion Compatibility (EVC) enabled, this identifies the least-featured
     * EVC mode (among those for the appropriate CPU vendor) that could admit
     * the virtual machine.
     *
     * See `EVCMode`. Until vSphere 6.5, this
     * property will be unset if the virtual machine is powered off or is not in
     * an EVC cluster.
     *
     * This property may be used as a general indicator of the CPU feature
     * baseline currently in use by the virtual machine. However, the virtual
     * machine may be suppressing some of the features present in the CPU
     * feature baseline of the indicated mode, either explicitly (in the
     * virtual machine's configured
     * `cpuFeatureMask`) or implicitly
     * (in the default masks for the
     * `GuestOsDescriptor` appropriate for the
     * virtual machine's configured guest OS).
     * @since vSphere API 4.1
     */
    minRequiredEVCModeKey?: string;
    /**
     * Whether any disk of the virtual machine requires consolidation.
     *
     * This can happen for example when a snapshot is deleted but its
     * associated disk is not committed back to the base disk.
     * Use `VirtualMachine.ConsolidateVMDisks_Task` to consolidate if
     * needed.
     * @since vSphere API 5.0
     */
    consolidationNeeded?: boolean;
    /**
     * These requirements must have equivalent host capabilities
     * `HostConfigInfo.featureCapability` in order to power on.
     * @since vSphere API 5.1
     */
    offlineFeatureRequirement?: VirtualMachineFeatureRequirement[];
    /**
     * These requirements must have equivalent host capabilities
     * `HostConfigInfo.featureCapability` in order to power on,
     * resume, or migrate to the host.
     * @since vSphere API 5.1
     */
    featureRequirement?: VirtualMachineFeatureRequirement[];
    /**
     * The masks applied to an individual virtual machine as a result of its
     * configuration.
     * @since vSphere API 5.1
     */
    featureMask?: HostFeatureMask[];
    /**
     * Deprecated since vSphere 7.0 because vFlash Read Cache
     * end of availability.
     *
     * Specifies the total allocated vFlash resource for the vFlash caches associated with VM's
     * VMDKs when VM is powered on, in bytes.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 5.5
     */
    vFlashCacheAllocation?: number;
    /**
     * Whether the virtual machine is paused, or not.
     * @since vSphere API 6.0
     */
    paused?: boolean;
    /**
     * Whether a snapshot operation is in progress in the background, or not.
     * @since vSphere API 6.0
     */
    snapshotInBackground?: boolean;
    /**
     * This flag indicates whether a parent virtual machine is in a fork ready
     * state.
     *
     * A persistent instant clone child can be created only when this flag
     * is true. While a non-persistent instant clone child can be created
     * independent of this flag, it can only be powered on if this flag is true.
     * @since vSphere API 6.0
     */
    quiescedForkParent?: boolean;
    /**
     * Whether the virtual machine is frozen for instant clone, or not.
     * @since vSphere API 6.7
     */
    instantCloneFrozen?: boolean;
    /**
     * Encryption state of the virtual machine.
     *
     * Valid values are enumerated by the
     * `CryptoState` type.
     * @since vSphere API 6.7
     */
    cryptoState?: string;
    /**
     * Whether the virtual machine is suspended to memory, or not.
     * @since vSphere API 7.0.2.0
     */
    suspendedToMemory?: boolean;
    /**
     * Operation notification timeout in seconds.
     *
     * Specifies the maximum time duration the application may take to
     * prepare for the operation after it has been notified.
     * This property is set only for powered on VMs.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 8.0.0.1
     */
    opNotificationTimeout?: number;
    /**
     * Indicates whether there is active IOMMU domain in the current VM.
     * @since vSphere API 8.0.1.0
     */
    iommuActive?: boolean;
}
/**
 * The `VirtualMachineRuntimeInfoDasProtectionState` object describes the
 * vSphere HA protection state of a virtual machine (VM).
 *
 * Extends DynamicData.
 * @since vSphere API 5.0
 */
export interface VirtualMachineRuntimeInfoDasProtectionState extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineRuntimeInfoDasProtectionState";
    /**
     * Whether vSphere HA is protecting a virtual machine (VM).
     *
     * If a
     * VM is protected, vSphere HA will enforce any availability
     * features that have been enabled for this VM. For
     * example, if the VM is running on a host
     * that fails and the VM is configured to be restarted on a failure,
     * then vSphere HA will attempt to restart the VM on another host.
     * Similarly, if you enable VM/Application Health Monitoring
     * for this VM, vSphere HA will monitor the heartbeats of the
     * VM and reset the VM when needed, as dictated by the configured
     * policy settings.
     */
    dasProtected: boolean;
}
/**
 * This data object describes the virtual software guard extension (vSGX) configuration of this virtual machine.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineSgxInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineSgxInfo";
    /**
     * Size of vEPC, in megabytes.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    epcSize: number;
    /**
     * FLC mode for the virtual machine.
     *
     * Values: see {@link VirtualMachineSgxInfoFlcModes}.
     */
    flcMode?: string;
    /** Public key hash of the provider launch enclave. */
    lePubKeyHash?: string;
    /**
     * Indicates whether or not a virtual machine requires remote attestation.
     * @since vSphere API 8.0.0.1
     */
    requireAttestation?: boolean;
}
/**
 * The SnapshotInfo data object type provides all the information about the
 * hierarchy of snapshots in a virtual machine.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineSnapshotInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineSnapshotInfo";
    /**
     * Current snapshot of the virtual machine
     *
     * This property is set by calling
     * `Snapshot.revert` or
     * `VirtualMachine.createSnapshot`.
     * This property will be empty when the working snapshot is at the root
     * of the snapshot tree.
     *
     * Refers instance of `VirtualMachineSnapshot`.
     *
     * Refers to a VirtualMachineSnapshot managed object.
     */
    currentSnapshot?: ManagedObjectReference;
    /** Data for the entire set of snapshots for one virtual machine. */
    rootSnapshotList: VirtualMachineSnapshotTree[];
}
/**
 * SnapshotTree encapsulates all the read-only data produced by the snapshot.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineSnapshotTree extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineSnapshotTree";
    /**
     * The managed object for this snapshot.
     *
     * Refers instance of `VirtualMachineSnapshot`.
     *
     * Refers to a VirtualMachineSnapshot managed object.
     */
    snapshot: ManagedObjectReference;
    /**
     * The virtual machine for which the snapshot was taken.
     *
     * Refers instance of `VirtualMachine`.
     *
     * Refers to a VirtualMachine managed object.
     */
    vm: ManagedObjectReference;
    /** Name of the snapshot. */
    name: string;
    /** Description of the snapshot. */
    description: string;
    /**
     * The unique identifier that distinguishes this snapshot from
     * other snapshots of the virtual machine.
     *
     * Format: int32.
     * @since vSphere API 4.0
     */
    id?: number;
    /**
     * The date and time the snapshot was taken.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    createTime: string;
    /**
     * The power state of the virtual machine when this snapshot was taken.
     *
     * One of {@link VirtualMachinePowerStateValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    state: VirtualMachinePowerState | rt.UnknownEnumValue;
    /**
     * Flag to indicate whether or not the snapshot was created with
     * the "quiesce" option, ensuring a consistent state of the file system.
     */
    quiesced: boolean;
    /**
     * The relative path from the snapshotDirectory pointing to the backup
     * manifest.
     *
     * Available for certain quiesced snapshots only.
     * @since vSphere API 2.5u2server
     */
    backupManifest?: string;
    /** The snapshot data for all snapshots for which this snapshot is the parent. */
    childSnapshotList?: VirtualMachineSnapshotTree[];
    /**
     * Deprecated as of vSphere API 6.0.
     *
     * Flag to indicate whether this snapshot is associated with a recording
     * session on the virtual machine that can be replayed.
     * @since vSphere API 4.0
     */
    replaySupported?: boolean;
}
/**
 * Information about the amount of storage used by a virtual machine across
 * datastores that it is located on.
 *
 * Extends DynamicData.
 * @since vSphere API 4.0
 */
export interface VirtualMachineStorageInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineStorageInfo";
    /**
     * Storage space used by this virtual machine on all datastores that it
     * is located on.
     *
     * Total storage space committed to this virtual machine across all datastores is
     * simply an aggregate of the property
     * `VirtualMachineUsageOnDatastore.committed`.
     *
     * See also `VirtualMachineStorageSummary.committed`.
     */
    perDatastoreUsage?: VirtualMachineUsageOnDatastore[];
    /**
     * Time when values in this structure were last updated.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    timestamp: string;
}
/**
 * A subset of the storage information of this virtual machine.
 *
 * See `VirtualMachineStorageInfo` for a detailed storage break-up.
 *
 * Extends DynamicData.
 * @since vSphere API 4.0
 */
export interface VirtualMachineStorageSummary extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineStorageSummary";
    /**
     * Total storage space, in bytes, committed to this virtual machine across
     * all datastores.
     *
     * Essentially an aggregate of the property
     * `VirtualMachineUsageOnDatastore.committed` across all
     * datastores that this virtual machine is located on.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    committed: number;
    /**
     * Additional storage space, in bytes, potentially used by this virtual machine
     * on all datastores.
     *
     * Essentially an aggregate of the property
     * `VirtualMachineUsageOnDatastore.uncommitted` across all
     * datastores that this virtual machine is located on.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    uncommitted: number;
    /**
     * Total storage space, in bytes, occupied by the virtual machine across
     * all datastores, that is not shared with any other virtual machine.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    unshared: number;
    /**
     * Time when values in this structure were last updated.
     *
     * Format: date-time, an RFC 3339 string with a time zone.
     */
    timestamp: string;
}
/**
 * The summary data object type encapsulates a typical set of virtual machine
 * information that is useful for list views and summary pages.
 *
 * VirtualCenter can retrieve this information very efficiently,
 * even for large sets of virtual machines.
 *
 * Extends DynamicData.
 * @since vSphere API 2.0
 */
export interface VirtualMachineSummary extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineSummary";
    /**
     * Reference to the virtual machine managed object.
     *
     * Refers instance of `VirtualMachine`.
     *
     * Refers to a VirtualMachine managed object.
     */
    vm?: ManagedObjectReference;
    /**
     * Runtime and state information of a running virtual machine.
     *
     * Most of this information is also available when a virtual machine is powered off.
     * In that case, it contains information from the last run, if available.
     */
    runtime: VirtualMachineRuntimeInfo;
    /**
     * Guest operating system and VMware Tools information.
     *
     * See `VirtualMachine.guest` for more information.
     */
    guest?: VirtualMachineGuestSummary;
    /**
     * Basic configuration information about the virtual machine.
     *
     * This information
     * is not available when the virtual machine is unavailable, for instance, when
     * it is being created or deleted.
     */
    config: VirtualMachineConfigSummary;
    /**
     * Storage information of the virtual machine.
     *
     * It can be explicitly refreshed
     * with the `VirtualMachine.RefreshStorageInfo` operation.
     * In releases after vSphere API 5.0, vSphere Servers might not
     * generate property collector update notifications for this property.
     * To obtain the latest value of the property, you can use
     * PropertyCollector methods RetrievePropertiesEx or WaitForUpdatesEx.
     * If you use the PropertyCollector.WaitForUpdatesEx method, specify
     * an empty string for the version parameter.
     * Since this property is on a DataObject, an update returned by WaitForUpdatesEx may
     * contain values for this property when some other property on the DataObject changes.
     * If this update is a result of a call to WaitForUpdatesEx with a non-empty
     * version parameter, the value for this property may not be current.
     * @since vSphere API 4.0
     */
    storage?: VirtualMachineStorageSummary;
    /**
     * A set of statistics that are typically updated with near real-time regularity.
     *
     * This data object type does not support notification, for scalability reasons.
     * Therefore, changes in QuickStats do not generate property collector updates. To
     * monitor statistics values, use the statistics and alarms modules instead.
     */
    quickStats: VirtualMachineQuickStats;
    /**
     * Overall alarm status on this node.
     *
     * In releases after vSphere API 5.0, vSphere Servers might not
     * generate property collector update notifications for this property.
     * To obtain the latest value of the property, you can use
     * PropertyCollector methods RetrievePropertiesEx or WaitForUpdatesEx.
     * If you use the PropertyCollector.WaitForUpdatesEx method, specify
     * an empty string for the version parameter.
     * Since this property is on a DataObject, an update returned by WaitForUpdatesEx may
     * contain values for this property when some other property on the DataObject changes.
     * If this update is a result of a call to WaitForUpdatesEx with a non-empty
     * version parameter, the value for this property may not be current.
     *
     * One of {@link ManagedEntityStatusValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    overallStatus: ManagedEntityStatus | rt.UnknownEnumValue;
    /** Custom field values. */
    customValue?: AnyCustomFieldValue[];
}
/**
 * Storage space used by this virtual machine on a particular datastore.
 *
 * Extends DynamicData.
 * @since vSphere API 4.0
 */
export interface VirtualMachineUsageOnDatastore extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineUsageOnDatastore";
    /**
     * Reference to datastore for which information is being provided.
     *
     * Refers instance of `Datastore`.
     *
     * Refers to a Datastore managed object.
     */
    datastore: ManagedObjectReference;
    /**
     * Storage space, in bytes, on this datastore that is actually being used by
     * the virtual machine.
     *
     * It includes space actually occupied by disks, logs, snapshots,
     * configuration files etc. Files of the virtual machine which are present
     * on a different datastore (e.g. a virtual disk on another datastore) are not
     * included here. `VirtualMachineFileLayoutEx` provides a detailed
     * break-up of the committed space.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    committed: number;
    /**
     * Additional storage space, in bytes, potentially used by the virtual machine
     * on this datastore.
     *
     * Additional space may be needed for example when lazily allocated disks grow,
     * or storage for swap is allocated when powering on the virtual machine.
     *
     * If the virtual machine is running off delta disks (for example because
     * a snapshot was taken), then only the potential growth of the currently
     * used delta-disks is considered.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    uncommitted: number;
    /**
     * Storage space, in bytes, occupied by the virtual machine on this datastore
     * that is not shared with any other virtual machine.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    unshared: number;
}
/** Extends VirtualDevice. */
export interface VirtualMachineVMCIDevice extends VirtualDevice {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVMCIDevice";
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    id?: number;
    allowUnrestrictedCommunication?: boolean;
    filterEnable?: boolean;
    filterInfo?: VirtualMachineVMCIDeviceFilterInfo;
}
/** Extends DynamicData. */
export interface VirtualMachineVMCIDeviceFilterInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVMCIDeviceFilterInfo";
    filters?: VirtualMachineVMCIDeviceFilterSpec[];
}
/** Extends DynamicData. */
export interface VirtualMachineVMCIDeviceFilterSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVMCIDeviceFilterSpec";
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    rank: number;
    action: string;
    protocol: string;
    direction: string;
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    lowerDstPortBoundary?: number;
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    upperDstPortBoundary?: number;
}
/**
 * Vcpu configuration.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineVcpuConfig extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVcpuConfig";
    /** Latency sensitivity specification for this vcpu. */
    latencySensitivity?: LatencySensitivity;
}
/** Extends VirtualDevice. */
export interface VirtualMachineVideoCard extends VirtualDevice {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVideoCard";
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    videoRamSizeInKB?: number;
    /** Format: int32. */
    numDisplays?: number;
    useAutoDetect?: boolean;
    enable3DSupport?: boolean;
    use3dRenderer?: string;
    /** Format: int64, a safe integer (decoders reject values beyond 2^53 - 1). */
    graphicsMemorySizeInKB?: number;
}
/**
 * The VirtualDeviceGroups data object type contains information about the backing that maps the virtual device onto a physical device for a Vendor Device Group device.
 *
 * Extends DynamicData.
 * @since vSphere API 8.0.0.1
 */
export interface VirtualMachineVirtualDeviceGroups extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVirtualDeviceGroups";
    /** Information about device groups used by this VM. */
    deviceGroup?: VirtualMachineVirtualDeviceGroupsDeviceGroup[];
}
/**
 * Base device group type.
 *
 * Extends DynamicData.
 */
export interface VirtualMachineVirtualDeviceGroupsDeviceGroup extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVirtualDeviceGroupsDeviceGroup";
    /**
     * Group instance key.
     *
     * Format: int32.
     */
    groupInstanceKey: number;
    /** Provides a label and summary information for the device. */
    deviceInfo?: AnyDescription;
}
/**
 * Device Swap: Report current status of device swap feature.
 *
 * Extends DynamicData.
 * @since vSphere API 8.0.0.1
 */
export interface VirtualMachineVirtualDeviceSwap extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVirtualDeviceSwap";
    lsiToPvscsi?: VirtualMachineVirtualDeviceSwapDeviceSwapInfo;
}
/**
 * Information for the device swap operation.
 *
 * Extends DynamicData.
 * @since vSphere API 8.0.0.1
 */
export interface VirtualMachineVirtualDeviceSwapDeviceSwapInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVirtualDeviceSwapDeviceSwapInfo";
    /** Is the swap operation enabled for this virtual machine. */
    enabled?: boolean;
    /** Is the swap operation applicable to this virtual machine? */
    applicable?: boolean;
    /**
     * Status of the operation.
     *
     * Values: see {@link VirtualMachineVirtualDeviceSwapDeviceSwapStatus}.
     */
    status?: string;
}
/**
 * This data object describes the virtual NUMA configuration for this virtual machine and configured through ConfigSpec.
 *
 * Extends DynamicData.
 * @since vSphere API 8.0.0.1
 */
export interface VirtualMachineVirtualNuma extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVirtualNuma";
    /**
     * Cores per vNUMA node for this VM.
     *
     * Format: int32.
     */
    coresPerNumaNode?: number;
    /** Capability to expose virtual NUMA when CPU hotadd is enabled. */
    exposeVnumaOnCpuHotadd?: boolean;
}
/**
 * vNUMA: This is read-only data for ConfigInfo since this portion is
 * not configurable.
 *
 * Extends DynamicData.
 * @since vSphere API 8.0.0.1
 */
export interface VirtualMachineVirtualNumaInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVirtualNumaInfo";
    /**
     * Cores per NUMA node.
     *
     * When this virtual machine is powered off and "autoCoresPerNumaNode"
     * is True, coresPerNumaNode will be assigned during power-on and this
     * field should be ignored.
     * In other cases, this field represents the virtual NUMA node size
     * seen by the guest.
     *
     * Format: int32.
     */
    coresPerNumaNode?: number;
    /** Whether coresPerNode is determined automatically. */
    autoCoresPerNumaNode?: boolean;
    /**
     * Whether virtual NUMA topology is exposed when CPU hotadd is
     * enabled.
     */
    vnumaOnCpuHotaddExposed?: boolean;
}
/**
 * Deprecated as of vSphere 9.0 APIs with no replacement.
 *
 * Extends DynamicData.
 * @since vSphere API 7.0.3.0
 * @deprecated
 */
export interface VirtualMachineVirtualPMem extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualMachineVirtualPMem";
    /**
     * An enum describing behavior of NVDIMM devices when a VM snapshot is taken and restored.
     *
     * Values: see {@link VirtualMachineVirtualPMemSnapshotMode}.
     */
    snapshotMode?: string;
}
/** Extends VirtualController. */
export interface VirtualPCIController extends VirtualController {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualPCIController";
}
/** Extends VirtualEthernetCard. */
export interface VirtualPCNet32 extends VirtualEthernetCard {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualPCNet32";
}
/** Extends VirtualController. */
export interface VirtualPS2Controller extends VirtualController {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualPS2Controller";
}
/** Extends VirtualDevice. */
export interface VirtualPointingDevice extends VirtualDevice {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualPointingDevice";
}
/** Extends VirtualDeviceDeviceBackingInfo. */
export interface VirtualPointingDeviceDeviceBackingInfo extends VirtualDeviceDeviceBackingInfo {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualPointingDeviceDeviceBackingInfo";
    hostPointingDevice: string;
}
/** Every `_typeName` a VirtualSCSIController may carry: its own and its known subtypes'. */
export type VirtualSCSIControllerTypeName = "VirtualSCSIController" | "ParaVirtualSCSIController" | "VirtualLsiLogicController";
/** Extends VirtualController. */
export interface VirtualSCSIController extends VirtualController {
    /** VirtualSCSIController or the name of one of its known subtypes. */
    _typeName: VirtualSCSIControllerTypeName;
    hotAddRemove?: boolean;
    /** One of {@link VirtualSCSISharingValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject". */
    sharedBus: VirtualSCSISharing | rt.UnknownEnumValue;
    /** Format: int32. */
    scsiCtlrUnitNumber?: number;
}
/** A VirtualSCSIController or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVirtualSCSIController = (VirtualSCSIController & {
    _typeName: "VirtualSCSIController";
}) | ParaVirtualSCSIController | VirtualLsiLogicController;
/** Extends VirtualController. */
export interface VirtualSIOController extends VirtualController {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualSIOController";
}
/** Every `_typeName` a VirtualVmxnet may carry: its own and its known subtypes'. */
export type VirtualVmxnetTypeName = "VirtualVmxnet" | "VirtualVmxnet3";
/** Extends VirtualEthernetCard. */
export interface VirtualVmxnet extends VirtualEthernetCard {
    /** VirtualVmxnet or the name of one of its known subtypes. */
    _typeName: VirtualVmxnetTypeName;
}
/** A VirtualVmxnet or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVirtualVmxnet = (VirtualVmxnet & {
    _typeName: "VirtualVmxnet";
}) | VirtualVmxnet3;
/** Extends VirtualVmxnet. */
export interface VirtualVmxnet3 extends VirtualVmxnet {
    /** The VI JSON type discriminator. */
    _typeName: "VirtualVmxnet3";
}
/**
 * This event records a user successfully acquiring an MKS ticket
 *
 * Extends VmEvent.
 */
export interface VmAcquiredMksTicketEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmAcquiredMksTicketEvent";
}
/**
 * This event records a user successfully acquiring a ticket
 *
 * Extends VmEvent.
 */
export interface VmAcquiredTicketEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmAcquiredTicketEvent";
    /** The type of the ticket @see VirtualMachine.TicketType */
    ticketType: string;
}
/**
 * This event records that a virtual machine was automatically renamed because of a name conflict.
 *
 * Extends VmEvent.
 */
export interface VmAutoRenameEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmAutoRenameEvent";
    /** The name of the virtual machine before renaming. */
    oldName: string;
    /** The name of the virtual machine after renaming. */
    newName: string;
}
/**
 * This event records a virtual machine being cloned.
 *
 * Extends VmCloneEvent.
 */
export interface VmBeingClonedEvent extends VmCloneEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmBeingClonedEvent";
    /** The destination folder to which the virtual machine is being cloned. */
    destFolder: FolderEventArgument;
    /** The name of the destination virtual machine. */
    destName: string;
    /** The destination host to which the virtual machine is being cloned. */
    destHost: HostEventArgument;
}
/**
 * This event records a virtual machine being cloned.
 *
 * Extends VmCloneEvent.
 */
export interface VmBeingClonedNoFolderEvent extends VmCloneEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmBeingClonedNoFolderEvent";
    /** The name of the destination virtual machine. */
    destName: string;
    /** The destination host to which the virtual machine is being cloned. */
    destHost: HostEventArgument;
}
/**
 * This event records a virtual machine being created.
 *
 * Extends VmEvent.
 */
export interface VmBeingCreatedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmBeingCreatedEvent";
    /** The configuration specification that was used to create this virtual machine. */
    configSpec?: VirtualMachineConfigSpec;
}
/**
 * This event records a virtual machine being deployed from a template.
 *
 * Extends VmEvent.
 */
export interface VmBeingDeployedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmBeingDeployedEvent";
    /** The template object from which the virtual machine is being deployed. */
    srcTemplate: VmEventArgument;
}
/**
 * This event records that a virtual machine is being hot-migrated.
 *
 * Extends VmEvent.
 */
export interface VmBeingHotMigratedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmBeingHotMigratedEvent";
    /** The destination host to which the virtual machine is to be migrated. */
    destHost: HostEventArgument;
    /** The destination datacenter to which the virtual machine is being migrated */
    destDatacenter?: DatacenterEventArgument;
    /** The destination primary datastore to which the virtual machine is being migrated */
    destDatastore?: DatastoreEventArgument;
}
/**
 * This event records that a virtual machine is being migrated.
 *
 * Extends VmEvent.
 */
export interface VmBeingMigratedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmBeingMigratedEvent";
    /** The destination host. */
    destHost: HostEventArgument;
    /** The destination datacenter */
    destDatacenter?: DatacenterEventArgument;
    /** The destination primary datastore */
    destDatastore?: DatastoreEventArgument;
}
/**
 * This event records that a virtual machine is being relocated.
 *
 * Extends VmRelocateSpecEvent.
 */
export interface VmBeingRelocatedEvent extends VmRelocateSpecEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmBeingRelocatedEvent";
    /** The destination host to which the virtual machine is being relocated. */
    destHost: HostEventArgument;
    /** The destination datacenter to which the virtual machine is being relocated */
    destDatacenter?: DatacenterEventArgument;
    /** The destination primary datastore to which the virtual machine is being relocated */
    destDatastore?: DatastoreEventArgument;
}
/** Every `_typeName` a VmCloneEvent may carry: its own and its known subtypes'. */
export type VmCloneEventTypeName = "VmCloneEvent" | "VmBeingClonedEvent" | "VmBeingClonedNoFolderEvent" | "VmCloneFailedEvent" | "VmClonedEvent";
/**
 * The is the base event for all clone operations.
 *
 * Extends VmEvent.
 */
export interface VmCloneEvent extends VmEvent {
    /** VmCloneEvent or the name of one of its known subtypes. */
    _typeName: VmCloneEventTypeName;
}
/** A VmCloneEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVmCloneEvent = (VmCloneEvent & {
    _typeName: "VmCloneEvent";
}) | VmBeingClonedEvent | VmBeingClonedNoFolderEvent | VmCloneFailedEvent | VmClonedEvent;
/**
 * This event records a failure to clone a virtual machine.
 *
 * Extends VmCloneEvent.
 */
export interface VmCloneFailedEvent extends VmCloneEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmCloneFailedEvent";
    /** The destination folder to which the virtual machine is being cloned. */
    destFolder: FolderEventArgument;
    /** The name of the destination virtual machine. */
    destName: string;
    /** The destination host to which the virtual machine was being cloned. */
    destHost: HostEventArgument;
    /**
     * The reason why this clone operation failed.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records the completion of a virtual machine cloning operation.
 *
 * Extends VmCloneEvent.
 */
export interface VmClonedEvent extends VmCloneEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmClonedEvent";
    /** The source virtual machine for the clone operation. */
    sourceVm: VmEventArgument;
}
/** Extends VimFault. */
export interface VmConfigFault extends VimFault {
    /** The VI JSON type discriminator. */
    _typeName: "VmConfigFault";
}
/**
 * VM Configuration.
 *
 * Extends DynamicData.
 * @since vSphere API 4.0
 */
export interface VmConfigInfo extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VmConfigInfo";
    /** Information about the package content. */
    product?: VAppProductInfo[];
    /** List of properties */
    property?: VAppPropertyInfo[];
    /** IP assignment policy and DHCP support configuration. */
    ipAssignment: VAppIPAssignmentInfo;
    /** End User Liceses Agreements. */
    eula?: string[];
    /** List of uninterpreted OVF meta-data sections. */
    ovfSection?: VAppOvfSectionInfo[];
    /**
     * List the transports to use for properties.
     *
     * Supported values are: iso and
     * com.vmware.guestInfo.
     */
    ovfEnvironmentTransport?: string[];
    /**
     * Specifies whether the VM needs an initial boot before the deployment is complete.
     *
     * Not relevant for vApps. This means that the value is always false when reading the
     * configuration and is ignored when setting the configuration.
     *
     * If a vApp requires an install boot (because one of its VMs does), this is visible
     * on the `VirtualAppSummary.installBootRequired` field of the vApp.
     */
    installBootRequired: boolean;
    /**
     * Specifies the delay in seconds to wait for the VM to power off after the initial
     * boot (used only if installBootRequired is true).
     *
     * A value of 0 means wait forever.
     *
     * Not relevant for vApps. This means that the value is always false when reading the
     * configuration and is ignored when setting the configuration.
     *
     * Format: int32.
     */
    installBootStopDelay: number;
}
/**
 * This event records if the configuration file can not be found.
 *
 * Extends VmEvent.
 */
export interface VmConfigMissingEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmConfigMissingEvent";
}
/**
 * vApp related configuration of a VM.
 *
 * Extends DynamicData.
 */
export interface VmConfigSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VmConfigSpec";
    /** Information about the product. */
    product?: VAppProductSpec[];
    /** List of properties. */
    property?: VAppPropertySpec[];
    /** IP assignment policy and DHCP support configuration. */
    ipAssignment?: VAppIPAssignmentInfo;
    /** End User Liceses Agreements. */
    eula?: string[];
    /** List of uninterpreted OVF meta-data sections. */
    ovfSection?: VAppOvfSectionSpec[];
    /** List the transports to use for properties. */
    ovfEnvironmentTransport?: string[];
    /** If this is on a VirtualMachine object, it specifies whether the VM needs an initial boot before the deployment is complete. */
    installBootRequired?: boolean;
    /**
     * Specifies the delay in seconds to wait for the VM to power off after the initial boot (used only if installBootRequired is true).
     *
     * Format: int32.
     */
    installBootStopDelay?: number;
}
/**
 * This event records that a virtual machine is connected.
 *
 * Extends VmEvent.
 */
export interface VmConnectedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmConnectedEvent";
}
/**
 * This event records that a virtual machine was successfully created.
 *
 * Extends VmEvent.
 */
export interface VmCreatedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmCreatedEvent";
}
/** Every `_typeName` a VmDasBeingResetEvent may carry: its own and its known subtypes'. */
export type VmDasBeingResetEventTypeName = "VmDasBeingResetEvent" | "VmDasBeingResetWithScreenshotEvent";
/**
 * This event records when a virtual machine is reset by HA VM Health Monitoring on hosts that do not support the create screenshot api or if the createscreenshot api fails.
 *
 * Extends VmEvent.
 */
export interface VmDasBeingResetEvent extends VmEvent {
    /** VmDasBeingResetEvent or the name of one of its known subtypes. */
    _typeName: VmDasBeingResetEventTypeName;
    /** The reason why this vm is being reset */
    reason?: string;
}
/** A VmDasBeingResetEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVmDasBeingResetEvent = (VmDasBeingResetEvent & {
    _typeName: "VmDasBeingResetEvent";
}) | VmDasBeingResetWithScreenshotEvent;
/**
 * This event records when a virtual machine is reset by HA VM Health Monitoring on hosts that support the create screenshot api
 *
 * Extends VmDasBeingResetEvent.
 */
export interface VmDasBeingResetWithScreenshotEvent extends VmDasBeingResetEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmDasBeingResetWithScreenshotEvent";
    /** The datastore path of the screenshot taken before resetting. */
    screenshotFilePath: string;
}
/**
 * This event records when HA VM Health Monitoring fails to reset a virtual machine after failure
 *
 * Extends VmEvent.
 */
export interface VmDasResetFailedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmDasResetFailedEvent";
}
/**
 * The event records that an error occurred when updating the HA agents with the current state of the virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmDasUpdateErrorEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmDasUpdateErrorEvent";
}
/**
 * This event records that HA agents have been updated with the current state of the virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmDasUpdateOkEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmDasUpdateOkEvent";
}
/**
 * This event records when the VirtualCenter server date rolled back.
 *
 * Extends VmEvent.
 */
export interface VmDateRolledBackEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmDateRolledBackEvent";
}
/**
 * This event records a failure to deploy from a template.
 *
 * Extends VmEvent.
 */
export interface VmDeployFailedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmDeployFailedEvent";
    /** The destination datastore to which the template was being deployed. */
    destDatastore: AnyEntityEventArgument;
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records the completion of a virtual machine deployment operation.
 *
 * Extends VmEvent.
 */
export interface VmDeployedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmDeployedEvent";
    /** The template object from which the virtual machine has been deployed. */
    srcTemplate: VmEventArgument;
}
/**
 * This event records that a virtual machine disconnected.
 *
 * Extends VmEvent.
 */
export interface VmDisconnectedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmDisconnectedEvent";
}
/**
 * This event records a virtual machine discovery.
 *
 * Extends VmEvent.
 */
export interface VmDiscoveredEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmDiscoveredEvent";
}
/**
 * This event records a failure to create a virtual disk in a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmDiskFailedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmDiskFailedEvent";
    /** The name of the virtual disk. */
    disk: string;
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records a virtual machine emigration.
 *
 * Extends VmEvent.
 */
export interface VmEmigratingEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmEmigratingEvent";
}
/**
 * Deprecated as of vSphere API 6.0.
 *
 * Extends VmEvent.
 * @deprecated
 */
export interface VmEndRecordingEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmEndRecordingEvent";
}
/**
 * Deprecated as of vSphere API 6.0.
 *
 * Extends VmEvent.
 * @deprecated
 */
export interface VmEndReplayingEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmEndReplayingEvent";
}
/** Every `_typeName` a VmEvent may carry: its own and its known subtypes'. */
export type VmEventTypeName = "VmEvent" | CustomizationEventTypeName | "DrsRuleComplianceEvent" | "DrsRuleViolationEvent" | "DrsSoftRuleViolationEvent" | MigrationEventTypeName | "NoMaintenanceModeDrsRecommendationForVM" | "NotEnoughResourcesToStartVmEvent" | "VmAcquiredMksTicketEvent" | "VmAcquiredTicketEvent" | "VmAutoRenameEvent" | "VmBeingCreatedEvent" | "VmBeingDeployedEvent" | "VmBeingHotMigratedEvent" | "VmBeingMigratedEvent" | VmCloneEventTypeName | "VmConfigMissingEvent" | "VmConnectedEvent" | "VmCreatedEvent" | VmDasBeingResetEventTypeName | "VmDasResetFailedEvent" | "VmDasUpdateErrorEvent" | "VmDasUpdateOkEvent" | "VmDateRolledBackEvent" | "VmDeployFailedEvent" | "VmDeployedEvent" | "VmDisconnectedEvent" | "VmDiscoveredEvent" | "VmDiskFailedEvent" | "VmEmigratingEvent" | "VmEndRecordingEvent" | "VmEndReplayingEvent" | "VmFailedMigrateEvent" | "VmFailedRelayoutEvent" | "VmFailedRelayoutOnVmfs2DatastoreEvent" | "VmFailedStartingSecondaryEvent" | "VmFailedToPowerOffEvent" | "VmFailedToPowerOnEvent" | "VmFailedToRebootGuestEvent" | "VmFailedToResetEvent" | "VmFailedToShutdownGuestEvent" | "VmFailedToStandbyGuestEvent" | "VmFailedToSuspendEvent" | "VmFailedUpdatingSecondaryConfig" | "VmFailoverFailed" | "VmFaultToleranceStateChangedEvent" | "VmFaultToleranceTurnedOffEvent" | "VmFaultToleranceVmTerminatedEvent" | "VmGuestOSCrashedEvent" | "VmGuestRebootEvent" | "VmGuestShutdownEvent" | "VmGuestStandbyEvent" | "VmInstanceUuidAssignedEvent" | "VmInstanceUuidChangedEvent" | "VmInstanceUuidConflictEvent" | "VmMacAssignedEvent" | "VmMacChangedEvent" | "VmMacConflictEvent" | "VmMaxFTRestartCountReached" | "VmMaxRestartCountReached" | "VmMessageErrorEvent" | "VmMessageEvent" | "VmMessageWarningEvent" | VmMigratedEventTypeName | "VmNoCompatibleHostForSecondaryEvent" | "VmNoNetworkAccessEvent" | "VmOrphanedEvent" | VmPoweredOffEventTypeName | VmPoweredOnEventTypeName | "VmPoweringOnWithCustomizedDVPortEvent" | "VmPrimaryFailoverEvent" | "VmReconfiguredEvent" | "VmRegisteredEvent" | "VmRelayoutSuccessfulEvent" | "VmRelayoutUpToDateEvent" | "VmReloadFromPathEvent" | "VmReloadFromPathFailedEvent" | VmRelocateSpecEventTypeName | "VmRemoteConsoleConnectedEvent" | "VmRemoteConsoleDisconnectedEvent" | "VmRemovedEvent" | "VmRenamedEvent" | "VmRequirementsExceedCurrentEVCModeEvent" | "VmResettingEvent" | "VmResourcePoolMovedEvent" | "VmResourceReallocatedEvent" | "VmResumingEvent" | "VmSecondaryAddedEvent" | "VmSecondaryDisabledBySystemEvent" | "VmSecondaryDisabledEvent" | "VmSecondaryEnabledEvent" | "VmSecondaryStartedEvent" | "VmStartRecordingEvent" | "VmStartReplayingEvent" | VmStartingEventTypeName | "VmStartingSecondaryEvent" | "VmStaticMacConflictEvent" | "VmStoppingEvent" | "VmSuspendedEvent" | "VmSuspendingEvent" | "VmTimedoutStartingSecondaryEvent" | "VmUpgradeCompleteEvent" | "VmUpgradeFailedEvent" | "VmUpgradingEvent" | "VmUuidAssignedEvent" | "VmUuidChangedEvent" | "VmUuidConflictEvent" | "VmWwnAssignedEvent" | "VmWwnChangedEvent" | "VmWwnConflictEvent";
/**
 * These are virtual machine events.
 *
 * Extends Event.
 */
export interface VmEvent extends Event {
    /** VmEvent or the name of one of its known subtypes. */
    _typeName: VmEventTypeName;
    /** Indicates whether or not the virtual machine is marked as a template. */
    template: boolean;
}
/** A VmEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVmEvent = (VmEvent & {
    _typeName: "VmEvent";
}) | AnyCustomizationEvent | DrsRuleComplianceEvent | DrsRuleViolationEvent | DrsSoftRuleViolationEvent | AnyMigrationEvent | NoMaintenanceModeDrsRecommendationForVM | NotEnoughResourcesToStartVmEvent | VmAcquiredMksTicketEvent | VmAcquiredTicketEvent | VmAutoRenameEvent | VmBeingCreatedEvent | VmBeingDeployedEvent | VmBeingHotMigratedEvent | VmBeingMigratedEvent | AnyVmCloneEvent | VmConfigMissingEvent | VmConnectedEvent | VmCreatedEvent | AnyVmDasBeingResetEvent | VmDasResetFailedEvent | VmDasUpdateErrorEvent | VmDasUpdateOkEvent | VmDateRolledBackEvent | VmDeployFailedEvent | VmDeployedEvent | VmDisconnectedEvent | VmDiscoveredEvent | VmDiskFailedEvent | VmEmigratingEvent | VmEndRecordingEvent | VmEndReplayingEvent | VmFailedMigrateEvent | VmFailedRelayoutEvent | VmFailedRelayoutOnVmfs2DatastoreEvent | VmFailedStartingSecondaryEvent | VmFailedToPowerOffEvent | VmFailedToPowerOnEvent | VmFailedToRebootGuestEvent | VmFailedToResetEvent | VmFailedToShutdownGuestEvent | VmFailedToStandbyGuestEvent | VmFailedToSuspendEvent | VmFailedUpdatingSecondaryConfig | VmFailoverFailed | VmFaultToleranceStateChangedEvent | VmFaultToleranceTurnedOffEvent | VmFaultToleranceVmTerminatedEvent | VmGuestOSCrashedEvent | VmGuestRebootEvent | VmGuestShutdownEvent | VmGuestStandbyEvent | VmInstanceUuidAssignedEvent | VmInstanceUuidChangedEvent | VmInstanceUuidConflictEvent | VmMacAssignedEvent | VmMacChangedEvent | VmMacConflictEvent | VmMaxFTRestartCountReached | VmMaxRestartCountReached | VmMessageErrorEvent | VmMessageEvent | VmMessageWarningEvent | AnyVmMigratedEvent | VmNoCompatibleHostForSecondaryEvent | VmNoNetworkAccessEvent | VmOrphanedEvent | AnyVmPoweredOffEvent | AnyVmPoweredOnEvent | VmPoweringOnWithCustomizedDVPortEvent | VmPrimaryFailoverEvent | VmReconfiguredEvent | VmRegisteredEvent | VmRelayoutSuccessfulEvent | VmRelayoutUpToDateEvent | VmReloadFromPathEvent | VmReloadFromPathFailedEvent | AnyVmRelocateSpecEvent | VmRemoteConsoleConnectedEvent | VmRemoteConsoleDisconnectedEvent | VmRemovedEvent | VmRenamedEvent | VmRequirementsExceedCurrentEVCModeEvent | VmResettingEvent | VmResourcePoolMovedEvent | VmResourceReallocatedEvent | VmResumingEvent | VmSecondaryAddedEvent | VmSecondaryDisabledBySystemEvent | VmSecondaryDisabledEvent | VmSecondaryEnabledEvent | VmSecondaryStartedEvent | VmStartRecordingEvent | VmStartReplayingEvent | AnyVmStartingEvent | VmStartingSecondaryEvent | VmStaticMacConflictEvent | VmStoppingEvent | VmSuspendedEvent | VmSuspendingEvent | VmTimedoutStartingSecondaryEvent | VmUpgradeCompleteEvent | VmUpgradeFailedEvent | VmUpgradingEvent | VmUuidAssignedEvent | VmUuidChangedEvent | VmUuidConflictEvent | VmWwnAssignedEvent | VmWwnChangedEvent | VmWwnConflictEvent;
/**
 * The event argument is a VirtualMachine object.
 *
 * Extends EntityEventArgument.
 */
export interface VmEventArgument extends EntityEventArgument {
    /** The VI JSON type discriminator. */
    _typeName: "VmEventArgument";
    /**
     * The VirtualMachine object.
     *
     * Refers to a VirtualMachine managed object.
     */
    vm: ManagedObjectReference;
}
/**
 * This event records a failure to migrate a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmFailedMigrateEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedMigrateEvent";
    /** The destination host. */
    destHost: HostEventArgument;
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
    /** The destination datacenter */
    destDatacenter?: DatacenterEventArgument;
    /** The destination primary datastore */
    destDatastore?: DatastoreEventArgument;
}
/**
 * This event records a specific failure to relay out a virtual machine, such as a failure to access the disk.
 *
 * Extends VmEvent.
 */
export interface VmFailedRelayoutEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedRelayoutEvent";
    /** One of MethodFault or LocalizedMethodFault, told apart by `_typeName`. */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records a failure to relay out a virtual machine when the virtual machine still has disks on a VMFS2 volume.
 *
 * Extends VmEvent.
 */
export interface VmFailedRelayoutOnVmfs2DatastoreEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedRelayoutOnVmfs2DatastoreEvent";
}
/**
 * This event records vmotion failure when starting a secondary VM.
 *
 * Extends VmEvent.
 */
export interface VmFailedStartingSecondaryEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedStartingSecondaryEvent";
    /**
     * The reason for the failure.
     *
     * Values: see {@link VmFailedStartingSecondaryEventFailureReason}.
     */
    reason?: string;
}
/**
 * This event records a failure to power off a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmFailedToPowerOffEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedToPowerOffEvent";
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records a failure to power on a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmFailedToPowerOnEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedToPowerOnEvent";
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records a failure to reboot the guest on a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmFailedToRebootGuestEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedToRebootGuestEvent";
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records a failure to reset a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmFailedToResetEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedToResetEvent";
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records a failure to shut down the guest on a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmFailedToShutdownGuestEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedToShutdownGuestEvent";
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records a failure to set the guest on a virtual machine to a standby state.
 *
 * Extends VmEvent.
 */
export interface VmFailedToStandbyGuestEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedToStandbyGuestEvent";
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records a failure to suspend a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmFailedToSuspendEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedToSuspendEvent";
    /**
     * The reason for the failure.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records after a failover the new new primary failed to update the config of the secondary vm.
 *
 * Extends VmEvent.
 */
export interface VmFailedUpdatingSecondaryConfig extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailedUpdatingSecondaryConfig";
}
/**
 * This event records when a virtual machine failover was unsuccessful.
 *
 * Extends VmEvent.
 */
export interface VmFailoverFailed extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFailoverFailed";
    /**
     * The reason for the failure
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason?: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records a fault tolerance state change.
 *
 * Extends VmEvent.
 */
export interface VmFaultToleranceStateChangedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFaultToleranceStateChangedEvent";
    /**
     * The old fault toleeance state.
     *
     * One of {@link VirtualMachineFaultToleranceStateValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    oldState: VirtualMachineFaultToleranceState | rt.UnknownEnumValue;
    /**
     * The new fault tolerance state.
     *
     * One of {@link VirtualMachineFaultToleranceStateValues}; a value a newer server added is kept as an UnknownEnumValue unless the decode option unknownEnumValues is "reject".
     */
    newState: VirtualMachineFaultToleranceState | rt.UnknownEnumValue;
}
/**
 * This event records that all secondary virtual machines have been removed and fault tolerance protection turned off for this virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmFaultToleranceTurnedOffEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFaultToleranceTurnedOffEvent";
}
/**
 * This event records a secondary or primary VM is terminated.
 *
 * Extends VmEvent.
 */
export interface VmFaultToleranceVmTerminatedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmFaultToleranceVmTerminatedEvent";
    /**
     * The reason for the failure.
     *
     * Values: see {@link VirtualMachineNeedSecondaryReason}.
     */
    reason?: string;
}
/**
 * This event notifies that a guest OS has crashed
 *
 * Extends VmEvent.
 */
export interface VmGuestOSCrashedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmGuestOSCrashedEvent";
}
/**
 * This is a virtual machine guest reboot request event.
 *
 * Extends VmEvent.
 */
export interface VmGuestRebootEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmGuestRebootEvent";
}
/**
 * This is a virtual machine guest shutdown request event.
 *
 * Extends VmEvent.
 */
export interface VmGuestShutdownEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmGuestShutdownEvent";
}
/**
 * This is a virtual machine guest standby request event.
 *
 * Extends VmEvent.
 */
export interface VmGuestStandbyEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmGuestStandbyEvent";
}
/**
 * This event records when host monitoring state has changed.
 *
 * Extends ClusterEvent.
 */
export interface VmHealthMonitoringStateChangedEvent extends ClusterEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmHealthMonitoringStateChangedEvent";
    /**
     * The service state in `ClusterDasConfigInfoVmMonitoringState_enum`
     *
     * Values: see {@link ClusterDasConfigInfoVmMonitoringState}.
     */
    state: string;
    /**
     * The previous service state in `ClusterDasConfigInfoVmMonitoringState_enum`
     *
     * Values: see {@link ClusterDasConfigInfoVmMonitoringState}.
     */
    prevState?: string;
}
/**
 * This event records the assignment of a new instance UUID to a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmInstanceUuidAssignedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmInstanceUuidAssignedEvent";
    /** The new instance UUID. */
    instanceUuid: string;
}
/**
 * This event records a change in a virtual machine's instance UUID.
 *
 * Extends VmEvent.
 */
export interface VmInstanceUuidChangedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmInstanceUuidChangedEvent";
    /** The old instance UUID. */
    oldInstanceUuid: string;
    /** The new instance UUID. */
    newInstanceUuid: string;
}
/**
 * This event records a conflict of virtual machine instance UUIDs.
 *
 * Extends VmEvent.
 */
export interface VmInstanceUuidConflictEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmInstanceUuidConflictEvent";
    /** The virtual machine whose instance UUID conflicts with the current virtual machine's instance UUID. */
    conflictedVm: VmEventArgument;
    /** The instance UUID in conflict. */
    instanceUuid: string;
}
/**
 * This event records the assignment of a new MAC address to a virtual network adapter.
 *
 * Extends VmEvent.
 */
export interface VmMacAssignedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmMacAssignedEvent";
    /** The name of the virtual adapter. */
    adapter: string;
    /** The new MAC address. */
    mac: string;
}
/**
 * This event records a change in a virtual machine's MAC address.
 *
 * Extends VmEvent.
 */
export interface VmMacChangedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmMacChangedEvent";
    /** The name of the virtual network adapter. */
    adapter: string;
    /** The old MAC address. */
    oldMac: string;
    /** The new MAC address. */
    newMac: string;
}
/**
 * This event records a MAC address conflict for a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmMacConflictEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmMacConflictEvent";
    /** The virtual machine whose MAC address conflicts with the current virtual machine's address. */
    conflictedVm: VmEventArgument;
    /** The MAC address that is in conflict. */
    mac: string;
}
/**
 * This event is fired when FT VM reached the max restart count
 *
 * Extends VmEvent.
 */
export interface VmMaxFTRestartCountReached extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmMaxFTRestartCountReached";
}
/**
 * This event is fired when the VM reached the max restart count
 *
 * Extends VmEvent.
 */
export interface VmMaxRestartCountReached extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmMaxRestartCountReached";
}
/**
 * This event records when an error message (consisting of a collection of "observations") is thrown by the virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmMessageErrorEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmMessageErrorEvent";
    /** A raw message returned by the virtualization platform. */
    message: string;
    /** A set of localizable message data that comprise this event. */
    messageInfo?: VirtualMachineMessage[];
}
/**
 * This event records when an informational message (consisting of a collection of "observations") is thrown by the virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmMessageEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmMessageEvent";
    /** A raw message returned by the virtualization platform. */
    message: string;
    /** A set of localizable message data that comprise this event. */
    messageInfo?: VirtualMachineMessage[];
}
/**
 * This event records when a warning message (consisting of a collection of "observations") is thrown by the virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmMessageWarningEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmMessageWarningEvent";
    /** A raw message returned by the virtualization platform. */
    message: string;
    messageInfo?: VirtualMachineMessage[];
}
/** Every `_typeName` a VmMigratedEvent may carry: its own and its known subtypes'. */
export type VmMigratedEventTypeName = "VmMigratedEvent" | "DrsVmMigratedEvent";
/**
 * This event records a virtual machine migration.
 *
 * Extends VmEvent.
 */
export interface VmMigratedEvent extends VmEvent {
    /** VmMigratedEvent or the name of one of its known subtypes. */
    _typeName: VmMigratedEventTypeName;
    /** The source host. */
    sourceHost: HostEventArgument;
    /** The source datacenter */
    sourceDatacenter?: DatacenterEventArgument;
    /** The source primary datastore */
    sourceDatastore?: DatastoreEventArgument;
}
/** A VmMigratedEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVmMigratedEvent = (VmMigratedEvent & {
    _typeName: "VmMigratedEvent";
}) | DrsVmMigratedEvent;
/**
 * This event records that no compatible host was found to place a secondary VM.
 *
 * Extends VmEvent.
 */
export interface VmNoCompatibleHostForSecondaryEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmNoCompatibleHostForSecondaryEvent";
}
/**
 * This event records a migration failure when the destination host is not on the same network as the source host.
 *
 * Extends VmEvent.
 */
export interface VmNoNetworkAccessEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmNoNetworkAccessEvent";
    /** The destination host. */
    destHost: HostEventArgument;
}
/**
 * This event records a virtual machine for which no host is responsible.
 *
 * Extends VmEvent.
 */
export interface VmOrphanedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmOrphanedEvent";
}
/**
 * Describes the constraints and/or preferences that can influence where a VM needs to be placed.
 *
 * Extends DynamicData.
 * @since vSphere API 9.1.0.0
 */
export interface VmPlacementPolicy extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VmPlacementPolicy";
    /** The names of vSphere tags that should be attached to this VM. */
    tagsToAttach?: string[];
}
/**
 * This event records when a virtual machine has been powered off on an isolated host in a HA cluster.
 *
 * Extends VmPoweredOffEvent.
 */
export interface VmPowerOffOnIsolationEvent extends VmPoweredOffEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmPowerOffOnIsolationEvent";
    /** The isolated host on which a virtual machine is powered off. */
    isolatedHost: HostEventArgument;
}
/** Every `_typeName` a VmPoweredOffEvent may carry: its own and its known subtypes'. */
export type VmPoweredOffEventTypeName = "VmPoweredOffEvent" | "VmPowerOffOnIsolationEvent" | "VmShutdownOnIsolationEvent";
/**
 * This event records when a virtual machine finished powering off.
 *
 * Extends VmEvent.
 */
export interface VmPoweredOffEvent extends VmEvent {
    /** VmPoweredOffEvent or the name of one of its known subtypes. */
    _typeName: VmPoweredOffEventTypeName;
}
/** A VmPoweredOffEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVmPoweredOffEvent = (VmPoweredOffEvent & {
    _typeName: "VmPoweredOffEvent";
}) | VmPowerOffOnIsolationEvent | VmShutdownOnIsolationEvent;
/** Every `_typeName` a VmPoweredOnEvent may carry: its own and its known subtypes'. */
export type VmPoweredOnEventTypeName = "VmPoweredOnEvent" | "DrsVmPoweredOnEvent" | "VmRestartedOnAlternateHostEvent";
/**
 * This event records when a virtual machine finished powering on.
 *
 * Extends VmEvent.
 */
export interface VmPoweredOnEvent extends VmEvent {
    /** VmPoweredOnEvent or the name of one of its known subtypes. */
    _typeName: VmPoweredOnEventTypeName;
}
/** A VmPoweredOnEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVmPoweredOnEvent = (VmPoweredOnEvent & {
    _typeName: "VmPoweredOnEvent";
}) | DrsVmPoweredOnEvent | VmRestartedOnAlternateHostEvent;
/**
 * This event records when a virtual machine was powering on using DVPorts with port level configuration, which might be different from the DVportgroup.
 *
 * Extends VmEvent.
 */
export interface VmPoweringOnWithCustomizedDVPortEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmPoweringOnWithCustomizedDVPortEvent";
    /** The list of Virtual NIC that were using the DVports. */
    vnic: VnicPortArgument[];
}
/**
 * This event records a fault tolerance failover.
 *
 * Extends VmEvent.
 */
export interface VmPrimaryFailoverEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmPrimaryFailoverEvent";
    /**
     * The reason for the failure.
     *
     * Values: see {@link VirtualMachineNeedSecondaryReason}.
     */
    reason?: string;
}
/**
 * This event records a reconfiguration of the virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmReconfiguredEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmReconfiguredEvent";
    /** The configuration specification that was used for the reconfiguration. */
    configSpec: VirtualMachineConfigSpec;
    /** The configuration values changed during the reconfiguration. */
    configChanges?: ChangesInfoEventArgument;
}
/**
 * This event records that a virtual machine was successfully registered.
 *
 * Extends VmEvent.
 */
export interface VmRegisteredEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmRegisteredEvent";
}
/**
 * This event records that a virtual machine was successfully converted to the new virtual machine format on a VMFS3 volume.
 *
 * Extends VmEvent.
 */
export interface VmRelayoutSuccessfulEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmRelayoutSuccessfulEvent";
}
/**
 * This event records that a virtual machine is already in the correct format.
 *
 * Extends VmEvent.
 */
export interface VmRelayoutUpToDateEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmRelayoutUpToDateEvent";
}
/**
 * This event records that a virtual machine was successfully reloaded from a new configuration path.
 *
 * Extends VmEvent.
 */
export interface VmReloadFromPathEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmReloadFromPathEvent";
    configPath: string;
}
/**
 * This event records that a virtual machine reload from a new configuration path failed.
 *
 * Extends VmEvent.
 */
export interface VmReloadFromPathFailedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmReloadFromPathFailedEvent";
    configPath: string;
}
/**
 * This event records a failure to relocate a virtual machine.
 *
 * Extends VmRelocateSpecEvent.
 */
export interface VmRelocateFailedEvent extends VmRelocateSpecEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmRelocateFailedEvent";
    /** The destination host to which the virtual machine is being relocated. */
    destHost: HostEventArgument;
    /**
     * The reason why this relocate operation failed.
     *
     * One of MethodFault or LocalizedMethodFault, told apart by `_typeName`.
     */
    reason: AnyMethodFault | LocalizedMethodFault;
    /** The destination datacenter to which the virtual machine was being relocated */
    destDatacenter?: DatacenterEventArgument;
    /** The destination primary datastore to which the virtual machine was being relocated */
    destDatastore?: DatastoreEventArgument;
}
/** Every `_typeName` a VmRelocateSpecEvent may carry: its own and its known subtypes'. */
export type VmRelocateSpecEventTypeName = "VmRelocateSpecEvent" | "VmBeingRelocatedEvent" | "VmRelocateFailedEvent" | "VmRelocatedEvent";
/**
 * This event is the base event for relocate and clone base events.
 *
 * Extends VmEvent.
 */
export interface VmRelocateSpecEvent extends VmEvent {
    /** VmRelocateSpecEvent or the name of one of its known subtypes. */
    _typeName: VmRelocateSpecEventTypeName;
}
/** A VmRelocateSpecEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVmRelocateSpecEvent = (VmRelocateSpecEvent & {
    _typeName: "VmRelocateSpecEvent";
}) | VmBeingRelocatedEvent | VmRelocateFailedEvent | VmRelocatedEvent;
/**
 * This event records the completion of a virtual machine relocation.
 *
 * Extends VmRelocateSpecEvent.
 */
export interface VmRelocatedEvent extends VmRelocateSpecEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmRelocatedEvent";
    /** The source host from which the virtual machine was relocated. */
    sourceHost: HostEventArgument;
    /** The source datacenter from which the virtual machine relocated */
    sourceDatacenter?: DatacenterEventArgument;
    /** The source primary datastore from which the virtual machine relocated */
    sourceDatastore?: DatastoreEventArgument;
}
/**
 * This event records that a remote console was connected to the VM
 *
 * Extends VmEvent.
 */
export interface VmRemoteConsoleConnectedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmRemoteConsoleConnectedEvent";
}
/**
 * This event records that a remote console was disconnected from the VM
 *
 * Extends VmEvent.
 */
export interface VmRemoteConsoleDisconnectedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmRemoteConsoleDisconnectedEvent";
}
/**
 * This event records a virtual machine removed from VirtualCenter management.
 *
 * Extends VmEvent.
 */
export interface VmRemovedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmRemovedEvent";
}
/**
 * This event records the renaming of a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmRenamedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmRenamedEvent";
    /** The old name of the virtual machine. */
    oldName: string;
    /** The new name of the virtual machine. */
    newName: string;
}
/**
 * The virtual machine is using features that exceed what the host is capable of providing.
 *
 * Extends VmEvent.
 */
export interface VmRequirementsExceedCurrentEVCModeEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmRequirementsExceedCurrentEVCModeEvent";
}
/**
 * This event records a virtual machine resetting.
 *
 * Extends VmEvent.
 */
export interface VmResettingEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmResettingEvent";
}
/**
 * This event records when a virtual machine is moved from one resource pool to another.
 *
 * Extends VmEvent.
 */
export interface VmResourcePoolMovedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmResourcePoolMovedEvent";
    /** The old parent resourcePool of the moved virtual machine. */
    oldParent: ResourcePoolEventArgument;
    /** The new parent resourcePool of the moved virtual machine. */
    newParent: ResourcePoolEventArgument;
}
/**
 * This event records a change in resource allocation of a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmResourceReallocatedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmResourceReallocatedEvent";
    /** The configuration values changed during the reconfiguration. */
    configChanges?: ChangesInfoEventArgument;
}
/**
 * Deprecated as of vSphere API 5.0, the Server will generate the `EventEx` event with the `EventEx.eventTypeId` property set to "com.vmware.vc.ha.VmRestartedByHAEvent".
 *
 * Extends VmPoweredOnEvent.
 * @deprecated
 */
export interface VmRestartedOnAlternateHostEvent extends VmPoweredOnEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmRestartedOnAlternateHostEvent";
    /** The host that failed. */
    sourceHost: HostEventArgument;
}
/**
 * This event records a virtual machine resuming.
 *
 * Extends VmEvent.
 */
export interface VmResumingEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmResumingEvent";
}
/**
 * This event records a secondary VM is added.
 *
 * Extends VmEvent.
 */
export interface VmSecondaryAddedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmSecondaryAddedEvent";
}
/**
 * This event records that a fault tolerance secondary VM has been disabled by vCenter because the VM could not be powered on.
 *
 * Extends VmEvent.
 */
export interface VmSecondaryDisabledBySystemEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmSecondaryDisabledBySystemEvent";
    /** One of MethodFault or LocalizedMethodFault, told apart by `_typeName`. */
    reason?: AnyMethodFault | LocalizedMethodFault;
}
/**
 * This event records a secondary VM is disabled.
 *
 * Extends VmEvent.
 */
export interface VmSecondaryDisabledEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmSecondaryDisabledEvent";
}
/**
 * This event records a secondary VM is enabled.
 *
 * Extends VmEvent.
 */
export interface VmSecondaryEnabledEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmSecondaryEnabledEvent";
}
/**
 * This event records a secondary VM is started successfully.
 *
 * Extends VmEvent.
 */
export interface VmSecondaryStartedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmSecondaryStartedEvent";
}
/**
 * This event records when a virtual machine has been shut down on an isolated host in a HA cluster.
 *
 * Extends VmPoweredOffEvent.
 */
export interface VmShutdownOnIsolationEvent extends VmPoweredOffEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmShutdownOnIsolationEvent";
    /** The isolated host on which a virtual machine was shutdown. */
    isolatedHost: HostEventArgument;
    /**
     * Indicates if the shutdown was successful.
     *
     * Values: see {@link VmShutdownOnIsolationEventOperation}.
     */
    shutdownResult?: string;
}
/**
 * Deprecated as of vSphere API 6.0.
 *
 * Extends VmEvent.
 * @deprecated
 */
export interface VmStartRecordingEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmStartRecordingEvent";
}
/**
 * Deprecated as of vSphere API 6.0.
 *
 * Extends VmEvent.
 * @deprecated
 */
export interface VmStartReplayingEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmStartReplayingEvent";
}
/** Every `_typeName` a VmStartingEvent may carry: its own and its known subtypes'. */
export type VmStartingEventTypeName = "VmStartingEvent" | "VmUnsupportedStartingEvent";
/**
 * This event records a virtual machine powering on.
 *
 * Extends VmEvent.
 */
export interface VmStartingEvent extends VmEvent {
    /** VmStartingEvent or the name of one of its known subtypes. */
    _typeName: VmStartingEventTypeName;
}
/** A VmStartingEvent or any known subtype, discriminated by `_typeName`: `switch (value._typeName)` narrows it. */
export type AnyVmStartingEvent = (VmStartingEvent & {
    _typeName: "VmStartingEvent";
}) | VmUnsupportedStartingEvent;
/**
 * This event records a vmotion to start a secondary VM.
 *
 * Extends VmEvent.
 */
export interface VmStartingSecondaryEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmStartingSecondaryEvent";
}
/**
 * This event records a static MAC address conflict for a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmStaticMacConflictEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmStaticMacConflictEvent";
    /** The virtual machine whose static MAC address conflicts with the current virtual machine's address. */
    conflictedVm: VmEventArgument;
    /** The static MAC address that is in conflict. */
    mac: string;
}
/**
 * This event records a virtual machine stopping.
 *
 * Extends VmEvent.
 */
export interface VmStoppingEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmStoppingEvent";
}
/**
 * This event records when a virtual machine finished suspending.
 *
 * Extends VmEvent.
 */
export interface VmSuspendedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmSuspendedEvent";
}
/**
 * This event records a virtual machine suspending.
 *
 * Extends VmEvent.
 */
export interface VmSuspendingEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmSuspendingEvent";
}
/**
 * This event records timeout when starting a secondary VM.
 *
 * Extends VmEvent.
 */
export interface VmTimedoutStartingSecondaryEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmTimedoutStartingSecondaryEvent";
    /**
     * The duration of the timeout in milliseconds.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    timeout?: number;
}
/**
 * This event records when an unsupported guest is powering on.
 *
 * Extends VmStartingEvent.
 */
export interface VmUnsupportedStartingEvent extends VmStartingEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmUnsupportedStartingEvent";
    guestId: string;
}
/**
 * This event records the successful completion of an upgrade operation.
 *
 * Extends VmEvent.
 */
export interface VmUpgradeCompleteEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmUpgradeCompleteEvent";
    /** The version of the agent. */
    version: string;
}
/**
 * This event records a failure to upgrade virtual hardware.
 *
 * Extends VmEvent.
 */
export interface VmUpgradeFailedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmUpgradeFailedEvent";
}
/**
 * This event records the process of upgrading the virtual hardware on a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmUpgradingEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmUpgradingEvent";
    /** The version of the agent. */
    version: string;
}
/**
 * This event records the assignment of a new BIOS UUID to a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmUuidAssignedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmUuidAssignedEvent";
    /** The new BIOS UUID. */
    uuid: string;
}
/**
 * This event records a change in a virtual machine's BIOS UUID.
 *
 * Extends VmEvent.
 */
export interface VmUuidChangedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmUuidChangedEvent";
    /** The old BIOS UUID. */
    oldUuid: string;
    /** The new BIOS UUID. */
    newUuid: string;
}
/**
 * This event records a conflict of virtual machine BIOS UUIDs.
 *
 * Extends VmEvent.
 */
export interface VmUuidConflictEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmUuidConflictEvent";
    /** The virtual machine whose UUID conflicts with the current virtual machine's UUID. */
    conflictedVm: VmEventArgument;
    /** The BIOS UUID in conflict. */
    uuid: string;
}
/**
 * This event is generated when the reservations used by all the virtual network adapters belonging to the virtual NIC network resource pool goes below the reservation allocated to the resource pool
 *
 * Extends DvsEvent.
 */
export interface VmVnicPoolReservationViolationClearEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmVnicPoolReservationViolationClearEvent";
    /** The key of the Virtual NIC network resource pool */
    vmVnicResourcePoolKey: string;
    /** The name of the Virtual NIC network resource pool */
    vmVnicResourcePoolName?: string;
}
/**
 * This event is generated when the reservations used by all the virtual network adapters belonging to the virtual NIC network resource pool exceeds the reservation allocated to the resource pool
 *
 * Extends DvsEvent.
 */
export interface VmVnicPoolReservationViolationRaiseEvent extends DvsEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmVnicPoolReservationViolationRaiseEvent";
    /** The key of the Virtual NIC network resource pool */
    vmVnicResourcePoolKey: string;
    /** The name of the Virtual NIC network resource pool */
    vmVnicResourcePoolName?: string;
}
/**
 * This event records the assignment of a new WWN (World Wide Name) to a virtual machine.
 *
 * Extends VmEvent.
 */
export interface VmWwnAssignedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmWwnAssignedEvent";
    /**
     * The new node WWN.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    nodeWwns: number[];
    /**
     * The new port WWN.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    portWwns: number[];
}
/**
 * This event records a change in a virtual machine's WWN (World Wide Name).
 *
 * Extends VmEvent.
 */
export interface VmWwnChangedEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmWwnChangedEvent";
    /**
     * The old node WWN.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    oldNodeWwns?: number[];
    /**
     * The old port WWN.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    oldPortWwns?: number[];
    /**
     * The new node WWN.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    newNodeWwns?: number[];
    /**
     * The new port WWN.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    newPortWwns?: number[];
}
/**
 * This event records a conflict of virtual machine WWNs (World Wide Name).
 *
 * Extends VmEvent.
 */
export interface VmWwnConflictEvent extends VmEvent {
    /** The VI JSON type discriminator. */
    _typeName: "VmWwnConflictEvent";
    /** The virtual machine whose WWN conflicts with the current virtual machine's WWN. */
    conflictedVms?: VmEventArgument[];
    /** The host whose physical WWN conflicts with the current virtual machine's WWN. */
    conflictedHosts?: HostEventArgument[];
    /**
     * The WWN in conflict.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    wwn: number;
}
/**
 * Information details about a VMFS datastore.
 *
 * Extends DatastoreInfo.
 * @since vSphere API 2.0
 */
export interface VmfsDatastoreInfo extends DatastoreInfo {
    /** The VI JSON type discriminator. */
    _typeName: "VmfsDatastoreInfo";
    /**
     * Maximum raw device mapping size (physical compatibility)
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 5.1
     */
    maxPhysicalRDMFileSize?: number;
    /**
     * Maximum raw device mapping size (virtual compatibility)
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     * @since vSphere API 5.1
     */
    maxVirtualRDMFileSize?: number;
    /**
     * The VMFS volume information for the datastore.
     *
     * May not be
     * available when the datastore is not accessible.
     */
    vmfs?: HostVmfsVolume;
}
/**
 * VMFS unmap reclaims unused storage space.
 *
 * This data object type
 * describes the specification of VMFS unmap bandwidth.
 *
 * Extends DynamicData.
 * @since vSphere API 6.7
 */
export interface VmfsUnmapBandwidthSpec extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VmfsUnmapBandwidthSpec";
    /**
     * This property determines the unmap bandwidth policy.
     *
     * See `HostVmfsVolumeUnmapBandwidthPolicy_enum` for supported
     * values. If not specified, the default value is
     * `fixed`, which means
     * unmap is processed at a fixed rate.
     */
    policy: string;
    /**
     * This property determines the bandwidth under the fixed policy.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    fixedValue: number;
    /**
     * This property determines the lower limits of the unmap bandwidth
     * under the dynamic policy.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    dynamicMin: number;
    /**
     * This property determines the upper limits of the unmap bandwidth
     * under the dynamic policy.
     *
     * Format: int64, a safe integer (decoders reject values beyond 2^53 - 1).
     */
    dynamicMax: number;
}
/**
 * This argument records a Virtual NIC device that connects to a DVPort.
 *
 * Extends DynamicData.
 */
export interface VnicPortArgument extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "VnicPortArgument";
    /** The Virtual NIC devices that were using the DVports. */
    vnic: string;
    /** The DVPorts that were being used. */
    port: DistributedVirtualSwitchPortConnection;
}
/**
 * Detailed information about a vSAN datastore.
 *
 * Extends DatastoreInfo.
 * @since vSphere API 7.0.1.0
 */
export interface VsanDatastoreInfo extends DatastoreInfo {
    /** The VI JSON type discriminator. */
    _typeName: "VsanDatastoreInfo";
    /** The cluster membership identity of the datastore. */
    membershipUuid?: string;
    /**
     * The generation number tracking datastore accessibility.
     *
     * Format: int32.
     */
    accessGenNo?: number;
}
/**
 * Detailed information about a VirtualVolume datastore.
 *
 * Extends DatastoreInfo.
 * @since vSphere API 6.0
 */
export interface VvolDatastoreInfo extends DatastoreInfo {
    /** The VI JSON type discriminator. */
    _typeName: "VvolDatastoreInfo";
    vvolDS?: HostVvolVolume;
}
/** Extends DynamicData. */
export interface WaitOptions extends DynamicData {
    /** The VI JSON type discriminator. */
    _typeName: "WaitOptions";
    /** Format: int32. */
    maxWaitSeconds?: number;
    /** Format: int32. */
    maxObjectUpdates?: number;
}
/**
 * This event is a general warning event from upgrade.
 *
 * Extends UpgradeEvent.
 */
export interface WarningUpgradeEvent extends UpgradeEvent {
    /** The VI JSON type discriminator. */
    _typeName: "WarningUpgradeEvent";
}
/** */
export type AgentInstallFailedReason = "NotEnoughSpaceOnDevice" | "PrepareToUpgradeFailed" | "AgentNotRunning" | "AgentNotReachable" | "InstallTimedout" | "SignatureVerificationFailed" | "AgentUploadFailed" | "AgentUploadTimedout" | "UnknownInstallerError";
/** Every value of {@link AgentInstallFailedReason} these schemas declare, in the reference's order. */
export declare const AgentInstallFailedReasonValues: readonly AgentInstallFailedReason[];
/** This list specifies the type of operation being performed on the array. */
export type ArrayUpdateOperation = "add" | "remove" | "edit";
/** Every value of {@link ArrayUpdateOperation} these schemas declare, in the reference's order. */
export declare const ArrayUpdateOperationValues: readonly ArrayUpdateOperation[];
/** Possible states of an HA service. */
export type ClusterDasConfigInfoServiceState = "disabled" | "enabled";
/** Every value of {@link ClusterDasConfigInfoServiceState} these schemas declare, in the reference's order. */
export declare const ClusterDasConfigInfoServiceStateValues: readonly ClusterDasConfigInfoServiceState[];
/** The `ClusterDasConfigInfoVmMonitoringState_enum` enum defines values that indicate the state of Virtual Machine Health Monitoring. */
export type ClusterDasConfigInfoVmMonitoringState = "vmMonitoringDisabled" | "vmMonitoringOnly" | "vmAndAppMonitoring";
/** Every value of {@link ClusterDasConfigInfoVmMonitoringState} these schemas declare, in the reference's order. */
export declare const ClusterDasConfigInfoVmMonitoringStateValues: readonly ClusterDasConfigInfoVmMonitoringState[];
/** Config spec operation type. */
export type ConfigSpecOperation = "add" | "edit" | "remove";
/** Every value of {@link ConfigSpecOperation} these schemas declare, in the reference's order. */
export declare const ConfigSpecOperationValues: readonly ConfigSpecOperation[];
/** Set of possible values for `DVPortStatus*.*DVPortStatus.vmDirectPathGen2InactiveReasonNetwork`. */
export type DVPortStatusVmDirectPathGen2InactiveReasonNetwork = "portNptIncompatibleDvs" | "portNptNoCompatibleNics" | "portNptNoVirtualFunctionsAvailable" | "portNptDisabledForPort";
/** Every value of {@link DVPortStatusVmDirectPathGen2InactiveReasonNetwork} these schemas declare, in the reference's order. */
export declare const DVPortStatusVmDirectPathGen2InactiveReasonNetworkValues: readonly DVPortStatusVmDirectPathGen2InactiveReasonNetwork[];
/** Set of possible values for `DVPortStatus*.*DVPortStatus.vmDirectPathGen2InactiveReasonOther`. */
export type DVPortStatusVmDirectPathGen2InactiveReasonOther = "portNptIncompatibleHost" | "portNptIncompatibleConnectee";
/** Every value of {@link DVPortStatusVmDirectPathGen2InactiveReasonOther} these schemas declare, in the reference's order. */
export declare const DVPortStatusVmDirectPathGen2InactiveReasonOtherValues: readonly DVPortStatusVmDirectPathGen2InactiveReasonOther[];
/** List of possible host infrastructure traffic classes */
export type DistributedVirtualSwitchHostInfrastructureTrafficClass = "management" | "faultTolerance" | "vmotion" | "virtualMachine" | "iSCSI" | "nfs" | "hbr" | "vsan" | "vdp" | "backupNfc" | "nvmetcp" | "provisioning";
/** Every value of {@link DistributedVirtualSwitchHostInfrastructureTrafficClass} these schemas declare, in the reference's order. */
export declare const DistributedVirtualSwitchHostInfrastructureTrafficClassValues: readonly DistributedVirtualSwitchHostInfrastructureTrafficClass[];
/** Network resource control version types. */
export type DistributedVirtualSwitchNetworkResourceControlVersion = "version2" | "version3";
/** Every value of {@link DistributedVirtualSwitchNetworkResourceControlVersion} these schemas declare, in the reference's order. */
export declare const DistributedVirtualSwitchNetworkResourceControlVersionValues: readonly DistributedVirtualSwitchNetworkResourceControlVersion[];
/** */
export type DrsBehavior = "manual" | "partiallyAutomated" | "fullyAutomated";
/** Every value of {@link DrsBehavior} these schemas declare, in the reference's order. */
export declare const DrsBehaviorValues: readonly DrsBehavior[];
/** The port blocked/unblocked state. */
export type DvsEventPortBlockState = "unset" | "blocked" | "unblocked" | "unknown";
/** Every value of {@link DvsEventPortBlockState} these schemas declare, in the reference's order. */
export declare const DvsEventPortBlockStateValues: readonly DvsEventPortBlockState[];
/** Network Filter on Failure Type. */
export type DvsFilterOnFailure = "failOpen" | "failClosed";
/** Every value of {@link DvsFilterOnFailure} these schemas declare, in the reference's order. */
export declare const DvsFilterOnFailureValues: readonly DvsFilterOnFailure[];
/** The `EntityImportType_enum` enum defines the import type for a `DistributedVirtualSwitchManager*.*DistributedVirtualSwitchManager.DVSManagerImportEntity_Task` operation. */
export type EntityImportType = "createEntityWithNewIdentifier" | "createEntityWithOriginalIdentifier" | "applyToEntitySpecified";
/** Every value of {@link EntityImportType} these schemas declare, in the reference's order. */
export declare const EntityImportTypeValues: readonly EntityImportType[];
/** Severity level constants. */
export type EventEventSeverity = "error" | "warning" | "info" | "user";
/** Every value of {@link EventEventSeverity} these schemas declare, in the reference's order. */
export declare const EventEventSeverityValues: readonly EventEventSeverity[];
/** */
export type EventFilterSpecRecursionOption = "self" | "children" | "all";
/** Every value of {@link EventFilterSpecRecursionOption} these schemas declare, in the reference's order. */
export declare const EventFilterSpecRecursionOptionValues: readonly EventFilterSpecRecursionOption[];
/** Firmware types */
export type GuestOsDescriptorFirmwareType = "bios" | "efi";
/** Every value of {@link GuestOsDescriptorFirmwareType} these schemas declare, in the reference's order. */
export declare const GuestOsDescriptorFirmwareTypeValues: readonly GuestOsDescriptorFirmwareType[];
/** Enumeration of the nominal latency-sensitive values which can be used to specify the latency-sensitivity level of the application. */
export type LatencySensitivitySensitivityLevel = "low" | "normal" | "medium" | "high" | "custom";
/** Every value of {@link LatencySensitivitySensitivityLevel} these schemas declare, in the reference's order. */
export declare const LatencySensitivitySensitivityLevelValues: readonly LatencySensitivitySensitivityLevel[];
/** Some licenses may only be allowed to load from a specified source. */
export type LicenseFeatureInfoSourceRestriction = "unrestricted" | "served" | "file";
/** Every value of {@link LicenseFeatureInfoSourceRestriction} these schemas declare, in the reference's order. */
export declare const LicenseFeatureInfoSourceRestrictionValues: readonly LicenseFeatureInfoSourceRestriction[];
/** Describes the state of the feature. */
export type LicenseFeatureInfoState = "enabled" | "disabled" | "optional";
/** Every value of {@link LicenseFeatureInfoState} these schemas declare, in the reference's order. */
export declare const LicenseFeatureInfoStateValues: readonly LicenseFeatureInfoState[];
/** Cost units apply to licenses for the purpose of determining how many licenses are needed. */
export type LicenseFeatureInfoUnit = "host" | "cpuCore" | "cpuPackage" | "server" | "vm";
/** Every value of {@link LicenseFeatureInfoUnit} these schemas declare, in the reference's order. */
export declare const LicenseFeatureInfoUnitValues: readonly LicenseFeatureInfoUnit[];
/**
 * The overall status of a managed entity, as a color.
 *
 * - "gray": The status is unknown.
 *
 * - "green": The entity is OK.
 *
 * - "yellow": The entity might have a problem.
 *
 * - "red": The entity definitely has a problem.
 */
export type ManagedEntityStatus = "gray" | "green" | "yellow" | "red";
/** Every value of {@link ManagedEntityStatus} these schemas declare, in the reference's order. */
export declare const ManagedEntityStatusValues: readonly ManagedEntityStatus[];
/** */
export type ObjectUpdateKind = "modify" | "enter" | "leave";
/** Every value of {@link ObjectUpdateKind} these schemas declare, in the reference's order. */
export declare const ObjectUpdateKindValues: readonly ObjectUpdateKind[];
/** */
export type PropertyChangeOp = "add" | "remove" | "assign" | "indirectRemove";
/** Every value of {@link PropertyChangeOp} these schemas declare, in the reference's order. */
export declare const PropertyChangeOpValues: readonly PropertyChangeOp[];
/** The policy setting used to determine when to perform scheduled upgrades for a virtual machine. */
export type ScheduledHardwareUpgradeInfoHardwareUpgradePolicy = "never" | "onSoftPowerOff" | "always";
/** Every value of {@link ScheduledHardwareUpgradeInfoHardwareUpgradePolicy} these schemas declare, in the reference's order. */
export declare const ScheduledHardwareUpgradeInfoHardwareUpgradePolicyValues: readonly ScheduledHardwareUpgradeInfoHardwareUpgradePolicy[];
/** Status for last attempt to run scheduled hardware upgrade. */
export type ScheduledHardwareUpgradeInfoHardwareUpgradeStatus = "none" | "pending" | "success" | "failed";
/** Every value of {@link ScheduledHardwareUpgradeInfoHardwareUpgradeStatus} these schemas declare, in the reference's order. */
export declare const ScheduledHardwareUpgradeInfoHardwareUpgradeStatusValues: readonly ScheduledHardwareUpgradeInfoHardwareUpgradeStatus[];
/** Simplified shares notation. */
export type SharesLevel = "low" | "normal" | "high" | "custom";
/** Every value of {@link SharesLevel} these schemas declare, in the reference's order. */
export declare const SharesLevelValues: readonly SharesLevel[];
/** List of possible states of a task. */
export type TaskInfoState = "queued" | "running" | "success" | "error";
/** Every value of {@link TaskInfoState} these schemas declare, in the reference's order. */
export declare const TaskInfoStateValues: readonly TaskInfoState[];
/** The policy setting used to determine when tools are auto-upgraded for a virtual machine */
export type UpgradePolicy = "manual" | "upgradeAtPowerCycle";
/** Every value of {@link UpgradePolicy} these schemas declare, in the reference's order. */
export declare const UpgradePolicyValues: readonly UpgradePolicy[];
/** Describes the change mode of the device. */
export type VirtualDeviceConfigSpecChangeMode = "fail" | "skip";
/** Every value of {@link VirtualDeviceConfigSpecChangeMode} these schemas declare, in the reference's order. */
export declare const VirtualDeviceConfigSpecChangeModeValues: readonly VirtualDeviceConfigSpecChangeMode[];
/** The type of operation being performed on the backing of a virtual device. */
export type VirtualDeviceConfigSpecFileOperation = "create" | "destroy" | "replace";
/** Every value of {@link VirtualDeviceConfigSpecFileOperation} these schemas declare, in the reference's order. */
export declare const VirtualDeviceConfigSpecFileOperationValues: readonly VirtualDeviceConfigSpecFileOperation[];
/** The type of operation being performed on the specified virtual device. */
export type VirtualDeviceConfigSpecOperation = "add" | "remove" | "edit";
/** Every value of {@link VirtualDeviceConfigSpecOperation} these schemas declare, in the reference's order. */
export declare const VirtualDeviceConfigSpecOperationValues: readonly VirtualDeviceConfigSpecOperation[];
/** Contains information about connectable virtual devices when the virtual machine restores from a migration. */
export type VirtualDeviceConnectInfoMigrateConnectOp = "connect" | "disconnect" | "unset";
/** Every value of {@link VirtualDeviceConnectInfoMigrateConnectOp} these schemas declare, in the reference's order. */
export declare const VirtualDeviceConnectInfoMigrateConnectOpValues: readonly VirtualDeviceConnectInfoMigrateConnectOp[];
/** Specifies the connectable virtual device status. */
export type VirtualDeviceConnectInfoStatus = "ok" | "recoverableError" | "unrecoverableError" | "untried";
/** Every value of {@link VirtualDeviceConnectInfoStatus} these schemas declare, in the reference's order. */
export declare const VirtualDeviceConnectInfoStatusValues: readonly VirtualDeviceConnectInfoStatus[];
/** */
export type VirtualMachineBootOptionsNetworkBootProtocolType = "ipv4" | "ipv6";
/** Every value of {@link VirtualMachineBootOptionsNetworkBootProtocolType} these schemas declare, in the reference's order. */
export declare const VirtualMachineBootOptionsNetworkBootProtocolTypeValues: readonly VirtualMachineBootOptionsNetworkBootProtocolType[];
/** Available choices for virtual machine swapfile placement policy. */
export type VirtualMachineConfigInfoSwapPlacementType = "inherit" | "vmDirectory" | "hostLocal";
/** Every value of {@link VirtualMachineConfigInfoSwapPlacementType} these schemas declare, in the reference's order. */
export declare const VirtualMachineConfigInfoSwapPlacementTypeValues: readonly VirtualMachineConfigInfoSwapPlacementType[];
/** The set of valid encrypted Fault Tolerance modes for a VM. */
export type VirtualMachineConfigSpecEncryptedFtModes = "ftEncryptionDisabled" | "ftEncryptionOpportunistic" | "ftEncryptionRequired";
/** Every value of {@link VirtualMachineConfigSpecEncryptedFtModes} these schemas declare, in the reference's order. */
export declare const VirtualMachineConfigSpecEncryptedFtModesValues: readonly VirtualMachineConfigSpecEncryptedFtModes[];
/** The set of valid encrypted vMotion modes for a VM. */
export type VirtualMachineConfigSpecEncryptedVMotionModes = "disabled" | "opportunistic" | "required";
/** Every value of {@link VirtualMachineConfigSpecEncryptedVMotionModes} these schemas declare, in the reference's order. */
export declare const VirtualMachineConfigSpecEncryptedVMotionModesValues: readonly VirtualMachineConfigSpecEncryptedVMotionModes[];
/** The root WWN operation mode. */
export type VirtualMachineConfigSpecNpivWwnOp = "generate" | "set" | "remove" | "extend";
/** Every value of {@link VirtualMachineConfigSpecNpivWwnOp} these schemas declare, in the reference's order. */
export declare const VirtualMachineConfigSpecNpivWwnOpValues: readonly VirtualMachineConfigSpecNpivWwnOp[];
/**
 * The connectivity state of a virtual machine.
 *
 * When the API is provided directly by
 * a server product, such as ESX Server, then the disconnected state is not
 * possible. However, when accessed through VirtualCenter, the state of a virtual
 * machine is set to disconnected if the hosts that manage the virtual
 * machine becomes unavailable.
 *
 * - "connected": The server has access to the virtual machine.
 *
 * - "disconnected": The server is currently disconnected from the virtual machine, since its
 * host is disconnected.
 *
 * See general comment for this enumerated type for more
 * details.
 *
 * - "orphaned": The virtual machine is no longer registered on the host it is associated
 * with.
 *
 * For example, a virtual machine that is unregistered or deleted
 * directly on a host managed by VirtualCenter shows up in this state.
 *
 * - "inaccessible": One or more of the virtual machine configuration files are inaccessible.
 *
 * For
 * example, this can be due to transient disk failures. In this case, no
 * configuration can be returned for a virtual machine.
 *
 * - "invalid": The virtual machine configuration format is invalid.
 *
 * Thus, it is accessible
 * on disk, but corrupted in a way that does not allow the server to read the
 * content. In this case, no configuration can be returned for a virtual
 * machine.
 * @since vSphere API 2.0
 */
export type VirtualMachineConnectionState = "connected" | "disconnected" | "orphaned" | "inaccessible" | "invalid";
/** Every value of {@link VirtualMachineConnectionState} these schemas declare, in the reference's order. */
export declare const VirtualMachineConnectionStateValues: readonly VirtualMachineConnectionState[];
/** The FaultToleranceState type defines a simple set of states for a fault tolerant virtual machine: disabled, starting, and enabled. */
export type VirtualMachineFaultToleranceState = "notConfigured" | "disabled" | "enabled" | "needSecondary" | "starting" | "running";
/** Every value of {@link VirtualMachineFaultToleranceState} these schemas declare, in the reference's order. */
export declare const VirtualMachineFaultToleranceStateValues: readonly VirtualMachineFaultToleranceState[];
/** The FaultToleranceType defines the type of fault tolerance, if any, the virtual machine is configured for. */
export type VirtualMachineFaultToleranceType = "unset" | "recordReplay" | "checkpointing";
/** Every value of {@link VirtualMachineFaultToleranceType} these schemas declare, in the reference's order. */
export declare const VirtualMachineFaultToleranceTypeValues: readonly VirtualMachineFaultToleranceType[];
/** Set of possible values for `VirtualMachineFlagInfo.monitorType`. */
export type VirtualMachineFlagInfoMonitorType = "release" | "debug" | "stats";
/** Every value of {@link VirtualMachineFlagInfoMonitorType} these schemas declare, in the reference's order. */
export declare const VirtualMachineFlagInfoMonitorTypeValues: readonly VirtualMachineFlagInfoMonitorType[];
/** Set of possible values for `VirtualMachineFlagInfo.virtualExecUsage`. */
export type VirtualMachineFlagInfoVirtualExecUsage = "hvAuto" | "hvOn" | "hvOff";
/** Every value of {@link VirtualMachineFlagInfoVirtualExecUsage} these schemas declare, in the reference's order. */
export declare const VirtualMachineFlagInfoVirtualExecUsageValues: readonly VirtualMachineFlagInfoVirtualExecUsage[];
/** Set of possible values for `VirtualMachineFlagInfo.virtualMmuUsage`. */
export type VirtualMachineFlagInfoVirtualMmuUsage = "automatic" | "on" | "off";
/** Every value of {@link VirtualMachineFlagInfoVirtualMmuUsage} these schemas declare, in the reference's order. */
export declare const VirtualMachineFlagInfoVirtualMmuUsageValues: readonly VirtualMachineFlagInfoVirtualMmuUsage[];
/** Deprecated as of vSphere API 6.7. */
export type VirtualMachineHtSharing = "any" | "none" | "internal";
/** Every value of {@link VirtualMachineHtSharing} these schemas declare, in the reference's order. */
export declare const VirtualMachineHtSharingValues: readonly VirtualMachineHtSharing[];
/** The NeedSecondaryReason type defines all reasons a virtual machine is in the needSecondary Fault Tolerance state following a failure. */
export type VirtualMachineNeedSecondaryReason = "initializing" | "divergence" | "lostConnection" | "partialHardwareFailure" | "userAction" | "checkpointError" | "other";
/** Every value of {@link VirtualMachineNeedSecondaryReason} these schemas declare, in the reference's order. */
export declare const VirtualMachineNeedSecondaryReasonValues: readonly VirtualMachineNeedSecondaryReason[];
/** Set of possible values for `VirtualMachineFlagInfo.snapshotPowerOffBehavior`. */
export type VirtualMachinePowerOffBehavior = "powerOff" | "revert" | "prompt" | "take";
/** Every value of {@link VirtualMachinePowerOffBehavior} these schemas declare, in the reference's order. */
export declare const VirtualMachinePowerOffBehaviorValues: readonly VirtualMachinePowerOffBehavior[];
/** */
export type VirtualMachinePowerState = "poweredOff" | "poweredOn" | "suspended";
/** Every value of {@link VirtualMachinePowerState} these schemas declare, in the reference's order. */
export declare const VirtualMachinePowerStateValues: readonly VirtualMachinePowerState[];
/**
 * Deprecated as of vSphere API 6.0.
 *
 * The RecordReplayState type defines a simple set of record and replay
 * states for a virtual machine.
 *
 * - "recording": The virtual machine is recording.
 *
 * - "replaying": The virtual machine is replaying.
 *
 * - "inactive": The virtual machine is currently not participating
 * in record or replay.
 * @since vSphere API 4.0
 */
export type VirtualMachineRecordReplayState = "recording" | "replaying" | "inactive";
/** Every value of {@link VirtualMachineRecordReplayState} these schemas declare, in the reference's order. */
export declare const VirtualMachineRecordReplayStateValues: readonly VirtualMachineRecordReplayState[];
/** Flexible Launch Enclave (FLC) modes. */
export type VirtualMachineSgxInfoFlcModes = "locked" | "unlocked";
/** Every value of {@link VirtualMachineSgxInfoFlcModes} these schemas declare, in the reference's order. */
export declare const VirtualMachineSgxInfoFlcModesValues: readonly VirtualMachineSgxInfoFlcModes[];
/** The installation type of tools in the VM. */
export type VirtualMachineToolsInstallType = "guestToolsTypeUnknown" | "guestToolsTypeMSI" | "guestToolsTypeTar" | "guestToolsTypeOSP" | "guestToolsTypeOpenVMTools";
/** Every value of {@link VirtualMachineToolsInstallType} these schemas declare, in the reference's order. */
export declare const VirtualMachineToolsInstallTypeValues: readonly VirtualMachineToolsInstallType[];
/**
 * Deprecated as of vSphere API 4.0 use `VirtualMachineToolsVersionStatus_enum`
 * and `VirtualMachineToolsRunningStatus_enum`.
 *
 * Current status of VMware Tools running in the guest operating system.
 *
 * - "toolsNotInstalled": VMware Tools has never been installed
 * or has not run in the virtual machine.
 *
 * - "toolsNotRunning": VMware Tools is not running.
 *
 * - "toolsOld": VMware Tools is running, but the version is not current.
 *
 * - "toolsOk": VMware Tools is running and the version is current.
 * @since vSphere API 2.0
 */
export type VirtualMachineToolsStatus = "toolsNotInstalled" | "toolsNotRunning" | "toolsOld" | "toolsOk";
/** Every value of {@link VirtualMachineToolsStatus} these schemas declare, in the reference's order. */
export declare const VirtualMachineToolsStatusValues: readonly VirtualMachineToolsStatus[];
/** */
export type VirtualMachineVirtualDeviceSwapDeviceSwapStatus = "none" | "scheduled" | "inprogress" | "failed" | "completed";
/** Every value of {@link VirtualMachineVirtualDeviceSwapDeviceSwapStatus} these schemas declare, in the reference's order. */
export declare const VirtualMachineVirtualDeviceSwapDeviceSwapStatusValues: readonly VirtualMachineVirtualDeviceSwapDeviceSwapStatus[];
/** */
export type VirtualMachineVirtualPMemSnapshotMode = "independent_persistent" | "independent_eraseonrevert";
/** Every value of {@link VirtualMachineVirtualPMemSnapshotMode} these schemas declare, in the reference's order. */
export declare const VirtualMachineVirtualPMemSnapshotModeValues: readonly VirtualMachineVirtualPMemSnapshotMode[];
/** */
export type VirtualSCSISharing = "noSharing" | "virtualSharing" | "physicalSharing";
/** Every value of {@link VirtualSCSISharing} these schemas declare, in the reference's order. */
export declare const VirtualSCSISharingValues: readonly VirtualSCSISharing[];
/** The reason for the failure. */
export type VmFailedStartingSecondaryEventFailureReason = "incompatibleHost" | "loginFailed" | "registerVmFailed" | "migrateFailed";
/** Every value of {@link VmFailedStartingSecondaryEventFailureReason} these schemas declare, in the reference's order. */
export declare const VmFailedStartingSecondaryEventFailureReasonValues: readonly VmFailedStartingSecondaryEventFailureReason[];
/** */
export type VmShutdownOnIsolationEventOperation = "shutdown" | "poweredOff";
/** Every value of {@link VmShutdownOnIsolationEventOperation} these schemas declare, in the reference's order. */
export declare const VmShutdownOnIsolationEventOperationValues: readonly VmShutdownOnIsolationEventOperation[];
/** The value of an untyped slot (xsd:anyType), named by its `_typeName`: a data object, a box of data objects (`ArrayOfEvent`), a boxed primitive (`long`, `dateTime`, ...), or an object of a type no schema declares. */
export type AnyValue = AnyDynamicData | ManagedObjectReference | AnyMethodFault | rt.Boxed<"ArrayOfAboutInfo", AboutInfo[]> | rt.Boxed<"ArrayOfAccountCreatedEvent", AccountCreatedEvent[]> | rt.Boxed<"ArrayOfAccountRemovedEvent", AccountRemovedEvent[]> | rt.Boxed<"ArrayOfAccountUpdatedEvent", AccountUpdatedEvent[]> | rt.Boxed<"ArrayOfAdminPasswordNotChangedEvent", AdminPasswordNotChangedEvent[]> | rt.Boxed<"ArrayOfAlarmAcknowledgedEvent", AlarmAcknowledgedEvent[]> | rt.Boxed<"ArrayOfAlarmActionTriggeredEvent", AlarmActionTriggeredEvent[]> | rt.Boxed<"ArrayOfAlarmClearedEvent", AlarmClearedEvent[]> | rt.Boxed<"ArrayOfAlarmCreatedEvent", AlarmCreatedEvent[]> | rt.Boxed<"ArrayOfAlarmEmailCompletedEvent", AlarmEmailCompletedEvent[]> | rt.Boxed<"ArrayOfAlarmEmailFailedEvent", AlarmEmailFailedEvent[]> | rt.Boxed<"ArrayOfAlarmEvent", AnyAlarmEvent[]> | rt.Boxed<"ArrayOfAlarmEventArgument", AlarmEventArgument[]> | rt.Boxed<"ArrayOfAlarmReconfiguredEvent", AlarmReconfiguredEvent[]> | rt.Boxed<"ArrayOfAlarmRemovedEvent", AlarmRemovedEvent[]> | rt.Boxed<"ArrayOfAlarmScriptCompleteEvent", AlarmScriptCompleteEvent[]> | rt.Boxed<"ArrayOfAlarmScriptFailedEvent", AlarmScriptFailedEvent[]> | rt.Boxed<"ArrayOfAlarmSnmpCompletedEvent", AlarmSnmpCompletedEvent[]> | rt.Boxed<"ArrayOfAlarmSnmpFailedEvent", AlarmSnmpFailedEvent[]> | rt.Boxed<"ArrayOfAlarmState", AlarmState[]> | rt.Boxed<"ArrayOfAlarmStatusChangedEvent", AlarmStatusChangedEvent[]> | rt.Boxed<"ArrayOfAllVirtualMachinesLicensedEvent", AllVirtualMachinesLicensedEvent[]> | rt.Boxed<"ArrayOfAlreadyAuthenticatedSessionEvent", AlreadyAuthenticatedSessionEvent[]> | rt.Boxed<"ArrayOfAlreadyExists", AlreadyExists[]> | rt.Boxed<"ArrayOfArrayUpdateSpec", AnyArrayUpdateSpec[]> | rt.Boxed<"ArrayOfAuthorizationEvent", AnyAuthorizationEvent[]> | rt.Boxed<"ArrayOfBadUsernameSessionEvent", BadUsernameSessionEvent[]> | rt.Boxed<"ArrayOfBoolPolicy", BoolPolicy[]> | rt.Boxed<"ArrayOfCanceledHostOperationEvent", CanceledHostOperationEvent[]> | rt.Boxed<"ArrayOfCapability", Capability[]> | rt.Boxed<"ArrayOfChangesInfoEventArgument", ChangesInfoEventArgument[]> | rt.Boxed<"ArrayOfChoiceOption", ChoiceOption[]> | rt.Boxed<"ArrayOfClusterComplianceCheckedEvent", ClusterComplianceCheckedEvent[]> | rt.Boxed<"ArrayOfClusterCreatedEvent", ClusterCreatedEvent[]> | rt.Boxed<"ArrayOfClusterDestroyedEvent", ClusterDestroyedEvent[]> | rt.Boxed<"ArrayOfClusterEvent", AnyClusterEvent[]> | rt.Boxed<"ArrayOfClusterOvercommittedEvent", AnyClusterOvercommittedEvent[]> | rt.Boxed<"ArrayOfClusterReconfiguredEvent", ClusterReconfiguredEvent[]> | rt.Boxed<"ArrayOfClusterStatusChangedEvent", AnyClusterStatusChangedEvent[]> | rt.Boxed<"ArrayOfComputeResourceConfigInfo", ComputeResourceConfigInfo[]> | rt.Boxed<"ArrayOfComputeResourceEventArgument", ComputeResourceEventArgument[]> | rt.Boxed<"ArrayOfComputeResourceSummary", ComputeResourceSummary[]> | rt.Boxed<"ArrayOfConcurrentAccess", ConcurrentAccess[]> | rt.Boxed<"ArrayOfCryptoKeyId", CryptoKeyId[]> | rt.Boxed<"ArrayOfCryptoSpec", CryptoSpec[]> | rt.Boxed<"ArrayOfCustomFieldDef", CustomFieldDef[]> | rt.Boxed<"ArrayOfCustomFieldDefAddedEvent", CustomFieldDefAddedEvent[]> | rt.Boxed<"ArrayOfCustomFieldDefEvent", AnyCustomFieldDefEvent[]> | rt.Boxed<"ArrayOfCustomFieldDefRemovedEvent", CustomFieldDefRemovedEvent[]> | rt.Boxed<"ArrayOfCustomFieldDefRenamedEvent", CustomFieldDefRenamedEvent[]> | rt.Boxed<"ArrayOfCustomFieldEvent", AnyCustomFieldEvent[]> | rt.Boxed<"ArrayOfCustomFieldStringValue", CustomFieldStringValue[]> | rt.Boxed<"ArrayOfCustomFieldValue", AnyCustomFieldValue[]> | rt.Boxed<"ArrayOfCustomFieldValueChangedEvent", CustomFieldValueChangedEvent[]> | rt.Boxed<"ArrayOfCustomizationEvent", AnyCustomizationEvent[]> | rt.Boxed<"ArrayOfCustomizationFailed", AnyCustomizationFailed[]> | rt.Boxed<"ArrayOfCustomizationLinuxIdentityFailed", CustomizationLinuxIdentityFailed[]> | rt.Boxed<"ArrayOfCustomizationNetworkSetupFailed", CustomizationNetworkSetupFailed[]> | rt.Boxed<"ArrayOfCustomizationStartedEvent", CustomizationStartedEvent[]> | rt.Boxed<"ArrayOfCustomizationSucceeded", CustomizationSucceeded[]> | rt.Boxed<"ArrayOfCustomizationSysprepFailed", CustomizationSysprepFailed[]> | rt.Boxed<"ArrayOfCustomizationUnknownFailure", CustomizationUnknownFailure[]> | rt.Boxed<"ArrayOfDVPortSetting", DVPortSetting[]> | rt.Boxed<"ArrayOfDVPortStatus", DVPortStatus[]> | rt.Boxed<"ArrayOfDVPortgroupConfigSpec", DVPortgroupConfigSpec[]> | rt.Boxed<"ArrayOfDVPortgroupCreatedEvent", DVPortgroupCreatedEvent[]> | rt.Boxed<"ArrayOfDVPortgroupDestroyedEvent", DVPortgroupDestroyedEvent[]> | rt.Boxed<"ArrayOfDVPortgroupEvent", AnyDVPortgroupEvent[]> | rt.Boxed<"ArrayOfDVPortgroupPolicy", DVPortgroupPolicy[]> | rt.Boxed<"ArrayOfDVPortgroupReconfiguredEvent", DVPortgroupReconfiguredEvent[]> | rt.Boxed<"ArrayOfDVPortgroupRenamedEvent", DVPortgroupRenamedEvent[]> | rt.Boxed<"ArrayOfDVSConfigSpec", DVSConfigSpec[]> | rt.Boxed<"ArrayOfDVSContactInfo", DVSContactInfo[]> | rt.Boxed<"ArrayOfDVSHostLocalPortInfo", DVSHostLocalPortInfo[]> | rt.Boxed<"ArrayOfDVSPolicy", DVSPolicy[]> | rt.Boxed<"ArrayOfDVSTrafficShapingPolicy", DVSTrafficShapingPolicy[]> | rt.Boxed<"ArrayOfDVSUplinkPortPolicy", DVSUplinkPortPolicy[]> | rt.Boxed<"ArrayOfDVSVendorSpecificConfig", DVSVendorSpecificConfig[]> | rt.Boxed<"ArrayOfDasAdmissionControlDisabledEvent", DasAdmissionControlDisabledEvent[]> | rt.Boxed<"ArrayOfDasAdmissionControlEnabledEvent", DasAdmissionControlEnabledEvent[]> | rt.Boxed<"ArrayOfDasAgentFoundEvent", DasAgentFoundEvent[]> | rt.Boxed<"ArrayOfDasAgentUnavailableEvent", DasAgentUnavailableEvent[]> | rt.Boxed<"ArrayOfDasClusterIsolatedEvent", DasClusterIsolatedEvent[]> | rt.Boxed<"ArrayOfDasDisabledEvent", DasDisabledEvent[]> | rt.Boxed<"ArrayOfDasEnabledEvent", DasEnabledEvent[]> | rt.Boxed<"ArrayOfDasHostFailedEvent", DasHostFailedEvent[]> | rt.Boxed<"ArrayOfDasHostIsolatedEvent", DasHostIsolatedEvent[]> | rt.Boxed<"ArrayOfDatacenterConfigInfo", DatacenterConfigInfo[]> | rt.Boxed<"ArrayOfDatacenterCreatedEvent", DatacenterCreatedEvent[]> | rt.Boxed<"ArrayOfDatacenterEvent", AnyDatacenterEvent[]> | rt.Boxed<"ArrayOfDatacenterEventArgument", DatacenterEventArgument[]> | rt.Boxed<"ArrayOfDatacenterRenamedEvent", DatacenterRenamedEvent[]> | rt.Boxed<"ArrayOfDatastoreCapability", DatastoreCapability[]> | rt.Boxed<"ArrayOfDatastoreCapacityIncreasedEvent", DatastoreCapacityIncreasedEvent[]> | rt.Boxed<"ArrayOfDatastoreDestroyedEvent", DatastoreDestroyedEvent[]> | rt.Boxed<"ArrayOfDatastoreDiscoveredEvent", DatastoreDiscoveredEvent[]> | rt.Boxed<"ArrayOfDatastoreDuplicatedEvent", DatastoreDuplicatedEvent[]> | rt.Boxed<"ArrayOfDatastoreEvent", AnyDatastoreEvent[]> | rt.Boxed<"ArrayOfDatastoreEventArgument", DatastoreEventArgument[]> | rt.Boxed<"ArrayOfDatastoreFileCopiedEvent", DatastoreFileCopiedEvent[]> | rt.Boxed<"ArrayOfDatastoreFileDeletedEvent", DatastoreFileDeletedEvent[]> | rt.Boxed<"ArrayOfDatastoreFileEvent", AnyDatastoreFileEvent[]> | rt.Boxed<"ArrayOfDatastoreFileMovedEvent", DatastoreFileMovedEvent[]> | rt.Boxed<"ArrayOfDatastoreHostMount", DatastoreHostMount[]> | rt.Boxed<"ArrayOfDatastoreIORMReconfiguredEvent", DatastoreIORMReconfiguredEvent[]> | rt.Boxed<"ArrayOfDatastoreInfo", AnyDatastoreInfo[]> | rt.Boxed<"ArrayOfDatastorePrincipalConfigured", DatastorePrincipalConfigured[]> | rt.Boxed<"ArrayOfDatastoreRemovedOnHostEvent", DatastoreRemovedOnHostEvent[]> | rt.Boxed<"ArrayOfDatastoreRenamedEvent", DatastoreRenamedEvent[]> | rt.Boxed<"ArrayOfDatastoreRenamedOnHostEvent", DatastoreRenamedOnHostEvent[]> | rt.Boxed<"ArrayOfDatastoreSummary", DatastoreSummary[]> | rt.Boxed<"ArrayOfDescription", AnyDescription[]> | rt.Boxed<"ArrayOfDistributedVirtualSwitchHostMemberBacking", DistributedVirtualSwitchHostMemberBacking[]> | rt.Boxed<"ArrayOfDistributedVirtualSwitchHostMemberConfigSpec", DistributedVirtualSwitchHostMemberConfigSpec[]> | rt.Boxed<"ArrayOfDistributedVirtualSwitchKeyedOpaqueBlob", DistributedVirtualSwitchKeyedOpaqueBlob[]> | rt.Boxed<"ArrayOfDistributedVirtualSwitchPortConnectee", DistributedVirtualSwitchPortConnectee[]> | rt.Boxed<"ArrayOfDistributedVirtualSwitchPortConnection", DistributedVirtualSwitchPortConnection[]> | rt.Boxed<"ArrayOfDistributedVirtualSwitchProductSpec", DistributedVirtualSwitchProductSpec[]> | rt.Boxed<"ArrayOfDrsDisabledEvent", DrsDisabledEvent[]> | rt.Boxed<"ArrayOfDrsEnabledEvent", DrsEnabledEvent[]> | rt.Boxed<"ArrayOfDrsEnteredStandbyModeEvent", DrsEnteredStandbyModeEvent[]> | rt.Boxed<"ArrayOfDrsEnteringStandbyModeEvent", DrsEnteringStandbyModeEvent[]> | rt.Boxed<"ArrayOfDrsExitStandbyModeFailedEvent", DrsExitStandbyModeFailedEvent[]> | rt.Boxed<"ArrayOfDrsExitedStandbyModeEvent", DrsExitedStandbyModeEvent[]> | rt.Boxed<"ArrayOfDrsExitingStandbyModeEvent", DrsExitingStandbyModeEvent[]> | rt.Boxed<"ArrayOfDrsInvocationFailedEvent", DrsInvocationFailedEvent[]> | rt.Boxed<"ArrayOfDrsRecoveredFromFailureEvent", DrsRecoveredFromFailureEvent[]> | rt.Boxed<"ArrayOfDrsResourceConfigureFailedEvent", DrsResourceConfigureFailedEvent[]> | rt.Boxed<"ArrayOfDrsResourceConfigureSyncedEvent", DrsResourceConfigureSyncedEvent[]> | rt.Boxed<"ArrayOfDrsRuleComplianceEvent", DrsRuleComplianceEvent[]> | rt.Boxed<"ArrayOfDrsRuleViolationEvent", DrsRuleViolationEvent[]> | rt.Boxed<"ArrayOfDrsSoftRuleViolationEvent", DrsSoftRuleViolationEvent[]> | rt.Boxed<"ArrayOfDrsVmMigratedEvent", DrsVmMigratedEvent[]> | rt.Boxed<"ArrayOfDrsVmPoweredOnEvent", DrsVmPoweredOnEvent[]> | rt.Boxed<"ArrayOfDuplicateIpDetectedEvent", DuplicateIpDetectedEvent[]> | rt.Boxed<"ArrayOfDuplicateName", DuplicateName[]> | rt.Boxed<"ArrayOfDvpgImportEvent", DvpgImportEvent[]> | rt.Boxed<"ArrayOfDvpgRestoreEvent", DvpgRestoreEvent[]> | rt.Boxed<"ArrayOfDvsCreatedEvent", DvsCreatedEvent[]> | rt.Boxed<"ArrayOfDvsDestroyedEvent", DvsDestroyedEvent[]> | rt.Boxed<"ArrayOfDvsEvent", AnyDvsEvent[]> | rt.Boxed<"ArrayOfDvsEventArgument", DvsEventArgument[]> | rt.Boxed<"ArrayOfDvsFilterConfig", DvsFilterConfig[]> | rt.Boxed<"ArrayOfDvsFilterParameter", DvsFilterParameter[]> | rt.Boxed<"ArrayOfDvsFilterPolicy", DvsFilterPolicy[]> | rt.Boxed<"ArrayOfDvsHealthStatusChangeEvent", AnyDvsHealthStatusChangeEvent[]> | rt.Boxed<"ArrayOfDvsHostBackInSyncEvent", DvsHostBackInSyncEvent[]> | rt.Boxed<"ArrayOfDvsHostInfrastructureTrafficResource", DvsHostInfrastructureTrafficResource[]> | rt.Boxed<"ArrayOfDvsHostInfrastructureTrafficResourceAllocation", DvsHostInfrastructureTrafficResourceAllocation[]> | rt.Boxed<"ArrayOfDvsHostJoinedEvent", DvsHostJoinedEvent[]> | rt.Boxed<"ArrayOfDvsHostLeftEvent", DvsHostLeftEvent[]> | rt.Boxed<"ArrayOfDvsHostStatusUpdated", DvsHostStatusUpdated[]> | rt.Boxed<"ArrayOfDvsHostWentOutOfSyncEvent", DvsHostWentOutOfSyncEvent[]> | rt.Boxed<"ArrayOfDvsImportEvent", DvsImportEvent[]> | rt.Boxed<"ArrayOfDvsMergedEvent", DvsMergedEvent[]> | rt.Boxed<"ArrayOfDvsOutOfSyncHostArgument", DvsOutOfSyncHostArgument[]> | rt.Boxed<"ArrayOfDvsPortBlockedEvent", DvsPortBlockedEvent[]> | rt.Boxed<"ArrayOfDvsPortConnectedEvent", DvsPortConnectedEvent[]> | rt.Boxed<"ArrayOfDvsPortCreatedEvent", DvsPortCreatedEvent[]> | rt.Boxed<"ArrayOfDvsPortDeletedEvent", DvsPortDeletedEvent[]> | rt.Boxed<"ArrayOfDvsPortDisconnectedEvent", DvsPortDisconnectedEvent[]> | rt.Boxed<"ArrayOfDvsPortEnteredPassthruEvent", DvsPortEnteredPassthruEvent[]> | rt.Boxed<"ArrayOfDvsPortExitedPassthruEvent", DvsPortExitedPassthruEvent[]> | rt.Boxed<"ArrayOfDvsPortJoinPortgroupEvent", DvsPortJoinPortgroupEvent[]> | rt.Boxed<"ArrayOfDvsPortLeavePortgroupEvent", DvsPortLeavePortgroupEvent[]> | rt.Boxed<"ArrayOfDvsPortLinkDownEvent", DvsPortLinkDownEvent[]> | rt.Boxed<"ArrayOfDvsPortLinkUpEvent", DvsPortLinkUpEvent[]> | rt.Boxed<"ArrayOfDvsPortReconfiguredEvent", DvsPortReconfiguredEvent[]> | rt.Boxed<"ArrayOfDvsPortRuntimeChangeEvent", DvsPortRuntimeChangeEvent[]> | rt.Boxed<"ArrayOfDvsPortUnblockedEvent", DvsPortUnblockedEvent[]> | rt.Boxed<"ArrayOfDvsPortVendorSpecificStateChangeEvent", DvsPortVendorSpecificStateChangeEvent[]> | rt.Boxed<"ArrayOfDvsReconfiguredEvent", DvsReconfiguredEvent[]> | rt.Boxed<"ArrayOfDvsRenamedEvent", DvsRenamedEvent[]> | rt.Boxed<"ArrayOfDvsRestoreEvent", DvsRestoreEvent[]> | rt.Boxed<"ArrayOfDvsUpgradeAvailableEvent", DvsUpgradeAvailableEvent[]> | rt.Boxed<"ArrayOfDvsUpgradeInProgressEvent", DvsUpgradeInProgressEvent[]> | rt.Boxed<"ArrayOfDvsUpgradeRejectedEvent", DvsUpgradeRejectedEvent[]> | rt.Boxed<"ArrayOfDvsUpgradedEvent", DvsUpgradedEvent[]> | rt.Boxed<"ArrayOfDynamicData", AnyDynamicData[]> | rt.Boxed<"ArrayOfDynamicProperty", DynamicProperty[]> | rt.Boxed<"ArrayOfEVCMode", EVCMode[]> | rt.Boxed<"ArrayOfElementDescription", AnyElementDescription[]> | rt.Boxed<"ArrayOfEnteredMaintenanceModeEvent", EnteredMaintenanceModeEvent[]> | rt.Boxed<"ArrayOfEnteredStandbyModeEvent", AnyEnteredStandbyModeEvent[]> | rt.Boxed<"ArrayOfEnteringMaintenanceModeEvent", EnteringMaintenanceModeEvent[]> | rt.Boxed<"ArrayOfEnteringStandbyModeEvent", AnyEnteringStandbyModeEvent[]> | rt.Boxed<"ArrayOfEntityEventArgument", AnyEntityEventArgument[]> | rt.Boxed<"ArrayOfEnumDescription", EnumDescription[]> | rt.Boxed<"ArrayOfErrorUpgradeEvent", ErrorUpgradeEvent[]> | rt.Boxed<"ArrayOfEvent", AnyEvent[]> | rt.Boxed<"ArrayOfEventArgument", AnyEventArgument[]> | rt.Boxed<"ArrayOfEventDescription", EventDescription[]> | rt.Boxed<"ArrayOfEventDescriptionEventDetail", EventDescriptionEventDetail[]> | rt.Boxed<"ArrayOfEventEx", EventEx[]> | rt.Boxed<"ArrayOfEventFilterSpec", EventFilterSpec[]> | rt.Boxed<"ArrayOfEventFilterSpecByEntity", EventFilterSpecByEntity[]> | rt.Boxed<"ArrayOfEventFilterSpecByTime", EventFilterSpecByTime[]> | rt.Boxed<"ArrayOfEventFilterSpecByUsername", EventFilterSpecByUsername[]> | rt.Boxed<"ArrayOfEventManagerEventViewSpec", AnyEventManagerEventViewSpec[]> | rt.Boxed<"ArrayOfEventManagerViewByStartId", EventManagerViewByStartId[]> | rt.Boxed<"ArrayOfExitMaintenanceModeEvent", ExitMaintenanceModeEvent[]> | rt.Boxed<"ArrayOfExitStandbyModeFailedEvent", AnyExitStandbyModeFailedEvent[]> | rt.Boxed<"ArrayOfExitedStandbyModeEvent", AnyExitedStandbyModeEvent[]> | rt.Boxed<"ArrayOfExitingStandbyModeEvent", AnyExitingStandbyModeEvent[]> | rt.Boxed<"ArrayOfExtendedEvent", ExtendedEvent[]> | rt.Boxed<"ArrayOfExtendedEventPair", ExtendedEventPair[]> | rt.Boxed<"ArrayOfFailoverLevelRestored", FailoverLevelRestored[]> | rt.Boxed<"ArrayOfFaultToleranceConfigInfo", FaultToleranceConfigInfo[]> | rt.Boxed<"ArrayOfFeatureEVCMode", FeatureEVCMode[]> | rt.Boxed<"ArrayOfFileFault", AnyFileFault[]> | rt.Boxed<"ArrayOfFileNotFound", FileNotFound[]> | rt.Boxed<"ArrayOfFolderEventArgument", FolderEventArgument[]> | rt.Boxed<"ArrayOfGeneralEvent", AnyGeneralEvent[]> | rt.Boxed<"ArrayOfGeneralHostErrorEvent", GeneralHostErrorEvent[]> | rt.Boxed<"ArrayOfGeneralHostInfoEvent", GeneralHostInfoEvent[]> | rt.Boxed<"ArrayOfGeneralHostWarningEvent", GeneralHostWarningEvent[]> | rt.Boxed<"ArrayOfGeneralUserEvent", GeneralUserEvent[]> | rt.Boxed<"ArrayOfGeneralVmErrorEvent", GeneralVmErrorEvent[]> | rt.Boxed<"ArrayOfGeneralVmInfoEvent", GeneralVmInfoEvent[]> | rt.Boxed<"ArrayOfGeneralVmWarningEvent", GeneralVmWarningEvent[]> | rt.Boxed<"ArrayOfGhostDvsProxySwitchDetectedEvent", GhostDvsProxySwitchDetectedEvent[]> | rt.Boxed<"ArrayOfGhostDvsProxySwitchRemovedEvent", GhostDvsProxySwitchRemovedEvent[]> | rt.Boxed<"ArrayOfGlobalMessageChangedEvent", GlobalMessageChangedEvent[]> | rt.Boxed<"ArrayOfGuestDiskInfo", GuestDiskInfo[]> | rt.Boxed<"ArrayOfGuestInfo", GuestInfo[]> | rt.Boxed<"ArrayOfGuestInfoCustomizationInfo", GuestInfoCustomizationInfo[]> | rt.Boxed<"ArrayOfGuestInfoNamespaceGenerationInfo", GuestInfoNamespaceGenerationInfo[]> | rt.Boxed<"ArrayOfGuestInfoVirtualDiskMapping", GuestInfoVirtualDiskMapping[]> | rt.Boxed<"ArrayOfGuestNicInfo", GuestNicInfo[]> | rt.Boxed<"ArrayOfGuestScreenInfo", GuestScreenInfo[]> | rt.Boxed<"ArrayOfGuestStackInfo", GuestStackInfo[]> | rt.Boxed<"ArrayOfHealthStatusChangedEvent", HealthStatusChangedEvent[]> | rt.Boxed<"ArrayOfHostAccountSpec", HostAccountSpec[]> | rt.Boxed<"ArrayOfHostAddFailedEvent", HostAddFailedEvent[]> | rt.Boxed<"ArrayOfHostAddedEvent", HostAddedEvent[]> | rt.Boxed<"ArrayOfHostAdminDisableEvent", HostAdminDisableEvent[]> | rt.Boxed<"ArrayOfHostAdminEnableEvent", HostAdminEnableEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedAccountFailedEvent", HostCnxFailedAccountFailedEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedAlreadyManagedEvent", HostCnxFailedAlreadyManagedEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedBadCcagentEvent", HostCnxFailedBadCcagentEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedBadUsernameEvent", HostCnxFailedBadUsernameEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedBadVersionEvent", HostCnxFailedBadVersionEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedCcagentUpgradeEvent", HostCnxFailedCcagentUpgradeEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedEvent", HostCnxFailedEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedNetworkErrorEvent", HostCnxFailedNetworkErrorEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedNoAccessEvent", HostCnxFailedNoAccessEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedNoConnectionEvent", HostCnxFailedNoConnectionEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedNoLicenseEvent", HostCnxFailedNoLicenseEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedNotFoundEvent", HostCnxFailedNotFoundEvent[]> | rt.Boxed<"ArrayOfHostCnxFailedTimeoutEvent", HostCnxFailedTimeoutEvent[]> | rt.Boxed<"ArrayOfHostComplianceCheckedEvent", HostComplianceCheckedEvent[]> | rt.Boxed<"ArrayOfHostCompliantEvent", HostCompliantEvent[]> | rt.Boxed<"ArrayOfHostConfigAppliedEvent", HostConfigAppliedEvent[]> | rt.Boxed<"ArrayOfHostConnectedEvent", HostConnectedEvent[]> | rt.Boxed<"ArrayOfHostConnectionLostEvent", HostConnectionLostEvent[]> | rt.Boxed<"ArrayOfHostCpuIdInfo", HostCpuIdInfo[]> | rt.Boxed<"ArrayOfHostDasDisabledEvent", HostDasDisabledEvent[]> | rt.Boxed<"ArrayOfHostDasDisablingEvent", HostDasDisablingEvent[]> | rt.Boxed<"ArrayOfHostDasEnabledEvent", HostDasEnabledEvent[]> | rt.Boxed<"ArrayOfHostDasEnablingEvent", HostDasEnablingEvent[]> | rt.Boxed<"ArrayOfHostDasErrorEvent", HostDasErrorEvent[]> | rt.Boxed<"ArrayOfHostDasEvent", AnyHostDasEvent[]> | rt.Boxed<"ArrayOfHostDasOkEvent", HostDasOkEvent[]> | rt.Boxed<"ArrayOfHostDisconnectedEvent", HostDisconnectedEvent[]> | rt.Boxed<"ArrayOfHostEnableAdminFailedEvent", HostEnableAdminFailedEvent[]> | rt.Boxed<"ArrayOfHostEvent", AnyHostEvent[]> | rt.Boxed<"ArrayOfHostEventArgument", HostEventArgument[]> | rt.Boxed<"ArrayOfHostExtraNetworksEvent", HostExtraNetworksEvent[]> | rt.Boxed<"ArrayOfHostFeatureCapability", HostFeatureCapability[]> | rt.Boxed<"ArrayOfHostFeatureMask", HostFeatureMask[]> | rt.Boxed<"ArrayOfHostFileSystemVolume", AnyHostFileSystemVolume[]> | rt.Boxed<"ArrayOfHostForceMountedInfo", HostForceMountedInfo[]> | rt.Boxed<"ArrayOfHostGetShortNameFailedEvent", HostGetShortNameFailedEvent[]> | rt.Boxed<"ArrayOfHostInAuditModeEvent", HostInAuditModeEvent[]> | rt.Boxed<"ArrayOfHostInventoryFullEvent", HostInventoryFullEvent[]> | rt.Boxed<"ArrayOfHostInventoryUnreadableEvent", HostInventoryUnreadableEvent[]> | rt.Boxed<"ArrayOfHostIpChangedEvent", HostIpChangedEvent[]> | rt.Boxed<"ArrayOfHostIpInconsistentEvent", HostIpInconsistentEvent[]> | rt.Boxed<"ArrayOfHostIpToShortNameFailedEvent", HostIpToShortNameFailedEvent[]> | rt.Boxed<"ArrayOfHostIsolationIpPingFailedEvent", HostIsolationIpPingFailedEvent[]> | rt.Boxed<"ArrayOfHostLicenseExpiredEvent", HostLicenseExpiredEvent[]> | rt.Boxed<"ArrayOfHostLocalPortCreatedEvent", HostLocalPortCreatedEvent[]> | rt.Boxed<"ArrayOfHostMemberHealthCheckResult", HostMemberHealthCheckResult[]> | rt.Boxed<"ArrayOfHostMissingNetworksEvent", HostMissingNetworksEvent[]> | rt.Boxed<"ArrayOfHostMonitoringStateChangedEvent", HostMonitoringStateChangedEvent[]> | rt.Boxed<"ArrayOfHostMountInfo", HostMountInfo[]> | rt.Boxed<"ArrayOfHostNasVolume", HostNasVolume[]> | rt.Boxed<"ArrayOfHostNoAvailableNetworksEvent", HostNoAvailableNetworksEvent[]> | rt.Boxed<"ArrayOfHostNoHAEnabledPortGroupsEvent", HostNoHAEnabledPortGroupsEvent[]> | rt.Boxed<"ArrayOfHostNoRedundantManagementNetworkEvent", HostNoRedundantManagementNetworkEvent[]> | rt.Boxed<"ArrayOfHostNonCompliantEvent", HostNonCompliantEvent[]> | rt.Boxed<"ArrayOfHostNotInClusterEvent", HostNotInClusterEvent[]> | rt.Boxed<"ArrayOfHostOvercommittedEvent", HostOvercommittedEvent[]> | rt.Boxed<"ArrayOfHostPMemVolume", HostPMemVolume[]> | rt.Boxed<"ArrayOfHostPrimaryAgentNotShortNameEvent", HostPrimaryAgentNotShortNameEvent[]> | rt.Boxed<"ArrayOfHostProfileAppliedEvent", HostProfileAppliedEvent[]> | rt.Boxed<"ArrayOfHostProtocolEndpoint", HostProtocolEndpoint[]> | rt.Boxed<"ArrayOfHostReconnectionFailedEvent", HostReconnectionFailedEvent[]> | rt.Boxed<"ArrayOfHostRemovedEvent", HostRemovedEvent[]> | rt.Boxed<"ArrayOfHostScsiDiskPartition", HostScsiDiskPartition[]> | rt.Boxed<"ArrayOfHostShortNameInconsistentEvent", HostShortNameInconsistentEvent[]> | rt.Boxed<"ArrayOfHostShortNameToIpFailedEvent", HostShortNameToIpFailedEvent[]> | rt.Boxed<"ArrayOfHostShutdownEvent", HostShutdownEvent[]> | rt.Boxed<"ArrayOfHostSpecification", HostSpecification[]> | rt.Boxed<"ArrayOfHostSpecificationChangedEvent", HostSpecificationChangedEvent[]> | rt.Boxed<"ArrayOfHostSpecificationRequireEvent", HostSpecificationRequireEvent[]> | rt.Boxed<"ArrayOfHostSpecificationUpdateEvent", HostSpecificationUpdateEvent[]> | rt.Boxed<"ArrayOfHostStatusChangedEvent", HostStatusChangedEvent[]> | rt.Boxed<"ArrayOfHostSubSpecification", HostSubSpecification[]> | rt.Boxed<"ArrayOfHostSubSpecificationDeleteEvent", HostSubSpecificationDeleteEvent[]> | rt.Boxed<"ArrayOfHostSubSpecificationUpdateEvent", HostSubSpecificationUpdateEvent[]> | rt.Boxed<"ArrayOfHostSyncFailedEvent", HostSyncFailedEvent[]> | rt.Boxed<"ArrayOfHostUpgradeFailedEvent", HostUpgradeFailedEvent[]> | rt.Boxed<"ArrayOfHostUserWorldSwapNotEnabledEvent", HostUserWorldSwapNotEnabledEvent[]> | rt.Boxed<"ArrayOfHostVmfsVolume", HostVmfsVolume[]> | rt.Boxed<"ArrayOfHostVnicConnectedToCustomizedDVPortEvent", HostVnicConnectedToCustomizedDVPortEvent[]> | rt.Boxed<"ArrayOfHostVvolNQN", HostVvolNQN[]> | rt.Boxed<"ArrayOfHostVvolVolume", HostVvolVolume[]> | rt.Boxed<"ArrayOfHostVvolVolumeHostVvolNQN", HostVvolVolumeHostVvolNQN[]> | rt.Boxed<"ArrayOfHostWwnChangedEvent", HostWwnChangedEvent[]> | rt.Boxed<"ArrayOfHostWwnConflictEvent", HostWwnConflictEvent[]> | rt.Boxed<"ArrayOfID", ID[]> | rt.Boxed<"ArrayOfIScsiBootFailureEvent", IScsiBootFailureEvent[]> | rt.Boxed<"ArrayOfIncorrectHostInformationEvent", IncorrectHostInformationEvent[]> | rt.Boxed<"ArrayOfInfoUpgradeEvent", InfoUpgradeEvent[]> | rt.Boxed<"ArrayOfInheritablePolicy", AnyInheritablePolicy[]> | rt.Boxed<"ArrayOfInsufficientFailoverResourcesEvent", InsufficientFailoverResourcesEvent[]> | rt.Boxed<"ArrayOfInsufficientResourcesFault", InsufficientResourcesFault[]> | rt.Boxed<"ArrayOfInvalidArgument", InvalidArgument[]> | rt.Boxed<"ArrayOfInvalidCollectorVersion", InvalidCollectorVersion[]> | rt.Boxed<"ArrayOfInvalidDatastore", AnyInvalidDatastore[]> | rt.Boxed<"ArrayOfInvalidDatastorePath", InvalidDatastorePath[]> | rt.Boxed<"ArrayOfInvalidEditionEvent", InvalidEditionEvent[]> | rt.Boxed<"ArrayOfInvalidEvent", InvalidEvent[]> | rt.Boxed<"ArrayOfInvalidLocale", InvalidLocale[]> | rt.Boxed<"ArrayOfInvalidLogin", InvalidLogin[]> | rt.Boxed<"ArrayOfInvalidName", InvalidName[]> | rt.Boxed<"ArrayOfInvalidPowerState", InvalidPowerState[]> | rt.Boxed<"ArrayOfInvalidProperty", InvalidProperty[]> | rt.Boxed<"ArrayOfInvalidRequest", AnyInvalidRequest[]> | rt.Boxed<"ArrayOfInvalidState", AnyInvalidState[]> | rt.Boxed<"ArrayOfInvalidType", InvalidType[]> | rt.Boxed<"ArrayOfKeyAnyValue", KeyAnyValue[]> | rt.Boxed<"ArrayOfKeyProviderId", KeyProviderId[]> | rt.Boxed<"ArrayOfKeyValue", KeyValue[]> | rt.Boxed<"ArrayOfLatencySensitivity", LatencySensitivity[]> | rt.Boxed<"ArrayOfLicenseEvent", AnyLicenseEvent[]> | rt.Boxed<"ArrayOfLicenseExpiredEvent", LicenseExpiredEvent[]> | rt.Boxed<"ArrayOfLicenseFeatureInfo", LicenseFeatureInfo[]> | rt.Boxed<"ArrayOfLicenseNonComplianceEvent", LicenseNonComplianceEvent[]> | rt.Boxed<"ArrayOfLicenseRestrictedEvent", LicenseRestrictedEvent[]> | rt.Boxed<"ArrayOfLicenseServerAvailableEvent", LicenseServerAvailableEvent[]> | rt.Boxed<"ArrayOfLicenseServerUnavailableEvent", LicenseServerUnavailableEvent[]> | rt.Boxed<"ArrayOfLocalDatastoreCreatedEvent", LocalDatastoreCreatedEvent[]> | rt.Boxed<"ArrayOfLocalDatastoreInfo", LocalDatastoreInfo[]> | rt.Boxed<"ArrayOfLocalTSMEnabledEvent", LocalTSMEnabledEvent[]> | rt.Boxed<"ArrayOfLocalizableMessage", LocalizableMessage[]> | rt.Boxed<"ArrayOfLocalizedMethodFault", LocalizedMethodFault[]> | rt.Boxed<"ArrayOfLockerMisconfiguredEvent", LockerMisconfiguredEvent[]> | rt.Boxed<"ArrayOfLockerReconfiguredEvent", LockerReconfiguredEvent[]> | rt.Boxed<"ArrayOfLongPolicy", LongPolicy[]> | rt.Boxed<"ArrayOfManagedByInfo", ManagedByInfo[]> | rt.Boxed<"ArrayOfManagedEntityEventArgument", ManagedEntityEventArgument[]> | rt.Boxed<"ArrayOfManagedObjectNotFound", ManagedObjectNotFound[]> | rt.Boxed<"ArrayOfManagedObjectReference", ManagedObjectReference[]> | rt.Boxed<"ArrayOfMethodFault", AnyMethodFault[]> | rt.Boxed<"ArrayOfMethodNotFound", MethodNotFound[]> | rt.Boxed<"ArrayOfMigrationErrorEvent", MigrationErrorEvent[]> | rt.Boxed<"ArrayOfMigrationEvent", AnyMigrationEvent[]> | rt.Boxed<"ArrayOfMigrationHostErrorEvent", MigrationHostErrorEvent[]> | rt.Boxed<"ArrayOfMigrationHostWarningEvent", MigrationHostWarningEvent[]> | rt.Boxed<"ArrayOfMigrationResourceErrorEvent", MigrationResourceErrorEvent[]> | rt.Boxed<"ArrayOfMigrationResourceWarningEvent", MigrationResourceWarningEvent[]> | rt.Boxed<"ArrayOfMigrationWarningEvent", MigrationWarningEvent[]> | rt.Boxed<"ArrayOfMissingObject", MissingObject[]> | rt.Boxed<"ArrayOfMissingProperty", MissingProperty[]> | rt.Boxed<"ArrayOfMtuMatchEvent", MtuMatchEvent[]> | rt.Boxed<"ArrayOfMtuMismatchEvent", MtuMismatchEvent[]> | rt.Boxed<"ArrayOfNASDatastoreCreatedEvent", NASDatastoreCreatedEvent[]> | rt.Boxed<"ArrayOfNasDatastoreInfo", NasDatastoreInfo[]> | rt.Boxed<"ArrayOfNetBIOSConfigInfo", NetBIOSConfigInfo[]> | rt.Boxed<"ArrayOfNetDhcpConfigInfo", NetDhcpConfigInfo[]> | rt.Boxed<"ArrayOfNetDhcpConfigInfoDhcpOptions", NetDhcpConfigInfoDhcpOptions[]> | rt.Boxed<"ArrayOfNetDnsConfigInfo", NetDnsConfigInfo[]> | rt.Boxed<"ArrayOfNetIpConfigInfo", NetIpConfigInfo[]> | rt.Boxed<"ArrayOfNetIpConfigInfoIpAddress", NetIpConfigInfoIpAddress[]> | rt.Boxed<"ArrayOfNetIpRouteConfigInfo", NetIpRouteConfigInfo[]> | rt.Boxed<"ArrayOfNetIpRouteConfigInfoGateway", NetIpRouteConfigInfoGateway[]> | rt.Boxed<"ArrayOfNetIpRouteConfigInfoIpRoute", NetIpRouteConfigInfoIpRoute[]> | rt.Boxed<"ArrayOfNetworkEventArgument", NetworkEventArgument[]> | rt.Boxed<"ArrayOfNetworkRollbackEvent", NetworkRollbackEvent[]> | rt.Boxed<"ArrayOfNetworkSummary", NetworkSummary[]> | rt.Boxed<"ArrayOfNoAccessUserEvent", NoAccessUserEvent[]> | rt.Boxed<"ArrayOfNoDatastoresConfiguredEvent", NoDatastoresConfiguredEvent[]> | rt.Boxed<"ArrayOfNoLicenseEvent", NoLicenseEvent[]> | rt.Boxed<"ArrayOfNoMaintenanceModeDrsRecommendationForVM", NoMaintenanceModeDrsRecommendationForVM[]> | rt.Boxed<"ArrayOfNoPermission", AnyNoPermission[]> | rt.Boxed<"ArrayOfNoPermissionEntityPrivileges", NoPermissionEntityPrivileges[]> | rt.Boxed<"ArrayOfNonVIWorkloadDetectedOnDatastoreEvent", NonVIWorkloadDetectedOnDatastoreEvent[]> | rt.Boxed<"ArrayOfNotAuthenticated", NotAuthenticated[]> | rt.Boxed<"ArrayOfNotEnoughResourcesToStartVmEvent", NotEnoughResourcesToStartVmEvent[]> | rt.Boxed<"ArrayOfNotFound", NotFound[]> | rt.Boxed<"ArrayOfNotImplemented", NotImplemented[]> | rt.Boxed<"ArrayOfNotSupported", NotSupported[]> | rt.Boxed<"ArrayOfNumericRange", NumericRange[]> | rt.Boxed<"ArrayOfObjectContent", ObjectContent[]> | rt.Boxed<"ArrayOfObjectSpec", ObjectSpec[]> | rt.Boxed<"ArrayOfObjectUpdate", ObjectUpdate[]> | rt.Boxed<"ArrayOfOptionType", AnyOptionType[]> | rt.Boxed<"ArrayOfOptionValue", OptionValue[]> | rt.Boxed<"ArrayOfOutOfSyncDvsHost", OutOfSyncDvsHost[]> | rt.Boxed<"ArrayOfPMemDatastoreInfo", PMemDatastoreInfo[]> | rt.Boxed<"ArrayOfParaVirtualSCSIController", ParaVirtualSCSIController[]> | rt.Boxed<"ArrayOfPermission", Permission[]> | rt.Boxed<"ArrayOfPermissionAddedEvent", PermissionAddedEvent[]> | rt.Boxed<"ArrayOfPermissionEvent", AnyPermissionEvent[]> | rt.Boxed<"ArrayOfPermissionRemovedEvent", PermissionRemovedEvent[]> | rt.Boxed<"ArrayOfPermissionUpdatedEvent", PermissionUpdatedEvent[]> | rt.Boxed<"ArrayOfPrivilegePolicyDef", PrivilegePolicyDef[]> | rt.Boxed<"ArrayOfProfileAssociatedEvent", ProfileAssociatedEvent[]> | rt.Boxed<"ArrayOfProfileChangedEvent", ProfileChangedEvent[]> | rt.Boxed<"ArrayOfProfileCreatedEvent", ProfileCreatedEvent[]> | rt.Boxed<"ArrayOfProfileDissociatedEvent", ProfileDissociatedEvent[]> | rt.Boxed<"ArrayOfProfileEvent", AnyProfileEvent[]> | rt.Boxed<"ArrayOfProfileEventArgument", ProfileEventArgument[]> | rt.Boxed<"ArrayOfProfileReferenceHostChangedEvent", ProfileReferenceHostChangedEvent[]> | rt.Boxed<"ArrayOfProfileRemovedEvent", ProfileRemovedEvent[]> | rt.Boxed<"ArrayOfPropertyChange", PropertyChange[]> | rt.Boxed<"ArrayOfPropertyFilterSpec", PropertyFilterSpec[]> | rt.Boxed<"ArrayOfPropertyFilterUpdate", PropertyFilterUpdate[]> | rt.Boxed<"ArrayOfPropertySpec", PropertySpec[]> | rt.Boxed<"ArrayOfRecoveryEvent", RecoveryEvent[]> | rt.Boxed<"ArrayOfRemoteTSMEnabledEvent", RemoteTSMEnabledEvent[]> | rt.Boxed<"ArrayOfReplicationConfigSpec", ReplicationConfigSpec[]> | rt.Boxed<"ArrayOfReplicationInfoDiskSettings", ReplicationInfoDiskSettings[]> | rt.Boxed<"ArrayOfRequestCanceled", RequestCanceled[]> | rt.Boxed<"ArrayOfResourceAllocationInfo", ResourceAllocationInfo[]> | rt.Boxed<"ArrayOfResourceConfigSpec", ResourceConfigSpec[]> | rt.Boxed<"ArrayOfResourceInUse", ResourceInUse[]> | rt.Boxed<"ArrayOfResourcePoolCreatedEvent", ResourcePoolCreatedEvent[]> | rt.Boxed<"ArrayOfResourcePoolDestroyedEvent", ResourcePoolDestroyedEvent[]> | rt.Boxed<"ArrayOfResourcePoolEvent", AnyResourcePoolEvent[]> | rt.Boxed<"ArrayOfResourcePoolEventArgument", ResourcePoolEventArgument[]> | rt.Boxed<"ArrayOfResourcePoolMovedEvent", ResourcePoolMovedEvent[]> | rt.Boxed<"ArrayOfResourcePoolQuickStats", ResourcePoolQuickStats[]> | rt.Boxed<"ArrayOfResourcePoolReconfiguredEvent", ResourcePoolReconfiguredEvent[]> | rt.Boxed<"ArrayOfResourcePoolResourceUsage", ResourcePoolResourceUsage[]> | rt.Boxed<"ArrayOfResourcePoolRuntimeInfo", ResourcePoolRuntimeInfo[]> | rt.Boxed<"ArrayOfResourcePoolSummary", ResourcePoolSummary[]> | rt.Boxed<"ArrayOfResourcePoolVmResourceProfileUsage", ResourcePoolVmResourceProfileUsage[]> | rt.Boxed<"ArrayOfResourceViolatedEvent", ResourceViolatedEvent[]> | rt.Boxed<"ArrayOfRetrieveOptions", RetrieveOptions[]> | rt.Boxed<"ArrayOfRetrieveResult", RetrieveResult[]> | rt.Boxed<"ArrayOfRoleAddedEvent", RoleAddedEvent[]> | rt.Boxed<"ArrayOfRoleEvent", AnyRoleEvent[]> | rt.Boxed<"ArrayOfRoleEventArgument", RoleEventArgument[]> | rt.Boxed<"ArrayOfRoleRemovedEvent", RoleRemovedEvent[]> | rt.Boxed<"ArrayOfRoleUpdatedEvent", RoleUpdatedEvent[]> | rt.Boxed<"ArrayOfRollbackEvent", RollbackEvent[]> | rt.Boxed<"ArrayOfRuntimeFault", AnyRuntimeFault[]> | rt.Boxed<"ArrayOfScheduledHardwareUpgradeInfo", ScheduledHardwareUpgradeInfo[]> | rt.Boxed<"ArrayOfScheduledTaskCompletedEvent", ScheduledTaskCompletedEvent[]> | rt.Boxed<"ArrayOfScheduledTaskCreatedEvent", ScheduledTaskCreatedEvent[]> | rt.Boxed<"ArrayOfScheduledTaskEmailCompletedEvent", ScheduledTaskEmailCompletedEvent[]> | rt.Boxed<"ArrayOfScheduledTaskEmailFailedEvent", ScheduledTaskEmailFailedEvent[]> | rt.Boxed<"ArrayOfScheduledTaskEvent", AnyScheduledTaskEvent[]> | rt.Boxed<"ArrayOfScheduledTaskEventArgument", ScheduledTaskEventArgument[]> | rt.Boxed<"ArrayOfScheduledTaskFailedEvent", ScheduledTaskFailedEvent[]> | rt.Boxed<"ArrayOfScheduledTaskReconfiguredEvent", ScheduledTaskReconfiguredEvent[]> | rt.Boxed<"ArrayOfScheduledTaskRemovedEvent", ScheduledTaskRemovedEvent[]> | rt.Boxed<"ArrayOfScheduledTaskStartedEvent", ScheduledTaskStartedEvent[]> | rt.Boxed<"ArrayOfSecurityError", AnySecurityError[]> | rt.Boxed<"ArrayOfSelectionSpec", AnySelectionSpec[]> | rt.Boxed<"ArrayOfServerLicenseExpiredEvent", ServerLicenseExpiredEvent[]> | rt.Boxed<"ArrayOfServerStartedSessionEvent", ServerStartedSessionEvent[]> | rt.Boxed<"ArrayOfServiceContent", ServiceContent[]> | rt.Boxed<"ArrayOfSessionEvent", AnySessionEvent[]> | rt.Boxed<"ArrayOfSessionTerminatedEvent", SessionTerminatedEvent[]> | rt.Boxed<"ArrayOfSharesInfo", SharesInfo[]> | rt.Boxed<"ArrayOfSnapshotFault", SnapshotFault[]> | rt.Boxed<"ArrayOfStorageIOAllocationInfo", StorageIOAllocationInfo[]> | rt.Boxed<"ArrayOfStorageIORMInfo", StorageIORMInfo[]> | rt.Boxed<"ArrayOfStringPolicy", StringPolicy[]> | rt.Boxed<"ArrayOfSystemError", SystemError[]> | rt.Boxed<"ArrayOfTag", Tag[]> | rt.Boxed<"ArrayOfTagId", TagId[]> | rt.Boxed<"ArrayOfTagIdNameId", TagIdNameId[]> | rt.Boxed<"ArrayOfTagSpec", TagSpec[]> | rt.Boxed<"ArrayOfTaskDescription", TaskDescription[]> | rt.Boxed<"ArrayOfTaskEvent", AnyTaskEvent[]> | rt.Boxed<"ArrayOfTaskInProgress", TaskInProgress[]> | rt.Boxed<"ArrayOfTaskInfo", TaskInfo[]> | rt.Boxed<"ArrayOfTaskReason", AnyTaskReason[]> | rt.Boxed<"ArrayOfTaskReasonAlarm", TaskReasonAlarm[]> | rt.Boxed<"ArrayOfTaskReasonSchedule", TaskReasonSchedule[]> | rt.Boxed<"ArrayOfTaskReasonSystem", TaskReasonSystem[]> | rt.Boxed<"ArrayOfTaskReasonUser", TaskReasonUser[]> | rt.Boxed<"ArrayOfTaskTimeoutEvent", TaskTimeoutEvent[]> | rt.Boxed<"ArrayOfTeamingMatchEvent", TeamingMatchEvent[]> | rt.Boxed<"ArrayOfTeamingMisMatchEvent", TeamingMisMatchEvent[]> | rt.Boxed<"ArrayOfTemplateBeingUpgradedEvent", TemplateBeingUpgradedEvent[]> | rt.Boxed<"ArrayOfTemplateUpgradeEvent", AnyTemplateUpgradeEvent[]> | rt.Boxed<"ArrayOfTemplateUpgradeFailedEvent", TemplateUpgradeFailedEvent[]> | rt.Boxed<"ArrayOfTemplateUpgradedEvent", TemplateUpgradedEvent[]> | rt.Boxed<"ArrayOfTgwEventArgument", TgwEventArgument[]> | rt.Boxed<"ArrayOfTimedOutHostOperationEvent", TimedOutHostOperationEvent[]> | rt.Boxed<"ArrayOfToolsConfigInfo", ToolsConfigInfo[]> | rt.Boxed<"ArrayOfToolsConfigInfoToolsLastInstallInfo", ToolsConfigInfoToolsLastInstallInfo[]> | rt.Boxed<"ArrayOfTraversalSpec", TraversalSpec[]> | rt.Boxed<"ArrayOfTypeDescription", TypeDescription[]> | rt.Boxed<"ArrayOfUnlicensedVirtualMachinesEvent", UnlicensedVirtualMachinesEvent[]> | rt.Boxed<"ArrayOfUnlicensedVirtualMachinesFoundEvent", UnlicensedVirtualMachinesFoundEvent[]> | rt.Boxed<"ArrayOfUpdateSet", UpdateSet[]> | rt.Boxed<"ArrayOfUpdatedAgentBeingRestartedEvent", UpdatedAgentBeingRestartedEvent[]> | rt.Boxed<"ArrayOfUpgradeEvent", AnyUpgradeEvent[]> | rt.Boxed<"ArrayOfUplinkPortMtuNotSupportEvent", UplinkPortMtuNotSupportEvent[]> | rt.Boxed<"ArrayOfUplinkPortMtuSupportEvent", UplinkPortMtuSupportEvent[]> | rt.Boxed<"ArrayOfUplinkPortVlanTrunkedEvent", UplinkPortVlanTrunkedEvent[]> | rt.Boxed<"ArrayOfUplinkPortVlanUntrunkedEvent", UplinkPortVlanUntrunkedEvent[]> | rt.Boxed<"ArrayOfUserAssignedToGroup", UserAssignedToGroup[]> | rt.Boxed<"ArrayOfUserLoginSessionEvent", UserLoginSessionEvent[]> | rt.Boxed<"ArrayOfUserLogoutSessionEvent", UserLogoutSessionEvent[]> | rt.Boxed<"ArrayOfUserPasswordChanged", UserPasswordChanged[]> | rt.Boxed<"ArrayOfUserSession", UserSession[]> | rt.Boxed<"ArrayOfUserUnassignedFromGroup", UserUnassignedFromGroup[]> | rt.Boxed<"ArrayOfUserUpgradeEvent", UserUpgradeEvent[]> | rt.Boxed<"ArrayOfVASAStorageArray", VASAStorageArray[]> | rt.Boxed<"ArrayOfVASAStorageArrayDiscoveryFcTransport", VASAStorageArrayDiscoveryFcTransport[]> | rt.Boxed<"ArrayOfVASAStorageArrayDiscoveryIpTransport", VASAStorageArrayDiscoveryIpTransport[]> | rt.Boxed<"ArrayOfVASAStorageArrayDiscoverySvcInfo", VASAStorageArrayDiscoverySvcInfo[]> | rt.Boxed<"ArrayOfVAppIPAssignmentInfo", VAppIPAssignmentInfo[]> | rt.Boxed<"ArrayOfVAppOvfSectionInfo", VAppOvfSectionInfo[]> | rt.Boxed<"ArrayOfVAppOvfSectionSpec", VAppOvfSectionSpec[]> | rt.Boxed<"ArrayOfVAppProductInfo", VAppProductInfo[]> | rt.Boxed<"ArrayOfVAppProductSpec", VAppProductSpec[]> | rt.Boxed<"ArrayOfVAppPropertyInfo", VAppPropertyInfo[]> | rt.Boxed<"ArrayOfVAppPropertySpec", VAppPropertySpec[]> | rt.Boxed<"ArrayOfVMFSDatastoreCreatedEvent", VMFSDatastoreCreatedEvent[]> | rt.Boxed<"ArrayOfVMFSDatastoreExpandedEvent", VMFSDatastoreExpandedEvent[]> | rt.Boxed<"ArrayOfVMFSDatastoreExtendedEvent", VMFSDatastoreExtendedEvent[]> | rt.Boxed<"ArrayOfVMotionLicenseExpiredEvent", VMotionLicenseExpiredEvent[]> | rt.Boxed<"ArrayOfVVolHostPE", VVolHostPE[]> | rt.Boxed<"ArrayOfVcAgentUninstallFailedEvent", VcAgentUninstallFailedEvent[]> | rt.Boxed<"ArrayOfVcAgentUninstalledEvent", VcAgentUninstalledEvent[]> | rt.Boxed<"ArrayOfVcAgentUpgradeFailedEvent", VcAgentUpgradeFailedEvent[]> | rt.Boxed<"ArrayOfVcAgentUpgradedEvent", VcAgentUpgradedEvent[]> | rt.Boxed<"ArrayOfVimAccountPasswordChangedEvent", VimAccountPasswordChangedEvent[]> | rt.Boxed<"ArrayOfVimFault", AnyVimFault[]> | rt.Boxed<"ArrayOfVimVasaProvider", VimVasaProvider[]> | rt.Boxed<"ArrayOfVimVasaProviderInfo", VimVasaProviderInfo[]> | rt.Boxed<"ArrayOfVimVasaProviderStatePerArray", VimVasaProviderStatePerArray[]> | rt.Boxed<"ArrayOfVimVasaProviderVirtualHostConfig", VimVasaProviderVirtualHostConfig[]> | rt.Boxed<"ArrayOfVirtualCdrom", VirtualCdrom[]> | rt.Boxed<"ArrayOfVirtualCdromAtapiBackingInfo", VirtualCdromAtapiBackingInfo[]> | rt.Boxed<"ArrayOfVirtualCdromIsoBackingInfo", VirtualCdromIsoBackingInfo[]> | rt.Boxed<"ArrayOfVirtualCdromRemotePassthroughBackingInfo", VirtualCdromRemotePassthroughBackingInfo[]> | rt.Boxed<"ArrayOfVirtualController", AnyVirtualController[]> | rt.Boxed<"ArrayOfVirtualDevice", AnyVirtualDevice[]> | rt.Boxed<"ArrayOfVirtualDeviceBackingInfo", AnyVirtualDeviceBackingInfo[]> | rt.Boxed<"ArrayOfVirtualDeviceBusSlotInfo", AnyVirtualDeviceBusSlotInfo[]> | rt.Boxed<"ArrayOfVirtualDeviceConfigSpec", VirtualDeviceConfigSpec[]> | rt.Boxed<"ArrayOfVirtualDeviceConfigSpecBackingSpec", VirtualDeviceConfigSpecBackingSpec[]> | rt.Boxed<"ArrayOfVirtualDeviceConnectInfo", VirtualDeviceConnectInfo[]> | rt.Boxed<"ArrayOfVirtualDeviceDeviceBackingInfo", AnyVirtualDeviceDeviceBackingInfo[]> | rt.Boxed<"ArrayOfVirtualDeviceDeviceGroupInfo", VirtualDeviceDeviceGroupInfo[]> | rt.Boxed<"ArrayOfVirtualDeviceFileBackingInfo", AnyVirtualDeviceFileBackingInfo[]> | rt.Boxed<"ArrayOfVirtualDevicePciBusSlotInfo", VirtualDevicePciBusSlotInfo[]> | rt.Boxed<"ArrayOfVirtualDeviceRemoteDeviceBackingInfo", AnyVirtualDeviceRemoteDeviceBackingInfo[]> | rt.Boxed<"ArrayOfVirtualDisk", VirtualDisk[]> | rt.Boxed<"ArrayOfVirtualDiskFlatVer2BackingInfo", VirtualDiskFlatVer2BackingInfo[]> | rt.Boxed<"ArrayOfVirtualDiskVFlashCacheConfigInfo", VirtualDiskVFlashCacheConfigInfo[]> | rt.Boxed<"ArrayOfVirtualE1000", VirtualE1000[]> | rt.Boxed<"ArrayOfVirtualEthernetCard", AnyVirtualEthernetCard[]> | rt.Boxed<"ArrayOfVirtualEthernetCardDistributedVirtualPortBackingInfo", VirtualEthernetCardDistributedVirtualPortBackingInfo[]> | rt.Boxed<"ArrayOfVirtualEthernetCardNetworkBackingInfo", VirtualEthernetCardNetworkBackingInfo[]> | rt.Boxed<"ArrayOfVirtualEthernetCardResourceAllocation", VirtualEthernetCardResourceAllocation[]> | rt.Boxed<"ArrayOfVirtualFloppy", VirtualFloppy[]> | rt.Boxed<"ArrayOfVirtualHardware", VirtualHardware[]> | rt.Boxed<"ArrayOfVirtualIDEController", VirtualIDEController[]> | rt.Boxed<"ArrayOfVirtualKeyboard", VirtualKeyboard[]> | rt.Boxed<"ArrayOfVirtualLsiLogicController", VirtualLsiLogicController[]> | rt.Boxed<"ArrayOfVirtualMachineAffinityInfo", VirtualMachineAffinityInfo[]> | rt.Boxed<"ArrayOfVirtualMachineBaseIndependentFilterSpec", VirtualMachineBaseIndependentFilterSpec[]> | rt.Boxed<"ArrayOfVirtualMachineBootOptions", VirtualMachineBootOptions[]> | rt.Boxed<"ArrayOfVirtualMachineBootOptionsBootableDevice", VirtualMachineBootOptionsBootableDevice[]> | rt.Boxed<"ArrayOfVirtualMachineCapability", VirtualMachineCapability[]> | rt.Boxed<"ArrayOfVirtualMachineConfigInfo", VirtualMachineConfigInfo[]> | rt.Boxed<"ArrayOfVirtualMachineConfigInfoDatastoreUrlPair", VirtualMachineConfigInfoDatastoreUrlPair[]> | rt.Boxed<"ArrayOfVirtualMachineConfigInfoOverheadInfo", VirtualMachineConfigInfoOverheadInfo[]> | rt.Boxed<"ArrayOfVirtualMachineConfigSpec", VirtualMachineConfigSpec[]> | rt.Boxed<"ArrayOfVirtualMachineConfigSummary", VirtualMachineConfigSummary[]> | rt.Boxed<"ArrayOfVirtualMachineConsolePreferences", VirtualMachineConsolePreferences[]> | rt.Boxed<"ArrayOfVirtualMachineContentLibraryItemInfo", VirtualMachineContentLibraryItemInfo[]> | rt.Boxed<"ArrayOfVirtualMachineCpuIdInfoSpec", VirtualMachineCpuIdInfoSpec[]> | rt.Boxed<"ArrayOfVirtualMachineDefaultPowerOpInfo", VirtualMachineDefaultPowerOpInfo[]> | rt.Boxed<"ArrayOfVirtualMachineDeviceRuntimeInfo", VirtualMachineDeviceRuntimeInfo[]> | rt.Boxed<"ArrayOfVirtualMachineDeviceRuntimeInfoDeviceRuntimeState", VirtualMachineDeviceRuntimeInfoDeviceRuntimeState[]> | rt.Boxed<"ArrayOfVirtualMachineExtensionCompatibilityConstraint", VirtualMachineExtensionCompatibilityConstraint[]> | rt.Boxed<"ArrayOfVirtualMachineExtensionCompatibilityConstraintSet", VirtualMachineExtensionCompatibilityConstraintSet[]> | rt.Boxed<"ArrayOfVirtualMachineFeatureRequirement", VirtualMachineFeatureRequirement[]> | rt.Boxed<"ArrayOfVirtualMachineFileInfo", VirtualMachineFileInfo[]> | rt.Boxed<"ArrayOfVirtualMachineFileLayout", VirtualMachineFileLayout[]> | rt.Boxed<"ArrayOfVirtualMachineFileLayoutDiskLayout", VirtualMachineFileLayoutDiskLayout[]> | rt.Boxed<"ArrayOfVirtualMachineFileLayoutEx", VirtualMachineFileLayoutEx[]> | rt.Boxed<"ArrayOfVirtualMachineFileLayoutExDiskLayout", VirtualMachineFileLayoutExDiskLayout[]> | rt.Boxed<"ArrayOfVirtualMachineFileLayoutExDiskUnit", VirtualMachineFileLayoutExDiskUnit[]> | rt.Boxed<"ArrayOfVirtualMachineFileLayoutExFileInfo", VirtualMachineFileLayoutExFileInfo[]> | rt.Boxed<"ArrayOfVirtualMachineFileLayoutExSnapshotLayout", VirtualMachineFileLayoutExSnapshotLayout[]> | rt.Boxed<"ArrayOfVirtualMachineFileLayoutSnapshotLayout", VirtualMachineFileLayoutSnapshotLayout[]> | rt.Boxed<"ArrayOfVirtualMachineFlagInfo", VirtualMachineFlagInfo[]> | rt.Boxed<"ArrayOfVirtualMachineForkConfigInfo", VirtualMachineForkConfigInfo[]> | rt.Boxed<"ArrayOfVirtualMachineGuestIntegrityInfo", VirtualMachineGuestIntegrityInfo[]> | rt.Boxed<"ArrayOfVirtualMachineGuestMonitoringModeInfo", VirtualMachineGuestMonitoringModeInfo[]> | rt.Boxed<"ArrayOfVirtualMachineGuestSummary", VirtualMachineGuestSummary[]> | rt.Boxed<"ArrayOfVirtualMachineMessage", VirtualMachineMessage[]> | rt.Boxed<"ArrayOfVirtualMachineNetworkShaperInfo", VirtualMachineNetworkShaperInfo[]> | rt.Boxed<"ArrayOfVirtualMachineProfileSpec", VirtualMachineProfileSpec[]> | rt.Boxed<"ArrayOfVirtualMachineQuestionInfo", VirtualMachineQuestionInfo[]> | rt.Boxed<"ArrayOfVirtualMachineQuickStats", VirtualMachineQuickStats[]> | rt.Boxed<"ArrayOfVirtualMachineQuickStatsMemoryTierStats", VirtualMachineQuickStatsMemoryTierStats[]> | rt.Boxed<"ArrayOfVirtualMachineRuntimeInfo", VirtualMachineRuntimeInfo[]> | rt.Boxed<"ArrayOfVirtualMachineRuntimeInfoDasProtectionState", VirtualMachineRuntimeInfoDasProtectionState[]> | rt.Boxed<"ArrayOfVirtualMachineSgxInfo", VirtualMachineSgxInfo[]> | rt.Boxed<"ArrayOfVirtualMachineSnapshotInfo", VirtualMachineSnapshotInfo[]> | rt.Boxed<"ArrayOfVirtualMachineSnapshotTree", VirtualMachineSnapshotTree[]> | rt.Boxed<"ArrayOfVirtualMachineStorageInfo", VirtualMachineStorageInfo[]> | rt.Boxed<"ArrayOfVirtualMachineStorageSummary", VirtualMachineStorageSummary[]> | rt.Boxed<"ArrayOfVirtualMachineSummary", VirtualMachineSummary[]> | rt.Boxed<"ArrayOfVirtualMachineUsageOnDatastore", VirtualMachineUsageOnDatastore[]> | rt.Boxed<"ArrayOfVirtualMachineVMCIDevice", VirtualMachineVMCIDevice[]> | rt.Boxed<"ArrayOfVirtualMachineVMCIDeviceFilterInfo", VirtualMachineVMCIDeviceFilterInfo[]> | rt.Boxed<"ArrayOfVirtualMachineVMCIDeviceFilterSpec", VirtualMachineVMCIDeviceFilterSpec[]> | rt.Boxed<"ArrayOfVirtualMachineVcpuConfig", VirtualMachineVcpuConfig[]> | rt.Boxed<"ArrayOfVirtualMachineVideoCard", VirtualMachineVideoCard[]> | rt.Boxed<"ArrayOfVirtualMachineVirtualDeviceGroups", VirtualMachineVirtualDeviceGroups[]> | rt.Boxed<"ArrayOfVirtualMachineVirtualDeviceGroupsDeviceGroup", VirtualMachineVirtualDeviceGroupsDeviceGroup[]> | rt.Boxed<"ArrayOfVirtualMachineVirtualDeviceSwap", VirtualMachineVirtualDeviceSwap[]> | rt.Boxed<"ArrayOfVirtualMachineVirtualDeviceSwapDeviceSwapInfo", VirtualMachineVirtualDeviceSwapDeviceSwapInfo[]> | rt.Boxed<"ArrayOfVirtualMachineVirtualNuma", VirtualMachineVirtualNuma[]> | rt.Boxed<"ArrayOfVirtualMachineVirtualNumaInfo", VirtualMachineVirtualNumaInfo[]> | rt.Boxed<"ArrayOfVirtualMachineVirtualPMem", VirtualMachineVirtualPMem[]> | rt.Boxed<"ArrayOfVirtualPCIController", VirtualPCIController[]> | rt.Boxed<"ArrayOfVirtualPCNet32", VirtualPCNet32[]> | rt.Boxed<"ArrayOfVirtualPS2Controller", VirtualPS2Controller[]> | rt.Boxed<"ArrayOfVirtualPointingDevice", VirtualPointingDevice[]> | rt.Boxed<"ArrayOfVirtualPointingDeviceDeviceBackingInfo", VirtualPointingDeviceDeviceBackingInfo[]> | rt.Boxed<"ArrayOfVirtualSCSIController", AnyVirtualSCSIController[]> | rt.Boxed<"ArrayOfVirtualSIOController", VirtualSIOController[]> | rt.Boxed<"ArrayOfVirtualVmxnet", AnyVirtualVmxnet[]> | rt.Boxed<"ArrayOfVirtualVmxnet3", VirtualVmxnet3[]> | rt.Boxed<"ArrayOfVmAcquiredMksTicketEvent", VmAcquiredMksTicketEvent[]> | rt.Boxed<"ArrayOfVmAcquiredTicketEvent", VmAcquiredTicketEvent[]> | rt.Boxed<"ArrayOfVmAutoRenameEvent", VmAutoRenameEvent[]> | rt.Boxed<"ArrayOfVmBeingClonedEvent", VmBeingClonedEvent[]> | rt.Boxed<"ArrayOfVmBeingClonedNoFolderEvent", VmBeingClonedNoFolderEvent[]> | rt.Boxed<"ArrayOfVmBeingCreatedEvent", VmBeingCreatedEvent[]> | rt.Boxed<"ArrayOfVmBeingDeployedEvent", VmBeingDeployedEvent[]> | rt.Boxed<"ArrayOfVmBeingHotMigratedEvent", VmBeingHotMigratedEvent[]> | rt.Boxed<"ArrayOfVmBeingMigratedEvent", VmBeingMigratedEvent[]> | rt.Boxed<"ArrayOfVmBeingRelocatedEvent", VmBeingRelocatedEvent[]> | rt.Boxed<"ArrayOfVmCloneEvent", AnyVmCloneEvent[]> | rt.Boxed<"ArrayOfVmCloneFailedEvent", VmCloneFailedEvent[]> | rt.Boxed<"ArrayOfVmClonedEvent", VmClonedEvent[]> | rt.Boxed<"ArrayOfVmConfigFault", VmConfigFault[]> | rt.Boxed<"ArrayOfVmConfigInfo", VmConfigInfo[]> | rt.Boxed<"ArrayOfVmConfigMissingEvent", VmConfigMissingEvent[]> | rt.Boxed<"ArrayOfVmConfigSpec", VmConfigSpec[]> | rt.Boxed<"ArrayOfVmConnectedEvent", VmConnectedEvent[]> | rt.Boxed<"ArrayOfVmCreatedEvent", VmCreatedEvent[]> | rt.Boxed<"ArrayOfVmDasBeingResetEvent", AnyVmDasBeingResetEvent[]> | rt.Boxed<"ArrayOfVmDasBeingResetWithScreenshotEvent", VmDasBeingResetWithScreenshotEvent[]> | rt.Boxed<"ArrayOfVmDasResetFailedEvent", VmDasResetFailedEvent[]> | rt.Boxed<"ArrayOfVmDasUpdateErrorEvent", VmDasUpdateErrorEvent[]> | rt.Boxed<"ArrayOfVmDasUpdateOkEvent", VmDasUpdateOkEvent[]> | rt.Boxed<"ArrayOfVmDateRolledBackEvent", VmDateRolledBackEvent[]> | rt.Boxed<"ArrayOfVmDeployFailedEvent", VmDeployFailedEvent[]> | rt.Boxed<"ArrayOfVmDeployedEvent", VmDeployedEvent[]> | rt.Boxed<"ArrayOfVmDisconnectedEvent", VmDisconnectedEvent[]> | rt.Boxed<"ArrayOfVmDiscoveredEvent", VmDiscoveredEvent[]> | rt.Boxed<"ArrayOfVmDiskFailedEvent", VmDiskFailedEvent[]> | rt.Boxed<"ArrayOfVmEmigratingEvent", VmEmigratingEvent[]> | rt.Boxed<"ArrayOfVmEndRecordingEvent", VmEndRecordingEvent[]> | rt.Boxed<"ArrayOfVmEndReplayingEvent", VmEndReplayingEvent[]> | rt.Boxed<"ArrayOfVmEvent", AnyVmEvent[]> | rt.Boxed<"ArrayOfVmEventArgument", VmEventArgument[]> | rt.Boxed<"ArrayOfVmFailedMigrateEvent", VmFailedMigrateEvent[]> | rt.Boxed<"ArrayOfVmFailedRelayoutEvent", VmFailedRelayoutEvent[]> | rt.Boxed<"ArrayOfVmFailedRelayoutOnVmfs2DatastoreEvent", VmFailedRelayoutOnVmfs2DatastoreEvent[]> | rt.Boxed<"ArrayOfVmFailedStartingSecondaryEvent", VmFailedStartingSecondaryEvent[]> | rt.Boxed<"ArrayOfVmFailedToPowerOffEvent", VmFailedToPowerOffEvent[]> | rt.Boxed<"ArrayOfVmFailedToPowerOnEvent", VmFailedToPowerOnEvent[]> | rt.Boxed<"ArrayOfVmFailedToRebootGuestEvent", VmFailedToRebootGuestEvent[]> | rt.Boxed<"ArrayOfVmFailedToResetEvent", VmFailedToResetEvent[]> | rt.Boxed<"ArrayOfVmFailedToShutdownGuestEvent", VmFailedToShutdownGuestEvent[]> | rt.Boxed<"ArrayOfVmFailedToStandbyGuestEvent", VmFailedToStandbyGuestEvent[]> | rt.Boxed<"ArrayOfVmFailedToSuspendEvent", VmFailedToSuspendEvent[]> | rt.Boxed<"ArrayOfVmFailedUpdatingSecondaryConfig", VmFailedUpdatingSecondaryConfig[]> | rt.Boxed<"ArrayOfVmFailoverFailed", VmFailoverFailed[]> | rt.Boxed<"ArrayOfVmFaultToleranceStateChangedEvent", VmFaultToleranceStateChangedEvent[]> | rt.Boxed<"ArrayOfVmFaultToleranceTurnedOffEvent", VmFaultToleranceTurnedOffEvent[]> | rt.Boxed<"ArrayOfVmFaultToleranceVmTerminatedEvent", VmFaultToleranceVmTerminatedEvent[]> | rt.Boxed<"ArrayOfVmGuestOSCrashedEvent", VmGuestOSCrashedEvent[]> | rt.Boxed<"ArrayOfVmGuestRebootEvent", VmGuestRebootEvent[]> | rt.Boxed<"ArrayOfVmGuestShutdownEvent", VmGuestShutdownEvent[]> | rt.Boxed<"ArrayOfVmGuestStandbyEvent", VmGuestStandbyEvent[]> | rt.Boxed<"ArrayOfVmHealthMonitoringStateChangedEvent", VmHealthMonitoringStateChangedEvent[]> | rt.Boxed<"ArrayOfVmInstanceUuidAssignedEvent", VmInstanceUuidAssignedEvent[]> | rt.Boxed<"ArrayOfVmInstanceUuidChangedEvent", VmInstanceUuidChangedEvent[]> | rt.Boxed<"ArrayOfVmInstanceUuidConflictEvent", VmInstanceUuidConflictEvent[]> | rt.Boxed<"ArrayOfVmMacAssignedEvent", VmMacAssignedEvent[]> | rt.Boxed<"ArrayOfVmMacChangedEvent", VmMacChangedEvent[]> | rt.Boxed<"ArrayOfVmMacConflictEvent", VmMacConflictEvent[]> | rt.Boxed<"ArrayOfVmMaxFTRestartCountReached", VmMaxFTRestartCountReached[]> | rt.Boxed<"ArrayOfVmMaxRestartCountReached", VmMaxRestartCountReached[]> | rt.Boxed<"ArrayOfVmMessageErrorEvent", VmMessageErrorEvent[]> | rt.Boxed<"ArrayOfVmMessageEvent", VmMessageEvent[]> | rt.Boxed<"ArrayOfVmMessageWarningEvent", VmMessageWarningEvent[]> | rt.Boxed<"ArrayOfVmMigratedEvent", AnyVmMigratedEvent[]> | rt.Boxed<"ArrayOfVmNoCompatibleHostForSecondaryEvent", VmNoCompatibleHostForSecondaryEvent[]> | rt.Boxed<"ArrayOfVmNoNetworkAccessEvent", VmNoNetworkAccessEvent[]> | rt.Boxed<"ArrayOfVmOrphanedEvent", VmOrphanedEvent[]> | rt.Boxed<"ArrayOfVmPlacementPolicy", VmPlacementPolicy[]> | rt.Boxed<"ArrayOfVmPowerOffOnIsolationEvent", VmPowerOffOnIsolationEvent[]> | rt.Boxed<"ArrayOfVmPoweredOffEvent", AnyVmPoweredOffEvent[]> | rt.Boxed<"ArrayOfVmPoweredOnEvent", AnyVmPoweredOnEvent[]> | rt.Boxed<"ArrayOfVmPoweringOnWithCustomizedDVPortEvent", VmPoweringOnWithCustomizedDVPortEvent[]> | rt.Boxed<"ArrayOfVmPrimaryFailoverEvent", VmPrimaryFailoverEvent[]> | rt.Boxed<"ArrayOfVmReconfiguredEvent", VmReconfiguredEvent[]> | rt.Boxed<"ArrayOfVmRegisteredEvent", VmRegisteredEvent[]> | rt.Boxed<"ArrayOfVmRelayoutSuccessfulEvent", VmRelayoutSuccessfulEvent[]> | rt.Boxed<"ArrayOfVmRelayoutUpToDateEvent", VmRelayoutUpToDateEvent[]> | rt.Boxed<"ArrayOfVmReloadFromPathEvent", VmReloadFromPathEvent[]> | rt.Boxed<"ArrayOfVmReloadFromPathFailedEvent", VmReloadFromPathFailedEvent[]> | rt.Boxed<"ArrayOfVmRelocateFailedEvent", VmRelocateFailedEvent[]> | rt.Boxed<"ArrayOfVmRelocateSpecEvent", AnyVmRelocateSpecEvent[]> | rt.Boxed<"ArrayOfVmRelocatedEvent", VmRelocatedEvent[]> | rt.Boxed<"ArrayOfVmRemoteConsoleConnectedEvent", VmRemoteConsoleConnectedEvent[]> | rt.Boxed<"ArrayOfVmRemoteConsoleDisconnectedEvent", VmRemoteConsoleDisconnectedEvent[]> | rt.Boxed<"ArrayOfVmRemovedEvent", VmRemovedEvent[]> | rt.Boxed<"ArrayOfVmRenamedEvent", VmRenamedEvent[]> | rt.Boxed<"ArrayOfVmRequirementsExceedCurrentEVCModeEvent", VmRequirementsExceedCurrentEVCModeEvent[]> | rt.Boxed<"ArrayOfVmResettingEvent", VmResettingEvent[]> | rt.Boxed<"ArrayOfVmResourcePoolMovedEvent", VmResourcePoolMovedEvent[]> | rt.Boxed<"ArrayOfVmResourceReallocatedEvent", VmResourceReallocatedEvent[]> | rt.Boxed<"ArrayOfVmRestartedOnAlternateHostEvent", VmRestartedOnAlternateHostEvent[]> | rt.Boxed<"ArrayOfVmResumingEvent", VmResumingEvent[]> | rt.Boxed<"ArrayOfVmSecondaryAddedEvent", VmSecondaryAddedEvent[]> | rt.Boxed<"ArrayOfVmSecondaryDisabledBySystemEvent", VmSecondaryDisabledBySystemEvent[]> | rt.Boxed<"ArrayOfVmSecondaryDisabledEvent", VmSecondaryDisabledEvent[]> | rt.Boxed<"ArrayOfVmSecondaryEnabledEvent", VmSecondaryEnabledEvent[]> | rt.Boxed<"ArrayOfVmSecondaryStartedEvent", VmSecondaryStartedEvent[]> | rt.Boxed<"ArrayOfVmShutdownOnIsolationEvent", VmShutdownOnIsolationEvent[]> | rt.Boxed<"ArrayOfVmStartRecordingEvent", VmStartRecordingEvent[]> | rt.Boxed<"ArrayOfVmStartReplayingEvent", VmStartReplayingEvent[]> | rt.Boxed<"ArrayOfVmStartingEvent", AnyVmStartingEvent[]> | rt.Boxed<"ArrayOfVmStartingSecondaryEvent", VmStartingSecondaryEvent[]> | rt.Boxed<"ArrayOfVmStaticMacConflictEvent", VmStaticMacConflictEvent[]> | rt.Boxed<"ArrayOfVmStoppingEvent", VmStoppingEvent[]> | rt.Boxed<"ArrayOfVmSuspendedEvent", VmSuspendedEvent[]> | rt.Boxed<"ArrayOfVmSuspendingEvent", VmSuspendingEvent[]> | rt.Boxed<"ArrayOfVmTimedoutStartingSecondaryEvent", VmTimedoutStartingSecondaryEvent[]> | rt.Boxed<"ArrayOfVmUnsupportedStartingEvent", VmUnsupportedStartingEvent[]> | rt.Boxed<"ArrayOfVmUpgradeCompleteEvent", VmUpgradeCompleteEvent[]> | rt.Boxed<"ArrayOfVmUpgradeFailedEvent", VmUpgradeFailedEvent[]> | rt.Boxed<"ArrayOfVmUpgradingEvent", VmUpgradingEvent[]> | rt.Boxed<"ArrayOfVmUuidAssignedEvent", VmUuidAssignedEvent[]> | rt.Boxed<"ArrayOfVmUuidChangedEvent", VmUuidChangedEvent[]> | rt.Boxed<"ArrayOfVmUuidConflictEvent", VmUuidConflictEvent[]> | rt.Boxed<"ArrayOfVmVnicPoolReservationViolationClearEvent", VmVnicPoolReservationViolationClearEvent[]> | rt.Boxed<"ArrayOfVmVnicPoolReservationViolationRaiseEvent", VmVnicPoolReservationViolationRaiseEvent[]> | rt.Boxed<"ArrayOfVmWwnAssignedEvent", VmWwnAssignedEvent[]> | rt.Boxed<"ArrayOfVmWwnChangedEvent", VmWwnChangedEvent[]> | rt.Boxed<"ArrayOfVmWwnConflictEvent", VmWwnConflictEvent[]> | rt.Boxed<"ArrayOfVmfsDatastoreInfo", VmfsDatastoreInfo[]> | rt.Boxed<"ArrayOfVmfsUnmapBandwidthSpec", VmfsUnmapBandwidthSpec[]> | rt.Boxed<"ArrayOfVnicPortArgument", VnicPortArgument[]> | rt.Boxed<"ArrayOfVsanDatastoreInfo", VsanDatastoreInfo[]> | rt.Boxed<"ArrayOfVvolDatastoreInfo", VvolDatastoreInfo[]> | rt.Boxed<"ArrayOfWaitOptions", WaitOptions[]> | rt.Boxed<"ArrayOfWarningUpgradeEvent", WarningUpgradeEvent[]> | rt.Boxed<"AgentInstallFailedReason", AgentInstallFailedReason | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfAgentInstallFailedReason", (AgentInstallFailedReason | rt.UnknownEnumValue)[]> | rt.Boxed<"ArrayUpdateOperation", ArrayUpdateOperation | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfArrayUpdateOperation", (ArrayUpdateOperation | rt.UnknownEnumValue)[]> | rt.Boxed<"ClusterDasConfigInfoServiceState", ClusterDasConfigInfoServiceState | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfClusterDasConfigInfoServiceState", (ClusterDasConfigInfoServiceState | rt.UnknownEnumValue)[]> | rt.Boxed<"ClusterDasConfigInfoVmMonitoringState", ClusterDasConfigInfoVmMonitoringState | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfClusterDasConfigInfoVmMonitoringState", (ClusterDasConfigInfoVmMonitoringState | rt.UnknownEnumValue)[]> | rt.Boxed<"ConfigSpecOperation", ConfigSpecOperation | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfConfigSpecOperation", (ConfigSpecOperation | rt.UnknownEnumValue)[]> | rt.Boxed<"DVPortStatusVmDirectPathGen2InactiveReasonNetwork", DVPortStatusVmDirectPathGen2InactiveReasonNetwork | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfDVPortStatusVmDirectPathGen2InactiveReasonNetwork", (DVPortStatusVmDirectPathGen2InactiveReasonNetwork | rt.UnknownEnumValue)[]> | rt.Boxed<"DVPortStatusVmDirectPathGen2InactiveReasonOther", DVPortStatusVmDirectPathGen2InactiveReasonOther | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfDVPortStatusVmDirectPathGen2InactiveReasonOther", (DVPortStatusVmDirectPathGen2InactiveReasonOther | rt.UnknownEnumValue)[]> | rt.Boxed<"DistributedVirtualSwitchHostInfrastructureTrafficClass", DistributedVirtualSwitchHostInfrastructureTrafficClass | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfDistributedVirtualSwitchHostInfrastructureTrafficClass", (DistributedVirtualSwitchHostInfrastructureTrafficClass | rt.UnknownEnumValue)[]> | rt.Boxed<"DistributedVirtualSwitchNetworkResourceControlVersion", DistributedVirtualSwitchNetworkResourceControlVersion | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfDistributedVirtualSwitchNetworkResourceControlVersion", (DistributedVirtualSwitchNetworkResourceControlVersion | rt.UnknownEnumValue)[]> | rt.Boxed<"DrsBehavior", DrsBehavior | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfDrsBehavior", (DrsBehavior | rt.UnknownEnumValue)[]> | rt.Boxed<"DvsEventPortBlockState", DvsEventPortBlockState | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfDvsEventPortBlockState", (DvsEventPortBlockState | rt.UnknownEnumValue)[]> | rt.Boxed<"DvsFilterOnFailure", DvsFilterOnFailure | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfDvsFilterOnFailure", (DvsFilterOnFailure | rt.UnknownEnumValue)[]> | rt.Boxed<"EntityImportType", EntityImportType | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfEntityImportType", (EntityImportType | rt.UnknownEnumValue)[]> | rt.Boxed<"EventEventSeverity", EventEventSeverity | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfEventEventSeverity", (EventEventSeverity | rt.UnknownEnumValue)[]> | rt.Boxed<"EventFilterSpecRecursionOption", EventFilterSpecRecursionOption | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfEventFilterSpecRecursionOption", (EventFilterSpecRecursionOption | rt.UnknownEnumValue)[]> | rt.Boxed<"GuestOsDescriptorFirmwareType", GuestOsDescriptorFirmwareType | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfGuestOsDescriptorFirmwareType", (GuestOsDescriptorFirmwareType | rt.UnknownEnumValue)[]> | rt.Boxed<"LatencySensitivitySensitivityLevel", LatencySensitivitySensitivityLevel | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfLatencySensitivitySensitivityLevel", (LatencySensitivitySensitivityLevel | rt.UnknownEnumValue)[]> | rt.Boxed<"LicenseFeatureInfoSourceRestriction", LicenseFeatureInfoSourceRestriction | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfLicenseFeatureInfoSourceRestriction", (LicenseFeatureInfoSourceRestriction | rt.UnknownEnumValue)[]> | rt.Boxed<"LicenseFeatureInfoState", LicenseFeatureInfoState | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfLicenseFeatureInfoState", (LicenseFeatureInfoState | rt.UnknownEnumValue)[]> | rt.Boxed<"LicenseFeatureInfoUnit", LicenseFeatureInfoUnit | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfLicenseFeatureInfoUnit", (LicenseFeatureInfoUnit | rt.UnknownEnumValue)[]> | rt.Boxed<"ManagedEntityStatus", ManagedEntityStatus | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfManagedEntityStatus", (ManagedEntityStatus | rt.UnknownEnumValue)[]> | rt.Boxed<"ObjectUpdateKind", ObjectUpdateKind | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfObjectUpdateKind", (ObjectUpdateKind | rt.UnknownEnumValue)[]> | rt.Boxed<"PropertyChangeOp", PropertyChangeOp | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfPropertyChangeOp", (PropertyChangeOp | rt.UnknownEnumValue)[]> | rt.Boxed<"ScheduledHardwareUpgradeInfoHardwareUpgradePolicy", ScheduledHardwareUpgradeInfoHardwareUpgradePolicy | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfScheduledHardwareUpgradeInfoHardwareUpgradePolicy", (ScheduledHardwareUpgradeInfoHardwareUpgradePolicy | rt.UnknownEnumValue)[]> | rt.Boxed<"ScheduledHardwareUpgradeInfoHardwareUpgradeStatus", ScheduledHardwareUpgradeInfoHardwareUpgradeStatus | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfScheduledHardwareUpgradeInfoHardwareUpgradeStatus", (ScheduledHardwareUpgradeInfoHardwareUpgradeStatus | rt.UnknownEnumValue)[]> | rt.Boxed<"SharesLevel", SharesLevel | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfSharesLevel", (SharesLevel | rt.UnknownEnumValue)[]> | rt.Boxed<"TaskInfoState", TaskInfoState | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfTaskInfoState", (TaskInfoState | rt.UnknownEnumValue)[]> | rt.Boxed<"UpgradePolicy", UpgradePolicy | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfUpgradePolicy", (UpgradePolicy | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualDeviceConfigSpecChangeMode", VirtualDeviceConfigSpecChangeMode | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualDeviceConfigSpecChangeMode", (VirtualDeviceConfigSpecChangeMode | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualDeviceConfigSpecFileOperation", VirtualDeviceConfigSpecFileOperation | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualDeviceConfigSpecFileOperation", (VirtualDeviceConfigSpecFileOperation | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualDeviceConfigSpecOperation", VirtualDeviceConfigSpecOperation | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualDeviceConfigSpecOperation", (VirtualDeviceConfigSpecOperation | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualDeviceConnectInfoMigrateConnectOp", VirtualDeviceConnectInfoMigrateConnectOp | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualDeviceConnectInfoMigrateConnectOp", (VirtualDeviceConnectInfoMigrateConnectOp | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualDeviceConnectInfoStatus", VirtualDeviceConnectInfoStatus | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualDeviceConnectInfoStatus", (VirtualDeviceConnectInfoStatus | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineBootOptionsNetworkBootProtocolType", VirtualMachineBootOptionsNetworkBootProtocolType | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineBootOptionsNetworkBootProtocolType", (VirtualMachineBootOptionsNetworkBootProtocolType | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineConfigInfoSwapPlacementType", VirtualMachineConfigInfoSwapPlacementType | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineConfigInfoSwapPlacementType", (VirtualMachineConfigInfoSwapPlacementType | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineConfigSpecEncryptedFtModes", VirtualMachineConfigSpecEncryptedFtModes | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineConfigSpecEncryptedFtModes", (VirtualMachineConfigSpecEncryptedFtModes | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineConfigSpecEncryptedVMotionModes", VirtualMachineConfigSpecEncryptedVMotionModes | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineConfigSpecEncryptedVMotionModes", (VirtualMachineConfigSpecEncryptedVMotionModes | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineConfigSpecNpivWwnOp", VirtualMachineConfigSpecNpivWwnOp | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineConfigSpecNpivWwnOp", (VirtualMachineConfigSpecNpivWwnOp | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineConnectionState", VirtualMachineConnectionState | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineConnectionState", (VirtualMachineConnectionState | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineFaultToleranceState", VirtualMachineFaultToleranceState | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineFaultToleranceState", (VirtualMachineFaultToleranceState | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineFaultToleranceType", VirtualMachineFaultToleranceType | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineFaultToleranceType", (VirtualMachineFaultToleranceType | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineFlagInfoMonitorType", VirtualMachineFlagInfoMonitorType | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineFlagInfoMonitorType", (VirtualMachineFlagInfoMonitorType | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineFlagInfoVirtualExecUsage", VirtualMachineFlagInfoVirtualExecUsage | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineFlagInfoVirtualExecUsage", (VirtualMachineFlagInfoVirtualExecUsage | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineFlagInfoVirtualMmuUsage", VirtualMachineFlagInfoVirtualMmuUsage | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineFlagInfoVirtualMmuUsage", (VirtualMachineFlagInfoVirtualMmuUsage | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineHtSharing", VirtualMachineHtSharing | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineHtSharing", (VirtualMachineHtSharing | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineNeedSecondaryReason", VirtualMachineNeedSecondaryReason | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineNeedSecondaryReason", (VirtualMachineNeedSecondaryReason | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachinePowerOffBehavior", VirtualMachinePowerOffBehavior | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachinePowerOffBehavior", (VirtualMachinePowerOffBehavior | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachinePowerState", VirtualMachinePowerState | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachinePowerState", (VirtualMachinePowerState | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineRecordReplayState", VirtualMachineRecordReplayState | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineRecordReplayState", (VirtualMachineRecordReplayState | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineSgxInfoFlcModes", VirtualMachineSgxInfoFlcModes | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineSgxInfoFlcModes", (VirtualMachineSgxInfoFlcModes | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineToolsInstallType", VirtualMachineToolsInstallType | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineToolsInstallType", (VirtualMachineToolsInstallType | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineToolsStatus", VirtualMachineToolsStatus | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineToolsStatus", (VirtualMachineToolsStatus | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineVirtualDeviceSwapDeviceSwapStatus", VirtualMachineVirtualDeviceSwapDeviceSwapStatus | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineVirtualDeviceSwapDeviceSwapStatus", (VirtualMachineVirtualDeviceSwapDeviceSwapStatus | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualMachineVirtualPMemSnapshotMode", VirtualMachineVirtualPMemSnapshotMode | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualMachineVirtualPMemSnapshotMode", (VirtualMachineVirtualPMemSnapshotMode | rt.UnknownEnumValue)[]> | rt.Boxed<"VirtualSCSISharing", VirtualSCSISharing | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVirtualSCSISharing", (VirtualSCSISharing | rt.UnknownEnumValue)[]> | rt.Boxed<"VmFailedStartingSecondaryEventFailureReason", VmFailedStartingSecondaryEventFailureReason | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVmFailedStartingSecondaryEventFailureReason", (VmFailedStartingSecondaryEventFailureReason | rt.UnknownEnumValue)[]> | rt.Boxed<"VmShutdownOnIsolationEventOperation", VmShutdownOnIsolationEventOperation | rt.UnknownEnumValue> | rt.Boxed<"ArrayOfVmShutdownOnIsolationEventOperation", (VmShutdownOnIsolationEventOperation | rt.UnknownEnumValue)[]> | rt.Boxed<"ArrayOfAnyType", AnyValue[]> | rt.BoxedPrimitive | rt.UnrecognizedValue;
/** Each declared type by name, with its known subtypes: what `decodeGovmomi`, `parseSoapResponse` and the other decoders that take a type name return for it. */
export interface VimTypeMap {
    AboutInfo: AboutInfo;
    AccountCreatedEvent: AccountCreatedEvent;
    AccountRemovedEvent: AccountRemovedEvent;
    AccountUpdatedEvent: AccountUpdatedEvent;
    AdminPasswordNotChangedEvent: AdminPasswordNotChangedEvent;
    AlarmAcknowledgedEvent: AlarmAcknowledgedEvent;
    AlarmActionTriggeredEvent: AlarmActionTriggeredEvent;
    AlarmClearedEvent: AlarmClearedEvent;
    AlarmCreatedEvent: AlarmCreatedEvent;
    AlarmEmailCompletedEvent: AlarmEmailCompletedEvent;
    AlarmEmailFailedEvent: AlarmEmailFailedEvent;
    AlarmEvent: AnyAlarmEvent;
    AlarmEventArgument: AlarmEventArgument;
    AlarmReconfiguredEvent: AlarmReconfiguredEvent;
    AlarmRemovedEvent: AlarmRemovedEvent;
    AlarmScriptCompleteEvent: AlarmScriptCompleteEvent;
    AlarmScriptFailedEvent: AlarmScriptFailedEvent;
    AlarmSnmpCompletedEvent: AlarmSnmpCompletedEvent;
    AlarmSnmpFailedEvent: AlarmSnmpFailedEvent;
    AlarmState: AlarmState;
    AlarmStatusChangedEvent: AlarmStatusChangedEvent;
    AllVirtualMachinesLicensedEvent: AllVirtualMachinesLicensedEvent;
    AlreadyAuthenticatedSessionEvent: AlreadyAuthenticatedSessionEvent;
    AlreadyExists: AlreadyExists;
    ArrayUpdateSpec: AnyArrayUpdateSpec;
    AuthorizationEvent: AnyAuthorizationEvent;
    BadUsernameSessionEvent: BadUsernameSessionEvent;
    BoolPolicy: BoolPolicy;
    CanceledHostOperationEvent: CanceledHostOperationEvent;
    Capability: Capability;
    ChangesInfoEventArgument: ChangesInfoEventArgument;
    ChoiceOption: ChoiceOption;
    ClusterComplianceCheckedEvent: ClusterComplianceCheckedEvent;
    ClusterCreatedEvent: ClusterCreatedEvent;
    ClusterDestroyedEvent: ClusterDestroyedEvent;
    ClusterEvent: AnyClusterEvent;
    ClusterOvercommittedEvent: AnyClusterOvercommittedEvent;
    ClusterReconfiguredEvent: ClusterReconfiguredEvent;
    ClusterStatusChangedEvent: AnyClusterStatusChangedEvent;
    ComputeResourceConfigInfo: ComputeResourceConfigInfo;
    ComputeResourceEventArgument: ComputeResourceEventArgument;
    ComputeResourceSummary: ComputeResourceSummary;
    ConcurrentAccess: ConcurrentAccess;
    CryptoKeyId: CryptoKeyId;
    CryptoSpec: CryptoSpec;
    CustomFieldDef: CustomFieldDef;
    CustomFieldDefAddedEvent: CustomFieldDefAddedEvent;
    CustomFieldDefEvent: AnyCustomFieldDefEvent;
    CustomFieldDefRemovedEvent: CustomFieldDefRemovedEvent;
    CustomFieldDefRenamedEvent: CustomFieldDefRenamedEvent;
    CustomFieldEvent: AnyCustomFieldEvent;
    CustomFieldStringValue: CustomFieldStringValue;
    CustomFieldValue: AnyCustomFieldValue;
    CustomFieldValueChangedEvent: CustomFieldValueChangedEvent;
    CustomizationEvent: AnyCustomizationEvent;
    CustomizationFailed: AnyCustomizationFailed;
    CustomizationLinuxIdentityFailed: CustomizationLinuxIdentityFailed;
    CustomizationNetworkSetupFailed: CustomizationNetworkSetupFailed;
    CustomizationStartedEvent: CustomizationStartedEvent;
    CustomizationSucceeded: CustomizationSucceeded;
    CustomizationSysprepFailed: CustomizationSysprepFailed;
    CustomizationUnknownFailure: CustomizationUnknownFailure;
    DVPortSetting: DVPortSetting;
    DVPortStatus: DVPortStatus;
    DVPortgroupConfigSpec: DVPortgroupConfigSpec;
    DVPortgroupCreatedEvent: DVPortgroupCreatedEvent;
    DVPortgroupDestroyedEvent: DVPortgroupDestroyedEvent;
    DVPortgroupEvent: AnyDVPortgroupEvent;
    DVPortgroupPolicy: DVPortgroupPolicy;
    DVPortgroupReconfiguredEvent: DVPortgroupReconfiguredEvent;
    DVPortgroupRenamedEvent: DVPortgroupRenamedEvent;
    DVSConfigSpec: DVSConfigSpec;
    DVSContactInfo: DVSContactInfo;
    DVSHostLocalPortInfo: DVSHostLocalPortInfo;
    DVSPolicy: DVSPolicy;
    DVSTrafficShapingPolicy: DVSTrafficShapingPolicy;
    DVSUplinkPortPolicy: DVSUplinkPortPolicy;
    DVSVendorSpecificConfig: DVSVendorSpecificConfig;
    DasAdmissionControlDisabledEvent: DasAdmissionControlDisabledEvent;
    DasAdmissionControlEnabledEvent: DasAdmissionControlEnabledEvent;
    DasAgentFoundEvent: DasAgentFoundEvent;
    DasAgentUnavailableEvent: DasAgentUnavailableEvent;
    DasClusterIsolatedEvent: DasClusterIsolatedEvent;
    DasDisabledEvent: DasDisabledEvent;
    DasEnabledEvent: DasEnabledEvent;
    DasHostFailedEvent: DasHostFailedEvent;
    DasHostIsolatedEvent: DasHostIsolatedEvent;
    DatacenterConfigInfo: DatacenterConfigInfo;
    DatacenterCreatedEvent: DatacenterCreatedEvent;
    DatacenterEvent: AnyDatacenterEvent;
    DatacenterEventArgument: DatacenterEventArgument;
    DatacenterRenamedEvent: DatacenterRenamedEvent;
    DatastoreCapability: DatastoreCapability;
    DatastoreCapacityIncreasedEvent: DatastoreCapacityIncreasedEvent;
    DatastoreDestroyedEvent: DatastoreDestroyedEvent;
    DatastoreDiscoveredEvent: DatastoreDiscoveredEvent;
    DatastoreDuplicatedEvent: DatastoreDuplicatedEvent;
    DatastoreEvent: AnyDatastoreEvent;
    DatastoreEventArgument: DatastoreEventArgument;
    DatastoreFileCopiedEvent: DatastoreFileCopiedEvent;
    DatastoreFileDeletedEvent: DatastoreFileDeletedEvent;
    DatastoreFileEvent: AnyDatastoreFileEvent;
    DatastoreFileMovedEvent: DatastoreFileMovedEvent;
    DatastoreHostMount: DatastoreHostMount;
    DatastoreIORMReconfiguredEvent: DatastoreIORMReconfiguredEvent;
    DatastoreInfo: AnyDatastoreInfo;
    DatastorePrincipalConfigured: DatastorePrincipalConfigured;
    DatastoreRemovedOnHostEvent: DatastoreRemovedOnHostEvent;
    DatastoreRenamedEvent: DatastoreRenamedEvent;
    DatastoreRenamedOnHostEvent: DatastoreRenamedOnHostEvent;
    DatastoreSummary: DatastoreSummary;
    Description: AnyDescription;
    DistributedVirtualSwitchHostMemberBacking: DistributedVirtualSwitchHostMemberBacking;
    DistributedVirtualSwitchHostMemberConfigSpec: DistributedVirtualSwitchHostMemberConfigSpec;
    DistributedVirtualSwitchKeyedOpaqueBlob: DistributedVirtualSwitchKeyedOpaqueBlob;
    DistributedVirtualSwitchPortConnectee: DistributedVirtualSwitchPortConnectee;
    DistributedVirtualSwitchPortConnection: DistributedVirtualSwitchPortConnection;
    DistributedVirtualSwitchProductSpec: DistributedVirtualSwitchProductSpec;
    DrsDisabledEvent: DrsDisabledEvent;
    DrsEnabledEvent: DrsEnabledEvent;
    DrsEnteredStandbyModeEvent: DrsEnteredStandbyModeEvent;
    DrsEnteringStandbyModeEvent: DrsEnteringStandbyModeEvent;
    DrsExitStandbyModeFailedEvent: DrsExitStandbyModeFailedEvent;
    DrsExitedStandbyModeEvent: DrsExitedStandbyModeEvent;
    DrsExitingStandbyModeEvent: DrsExitingStandbyModeEvent;
    DrsInvocationFailedEvent: DrsInvocationFailedEvent;
    DrsRecoveredFromFailureEvent: DrsRecoveredFromFailureEvent;
    DrsResourceConfigureFailedEvent: DrsResourceConfigureFailedEvent;
    DrsResourceConfigureSyncedEvent: DrsResourceConfigureSyncedEvent;
    DrsRuleComplianceEvent: DrsRuleComplianceEvent;
    DrsRuleViolationEvent: DrsRuleViolationEvent;
    DrsSoftRuleViolationEvent: DrsSoftRuleViolationEvent;
    DrsVmMigratedEvent: DrsVmMigratedEvent;
    DrsVmPoweredOnEvent: DrsVmPoweredOnEvent;
    DuplicateIpDetectedEvent: DuplicateIpDetectedEvent;
    DuplicateName: DuplicateName;
    DvpgImportEvent: DvpgImportEvent;
    DvpgRestoreEvent: DvpgRestoreEvent;
    DvsCreatedEvent: DvsCreatedEvent;
    DvsDestroyedEvent: DvsDestroyedEvent;
    DvsEvent: AnyDvsEvent;
    DvsEventArgument: DvsEventArgument;
    DvsFilterConfig: DvsFilterConfig;
    DvsFilterParameter: DvsFilterParameter;
    DvsFilterPolicy: DvsFilterPolicy;
    DvsHealthStatusChangeEvent: AnyDvsHealthStatusChangeEvent;
    DvsHostBackInSyncEvent: DvsHostBackInSyncEvent;
    DvsHostInfrastructureTrafficResource: DvsHostInfrastructureTrafficResource;
    DvsHostInfrastructureTrafficResourceAllocation: DvsHostInfrastructureTrafficResourceAllocation;
    DvsHostJoinedEvent: DvsHostJoinedEvent;
    DvsHostLeftEvent: DvsHostLeftEvent;
    DvsHostStatusUpdated: DvsHostStatusUpdated;
    DvsHostWentOutOfSyncEvent: DvsHostWentOutOfSyncEvent;
    DvsImportEvent: DvsImportEvent;
    DvsMergedEvent: DvsMergedEvent;
    DvsOutOfSyncHostArgument: DvsOutOfSyncHostArgument;
    DvsPortBlockedEvent: DvsPortBlockedEvent;
    DvsPortConnectedEvent: DvsPortConnectedEvent;
    DvsPortCreatedEvent: DvsPortCreatedEvent;
    DvsPortDeletedEvent: DvsPortDeletedEvent;
    DvsPortDisconnectedEvent: DvsPortDisconnectedEvent;
    DvsPortEnteredPassthruEvent: DvsPortEnteredPassthruEvent;
    DvsPortExitedPassthruEvent: DvsPortExitedPassthruEvent;
    DvsPortJoinPortgroupEvent: DvsPortJoinPortgroupEvent;
    DvsPortLeavePortgroupEvent: DvsPortLeavePortgroupEvent;
    DvsPortLinkDownEvent: DvsPortLinkDownEvent;
    DvsPortLinkUpEvent: DvsPortLinkUpEvent;
    DvsPortReconfiguredEvent: DvsPortReconfiguredEvent;
    DvsPortRuntimeChangeEvent: DvsPortRuntimeChangeEvent;
    DvsPortUnblockedEvent: DvsPortUnblockedEvent;
    DvsPortVendorSpecificStateChangeEvent: DvsPortVendorSpecificStateChangeEvent;
    DvsReconfiguredEvent: DvsReconfiguredEvent;
    DvsRenamedEvent: DvsRenamedEvent;
    DvsRestoreEvent: DvsRestoreEvent;
    DvsUpgradeAvailableEvent: DvsUpgradeAvailableEvent;
    DvsUpgradeInProgressEvent: DvsUpgradeInProgressEvent;
    DvsUpgradeRejectedEvent: DvsUpgradeRejectedEvent;
    DvsUpgradedEvent: DvsUpgradedEvent;
    DynamicData: AnyDynamicData;
    DynamicProperty: DynamicProperty;
    EVCMode: EVCMode;
    ElementDescription: AnyElementDescription;
    EnteredMaintenanceModeEvent: EnteredMaintenanceModeEvent;
    EnteredStandbyModeEvent: AnyEnteredStandbyModeEvent;
    EnteringMaintenanceModeEvent: EnteringMaintenanceModeEvent;
    EnteringStandbyModeEvent: AnyEnteringStandbyModeEvent;
    EntityEventArgument: AnyEntityEventArgument;
    EnumDescription: EnumDescription;
    ErrorUpgradeEvent: ErrorUpgradeEvent;
    Event: AnyEvent;
    EventArgument: AnyEventArgument;
    EventDescription: EventDescription;
    EventDescriptionEventDetail: EventDescriptionEventDetail;
    EventEx: EventEx;
    EventFilterSpec: EventFilterSpec;
    EventFilterSpecByEntity: EventFilterSpecByEntity;
    EventFilterSpecByTime: EventFilterSpecByTime;
    EventFilterSpecByUsername: EventFilterSpecByUsername;
    EventManagerEventViewSpec: AnyEventManagerEventViewSpec;
    EventManagerViewByStartId: EventManagerViewByStartId;
    ExitMaintenanceModeEvent: ExitMaintenanceModeEvent;
    ExitStandbyModeFailedEvent: AnyExitStandbyModeFailedEvent;
    ExitedStandbyModeEvent: AnyExitedStandbyModeEvent;
    ExitingStandbyModeEvent: AnyExitingStandbyModeEvent;
    ExtendedEvent: ExtendedEvent;
    ExtendedEventPair: ExtendedEventPair;
    FailoverLevelRestored: FailoverLevelRestored;
    FaultToleranceConfigInfo: FaultToleranceConfigInfo;
    FeatureEVCMode: FeatureEVCMode;
    FileFault: AnyFileFault;
    FileNotFound: FileNotFound;
    FolderEventArgument: FolderEventArgument;
    GeneralEvent: AnyGeneralEvent;
    GeneralHostErrorEvent: GeneralHostErrorEvent;
    GeneralHostInfoEvent: GeneralHostInfoEvent;
    GeneralHostWarningEvent: GeneralHostWarningEvent;
    GeneralUserEvent: GeneralUserEvent;
    GeneralVmErrorEvent: GeneralVmErrorEvent;
    GeneralVmInfoEvent: GeneralVmInfoEvent;
    GeneralVmWarningEvent: GeneralVmWarningEvent;
    GhostDvsProxySwitchDetectedEvent: GhostDvsProxySwitchDetectedEvent;
    GhostDvsProxySwitchRemovedEvent: GhostDvsProxySwitchRemovedEvent;
    GlobalMessageChangedEvent: GlobalMessageChangedEvent;
    GuestDiskInfo: GuestDiskInfo;
    GuestInfo: GuestInfo;
    GuestInfoCustomizationInfo: GuestInfoCustomizationInfo;
    GuestInfoNamespaceGenerationInfo: GuestInfoNamespaceGenerationInfo;
    GuestInfoVirtualDiskMapping: GuestInfoVirtualDiskMapping;
    GuestNicInfo: GuestNicInfo;
    GuestScreenInfo: GuestScreenInfo;
    GuestStackInfo: GuestStackInfo;
    HealthStatusChangedEvent: HealthStatusChangedEvent;
    HostAccountSpec: HostAccountSpec;
    HostAddFailedEvent: HostAddFailedEvent;
    HostAddedEvent: HostAddedEvent;
    HostAdminDisableEvent: HostAdminDisableEvent;
    HostAdminEnableEvent: HostAdminEnableEvent;
    HostCnxFailedAccountFailedEvent: HostCnxFailedAccountFailedEvent;
    HostCnxFailedAlreadyManagedEvent: HostCnxFailedAlreadyManagedEvent;
    HostCnxFailedBadCcagentEvent: HostCnxFailedBadCcagentEvent;
    HostCnxFailedBadUsernameEvent: HostCnxFailedBadUsernameEvent;
    HostCnxFailedBadVersionEvent: HostCnxFailedBadVersionEvent;
    HostCnxFailedCcagentUpgradeEvent: HostCnxFailedCcagentUpgradeEvent;
    HostCnxFailedEvent: HostCnxFailedEvent;
    HostCnxFailedNetworkErrorEvent: HostCnxFailedNetworkErrorEvent;
    HostCnxFailedNoAccessEvent: HostCnxFailedNoAccessEvent;
    HostCnxFailedNoConnectionEvent: HostCnxFailedNoConnectionEvent;
    HostCnxFailedNoLicenseEvent: HostCnxFailedNoLicenseEvent;
    HostCnxFailedNotFoundEvent: HostCnxFailedNotFoundEvent;
    HostCnxFailedTimeoutEvent: HostCnxFailedTimeoutEvent;
    HostComplianceCheckedEvent: HostComplianceCheckedEvent;
    HostCompliantEvent: HostCompliantEvent;
    HostConfigAppliedEvent: HostConfigAppliedEvent;
    HostConnectedEvent: HostConnectedEvent;
    HostConnectionLostEvent: HostConnectionLostEvent;
    HostCpuIdInfo: HostCpuIdInfo;
    HostDasDisabledEvent: HostDasDisabledEvent;
    HostDasDisablingEvent: HostDasDisablingEvent;
    HostDasEnabledEvent: HostDasEnabledEvent;
    HostDasEnablingEvent: HostDasEnablingEvent;
    HostDasErrorEvent: HostDasErrorEvent;
    HostDasEvent: AnyHostDasEvent;
    HostDasOkEvent: HostDasOkEvent;
    HostDisconnectedEvent: HostDisconnectedEvent;
    HostEnableAdminFailedEvent: HostEnableAdminFailedEvent;
    HostEvent: AnyHostEvent;
    HostEventArgument: HostEventArgument;
    HostExtraNetworksEvent: HostExtraNetworksEvent;
    HostFeatureCapability: HostFeatureCapability;
    HostFeatureMask: HostFeatureMask;
    HostFileSystemVolume: AnyHostFileSystemVolume;
    HostForceMountedInfo: HostForceMountedInfo;
    HostGetShortNameFailedEvent: HostGetShortNameFailedEvent;
    HostInAuditModeEvent: HostInAuditModeEvent;
    HostInventoryFullEvent: HostInventoryFullEvent;
    HostInventoryUnreadableEvent: HostInventoryUnreadableEvent;
    HostIpChangedEvent: HostIpChangedEvent;
    HostIpInconsistentEvent: HostIpInconsistentEvent;
    HostIpToShortNameFailedEvent: HostIpToShortNameFailedEvent;
    HostIsolationIpPingFailedEvent: HostIsolationIpPingFailedEvent;
    HostLicenseExpiredEvent: HostLicenseExpiredEvent;
    HostLocalPortCreatedEvent: HostLocalPortCreatedEvent;
    HostMemberHealthCheckResult: HostMemberHealthCheckResult;
    HostMissingNetworksEvent: HostMissingNetworksEvent;
    HostMonitoringStateChangedEvent: HostMonitoringStateChangedEvent;
    HostMountInfo: HostMountInfo;
    HostNasVolume: HostNasVolume;
    HostNoAvailableNetworksEvent: HostNoAvailableNetworksEvent;
    HostNoHAEnabledPortGroupsEvent: HostNoHAEnabledPortGroupsEvent;
    HostNoRedundantManagementNetworkEvent: HostNoRedundantManagementNetworkEvent;
    HostNonCompliantEvent: HostNonCompliantEvent;
    HostNotInClusterEvent: HostNotInClusterEvent;
    HostOvercommittedEvent: HostOvercommittedEvent;
    HostPMemVolume: HostPMemVolume;
    HostPrimaryAgentNotShortNameEvent: HostPrimaryAgentNotShortNameEvent;
    HostProfileAppliedEvent: HostProfileAppliedEvent;
    HostProtocolEndpoint: HostProtocolEndpoint;
    HostReconnectionFailedEvent: HostReconnectionFailedEvent;
    HostRemovedEvent: HostRemovedEvent;
    HostScsiDiskPartition: HostScsiDiskPartition;
    HostShortNameInconsistentEvent: HostShortNameInconsistentEvent;
    HostShortNameToIpFailedEvent: HostShortNameToIpFailedEvent;
    HostShutdownEvent: HostShutdownEvent;
    HostSpecification: HostSpecification;
    HostSpecificationChangedEvent: HostSpecificationChangedEvent;
    HostSpecificationRequireEvent: HostSpecificationRequireEvent;
    HostSpecificationUpdateEvent: HostSpecificationUpdateEvent;
    HostStatusChangedEvent: HostStatusChangedEvent;
    HostSubSpecification: HostSubSpecification;
    HostSubSpecificationDeleteEvent: HostSubSpecificationDeleteEvent;
    HostSubSpecificationUpdateEvent: HostSubSpecificationUpdateEvent;
    HostSyncFailedEvent: HostSyncFailedEvent;
    HostUpgradeFailedEvent: HostUpgradeFailedEvent;
    HostUserWorldSwapNotEnabledEvent: HostUserWorldSwapNotEnabledEvent;
    HostVmfsVolume: HostVmfsVolume;
    HostVnicConnectedToCustomizedDVPortEvent: HostVnicConnectedToCustomizedDVPortEvent;
    HostVvolNQN: HostVvolNQN;
    HostVvolVolume: HostVvolVolume;
    HostVvolVolumeHostVvolNQN: HostVvolVolumeHostVvolNQN;
    HostWwnChangedEvent: HostWwnChangedEvent;
    HostWwnConflictEvent: HostWwnConflictEvent;
    ID: ID;
    IScsiBootFailureEvent: IScsiBootFailureEvent;
    IncorrectHostInformationEvent: IncorrectHostInformationEvent;
    InfoUpgradeEvent: InfoUpgradeEvent;
    InheritablePolicy: AnyInheritablePolicy;
    InsufficientFailoverResourcesEvent: InsufficientFailoverResourcesEvent;
    InsufficientResourcesFault: InsufficientResourcesFault;
    InvalidArgument: InvalidArgument;
    InvalidCollectorVersion: InvalidCollectorVersion;
    InvalidDatastore: AnyInvalidDatastore;
    InvalidDatastorePath: InvalidDatastorePath;
    InvalidEditionEvent: InvalidEditionEvent;
    InvalidEvent: InvalidEvent;
    InvalidLocale: InvalidLocale;
    InvalidLogin: InvalidLogin;
    InvalidName: InvalidName;
    InvalidPowerState: InvalidPowerState;
    InvalidProperty: InvalidProperty;
    InvalidRequest: AnyInvalidRequest;
    InvalidState: AnyInvalidState;
    InvalidType: InvalidType;
    KeyAnyValue: KeyAnyValue;
    KeyProviderId: KeyProviderId;
    KeyValue: KeyValue;
    LatencySensitivity: LatencySensitivity;
    LicenseEvent: AnyLicenseEvent;
    LicenseExpiredEvent: LicenseExpiredEvent;
    LicenseFeatureInfo: LicenseFeatureInfo;
    LicenseNonComplianceEvent: LicenseNonComplianceEvent;
    LicenseRestrictedEvent: LicenseRestrictedEvent;
    LicenseServerAvailableEvent: LicenseServerAvailableEvent;
    LicenseServerUnavailableEvent: LicenseServerUnavailableEvent;
    LocalDatastoreCreatedEvent: LocalDatastoreCreatedEvent;
    LocalDatastoreInfo: LocalDatastoreInfo;
    LocalTSMEnabledEvent: LocalTSMEnabledEvent;
    LocalizableMessage: LocalizableMessage;
    LocalizedMethodFault: LocalizedMethodFault;
    LockerMisconfiguredEvent: LockerMisconfiguredEvent;
    LockerReconfiguredEvent: LockerReconfiguredEvent;
    LongPolicy: LongPolicy;
    ManagedByInfo: ManagedByInfo;
    ManagedEntityEventArgument: ManagedEntityEventArgument;
    ManagedObjectNotFound: ManagedObjectNotFound;
    ManagedObjectReference: ManagedObjectReference;
    MethodFault: AnyMethodFault;
    MethodNotFound: MethodNotFound;
    MigrationErrorEvent: MigrationErrorEvent;
    MigrationEvent: AnyMigrationEvent;
    MigrationHostErrorEvent: MigrationHostErrorEvent;
    MigrationHostWarningEvent: MigrationHostWarningEvent;
    MigrationResourceErrorEvent: MigrationResourceErrorEvent;
    MigrationResourceWarningEvent: MigrationResourceWarningEvent;
    MigrationWarningEvent: MigrationWarningEvent;
    MissingObject: MissingObject;
    MissingProperty: MissingProperty;
    MtuMatchEvent: MtuMatchEvent;
    MtuMismatchEvent: MtuMismatchEvent;
    NASDatastoreCreatedEvent: NASDatastoreCreatedEvent;
    NasDatastoreInfo: NasDatastoreInfo;
    NetBIOSConfigInfo: NetBIOSConfigInfo;
    NetDhcpConfigInfo: NetDhcpConfigInfo;
    NetDhcpConfigInfoDhcpOptions: NetDhcpConfigInfoDhcpOptions;
    NetDnsConfigInfo: NetDnsConfigInfo;
    NetIpConfigInfo: NetIpConfigInfo;
    NetIpConfigInfoIpAddress: NetIpConfigInfoIpAddress;
    NetIpRouteConfigInfo: NetIpRouteConfigInfo;
    NetIpRouteConfigInfoGateway: NetIpRouteConfigInfoGateway;
    NetIpRouteConfigInfoIpRoute: NetIpRouteConfigInfoIpRoute;
    NetworkEventArgument: NetworkEventArgument;
    NetworkRollbackEvent: NetworkRollbackEvent;
    NetworkSummary: NetworkSummary;
    NoAccessUserEvent: NoAccessUserEvent;
    NoDatastoresConfiguredEvent: NoDatastoresConfiguredEvent;
    NoLicenseEvent: NoLicenseEvent;
    NoMaintenanceModeDrsRecommendationForVM: NoMaintenanceModeDrsRecommendationForVM;
    NoPermission: AnyNoPermission;
    NoPermissionEntityPrivileges: NoPermissionEntityPrivileges;
    NonVIWorkloadDetectedOnDatastoreEvent: NonVIWorkloadDetectedOnDatastoreEvent;
    NotAuthenticated: NotAuthenticated;
    NotEnoughResourcesToStartVmEvent: NotEnoughResourcesToStartVmEvent;
    NotFound: NotFound;
    NotImplemented: NotImplemented;
    NotSupported: NotSupported;
    NumericRange: NumericRange;
    ObjectContent: ObjectContent;
    ObjectSpec: ObjectSpec;
    ObjectUpdate: ObjectUpdate;
    OptionType: AnyOptionType;
    OptionValue: OptionValue;
    OutOfSyncDvsHost: OutOfSyncDvsHost;
    PMemDatastoreInfo: PMemDatastoreInfo;
    ParaVirtualSCSIController: ParaVirtualSCSIController;
    Permission: Permission;
    PermissionAddedEvent: PermissionAddedEvent;
    PermissionEvent: AnyPermissionEvent;
    PermissionRemovedEvent: PermissionRemovedEvent;
    PermissionUpdatedEvent: PermissionUpdatedEvent;
    PrivilegePolicyDef: PrivilegePolicyDef;
    ProfileAssociatedEvent: ProfileAssociatedEvent;
    ProfileChangedEvent: ProfileChangedEvent;
    ProfileCreatedEvent: ProfileCreatedEvent;
    ProfileDissociatedEvent: ProfileDissociatedEvent;
    ProfileEvent: AnyProfileEvent;
    ProfileEventArgument: ProfileEventArgument;
    ProfileReferenceHostChangedEvent: ProfileReferenceHostChangedEvent;
    ProfileRemovedEvent: ProfileRemovedEvent;
    PropertyChange: PropertyChange;
    PropertyFilterSpec: PropertyFilterSpec;
    PropertyFilterUpdate: PropertyFilterUpdate;
    PropertySpec: PropertySpec;
    RecoveryEvent: RecoveryEvent;
    RemoteTSMEnabledEvent: RemoteTSMEnabledEvent;
    ReplicationConfigSpec: ReplicationConfigSpec;
    ReplicationInfoDiskSettings: ReplicationInfoDiskSettings;
    RequestCanceled: RequestCanceled;
    ResourceAllocationInfo: ResourceAllocationInfo;
    ResourceConfigSpec: ResourceConfigSpec;
    ResourceInUse: ResourceInUse;
    ResourcePoolCreatedEvent: ResourcePoolCreatedEvent;
    ResourcePoolDestroyedEvent: ResourcePoolDestroyedEvent;
    ResourcePoolEvent: AnyResourcePoolEvent;
    ResourcePoolEventArgument: ResourcePoolEventArgument;
    ResourcePoolMovedEvent: ResourcePoolMovedEvent;
    ResourcePoolQuickStats: ResourcePoolQuickStats;
    ResourcePoolReconfiguredEvent: ResourcePoolReconfiguredEvent;
    ResourcePoolResourceUsage: ResourcePoolResourceUsage;
    ResourcePoolRuntimeInfo: ResourcePoolRuntimeInfo;
    ResourcePoolSummary: ResourcePoolSummary;
    ResourcePoolVmResourceProfileUsage: ResourcePoolVmResourceProfileUsage;
    ResourceViolatedEvent: ResourceViolatedEvent;
    RetrieveOptions: RetrieveOptions;
    RetrieveResult: RetrieveResult;
    RoleAddedEvent: RoleAddedEvent;
    RoleEvent: AnyRoleEvent;
    RoleEventArgument: RoleEventArgument;
    RoleRemovedEvent: RoleRemovedEvent;
    RoleUpdatedEvent: RoleUpdatedEvent;
    RollbackEvent: RollbackEvent;
    RuntimeFault: AnyRuntimeFault;
    ScheduledHardwareUpgradeInfo: ScheduledHardwareUpgradeInfo;
    ScheduledTaskCompletedEvent: ScheduledTaskCompletedEvent;
    ScheduledTaskCreatedEvent: ScheduledTaskCreatedEvent;
    ScheduledTaskEmailCompletedEvent: ScheduledTaskEmailCompletedEvent;
    ScheduledTaskEmailFailedEvent: ScheduledTaskEmailFailedEvent;
    ScheduledTaskEvent: AnyScheduledTaskEvent;
    ScheduledTaskEventArgument: ScheduledTaskEventArgument;
    ScheduledTaskFailedEvent: ScheduledTaskFailedEvent;
    ScheduledTaskReconfiguredEvent: ScheduledTaskReconfiguredEvent;
    ScheduledTaskRemovedEvent: ScheduledTaskRemovedEvent;
    ScheduledTaskStartedEvent: ScheduledTaskStartedEvent;
    SecurityError: AnySecurityError;
    SelectionSpec: AnySelectionSpec;
    ServerLicenseExpiredEvent: ServerLicenseExpiredEvent;
    ServerStartedSessionEvent: ServerStartedSessionEvent;
    ServiceContent: ServiceContent;
    SessionEvent: AnySessionEvent;
    SessionTerminatedEvent: SessionTerminatedEvent;
    SharesInfo: SharesInfo;
    SnapshotFault: SnapshotFault;
    StorageIOAllocationInfo: StorageIOAllocationInfo;
    StorageIORMInfo: StorageIORMInfo;
    StringPolicy: StringPolicy;
    SystemError: SystemError;
    Tag: Tag;
    TagId: TagId;
    TagIdNameId: TagIdNameId;
    TagSpec: TagSpec;
    TaskDescription: TaskDescription;
    TaskEvent: AnyTaskEvent;
    TaskInProgress: TaskInProgress;
    TaskInfo: TaskInfo;
    TaskReason: AnyTaskReason;
    TaskReasonAlarm: TaskReasonAlarm;
    TaskReasonSchedule: TaskReasonSchedule;
    TaskReasonSystem: TaskReasonSystem;
    TaskReasonUser: TaskReasonUser;
    TaskTimeoutEvent: TaskTimeoutEvent;
    TeamingMatchEvent: TeamingMatchEvent;
    TeamingMisMatchEvent: TeamingMisMatchEvent;
    TemplateBeingUpgradedEvent: TemplateBeingUpgradedEvent;
    TemplateUpgradeEvent: AnyTemplateUpgradeEvent;
    TemplateUpgradeFailedEvent: TemplateUpgradeFailedEvent;
    TemplateUpgradedEvent: TemplateUpgradedEvent;
    TgwEventArgument: TgwEventArgument;
    TimedOutHostOperationEvent: TimedOutHostOperationEvent;
    ToolsConfigInfo: ToolsConfigInfo;
    ToolsConfigInfoToolsLastInstallInfo: ToolsConfigInfoToolsLastInstallInfo;
    TraversalSpec: TraversalSpec;
    TypeDescription: TypeDescription;
    UnlicensedVirtualMachinesEvent: UnlicensedVirtualMachinesEvent;
    UnlicensedVirtualMachinesFoundEvent: UnlicensedVirtualMachinesFoundEvent;
    UpdateSet: UpdateSet;
    UpdatedAgentBeingRestartedEvent: UpdatedAgentBeingRestartedEvent;
    UpgradeEvent: AnyUpgradeEvent;
    UplinkPortMtuNotSupportEvent: UplinkPortMtuNotSupportEvent;
    UplinkPortMtuSupportEvent: UplinkPortMtuSupportEvent;
    UplinkPortVlanTrunkedEvent: UplinkPortVlanTrunkedEvent;
    UplinkPortVlanUntrunkedEvent: UplinkPortVlanUntrunkedEvent;
    UserAssignedToGroup: UserAssignedToGroup;
    UserLoginSessionEvent: UserLoginSessionEvent;
    UserLogoutSessionEvent: UserLogoutSessionEvent;
    UserPasswordChanged: UserPasswordChanged;
    UserSession: UserSession;
    UserUnassignedFromGroup: UserUnassignedFromGroup;
    UserUpgradeEvent: UserUpgradeEvent;
    VASAStorageArray: VASAStorageArray;
    VASAStorageArrayDiscoveryFcTransport: VASAStorageArrayDiscoveryFcTransport;
    VASAStorageArrayDiscoveryIpTransport: VASAStorageArrayDiscoveryIpTransport;
    VASAStorageArrayDiscoverySvcInfo: VASAStorageArrayDiscoverySvcInfo;
    VAppIPAssignmentInfo: VAppIPAssignmentInfo;
    VAppOvfSectionInfo: VAppOvfSectionInfo;
    VAppOvfSectionSpec: VAppOvfSectionSpec;
    VAppProductInfo: VAppProductInfo;
    VAppProductSpec: VAppProductSpec;
    VAppPropertyInfo: VAppPropertyInfo;
    VAppPropertySpec: VAppPropertySpec;
    VMFSDatastoreCreatedEvent: VMFSDatastoreCreatedEvent;
    VMFSDatastoreExpandedEvent: VMFSDatastoreExpandedEvent;
    VMFSDatastoreExtendedEvent: VMFSDatastoreExtendedEvent;
    VMotionLicenseExpiredEvent: VMotionLicenseExpiredEvent;
    VVolHostPE: VVolHostPE;
    VcAgentUninstallFailedEvent: VcAgentUninstallFailedEvent;
    VcAgentUninstalledEvent: VcAgentUninstalledEvent;
    VcAgentUpgradeFailedEvent: VcAgentUpgradeFailedEvent;
    VcAgentUpgradedEvent: VcAgentUpgradedEvent;
    VimAccountPasswordChangedEvent: VimAccountPasswordChangedEvent;
    VimFault: AnyVimFault;
    VimVasaProvider: VimVasaProvider;
    VimVasaProviderInfo: VimVasaProviderInfo;
    VimVasaProviderStatePerArray: VimVasaProviderStatePerArray;
    VimVasaProviderVirtualHostConfig: VimVasaProviderVirtualHostConfig;
    VirtualCdrom: VirtualCdrom;
    VirtualCdromAtapiBackingInfo: VirtualCdromAtapiBackingInfo;
    VirtualCdromIsoBackingInfo: VirtualCdromIsoBackingInfo;
    VirtualCdromRemotePassthroughBackingInfo: VirtualCdromRemotePassthroughBackingInfo;
    VirtualController: AnyVirtualController;
    VirtualDevice: AnyVirtualDevice;
    VirtualDeviceBackingInfo: AnyVirtualDeviceBackingInfo;
    VirtualDeviceBusSlotInfo: AnyVirtualDeviceBusSlotInfo;
    VirtualDeviceConfigSpec: VirtualDeviceConfigSpec;
    VirtualDeviceConfigSpecBackingSpec: VirtualDeviceConfigSpecBackingSpec;
    VirtualDeviceConnectInfo: VirtualDeviceConnectInfo;
    VirtualDeviceDeviceBackingInfo: AnyVirtualDeviceDeviceBackingInfo;
    VirtualDeviceDeviceGroupInfo: VirtualDeviceDeviceGroupInfo;
    VirtualDeviceFileBackingInfo: AnyVirtualDeviceFileBackingInfo;
    VirtualDevicePciBusSlotInfo: VirtualDevicePciBusSlotInfo;
    VirtualDeviceRemoteDeviceBackingInfo: AnyVirtualDeviceRemoteDeviceBackingInfo;
    VirtualDisk: VirtualDisk;
    VirtualDiskFlatVer2BackingInfo: VirtualDiskFlatVer2BackingInfo;
    VirtualDiskVFlashCacheConfigInfo: VirtualDiskVFlashCacheConfigInfo;
    VirtualE1000: VirtualE1000;
    VirtualEthernetCard: AnyVirtualEthernetCard;
    VirtualEthernetCardDistributedVirtualPortBackingInfo: VirtualEthernetCardDistributedVirtualPortBackingInfo;
    VirtualEthernetCardNetworkBackingInfo: VirtualEthernetCardNetworkBackingInfo;
    VirtualEthernetCardResourceAllocation: VirtualEthernetCardResourceAllocation;
    VirtualFloppy: VirtualFloppy;
    VirtualHardware: VirtualHardware;
    VirtualIDEController: VirtualIDEController;
    VirtualKeyboard: VirtualKeyboard;
    VirtualLsiLogicController: VirtualLsiLogicController;
    VirtualMachineAffinityInfo: VirtualMachineAffinityInfo;
    VirtualMachineBaseIndependentFilterSpec: VirtualMachineBaseIndependentFilterSpec;
    VirtualMachineBootOptions: VirtualMachineBootOptions;
    VirtualMachineBootOptionsBootableDevice: VirtualMachineBootOptionsBootableDevice;
    VirtualMachineCapability: VirtualMachineCapability;
    VirtualMachineConfigInfo: VirtualMachineConfigInfo;
    VirtualMachineConfigInfoDatastoreUrlPair: VirtualMachineConfigInfoDatastoreUrlPair;
    VirtualMachineConfigInfoOverheadInfo: VirtualMachineConfigInfoOverheadInfo;
    VirtualMachineConfigSpec: VirtualMachineConfigSpec;
    VirtualMachineConfigSummary: VirtualMachineConfigSummary;
    VirtualMachineConsolePreferences: VirtualMachineConsolePreferences;
    VirtualMachineContentLibraryItemInfo: VirtualMachineContentLibraryItemInfo;
    VirtualMachineCpuIdInfoSpec: VirtualMachineCpuIdInfoSpec;
    VirtualMachineDefaultPowerOpInfo: VirtualMachineDefaultPowerOpInfo;
    VirtualMachineDeviceRuntimeInfo: VirtualMachineDeviceRuntimeInfo;
    VirtualMachineDeviceRuntimeInfoDeviceRuntimeState: VirtualMachineDeviceRuntimeInfoDeviceRuntimeState;
    VirtualMachineExtensionCompatibilityConstraint: VirtualMachineExtensionCompatibilityConstraint;
    VirtualMachineExtensionCompatibilityConstraintSet: VirtualMachineExtensionCompatibilityConstraintSet;
    VirtualMachineFeatureRequirement: VirtualMachineFeatureRequirement;
    VirtualMachineFileInfo: VirtualMachineFileInfo;
    VirtualMachineFileLayout: VirtualMachineFileLayout;
    VirtualMachineFileLayoutDiskLayout: VirtualMachineFileLayoutDiskLayout;
    VirtualMachineFileLayoutEx: VirtualMachineFileLayoutEx;
    VirtualMachineFileLayoutExDiskLayout: VirtualMachineFileLayoutExDiskLayout;
    VirtualMachineFileLayoutExDiskUnit: VirtualMachineFileLayoutExDiskUnit;
    VirtualMachineFileLayoutExFileInfo: VirtualMachineFileLayoutExFileInfo;
    VirtualMachineFileLayoutExSnapshotLayout: VirtualMachineFileLayoutExSnapshotLayout;
    VirtualMachineFileLayoutSnapshotLayout: VirtualMachineFileLayoutSnapshotLayout;
    VirtualMachineFlagInfo: VirtualMachineFlagInfo;
    VirtualMachineForkConfigInfo: VirtualMachineForkConfigInfo;
    VirtualMachineGuestIntegrityInfo: VirtualMachineGuestIntegrityInfo;
    VirtualMachineGuestMonitoringModeInfo: VirtualMachineGuestMonitoringModeInfo;
    VirtualMachineGuestSummary: VirtualMachineGuestSummary;
    VirtualMachineMessage: VirtualMachineMessage;
    VirtualMachineNetworkShaperInfo: VirtualMachineNetworkShaperInfo;
    VirtualMachineProfileSpec: VirtualMachineProfileSpec;
    VirtualMachineQuestionInfo: VirtualMachineQuestionInfo;
    VirtualMachineQuickStats: VirtualMachineQuickStats;
    VirtualMachineQuickStatsMemoryTierStats: VirtualMachineQuickStatsMemoryTierStats;
    VirtualMachineRuntimeInfo: VirtualMachineRuntimeInfo;
    VirtualMachineRuntimeInfoDasProtectionState: VirtualMachineRuntimeInfoDasProtectionState;
    VirtualMachineSgxInfo: VirtualMachineSgxInfo;
    VirtualMachineSnapshotInfo: VirtualMachineSnapshotInfo;
    VirtualMachineSnapshotTree: VirtualMachineSnapshotTree;
    VirtualMachineStorageInfo: VirtualMachineStorageInfo;
    VirtualMachineStorageSummary: VirtualMachineStorageSummary;
    VirtualMachineSummary: VirtualMachineSummary;
    VirtualMachineUsageOnDatastore: VirtualMachineUsageOnDatastore;
    VirtualMachineVMCIDevice: VirtualMachineVMCIDevice;
    VirtualMachineVMCIDeviceFilterInfo: VirtualMachineVMCIDeviceFilterInfo;
    VirtualMachineVMCIDeviceFilterSpec: VirtualMachineVMCIDeviceFilterSpec;
    VirtualMachineVcpuConfig: VirtualMachineVcpuConfig;
    VirtualMachineVideoCard: VirtualMachineVideoCard;
    VirtualMachineVirtualDeviceGroups: VirtualMachineVirtualDeviceGroups;
    VirtualMachineVirtualDeviceGroupsDeviceGroup: VirtualMachineVirtualDeviceGroupsDeviceGroup;
    VirtualMachineVirtualDeviceSwap: VirtualMachineVirtualDeviceSwap;
    VirtualMachineVirtualDeviceSwapDeviceSwapInfo: VirtualMachineVirtualDeviceSwapDeviceSwapInfo;
    VirtualMachineVirtualNuma: VirtualMachineVirtualNuma;
    VirtualMachineVirtualNumaInfo: VirtualMachineVirtualNumaInfo;
    VirtualMachineVirtualPMem: VirtualMachineVirtualPMem;
    VirtualPCIController: VirtualPCIController;
    VirtualPCNet32: VirtualPCNet32;
    VirtualPS2Controller: VirtualPS2Controller;
    VirtualPointingDevice: VirtualPointingDevice;
    VirtualPointingDeviceDeviceBackingInfo: VirtualPointingDeviceDeviceBackingInfo;
    VirtualSCSIController: AnyVirtualSCSIController;
    VirtualSIOController: VirtualSIOController;
    VirtualVmxnet: AnyVirtualVmxnet;
    VirtualVmxnet3: VirtualVmxnet3;
    VmAcquiredMksTicketEvent: VmAcquiredMksTicketEvent;
    VmAcquiredTicketEvent: VmAcquiredTicketEvent;
    VmAutoRenameEvent: VmAutoRenameEvent;
    VmBeingClonedEvent: VmBeingClonedEvent;
    VmBeingClonedNoFolderEvent: VmBeingClonedNoFolderEvent;
    VmBeingCreatedEvent: VmBeingCreatedEvent;
    VmBeingDeployedEvent: VmBeingDeployedEvent;
    VmBeingHotMigratedEvent: VmBeingHotMigratedEvent;
    VmBeingMigratedEvent: VmBeingMigratedEvent;
    VmBeingRelocatedEvent: VmBeingRelocatedEvent;
    VmCloneEvent: AnyVmCloneEvent;
    VmCloneFailedEvent: VmCloneFailedEvent;
    VmClonedEvent: VmClonedEvent;
    VmConfigFault: VmConfigFault;
    VmConfigInfo: VmConfigInfo;
    VmConfigMissingEvent: VmConfigMissingEvent;
    VmConfigSpec: VmConfigSpec;
    VmConnectedEvent: VmConnectedEvent;
    VmCreatedEvent: VmCreatedEvent;
    VmDasBeingResetEvent: AnyVmDasBeingResetEvent;
    VmDasBeingResetWithScreenshotEvent: VmDasBeingResetWithScreenshotEvent;
    VmDasResetFailedEvent: VmDasResetFailedEvent;
    VmDasUpdateErrorEvent: VmDasUpdateErrorEvent;
    VmDasUpdateOkEvent: VmDasUpdateOkEvent;
    VmDateRolledBackEvent: VmDateRolledBackEvent;
    VmDeployFailedEvent: VmDeployFailedEvent;
    VmDeployedEvent: VmDeployedEvent;
    VmDisconnectedEvent: VmDisconnectedEvent;
    VmDiscoveredEvent: VmDiscoveredEvent;
    VmDiskFailedEvent: VmDiskFailedEvent;
    VmEmigratingEvent: VmEmigratingEvent;
    VmEndRecordingEvent: VmEndRecordingEvent;
    VmEndReplayingEvent: VmEndReplayingEvent;
    VmEvent: AnyVmEvent;
    VmEventArgument: VmEventArgument;
    VmFailedMigrateEvent: VmFailedMigrateEvent;
    VmFailedRelayoutEvent: VmFailedRelayoutEvent;
    VmFailedRelayoutOnVmfs2DatastoreEvent: VmFailedRelayoutOnVmfs2DatastoreEvent;
    VmFailedStartingSecondaryEvent: VmFailedStartingSecondaryEvent;
    VmFailedToPowerOffEvent: VmFailedToPowerOffEvent;
    VmFailedToPowerOnEvent: VmFailedToPowerOnEvent;
    VmFailedToRebootGuestEvent: VmFailedToRebootGuestEvent;
    VmFailedToResetEvent: VmFailedToResetEvent;
    VmFailedToShutdownGuestEvent: VmFailedToShutdownGuestEvent;
    VmFailedToStandbyGuestEvent: VmFailedToStandbyGuestEvent;
    VmFailedToSuspendEvent: VmFailedToSuspendEvent;
    VmFailedUpdatingSecondaryConfig: VmFailedUpdatingSecondaryConfig;
    VmFailoverFailed: VmFailoverFailed;
    VmFaultToleranceStateChangedEvent: VmFaultToleranceStateChangedEvent;
    VmFaultToleranceTurnedOffEvent: VmFaultToleranceTurnedOffEvent;
    VmFaultToleranceVmTerminatedEvent: VmFaultToleranceVmTerminatedEvent;
    VmGuestOSCrashedEvent: VmGuestOSCrashedEvent;
    VmGuestRebootEvent: VmGuestRebootEvent;
    VmGuestShutdownEvent: VmGuestShutdownEvent;
    VmGuestStandbyEvent: VmGuestStandbyEvent;
    VmHealthMonitoringStateChangedEvent: VmHealthMonitoringStateChangedEvent;
    VmInstanceUuidAssignedEvent: VmInstanceUuidAssignedEvent;
    VmInstanceUuidChangedEvent: VmInstanceUuidChangedEvent;
    VmInstanceUuidConflictEvent: VmInstanceUuidConflictEvent;
    VmMacAssignedEvent: VmMacAssignedEvent;
    VmMacChangedEvent: VmMacChangedEvent;
    VmMacConflictEvent: VmMacConflictEvent;
    VmMaxFTRestartCountReached: VmMaxFTRestartCountReached;
    VmMaxRestartCountReached: VmMaxRestartCountReached;
    VmMessageErrorEvent: VmMessageErrorEvent;
    VmMessageEvent: VmMessageEvent;
    VmMessageWarningEvent: VmMessageWarningEvent;
    VmMigratedEvent: AnyVmMigratedEvent;
    VmNoCompatibleHostForSecondaryEvent: VmNoCompatibleHostForSecondaryEvent;
    VmNoNetworkAccessEvent: VmNoNetworkAccessEvent;
    VmOrphanedEvent: VmOrphanedEvent;
    VmPlacementPolicy: VmPlacementPolicy;
    VmPowerOffOnIsolationEvent: VmPowerOffOnIsolationEvent;
    VmPoweredOffEvent: AnyVmPoweredOffEvent;
    VmPoweredOnEvent: AnyVmPoweredOnEvent;
    VmPoweringOnWithCustomizedDVPortEvent: VmPoweringOnWithCustomizedDVPortEvent;
    VmPrimaryFailoverEvent: VmPrimaryFailoverEvent;
    VmReconfiguredEvent: VmReconfiguredEvent;
    VmRegisteredEvent: VmRegisteredEvent;
    VmRelayoutSuccessfulEvent: VmRelayoutSuccessfulEvent;
    VmRelayoutUpToDateEvent: VmRelayoutUpToDateEvent;
    VmReloadFromPathEvent: VmReloadFromPathEvent;
    VmReloadFromPathFailedEvent: VmReloadFromPathFailedEvent;
    VmRelocateFailedEvent: VmRelocateFailedEvent;
    VmRelocateSpecEvent: AnyVmRelocateSpecEvent;
    VmRelocatedEvent: VmRelocatedEvent;
    VmRemoteConsoleConnectedEvent: VmRemoteConsoleConnectedEvent;
    VmRemoteConsoleDisconnectedEvent: VmRemoteConsoleDisconnectedEvent;
    VmRemovedEvent: VmRemovedEvent;
    VmRenamedEvent: VmRenamedEvent;
    VmRequirementsExceedCurrentEVCModeEvent: VmRequirementsExceedCurrentEVCModeEvent;
    VmResettingEvent: VmResettingEvent;
    VmResourcePoolMovedEvent: VmResourcePoolMovedEvent;
    VmResourceReallocatedEvent: VmResourceReallocatedEvent;
    VmRestartedOnAlternateHostEvent: VmRestartedOnAlternateHostEvent;
    VmResumingEvent: VmResumingEvent;
    VmSecondaryAddedEvent: VmSecondaryAddedEvent;
    VmSecondaryDisabledBySystemEvent: VmSecondaryDisabledBySystemEvent;
    VmSecondaryDisabledEvent: VmSecondaryDisabledEvent;
    VmSecondaryEnabledEvent: VmSecondaryEnabledEvent;
    VmSecondaryStartedEvent: VmSecondaryStartedEvent;
    VmShutdownOnIsolationEvent: VmShutdownOnIsolationEvent;
    VmStartRecordingEvent: VmStartRecordingEvent;
    VmStartReplayingEvent: VmStartReplayingEvent;
    VmStartingEvent: AnyVmStartingEvent;
    VmStartingSecondaryEvent: VmStartingSecondaryEvent;
    VmStaticMacConflictEvent: VmStaticMacConflictEvent;
    VmStoppingEvent: VmStoppingEvent;
    VmSuspendedEvent: VmSuspendedEvent;
    VmSuspendingEvent: VmSuspendingEvent;
    VmTimedoutStartingSecondaryEvent: VmTimedoutStartingSecondaryEvent;
    VmUnsupportedStartingEvent: VmUnsupportedStartingEvent;
    VmUpgradeCompleteEvent: VmUpgradeCompleteEvent;
    VmUpgradeFailedEvent: VmUpgradeFailedEvent;
    VmUpgradingEvent: VmUpgradingEvent;
    VmUuidAssignedEvent: VmUuidAssignedEvent;
    VmUuidChangedEvent: VmUuidChangedEvent;
    VmUuidConflictEvent: VmUuidConflictEvent;
    VmVnicPoolReservationViolationClearEvent: VmVnicPoolReservationViolationClearEvent;
    VmVnicPoolReservationViolationRaiseEvent: VmVnicPoolReservationViolationRaiseEvent;
    VmWwnAssignedEvent: VmWwnAssignedEvent;
    VmWwnChangedEvent: VmWwnChangedEvent;
    VmWwnConflictEvent: VmWwnConflictEvent;
    VmfsDatastoreInfo: VmfsDatastoreInfo;
    VmfsUnmapBandwidthSpec: VmfsUnmapBandwidthSpec;
    VnicPortArgument: VnicPortArgument;
    VsanDatastoreInfo: VsanDatastoreInfo;
    VvolDatastoreInfo: VvolDatastoreInfo;
    WaitOptions: WaitOptions;
    WarningUpgradeEvent: WarningUpgradeEvent;
}
