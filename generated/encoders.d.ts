import * as rt from "./runtime/runtime.js";
import type { AboutInfo, AccountCreatedEvent, AccountRemovedEvent, AccountUpdatedEvent, AdminPasswordNotChangedEvent, AlarmAcknowledgedEvent, AlarmActionTriggeredEvent, AlarmClearedEvent, AlarmCreatedEvent, AlarmEmailCompletedEvent, AlarmEmailFailedEvent, AlarmEventArgument, AlarmReconfiguredEvent, AlarmRemovedEvent, AlarmScriptCompleteEvent, AlarmScriptFailedEvent, AlarmSnmpCompletedEvent, AlarmSnmpFailedEvent, AlarmState, AlarmStatusChangedEvent, AllVirtualMachinesLicensedEvent, AlreadyAuthenticatedSessionEvent, AlreadyExists, AnyAlarmEvent, AnyArrayUpdateSpec, AnyAuthorizationEvent, AnyClusterEvent, AnyClusterOvercommittedEvent, AnyClusterStatusChangedEvent, AnyCustomFieldDefEvent, AnyCustomFieldEvent, AnyCustomFieldValue, AnyCustomizationEvent, AnyCustomizationFailed, AnyDVPortgroupEvent, AnyDatacenterEvent, AnyDatastoreEvent, AnyDatastoreFileEvent, AnyDatastoreInfo, AnyDescription, AnyDvsEvent, AnyDvsHealthStatusChangeEvent, AnyDynamicData, AnyElementDescription, AnyEnteredStandbyModeEvent, AnyEnteringStandbyModeEvent, AnyEntityEventArgument, AnyEvent, AnyEventArgument, AnyEventManagerEventViewSpec, AnyExitStandbyModeFailedEvent, AnyExitedStandbyModeEvent, AnyExitingStandbyModeEvent, AnyFileFault, AnyGeneralEvent, AnyHostDasEvent, AnyHostEvent, AnyHostFileSystemVolume, AnyInheritablePolicy, AnyInvalidDatastore, AnyInvalidRequest, AnyInvalidState, AnyLicenseEvent, AnyMethodFault, AnyMigrationEvent, AnyNoPermission, AnyOptionType, AnyPermissionEvent, AnyProfileEvent, AnyResourcePoolEvent, AnyRoleEvent, AnyRuntimeFault, AnyScheduledTaskEvent, AnySecurityError, AnySelectionSpec, AnySessionEvent, AnyTaskEvent, AnyTaskReason, AnyTemplateUpgradeEvent, AnyUpgradeEvent, AnyValue, AnyVimFault, AnyVirtualController, AnyVirtualDevice, AnyVirtualDeviceBackingInfo, AnyVirtualDeviceBusSlotInfo, AnyVirtualDeviceDeviceBackingInfo, AnyVirtualDeviceFileBackingInfo, AnyVirtualDeviceRemoteDeviceBackingInfo, AnyVirtualEthernetCard, AnyVirtualSCSIController, AnyVirtualVmxnet, AnyVmCloneEvent, AnyVmDasBeingResetEvent, AnyVmEvent, AnyVmMigratedEvent, AnyVmPoweredOffEvent, AnyVmPoweredOnEvent, AnyVmRelocateSpecEvent, AnyVmStartingEvent, BadUsernameSessionEvent, BoolPolicy, CanceledHostOperationEvent, Capability, ChangesInfoEventArgument, ChoiceOption, ClusterComplianceCheckedEvent, ClusterCreatedEvent, ClusterDestroyedEvent, ClusterReconfiguredEvent, ComputeResourceConfigInfo, ComputeResourceEventArgument, ComputeResourceSummary, ConcurrentAccess, CryptoKeyId, CryptoSpec, CustomFieldDef, CustomFieldDefAddedEvent, CustomFieldDefRemovedEvent, CustomFieldDefRenamedEvent, CustomFieldStringValue, CustomFieldValueChangedEvent, CustomizationLinuxIdentityFailed, CustomizationNetworkSetupFailed, CustomizationStartedEvent, CustomizationSucceeded, CustomizationSysprepFailed, CustomizationUnknownFailure, DVPortSetting, DVPortStatus, DVPortgroupConfigSpec, DVPortgroupCreatedEvent, DVPortgroupDestroyedEvent, DVPortgroupPolicy, DVPortgroupReconfiguredEvent, DVPortgroupRenamedEvent, DVSConfigSpec, DVSContactInfo, DVSHostLocalPortInfo, DVSPolicy, DVSTrafficShapingPolicy, DVSUplinkPortPolicy, DVSVendorSpecificConfig, DasAdmissionControlDisabledEvent, DasAdmissionControlEnabledEvent, DasAgentFoundEvent, DasAgentUnavailableEvent, DasClusterIsolatedEvent, DasDisabledEvent, DasEnabledEvent, DasHostFailedEvent, DasHostIsolatedEvent, DatacenterConfigInfo, DatacenterCreatedEvent, DatacenterEventArgument, DatacenterRenamedEvent, DatastoreCapability, DatastoreCapacityIncreasedEvent, DatastoreDestroyedEvent, DatastoreDiscoveredEvent, DatastoreDuplicatedEvent, DatastoreEventArgument, DatastoreFileCopiedEvent, DatastoreFileDeletedEvent, DatastoreFileMovedEvent, DatastoreHostMount, DatastoreIORMReconfiguredEvent, DatastorePrincipalConfigured, DatastoreRemovedOnHostEvent, DatastoreRenamedEvent, DatastoreRenamedOnHostEvent, DatastoreSummary, DistributedVirtualSwitchHostMemberBacking, DistributedVirtualSwitchHostMemberConfigSpec, DistributedVirtualSwitchKeyedOpaqueBlob, DistributedVirtualSwitchPortConnectee, DistributedVirtualSwitchPortConnection, DistributedVirtualSwitchProductSpec, DrsDisabledEvent, DrsEnabledEvent, DrsEnteredStandbyModeEvent, DrsEnteringStandbyModeEvent, DrsExitStandbyModeFailedEvent, DrsExitedStandbyModeEvent, DrsExitingStandbyModeEvent, DrsInvocationFailedEvent, DrsRecoveredFromFailureEvent, DrsResourceConfigureFailedEvent, DrsResourceConfigureSyncedEvent, DrsRuleComplianceEvent, DrsRuleViolationEvent, DrsSoftRuleViolationEvent, DrsVmMigratedEvent, DrsVmPoweredOnEvent, DuplicateIpDetectedEvent, DuplicateName, DvpgImportEvent, DvpgRestoreEvent, DvsCreatedEvent, DvsDestroyedEvent, DvsEventArgument, DvsFilterConfig, DvsFilterParameter, DvsFilterPolicy, DvsHostBackInSyncEvent, DvsHostInfrastructureTrafficResource, DvsHostInfrastructureTrafficResourceAllocation, DvsHostJoinedEvent, DvsHostLeftEvent, DvsHostStatusUpdated, DvsHostWentOutOfSyncEvent, DvsImportEvent, DvsMergedEvent, DvsOutOfSyncHostArgument, DvsPortBlockedEvent, DvsPortConnectedEvent, DvsPortCreatedEvent, DvsPortDeletedEvent, DvsPortDisconnectedEvent, DvsPortEnteredPassthruEvent, DvsPortExitedPassthruEvent, DvsPortJoinPortgroupEvent, DvsPortLeavePortgroupEvent, DvsPortLinkDownEvent, DvsPortLinkUpEvent, DvsPortReconfiguredEvent, DvsPortRuntimeChangeEvent, DvsPortUnblockedEvent, DvsPortVendorSpecificStateChangeEvent, DvsReconfiguredEvent, DvsRenamedEvent, DvsRestoreEvent, DvsUpgradeAvailableEvent, DvsUpgradeInProgressEvent, DvsUpgradeRejectedEvent, DvsUpgradedEvent, DynamicProperty, EVCMode, EnteredMaintenanceModeEvent, EnteringMaintenanceModeEvent, EnumDescription, ErrorUpgradeEvent, EventDescription, EventDescriptionEventDetail, EventEx, EventFilterSpec, EventFilterSpecByEntity, EventFilterSpecByTime, EventFilterSpecByUsername, EventManagerViewByStartId, ExitMaintenanceModeEvent, ExtendedEvent, ExtendedEventPair, FailoverLevelRestored, FaultToleranceConfigInfo, FeatureEVCMode, FileNotFound, FolderEventArgument, GeneralHostErrorEvent, GeneralHostInfoEvent, GeneralHostWarningEvent, GeneralUserEvent, GeneralVmErrorEvent, GeneralVmInfoEvent, GeneralVmWarningEvent, GhostDvsProxySwitchDetectedEvent, GhostDvsProxySwitchRemovedEvent, GlobalMessageChangedEvent, GuestDiskInfo, GuestInfo, GuestInfoCustomizationInfo, GuestInfoNamespaceGenerationInfo, GuestInfoVirtualDiskMapping, GuestNicInfo, GuestScreenInfo, GuestStackInfo, HealthStatusChangedEvent, HostAccountSpec, HostAddFailedEvent, HostAddedEvent, HostAdminDisableEvent, HostAdminEnableEvent, HostCnxFailedAccountFailedEvent, HostCnxFailedAlreadyManagedEvent, HostCnxFailedBadCcagentEvent, HostCnxFailedBadUsernameEvent, HostCnxFailedBadVersionEvent, HostCnxFailedCcagentUpgradeEvent, HostCnxFailedEvent, HostCnxFailedNetworkErrorEvent, HostCnxFailedNoAccessEvent, HostCnxFailedNoConnectionEvent, HostCnxFailedNoLicenseEvent, HostCnxFailedNotFoundEvent, HostCnxFailedTimeoutEvent, HostComplianceCheckedEvent, HostCompliantEvent, HostConfigAppliedEvent, HostConnectedEvent, HostConnectionLostEvent, HostCpuIdInfo, HostDasDisabledEvent, HostDasDisablingEvent, HostDasEnabledEvent, HostDasEnablingEvent, HostDasErrorEvent, HostDasOkEvent, HostDisconnectedEvent, HostEnableAdminFailedEvent, HostEventArgument, HostExtraNetworksEvent, HostFeatureCapability, HostFeatureMask, HostForceMountedInfo, HostGetShortNameFailedEvent, HostInAuditModeEvent, HostInventoryFullEvent, HostInventoryUnreadableEvent, HostIpChangedEvent, HostIpInconsistentEvent, HostIpToShortNameFailedEvent, HostIsolationIpPingFailedEvent, HostLicenseExpiredEvent, HostLocalPortCreatedEvent, HostMemberHealthCheckResult, HostMissingNetworksEvent, HostMonitoringStateChangedEvent, HostMountInfo, HostNasVolume, HostNoAvailableNetworksEvent, HostNoHAEnabledPortGroupsEvent, HostNoRedundantManagementNetworkEvent, HostNonCompliantEvent, HostNotInClusterEvent, HostOvercommittedEvent, HostPMemVolume, HostPrimaryAgentNotShortNameEvent, HostProfileAppliedEvent, HostProtocolEndpoint, HostReconnectionFailedEvent, HostRemovedEvent, HostScsiDiskPartition, HostShortNameInconsistentEvent, HostShortNameToIpFailedEvent, HostShutdownEvent, HostSpecification, HostSpecificationChangedEvent, HostSpecificationRequireEvent, HostSpecificationUpdateEvent, HostStatusChangedEvent, HostSubSpecification, HostSubSpecificationDeleteEvent, HostSubSpecificationUpdateEvent, HostSyncFailedEvent, HostUpgradeFailedEvent, HostUserWorldSwapNotEnabledEvent, HostVmfsVolume, HostVnicConnectedToCustomizedDVPortEvent, HostVvolNQN, HostVvolVolume, HostVvolVolumeHostVvolNQN, HostWwnChangedEvent, HostWwnConflictEvent, ID, IScsiBootFailureEvent, IncorrectHostInformationEvent, InfoUpgradeEvent, InsufficientFailoverResourcesEvent, InsufficientResourcesFault, InvalidArgument, InvalidCollectorVersion, InvalidDatastorePath, InvalidEditionEvent, InvalidEvent, InvalidLocale, InvalidLogin, InvalidName, InvalidPowerState, InvalidProperty, InvalidType, KeyAnyValue, KeyProviderId, KeyValue, LatencySensitivity, LicenseExpiredEvent, LicenseFeatureInfo, LicenseNonComplianceEvent, LicenseRestrictedEvent, LicenseServerAvailableEvent, LicenseServerUnavailableEvent, LocalDatastoreCreatedEvent, LocalDatastoreInfo, LocalTSMEnabledEvent, LocalizableMessage, LocalizedMethodFault, LockerMisconfiguredEvent, LockerReconfiguredEvent, LongPolicy, ManagedByInfo, ManagedEntityEventArgument, ManagedObjectNotFound, ManagedObjectReference, MethodNotFound, MigrationErrorEvent, MigrationHostErrorEvent, MigrationHostWarningEvent, MigrationResourceErrorEvent, MigrationResourceWarningEvent, MigrationWarningEvent, MissingObject, MissingProperty, MtuMatchEvent, MtuMismatchEvent, NASDatastoreCreatedEvent, NasDatastoreInfo, NetBIOSConfigInfo, NetDhcpConfigInfo, NetDhcpConfigInfoDhcpOptions, NetDnsConfigInfo, NetIpConfigInfo, NetIpConfigInfoIpAddress, NetIpRouteConfigInfo, NetIpRouteConfigInfoGateway, NetIpRouteConfigInfoIpRoute, NetworkEventArgument, NetworkRollbackEvent, NetworkSummary, NoAccessUserEvent, NoDatastoresConfiguredEvent, NoLicenseEvent, NoMaintenanceModeDrsRecommendationForVM, NoPermissionEntityPrivileges, NonVIWorkloadDetectedOnDatastoreEvent, NotAuthenticated, NotEnoughResourcesToStartVmEvent, NotFound, NotImplemented, NotSupported, NumericRange, ObjectContent, ObjectSpec, ObjectUpdate, OptionValue, OutOfSyncDvsHost, PMemDatastoreInfo, ParaVirtualSCSIController, Permission, PermissionAddedEvent, PermissionRemovedEvent, PermissionUpdatedEvent, PrivilegePolicyDef, ProfileAssociatedEvent, ProfileChangedEvent, ProfileCreatedEvent, ProfileDissociatedEvent, ProfileEventArgument, ProfileReferenceHostChangedEvent, ProfileRemovedEvent, PropertyChange, PropertyFilterSpec, PropertyFilterUpdate, PropertySpec, RecoveryEvent, RemoteTSMEnabledEvent, ReplicationConfigSpec, ReplicationInfoDiskSettings, RequestCanceled, ResourceAllocationInfo, ResourceConfigSpec, ResourceInUse, ResourcePoolCreatedEvent, ResourcePoolDestroyedEvent, ResourcePoolEventArgument, ResourcePoolMovedEvent, ResourcePoolQuickStats, ResourcePoolReconfiguredEvent, ResourcePoolResourceUsage, ResourcePoolRuntimeInfo, ResourcePoolSummary, ResourcePoolVmResourceProfileUsage, ResourceViolatedEvent, RetrieveOptions, RetrieveResult, RoleAddedEvent, RoleEventArgument, RoleRemovedEvent, RoleUpdatedEvent, RollbackEvent, ScheduledHardwareUpgradeInfo, ScheduledTaskCompletedEvent, ScheduledTaskCreatedEvent, ScheduledTaskEmailCompletedEvent, ScheduledTaskEmailFailedEvent, ScheduledTaskEventArgument, ScheduledTaskFailedEvent, ScheduledTaskReconfiguredEvent, ScheduledTaskRemovedEvent, ScheduledTaskStartedEvent, ServerLicenseExpiredEvent, ServerStartedSessionEvent, ServiceContent, SessionTerminatedEvent, SharesInfo, SnapshotFault, StorageIOAllocationInfo, StorageIORMInfo, StringPolicy, SystemError, Tag, TagId, TagIdNameId, TagSpec, TaskDescription, TaskInProgress, TaskInfo, TaskReasonAlarm, TaskReasonSchedule, TaskReasonSystem, TaskReasonUser, TaskTimeoutEvent, TeamingMatchEvent, TeamingMisMatchEvent, TemplateBeingUpgradedEvent, TemplateUpgradeFailedEvent, TemplateUpgradedEvent, TgwEventArgument, TimedOutHostOperationEvent, ToolsConfigInfo, ToolsConfigInfoToolsLastInstallInfo, TraversalSpec, TypeDescription, UnlicensedVirtualMachinesEvent, UnlicensedVirtualMachinesFoundEvent, UpdateSet, UpdatedAgentBeingRestartedEvent, UplinkPortMtuNotSupportEvent, UplinkPortMtuSupportEvent, UplinkPortVlanTrunkedEvent, UplinkPortVlanUntrunkedEvent, UserAssignedToGroup, UserLoginSessionEvent, UserLogoutSessionEvent, UserPasswordChanged, UserSession, UserUnassignedFromGroup, UserUpgradeEvent, VASAStorageArray, VASAStorageArrayDiscoveryFcTransport, VASAStorageArrayDiscoveryIpTransport, VASAStorageArrayDiscoverySvcInfo, VAppIPAssignmentInfo, VAppOvfSectionInfo, VAppOvfSectionSpec, VAppProductInfo, VAppProductSpec, VAppPropertyInfo, VAppPropertySpec, VMFSDatastoreCreatedEvent, VMFSDatastoreExpandedEvent, VMFSDatastoreExtendedEvent, VMotionLicenseExpiredEvent, VVolHostPE, VcAgentUninstallFailedEvent, VcAgentUninstalledEvent, VcAgentUpgradeFailedEvent, VcAgentUpgradedEvent, VimAccountPasswordChangedEvent, VimVasaProvider, VimVasaProviderInfo, VimVasaProviderStatePerArray, VimVasaProviderVirtualHostConfig, VirtualCdrom, VirtualCdromAtapiBackingInfo, VirtualCdromIsoBackingInfo, VirtualCdromRemotePassthroughBackingInfo, VirtualDeviceConfigSpec, VirtualDeviceConfigSpecBackingSpec, VirtualDeviceConnectInfo, VirtualDeviceDeviceGroupInfo, VirtualDevicePciBusSlotInfo, VirtualDisk, VirtualDiskFlatVer2BackingInfo, VirtualDiskVFlashCacheConfigInfo, VirtualE1000, VirtualEthernetCardDistributedVirtualPortBackingInfo, VirtualEthernetCardNetworkBackingInfo, VirtualEthernetCardResourceAllocation, VirtualFloppy, VirtualHardware, VirtualIDEController, VirtualKeyboard, VirtualLsiLogicController, VirtualMachineAffinityInfo, VirtualMachineBaseIndependentFilterSpec, VirtualMachineBootOptions, VirtualMachineBootOptionsBootableDevice, VirtualMachineCapability, VirtualMachineConfigInfo, VirtualMachineConfigInfoDatastoreUrlPair, VirtualMachineConfigInfoOverheadInfo, VirtualMachineConfigSpec, VirtualMachineConfigSummary, VirtualMachineConsolePreferences, VirtualMachineContentLibraryItemInfo, VirtualMachineCpuIdInfoSpec, VirtualMachineDefaultPowerOpInfo, VirtualMachineDeviceRuntimeInfo, VirtualMachineDeviceRuntimeInfoDeviceRuntimeState, VirtualMachineExtensionCompatibilityConstraint, VirtualMachineExtensionCompatibilityConstraintSet, VirtualMachineFeatureRequirement, VirtualMachineFileInfo, VirtualMachineFileLayout, VirtualMachineFileLayoutDiskLayout, VirtualMachineFileLayoutEx, VirtualMachineFileLayoutExDiskLayout, VirtualMachineFileLayoutExDiskUnit, VirtualMachineFileLayoutExFileInfo, VirtualMachineFileLayoutExSnapshotLayout, VirtualMachineFileLayoutSnapshotLayout, VirtualMachineFlagInfo, VirtualMachineForkConfigInfo, VirtualMachineGuestIntegrityInfo, VirtualMachineGuestMonitoringModeInfo, VirtualMachineGuestSummary, VirtualMachineMessage, VirtualMachineNetworkShaperInfo, VirtualMachineProfileSpec, VirtualMachineQuestionInfo, VirtualMachineQuickStats, VirtualMachineQuickStatsMemoryTierStats, VirtualMachineRuntimeInfo, VirtualMachineRuntimeInfoDasProtectionState, VirtualMachineSgxInfo, VirtualMachineSnapshotInfo, VirtualMachineSnapshotTree, VirtualMachineStorageInfo, VirtualMachineStorageSummary, VirtualMachineSummary, VirtualMachineUsageOnDatastore, VirtualMachineVMCIDevice, VirtualMachineVMCIDeviceFilterInfo, VirtualMachineVMCIDeviceFilterSpec, VirtualMachineVcpuConfig, VirtualMachineVideoCard, VirtualMachineVirtualDeviceGroups, VirtualMachineVirtualDeviceGroupsDeviceGroup, VirtualMachineVirtualDeviceSwap, VirtualMachineVirtualDeviceSwapDeviceSwapInfo, VirtualMachineVirtualNuma, VirtualMachineVirtualNumaInfo, VirtualMachineVirtualPMem, VirtualPCIController, VirtualPCNet32, VirtualPS2Controller, VirtualPointingDevice, VirtualPointingDeviceDeviceBackingInfo, VirtualSIOController, VirtualVmxnet3, VmAcquiredMksTicketEvent, VmAcquiredTicketEvent, VmAutoRenameEvent, VmBeingClonedEvent, VmBeingClonedNoFolderEvent, VmBeingCreatedEvent, VmBeingDeployedEvent, VmBeingHotMigratedEvent, VmBeingMigratedEvent, VmBeingRelocatedEvent, VmCloneFailedEvent, VmClonedEvent, VmConfigFault, VmConfigInfo, VmConfigMissingEvent, VmConfigSpec, VmConnectedEvent, VmCreatedEvent, VmDasBeingResetWithScreenshotEvent, VmDasResetFailedEvent, VmDasUpdateErrorEvent, VmDasUpdateOkEvent, VmDateRolledBackEvent, VmDeployFailedEvent, VmDeployedEvent, VmDisconnectedEvent, VmDiscoveredEvent, VmDiskFailedEvent, VmEmigratingEvent, VmEndRecordingEvent, VmEndReplayingEvent, VmEventArgument, VmFailedMigrateEvent, VmFailedRelayoutEvent, VmFailedRelayoutOnVmfs2DatastoreEvent, VmFailedStartingSecondaryEvent, VmFailedToPowerOffEvent, VmFailedToPowerOnEvent, VmFailedToRebootGuestEvent, VmFailedToResetEvent, VmFailedToShutdownGuestEvent, VmFailedToStandbyGuestEvent, VmFailedToSuspendEvent, VmFailedUpdatingSecondaryConfig, VmFailoverFailed, VmFaultToleranceStateChangedEvent, VmFaultToleranceTurnedOffEvent, VmFaultToleranceVmTerminatedEvent, VmGuestOSCrashedEvent, VmGuestRebootEvent, VmGuestShutdownEvent, VmGuestStandbyEvent, VmHealthMonitoringStateChangedEvent, VmInstanceUuidAssignedEvent, VmInstanceUuidChangedEvent, VmInstanceUuidConflictEvent, VmMacAssignedEvent, VmMacChangedEvent, VmMacConflictEvent, VmMaxFTRestartCountReached, VmMaxRestartCountReached, VmMessageErrorEvent, VmMessageEvent, VmMessageWarningEvent, VmNoCompatibleHostForSecondaryEvent, VmNoNetworkAccessEvent, VmOrphanedEvent, VmPlacementPolicy, VmPowerOffOnIsolationEvent, VmPoweringOnWithCustomizedDVPortEvent, VmPrimaryFailoverEvent, VmReconfiguredEvent, VmRegisteredEvent, VmRelayoutSuccessfulEvent, VmRelayoutUpToDateEvent, VmReloadFromPathEvent, VmReloadFromPathFailedEvent, VmRelocateFailedEvent, VmRelocatedEvent, VmRemoteConsoleConnectedEvent, VmRemoteConsoleDisconnectedEvent, VmRemovedEvent, VmRenamedEvent, VmRequirementsExceedCurrentEVCModeEvent, VmResettingEvent, VmResourcePoolMovedEvent, VmResourceReallocatedEvent, VmRestartedOnAlternateHostEvent, VmResumingEvent, VmSecondaryAddedEvent, VmSecondaryDisabledBySystemEvent, VmSecondaryDisabledEvent, VmSecondaryEnabledEvent, VmSecondaryStartedEvent, VmShutdownOnIsolationEvent, VmStartRecordingEvent, VmStartReplayingEvent, VmStartingSecondaryEvent, VmStaticMacConflictEvent, VmStoppingEvent, VmSuspendedEvent, VmSuspendingEvent, VmTimedoutStartingSecondaryEvent, VmUnsupportedStartingEvent, VmUpgradeCompleteEvent, VmUpgradeFailedEvent, VmUpgradingEvent, VmUuidAssignedEvent, VmUuidChangedEvent, VmUuidConflictEvent, VmVnicPoolReservationViolationClearEvent, VmVnicPoolReservationViolationRaiseEvent, VmWwnAssignedEvent, VmWwnChangedEvent, VmWwnConflictEvent, VmfsDatastoreInfo, VmfsUnmapBandwidthSpec, VnicPortArgument, VsanDatastoreInfo, VvolDatastoreInfo, WaitOptions, WarningUpgradeEvent } from "./types.js";
import type { VimMethodName, VimParams } from "./methods.js";
/** The VI JSON wire form of an AboutInfo (what `decodeAboutInfo` reads back). */
export declare const encodeAboutInfo: typeof encodeExact$AboutInfo;
/** VI JSON text of an AboutInfo, every int64 digit kept. */
export declare const stringifyAboutInfo: (value: AboutInfo) => string;
declare function encodeExact$AboutInfo(v: AboutInfo): rt.WireObject;
/** The VI JSON wire form of an AccountCreatedEvent (what `decodeAccountCreatedEvent` reads back). */
export declare const encodeAccountCreatedEvent: typeof encodeExact$AccountCreatedEvent;
/** VI JSON text of an AccountCreatedEvent, every int64 digit kept. */
export declare const stringifyAccountCreatedEvent: (value: AccountCreatedEvent) => string;
declare function encodeExact$AccountCreatedEvent(v: AccountCreatedEvent): rt.WireObject;
/** The VI JSON wire form of an AccountRemovedEvent (what `decodeAccountRemovedEvent` reads back). */
export declare const encodeAccountRemovedEvent: typeof encodeExact$AccountRemovedEvent;
/** VI JSON text of an AccountRemovedEvent, every int64 digit kept. */
export declare const stringifyAccountRemovedEvent: (value: AccountRemovedEvent) => string;
declare function encodeExact$AccountRemovedEvent(v: AccountRemovedEvent): rt.WireObject;
/** The VI JSON wire form of an AccountUpdatedEvent (what `decodeAccountUpdatedEvent` reads back). */
export declare const encodeAccountUpdatedEvent: typeof encodeExact$AccountUpdatedEvent;
/** VI JSON text of an AccountUpdatedEvent, every int64 digit kept. */
export declare const stringifyAccountUpdatedEvent: (value: AccountUpdatedEvent) => string;
declare function encodeExact$AccountUpdatedEvent(v: AccountUpdatedEvent): rt.WireObject;
/** The VI JSON wire form of an AdminPasswordNotChangedEvent (what `decodeAdminPasswordNotChangedEvent` reads back). */
export declare const encodeAdminPasswordNotChangedEvent: typeof encodeExact$AdminPasswordNotChangedEvent;
/** VI JSON text of an AdminPasswordNotChangedEvent, every int64 digit kept. */
export declare const stringifyAdminPasswordNotChangedEvent: (value: AdminPasswordNotChangedEvent) => string;
declare function encodeExact$AdminPasswordNotChangedEvent(v: AdminPasswordNotChangedEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmAcknowledgedEvent (what `decodeAlarmAcknowledgedEvent` reads back). */
export declare const encodeAlarmAcknowledgedEvent: typeof encodeExact$AlarmAcknowledgedEvent;
/** VI JSON text of an AlarmAcknowledgedEvent, every int64 digit kept. */
export declare const stringifyAlarmAcknowledgedEvent: (value: AlarmAcknowledgedEvent) => string;
declare function encodeExact$AlarmAcknowledgedEvent(v: AlarmAcknowledgedEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmActionTriggeredEvent (what `decodeAlarmActionTriggeredEvent` reads back). */
export declare const encodeAlarmActionTriggeredEvent: typeof encodeExact$AlarmActionTriggeredEvent;
/** VI JSON text of an AlarmActionTriggeredEvent, every int64 digit kept. */
export declare const stringifyAlarmActionTriggeredEvent: (value: AlarmActionTriggeredEvent) => string;
declare function encodeExact$AlarmActionTriggeredEvent(v: AlarmActionTriggeredEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmClearedEvent (what `decodeAlarmClearedEvent` reads back). */
export declare const encodeAlarmClearedEvent: typeof encodeExact$AlarmClearedEvent;
/** VI JSON text of an AlarmClearedEvent, every int64 digit kept. */
export declare const stringifyAlarmClearedEvent: (value: AlarmClearedEvent) => string;
declare function encodeExact$AlarmClearedEvent(v: AlarmClearedEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmCreatedEvent (what `decodeAlarmCreatedEvent` reads back). */
export declare const encodeAlarmCreatedEvent: typeof encodeExact$AlarmCreatedEvent;
/** VI JSON text of an AlarmCreatedEvent, every int64 digit kept. */
export declare const stringifyAlarmCreatedEvent: (value: AlarmCreatedEvent) => string;
declare function encodeExact$AlarmCreatedEvent(v: AlarmCreatedEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmEmailCompletedEvent (what `decodeAlarmEmailCompletedEvent` reads back). */
export declare const encodeAlarmEmailCompletedEvent: typeof encodeExact$AlarmEmailCompletedEvent;
/** VI JSON text of an AlarmEmailCompletedEvent, every int64 digit kept. */
export declare const stringifyAlarmEmailCompletedEvent: (value: AlarmEmailCompletedEvent) => string;
declare function encodeExact$AlarmEmailCompletedEvent(v: AlarmEmailCompletedEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmEmailFailedEvent (what `decodeAlarmEmailFailedEvent` reads back). */
export declare const encodeAlarmEmailFailedEvent: typeof encodeExact$AlarmEmailFailedEvent;
/** VI JSON text of an AlarmEmailFailedEvent, every int64 digit kept. */
export declare const stringifyAlarmEmailFailedEvent: (value: AlarmEmailFailedEvent) => string;
declare function encodeExact$AlarmEmailFailedEvent(v: AlarmEmailFailedEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmEvent (what `decodeAlarmEvent` reads back). */
export declare const encodeAlarmEvent: typeof encodeAt$AlarmEvent;
/** VI JSON text of an AlarmEvent, every int64 digit kept. */
export declare const stringifyAlarmEvent: (value: AnyAlarmEvent) => string;
declare function encodeAt$AlarmEvent(v: AnyAlarmEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmEventArgument (what `decodeAlarmEventArgument` reads back). */
export declare const encodeAlarmEventArgument: typeof encodeExact$AlarmEventArgument;
/** VI JSON text of an AlarmEventArgument, every int64 digit kept. */
export declare const stringifyAlarmEventArgument: (value: AlarmEventArgument) => string;
declare function encodeExact$AlarmEventArgument(v: AlarmEventArgument): rt.WireObject;
/** The VI JSON wire form of an AlarmReconfiguredEvent (what `decodeAlarmReconfiguredEvent` reads back). */
export declare const encodeAlarmReconfiguredEvent: typeof encodeExact$AlarmReconfiguredEvent;
/** VI JSON text of an AlarmReconfiguredEvent, every int64 digit kept. */
export declare const stringifyAlarmReconfiguredEvent: (value: AlarmReconfiguredEvent) => string;
declare function encodeExact$AlarmReconfiguredEvent(v: AlarmReconfiguredEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmRemovedEvent (what `decodeAlarmRemovedEvent` reads back). */
export declare const encodeAlarmRemovedEvent: typeof encodeExact$AlarmRemovedEvent;
/** VI JSON text of an AlarmRemovedEvent, every int64 digit kept. */
export declare const stringifyAlarmRemovedEvent: (value: AlarmRemovedEvent) => string;
declare function encodeExact$AlarmRemovedEvent(v: AlarmRemovedEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmScriptCompleteEvent (what `decodeAlarmScriptCompleteEvent` reads back). */
export declare const encodeAlarmScriptCompleteEvent: typeof encodeExact$AlarmScriptCompleteEvent;
/** VI JSON text of an AlarmScriptCompleteEvent, every int64 digit kept. */
export declare const stringifyAlarmScriptCompleteEvent: (value: AlarmScriptCompleteEvent) => string;
declare function encodeExact$AlarmScriptCompleteEvent(v: AlarmScriptCompleteEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmScriptFailedEvent (what `decodeAlarmScriptFailedEvent` reads back). */
export declare const encodeAlarmScriptFailedEvent: typeof encodeExact$AlarmScriptFailedEvent;
/** VI JSON text of an AlarmScriptFailedEvent, every int64 digit kept. */
export declare const stringifyAlarmScriptFailedEvent: (value: AlarmScriptFailedEvent) => string;
declare function encodeExact$AlarmScriptFailedEvent(v: AlarmScriptFailedEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmSnmpCompletedEvent (what `decodeAlarmSnmpCompletedEvent` reads back). */
export declare const encodeAlarmSnmpCompletedEvent: typeof encodeExact$AlarmSnmpCompletedEvent;
/** VI JSON text of an AlarmSnmpCompletedEvent, every int64 digit kept. */
export declare const stringifyAlarmSnmpCompletedEvent: (value: AlarmSnmpCompletedEvent) => string;
declare function encodeExact$AlarmSnmpCompletedEvent(v: AlarmSnmpCompletedEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmSnmpFailedEvent (what `decodeAlarmSnmpFailedEvent` reads back). */
export declare const encodeAlarmSnmpFailedEvent: typeof encodeExact$AlarmSnmpFailedEvent;
/** VI JSON text of an AlarmSnmpFailedEvent, every int64 digit kept. */
export declare const stringifyAlarmSnmpFailedEvent: (value: AlarmSnmpFailedEvent) => string;
declare function encodeExact$AlarmSnmpFailedEvent(v: AlarmSnmpFailedEvent): rt.WireObject;
/** The VI JSON wire form of an AlarmState (what `decodeAlarmState` reads back). */
export declare const encodeAlarmState: typeof encodeExact$AlarmState;
/** VI JSON text of an AlarmState, every int64 digit kept. */
export declare const stringifyAlarmState: (value: AlarmState) => string;
declare function encodeExact$AlarmState(v: AlarmState): rt.WireObject;
/** The VI JSON wire form of an AlarmStatusChangedEvent (what `decodeAlarmStatusChangedEvent` reads back). */
export declare const encodeAlarmStatusChangedEvent: typeof encodeExact$AlarmStatusChangedEvent;
/** VI JSON text of an AlarmStatusChangedEvent, every int64 digit kept. */
export declare const stringifyAlarmStatusChangedEvent: (value: AlarmStatusChangedEvent) => string;
declare function encodeExact$AlarmStatusChangedEvent(v: AlarmStatusChangedEvent): rt.WireObject;
/** The VI JSON wire form of an AllVirtualMachinesLicensedEvent (what `decodeAllVirtualMachinesLicensedEvent` reads back). */
export declare const encodeAllVirtualMachinesLicensedEvent: typeof encodeExact$AllVirtualMachinesLicensedEvent;
/** VI JSON text of an AllVirtualMachinesLicensedEvent, every int64 digit kept. */
export declare const stringifyAllVirtualMachinesLicensedEvent: (value: AllVirtualMachinesLicensedEvent) => string;
declare function encodeExact$AllVirtualMachinesLicensedEvent(v: AllVirtualMachinesLicensedEvent): rt.WireObject;
/** The VI JSON wire form of an AlreadyAuthenticatedSessionEvent (what `decodeAlreadyAuthenticatedSessionEvent` reads back). */
export declare const encodeAlreadyAuthenticatedSessionEvent: typeof encodeExact$AlreadyAuthenticatedSessionEvent;
/** VI JSON text of an AlreadyAuthenticatedSessionEvent, every int64 digit kept. */
export declare const stringifyAlreadyAuthenticatedSessionEvent: (value: AlreadyAuthenticatedSessionEvent) => string;
declare function encodeExact$AlreadyAuthenticatedSessionEvent(v: AlreadyAuthenticatedSessionEvent): rt.WireObject;
/** The VI JSON wire form of an AlreadyExists (what `decodeAlreadyExists` reads back). */
export declare const encodeAlreadyExists: typeof encodeExact$AlreadyExists;
/** VI JSON text of an AlreadyExists, every int64 digit kept. */
export declare const stringifyAlreadyExists: (value: AlreadyExists) => string;
declare function encodeExact$AlreadyExists(v: AlreadyExists): rt.WireObject;
/** The VI JSON wire form of an ArrayUpdateSpec (what `decodeArrayUpdateSpec` reads back). */
export declare const encodeArrayUpdateSpec: typeof encodeAt$ArrayUpdateSpec;
/** VI JSON text of an ArrayUpdateSpec, every int64 digit kept. */
export declare const stringifyArrayUpdateSpec: (value: AnyArrayUpdateSpec) => string;
declare function encodeAt$ArrayUpdateSpec(v: AnyArrayUpdateSpec): rt.WireObject;
/** The VI JSON wire form of an AuthorizationEvent (what `decodeAuthorizationEvent` reads back). */
export declare const encodeAuthorizationEvent: typeof encodeAt$AuthorizationEvent;
/** VI JSON text of an AuthorizationEvent, every int64 digit kept. */
export declare const stringifyAuthorizationEvent: (value: AnyAuthorizationEvent) => string;
declare function encodeAt$AuthorizationEvent(v: AnyAuthorizationEvent): rt.WireObject;
/** The VI JSON wire form of a BadUsernameSessionEvent (what `decodeBadUsernameSessionEvent` reads back). */
export declare const encodeBadUsernameSessionEvent: typeof encodeExact$BadUsernameSessionEvent;
/** VI JSON text of a BadUsernameSessionEvent, every int64 digit kept. */
export declare const stringifyBadUsernameSessionEvent: (value: BadUsernameSessionEvent) => string;
declare function encodeExact$BadUsernameSessionEvent(v: BadUsernameSessionEvent): rt.WireObject;
/** The VI JSON wire form of a BoolPolicy (what `decodeBoolPolicy` reads back). */
export declare const encodeBoolPolicy: typeof encodeExact$BoolPolicy;
/** VI JSON text of a BoolPolicy, every int64 digit kept. */
export declare const stringifyBoolPolicy: (value: BoolPolicy) => string;
declare function encodeExact$BoolPolicy(v: BoolPolicy): rt.WireObject;
/** The VI JSON wire form of a CanceledHostOperationEvent (what `decodeCanceledHostOperationEvent` reads back). */
export declare const encodeCanceledHostOperationEvent: typeof encodeExact$CanceledHostOperationEvent;
/** VI JSON text of a CanceledHostOperationEvent, every int64 digit kept. */
export declare const stringifyCanceledHostOperationEvent: (value: CanceledHostOperationEvent) => string;
declare function encodeExact$CanceledHostOperationEvent(v: CanceledHostOperationEvent): rt.WireObject;
/** The VI JSON wire form of a Capability (what `decodeCapability` reads back). */
export declare const encodeCapability: typeof encodeExact$Capability;
/** VI JSON text of a Capability, every int64 digit kept. */
export declare const stringifyCapability: (value: Capability) => string;
declare function encodeExact$Capability(v: Capability): rt.WireObject;
/** The VI JSON wire form of a ChangesInfoEventArgument (what `decodeChangesInfoEventArgument` reads back). */
export declare const encodeChangesInfoEventArgument: typeof encodeExact$ChangesInfoEventArgument;
/** VI JSON text of a ChangesInfoEventArgument, every int64 digit kept. */
export declare const stringifyChangesInfoEventArgument: (value: ChangesInfoEventArgument) => string;
declare function encodeExact$ChangesInfoEventArgument(v: ChangesInfoEventArgument): rt.WireObject;
/** The VI JSON wire form of a ChoiceOption (what `decodeChoiceOption` reads back). */
export declare const encodeChoiceOption: typeof encodeExact$ChoiceOption;
/** VI JSON text of a ChoiceOption, every int64 digit kept. */
export declare const stringifyChoiceOption: (value: ChoiceOption) => string;
declare function encodeExact$ChoiceOption(v: ChoiceOption): rt.WireObject;
/** The VI JSON wire form of a ClusterComplianceCheckedEvent (what `decodeClusterComplianceCheckedEvent` reads back). */
export declare const encodeClusterComplianceCheckedEvent: typeof encodeExact$ClusterComplianceCheckedEvent;
/** VI JSON text of a ClusterComplianceCheckedEvent, every int64 digit kept. */
export declare const stringifyClusterComplianceCheckedEvent: (value: ClusterComplianceCheckedEvent) => string;
declare function encodeExact$ClusterComplianceCheckedEvent(v: ClusterComplianceCheckedEvent): rt.WireObject;
/** The VI JSON wire form of a ClusterCreatedEvent (what `decodeClusterCreatedEvent` reads back). */
export declare const encodeClusterCreatedEvent: typeof encodeExact$ClusterCreatedEvent;
/** VI JSON text of a ClusterCreatedEvent, every int64 digit kept. */
export declare const stringifyClusterCreatedEvent: (value: ClusterCreatedEvent) => string;
declare function encodeExact$ClusterCreatedEvent(v: ClusterCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a ClusterDestroyedEvent (what `decodeClusterDestroyedEvent` reads back). */
export declare const encodeClusterDestroyedEvent: typeof encodeExact$ClusterDestroyedEvent;
/** VI JSON text of a ClusterDestroyedEvent, every int64 digit kept. */
export declare const stringifyClusterDestroyedEvent: (value: ClusterDestroyedEvent) => string;
declare function encodeExact$ClusterDestroyedEvent(v: ClusterDestroyedEvent): rt.WireObject;
/** The VI JSON wire form of a ClusterEvent (what `decodeClusterEvent` reads back). */
export declare const encodeClusterEvent: typeof encodeAt$ClusterEvent;
/** VI JSON text of a ClusterEvent, every int64 digit kept. */
export declare const stringifyClusterEvent: (value: AnyClusterEvent) => string;
declare function encodeAt$ClusterEvent(v: AnyClusterEvent): rt.WireObject;
/** The VI JSON wire form of a ClusterOvercommittedEvent (what `decodeClusterOvercommittedEvent` reads back). */
export declare const encodeClusterOvercommittedEvent: typeof encodeAt$ClusterOvercommittedEvent;
/** VI JSON text of a ClusterOvercommittedEvent, every int64 digit kept. */
export declare const stringifyClusterOvercommittedEvent: (value: AnyClusterOvercommittedEvent) => string;
declare function encodeAt$ClusterOvercommittedEvent(v: AnyClusterOvercommittedEvent): rt.WireObject;
/** The VI JSON wire form of a ClusterReconfiguredEvent (what `decodeClusterReconfiguredEvent` reads back). */
export declare const encodeClusterReconfiguredEvent: typeof encodeExact$ClusterReconfiguredEvent;
/** VI JSON text of a ClusterReconfiguredEvent, every int64 digit kept. */
export declare const stringifyClusterReconfiguredEvent: (value: ClusterReconfiguredEvent) => string;
declare function encodeExact$ClusterReconfiguredEvent(v: ClusterReconfiguredEvent): rt.WireObject;
/** The VI JSON wire form of a ClusterStatusChangedEvent (what `decodeClusterStatusChangedEvent` reads back). */
export declare const encodeClusterStatusChangedEvent: typeof encodeAt$ClusterStatusChangedEvent;
/** VI JSON text of a ClusterStatusChangedEvent, every int64 digit kept. */
export declare const stringifyClusterStatusChangedEvent: (value: AnyClusterStatusChangedEvent) => string;
declare function encodeAt$ClusterStatusChangedEvent(v: AnyClusterStatusChangedEvent): rt.WireObject;
/** The VI JSON wire form of a ComputeResourceConfigInfo (what `decodeComputeResourceConfigInfo` reads back). */
export declare const encodeComputeResourceConfigInfo: typeof encodeExact$ComputeResourceConfigInfo;
/** VI JSON text of a ComputeResourceConfigInfo, every int64 digit kept. */
export declare const stringifyComputeResourceConfigInfo: (value: ComputeResourceConfigInfo) => string;
declare function encodeExact$ComputeResourceConfigInfo(v: ComputeResourceConfigInfo): rt.WireObject;
/** The VI JSON wire form of a ComputeResourceEventArgument (what `decodeComputeResourceEventArgument` reads back). */
export declare const encodeComputeResourceEventArgument: typeof encodeExact$ComputeResourceEventArgument;
/** VI JSON text of a ComputeResourceEventArgument, every int64 digit kept. */
export declare const stringifyComputeResourceEventArgument: (value: ComputeResourceEventArgument) => string;
declare function encodeExact$ComputeResourceEventArgument(v: ComputeResourceEventArgument): rt.WireObject;
/** The VI JSON wire form of a ComputeResourceSummary (what `decodeComputeResourceSummary` reads back). */
export declare const encodeComputeResourceSummary: typeof encodeExact$ComputeResourceSummary;
/** VI JSON text of a ComputeResourceSummary, every int64 digit kept. */
export declare const stringifyComputeResourceSummary: (value: ComputeResourceSummary) => string;
declare function encodeExact$ComputeResourceSummary(v: ComputeResourceSummary): rt.WireObject;
/** The VI JSON wire form of a ConcurrentAccess (what `decodeConcurrentAccess` reads back). */
export declare const encodeConcurrentAccess: typeof encodeExact$ConcurrentAccess;
/** VI JSON text of a ConcurrentAccess, every int64 digit kept. */
export declare const stringifyConcurrentAccess: (value: ConcurrentAccess) => string;
declare function encodeExact$ConcurrentAccess(v: ConcurrentAccess): rt.WireObject;
/** The VI JSON wire form of a CryptoKeyId (what `decodeCryptoKeyId` reads back). */
export declare const encodeCryptoKeyId: typeof encodeExact$CryptoKeyId;
/** VI JSON text of a CryptoKeyId, every int64 digit kept. */
export declare const stringifyCryptoKeyId: (value: CryptoKeyId) => string;
declare function encodeExact$CryptoKeyId(v: CryptoKeyId): rt.WireObject;
/** The VI JSON wire form of a CryptoSpec (what `decodeCryptoSpec` reads back). */
export declare const encodeCryptoSpec: typeof encodeExact$CryptoSpec;
/** VI JSON text of a CryptoSpec, every int64 digit kept. */
export declare const stringifyCryptoSpec: (value: CryptoSpec) => string;
declare function encodeExact$CryptoSpec(v: CryptoSpec): rt.WireObject;
/** The VI JSON wire form of a CustomFieldDef (what `decodeCustomFieldDef` reads back). */
export declare const encodeCustomFieldDef: typeof encodeExact$CustomFieldDef;
/** VI JSON text of a CustomFieldDef, every int64 digit kept. */
export declare const stringifyCustomFieldDef: (value: CustomFieldDef) => string;
declare function encodeExact$CustomFieldDef(v: CustomFieldDef): rt.WireObject;
/** The VI JSON wire form of a CustomFieldDefAddedEvent (what `decodeCustomFieldDefAddedEvent` reads back). */
export declare const encodeCustomFieldDefAddedEvent: typeof encodeExact$CustomFieldDefAddedEvent;
/** VI JSON text of a CustomFieldDefAddedEvent, every int64 digit kept. */
export declare const stringifyCustomFieldDefAddedEvent: (value: CustomFieldDefAddedEvent) => string;
declare function encodeExact$CustomFieldDefAddedEvent(v: CustomFieldDefAddedEvent): rt.WireObject;
/** The VI JSON wire form of a CustomFieldDefEvent (what `decodeCustomFieldDefEvent` reads back). */
export declare const encodeCustomFieldDefEvent: typeof encodeAt$CustomFieldDefEvent;
/** VI JSON text of a CustomFieldDefEvent, every int64 digit kept. */
export declare const stringifyCustomFieldDefEvent: (value: AnyCustomFieldDefEvent) => string;
declare function encodeAt$CustomFieldDefEvent(v: AnyCustomFieldDefEvent): rt.WireObject;
/** The VI JSON wire form of a CustomFieldDefRemovedEvent (what `decodeCustomFieldDefRemovedEvent` reads back). */
export declare const encodeCustomFieldDefRemovedEvent: typeof encodeExact$CustomFieldDefRemovedEvent;
/** VI JSON text of a CustomFieldDefRemovedEvent, every int64 digit kept. */
export declare const stringifyCustomFieldDefRemovedEvent: (value: CustomFieldDefRemovedEvent) => string;
declare function encodeExact$CustomFieldDefRemovedEvent(v: CustomFieldDefRemovedEvent): rt.WireObject;
/** The VI JSON wire form of a CustomFieldDefRenamedEvent (what `decodeCustomFieldDefRenamedEvent` reads back). */
export declare const encodeCustomFieldDefRenamedEvent: typeof encodeExact$CustomFieldDefRenamedEvent;
/** VI JSON text of a CustomFieldDefRenamedEvent, every int64 digit kept. */
export declare const stringifyCustomFieldDefRenamedEvent: (value: CustomFieldDefRenamedEvent) => string;
declare function encodeExact$CustomFieldDefRenamedEvent(v: CustomFieldDefRenamedEvent): rt.WireObject;
/** The VI JSON wire form of a CustomFieldEvent (what `decodeCustomFieldEvent` reads back). */
export declare const encodeCustomFieldEvent: typeof encodeAt$CustomFieldEvent;
/** VI JSON text of a CustomFieldEvent, every int64 digit kept. */
export declare const stringifyCustomFieldEvent: (value: AnyCustomFieldEvent) => string;
declare function encodeAt$CustomFieldEvent(v: AnyCustomFieldEvent): rt.WireObject;
/** The VI JSON wire form of a CustomFieldStringValue (what `decodeCustomFieldStringValue` reads back). */
export declare const encodeCustomFieldStringValue: typeof encodeExact$CustomFieldStringValue;
/** VI JSON text of a CustomFieldStringValue, every int64 digit kept. */
export declare const stringifyCustomFieldStringValue: (value: CustomFieldStringValue) => string;
declare function encodeExact$CustomFieldStringValue(v: CustomFieldStringValue): rt.WireObject;
/** The VI JSON wire form of a CustomFieldValue (what `decodeCustomFieldValue` reads back). */
export declare const encodeCustomFieldValue: typeof encodeAt$CustomFieldValue;
/** VI JSON text of a CustomFieldValue, every int64 digit kept. */
export declare const stringifyCustomFieldValue: (value: AnyCustomFieldValue) => string;
declare function encodeAt$CustomFieldValue(v: AnyCustomFieldValue): rt.WireObject;
/** The VI JSON wire form of a CustomFieldValueChangedEvent (what `decodeCustomFieldValueChangedEvent` reads back). */
export declare const encodeCustomFieldValueChangedEvent: typeof encodeExact$CustomFieldValueChangedEvent;
/** VI JSON text of a CustomFieldValueChangedEvent, every int64 digit kept. */
export declare const stringifyCustomFieldValueChangedEvent: (value: CustomFieldValueChangedEvent) => string;
declare function encodeExact$CustomFieldValueChangedEvent(v: CustomFieldValueChangedEvent): rt.WireObject;
/** The VI JSON wire form of a CustomizationEvent (what `decodeCustomizationEvent` reads back). */
export declare const encodeCustomizationEvent: typeof encodeAt$CustomizationEvent;
/** VI JSON text of a CustomizationEvent, every int64 digit kept. */
export declare const stringifyCustomizationEvent: (value: AnyCustomizationEvent) => string;
declare function encodeAt$CustomizationEvent(v: AnyCustomizationEvent): rt.WireObject;
/** The VI JSON wire form of a CustomizationFailed (what `decodeCustomizationFailed` reads back). */
export declare const encodeCustomizationFailed: typeof encodeAt$CustomizationFailed;
/** VI JSON text of a CustomizationFailed, every int64 digit kept. */
export declare const stringifyCustomizationFailed: (value: AnyCustomizationFailed) => string;
declare function encodeAt$CustomizationFailed(v: AnyCustomizationFailed): rt.WireObject;
/** The VI JSON wire form of a CustomizationLinuxIdentityFailed (what `decodeCustomizationLinuxIdentityFailed` reads back). */
export declare const encodeCustomizationLinuxIdentityFailed: typeof encodeExact$CustomizationLinuxIdentityFailed;
/** VI JSON text of a CustomizationLinuxIdentityFailed, every int64 digit kept. */
export declare const stringifyCustomizationLinuxIdentityFailed: (value: CustomizationLinuxIdentityFailed) => string;
declare function encodeExact$CustomizationLinuxIdentityFailed(v: CustomizationLinuxIdentityFailed): rt.WireObject;
/** The VI JSON wire form of a CustomizationNetworkSetupFailed (what `decodeCustomizationNetworkSetupFailed` reads back). */
export declare const encodeCustomizationNetworkSetupFailed: typeof encodeExact$CustomizationNetworkSetupFailed;
/** VI JSON text of a CustomizationNetworkSetupFailed, every int64 digit kept. */
export declare const stringifyCustomizationNetworkSetupFailed: (value: CustomizationNetworkSetupFailed) => string;
declare function encodeExact$CustomizationNetworkSetupFailed(v: CustomizationNetworkSetupFailed): rt.WireObject;
/** The VI JSON wire form of a CustomizationStartedEvent (what `decodeCustomizationStartedEvent` reads back). */
export declare const encodeCustomizationStartedEvent: typeof encodeExact$CustomizationStartedEvent;
/** VI JSON text of a CustomizationStartedEvent, every int64 digit kept. */
export declare const stringifyCustomizationStartedEvent: (value: CustomizationStartedEvent) => string;
declare function encodeExact$CustomizationStartedEvent(v: CustomizationStartedEvent): rt.WireObject;
/** The VI JSON wire form of a CustomizationSucceeded (what `decodeCustomizationSucceeded` reads back). */
export declare const encodeCustomizationSucceeded: typeof encodeExact$CustomizationSucceeded;
/** VI JSON text of a CustomizationSucceeded, every int64 digit kept. */
export declare const stringifyCustomizationSucceeded: (value: CustomizationSucceeded) => string;
declare function encodeExact$CustomizationSucceeded(v: CustomizationSucceeded): rt.WireObject;
/** The VI JSON wire form of a CustomizationSysprepFailed (what `decodeCustomizationSysprepFailed` reads back). */
export declare const encodeCustomizationSysprepFailed: typeof encodeExact$CustomizationSysprepFailed;
/** VI JSON text of a CustomizationSysprepFailed, every int64 digit kept. */
export declare const stringifyCustomizationSysprepFailed: (value: CustomizationSysprepFailed) => string;
declare function encodeExact$CustomizationSysprepFailed(v: CustomizationSysprepFailed): rt.WireObject;
/** The VI JSON wire form of a CustomizationUnknownFailure (what `decodeCustomizationUnknownFailure` reads back). */
export declare const encodeCustomizationUnknownFailure: typeof encodeExact$CustomizationUnknownFailure;
/** VI JSON text of a CustomizationUnknownFailure, every int64 digit kept. */
export declare const stringifyCustomizationUnknownFailure: (value: CustomizationUnknownFailure) => string;
declare function encodeExact$CustomizationUnknownFailure(v: CustomizationUnknownFailure): rt.WireObject;
/** The VI JSON wire form of a DVPortSetting (what `decodeDVPortSetting` reads back). */
export declare const encodeDVPortSetting: typeof encodeExact$DVPortSetting;
/** VI JSON text of a DVPortSetting, every int64 digit kept. */
export declare const stringifyDVPortSetting: (value: DVPortSetting) => string;
declare function encodeExact$DVPortSetting(v: DVPortSetting): rt.WireObject;
/** The VI JSON wire form of a DVPortStatus (what `decodeDVPortStatus` reads back). */
export declare const encodeDVPortStatus: typeof encodeExact$DVPortStatus;
/** VI JSON text of a DVPortStatus, every int64 digit kept. */
export declare const stringifyDVPortStatus: (value: DVPortStatus) => string;
declare function encodeExact$DVPortStatus(v: DVPortStatus): rt.WireObject;
/** The VI JSON wire form of a DVPortgroupConfigSpec (what `decodeDVPortgroupConfigSpec` reads back). */
export declare const encodeDVPortgroupConfigSpec: typeof encodeExact$DVPortgroupConfigSpec;
/** VI JSON text of a DVPortgroupConfigSpec, every int64 digit kept. */
export declare const stringifyDVPortgroupConfigSpec: (value: DVPortgroupConfigSpec) => string;
declare function encodeExact$DVPortgroupConfigSpec(v: DVPortgroupConfigSpec): rt.WireObject;
/** The VI JSON wire form of a DVPortgroupCreatedEvent (what `decodeDVPortgroupCreatedEvent` reads back). */
export declare const encodeDVPortgroupCreatedEvent: typeof encodeExact$DVPortgroupCreatedEvent;
/** VI JSON text of a DVPortgroupCreatedEvent, every int64 digit kept. */
export declare const stringifyDVPortgroupCreatedEvent: (value: DVPortgroupCreatedEvent) => string;
declare function encodeExact$DVPortgroupCreatedEvent(v: DVPortgroupCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a DVPortgroupDestroyedEvent (what `decodeDVPortgroupDestroyedEvent` reads back). */
export declare const encodeDVPortgroupDestroyedEvent: typeof encodeExact$DVPortgroupDestroyedEvent;
/** VI JSON text of a DVPortgroupDestroyedEvent, every int64 digit kept. */
export declare const stringifyDVPortgroupDestroyedEvent: (value: DVPortgroupDestroyedEvent) => string;
declare function encodeExact$DVPortgroupDestroyedEvent(v: DVPortgroupDestroyedEvent): rt.WireObject;
/** The VI JSON wire form of a DVPortgroupEvent (what `decodeDVPortgroupEvent` reads back). */
export declare const encodeDVPortgroupEvent: typeof encodeAt$DVPortgroupEvent;
/** VI JSON text of a DVPortgroupEvent, every int64 digit kept. */
export declare const stringifyDVPortgroupEvent: (value: AnyDVPortgroupEvent) => string;
declare function encodeAt$DVPortgroupEvent(v: AnyDVPortgroupEvent): rt.WireObject;
/** The VI JSON wire form of a DVPortgroupPolicy (what `decodeDVPortgroupPolicy` reads back). */
export declare const encodeDVPortgroupPolicy: typeof encodeExact$DVPortgroupPolicy;
/** VI JSON text of a DVPortgroupPolicy, every int64 digit kept. */
export declare const stringifyDVPortgroupPolicy: (value: DVPortgroupPolicy) => string;
declare function encodeExact$DVPortgroupPolicy(v: DVPortgroupPolicy): rt.WireObject;
/** The VI JSON wire form of a DVPortgroupReconfiguredEvent (what `decodeDVPortgroupReconfiguredEvent` reads back). */
export declare const encodeDVPortgroupReconfiguredEvent: typeof encodeExact$DVPortgroupReconfiguredEvent;
/** VI JSON text of a DVPortgroupReconfiguredEvent, every int64 digit kept. */
export declare const stringifyDVPortgroupReconfiguredEvent: (value: DVPortgroupReconfiguredEvent) => string;
declare function encodeExact$DVPortgroupReconfiguredEvent(v: DVPortgroupReconfiguredEvent): rt.WireObject;
/** The VI JSON wire form of a DVPortgroupRenamedEvent (what `decodeDVPortgroupRenamedEvent` reads back). */
export declare const encodeDVPortgroupRenamedEvent: typeof encodeExact$DVPortgroupRenamedEvent;
/** VI JSON text of a DVPortgroupRenamedEvent, every int64 digit kept. */
export declare const stringifyDVPortgroupRenamedEvent: (value: DVPortgroupRenamedEvent) => string;
declare function encodeExact$DVPortgroupRenamedEvent(v: DVPortgroupRenamedEvent): rt.WireObject;
/** The VI JSON wire form of a DVSConfigSpec (what `decodeDVSConfigSpec` reads back). */
export declare const encodeDVSConfigSpec: typeof encodeExact$DVSConfigSpec;
/** VI JSON text of a DVSConfigSpec, every int64 digit kept. */
export declare const stringifyDVSConfigSpec: (value: DVSConfigSpec) => string;
declare function encodeExact$DVSConfigSpec(v: DVSConfigSpec): rt.WireObject;
/** The VI JSON wire form of a DVSContactInfo (what `decodeDVSContactInfo` reads back). */
export declare const encodeDVSContactInfo: typeof encodeExact$DVSContactInfo;
/** VI JSON text of a DVSContactInfo, every int64 digit kept. */
export declare const stringifyDVSContactInfo: (value: DVSContactInfo) => string;
declare function encodeExact$DVSContactInfo(v: DVSContactInfo): rt.WireObject;
/** The VI JSON wire form of a DVSHostLocalPortInfo (what `decodeDVSHostLocalPortInfo` reads back). */
export declare const encodeDVSHostLocalPortInfo: typeof encodeExact$DVSHostLocalPortInfo;
/** VI JSON text of a DVSHostLocalPortInfo, every int64 digit kept. */
export declare const stringifyDVSHostLocalPortInfo: (value: DVSHostLocalPortInfo) => string;
declare function encodeExact$DVSHostLocalPortInfo(v: DVSHostLocalPortInfo): rt.WireObject;
/** The VI JSON wire form of a DVSPolicy (what `decodeDVSPolicy` reads back). */
export declare const encodeDVSPolicy: typeof encodeExact$DVSPolicy;
/** VI JSON text of a DVSPolicy, every int64 digit kept. */
export declare const stringifyDVSPolicy: (value: DVSPolicy) => string;
declare function encodeExact$DVSPolicy(v: DVSPolicy): rt.WireObject;
/** The VI JSON wire form of a DVSTrafficShapingPolicy (what `decodeDVSTrafficShapingPolicy` reads back). */
export declare const encodeDVSTrafficShapingPolicy: typeof encodeExact$DVSTrafficShapingPolicy;
/** VI JSON text of a DVSTrafficShapingPolicy, every int64 digit kept. */
export declare const stringifyDVSTrafficShapingPolicy: (value: DVSTrafficShapingPolicy) => string;
declare function encodeExact$DVSTrafficShapingPolicy(v: DVSTrafficShapingPolicy): rt.WireObject;
/** The VI JSON wire form of a DVSUplinkPortPolicy (what `decodeDVSUplinkPortPolicy` reads back). */
export declare const encodeDVSUplinkPortPolicy: typeof encodeExact$DVSUplinkPortPolicy;
/** VI JSON text of a DVSUplinkPortPolicy, every int64 digit kept. */
export declare const stringifyDVSUplinkPortPolicy: (value: DVSUplinkPortPolicy) => string;
declare function encodeExact$DVSUplinkPortPolicy(v: DVSUplinkPortPolicy): rt.WireObject;
/** The VI JSON wire form of a DVSVendorSpecificConfig (what `decodeDVSVendorSpecificConfig` reads back). */
export declare const encodeDVSVendorSpecificConfig: typeof encodeExact$DVSVendorSpecificConfig;
/** VI JSON text of a DVSVendorSpecificConfig, every int64 digit kept. */
export declare const stringifyDVSVendorSpecificConfig: (value: DVSVendorSpecificConfig) => string;
declare function encodeExact$DVSVendorSpecificConfig(v: DVSVendorSpecificConfig): rt.WireObject;
/** The VI JSON wire form of a DasAdmissionControlDisabledEvent (what `decodeDasAdmissionControlDisabledEvent` reads back). */
export declare const encodeDasAdmissionControlDisabledEvent: typeof encodeExact$DasAdmissionControlDisabledEvent;
/** VI JSON text of a DasAdmissionControlDisabledEvent, every int64 digit kept. */
export declare const stringifyDasAdmissionControlDisabledEvent: (value: DasAdmissionControlDisabledEvent) => string;
declare function encodeExact$DasAdmissionControlDisabledEvent(v: DasAdmissionControlDisabledEvent): rt.WireObject;
/** The VI JSON wire form of a DasAdmissionControlEnabledEvent (what `decodeDasAdmissionControlEnabledEvent` reads back). */
export declare const encodeDasAdmissionControlEnabledEvent: typeof encodeExact$DasAdmissionControlEnabledEvent;
/** VI JSON text of a DasAdmissionControlEnabledEvent, every int64 digit kept. */
export declare const stringifyDasAdmissionControlEnabledEvent: (value: DasAdmissionControlEnabledEvent) => string;
declare function encodeExact$DasAdmissionControlEnabledEvent(v: DasAdmissionControlEnabledEvent): rt.WireObject;
/** The VI JSON wire form of a DasAgentFoundEvent (what `decodeDasAgentFoundEvent` reads back). */
export declare const encodeDasAgentFoundEvent: typeof encodeExact$DasAgentFoundEvent;
/** VI JSON text of a DasAgentFoundEvent, every int64 digit kept. */
export declare const stringifyDasAgentFoundEvent: (value: DasAgentFoundEvent) => string;
declare function encodeExact$DasAgentFoundEvent(v: DasAgentFoundEvent): rt.WireObject;
/** The VI JSON wire form of a DasAgentUnavailableEvent (what `decodeDasAgentUnavailableEvent` reads back). */
export declare const encodeDasAgentUnavailableEvent: typeof encodeExact$DasAgentUnavailableEvent;
/** VI JSON text of a DasAgentUnavailableEvent, every int64 digit kept. */
export declare const stringifyDasAgentUnavailableEvent: (value: DasAgentUnavailableEvent) => string;
declare function encodeExact$DasAgentUnavailableEvent(v: DasAgentUnavailableEvent): rt.WireObject;
/** The VI JSON wire form of a DasClusterIsolatedEvent (what `decodeDasClusterIsolatedEvent` reads back). */
export declare const encodeDasClusterIsolatedEvent: typeof encodeExact$DasClusterIsolatedEvent;
/** VI JSON text of a DasClusterIsolatedEvent, every int64 digit kept. */
export declare const stringifyDasClusterIsolatedEvent: (value: DasClusterIsolatedEvent) => string;
declare function encodeExact$DasClusterIsolatedEvent(v: DasClusterIsolatedEvent): rt.WireObject;
/** The VI JSON wire form of a DasDisabledEvent (what `decodeDasDisabledEvent` reads back). */
export declare const encodeDasDisabledEvent: typeof encodeExact$DasDisabledEvent;
/** VI JSON text of a DasDisabledEvent, every int64 digit kept. */
export declare const stringifyDasDisabledEvent: (value: DasDisabledEvent) => string;
declare function encodeExact$DasDisabledEvent(v: DasDisabledEvent): rt.WireObject;
/** The VI JSON wire form of a DasEnabledEvent (what `decodeDasEnabledEvent` reads back). */
export declare const encodeDasEnabledEvent: typeof encodeExact$DasEnabledEvent;
/** VI JSON text of a DasEnabledEvent, every int64 digit kept. */
export declare const stringifyDasEnabledEvent: (value: DasEnabledEvent) => string;
declare function encodeExact$DasEnabledEvent(v: DasEnabledEvent): rt.WireObject;
/** The VI JSON wire form of a DasHostFailedEvent (what `decodeDasHostFailedEvent` reads back). */
export declare const encodeDasHostFailedEvent: typeof encodeExact$DasHostFailedEvent;
/** VI JSON text of a DasHostFailedEvent, every int64 digit kept. */
export declare const stringifyDasHostFailedEvent: (value: DasHostFailedEvent) => string;
declare function encodeExact$DasHostFailedEvent(v: DasHostFailedEvent): rt.WireObject;
/** The VI JSON wire form of a DasHostIsolatedEvent (what `decodeDasHostIsolatedEvent` reads back). */
export declare const encodeDasHostIsolatedEvent: typeof encodeExact$DasHostIsolatedEvent;
/** VI JSON text of a DasHostIsolatedEvent, every int64 digit kept. */
export declare const stringifyDasHostIsolatedEvent: (value: DasHostIsolatedEvent) => string;
declare function encodeExact$DasHostIsolatedEvent(v: DasHostIsolatedEvent): rt.WireObject;
/** The VI JSON wire form of a DatacenterConfigInfo (what `decodeDatacenterConfigInfo` reads back). */
export declare const encodeDatacenterConfigInfo: typeof encodeExact$DatacenterConfigInfo;
/** VI JSON text of a DatacenterConfigInfo, every int64 digit kept. */
export declare const stringifyDatacenterConfigInfo: (value: DatacenterConfigInfo) => string;
declare function encodeExact$DatacenterConfigInfo(v: DatacenterConfigInfo): rt.WireObject;
/** The VI JSON wire form of a DatacenterCreatedEvent (what `decodeDatacenterCreatedEvent` reads back). */
export declare const encodeDatacenterCreatedEvent: typeof encodeExact$DatacenterCreatedEvent;
/** VI JSON text of a DatacenterCreatedEvent, every int64 digit kept. */
export declare const stringifyDatacenterCreatedEvent: (value: DatacenterCreatedEvent) => string;
declare function encodeExact$DatacenterCreatedEvent(v: DatacenterCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a DatacenterEvent (what `decodeDatacenterEvent` reads back). */
export declare const encodeDatacenterEvent: typeof encodeAt$DatacenterEvent;
/** VI JSON text of a DatacenterEvent, every int64 digit kept. */
export declare const stringifyDatacenterEvent: (value: AnyDatacenterEvent) => string;
declare function encodeAt$DatacenterEvent(v: AnyDatacenterEvent): rt.WireObject;
/** The VI JSON wire form of a DatacenterEventArgument (what `decodeDatacenterEventArgument` reads back). */
export declare const encodeDatacenterEventArgument: typeof encodeExact$DatacenterEventArgument;
/** VI JSON text of a DatacenterEventArgument, every int64 digit kept. */
export declare const stringifyDatacenterEventArgument: (value: DatacenterEventArgument) => string;
declare function encodeExact$DatacenterEventArgument(v: DatacenterEventArgument): rt.WireObject;
/** The VI JSON wire form of a DatacenterRenamedEvent (what `decodeDatacenterRenamedEvent` reads back). */
export declare const encodeDatacenterRenamedEvent: typeof encodeExact$DatacenterRenamedEvent;
/** VI JSON text of a DatacenterRenamedEvent, every int64 digit kept. */
export declare const stringifyDatacenterRenamedEvent: (value: DatacenterRenamedEvent) => string;
declare function encodeExact$DatacenterRenamedEvent(v: DatacenterRenamedEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreCapability (what `decodeDatastoreCapability` reads back). */
export declare const encodeDatastoreCapability: typeof encodeExact$DatastoreCapability;
/** VI JSON text of a DatastoreCapability, every int64 digit kept. */
export declare const stringifyDatastoreCapability: (value: DatastoreCapability) => string;
declare function encodeExact$DatastoreCapability(v: DatastoreCapability): rt.WireObject;
/** The VI JSON wire form of a DatastoreCapacityIncreasedEvent (what `decodeDatastoreCapacityIncreasedEvent` reads back). */
export declare const encodeDatastoreCapacityIncreasedEvent: typeof encodeExact$DatastoreCapacityIncreasedEvent;
/** VI JSON text of a DatastoreCapacityIncreasedEvent, every int64 digit kept. */
export declare const stringifyDatastoreCapacityIncreasedEvent: (value: DatastoreCapacityIncreasedEvent) => string;
declare function encodeExact$DatastoreCapacityIncreasedEvent(v: DatastoreCapacityIncreasedEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreDestroyedEvent (what `decodeDatastoreDestroyedEvent` reads back). */
export declare const encodeDatastoreDestroyedEvent: typeof encodeExact$DatastoreDestroyedEvent;
/** VI JSON text of a DatastoreDestroyedEvent, every int64 digit kept. */
export declare const stringifyDatastoreDestroyedEvent: (value: DatastoreDestroyedEvent) => string;
declare function encodeExact$DatastoreDestroyedEvent(v: DatastoreDestroyedEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreDiscoveredEvent (what `decodeDatastoreDiscoveredEvent` reads back). */
export declare const encodeDatastoreDiscoveredEvent: typeof encodeExact$DatastoreDiscoveredEvent;
/** VI JSON text of a DatastoreDiscoveredEvent, every int64 digit kept. */
export declare const stringifyDatastoreDiscoveredEvent: (value: DatastoreDiscoveredEvent) => string;
declare function encodeExact$DatastoreDiscoveredEvent(v: DatastoreDiscoveredEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreDuplicatedEvent (what `decodeDatastoreDuplicatedEvent` reads back). */
export declare const encodeDatastoreDuplicatedEvent: typeof encodeExact$DatastoreDuplicatedEvent;
/** VI JSON text of a DatastoreDuplicatedEvent, every int64 digit kept. */
export declare const stringifyDatastoreDuplicatedEvent: (value: DatastoreDuplicatedEvent) => string;
declare function encodeExact$DatastoreDuplicatedEvent(v: DatastoreDuplicatedEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreEvent (what `decodeDatastoreEvent` reads back). */
export declare const encodeDatastoreEvent: typeof encodeAt$DatastoreEvent;
/** VI JSON text of a DatastoreEvent, every int64 digit kept. */
export declare const stringifyDatastoreEvent: (value: AnyDatastoreEvent) => string;
declare function encodeAt$DatastoreEvent(v: AnyDatastoreEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreEventArgument (what `decodeDatastoreEventArgument` reads back). */
export declare const encodeDatastoreEventArgument: typeof encodeExact$DatastoreEventArgument;
/** VI JSON text of a DatastoreEventArgument, every int64 digit kept. */
export declare const stringifyDatastoreEventArgument: (value: DatastoreEventArgument) => string;
declare function encodeExact$DatastoreEventArgument(v: DatastoreEventArgument): rt.WireObject;
/** The VI JSON wire form of a DatastoreFileCopiedEvent (what `decodeDatastoreFileCopiedEvent` reads back). */
export declare const encodeDatastoreFileCopiedEvent: typeof encodeExact$DatastoreFileCopiedEvent;
/** VI JSON text of a DatastoreFileCopiedEvent, every int64 digit kept. */
export declare const stringifyDatastoreFileCopiedEvent: (value: DatastoreFileCopiedEvent) => string;
declare function encodeExact$DatastoreFileCopiedEvent(v: DatastoreFileCopiedEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreFileDeletedEvent (what `decodeDatastoreFileDeletedEvent` reads back). */
export declare const encodeDatastoreFileDeletedEvent: typeof encodeExact$DatastoreFileDeletedEvent;
/** VI JSON text of a DatastoreFileDeletedEvent, every int64 digit kept. */
export declare const stringifyDatastoreFileDeletedEvent: (value: DatastoreFileDeletedEvent) => string;
declare function encodeExact$DatastoreFileDeletedEvent(v: DatastoreFileDeletedEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreFileEvent (what `decodeDatastoreFileEvent` reads back). */
export declare const encodeDatastoreFileEvent: typeof encodeAt$DatastoreFileEvent;
/** VI JSON text of a DatastoreFileEvent, every int64 digit kept. */
export declare const stringifyDatastoreFileEvent: (value: AnyDatastoreFileEvent) => string;
declare function encodeAt$DatastoreFileEvent(v: AnyDatastoreFileEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreFileMovedEvent (what `decodeDatastoreFileMovedEvent` reads back). */
export declare const encodeDatastoreFileMovedEvent: typeof encodeExact$DatastoreFileMovedEvent;
/** VI JSON text of a DatastoreFileMovedEvent, every int64 digit kept. */
export declare const stringifyDatastoreFileMovedEvent: (value: DatastoreFileMovedEvent) => string;
declare function encodeExact$DatastoreFileMovedEvent(v: DatastoreFileMovedEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreHostMount (what `decodeDatastoreHostMount` reads back). */
export declare const encodeDatastoreHostMount: typeof encodeExact$DatastoreHostMount;
/** VI JSON text of a DatastoreHostMount, every int64 digit kept. */
export declare const stringifyDatastoreHostMount: (value: DatastoreHostMount) => string;
declare function encodeExact$DatastoreHostMount(v: DatastoreHostMount): rt.WireObject;
/** The VI JSON wire form of a DatastoreIORMReconfiguredEvent (what `decodeDatastoreIORMReconfiguredEvent` reads back). */
export declare const encodeDatastoreIORMReconfiguredEvent: typeof encodeExact$DatastoreIORMReconfiguredEvent;
/** VI JSON text of a DatastoreIORMReconfiguredEvent, every int64 digit kept. */
export declare const stringifyDatastoreIORMReconfiguredEvent: (value: DatastoreIORMReconfiguredEvent) => string;
declare function encodeExact$DatastoreIORMReconfiguredEvent(v: DatastoreIORMReconfiguredEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreInfo (what `decodeDatastoreInfo` reads back). */
export declare const encodeDatastoreInfo: typeof encodeAt$DatastoreInfo;
/** VI JSON text of a DatastoreInfo, every int64 digit kept. */
export declare const stringifyDatastoreInfo: (value: AnyDatastoreInfo) => string;
declare function encodeAt$DatastoreInfo(v: AnyDatastoreInfo): rt.WireObject;
/** The VI JSON wire form of a DatastorePrincipalConfigured (what `decodeDatastorePrincipalConfigured` reads back). */
export declare const encodeDatastorePrincipalConfigured: typeof encodeExact$DatastorePrincipalConfigured;
/** VI JSON text of a DatastorePrincipalConfigured, every int64 digit kept. */
export declare const stringifyDatastorePrincipalConfigured: (value: DatastorePrincipalConfigured) => string;
declare function encodeExact$DatastorePrincipalConfigured(v: DatastorePrincipalConfigured): rt.WireObject;
/** The VI JSON wire form of a DatastoreRemovedOnHostEvent (what `decodeDatastoreRemovedOnHostEvent` reads back). */
export declare const encodeDatastoreRemovedOnHostEvent: typeof encodeExact$DatastoreRemovedOnHostEvent;
/** VI JSON text of a DatastoreRemovedOnHostEvent, every int64 digit kept. */
export declare const stringifyDatastoreRemovedOnHostEvent: (value: DatastoreRemovedOnHostEvent) => string;
declare function encodeExact$DatastoreRemovedOnHostEvent(v: DatastoreRemovedOnHostEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreRenamedEvent (what `decodeDatastoreRenamedEvent` reads back). */
export declare const encodeDatastoreRenamedEvent: typeof encodeExact$DatastoreRenamedEvent;
/** VI JSON text of a DatastoreRenamedEvent, every int64 digit kept. */
export declare const stringifyDatastoreRenamedEvent: (value: DatastoreRenamedEvent) => string;
declare function encodeExact$DatastoreRenamedEvent(v: DatastoreRenamedEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreRenamedOnHostEvent (what `decodeDatastoreRenamedOnHostEvent` reads back). */
export declare const encodeDatastoreRenamedOnHostEvent: typeof encodeExact$DatastoreRenamedOnHostEvent;
/** VI JSON text of a DatastoreRenamedOnHostEvent, every int64 digit kept. */
export declare const stringifyDatastoreRenamedOnHostEvent: (value: DatastoreRenamedOnHostEvent) => string;
declare function encodeExact$DatastoreRenamedOnHostEvent(v: DatastoreRenamedOnHostEvent): rt.WireObject;
/** The VI JSON wire form of a DatastoreSummary (what `decodeDatastoreSummary` reads back). */
export declare const encodeDatastoreSummary: typeof encodeExact$DatastoreSummary;
/** VI JSON text of a DatastoreSummary, every int64 digit kept. */
export declare const stringifyDatastoreSummary: (value: DatastoreSummary) => string;
declare function encodeExact$DatastoreSummary(v: DatastoreSummary): rt.WireObject;
/** The VI JSON wire form of a Description (what `decodeDescription` reads back). */
export declare const encodeDescription: typeof encodeAt$Description;
/** VI JSON text of a Description, every int64 digit kept. */
export declare const stringifyDescription: (value: AnyDescription) => string;
declare function encodeAt$Description(v: AnyDescription): rt.WireObject;
/** The VI JSON wire form of a DistributedVirtualSwitchHostMemberBacking (what `decodeDistributedVirtualSwitchHostMemberBacking` reads back). */
export declare const encodeDistributedVirtualSwitchHostMemberBacking: typeof encodeExact$DistributedVirtualSwitchHostMemberBacking;
/** VI JSON text of a DistributedVirtualSwitchHostMemberBacking, every int64 digit kept. */
export declare const stringifyDistributedVirtualSwitchHostMemberBacking: (value: DistributedVirtualSwitchHostMemberBacking) => string;
declare function encodeExact$DistributedVirtualSwitchHostMemberBacking(v: DistributedVirtualSwitchHostMemberBacking): rt.WireObject;
/** The VI JSON wire form of a DistributedVirtualSwitchHostMemberConfigSpec (what `decodeDistributedVirtualSwitchHostMemberConfigSpec` reads back). */
export declare const encodeDistributedVirtualSwitchHostMemberConfigSpec: typeof encodeExact$DistributedVirtualSwitchHostMemberConfigSpec;
/** VI JSON text of a DistributedVirtualSwitchHostMemberConfigSpec, every int64 digit kept. */
export declare const stringifyDistributedVirtualSwitchHostMemberConfigSpec: (value: DistributedVirtualSwitchHostMemberConfigSpec) => string;
declare function encodeExact$DistributedVirtualSwitchHostMemberConfigSpec(v: DistributedVirtualSwitchHostMemberConfigSpec): rt.WireObject;
/** The VI JSON wire form of a DistributedVirtualSwitchKeyedOpaqueBlob (what `decodeDistributedVirtualSwitchKeyedOpaqueBlob` reads back). */
export declare const encodeDistributedVirtualSwitchKeyedOpaqueBlob: typeof encodeExact$DistributedVirtualSwitchKeyedOpaqueBlob;
/** VI JSON text of a DistributedVirtualSwitchKeyedOpaqueBlob, every int64 digit kept. */
export declare const stringifyDistributedVirtualSwitchKeyedOpaqueBlob: (value: DistributedVirtualSwitchKeyedOpaqueBlob) => string;
declare function encodeExact$DistributedVirtualSwitchKeyedOpaqueBlob(v: DistributedVirtualSwitchKeyedOpaqueBlob): rt.WireObject;
/** The VI JSON wire form of a DistributedVirtualSwitchPortConnectee (what `decodeDistributedVirtualSwitchPortConnectee` reads back). */
export declare const encodeDistributedVirtualSwitchPortConnectee: typeof encodeExact$DistributedVirtualSwitchPortConnectee;
/** VI JSON text of a DistributedVirtualSwitchPortConnectee, every int64 digit kept. */
export declare const stringifyDistributedVirtualSwitchPortConnectee: (value: DistributedVirtualSwitchPortConnectee) => string;
declare function encodeExact$DistributedVirtualSwitchPortConnectee(v: DistributedVirtualSwitchPortConnectee): rt.WireObject;
/** The VI JSON wire form of a DistributedVirtualSwitchPortConnection (what `decodeDistributedVirtualSwitchPortConnection` reads back). */
export declare const encodeDistributedVirtualSwitchPortConnection: typeof encodeExact$DistributedVirtualSwitchPortConnection;
/** VI JSON text of a DistributedVirtualSwitchPortConnection, every int64 digit kept. */
export declare const stringifyDistributedVirtualSwitchPortConnection: (value: DistributedVirtualSwitchPortConnection) => string;
declare function encodeExact$DistributedVirtualSwitchPortConnection(v: DistributedVirtualSwitchPortConnection): rt.WireObject;
/** The VI JSON wire form of a DistributedVirtualSwitchProductSpec (what `decodeDistributedVirtualSwitchProductSpec` reads back). */
export declare const encodeDistributedVirtualSwitchProductSpec: typeof encodeExact$DistributedVirtualSwitchProductSpec;
/** VI JSON text of a DistributedVirtualSwitchProductSpec, every int64 digit kept. */
export declare const stringifyDistributedVirtualSwitchProductSpec: (value: DistributedVirtualSwitchProductSpec) => string;
declare function encodeExact$DistributedVirtualSwitchProductSpec(v: DistributedVirtualSwitchProductSpec): rt.WireObject;
/** The VI JSON wire form of a DrsDisabledEvent (what `decodeDrsDisabledEvent` reads back). */
export declare const encodeDrsDisabledEvent: typeof encodeExact$DrsDisabledEvent;
/** VI JSON text of a DrsDisabledEvent, every int64 digit kept. */
export declare const stringifyDrsDisabledEvent: (value: DrsDisabledEvent) => string;
declare function encodeExact$DrsDisabledEvent(v: DrsDisabledEvent): rt.WireObject;
/** The VI JSON wire form of a DrsEnabledEvent (what `decodeDrsEnabledEvent` reads back). */
export declare const encodeDrsEnabledEvent: typeof encodeExact$DrsEnabledEvent;
/** VI JSON text of a DrsEnabledEvent, every int64 digit kept. */
export declare const stringifyDrsEnabledEvent: (value: DrsEnabledEvent) => string;
declare function encodeExact$DrsEnabledEvent(v: DrsEnabledEvent): rt.WireObject;
/** The VI JSON wire form of a DrsEnteredStandbyModeEvent (what `decodeDrsEnteredStandbyModeEvent` reads back). */
export declare const encodeDrsEnteredStandbyModeEvent: typeof encodeExact$DrsEnteredStandbyModeEvent;
/** VI JSON text of a DrsEnteredStandbyModeEvent, every int64 digit kept. */
export declare const stringifyDrsEnteredStandbyModeEvent: (value: DrsEnteredStandbyModeEvent) => string;
declare function encodeExact$DrsEnteredStandbyModeEvent(v: DrsEnteredStandbyModeEvent): rt.WireObject;
/** The VI JSON wire form of a DrsEnteringStandbyModeEvent (what `decodeDrsEnteringStandbyModeEvent` reads back). */
export declare const encodeDrsEnteringStandbyModeEvent: typeof encodeExact$DrsEnteringStandbyModeEvent;
/** VI JSON text of a DrsEnteringStandbyModeEvent, every int64 digit kept. */
export declare const stringifyDrsEnteringStandbyModeEvent: (value: DrsEnteringStandbyModeEvent) => string;
declare function encodeExact$DrsEnteringStandbyModeEvent(v: DrsEnteringStandbyModeEvent): rt.WireObject;
/** The VI JSON wire form of a DrsExitStandbyModeFailedEvent (what `decodeDrsExitStandbyModeFailedEvent` reads back). */
export declare const encodeDrsExitStandbyModeFailedEvent: typeof encodeExact$DrsExitStandbyModeFailedEvent;
/** VI JSON text of a DrsExitStandbyModeFailedEvent, every int64 digit kept. */
export declare const stringifyDrsExitStandbyModeFailedEvent: (value: DrsExitStandbyModeFailedEvent) => string;
declare function encodeExact$DrsExitStandbyModeFailedEvent(v: DrsExitStandbyModeFailedEvent): rt.WireObject;
/** The VI JSON wire form of a DrsExitedStandbyModeEvent (what `decodeDrsExitedStandbyModeEvent` reads back). */
export declare const encodeDrsExitedStandbyModeEvent: typeof encodeExact$DrsExitedStandbyModeEvent;
/** VI JSON text of a DrsExitedStandbyModeEvent, every int64 digit kept. */
export declare const stringifyDrsExitedStandbyModeEvent: (value: DrsExitedStandbyModeEvent) => string;
declare function encodeExact$DrsExitedStandbyModeEvent(v: DrsExitedStandbyModeEvent): rt.WireObject;
/** The VI JSON wire form of a DrsExitingStandbyModeEvent (what `decodeDrsExitingStandbyModeEvent` reads back). */
export declare const encodeDrsExitingStandbyModeEvent: typeof encodeExact$DrsExitingStandbyModeEvent;
/** VI JSON text of a DrsExitingStandbyModeEvent, every int64 digit kept. */
export declare const stringifyDrsExitingStandbyModeEvent: (value: DrsExitingStandbyModeEvent) => string;
declare function encodeExact$DrsExitingStandbyModeEvent(v: DrsExitingStandbyModeEvent): rt.WireObject;
/** The VI JSON wire form of a DrsInvocationFailedEvent (what `decodeDrsInvocationFailedEvent` reads back). */
export declare const encodeDrsInvocationFailedEvent: typeof encodeExact$DrsInvocationFailedEvent;
/** VI JSON text of a DrsInvocationFailedEvent, every int64 digit kept. */
export declare const stringifyDrsInvocationFailedEvent: (value: DrsInvocationFailedEvent) => string;
declare function encodeExact$DrsInvocationFailedEvent(v: DrsInvocationFailedEvent): rt.WireObject;
/** The VI JSON wire form of a DrsRecoveredFromFailureEvent (what `decodeDrsRecoveredFromFailureEvent` reads back). */
export declare const encodeDrsRecoveredFromFailureEvent: typeof encodeExact$DrsRecoveredFromFailureEvent;
/** VI JSON text of a DrsRecoveredFromFailureEvent, every int64 digit kept. */
export declare const stringifyDrsRecoveredFromFailureEvent: (value: DrsRecoveredFromFailureEvent) => string;
declare function encodeExact$DrsRecoveredFromFailureEvent(v: DrsRecoveredFromFailureEvent): rt.WireObject;
/** The VI JSON wire form of a DrsResourceConfigureFailedEvent (what `decodeDrsResourceConfigureFailedEvent` reads back). */
export declare const encodeDrsResourceConfigureFailedEvent: typeof encodeExact$DrsResourceConfigureFailedEvent;
/** VI JSON text of a DrsResourceConfigureFailedEvent, every int64 digit kept. */
export declare const stringifyDrsResourceConfigureFailedEvent: (value: DrsResourceConfigureFailedEvent) => string;
declare function encodeExact$DrsResourceConfigureFailedEvent(v: DrsResourceConfigureFailedEvent): rt.WireObject;
/** The VI JSON wire form of a DrsResourceConfigureSyncedEvent (what `decodeDrsResourceConfigureSyncedEvent` reads back). */
export declare const encodeDrsResourceConfigureSyncedEvent: typeof encodeExact$DrsResourceConfigureSyncedEvent;
/** VI JSON text of a DrsResourceConfigureSyncedEvent, every int64 digit kept. */
export declare const stringifyDrsResourceConfigureSyncedEvent: (value: DrsResourceConfigureSyncedEvent) => string;
declare function encodeExact$DrsResourceConfigureSyncedEvent(v: DrsResourceConfigureSyncedEvent): rt.WireObject;
/** The VI JSON wire form of a DrsRuleComplianceEvent (what `decodeDrsRuleComplianceEvent` reads back). */
export declare const encodeDrsRuleComplianceEvent: typeof encodeExact$DrsRuleComplianceEvent;
/** VI JSON text of a DrsRuleComplianceEvent, every int64 digit kept. */
export declare const stringifyDrsRuleComplianceEvent: (value: DrsRuleComplianceEvent) => string;
declare function encodeExact$DrsRuleComplianceEvent(v: DrsRuleComplianceEvent): rt.WireObject;
/** The VI JSON wire form of a DrsRuleViolationEvent (what `decodeDrsRuleViolationEvent` reads back). */
export declare const encodeDrsRuleViolationEvent: typeof encodeExact$DrsRuleViolationEvent;
/** VI JSON text of a DrsRuleViolationEvent, every int64 digit kept. */
export declare const stringifyDrsRuleViolationEvent: (value: DrsRuleViolationEvent) => string;
declare function encodeExact$DrsRuleViolationEvent(v: DrsRuleViolationEvent): rt.WireObject;
/** The VI JSON wire form of a DrsSoftRuleViolationEvent (what `decodeDrsSoftRuleViolationEvent` reads back). */
export declare const encodeDrsSoftRuleViolationEvent: typeof encodeExact$DrsSoftRuleViolationEvent;
/** VI JSON text of a DrsSoftRuleViolationEvent, every int64 digit kept. */
export declare const stringifyDrsSoftRuleViolationEvent: (value: DrsSoftRuleViolationEvent) => string;
declare function encodeExact$DrsSoftRuleViolationEvent(v: DrsSoftRuleViolationEvent): rt.WireObject;
/** The VI JSON wire form of a DrsVmMigratedEvent (what `decodeDrsVmMigratedEvent` reads back). */
export declare const encodeDrsVmMigratedEvent: typeof encodeExact$DrsVmMigratedEvent;
/** VI JSON text of a DrsVmMigratedEvent, every int64 digit kept. */
export declare const stringifyDrsVmMigratedEvent: (value: DrsVmMigratedEvent) => string;
declare function encodeExact$DrsVmMigratedEvent(v: DrsVmMigratedEvent): rt.WireObject;
/** The VI JSON wire form of a DrsVmPoweredOnEvent (what `decodeDrsVmPoweredOnEvent` reads back). */
export declare const encodeDrsVmPoweredOnEvent: typeof encodeExact$DrsVmPoweredOnEvent;
/** VI JSON text of a DrsVmPoweredOnEvent, every int64 digit kept. */
export declare const stringifyDrsVmPoweredOnEvent: (value: DrsVmPoweredOnEvent) => string;
declare function encodeExact$DrsVmPoweredOnEvent(v: DrsVmPoweredOnEvent): rt.WireObject;
/** The VI JSON wire form of a DuplicateIpDetectedEvent (what `decodeDuplicateIpDetectedEvent` reads back). */
export declare const encodeDuplicateIpDetectedEvent: typeof encodeExact$DuplicateIpDetectedEvent;
/** VI JSON text of a DuplicateIpDetectedEvent, every int64 digit kept. */
export declare const stringifyDuplicateIpDetectedEvent: (value: DuplicateIpDetectedEvent) => string;
declare function encodeExact$DuplicateIpDetectedEvent(v: DuplicateIpDetectedEvent): rt.WireObject;
/** The VI JSON wire form of a DuplicateName (what `decodeDuplicateName` reads back). */
export declare const encodeDuplicateName: typeof encodeExact$DuplicateName;
/** VI JSON text of a DuplicateName, every int64 digit kept. */
export declare const stringifyDuplicateName: (value: DuplicateName) => string;
declare function encodeExact$DuplicateName(v: DuplicateName): rt.WireObject;
/** The VI JSON wire form of a DvpgImportEvent (what `decodeDvpgImportEvent` reads back). */
export declare const encodeDvpgImportEvent: typeof encodeExact$DvpgImportEvent;
/** VI JSON text of a DvpgImportEvent, every int64 digit kept. */
export declare const stringifyDvpgImportEvent: (value: DvpgImportEvent) => string;
declare function encodeExact$DvpgImportEvent(v: DvpgImportEvent): rt.WireObject;
/** The VI JSON wire form of a DvpgRestoreEvent (what `decodeDvpgRestoreEvent` reads back). */
export declare const encodeDvpgRestoreEvent: typeof encodeExact$DvpgRestoreEvent;
/** VI JSON text of a DvpgRestoreEvent, every int64 digit kept. */
export declare const stringifyDvpgRestoreEvent: (value: DvpgRestoreEvent) => string;
declare function encodeExact$DvpgRestoreEvent(v: DvpgRestoreEvent): rt.WireObject;
/** The VI JSON wire form of a DvsCreatedEvent (what `decodeDvsCreatedEvent` reads back). */
export declare const encodeDvsCreatedEvent: typeof encodeExact$DvsCreatedEvent;
/** VI JSON text of a DvsCreatedEvent, every int64 digit kept. */
export declare const stringifyDvsCreatedEvent: (value: DvsCreatedEvent) => string;
declare function encodeExact$DvsCreatedEvent(v: DvsCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsDestroyedEvent (what `decodeDvsDestroyedEvent` reads back). */
export declare const encodeDvsDestroyedEvent: typeof encodeExact$DvsDestroyedEvent;
/** VI JSON text of a DvsDestroyedEvent, every int64 digit kept. */
export declare const stringifyDvsDestroyedEvent: (value: DvsDestroyedEvent) => string;
declare function encodeExact$DvsDestroyedEvent(v: DvsDestroyedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsEvent (what `decodeDvsEvent` reads back). */
export declare const encodeDvsEvent: typeof encodeAt$DvsEvent;
/** VI JSON text of a DvsEvent, every int64 digit kept. */
export declare const stringifyDvsEvent: (value: AnyDvsEvent) => string;
declare function encodeAt$DvsEvent(v: AnyDvsEvent): rt.WireObject;
/** The VI JSON wire form of a DvsEventArgument (what `decodeDvsEventArgument` reads back). */
export declare const encodeDvsEventArgument: typeof encodeExact$DvsEventArgument;
/** VI JSON text of a DvsEventArgument, every int64 digit kept. */
export declare const stringifyDvsEventArgument: (value: DvsEventArgument) => string;
declare function encodeExact$DvsEventArgument(v: DvsEventArgument): rt.WireObject;
/** The VI JSON wire form of a DvsFilterConfig (what `decodeDvsFilterConfig` reads back). */
export declare const encodeDvsFilterConfig: typeof encodeExact$DvsFilterConfig;
/** VI JSON text of a DvsFilterConfig, every int64 digit kept. */
export declare const stringifyDvsFilterConfig: (value: DvsFilterConfig) => string;
declare function encodeExact$DvsFilterConfig(v: DvsFilterConfig): rt.WireObject;
/** The VI JSON wire form of a DvsFilterParameter (what `decodeDvsFilterParameter` reads back). */
export declare const encodeDvsFilterParameter: typeof encodeExact$DvsFilterParameter;
/** VI JSON text of a DvsFilterParameter, every int64 digit kept. */
export declare const stringifyDvsFilterParameter: (value: DvsFilterParameter) => string;
declare function encodeExact$DvsFilterParameter(v: DvsFilterParameter): rt.WireObject;
/** The VI JSON wire form of a DvsFilterPolicy (what `decodeDvsFilterPolicy` reads back). */
export declare const encodeDvsFilterPolicy: typeof encodeExact$DvsFilterPolicy;
/** VI JSON text of a DvsFilterPolicy, every int64 digit kept. */
export declare const stringifyDvsFilterPolicy: (value: DvsFilterPolicy) => string;
declare function encodeExact$DvsFilterPolicy(v: DvsFilterPolicy): rt.WireObject;
/** The VI JSON wire form of a DvsHealthStatusChangeEvent (what `decodeDvsHealthStatusChangeEvent` reads back). */
export declare const encodeDvsHealthStatusChangeEvent: typeof encodeAt$DvsHealthStatusChangeEvent;
/** VI JSON text of a DvsHealthStatusChangeEvent, every int64 digit kept. */
export declare const stringifyDvsHealthStatusChangeEvent: (value: AnyDvsHealthStatusChangeEvent) => string;
declare function encodeAt$DvsHealthStatusChangeEvent(v: AnyDvsHealthStatusChangeEvent): rt.WireObject;
/** The VI JSON wire form of a DvsHostBackInSyncEvent (what `decodeDvsHostBackInSyncEvent` reads back). */
export declare const encodeDvsHostBackInSyncEvent: typeof encodeExact$DvsHostBackInSyncEvent;
/** VI JSON text of a DvsHostBackInSyncEvent, every int64 digit kept. */
export declare const stringifyDvsHostBackInSyncEvent: (value: DvsHostBackInSyncEvent) => string;
declare function encodeExact$DvsHostBackInSyncEvent(v: DvsHostBackInSyncEvent): rt.WireObject;
/** The VI JSON wire form of a DvsHostInfrastructureTrafficResource (what `decodeDvsHostInfrastructureTrafficResource` reads back). */
export declare const encodeDvsHostInfrastructureTrafficResource: typeof encodeExact$DvsHostInfrastructureTrafficResource;
/** VI JSON text of a DvsHostInfrastructureTrafficResource, every int64 digit kept. */
export declare const stringifyDvsHostInfrastructureTrafficResource: (value: DvsHostInfrastructureTrafficResource) => string;
declare function encodeExact$DvsHostInfrastructureTrafficResource(v: DvsHostInfrastructureTrafficResource): rt.WireObject;
/** The VI JSON wire form of a DvsHostInfrastructureTrafficResourceAllocation (what `decodeDvsHostInfrastructureTrafficResourceAllocation` reads back). */
export declare const encodeDvsHostInfrastructureTrafficResourceAllocation: typeof encodeExact$DvsHostInfrastructureTrafficResourceAllocation;
/** VI JSON text of a DvsHostInfrastructureTrafficResourceAllocation, every int64 digit kept. */
export declare const stringifyDvsHostInfrastructureTrafficResourceAllocation: (value: DvsHostInfrastructureTrafficResourceAllocation) => string;
declare function encodeExact$DvsHostInfrastructureTrafficResourceAllocation(v: DvsHostInfrastructureTrafficResourceAllocation): rt.WireObject;
/** The VI JSON wire form of a DvsHostJoinedEvent (what `decodeDvsHostJoinedEvent` reads back). */
export declare const encodeDvsHostJoinedEvent: typeof encodeExact$DvsHostJoinedEvent;
/** VI JSON text of a DvsHostJoinedEvent, every int64 digit kept. */
export declare const stringifyDvsHostJoinedEvent: (value: DvsHostJoinedEvent) => string;
declare function encodeExact$DvsHostJoinedEvent(v: DvsHostJoinedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsHostLeftEvent (what `decodeDvsHostLeftEvent` reads back). */
export declare const encodeDvsHostLeftEvent: typeof encodeExact$DvsHostLeftEvent;
/** VI JSON text of a DvsHostLeftEvent, every int64 digit kept. */
export declare const stringifyDvsHostLeftEvent: (value: DvsHostLeftEvent) => string;
declare function encodeExact$DvsHostLeftEvent(v: DvsHostLeftEvent): rt.WireObject;
/** The VI JSON wire form of a DvsHostStatusUpdated (what `decodeDvsHostStatusUpdated` reads back). */
export declare const encodeDvsHostStatusUpdated: typeof encodeExact$DvsHostStatusUpdated;
/** VI JSON text of a DvsHostStatusUpdated, every int64 digit kept. */
export declare const stringifyDvsHostStatusUpdated: (value: DvsHostStatusUpdated) => string;
declare function encodeExact$DvsHostStatusUpdated(v: DvsHostStatusUpdated): rt.WireObject;
/** The VI JSON wire form of a DvsHostWentOutOfSyncEvent (what `decodeDvsHostWentOutOfSyncEvent` reads back). */
export declare const encodeDvsHostWentOutOfSyncEvent: typeof encodeExact$DvsHostWentOutOfSyncEvent;
/** VI JSON text of a DvsHostWentOutOfSyncEvent, every int64 digit kept. */
export declare const stringifyDvsHostWentOutOfSyncEvent: (value: DvsHostWentOutOfSyncEvent) => string;
declare function encodeExact$DvsHostWentOutOfSyncEvent(v: DvsHostWentOutOfSyncEvent): rt.WireObject;
/** The VI JSON wire form of a DvsImportEvent (what `decodeDvsImportEvent` reads back). */
export declare const encodeDvsImportEvent: typeof encodeExact$DvsImportEvent;
/** VI JSON text of a DvsImportEvent, every int64 digit kept. */
export declare const stringifyDvsImportEvent: (value: DvsImportEvent) => string;
declare function encodeExact$DvsImportEvent(v: DvsImportEvent): rt.WireObject;
/** The VI JSON wire form of a DvsMergedEvent (what `decodeDvsMergedEvent` reads back). */
export declare const encodeDvsMergedEvent: typeof encodeExact$DvsMergedEvent;
/** VI JSON text of a DvsMergedEvent, every int64 digit kept. */
export declare const stringifyDvsMergedEvent: (value: DvsMergedEvent) => string;
declare function encodeExact$DvsMergedEvent(v: DvsMergedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsOutOfSyncHostArgument (what `decodeDvsOutOfSyncHostArgument` reads back). */
export declare const encodeDvsOutOfSyncHostArgument: typeof encodeExact$DvsOutOfSyncHostArgument;
/** VI JSON text of a DvsOutOfSyncHostArgument, every int64 digit kept. */
export declare const stringifyDvsOutOfSyncHostArgument: (value: DvsOutOfSyncHostArgument) => string;
declare function encodeExact$DvsOutOfSyncHostArgument(v: DvsOutOfSyncHostArgument): rt.WireObject;
/** The VI JSON wire form of a DvsPortBlockedEvent (what `decodeDvsPortBlockedEvent` reads back). */
export declare const encodeDvsPortBlockedEvent: typeof encodeExact$DvsPortBlockedEvent;
/** VI JSON text of a DvsPortBlockedEvent, every int64 digit kept. */
export declare const stringifyDvsPortBlockedEvent: (value: DvsPortBlockedEvent) => string;
declare function encodeExact$DvsPortBlockedEvent(v: DvsPortBlockedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortConnectedEvent (what `decodeDvsPortConnectedEvent` reads back). */
export declare const encodeDvsPortConnectedEvent: typeof encodeExact$DvsPortConnectedEvent;
/** VI JSON text of a DvsPortConnectedEvent, every int64 digit kept. */
export declare const stringifyDvsPortConnectedEvent: (value: DvsPortConnectedEvent) => string;
declare function encodeExact$DvsPortConnectedEvent(v: DvsPortConnectedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortCreatedEvent (what `decodeDvsPortCreatedEvent` reads back). */
export declare const encodeDvsPortCreatedEvent: typeof encodeExact$DvsPortCreatedEvent;
/** VI JSON text of a DvsPortCreatedEvent, every int64 digit kept. */
export declare const stringifyDvsPortCreatedEvent: (value: DvsPortCreatedEvent) => string;
declare function encodeExact$DvsPortCreatedEvent(v: DvsPortCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortDeletedEvent (what `decodeDvsPortDeletedEvent` reads back). */
export declare const encodeDvsPortDeletedEvent: typeof encodeExact$DvsPortDeletedEvent;
/** VI JSON text of a DvsPortDeletedEvent, every int64 digit kept. */
export declare const stringifyDvsPortDeletedEvent: (value: DvsPortDeletedEvent) => string;
declare function encodeExact$DvsPortDeletedEvent(v: DvsPortDeletedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortDisconnectedEvent (what `decodeDvsPortDisconnectedEvent` reads back). */
export declare const encodeDvsPortDisconnectedEvent: typeof encodeExact$DvsPortDisconnectedEvent;
/** VI JSON text of a DvsPortDisconnectedEvent, every int64 digit kept. */
export declare const stringifyDvsPortDisconnectedEvent: (value: DvsPortDisconnectedEvent) => string;
declare function encodeExact$DvsPortDisconnectedEvent(v: DvsPortDisconnectedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortEnteredPassthruEvent (what `decodeDvsPortEnteredPassthruEvent` reads back). */
export declare const encodeDvsPortEnteredPassthruEvent: typeof encodeExact$DvsPortEnteredPassthruEvent;
/** VI JSON text of a DvsPortEnteredPassthruEvent, every int64 digit kept. */
export declare const stringifyDvsPortEnteredPassthruEvent: (value: DvsPortEnteredPassthruEvent) => string;
declare function encodeExact$DvsPortEnteredPassthruEvent(v: DvsPortEnteredPassthruEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortExitedPassthruEvent (what `decodeDvsPortExitedPassthruEvent` reads back). */
export declare const encodeDvsPortExitedPassthruEvent: typeof encodeExact$DvsPortExitedPassthruEvent;
/** VI JSON text of a DvsPortExitedPassthruEvent, every int64 digit kept. */
export declare const stringifyDvsPortExitedPassthruEvent: (value: DvsPortExitedPassthruEvent) => string;
declare function encodeExact$DvsPortExitedPassthruEvent(v: DvsPortExitedPassthruEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortJoinPortgroupEvent (what `decodeDvsPortJoinPortgroupEvent` reads back). */
export declare const encodeDvsPortJoinPortgroupEvent: typeof encodeExact$DvsPortJoinPortgroupEvent;
/** VI JSON text of a DvsPortJoinPortgroupEvent, every int64 digit kept. */
export declare const stringifyDvsPortJoinPortgroupEvent: (value: DvsPortJoinPortgroupEvent) => string;
declare function encodeExact$DvsPortJoinPortgroupEvent(v: DvsPortJoinPortgroupEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortLeavePortgroupEvent (what `decodeDvsPortLeavePortgroupEvent` reads back). */
export declare const encodeDvsPortLeavePortgroupEvent: typeof encodeExact$DvsPortLeavePortgroupEvent;
/** VI JSON text of a DvsPortLeavePortgroupEvent, every int64 digit kept. */
export declare const stringifyDvsPortLeavePortgroupEvent: (value: DvsPortLeavePortgroupEvent) => string;
declare function encodeExact$DvsPortLeavePortgroupEvent(v: DvsPortLeavePortgroupEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortLinkDownEvent (what `decodeDvsPortLinkDownEvent` reads back). */
export declare const encodeDvsPortLinkDownEvent: typeof encodeExact$DvsPortLinkDownEvent;
/** VI JSON text of a DvsPortLinkDownEvent, every int64 digit kept. */
export declare const stringifyDvsPortLinkDownEvent: (value: DvsPortLinkDownEvent) => string;
declare function encodeExact$DvsPortLinkDownEvent(v: DvsPortLinkDownEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortLinkUpEvent (what `decodeDvsPortLinkUpEvent` reads back). */
export declare const encodeDvsPortLinkUpEvent: typeof encodeExact$DvsPortLinkUpEvent;
/** VI JSON text of a DvsPortLinkUpEvent, every int64 digit kept. */
export declare const stringifyDvsPortLinkUpEvent: (value: DvsPortLinkUpEvent) => string;
declare function encodeExact$DvsPortLinkUpEvent(v: DvsPortLinkUpEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortReconfiguredEvent (what `decodeDvsPortReconfiguredEvent` reads back). */
export declare const encodeDvsPortReconfiguredEvent: typeof encodeExact$DvsPortReconfiguredEvent;
/** VI JSON text of a DvsPortReconfiguredEvent, every int64 digit kept. */
export declare const stringifyDvsPortReconfiguredEvent: (value: DvsPortReconfiguredEvent) => string;
declare function encodeExact$DvsPortReconfiguredEvent(v: DvsPortReconfiguredEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortRuntimeChangeEvent (what `decodeDvsPortRuntimeChangeEvent` reads back). */
export declare const encodeDvsPortRuntimeChangeEvent: typeof encodeExact$DvsPortRuntimeChangeEvent;
/** VI JSON text of a DvsPortRuntimeChangeEvent, every int64 digit kept. */
export declare const stringifyDvsPortRuntimeChangeEvent: (value: DvsPortRuntimeChangeEvent) => string;
declare function encodeExact$DvsPortRuntimeChangeEvent(v: DvsPortRuntimeChangeEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortUnblockedEvent (what `decodeDvsPortUnblockedEvent` reads back). */
export declare const encodeDvsPortUnblockedEvent: typeof encodeExact$DvsPortUnblockedEvent;
/** VI JSON text of a DvsPortUnblockedEvent, every int64 digit kept. */
export declare const stringifyDvsPortUnblockedEvent: (value: DvsPortUnblockedEvent) => string;
declare function encodeExact$DvsPortUnblockedEvent(v: DvsPortUnblockedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsPortVendorSpecificStateChangeEvent (what `decodeDvsPortVendorSpecificStateChangeEvent` reads back). */
export declare const encodeDvsPortVendorSpecificStateChangeEvent: typeof encodeExact$DvsPortVendorSpecificStateChangeEvent;
/** VI JSON text of a DvsPortVendorSpecificStateChangeEvent, every int64 digit kept. */
export declare const stringifyDvsPortVendorSpecificStateChangeEvent: (value: DvsPortVendorSpecificStateChangeEvent) => string;
declare function encodeExact$DvsPortVendorSpecificStateChangeEvent(v: DvsPortVendorSpecificStateChangeEvent): rt.WireObject;
/** The VI JSON wire form of a DvsReconfiguredEvent (what `decodeDvsReconfiguredEvent` reads back). */
export declare const encodeDvsReconfiguredEvent: typeof encodeExact$DvsReconfiguredEvent;
/** VI JSON text of a DvsReconfiguredEvent, every int64 digit kept. */
export declare const stringifyDvsReconfiguredEvent: (value: DvsReconfiguredEvent) => string;
declare function encodeExact$DvsReconfiguredEvent(v: DvsReconfiguredEvent): rt.WireObject;
/** The VI JSON wire form of a DvsRenamedEvent (what `decodeDvsRenamedEvent` reads back). */
export declare const encodeDvsRenamedEvent: typeof encodeExact$DvsRenamedEvent;
/** VI JSON text of a DvsRenamedEvent, every int64 digit kept. */
export declare const stringifyDvsRenamedEvent: (value: DvsRenamedEvent) => string;
declare function encodeExact$DvsRenamedEvent(v: DvsRenamedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsRestoreEvent (what `decodeDvsRestoreEvent` reads back). */
export declare const encodeDvsRestoreEvent: typeof encodeExact$DvsRestoreEvent;
/** VI JSON text of a DvsRestoreEvent, every int64 digit kept. */
export declare const stringifyDvsRestoreEvent: (value: DvsRestoreEvent) => string;
declare function encodeExact$DvsRestoreEvent(v: DvsRestoreEvent): rt.WireObject;
/** The VI JSON wire form of a DvsUpgradeAvailableEvent (what `decodeDvsUpgradeAvailableEvent` reads back). */
export declare const encodeDvsUpgradeAvailableEvent: typeof encodeExact$DvsUpgradeAvailableEvent;
/** VI JSON text of a DvsUpgradeAvailableEvent, every int64 digit kept. */
export declare const stringifyDvsUpgradeAvailableEvent: (value: DvsUpgradeAvailableEvent) => string;
declare function encodeExact$DvsUpgradeAvailableEvent(v: DvsUpgradeAvailableEvent): rt.WireObject;
/** The VI JSON wire form of a DvsUpgradeInProgressEvent (what `decodeDvsUpgradeInProgressEvent` reads back). */
export declare const encodeDvsUpgradeInProgressEvent: typeof encodeExact$DvsUpgradeInProgressEvent;
/** VI JSON text of a DvsUpgradeInProgressEvent, every int64 digit kept. */
export declare const stringifyDvsUpgradeInProgressEvent: (value: DvsUpgradeInProgressEvent) => string;
declare function encodeExact$DvsUpgradeInProgressEvent(v: DvsUpgradeInProgressEvent): rt.WireObject;
/** The VI JSON wire form of a DvsUpgradeRejectedEvent (what `decodeDvsUpgradeRejectedEvent` reads back). */
export declare const encodeDvsUpgradeRejectedEvent: typeof encodeExact$DvsUpgradeRejectedEvent;
/** VI JSON text of a DvsUpgradeRejectedEvent, every int64 digit kept. */
export declare const stringifyDvsUpgradeRejectedEvent: (value: DvsUpgradeRejectedEvent) => string;
declare function encodeExact$DvsUpgradeRejectedEvent(v: DvsUpgradeRejectedEvent): rt.WireObject;
/** The VI JSON wire form of a DvsUpgradedEvent (what `decodeDvsUpgradedEvent` reads back). */
export declare const encodeDvsUpgradedEvent: typeof encodeExact$DvsUpgradedEvent;
/** VI JSON text of a DvsUpgradedEvent, every int64 digit kept. */
export declare const stringifyDvsUpgradedEvent: (value: DvsUpgradedEvent) => string;
declare function encodeExact$DvsUpgradedEvent(v: DvsUpgradedEvent): rt.WireObject;
/** The VI JSON wire form of a DynamicData (what `decodeDynamicData` reads back). */
export declare const encodeDynamicData: typeof encodeAt$DynamicData;
/** VI JSON text of a DynamicData, every int64 digit kept. */
export declare const stringifyDynamicData: (value: AnyDynamicData) => string;
declare function encodeAt$DynamicData(v: AnyDynamicData): rt.WireObject;
/** The VI JSON wire form of a DynamicProperty (what `decodeDynamicProperty` reads back). */
export declare const encodeDynamicProperty: typeof encodeExact$DynamicProperty;
/** VI JSON text of a DynamicProperty, every int64 digit kept. */
export declare const stringifyDynamicProperty: (value: DynamicProperty) => string;
declare function encodeExact$DynamicProperty(v: DynamicProperty): rt.WireObject;
/** The VI JSON wire form of an EVCMode (what `decodeEVCMode` reads back). */
export declare const encodeEVCMode: typeof encodeExact$EVCMode;
/** VI JSON text of an EVCMode, every int64 digit kept. */
export declare const stringifyEVCMode: (value: EVCMode) => string;
declare function encodeExact$EVCMode(v: EVCMode): rt.WireObject;
/** The VI JSON wire form of an ElementDescription (what `decodeElementDescription` reads back). */
export declare const encodeElementDescription: typeof encodeAt$ElementDescription;
/** VI JSON text of an ElementDescription, every int64 digit kept. */
export declare const stringifyElementDescription: (value: AnyElementDescription) => string;
declare function encodeAt$ElementDescription(v: AnyElementDescription): rt.WireObject;
/** The VI JSON wire form of an EnteredMaintenanceModeEvent (what `decodeEnteredMaintenanceModeEvent` reads back). */
export declare const encodeEnteredMaintenanceModeEvent: typeof encodeExact$EnteredMaintenanceModeEvent;
/** VI JSON text of an EnteredMaintenanceModeEvent, every int64 digit kept. */
export declare const stringifyEnteredMaintenanceModeEvent: (value: EnteredMaintenanceModeEvent) => string;
declare function encodeExact$EnteredMaintenanceModeEvent(v: EnteredMaintenanceModeEvent): rt.WireObject;
/** The VI JSON wire form of an EnteredStandbyModeEvent (what `decodeEnteredStandbyModeEvent` reads back). */
export declare const encodeEnteredStandbyModeEvent: typeof encodeAt$EnteredStandbyModeEvent;
/** VI JSON text of an EnteredStandbyModeEvent, every int64 digit kept. */
export declare const stringifyEnteredStandbyModeEvent: (value: AnyEnteredStandbyModeEvent) => string;
declare function encodeAt$EnteredStandbyModeEvent(v: AnyEnteredStandbyModeEvent): rt.WireObject;
/** The VI JSON wire form of an EnteringMaintenanceModeEvent (what `decodeEnteringMaintenanceModeEvent` reads back). */
export declare const encodeEnteringMaintenanceModeEvent: typeof encodeExact$EnteringMaintenanceModeEvent;
/** VI JSON text of an EnteringMaintenanceModeEvent, every int64 digit kept. */
export declare const stringifyEnteringMaintenanceModeEvent: (value: EnteringMaintenanceModeEvent) => string;
declare function encodeExact$EnteringMaintenanceModeEvent(v: EnteringMaintenanceModeEvent): rt.WireObject;
/** The VI JSON wire form of an EnteringStandbyModeEvent (what `decodeEnteringStandbyModeEvent` reads back). */
export declare const encodeEnteringStandbyModeEvent: typeof encodeAt$EnteringStandbyModeEvent;
/** VI JSON text of an EnteringStandbyModeEvent, every int64 digit kept. */
export declare const stringifyEnteringStandbyModeEvent: (value: AnyEnteringStandbyModeEvent) => string;
declare function encodeAt$EnteringStandbyModeEvent(v: AnyEnteringStandbyModeEvent): rt.WireObject;
/** The VI JSON wire form of an EntityEventArgument (what `decodeEntityEventArgument` reads back). */
export declare const encodeEntityEventArgument: typeof encodeAt$EntityEventArgument;
/** VI JSON text of an EntityEventArgument, every int64 digit kept. */
export declare const stringifyEntityEventArgument: (value: AnyEntityEventArgument) => string;
declare function encodeAt$EntityEventArgument(v: AnyEntityEventArgument): rt.WireObject;
/** The VI JSON wire form of an EnumDescription (what `decodeEnumDescription` reads back). */
export declare const encodeEnumDescription: typeof encodeExact$EnumDescription;
/** VI JSON text of an EnumDescription, every int64 digit kept. */
export declare const stringifyEnumDescription: (value: EnumDescription) => string;
declare function encodeExact$EnumDescription(v: EnumDescription): rt.WireObject;
/** The VI JSON wire form of an ErrorUpgradeEvent (what `decodeErrorUpgradeEvent` reads back). */
export declare const encodeErrorUpgradeEvent: typeof encodeExact$ErrorUpgradeEvent;
/** VI JSON text of an ErrorUpgradeEvent, every int64 digit kept. */
export declare const stringifyErrorUpgradeEvent: (value: ErrorUpgradeEvent) => string;
declare function encodeExact$ErrorUpgradeEvent(v: ErrorUpgradeEvent): rt.WireObject;
/** The VI JSON wire form of an Event (what `decodeEvent` reads back). */
export declare const encodeEvent: typeof encodeAt$Event;
/** VI JSON text of an Event, every int64 digit kept. */
export declare const stringifyEvent: (value: AnyEvent) => string;
declare function encodeAt$Event(v: AnyEvent): rt.WireObject;
/** The VI JSON wire form of an EventArgument (what `decodeEventArgument` reads back). */
export declare const encodeEventArgument: typeof encodeAt$EventArgument;
/** VI JSON text of an EventArgument, every int64 digit kept. */
export declare const stringifyEventArgument: (value: AnyEventArgument) => string;
declare function encodeAt$EventArgument(v: AnyEventArgument): rt.WireObject;
/** The VI JSON wire form of an EventDescription (what `decodeEventDescription` reads back). */
export declare const encodeEventDescription: typeof encodeExact$EventDescription;
/** VI JSON text of an EventDescription, every int64 digit kept. */
export declare const stringifyEventDescription: (value: EventDescription) => string;
declare function encodeExact$EventDescription(v: EventDescription): rt.WireObject;
/** The VI JSON wire form of an EventDescriptionEventDetail (what `decodeEventDescriptionEventDetail` reads back). */
export declare const encodeEventDescriptionEventDetail: typeof encodeExact$EventDescriptionEventDetail;
/** VI JSON text of an EventDescriptionEventDetail, every int64 digit kept. */
export declare const stringifyEventDescriptionEventDetail: (value: EventDescriptionEventDetail) => string;
declare function encodeExact$EventDescriptionEventDetail(v: EventDescriptionEventDetail): rt.WireObject;
/** The VI JSON wire form of an EventEx (what `decodeEventEx` reads back). */
export declare const encodeEventEx: typeof encodeExact$EventEx;
/** VI JSON text of an EventEx, every int64 digit kept. */
export declare const stringifyEventEx: (value: EventEx) => string;
declare function encodeExact$EventEx(v: EventEx): rt.WireObject;
/** The VI JSON wire form of an EventFilterSpec (what `decodeEventFilterSpec` reads back). */
export declare const encodeEventFilterSpec: typeof encodeExact$EventFilterSpec;
/** VI JSON text of an EventFilterSpec, every int64 digit kept. */
export declare const stringifyEventFilterSpec: (value: EventFilterSpec) => string;
declare function encodeExact$EventFilterSpec(v: EventFilterSpec): rt.WireObject;
/** The VI JSON wire form of an EventFilterSpecByEntity (what `decodeEventFilterSpecByEntity` reads back). */
export declare const encodeEventFilterSpecByEntity: typeof encodeExact$EventFilterSpecByEntity;
/** VI JSON text of an EventFilterSpecByEntity, every int64 digit kept. */
export declare const stringifyEventFilterSpecByEntity: (value: EventFilterSpecByEntity) => string;
declare function encodeExact$EventFilterSpecByEntity(v: EventFilterSpecByEntity): rt.WireObject;
/** The VI JSON wire form of an EventFilterSpecByTime (what `decodeEventFilterSpecByTime` reads back). */
export declare const encodeEventFilterSpecByTime: typeof encodeExact$EventFilterSpecByTime;
/** VI JSON text of an EventFilterSpecByTime, every int64 digit kept. */
export declare const stringifyEventFilterSpecByTime: (value: EventFilterSpecByTime) => string;
declare function encodeExact$EventFilterSpecByTime(v: EventFilterSpecByTime): rt.WireObject;
/** The VI JSON wire form of an EventFilterSpecByUsername (what `decodeEventFilterSpecByUsername` reads back). */
export declare const encodeEventFilterSpecByUsername: typeof encodeExact$EventFilterSpecByUsername;
/** VI JSON text of an EventFilterSpecByUsername, every int64 digit kept. */
export declare const stringifyEventFilterSpecByUsername: (value: EventFilterSpecByUsername) => string;
declare function encodeExact$EventFilterSpecByUsername(v: EventFilterSpecByUsername): rt.WireObject;
/** The VI JSON wire form of an EventManagerEventViewSpec (what `decodeEventManagerEventViewSpec` reads back). */
export declare const encodeEventManagerEventViewSpec: typeof encodeAt$EventManagerEventViewSpec;
/** VI JSON text of an EventManagerEventViewSpec, every int64 digit kept. */
export declare const stringifyEventManagerEventViewSpec: (value: AnyEventManagerEventViewSpec) => string;
declare function encodeAt$EventManagerEventViewSpec(v: AnyEventManagerEventViewSpec): rt.WireObject;
/** The VI JSON wire form of an EventManagerViewByStartId (what `decodeEventManagerViewByStartId` reads back). */
export declare const encodeEventManagerViewByStartId: typeof encodeExact$EventManagerViewByStartId;
/** VI JSON text of an EventManagerViewByStartId, every int64 digit kept. */
export declare const stringifyEventManagerViewByStartId: (value: EventManagerViewByStartId) => string;
declare function encodeExact$EventManagerViewByStartId(v: EventManagerViewByStartId): rt.WireObject;
/** The VI JSON wire form of an ExitMaintenanceModeEvent (what `decodeExitMaintenanceModeEvent` reads back). */
export declare const encodeExitMaintenanceModeEvent: typeof encodeExact$ExitMaintenanceModeEvent;
/** VI JSON text of an ExitMaintenanceModeEvent, every int64 digit kept. */
export declare const stringifyExitMaintenanceModeEvent: (value: ExitMaintenanceModeEvent) => string;
declare function encodeExact$ExitMaintenanceModeEvent(v: ExitMaintenanceModeEvent): rt.WireObject;
/** The VI JSON wire form of an ExitStandbyModeFailedEvent (what `decodeExitStandbyModeFailedEvent` reads back). */
export declare const encodeExitStandbyModeFailedEvent: typeof encodeAt$ExitStandbyModeFailedEvent;
/** VI JSON text of an ExitStandbyModeFailedEvent, every int64 digit kept. */
export declare const stringifyExitStandbyModeFailedEvent: (value: AnyExitStandbyModeFailedEvent) => string;
declare function encodeAt$ExitStandbyModeFailedEvent(v: AnyExitStandbyModeFailedEvent): rt.WireObject;
/** The VI JSON wire form of an ExitedStandbyModeEvent (what `decodeExitedStandbyModeEvent` reads back). */
export declare const encodeExitedStandbyModeEvent: typeof encodeAt$ExitedStandbyModeEvent;
/** VI JSON text of an ExitedStandbyModeEvent, every int64 digit kept. */
export declare const stringifyExitedStandbyModeEvent: (value: AnyExitedStandbyModeEvent) => string;
declare function encodeAt$ExitedStandbyModeEvent(v: AnyExitedStandbyModeEvent): rt.WireObject;
/** The VI JSON wire form of an ExitingStandbyModeEvent (what `decodeExitingStandbyModeEvent` reads back). */
export declare const encodeExitingStandbyModeEvent: typeof encodeAt$ExitingStandbyModeEvent;
/** VI JSON text of an ExitingStandbyModeEvent, every int64 digit kept. */
export declare const stringifyExitingStandbyModeEvent: (value: AnyExitingStandbyModeEvent) => string;
declare function encodeAt$ExitingStandbyModeEvent(v: AnyExitingStandbyModeEvent): rt.WireObject;
/** The VI JSON wire form of an ExtendedEvent (what `decodeExtendedEvent` reads back). */
export declare const encodeExtendedEvent: typeof encodeExact$ExtendedEvent;
/** VI JSON text of an ExtendedEvent, every int64 digit kept. */
export declare const stringifyExtendedEvent: (value: ExtendedEvent) => string;
declare function encodeExact$ExtendedEvent(v: ExtendedEvent): rt.WireObject;
/** The VI JSON wire form of an ExtendedEventPair (what `decodeExtendedEventPair` reads back). */
export declare const encodeExtendedEventPair: typeof encodeExact$ExtendedEventPair;
/** VI JSON text of an ExtendedEventPair, every int64 digit kept. */
export declare const stringifyExtendedEventPair: (value: ExtendedEventPair) => string;
declare function encodeExact$ExtendedEventPair(v: ExtendedEventPair): rt.WireObject;
/** The VI JSON wire form of a FailoverLevelRestored (what `decodeFailoverLevelRestored` reads back). */
export declare const encodeFailoverLevelRestored: typeof encodeExact$FailoverLevelRestored;
/** VI JSON text of a FailoverLevelRestored, every int64 digit kept. */
export declare const stringifyFailoverLevelRestored: (value: FailoverLevelRestored) => string;
declare function encodeExact$FailoverLevelRestored(v: FailoverLevelRestored): rt.WireObject;
/** The VI JSON wire form of a FaultToleranceConfigInfo (what `decodeFaultToleranceConfigInfo` reads back). */
export declare const encodeFaultToleranceConfigInfo: typeof encodeExact$FaultToleranceConfigInfo;
/** VI JSON text of a FaultToleranceConfigInfo, every int64 digit kept. */
export declare const stringifyFaultToleranceConfigInfo: (value: FaultToleranceConfigInfo) => string;
declare function encodeExact$FaultToleranceConfigInfo(v: FaultToleranceConfigInfo): rt.WireObject;
/** The VI JSON wire form of a FeatureEVCMode (what `decodeFeatureEVCMode` reads back). */
export declare const encodeFeatureEVCMode: typeof encodeExact$FeatureEVCMode;
/** VI JSON text of a FeatureEVCMode, every int64 digit kept. */
export declare const stringifyFeatureEVCMode: (value: FeatureEVCMode) => string;
declare function encodeExact$FeatureEVCMode(v: FeatureEVCMode): rt.WireObject;
/** The VI JSON wire form of a FileFault (what `decodeFileFault` reads back). */
export declare const encodeFileFault: typeof encodeAt$FileFault;
/** VI JSON text of a FileFault, every int64 digit kept. */
export declare const stringifyFileFault: (value: AnyFileFault) => string;
declare function encodeAt$FileFault(v: AnyFileFault): rt.WireObject;
/** The VI JSON wire form of a FileNotFound (what `decodeFileNotFound` reads back). */
export declare const encodeFileNotFound: typeof encodeExact$FileNotFound;
/** VI JSON text of a FileNotFound, every int64 digit kept. */
export declare const stringifyFileNotFound: (value: FileNotFound) => string;
declare function encodeExact$FileNotFound(v: FileNotFound): rt.WireObject;
/** The VI JSON wire form of a FolderEventArgument (what `decodeFolderEventArgument` reads back). */
export declare const encodeFolderEventArgument: typeof encodeExact$FolderEventArgument;
/** VI JSON text of a FolderEventArgument, every int64 digit kept. */
export declare const stringifyFolderEventArgument: (value: FolderEventArgument) => string;
declare function encodeExact$FolderEventArgument(v: FolderEventArgument): rt.WireObject;
/** The VI JSON wire form of a GeneralEvent (what `decodeGeneralEvent` reads back). */
export declare const encodeGeneralEvent: typeof encodeAt$GeneralEvent;
/** VI JSON text of a GeneralEvent, every int64 digit kept. */
export declare const stringifyGeneralEvent: (value: AnyGeneralEvent) => string;
declare function encodeAt$GeneralEvent(v: AnyGeneralEvent): rt.WireObject;
/** The VI JSON wire form of a GeneralHostErrorEvent (what `decodeGeneralHostErrorEvent` reads back). */
export declare const encodeGeneralHostErrorEvent: typeof encodeExact$GeneralHostErrorEvent;
/** VI JSON text of a GeneralHostErrorEvent, every int64 digit kept. */
export declare const stringifyGeneralHostErrorEvent: (value: GeneralHostErrorEvent) => string;
declare function encodeExact$GeneralHostErrorEvent(v: GeneralHostErrorEvent): rt.WireObject;
/** The VI JSON wire form of a GeneralHostInfoEvent (what `decodeGeneralHostInfoEvent` reads back). */
export declare const encodeGeneralHostInfoEvent: typeof encodeExact$GeneralHostInfoEvent;
/** VI JSON text of a GeneralHostInfoEvent, every int64 digit kept. */
export declare const stringifyGeneralHostInfoEvent: (value: GeneralHostInfoEvent) => string;
declare function encodeExact$GeneralHostInfoEvent(v: GeneralHostInfoEvent): rt.WireObject;
/** The VI JSON wire form of a GeneralHostWarningEvent (what `decodeGeneralHostWarningEvent` reads back). */
export declare const encodeGeneralHostWarningEvent: typeof encodeExact$GeneralHostWarningEvent;
/** VI JSON text of a GeneralHostWarningEvent, every int64 digit kept. */
export declare const stringifyGeneralHostWarningEvent: (value: GeneralHostWarningEvent) => string;
declare function encodeExact$GeneralHostWarningEvent(v: GeneralHostWarningEvent): rt.WireObject;
/** The VI JSON wire form of a GeneralUserEvent (what `decodeGeneralUserEvent` reads back). */
export declare const encodeGeneralUserEvent: typeof encodeExact$GeneralUserEvent;
/** VI JSON text of a GeneralUserEvent, every int64 digit kept. */
export declare const stringifyGeneralUserEvent: (value: GeneralUserEvent) => string;
declare function encodeExact$GeneralUserEvent(v: GeneralUserEvent): rt.WireObject;
/** The VI JSON wire form of a GeneralVmErrorEvent (what `decodeGeneralVmErrorEvent` reads back). */
export declare const encodeGeneralVmErrorEvent: typeof encodeExact$GeneralVmErrorEvent;
/** VI JSON text of a GeneralVmErrorEvent, every int64 digit kept. */
export declare const stringifyGeneralVmErrorEvent: (value: GeneralVmErrorEvent) => string;
declare function encodeExact$GeneralVmErrorEvent(v: GeneralVmErrorEvent): rt.WireObject;
/** The VI JSON wire form of a GeneralVmInfoEvent (what `decodeGeneralVmInfoEvent` reads back). */
export declare const encodeGeneralVmInfoEvent: typeof encodeExact$GeneralVmInfoEvent;
/** VI JSON text of a GeneralVmInfoEvent, every int64 digit kept. */
export declare const stringifyGeneralVmInfoEvent: (value: GeneralVmInfoEvent) => string;
declare function encodeExact$GeneralVmInfoEvent(v: GeneralVmInfoEvent): rt.WireObject;
/** The VI JSON wire form of a GeneralVmWarningEvent (what `decodeGeneralVmWarningEvent` reads back). */
export declare const encodeGeneralVmWarningEvent: typeof encodeExact$GeneralVmWarningEvent;
/** VI JSON text of a GeneralVmWarningEvent, every int64 digit kept. */
export declare const stringifyGeneralVmWarningEvent: (value: GeneralVmWarningEvent) => string;
declare function encodeExact$GeneralVmWarningEvent(v: GeneralVmWarningEvent): rt.WireObject;
/** The VI JSON wire form of a GhostDvsProxySwitchDetectedEvent (what `decodeGhostDvsProxySwitchDetectedEvent` reads back). */
export declare const encodeGhostDvsProxySwitchDetectedEvent: typeof encodeExact$GhostDvsProxySwitchDetectedEvent;
/** VI JSON text of a GhostDvsProxySwitchDetectedEvent, every int64 digit kept. */
export declare const stringifyGhostDvsProxySwitchDetectedEvent: (value: GhostDvsProxySwitchDetectedEvent) => string;
declare function encodeExact$GhostDvsProxySwitchDetectedEvent(v: GhostDvsProxySwitchDetectedEvent): rt.WireObject;
/** The VI JSON wire form of a GhostDvsProxySwitchRemovedEvent (what `decodeGhostDvsProxySwitchRemovedEvent` reads back). */
export declare const encodeGhostDvsProxySwitchRemovedEvent: typeof encodeExact$GhostDvsProxySwitchRemovedEvent;
/** VI JSON text of a GhostDvsProxySwitchRemovedEvent, every int64 digit kept. */
export declare const stringifyGhostDvsProxySwitchRemovedEvent: (value: GhostDvsProxySwitchRemovedEvent) => string;
declare function encodeExact$GhostDvsProxySwitchRemovedEvent(v: GhostDvsProxySwitchRemovedEvent): rt.WireObject;
/** The VI JSON wire form of a GlobalMessageChangedEvent (what `decodeGlobalMessageChangedEvent` reads back). */
export declare const encodeGlobalMessageChangedEvent: typeof encodeExact$GlobalMessageChangedEvent;
/** VI JSON text of a GlobalMessageChangedEvent, every int64 digit kept. */
export declare const stringifyGlobalMessageChangedEvent: (value: GlobalMessageChangedEvent) => string;
declare function encodeExact$GlobalMessageChangedEvent(v: GlobalMessageChangedEvent): rt.WireObject;
/** The VI JSON wire form of a GuestDiskInfo (what `decodeGuestDiskInfo` reads back). */
export declare const encodeGuestDiskInfo: typeof encodeExact$GuestDiskInfo;
/** VI JSON text of a GuestDiskInfo, every int64 digit kept. */
export declare const stringifyGuestDiskInfo: (value: GuestDiskInfo) => string;
declare function encodeExact$GuestDiskInfo(v: GuestDiskInfo): rt.WireObject;
/** The VI JSON wire form of a GuestInfo (what `decodeGuestInfo` reads back). */
export declare const encodeGuestInfo: typeof encodeExact$GuestInfo;
/** VI JSON text of a GuestInfo, every int64 digit kept. */
export declare const stringifyGuestInfo: (value: GuestInfo) => string;
declare function encodeExact$GuestInfo(v: GuestInfo): rt.WireObject;
/** The VI JSON wire form of a GuestInfoCustomizationInfo (what `decodeGuestInfoCustomizationInfo` reads back). */
export declare const encodeGuestInfoCustomizationInfo: typeof encodeExact$GuestInfoCustomizationInfo;
/** VI JSON text of a GuestInfoCustomizationInfo, every int64 digit kept. */
export declare const stringifyGuestInfoCustomizationInfo: (value: GuestInfoCustomizationInfo) => string;
declare function encodeExact$GuestInfoCustomizationInfo(v: GuestInfoCustomizationInfo): rt.WireObject;
/** The VI JSON wire form of a GuestInfoNamespaceGenerationInfo (what `decodeGuestInfoNamespaceGenerationInfo` reads back). */
export declare const encodeGuestInfoNamespaceGenerationInfo: typeof encodeExact$GuestInfoNamespaceGenerationInfo;
/** VI JSON text of a GuestInfoNamespaceGenerationInfo, every int64 digit kept. */
export declare const stringifyGuestInfoNamespaceGenerationInfo: (value: GuestInfoNamespaceGenerationInfo) => string;
declare function encodeExact$GuestInfoNamespaceGenerationInfo(v: GuestInfoNamespaceGenerationInfo): rt.WireObject;
/** The VI JSON wire form of a GuestInfoVirtualDiskMapping (what `decodeGuestInfoVirtualDiskMapping` reads back). */
export declare const encodeGuestInfoVirtualDiskMapping: typeof encodeExact$GuestInfoVirtualDiskMapping;
/** VI JSON text of a GuestInfoVirtualDiskMapping, every int64 digit kept. */
export declare const stringifyGuestInfoVirtualDiskMapping: (value: GuestInfoVirtualDiskMapping) => string;
declare function encodeExact$GuestInfoVirtualDiskMapping(v: GuestInfoVirtualDiskMapping): rt.WireObject;
/** The VI JSON wire form of a GuestNicInfo (what `decodeGuestNicInfo` reads back). */
export declare const encodeGuestNicInfo: typeof encodeExact$GuestNicInfo;
/** VI JSON text of a GuestNicInfo, every int64 digit kept. */
export declare const stringifyGuestNicInfo: (value: GuestNicInfo) => string;
declare function encodeExact$GuestNicInfo(v: GuestNicInfo): rt.WireObject;
/** The VI JSON wire form of a GuestScreenInfo (what `decodeGuestScreenInfo` reads back). */
export declare const encodeGuestScreenInfo: typeof encodeExact$GuestScreenInfo;
/** VI JSON text of a GuestScreenInfo, every int64 digit kept. */
export declare const stringifyGuestScreenInfo: (value: GuestScreenInfo) => string;
declare function encodeExact$GuestScreenInfo(v: GuestScreenInfo): rt.WireObject;
/** The VI JSON wire form of a GuestStackInfo (what `decodeGuestStackInfo` reads back). */
export declare const encodeGuestStackInfo: typeof encodeExact$GuestStackInfo;
/** VI JSON text of a GuestStackInfo, every int64 digit kept. */
export declare const stringifyGuestStackInfo: (value: GuestStackInfo) => string;
declare function encodeExact$GuestStackInfo(v: GuestStackInfo): rt.WireObject;
/** The VI JSON wire form of a HealthStatusChangedEvent (what `decodeHealthStatusChangedEvent` reads back). */
export declare const encodeHealthStatusChangedEvent: typeof encodeExact$HealthStatusChangedEvent;
/** VI JSON text of a HealthStatusChangedEvent, every int64 digit kept. */
export declare const stringifyHealthStatusChangedEvent: (value: HealthStatusChangedEvent) => string;
declare function encodeExact$HealthStatusChangedEvent(v: HealthStatusChangedEvent): rt.WireObject;
/** The VI JSON wire form of a HostAccountSpec (what `decodeHostAccountSpec` reads back). */
export declare const encodeHostAccountSpec: typeof encodeExact$HostAccountSpec;
/** VI JSON text of a HostAccountSpec, every int64 digit kept. */
export declare const stringifyHostAccountSpec: (value: HostAccountSpec) => string;
declare function encodeExact$HostAccountSpec(v: HostAccountSpec): rt.WireObject;
/** The VI JSON wire form of a HostAddFailedEvent (what `decodeHostAddFailedEvent` reads back). */
export declare const encodeHostAddFailedEvent: typeof encodeExact$HostAddFailedEvent;
/** VI JSON text of a HostAddFailedEvent, every int64 digit kept. */
export declare const stringifyHostAddFailedEvent: (value: HostAddFailedEvent) => string;
declare function encodeExact$HostAddFailedEvent(v: HostAddFailedEvent): rt.WireObject;
/** The VI JSON wire form of a HostAddedEvent (what `decodeHostAddedEvent` reads back). */
export declare const encodeHostAddedEvent: typeof encodeExact$HostAddedEvent;
/** VI JSON text of a HostAddedEvent, every int64 digit kept. */
export declare const stringifyHostAddedEvent: (value: HostAddedEvent) => string;
declare function encodeExact$HostAddedEvent(v: HostAddedEvent): rt.WireObject;
/** The VI JSON wire form of a HostAdminDisableEvent (what `decodeHostAdminDisableEvent` reads back). */
export declare const encodeHostAdminDisableEvent: typeof encodeExact$HostAdminDisableEvent;
/** VI JSON text of a HostAdminDisableEvent, every int64 digit kept. */
export declare const stringifyHostAdminDisableEvent: (value: HostAdminDisableEvent) => string;
declare function encodeExact$HostAdminDisableEvent(v: HostAdminDisableEvent): rt.WireObject;
/** The VI JSON wire form of a HostAdminEnableEvent (what `decodeHostAdminEnableEvent` reads back). */
export declare const encodeHostAdminEnableEvent: typeof encodeExact$HostAdminEnableEvent;
/** VI JSON text of a HostAdminEnableEvent, every int64 digit kept. */
export declare const stringifyHostAdminEnableEvent: (value: HostAdminEnableEvent) => string;
declare function encodeExact$HostAdminEnableEvent(v: HostAdminEnableEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedAccountFailedEvent (what `decodeHostCnxFailedAccountFailedEvent` reads back). */
export declare const encodeHostCnxFailedAccountFailedEvent: typeof encodeExact$HostCnxFailedAccountFailedEvent;
/** VI JSON text of a HostCnxFailedAccountFailedEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedAccountFailedEvent: (value: HostCnxFailedAccountFailedEvent) => string;
declare function encodeExact$HostCnxFailedAccountFailedEvent(v: HostCnxFailedAccountFailedEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedAlreadyManagedEvent (what `decodeHostCnxFailedAlreadyManagedEvent` reads back). */
export declare const encodeHostCnxFailedAlreadyManagedEvent: typeof encodeExact$HostCnxFailedAlreadyManagedEvent;
/** VI JSON text of a HostCnxFailedAlreadyManagedEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedAlreadyManagedEvent: (value: HostCnxFailedAlreadyManagedEvent) => string;
declare function encodeExact$HostCnxFailedAlreadyManagedEvent(v: HostCnxFailedAlreadyManagedEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedBadCcagentEvent (what `decodeHostCnxFailedBadCcagentEvent` reads back). */
export declare const encodeHostCnxFailedBadCcagentEvent: typeof encodeExact$HostCnxFailedBadCcagentEvent;
/** VI JSON text of a HostCnxFailedBadCcagentEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedBadCcagentEvent: (value: HostCnxFailedBadCcagentEvent) => string;
declare function encodeExact$HostCnxFailedBadCcagentEvent(v: HostCnxFailedBadCcagentEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedBadUsernameEvent (what `decodeHostCnxFailedBadUsernameEvent` reads back). */
export declare const encodeHostCnxFailedBadUsernameEvent: typeof encodeExact$HostCnxFailedBadUsernameEvent;
/** VI JSON text of a HostCnxFailedBadUsernameEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedBadUsernameEvent: (value: HostCnxFailedBadUsernameEvent) => string;
declare function encodeExact$HostCnxFailedBadUsernameEvent(v: HostCnxFailedBadUsernameEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedBadVersionEvent (what `decodeHostCnxFailedBadVersionEvent` reads back). */
export declare const encodeHostCnxFailedBadVersionEvent: typeof encodeExact$HostCnxFailedBadVersionEvent;
/** VI JSON text of a HostCnxFailedBadVersionEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedBadVersionEvent: (value: HostCnxFailedBadVersionEvent) => string;
declare function encodeExact$HostCnxFailedBadVersionEvent(v: HostCnxFailedBadVersionEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedCcagentUpgradeEvent (what `decodeHostCnxFailedCcagentUpgradeEvent` reads back). */
export declare const encodeHostCnxFailedCcagentUpgradeEvent: typeof encodeExact$HostCnxFailedCcagentUpgradeEvent;
/** VI JSON text of a HostCnxFailedCcagentUpgradeEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedCcagentUpgradeEvent: (value: HostCnxFailedCcagentUpgradeEvent) => string;
declare function encodeExact$HostCnxFailedCcagentUpgradeEvent(v: HostCnxFailedCcagentUpgradeEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedEvent (what `decodeHostCnxFailedEvent` reads back). */
export declare const encodeHostCnxFailedEvent: typeof encodeExact$HostCnxFailedEvent;
/** VI JSON text of a HostCnxFailedEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedEvent: (value: HostCnxFailedEvent) => string;
declare function encodeExact$HostCnxFailedEvent(v: HostCnxFailedEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedNetworkErrorEvent (what `decodeHostCnxFailedNetworkErrorEvent` reads back). */
export declare const encodeHostCnxFailedNetworkErrorEvent: typeof encodeExact$HostCnxFailedNetworkErrorEvent;
/** VI JSON text of a HostCnxFailedNetworkErrorEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedNetworkErrorEvent: (value: HostCnxFailedNetworkErrorEvent) => string;
declare function encodeExact$HostCnxFailedNetworkErrorEvent(v: HostCnxFailedNetworkErrorEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedNoAccessEvent (what `decodeHostCnxFailedNoAccessEvent` reads back). */
export declare const encodeHostCnxFailedNoAccessEvent: typeof encodeExact$HostCnxFailedNoAccessEvent;
/** VI JSON text of a HostCnxFailedNoAccessEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedNoAccessEvent: (value: HostCnxFailedNoAccessEvent) => string;
declare function encodeExact$HostCnxFailedNoAccessEvent(v: HostCnxFailedNoAccessEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedNoConnectionEvent (what `decodeHostCnxFailedNoConnectionEvent` reads back). */
export declare const encodeHostCnxFailedNoConnectionEvent: typeof encodeExact$HostCnxFailedNoConnectionEvent;
/** VI JSON text of a HostCnxFailedNoConnectionEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedNoConnectionEvent: (value: HostCnxFailedNoConnectionEvent) => string;
declare function encodeExact$HostCnxFailedNoConnectionEvent(v: HostCnxFailedNoConnectionEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedNoLicenseEvent (what `decodeHostCnxFailedNoLicenseEvent` reads back). */
export declare const encodeHostCnxFailedNoLicenseEvent: typeof encodeExact$HostCnxFailedNoLicenseEvent;
/** VI JSON text of a HostCnxFailedNoLicenseEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedNoLicenseEvent: (value: HostCnxFailedNoLicenseEvent) => string;
declare function encodeExact$HostCnxFailedNoLicenseEvent(v: HostCnxFailedNoLicenseEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedNotFoundEvent (what `decodeHostCnxFailedNotFoundEvent` reads back). */
export declare const encodeHostCnxFailedNotFoundEvent: typeof encodeExact$HostCnxFailedNotFoundEvent;
/** VI JSON text of a HostCnxFailedNotFoundEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedNotFoundEvent: (value: HostCnxFailedNotFoundEvent) => string;
declare function encodeExact$HostCnxFailedNotFoundEvent(v: HostCnxFailedNotFoundEvent): rt.WireObject;
/** The VI JSON wire form of a HostCnxFailedTimeoutEvent (what `decodeHostCnxFailedTimeoutEvent` reads back). */
export declare const encodeHostCnxFailedTimeoutEvent: typeof encodeExact$HostCnxFailedTimeoutEvent;
/** VI JSON text of a HostCnxFailedTimeoutEvent, every int64 digit kept. */
export declare const stringifyHostCnxFailedTimeoutEvent: (value: HostCnxFailedTimeoutEvent) => string;
declare function encodeExact$HostCnxFailedTimeoutEvent(v: HostCnxFailedTimeoutEvent): rt.WireObject;
/** The VI JSON wire form of a HostComplianceCheckedEvent (what `decodeHostComplianceCheckedEvent` reads back). */
export declare const encodeHostComplianceCheckedEvent: typeof encodeExact$HostComplianceCheckedEvent;
/** VI JSON text of a HostComplianceCheckedEvent, every int64 digit kept. */
export declare const stringifyHostComplianceCheckedEvent: (value: HostComplianceCheckedEvent) => string;
declare function encodeExact$HostComplianceCheckedEvent(v: HostComplianceCheckedEvent): rt.WireObject;
/** The VI JSON wire form of a HostCompliantEvent (what `decodeHostCompliantEvent` reads back). */
export declare const encodeHostCompliantEvent: typeof encodeExact$HostCompliantEvent;
/** VI JSON text of a HostCompliantEvent, every int64 digit kept. */
export declare const stringifyHostCompliantEvent: (value: HostCompliantEvent) => string;
declare function encodeExact$HostCompliantEvent(v: HostCompliantEvent): rt.WireObject;
/** The VI JSON wire form of a HostConfigAppliedEvent (what `decodeHostConfigAppliedEvent` reads back). */
export declare const encodeHostConfigAppliedEvent: typeof encodeExact$HostConfigAppliedEvent;
/** VI JSON text of a HostConfigAppliedEvent, every int64 digit kept. */
export declare const stringifyHostConfigAppliedEvent: (value: HostConfigAppliedEvent) => string;
declare function encodeExact$HostConfigAppliedEvent(v: HostConfigAppliedEvent): rt.WireObject;
/** The VI JSON wire form of a HostConnectedEvent (what `decodeHostConnectedEvent` reads back). */
export declare const encodeHostConnectedEvent: typeof encodeExact$HostConnectedEvent;
/** VI JSON text of a HostConnectedEvent, every int64 digit kept. */
export declare const stringifyHostConnectedEvent: (value: HostConnectedEvent) => string;
declare function encodeExact$HostConnectedEvent(v: HostConnectedEvent): rt.WireObject;
/** The VI JSON wire form of a HostConnectionLostEvent (what `decodeHostConnectionLostEvent` reads back). */
export declare const encodeHostConnectionLostEvent: typeof encodeExact$HostConnectionLostEvent;
/** VI JSON text of a HostConnectionLostEvent, every int64 digit kept. */
export declare const stringifyHostConnectionLostEvent: (value: HostConnectionLostEvent) => string;
declare function encodeExact$HostConnectionLostEvent(v: HostConnectionLostEvent): rt.WireObject;
/** The VI JSON wire form of a HostCpuIdInfo (what `decodeHostCpuIdInfo` reads back). */
export declare const encodeHostCpuIdInfo: typeof encodeExact$HostCpuIdInfo;
/** VI JSON text of a HostCpuIdInfo, every int64 digit kept. */
export declare const stringifyHostCpuIdInfo: (value: HostCpuIdInfo) => string;
declare function encodeExact$HostCpuIdInfo(v: HostCpuIdInfo): rt.WireObject;
/** The VI JSON wire form of a HostDasDisabledEvent (what `decodeHostDasDisabledEvent` reads back). */
export declare const encodeHostDasDisabledEvent: typeof encodeExact$HostDasDisabledEvent;
/** VI JSON text of a HostDasDisabledEvent, every int64 digit kept. */
export declare const stringifyHostDasDisabledEvent: (value: HostDasDisabledEvent) => string;
declare function encodeExact$HostDasDisabledEvent(v: HostDasDisabledEvent): rt.WireObject;
/** The VI JSON wire form of a HostDasDisablingEvent (what `decodeHostDasDisablingEvent` reads back). */
export declare const encodeHostDasDisablingEvent: typeof encodeExact$HostDasDisablingEvent;
/** VI JSON text of a HostDasDisablingEvent, every int64 digit kept. */
export declare const stringifyHostDasDisablingEvent: (value: HostDasDisablingEvent) => string;
declare function encodeExact$HostDasDisablingEvent(v: HostDasDisablingEvent): rt.WireObject;
/** The VI JSON wire form of a HostDasEnabledEvent (what `decodeHostDasEnabledEvent` reads back). */
export declare const encodeHostDasEnabledEvent: typeof encodeExact$HostDasEnabledEvent;
/** VI JSON text of a HostDasEnabledEvent, every int64 digit kept. */
export declare const stringifyHostDasEnabledEvent: (value: HostDasEnabledEvent) => string;
declare function encodeExact$HostDasEnabledEvent(v: HostDasEnabledEvent): rt.WireObject;
/** The VI JSON wire form of a HostDasEnablingEvent (what `decodeHostDasEnablingEvent` reads back). */
export declare const encodeHostDasEnablingEvent: typeof encodeExact$HostDasEnablingEvent;
/** VI JSON text of a HostDasEnablingEvent, every int64 digit kept. */
export declare const stringifyHostDasEnablingEvent: (value: HostDasEnablingEvent) => string;
declare function encodeExact$HostDasEnablingEvent(v: HostDasEnablingEvent): rt.WireObject;
/** The VI JSON wire form of a HostDasErrorEvent (what `decodeHostDasErrorEvent` reads back). */
export declare const encodeHostDasErrorEvent: typeof encodeExact$HostDasErrorEvent;
/** VI JSON text of a HostDasErrorEvent, every int64 digit kept. */
export declare const stringifyHostDasErrorEvent: (value: HostDasErrorEvent) => string;
declare function encodeExact$HostDasErrorEvent(v: HostDasErrorEvent): rt.WireObject;
/** The VI JSON wire form of a HostDasEvent (what `decodeHostDasEvent` reads back). */
export declare const encodeHostDasEvent: typeof encodeAt$HostDasEvent;
/** VI JSON text of a HostDasEvent, every int64 digit kept. */
export declare const stringifyHostDasEvent: (value: AnyHostDasEvent) => string;
declare function encodeAt$HostDasEvent(v: AnyHostDasEvent): rt.WireObject;
/** The VI JSON wire form of a HostDasOkEvent (what `decodeHostDasOkEvent` reads back). */
export declare const encodeHostDasOkEvent: typeof encodeExact$HostDasOkEvent;
/** VI JSON text of a HostDasOkEvent, every int64 digit kept. */
export declare const stringifyHostDasOkEvent: (value: HostDasOkEvent) => string;
declare function encodeExact$HostDasOkEvent(v: HostDasOkEvent): rt.WireObject;
/** The VI JSON wire form of a HostDisconnectedEvent (what `decodeHostDisconnectedEvent` reads back). */
export declare const encodeHostDisconnectedEvent: typeof encodeExact$HostDisconnectedEvent;
/** VI JSON text of a HostDisconnectedEvent, every int64 digit kept. */
export declare const stringifyHostDisconnectedEvent: (value: HostDisconnectedEvent) => string;
declare function encodeExact$HostDisconnectedEvent(v: HostDisconnectedEvent): rt.WireObject;
/** The VI JSON wire form of a HostEnableAdminFailedEvent (what `decodeHostEnableAdminFailedEvent` reads back). */
export declare const encodeHostEnableAdminFailedEvent: typeof encodeExact$HostEnableAdminFailedEvent;
/** VI JSON text of a HostEnableAdminFailedEvent, every int64 digit kept. */
export declare const stringifyHostEnableAdminFailedEvent: (value: HostEnableAdminFailedEvent) => string;
declare function encodeExact$HostEnableAdminFailedEvent(v: HostEnableAdminFailedEvent): rt.WireObject;
/** The VI JSON wire form of a HostEvent (what `decodeHostEvent` reads back). */
export declare const encodeHostEvent: typeof encodeAt$HostEvent;
/** VI JSON text of a HostEvent, every int64 digit kept. */
export declare const stringifyHostEvent: (value: AnyHostEvent) => string;
declare function encodeAt$HostEvent(v: AnyHostEvent): rt.WireObject;
/** The VI JSON wire form of a HostEventArgument (what `decodeHostEventArgument` reads back). */
export declare const encodeHostEventArgument: typeof encodeExact$HostEventArgument;
/** VI JSON text of a HostEventArgument, every int64 digit kept. */
export declare const stringifyHostEventArgument: (value: HostEventArgument) => string;
declare function encodeExact$HostEventArgument(v: HostEventArgument): rt.WireObject;
/** The VI JSON wire form of a HostExtraNetworksEvent (what `decodeHostExtraNetworksEvent` reads back). */
export declare const encodeHostExtraNetworksEvent: typeof encodeExact$HostExtraNetworksEvent;
/** VI JSON text of a HostExtraNetworksEvent, every int64 digit kept. */
export declare const stringifyHostExtraNetworksEvent: (value: HostExtraNetworksEvent) => string;
declare function encodeExact$HostExtraNetworksEvent(v: HostExtraNetworksEvent): rt.WireObject;
/** The VI JSON wire form of a HostFeatureCapability (what `decodeHostFeatureCapability` reads back). */
export declare const encodeHostFeatureCapability: typeof encodeExact$HostFeatureCapability;
/** VI JSON text of a HostFeatureCapability, every int64 digit kept. */
export declare const stringifyHostFeatureCapability: (value: HostFeatureCapability) => string;
declare function encodeExact$HostFeatureCapability(v: HostFeatureCapability): rt.WireObject;
/** The VI JSON wire form of a HostFeatureMask (what `decodeHostFeatureMask` reads back). */
export declare const encodeHostFeatureMask: typeof encodeExact$HostFeatureMask;
/** VI JSON text of a HostFeatureMask, every int64 digit kept. */
export declare const stringifyHostFeatureMask: (value: HostFeatureMask) => string;
declare function encodeExact$HostFeatureMask(v: HostFeatureMask): rt.WireObject;
/** The VI JSON wire form of a HostFileSystemVolume (what `decodeHostFileSystemVolume` reads back). */
export declare const encodeHostFileSystemVolume: typeof encodeAt$HostFileSystemVolume;
/** VI JSON text of a HostFileSystemVolume, every int64 digit kept. */
export declare const stringifyHostFileSystemVolume: (value: AnyHostFileSystemVolume) => string;
declare function encodeAt$HostFileSystemVolume(v: AnyHostFileSystemVolume): rt.WireObject;
/** The VI JSON wire form of a HostForceMountedInfo (what `decodeHostForceMountedInfo` reads back). */
export declare const encodeHostForceMountedInfo: typeof encodeExact$HostForceMountedInfo;
/** VI JSON text of a HostForceMountedInfo, every int64 digit kept. */
export declare const stringifyHostForceMountedInfo: (value: HostForceMountedInfo) => string;
declare function encodeExact$HostForceMountedInfo(v: HostForceMountedInfo): rt.WireObject;
/** The VI JSON wire form of a HostGetShortNameFailedEvent (what `decodeHostGetShortNameFailedEvent` reads back). */
export declare const encodeHostGetShortNameFailedEvent: typeof encodeExact$HostGetShortNameFailedEvent;
/** VI JSON text of a HostGetShortNameFailedEvent, every int64 digit kept. */
export declare const stringifyHostGetShortNameFailedEvent: (value: HostGetShortNameFailedEvent) => string;
declare function encodeExact$HostGetShortNameFailedEvent(v: HostGetShortNameFailedEvent): rt.WireObject;
/** The VI JSON wire form of a HostInAuditModeEvent (what `decodeHostInAuditModeEvent` reads back). */
export declare const encodeHostInAuditModeEvent: typeof encodeExact$HostInAuditModeEvent;
/** VI JSON text of a HostInAuditModeEvent, every int64 digit kept. */
export declare const stringifyHostInAuditModeEvent: (value: HostInAuditModeEvent) => string;
declare function encodeExact$HostInAuditModeEvent(v: HostInAuditModeEvent): rt.WireObject;
/** The VI JSON wire form of a HostInventoryFullEvent (what `decodeHostInventoryFullEvent` reads back). */
export declare const encodeHostInventoryFullEvent: typeof encodeExact$HostInventoryFullEvent;
/** VI JSON text of a HostInventoryFullEvent, every int64 digit kept. */
export declare const stringifyHostInventoryFullEvent: (value: HostInventoryFullEvent) => string;
declare function encodeExact$HostInventoryFullEvent(v: HostInventoryFullEvent): rt.WireObject;
/** The VI JSON wire form of a HostInventoryUnreadableEvent (what `decodeHostInventoryUnreadableEvent` reads back). */
export declare const encodeHostInventoryUnreadableEvent: typeof encodeExact$HostInventoryUnreadableEvent;
/** VI JSON text of a HostInventoryUnreadableEvent, every int64 digit kept. */
export declare const stringifyHostInventoryUnreadableEvent: (value: HostInventoryUnreadableEvent) => string;
declare function encodeExact$HostInventoryUnreadableEvent(v: HostInventoryUnreadableEvent): rt.WireObject;
/** The VI JSON wire form of a HostIpChangedEvent (what `decodeHostIpChangedEvent` reads back). */
export declare const encodeHostIpChangedEvent: typeof encodeExact$HostIpChangedEvent;
/** VI JSON text of a HostIpChangedEvent, every int64 digit kept. */
export declare const stringifyHostIpChangedEvent: (value: HostIpChangedEvent) => string;
declare function encodeExact$HostIpChangedEvent(v: HostIpChangedEvent): rt.WireObject;
/** The VI JSON wire form of a HostIpInconsistentEvent (what `decodeHostIpInconsistentEvent` reads back). */
export declare const encodeHostIpInconsistentEvent: typeof encodeExact$HostIpInconsistentEvent;
/** VI JSON text of a HostIpInconsistentEvent, every int64 digit kept. */
export declare const stringifyHostIpInconsistentEvent: (value: HostIpInconsistentEvent) => string;
declare function encodeExact$HostIpInconsistentEvent(v: HostIpInconsistentEvent): rt.WireObject;
/** The VI JSON wire form of a HostIpToShortNameFailedEvent (what `decodeHostIpToShortNameFailedEvent` reads back). */
export declare const encodeHostIpToShortNameFailedEvent: typeof encodeExact$HostIpToShortNameFailedEvent;
/** VI JSON text of a HostIpToShortNameFailedEvent, every int64 digit kept. */
export declare const stringifyHostIpToShortNameFailedEvent: (value: HostIpToShortNameFailedEvent) => string;
declare function encodeExact$HostIpToShortNameFailedEvent(v: HostIpToShortNameFailedEvent): rt.WireObject;
/** The VI JSON wire form of a HostIsolationIpPingFailedEvent (what `decodeHostIsolationIpPingFailedEvent` reads back). */
export declare const encodeHostIsolationIpPingFailedEvent: typeof encodeExact$HostIsolationIpPingFailedEvent;
/** VI JSON text of a HostIsolationIpPingFailedEvent, every int64 digit kept. */
export declare const stringifyHostIsolationIpPingFailedEvent: (value: HostIsolationIpPingFailedEvent) => string;
declare function encodeExact$HostIsolationIpPingFailedEvent(v: HostIsolationIpPingFailedEvent): rt.WireObject;
/** The VI JSON wire form of a HostLicenseExpiredEvent (what `decodeHostLicenseExpiredEvent` reads back). */
export declare const encodeHostLicenseExpiredEvent: typeof encodeExact$HostLicenseExpiredEvent;
/** VI JSON text of a HostLicenseExpiredEvent, every int64 digit kept. */
export declare const stringifyHostLicenseExpiredEvent: (value: HostLicenseExpiredEvent) => string;
declare function encodeExact$HostLicenseExpiredEvent(v: HostLicenseExpiredEvent): rt.WireObject;
/** The VI JSON wire form of a HostLocalPortCreatedEvent (what `decodeHostLocalPortCreatedEvent` reads back). */
export declare const encodeHostLocalPortCreatedEvent: typeof encodeExact$HostLocalPortCreatedEvent;
/** VI JSON text of a HostLocalPortCreatedEvent, every int64 digit kept. */
export declare const stringifyHostLocalPortCreatedEvent: (value: HostLocalPortCreatedEvent) => string;
declare function encodeExact$HostLocalPortCreatedEvent(v: HostLocalPortCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a HostMemberHealthCheckResult (what `decodeHostMemberHealthCheckResult` reads back). */
export declare const encodeHostMemberHealthCheckResult: typeof encodeExact$HostMemberHealthCheckResult;
/** VI JSON text of a HostMemberHealthCheckResult, every int64 digit kept. */
export declare const stringifyHostMemberHealthCheckResult: (value: HostMemberHealthCheckResult) => string;
declare function encodeExact$HostMemberHealthCheckResult(v: HostMemberHealthCheckResult): rt.WireObject;
/** The VI JSON wire form of a HostMissingNetworksEvent (what `decodeHostMissingNetworksEvent` reads back). */
export declare const encodeHostMissingNetworksEvent: typeof encodeExact$HostMissingNetworksEvent;
/** VI JSON text of a HostMissingNetworksEvent, every int64 digit kept. */
export declare const stringifyHostMissingNetworksEvent: (value: HostMissingNetworksEvent) => string;
declare function encodeExact$HostMissingNetworksEvent(v: HostMissingNetworksEvent): rt.WireObject;
/** The VI JSON wire form of a HostMonitoringStateChangedEvent (what `decodeHostMonitoringStateChangedEvent` reads back). */
export declare const encodeHostMonitoringStateChangedEvent: typeof encodeExact$HostMonitoringStateChangedEvent;
/** VI JSON text of a HostMonitoringStateChangedEvent, every int64 digit kept. */
export declare const stringifyHostMonitoringStateChangedEvent: (value: HostMonitoringStateChangedEvent) => string;
declare function encodeExact$HostMonitoringStateChangedEvent(v: HostMonitoringStateChangedEvent): rt.WireObject;
/** The VI JSON wire form of a HostMountInfo (what `decodeHostMountInfo` reads back). */
export declare const encodeHostMountInfo: typeof encodeExact$HostMountInfo;
/** VI JSON text of a HostMountInfo, every int64 digit kept. */
export declare const stringifyHostMountInfo: (value: HostMountInfo) => string;
declare function encodeExact$HostMountInfo(v: HostMountInfo): rt.WireObject;
/** The VI JSON wire form of a HostNasVolume (what `decodeHostNasVolume` reads back). */
export declare const encodeHostNasVolume: typeof encodeExact$HostNasVolume;
/** VI JSON text of a HostNasVolume, every int64 digit kept. */
export declare const stringifyHostNasVolume: (value: HostNasVolume) => string;
declare function encodeExact$HostNasVolume(v: HostNasVolume): rt.WireObject;
/** The VI JSON wire form of a HostNoAvailableNetworksEvent (what `decodeHostNoAvailableNetworksEvent` reads back). */
export declare const encodeHostNoAvailableNetworksEvent: typeof encodeExact$HostNoAvailableNetworksEvent;
/** VI JSON text of a HostNoAvailableNetworksEvent, every int64 digit kept. */
export declare const stringifyHostNoAvailableNetworksEvent: (value: HostNoAvailableNetworksEvent) => string;
declare function encodeExact$HostNoAvailableNetworksEvent(v: HostNoAvailableNetworksEvent): rt.WireObject;
/** The VI JSON wire form of a HostNoHAEnabledPortGroupsEvent (what `decodeHostNoHAEnabledPortGroupsEvent` reads back). */
export declare const encodeHostNoHAEnabledPortGroupsEvent: typeof encodeExact$HostNoHAEnabledPortGroupsEvent;
/** VI JSON text of a HostNoHAEnabledPortGroupsEvent, every int64 digit kept. */
export declare const stringifyHostNoHAEnabledPortGroupsEvent: (value: HostNoHAEnabledPortGroupsEvent) => string;
declare function encodeExact$HostNoHAEnabledPortGroupsEvent(v: HostNoHAEnabledPortGroupsEvent): rt.WireObject;
/** The VI JSON wire form of a HostNoRedundantManagementNetworkEvent (what `decodeHostNoRedundantManagementNetworkEvent` reads back). */
export declare const encodeHostNoRedundantManagementNetworkEvent: typeof encodeExact$HostNoRedundantManagementNetworkEvent;
/** VI JSON text of a HostNoRedundantManagementNetworkEvent, every int64 digit kept. */
export declare const stringifyHostNoRedundantManagementNetworkEvent: (value: HostNoRedundantManagementNetworkEvent) => string;
declare function encodeExact$HostNoRedundantManagementNetworkEvent(v: HostNoRedundantManagementNetworkEvent): rt.WireObject;
/** The VI JSON wire form of a HostNonCompliantEvent (what `decodeHostNonCompliantEvent` reads back). */
export declare const encodeHostNonCompliantEvent: typeof encodeExact$HostNonCompliantEvent;
/** VI JSON text of a HostNonCompliantEvent, every int64 digit kept. */
export declare const stringifyHostNonCompliantEvent: (value: HostNonCompliantEvent) => string;
declare function encodeExact$HostNonCompliantEvent(v: HostNonCompliantEvent): rt.WireObject;
/** The VI JSON wire form of a HostNotInClusterEvent (what `decodeHostNotInClusterEvent` reads back). */
export declare const encodeHostNotInClusterEvent: typeof encodeExact$HostNotInClusterEvent;
/** VI JSON text of a HostNotInClusterEvent, every int64 digit kept. */
export declare const stringifyHostNotInClusterEvent: (value: HostNotInClusterEvent) => string;
declare function encodeExact$HostNotInClusterEvent(v: HostNotInClusterEvent): rt.WireObject;
/** The VI JSON wire form of a HostOvercommittedEvent (what `decodeHostOvercommittedEvent` reads back). */
export declare const encodeHostOvercommittedEvent: typeof encodeExact$HostOvercommittedEvent;
/** VI JSON text of a HostOvercommittedEvent, every int64 digit kept. */
export declare const stringifyHostOvercommittedEvent: (value: HostOvercommittedEvent) => string;
declare function encodeExact$HostOvercommittedEvent(v: HostOvercommittedEvent): rt.WireObject;
/** The VI JSON wire form of a HostPMemVolume (what `decodeHostPMemVolume` reads back). */
export declare const encodeHostPMemVolume: typeof encodeExact$HostPMemVolume;
/** VI JSON text of a HostPMemVolume, every int64 digit kept. */
export declare const stringifyHostPMemVolume: (value: HostPMemVolume) => string;
declare function encodeExact$HostPMemVolume(v: HostPMemVolume): rt.WireObject;
/** The VI JSON wire form of a HostPrimaryAgentNotShortNameEvent (what `decodeHostPrimaryAgentNotShortNameEvent` reads back). */
export declare const encodeHostPrimaryAgentNotShortNameEvent: typeof encodeExact$HostPrimaryAgentNotShortNameEvent;
/** VI JSON text of a HostPrimaryAgentNotShortNameEvent, every int64 digit kept. */
export declare const stringifyHostPrimaryAgentNotShortNameEvent: (value: HostPrimaryAgentNotShortNameEvent) => string;
declare function encodeExact$HostPrimaryAgentNotShortNameEvent(v: HostPrimaryAgentNotShortNameEvent): rt.WireObject;
/** The VI JSON wire form of a HostProfileAppliedEvent (what `decodeHostProfileAppliedEvent` reads back). */
export declare const encodeHostProfileAppliedEvent: typeof encodeExact$HostProfileAppliedEvent;
/** VI JSON text of a HostProfileAppliedEvent, every int64 digit kept. */
export declare const stringifyHostProfileAppliedEvent: (value: HostProfileAppliedEvent) => string;
declare function encodeExact$HostProfileAppliedEvent(v: HostProfileAppliedEvent): rt.WireObject;
/** The VI JSON wire form of a HostProtocolEndpoint (what `decodeHostProtocolEndpoint` reads back). */
export declare const encodeHostProtocolEndpoint: typeof encodeExact$HostProtocolEndpoint;
/** VI JSON text of a HostProtocolEndpoint, every int64 digit kept. */
export declare const stringifyHostProtocolEndpoint: (value: HostProtocolEndpoint) => string;
declare function encodeExact$HostProtocolEndpoint(v: HostProtocolEndpoint): rt.WireObject;
/** The VI JSON wire form of a HostReconnectionFailedEvent (what `decodeHostReconnectionFailedEvent` reads back). */
export declare const encodeHostReconnectionFailedEvent: typeof encodeExact$HostReconnectionFailedEvent;
/** VI JSON text of a HostReconnectionFailedEvent, every int64 digit kept. */
export declare const stringifyHostReconnectionFailedEvent: (value: HostReconnectionFailedEvent) => string;
declare function encodeExact$HostReconnectionFailedEvent(v: HostReconnectionFailedEvent): rt.WireObject;
/** The VI JSON wire form of a HostRemovedEvent (what `decodeHostRemovedEvent` reads back). */
export declare const encodeHostRemovedEvent: typeof encodeExact$HostRemovedEvent;
/** VI JSON text of a HostRemovedEvent, every int64 digit kept. */
export declare const stringifyHostRemovedEvent: (value: HostRemovedEvent) => string;
declare function encodeExact$HostRemovedEvent(v: HostRemovedEvent): rt.WireObject;
/** The VI JSON wire form of a HostScsiDiskPartition (what `decodeHostScsiDiskPartition` reads back). */
export declare const encodeHostScsiDiskPartition: typeof encodeExact$HostScsiDiskPartition;
/** VI JSON text of a HostScsiDiskPartition, every int64 digit kept. */
export declare const stringifyHostScsiDiskPartition: (value: HostScsiDiskPartition) => string;
declare function encodeExact$HostScsiDiskPartition(v: HostScsiDiskPartition): rt.WireObject;
/** The VI JSON wire form of a HostShortNameInconsistentEvent (what `decodeHostShortNameInconsistentEvent` reads back). */
export declare const encodeHostShortNameInconsistentEvent: typeof encodeExact$HostShortNameInconsistentEvent;
/** VI JSON text of a HostShortNameInconsistentEvent, every int64 digit kept. */
export declare const stringifyHostShortNameInconsistentEvent: (value: HostShortNameInconsistentEvent) => string;
declare function encodeExact$HostShortNameInconsistentEvent(v: HostShortNameInconsistentEvent): rt.WireObject;
/** The VI JSON wire form of a HostShortNameToIpFailedEvent (what `decodeHostShortNameToIpFailedEvent` reads back). */
export declare const encodeHostShortNameToIpFailedEvent: typeof encodeExact$HostShortNameToIpFailedEvent;
/** VI JSON text of a HostShortNameToIpFailedEvent, every int64 digit kept. */
export declare const stringifyHostShortNameToIpFailedEvent: (value: HostShortNameToIpFailedEvent) => string;
declare function encodeExact$HostShortNameToIpFailedEvent(v: HostShortNameToIpFailedEvent): rt.WireObject;
/** The VI JSON wire form of a HostShutdownEvent (what `decodeHostShutdownEvent` reads back). */
export declare const encodeHostShutdownEvent: typeof encodeExact$HostShutdownEvent;
/** VI JSON text of a HostShutdownEvent, every int64 digit kept. */
export declare const stringifyHostShutdownEvent: (value: HostShutdownEvent) => string;
declare function encodeExact$HostShutdownEvent(v: HostShutdownEvent): rt.WireObject;
/** The VI JSON wire form of a HostSpecification (what `decodeHostSpecification` reads back). */
export declare const encodeHostSpecification: typeof encodeExact$HostSpecification;
/** VI JSON text of a HostSpecification, every int64 digit kept. */
export declare const stringifyHostSpecification: (value: HostSpecification) => string;
declare function encodeExact$HostSpecification(v: HostSpecification): rt.WireObject;
/** The VI JSON wire form of a HostSpecificationChangedEvent (what `decodeHostSpecificationChangedEvent` reads back). */
export declare const encodeHostSpecificationChangedEvent: typeof encodeExact$HostSpecificationChangedEvent;
/** VI JSON text of a HostSpecificationChangedEvent, every int64 digit kept. */
export declare const stringifyHostSpecificationChangedEvent: (value: HostSpecificationChangedEvent) => string;
declare function encodeExact$HostSpecificationChangedEvent(v: HostSpecificationChangedEvent): rt.WireObject;
/** The VI JSON wire form of a HostSpecificationRequireEvent (what `decodeHostSpecificationRequireEvent` reads back). */
export declare const encodeHostSpecificationRequireEvent: typeof encodeExact$HostSpecificationRequireEvent;
/** VI JSON text of a HostSpecificationRequireEvent, every int64 digit kept. */
export declare const stringifyHostSpecificationRequireEvent: (value: HostSpecificationRequireEvent) => string;
declare function encodeExact$HostSpecificationRequireEvent(v: HostSpecificationRequireEvent): rt.WireObject;
/** The VI JSON wire form of a HostSpecificationUpdateEvent (what `decodeHostSpecificationUpdateEvent` reads back). */
export declare const encodeHostSpecificationUpdateEvent: typeof encodeExact$HostSpecificationUpdateEvent;
/** VI JSON text of a HostSpecificationUpdateEvent, every int64 digit kept. */
export declare const stringifyHostSpecificationUpdateEvent: (value: HostSpecificationUpdateEvent) => string;
declare function encodeExact$HostSpecificationUpdateEvent(v: HostSpecificationUpdateEvent): rt.WireObject;
/** The VI JSON wire form of a HostStatusChangedEvent (what `decodeHostStatusChangedEvent` reads back). */
export declare const encodeHostStatusChangedEvent: typeof encodeExact$HostStatusChangedEvent;
/** VI JSON text of a HostStatusChangedEvent, every int64 digit kept. */
export declare const stringifyHostStatusChangedEvent: (value: HostStatusChangedEvent) => string;
declare function encodeExact$HostStatusChangedEvent(v: HostStatusChangedEvent): rt.WireObject;
/** The VI JSON wire form of a HostSubSpecification (what `decodeHostSubSpecification` reads back). */
export declare const encodeHostSubSpecification: typeof encodeExact$HostSubSpecification;
/** VI JSON text of a HostSubSpecification, every int64 digit kept. */
export declare const stringifyHostSubSpecification: (value: HostSubSpecification) => string;
declare function encodeExact$HostSubSpecification(v: HostSubSpecification): rt.WireObject;
/** The VI JSON wire form of a HostSubSpecificationDeleteEvent (what `decodeHostSubSpecificationDeleteEvent` reads back). */
export declare const encodeHostSubSpecificationDeleteEvent: typeof encodeExact$HostSubSpecificationDeleteEvent;
/** VI JSON text of a HostSubSpecificationDeleteEvent, every int64 digit kept. */
export declare const stringifyHostSubSpecificationDeleteEvent: (value: HostSubSpecificationDeleteEvent) => string;
declare function encodeExact$HostSubSpecificationDeleteEvent(v: HostSubSpecificationDeleteEvent): rt.WireObject;
/** The VI JSON wire form of a HostSubSpecificationUpdateEvent (what `decodeHostSubSpecificationUpdateEvent` reads back). */
export declare const encodeHostSubSpecificationUpdateEvent: typeof encodeExact$HostSubSpecificationUpdateEvent;
/** VI JSON text of a HostSubSpecificationUpdateEvent, every int64 digit kept. */
export declare const stringifyHostSubSpecificationUpdateEvent: (value: HostSubSpecificationUpdateEvent) => string;
declare function encodeExact$HostSubSpecificationUpdateEvent(v: HostSubSpecificationUpdateEvent): rt.WireObject;
/** The VI JSON wire form of a HostSyncFailedEvent (what `decodeHostSyncFailedEvent` reads back). */
export declare const encodeHostSyncFailedEvent: typeof encodeExact$HostSyncFailedEvent;
/** VI JSON text of a HostSyncFailedEvent, every int64 digit kept. */
export declare const stringifyHostSyncFailedEvent: (value: HostSyncFailedEvent) => string;
declare function encodeExact$HostSyncFailedEvent(v: HostSyncFailedEvent): rt.WireObject;
/** The VI JSON wire form of a HostUpgradeFailedEvent (what `decodeHostUpgradeFailedEvent` reads back). */
export declare const encodeHostUpgradeFailedEvent: typeof encodeExact$HostUpgradeFailedEvent;
/** VI JSON text of a HostUpgradeFailedEvent, every int64 digit kept. */
export declare const stringifyHostUpgradeFailedEvent: (value: HostUpgradeFailedEvent) => string;
declare function encodeExact$HostUpgradeFailedEvent(v: HostUpgradeFailedEvent): rt.WireObject;
/** The VI JSON wire form of a HostUserWorldSwapNotEnabledEvent (what `decodeHostUserWorldSwapNotEnabledEvent` reads back). */
export declare const encodeHostUserWorldSwapNotEnabledEvent: typeof encodeExact$HostUserWorldSwapNotEnabledEvent;
/** VI JSON text of a HostUserWorldSwapNotEnabledEvent, every int64 digit kept. */
export declare const stringifyHostUserWorldSwapNotEnabledEvent: (value: HostUserWorldSwapNotEnabledEvent) => string;
declare function encodeExact$HostUserWorldSwapNotEnabledEvent(v: HostUserWorldSwapNotEnabledEvent): rt.WireObject;
/** The VI JSON wire form of a HostVmfsVolume (what `decodeHostVmfsVolume` reads back). */
export declare const encodeHostVmfsVolume: typeof encodeExact$HostVmfsVolume;
/** VI JSON text of a HostVmfsVolume, every int64 digit kept. */
export declare const stringifyHostVmfsVolume: (value: HostVmfsVolume) => string;
declare function encodeExact$HostVmfsVolume(v: HostVmfsVolume): rt.WireObject;
/** The VI JSON wire form of a HostVnicConnectedToCustomizedDVPortEvent (what `decodeHostVnicConnectedToCustomizedDVPortEvent` reads back). */
export declare const encodeHostVnicConnectedToCustomizedDVPortEvent: typeof encodeExact$HostVnicConnectedToCustomizedDVPortEvent;
/** VI JSON text of a HostVnicConnectedToCustomizedDVPortEvent, every int64 digit kept. */
export declare const stringifyHostVnicConnectedToCustomizedDVPortEvent: (value: HostVnicConnectedToCustomizedDVPortEvent) => string;
declare function encodeExact$HostVnicConnectedToCustomizedDVPortEvent(v: HostVnicConnectedToCustomizedDVPortEvent): rt.WireObject;
/** The VI JSON wire form of a HostVvolNQN (what `decodeHostVvolNQN` reads back). */
export declare const encodeHostVvolNQN: typeof encodeExact$HostVvolNQN;
/** VI JSON text of a HostVvolNQN, every int64 digit kept. */
export declare const stringifyHostVvolNQN: (value: HostVvolNQN) => string;
declare function encodeExact$HostVvolNQN(v: HostVvolNQN): rt.WireObject;
/** The VI JSON wire form of a HostVvolVolume (what `decodeHostVvolVolume` reads back). */
export declare const encodeHostVvolVolume: typeof encodeExact$HostVvolVolume;
/** VI JSON text of a HostVvolVolume, every int64 digit kept. */
export declare const stringifyHostVvolVolume: (value: HostVvolVolume) => string;
declare function encodeExact$HostVvolVolume(v: HostVvolVolume): rt.WireObject;
/** The VI JSON wire form of a HostVvolVolumeHostVvolNQN (what `decodeHostVvolVolumeHostVvolNQN` reads back). */
export declare const encodeHostVvolVolumeHostVvolNQN: typeof encodeExact$HostVvolVolumeHostVvolNQN;
/** VI JSON text of a HostVvolVolumeHostVvolNQN, every int64 digit kept. */
export declare const stringifyHostVvolVolumeHostVvolNQN: (value: HostVvolVolumeHostVvolNQN) => string;
declare function encodeExact$HostVvolVolumeHostVvolNQN(v: HostVvolVolumeHostVvolNQN): rt.WireObject;
/** The VI JSON wire form of a HostWwnChangedEvent (what `decodeHostWwnChangedEvent` reads back). */
export declare const encodeHostWwnChangedEvent: typeof encodeExact$HostWwnChangedEvent;
/** VI JSON text of a HostWwnChangedEvent, every int64 digit kept. */
export declare const stringifyHostWwnChangedEvent: (value: HostWwnChangedEvent) => string;
declare function encodeExact$HostWwnChangedEvent(v: HostWwnChangedEvent): rt.WireObject;
/** The VI JSON wire form of a HostWwnConflictEvent (what `decodeHostWwnConflictEvent` reads back). */
export declare const encodeHostWwnConflictEvent: typeof encodeExact$HostWwnConflictEvent;
/** VI JSON text of a HostWwnConflictEvent, every int64 digit kept. */
export declare const stringifyHostWwnConflictEvent: (value: HostWwnConflictEvent) => string;
declare function encodeExact$HostWwnConflictEvent(v: HostWwnConflictEvent): rt.WireObject;
/** The VI JSON wire form of an ID (what `decodeID` reads back). */
export declare const encodeID: typeof encodeExact$ID;
/** VI JSON text of an ID, every int64 digit kept. */
export declare const stringifyID: (value: ID) => string;
declare function encodeExact$ID(v: ID): rt.WireObject;
/** The VI JSON wire form of an IScsiBootFailureEvent (what `decodeIScsiBootFailureEvent` reads back). */
export declare const encodeIScsiBootFailureEvent: typeof encodeExact$IScsiBootFailureEvent;
/** VI JSON text of an IScsiBootFailureEvent, every int64 digit kept. */
export declare const stringifyIScsiBootFailureEvent: (value: IScsiBootFailureEvent) => string;
declare function encodeExact$IScsiBootFailureEvent(v: IScsiBootFailureEvent): rt.WireObject;
/** The VI JSON wire form of an IncorrectHostInformationEvent (what `decodeIncorrectHostInformationEvent` reads back). */
export declare const encodeIncorrectHostInformationEvent: typeof encodeExact$IncorrectHostInformationEvent;
/** VI JSON text of an IncorrectHostInformationEvent, every int64 digit kept. */
export declare const stringifyIncorrectHostInformationEvent: (value: IncorrectHostInformationEvent) => string;
declare function encodeExact$IncorrectHostInformationEvent(v: IncorrectHostInformationEvent): rt.WireObject;
/** The VI JSON wire form of an InfoUpgradeEvent (what `decodeInfoUpgradeEvent` reads back). */
export declare const encodeInfoUpgradeEvent: typeof encodeExact$InfoUpgradeEvent;
/** VI JSON text of an InfoUpgradeEvent, every int64 digit kept. */
export declare const stringifyInfoUpgradeEvent: (value: InfoUpgradeEvent) => string;
declare function encodeExact$InfoUpgradeEvent(v: InfoUpgradeEvent): rt.WireObject;
/** The VI JSON wire form of an InheritablePolicy (what `decodeInheritablePolicy` reads back). */
export declare const encodeInheritablePolicy: typeof encodeAt$InheritablePolicy;
/** VI JSON text of an InheritablePolicy, every int64 digit kept. */
export declare const stringifyInheritablePolicy: (value: AnyInheritablePolicy) => string;
declare function encodeAt$InheritablePolicy(v: AnyInheritablePolicy): rt.WireObject;
/** The VI JSON wire form of an InsufficientFailoverResourcesEvent (what `decodeInsufficientFailoverResourcesEvent` reads back). */
export declare const encodeInsufficientFailoverResourcesEvent: typeof encodeExact$InsufficientFailoverResourcesEvent;
/** VI JSON text of an InsufficientFailoverResourcesEvent, every int64 digit kept. */
export declare const stringifyInsufficientFailoverResourcesEvent: (value: InsufficientFailoverResourcesEvent) => string;
declare function encodeExact$InsufficientFailoverResourcesEvent(v: InsufficientFailoverResourcesEvent): rt.WireObject;
/** The VI JSON wire form of an InsufficientResourcesFault (what `decodeInsufficientResourcesFault` reads back). */
export declare const encodeInsufficientResourcesFault: typeof encodeExact$InsufficientResourcesFault;
/** VI JSON text of an InsufficientResourcesFault, every int64 digit kept. */
export declare const stringifyInsufficientResourcesFault: (value: InsufficientResourcesFault) => string;
declare function encodeExact$InsufficientResourcesFault(v: InsufficientResourcesFault): rt.WireObject;
/** The VI JSON wire form of an InvalidArgument (what `decodeInvalidArgument` reads back). */
export declare const encodeInvalidArgument: typeof encodeExact$InvalidArgument;
/** VI JSON text of an InvalidArgument, every int64 digit kept. */
export declare const stringifyInvalidArgument: (value: InvalidArgument) => string;
declare function encodeExact$InvalidArgument(v: InvalidArgument): rt.WireObject;
/** The VI JSON wire form of an InvalidCollectorVersion (what `decodeInvalidCollectorVersion` reads back). */
export declare const encodeInvalidCollectorVersion: typeof encodeExact$InvalidCollectorVersion;
/** VI JSON text of an InvalidCollectorVersion, every int64 digit kept. */
export declare const stringifyInvalidCollectorVersion: (value: InvalidCollectorVersion) => string;
declare function encodeExact$InvalidCollectorVersion(v: InvalidCollectorVersion): rt.WireObject;
/** The VI JSON wire form of an InvalidDatastore (what `decodeInvalidDatastore` reads back). */
export declare const encodeInvalidDatastore: typeof encodeAt$InvalidDatastore;
/** VI JSON text of an InvalidDatastore, every int64 digit kept. */
export declare const stringifyInvalidDatastore: (value: AnyInvalidDatastore) => string;
declare function encodeAt$InvalidDatastore(v: AnyInvalidDatastore): rt.WireObject;
/** The VI JSON wire form of an InvalidDatastorePath (what `decodeInvalidDatastorePath` reads back). */
export declare const encodeInvalidDatastorePath: typeof encodeExact$InvalidDatastorePath;
/** VI JSON text of an InvalidDatastorePath, every int64 digit kept. */
export declare const stringifyInvalidDatastorePath: (value: InvalidDatastorePath) => string;
declare function encodeExact$InvalidDatastorePath(v: InvalidDatastorePath): rt.WireObject;
/** The VI JSON wire form of an InvalidEditionEvent (what `decodeInvalidEditionEvent` reads back). */
export declare const encodeInvalidEditionEvent: typeof encodeExact$InvalidEditionEvent;
/** VI JSON text of an InvalidEditionEvent, every int64 digit kept. */
export declare const stringifyInvalidEditionEvent: (value: InvalidEditionEvent) => string;
declare function encodeExact$InvalidEditionEvent(v: InvalidEditionEvent): rt.WireObject;
/** The VI JSON wire form of an InvalidEvent (what `decodeInvalidEvent` reads back). */
export declare const encodeInvalidEvent: typeof encodeExact$InvalidEvent;
/** VI JSON text of an InvalidEvent, every int64 digit kept. */
export declare const stringifyInvalidEvent: (value: InvalidEvent) => string;
declare function encodeExact$InvalidEvent(v: InvalidEvent): rt.WireObject;
/** The VI JSON wire form of an InvalidLocale (what `decodeInvalidLocale` reads back). */
export declare const encodeInvalidLocale: typeof encodeExact$InvalidLocale;
/** VI JSON text of an InvalidLocale, every int64 digit kept. */
export declare const stringifyInvalidLocale: (value: InvalidLocale) => string;
declare function encodeExact$InvalidLocale(v: InvalidLocale): rt.WireObject;
/** The VI JSON wire form of an InvalidLogin (what `decodeInvalidLogin` reads back). */
export declare const encodeInvalidLogin: typeof encodeExact$InvalidLogin;
/** VI JSON text of an InvalidLogin, every int64 digit kept. */
export declare const stringifyInvalidLogin: (value: InvalidLogin) => string;
declare function encodeExact$InvalidLogin(v: InvalidLogin): rt.WireObject;
/** The VI JSON wire form of an InvalidName (what `decodeInvalidName` reads back). */
export declare const encodeInvalidName: typeof encodeExact$InvalidName;
/** VI JSON text of an InvalidName, every int64 digit kept. */
export declare const stringifyInvalidName: (value: InvalidName) => string;
declare function encodeExact$InvalidName(v: InvalidName): rt.WireObject;
/** The VI JSON wire form of an InvalidPowerState (what `decodeInvalidPowerState` reads back). */
export declare const encodeInvalidPowerState: typeof encodeExact$InvalidPowerState;
/** VI JSON text of an InvalidPowerState, every int64 digit kept. */
export declare const stringifyInvalidPowerState: (value: InvalidPowerState) => string;
declare function encodeExact$InvalidPowerState(v: InvalidPowerState): rt.WireObject;
/** The VI JSON wire form of an InvalidProperty (what `decodeInvalidProperty` reads back). */
export declare const encodeInvalidProperty: typeof encodeExact$InvalidProperty;
/** VI JSON text of an InvalidProperty, every int64 digit kept. */
export declare const stringifyInvalidProperty: (value: InvalidProperty) => string;
declare function encodeExact$InvalidProperty(v: InvalidProperty): rt.WireObject;
/** The VI JSON wire form of an InvalidRequest (what `decodeInvalidRequest` reads back). */
export declare const encodeInvalidRequest: typeof encodeAt$InvalidRequest;
/** VI JSON text of an InvalidRequest, every int64 digit kept. */
export declare const stringifyInvalidRequest: (value: AnyInvalidRequest) => string;
declare function encodeAt$InvalidRequest(v: AnyInvalidRequest): rt.WireObject;
/** The VI JSON wire form of an InvalidState (what `decodeInvalidState` reads back). */
export declare const encodeInvalidState: typeof encodeAt$InvalidState;
/** VI JSON text of an InvalidState, every int64 digit kept. */
export declare const stringifyInvalidState: (value: AnyInvalidState) => string;
declare function encodeAt$InvalidState(v: AnyInvalidState): rt.WireObject;
/** The VI JSON wire form of an InvalidType (what `decodeInvalidType` reads back). */
export declare const encodeInvalidType: typeof encodeExact$InvalidType;
/** VI JSON text of an InvalidType, every int64 digit kept. */
export declare const stringifyInvalidType: (value: InvalidType) => string;
declare function encodeExact$InvalidType(v: InvalidType): rt.WireObject;
/** The VI JSON wire form of a KeyAnyValue (what `decodeKeyAnyValue` reads back). */
export declare const encodeKeyAnyValue: typeof encodeExact$KeyAnyValue;
/** VI JSON text of a KeyAnyValue, every int64 digit kept. */
export declare const stringifyKeyAnyValue: (value: KeyAnyValue) => string;
declare function encodeExact$KeyAnyValue(v: KeyAnyValue): rt.WireObject;
/** The VI JSON wire form of a KeyProviderId (what `decodeKeyProviderId` reads back). */
export declare const encodeKeyProviderId: typeof encodeExact$KeyProviderId;
/** VI JSON text of a KeyProviderId, every int64 digit kept. */
export declare const stringifyKeyProviderId: (value: KeyProviderId) => string;
declare function encodeExact$KeyProviderId(v: KeyProviderId): rt.WireObject;
/** The VI JSON wire form of a KeyValue (what `decodeKeyValue` reads back). */
export declare const encodeKeyValue: typeof encodeExact$KeyValue;
/** VI JSON text of a KeyValue, every int64 digit kept. */
export declare const stringifyKeyValue: (value: KeyValue) => string;
declare function encodeExact$KeyValue(v: KeyValue): rt.WireObject;
/** The VI JSON wire form of a LatencySensitivity (what `decodeLatencySensitivity` reads back). */
export declare const encodeLatencySensitivity: typeof encodeExact$LatencySensitivity;
/** VI JSON text of a LatencySensitivity, every int64 digit kept. */
export declare const stringifyLatencySensitivity: (value: LatencySensitivity) => string;
declare function encodeExact$LatencySensitivity(v: LatencySensitivity): rt.WireObject;
/** The VI JSON wire form of a LicenseEvent (what `decodeLicenseEvent` reads back). */
export declare const encodeLicenseEvent: typeof encodeAt$LicenseEvent;
/** VI JSON text of a LicenseEvent, every int64 digit kept. */
export declare const stringifyLicenseEvent: (value: AnyLicenseEvent) => string;
declare function encodeAt$LicenseEvent(v: AnyLicenseEvent): rt.WireObject;
/** The VI JSON wire form of a LicenseExpiredEvent (what `decodeLicenseExpiredEvent` reads back). */
export declare const encodeLicenseExpiredEvent: typeof encodeExact$LicenseExpiredEvent;
/** VI JSON text of a LicenseExpiredEvent, every int64 digit kept. */
export declare const stringifyLicenseExpiredEvent: (value: LicenseExpiredEvent) => string;
declare function encodeExact$LicenseExpiredEvent(v: LicenseExpiredEvent): rt.WireObject;
/** The VI JSON wire form of a LicenseFeatureInfo (what `decodeLicenseFeatureInfo` reads back). */
export declare const encodeLicenseFeatureInfo: typeof encodeExact$LicenseFeatureInfo;
/** VI JSON text of a LicenseFeatureInfo, every int64 digit kept. */
export declare const stringifyLicenseFeatureInfo: (value: LicenseFeatureInfo) => string;
declare function encodeExact$LicenseFeatureInfo(v: LicenseFeatureInfo): rt.WireObject;
/** The VI JSON wire form of a LicenseNonComplianceEvent (what `decodeLicenseNonComplianceEvent` reads back). */
export declare const encodeLicenseNonComplianceEvent: typeof encodeExact$LicenseNonComplianceEvent;
/** VI JSON text of a LicenseNonComplianceEvent, every int64 digit kept. */
export declare const stringifyLicenseNonComplianceEvent: (value: LicenseNonComplianceEvent) => string;
declare function encodeExact$LicenseNonComplianceEvent(v: LicenseNonComplianceEvent): rt.WireObject;
/** The VI JSON wire form of a LicenseRestrictedEvent (what `decodeLicenseRestrictedEvent` reads back). */
export declare const encodeLicenseRestrictedEvent: typeof encodeExact$LicenseRestrictedEvent;
/** VI JSON text of a LicenseRestrictedEvent, every int64 digit kept. */
export declare const stringifyLicenseRestrictedEvent: (value: LicenseRestrictedEvent) => string;
declare function encodeExact$LicenseRestrictedEvent(v: LicenseRestrictedEvent): rt.WireObject;
/** The VI JSON wire form of a LicenseServerAvailableEvent (what `decodeLicenseServerAvailableEvent` reads back). */
export declare const encodeLicenseServerAvailableEvent: typeof encodeExact$LicenseServerAvailableEvent;
/** VI JSON text of a LicenseServerAvailableEvent, every int64 digit kept. */
export declare const stringifyLicenseServerAvailableEvent: (value: LicenseServerAvailableEvent) => string;
declare function encodeExact$LicenseServerAvailableEvent(v: LicenseServerAvailableEvent): rt.WireObject;
/** The VI JSON wire form of a LicenseServerUnavailableEvent (what `decodeLicenseServerUnavailableEvent` reads back). */
export declare const encodeLicenseServerUnavailableEvent: typeof encodeExact$LicenseServerUnavailableEvent;
/** VI JSON text of a LicenseServerUnavailableEvent, every int64 digit kept. */
export declare const stringifyLicenseServerUnavailableEvent: (value: LicenseServerUnavailableEvent) => string;
declare function encodeExact$LicenseServerUnavailableEvent(v: LicenseServerUnavailableEvent): rt.WireObject;
/** The VI JSON wire form of a LocalDatastoreCreatedEvent (what `decodeLocalDatastoreCreatedEvent` reads back). */
export declare const encodeLocalDatastoreCreatedEvent: typeof encodeExact$LocalDatastoreCreatedEvent;
/** VI JSON text of a LocalDatastoreCreatedEvent, every int64 digit kept. */
export declare const stringifyLocalDatastoreCreatedEvent: (value: LocalDatastoreCreatedEvent) => string;
declare function encodeExact$LocalDatastoreCreatedEvent(v: LocalDatastoreCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a LocalDatastoreInfo (what `decodeLocalDatastoreInfo` reads back). */
export declare const encodeLocalDatastoreInfo: typeof encodeExact$LocalDatastoreInfo;
/** VI JSON text of a LocalDatastoreInfo, every int64 digit kept. */
export declare const stringifyLocalDatastoreInfo: (value: LocalDatastoreInfo) => string;
declare function encodeExact$LocalDatastoreInfo(v: LocalDatastoreInfo): rt.WireObject;
/** The VI JSON wire form of a LocalTSMEnabledEvent (what `decodeLocalTSMEnabledEvent` reads back). */
export declare const encodeLocalTSMEnabledEvent: typeof encodeExact$LocalTSMEnabledEvent;
/** VI JSON text of a LocalTSMEnabledEvent, every int64 digit kept. */
export declare const stringifyLocalTSMEnabledEvent: (value: LocalTSMEnabledEvent) => string;
declare function encodeExact$LocalTSMEnabledEvent(v: LocalTSMEnabledEvent): rt.WireObject;
/** The VI JSON wire form of a LocalizableMessage (what `decodeLocalizableMessage` reads back). */
export declare const encodeLocalizableMessage: typeof encodeExact$LocalizableMessage;
/** VI JSON text of a LocalizableMessage, every int64 digit kept. */
export declare const stringifyLocalizableMessage: (value: LocalizableMessage) => string;
declare function encodeExact$LocalizableMessage(v: LocalizableMessage): rt.WireObject;
/** The VI JSON wire form of a LocalizedMethodFault (what `decodeLocalizedMethodFault` reads back). */
export declare const encodeLocalizedMethodFault: typeof encodeExact$LocalizedMethodFault;
/** VI JSON text of a LocalizedMethodFault, every int64 digit kept. */
export declare const stringifyLocalizedMethodFault: (value: LocalizedMethodFault) => string;
declare function encodeExact$LocalizedMethodFault(v: LocalizedMethodFault): rt.WireObject;
/** The VI JSON wire form of a LockerMisconfiguredEvent (what `decodeLockerMisconfiguredEvent` reads back). */
export declare const encodeLockerMisconfiguredEvent: typeof encodeExact$LockerMisconfiguredEvent;
/** VI JSON text of a LockerMisconfiguredEvent, every int64 digit kept. */
export declare const stringifyLockerMisconfiguredEvent: (value: LockerMisconfiguredEvent) => string;
declare function encodeExact$LockerMisconfiguredEvent(v: LockerMisconfiguredEvent): rt.WireObject;
/** The VI JSON wire form of a LockerReconfiguredEvent (what `decodeLockerReconfiguredEvent` reads back). */
export declare const encodeLockerReconfiguredEvent: typeof encodeExact$LockerReconfiguredEvent;
/** VI JSON text of a LockerReconfiguredEvent, every int64 digit kept. */
export declare const stringifyLockerReconfiguredEvent: (value: LockerReconfiguredEvent) => string;
declare function encodeExact$LockerReconfiguredEvent(v: LockerReconfiguredEvent): rt.WireObject;
/** The VI JSON wire form of a LongPolicy (what `decodeLongPolicy` reads back). */
export declare const encodeLongPolicy: typeof encodeExact$LongPolicy;
/** VI JSON text of a LongPolicy, every int64 digit kept. */
export declare const stringifyLongPolicy: (value: LongPolicy) => string;
declare function encodeExact$LongPolicy(v: LongPolicy): rt.WireObject;
/** The VI JSON wire form of a ManagedByInfo (what `decodeManagedByInfo` reads back). */
export declare const encodeManagedByInfo: typeof encodeExact$ManagedByInfo;
/** VI JSON text of a ManagedByInfo, every int64 digit kept. */
export declare const stringifyManagedByInfo: (value: ManagedByInfo) => string;
declare function encodeExact$ManagedByInfo(v: ManagedByInfo): rt.WireObject;
/** The VI JSON wire form of a ManagedEntityEventArgument (what `decodeManagedEntityEventArgument` reads back). */
export declare const encodeManagedEntityEventArgument: typeof encodeExact$ManagedEntityEventArgument;
/** VI JSON text of a ManagedEntityEventArgument, every int64 digit kept. */
export declare const stringifyManagedEntityEventArgument: (value: ManagedEntityEventArgument) => string;
declare function encodeExact$ManagedEntityEventArgument(v: ManagedEntityEventArgument): rt.WireObject;
/** The VI JSON wire form of a ManagedObjectNotFound (what `decodeManagedObjectNotFound` reads back). */
export declare const encodeManagedObjectNotFound: typeof encodeExact$ManagedObjectNotFound;
/** VI JSON text of a ManagedObjectNotFound, every int64 digit kept. */
export declare const stringifyManagedObjectNotFound: (value: ManagedObjectNotFound) => string;
declare function encodeExact$ManagedObjectNotFound(v: ManagedObjectNotFound): rt.WireObject;
/** The VI JSON wire form of a ManagedObjectReference (what `decodeManagedObjectReference` reads back). */
export declare const encodeManagedObjectReference: typeof encodeExact$ManagedObjectReference;
/** VI JSON text of a ManagedObjectReference, every int64 digit kept. */
export declare const stringifyManagedObjectReference: (value: ManagedObjectReference) => string;
declare function encodeExact$ManagedObjectReference(v: ManagedObjectReference): rt.WireObject;
/** The VI JSON wire form of a MethodFault (what `decodeMethodFault` reads back). */
export declare const encodeMethodFault: typeof encodeAt$MethodFault;
/** VI JSON text of a MethodFault, every int64 digit kept. */
export declare const stringifyMethodFault: (value: AnyMethodFault) => string;
declare function encodeAt$MethodFault(v: AnyMethodFault): rt.WireObject;
/** The VI JSON wire form of a MethodNotFound (what `decodeMethodNotFound` reads back). */
export declare const encodeMethodNotFound: typeof encodeExact$MethodNotFound;
/** VI JSON text of a MethodNotFound, every int64 digit kept. */
export declare const stringifyMethodNotFound: (value: MethodNotFound) => string;
declare function encodeExact$MethodNotFound(v: MethodNotFound): rt.WireObject;
/** The VI JSON wire form of a MigrationErrorEvent (what `decodeMigrationErrorEvent` reads back). */
export declare const encodeMigrationErrorEvent: typeof encodeExact$MigrationErrorEvent;
/** VI JSON text of a MigrationErrorEvent, every int64 digit kept. */
export declare const stringifyMigrationErrorEvent: (value: MigrationErrorEvent) => string;
declare function encodeExact$MigrationErrorEvent(v: MigrationErrorEvent): rt.WireObject;
/** The VI JSON wire form of a MigrationEvent (what `decodeMigrationEvent` reads back). */
export declare const encodeMigrationEvent: typeof encodeAt$MigrationEvent;
/** VI JSON text of a MigrationEvent, every int64 digit kept. */
export declare const stringifyMigrationEvent: (value: AnyMigrationEvent) => string;
declare function encodeAt$MigrationEvent(v: AnyMigrationEvent): rt.WireObject;
/** The VI JSON wire form of a MigrationHostErrorEvent (what `decodeMigrationHostErrorEvent` reads back). */
export declare const encodeMigrationHostErrorEvent: typeof encodeExact$MigrationHostErrorEvent;
/** VI JSON text of a MigrationHostErrorEvent, every int64 digit kept. */
export declare const stringifyMigrationHostErrorEvent: (value: MigrationHostErrorEvent) => string;
declare function encodeExact$MigrationHostErrorEvent(v: MigrationHostErrorEvent): rt.WireObject;
/** The VI JSON wire form of a MigrationHostWarningEvent (what `decodeMigrationHostWarningEvent` reads back). */
export declare const encodeMigrationHostWarningEvent: typeof encodeExact$MigrationHostWarningEvent;
/** VI JSON text of a MigrationHostWarningEvent, every int64 digit kept. */
export declare const stringifyMigrationHostWarningEvent: (value: MigrationHostWarningEvent) => string;
declare function encodeExact$MigrationHostWarningEvent(v: MigrationHostWarningEvent): rt.WireObject;
/** The VI JSON wire form of a MigrationResourceErrorEvent (what `decodeMigrationResourceErrorEvent` reads back). */
export declare const encodeMigrationResourceErrorEvent: typeof encodeExact$MigrationResourceErrorEvent;
/** VI JSON text of a MigrationResourceErrorEvent, every int64 digit kept. */
export declare const stringifyMigrationResourceErrorEvent: (value: MigrationResourceErrorEvent) => string;
declare function encodeExact$MigrationResourceErrorEvent(v: MigrationResourceErrorEvent): rt.WireObject;
/** The VI JSON wire form of a MigrationResourceWarningEvent (what `decodeMigrationResourceWarningEvent` reads back). */
export declare const encodeMigrationResourceWarningEvent: typeof encodeExact$MigrationResourceWarningEvent;
/** VI JSON text of a MigrationResourceWarningEvent, every int64 digit kept. */
export declare const stringifyMigrationResourceWarningEvent: (value: MigrationResourceWarningEvent) => string;
declare function encodeExact$MigrationResourceWarningEvent(v: MigrationResourceWarningEvent): rt.WireObject;
/** The VI JSON wire form of a MigrationWarningEvent (what `decodeMigrationWarningEvent` reads back). */
export declare const encodeMigrationWarningEvent: typeof encodeExact$MigrationWarningEvent;
/** VI JSON text of a MigrationWarningEvent, every int64 digit kept. */
export declare const stringifyMigrationWarningEvent: (value: MigrationWarningEvent) => string;
declare function encodeExact$MigrationWarningEvent(v: MigrationWarningEvent): rt.WireObject;
/** The VI JSON wire form of a MissingObject (what `decodeMissingObject` reads back). */
export declare const encodeMissingObject: typeof encodeExact$MissingObject;
/** VI JSON text of a MissingObject, every int64 digit kept. */
export declare const stringifyMissingObject: (value: MissingObject) => string;
declare function encodeExact$MissingObject(v: MissingObject): rt.WireObject;
/** The VI JSON wire form of a MissingProperty (what `decodeMissingProperty` reads back). */
export declare const encodeMissingProperty: typeof encodeExact$MissingProperty;
/** VI JSON text of a MissingProperty, every int64 digit kept. */
export declare const stringifyMissingProperty: (value: MissingProperty) => string;
declare function encodeExact$MissingProperty(v: MissingProperty): rt.WireObject;
/** The VI JSON wire form of a MtuMatchEvent (what `decodeMtuMatchEvent` reads back). */
export declare const encodeMtuMatchEvent: typeof encodeExact$MtuMatchEvent;
/** VI JSON text of a MtuMatchEvent, every int64 digit kept. */
export declare const stringifyMtuMatchEvent: (value: MtuMatchEvent) => string;
declare function encodeExact$MtuMatchEvent(v: MtuMatchEvent): rt.WireObject;
/** The VI JSON wire form of a MtuMismatchEvent (what `decodeMtuMismatchEvent` reads back). */
export declare const encodeMtuMismatchEvent: typeof encodeExact$MtuMismatchEvent;
/** VI JSON text of a MtuMismatchEvent, every int64 digit kept. */
export declare const stringifyMtuMismatchEvent: (value: MtuMismatchEvent) => string;
declare function encodeExact$MtuMismatchEvent(v: MtuMismatchEvent): rt.WireObject;
/** The VI JSON wire form of a NASDatastoreCreatedEvent (what `decodeNASDatastoreCreatedEvent` reads back). */
export declare const encodeNASDatastoreCreatedEvent: typeof encodeExact$NASDatastoreCreatedEvent;
/** VI JSON text of a NASDatastoreCreatedEvent, every int64 digit kept. */
export declare const stringifyNASDatastoreCreatedEvent: (value: NASDatastoreCreatedEvent) => string;
declare function encodeExact$NASDatastoreCreatedEvent(v: NASDatastoreCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a NasDatastoreInfo (what `decodeNasDatastoreInfo` reads back). */
export declare const encodeNasDatastoreInfo: typeof encodeExact$NasDatastoreInfo;
/** VI JSON text of a NasDatastoreInfo, every int64 digit kept. */
export declare const stringifyNasDatastoreInfo: (value: NasDatastoreInfo) => string;
declare function encodeExact$NasDatastoreInfo(v: NasDatastoreInfo): rt.WireObject;
/** The VI JSON wire form of a NetBIOSConfigInfo (what `decodeNetBIOSConfigInfo` reads back). */
export declare const encodeNetBIOSConfigInfo: typeof encodeExact$NetBIOSConfigInfo;
/** VI JSON text of a NetBIOSConfigInfo, every int64 digit kept. */
export declare const stringifyNetBIOSConfigInfo: (value: NetBIOSConfigInfo) => string;
declare function encodeExact$NetBIOSConfigInfo(v: NetBIOSConfigInfo): rt.WireObject;
/** The VI JSON wire form of a NetDhcpConfigInfo (what `decodeNetDhcpConfigInfo` reads back). */
export declare const encodeNetDhcpConfigInfo: typeof encodeExact$NetDhcpConfigInfo;
/** VI JSON text of a NetDhcpConfigInfo, every int64 digit kept. */
export declare const stringifyNetDhcpConfigInfo: (value: NetDhcpConfigInfo) => string;
declare function encodeExact$NetDhcpConfigInfo(v: NetDhcpConfigInfo): rt.WireObject;
/** The VI JSON wire form of a NetDhcpConfigInfoDhcpOptions (what `decodeNetDhcpConfigInfoDhcpOptions` reads back). */
export declare const encodeNetDhcpConfigInfoDhcpOptions: typeof encodeExact$NetDhcpConfigInfoDhcpOptions;
/** VI JSON text of a NetDhcpConfigInfoDhcpOptions, every int64 digit kept. */
export declare const stringifyNetDhcpConfigInfoDhcpOptions: (value: NetDhcpConfigInfoDhcpOptions) => string;
declare function encodeExact$NetDhcpConfigInfoDhcpOptions(v: NetDhcpConfigInfoDhcpOptions): rt.WireObject;
/** The VI JSON wire form of a NetDnsConfigInfo (what `decodeNetDnsConfigInfo` reads back). */
export declare const encodeNetDnsConfigInfo: typeof encodeExact$NetDnsConfigInfo;
/** VI JSON text of a NetDnsConfigInfo, every int64 digit kept. */
export declare const stringifyNetDnsConfigInfo: (value: NetDnsConfigInfo) => string;
declare function encodeExact$NetDnsConfigInfo(v: NetDnsConfigInfo): rt.WireObject;
/** The VI JSON wire form of a NetIpConfigInfo (what `decodeNetIpConfigInfo` reads back). */
export declare const encodeNetIpConfigInfo: typeof encodeExact$NetIpConfigInfo;
/** VI JSON text of a NetIpConfigInfo, every int64 digit kept. */
export declare const stringifyNetIpConfigInfo: (value: NetIpConfigInfo) => string;
declare function encodeExact$NetIpConfigInfo(v: NetIpConfigInfo): rt.WireObject;
/** The VI JSON wire form of a NetIpConfigInfoIpAddress (what `decodeNetIpConfigInfoIpAddress` reads back). */
export declare const encodeNetIpConfigInfoIpAddress: typeof encodeExact$NetIpConfigInfoIpAddress;
/** VI JSON text of a NetIpConfigInfoIpAddress, every int64 digit kept. */
export declare const stringifyNetIpConfigInfoIpAddress: (value: NetIpConfigInfoIpAddress) => string;
declare function encodeExact$NetIpConfigInfoIpAddress(v: NetIpConfigInfoIpAddress): rt.WireObject;
/** The VI JSON wire form of a NetIpRouteConfigInfo (what `decodeNetIpRouteConfigInfo` reads back). */
export declare const encodeNetIpRouteConfigInfo: typeof encodeExact$NetIpRouteConfigInfo;
/** VI JSON text of a NetIpRouteConfigInfo, every int64 digit kept. */
export declare const stringifyNetIpRouteConfigInfo: (value: NetIpRouteConfigInfo) => string;
declare function encodeExact$NetIpRouteConfigInfo(v: NetIpRouteConfigInfo): rt.WireObject;
/** The VI JSON wire form of a NetIpRouteConfigInfoGateway (what `decodeNetIpRouteConfigInfoGateway` reads back). */
export declare const encodeNetIpRouteConfigInfoGateway: typeof encodeExact$NetIpRouteConfigInfoGateway;
/** VI JSON text of a NetIpRouteConfigInfoGateway, every int64 digit kept. */
export declare const stringifyNetIpRouteConfigInfoGateway: (value: NetIpRouteConfigInfoGateway) => string;
declare function encodeExact$NetIpRouteConfigInfoGateway(v: NetIpRouteConfigInfoGateway): rt.WireObject;
/** The VI JSON wire form of a NetIpRouteConfigInfoIpRoute (what `decodeNetIpRouteConfigInfoIpRoute` reads back). */
export declare const encodeNetIpRouteConfigInfoIpRoute: typeof encodeExact$NetIpRouteConfigInfoIpRoute;
/** VI JSON text of a NetIpRouteConfigInfoIpRoute, every int64 digit kept. */
export declare const stringifyNetIpRouteConfigInfoIpRoute: (value: NetIpRouteConfigInfoIpRoute) => string;
declare function encodeExact$NetIpRouteConfigInfoIpRoute(v: NetIpRouteConfigInfoIpRoute): rt.WireObject;
/** The VI JSON wire form of a NetworkEventArgument (what `decodeNetworkEventArgument` reads back). */
export declare const encodeNetworkEventArgument: typeof encodeExact$NetworkEventArgument;
/** VI JSON text of a NetworkEventArgument, every int64 digit kept. */
export declare const stringifyNetworkEventArgument: (value: NetworkEventArgument) => string;
declare function encodeExact$NetworkEventArgument(v: NetworkEventArgument): rt.WireObject;
/** The VI JSON wire form of a NetworkRollbackEvent (what `decodeNetworkRollbackEvent` reads back). */
export declare const encodeNetworkRollbackEvent: typeof encodeExact$NetworkRollbackEvent;
/** VI JSON text of a NetworkRollbackEvent, every int64 digit kept. */
export declare const stringifyNetworkRollbackEvent: (value: NetworkRollbackEvent) => string;
declare function encodeExact$NetworkRollbackEvent(v: NetworkRollbackEvent): rt.WireObject;
/** The VI JSON wire form of a NetworkSummary (what `decodeNetworkSummary` reads back). */
export declare const encodeNetworkSummary: typeof encodeExact$NetworkSummary;
/** VI JSON text of a NetworkSummary, every int64 digit kept. */
export declare const stringifyNetworkSummary: (value: NetworkSummary) => string;
declare function encodeExact$NetworkSummary(v: NetworkSummary): rt.WireObject;
/** The VI JSON wire form of a NoAccessUserEvent (what `decodeNoAccessUserEvent` reads back). */
export declare const encodeNoAccessUserEvent: typeof encodeExact$NoAccessUserEvent;
/** VI JSON text of a NoAccessUserEvent, every int64 digit kept. */
export declare const stringifyNoAccessUserEvent: (value: NoAccessUserEvent) => string;
declare function encodeExact$NoAccessUserEvent(v: NoAccessUserEvent): rt.WireObject;
/** The VI JSON wire form of a NoDatastoresConfiguredEvent (what `decodeNoDatastoresConfiguredEvent` reads back). */
export declare const encodeNoDatastoresConfiguredEvent: typeof encodeExact$NoDatastoresConfiguredEvent;
/** VI JSON text of a NoDatastoresConfiguredEvent, every int64 digit kept. */
export declare const stringifyNoDatastoresConfiguredEvent: (value: NoDatastoresConfiguredEvent) => string;
declare function encodeExact$NoDatastoresConfiguredEvent(v: NoDatastoresConfiguredEvent): rt.WireObject;
/** The VI JSON wire form of a NoLicenseEvent (what `decodeNoLicenseEvent` reads back). */
export declare const encodeNoLicenseEvent: typeof encodeExact$NoLicenseEvent;
/** VI JSON text of a NoLicenseEvent, every int64 digit kept. */
export declare const stringifyNoLicenseEvent: (value: NoLicenseEvent) => string;
declare function encodeExact$NoLicenseEvent(v: NoLicenseEvent): rt.WireObject;
/** The VI JSON wire form of a NoMaintenanceModeDrsRecommendationForVM (what `decodeNoMaintenanceModeDrsRecommendationForVM` reads back). */
export declare const encodeNoMaintenanceModeDrsRecommendationForVM: typeof encodeExact$NoMaintenanceModeDrsRecommendationForVM;
/** VI JSON text of a NoMaintenanceModeDrsRecommendationForVM, every int64 digit kept. */
export declare const stringifyNoMaintenanceModeDrsRecommendationForVM: (value: NoMaintenanceModeDrsRecommendationForVM) => string;
declare function encodeExact$NoMaintenanceModeDrsRecommendationForVM(v: NoMaintenanceModeDrsRecommendationForVM): rt.WireObject;
/** The VI JSON wire form of a NoPermission (what `decodeNoPermission` reads back). */
export declare const encodeNoPermission: typeof encodeAt$NoPermission;
/** VI JSON text of a NoPermission, every int64 digit kept. */
export declare const stringifyNoPermission: (value: AnyNoPermission) => string;
declare function encodeAt$NoPermission(v: AnyNoPermission): rt.WireObject;
/** The VI JSON wire form of a NoPermissionEntityPrivileges (what `decodeNoPermissionEntityPrivileges` reads back). */
export declare const encodeNoPermissionEntityPrivileges: typeof encodeExact$NoPermissionEntityPrivileges;
/** VI JSON text of a NoPermissionEntityPrivileges, every int64 digit kept. */
export declare const stringifyNoPermissionEntityPrivileges: (value: NoPermissionEntityPrivileges) => string;
declare function encodeExact$NoPermissionEntityPrivileges(v: NoPermissionEntityPrivileges): rt.WireObject;
/** The VI JSON wire form of a NonVIWorkloadDetectedOnDatastoreEvent (what `decodeNonVIWorkloadDetectedOnDatastoreEvent` reads back). */
export declare const encodeNonVIWorkloadDetectedOnDatastoreEvent: typeof encodeExact$NonVIWorkloadDetectedOnDatastoreEvent;
/** VI JSON text of a NonVIWorkloadDetectedOnDatastoreEvent, every int64 digit kept. */
export declare const stringifyNonVIWorkloadDetectedOnDatastoreEvent: (value: NonVIWorkloadDetectedOnDatastoreEvent) => string;
declare function encodeExact$NonVIWorkloadDetectedOnDatastoreEvent(v: NonVIWorkloadDetectedOnDatastoreEvent): rt.WireObject;
/** The VI JSON wire form of a NotAuthenticated (what `decodeNotAuthenticated` reads back). */
export declare const encodeNotAuthenticated: typeof encodeExact$NotAuthenticated;
/** VI JSON text of a NotAuthenticated, every int64 digit kept. */
export declare const stringifyNotAuthenticated: (value: NotAuthenticated) => string;
declare function encodeExact$NotAuthenticated(v: NotAuthenticated): rt.WireObject;
/** The VI JSON wire form of a NotEnoughResourcesToStartVmEvent (what `decodeNotEnoughResourcesToStartVmEvent` reads back). */
export declare const encodeNotEnoughResourcesToStartVmEvent: typeof encodeExact$NotEnoughResourcesToStartVmEvent;
/** VI JSON text of a NotEnoughResourcesToStartVmEvent, every int64 digit kept. */
export declare const stringifyNotEnoughResourcesToStartVmEvent: (value: NotEnoughResourcesToStartVmEvent) => string;
declare function encodeExact$NotEnoughResourcesToStartVmEvent(v: NotEnoughResourcesToStartVmEvent): rt.WireObject;
/** The VI JSON wire form of a NotFound (what `decodeNotFound` reads back). */
export declare const encodeNotFound: typeof encodeExact$NotFound;
/** VI JSON text of a NotFound, every int64 digit kept. */
export declare const stringifyNotFound: (value: NotFound) => string;
declare function encodeExact$NotFound(v: NotFound): rt.WireObject;
/** The VI JSON wire form of a NotImplemented (what `decodeNotImplemented` reads back). */
export declare const encodeNotImplemented: typeof encodeExact$NotImplemented;
/** VI JSON text of a NotImplemented, every int64 digit kept. */
export declare const stringifyNotImplemented: (value: NotImplemented) => string;
declare function encodeExact$NotImplemented(v: NotImplemented): rt.WireObject;
/** The VI JSON wire form of a NotSupported (what `decodeNotSupported` reads back). */
export declare const encodeNotSupported: typeof encodeExact$NotSupported;
/** VI JSON text of a NotSupported, every int64 digit kept. */
export declare const stringifyNotSupported: (value: NotSupported) => string;
declare function encodeExact$NotSupported(v: NotSupported): rt.WireObject;
/** The VI JSON wire form of a NumericRange (what `decodeNumericRange` reads back). */
export declare const encodeNumericRange: typeof encodeExact$NumericRange;
/** VI JSON text of a NumericRange, every int64 digit kept. */
export declare const stringifyNumericRange: (value: NumericRange) => string;
declare function encodeExact$NumericRange(v: NumericRange): rt.WireObject;
/** The VI JSON wire form of an ObjectContent (what `decodeObjectContent` reads back). */
export declare const encodeObjectContent: typeof encodeExact$ObjectContent;
/** VI JSON text of an ObjectContent, every int64 digit kept. */
export declare const stringifyObjectContent: (value: ObjectContent) => string;
declare function encodeExact$ObjectContent(v: ObjectContent): rt.WireObject;
/** The VI JSON wire form of an ObjectSpec (what `decodeObjectSpec` reads back). */
export declare const encodeObjectSpec: typeof encodeExact$ObjectSpec;
/** VI JSON text of an ObjectSpec, every int64 digit kept. */
export declare const stringifyObjectSpec: (value: ObjectSpec) => string;
declare function encodeExact$ObjectSpec(v: ObjectSpec): rt.WireObject;
/** The VI JSON wire form of an ObjectUpdate (what `decodeObjectUpdate` reads back). */
export declare const encodeObjectUpdate: typeof encodeExact$ObjectUpdate;
/** VI JSON text of an ObjectUpdate, every int64 digit kept. */
export declare const stringifyObjectUpdate: (value: ObjectUpdate) => string;
declare function encodeExact$ObjectUpdate(v: ObjectUpdate): rt.WireObject;
/** The VI JSON wire form of an OptionType (what `decodeOptionType` reads back). */
export declare const encodeOptionType: typeof encodeAt$OptionType;
/** VI JSON text of an OptionType, every int64 digit kept. */
export declare const stringifyOptionType: (value: AnyOptionType) => string;
declare function encodeAt$OptionType(v: AnyOptionType): rt.WireObject;
/** The VI JSON wire form of an OptionValue (what `decodeOptionValue` reads back). */
export declare const encodeOptionValue: typeof encodeExact$OptionValue;
/** VI JSON text of an OptionValue, every int64 digit kept. */
export declare const stringifyOptionValue: (value: OptionValue) => string;
declare function encodeExact$OptionValue(v: OptionValue): rt.WireObject;
/** The VI JSON wire form of an OutOfSyncDvsHost (what `decodeOutOfSyncDvsHost` reads back). */
export declare const encodeOutOfSyncDvsHost: typeof encodeExact$OutOfSyncDvsHost;
/** VI JSON text of an OutOfSyncDvsHost, every int64 digit kept. */
export declare const stringifyOutOfSyncDvsHost: (value: OutOfSyncDvsHost) => string;
declare function encodeExact$OutOfSyncDvsHost(v: OutOfSyncDvsHost): rt.WireObject;
/** The VI JSON wire form of a PMemDatastoreInfo (what `decodePMemDatastoreInfo` reads back). */
export declare const encodePMemDatastoreInfo: typeof encodeExact$PMemDatastoreInfo;
/** VI JSON text of a PMemDatastoreInfo, every int64 digit kept. */
export declare const stringifyPMemDatastoreInfo: (value: PMemDatastoreInfo) => string;
declare function encodeExact$PMemDatastoreInfo(v: PMemDatastoreInfo): rt.WireObject;
/** The VI JSON wire form of a ParaVirtualSCSIController (what `decodeParaVirtualSCSIController` reads back). */
export declare const encodeParaVirtualSCSIController: typeof encodeExact$ParaVirtualSCSIController;
/** VI JSON text of a ParaVirtualSCSIController, every int64 digit kept. */
export declare const stringifyParaVirtualSCSIController: (value: ParaVirtualSCSIController) => string;
declare function encodeExact$ParaVirtualSCSIController(v: ParaVirtualSCSIController): rt.WireObject;
/** The VI JSON wire form of a Permission (what `decodePermission` reads back). */
export declare const encodePermission: typeof encodeExact$Permission;
/** VI JSON text of a Permission, every int64 digit kept. */
export declare const stringifyPermission: (value: Permission) => string;
declare function encodeExact$Permission(v: Permission): rt.WireObject;
/** The VI JSON wire form of a PermissionAddedEvent (what `decodePermissionAddedEvent` reads back). */
export declare const encodePermissionAddedEvent: typeof encodeExact$PermissionAddedEvent;
/** VI JSON text of a PermissionAddedEvent, every int64 digit kept. */
export declare const stringifyPermissionAddedEvent: (value: PermissionAddedEvent) => string;
declare function encodeExact$PermissionAddedEvent(v: PermissionAddedEvent): rt.WireObject;
/** The VI JSON wire form of a PermissionEvent (what `decodePermissionEvent` reads back). */
export declare const encodePermissionEvent: typeof encodeAt$PermissionEvent;
/** VI JSON text of a PermissionEvent, every int64 digit kept. */
export declare const stringifyPermissionEvent: (value: AnyPermissionEvent) => string;
declare function encodeAt$PermissionEvent(v: AnyPermissionEvent): rt.WireObject;
/** The VI JSON wire form of a PermissionRemovedEvent (what `decodePermissionRemovedEvent` reads back). */
export declare const encodePermissionRemovedEvent: typeof encodeExact$PermissionRemovedEvent;
/** VI JSON text of a PermissionRemovedEvent, every int64 digit kept. */
export declare const stringifyPermissionRemovedEvent: (value: PermissionRemovedEvent) => string;
declare function encodeExact$PermissionRemovedEvent(v: PermissionRemovedEvent): rt.WireObject;
/** The VI JSON wire form of a PermissionUpdatedEvent (what `decodePermissionUpdatedEvent` reads back). */
export declare const encodePermissionUpdatedEvent: typeof encodeExact$PermissionUpdatedEvent;
/** VI JSON text of a PermissionUpdatedEvent, every int64 digit kept. */
export declare const stringifyPermissionUpdatedEvent: (value: PermissionUpdatedEvent) => string;
declare function encodeExact$PermissionUpdatedEvent(v: PermissionUpdatedEvent): rt.WireObject;
/** The VI JSON wire form of a PrivilegePolicyDef (what `decodePrivilegePolicyDef` reads back). */
export declare const encodePrivilegePolicyDef: typeof encodeExact$PrivilegePolicyDef;
/** VI JSON text of a PrivilegePolicyDef, every int64 digit kept. */
export declare const stringifyPrivilegePolicyDef: (value: PrivilegePolicyDef) => string;
declare function encodeExact$PrivilegePolicyDef(v: PrivilegePolicyDef): rt.WireObject;
/** The VI JSON wire form of a ProfileAssociatedEvent (what `decodeProfileAssociatedEvent` reads back). */
export declare const encodeProfileAssociatedEvent: typeof encodeExact$ProfileAssociatedEvent;
/** VI JSON text of a ProfileAssociatedEvent, every int64 digit kept. */
export declare const stringifyProfileAssociatedEvent: (value: ProfileAssociatedEvent) => string;
declare function encodeExact$ProfileAssociatedEvent(v: ProfileAssociatedEvent): rt.WireObject;
/** The VI JSON wire form of a ProfileChangedEvent (what `decodeProfileChangedEvent` reads back). */
export declare const encodeProfileChangedEvent: typeof encodeExact$ProfileChangedEvent;
/** VI JSON text of a ProfileChangedEvent, every int64 digit kept. */
export declare const stringifyProfileChangedEvent: (value: ProfileChangedEvent) => string;
declare function encodeExact$ProfileChangedEvent(v: ProfileChangedEvent): rt.WireObject;
/** The VI JSON wire form of a ProfileCreatedEvent (what `decodeProfileCreatedEvent` reads back). */
export declare const encodeProfileCreatedEvent: typeof encodeExact$ProfileCreatedEvent;
/** VI JSON text of a ProfileCreatedEvent, every int64 digit kept. */
export declare const stringifyProfileCreatedEvent: (value: ProfileCreatedEvent) => string;
declare function encodeExact$ProfileCreatedEvent(v: ProfileCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a ProfileDissociatedEvent (what `decodeProfileDissociatedEvent` reads back). */
export declare const encodeProfileDissociatedEvent: typeof encodeExact$ProfileDissociatedEvent;
/** VI JSON text of a ProfileDissociatedEvent, every int64 digit kept. */
export declare const stringifyProfileDissociatedEvent: (value: ProfileDissociatedEvent) => string;
declare function encodeExact$ProfileDissociatedEvent(v: ProfileDissociatedEvent): rt.WireObject;
/** The VI JSON wire form of a ProfileEvent (what `decodeProfileEvent` reads back). */
export declare const encodeProfileEvent: typeof encodeAt$ProfileEvent;
/** VI JSON text of a ProfileEvent, every int64 digit kept. */
export declare const stringifyProfileEvent: (value: AnyProfileEvent) => string;
declare function encodeAt$ProfileEvent(v: AnyProfileEvent): rt.WireObject;
/** The VI JSON wire form of a ProfileEventArgument (what `decodeProfileEventArgument` reads back). */
export declare const encodeProfileEventArgument: typeof encodeExact$ProfileEventArgument;
/** VI JSON text of a ProfileEventArgument, every int64 digit kept. */
export declare const stringifyProfileEventArgument: (value: ProfileEventArgument) => string;
declare function encodeExact$ProfileEventArgument(v: ProfileEventArgument): rt.WireObject;
/** The VI JSON wire form of a ProfileReferenceHostChangedEvent (what `decodeProfileReferenceHostChangedEvent` reads back). */
export declare const encodeProfileReferenceHostChangedEvent: typeof encodeExact$ProfileReferenceHostChangedEvent;
/** VI JSON text of a ProfileReferenceHostChangedEvent, every int64 digit kept. */
export declare const stringifyProfileReferenceHostChangedEvent: (value: ProfileReferenceHostChangedEvent) => string;
declare function encodeExact$ProfileReferenceHostChangedEvent(v: ProfileReferenceHostChangedEvent): rt.WireObject;
/** The VI JSON wire form of a ProfileRemovedEvent (what `decodeProfileRemovedEvent` reads back). */
export declare const encodeProfileRemovedEvent: typeof encodeExact$ProfileRemovedEvent;
/** VI JSON text of a ProfileRemovedEvent, every int64 digit kept. */
export declare const stringifyProfileRemovedEvent: (value: ProfileRemovedEvent) => string;
declare function encodeExact$ProfileRemovedEvent(v: ProfileRemovedEvent): rt.WireObject;
/** The VI JSON wire form of a PropertyChange (what `decodePropertyChange` reads back). */
export declare const encodePropertyChange: typeof encodeExact$PropertyChange;
/** VI JSON text of a PropertyChange, every int64 digit kept. */
export declare const stringifyPropertyChange: (value: PropertyChange) => string;
declare function encodeExact$PropertyChange(v: PropertyChange): rt.WireObject;
/** The VI JSON wire form of a PropertyFilterSpec (what `decodePropertyFilterSpec` reads back). */
export declare const encodePropertyFilterSpec: typeof encodeExact$PropertyFilterSpec;
/** VI JSON text of a PropertyFilterSpec, every int64 digit kept. */
export declare const stringifyPropertyFilterSpec: (value: PropertyFilterSpec) => string;
declare function encodeExact$PropertyFilterSpec(v: PropertyFilterSpec): rt.WireObject;
/** The VI JSON wire form of a PropertyFilterUpdate (what `decodePropertyFilterUpdate` reads back). */
export declare const encodePropertyFilterUpdate: typeof encodeExact$PropertyFilterUpdate;
/** VI JSON text of a PropertyFilterUpdate, every int64 digit kept. */
export declare const stringifyPropertyFilterUpdate: (value: PropertyFilterUpdate) => string;
declare function encodeExact$PropertyFilterUpdate(v: PropertyFilterUpdate): rt.WireObject;
/** The VI JSON wire form of a PropertySpec (what `decodePropertySpec` reads back). */
export declare const encodePropertySpec: typeof encodeExact$PropertySpec;
/** VI JSON text of a PropertySpec, every int64 digit kept. */
export declare const stringifyPropertySpec: (value: PropertySpec) => string;
declare function encodeExact$PropertySpec(v: PropertySpec): rt.WireObject;
/** The VI JSON wire form of a RecoveryEvent (what `decodeRecoveryEvent` reads back). */
export declare const encodeRecoveryEvent: typeof encodeExact$RecoveryEvent;
/** VI JSON text of a RecoveryEvent, every int64 digit kept. */
export declare const stringifyRecoveryEvent: (value: RecoveryEvent) => string;
declare function encodeExact$RecoveryEvent(v: RecoveryEvent): rt.WireObject;
/** The VI JSON wire form of a RemoteTSMEnabledEvent (what `decodeRemoteTSMEnabledEvent` reads back). */
export declare const encodeRemoteTSMEnabledEvent: typeof encodeExact$RemoteTSMEnabledEvent;
/** VI JSON text of a RemoteTSMEnabledEvent, every int64 digit kept. */
export declare const stringifyRemoteTSMEnabledEvent: (value: RemoteTSMEnabledEvent) => string;
declare function encodeExact$RemoteTSMEnabledEvent(v: RemoteTSMEnabledEvent): rt.WireObject;
/** The VI JSON wire form of a ReplicationConfigSpec (what `decodeReplicationConfigSpec` reads back). */
export declare const encodeReplicationConfigSpec: typeof encodeExact$ReplicationConfigSpec;
/** VI JSON text of a ReplicationConfigSpec, every int64 digit kept. */
export declare const stringifyReplicationConfigSpec: (value: ReplicationConfigSpec) => string;
declare function encodeExact$ReplicationConfigSpec(v: ReplicationConfigSpec): rt.WireObject;
/** The VI JSON wire form of a ReplicationInfoDiskSettings (what `decodeReplicationInfoDiskSettings` reads back). */
export declare const encodeReplicationInfoDiskSettings: typeof encodeExact$ReplicationInfoDiskSettings;
/** VI JSON text of a ReplicationInfoDiskSettings, every int64 digit kept. */
export declare const stringifyReplicationInfoDiskSettings: (value: ReplicationInfoDiskSettings) => string;
declare function encodeExact$ReplicationInfoDiskSettings(v: ReplicationInfoDiskSettings): rt.WireObject;
/** The VI JSON wire form of a RequestCanceled (what `decodeRequestCanceled` reads back). */
export declare const encodeRequestCanceled: typeof encodeExact$RequestCanceled;
/** VI JSON text of a RequestCanceled, every int64 digit kept. */
export declare const stringifyRequestCanceled: (value: RequestCanceled) => string;
declare function encodeExact$RequestCanceled(v: RequestCanceled): rt.WireObject;
/** The VI JSON wire form of a ResourceAllocationInfo (what `decodeResourceAllocationInfo` reads back). */
export declare const encodeResourceAllocationInfo: typeof encodeExact$ResourceAllocationInfo;
/** VI JSON text of a ResourceAllocationInfo, every int64 digit kept. */
export declare const stringifyResourceAllocationInfo: (value: ResourceAllocationInfo) => string;
declare function encodeExact$ResourceAllocationInfo(v: ResourceAllocationInfo): rt.WireObject;
/** The VI JSON wire form of a ResourceConfigSpec (what `decodeResourceConfigSpec` reads back). */
export declare const encodeResourceConfigSpec: typeof encodeExact$ResourceConfigSpec;
/** VI JSON text of a ResourceConfigSpec, every int64 digit kept. */
export declare const stringifyResourceConfigSpec: (value: ResourceConfigSpec) => string;
declare function encodeExact$ResourceConfigSpec(v: ResourceConfigSpec): rt.WireObject;
/** The VI JSON wire form of a ResourceInUse (what `decodeResourceInUse` reads back). */
export declare const encodeResourceInUse: typeof encodeExact$ResourceInUse;
/** VI JSON text of a ResourceInUse, every int64 digit kept. */
export declare const stringifyResourceInUse: (value: ResourceInUse) => string;
declare function encodeExact$ResourceInUse(v: ResourceInUse): rt.WireObject;
/** The VI JSON wire form of a ResourcePoolCreatedEvent (what `decodeResourcePoolCreatedEvent` reads back). */
export declare const encodeResourcePoolCreatedEvent: typeof encodeExact$ResourcePoolCreatedEvent;
/** VI JSON text of a ResourcePoolCreatedEvent, every int64 digit kept. */
export declare const stringifyResourcePoolCreatedEvent: (value: ResourcePoolCreatedEvent) => string;
declare function encodeExact$ResourcePoolCreatedEvent(v: ResourcePoolCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a ResourcePoolDestroyedEvent (what `decodeResourcePoolDestroyedEvent` reads back). */
export declare const encodeResourcePoolDestroyedEvent: typeof encodeExact$ResourcePoolDestroyedEvent;
/** VI JSON text of a ResourcePoolDestroyedEvent, every int64 digit kept. */
export declare const stringifyResourcePoolDestroyedEvent: (value: ResourcePoolDestroyedEvent) => string;
declare function encodeExact$ResourcePoolDestroyedEvent(v: ResourcePoolDestroyedEvent): rt.WireObject;
/** The VI JSON wire form of a ResourcePoolEvent (what `decodeResourcePoolEvent` reads back). */
export declare const encodeResourcePoolEvent: typeof encodeAt$ResourcePoolEvent;
/** VI JSON text of a ResourcePoolEvent, every int64 digit kept. */
export declare const stringifyResourcePoolEvent: (value: AnyResourcePoolEvent) => string;
declare function encodeAt$ResourcePoolEvent(v: AnyResourcePoolEvent): rt.WireObject;
/** The VI JSON wire form of a ResourcePoolEventArgument (what `decodeResourcePoolEventArgument` reads back). */
export declare const encodeResourcePoolEventArgument: typeof encodeExact$ResourcePoolEventArgument;
/** VI JSON text of a ResourcePoolEventArgument, every int64 digit kept. */
export declare const stringifyResourcePoolEventArgument: (value: ResourcePoolEventArgument) => string;
declare function encodeExact$ResourcePoolEventArgument(v: ResourcePoolEventArgument): rt.WireObject;
/** The VI JSON wire form of a ResourcePoolMovedEvent (what `decodeResourcePoolMovedEvent` reads back). */
export declare const encodeResourcePoolMovedEvent: typeof encodeExact$ResourcePoolMovedEvent;
/** VI JSON text of a ResourcePoolMovedEvent, every int64 digit kept. */
export declare const stringifyResourcePoolMovedEvent: (value: ResourcePoolMovedEvent) => string;
declare function encodeExact$ResourcePoolMovedEvent(v: ResourcePoolMovedEvent): rt.WireObject;
/** The VI JSON wire form of a ResourcePoolQuickStats (what `decodeResourcePoolQuickStats` reads back). */
export declare const encodeResourcePoolQuickStats: typeof encodeExact$ResourcePoolQuickStats;
/** VI JSON text of a ResourcePoolQuickStats, every int64 digit kept. */
export declare const stringifyResourcePoolQuickStats: (value: ResourcePoolQuickStats) => string;
declare function encodeExact$ResourcePoolQuickStats(v: ResourcePoolQuickStats): rt.WireObject;
/** The VI JSON wire form of a ResourcePoolReconfiguredEvent (what `decodeResourcePoolReconfiguredEvent` reads back). */
export declare const encodeResourcePoolReconfiguredEvent: typeof encodeExact$ResourcePoolReconfiguredEvent;
/** VI JSON text of a ResourcePoolReconfiguredEvent, every int64 digit kept. */
export declare const stringifyResourcePoolReconfiguredEvent: (value: ResourcePoolReconfiguredEvent) => string;
declare function encodeExact$ResourcePoolReconfiguredEvent(v: ResourcePoolReconfiguredEvent): rt.WireObject;
/** The VI JSON wire form of a ResourcePoolResourceUsage (what `decodeResourcePoolResourceUsage` reads back). */
export declare const encodeResourcePoolResourceUsage: typeof encodeExact$ResourcePoolResourceUsage;
/** VI JSON text of a ResourcePoolResourceUsage, every int64 digit kept. */
export declare const stringifyResourcePoolResourceUsage: (value: ResourcePoolResourceUsage) => string;
declare function encodeExact$ResourcePoolResourceUsage(v: ResourcePoolResourceUsage): rt.WireObject;
/** The VI JSON wire form of a ResourcePoolRuntimeInfo (what `decodeResourcePoolRuntimeInfo` reads back). */
export declare const encodeResourcePoolRuntimeInfo: typeof encodeExact$ResourcePoolRuntimeInfo;
/** VI JSON text of a ResourcePoolRuntimeInfo, every int64 digit kept. */
export declare const stringifyResourcePoolRuntimeInfo: (value: ResourcePoolRuntimeInfo) => string;
declare function encodeExact$ResourcePoolRuntimeInfo(v: ResourcePoolRuntimeInfo): rt.WireObject;
/** The VI JSON wire form of a ResourcePoolSummary (what `decodeResourcePoolSummary` reads back). */
export declare const encodeResourcePoolSummary: typeof encodeExact$ResourcePoolSummary;
/** VI JSON text of a ResourcePoolSummary, every int64 digit kept. */
export declare const stringifyResourcePoolSummary: (value: ResourcePoolSummary) => string;
declare function encodeExact$ResourcePoolSummary(v: ResourcePoolSummary): rt.WireObject;
/** The VI JSON wire form of a ResourcePoolVmResourceProfileUsage (what `decodeResourcePoolVmResourceProfileUsage` reads back). */
export declare const encodeResourcePoolVmResourceProfileUsage: typeof encodeExact$ResourcePoolVmResourceProfileUsage;
/** VI JSON text of a ResourcePoolVmResourceProfileUsage, every int64 digit kept. */
export declare const stringifyResourcePoolVmResourceProfileUsage: (value: ResourcePoolVmResourceProfileUsage) => string;
declare function encodeExact$ResourcePoolVmResourceProfileUsage(v: ResourcePoolVmResourceProfileUsage): rt.WireObject;
/** The VI JSON wire form of a ResourceViolatedEvent (what `decodeResourceViolatedEvent` reads back). */
export declare const encodeResourceViolatedEvent: typeof encodeExact$ResourceViolatedEvent;
/** VI JSON text of a ResourceViolatedEvent, every int64 digit kept. */
export declare const stringifyResourceViolatedEvent: (value: ResourceViolatedEvent) => string;
declare function encodeExact$ResourceViolatedEvent(v: ResourceViolatedEvent): rt.WireObject;
/** The VI JSON wire form of a RetrieveOptions (what `decodeRetrieveOptions` reads back). */
export declare const encodeRetrieveOptions: typeof encodeExact$RetrieveOptions;
/** VI JSON text of a RetrieveOptions, every int64 digit kept. */
export declare const stringifyRetrieveOptions: (value: RetrieveOptions) => string;
declare function encodeExact$RetrieveOptions(v: RetrieveOptions): rt.WireObject;
/** The VI JSON wire form of a RetrieveResult (what `decodeRetrieveResult` reads back). */
export declare const encodeRetrieveResult: typeof encodeExact$RetrieveResult;
/** VI JSON text of a RetrieveResult, every int64 digit kept. */
export declare const stringifyRetrieveResult: (value: RetrieveResult) => string;
declare function encodeExact$RetrieveResult(v: RetrieveResult): rt.WireObject;
/** The VI JSON wire form of a RoleAddedEvent (what `decodeRoleAddedEvent` reads back). */
export declare const encodeRoleAddedEvent: typeof encodeExact$RoleAddedEvent;
/** VI JSON text of a RoleAddedEvent, every int64 digit kept. */
export declare const stringifyRoleAddedEvent: (value: RoleAddedEvent) => string;
declare function encodeExact$RoleAddedEvent(v: RoleAddedEvent): rt.WireObject;
/** The VI JSON wire form of a RoleEvent (what `decodeRoleEvent` reads back). */
export declare const encodeRoleEvent: typeof encodeAt$RoleEvent;
/** VI JSON text of a RoleEvent, every int64 digit kept. */
export declare const stringifyRoleEvent: (value: AnyRoleEvent) => string;
declare function encodeAt$RoleEvent(v: AnyRoleEvent): rt.WireObject;
/** The VI JSON wire form of a RoleEventArgument (what `decodeRoleEventArgument` reads back). */
export declare const encodeRoleEventArgument: typeof encodeExact$RoleEventArgument;
/** VI JSON text of a RoleEventArgument, every int64 digit kept. */
export declare const stringifyRoleEventArgument: (value: RoleEventArgument) => string;
declare function encodeExact$RoleEventArgument(v: RoleEventArgument): rt.WireObject;
/** The VI JSON wire form of a RoleRemovedEvent (what `decodeRoleRemovedEvent` reads back). */
export declare const encodeRoleRemovedEvent: typeof encodeExact$RoleRemovedEvent;
/** VI JSON text of a RoleRemovedEvent, every int64 digit kept. */
export declare const stringifyRoleRemovedEvent: (value: RoleRemovedEvent) => string;
declare function encodeExact$RoleRemovedEvent(v: RoleRemovedEvent): rt.WireObject;
/** The VI JSON wire form of a RoleUpdatedEvent (what `decodeRoleUpdatedEvent` reads back). */
export declare const encodeRoleUpdatedEvent: typeof encodeExact$RoleUpdatedEvent;
/** VI JSON text of a RoleUpdatedEvent, every int64 digit kept. */
export declare const stringifyRoleUpdatedEvent: (value: RoleUpdatedEvent) => string;
declare function encodeExact$RoleUpdatedEvent(v: RoleUpdatedEvent): rt.WireObject;
/** The VI JSON wire form of a RollbackEvent (what `decodeRollbackEvent` reads back). */
export declare const encodeRollbackEvent: typeof encodeExact$RollbackEvent;
/** VI JSON text of a RollbackEvent, every int64 digit kept. */
export declare const stringifyRollbackEvent: (value: RollbackEvent) => string;
declare function encodeExact$RollbackEvent(v: RollbackEvent): rt.WireObject;
/** The VI JSON wire form of a RuntimeFault (what `decodeRuntimeFault` reads back). */
export declare const encodeRuntimeFault: typeof encodeAt$RuntimeFault;
/** VI JSON text of a RuntimeFault, every int64 digit kept. */
export declare const stringifyRuntimeFault: (value: AnyRuntimeFault) => string;
declare function encodeAt$RuntimeFault(v: AnyRuntimeFault): rt.WireObject;
/** The VI JSON wire form of a ScheduledHardwareUpgradeInfo (what `decodeScheduledHardwareUpgradeInfo` reads back). */
export declare const encodeScheduledHardwareUpgradeInfo: typeof encodeExact$ScheduledHardwareUpgradeInfo;
/** VI JSON text of a ScheduledHardwareUpgradeInfo, every int64 digit kept. */
export declare const stringifyScheduledHardwareUpgradeInfo: (value: ScheduledHardwareUpgradeInfo) => string;
declare function encodeExact$ScheduledHardwareUpgradeInfo(v: ScheduledHardwareUpgradeInfo): rt.WireObject;
/** The VI JSON wire form of a ScheduledTaskCompletedEvent (what `decodeScheduledTaskCompletedEvent` reads back). */
export declare const encodeScheduledTaskCompletedEvent: typeof encodeExact$ScheduledTaskCompletedEvent;
/** VI JSON text of a ScheduledTaskCompletedEvent, every int64 digit kept. */
export declare const stringifyScheduledTaskCompletedEvent: (value: ScheduledTaskCompletedEvent) => string;
declare function encodeExact$ScheduledTaskCompletedEvent(v: ScheduledTaskCompletedEvent): rt.WireObject;
/** The VI JSON wire form of a ScheduledTaskCreatedEvent (what `decodeScheduledTaskCreatedEvent` reads back). */
export declare const encodeScheduledTaskCreatedEvent: typeof encodeExact$ScheduledTaskCreatedEvent;
/** VI JSON text of a ScheduledTaskCreatedEvent, every int64 digit kept. */
export declare const stringifyScheduledTaskCreatedEvent: (value: ScheduledTaskCreatedEvent) => string;
declare function encodeExact$ScheduledTaskCreatedEvent(v: ScheduledTaskCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a ScheduledTaskEmailCompletedEvent (what `decodeScheduledTaskEmailCompletedEvent` reads back). */
export declare const encodeScheduledTaskEmailCompletedEvent: typeof encodeExact$ScheduledTaskEmailCompletedEvent;
/** VI JSON text of a ScheduledTaskEmailCompletedEvent, every int64 digit kept. */
export declare const stringifyScheduledTaskEmailCompletedEvent: (value: ScheduledTaskEmailCompletedEvent) => string;
declare function encodeExact$ScheduledTaskEmailCompletedEvent(v: ScheduledTaskEmailCompletedEvent): rt.WireObject;
/** The VI JSON wire form of a ScheduledTaskEmailFailedEvent (what `decodeScheduledTaskEmailFailedEvent` reads back). */
export declare const encodeScheduledTaskEmailFailedEvent: typeof encodeExact$ScheduledTaskEmailFailedEvent;
/** VI JSON text of a ScheduledTaskEmailFailedEvent, every int64 digit kept. */
export declare const stringifyScheduledTaskEmailFailedEvent: (value: ScheduledTaskEmailFailedEvent) => string;
declare function encodeExact$ScheduledTaskEmailFailedEvent(v: ScheduledTaskEmailFailedEvent): rt.WireObject;
/** The VI JSON wire form of a ScheduledTaskEvent (what `decodeScheduledTaskEvent` reads back). */
export declare const encodeScheduledTaskEvent: typeof encodeAt$ScheduledTaskEvent;
/** VI JSON text of a ScheduledTaskEvent, every int64 digit kept. */
export declare const stringifyScheduledTaskEvent: (value: AnyScheduledTaskEvent) => string;
declare function encodeAt$ScheduledTaskEvent(v: AnyScheduledTaskEvent): rt.WireObject;
/** The VI JSON wire form of a ScheduledTaskEventArgument (what `decodeScheduledTaskEventArgument` reads back). */
export declare const encodeScheduledTaskEventArgument: typeof encodeExact$ScheduledTaskEventArgument;
/** VI JSON text of a ScheduledTaskEventArgument, every int64 digit kept. */
export declare const stringifyScheduledTaskEventArgument: (value: ScheduledTaskEventArgument) => string;
declare function encodeExact$ScheduledTaskEventArgument(v: ScheduledTaskEventArgument): rt.WireObject;
/** The VI JSON wire form of a ScheduledTaskFailedEvent (what `decodeScheduledTaskFailedEvent` reads back). */
export declare const encodeScheduledTaskFailedEvent: typeof encodeExact$ScheduledTaskFailedEvent;
/** VI JSON text of a ScheduledTaskFailedEvent, every int64 digit kept. */
export declare const stringifyScheduledTaskFailedEvent: (value: ScheduledTaskFailedEvent) => string;
declare function encodeExact$ScheduledTaskFailedEvent(v: ScheduledTaskFailedEvent): rt.WireObject;
/** The VI JSON wire form of a ScheduledTaskReconfiguredEvent (what `decodeScheduledTaskReconfiguredEvent` reads back). */
export declare const encodeScheduledTaskReconfiguredEvent: typeof encodeExact$ScheduledTaskReconfiguredEvent;
/** VI JSON text of a ScheduledTaskReconfiguredEvent, every int64 digit kept. */
export declare const stringifyScheduledTaskReconfiguredEvent: (value: ScheduledTaskReconfiguredEvent) => string;
declare function encodeExact$ScheduledTaskReconfiguredEvent(v: ScheduledTaskReconfiguredEvent): rt.WireObject;
/** The VI JSON wire form of a ScheduledTaskRemovedEvent (what `decodeScheduledTaskRemovedEvent` reads back). */
export declare const encodeScheduledTaskRemovedEvent: typeof encodeExact$ScheduledTaskRemovedEvent;
/** VI JSON text of a ScheduledTaskRemovedEvent, every int64 digit kept. */
export declare const stringifyScheduledTaskRemovedEvent: (value: ScheduledTaskRemovedEvent) => string;
declare function encodeExact$ScheduledTaskRemovedEvent(v: ScheduledTaskRemovedEvent): rt.WireObject;
/** The VI JSON wire form of a ScheduledTaskStartedEvent (what `decodeScheduledTaskStartedEvent` reads back). */
export declare const encodeScheduledTaskStartedEvent: typeof encodeExact$ScheduledTaskStartedEvent;
/** VI JSON text of a ScheduledTaskStartedEvent, every int64 digit kept. */
export declare const stringifyScheduledTaskStartedEvent: (value: ScheduledTaskStartedEvent) => string;
declare function encodeExact$ScheduledTaskStartedEvent(v: ScheduledTaskStartedEvent): rt.WireObject;
/** The VI JSON wire form of a SecurityError (what `decodeSecurityError` reads back). */
export declare const encodeSecurityError: typeof encodeAt$SecurityError;
/** VI JSON text of a SecurityError, every int64 digit kept. */
export declare const stringifySecurityError: (value: AnySecurityError) => string;
declare function encodeAt$SecurityError(v: AnySecurityError): rt.WireObject;
/** The VI JSON wire form of a SelectionSpec (what `decodeSelectionSpec` reads back). */
export declare const encodeSelectionSpec: typeof encodeAt$SelectionSpec;
/** VI JSON text of a SelectionSpec, every int64 digit kept. */
export declare const stringifySelectionSpec: (value: AnySelectionSpec) => string;
declare function encodeAt$SelectionSpec(v: AnySelectionSpec): rt.WireObject;
/** The VI JSON wire form of a ServerLicenseExpiredEvent (what `decodeServerLicenseExpiredEvent` reads back). */
export declare const encodeServerLicenseExpiredEvent: typeof encodeExact$ServerLicenseExpiredEvent;
/** VI JSON text of a ServerLicenseExpiredEvent, every int64 digit kept. */
export declare const stringifyServerLicenseExpiredEvent: (value: ServerLicenseExpiredEvent) => string;
declare function encodeExact$ServerLicenseExpiredEvent(v: ServerLicenseExpiredEvent): rt.WireObject;
/** The VI JSON wire form of a ServerStartedSessionEvent (what `decodeServerStartedSessionEvent` reads back). */
export declare const encodeServerStartedSessionEvent: typeof encodeExact$ServerStartedSessionEvent;
/** VI JSON text of a ServerStartedSessionEvent, every int64 digit kept. */
export declare const stringifyServerStartedSessionEvent: (value: ServerStartedSessionEvent) => string;
declare function encodeExact$ServerStartedSessionEvent(v: ServerStartedSessionEvent): rt.WireObject;
/** The VI JSON wire form of a ServiceContent (what `decodeServiceContent` reads back). */
export declare const encodeServiceContent: typeof encodeExact$ServiceContent;
/** VI JSON text of a ServiceContent, every int64 digit kept. */
export declare const stringifyServiceContent: (value: ServiceContent) => string;
declare function encodeExact$ServiceContent(v: ServiceContent): rt.WireObject;
/** The VI JSON wire form of a SessionEvent (what `decodeSessionEvent` reads back). */
export declare const encodeSessionEvent: typeof encodeAt$SessionEvent;
/** VI JSON text of a SessionEvent, every int64 digit kept. */
export declare const stringifySessionEvent: (value: AnySessionEvent) => string;
declare function encodeAt$SessionEvent(v: AnySessionEvent): rt.WireObject;
/** The VI JSON wire form of a SessionTerminatedEvent (what `decodeSessionTerminatedEvent` reads back). */
export declare const encodeSessionTerminatedEvent: typeof encodeExact$SessionTerminatedEvent;
/** VI JSON text of a SessionTerminatedEvent, every int64 digit kept. */
export declare const stringifySessionTerminatedEvent: (value: SessionTerminatedEvent) => string;
declare function encodeExact$SessionTerminatedEvent(v: SessionTerminatedEvent): rt.WireObject;
/** The VI JSON wire form of a SharesInfo (what `decodeSharesInfo` reads back). */
export declare const encodeSharesInfo: typeof encodeExact$SharesInfo;
/** VI JSON text of a SharesInfo, every int64 digit kept. */
export declare const stringifySharesInfo: (value: SharesInfo) => string;
declare function encodeExact$SharesInfo(v: SharesInfo): rt.WireObject;
/** The VI JSON wire form of a SnapshotFault (what `decodeSnapshotFault` reads back). */
export declare const encodeSnapshotFault: typeof encodeExact$SnapshotFault;
/** VI JSON text of a SnapshotFault, every int64 digit kept. */
export declare const stringifySnapshotFault: (value: SnapshotFault) => string;
declare function encodeExact$SnapshotFault(v: SnapshotFault): rt.WireObject;
/** The VI JSON wire form of a StorageIOAllocationInfo (what `decodeStorageIOAllocationInfo` reads back). */
export declare const encodeStorageIOAllocationInfo: typeof encodeExact$StorageIOAllocationInfo;
/** VI JSON text of a StorageIOAllocationInfo, every int64 digit kept. */
export declare const stringifyStorageIOAllocationInfo: (value: StorageIOAllocationInfo) => string;
declare function encodeExact$StorageIOAllocationInfo(v: StorageIOAllocationInfo): rt.WireObject;
/** The VI JSON wire form of a StorageIORMInfo (what `decodeStorageIORMInfo` reads back). */
export declare const encodeStorageIORMInfo: typeof encodeExact$StorageIORMInfo;
/** VI JSON text of a StorageIORMInfo, every int64 digit kept. */
export declare const stringifyStorageIORMInfo: (value: StorageIORMInfo) => string;
declare function encodeExact$StorageIORMInfo(v: StorageIORMInfo): rt.WireObject;
/** The VI JSON wire form of a StringPolicy (what `decodeStringPolicy` reads back). */
export declare const encodeStringPolicy: typeof encodeExact$StringPolicy;
/** VI JSON text of a StringPolicy, every int64 digit kept. */
export declare const stringifyStringPolicy: (value: StringPolicy) => string;
declare function encodeExact$StringPolicy(v: StringPolicy): rt.WireObject;
/** The VI JSON wire form of a SystemError (what `decodeSystemError` reads back). */
export declare const encodeSystemError: typeof encodeExact$SystemError;
/** VI JSON text of a SystemError, every int64 digit kept. */
export declare const stringifySystemError: (value: SystemError) => string;
declare function encodeExact$SystemError(v: SystemError): rt.WireObject;
/** The VI JSON wire form of a Tag (what `decodeTag` reads back). */
export declare const encodeTag: typeof encodeExact$Tag;
/** VI JSON text of a Tag, every int64 digit kept. */
export declare const stringifyTag: (value: Tag) => string;
declare function encodeExact$Tag(v: Tag): rt.WireObject;
/** The VI JSON wire form of a TagId (what `decodeTagId` reads back). */
export declare const encodeTagId: typeof encodeExact$TagId;
/** VI JSON text of a TagId, every int64 digit kept. */
export declare const stringifyTagId: (value: TagId) => string;
declare function encodeExact$TagId(v: TagId): rt.WireObject;
/** The VI JSON wire form of a TagIdNameId (what `decodeTagIdNameId` reads back). */
export declare const encodeTagIdNameId: typeof encodeExact$TagIdNameId;
/** VI JSON text of a TagIdNameId, every int64 digit kept. */
export declare const stringifyTagIdNameId: (value: TagIdNameId) => string;
declare function encodeExact$TagIdNameId(v: TagIdNameId): rt.WireObject;
/** The VI JSON wire form of a TagSpec (what `decodeTagSpec` reads back). */
export declare const encodeTagSpec: typeof encodeExact$TagSpec;
/** VI JSON text of a TagSpec, every int64 digit kept. */
export declare const stringifyTagSpec: (value: TagSpec) => string;
declare function encodeExact$TagSpec(v: TagSpec): rt.WireObject;
/** The VI JSON wire form of a TaskDescription (what `decodeTaskDescription` reads back). */
export declare const encodeTaskDescription: typeof encodeExact$TaskDescription;
/** VI JSON text of a TaskDescription, every int64 digit kept. */
export declare const stringifyTaskDescription: (value: TaskDescription) => string;
declare function encodeExact$TaskDescription(v: TaskDescription): rt.WireObject;
/** The VI JSON wire form of a TaskEvent (what `decodeTaskEvent` reads back). */
export declare const encodeTaskEvent: typeof encodeAt$TaskEvent;
/** VI JSON text of a TaskEvent, every int64 digit kept. */
export declare const stringifyTaskEvent: (value: AnyTaskEvent) => string;
declare function encodeAt$TaskEvent(v: AnyTaskEvent): rt.WireObject;
/** The VI JSON wire form of a TaskInProgress (what `decodeTaskInProgress` reads back). */
export declare const encodeTaskInProgress: typeof encodeExact$TaskInProgress;
/** VI JSON text of a TaskInProgress, every int64 digit kept. */
export declare const stringifyTaskInProgress: (value: TaskInProgress) => string;
declare function encodeExact$TaskInProgress(v: TaskInProgress): rt.WireObject;
/** The VI JSON wire form of a TaskInfo (what `decodeTaskInfo` reads back). */
export declare const encodeTaskInfo: typeof encodeExact$TaskInfo;
/** VI JSON text of a TaskInfo, every int64 digit kept. */
export declare const stringifyTaskInfo: (value: TaskInfo) => string;
declare function encodeExact$TaskInfo(v: TaskInfo): rt.WireObject;
/** The VI JSON wire form of a TaskReason (what `decodeTaskReason` reads back). */
export declare const encodeTaskReason: typeof encodeAt$TaskReason;
/** VI JSON text of a TaskReason, every int64 digit kept. */
export declare const stringifyTaskReason: (value: AnyTaskReason) => string;
declare function encodeAt$TaskReason(v: AnyTaskReason): rt.WireObject;
/** The VI JSON wire form of a TaskReasonAlarm (what `decodeTaskReasonAlarm` reads back). */
export declare const encodeTaskReasonAlarm: typeof encodeExact$TaskReasonAlarm;
/** VI JSON text of a TaskReasonAlarm, every int64 digit kept. */
export declare const stringifyTaskReasonAlarm: (value: TaskReasonAlarm) => string;
declare function encodeExact$TaskReasonAlarm(v: TaskReasonAlarm): rt.WireObject;
/** The VI JSON wire form of a TaskReasonSchedule (what `decodeTaskReasonSchedule` reads back). */
export declare const encodeTaskReasonSchedule: typeof encodeExact$TaskReasonSchedule;
/** VI JSON text of a TaskReasonSchedule, every int64 digit kept. */
export declare const stringifyTaskReasonSchedule: (value: TaskReasonSchedule) => string;
declare function encodeExact$TaskReasonSchedule(v: TaskReasonSchedule): rt.WireObject;
/** The VI JSON wire form of a TaskReasonSystem (what `decodeTaskReasonSystem` reads back). */
export declare const encodeTaskReasonSystem: typeof encodeExact$TaskReasonSystem;
/** VI JSON text of a TaskReasonSystem, every int64 digit kept. */
export declare const stringifyTaskReasonSystem: (value: TaskReasonSystem) => string;
declare function encodeExact$TaskReasonSystem(v: TaskReasonSystem): rt.WireObject;
/** The VI JSON wire form of a TaskReasonUser (what `decodeTaskReasonUser` reads back). */
export declare const encodeTaskReasonUser: typeof encodeExact$TaskReasonUser;
/** VI JSON text of a TaskReasonUser, every int64 digit kept. */
export declare const stringifyTaskReasonUser: (value: TaskReasonUser) => string;
declare function encodeExact$TaskReasonUser(v: TaskReasonUser): rt.WireObject;
/** The VI JSON wire form of a TaskTimeoutEvent (what `decodeTaskTimeoutEvent` reads back). */
export declare const encodeTaskTimeoutEvent: typeof encodeExact$TaskTimeoutEvent;
/** VI JSON text of a TaskTimeoutEvent, every int64 digit kept. */
export declare const stringifyTaskTimeoutEvent: (value: TaskTimeoutEvent) => string;
declare function encodeExact$TaskTimeoutEvent(v: TaskTimeoutEvent): rt.WireObject;
/** The VI JSON wire form of a TeamingMatchEvent (what `decodeTeamingMatchEvent` reads back). */
export declare const encodeTeamingMatchEvent: typeof encodeExact$TeamingMatchEvent;
/** VI JSON text of a TeamingMatchEvent, every int64 digit kept. */
export declare const stringifyTeamingMatchEvent: (value: TeamingMatchEvent) => string;
declare function encodeExact$TeamingMatchEvent(v: TeamingMatchEvent): rt.WireObject;
/** The VI JSON wire form of a TeamingMisMatchEvent (what `decodeTeamingMisMatchEvent` reads back). */
export declare const encodeTeamingMisMatchEvent: typeof encodeExact$TeamingMisMatchEvent;
/** VI JSON text of a TeamingMisMatchEvent, every int64 digit kept. */
export declare const stringifyTeamingMisMatchEvent: (value: TeamingMisMatchEvent) => string;
declare function encodeExact$TeamingMisMatchEvent(v: TeamingMisMatchEvent): rt.WireObject;
/** The VI JSON wire form of a TemplateBeingUpgradedEvent (what `decodeTemplateBeingUpgradedEvent` reads back). */
export declare const encodeTemplateBeingUpgradedEvent: typeof encodeExact$TemplateBeingUpgradedEvent;
/** VI JSON text of a TemplateBeingUpgradedEvent, every int64 digit kept. */
export declare const stringifyTemplateBeingUpgradedEvent: (value: TemplateBeingUpgradedEvent) => string;
declare function encodeExact$TemplateBeingUpgradedEvent(v: TemplateBeingUpgradedEvent): rt.WireObject;
/** The VI JSON wire form of a TemplateUpgradeEvent (what `decodeTemplateUpgradeEvent` reads back). */
export declare const encodeTemplateUpgradeEvent: typeof encodeAt$TemplateUpgradeEvent;
/** VI JSON text of a TemplateUpgradeEvent, every int64 digit kept. */
export declare const stringifyTemplateUpgradeEvent: (value: AnyTemplateUpgradeEvent) => string;
declare function encodeAt$TemplateUpgradeEvent(v: AnyTemplateUpgradeEvent): rt.WireObject;
/** The VI JSON wire form of a TemplateUpgradeFailedEvent (what `decodeTemplateUpgradeFailedEvent` reads back). */
export declare const encodeTemplateUpgradeFailedEvent: typeof encodeExact$TemplateUpgradeFailedEvent;
/** VI JSON text of a TemplateUpgradeFailedEvent, every int64 digit kept. */
export declare const stringifyTemplateUpgradeFailedEvent: (value: TemplateUpgradeFailedEvent) => string;
declare function encodeExact$TemplateUpgradeFailedEvent(v: TemplateUpgradeFailedEvent): rt.WireObject;
/** The VI JSON wire form of a TemplateUpgradedEvent (what `decodeTemplateUpgradedEvent` reads back). */
export declare const encodeTemplateUpgradedEvent: typeof encodeExact$TemplateUpgradedEvent;
/** VI JSON text of a TemplateUpgradedEvent, every int64 digit kept. */
export declare const stringifyTemplateUpgradedEvent: (value: TemplateUpgradedEvent) => string;
declare function encodeExact$TemplateUpgradedEvent(v: TemplateUpgradedEvent): rt.WireObject;
/** The VI JSON wire form of a TgwEventArgument (what `decodeTgwEventArgument` reads back). */
export declare const encodeTgwEventArgument: typeof encodeExact$TgwEventArgument;
/** VI JSON text of a TgwEventArgument, every int64 digit kept. */
export declare const stringifyTgwEventArgument: (value: TgwEventArgument) => string;
declare function encodeExact$TgwEventArgument(v: TgwEventArgument): rt.WireObject;
/** The VI JSON wire form of a TimedOutHostOperationEvent (what `decodeTimedOutHostOperationEvent` reads back). */
export declare const encodeTimedOutHostOperationEvent: typeof encodeExact$TimedOutHostOperationEvent;
/** VI JSON text of a TimedOutHostOperationEvent, every int64 digit kept. */
export declare const stringifyTimedOutHostOperationEvent: (value: TimedOutHostOperationEvent) => string;
declare function encodeExact$TimedOutHostOperationEvent(v: TimedOutHostOperationEvent): rt.WireObject;
/** The VI JSON wire form of a ToolsConfigInfo (what `decodeToolsConfigInfo` reads back). */
export declare const encodeToolsConfigInfo: typeof encodeExact$ToolsConfigInfo;
/** VI JSON text of a ToolsConfigInfo, every int64 digit kept. */
export declare const stringifyToolsConfigInfo: (value: ToolsConfigInfo) => string;
declare function encodeExact$ToolsConfigInfo(v: ToolsConfigInfo): rt.WireObject;
/** The VI JSON wire form of a ToolsConfigInfoToolsLastInstallInfo (what `decodeToolsConfigInfoToolsLastInstallInfo` reads back). */
export declare const encodeToolsConfigInfoToolsLastInstallInfo: typeof encodeExact$ToolsConfigInfoToolsLastInstallInfo;
/** VI JSON text of a ToolsConfigInfoToolsLastInstallInfo, every int64 digit kept. */
export declare const stringifyToolsConfigInfoToolsLastInstallInfo: (value: ToolsConfigInfoToolsLastInstallInfo) => string;
declare function encodeExact$ToolsConfigInfoToolsLastInstallInfo(v: ToolsConfigInfoToolsLastInstallInfo): rt.WireObject;
/** The VI JSON wire form of a TraversalSpec (what `decodeTraversalSpec` reads back). */
export declare const encodeTraversalSpec: typeof encodeExact$TraversalSpec;
/** VI JSON text of a TraversalSpec, every int64 digit kept. */
export declare const stringifyTraversalSpec: (value: TraversalSpec) => string;
declare function encodeExact$TraversalSpec(v: TraversalSpec): rt.WireObject;
/** The VI JSON wire form of a TypeDescription (what `decodeTypeDescription` reads back). */
export declare const encodeTypeDescription: typeof encodeExact$TypeDescription;
/** VI JSON text of a TypeDescription, every int64 digit kept. */
export declare const stringifyTypeDescription: (value: TypeDescription) => string;
declare function encodeExact$TypeDescription(v: TypeDescription): rt.WireObject;
/** The VI JSON wire form of an UnlicensedVirtualMachinesEvent (what `decodeUnlicensedVirtualMachinesEvent` reads back). */
export declare const encodeUnlicensedVirtualMachinesEvent: typeof encodeExact$UnlicensedVirtualMachinesEvent;
/** VI JSON text of an UnlicensedVirtualMachinesEvent, every int64 digit kept. */
export declare const stringifyUnlicensedVirtualMachinesEvent: (value: UnlicensedVirtualMachinesEvent) => string;
declare function encodeExact$UnlicensedVirtualMachinesEvent(v: UnlicensedVirtualMachinesEvent): rt.WireObject;
/** The VI JSON wire form of an UnlicensedVirtualMachinesFoundEvent (what `decodeUnlicensedVirtualMachinesFoundEvent` reads back). */
export declare const encodeUnlicensedVirtualMachinesFoundEvent: typeof encodeExact$UnlicensedVirtualMachinesFoundEvent;
/** VI JSON text of an UnlicensedVirtualMachinesFoundEvent, every int64 digit kept. */
export declare const stringifyUnlicensedVirtualMachinesFoundEvent: (value: UnlicensedVirtualMachinesFoundEvent) => string;
declare function encodeExact$UnlicensedVirtualMachinesFoundEvent(v: UnlicensedVirtualMachinesFoundEvent): rt.WireObject;
/** The VI JSON wire form of an UpdateSet (what `decodeUpdateSet` reads back). */
export declare const encodeUpdateSet: typeof encodeExact$UpdateSet;
/** VI JSON text of an UpdateSet, every int64 digit kept. */
export declare const stringifyUpdateSet: (value: UpdateSet) => string;
declare function encodeExact$UpdateSet(v: UpdateSet): rt.WireObject;
/** The VI JSON wire form of an UpdatedAgentBeingRestartedEvent (what `decodeUpdatedAgentBeingRestartedEvent` reads back). */
export declare const encodeUpdatedAgentBeingRestartedEvent: typeof encodeExact$UpdatedAgentBeingRestartedEvent;
/** VI JSON text of an UpdatedAgentBeingRestartedEvent, every int64 digit kept. */
export declare const stringifyUpdatedAgentBeingRestartedEvent: (value: UpdatedAgentBeingRestartedEvent) => string;
declare function encodeExact$UpdatedAgentBeingRestartedEvent(v: UpdatedAgentBeingRestartedEvent): rt.WireObject;
/** The VI JSON wire form of an UpgradeEvent (what `decodeUpgradeEvent` reads back). */
export declare const encodeUpgradeEvent: typeof encodeAt$UpgradeEvent;
/** VI JSON text of an UpgradeEvent, every int64 digit kept. */
export declare const stringifyUpgradeEvent: (value: AnyUpgradeEvent) => string;
declare function encodeAt$UpgradeEvent(v: AnyUpgradeEvent): rt.WireObject;
/** The VI JSON wire form of an UplinkPortMtuNotSupportEvent (what `decodeUplinkPortMtuNotSupportEvent` reads back). */
export declare const encodeUplinkPortMtuNotSupportEvent: typeof encodeExact$UplinkPortMtuNotSupportEvent;
/** VI JSON text of an UplinkPortMtuNotSupportEvent, every int64 digit kept. */
export declare const stringifyUplinkPortMtuNotSupportEvent: (value: UplinkPortMtuNotSupportEvent) => string;
declare function encodeExact$UplinkPortMtuNotSupportEvent(v: UplinkPortMtuNotSupportEvent): rt.WireObject;
/** The VI JSON wire form of an UplinkPortMtuSupportEvent (what `decodeUplinkPortMtuSupportEvent` reads back). */
export declare const encodeUplinkPortMtuSupportEvent: typeof encodeExact$UplinkPortMtuSupportEvent;
/** VI JSON text of an UplinkPortMtuSupportEvent, every int64 digit kept. */
export declare const stringifyUplinkPortMtuSupportEvent: (value: UplinkPortMtuSupportEvent) => string;
declare function encodeExact$UplinkPortMtuSupportEvent(v: UplinkPortMtuSupportEvent): rt.WireObject;
/** The VI JSON wire form of an UplinkPortVlanTrunkedEvent (what `decodeUplinkPortVlanTrunkedEvent` reads back). */
export declare const encodeUplinkPortVlanTrunkedEvent: typeof encodeExact$UplinkPortVlanTrunkedEvent;
/** VI JSON text of an UplinkPortVlanTrunkedEvent, every int64 digit kept. */
export declare const stringifyUplinkPortVlanTrunkedEvent: (value: UplinkPortVlanTrunkedEvent) => string;
declare function encodeExact$UplinkPortVlanTrunkedEvent(v: UplinkPortVlanTrunkedEvent): rt.WireObject;
/** The VI JSON wire form of an UplinkPortVlanUntrunkedEvent (what `decodeUplinkPortVlanUntrunkedEvent` reads back). */
export declare const encodeUplinkPortVlanUntrunkedEvent: typeof encodeExact$UplinkPortVlanUntrunkedEvent;
/** VI JSON text of an UplinkPortVlanUntrunkedEvent, every int64 digit kept. */
export declare const stringifyUplinkPortVlanUntrunkedEvent: (value: UplinkPortVlanUntrunkedEvent) => string;
declare function encodeExact$UplinkPortVlanUntrunkedEvent(v: UplinkPortVlanUntrunkedEvent): rt.WireObject;
/** The VI JSON wire form of a UserAssignedToGroup (what `decodeUserAssignedToGroup` reads back). */
export declare const encodeUserAssignedToGroup: typeof encodeExact$UserAssignedToGroup;
/** VI JSON text of a UserAssignedToGroup, every int64 digit kept. */
export declare const stringifyUserAssignedToGroup: (value: UserAssignedToGroup) => string;
declare function encodeExact$UserAssignedToGroup(v: UserAssignedToGroup): rt.WireObject;
/** The VI JSON wire form of a UserLoginSessionEvent (what `decodeUserLoginSessionEvent` reads back). */
export declare const encodeUserLoginSessionEvent: typeof encodeExact$UserLoginSessionEvent;
/** VI JSON text of a UserLoginSessionEvent, every int64 digit kept. */
export declare const stringifyUserLoginSessionEvent: (value: UserLoginSessionEvent) => string;
declare function encodeExact$UserLoginSessionEvent(v: UserLoginSessionEvent): rt.WireObject;
/** The VI JSON wire form of a UserLogoutSessionEvent (what `decodeUserLogoutSessionEvent` reads back). */
export declare const encodeUserLogoutSessionEvent: typeof encodeExact$UserLogoutSessionEvent;
/** VI JSON text of a UserLogoutSessionEvent, every int64 digit kept. */
export declare const stringifyUserLogoutSessionEvent: (value: UserLogoutSessionEvent) => string;
declare function encodeExact$UserLogoutSessionEvent(v: UserLogoutSessionEvent): rt.WireObject;
/** The VI JSON wire form of a UserPasswordChanged (what `decodeUserPasswordChanged` reads back). */
export declare const encodeUserPasswordChanged: typeof encodeExact$UserPasswordChanged;
/** VI JSON text of a UserPasswordChanged, every int64 digit kept. */
export declare const stringifyUserPasswordChanged: (value: UserPasswordChanged) => string;
declare function encodeExact$UserPasswordChanged(v: UserPasswordChanged): rt.WireObject;
/** The VI JSON wire form of a UserSession (what `decodeUserSession` reads back). */
export declare const encodeUserSession: typeof encodeExact$UserSession;
/** VI JSON text of a UserSession, every int64 digit kept. */
export declare const stringifyUserSession: (value: UserSession) => string;
declare function encodeExact$UserSession(v: UserSession): rt.WireObject;
/** The VI JSON wire form of a UserUnassignedFromGroup (what `decodeUserUnassignedFromGroup` reads back). */
export declare const encodeUserUnassignedFromGroup: typeof encodeExact$UserUnassignedFromGroup;
/** VI JSON text of a UserUnassignedFromGroup, every int64 digit kept. */
export declare const stringifyUserUnassignedFromGroup: (value: UserUnassignedFromGroup) => string;
declare function encodeExact$UserUnassignedFromGroup(v: UserUnassignedFromGroup): rt.WireObject;
/** The VI JSON wire form of a UserUpgradeEvent (what `decodeUserUpgradeEvent` reads back). */
export declare const encodeUserUpgradeEvent: typeof encodeExact$UserUpgradeEvent;
/** VI JSON text of a UserUpgradeEvent, every int64 digit kept. */
export declare const stringifyUserUpgradeEvent: (value: UserUpgradeEvent) => string;
declare function encodeExact$UserUpgradeEvent(v: UserUpgradeEvent): rt.WireObject;
/** The VI JSON wire form of a VASAStorageArray (what `decodeVASAStorageArray` reads back). */
export declare const encodeVASAStorageArray: typeof encodeExact$VASAStorageArray;
/** VI JSON text of a VASAStorageArray, every int64 digit kept. */
export declare const stringifyVASAStorageArray: (value: VASAStorageArray) => string;
declare function encodeExact$VASAStorageArray(v: VASAStorageArray): rt.WireObject;
/** The VI JSON wire form of a VASAStorageArrayDiscoveryFcTransport (what `decodeVASAStorageArrayDiscoveryFcTransport` reads back). */
export declare const encodeVASAStorageArrayDiscoveryFcTransport: typeof encodeExact$VASAStorageArrayDiscoveryFcTransport;
/** VI JSON text of a VASAStorageArrayDiscoveryFcTransport, every int64 digit kept. */
export declare const stringifyVASAStorageArrayDiscoveryFcTransport: (value: VASAStorageArrayDiscoveryFcTransport) => string;
declare function encodeExact$VASAStorageArrayDiscoveryFcTransport(v: VASAStorageArrayDiscoveryFcTransport): rt.WireObject;
/** The VI JSON wire form of a VASAStorageArrayDiscoveryIpTransport (what `decodeVASAStorageArrayDiscoveryIpTransport` reads back). */
export declare const encodeVASAStorageArrayDiscoveryIpTransport: typeof encodeExact$VASAStorageArrayDiscoveryIpTransport;
/** VI JSON text of a VASAStorageArrayDiscoveryIpTransport, every int64 digit kept. */
export declare const stringifyVASAStorageArrayDiscoveryIpTransport: (value: VASAStorageArrayDiscoveryIpTransport) => string;
declare function encodeExact$VASAStorageArrayDiscoveryIpTransport(v: VASAStorageArrayDiscoveryIpTransport): rt.WireObject;
/** The VI JSON wire form of a VASAStorageArrayDiscoverySvcInfo (what `decodeVASAStorageArrayDiscoverySvcInfo` reads back). */
export declare const encodeVASAStorageArrayDiscoverySvcInfo: typeof encodeExact$VASAStorageArrayDiscoverySvcInfo;
/** VI JSON text of a VASAStorageArrayDiscoverySvcInfo, every int64 digit kept. */
export declare const stringifyVASAStorageArrayDiscoverySvcInfo: (value: VASAStorageArrayDiscoverySvcInfo) => string;
declare function encodeExact$VASAStorageArrayDiscoverySvcInfo(v: VASAStorageArrayDiscoverySvcInfo): rt.WireObject;
/** The VI JSON wire form of a VAppIPAssignmentInfo (what `decodeVAppIPAssignmentInfo` reads back). */
export declare const encodeVAppIPAssignmentInfo: typeof encodeExact$VAppIPAssignmentInfo;
/** VI JSON text of a VAppIPAssignmentInfo, every int64 digit kept. */
export declare const stringifyVAppIPAssignmentInfo: (value: VAppIPAssignmentInfo) => string;
declare function encodeExact$VAppIPAssignmentInfo(v: VAppIPAssignmentInfo): rt.WireObject;
/** The VI JSON wire form of a VAppOvfSectionInfo (what `decodeVAppOvfSectionInfo` reads back). */
export declare const encodeVAppOvfSectionInfo: typeof encodeExact$VAppOvfSectionInfo;
/** VI JSON text of a VAppOvfSectionInfo, every int64 digit kept. */
export declare const stringifyVAppOvfSectionInfo: (value: VAppOvfSectionInfo) => string;
declare function encodeExact$VAppOvfSectionInfo(v: VAppOvfSectionInfo): rt.WireObject;
/** The VI JSON wire form of a VAppOvfSectionSpec (what `decodeVAppOvfSectionSpec` reads back). */
export declare const encodeVAppOvfSectionSpec: typeof encodeExact$VAppOvfSectionSpec;
/** VI JSON text of a VAppOvfSectionSpec, every int64 digit kept. */
export declare const stringifyVAppOvfSectionSpec: (value: VAppOvfSectionSpec) => string;
declare function encodeExact$VAppOvfSectionSpec(v: VAppOvfSectionSpec): rt.WireObject;
/** The VI JSON wire form of a VAppProductInfo (what `decodeVAppProductInfo` reads back). */
export declare const encodeVAppProductInfo: typeof encodeExact$VAppProductInfo;
/** VI JSON text of a VAppProductInfo, every int64 digit kept. */
export declare const stringifyVAppProductInfo: (value: VAppProductInfo) => string;
declare function encodeExact$VAppProductInfo(v: VAppProductInfo): rt.WireObject;
/** The VI JSON wire form of a VAppProductSpec (what `decodeVAppProductSpec` reads back). */
export declare const encodeVAppProductSpec: typeof encodeExact$VAppProductSpec;
/** VI JSON text of a VAppProductSpec, every int64 digit kept. */
export declare const stringifyVAppProductSpec: (value: VAppProductSpec) => string;
declare function encodeExact$VAppProductSpec(v: VAppProductSpec): rt.WireObject;
/** The VI JSON wire form of a VAppPropertyInfo (what `decodeVAppPropertyInfo` reads back). */
export declare const encodeVAppPropertyInfo: typeof encodeExact$VAppPropertyInfo;
/** VI JSON text of a VAppPropertyInfo, every int64 digit kept. */
export declare const stringifyVAppPropertyInfo: (value: VAppPropertyInfo) => string;
declare function encodeExact$VAppPropertyInfo(v: VAppPropertyInfo): rt.WireObject;
/** The VI JSON wire form of a VAppPropertySpec (what `decodeVAppPropertySpec` reads back). */
export declare const encodeVAppPropertySpec: typeof encodeExact$VAppPropertySpec;
/** VI JSON text of a VAppPropertySpec, every int64 digit kept. */
export declare const stringifyVAppPropertySpec: (value: VAppPropertySpec) => string;
declare function encodeExact$VAppPropertySpec(v: VAppPropertySpec): rt.WireObject;
/** The VI JSON wire form of a VMFSDatastoreCreatedEvent (what `decodeVMFSDatastoreCreatedEvent` reads back). */
export declare const encodeVMFSDatastoreCreatedEvent: typeof encodeExact$VMFSDatastoreCreatedEvent;
/** VI JSON text of a VMFSDatastoreCreatedEvent, every int64 digit kept. */
export declare const stringifyVMFSDatastoreCreatedEvent: (value: VMFSDatastoreCreatedEvent) => string;
declare function encodeExact$VMFSDatastoreCreatedEvent(v: VMFSDatastoreCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a VMFSDatastoreExpandedEvent (what `decodeVMFSDatastoreExpandedEvent` reads back). */
export declare const encodeVMFSDatastoreExpandedEvent: typeof encodeExact$VMFSDatastoreExpandedEvent;
/** VI JSON text of a VMFSDatastoreExpandedEvent, every int64 digit kept. */
export declare const stringifyVMFSDatastoreExpandedEvent: (value: VMFSDatastoreExpandedEvent) => string;
declare function encodeExact$VMFSDatastoreExpandedEvent(v: VMFSDatastoreExpandedEvent): rt.WireObject;
/** The VI JSON wire form of a VMFSDatastoreExtendedEvent (what `decodeVMFSDatastoreExtendedEvent` reads back). */
export declare const encodeVMFSDatastoreExtendedEvent: typeof encodeExact$VMFSDatastoreExtendedEvent;
/** VI JSON text of a VMFSDatastoreExtendedEvent, every int64 digit kept. */
export declare const stringifyVMFSDatastoreExtendedEvent: (value: VMFSDatastoreExtendedEvent) => string;
declare function encodeExact$VMFSDatastoreExtendedEvent(v: VMFSDatastoreExtendedEvent): rt.WireObject;
/** The VI JSON wire form of a VMotionLicenseExpiredEvent (what `decodeVMotionLicenseExpiredEvent` reads back). */
export declare const encodeVMotionLicenseExpiredEvent: typeof encodeExact$VMotionLicenseExpiredEvent;
/** VI JSON text of a VMotionLicenseExpiredEvent, every int64 digit kept. */
export declare const stringifyVMotionLicenseExpiredEvent: (value: VMotionLicenseExpiredEvent) => string;
declare function encodeExact$VMotionLicenseExpiredEvent(v: VMotionLicenseExpiredEvent): rt.WireObject;
/** The VI JSON wire form of a VVolHostPE (what `decodeVVolHostPE` reads back). */
export declare const encodeVVolHostPE: typeof encodeExact$VVolHostPE;
/** VI JSON text of a VVolHostPE, every int64 digit kept. */
export declare const stringifyVVolHostPE: (value: VVolHostPE) => string;
declare function encodeExact$VVolHostPE(v: VVolHostPE): rt.WireObject;
/** The VI JSON wire form of a VcAgentUninstallFailedEvent (what `decodeVcAgentUninstallFailedEvent` reads back). */
export declare const encodeVcAgentUninstallFailedEvent: typeof encodeExact$VcAgentUninstallFailedEvent;
/** VI JSON text of a VcAgentUninstallFailedEvent, every int64 digit kept. */
export declare const stringifyVcAgentUninstallFailedEvent: (value: VcAgentUninstallFailedEvent) => string;
declare function encodeExact$VcAgentUninstallFailedEvent(v: VcAgentUninstallFailedEvent): rt.WireObject;
/** The VI JSON wire form of a VcAgentUninstalledEvent (what `decodeVcAgentUninstalledEvent` reads back). */
export declare const encodeVcAgentUninstalledEvent: typeof encodeExact$VcAgentUninstalledEvent;
/** VI JSON text of a VcAgentUninstalledEvent, every int64 digit kept. */
export declare const stringifyVcAgentUninstalledEvent: (value: VcAgentUninstalledEvent) => string;
declare function encodeExact$VcAgentUninstalledEvent(v: VcAgentUninstalledEvent): rt.WireObject;
/** The VI JSON wire form of a VcAgentUpgradeFailedEvent (what `decodeVcAgentUpgradeFailedEvent` reads back). */
export declare const encodeVcAgentUpgradeFailedEvent: typeof encodeExact$VcAgentUpgradeFailedEvent;
/** VI JSON text of a VcAgentUpgradeFailedEvent, every int64 digit kept. */
export declare const stringifyVcAgentUpgradeFailedEvent: (value: VcAgentUpgradeFailedEvent) => string;
declare function encodeExact$VcAgentUpgradeFailedEvent(v: VcAgentUpgradeFailedEvent): rt.WireObject;
/** The VI JSON wire form of a VcAgentUpgradedEvent (what `decodeVcAgentUpgradedEvent` reads back). */
export declare const encodeVcAgentUpgradedEvent: typeof encodeExact$VcAgentUpgradedEvent;
/** VI JSON text of a VcAgentUpgradedEvent, every int64 digit kept. */
export declare const stringifyVcAgentUpgradedEvent: (value: VcAgentUpgradedEvent) => string;
declare function encodeExact$VcAgentUpgradedEvent(v: VcAgentUpgradedEvent): rt.WireObject;
/** The VI JSON wire form of a VimAccountPasswordChangedEvent (what `decodeVimAccountPasswordChangedEvent` reads back). */
export declare const encodeVimAccountPasswordChangedEvent: typeof encodeExact$VimAccountPasswordChangedEvent;
/** VI JSON text of a VimAccountPasswordChangedEvent, every int64 digit kept. */
export declare const stringifyVimAccountPasswordChangedEvent: (value: VimAccountPasswordChangedEvent) => string;
declare function encodeExact$VimAccountPasswordChangedEvent(v: VimAccountPasswordChangedEvent): rt.WireObject;
/** The VI JSON wire form of a VimFault (what `decodeVimFault` reads back). */
export declare const encodeVimFault: typeof encodeAt$VimFault;
/** VI JSON text of a VimFault, every int64 digit kept. */
export declare const stringifyVimFault: (value: AnyVimFault) => string;
declare function encodeAt$VimFault(v: AnyVimFault): rt.WireObject;
/** The VI JSON wire form of a VimVasaProvider (what `decodeVimVasaProvider` reads back). */
export declare const encodeVimVasaProvider: typeof encodeExact$VimVasaProvider;
/** VI JSON text of a VimVasaProvider, every int64 digit kept. */
export declare const stringifyVimVasaProvider: (value: VimVasaProvider) => string;
declare function encodeExact$VimVasaProvider(v: VimVasaProvider): rt.WireObject;
/** The VI JSON wire form of a VimVasaProviderInfo (what `decodeVimVasaProviderInfo` reads back). */
export declare const encodeVimVasaProviderInfo: typeof encodeExact$VimVasaProviderInfo;
/** VI JSON text of a VimVasaProviderInfo, every int64 digit kept. */
export declare const stringifyVimVasaProviderInfo: (value: VimVasaProviderInfo) => string;
declare function encodeExact$VimVasaProviderInfo(v: VimVasaProviderInfo): rt.WireObject;
/** The VI JSON wire form of a VimVasaProviderStatePerArray (what `decodeVimVasaProviderStatePerArray` reads back). */
export declare const encodeVimVasaProviderStatePerArray: typeof encodeExact$VimVasaProviderStatePerArray;
/** VI JSON text of a VimVasaProviderStatePerArray, every int64 digit kept. */
export declare const stringifyVimVasaProviderStatePerArray: (value: VimVasaProviderStatePerArray) => string;
declare function encodeExact$VimVasaProviderStatePerArray(v: VimVasaProviderStatePerArray): rt.WireObject;
/** The VI JSON wire form of a VimVasaProviderVirtualHostConfig (what `decodeVimVasaProviderVirtualHostConfig` reads back). */
export declare const encodeVimVasaProviderVirtualHostConfig: typeof encodeExact$VimVasaProviderVirtualHostConfig;
/** VI JSON text of a VimVasaProviderVirtualHostConfig, every int64 digit kept. */
export declare const stringifyVimVasaProviderVirtualHostConfig: (value: VimVasaProviderVirtualHostConfig) => string;
declare function encodeExact$VimVasaProviderVirtualHostConfig(v: VimVasaProviderVirtualHostConfig): rt.WireObject;
/** The VI JSON wire form of a VirtualCdrom (what `decodeVirtualCdrom` reads back). */
export declare const encodeVirtualCdrom: typeof encodeExact$VirtualCdrom;
/** VI JSON text of a VirtualCdrom, every int64 digit kept. */
export declare const stringifyVirtualCdrom: (value: VirtualCdrom) => string;
declare function encodeExact$VirtualCdrom(v: VirtualCdrom): rt.WireObject;
/** The VI JSON wire form of a VirtualCdromAtapiBackingInfo (what `decodeVirtualCdromAtapiBackingInfo` reads back). */
export declare const encodeVirtualCdromAtapiBackingInfo: typeof encodeExact$VirtualCdromAtapiBackingInfo;
/** VI JSON text of a VirtualCdromAtapiBackingInfo, every int64 digit kept. */
export declare const stringifyVirtualCdromAtapiBackingInfo: (value: VirtualCdromAtapiBackingInfo) => string;
declare function encodeExact$VirtualCdromAtapiBackingInfo(v: VirtualCdromAtapiBackingInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualCdromIsoBackingInfo (what `decodeVirtualCdromIsoBackingInfo` reads back). */
export declare const encodeVirtualCdromIsoBackingInfo: typeof encodeExact$VirtualCdromIsoBackingInfo;
/** VI JSON text of a VirtualCdromIsoBackingInfo, every int64 digit kept. */
export declare const stringifyVirtualCdromIsoBackingInfo: (value: VirtualCdromIsoBackingInfo) => string;
declare function encodeExact$VirtualCdromIsoBackingInfo(v: VirtualCdromIsoBackingInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualCdromRemotePassthroughBackingInfo (what `decodeVirtualCdromRemotePassthroughBackingInfo` reads back). */
export declare const encodeVirtualCdromRemotePassthroughBackingInfo: typeof encodeExact$VirtualCdromRemotePassthroughBackingInfo;
/** VI JSON text of a VirtualCdromRemotePassthroughBackingInfo, every int64 digit kept. */
export declare const stringifyVirtualCdromRemotePassthroughBackingInfo: (value: VirtualCdromRemotePassthroughBackingInfo) => string;
declare function encodeExact$VirtualCdromRemotePassthroughBackingInfo(v: VirtualCdromRemotePassthroughBackingInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualController (what `decodeVirtualController` reads back). */
export declare const encodeVirtualController: typeof encodeAt$VirtualController;
/** VI JSON text of a VirtualController, every int64 digit kept. */
export declare const stringifyVirtualController: (value: AnyVirtualController) => string;
declare function encodeAt$VirtualController(v: AnyVirtualController): rt.WireObject;
/** The VI JSON wire form of a VirtualDevice (what `decodeVirtualDevice` reads back). */
export declare const encodeVirtualDevice: typeof encodeAt$VirtualDevice;
/** VI JSON text of a VirtualDevice, every int64 digit kept. */
export declare const stringifyVirtualDevice: (value: AnyVirtualDevice) => string;
declare function encodeAt$VirtualDevice(v: AnyVirtualDevice): rt.WireObject;
/** The VI JSON wire form of a VirtualDeviceBackingInfo (what `decodeVirtualDeviceBackingInfo` reads back). */
export declare const encodeVirtualDeviceBackingInfo: typeof encodeAt$VirtualDeviceBackingInfo;
/** VI JSON text of a VirtualDeviceBackingInfo, every int64 digit kept. */
export declare const stringifyVirtualDeviceBackingInfo: (value: AnyVirtualDeviceBackingInfo) => string;
declare function encodeAt$VirtualDeviceBackingInfo(v: AnyVirtualDeviceBackingInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualDeviceBusSlotInfo (what `decodeVirtualDeviceBusSlotInfo` reads back). */
export declare const encodeVirtualDeviceBusSlotInfo: typeof encodeAt$VirtualDeviceBusSlotInfo;
/** VI JSON text of a VirtualDeviceBusSlotInfo, every int64 digit kept. */
export declare const stringifyVirtualDeviceBusSlotInfo: (value: AnyVirtualDeviceBusSlotInfo) => string;
declare function encodeAt$VirtualDeviceBusSlotInfo(v: AnyVirtualDeviceBusSlotInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualDeviceConfigSpec (what `decodeVirtualDeviceConfigSpec` reads back). */
export declare const encodeVirtualDeviceConfigSpec: typeof encodeExact$VirtualDeviceConfigSpec;
/** VI JSON text of a VirtualDeviceConfigSpec, every int64 digit kept. */
export declare const stringifyVirtualDeviceConfigSpec: (value: VirtualDeviceConfigSpec) => string;
declare function encodeExact$VirtualDeviceConfigSpec(v: VirtualDeviceConfigSpec): rt.WireObject;
/** The VI JSON wire form of a VirtualDeviceConfigSpecBackingSpec (what `decodeVirtualDeviceConfigSpecBackingSpec` reads back). */
export declare const encodeVirtualDeviceConfigSpecBackingSpec: typeof encodeExact$VirtualDeviceConfigSpecBackingSpec;
/** VI JSON text of a VirtualDeviceConfigSpecBackingSpec, every int64 digit kept. */
export declare const stringifyVirtualDeviceConfigSpecBackingSpec: (value: VirtualDeviceConfigSpecBackingSpec) => string;
declare function encodeExact$VirtualDeviceConfigSpecBackingSpec(v: VirtualDeviceConfigSpecBackingSpec): rt.WireObject;
/** The VI JSON wire form of a VirtualDeviceConnectInfo (what `decodeVirtualDeviceConnectInfo` reads back). */
export declare const encodeVirtualDeviceConnectInfo: typeof encodeExact$VirtualDeviceConnectInfo;
/** VI JSON text of a VirtualDeviceConnectInfo, every int64 digit kept. */
export declare const stringifyVirtualDeviceConnectInfo: (value: VirtualDeviceConnectInfo) => string;
declare function encodeExact$VirtualDeviceConnectInfo(v: VirtualDeviceConnectInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualDeviceDeviceBackingInfo (what `decodeVirtualDeviceDeviceBackingInfo` reads back). */
export declare const encodeVirtualDeviceDeviceBackingInfo: typeof encodeAt$VirtualDeviceDeviceBackingInfo;
/** VI JSON text of a VirtualDeviceDeviceBackingInfo, every int64 digit kept. */
export declare const stringifyVirtualDeviceDeviceBackingInfo: (value: AnyVirtualDeviceDeviceBackingInfo) => string;
declare function encodeAt$VirtualDeviceDeviceBackingInfo(v: AnyVirtualDeviceDeviceBackingInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualDeviceDeviceGroupInfo (what `decodeVirtualDeviceDeviceGroupInfo` reads back). */
export declare const encodeVirtualDeviceDeviceGroupInfo: typeof encodeExact$VirtualDeviceDeviceGroupInfo;
/** VI JSON text of a VirtualDeviceDeviceGroupInfo, every int64 digit kept. */
export declare const stringifyVirtualDeviceDeviceGroupInfo: (value: VirtualDeviceDeviceGroupInfo) => string;
declare function encodeExact$VirtualDeviceDeviceGroupInfo(v: VirtualDeviceDeviceGroupInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualDeviceFileBackingInfo (what `decodeVirtualDeviceFileBackingInfo` reads back). */
export declare const encodeVirtualDeviceFileBackingInfo: typeof encodeAt$VirtualDeviceFileBackingInfo;
/** VI JSON text of a VirtualDeviceFileBackingInfo, every int64 digit kept. */
export declare const stringifyVirtualDeviceFileBackingInfo: (value: AnyVirtualDeviceFileBackingInfo) => string;
declare function encodeAt$VirtualDeviceFileBackingInfo(v: AnyVirtualDeviceFileBackingInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualDevicePciBusSlotInfo (what `decodeVirtualDevicePciBusSlotInfo` reads back). */
export declare const encodeVirtualDevicePciBusSlotInfo: typeof encodeExact$VirtualDevicePciBusSlotInfo;
/** VI JSON text of a VirtualDevicePciBusSlotInfo, every int64 digit kept. */
export declare const stringifyVirtualDevicePciBusSlotInfo: (value: VirtualDevicePciBusSlotInfo) => string;
declare function encodeExact$VirtualDevicePciBusSlotInfo(v: VirtualDevicePciBusSlotInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualDeviceRemoteDeviceBackingInfo (what `decodeVirtualDeviceRemoteDeviceBackingInfo` reads back). */
export declare const encodeVirtualDeviceRemoteDeviceBackingInfo: typeof encodeAt$VirtualDeviceRemoteDeviceBackingInfo;
/** VI JSON text of a VirtualDeviceRemoteDeviceBackingInfo, every int64 digit kept. */
export declare const stringifyVirtualDeviceRemoteDeviceBackingInfo: (value: AnyVirtualDeviceRemoteDeviceBackingInfo) => string;
declare function encodeAt$VirtualDeviceRemoteDeviceBackingInfo(v: AnyVirtualDeviceRemoteDeviceBackingInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualDisk (what `decodeVirtualDisk` reads back). */
export declare const encodeVirtualDisk: typeof encodeExact$VirtualDisk;
/** VI JSON text of a VirtualDisk, every int64 digit kept. */
export declare const stringifyVirtualDisk: (value: VirtualDisk) => string;
declare function encodeExact$VirtualDisk(v: VirtualDisk): rt.WireObject;
/** The VI JSON wire form of a VirtualDiskFlatVer2BackingInfo (what `decodeVirtualDiskFlatVer2BackingInfo` reads back). */
export declare const encodeVirtualDiskFlatVer2BackingInfo: typeof encodeExact$VirtualDiskFlatVer2BackingInfo;
/** VI JSON text of a VirtualDiskFlatVer2BackingInfo, every int64 digit kept. */
export declare const stringifyVirtualDiskFlatVer2BackingInfo: (value: VirtualDiskFlatVer2BackingInfo) => string;
declare function encodeExact$VirtualDiskFlatVer2BackingInfo(v: VirtualDiskFlatVer2BackingInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualDiskVFlashCacheConfigInfo (what `decodeVirtualDiskVFlashCacheConfigInfo` reads back). */
export declare const encodeVirtualDiskVFlashCacheConfigInfo: typeof encodeExact$VirtualDiskVFlashCacheConfigInfo;
/** VI JSON text of a VirtualDiskVFlashCacheConfigInfo, every int64 digit kept. */
export declare const stringifyVirtualDiskVFlashCacheConfigInfo: (value: VirtualDiskVFlashCacheConfigInfo) => string;
declare function encodeExact$VirtualDiskVFlashCacheConfigInfo(v: VirtualDiskVFlashCacheConfigInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualE1000 (what `decodeVirtualE1000` reads back). */
export declare const encodeVirtualE1000: typeof encodeExact$VirtualE1000;
/** VI JSON text of a VirtualE1000, every int64 digit kept. */
export declare const stringifyVirtualE1000: (value: VirtualE1000) => string;
declare function encodeExact$VirtualE1000(v: VirtualE1000): rt.WireObject;
/** The VI JSON wire form of a VirtualEthernetCard (what `decodeVirtualEthernetCard` reads back). */
export declare const encodeVirtualEthernetCard: typeof encodeAt$VirtualEthernetCard;
/** VI JSON text of a VirtualEthernetCard, every int64 digit kept. */
export declare const stringifyVirtualEthernetCard: (value: AnyVirtualEthernetCard) => string;
declare function encodeAt$VirtualEthernetCard(v: AnyVirtualEthernetCard): rt.WireObject;
/** The VI JSON wire form of a VirtualEthernetCardDistributedVirtualPortBackingInfo (what `decodeVirtualEthernetCardDistributedVirtualPortBackingInfo` reads back). */
export declare const encodeVirtualEthernetCardDistributedVirtualPortBackingInfo: typeof encodeExact$VirtualEthernetCardDistributedVirtualPortBackingInfo;
/** VI JSON text of a VirtualEthernetCardDistributedVirtualPortBackingInfo, every int64 digit kept. */
export declare const stringifyVirtualEthernetCardDistributedVirtualPortBackingInfo: (value: VirtualEthernetCardDistributedVirtualPortBackingInfo) => string;
declare function encodeExact$VirtualEthernetCardDistributedVirtualPortBackingInfo(v: VirtualEthernetCardDistributedVirtualPortBackingInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualEthernetCardNetworkBackingInfo (what `decodeVirtualEthernetCardNetworkBackingInfo` reads back). */
export declare const encodeVirtualEthernetCardNetworkBackingInfo: typeof encodeExact$VirtualEthernetCardNetworkBackingInfo;
/** VI JSON text of a VirtualEthernetCardNetworkBackingInfo, every int64 digit kept. */
export declare const stringifyVirtualEthernetCardNetworkBackingInfo: (value: VirtualEthernetCardNetworkBackingInfo) => string;
declare function encodeExact$VirtualEthernetCardNetworkBackingInfo(v: VirtualEthernetCardNetworkBackingInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualEthernetCardResourceAllocation (what `decodeVirtualEthernetCardResourceAllocation` reads back). */
export declare const encodeVirtualEthernetCardResourceAllocation: typeof encodeExact$VirtualEthernetCardResourceAllocation;
/** VI JSON text of a VirtualEthernetCardResourceAllocation, every int64 digit kept. */
export declare const stringifyVirtualEthernetCardResourceAllocation: (value: VirtualEthernetCardResourceAllocation) => string;
declare function encodeExact$VirtualEthernetCardResourceAllocation(v: VirtualEthernetCardResourceAllocation): rt.WireObject;
/** The VI JSON wire form of a VirtualFloppy (what `decodeVirtualFloppy` reads back). */
export declare const encodeVirtualFloppy: typeof encodeExact$VirtualFloppy;
/** VI JSON text of a VirtualFloppy, every int64 digit kept. */
export declare const stringifyVirtualFloppy: (value: VirtualFloppy) => string;
declare function encodeExact$VirtualFloppy(v: VirtualFloppy): rt.WireObject;
/** The VI JSON wire form of a VirtualHardware (what `decodeVirtualHardware` reads back). */
export declare const encodeVirtualHardware: typeof encodeExact$VirtualHardware;
/** VI JSON text of a VirtualHardware, every int64 digit kept. */
export declare const stringifyVirtualHardware: (value: VirtualHardware) => string;
declare function encodeExact$VirtualHardware(v: VirtualHardware): rt.WireObject;
/** The VI JSON wire form of a VirtualIDEController (what `decodeVirtualIDEController` reads back). */
export declare const encodeVirtualIDEController: typeof encodeExact$VirtualIDEController;
/** VI JSON text of a VirtualIDEController, every int64 digit kept. */
export declare const stringifyVirtualIDEController: (value: VirtualIDEController) => string;
declare function encodeExact$VirtualIDEController(v: VirtualIDEController): rt.WireObject;
/** The VI JSON wire form of a VirtualKeyboard (what `decodeVirtualKeyboard` reads back). */
export declare const encodeVirtualKeyboard: typeof encodeExact$VirtualKeyboard;
/** VI JSON text of a VirtualKeyboard, every int64 digit kept. */
export declare const stringifyVirtualKeyboard: (value: VirtualKeyboard) => string;
declare function encodeExact$VirtualKeyboard(v: VirtualKeyboard): rt.WireObject;
/** The VI JSON wire form of a VirtualLsiLogicController (what `decodeVirtualLsiLogicController` reads back). */
export declare const encodeVirtualLsiLogicController: typeof encodeExact$VirtualLsiLogicController;
/** VI JSON text of a VirtualLsiLogicController, every int64 digit kept. */
export declare const stringifyVirtualLsiLogicController: (value: VirtualLsiLogicController) => string;
declare function encodeExact$VirtualLsiLogicController(v: VirtualLsiLogicController): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineAffinityInfo (what `decodeVirtualMachineAffinityInfo` reads back). */
export declare const encodeVirtualMachineAffinityInfo: typeof encodeExact$VirtualMachineAffinityInfo;
/** VI JSON text of a VirtualMachineAffinityInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineAffinityInfo: (value: VirtualMachineAffinityInfo) => string;
declare function encodeExact$VirtualMachineAffinityInfo(v: VirtualMachineAffinityInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineBaseIndependentFilterSpec (what `decodeVirtualMachineBaseIndependentFilterSpec` reads back). */
export declare const encodeVirtualMachineBaseIndependentFilterSpec: typeof encodeExact$VirtualMachineBaseIndependentFilterSpec;
/** VI JSON text of a VirtualMachineBaseIndependentFilterSpec, every int64 digit kept. */
export declare const stringifyVirtualMachineBaseIndependentFilterSpec: (value: VirtualMachineBaseIndependentFilterSpec) => string;
declare function encodeExact$VirtualMachineBaseIndependentFilterSpec(v: VirtualMachineBaseIndependentFilterSpec): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineBootOptions (what `decodeVirtualMachineBootOptions` reads back). */
export declare const encodeVirtualMachineBootOptions: typeof encodeExact$VirtualMachineBootOptions;
/** VI JSON text of a VirtualMachineBootOptions, every int64 digit kept. */
export declare const stringifyVirtualMachineBootOptions: (value: VirtualMachineBootOptions) => string;
declare function encodeExact$VirtualMachineBootOptions(v: VirtualMachineBootOptions): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineBootOptionsBootableDevice (what `decodeVirtualMachineBootOptionsBootableDevice` reads back). */
export declare const encodeVirtualMachineBootOptionsBootableDevice: typeof encodeExact$VirtualMachineBootOptionsBootableDevice;
/** VI JSON text of a VirtualMachineBootOptionsBootableDevice, every int64 digit kept. */
export declare const stringifyVirtualMachineBootOptionsBootableDevice: (value: VirtualMachineBootOptionsBootableDevice) => string;
declare function encodeExact$VirtualMachineBootOptionsBootableDevice(v: VirtualMachineBootOptionsBootableDevice): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineCapability (what `decodeVirtualMachineCapability` reads back). */
export declare const encodeVirtualMachineCapability: typeof encodeExact$VirtualMachineCapability;
/** VI JSON text of a VirtualMachineCapability, every int64 digit kept. */
export declare const stringifyVirtualMachineCapability: (value: VirtualMachineCapability) => string;
declare function encodeExact$VirtualMachineCapability(v: VirtualMachineCapability): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineConfigInfo (what `decodeVirtualMachineConfigInfo` reads back). */
export declare const encodeVirtualMachineConfigInfo: typeof encodeExact$VirtualMachineConfigInfo;
/** VI JSON text of a VirtualMachineConfigInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineConfigInfo: (value: VirtualMachineConfigInfo) => string;
declare function encodeExact$VirtualMachineConfigInfo(v: VirtualMachineConfigInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineConfigInfoDatastoreUrlPair (what `decodeVirtualMachineConfigInfoDatastoreUrlPair` reads back). */
export declare const encodeVirtualMachineConfigInfoDatastoreUrlPair: typeof encodeExact$VirtualMachineConfigInfoDatastoreUrlPair;
/** VI JSON text of a VirtualMachineConfigInfoDatastoreUrlPair, every int64 digit kept. */
export declare const stringifyVirtualMachineConfigInfoDatastoreUrlPair: (value: VirtualMachineConfigInfoDatastoreUrlPair) => string;
declare function encodeExact$VirtualMachineConfigInfoDatastoreUrlPair(v: VirtualMachineConfigInfoDatastoreUrlPair): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineConfigInfoOverheadInfo (what `decodeVirtualMachineConfigInfoOverheadInfo` reads back). */
export declare const encodeVirtualMachineConfigInfoOverheadInfo: typeof encodeExact$VirtualMachineConfigInfoOverheadInfo;
/** VI JSON text of a VirtualMachineConfigInfoOverheadInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineConfigInfoOverheadInfo: (value: VirtualMachineConfigInfoOverheadInfo) => string;
declare function encodeExact$VirtualMachineConfigInfoOverheadInfo(v: VirtualMachineConfigInfoOverheadInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineConfigSpec (what `decodeVirtualMachineConfigSpec` reads back). */
export declare const encodeVirtualMachineConfigSpec: typeof encodeExact$VirtualMachineConfigSpec;
/** VI JSON text of a VirtualMachineConfigSpec, every int64 digit kept. */
export declare const stringifyVirtualMachineConfigSpec: (value: VirtualMachineConfigSpec) => string;
declare function encodeExact$VirtualMachineConfigSpec(v: VirtualMachineConfigSpec): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineConfigSummary (what `decodeVirtualMachineConfigSummary` reads back). */
export declare const encodeVirtualMachineConfigSummary: typeof encodeExact$VirtualMachineConfigSummary;
/** VI JSON text of a VirtualMachineConfigSummary, every int64 digit kept. */
export declare const stringifyVirtualMachineConfigSummary: (value: VirtualMachineConfigSummary) => string;
declare function encodeExact$VirtualMachineConfigSummary(v: VirtualMachineConfigSummary): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineConsolePreferences (what `decodeVirtualMachineConsolePreferences` reads back). */
export declare const encodeVirtualMachineConsolePreferences: typeof encodeExact$VirtualMachineConsolePreferences;
/** VI JSON text of a VirtualMachineConsolePreferences, every int64 digit kept. */
export declare const stringifyVirtualMachineConsolePreferences: (value: VirtualMachineConsolePreferences) => string;
declare function encodeExact$VirtualMachineConsolePreferences(v: VirtualMachineConsolePreferences): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineContentLibraryItemInfo (what `decodeVirtualMachineContentLibraryItemInfo` reads back). */
export declare const encodeVirtualMachineContentLibraryItemInfo: typeof encodeExact$VirtualMachineContentLibraryItemInfo;
/** VI JSON text of a VirtualMachineContentLibraryItemInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineContentLibraryItemInfo: (value: VirtualMachineContentLibraryItemInfo) => string;
declare function encodeExact$VirtualMachineContentLibraryItemInfo(v: VirtualMachineContentLibraryItemInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineCpuIdInfoSpec (what `decodeVirtualMachineCpuIdInfoSpec` reads back). */
export declare const encodeVirtualMachineCpuIdInfoSpec: typeof encodeExact$VirtualMachineCpuIdInfoSpec;
/** VI JSON text of a VirtualMachineCpuIdInfoSpec, every int64 digit kept. */
export declare const stringifyVirtualMachineCpuIdInfoSpec: (value: VirtualMachineCpuIdInfoSpec) => string;
declare function encodeExact$VirtualMachineCpuIdInfoSpec(v: VirtualMachineCpuIdInfoSpec): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineDefaultPowerOpInfo (what `decodeVirtualMachineDefaultPowerOpInfo` reads back). */
export declare const encodeVirtualMachineDefaultPowerOpInfo: typeof encodeExact$VirtualMachineDefaultPowerOpInfo;
/** VI JSON text of a VirtualMachineDefaultPowerOpInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineDefaultPowerOpInfo: (value: VirtualMachineDefaultPowerOpInfo) => string;
declare function encodeExact$VirtualMachineDefaultPowerOpInfo(v: VirtualMachineDefaultPowerOpInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineDeviceRuntimeInfo (what `decodeVirtualMachineDeviceRuntimeInfo` reads back). */
export declare const encodeVirtualMachineDeviceRuntimeInfo: typeof encodeExact$VirtualMachineDeviceRuntimeInfo;
/** VI JSON text of a VirtualMachineDeviceRuntimeInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineDeviceRuntimeInfo: (value: VirtualMachineDeviceRuntimeInfo) => string;
declare function encodeExact$VirtualMachineDeviceRuntimeInfo(v: VirtualMachineDeviceRuntimeInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineDeviceRuntimeInfoDeviceRuntimeState (what `decodeVirtualMachineDeviceRuntimeInfoDeviceRuntimeState` reads back). */
export declare const encodeVirtualMachineDeviceRuntimeInfoDeviceRuntimeState: typeof encodeExact$VirtualMachineDeviceRuntimeInfoDeviceRuntimeState;
/** VI JSON text of a VirtualMachineDeviceRuntimeInfoDeviceRuntimeState, every int64 digit kept. */
export declare const stringifyVirtualMachineDeviceRuntimeInfoDeviceRuntimeState: (value: VirtualMachineDeviceRuntimeInfoDeviceRuntimeState) => string;
declare function encodeExact$VirtualMachineDeviceRuntimeInfoDeviceRuntimeState(v: VirtualMachineDeviceRuntimeInfoDeviceRuntimeState): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineExtensionCompatibilityConstraint (what `decodeVirtualMachineExtensionCompatibilityConstraint` reads back). */
export declare const encodeVirtualMachineExtensionCompatibilityConstraint: typeof encodeExact$VirtualMachineExtensionCompatibilityConstraint;
/** VI JSON text of a VirtualMachineExtensionCompatibilityConstraint, every int64 digit kept. */
export declare const stringifyVirtualMachineExtensionCompatibilityConstraint: (value: VirtualMachineExtensionCompatibilityConstraint) => string;
declare function encodeExact$VirtualMachineExtensionCompatibilityConstraint(v: VirtualMachineExtensionCompatibilityConstraint): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineExtensionCompatibilityConstraintSet (what `decodeVirtualMachineExtensionCompatibilityConstraintSet` reads back). */
export declare const encodeVirtualMachineExtensionCompatibilityConstraintSet: typeof encodeExact$VirtualMachineExtensionCompatibilityConstraintSet;
/** VI JSON text of a VirtualMachineExtensionCompatibilityConstraintSet, every int64 digit kept. */
export declare const stringifyVirtualMachineExtensionCompatibilityConstraintSet: (value: VirtualMachineExtensionCompatibilityConstraintSet) => string;
declare function encodeExact$VirtualMachineExtensionCompatibilityConstraintSet(v: VirtualMachineExtensionCompatibilityConstraintSet): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineFeatureRequirement (what `decodeVirtualMachineFeatureRequirement` reads back). */
export declare const encodeVirtualMachineFeatureRequirement: typeof encodeExact$VirtualMachineFeatureRequirement;
/** VI JSON text of a VirtualMachineFeatureRequirement, every int64 digit kept. */
export declare const stringifyVirtualMachineFeatureRequirement: (value: VirtualMachineFeatureRequirement) => string;
declare function encodeExact$VirtualMachineFeatureRequirement(v: VirtualMachineFeatureRequirement): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineFileInfo (what `decodeVirtualMachineFileInfo` reads back). */
export declare const encodeVirtualMachineFileInfo: typeof encodeExact$VirtualMachineFileInfo;
/** VI JSON text of a VirtualMachineFileInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineFileInfo: (value: VirtualMachineFileInfo) => string;
declare function encodeExact$VirtualMachineFileInfo(v: VirtualMachineFileInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineFileLayout (what `decodeVirtualMachineFileLayout` reads back). */
export declare const encodeVirtualMachineFileLayout: typeof encodeExact$VirtualMachineFileLayout;
/** VI JSON text of a VirtualMachineFileLayout, every int64 digit kept. */
export declare const stringifyVirtualMachineFileLayout: (value: VirtualMachineFileLayout) => string;
declare function encodeExact$VirtualMachineFileLayout(v: VirtualMachineFileLayout): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineFileLayoutDiskLayout (what `decodeVirtualMachineFileLayoutDiskLayout` reads back). */
export declare const encodeVirtualMachineFileLayoutDiskLayout: typeof encodeExact$VirtualMachineFileLayoutDiskLayout;
/** VI JSON text of a VirtualMachineFileLayoutDiskLayout, every int64 digit kept. */
export declare const stringifyVirtualMachineFileLayoutDiskLayout: (value: VirtualMachineFileLayoutDiskLayout) => string;
declare function encodeExact$VirtualMachineFileLayoutDiskLayout(v: VirtualMachineFileLayoutDiskLayout): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineFileLayoutEx (what `decodeVirtualMachineFileLayoutEx` reads back). */
export declare const encodeVirtualMachineFileLayoutEx: typeof encodeExact$VirtualMachineFileLayoutEx;
/** VI JSON text of a VirtualMachineFileLayoutEx, every int64 digit kept. */
export declare const stringifyVirtualMachineFileLayoutEx: (value: VirtualMachineFileLayoutEx) => string;
declare function encodeExact$VirtualMachineFileLayoutEx(v: VirtualMachineFileLayoutEx): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineFileLayoutExDiskLayout (what `decodeVirtualMachineFileLayoutExDiskLayout` reads back). */
export declare const encodeVirtualMachineFileLayoutExDiskLayout: typeof encodeExact$VirtualMachineFileLayoutExDiskLayout;
/** VI JSON text of a VirtualMachineFileLayoutExDiskLayout, every int64 digit kept. */
export declare const stringifyVirtualMachineFileLayoutExDiskLayout: (value: VirtualMachineFileLayoutExDiskLayout) => string;
declare function encodeExact$VirtualMachineFileLayoutExDiskLayout(v: VirtualMachineFileLayoutExDiskLayout): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineFileLayoutExDiskUnit (what `decodeVirtualMachineFileLayoutExDiskUnit` reads back). */
export declare const encodeVirtualMachineFileLayoutExDiskUnit: typeof encodeExact$VirtualMachineFileLayoutExDiskUnit;
/** VI JSON text of a VirtualMachineFileLayoutExDiskUnit, every int64 digit kept. */
export declare const stringifyVirtualMachineFileLayoutExDiskUnit: (value: VirtualMachineFileLayoutExDiskUnit) => string;
declare function encodeExact$VirtualMachineFileLayoutExDiskUnit(v: VirtualMachineFileLayoutExDiskUnit): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineFileLayoutExFileInfo (what `decodeVirtualMachineFileLayoutExFileInfo` reads back). */
export declare const encodeVirtualMachineFileLayoutExFileInfo: typeof encodeExact$VirtualMachineFileLayoutExFileInfo;
/** VI JSON text of a VirtualMachineFileLayoutExFileInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineFileLayoutExFileInfo: (value: VirtualMachineFileLayoutExFileInfo) => string;
declare function encodeExact$VirtualMachineFileLayoutExFileInfo(v: VirtualMachineFileLayoutExFileInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineFileLayoutExSnapshotLayout (what `decodeVirtualMachineFileLayoutExSnapshotLayout` reads back). */
export declare const encodeVirtualMachineFileLayoutExSnapshotLayout: typeof encodeExact$VirtualMachineFileLayoutExSnapshotLayout;
/** VI JSON text of a VirtualMachineFileLayoutExSnapshotLayout, every int64 digit kept. */
export declare const stringifyVirtualMachineFileLayoutExSnapshotLayout: (value: VirtualMachineFileLayoutExSnapshotLayout) => string;
declare function encodeExact$VirtualMachineFileLayoutExSnapshotLayout(v: VirtualMachineFileLayoutExSnapshotLayout): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineFileLayoutSnapshotLayout (what `decodeVirtualMachineFileLayoutSnapshotLayout` reads back). */
export declare const encodeVirtualMachineFileLayoutSnapshotLayout: typeof encodeExact$VirtualMachineFileLayoutSnapshotLayout;
/** VI JSON text of a VirtualMachineFileLayoutSnapshotLayout, every int64 digit kept. */
export declare const stringifyVirtualMachineFileLayoutSnapshotLayout: (value: VirtualMachineFileLayoutSnapshotLayout) => string;
declare function encodeExact$VirtualMachineFileLayoutSnapshotLayout(v: VirtualMachineFileLayoutSnapshotLayout): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineFlagInfo (what `decodeVirtualMachineFlagInfo` reads back). */
export declare const encodeVirtualMachineFlagInfo: typeof encodeExact$VirtualMachineFlagInfo;
/** VI JSON text of a VirtualMachineFlagInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineFlagInfo: (value: VirtualMachineFlagInfo) => string;
declare function encodeExact$VirtualMachineFlagInfo(v: VirtualMachineFlagInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineForkConfigInfo (what `decodeVirtualMachineForkConfigInfo` reads back). */
export declare const encodeVirtualMachineForkConfigInfo: typeof encodeExact$VirtualMachineForkConfigInfo;
/** VI JSON text of a VirtualMachineForkConfigInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineForkConfigInfo: (value: VirtualMachineForkConfigInfo) => string;
declare function encodeExact$VirtualMachineForkConfigInfo(v: VirtualMachineForkConfigInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineGuestIntegrityInfo (what `decodeVirtualMachineGuestIntegrityInfo` reads back). */
export declare const encodeVirtualMachineGuestIntegrityInfo: typeof encodeExact$VirtualMachineGuestIntegrityInfo;
/** VI JSON text of a VirtualMachineGuestIntegrityInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineGuestIntegrityInfo: (value: VirtualMachineGuestIntegrityInfo) => string;
declare function encodeExact$VirtualMachineGuestIntegrityInfo(v: VirtualMachineGuestIntegrityInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineGuestMonitoringModeInfo (what `decodeVirtualMachineGuestMonitoringModeInfo` reads back). */
export declare const encodeVirtualMachineGuestMonitoringModeInfo: typeof encodeExact$VirtualMachineGuestMonitoringModeInfo;
/** VI JSON text of a VirtualMachineGuestMonitoringModeInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineGuestMonitoringModeInfo: (value: VirtualMachineGuestMonitoringModeInfo) => string;
declare function encodeExact$VirtualMachineGuestMonitoringModeInfo(v: VirtualMachineGuestMonitoringModeInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineGuestSummary (what `decodeVirtualMachineGuestSummary` reads back). */
export declare const encodeVirtualMachineGuestSummary: typeof encodeExact$VirtualMachineGuestSummary;
/** VI JSON text of a VirtualMachineGuestSummary, every int64 digit kept. */
export declare const stringifyVirtualMachineGuestSummary: (value: VirtualMachineGuestSummary) => string;
declare function encodeExact$VirtualMachineGuestSummary(v: VirtualMachineGuestSummary): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineMessage (what `decodeVirtualMachineMessage` reads back). */
export declare const encodeVirtualMachineMessage: typeof encodeExact$VirtualMachineMessage;
/** VI JSON text of a VirtualMachineMessage, every int64 digit kept. */
export declare const stringifyVirtualMachineMessage: (value: VirtualMachineMessage) => string;
declare function encodeExact$VirtualMachineMessage(v: VirtualMachineMessage): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineNetworkShaperInfo (what `decodeVirtualMachineNetworkShaperInfo` reads back). */
export declare const encodeVirtualMachineNetworkShaperInfo: typeof encodeExact$VirtualMachineNetworkShaperInfo;
/** VI JSON text of a VirtualMachineNetworkShaperInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineNetworkShaperInfo: (value: VirtualMachineNetworkShaperInfo) => string;
declare function encodeExact$VirtualMachineNetworkShaperInfo(v: VirtualMachineNetworkShaperInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineProfileSpec (what `decodeVirtualMachineProfileSpec` reads back). */
export declare const encodeVirtualMachineProfileSpec: typeof encodeExact$VirtualMachineProfileSpec;
/** VI JSON text of a VirtualMachineProfileSpec, every int64 digit kept. */
export declare const stringifyVirtualMachineProfileSpec: (value: VirtualMachineProfileSpec) => string;
declare function encodeExact$VirtualMachineProfileSpec(v: VirtualMachineProfileSpec): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineQuestionInfo (what `decodeVirtualMachineQuestionInfo` reads back). */
export declare const encodeVirtualMachineQuestionInfo: typeof encodeExact$VirtualMachineQuestionInfo;
/** VI JSON text of a VirtualMachineQuestionInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineQuestionInfo: (value: VirtualMachineQuestionInfo) => string;
declare function encodeExact$VirtualMachineQuestionInfo(v: VirtualMachineQuestionInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineQuickStats (what `decodeVirtualMachineQuickStats` reads back). */
export declare const encodeVirtualMachineQuickStats: typeof encodeExact$VirtualMachineQuickStats;
/** VI JSON text of a VirtualMachineQuickStats, every int64 digit kept. */
export declare const stringifyVirtualMachineQuickStats: (value: VirtualMachineQuickStats) => string;
declare function encodeExact$VirtualMachineQuickStats(v: VirtualMachineQuickStats): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineQuickStatsMemoryTierStats (what `decodeVirtualMachineQuickStatsMemoryTierStats` reads back). */
export declare const encodeVirtualMachineQuickStatsMemoryTierStats: typeof encodeExact$VirtualMachineQuickStatsMemoryTierStats;
/** VI JSON text of a VirtualMachineQuickStatsMemoryTierStats, every int64 digit kept. */
export declare const stringifyVirtualMachineQuickStatsMemoryTierStats: (value: VirtualMachineQuickStatsMemoryTierStats) => string;
declare function encodeExact$VirtualMachineQuickStatsMemoryTierStats(v: VirtualMachineQuickStatsMemoryTierStats): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineRuntimeInfo (what `decodeVirtualMachineRuntimeInfo` reads back). */
export declare const encodeVirtualMachineRuntimeInfo: typeof encodeExact$VirtualMachineRuntimeInfo;
/** VI JSON text of a VirtualMachineRuntimeInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineRuntimeInfo: (value: VirtualMachineRuntimeInfo) => string;
declare function encodeExact$VirtualMachineRuntimeInfo(v: VirtualMachineRuntimeInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineRuntimeInfoDasProtectionState (what `decodeVirtualMachineRuntimeInfoDasProtectionState` reads back). */
export declare const encodeVirtualMachineRuntimeInfoDasProtectionState: typeof encodeExact$VirtualMachineRuntimeInfoDasProtectionState;
/** VI JSON text of a VirtualMachineRuntimeInfoDasProtectionState, every int64 digit kept. */
export declare const stringifyVirtualMachineRuntimeInfoDasProtectionState: (value: VirtualMachineRuntimeInfoDasProtectionState) => string;
declare function encodeExact$VirtualMachineRuntimeInfoDasProtectionState(v: VirtualMachineRuntimeInfoDasProtectionState): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineSgxInfo (what `decodeVirtualMachineSgxInfo` reads back). */
export declare const encodeVirtualMachineSgxInfo: typeof encodeExact$VirtualMachineSgxInfo;
/** VI JSON text of a VirtualMachineSgxInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineSgxInfo: (value: VirtualMachineSgxInfo) => string;
declare function encodeExact$VirtualMachineSgxInfo(v: VirtualMachineSgxInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineSnapshotInfo (what `decodeVirtualMachineSnapshotInfo` reads back). */
export declare const encodeVirtualMachineSnapshotInfo: typeof encodeExact$VirtualMachineSnapshotInfo;
/** VI JSON text of a VirtualMachineSnapshotInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineSnapshotInfo: (value: VirtualMachineSnapshotInfo) => string;
declare function encodeExact$VirtualMachineSnapshotInfo(v: VirtualMachineSnapshotInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineSnapshotTree (what `decodeVirtualMachineSnapshotTree` reads back). */
export declare const encodeVirtualMachineSnapshotTree: typeof encodeExact$VirtualMachineSnapshotTree;
/** VI JSON text of a VirtualMachineSnapshotTree, every int64 digit kept. */
export declare const stringifyVirtualMachineSnapshotTree: (value: VirtualMachineSnapshotTree) => string;
declare function encodeExact$VirtualMachineSnapshotTree(v: VirtualMachineSnapshotTree): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineStorageInfo (what `decodeVirtualMachineStorageInfo` reads back). */
export declare const encodeVirtualMachineStorageInfo: typeof encodeExact$VirtualMachineStorageInfo;
/** VI JSON text of a VirtualMachineStorageInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineStorageInfo: (value: VirtualMachineStorageInfo) => string;
declare function encodeExact$VirtualMachineStorageInfo(v: VirtualMachineStorageInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineStorageSummary (what `decodeVirtualMachineStorageSummary` reads back). */
export declare const encodeVirtualMachineStorageSummary: typeof encodeExact$VirtualMachineStorageSummary;
/** VI JSON text of a VirtualMachineStorageSummary, every int64 digit kept. */
export declare const stringifyVirtualMachineStorageSummary: (value: VirtualMachineStorageSummary) => string;
declare function encodeExact$VirtualMachineStorageSummary(v: VirtualMachineStorageSummary): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineSummary (what `decodeVirtualMachineSummary` reads back). */
export declare const encodeVirtualMachineSummary: typeof encodeExact$VirtualMachineSummary;
/** VI JSON text of a VirtualMachineSummary, every int64 digit kept. */
export declare const stringifyVirtualMachineSummary: (value: VirtualMachineSummary) => string;
declare function encodeExact$VirtualMachineSummary(v: VirtualMachineSummary): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineUsageOnDatastore (what `decodeVirtualMachineUsageOnDatastore` reads back). */
export declare const encodeVirtualMachineUsageOnDatastore: typeof encodeExact$VirtualMachineUsageOnDatastore;
/** VI JSON text of a VirtualMachineUsageOnDatastore, every int64 digit kept. */
export declare const stringifyVirtualMachineUsageOnDatastore: (value: VirtualMachineUsageOnDatastore) => string;
declare function encodeExact$VirtualMachineUsageOnDatastore(v: VirtualMachineUsageOnDatastore): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVMCIDevice (what `decodeVirtualMachineVMCIDevice` reads back). */
export declare const encodeVirtualMachineVMCIDevice: typeof encodeExact$VirtualMachineVMCIDevice;
/** VI JSON text of a VirtualMachineVMCIDevice, every int64 digit kept. */
export declare const stringifyVirtualMachineVMCIDevice: (value: VirtualMachineVMCIDevice) => string;
declare function encodeExact$VirtualMachineVMCIDevice(v: VirtualMachineVMCIDevice): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVMCIDeviceFilterInfo (what `decodeVirtualMachineVMCIDeviceFilterInfo` reads back). */
export declare const encodeVirtualMachineVMCIDeviceFilterInfo: typeof encodeExact$VirtualMachineVMCIDeviceFilterInfo;
/** VI JSON text of a VirtualMachineVMCIDeviceFilterInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineVMCIDeviceFilterInfo: (value: VirtualMachineVMCIDeviceFilterInfo) => string;
declare function encodeExact$VirtualMachineVMCIDeviceFilterInfo(v: VirtualMachineVMCIDeviceFilterInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVMCIDeviceFilterSpec (what `decodeVirtualMachineVMCIDeviceFilterSpec` reads back). */
export declare const encodeVirtualMachineVMCIDeviceFilterSpec: typeof encodeExact$VirtualMachineVMCIDeviceFilterSpec;
/** VI JSON text of a VirtualMachineVMCIDeviceFilterSpec, every int64 digit kept. */
export declare const stringifyVirtualMachineVMCIDeviceFilterSpec: (value: VirtualMachineVMCIDeviceFilterSpec) => string;
declare function encodeExact$VirtualMachineVMCIDeviceFilterSpec(v: VirtualMachineVMCIDeviceFilterSpec): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVcpuConfig (what `decodeVirtualMachineVcpuConfig` reads back). */
export declare const encodeVirtualMachineVcpuConfig: typeof encodeExact$VirtualMachineVcpuConfig;
/** VI JSON text of a VirtualMachineVcpuConfig, every int64 digit kept. */
export declare const stringifyVirtualMachineVcpuConfig: (value: VirtualMachineVcpuConfig) => string;
declare function encodeExact$VirtualMachineVcpuConfig(v: VirtualMachineVcpuConfig): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVideoCard (what `decodeVirtualMachineVideoCard` reads back). */
export declare const encodeVirtualMachineVideoCard: typeof encodeExact$VirtualMachineVideoCard;
/** VI JSON text of a VirtualMachineVideoCard, every int64 digit kept. */
export declare const stringifyVirtualMachineVideoCard: (value: VirtualMachineVideoCard) => string;
declare function encodeExact$VirtualMachineVideoCard(v: VirtualMachineVideoCard): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVirtualDeviceGroups (what `decodeVirtualMachineVirtualDeviceGroups` reads back). */
export declare const encodeVirtualMachineVirtualDeviceGroups: typeof encodeExact$VirtualMachineVirtualDeviceGroups;
/** VI JSON text of a VirtualMachineVirtualDeviceGroups, every int64 digit kept. */
export declare const stringifyVirtualMachineVirtualDeviceGroups: (value: VirtualMachineVirtualDeviceGroups) => string;
declare function encodeExact$VirtualMachineVirtualDeviceGroups(v: VirtualMachineVirtualDeviceGroups): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVirtualDeviceGroupsDeviceGroup (what `decodeVirtualMachineVirtualDeviceGroupsDeviceGroup` reads back). */
export declare const encodeVirtualMachineVirtualDeviceGroupsDeviceGroup: typeof encodeExact$VirtualMachineVirtualDeviceGroupsDeviceGroup;
/** VI JSON text of a VirtualMachineVirtualDeviceGroupsDeviceGroup, every int64 digit kept. */
export declare const stringifyVirtualMachineVirtualDeviceGroupsDeviceGroup: (value: VirtualMachineVirtualDeviceGroupsDeviceGroup) => string;
declare function encodeExact$VirtualMachineVirtualDeviceGroupsDeviceGroup(v: VirtualMachineVirtualDeviceGroupsDeviceGroup): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVirtualDeviceSwap (what `decodeVirtualMachineVirtualDeviceSwap` reads back). */
export declare const encodeVirtualMachineVirtualDeviceSwap: typeof encodeExact$VirtualMachineVirtualDeviceSwap;
/** VI JSON text of a VirtualMachineVirtualDeviceSwap, every int64 digit kept. */
export declare const stringifyVirtualMachineVirtualDeviceSwap: (value: VirtualMachineVirtualDeviceSwap) => string;
declare function encodeExact$VirtualMachineVirtualDeviceSwap(v: VirtualMachineVirtualDeviceSwap): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVirtualDeviceSwapDeviceSwapInfo (what `decodeVirtualMachineVirtualDeviceSwapDeviceSwapInfo` reads back). */
export declare const encodeVirtualMachineVirtualDeviceSwapDeviceSwapInfo: typeof encodeExact$VirtualMachineVirtualDeviceSwapDeviceSwapInfo;
/** VI JSON text of a VirtualMachineVirtualDeviceSwapDeviceSwapInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineVirtualDeviceSwapDeviceSwapInfo: (value: VirtualMachineVirtualDeviceSwapDeviceSwapInfo) => string;
declare function encodeExact$VirtualMachineVirtualDeviceSwapDeviceSwapInfo(v: VirtualMachineVirtualDeviceSwapDeviceSwapInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVirtualNuma (what `decodeVirtualMachineVirtualNuma` reads back). */
export declare const encodeVirtualMachineVirtualNuma: typeof encodeExact$VirtualMachineVirtualNuma;
/** VI JSON text of a VirtualMachineVirtualNuma, every int64 digit kept. */
export declare const stringifyVirtualMachineVirtualNuma: (value: VirtualMachineVirtualNuma) => string;
declare function encodeExact$VirtualMachineVirtualNuma(v: VirtualMachineVirtualNuma): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVirtualNumaInfo (what `decodeVirtualMachineVirtualNumaInfo` reads back). */
export declare const encodeVirtualMachineVirtualNumaInfo: typeof encodeExact$VirtualMachineVirtualNumaInfo;
/** VI JSON text of a VirtualMachineVirtualNumaInfo, every int64 digit kept. */
export declare const stringifyVirtualMachineVirtualNumaInfo: (value: VirtualMachineVirtualNumaInfo) => string;
declare function encodeExact$VirtualMachineVirtualNumaInfo(v: VirtualMachineVirtualNumaInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualMachineVirtualPMem (what `decodeVirtualMachineVirtualPMem` reads back). */
export declare const encodeVirtualMachineVirtualPMem: typeof encodeExact$VirtualMachineVirtualPMem;
/** VI JSON text of a VirtualMachineVirtualPMem, every int64 digit kept. */
export declare const stringifyVirtualMachineVirtualPMem: (value: VirtualMachineVirtualPMem) => string;
declare function encodeExact$VirtualMachineVirtualPMem(v: VirtualMachineVirtualPMem): rt.WireObject;
/** The VI JSON wire form of a VirtualPCIController (what `decodeVirtualPCIController` reads back). */
export declare const encodeVirtualPCIController: typeof encodeExact$VirtualPCIController;
/** VI JSON text of a VirtualPCIController, every int64 digit kept. */
export declare const stringifyVirtualPCIController: (value: VirtualPCIController) => string;
declare function encodeExact$VirtualPCIController(v: VirtualPCIController): rt.WireObject;
/** The VI JSON wire form of a VirtualPCNet32 (what `decodeVirtualPCNet32` reads back). */
export declare const encodeVirtualPCNet32: typeof encodeExact$VirtualPCNet32;
/** VI JSON text of a VirtualPCNet32, every int64 digit kept. */
export declare const stringifyVirtualPCNet32: (value: VirtualPCNet32) => string;
declare function encodeExact$VirtualPCNet32(v: VirtualPCNet32): rt.WireObject;
/** The VI JSON wire form of a VirtualPS2Controller (what `decodeVirtualPS2Controller` reads back). */
export declare const encodeVirtualPS2Controller: typeof encodeExact$VirtualPS2Controller;
/** VI JSON text of a VirtualPS2Controller, every int64 digit kept. */
export declare const stringifyVirtualPS2Controller: (value: VirtualPS2Controller) => string;
declare function encodeExact$VirtualPS2Controller(v: VirtualPS2Controller): rt.WireObject;
/** The VI JSON wire form of a VirtualPointingDevice (what `decodeVirtualPointingDevice` reads back). */
export declare const encodeVirtualPointingDevice: typeof encodeExact$VirtualPointingDevice;
/** VI JSON text of a VirtualPointingDevice, every int64 digit kept. */
export declare const stringifyVirtualPointingDevice: (value: VirtualPointingDevice) => string;
declare function encodeExact$VirtualPointingDevice(v: VirtualPointingDevice): rt.WireObject;
/** The VI JSON wire form of a VirtualPointingDeviceDeviceBackingInfo (what `decodeVirtualPointingDeviceDeviceBackingInfo` reads back). */
export declare const encodeVirtualPointingDeviceDeviceBackingInfo: typeof encodeExact$VirtualPointingDeviceDeviceBackingInfo;
/** VI JSON text of a VirtualPointingDeviceDeviceBackingInfo, every int64 digit kept. */
export declare const stringifyVirtualPointingDeviceDeviceBackingInfo: (value: VirtualPointingDeviceDeviceBackingInfo) => string;
declare function encodeExact$VirtualPointingDeviceDeviceBackingInfo(v: VirtualPointingDeviceDeviceBackingInfo): rt.WireObject;
/** The VI JSON wire form of a VirtualSCSIController (what `decodeVirtualSCSIController` reads back). */
export declare const encodeVirtualSCSIController: typeof encodeAt$VirtualSCSIController;
/** VI JSON text of a VirtualSCSIController, every int64 digit kept. */
export declare const stringifyVirtualSCSIController: (value: AnyVirtualSCSIController) => string;
declare function encodeAt$VirtualSCSIController(v: AnyVirtualSCSIController): rt.WireObject;
/** The VI JSON wire form of a VirtualSIOController (what `decodeVirtualSIOController` reads back). */
export declare const encodeVirtualSIOController: typeof encodeExact$VirtualSIOController;
/** VI JSON text of a VirtualSIOController, every int64 digit kept. */
export declare const stringifyVirtualSIOController: (value: VirtualSIOController) => string;
declare function encodeExact$VirtualSIOController(v: VirtualSIOController): rt.WireObject;
/** The VI JSON wire form of a VirtualVmxnet (what `decodeVirtualVmxnet` reads back). */
export declare const encodeVirtualVmxnet: typeof encodeAt$VirtualVmxnet;
/** VI JSON text of a VirtualVmxnet, every int64 digit kept. */
export declare const stringifyVirtualVmxnet: (value: AnyVirtualVmxnet) => string;
declare function encodeAt$VirtualVmxnet(v: AnyVirtualVmxnet): rt.WireObject;
/** The VI JSON wire form of a VirtualVmxnet3 (what `decodeVirtualVmxnet3` reads back). */
export declare const encodeVirtualVmxnet3: typeof encodeExact$VirtualVmxnet3;
/** VI JSON text of a VirtualVmxnet3, every int64 digit kept. */
export declare const stringifyVirtualVmxnet3: (value: VirtualVmxnet3) => string;
declare function encodeExact$VirtualVmxnet3(v: VirtualVmxnet3): rt.WireObject;
/** The VI JSON wire form of a VmAcquiredMksTicketEvent (what `decodeVmAcquiredMksTicketEvent` reads back). */
export declare const encodeVmAcquiredMksTicketEvent: typeof encodeExact$VmAcquiredMksTicketEvent;
/** VI JSON text of a VmAcquiredMksTicketEvent, every int64 digit kept. */
export declare const stringifyVmAcquiredMksTicketEvent: (value: VmAcquiredMksTicketEvent) => string;
declare function encodeExact$VmAcquiredMksTicketEvent(v: VmAcquiredMksTicketEvent): rt.WireObject;
/** The VI JSON wire form of a VmAcquiredTicketEvent (what `decodeVmAcquiredTicketEvent` reads back). */
export declare const encodeVmAcquiredTicketEvent: typeof encodeExact$VmAcquiredTicketEvent;
/** VI JSON text of a VmAcquiredTicketEvent, every int64 digit kept. */
export declare const stringifyVmAcquiredTicketEvent: (value: VmAcquiredTicketEvent) => string;
declare function encodeExact$VmAcquiredTicketEvent(v: VmAcquiredTicketEvent): rt.WireObject;
/** The VI JSON wire form of a VmAutoRenameEvent (what `decodeVmAutoRenameEvent` reads back). */
export declare const encodeVmAutoRenameEvent: typeof encodeExact$VmAutoRenameEvent;
/** VI JSON text of a VmAutoRenameEvent, every int64 digit kept. */
export declare const stringifyVmAutoRenameEvent: (value: VmAutoRenameEvent) => string;
declare function encodeExact$VmAutoRenameEvent(v: VmAutoRenameEvent): rt.WireObject;
/** The VI JSON wire form of a VmBeingClonedEvent (what `decodeVmBeingClonedEvent` reads back). */
export declare const encodeVmBeingClonedEvent: typeof encodeExact$VmBeingClonedEvent;
/** VI JSON text of a VmBeingClonedEvent, every int64 digit kept. */
export declare const stringifyVmBeingClonedEvent: (value: VmBeingClonedEvent) => string;
declare function encodeExact$VmBeingClonedEvent(v: VmBeingClonedEvent): rt.WireObject;
/** The VI JSON wire form of a VmBeingClonedNoFolderEvent (what `decodeVmBeingClonedNoFolderEvent` reads back). */
export declare const encodeVmBeingClonedNoFolderEvent: typeof encodeExact$VmBeingClonedNoFolderEvent;
/** VI JSON text of a VmBeingClonedNoFolderEvent, every int64 digit kept. */
export declare const stringifyVmBeingClonedNoFolderEvent: (value: VmBeingClonedNoFolderEvent) => string;
declare function encodeExact$VmBeingClonedNoFolderEvent(v: VmBeingClonedNoFolderEvent): rt.WireObject;
/** The VI JSON wire form of a VmBeingCreatedEvent (what `decodeVmBeingCreatedEvent` reads back). */
export declare const encodeVmBeingCreatedEvent: typeof encodeExact$VmBeingCreatedEvent;
/** VI JSON text of a VmBeingCreatedEvent, every int64 digit kept. */
export declare const stringifyVmBeingCreatedEvent: (value: VmBeingCreatedEvent) => string;
declare function encodeExact$VmBeingCreatedEvent(v: VmBeingCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a VmBeingDeployedEvent (what `decodeVmBeingDeployedEvent` reads back). */
export declare const encodeVmBeingDeployedEvent: typeof encodeExact$VmBeingDeployedEvent;
/** VI JSON text of a VmBeingDeployedEvent, every int64 digit kept. */
export declare const stringifyVmBeingDeployedEvent: (value: VmBeingDeployedEvent) => string;
declare function encodeExact$VmBeingDeployedEvent(v: VmBeingDeployedEvent): rt.WireObject;
/** The VI JSON wire form of a VmBeingHotMigratedEvent (what `decodeVmBeingHotMigratedEvent` reads back). */
export declare const encodeVmBeingHotMigratedEvent: typeof encodeExact$VmBeingHotMigratedEvent;
/** VI JSON text of a VmBeingHotMigratedEvent, every int64 digit kept. */
export declare const stringifyVmBeingHotMigratedEvent: (value: VmBeingHotMigratedEvent) => string;
declare function encodeExact$VmBeingHotMigratedEvent(v: VmBeingHotMigratedEvent): rt.WireObject;
/** The VI JSON wire form of a VmBeingMigratedEvent (what `decodeVmBeingMigratedEvent` reads back). */
export declare const encodeVmBeingMigratedEvent: typeof encodeExact$VmBeingMigratedEvent;
/** VI JSON text of a VmBeingMigratedEvent, every int64 digit kept. */
export declare const stringifyVmBeingMigratedEvent: (value: VmBeingMigratedEvent) => string;
declare function encodeExact$VmBeingMigratedEvent(v: VmBeingMigratedEvent): rt.WireObject;
/** The VI JSON wire form of a VmBeingRelocatedEvent (what `decodeVmBeingRelocatedEvent` reads back). */
export declare const encodeVmBeingRelocatedEvent: typeof encodeExact$VmBeingRelocatedEvent;
/** VI JSON text of a VmBeingRelocatedEvent, every int64 digit kept. */
export declare const stringifyVmBeingRelocatedEvent: (value: VmBeingRelocatedEvent) => string;
declare function encodeExact$VmBeingRelocatedEvent(v: VmBeingRelocatedEvent): rt.WireObject;
/** The VI JSON wire form of a VmCloneEvent (what `decodeVmCloneEvent` reads back). */
export declare const encodeVmCloneEvent: typeof encodeAt$VmCloneEvent;
/** VI JSON text of a VmCloneEvent, every int64 digit kept. */
export declare const stringifyVmCloneEvent: (value: AnyVmCloneEvent) => string;
declare function encodeAt$VmCloneEvent(v: AnyVmCloneEvent): rt.WireObject;
/** The VI JSON wire form of a VmCloneFailedEvent (what `decodeVmCloneFailedEvent` reads back). */
export declare const encodeVmCloneFailedEvent: typeof encodeExact$VmCloneFailedEvent;
/** VI JSON text of a VmCloneFailedEvent, every int64 digit kept. */
export declare const stringifyVmCloneFailedEvent: (value: VmCloneFailedEvent) => string;
declare function encodeExact$VmCloneFailedEvent(v: VmCloneFailedEvent): rt.WireObject;
/** The VI JSON wire form of a VmClonedEvent (what `decodeVmClonedEvent` reads back). */
export declare const encodeVmClonedEvent: typeof encodeExact$VmClonedEvent;
/** VI JSON text of a VmClonedEvent, every int64 digit kept. */
export declare const stringifyVmClonedEvent: (value: VmClonedEvent) => string;
declare function encodeExact$VmClonedEvent(v: VmClonedEvent): rt.WireObject;
/** The VI JSON wire form of a VmConfigFault (what `decodeVmConfigFault` reads back). */
export declare const encodeVmConfigFault: typeof encodeExact$VmConfigFault;
/** VI JSON text of a VmConfigFault, every int64 digit kept. */
export declare const stringifyVmConfigFault: (value: VmConfigFault) => string;
declare function encodeExact$VmConfigFault(v: VmConfigFault): rt.WireObject;
/** The VI JSON wire form of a VmConfigInfo (what `decodeVmConfigInfo` reads back). */
export declare const encodeVmConfigInfo: typeof encodeExact$VmConfigInfo;
/** VI JSON text of a VmConfigInfo, every int64 digit kept. */
export declare const stringifyVmConfigInfo: (value: VmConfigInfo) => string;
declare function encodeExact$VmConfigInfo(v: VmConfigInfo): rt.WireObject;
/** The VI JSON wire form of a VmConfigMissingEvent (what `decodeVmConfigMissingEvent` reads back). */
export declare const encodeVmConfigMissingEvent: typeof encodeExact$VmConfigMissingEvent;
/** VI JSON text of a VmConfigMissingEvent, every int64 digit kept. */
export declare const stringifyVmConfigMissingEvent: (value: VmConfigMissingEvent) => string;
declare function encodeExact$VmConfigMissingEvent(v: VmConfigMissingEvent): rt.WireObject;
/** The VI JSON wire form of a VmConfigSpec (what `decodeVmConfigSpec` reads back). */
export declare const encodeVmConfigSpec: typeof encodeExact$VmConfigSpec;
/** VI JSON text of a VmConfigSpec, every int64 digit kept. */
export declare const stringifyVmConfigSpec: (value: VmConfigSpec) => string;
declare function encodeExact$VmConfigSpec(v: VmConfigSpec): rt.WireObject;
/** The VI JSON wire form of a VmConnectedEvent (what `decodeVmConnectedEvent` reads back). */
export declare const encodeVmConnectedEvent: typeof encodeExact$VmConnectedEvent;
/** VI JSON text of a VmConnectedEvent, every int64 digit kept. */
export declare const stringifyVmConnectedEvent: (value: VmConnectedEvent) => string;
declare function encodeExact$VmConnectedEvent(v: VmConnectedEvent): rt.WireObject;
/** The VI JSON wire form of a VmCreatedEvent (what `decodeVmCreatedEvent` reads back). */
export declare const encodeVmCreatedEvent: typeof encodeExact$VmCreatedEvent;
/** VI JSON text of a VmCreatedEvent, every int64 digit kept. */
export declare const stringifyVmCreatedEvent: (value: VmCreatedEvent) => string;
declare function encodeExact$VmCreatedEvent(v: VmCreatedEvent): rt.WireObject;
/** The VI JSON wire form of a VmDasBeingResetEvent (what `decodeVmDasBeingResetEvent` reads back). */
export declare const encodeVmDasBeingResetEvent: typeof encodeAt$VmDasBeingResetEvent;
/** VI JSON text of a VmDasBeingResetEvent, every int64 digit kept. */
export declare const stringifyVmDasBeingResetEvent: (value: AnyVmDasBeingResetEvent) => string;
declare function encodeAt$VmDasBeingResetEvent(v: AnyVmDasBeingResetEvent): rt.WireObject;
/** The VI JSON wire form of a VmDasBeingResetWithScreenshotEvent (what `decodeVmDasBeingResetWithScreenshotEvent` reads back). */
export declare const encodeVmDasBeingResetWithScreenshotEvent: typeof encodeExact$VmDasBeingResetWithScreenshotEvent;
/** VI JSON text of a VmDasBeingResetWithScreenshotEvent, every int64 digit kept. */
export declare const stringifyVmDasBeingResetWithScreenshotEvent: (value: VmDasBeingResetWithScreenshotEvent) => string;
declare function encodeExact$VmDasBeingResetWithScreenshotEvent(v: VmDasBeingResetWithScreenshotEvent): rt.WireObject;
/** The VI JSON wire form of a VmDasResetFailedEvent (what `decodeVmDasResetFailedEvent` reads back). */
export declare const encodeVmDasResetFailedEvent: typeof encodeExact$VmDasResetFailedEvent;
/** VI JSON text of a VmDasResetFailedEvent, every int64 digit kept. */
export declare const stringifyVmDasResetFailedEvent: (value: VmDasResetFailedEvent) => string;
declare function encodeExact$VmDasResetFailedEvent(v: VmDasResetFailedEvent): rt.WireObject;
/** The VI JSON wire form of a VmDasUpdateErrorEvent (what `decodeVmDasUpdateErrorEvent` reads back). */
export declare const encodeVmDasUpdateErrorEvent: typeof encodeExact$VmDasUpdateErrorEvent;
/** VI JSON text of a VmDasUpdateErrorEvent, every int64 digit kept. */
export declare const stringifyVmDasUpdateErrorEvent: (value: VmDasUpdateErrorEvent) => string;
declare function encodeExact$VmDasUpdateErrorEvent(v: VmDasUpdateErrorEvent): rt.WireObject;
/** The VI JSON wire form of a VmDasUpdateOkEvent (what `decodeVmDasUpdateOkEvent` reads back). */
export declare const encodeVmDasUpdateOkEvent: typeof encodeExact$VmDasUpdateOkEvent;
/** VI JSON text of a VmDasUpdateOkEvent, every int64 digit kept. */
export declare const stringifyVmDasUpdateOkEvent: (value: VmDasUpdateOkEvent) => string;
declare function encodeExact$VmDasUpdateOkEvent(v: VmDasUpdateOkEvent): rt.WireObject;
/** The VI JSON wire form of a VmDateRolledBackEvent (what `decodeVmDateRolledBackEvent` reads back). */
export declare const encodeVmDateRolledBackEvent: typeof encodeExact$VmDateRolledBackEvent;
/** VI JSON text of a VmDateRolledBackEvent, every int64 digit kept. */
export declare const stringifyVmDateRolledBackEvent: (value: VmDateRolledBackEvent) => string;
declare function encodeExact$VmDateRolledBackEvent(v: VmDateRolledBackEvent): rt.WireObject;
/** The VI JSON wire form of a VmDeployFailedEvent (what `decodeVmDeployFailedEvent` reads back). */
export declare const encodeVmDeployFailedEvent: typeof encodeExact$VmDeployFailedEvent;
/** VI JSON text of a VmDeployFailedEvent, every int64 digit kept. */
export declare const stringifyVmDeployFailedEvent: (value: VmDeployFailedEvent) => string;
declare function encodeExact$VmDeployFailedEvent(v: VmDeployFailedEvent): rt.WireObject;
/** The VI JSON wire form of a VmDeployedEvent (what `decodeVmDeployedEvent` reads back). */
export declare const encodeVmDeployedEvent: typeof encodeExact$VmDeployedEvent;
/** VI JSON text of a VmDeployedEvent, every int64 digit kept. */
export declare const stringifyVmDeployedEvent: (value: VmDeployedEvent) => string;
declare function encodeExact$VmDeployedEvent(v: VmDeployedEvent): rt.WireObject;
/** The VI JSON wire form of a VmDisconnectedEvent (what `decodeVmDisconnectedEvent` reads back). */
export declare const encodeVmDisconnectedEvent: typeof encodeExact$VmDisconnectedEvent;
/** VI JSON text of a VmDisconnectedEvent, every int64 digit kept. */
export declare const stringifyVmDisconnectedEvent: (value: VmDisconnectedEvent) => string;
declare function encodeExact$VmDisconnectedEvent(v: VmDisconnectedEvent): rt.WireObject;
/** The VI JSON wire form of a VmDiscoveredEvent (what `decodeVmDiscoveredEvent` reads back). */
export declare const encodeVmDiscoveredEvent: typeof encodeExact$VmDiscoveredEvent;
/** VI JSON text of a VmDiscoveredEvent, every int64 digit kept. */
export declare const stringifyVmDiscoveredEvent: (value: VmDiscoveredEvent) => string;
declare function encodeExact$VmDiscoveredEvent(v: VmDiscoveredEvent): rt.WireObject;
/** The VI JSON wire form of a VmDiskFailedEvent (what `decodeVmDiskFailedEvent` reads back). */
export declare const encodeVmDiskFailedEvent: typeof encodeExact$VmDiskFailedEvent;
/** VI JSON text of a VmDiskFailedEvent, every int64 digit kept. */
export declare const stringifyVmDiskFailedEvent: (value: VmDiskFailedEvent) => string;
declare function encodeExact$VmDiskFailedEvent(v: VmDiskFailedEvent): rt.WireObject;
/** The VI JSON wire form of a VmEmigratingEvent (what `decodeVmEmigratingEvent` reads back). */
export declare const encodeVmEmigratingEvent: typeof encodeExact$VmEmigratingEvent;
/** VI JSON text of a VmEmigratingEvent, every int64 digit kept. */
export declare const stringifyVmEmigratingEvent: (value: VmEmigratingEvent) => string;
declare function encodeExact$VmEmigratingEvent(v: VmEmigratingEvent): rt.WireObject;
/** The VI JSON wire form of a VmEndRecordingEvent (what `decodeVmEndRecordingEvent` reads back). */
export declare const encodeVmEndRecordingEvent: typeof encodeExact$VmEndRecordingEvent;
/** VI JSON text of a VmEndRecordingEvent, every int64 digit kept. */
export declare const stringifyVmEndRecordingEvent: (value: VmEndRecordingEvent) => string;
declare function encodeExact$VmEndRecordingEvent(v: VmEndRecordingEvent): rt.WireObject;
/** The VI JSON wire form of a VmEndReplayingEvent (what `decodeVmEndReplayingEvent` reads back). */
export declare const encodeVmEndReplayingEvent: typeof encodeExact$VmEndReplayingEvent;
/** VI JSON text of a VmEndReplayingEvent, every int64 digit kept. */
export declare const stringifyVmEndReplayingEvent: (value: VmEndReplayingEvent) => string;
declare function encodeExact$VmEndReplayingEvent(v: VmEndReplayingEvent): rt.WireObject;
/** The VI JSON wire form of a VmEvent (what `decodeVmEvent` reads back). */
export declare const encodeVmEvent: typeof encodeAt$VmEvent;
/** VI JSON text of a VmEvent, every int64 digit kept. */
export declare const stringifyVmEvent: (value: AnyVmEvent) => string;
declare function encodeAt$VmEvent(v: AnyVmEvent): rt.WireObject;
/** The VI JSON wire form of a VmEventArgument (what `decodeVmEventArgument` reads back). */
export declare const encodeVmEventArgument: typeof encodeExact$VmEventArgument;
/** VI JSON text of a VmEventArgument, every int64 digit kept. */
export declare const stringifyVmEventArgument: (value: VmEventArgument) => string;
declare function encodeExact$VmEventArgument(v: VmEventArgument): rt.WireObject;
/** The VI JSON wire form of a VmFailedMigrateEvent (what `decodeVmFailedMigrateEvent` reads back). */
export declare const encodeVmFailedMigrateEvent: typeof encodeExact$VmFailedMigrateEvent;
/** VI JSON text of a VmFailedMigrateEvent, every int64 digit kept. */
export declare const stringifyVmFailedMigrateEvent: (value: VmFailedMigrateEvent) => string;
declare function encodeExact$VmFailedMigrateEvent(v: VmFailedMigrateEvent): rt.WireObject;
/** The VI JSON wire form of a VmFailedRelayoutEvent (what `decodeVmFailedRelayoutEvent` reads back). */
export declare const encodeVmFailedRelayoutEvent: typeof encodeExact$VmFailedRelayoutEvent;
/** VI JSON text of a VmFailedRelayoutEvent, every int64 digit kept. */
export declare const stringifyVmFailedRelayoutEvent: (value: VmFailedRelayoutEvent) => string;
declare function encodeExact$VmFailedRelayoutEvent(v: VmFailedRelayoutEvent): rt.WireObject;
/** The VI JSON wire form of a VmFailedRelayoutOnVmfs2DatastoreEvent (what `decodeVmFailedRelayoutOnVmfs2DatastoreEvent` reads back). */
export declare const encodeVmFailedRelayoutOnVmfs2DatastoreEvent: typeof encodeExact$VmFailedRelayoutOnVmfs2DatastoreEvent;
/** VI JSON text of a VmFailedRelayoutOnVmfs2DatastoreEvent, every int64 digit kept. */
export declare const stringifyVmFailedRelayoutOnVmfs2DatastoreEvent: (value: VmFailedRelayoutOnVmfs2DatastoreEvent) => string;
declare function encodeExact$VmFailedRelayoutOnVmfs2DatastoreEvent(v: VmFailedRelayoutOnVmfs2DatastoreEvent): rt.WireObject;
/** The VI JSON wire form of a VmFailedStartingSecondaryEvent (what `decodeVmFailedStartingSecondaryEvent` reads back). */
export declare const encodeVmFailedStartingSecondaryEvent: typeof encodeExact$VmFailedStartingSecondaryEvent;
/** VI JSON text of a VmFailedStartingSecondaryEvent, every int64 digit kept. */
export declare const stringifyVmFailedStartingSecondaryEvent: (value: VmFailedStartingSecondaryEvent) => string;
declare function encodeExact$VmFailedStartingSecondaryEvent(v: VmFailedStartingSecondaryEvent): rt.WireObject;
/** The VI JSON wire form of a VmFailedToPowerOffEvent (what `decodeVmFailedToPowerOffEvent` reads back). */
export declare const encodeVmFailedToPowerOffEvent: typeof encodeExact$VmFailedToPowerOffEvent;
/** VI JSON text of a VmFailedToPowerOffEvent, every int64 digit kept. */
export declare const stringifyVmFailedToPowerOffEvent: (value: VmFailedToPowerOffEvent) => string;
declare function encodeExact$VmFailedToPowerOffEvent(v: VmFailedToPowerOffEvent): rt.WireObject;
/** The VI JSON wire form of a VmFailedToPowerOnEvent (what `decodeVmFailedToPowerOnEvent` reads back). */
export declare const encodeVmFailedToPowerOnEvent: typeof encodeExact$VmFailedToPowerOnEvent;
/** VI JSON text of a VmFailedToPowerOnEvent, every int64 digit kept. */
export declare const stringifyVmFailedToPowerOnEvent: (value: VmFailedToPowerOnEvent) => string;
declare function encodeExact$VmFailedToPowerOnEvent(v: VmFailedToPowerOnEvent): rt.WireObject;
/** The VI JSON wire form of a VmFailedToRebootGuestEvent (what `decodeVmFailedToRebootGuestEvent` reads back). */
export declare const encodeVmFailedToRebootGuestEvent: typeof encodeExact$VmFailedToRebootGuestEvent;
/** VI JSON text of a VmFailedToRebootGuestEvent, every int64 digit kept. */
export declare const stringifyVmFailedToRebootGuestEvent: (value: VmFailedToRebootGuestEvent) => string;
declare function encodeExact$VmFailedToRebootGuestEvent(v: VmFailedToRebootGuestEvent): rt.WireObject;
/** The VI JSON wire form of a VmFailedToResetEvent (what `decodeVmFailedToResetEvent` reads back). */
export declare const encodeVmFailedToResetEvent: typeof encodeExact$VmFailedToResetEvent;
/** VI JSON text of a VmFailedToResetEvent, every int64 digit kept. */
export declare const stringifyVmFailedToResetEvent: (value: VmFailedToResetEvent) => string;
declare function encodeExact$VmFailedToResetEvent(v: VmFailedToResetEvent): rt.WireObject;
/** The VI JSON wire form of a VmFailedToShutdownGuestEvent (what `decodeVmFailedToShutdownGuestEvent` reads back). */
export declare const encodeVmFailedToShutdownGuestEvent: typeof encodeExact$VmFailedToShutdownGuestEvent;
/** VI JSON text of a VmFailedToShutdownGuestEvent, every int64 digit kept. */
export declare const stringifyVmFailedToShutdownGuestEvent: (value: VmFailedToShutdownGuestEvent) => string;
declare function encodeExact$VmFailedToShutdownGuestEvent(v: VmFailedToShutdownGuestEvent): rt.WireObject;
/** The VI JSON wire form of a VmFailedToStandbyGuestEvent (what `decodeVmFailedToStandbyGuestEvent` reads back). */
export declare const encodeVmFailedToStandbyGuestEvent: typeof encodeExact$VmFailedToStandbyGuestEvent;
/** VI JSON text of a VmFailedToStandbyGuestEvent, every int64 digit kept. */
export declare const stringifyVmFailedToStandbyGuestEvent: (value: VmFailedToStandbyGuestEvent) => string;
declare function encodeExact$VmFailedToStandbyGuestEvent(v: VmFailedToStandbyGuestEvent): rt.WireObject;
/** The VI JSON wire form of a VmFailedToSuspendEvent (what `decodeVmFailedToSuspendEvent` reads back). */
export declare const encodeVmFailedToSuspendEvent: typeof encodeExact$VmFailedToSuspendEvent;
/** VI JSON text of a VmFailedToSuspendEvent, every int64 digit kept. */
export declare const stringifyVmFailedToSuspendEvent: (value: VmFailedToSuspendEvent) => string;
declare function encodeExact$VmFailedToSuspendEvent(v: VmFailedToSuspendEvent): rt.WireObject;
/** The VI JSON wire form of a VmFailedUpdatingSecondaryConfig (what `decodeVmFailedUpdatingSecondaryConfig` reads back). */
export declare const encodeVmFailedUpdatingSecondaryConfig: typeof encodeExact$VmFailedUpdatingSecondaryConfig;
/** VI JSON text of a VmFailedUpdatingSecondaryConfig, every int64 digit kept. */
export declare const stringifyVmFailedUpdatingSecondaryConfig: (value: VmFailedUpdatingSecondaryConfig) => string;
declare function encodeExact$VmFailedUpdatingSecondaryConfig(v: VmFailedUpdatingSecondaryConfig): rt.WireObject;
/** The VI JSON wire form of a VmFailoverFailed (what `decodeVmFailoverFailed` reads back). */
export declare const encodeVmFailoverFailed: typeof encodeExact$VmFailoverFailed;
/** VI JSON text of a VmFailoverFailed, every int64 digit kept. */
export declare const stringifyVmFailoverFailed: (value: VmFailoverFailed) => string;
declare function encodeExact$VmFailoverFailed(v: VmFailoverFailed): rt.WireObject;
/** The VI JSON wire form of a VmFaultToleranceStateChangedEvent (what `decodeVmFaultToleranceStateChangedEvent` reads back). */
export declare const encodeVmFaultToleranceStateChangedEvent: typeof encodeExact$VmFaultToleranceStateChangedEvent;
/** VI JSON text of a VmFaultToleranceStateChangedEvent, every int64 digit kept. */
export declare const stringifyVmFaultToleranceStateChangedEvent: (value: VmFaultToleranceStateChangedEvent) => string;
declare function encodeExact$VmFaultToleranceStateChangedEvent(v: VmFaultToleranceStateChangedEvent): rt.WireObject;
/** The VI JSON wire form of a VmFaultToleranceTurnedOffEvent (what `decodeVmFaultToleranceTurnedOffEvent` reads back). */
export declare const encodeVmFaultToleranceTurnedOffEvent: typeof encodeExact$VmFaultToleranceTurnedOffEvent;
/** VI JSON text of a VmFaultToleranceTurnedOffEvent, every int64 digit kept. */
export declare const stringifyVmFaultToleranceTurnedOffEvent: (value: VmFaultToleranceTurnedOffEvent) => string;
declare function encodeExact$VmFaultToleranceTurnedOffEvent(v: VmFaultToleranceTurnedOffEvent): rt.WireObject;
/** The VI JSON wire form of a VmFaultToleranceVmTerminatedEvent (what `decodeVmFaultToleranceVmTerminatedEvent` reads back). */
export declare const encodeVmFaultToleranceVmTerminatedEvent: typeof encodeExact$VmFaultToleranceVmTerminatedEvent;
/** VI JSON text of a VmFaultToleranceVmTerminatedEvent, every int64 digit kept. */
export declare const stringifyVmFaultToleranceVmTerminatedEvent: (value: VmFaultToleranceVmTerminatedEvent) => string;
declare function encodeExact$VmFaultToleranceVmTerminatedEvent(v: VmFaultToleranceVmTerminatedEvent): rt.WireObject;
/** The VI JSON wire form of a VmGuestOSCrashedEvent (what `decodeVmGuestOSCrashedEvent` reads back). */
export declare const encodeVmGuestOSCrashedEvent: typeof encodeExact$VmGuestOSCrashedEvent;
/** VI JSON text of a VmGuestOSCrashedEvent, every int64 digit kept. */
export declare const stringifyVmGuestOSCrashedEvent: (value: VmGuestOSCrashedEvent) => string;
declare function encodeExact$VmGuestOSCrashedEvent(v: VmGuestOSCrashedEvent): rt.WireObject;
/** The VI JSON wire form of a VmGuestRebootEvent (what `decodeVmGuestRebootEvent` reads back). */
export declare const encodeVmGuestRebootEvent: typeof encodeExact$VmGuestRebootEvent;
/** VI JSON text of a VmGuestRebootEvent, every int64 digit kept. */
export declare const stringifyVmGuestRebootEvent: (value: VmGuestRebootEvent) => string;
declare function encodeExact$VmGuestRebootEvent(v: VmGuestRebootEvent): rt.WireObject;
/** The VI JSON wire form of a VmGuestShutdownEvent (what `decodeVmGuestShutdownEvent` reads back). */
export declare const encodeVmGuestShutdownEvent: typeof encodeExact$VmGuestShutdownEvent;
/** VI JSON text of a VmGuestShutdownEvent, every int64 digit kept. */
export declare const stringifyVmGuestShutdownEvent: (value: VmGuestShutdownEvent) => string;
declare function encodeExact$VmGuestShutdownEvent(v: VmGuestShutdownEvent): rt.WireObject;
/** The VI JSON wire form of a VmGuestStandbyEvent (what `decodeVmGuestStandbyEvent` reads back). */
export declare const encodeVmGuestStandbyEvent: typeof encodeExact$VmGuestStandbyEvent;
/** VI JSON text of a VmGuestStandbyEvent, every int64 digit kept. */
export declare const stringifyVmGuestStandbyEvent: (value: VmGuestStandbyEvent) => string;
declare function encodeExact$VmGuestStandbyEvent(v: VmGuestStandbyEvent): rt.WireObject;
/** The VI JSON wire form of a VmHealthMonitoringStateChangedEvent (what `decodeVmHealthMonitoringStateChangedEvent` reads back). */
export declare const encodeVmHealthMonitoringStateChangedEvent: typeof encodeExact$VmHealthMonitoringStateChangedEvent;
/** VI JSON text of a VmHealthMonitoringStateChangedEvent, every int64 digit kept. */
export declare const stringifyVmHealthMonitoringStateChangedEvent: (value: VmHealthMonitoringStateChangedEvent) => string;
declare function encodeExact$VmHealthMonitoringStateChangedEvent(v: VmHealthMonitoringStateChangedEvent): rt.WireObject;
/** The VI JSON wire form of a VmInstanceUuidAssignedEvent (what `decodeVmInstanceUuidAssignedEvent` reads back). */
export declare const encodeVmInstanceUuidAssignedEvent: typeof encodeExact$VmInstanceUuidAssignedEvent;
/** VI JSON text of a VmInstanceUuidAssignedEvent, every int64 digit kept. */
export declare const stringifyVmInstanceUuidAssignedEvent: (value: VmInstanceUuidAssignedEvent) => string;
declare function encodeExact$VmInstanceUuidAssignedEvent(v: VmInstanceUuidAssignedEvent): rt.WireObject;
/** The VI JSON wire form of a VmInstanceUuidChangedEvent (what `decodeVmInstanceUuidChangedEvent` reads back). */
export declare const encodeVmInstanceUuidChangedEvent: typeof encodeExact$VmInstanceUuidChangedEvent;
/** VI JSON text of a VmInstanceUuidChangedEvent, every int64 digit kept. */
export declare const stringifyVmInstanceUuidChangedEvent: (value: VmInstanceUuidChangedEvent) => string;
declare function encodeExact$VmInstanceUuidChangedEvent(v: VmInstanceUuidChangedEvent): rt.WireObject;
/** The VI JSON wire form of a VmInstanceUuidConflictEvent (what `decodeVmInstanceUuidConflictEvent` reads back). */
export declare const encodeVmInstanceUuidConflictEvent: typeof encodeExact$VmInstanceUuidConflictEvent;
/** VI JSON text of a VmInstanceUuidConflictEvent, every int64 digit kept. */
export declare const stringifyVmInstanceUuidConflictEvent: (value: VmInstanceUuidConflictEvent) => string;
declare function encodeExact$VmInstanceUuidConflictEvent(v: VmInstanceUuidConflictEvent): rt.WireObject;
/** The VI JSON wire form of a VmMacAssignedEvent (what `decodeVmMacAssignedEvent` reads back). */
export declare const encodeVmMacAssignedEvent: typeof encodeExact$VmMacAssignedEvent;
/** VI JSON text of a VmMacAssignedEvent, every int64 digit kept. */
export declare const stringifyVmMacAssignedEvent: (value: VmMacAssignedEvent) => string;
declare function encodeExact$VmMacAssignedEvent(v: VmMacAssignedEvent): rt.WireObject;
/** The VI JSON wire form of a VmMacChangedEvent (what `decodeVmMacChangedEvent` reads back). */
export declare const encodeVmMacChangedEvent: typeof encodeExact$VmMacChangedEvent;
/** VI JSON text of a VmMacChangedEvent, every int64 digit kept. */
export declare const stringifyVmMacChangedEvent: (value: VmMacChangedEvent) => string;
declare function encodeExact$VmMacChangedEvent(v: VmMacChangedEvent): rt.WireObject;
/** The VI JSON wire form of a VmMacConflictEvent (what `decodeVmMacConflictEvent` reads back). */
export declare const encodeVmMacConflictEvent: typeof encodeExact$VmMacConflictEvent;
/** VI JSON text of a VmMacConflictEvent, every int64 digit kept. */
export declare const stringifyVmMacConflictEvent: (value: VmMacConflictEvent) => string;
declare function encodeExact$VmMacConflictEvent(v: VmMacConflictEvent): rt.WireObject;
/** The VI JSON wire form of a VmMaxFTRestartCountReached (what `decodeVmMaxFTRestartCountReached` reads back). */
export declare const encodeVmMaxFTRestartCountReached: typeof encodeExact$VmMaxFTRestartCountReached;
/** VI JSON text of a VmMaxFTRestartCountReached, every int64 digit kept. */
export declare const stringifyVmMaxFTRestartCountReached: (value: VmMaxFTRestartCountReached) => string;
declare function encodeExact$VmMaxFTRestartCountReached(v: VmMaxFTRestartCountReached): rt.WireObject;
/** The VI JSON wire form of a VmMaxRestartCountReached (what `decodeVmMaxRestartCountReached` reads back). */
export declare const encodeVmMaxRestartCountReached: typeof encodeExact$VmMaxRestartCountReached;
/** VI JSON text of a VmMaxRestartCountReached, every int64 digit kept. */
export declare const stringifyVmMaxRestartCountReached: (value: VmMaxRestartCountReached) => string;
declare function encodeExact$VmMaxRestartCountReached(v: VmMaxRestartCountReached): rt.WireObject;
/** The VI JSON wire form of a VmMessageErrorEvent (what `decodeVmMessageErrorEvent` reads back). */
export declare const encodeVmMessageErrorEvent: typeof encodeExact$VmMessageErrorEvent;
/** VI JSON text of a VmMessageErrorEvent, every int64 digit kept. */
export declare const stringifyVmMessageErrorEvent: (value: VmMessageErrorEvent) => string;
declare function encodeExact$VmMessageErrorEvent(v: VmMessageErrorEvent): rt.WireObject;
/** The VI JSON wire form of a VmMessageEvent (what `decodeVmMessageEvent` reads back). */
export declare const encodeVmMessageEvent: typeof encodeExact$VmMessageEvent;
/** VI JSON text of a VmMessageEvent, every int64 digit kept. */
export declare const stringifyVmMessageEvent: (value: VmMessageEvent) => string;
declare function encodeExact$VmMessageEvent(v: VmMessageEvent): rt.WireObject;
/** The VI JSON wire form of a VmMessageWarningEvent (what `decodeVmMessageWarningEvent` reads back). */
export declare const encodeVmMessageWarningEvent: typeof encodeExact$VmMessageWarningEvent;
/** VI JSON text of a VmMessageWarningEvent, every int64 digit kept. */
export declare const stringifyVmMessageWarningEvent: (value: VmMessageWarningEvent) => string;
declare function encodeExact$VmMessageWarningEvent(v: VmMessageWarningEvent): rt.WireObject;
/** The VI JSON wire form of a VmMigratedEvent (what `decodeVmMigratedEvent` reads back). */
export declare const encodeVmMigratedEvent: typeof encodeAt$VmMigratedEvent;
/** VI JSON text of a VmMigratedEvent, every int64 digit kept. */
export declare const stringifyVmMigratedEvent: (value: AnyVmMigratedEvent) => string;
declare function encodeAt$VmMigratedEvent(v: AnyVmMigratedEvent): rt.WireObject;
/** The VI JSON wire form of a VmNoCompatibleHostForSecondaryEvent (what `decodeVmNoCompatibleHostForSecondaryEvent` reads back). */
export declare const encodeVmNoCompatibleHostForSecondaryEvent: typeof encodeExact$VmNoCompatibleHostForSecondaryEvent;
/** VI JSON text of a VmNoCompatibleHostForSecondaryEvent, every int64 digit kept. */
export declare const stringifyVmNoCompatibleHostForSecondaryEvent: (value: VmNoCompatibleHostForSecondaryEvent) => string;
declare function encodeExact$VmNoCompatibleHostForSecondaryEvent(v: VmNoCompatibleHostForSecondaryEvent): rt.WireObject;
/** The VI JSON wire form of a VmNoNetworkAccessEvent (what `decodeVmNoNetworkAccessEvent` reads back). */
export declare const encodeVmNoNetworkAccessEvent: typeof encodeExact$VmNoNetworkAccessEvent;
/** VI JSON text of a VmNoNetworkAccessEvent, every int64 digit kept. */
export declare const stringifyVmNoNetworkAccessEvent: (value: VmNoNetworkAccessEvent) => string;
declare function encodeExact$VmNoNetworkAccessEvent(v: VmNoNetworkAccessEvent): rt.WireObject;
/** The VI JSON wire form of a VmOrphanedEvent (what `decodeVmOrphanedEvent` reads back). */
export declare const encodeVmOrphanedEvent: typeof encodeExact$VmOrphanedEvent;
/** VI JSON text of a VmOrphanedEvent, every int64 digit kept. */
export declare const stringifyVmOrphanedEvent: (value: VmOrphanedEvent) => string;
declare function encodeExact$VmOrphanedEvent(v: VmOrphanedEvent): rt.WireObject;
/** The VI JSON wire form of a VmPlacementPolicy (what `decodeVmPlacementPolicy` reads back). */
export declare const encodeVmPlacementPolicy: typeof encodeExact$VmPlacementPolicy;
/** VI JSON text of a VmPlacementPolicy, every int64 digit kept. */
export declare const stringifyVmPlacementPolicy: (value: VmPlacementPolicy) => string;
declare function encodeExact$VmPlacementPolicy(v: VmPlacementPolicy): rt.WireObject;
/** The VI JSON wire form of a VmPowerOffOnIsolationEvent (what `decodeVmPowerOffOnIsolationEvent` reads back). */
export declare const encodeVmPowerOffOnIsolationEvent: typeof encodeExact$VmPowerOffOnIsolationEvent;
/** VI JSON text of a VmPowerOffOnIsolationEvent, every int64 digit kept. */
export declare const stringifyVmPowerOffOnIsolationEvent: (value: VmPowerOffOnIsolationEvent) => string;
declare function encodeExact$VmPowerOffOnIsolationEvent(v: VmPowerOffOnIsolationEvent): rt.WireObject;
/** The VI JSON wire form of a VmPoweredOffEvent (what `decodeVmPoweredOffEvent` reads back). */
export declare const encodeVmPoweredOffEvent: typeof encodeAt$VmPoweredOffEvent;
/** VI JSON text of a VmPoweredOffEvent, every int64 digit kept. */
export declare const stringifyVmPoweredOffEvent: (value: AnyVmPoweredOffEvent) => string;
declare function encodeAt$VmPoweredOffEvent(v: AnyVmPoweredOffEvent): rt.WireObject;
/** The VI JSON wire form of a VmPoweredOnEvent (what `decodeVmPoweredOnEvent` reads back). */
export declare const encodeVmPoweredOnEvent: typeof encodeAt$VmPoweredOnEvent;
/** VI JSON text of a VmPoweredOnEvent, every int64 digit kept. */
export declare const stringifyVmPoweredOnEvent: (value: AnyVmPoweredOnEvent) => string;
declare function encodeAt$VmPoweredOnEvent(v: AnyVmPoweredOnEvent): rt.WireObject;
/** The VI JSON wire form of a VmPoweringOnWithCustomizedDVPortEvent (what `decodeVmPoweringOnWithCustomizedDVPortEvent` reads back). */
export declare const encodeVmPoweringOnWithCustomizedDVPortEvent: typeof encodeExact$VmPoweringOnWithCustomizedDVPortEvent;
/** VI JSON text of a VmPoweringOnWithCustomizedDVPortEvent, every int64 digit kept. */
export declare const stringifyVmPoweringOnWithCustomizedDVPortEvent: (value: VmPoweringOnWithCustomizedDVPortEvent) => string;
declare function encodeExact$VmPoweringOnWithCustomizedDVPortEvent(v: VmPoweringOnWithCustomizedDVPortEvent): rt.WireObject;
/** The VI JSON wire form of a VmPrimaryFailoverEvent (what `decodeVmPrimaryFailoverEvent` reads back). */
export declare const encodeVmPrimaryFailoverEvent: typeof encodeExact$VmPrimaryFailoverEvent;
/** VI JSON text of a VmPrimaryFailoverEvent, every int64 digit kept. */
export declare const stringifyVmPrimaryFailoverEvent: (value: VmPrimaryFailoverEvent) => string;
declare function encodeExact$VmPrimaryFailoverEvent(v: VmPrimaryFailoverEvent): rt.WireObject;
/** The VI JSON wire form of a VmReconfiguredEvent (what `decodeVmReconfiguredEvent` reads back). */
export declare const encodeVmReconfiguredEvent: typeof encodeExact$VmReconfiguredEvent;
/** VI JSON text of a VmReconfiguredEvent, every int64 digit kept. */
export declare const stringifyVmReconfiguredEvent: (value: VmReconfiguredEvent) => string;
declare function encodeExact$VmReconfiguredEvent(v: VmReconfiguredEvent): rt.WireObject;
/** The VI JSON wire form of a VmRegisteredEvent (what `decodeVmRegisteredEvent` reads back). */
export declare const encodeVmRegisteredEvent: typeof encodeExact$VmRegisteredEvent;
/** VI JSON text of a VmRegisteredEvent, every int64 digit kept. */
export declare const stringifyVmRegisteredEvent: (value: VmRegisteredEvent) => string;
declare function encodeExact$VmRegisteredEvent(v: VmRegisteredEvent): rt.WireObject;
/** The VI JSON wire form of a VmRelayoutSuccessfulEvent (what `decodeVmRelayoutSuccessfulEvent` reads back). */
export declare const encodeVmRelayoutSuccessfulEvent: typeof encodeExact$VmRelayoutSuccessfulEvent;
/** VI JSON text of a VmRelayoutSuccessfulEvent, every int64 digit kept. */
export declare const stringifyVmRelayoutSuccessfulEvent: (value: VmRelayoutSuccessfulEvent) => string;
declare function encodeExact$VmRelayoutSuccessfulEvent(v: VmRelayoutSuccessfulEvent): rt.WireObject;
/** The VI JSON wire form of a VmRelayoutUpToDateEvent (what `decodeVmRelayoutUpToDateEvent` reads back). */
export declare const encodeVmRelayoutUpToDateEvent: typeof encodeExact$VmRelayoutUpToDateEvent;
/** VI JSON text of a VmRelayoutUpToDateEvent, every int64 digit kept. */
export declare const stringifyVmRelayoutUpToDateEvent: (value: VmRelayoutUpToDateEvent) => string;
declare function encodeExact$VmRelayoutUpToDateEvent(v: VmRelayoutUpToDateEvent): rt.WireObject;
/** The VI JSON wire form of a VmReloadFromPathEvent (what `decodeVmReloadFromPathEvent` reads back). */
export declare const encodeVmReloadFromPathEvent: typeof encodeExact$VmReloadFromPathEvent;
/** VI JSON text of a VmReloadFromPathEvent, every int64 digit kept. */
export declare const stringifyVmReloadFromPathEvent: (value: VmReloadFromPathEvent) => string;
declare function encodeExact$VmReloadFromPathEvent(v: VmReloadFromPathEvent): rt.WireObject;
/** The VI JSON wire form of a VmReloadFromPathFailedEvent (what `decodeVmReloadFromPathFailedEvent` reads back). */
export declare const encodeVmReloadFromPathFailedEvent: typeof encodeExact$VmReloadFromPathFailedEvent;
/** VI JSON text of a VmReloadFromPathFailedEvent, every int64 digit kept. */
export declare const stringifyVmReloadFromPathFailedEvent: (value: VmReloadFromPathFailedEvent) => string;
declare function encodeExact$VmReloadFromPathFailedEvent(v: VmReloadFromPathFailedEvent): rt.WireObject;
/** The VI JSON wire form of a VmRelocateFailedEvent (what `decodeVmRelocateFailedEvent` reads back). */
export declare const encodeVmRelocateFailedEvent: typeof encodeExact$VmRelocateFailedEvent;
/** VI JSON text of a VmRelocateFailedEvent, every int64 digit kept. */
export declare const stringifyVmRelocateFailedEvent: (value: VmRelocateFailedEvent) => string;
declare function encodeExact$VmRelocateFailedEvent(v: VmRelocateFailedEvent): rt.WireObject;
/** The VI JSON wire form of a VmRelocateSpecEvent (what `decodeVmRelocateSpecEvent` reads back). */
export declare const encodeVmRelocateSpecEvent: typeof encodeAt$VmRelocateSpecEvent;
/** VI JSON text of a VmRelocateSpecEvent, every int64 digit kept. */
export declare const stringifyVmRelocateSpecEvent: (value: AnyVmRelocateSpecEvent) => string;
declare function encodeAt$VmRelocateSpecEvent(v: AnyVmRelocateSpecEvent): rt.WireObject;
/** The VI JSON wire form of a VmRelocatedEvent (what `decodeVmRelocatedEvent` reads back). */
export declare const encodeVmRelocatedEvent: typeof encodeExact$VmRelocatedEvent;
/** VI JSON text of a VmRelocatedEvent, every int64 digit kept. */
export declare const stringifyVmRelocatedEvent: (value: VmRelocatedEvent) => string;
declare function encodeExact$VmRelocatedEvent(v: VmRelocatedEvent): rt.WireObject;
/** The VI JSON wire form of a VmRemoteConsoleConnectedEvent (what `decodeVmRemoteConsoleConnectedEvent` reads back). */
export declare const encodeVmRemoteConsoleConnectedEvent: typeof encodeExact$VmRemoteConsoleConnectedEvent;
/** VI JSON text of a VmRemoteConsoleConnectedEvent, every int64 digit kept. */
export declare const stringifyVmRemoteConsoleConnectedEvent: (value: VmRemoteConsoleConnectedEvent) => string;
declare function encodeExact$VmRemoteConsoleConnectedEvent(v: VmRemoteConsoleConnectedEvent): rt.WireObject;
/** The VI JSON wire form of a VmRemoteConsoleDisconnectedEvent (what `decodeVmRemoteConsoleDisconnectedEvent` reads back). */
export declare const encodeVmRemoteConsoleDisconnectedEvent: typeof encodeExact$VmRemoteConsoleDisconnectedEvent;
/** VI JSON text of a VmRemoteConsoleDisconnectedEvent, every int64 digit kept. */
export declare const stringifyVmRemoteConsoleDisconnectedEvent: (value: VmRemoteConsoleDisconnectedEvent) => string;
declare function encodeExact$VmRemoteConsoleDisconnectedEvent(v: VmRemoteConsoleDisconnectedEvent): rt.WireObject;
/** The VI JSON wire form of a VmRemovedEvent (what `decodeVmRemovedEvent` reads back). */
export declare const encodeVmRemovedEvent: typeof encodeExact$VmRemovedEvent;
/** VI JSON text of a VmRemovedEvent, every int64 digit kept. */
export declare const stringifyVmRemovedEvent: (value: VmRemovedEvent) => string;
declare function encodeExact$VmRemovedEvent(v: VmRemovedEvent): rt.WireObject;
/** The VI JSON wire form of a VmRenamedEvent (what `decodeVmRenamedEvent` reads back). */
export declare const encodeVmRenamedEvent: typeof encodeExact$VmRenamedEvent;
/** VI JSON text of a VmRenamedEvent, every int64 digit kept. */
export declare const stringifyVmRenamedEvent: (value: VmRenamedEvent) => string;
declare function encodeExact$VmRenamedEvent(v: VmRenamedEvent): rt.WireObject;
/** The VI JSON wire form of a VmRequirementsExceedCurrentEVCModeEvent (what `decodeVmRequirementsExceedCurrentEVCModeEvent` reads back). */
export declare const encodeVmRequirementsExceedCurrentEVCModeEvent: typeof encodeExact$VmRequirementsExceedCurrentEVCModeEvent;
/** VI JSON text of a VmRequirementsExceedCurrentEVCModeEvent, every int64 digit kept. */
export declare const stringifyVmRequirementsExceedCurrentEVCModeEvent: (value: VmRequirementsExceedCurrentEVCModeEvent) => string;
declare function encodeExact$VmRequirementsExceedCurrentEVCModeEvent(v: VmRequirementsExceedCurrentEVCModeEvent): rt.WireObject;
/** The VI JSON wire form of a VmResettingEvent (what `decodeVmResettingEvent` reads back). */
export declare const encodeVmResettingEvent: typeof encodeExact$VmResettingEvent;
/** VI JSON text of a VmResettingEvent, every int64 digit kept. */
export declare const stringifyVmResettingEvent: (value: VmResettingEvent) => string;
declare function encodeExact$VmResettingEvent(v: VmResettingEvent): rt.WireObject;
/** The VI JSON wire form of a VmResourcePoolMovedEvent (what `decodeVmResourcePoolMovedEvent` reads back). */
export declare const encodeVmResourcePoolMovedEvent: typeof encodeExact$VmResourcePoolMovedEvent;
/** VI JSON text of a VmResourcePoolMovedEvent, every int64 digit kept. */
export declare const stringifyVmResourcePoolMovedEvent: (value: VmResourcePoolMovedEvent) => string;
declare function encodeExact$VmResourcePoolMovedEvent(v: VmResourcePoolMovedEvent): rt.WireObject;
/** The VI JSON wire form of a VmResourceReallocatedEvent (what `decodeVmResourceReallocatedEvent` reads back). */
export declare const encodeVmResourceReallocatedEvent: typeof encodeExact$VmResourceReallocatedEvent;
/** VI JSON text of a VmResourceReallocatedEvent, every int64 digit kept. */
export declare const stringifyVmResourceReallocatedEvent: (value: VmResourceReallocatedEvent) => string;
declare function encodeExact$VmResourceReallocatedEvent(v: VmResourceReallocatedEvent): rt.WireObject;
/** The VI JSON wire form of a VmRestartedOnAlternateHostEvent (what `decodeVmRestartedOnAlternateHostEvent` reads back). */
export declare const encodeVmRestartedOnAlternateHostEvent: typeof encodeExact$VmRestartedOnAlternateHostEvent;
/** VI JSON text of a VmRestartedOnAlternateHostEvent, every int64 digit kept. */
export declare const stringifyVmRestartedOnAlternateHostEvent: (value: VmRestartedOnAlternateHostEvent) => string;
declare function encodeExact$VmRestartedOnAlternateHostEvent(v: VmRestartedOnAlternateHostEvent): rt.WireObject;
/** The VI JSON wire form of a VmResumingEvent (what `decodeVmResumingEvent` reads back). */
export declare const encodeVmResumingEvent: typeof encodeExact$VmResumingEvent;
/** VI JSON text of a VmResumingEvent, every int64 digit kept. */
export declare const stringifyVmResumingEvent: (value: VmResumingEvent) => string;
declare function encodeExact$VmResumingEvent(v: VmResumingEvent): rt.WireObject;
/** The VI JSON wire form of a VmSecondaryAddedEvent (what `decodeVmSecondaryAddedEvent` reads back). */
export declare const encodeVmSecondaryAddedEvent: typeof encodeExact$VmSecondaryAddedEvent;
/** VI JSON text of a VmSecondaryAddedEvent, every int64 digit kept. */
export declare const stringifyVmSecondaryAddedEvent: (value: VmSecondaryAddedEvent) => string;
declare function encodeExact$VmSecondaryAddedEvent(v: VmSecondaryAddedEvent): rt.WireObject;
/** The VI JSON wire form of a VmSecondaryDisabledBySystemEvent (what `decodeVmSecondaryDisabledBySystemEvent` reads back). */
export declare const encodeVmSecondaryDisabledBySystemEvent: typeof encodeExact$VmSecondaryDisabledBySystemEvent;
/** VI JSON text of a VmSecondaryDisabledBySystemEvent, every int64 digit kept. */
export declare const stringifyVmSecondaryDisabledBySystemEvent: (value: VmSecondaryDisabledBySystemEvent) => string;
declare function encodeExact$VmSecondaryDisabledBySystemEvent(v: VmSecondaryDisabledBySystemEvent): rt.WireObject;
/** The VI JSON wire form of a VmSecondaryDisabledEvent (what `decodeVmSecondaryDisabledEvent` reads back). */
export declare const encodeVmSecondaryDisabledEvent: typeof encodeExact$VmSecondaryDisabledEvent;
/** VI JSON text of a VmSecondaryDisabledEvent, every int64 digit kept. */
export declare const stringifyVmSecondaryDisabledEvent: (value: VmSecondaryDisabledEvent) => string;
declare function encodeExact$VmSecondaryDisabledEvent(v: VmSecondaryDisabledEvent): rt.WireObject;
/** The VI JSON wire form of a VmSecondaryEnabledEvent (what `decodeVmSecondaryEnabledEvent` reads back). */
export declare const encodeVmSecondaryEnabledEvent: typeof encodeExact$VmSecondaryEnabledEvent;
/** VI JSON text of a VmSecondaryEnabledEvent, every int64 digit kept. */
export declare const stringifyVmSecondaryEnabledEvent: (value: VmSecondaryEnabledEvent) => string;
declare function encodeExact$VmSecondaryEnabledEvent(v: VmSecondaryEnabledEvent): rt.WireObject;
/** The VI JSON wire form of a VmSecondaryStartedEvent (what `decodeVmSecondaryStartedEvent` reads back). */
export declare const encodeVmSecondaryStartedEvent: typeof encodeExact$VmSecondaryStartedEvent;
/** VI JSON text of a VmSecondaryStartedEvent, every int64 digit kept. */
export declare const stringifyVmSecondaryStartedEvent: (value: VmSecondaryStartedEvent) => string;
declare function encodeExact$VmSecondaryStartedEvent(v: VmSecondaryStartedEvent): rt.WireObject;
/** The VI JSON wire form of a VmShutdownOnIsolationEvent (what `decodeVmShutdownOnIsolationEvent` reads back). */
export declare const encodeVmShutdownOnIsolationEvent: typeof encodeExact$VmShutdownOnIsolationEvent;
/** VI JSON text of a VmShutdownOnIsolationEvent, every int64 digit kept. */
export declare const stringifyVmShutdownOnIsolationEvent: (value: VmShutdownOnIsolationEvent) => string;
declare function encodeExact$VmShutdownOnIsolationEvent(v: VmShutdownOnIsolationEvent): rt.WireObject;
/** The VI JSON wire form of a VmStartRecordingEvent (what `decodeVmStartRecordingEvent` reads back). */
export declare const encodeVmStartRecordingEvent: typeof encodeExact$VmStartRecordingEvent;
/** VI JSON text of a VmStartRecordingEvent, every int64 digit kept. */
export declare const stringifyVmStartRecordingEvent: (value: VmStartRecordingEvent) => string;
declare function encodeExact$VmStartRecordingEvent(v: VmStartRecordingEvent): rt.WireObject;
/** The VI JSON wire form of a VmStartReplayingEvent (what `decodeVmStartReplayingEvent` reads back). */
export declare const encodeVmStartReplayingEvent: typeof encodeExact$VmStartReplayingEvent;
/** VI JSON text of a VmStartReplayingEvent, every int64 digit kept. */
export declare const stringifyVmStartReplayingEvent: (value: VmStartReplayingEvent) => string;
declare function encodeExact$VmStartReplayingEvent(v: VmStartReplayingEvent): rt.WireObject;
/** The VI JSON wire form of a VmStartingEvent (what `decodeVmStartingEvent` reads back). */
export declare const encodeVmStartingEvent: typeof encodeAt$VmStartingEvent;
/** VI JSON text of a VmStartingEvent, every int64 digit kept. */
export declare const stringifyVmStartingEvent: (value: AnyVmStartingEvent) => string;
declare function encodeAt$VmStartingEvent(v: AnyVmStartingEvent): rt.WireObject;
/** The VI JSON wire form of a VmStartingSecondaryEvent (what `decodeVmStartingSecondaryEvent` reads back). */
export declare const encodeVmStartingSecondaryEvent: typeof encodeExact$VmStartingSecondaryEvent;
/** VI JSON text of a VmStartingSecondaryEvent, every int64 digit kept. */
export declare const stringifyVmStartingSecondaryEvent: (value: VmStartingSecondaryEvent) => string;
declare function encodeExact$VmStartingSecondaryEvent(v: VmStartingSecondaryEvent): rt.WireObject;
/** The VI JSON wire form of a VmStaticMacConflictEvent (what `decodeVmStaticMacConflictEvent` reads back). */
export declare const encodeVmStaticMacConflictEvent: typeof encodeExact$VmStaticMacConflictEvent;
/** VI JSON text of a VmStaticMacConflictEvent, every int64 digit kept. */
export declare const stringifyVmStaticMacConflictEvent: (value: VmStaticMacConflictEvent) => string;
declare function encodeExact$VmStaticMacConflictEvent(v: VmStaticMacConflictEvent): rt.WireObject;
/** The VI JSON wire form of a VmStoppingEvent (what `decodeVmStoppingEvent` reads back). */
export declare const encodeVmStoppingEvent: typeof encodeExact$VmStoppingEvent;
/** VI JSON text of a VmStoppingEvent, every int64 digit kept. */
export declare const stringifyVmStoppingEvent: (value: VmStoppingEvent) => string;
declare function encodeExact$VmStoppingEvent(v: VmStoppingEvent): rt.WireObject;
/** The VI JSON wire form of a VmSuspendedEvent (what `decodeVmSuspendedEvent` reads back). */
export declare const encodeVmSuspendedEvent: typeof encodeExact$VmSuspendedEvent;
/** VI JSON text of a VmSuspendedEvent, every int64 digit kept. */
export declare const stringifyVmSuspendedEvent: (value: VmSuspendedEvent) => string;
declare function encodeExact$VmSuspendedEvent(v: VmSuspendedEvent): rt.WireObject;
/** The VI JSON wire form of a VmSuspendingEvent (what `decodeVmSuspendingEvent` reads back). */
export declare const encodeVmSuspendingEvent: typeof encodeExact$VmSuspendingEvent;
/** VI JSON text of a VmSuspendingEvent, every int64 digit kept. */
export declare const stringifyVmSuspendingEvent: (value: VmSuspendingEvent) => string;
declare function encodeExact$VmSuspendingEvent(v: VmSuspendingEvent): rt.WireObject;
/** The VI JSON wire form of a VmTimedoutStartingSecondaryEvent (what `decodeVmTimedoutStartingSecondaryEvent` reads back). */
export declare const encodeVmTimedoutStartingSecondaryEvent: typeof encodeExact$VmTimedoutStartingSecondaryEvent;
/** VI JSON text of a VmTimedoutStartingSecondaryEvent, every int64 digit kept. */
export declare const stringifyVmTimedoutStartingSecondaryEvent: (value: VmTimedoutStartingSecondaryEvent) => string;
declare function encodeExact$VmTimedoutStartingSecondaryEvent(v: VmTimedoutStartingSecondaryEvent): rt.WireObject;
/** The VI JSON wire form of a VmUnsupportedStartingEvent (what `decodeVmUnsupportedStartingEvent` reads back). */
export declare const encodeVmUnsupportedStartingEvent: typeof encodeExact$VmUnsupportedStartingEvent;
/** VI JSON text of a VmUnsupportedStartingEvent, every int64 digit kept. */
export declare const stringifyVmUnsupportedStartingEvent: (value: VmUnsupportedStartingEvent) => string;
declare function encodeExact$VmUnsupportedStartingEvent(v: VmUnsupportedStartingEvent): rt.WireObject;
/** The VI JSON wire form of a VmUpgradeCompleteEvent (what `decodeVmUpgradeCompleteEvent` reads back). */
export declare const encodeVmUpgradeCompleteEvent: typeof encodeExact$VmUpgradeCompleteEvent;
/** VI JSON text of a VmUpgradeCompleteEvent, every int64 digit kept. */
export declare const stringifyVmUpgradeCompleteEvent: (value: VmUpgradeCompleteEvent) => string;
declare function encodeExact$VmUpgradeCompleteEvent(v: VmUpgradeCompleteEvent): rt.WireObject;
/** The VI JSON wire form of a VmUpgradeFailedEvent (what `decodeVmUpgradeFailedEvent` reads back). */
export declare const encodeVmUpgradeFailedEvent: typeof encodeExact$VmUpgradeFailedEvent;
/** VI JSON text of a VmUpgradeFailedEvent, every int64 digit kept. */
export declare const stringifyVmUpgradeFailedEvent: (value: VmUpgradeFailedEvent) => string;
declare function encodeExact$VmUpgradeFailedEvent(v: VmUpgradeFailedEvent): rt.WireObject;
/** The VI JSON wire form of a VmUpgradingEvent (what `decodeVmUpgradingEvent` reads back). */
export declare const encodeVmUpgradingEvent: typeof encodeExact$VmUpgradingEvent;
/** VI JSON text of a VmUpgradingEvent, every int64 digit kept. */
export declare const stringifyVmUpgradingEvent: (value: VmUpgradingEvent) => string;
declare function encodeExact$VmUpgradingEvent(v: VmUpgradingEvent): rt.WireObject;
/** The VI JSON wire form of a VmUuidAssignedEvent (what `decodeVmUuidAssignedEvent` reads back). */
export declare const encodeVmUuidAssignedEvent: typeof encodeExact$VmUuidAssignedEvent;
/** VI JSON text of a VmUuidAssignedEvent, every int64 digit kept. */
export declare const stringifyVmUuidAssignedEvent: (value: VmUuidAssignedEvent) => string;
declare function encodeExact$VmUuidAssignedEvent(v: VmUuidAssignedEvent): rt.WireObject;
/** The VI JSON wire form of a VmUuidChangedEvent (what `decodeVmUuidChangedEvent` reads back). */
export declare const encodeVmUuidChangedEvent: typeof encodeExact$VmUuidChangedEvent;
/** VI JSON text of a VmUuidChangedEvent, every int64 digit kept. */
export declare const stringifyVmUuidChangedEvent: (value: VmUuidChangedEvent) => string;
declare function encodeExact$VmUuidChangedEvent(v: VmUuidChangedEvent): rt.WireObject;
/** The VI JSON wire form of a VmUuidConflictEvent (what `decodeVmUuidConflictEvent` reads back). */
export declare const encodeVmUuidConflictEvent: typeof encodeExact$VmUuidConflictEvent;
/** VI JSON text of a VmUuidConflictEvent, every int64 digit kept. */
export declare const stringifyVmUuidConflictEvent: (value: VmUuidConflictEvent) => string;
declare function encodeExact$VmUuidConflictEvent(v: VmUuidConflictEvent): rt.WireObject;
/** The VI JSON wire form of a VmVnicPoolReservationViolationClearEvent (what `decodeVmVnicPoolReservationViolationClearEvent` reads back). */
export declare const encodeVmVnicPoolReservationViolationClearEvent: typeof encodeExact$VmVnicPoolReservationViolationClearEvent;
/** VI JSON text of a VmVnicPoolReservationViolationClearEvent, every int64 digit kept. */
export declare const stringifyVmVnicPoolReservationViolationClearEvent: (value: VmVnicPoolReservationViolationClearEvent) => string;
declare function encodeExact$VmVnicPoolReservationViolationClearEvent(v: VmVnicPoolReservationViolationClearEvent): rt.WireObject;
/** The VI JSON wire form of a VmVnicPoolReservationViolationRaiseEvent (what `decodeVmVnicPoolReservationViolationRaiseEvent` reads back). */
export declare const encodeVmVnicPoolReservationViolationRaiseEvent: typeof encodeExact$VmVnicPoolReservationViolationRaiseEvent;
/** VI JSON text of a VmVnicPoolReservationViolationRaiseEvent, every int64 digit kept. */
export declare const stringifyVmVnicPoolReservationViolationRaiseEvent: (value: VmVnicPoolReservationViolationRaiseEvent) => string;
declare function encodeExact$VmVnicPoolReservationViolationRaiseEvent(v: VmVnicPoolReservationViolationRaiseEvent): rt.WireObject;
/** The VI JSON wire form of a VmWwnAssignedEvent (what `decodeVmWwnAssignedEvent` reads back). */
export declare const encodeVmWwnAssignedEvent: typeof encodeExact$VmWwnAssignedEvent;
/** VI JSON text of a VmWwnAssignedEvent, every int64 digit kept. */
export declare const stringifyVmWwnAssignedEvent: (value: VmWwnAssignedEvent) => string;
declare function encodeExact$VmWwnAssignedEvent(v: VmWwnAssignedEvent): rt.WireObject;
/** The VI JSON wire form of a VmWwnChangedEvent (what `decodeVmWwnChangedEvent` reads back). */
export declare const encodeVmWwnChangedEvent: typeof encodeExact$VmWwnChangedEvent;
/** VI JSON text of a VmWwnChangedEvent, every int64 digit kept. */
export declare const stringifyVmWwnChangedEvent: (value: VmWwnChangedEvent) => string;
declare function encodeExact$VmWwnChangedEvent(v: VmWwnChangedEvent): rt.WireObject;
/** The VI JSON wire form of a VmWwnConflictEvent (what `decodeVmWwnConflictEvent` reads back). */
export declare const encodeVmWwnConflictEvent: typeof encodeExact$VmWwnConflictEvent;
/** VI JSON text of a VmWwnConflictEvent, every int64 digit kept. */
export declare const stringifyVmWwnConflictEvent: (value: VmWwnConflictEvent) => string;
declare function encodeExact$VmWwnConflictEvent(v: VmWwnConflictEvent): rt.WireObject;
/** The VI JSON wire form of a VmfsDatastoreInfo (what `decodeVmfsDatastoreInfo` reads back). */
export declare const encodeVmfsDatastoreInfo: typeof encodeExact$VmfsDatastoreInfo;
/** VI JSON text of a VmfsDatastoreInfo, every int64 digit kept. */
export declare const stringifyVmfsDatastoreInfo: (value: VmfsDatastoreInfo) => string;
declare function encodeExact$VmfsDatastoreInfo(v: VmfsDatastoreInfo): rt.WireObject;
/** The VI JSON wire form of a VmfsUnmapBandwidthSpec (what `decodeVmfsUnmapBandwidthSpec` reads back). */
export declare const encodeVmfsUnmapBandwidthSpec: typeof encodeExact$VmfsUnmapBandwidthSpec;
/** VI JSON text of a VmfsUnmapBandwidthSpec, every int64 digit kept. */
export declare const stringifyVmfsUnmapBandwidthSpec: (value: VmfsUnmapBandwidthSpec) => string;
declare function encodeExact$VmfsUnmapBandwidthSpec(v: VmfsUnmapBandwidthSpec): rt.WireObject;
/** The VI JSON wire form of a VnicPortArgument (what `decodeVnicPortArgument` reads back). */
export declare const encodeVnicPortArgument: typeof encodeExact$VnicPortArgument;
/** VI JSON text of a VnicPortArgument, every int64 digit kept. */
export declare const stringifyVnicPortArgument: (value: VnicPortArgument) => string;
declare function encodeExact$VnicPortArgument(v: VnicPortArgument): rt.WireObject;
/** The VI JSON wire form of a VsanDatastoreInfo (what `decodeVsanDatastoreInfo` reads back). */
export declare const encodeVsanDatastoreInfo: typeof encodeExact$VsanDatastoreInfo;
/** VI JSON text of a VsanDatastoreInfo, every int64 digit kept. */
export declare const stringifyVsanDatastoreInfo: (value: VsanDatastoreInfo) => string;
declare function encodeExact$VsanDatastoreInfo(v: VsanDatastoreInfo): rt.WireObject;
/** The VI JSON wire form of a VvolDatastoreInfo (what `decodeVvolDatastoreInfo` reads back). */
export declare const encodeVvolDatastoreInfo: typeof encodeExact$VvolDatastoreInfo;
/** VI JSON text of a VvolDatastoreInfo, every int64 digit kept. */
export declare const stringifyVvolDatastoreInfo: (value: VvolDatastoreInfo) => string;
declare function encodeExact$VvolDatastoreInfo(v: VvolDatastoreInfo): rt.WireObject;
/** The VI JSON wire form of a WaitOptions (what `decodeWaitOptions` reads back). */
export declare const encodeWaitOptions: typeof encodeExact$WaitOptions;
/** VI JSON text of a WaitOptions, every int64 digit kept. */
export declare const stringifyWaitOptions: (value: WaitOptions) => string;
declare function encodeExact$WaitOptions(v: WaitOptions): rt.WireObject;
/** The VI JSON wire form of a WarningUpgradeEvent (what `decodeWarningUpgradeEvent` reads back). */
export declare const encodeWarningUpgradeEvent: typeof encodeExact$WarningUpgradeEvent;
/** VI JSON text of a WarningUpgradeEvent, every int64 digit kept. */
export declare const stringifyWarningUpgradeEvent: (value: WarningUpgradeEvent) => string;
declare function encodeExact$WarningUpgradeEvent(v: WarningUpgradeEvent): rt.WireObject;
/** The wire form of an untyped slot's value. */
export declare function encodeAny(value: AnyValue): rt.WireObject;
/**
 * The VI JSON request of a call of `method`, typed by `VimMethods`: the path to POST to under `/sdk/vim25/<release>` (`/EventManager/EventManager/QueryEvents`) and the JSON body, every object with its `_typeName` and every int64 digit kept (no body for a method without parameters). Send it with `Content-Type: application/json` and the `vmware-api-session-id` header.
 * @throws TypeError for a missing `_this` or required parameter.
 */
export declare function jsonRequest<M extends VimMethodName>(method: M, args: VimParams<M>): rt.JsonMethodRequest;
export {};
