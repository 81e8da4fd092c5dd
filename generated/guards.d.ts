import type { AboutInfo, AccountCreatedEvent, AccountRemovedEvent, AccountUpdatedEvent, AdminPasswordNotChangedEvent, AlarmAcknowledgedEvent, AlarmActionTriggeredEvent, AlarmClearedEvent, AlarmCreatedEvent, AlarmEmailCompletedEvent, AlarmEmailFailedEvent, AlarmEventArgument, AlarmReconfiguredEvent, AlarmRemovedEvent, AlarmScriptCompleteEvent, AlarmScriptFailedEvent, AlarmSnmpCompletedEvent, AlarmSnmpFailedEvent, AlarmState, AlarmStatusChangedEvent, AllVirtualMachinesLicensedEvent, AlreadyAuthenticatedSessionEvent, AlreadyExists, AnyAlarmEvent, AnyArrayUpdateSpec, AnyAuthorizationEvent, AnyClusterEvent, AnyClusterOvercommittedEvent, AnyClusterStatusChangedEvent, AnyCustomFieldDefEvent, AnyCustomFieldEvent, AnyCustomFieldValue, AnyCustomizationEvent, AnyCustomizationFailed, AnyDVPortgroupEvent, AnyDatacenterEvent, AnyDatastoreEvent, AnyDatastoreFileEvent, AnyDatastoreInfo, AnyDescription, AnyDvsEvent, AnyDvsHealthStatusChangeEvent, AnyDynamicData, AnyElementDescription, AnyEnteredStandbyModeEvent, AnyEnteringStandbyModeEvent, AnyEntityEventArgument, AnyEvent, AnyEventArgument, AnyEventManagerEventViewSpec, AnyExitStandbyModeFailedEvent, AnyExitedStandbyModeEvent, AnyExitingStandbyModeEvent, AnyFileFault, AnyGeneralEvent, AnyHostDasEvent, AnyHostEvent, AnyHostFileSystemVolume, AnyInheritablePolicy, AnyInvalidDatastore, AnyInvalidRequest, AnyInvalidState, AnyLicenseEvent, AnyMethodFault, AnyMigrationEvent, AnyNoPermission, AnyOptionType, AnyPermissionEvent, AnyProfileEvent, AnyResourcePoolEvent, AnyRoleEvent, AnyRuntimeFault, AnyScheduledTaskEvent, AnySecurityError, AnySelectionSpec, AnySessionEvent, AnyTaskEvent, AnyTaskReason, AnyTemplateUpgradeEvent, AnyUpgradeEvent, AnyValue, AnyVimFault, AnyVirtualController, AnyVirtualDevice, AnyVirtualDeviceBackingInfo, AnyVirtualDeviceBusSlotInfo, AnyVirtualDeviceDeviceBackingInfo, AnyVirtualDeviceFileBackingInfo, AnyVirtualDeviceRemoteDeviceBackingInfo, AnyVirtualEthernetCard, AnyVirtualSCSIController, AnyVirtualVmxnet, AnyVmCloneEvent, AnyVmDasBeingResetEvent, AnyVmEvent, AnyVmMigratedEvent, AnyVmPoweredOffEvent, AnyVmPoweredOnEvent, AnyVmRelocateSpecEvent, AnyVmStartingEvent, BadUsernameSessionEvent, BoolPolicy, CanceledHostOperationEvent, Capability, ChangesInfoEventArgument, ChoiceOption, ClusterComplianceCheckedEvent, ClusterCreatedEvent, ClusterDestroyedEvent, ClusterReconfiguredEvent, ComputeResourceConfigInfo, ComputeResourceEventArgument, ComputeResourceSummary, ConcurrentAccess, CryptoKeyId, CryptoSpec, CustomFieldDef, CustomFieldDefAddedEvent, CustomFieldDefRemovedEvent, CustomFieldDefRenamedEvent, CustomFieldStringValue, CustomFieldValueChangedEvent, CustomizationLinuxIdentityFailed, CustomizationNetworkSetupFailed, CustomizationStartedEvent, CustomizationSucceeded, CustomizationSysprepFailed, CustomizationUnknownFailure, DVPortSetting, DVPortStatus, DVPortgroupConfigSpec, DVPortgroupCreatedEvent, DVPortgroupDestroyedEvent, DVPortgroupPolicy, DVPortgroupReconfiguredEvent, DVPortgroupRenamedEvent, DVSConfigSpec, DVSContactInfo, DVSHostLocalPortInfo, DVSPolicy, DVSTrafficShapingPolicy, DVSUplinkPortPolicy, DVSVendorSpecificConfig, DasAdmissionControlDisabledEvent, DasAdmissionControlEnabledEvent, DasAgentFoundEvent, DasAgentUnavailableEvent, DasClusterIsolatedEvent, DasDisabledEvent, DasEnabledEvent, DasHostFailedEvent, DasHostIsolatedEvent, DatacenterConfigInfo, DatacenterCreatedEvent, DatacenterEventArgument, DatacenterRenamedEvent, DatastoreCapability, DatastoreCapacityIncreasedEvent, DatastoreDestroyedEvent, DatastoreDiscoveredEvent, DatastoreDuplicatedEvent, DatastoreEventArgument, DatastoreFileCopiedEvent, DatastoreFileDeletedEvent, DatastoreFileMovedEvent, DatastoreHostMount, DatastoreIORMReconfiguredEvent, DatastorePrincipalConfigured, DatastoreRemovedOnHostEvent, DatastoreRenamedEvent, DatastoreRenamedOnHostEvent, DatastoreSummary, DistributedVirtualSwitchHostMemberBacking, DistributedVirtualSwitchHostMemberConfigSpec, DistributedVirtualSwitchKeyedOpaqueBlob, DistributedVirtualSwitchPortConnectee, DistributedVirtualSwitchPortConnection, DistributedVirtualSwitchProductSpec, DrsDisabledEvent, DrsEnabledEvent, DrsEnteredStandbyModeEvent, DrsEnteringStandbyModeEvent, DrsExitStandbyModeFailedEvent, DrsExitedStandbyModeEvent, DrsExitingStandbyModeEvent, DrsInvocationFailedEvent, DrsRecoveredFromFailureEvent, DrsResourceConfigureFailedEvent, DrsResourceConfigureSyncedEvent, DrsRuleComplianceEvent, DrsRuleViolationEvent, DrsSoftRuleViolationEvent, DrsVmMigratedEvent, DrsVmPoweredOnEvent, DuplicateIpDetectedEvent, DuplicateName, DvpgImportEvent, DvpgRestoreEvent, DvsCreatedEvent, DvsDestroyedEvent, DvsEventArgument, DvsFilterConfig, DvsFilterParameter, DvsFilterPolicy, DvsHostBackInSyncEvent, DvsHostInfrastructureTrafficResource, DvsHostInfrastructureTrafficResourceAllocation, DvsHostJoinedEvent, DvsHostLeftEvent, DvsHostStatusUpdated, DvsHostWentOutOfSyncEvent, DvsImportEvent, DvsMergedEvent, DvsOutOfSyncHostArgument, DvsPortBlockedEvent, DvsPortConnectedEvent, DvsPortCreatedEvent, DvsPortDeletedEvent, DvsPortDisconnectedEvent, DvsPortEnteredPassthruEvent, DvsPortExitedPassthruEvent, DvsPortJoinPortgroupEvent, DvsPortLeavePortgroupEvent, DvsPortLinkDownEvent, DvsPortLinkUpEvent, DvsPortReconfiguredEvent, DvsPortRuntimeChangeEvent, DvsPortUnblockedEvent, DvsPortVendorSpecificStateChangeEvent, DvsReconfiguredEvent, DvsRenamedEvent, DvsRestoreEvent, DvsUpgradeAvailableEvent, DvsUpgradeInProgressEvent, DvsUpgradeRejectedEvent, DvsUpgradedEvent, DynamicProperty, EVCMode, EnteredMaintenanceModeEvent, EnteringMaintenanceModeEvent, EnumDescription, ErrorUpgradeEvent, EventDescription, EventDescriptionEventDetail, EventEx, EventFilterSpec, EventFilterSpecByEntity, EventFilterSpecByTime, EventFilterSpecByUsername, EventManagerViewByStartId, ExitMaintenanceModeEvent, ExtendedEvent, ExtendedEventPair, FailoverLevelRestored, FaultToleranceConfigInfo, FeatureEVCMode, FileNotFound, FolderEventArgument, GeneralHostErrorEvent, GeneralHostInfoEvent, GeneralHostWarningEvent, GeneralUserEvent, GeneralVmErrorEvent, GeneralVmInfoEvent, GeneralVmWarningEvent, GhostDvsProxySwitchDetectedEvent, GhostDvsProxySwitchRemovedEvent, GlobalMessageChangedEvent, GuestDiskInfo, GuestInfo, GuestInfoCustomizationInfo, GuestInfoNamespaceGenerationInfo, GuestInfoVirtualDiskMapping, GuestNicInfo, GuestScreenInfo, GuestStackInfo, HealthStatusChangedEvent, HostAccountSpec, HostAddFailedEvent, HostAddedEvent, HostAdminDisableEvent, HostAdminEnableEvent, HostCnxFailedAccountFailedEvent, HostCnxFailedAlreadyManagedEvent, HostCnxFailedBadCcagentEvent, HostCnxFailedBadUsernameEvent, HostCnxFailedBadVersionEvent, HostCnxFailedCcagentUpgradeEvent, HostCnxFailedEvent, HostCnxFailedNetworkErrorEvent, HostCnxFailedNoAccessEvent, HostCnxFailedNoConnectionEvent, HostCnxFailedNoLicenseEvent, HostCnxFailedNotFoundEvent, HostCnxFailedTimeoutEvent, HostComplianceCheckedEvent, HostCompliantEvent, HostConfigAppliedEvent, HostConnectedEvent, HostConnectionLostEvent, HostCpuIdInfo, HostDasDisabledEvent, HostDasDisablingEvent, HostDasEnabledEvent, HostDasEnablingEvent, HostDasErrorEvent, HostDasOkEvent, HostDisconnectedEvent, HostEnableAdminFailedEvent, HostEventArgument, HostExtraNetworksEvent, HostFeatureCapability, HostFeatureMask, HostForceMountedInfo, HostGetShortNameFailedEvent, HostInAuditModeEvent, HostInventoryFullEvent, HostInventoryUnreadableEvent, HostIpChangedEvent, HostIpInconsistentEvent, HostIpToShortNameFailedEvent, HostIsolationIpPingFailedEvent, HostLicenseExpiredEvent, HostLocalPortCreatedEvent, HostMemberHealthCheckResult, HostMissingNetworksEvent, HostMonitoringStateChangedEvent, HostMountInfo, HostNasVolume, HostNoAvailableNetworksEvent, HostNoHAEnabledPortGroupsEvent, HostNoRedundantManagementNetworkEvent, HostNonCompliantEvent, HostNotInClusterEvent, HostOvercommittedEvent, HostPMemVolume, HostPrimaryAgentNotShortNameEvent, HostProfileAppliedEvent, HostProtocolEndpoint, HostReconnectionFailedEvent, HostRemovedEvent, HostScsiDiskPartition, HostShortNameInconsistentEvent, HostShortNameToIpFailedEvent, HostShutdownEvent, HostSpecification, HostSpecificationChangedEvent, HostSpecificationRequireEvent, HostSpecificationUpdateEvent, HostStatusChangedEvent, HostSubSpecification, HostSubSpecificationDeleteEvent, HostSubSpecificationUpdateEvent, HostSyncFailedEvent, HostUpgradeFailedEvent, HostUserWorldSwapNotEnabledEvent, HostVmfsVolume, HostVnicConnectedToCustomizedDVPortEvent, HostVvolNQN, HostVvolVolume, HostVvolVolumeHostVvolNQN, HostWwnChangedEvent, HostWwnConflictEvent, ID, IScsiBootFailureEvent, IncorrectHostInformationEvent, InfoUpgradeEvent, InsufficientFailoverResourcesEvent, InsufficientResourcesFault, InvalidArgument, InvalidCollectorVersion, InvalidDatastorePath, InvalidEditionEvent, InvalidEvent, InvalidLocale, InvalidLogin, InvalidName, InvalidPowerState, InvalidProperty, InvalidType, KeyAnyValue, KeyProviderId, KeyValue, LatencySensitivity, LicenseExpiredEvent, LicenseFeatureInfo, LicenseNonComplianceEvent, LicenseRestrictedEvent, LicenseServerAvailableEvent, LicenseServerUnavailableEvent, LocalDatastoreCreatedEvent, LocalDatastoreInfo, LocalTSMEnabledEvent, LocalizableMessage, LocalizedMethodFault, LockerMisconfiguredEvent, LockerReconfiguredEvent, LongPolicy, ManagedByInfo, ManagedEntityEventArgument, ManagedObjectNotFound, ManagedObjectReference, MethodNotFound, MigrationErrorEvent, MigrationHostErrorEvent, MigrationHostWarningEvent, MigrationResourceErrorEvent, MigrationResourceWarningEvent, MigrationWarningEvent, MissingObject, MissingProperty, MtuMatchEvent, MtuMismatchEvent, NASDatastoreCreatedEvent, NasDatastoreInfo, NetBIOSConfigInfo, NetDhcpConfigInfo, NetDhcpConfigInfoDhcpOptions, NetDnsConfigInfo, NetIpConfigInfo, NetIpConfigInfoIpAddress, NetIpRouteConfigInfo, NetIpRouteConfigInfoGateway, NetIpRouteConfigInfoIpRoute, NetworkEventArgument, NetworkRollbackEvent, NetworkSummary, NoAccessUserEvent, NoDatastoresConfiguredEvent, NoLicenseEvent, NoMaintenanceModeDrsRecommendationForVM, NoPermissionEntityPrivileges, NonVIWorkloadDetectedOnDatastoreEvent, NotAuthenticated, NotEnoughResourcesToStartVmEvent, NotFound, NotImplemented, NotSupported, NumericRange, ObjectContent, ObjectSpec, ObjectUpdate, OptionValue, OutOfSyncDvsHost, PMemDatastoreInfo, ParaVirtualSCSIController, Permission, PermissionAddedEvent, PermissionRemovedEvent, PermissionUpdatedEvent, PrivilegePolicyDef, ProfileAssociatedEvent, ProfileChangedEvent, ProfileCreatedEvent, ProfileDissociatedEvent, ProfileEventArgument, ProfileReferenceHostChangedEvent, ProfileRemovedEvent, PropertyChange, PropertyFilterSpec, PropertyFilterUpdate, PropertySpec, RecoveryEvent, RemoteTSMEnabledEvent, ReplicationConfigSpec, ReplicationInfoDiskSettings, RequestCanceled, ResourceAllocationInfo, ResourceConfigSpec, ResourceInUse, ResourcePoolCreatedEvent, ResourcePoolDestroyedEvent, ResourcePoolEventArgument, ResourcePoolMovedEvent, ResourcePoolQuickStats, ResourcePoolReconfiguredEvent, ResourcePoolResourceUsage, ResourcePoolRuntimeInfo, ResourcePoolSummary, ResourcePoolVmResourceProfileUsage, ResourceViolatedEvent, RetrieveOptions, RetrieveResult, RoleAddedEvent, RoleEventArgument, RoleRemovedEvent, RoleUpdatedEvent, RollbackEvent, ScheduledHardwareUpgradeInfo, ScheduledTaskCompletedEvent, ScheduledTaskCreatedEvent, ScheduledTaskEmailCompletedEvent, ScheduledTaskEmailFailedEvent, ScheduledTaskEventArgument, ScheduledTaskFailedEvent, ScheduledTaskReconfiguredEvent, ScheduledTaskRemovedEvent, ScheduledTaskStartedEvent, ServerLicenseExpiredEvent, ServerStartedSessionEvent, ServiceContent, SessionTerminatedEvent, SharesInfo, SnapshotFault, StorageIOAllocationInfo, StorageIORMInfo, StringPolicy, SystemError, Tag, TagId, TagIdNameId, TagSpec, TaskDescription, TaskInProgress, TaskInfo, TaskReasonAlarm, TaskReasonSchedule, TaskReasonSystem, TaskReasonUser, TaskTimeoutEvent, TeamingMatchEvent, TeamingMisMatchEvent, TemplateBeingUpgradedEvent, TemplateUpgradeFailedEvent, TemplateUpgradedEvent, TgwEventArgument, TimedOutHostOperationEvent, ToolsConfigInfo, ToolsConfigInfoToolsLastInstallInfo, TraversalSpec, TypeDescription, UnlicensedVirtualMachinesEvent, UnlicensedVirtualMachinesFoundEvent, UpdateSet, UpdatedAgentBeingRestartedEvent, UplinkPortMtuNotSupportEvent, UplinkPortMtuSupportEvent, UplinkPortVlanTrunkedEvent, UplinkPortVlanUntrunkedEvent, UserAssignedToGroup, UserLoginSessionEvent, UserLogoutSessionEvent, UserPasswordChanged, UserSession, UserUnassignedFromGroup, UserUpgradeEvent, VASAStorageArray, VASAStorageArrayDiscoveryFcTransport, VASAStorageArrayDiscoveryIpTransport, VASAStorageArrayDiscoverySvcInfo, VAppIPAssignmentInfo, VAppOvfSectionInfo, VAppOvfSectionSpec, VAppProductInfo, VAppProductSpec, VAppPropertyInfo, VAppPropertySpec, VMFSDatastoreCreatedEvent, VMFSDatastoreExpandedEvent, VMFSDatastoreExtendedEvent, VMotionLicenseExpiredEvent, VVolHostPE, VcAgentUninstallFailedEvent, VcAgentUninstalledEvent, VcAgentUpgradeFailedEvent, VcAgentUpgradedEvent, VimAccountPasswordChangedEvent, VimVasaProvider, VimVasaProviderInfo, VimVasaProviderStatePerArray, VimVasaProviderVirtualHostConfig, VirtualCdrom, VirtualCdromAtapiBackingInfo, VirtualCdromIsoBackingInfo, VirtualCdromRemotePassthroughBackingInfo, VirtualDeviceConfigSpec, VirtualDeviceConfigSpecBackingSpec, VirtualDeviceConnectInfo, VirtualDeviceDeviceGroupInfo, VirtualDevicePciBusSlotInfo, VirtualDisk, VirtualDiskFlatVer2BackingInfo, VirtualDiskVFlashCacheConfigInfo, VirtualE1000, VirtualEthernetCardDistributedVirtualPortBackingInfo, VirtualEthernetCardNetworkBackingInfo, VirtualEthernetCardResourceAllocation, VirtualFloppy, VirtualHardware, VirtualIDEController, VirtualKeyboard, VirtualLsiLogicController, VirtualMachineAffinityInfo, VirtualMachineBaseIndependentFilterSpec, VirtualMachineBootOptions, VirtualMachineBootOptionsBootableDevice, VirtualMachineCapability, VirtualMachineConfigInfo, VirtualMachineConfigInfoDatastoreUrlPair, VirtualMachineConfigInfoOverheadInfo, VirtualMachineConfigSpec, VirtualMachineConfigSummary, VirtualMachineConsolePreferences, VirtualMachineContentLibraryItemInfo, VirtualMachineCpuIdInfoSpec, VirtualMachineDefaultPowerOpInfo, VirtualMachineDeviceRuntimeInfo, VirtualMachineDeviceRuntimeInfoDeviceRuntimeState, VirtualMachineExtensionCompatibilityConstraint, VirtualMachineExtensionCompatibilityConstraintSet, VirtualMachineFeatureRequirement, VirtualMachineFileInfo, VirtualMachineFileLayout, VirtualMachineFileLayoutDiskLayout, VirtualMachineFileLayoutEx, VirtualMachineFileLayoutExDiskLayout, VirtualMachineFileLayoutExDiskUnit, VirtualMachineFileLayoutExFileInfo, VirtualMachineFileLayoutExSnapshotLayout, VirtualMachineFileLayoutSnapshotLayout, VirtualMachineFlagInfo, VirtualMachineForkConfigInfo, VirtualMachineGuestIntegrityInfo, VirtualMachineGuestMonitoringModeInfo, VirtualMachineGuestSummary, VirtualMachineMessage, VirtualMachineNetworkShaperInfo, VirtualMachineProfileSpec, VirtualMachineQuestionInfo, VirtualMachineQuickStats, VirtualMachineQuickStatsMemoryTierStats, VirtualMachineRuntimeInfo, VirtualMachineRuntimeInfoDasProtectionState, VirtualMachineSgxInfo, VirtualMachineSnapshotInfo, VirtualMachineSnapshotTree, VirtualMachineStorageInfo, VirtualMachineStorageSummary, VirtualMachineSummary, VirtualMachineUsageOnDatastore, VirtualMachineVMCIDevice, VirtualMachineVMCIDeviceFilterInfo, VirtualMachineVMCIDeviceFilterSpec, VirtualMachineVcpuConfig, VirtualMachineVideoCard, VirtualMachineVirtualDeviceGroups, VirtualMachineVirtualDeviceGroupsDeviceGroup, VirtualMachineVirtualDeviceSwap, VirtualMachineVirtualDeviceSwapDeviceSwapInfo, VirtualMachineVirtualNuma, VirtualMachineVirtualNumaInfo, VirtualMachineVirtualPMem, VirtualPCIController, VirtualPCNet32, VirtualPS2Controller, VirtualPointingDevice, VirtualPointingDeviceDeviceBackingInfo, VirtualSIOController, VirtualVmxnet3, VmAcquiredMksTicketEvent, VmAcquiredTicketEvent, VmAutoRenameEvent, VmBeingClonedEvent, VmBeingClonedNoFolderEvent, VmBeingCreatedEvent, VmBeingDeployedEvent, VmBeingHotMigratedEvent, VmBeingMigratedEvent, VmBeingRelocatedEvent, VmCloneFailedEvent, VmClonedEvent, VmConfigFault, VmConfigInfo, VmConfigMissingEvent, VmConfigSpec, VmConnectedEvent, VmCreatedEvent, VmDasBeingResetWithScreenshotEvent, VmDasResetFailedEvent, VmDasUpdateErrorEvent, VmDasUpdateOkEvent, VmDateRolledBackEvent, VmDeployFailedEvent, VmDeployedEvent, VmDisconnectedEvent, VmDiscoveredEvent, VmDiskFailedEvent, VmEmigratingEvent, VmEndRecordingEvent, VmEndReplayingEvent, VmEventArgument, VmFailedMigrateEvent, VmFailedRelayoutEvent, VmFailedRelayoutOnVmfs2DatastoreEvent, VmFailedStartingSecondaryEvent, VmFailedToPowerOffEvent, VmFailedToPowerOnEvent, VmFailedToRebootGuestEvent, VmFailedToResetEvent, VmFailedToShutdownGuestEvent, VmFailedToStandbyGuestEvent, VmFailedToSuspendEvent, VmFailedUpdatingSecondaryConfig, VmFailoverFailed, VmFaultToleranceStateChangedEvent, VmFaultToleranceTurnedOffEvent, VmFaultToleranceVmTerminatedEvent, VmGuestOSCrashedEvent, VmGuestRebootEvent, VmGuestShutdownEvent, VmGuestStandbyEvent, VmHealthMonitoringStateChangedEvent, VmInstanceUuidAssignedEvent, VmInstanceUuidChangedEvent, VmInstanceUuidConflictEvent, VmMacAssignedEvent, VmMacChangedEvent, VmMacConflictEvent, VmMaxFTRestartCountReached, VmMaxRestartCountReached, VmMessageErrorEvent, VmMessageEvent, VmMessageWarningEvent, VmNoCompatibleHostForSecondaryEvent, VmNoNetworkAccessEvent, VmOrphanedEvent, VmPlacementPolicy, VmPowerOffOnIsolationEvent, VmPoweringOnWithCustomizedDVPortEvent, VmPrimaryFailoverEvent, VmReconfiguredEvent, VmRegisteredEvent, VmRelayoutSuccessfulEvent, VmRelayoutUpToDateEvent, VmReloadFromPathEvent, VmReloadFromPathFailedEvent, VmRelocateFailedEvent, VmRelocatedEvent, VmRemoteConsoleConnectedEvent, VmRemoteConsoleDisconnectedEvent, VmRemovedEvent, VmRenamedEvent, VmRequirementsExceedCurrentEVCModeEvent, VmResettingEvent, VmResourcePoolMovedEvent, VmResourceReallocatedEvent, VmRestartedOnAlternateHostEvent, VmResumingEvent, VmSecondaryAddedEvent, VmSecondaryDisabledBySystemEvent, VmSecondaryDisabledEvent, VmSecondaryEnabledEvent, VmSecondaryStartedEvent, VmShutdownOnIsolationEvent, VmStartRecordingEvent, VmStartReplayingEvent, VmStartingSecondaryEvent, VmStaticMacConflictEvent, VmStoppingEvent, VmSuspendedEvent, VmSuspendingEvent, VmTimedoutStartingSecondaryEvent, VmUnsupportedStartingEvent, VmUpgradeCompleteEvent, VmUpgradeFailedEvent, VmUpgradingEvent, VmUuidAssignedEvent, VmUuidChangedEvent, VmUuidConflictEvent, VmVnicPoolReservationViolationClearEvent, VmVnicPoolReservationViolationRaiseEvent, VmWwnAssignedEvent, VmWwnChangedEvent, VmWwnConflictEvent, VmfsDatastoreInfo, VmfsUnmapBandwidthSpec, VnicPortArgument, VsanDatastoreInfo, VvolDatastoreInfo, WaitOptions, WarningUpgradeEvent } from "./types.js";
/** Whether `value` is a valid AboutInfo, every field and format checked. */
export declare function isAboutInfo(value: unknown): value is AboutInfo;
/** Whether `value` is a valid AccountCreatedEvent, every field and format checked. */
export declare function isAccountCreatedEvent(value: unknown): value is AccountCreatedEvent;
/** Whether `value` is a valid AccountRemovedEvent, every field and format checked. */
export declare function isAccountRemovedEvent(value: unknown): value is AccountRemovedEvent;
/** Whether `value` is a valid AccountUpdatedEvent, every field and format checked. */
export declare function isAccountUpdatedEvent(value: unknown): value is AccountUpdatedEvent;
/** Whether `value` is a valid AdminPasswordNotChangedEvent, every field and format checked. */
export declare function isAdminPasswordNotChangedEvent(value: unknown): value is AdminPasswordNotChangedEvent;
/** Whether `value` is a valid AlarmAcknowledgedEvent, every field and format checked. */
export declare function isAlarmAcknowledgedEvent(value: unknown): value is AlarmAcknowledgedEvent;
/** Whether `value` is a valid AlarmActionTriggeredEvent, every field and format checked. */
export declare function isAlarmActionTriggeredEvent(value: unknown): value is AlarmActionTriggeredEvent;
/** Whether `value` is a valid AlarmClearedEvent, every field and format checked. */
export declare function isAlarmClearedEvent(value: unknown): value is AlarmClearedEvent;
/** Whether `value` is a valid AlarmCreatedEvent, every field and format checked. */
export declare function isAlarmCreatedEvent(value: unknown): value is AlarmCreatedEvent;
/** Whether `value` is a valid AlarmEmailCompletedEvent, every field and format checked. */
export declare function isAlarmEmailCompletedEvent(value: unknown): value is AlarmEmailCompletedEvent;
/** Whether `value` is a valid AlarmEmailFailedEvent, every field and format checked. */
export declare function isAlarmEmailFailedEvent(value: unknown): value is AlarmEmailFailedEvent;
/** Whether `value` is a valid AlarmEvent or known subtype, every field and format checked. */
export declare function isAlarmEvent(value: unknown): value is AnyAlarmEvent;
/** Whether `value` is a valid AlarmEventArgument, every field and format checked. */
export declare function isAlarmEventArgument(value: unknown): value is AlarmEventArgument;
/** Whether `value` is a valid AlarmReconfiguredEvent, every field and format checked. */
export declare function isAlarmReconfiguredEvent(value: unknown): value is AlarmReconfiguredEvent;
/** Whether `value` is a valid AlarmRemovedEvent, every field and format checked. */
export declare function isAlarmRemovedEvent(value: unknown): value is AlarmRemovedEvent;
/** Whether `value` is a valid AlarmScriptCompleteEvent, every field and format checked. */
export declare function isAlarmScriptCompleteEvent(value: unknown): value is AlarmScriptCompleteEvent;
/** Whether `value` is a valid AlarmScriptFailedEvent, every field and format checked. */
export declare function isAlarmScriptFailedEvent(value: unknown): value is AlarmScriptFailedEvent;
/** Whether `value` is a valid AlarmSnmpCompletedEvent, every field and format checked. */
export declare function isAlarmSnmpCompletedEvent(value: unknown): value is AlarmSnmpCompletedEvent;
/** Whether `value` is a valid AlarmSnmpFailedEvent, every field and format checked. */
export declare function isAlarmSnmpFailedEvent(value: unknown): value is AlarmSnmpFailedEvent;
/** Whether `value` is a valid AlarmState, every field and format checked. */
export declare function isAlarmState(value: unknown): value is AlarmState;
/** Whether `value` is a valid AlarmStatusChangedEvent, every field and format checked. */
export declare function isAlarmStatusChangedEvent(value: unknown): value is AlarmStatusChangedEvent;
/** Whether `value` is a valid AllVirtualMachinesLicensedEvent, every field and format checked. */
export declare function isAllVirtualMachinesLicensedEvent(value: unknown): value is AllVirtualMachinesLicensedEvent;
/** Whether `value` is a valid AlreadyAuthenticatedSessionEvent, every field and format checked. */
export declare function isAlreadyAuthenticatedSessionEvent(value: unknown): value is AlreadyAuthenticatedSessionEvent;
/** Whether `value` is a valid AlreadyExists, every field and format checked. */
export declare function isAlreadyExists(value: unknown): value is AlreadyExists;
/** Whether `value` is a valid ArrayUpdateSpec or known subtype, every field and format checked. */
export declare function isArrayUpdateSpec(value: unknown): value is AnyArrayUpdateSpec;
/** Whether `value` is a valid AuthorizationEvent or known subtype, every field and format checked. */
export declare function isAuthorizationEvent(value: unknown): value is AnyAuthorizationEvent;
/** Whether `value` is a valid BadUsernameSessionEvent, every field and format checked. */
export declare function isBadUsernameSessionEvent(value: unknown): value is BadUsernameSessionEvent;
/** Whether `value` is a valid BoolPolicy, every field and format checked. */
export declare function isBoolPolicy(value: unknown): value is BoolPolicy;
/** Whether `value` is a valid CanceledHostOperationEvent, every field and format checked. */
export declare function isCanceledHostOperationEvent(value: unknown): value is CanceledHostOperationEvent;
/** Whether `value` is a valid Capability, every field and format checked. */
export declare function isCapability(value: unknown): value is Capability;
/** Whether `value` is a valid ChangesInfoEventArgument, every field and format checked. */
export declare function isChangesInfoEventArgument(value: unknown): value is ChangesInfoEventArgument;
/** Whether `value` is a valid ChoiceOption, every field and format checked. */
export declare function isChoiceOption(value: unknown): value is ChoiceOption;
/** Whether `value` is a valid ClusterComplianceCheckedEvent, every field and format checked. */
export declare function isClusterComplianceCheckedEvent(value: unknown): value is ClusterComplianceCheckedEvent;
/** Whether `value` is a valid ClusterCreatedEvent, every field and format checked. */
export declare function isClusterCreatedEvent(value: unknown): value is ClusterCreatedEvent;
/** Whether `value` is a valid ClusterDestroyedEvent, every field and format checked. */
export declare function isClusterDestroyedEvent(value: unknown): value is ClusterDestroyedEvent;
/** Whether `value` is a valid ClusterEvent or known subtype, every field and format checked. */
export declare function isClusterEvent(value: unknown): value is AnyClusterEvent;
/** Whether `value` is a valid ClusterOvercommittedEvent or known subtype, every field and format checked. */
export declare function isClusterOvercommittedEvent(value: unknown): value is AnyClusterOvercommittedEvent;
/** Whether `value` is a valid ClusterReconfiguredEvent, every field and format checked. */
export declare function isClusterReconfiguredEvent(value: unknown): value is ClusterReconfiguredEvent;
/** Whether `value` is a valid ClusterStatusChangedEvent or known subtype, every field and format checked. */
export declare function isClusterStatusChangedEvent(value: unknown): value is AnyClusterStatusChangedEvent;
/** Whether `value` is a valid ComputeResourceConfigInfo, every field and format checked. */
export declare function isComputeResourceConfigInfo(value: unknown): value is ComputeResourceConfigInfo;
/** Whether `value` is a valid ComputeResourceEventArgument, every field and format checked. */
export declare function isComputeResourceEventArgument(value: unknown): value is ComputeResourceEventArgument;
/** Whether `value` is a valid ComputeResourceSummary, every field and format checked. */
export declare function isComputeResourceSummary(value: unknown): value is ComputeResourceSummary;
/** Whether `value` is a valid ConcurrentAccess, every field and format checked. */
export declare function isConcurrentAccess(value: unknown): value is ConcurrentAccess;
/** Whether `value` is a valid CryptoKeyId, every field and format checked. */
export declare function isCryptoKeyId(value: unknown): value is CryptoKeyId;
/** Whether `value` is a valid CryptoSpec, every field and format checked. */
export declare function isCryptoSpec(value: unknown): value is CryptoSpec;
/** Whether `value` is a valid CustomFieldDef, every field and format checked. */
export declare function isCustomFieldDef(value: unknown): value is CustomFieldDef;
/** Whether `value` is a valid CustomFieldDefAddedEvent, every field and format checked. */
export declare function isCustomFieldDefAddedEvent(value: unknown): value is CustomFieldDefAddedEvent;
/** Whether `value` is a valid CustomFieldDefEvent or known subtype, every field and format checked. */
export declare function isCustomFieldDefEvent(value: unknown): value is AnyCustomFieldDefEvent;
/** Whether `value` is a valid CustomFieldDefRemovedEvent, every field and format checked. */
export declare function isCustomFieldDefRemovedEvent(value: unknown): value is CustomFieldDefRemovedEvent;
/** Whether `value` is a valid CustomFieldDefRenamedEvent, every field and format checked. */
export declare function isCustomFieldDefRenamedEvent(value: unknown): value is CustomFieldDefRenamedEvent;
/** Whether `value` is a valid CustomFieldEvent or known subtype, every field and format checked. */
export declare function isCustomFieldEvent(value: unknown): value is AnyCustomFieldEvent;
/** Whether `value` is a valid CustomFieldStringValue, every field and format checked. */
export declare function isCustomFieldStringValue(value: unknown): value is CustomFieldStringValue;
/** Whether `value` is a valid CustomFieldValue or known subtype, every field and format checked. */
export declare function isCustomFieldValue(value: unknown): value is AnyCustomFieldValue;
/** Whether `value` is a valid CustomFieldValueChangedEvent, every field and format checked. */
export declare function isCustomFieldValueChangedEvent(value: unknown): value is CustomFieldValueChangedEvent;
/** Whether `value` is a valid CustomizationEvent or known subtype, every field and format checked. */
export declare function isCustomizationEvent(value: unknown): value is AnyCustomizationEvent;
/** Whether `value` is a valid CustomizationFailed or known subtype, every field and format checked. */
export declare function isCustomizationFailed(value: unknown): value is AnyCustomizationFailed;
/** Whether `value` is a valid CustomizationLinuxIdentityFailed, every field and format checked. */
export declare function isCustomizationLinuxIdentityFailed(value: unknown): value is CustomizationLinuxIdentityFailed;
/** Whether `value` is a valid CustomizationNetworkSetupFailed, every field and format checked. */
export declare function isCustomizationNetworkSetupFailed(value: unknown): value is CustomizationNetworkSetupFailed;
/** Whether `value` is a valid CustomizationStartedEvent, every field and format checked. */
export declare function isCustomizationStartedEvent(value: unknown): value is CustomizationStartedEvent;
/** Whether `value` is a valid CustomizationSucceeded, every field and format checked. */
export declare function isCustomizationSucceeded(value: unknown): value is CustomizationSucceeded;
/** Whether `value` is a valid CustomizationSysprepFailed, every field and format checked. */
export declare function isCustomizationSysprepFailed(value: unknown): value is CustomizationSysprepFailed;
/** Whether `value` is a valid CustomizationUnknownFailure, every field and format checked. */
export declare function isCustomizationUnknownFailure(value: unknown): value is CustomizationUnknownFailure;
/** Whether `value` is a valid DVPortSetting, every field and format checked. */
export declare function isDVPortSetting(value: unknown): value is DVPortSetting;
/** Whether `value` is a valid DVPortStatus, every field and format checked. */
export declare function isDVPortStatus(value: unknown): value is DVPortStatus;
/** Whether `value` is a valid DVPortgroupConfigSpec, every field and format checked. */
export declare function isDVPortgroupConfigSpec(value: unknown): value is DVPortgroupConfigSpec;
/** Whether `value` is a valid DVPortgroupCreatedEvent, every field and format checked. */
export declare function isDVPortgroupCreatedEvent(value: unknown): value is DVPortgroupCreatedEvent;
/** Whether `value` is a valid DVPortgroupDestroyedEvent, every field and format checked. */
export declare function isDVPortgroupDestroyedEvent(value: unknown): value is DVPortgroupDestroyedEvent;
/** Whether `value` is a valid DVPortgroupEvent or known subtype, every field and format checked. */
export declare function isDVPortgroupEvent(value: unknown): value is AnyDVPortgroupEvent;
/** Whether `value` is a valid DVPortgroupPolicy, every field and format checked. */
export declare function isDVPortgroupPolicy(value: unknown): value is DVPortgroupPolicy;
/** Whether `value` is a valid DVPortgroupReconfiguredEvent, every field and format checked. */
export declare function isDVPortgroupReconfiguredEvent(value: unknown): value is DVPortgroupReconfiguredEvent;
/** Whether `value` is a valid DVPortgroupRenamedEvent, every field and format checked. */
export declare function isDVPortgroupRenamedEvent(value: unknown): value is DVPortgroupRenamedEvent;
/** Whether `value` is a valid DVSConfigSpec, every field and format checked. */
export declare function isDVSConfigSpec(value: unknown): value is DVSConfigSpec;
/** Whether `value` is a valid DVSContactInfo, every field and format checked. */
export declare function isDVSContactInfo(value: unknown): value is DVSContactInfo;
/** Whether `value` is a valid DVSHostLocalPortInfo, every field and format checked. */
export declare function isDVSHostLocalPortInfo(value: unknown): value is DVSHostLocalPortInfo;
/** Whether `value` is a valid DVSPolicy, every field and format checked. */
export declare function isDVSPolicy(value: unknown): value is DVSPolicy;
/** Whether `value` is a valid DVSTrafficShapingPolicy, every field and format checked. */
export declare function isDVSTrafficShapingPolicy(value: unknown): value is DVSTrafficShapingPolicy;
/** Whether `value` is a valid DVSUplinkPortPolicy, every field and format checked. */
export declare function isDVSUplinkPortPolicy(value: unknown): value is DVSUplinkPortPolicy;
/** Whether `value` is a valid DVSVendorSpecificConfig, every field and format checked. */
export declare function isDVSVendorSpecificConfig(value: unknown): value is DVSVendorSpecificConfig;
/** Whether `value` is a valid DasAdmissionControlDisabledEvent, every field and format checked. */
export declare function isDasAdmissionControlDisabledEvent(value: unknown): value is DasAdmissionControlDisabledEvent;
/** Whether `value` is a valid DasAdmissionControlEnabledEvent, every field and format checked. */
export declare function isDasAdmissionControlEnabledEvent(value: unknown): value is DasAdmissionControlEnabledEvent;
/** Whether `value` is a valid DasAgentFoundEvent, every field and format checked. */
export declare function isDasAgentFoundEvent(value: unknown): value is DasAgentFoundEvent;
/** Whether `value` is a valid DasAgentUnavailableEvent, every field and format checked. */
export declare function isDasAgentUnavailableEvent(value: unknown): value is DasAgentUnavailableEvent;
/** Whether `value` is a valid DasClusterIsolatedEvent, every field and format checked. */
export declare function isDasClusterIsolatedEvent(value: unknown): value is DasClusterIsolatedEvent;
/** Whether `value` is a valid DasDisabledEvent, every field and format checked. */
export declare function isDasDisabledEvent(value: unknown): value is DasDisabledEvent;
/** Whether `value` is a valid DasEnabledEvent, every field and format checked. */
export declare function isDasEnabledEvent(value: unknown): value is DasEnabledEvent;
/** Whether `value` is a valid DasHostFailedEvent, every field and format checked. */
export declare function isDasHostFailedEvent(value: unknown): value is DasHostFailedEvent;
/** Whether `value` is a valid DasHostIsolatedEvent, every field and format checked. */
export declare function isDasHostIsolatedEvent(value: unknown): value is DasHostIsolatedEvent;
/** Whether `value` is a valid DatacenterConfigInfo, every field and format checked. */
export declare function isDatacenterConfigInfo(value: unknown): value is DatacenterConfigInfo;
/** Whether `value` is a valid DatacenterCreatedEvent, every field and format checked. */
export declare function isDatacenterCreatedEvent(value: unknown): value is DatacenterCreatedEvent;
/** Whether `value` is a valid DatacenterEvent or known subtype, every field and format checked. */
export declare function isDatacenterEvent(value: unknown): value is AnyDatacenterEvent;
/** Whether `value` is a valid DatacenterEventArgument, every field and format checked. */
export declare function isDatacenterEventArgument(value: unknown): value is DatacenterEventArgument;
/** Whether `value` is a valid DatacenterRenamedEvent, every field and format checked. */
export declare function isDatacenterRenamedEvent(value: unknown): value is DatacenterRenamedEvent;
/** Whether `value` is a valid DatastoreCapability, every field and format checked. */
export declare function isDatastoreCapability(value: unknown): value is DatastoreCapability;
/** Whether `value` is a valid DatastoreCapacityIncreasedEvent, every field and format checked. */
export declare function isDatastoreCapacityIncreasedEvent(value: unknown): value is DatastoreCapacityIncreasedEvent;
/** Whether `value` is a valid DatastoreDestroyedEvent, every field and format checked. */
export declare function isDatastoreDestroyedEvent(value: unknown): value is DatastoreDestroyedEvent;
/** Whether `value` is a valid DatastoreDiscoveredEvent, every field and format checked. */
export declare function isDatastoreDiscoveredEvent(value: unknown): value is DatastoreDiscoveredEvent;
/** Whether `value` is a valid DatastoreDuplicatedEvent, every field and format checked. */
export declare function isDatastoreDuplicatedEvent(value: unknown): value is DatastoreDuplicatedEvent;
/** Whether `value` is a valid DatastoreEvent or known subtype, every field and format checked. */
export declare function isDatastoreEvent(value: unknown): value is AnyDatastoreEvent;
/** Whether `value` is a valid DatastoreEventArgument, every field and format checked. */
export declare function isDatastoreEventArgument(value: unknown): value is DatastoreEventArgument;
/** Whether `value` is a valid DatastoreFileCopiedEvent, every field and format checked. */
export declare function isDatastoreFileCopiedEvent(value: unknown): value is DatastoreFileCopiedEvent;
/** Whether `value` is a valid DatastoreFileDeletedEvent, every field and format checked. */
export declare function isDatastoreFileDeletedEvent(value: unknown): value is DatastoreFileDeletedEvent;
/** Whether `value` is a valid DatastoreFileEvent or known subtype, every field and format checked. */
export declare function isDatastoreFileEvent(value: unknown): value is AnyDatastoreFileEvent;
/** Whether `value` is a valid DatastoreFileMovedEvent, every field and format checked. */
export declare function isDatastoreFileMovedEvent(value: unknown): value is DatastoreFileMovedEvent;
/** Whether `value` is a valid DatastoreHostMount, every field and format checked. */
export declare function isDatastoreHostMount(value: unknown): value is DatastoreHostMount;
/** Whether `value` is a valid DatastoreIORMReconfiguredEvent, every field and format checked. */
export declare function isDatastoreIORMReconfiguredEvent(value: unknown): value is DatastoreIORMReconfiguredEvent;
/** Whether `value` is a valid DatastoreInfo or known subtype, every field and format checked. */
export declare function isDatastoreInfo(value: unknown): value is AnyDatastoreInfo;
/** Whether `value` is a valid DatastorePrincipalConfigured, every field and format checked. */
export declare function isDatastorePrincipalConfigured(value: unknown): value is DatastorePrincipalConfigured;
/** Whether `value` is a valid DatastoreRemovedOnHostEvent, every field and format checked. */
export declare function isDatastoreRemovedOnHostEvent(value: unknown): value is DatastoreRemovedOnHostEvent;
/** Whether `value` is a valid DatastoreRenamedEvent, every field and format checked. */
export declare function isDatastoreRenamedEvent(value: unknown): value is DatastoreRenamedEvent;
/** Whether `value` is a valid DatastoreRenamedOnHostEvent, every field and format checked. */
export declare function isDatastoreRenamedOnHostEvent(value: unknown): value is DatastoreRenamedOnHostEvent;
/** Whether `value` is a valid DatastoreSummary, every field and format checked. */
export declare function isDatastoreSummary(value: unknown): value is DatastoreSummary;
/** Whether `value` is a valid Description or known subtype, every field and format checked. */
export declare function isDescription(value: unknown): value is AnyDescription;
/** Whether `value` is a valid DistributedVirtualSwitchHostMemberBacking, every field and format checked. */
export declare function isDistributedVirtualSwitchHostMemberBacking(value: unknown): value is DistributedVirtualSwitchHostMemberBacking;
/** Whether `value` is a valid DistributedVirtualSwitchHostMemberConfigSpec, every field and format checked. */
export declare function isDistributedVirtualSwitchHostMemberConfigSpec(value: unknown): value is DistributedVirtualSwitchHostMemberConfigSpec;
/** Whether `value` is a valid DistributedVirtualSwitchKeyedOpaqueBlob, every field and format checked. */
export declare function isDistributedVirtualSwitchKeyedOpaqueBlob(value: unknown): value is DistributedVirtualSwitchKeyedOpaqueBlob;
/** Whether `value` is a valid DistributedVirtualSwitchPortConnectee, every field and format checked. */
export declare function isDistributedVirtualSwitchPortConnectee(value: unknown): value is DistributedVirtualSwitchPortConnectee;
/** Whether `value` is a valid DistributedVirtualSwitchPortConnection, every field and format checked. */
export declare function isDistributedVirtualSwitchPortConnection(value: unknown): value is DistributedVirtualSwitchPortConnection;
/** Whether `value` is a valid DistributedVirtualSwitchProductSpec, every field and format checked. */
export declare function isDistributedVirtualSwitchProductSpec(value: unknown): value is DistributedVirtualSwitchProductSpec;
/** Whether `value` is a valid DrsDisabledEvent, every field and format checked. */
export declare function isDrsDisabledEvent(value: unknown): value is DrsDisabledEvent;
/** Whether `value` is a valid DrsEnabledEvent, every field and format checked. */
export declare function isDrsEnabledEvent(value: unknown): value is DrsEnabledEvent;
/** Whether `value` is a valid DrsEnteredStandbyModeEvent, every field and format checked. */
export declare function isDrsEnteredStandbyModeEvent(value: unknown): value is DrsEnteredStandbyModeEvent;
/** Whether `value` is a valid DrsEnteringStandbyModeEvent, every field and format checked. */
export declare function isDrsEnteringStandbyModeEvent(value: unknown): value is DrsEnteringStandbyModeEvent;
/** Whether `value` is a valid DrsExitStandbyModeFailedEvent, every field and format checked. */
export declare function isDrsExitStandbyModeFailedEvent(value: unknown): value is DrsExitStandbyModeFailedEvent;
/** Whether `value` is a valid DrsExitedStandbyModeEvent, every field and format checked. */
export declare function isDrsExitedStandbyModeEvent(value: unknown): value is DrsExitedStandbyModeEvent;
/** Whether `value` is a valid DrsExitingStandbyModeEvent, every field and format checked. */
export declare function isDrsExitingStandbyModeEvent(value: unknown): value is DrsExitingStandbyModeEvent;
/** Whether `value` is a valid DrsInvocationFailedEvent, every field and format checked. */
export declare function isDrsInvocationFailedEvent(value: unknown): value is DrsInvocationFailedEvent;
/** Whether `value` is a valid DrsRecoveredFromFailureEvent, every field and format checked. */
export declare function isDrsRecoveredFromFailureEvent(value: unknown): value is DrsRecoveredFromFailureEvent;
/** Whether `value` is a valid DrsResourceConfigureFailedEvent, every field and format checked. */
export declare function isDrsResourceConfigureFailedEvent(value: unknown): value is DrsResourceConfigureFailedEvent;
/** Whether `value` is a valid DrsResourceConfigureSyncedEvent, every field and format checked. */
export declare function isDrsResourceConfigureSyncedEvent(value: unknown): value is DrsResourceConfigureSyncedEvent;
/** Whether `value` is a valid DrsRuleComplianceEvent, every field and format checked. */
export declare function isDrsRuleComplianceEvent(value: unknown): value is DrsRuleComplianceEvent;
/** Whether `value` is a valid DrsRuleViolationEvent, every field and format checked. */
export declare function isDrsRuleViolationEvent(value: unknown): value is DrsRuleViolationEvent;
/** Whether `value` is a valid DrsSoftRuleViolationEvent, every field and format checked. */
export declare function isDrsSoftRuleViolationEvent(value: unknown): value is DrsSoftRuleViolationEvent;
/** Whether `value` is a valid DrsVmMigratedEvent, every field and format checked. */
export declare function isDrsVmMigratedEvent(value: unknown): value is DrsVmMigratedEvent;
/** Whether `value` is a valid DrsVmPoweredOnEvent, every field and format checked. */
export declare function isDrsVmPoweredOnEvent(value: unknown): value is DrsVmPoweredOnEvent;
/** Whether `value` is a valid DuplicateIpDetectedEvent, every field and format checked. */
export declare function isDuplicateIpDetectedEvent(value: unknown): value is DuplicateIpDetectedEvent;
/** Whether `value` is a valid DuplicateName, every field and format checked. */
export declare function isDuplicateName(value: unknown): value is DuplicateName;
/** Whether `value` is a valid DvpgImportEvent, every field and format checked. */
export declare function isDvpgImportEvent(value: unknown): value is DvpgImportEvent;
/** Whether `value` is a valid DvpgRestoreEvent, every field and format checked. */
export declare function isDvpgRestoreEvent(value: unknown): value is DvpgRestoreEvent;
/** Whether `value` is a valid DvsCreatedEvent, every field and format checked. */
export declare function isDvsCreatedEvent(value: unknown): value is DvsCreatedEvent;
/** Whether `value` is a valid DvsDestroyedEvent, every field and format checked. */
export declare function isDvsDestroyedEvent(value: unknown): value is DvsDestroyedEvent;
/** Whether `value` is a valid DvsEvent or known subtype, every field and format checked. */
export declare function isDvsEvent(value: unknown): value is AnyDvsEvent;
/** Whether `value` is a valid DvsEventArgument, every field and format checked. */
export declare function isDvsEventArgument(value: unknown): value is DvsEventArgument;
/** Whether `value` is a valid DvsFilterConfig, every field and format checked. */
export declare function isDvsFilterConfig(value: unknown): value is DvsFilterConfig;
/** Whether `value` is a valid DvsFilterParameter, every field and format checked. */
export declare function isDvsFilterParameter(value: unknown): value is DvsFilterParameter;
/** Whether `value` is a valid DvsFilterPolicy, every field and format checked. */
export declare function isDvsFilterPolicy(value: unknown): value is DvsFilterPolicy;
/** Whether `value` is a valid DvsHealthStatusChangeEvent or known subtype, every field and format checked. */
export declare function isDvsHealthStatusChangeEvent(value: unknown): value is AnyDvsHealthStatusChangeEvent;
/** Whether `value` is a valid DvsHostBackInSyncEvent, every field and format checked. */
export declare function isDvsHostBackInSyncEvent(value: unknown): value is DvsHostBackInSyncEvent;
/** Whether `value` is a valid DvsHostInfrastructureTrafficResource, every field and format checked. */
export declare function isDvsHostInfrastructureTrafficResource(value: unknown): value is DvsHostInfrastructureTrafficResource;
/** Whether `value` is a valid DvsHostInfrastructureTrafficResourceAllocation, every field and format checked. */
export declare function isDvsHostInfrastructureTrafficResourceAllocation(value: unknown): value is DvsHostInfrastructureTrafficResourceAllocation;
/** Whether `value` is a valid DvsHostJoinedEvent, every field and format checked. */
export declare function isDvsHostJoinedEvent(value: unknown): value is DvsHostJoinedEvent;
/** Whether `value` is a valid DvsHostLeftEvent, every field and format checked. */
export declare function isDvsHostLeftEvent(value: unknown): value is DvsHostLeftEvent;
/** Whether `value` is a valid DvsHostStatusUpdated, every field and format checked. */
export declare function isDvsHostStatusUpdated(value: unknown): value is DvsHostStatusUpdated;
/** Whether `value` is a valid DvsHostWentOutOfSyncEvent, every field and format checked. */
export declare function isDvsHostWentOutOfSyncEvent(value: unknown): value is DvsHostWentOutOfSyncEvent;
/** Whether `value` is a valid DvsImportEvent, every field and format checked. */
export declare function isDvsImportEvent(value: unknown): value is DvsImportEvent;
/** Whether `value` is a valid DvsMergedEvent, every field and format checked. */
export declare function isDvsMergedEvent(value: unknown): value is DvsMergedEvent;
/** Whether `value` is a valid DvsOutOfSyncHostArgument, every field and format checked. */
export declare function isDvsOutOfSyncHostArgument(value: unknown): value is DvsOutOfSyncHostArgument;
/** Whether `value` is a valid DvsPortBlockedEvent, every field and format checked. */
export declare function isDvsPortBlockedEvent(value: unknown): value is DvsPortBlockedEvent;
/** Whether `value` is a valid DvsPortConnectedEvent, every field and format checked. */
export declare function isDvsPortConnectedEvent(value: unknown): value is DvsPortConnectedEvent;
/** Whether `value` is a valid DvsPortCreatedEvent, every field and format checked. */
export declare function isDvsPortCreatedEvent(value: unknown): value is DvsPortCreatedEvent;
/** Whether `value` is a valid DvsPortDeletedEvent, every field and format checked. */
export declare function isDvsPortDeletedEvent(value: unknown): value is DvsPortDeletedEvent;
/** Whether `value` is a valid DvsPortDisconnectedEvent, every field and format checked. */
export declare function isDvsPortDisconnectedEvent(value: unknown): value is DvsPortDisconnectedEvent;
/** Whether `value` is a valid DvsPortEnteredPassthruEvent, every field and format checked. */
export declare function isDvsPortEnteredPassthruEvent(value: unknown): value is DvsPortEnteredPassthruEvent;
/** Whether `value` is a valid DvsPortExitedPassthruEvent, every field and format checked. */
export declare function isDvsPortExitedPassthruEvent(value: unknown): value is DvsPortExitedPassthruEvent;
/** Whether `value` is a valid DvsPortJoinPortgroupEvent, every field and format checked. */
export declare function isDvsPortJoinPortgroupEvent(value: unknown): value is DvsPortJoinPortgroupEvent;
/** Whether `value` is a valid DvsPortLeavePortgroupEvent, every field and format checked. */
export declare function isDvsPortLeavePortgroupEvent(value: unknown): value is DvsPortLeavePortgroupEvent;
/** Whether `value` is a valid DvsPortLinkDownEvent, every field and format checked. */
export declare function isDvsPortLinkDownEvent(value: unknown): value is DvsPortLinkDownEvent;
/** Whether `value` is a valid DvsPortLinkUpEvent, every field and format checked. */
export declare function isDvsPortLinkUpEvent(value: unknown): value is DvsPortLinkUpEvent;
/** Whether `value` is a valid DvsPortReconfiguredEvent, every field and format checked. */
export declare function isDvsPortReconfiguredEvent(value: unknown): value is DvsPortReconfiguredEvent;
/** Whether `value` is a valid DvsPortRuntimeChangeEvent, every field and format checked. */
export declare function isDvsPortRuntimeChangeEvent(value: unknown): value is DvsPortRuntimeChangeEvent;
/** Whether `value` is a valid DvsPortUnblockedEvent, every field and format checked. */
export declare function isDvsPortUnblockedEvent(value: unknown): value is DvsPortUnblockedEvent;
/** Whether `value` is a valid DvsPortVendorSpecificStateChangeEvent, every field and format checked. */
export declare function isDvsPortVendorSpecificStateChangeEvent(value: unknown): value is DvsPortVendorSpecificStateChangeEvent;
/** Whether `value` is a valid DvsReconfiguredEvent, every field and format checked. */
export declare function isDvsReconfiguredEvent(value: unknown): value is DvsReconfiguredEvent;
/** Whether `value` is a valid DvsRenamedEvent, every field and format checked. */
export declare function isDvsRenamedEvent(value: unknown): value is DvsRenamedEvent;
/** Whether `value` is a valid DvsRestoreEvent, every field and format checked. */
export declare function isDvsRestoreEvent(value: unknown): value is DvsRestoreEvent;
/** Whether `value` is a valid DvsUpgradeAvailableEvent, every field and format checked. */
export declare function isDvsUpgradeAvailableEvent(value: unknown): value is DvsUpgradeAvailableEvent;
/** Whether `value` is a valid DvsUpgradeInProgressEvent, every field and format checked. */
export declare function isDvsUpgradeInProgressEvent(value: unknown): value is DvsUpgradeInProgressEvent;
/** Whether `value` is a valid DvsUpgradeRejectedEvent, every field and format checked. */
export declare function isDvsUpgradeRejectedEvent(value: unknown): value is DvsUpgradeRejectedEvent;
/** Whether `value` is a valid DvsUpgradedEvent, every field and format checked. */
export declare function isDvsUpgradedEvent(value: unknown): value is DvsUpgradedEvent;
/** Whether `value` is a valid DynamicData or known subtype, every field and format checked. */
export declare function isDynamicData(value: unknown): value is AnyDynamicData;
/** Whether `value` is a valid DynamicProperty, every field and format checked. */
export declare function isDynamicProperty(value: unknown): value is DynamicProperty;
/** Whether `value` is a valid EVCMode, every field and format checked. */
export declare function isEVCMode(value: unknown): value is EVCMode;
/** Whether `value` is a valid ElementDescription or known subtype, every field and format checked. */
export declare function isElementDescription(value: unknown): value is AnyElementDescription;
/** Whether `value` is a valid EnteredMaintenanceModeEvent, every field and format checked. */
export declare function isEnteredMaintenanceModeEvent(value: unknown): value is EnteredMaintenanceModeEvent;
/** Whether `value` is a valid EnteredStandbyModeEvent or known subtype, every field and format checked. */
export declare function isEnteredStandbyModeEvent(value: unknown): value is AnyEnteredStandbyModeEvent;
/** Whether `value` is a valid EnteringMaintenanceModeEvent, every field and format checked. */
export declare function isEnteringMaintenanceModeEvent(value: unknown): value is EnteringMaintenanceModeEvent;
/** Whether `value` is a valid EnteringStandbyModeEvent or known subtype, every field and format checked. */
export declare function isEnteringStandbyModeEvent(value: unknown): value is AnyEnteringStandbyModeEvent;
/** Whether `value` is a valid EntityEventArgument or known subtype, every field and format checked. */
export declare function isEntityEventArgument(value: unknown): value is AnyEntityEventArgument;
/** Whether `value` is a valid EnumDescription, every field and format checked. */
export declare function isEnumDescription(value: unknown): value is EnumDescription;
/** Whether `value` is a valid ErrorUpgradeEvent, every field and format checked. */
export declare function isErrorUpgradeEvent(value: unknown): value is ErrorUpgradeEvent;
/** Whether `value` is a valid Event or known subtype, every field and format checked. */
export declare function isEvent(value: unknown): value is AnyEvent;
/** Whether `value` is a valid EventArgument or known subtype, every field and format checked. */
export declare function isEventArgument(value: unknown): value is AnyEventArgument;
/** Whether `value` is a valid EventDescription, every field and format checked. */
export declare function isEventDescription(value: unknown): value is EventDescription;
/** Whether `value` is a valid EventDescriptionEventDetail, every field and format checked. */
export declare function isEventDescriptionEventDetail(value: unknown): value is EventDescriptionEventDetail;
/** Whether `value` is a valid EventEx, every field and format checked. */
export declare function isEventEx(value: unknown): value is EventEx;
/** Whether `value` is a valid EventFilterSpec, every field and format checked. */
export declare function isEventFilterSpec(value: unknown): value is EventFilterSpec;
/** Whether `value` is a valid EventFilterSpecByEntity, every field and format checked. */
export declare function isEventFilterSpecByEntity(value: unknown): value is EventFilterSpecByEntity;
/** Whether `value` is a valid EventFilterSpecByTime, every field and format checked. */
export declare function isEventFilterSpecByTime(value: unknown): value is EventFilterSpecByTime;
/** Whether `value` is a valid EventFilterSpecByUsername, every field and format checked. */
export declare function isEventFilterSpecByUsername(value: unknown): value is EventFilterSpecByUsername;
/** Whether `value` is a valid EventManagerEventViewSpec or known subtype, every field and format checked. */
export declare function isEventManagerEventViewSpec(value: unknown): value is AnyEventManagerEventViewSpec;
/** Whether `value` is a valid EventManagerViewByStartId, every field and format checked. */
export declare function isEventManagerViewByStartId(value: unknown): value is EventManagerViewByStartId;
/** Whether `value` is a valid ExitMaintenanceModeEvent, every field and format checked. */
export declare function isExitMaintenanceModeEvent(value: unknown): value is ExitMaintenanceModeEvent;
/** Whether `value` is a valid ExitStandbyModeFailedEvent or known subtype, every field and format checked. */
export declare function isExitStandbyModeFailedEvent(value: unknown): value is AnyExitStandbyModeFailedEvent;
/** Whether `value` is a valid ExitedStandbyModeEvent or known subtype, every field and format checked. */
export declare function isExitedStandbyModeEvent(value: unknown): value is AnyExitedStandbyModeEvent;
/** Whether `value` is a valid ExitingStandbyModeEvent or known subtype, every field and format checked. */
export declare function isExitingStandbyModeEvent(value: unknown): value is AnyExitingStandbyModeEvent;
/** Whether `value` is a valid ExtendedEvent, every field and format checked. */
export declare function isExtendedEvent(value: unknown): value is ExtendedEvent;
/** Whether `value` is a valid ExtendedEventPair, every field and format checked. */
export declare function isExtendedEventPair(value: unknown): value is ExtendedEventPair;
/** Whether `value` is a valid FailoverLevelRestored, every field and format checked. */
export declare function isFailoverLevelRestored(value: unknown): value is FailoverLevelRestored;
/** Whether `value` is a valid FaultToleranceConfigInfo, every field and format checked. */
export declare function isFaultToleranceConfigInfo(value: unknown): value is FaultToleranceConfigInfo;
/** Whether `value` is a valid FeatureEVCMode, every field and format checked. */
export declare function isFeatureEVCMode(value: unknown): value is FeatureEVCMode;
/** Whether `value` is a valid FileFault or known subtype, every field and format checked. */
export declare function isFileFault(value: unknown): value is AnyFileFault;
/** Whether `value` is a valid FileNotFound, every field and format checked. */
export declare function isFileNotFound(value: unknown): value is FileNotFound;
/** Whether `value` is a valid FolderEventArgument, every field and format checked. */
export declare function isFolderEventArgument(value: unknown): value is FolderEventArgument;
/** Whether `value` is a valid GeneralEvent or known subtype, every field and format checked. */
export declare function isGeneralEvent(value: unknown): value is AnyGeneralEvent;
/** Whether `value` is a valid GeneralHostErrorEvent, every field and format checked. */
export declare function isGeneralHostErrorEvent(value: unknown): value is GeneralHostErrorEvent;
/** Whether `value` is a valid GeneralHostInfoEvent, every field and format checked. */
export declare function isGeneralHostInfoEvent(value: unknown): value is GeneralHostInfoEvent;
/** Whether `value` is a valid GeneralHostWarningEvent, every field and format checked. */
export declare function isGeneralHostWarningEvent(value: unknown): value is GeneralHostWarningEvent;
/** Whether `value` is a valid GeneralUserEvent, every field and format checked. */
export declare function isGeneralUserEvent(value: unknown): value is GeneralUserEvent;
/** Whether `value` is a valid GeneralVmErrorEvent, every field and format checked. */
export declare function isGeneralVmErrorEvent(value: unknown): value is GeneralVmErrorEvent;
/** Whether `value` is a valid GeneralVmInfoEvent, every field and format checked. */
export declare function isGeneralVmInfoEvent(value: unknown): value is GeneralVmInfoEvent;
/** Whether `value` is a valid GeneralVmWarningEvent, every field and format checked. */
export declare function isGeneralVmWarningEvent(value: unknown): value is GeneralVmWarningEvent;
/** Whether `value` is a valid GhostDvsProxySwitchDetectedEvent, every field and format checked. */
export declare function isGhostDvsProxySwitchDetectedEvent(value: unknown): value is GhostDvsProxySwitchDetectedEvent;
/** Whether `value` is a valid GhostDvsProxySwitchRemovedEvent, every field and format checked. */
export declare function isGhostDvsProxySwitchRemovedEvent(value: unknown): value is GhostDvsProxySwitchRemovedEvent;
/** Whether `value` is a valid GlobalMessageChangedEvent, every field and format checked. */
export declare function isGlobalMessageChangedEvent(value: unknown): value is GlobalMessageChangedEvent;
/** Whether `value` is a valid GuestDiskInfo, every field and format checked. */
export declare function isGuestDiskInfo(value: unknown): value is GuestDiskInfo;
/** Whether `value` is a valid GuestInfo, every field and format checked. */
export declare function isGuestInfo(value: unknown): value is GuestInfo;
/** Whether `value` is a valid GuestInfoCustomizationInfo, every field and format checked. */
export declare function isGuestInfoCustomizationInfo(value: unknown): value is GuestInfoCustomizationInfo;
/** Whether `value` is a valid GuestInfoNamespaceGenerationInfo, every field and format checked. */
export declare function isGuestInfoNamespaceGenerationInfo(value: unknown): value is GuestInfoNamespaceGenerationInfo;
/** Whether `value` is a valid GuestInfoVirtualDiskMapping, every field and format checked. */
export declare function isGuestInfoVirtualDiskMapping(value: unknown): value is GuestInfoVirtualDiskMapping;
/** Whether `value` is a valid GuestNicInfo, every field and format checked. */
export declare function isGuestNicInfo(value: unknown): value is GuestNicInfo;
/** Whether `value` is a valid GuestScreenInfo, every field and format checked. */
export declare function isGuestScreenInfo(value: unknown): value is GuestScreenInfo;
/** Whether `value` is a valid GuestStackInfo, every field and format checked. */
export declare function isGuestStackInfo(value: unknown): value is GuestStackInfo;
/** Whether `value` is a valid HealthStatusChangedEvent, every field and format checked. */
export declare function isHealthStatusChangedEvent(value: unknown): value is HealthStatusChangedEvent;
/** Whether `value` is a valid HostAccountSpec, every field and format checked. */
export declare function isHostAccountSpec(value: unknown): value is HostAccountSpec;
/** Whether `value` is a valid HostAddFailedEvent, every field and format checked. */
export declare function isHostAddFailedEvent(value: unknown): value is HostAddFailedEvent;
/** Whether `value` is a valid HostAddedEvent, every field and format checked. */
export declare function isHostAddedEvent(value: unknown): value is HostAddedEvent;
/** Whether `value` is a valid HostAdminDisableEvent, every field and format checked. */
export declare function isHostAdminDisableEvent(value: unknown): value is HostAdminDisableEvent;
/** Whether `value` is a valid HostAdminEnableEvent, every field and format checked. */
export declare function isHostAdminEnableEvent(value: unknown): value is HostAdminEnableEvent;
/** Whether `value` is a valid HostCnxFailedAccountFailedEvent, every field and format checked. */
export declare function isHostCnxFailedAccountFailedEvent(value: unknown): value is HostCnxFailedAccountFailedEvent;
/** Whether `value` is a valid HostCnxFailedAlreadyManagedEvent, every field and format checked. */
export declare function isHostCnxFailedAlreadyManagedEvent(value: unknown): value is HostCnxFailedAlreadyManagedEvent;
/** Whether `value` is a valid HostCnxFailedBadCcagentEvent, every field and format checked. */
export declare function isHostCnxFailedBadCcagentEvent(value: unknown): value is HostCnxFailedBadCcagentEvent;
/** Whether `value` is a valid HostCnxFailedBadUsernameEvent, every field and format checked. */
export declare function isHostCnxFailedBadUsernameEvent(value: unknown): value is HostCnxFailedBadUsernameEvent;
/** Whether `value` is a valid HostCnxFailedBadVersionEvent, every field and format checked. */
export declare function isHostCnxFailedBadVersionEvent(value: unknown): value is HostCnxFailedBadVersionEvent;
/** Whether `value` is a valid HostCnxFailedCcagentUpgradeEvent, every field and format checked. */
export declare function isHostCnxFailedCcagentUpgradeEvent(value: unknown): value is HostCnxFailedCcagentUpgradeEvent;
/** Whether `value` is a valid HostCnxFailedEvent, every field and format checked. */
export declare function isHostCnxFailedEvent(value: unknown): value is HostCnxFailedEvent;
/** Whether `value` is a valid HostCnxFailedNetworkErrorEvent, every field and format checked. */
export declare function isHostCnxFailedNetworkErrorEvent(value: unknown): value is HostCnxFailedNetworkErrorEvent;
/** Whether `value` is a valid HostCnxFailedNoAccessEvent, every field and format checked. */
export declare function isHostCnxFailedNoAccessEvent(value: unknown): value is HostCnxFailedNoAccessEvent;
/** Whether `value` is a valid HostCnxFailedNoConnectionEvent, every field and format checked. */
export declare function isHostCnxFailedNoConnectionEvent(value: unknown): value is HostCnxFailedNoConnectionEvent;
/** Whether `value` is a valid HostCnxFailedNoLicenseEvent, every field and format checked. */
export declare function isHostCnxFailedNoLicenseEvent(value: unknown): value is HostCnxFailedNoLicenseEvent;
/** Whether `value` is a valid HostCnxFailedNotFoundEvent, every field and format checked. */
export declare function isHostCnxFailedNotFoundEvent(value: unknown): value is HostCnxFailedNotFoundEvent;
/** Whether `value` is a valid HostCnxFailedTimeoutEvent, every field and format checked. */
export declare function isHostCnxFailedTimeoutEvent(value: unknown): value is HostCnxFailedTimeoutEvent;
/** Whether `value` is a valid HostComplianceCheckedEvent, every field and format checked. */
export declare function isHostComplianceCheckedEvent(value: unknown): value is HostComplianceCheckedEvent;
/** Whether `value` is a valid HostCompliantEvent, every field and format checked. */
export declare function isHostCompliantEvent(value: unknown): value is HostCompliantEvent;
/** Whether `value` is a valid HostConfigAppliedEvent, every field and format checked. */
export declare function isHostConfigAppliedEvent(value: unknown): value is HostConfigAppliedEvent;
/** Whether `value` is a valid HostConnectedEvent, every field and format checked. */
export declare function isHostConnectedEvent(value: unknown): value is HostConnectedEvent;
/** Whether `value` is a valid HostConnectionLostEvent, every field and format checked. */
export declare function isHostConnectionLostEvent(value: unknown): value is HostConnectionLostEvent;
/** Whether `value` is a valid HostCpuIdInfo, every field and format checked. */
export declare function isHostCpuIdInfo(value: unknown): value is HostCpuIdInfo;
/** Whether `value` is a valid HostDasDisabledEvent, every field and format checked. */
export declare function isHostDasDisabledEvent(value: unknown): value is HostDasDisabledEvent;
/** Whether `value` is a valid HostDasDisablingEvent, every field and format checked. */
export declare function isHostDasDisablingEvent(value: unknown): value is HostDasDisablingEvent;
/** Whether `value` is a valid HostDasEnabledEvent, every field and format checked. */
export declare function isHostDasEnabledEvent(value: unknown): value is HostDasEnabledEvent;
/** Whether `value` is a valid HostDasEnablingEvent, every field and format checked. */
export declare function isHostDasEnablingEvent(value: unknown): value is HostDasEnablingEvent;
/** Whether `value` is a valid HostDasErrorEvent, every field and format checked. */
export declare function isHostDasErrorEvent(value: unknown): value is HostDasErrorEvent;
/** Whether `value` is a valid HostDasEvent or known subtype, every field and format checked. */
export declare function isHostDasEvent(value: unknown): value is AnyHostDasEvent;
/** Whether `value` is a valid HostDasOkEvent, every field and format checked. */
export declare function isHostDasOkEvent(value: unknown): value is HostDasOkEvent;
/** Whether `value` is a valid HostDisconnectedEvent, every field and format checked. */
export declare function isHostDisconnectedEvent(value: unknown): value is HostDisconnectedEvent;
/** Whether `value` is a valid HostEnableAdminFailedEvent, every field and format checked. */
export declare function isHostEnableAdminFailedEvent(value: unknown): value is HostEnableAdminFailedEvent;
/** Whether `value` is a valid HostEvent or known subtype, every field and format checked. */
export declare function isHostEvent(value: unknown): value is AnyHostEvent;
/** Whether `value` is a valid HostEventArgument, every field and format checked. */
export declare function isHostEventArgument(value: unknown): value is HostEventArgument;
/** Whether `value` is a valid HostExtraNetworksEvent, every field and format checked. */
export declare function isHostExtraNetworksEvent(value: unknown): value is HostExtraNetworksEvent;
/** Whether `value` is a valid HostFeatureCapability, every field and format checked. */
export declare function isHostFeatureCapability(value: unknown): value is HostFeatureCapability;
/** Whether `value` is a valid HostFeatureMask, every field and format checked. */
export declare function isHostFeatureMask(value: unknown): value is HostFeatureMask;
/** Whether `value` is a valid HostFileSystemVolume or known subtype, every field and format checked. */
export declare function isHostFileSystemVolume(value: unknown): value is AnyHostFileSystemVolume;
/** Whether `value` is a valid HostForceMountedInfo, every field and format checked. */
export declare function isHostForceMountedInfo(value: unknown): value is HostForceMountedInfo;
/** Whether `value` is a valid HostGetShortNameFailedEvent, every field and format checked. */
export declare function isHostGetShortNameFailedEvent(value: unknown): value is HostGetShortNameFailedEvent;
/** Whether `value` is a valid HostInAuditModeEvent, every field and format checked. */
export declare function isHostInAuditModeEvent(value: unknown): value is HostInAuditModeEvent;
/** Whether `value` is a valid HostInventoryFullEvent, every field and format checked. */
export declare function isHostInventoryFullEvent(value: unknown): value is HostInventoryFullEvent;
/** Whether `value` is a valid HostInventoryUnreadableEvent, every field and format checked. */
export declare function isHostInventoryUnreadableEvent(value: unknown): value is HostInventoryUnreadableEvent;
/** Whether `value` is a valid HostIpChangedEvent, every field and format checked. */
export declare function isHostIpChangedEvent(value: unknown): value is HostIpChangedEvent;
/** Whether `value` is a valid HostIpInconsistentEvent, every field and format checked. */
export declare function isHostIpInconsistentEvent(value: unknown): value is HostIpInconsistentEvent;
/** Whether `value` is a valid HostIpToShortNameFailedEvent, every field and format checked. */
export declare function isHostIpToShortNameFailedEvent(value: unknown): value is HostIpToShortNameFailedEvent;
/** Whether `value` is a valid HostIsolationIpPingFailedEvent, every field and format checked. */
export declare function isHostIsolationIpPingFailedEvent(value: unknown): value is HostIsolationIpPingFailedEvent;
/** Whether `value` is a valid HostLicenseExpiredEvent, every field and format checked. */
export declare function isHostLicenseExpiredEvent(value: unknown): value is HostLicenseExpiredEvent;
/** Whether `value` is a valid HostLocalPortCreatedEvent, every field and format checked. */
export declare function isHostLocalPortCreatedEvent(value: unknown): value is HostLocalPortCreatedEvent;
/** Whether `value` is a valid HostMemberHealthCheckResult, every field and format checked. */
export declare function isHostMemberHealthCheckResult(value: unknown): value is HostMemberHealthCheckResult;
/** Whether `value` is a valid HostMissingNetworksEvent, every field and format checked. */
export declare function isHostMissingNetworksEvent(value: unknown): value is HostMissingNetworksEvent;
/** Whether `value` is a valid HostMonitoringStateChangedEvent, every field and format checked. */
export declare function isHostMonitoringStateChangedEvent(value: unknown): value is HostMonitoringStateChangedEvent;
/** Whether `value` is a valid HostMountInfo, every field and format checked. */
export declare function isHostMountInfo(value: unknown): value is HostMountInfo;
/** Whether `value` is a valid HostNasVolume, every field and format checked. */
export declare function isHostNasVolume(value: unknown): value is HostNasVolume;
/** Whether `value` is a valid HostNoAvailableNetworksEvent, every field and format checked. */
export declare function isHostNoAvailableNetworksEvent(value: unknown): value is HostNoAvailableNetworksEvent;
/** Whether `value` is a valid HostNoHAEnabledPortGroupsEvent, every field and format checked. */
export declare function isHostNoHAEnabledPortGroupsEvent(value: unknown): value is HostNoHAEnabledPortGroupsEvent;
/** Whether `value` is a valid HostNoRedundantManagementNetworkEvent, every field and format checked. */
export declare function isHostNoRedundantManagementNetworkEvent(value: unknown): value is HostNoRedundantManagementNetworkEvent;
/** Whether `value` is a valid HostNonCompliantEvent, every field and format checked. */
export declare function isHostNonCompliantEvent(value: unknown): value is HostNonCompliantEvent;
/** Whether `value` is a valid HostNotInClusterEvent, every field and format checked. */
export declare function isHostNotInClusterEvent(value: unknown): value is HostNotInClusterEvent;
/** Whether `value` is a valid HostOvercommittedEvent, every field and format checked. */
export declare function isHostOvercommittedEvent(value: unknown): value is HostOvercommittedEvent;
/** Whether `value` is a valid HostPMemVolume, every field and format checked. */
export declare function isHostPMemVolume(value: unknown): value is HostPMemVolume;
/** Whether `value` is a valid HostPrimaryAgentNotShortNameEvent, every field and format checked. */
export declare function isHostPrimaryAgentNotShortNameEvent(value: unknown): value is HostPrimaryAgentNotShortNameEvent;
/** Whether `value` is a valid HostProfileAppliedEvent, every field and format checked. */
export declare function isHostProfileAppliedEvent(value: unknown): value is HostProfileAppliedEvent;
/** Whether `value` is a valid HostProtocolEndpoint, every field and format checked. */
export declare function isHostProtocolEndpoint(value: unknown): value is HostProtocolEndpoint;
/** Whether `value` is a valid HostReconnectionFailedEvent, every field and format checked. */
export declare function isHostReconnectionFailedEvent(value: unknown): value is HostReconnectionFailedEvent;
/** Whether `value` is a valid HostRemovedEvent, every field and format checked. */
export declare function isHostRemovedEvent(value: unknown): value is HostRemovedEvent;
/** Whether `value` is a valid HostScsiDiskPartition, every field and format checked. */
export declare function isHostScsiDiskPartition(value: unknown): value is HostScsiDiskPartition;
/** Whether `value` is a valid HostShortNameInconsistentEvent, every field and format checked. */
export declare function isHostShortNameInconsistentEvent(value: unknown): value is HostShortNameInconsistentEvent;
/** Whether `value` is a valid HostShortNameToIpFailedEvent, every field and format checked. */
export declare function isHostShortNameToIpFailedEvent(value: unknown): value is HostShortNameToIpFailedEvent;
/** Whether `value` is a valid HostShutdownEvent, every field and format checked. */
export declare function isHostShutdownEvent(value: unknown): value is HostShutdownEvent;
/** Whether `value` is a valid HostSpecification, every field and format checked. */
export declare function isHostSpecification(value: unknown): value is HostSpecification;
/** Whether `value` is a valid HostSpecificationChangedEvent, every field and format checked. */
export declare function isHostSpecificationChangedEvent(value: unknown): value is HostSpecificationChangedEvent;
/** Whether `value` is a valid HostSpecificationRequireEvent, every field and format checked. */
export declare function isHostSpecificationRequireEvent(value: unknown): value is HostSpecificationRequireEvent;
/** Whether `value` is a valid HostSpecificationUpdateEvent, every field and format checked. */
export declare function isHostSpecificationUpdateEvent(value: unknown): value is HostSpecificationUpdateEvent;
/** Whether `value` is a valid HostStatusChangedEvent, every field and format checked. */
export declare function isHostStatusChangedEvent(value: unknown): value is HostStatusChangedEvent;
/** Whether `value` is a valid HostSubSpecification, every field and format checked. */
export declare function isHostSubSpecification(value: unknown): value is HostSubSpecification;
/** Whether `value` is a valid HostSubSpecificationDeleteEvent, every field and format checked. */
export declare function isHostSubSpecificationDeleteEvent(value: unknown): value is HostSubSpecificationDeleteEvent;
/** Whether `value` is a valid HostSubSpecificationUpdateEvent, every field and format checked. */
export declare function isHostSubSpecificationUpdateEvent(value: unknown): value is HostSubSpecificationUpdateEvent;
/** Whether `value` is a valid HostSyncFailedEvent, every field and format checked. */
export declare function isHostSyncFailedEvent(value: unknown): value is HostSyncFailedEvent;
/** Whether `value` is a valid HostUpgradeFailedEvent, every field and format checked. */
export declare function isHostUpgradeFailedEvent(value: unknown): value is HostUpgradeFailedEvent;
/** Whether `value` is a valid HostUserWorldSwapNotEnabledEvent, every field and format checked. */
export declare function isHostUserWorldSwapNotEnabledEvent(value: unknown): value is HostUserWorldSwapNotEnabledEvent;
/** Whether `value` is a valid HostVmfsVolume, every field and format checked. */
export declare function isHostVmfsVolume(value: unknown): value is HostVmfsVolume;
/** Whether `value` is a valid HostVnicConnectedToCustomizedDVPortEvent, every field and format checked. */
export declare function isHostVnicConnectedToCustomizedDVPortEvent(value: unknown): value is HostVnicConnectedToCustomizedDVPortEvent;
/** Whether `value` is a valid HostVvolNQN, every field and format checked. */
export declare function isHostVvolNQN(value: unknown): value is HostVvolNQN;
/** Whether `value` is a valid HostVvolVolume, every field and format checked. */
export declare function isHostVvolVolume(value: unknown): value is HostVvolVolume;
/** Whether `value` is a valid HostVvolVolumeHostVvolNQN, every field and format checked. */
export declare function isHostVvolVolumeHostVvolNQN(value: unknown): value is HostVvolVolumeHostVvolNQN;
/** Whether `value` is a valid HostWwnChangedEvent, every field and format checked. */
export declare function isHostWwnChangedEvent(value: unknown): value is HostWwnChangedEvent;
/** Whether `value` is a valid HostWwnConflictEvent, every field and format checked. */
export declare function isHostWwnConflictEvent(value: unknown): value is HostWwnConflictEvent;
/** Whether `value` is a valid ID, every field and format checked. */
export declare function isID(value: unknown): value is ID;
/** Whether `value` is a valid IScsiBootFailureEvent, every field and format checked. */
export declare function isIScsiBootFailureEvent(value: unknown): value is IScsiBootFailureEvent;
/** Whether `value` is a valid IncorrectHostInformationEvent, every field and format checked. */
export declare function isIncorrectHostInformationEvent(value: unknown): value is IncorrectHostInformationEvent;
/** Whether `value` is a valid InfoUpgradeEvent, every field and format checked. */
export declare function isInfoUpgradeEvent(value: unknown): value is InfoUpgradeEvent;
/** Whether `value` is a valid InheritablePolicy or known subtype, every field and format checked. */
export declare function isInheritablePolicy(value: unknown): value is AnyInheritablePolicy;
/** Whether `value` is a valid InsufficientFailoverResourcesEvent, every field and format checked. */
export declare function isInsufficientFailoverResourcesEvent(value: unknown): value is InsufficientFailoverResourcesEvent;
/** Whether `value` is a valid InsufficientResourcesFault, every field and format checked. */
export declare function isInsufficientResourcesFault(value: unknown): value is InsufficientResourcesFault;
/** Whether `value` is a valid InvalidArgument, every field and format checked. */
export declare function isInvalidArgument(value: unknown): value is InvalidArgument;
/** Whether `value` is a valid InvalidCollectorVersion, every field and format checked. */
export declare function isInvalidCollectorVersion(value: unknown): value is InvalidCollectorVersion;
/** Whether `value` is a valid InvalidDatastore or known subtype, every field and format checked. */
export declare function isInvalidDatastore(value: unknown): value is AnyInvalidDatastore;
/** Whether `value` is a valid InvalidDatastorePath, every field and format checked. */
export declare function isInvalidDatastorePath(value: unknown): value is InvalidDatastorePath;
/** Whether `value` is a valid InvalidEditionEvent, every field and format checked. */
export declare function isInvalidEditionEvent(value: unknown): value is InvalidEditionEvent;
/** Whether `value` is a valid InvalidEvent, every field and format checked. */
export declare function isInvalidEvent(value: unknown): value is InvalidEvent;
/** Whether `value` is a valid InvalidLocale, every field and format checked. */
export declare function isInvalidLocale(value: unknown): value is InvalidLocale;
/** Whether `value` is a valid InvalidLogin, every field and format checked. */
export declare function isInvalidLogin(value: unknown): value is InvalidLogin;
/** Whether `value` is a valid InvalidName, every field and format checked. */
export declare function isInvalidName(value: unknown): value is InvalidName;
/** Whether `value` is a valid InvalidPowerState, every field and format checked. */
export declare function isInvalidPowerState(value: unknown): value is InvalidPowerState;
/** Whether `value` is a valid InvalidProperty, every field and format checked. */
export declare function isInvalidProperty(value: unknown): value is InvalidProperty;
/** Whether `value` is a valid InvalidRequest or known subtype, every field and format checked. */
export declare function isInvalidRequest(value: unknown): value is AnyInvalidRequest;
/** Whether `value` is a valid InvalidState or known subtype, every field and format checked. */
export declare function isInvalidState(value: unknown): value is AnyInvalidState;
/** Whether `value` is a valid InvalidType, every field and format checked. */
export declare function isInvalidType(value: unknown): value is InvalidType;
/** Whether `value` is a valid KeyAnyValue, every field and format checked. */
export declare function isKeyAnyValue(value: unknown): value is KeyAnyValue;
/** Whether `value` is a valid KeyProviderId, every field and format checked. */
export declare function isKeyProviderId(value: unknown): value is KeyProviderId;
/** Whether `value` is a valid KeyValue, every field and format checked. */
export declare function isKeyValue(value: unknown): value is KeyValue;
/** Whether `value` is a valid LatencySensitivity, every field and format checked. */
export declare function isLatencySensitivity(value: unknown): value is LatencySensitivity;
/** Whether `value` is a valid LicenseEvent or known subtype, every field and format checked. */
export declare function isLicenseEvent(value: unknown): value is AnyLicenseEvent;
/** Whether `value` is a valid LicenseExpiredEvent, every field and format checked. */
export declare function isLicenseExpiredEvent(value: unknown): value is LicenseExpiredEvent;
/** Whether `value` is a valid LicenseFeatureInfo, every field and format checked. */
export declare function isLicenseFeatureInfo(value: unknown): value is LicenseFeatureInfo;
/** Whether `value` is a valid LicenseNonComplianceEvent, every field and format checked. */
export declare function isLicenseNonComplianceEvent(value: unknown): value is LicenseNonComplianceEvent;
/** Whether `value` is a valid LicenseRestrictedEvent, every field and format checked. */
export declare function isLicenseRestrictedEvent(value: unknown): value is LicenseRestrictedEvent;
/** Whether `value` is a valid LicenseServerAvailableEvent, every field and format checked. */
export declare function isLicenseServerAvailableEvent(value: unknown): value is LicenseServerAvailableEvent;
/** Whether `value` is a valid LicenseServerUnavailableEvent, every field and format checked. */
export declare function isLicenseServerUnavailableEvent(value: unknown): value is LicenseServerUnavailableEvent;
/** Whether `value` is a valid LocalDatastoreCreatedEvent, every field and format checked. */
export declare function isLocalDatastoreCreatedEvent(value: unknown): value is LocalDatastoreCreatedEvent;
/** Whether `value` is a valid LocalDatastoreInfo, every field and format checked. */
export declare function isLocalDatastoreInfo(value: unknown): value is LocalDatastoreInfo;
/** Whether `value` is a valid LocalTSMEnabledEvent, every field and format checked. */
export declare function isLocalTSMEnabledEvent(value: unknown): value is LocalTSMEnabledEvent;
/** Whether `value` is a valid LocalizableMessage, every field and format checked. */
export declare function isLocalizableMessage(value: unknown): value is LocalizableMessage;
/** Whether `value` is a valid LocalizedMethodFault, every field and format checked. */
export declare function isLocalizedMethodFault(value: unknown): value is LocalizedMethodFault;
/** Whether `value` is a valid LockerMisconfiguredEvent, every field and format checked. */
export declare function isLockerMisconfiguredEvent(value: unknown): value is LockerMisconfiguredEvent;
/** Whether `value` is a valid LockerReconfiguredEvent, every field and format checked. */
export declare function isLockerReconfiguredEvent(value: unknown): value is LockerReconfiguredEvent;
/** Whether `value` is a valid LongPolicy, every field and format checked. */
export declare function isLongPolicy(value: unknown): value is LongPolicy;
/** Whether `value` is a valid ManagedByInfo, every field and format checked. */
export declare function isManagedByInfo(value: unknown): value is ManagedByInfo;
/** Whether `value` is a valid ManagedEntityEventArgument, every field and format checked. */
export declare function isManagedEntityEventArgument(value: unknown): value is ManagedEntityEventArgument;
/** Whether `value` is a valid ManagedObjectNotFound, every field and format checked. */
export declare function isManagedObjectNotFound(value: unknown): value is ManagedObjectNotFound;
/** Whether `value` is a valid ManagedObjectReference, every field and format checked. */
export declare function isManagedObjectReference(value: unknown): value is ManagedObjectReference;
/** Whether `value` is a valid MethodFault or known subtype, every field and format checked. */
export declare function isMethodFault(value: unknown): value is AnyMethodFault;
/** Whether `value` is a valid MethodNotFound, every field and format checked. */
export declare function isMethodNotFound(value: unknown): value is MethodNotFound;
/** Whether `value` is a valid MigrationErrorEvent, every field and format checked. */
export declare function isMigrationErrorEvent(value: unknown): value is MigrationErrorEvent;
/** Whether `value` is a valid MigrationEvent or known subtype, every field and format checked. */
export declare function isMigrationEvent(value: unknown): value is AnyMigrationEvent;
/** Whether `value` is a valid MigrationHostErrorEvent, every field and format checked. */
export declare function isMigrationHostErrorEvent(value: unknown): value is MigrationHostErrorEvent;
/** Whether `value` is a valid MigrationHostWarningEvent, every field and format checked. */
export declare function isMigrationHostWarningEvent(value: unknown): value is MigrationHostWarningEvent;
/** Whether `value` is a valid MigrationResourceErrorEvent, every field and format checked. */
export declare function isMigrationResourceErrorEvent(value: unknown): value is MigrationResourceErrorEvent;
/** Whether `value` is a valid MigrationResourceWarningEvent, every field and format checked. */
export declare function isMigrationResourceWarningEvent(value: unknown): value is MigrationResourceWarningEvent;
/** Whether `value` is a valid MigrationWarningEvent, every field and format checked. */
export declare function isMigrationWarningEvent(value: unknown): value is MigrationWarningEvent;
/** Whether `value` is a valid MissingObject, every field and format checked. */
export declare function isMissingObject(value: unknown): value is MissingObject;
/** Whether `value` is a valid MissingProperty, every field and format checked. */
export declare function isMissingProperty(value: unknown): value is MissingProperty;
/** Whether `value` is a valid MtuMatchEvent, every field and format checked. */
export declare function isMtuMatchEvent(value: unknown): value is MtuMatchEvent;
/** Whether `value` is a valid MtuMismatchEvent, every field and format checked. */
export declare function isMtuMismatchEvent(value: unknown): value is MtuMismatchEvent;
/** Whether `value` is a valid NASDatastoreCreatedEvent, every field and format checked. */
export declare function isNASDatastoreCreatedEvent(value: unknown): value is NASDatastoreCreatedEvent;
/** Whether `value` is a valid NasDatastoreInfo, every field and format checked. */
export declare function isNasDatastoreInfo(value: unknown): value is NasDatastoreInfo;
/** Whether `value` is a valid NetBIOSConfigInfo, every field and format checked. */
export declare function isNetBIOSConfigInfo(value: unknown): value is NetBIOSConfigInfo;
/** Whether `value` is a valid NetDhcpConfigInfo, every field and format checked. */
export declare function isNetDhcpConfigInfo(value: unknown): value is NetDhcpConfigInfo;
/** Whether `value` is a valid NetDhcpConfigInfoDhcpOptions, every field and format checked. */
export declare function isNetDhcpConfigInfoDhcpOptions(value: unknown): value is NetDhcpConfigInfoDhcpOptions;
/** Whether `value` is a valid NetDnsConfigInfo, every field and format checked. */
export declare function isNetDnsConfigInfo(value: unknown): value is NetDnsConfigInfo;
/** Whether `value` is a valid NetIpConfigInfo, every field and format checked. */
export declare function isNetIpConfigInfo(value: unknown): value is NetIpConfigInfo;
/** Whether `value` is a valid NetIpConfigInfoIpAddress, every field and format checked. */
export declare function isNetIpConfigInfoIpAddress(value: unknown): value is NetIpConfigInfoIpAddress;
/** Whether `value` is a valid NetIpRouteConfigInfo, every field and format checked. */
export declare function isNetIpRouteConfigInfo(value: unknown): value is NetIpRouteConfigInfo;
/** Whether `value` is a valid NetIpRouteConfigInfoGateway, every field and format checked. */
export declare function isNetIpRouteConfigInfoGateway(value: unknown): value is NetIpRouteConfigInfoGateway;
/** Whether `value` is a valid NetIpRouteConfigInfoIpRoute, every field and format checked. */
export declare function isNetIpRouteConfigInfoIpRoute(value: unknown): value is NetIpRouteConfigInfoIpRoute;
/** Whether `value` is a valid NetworkEventArgument, every field and format checked. */
export declare function isNetworkEventArgument(value: unknown): value is NetworkEventArgument;
/** Whether `value` is a valid NetworkRollbackEvent, every field and format checked. */
export declare function isNetworkRollbackEvent(value: unknown): value is NetworkRollbackEvent;
/** Whether `value` is a valid NetworkSummary, every field and format checked. */
export declare function isNetworkSummary(value: unknown): value is NetworkSummary;
/** Whether `value` is a valid NoAccessUserEvent, every field and format checked. */
export declare function isNoAccessUserEvent(value: unknown): value is NoAccessUserEvent;
/** Whether `value` is a valid NoDatastoresConfiguredEvent, every field and format checked. */
export declare function isNoDatastoresConfiguredEvent(value: unknown): value is NoDatastoresConfiguredEvent;
/** Whether `value` is a valid NoLicenseEvent, every field and format checked. */
export declare function isNoLicenseEvent(value: unknown): value is NoLicenseEvent;
/** Whether `value` is a valid NoMaintenanceModeDrsRecommendationForVM, every field and format checked. */
export declare function isNoMaintenanceModeDrsRecommendationForVM(value: unknown): value is NoMaintenanceModeDrsRecommendationForVM;
/** Whether `value` is a valid NoPermission or known subtype, every field and format checked. */
export declare function isNoPermission(value: unknown): value is AnyNoPermission;
/** Whether `value` is a valid NoPermissionEntityPrivileges, every field and format checked. */
export declare function isNoPermissionEntityPrivileges(value: unknown): value is NoPermissionEntityPrivileges;
/** Whether `value` is a valid NonVIWorkloadDetectedOnDatastoreEvent, every field and format checked. */
export declare function isNonVIWorkloadDetectedOnDatastoreEvent(value: unknown): value is NonVIWorkloadDetectedOnDatastoreEvent;
/** Whether `value` is a valid NotAuthenticated, every field and format checked. */
export declare function isNotAuthenticated(value: unknown): value is NotAuthenticated;
/** Whether `value` is a valid NotEnoughResourcesToStartVmEvent, every field and format checked. */
export declare function isNotEnoughResourcesToStartVmEvent(value: unknown): value is NotEnoughResourcesToStartVmEvent;
/** Whether `value` is a valid NotFound, every field and format checked. */
export declare function isNotFound(value: unknown): value is NotFound;
/** Whether `value` is a valid NotImplemented, every field and format checked. */
export declare function isNotImplemented(value: unknown): value is NotImplemented;
/** Whether `value` is a valid NotSupported, every field and format checked. */
export declare function isNotSupported(value: unknown): value is NotSupported;
/** Whether `value` is a valid NumericRange, every field and format checked. */
export declare function isNumericRange(value: unknown): value is NumericRange;
/** Whether `value` is a valid ObjectContent, every field and format checked. */
export declare function isObjectContent(value: unknown): value is ObjectContent;
/** Whether `value` is a valid ObjectSpec, every field and format checked. */
export declare function isObjectSpec(value: unknown): value is ObjectSpec;
/** Whether `value` is a valid ObjectUpdate, every field and format checked. */
export declare function isObjectUpdate(value: unknown): value is ObjectUpdate;
/** Whether `value` is a valid OptionType or known subtype, every field and format checked. */
export declare function isOptionType(value: unknown): value is AnyOptionType;
/** Whether `value` is a valid OptionValue, every field and format checked. */
export declare function isOptionValue(value: unknown): value is OptionValue;
/** Whether `value` is a valid OutOfSyncDvsHost, every field and format checked. */
export declare function isOutOfSyncDvsHost(value: unknown): value is OutOfSyncDvsHost;
/** Whether `value` is a valid PMemDatastoreInfo, every field and format checked. */
export declare function isPMemDatastoreInfo(value: unknown): value is PMemDatastoreInfo;
/** Whether `value` is a valid ParaVirtualSCSIController, every field and format checked. */
export declare function isParaVirtualSCSIController(value: unknown): value is ParaVirtualSCSIController;
/** Whether `value` is a valid Permission, every field and format checked. */
export declare function isPermission(value: unknown): value is Permission;
/** Whether `value` is a valid PermissionAddedEvent, every field and format checked. */
export declare function isPermissionAddedEvent(value: unknown): value is PermissionAddedEvent;
/** Whether `value` is a valid PermissionEvent or known subtype, every field and format checked. */
export declare function isPermissionEvent(value: unknown): value is AnyPermissionEvent;
/** Whether `value` is a valid PermissionRemovedEvent, every field and format checked. */
export declare function isPermissionRemovedEvent(value: unknown): value is PermissionRemovedEvent;
/** Whether `value` is a valid PermissionUpdatedEvent, every field and format checked. */
export declare function isPermissionUpdatedEvent(value: unknown): value is PermissionUpdatedEvent;
/** Whether `value` is a valid PrivilegePolicyDef, every field and format checked. */
export declare function isPrivilegePolicyDef(value: unknown): value is PrivilegePolicyDef;
/** Whether `value` is a valid ProfileAssociatedEvent, every field and format checked. */
export declare function isProfileAssociatedEvent(value: unknown): value is ProfileAssociatedEvent;
/** Whether `value` is a valid ProfileChangedEvent, every field and format checked. */
export declare function isProfileChangedEvent(value: unknown): value is ProfileChangedEvent;
/** Whether `value` is a valid ProfileCreatedEvent, every field and format checked. */
export declare function isProfileCreatedEvent(value: unknown): value is ProfileCreatedEvent;
/** Whether `value` is a valid ProfileDissociatedEvent, every field and format checked. */
export declare function isProfileDissociatedEvent(value: unknown): value is ProfileDissociatedEvent;
/** Whether `value` is a valid ProfileEvent or known subtype, every field and format checked. */
export declare function isProfileEvent(value: unknown): value is AnyProfileEvent;
/** Whether `value` is a valid ProfileEventArgument, every field and format checked. */
export declare function isProfileEventArgument(value: unknown): value is ProfileEventArgument;
/** Whether `value` is a valid ProfileReferenceHostChangedEvent, every field and format checked. */
export declare function isProfileReferenceHostChangedEvent(value: unknown): value is ProfileReferenceHostChangedEvent;
/** Whether `value` is a valid ProfileRemovedEvent, every field and format checked. */
export declare function isProfileRemovedEvent(value: unknown): value is ProfileRemovedEvent;
/** Whether `value` is a valid PropertyChange, every field and format checked. */
export declare function isPropertyChange(value: unknown): value is PropertyChange;
/** Whether `value` is a valid PropertyFilterSpec, every field and format checked. */
export declare function isPropertyFilterSpec(value: unknown): value is PropertyFilterSpec;
/** Whether `value` is a valid PropertyFilterUpdate, every field and format checked. */
export declare function isPropertyFilterUpdate(value: unknown): value is PropertyFilterUpdate;
/** Whether `value` is a valid PropertySpec, every field and format checked. */
export declare function isPropertySpec(value: unknown): value is PropertySpec;
/** Whether `value` is a valid RecoveryEvent, every field and format checked. */
export declare function isRecoveryEvent(value: unknown): value is RecoveryEvent;
/** Whether `value` is a valid RemoteTSMEnabledEvent, every field and format checked. */
export declare function isRemoteTSMEnabledEvent(value: unknown): value is RemoteTSMEnabledEvent;
/** Whether `value` is a valid ReplicationConfigSpec, every field and format checked. */
export declare function isReplicationConfigSpec(value: unknown): value is ReplicationConfigSpec;
/** Whether `value` is a valid ReplicationInfoDiskSettings, every field and format checked. */
export declare function isReplicationInfoDiskSettings(value: unknown): value is ReplicationInfoDiskSettings;
/** Whether `value` is a valid RequestCanceled, every field and format checked. */
export declare function isRequestCanceled(value: unknown): value is RequestCanceled;
/** Whether `value` is a valid ResourceAllocationInfo, every field and format checked. */
export declare function isResourceAllocationInfo(value: unknown): value is ResourceAllocationInfo;
/** Whether `value` is a valid ResourceConfigSpec, every field and format checked. */
export declare function isResourceConfigSpec(value: unknown): value is ResourceConfigSpec;
/** Whether `value` is a valid ResourceInUse, every field and format checked. */
export declare function isResourceInUse(value: unknown): value is ResourceInUse;
/** Whether `value` is a valid ResourcePoolCreatedEvent, every field and format checked. */
export declare function isResourcePoolCreatedEvent(value: unknown): value is ResourcePoolCreatedEvent;
/** Whether `value` is a valid ResourcePoolDestroyedEvent, every field and format checked. */
export declare function isResourcePoolDestroyedEvent(value: unknown): value is ResourcePoolDestroyedEvent;
/** Whether `value` is a valid ResourcePoolEvent or known subtype, every field and format checked. */
export declare function isResourcePoolEvent(value: unknown): value is AnyResourcePoolEvent;
/** Whether `value` is a valid ResourcePoolEventArgument, every field and format checked. */
export declare function isResourcePoolEventArgument(value: unknown): value is ResourcePoolEventArgument;
/** Whether `value` is a valid ResourcePoolMovedEvent, every field and format checked. */
export declare function isResourcePoolMovedEvent(value: unknown): value is ResourcePoolMovedEvent;
/** Whether `value` is a valid ResourcePoolQuickStats, every field and format checked. */
export declare function isResourcePoolQuickStats(value: unknown): value is ResourcePoolQuickStats;
/** Whether `value` is a valid ResourcePoolReconfiguredEvent, every field and format checked. */
export declare function isResourcePoolReconfiguredEvent(value: unknown): value is ResourcePoolReconfiguredEvent;
/** Whether `value` is a valid ResourcePoolResourceUsage, every field and format checked. */
export declare function isResourcePoolResourceUsage(value: unknown): value is ResourcePoolResourceUsage;
/** Whether `value` is a valid ResourcePoolRuntimeInfo, every field and format checked. */
export declare function isResourcePoolRuntimeInfo(value: unknown): value is ResourcePoolRuntimeInfo;
/** Whether `value` is a valid ResourcePoolSummary, every field and format checked. */
export declare function isResourcePoolSummary(value: unknown): value is ResourcePoolSummary;
/** Whether `value` is a valid ResourcePoolVmResourceProfileUsage, every field and format checked. */
export declare function isResourcePoolVmResourceProfileUsage(value: unknown): value is ResourcePoolVmResourceProfileUsage;
/** Whether `value` is a valid ResourceViolatedEvent, every field and format checked. */
export declare function isResourceViolatedEvent(value: unknown): value is ResourceViolatedEvent;
/** Whether `value` is a valid RetrieveOptions, every field and format checked. */
export declare function isRetrieveOptions(value: unknown): value is RetrieveOptions;
/** Whether `value` is a valid RetrieveResult, every field and format checked. */
export declare function isRetrieveResult(value: unknown): value is RetrieveResult;
/** Whether `value` is a valid RoleAddedEvent, every field and format checked. */
export declare function isRoleAddedEvent(value: unknown): value is RoleAddedEvent;
/** Whether `value` is a valid RoleEvent or known subtype, every field and format checked. */
export declare function isRoleEvent(value: unknown): value is AnyRoleEvent;
/** Whether `value` is a valid RoleEventArgument, every field and format checked. */
export declare function isRoleEventArgument(value: unknown): value is RoleEventArgument;
/** Whether `value` is a valid RoleRemovedEvent, every field and format checked. */
export declare function isRoleRemovedEvent(value: unknown): value is RoleRemovedEvent;
/** Whether `value` is a valid RoleUpdatedEvent, every field and format checked. */
export declare function isRoleUpdatedEvent(value: unknown): value is RoleUpdatedEvent;
/** Whether `value` is a valid RollbackEvent, every field and format checked. */
export declare function isRollbackEvent(value: unknown): value is RollbackEvent;
/** Whether `value` is a valid RuntimeFault or known subtype, every field and format checked. */
export declare function isRuntimeFault(value: unknown): value is AnyRuntimeFault;
/** Whether `value` is a valid ScheduledHardwareUpgradeInfo, every field and format checked. */
export declare function isScheduledHardwareUpgradeInfo(value: unknown): value is ScheduledHardwareUpgradeInfo;
/** Whether `value` is a valid ScheduledTaskCompletedEvent, every field and format checked. */
export declare function isScheduledTaskCompletedEvent(value: unknown): value is ScheduledTaskCompletedEvent;
/** Whether `value` is a valid ScheduledTaskCreatedEvent, every field and format checked. */
export declare function isScheduledTaskCreatedEvent(value: unknown): value is ScheduledTaskCreatedEvent;
/** Whether `value` is a valid ScheduledTaskEmailCompletedEvent, every field and format checked. */
export declare function isScheduledTaskEmailCompletedEvent(value: unknown): value is ScheduledTaskEmailCompletedEvent;
/** Whether `value` is a valid ScheduledTaskEmailFailedEvent, every field and format checked. */
export declare function isScheduledTaskEmailFailedEvent(value: unknown): value is ScheduledTaskEmailFailedEvent;
/** Whether `value` is a valid ScheduledTaskEvent or known subtype, every field and format checked. */
export declare function isScheduledTaskEvent(value: unknown): value is AnyScheduledTaskEvent;
/** Whether `value` is a valid ScheduledTaskEventArgument, every field and format checked. */
export declare function isScheduledTaskEventArgument(value: unknown): value is ScheduledTaskEventArgument;
/** Whether `value` is a valid ScheduledTaskFailedEvent, every field and format checked. */
export declare function isScheduledTaskFailedEvent(value: unknown): value is ScheduledTaskFailedEvent;
/** Whether `value` is a valid ScheduledTaskReconfiguredEvent, every field and format checked. */
export declare function isScheduledTaskReconfiguredEvent(value: unknown): value is ScheduledTaskReconfiguredEvent;
/** Whether `value` is a valid ScheduledTaskRemovedEvent, every field and format checked. */
export declare function isScheduledTaskRemovedEvent(value: unknown): value is ScheduledTaskRemovedEvent;
/** Whether `value` is a valid ScheduledTaskStartedEvent, every field and format checked. */
export declare function isScheduledTaskStartedEvent(value: unknown): value is ScheduledTaskStartedEvent;
/** Whether `value` is a valid SecurityError or known subtype, every field and format checked. */
export declare function isSecurityError(value: unknown): value is AnySecurityError;
/** Whether `value` is a valid SelectionSpec or known subtype, every field and format checked. */
export declare function isSelectionSpec(value: unknown): value is AnySelectionSpec;
/** Whether `value` is a valid ServerLicenseExpiredEvent, every field and format checked. */
export declare function isServerLicenseExpiredEvent(value: unknown): value is ServerLicenseExpiredEvent;
/** Whether `value` is a valid ServerStartedSessionEvent, every field and format checked. */
export declare function isServerStartedSessionEvent(value: unknown): value is ServerStartedSessionEvent;
/** Whether `value` is a valid ServiceContent, every field and format checked. */
export declare function isServiceContent(value: unknown): value is ServiceContent;
/** Whether `value` is a valid SessionEvent or known subtype, every field and format checked. */
export declare function isSessionEvent(value: unknown): value is AnySessionEvent;
/** Whether `value` is a valid SessionTerminatedEvent, every field and format checked. */
export declare function isSessionTerminatedEvent(value: unknown): value is SessionTerminatedEvent;
/** Whether `value` is a valid SharesInfo, every field and format checked. */
export declare function isSharesInfo(value: unknown): value is SharesInfo;
/** Whether `value` is a valid SnapshotFault, every field and format checked. */
export declare function isSnapshotFault(value: unknown): value is SnapshotFault;
/** Whether `value` is a valid StorageIOAllocationInfo, every field and format checked. */
export declare function isStorageIOAllocationInfo(value: unknown): value is StorageIOAllocationInfo;
/** Whether `value` is a valid StorageIORMInfo, every field and format checked. */
export declare function isStorageIORMInfo(value: unknown): value is StorageIORMInfo;
/** Whether `value` is a valid StringPolicy, every field and format checked. */
export declare function isStringPolicy(value: unknown): value is StringPolicy;
/** Whether `value` is a valid SystemError, every field and format checked. */
export declare function isSystemError(value: unknown): value is SystemError;
/** Whether `value` is a valid Tag, every field and format checked. */
export declare function isTag(value: unknown): value is Tag;
/** Whether `value` is a valid TagId, every field and format checked. */
export declare function isTagId(value: unknown): value is TagId;
/** Whether `value` is a valid TagIdNameId, every field and format checked. */
export declare function isTagIdNameId(value: unknown): value is TagIdNameId;
/** Whether `value` is a valid TagSpec, every field and format checked. */
export declare function isTagSpec(value: unknown): value is TagSpec;
/** Whether `value` is a valid TaskDescription, every field and format checked. */
export declare function isTaskDescription(value: unknown): value is TaskDescription;
/** Whether `value` is a valid TaskEvent or known subtype, every field and format checked. */
export declare function isTaskEvent(value: unknown): value is AnyTaskEvent;
/** Whether `value` is a valid TaskInProgress, every field and format checked. */
export declare function isTaskInProgress(value: unknown): value is TaskInProgress;
/** Whether `value` is a valid TaskInfo, every field and format checked. */
export declare function isTaskInfo(value: unknown): value is TaskInfo;
/** Whether `value` is a valid TaskReason or known subtype, every field and format checked. */
export declare function isTaskReason(value: unknown): value is AnyTaskReason;
/** Whether `value` is a valid TaskReasonAlarm, every field and format checked. */
export declare function isTaskReasonAlarm(value: unknown): value is TaskReasonAlarm;
/** Whether `value` is a valid TaskReasonSchedule, every field and format checked. */
export declare function isTaskReasonSchedule(value: unknown): value is TaskReasonSchedule;
/** Whether `value` is a valid TaskReasonSystem, every field and format checked. */
export declare function isTaskReasonSystem(value: unknown): value is TaskReasonSystem;
/** Whether `value` is a valid TaskReasonUser, every field and format checked. */
export declare function isTaskReasonUser(value: unknown): value is TaskReasonUser;
/** Whether `value` is a valid TaskTimeoutEvent, every field and format checked. */
export declare function isTaskTimeoutEvent(value: unknown): value is TaskTimeoutEvent;
/** Whether `value` is a valid TeamingMatchEvent, every field and format checked. */
export declare function isTeamingMatchEvent(value: unknown): value is TeamingMatchEvent;
/** Whether `value` is a valid TeamingMisMatchEvent, every field and format checked. */
export declare function isTeamingMisMatchEvent(value: unknown): value is TeamingMisMatchEvent;
/** Whether `value` is a valid TemplateBeingUpgradedEvent, every field and format checked. */
export declare function isTemplateBeingUpgradedEvent(value: unknown): value is TemplateBeingUpgradedEvent;
/** Whether `value` is a valid TemplateUpgradeEvent or known subtype, every field and format checked. */
export declare function isTemplateUpgradeEvent(value: unknown): value is AnyTemplateUpgradeEvent;
/** Whether `value` is a valid TemplateUpgradeFailedEvent, every field and format checked. */
export declare function isTemplateUpgradeFailedEvent(value: unknown): value is TemplateUpgradeFailedEvent;
/** Whether `value` is a valid TemplateUpgradedEvent, every field and format checked. */
export declare function isTemplateUpgradedEvent(value: unknown): value is TemplateUpgradedEvent;
/** Whether `value` is a valid TgwEventArgument, every field and format checked. */
export declare function isTgwEventArgument(value: unknown): value is TgwEventArgument;
/** Whether `value` is a valid TimedOutHostOperationEvent, every field and format checked. */
export declare function isTimedOutHostOperationEvent(value: unknown): value is TimedOutHostOperationEvent;
/** Whether `value` is a valid ToolsConfigInfo, every field and format checked. */
export declare function isToolsConfigInfo(value: unknown): value is ToolsConfigInfo;
/** Whether `value` is a valid ToolsConfigInfoToolsLastInstallInfo, every field and format checked. */
export declare function isToolsConfigInfoToolsLastInstallInfo(value: unknown): value is ToolsConfigInfoToolsLastInstallInfo;
/** Whether `value` is a valid TraversalSpec, every field and format checked. */
export declare function isTraversalSpec(value: unknown): value is TraversalSpec;
/** Whether `value` is a valid TypeDescription, every field and format checked. */
export declare function isTypeDescription(value: unknown): value is TypeDescription;
/** Whether `value` is a valid UnlicensedVirtualMachinesEvent, every field and format checked. */
export declare function isUnlicensedVirtualMachinesEvent(value: unknown): value is UnlicensedVirtualMachinesEvent;
/** Whether `value` is a valid UnlicensedVirtualMachinesFoundEvent, every field and format checked. */
export declare function isUnlicensedVirtualMachinesFoundEvent(value: unknown): value is UnlicensedVirtualMachinesFoundEvent;
/** Whether `value` is a valid UpdateSet, every field and format checked. */
export declare function isUpdateSet(value: unknown): value is UpdateSet;
/** Whether `value` is a valid UpdatedAgentBeingRestartedEvent, every field and format checked. */
export declare function isUpdatedAgentBeingRestartedEvent(value: unknown): value is UpdatedAgentBeingRestartedEvent;
/** Whether `value` is a valid UpgradeEvent or known subtype, every field and format checked. */
export declare function isUpgradeEvent(value: unknown): value is AnyUpgradeEvent;
/** Whether `value` is a valid UplinkPortMtuNotSupportEvent, every field and format checked. */
export declare function isUplinkPortMtuNotSupportEvent(value: unknown): value is UplinkPortMtuNotSupportEvent;
/** Whether `value` is a valid UplinkPortMtuSupportEvent, every field and format checked. */
export declare function isUplinkPortMtuSupportEvent(value: unknown): value is UplinkPortMtuSupportEvent;
/** Whether `value` is a valid UplinkPortVlanTrunkedEvent, every field and format checked. */
export declare function isUplinkPortVlanTrunkedEvent(value: unknown): value is UplinkPortVlanTrunkedEvent;
/** Whether `value` is a valid UplinkPortVlanUntrunkedEvent, every field and format checked. */
export declare function isUplinkPortVlanUntrunkedEvent(value: unknown): value is UplinkPortVlanUntrunkedEvent;
/** Whether `value` is a valid UserAssignedToGroup, every field and format checked. */
export declare function isUserAssignedToGroup(value: unknown): value is UserAssignedToGroup;
/** Whether `value` is a valid UserLoginSessionEvent, every field and format checked. */
export declare function isUserLoginSessionEvent(value: unknown): value is UserLoginSessionEvent;
/** Whether `value` is a valid UserLogoutSessionEvent, every field and format checked. */
export declare function isUserLogoutSessionEvent(value: unknown): value is UserLogoutSessionEvent;
/** Whether `value` is a valid UserPasswordChanged, every field and format checked. */
export declare function isUserPasswordChanged(value: unknown): value is UserPasswordChanged;
/** Whether `value` is a valid UserSession, every field and format checked. */
export declare function isUserSession(value: unknown): value is UserSession;
/** Whether `value` is a valid UserUnassignedFromGroup, every field and format checked. */
export declare function isUserUnassignedFromGroup(value: unknown): value is UserUnassignedFromGroup;
/** Whether `value` is a valid UserUpgradeEvent, every field and format checked. */
export declare function isUserUpgradeEvent(value: unknown): value is UserUpgradeEvent;
/** Whether `value` is a valid VASAStorageArray, every field and format checked. */
export declare function isVASAStorageArray(value: unknown): value is VASAStorageArray;
/** Whether `value` is a valid VASAStorageArrayDiscoveryFcTransport, every field and format checked. */
export declare function isVASAStorageArrayDiscoveryFcTransport(value: unknown): value is VASAStorageArrayDiscoveryFcTransport;
/** Whether `value` is a valid VASAStorageArrayDiscoveryIpTransport, every field and format checked. */
export declare function isVASAStorageArrayDiscoveryIpTransport(value: unknown): value is VASAStorageArrayDiscoveryIpTransport;
/** Whether `value` is a valid VASAStorageArrayDiscoverySvcInfo, every field and format checked. */
export declare function isVASAStorageArrayDiscoverySvcInfo(value: unknown): value is VASAStorageArrayDiscoverySvcInfo;
/** Whether `value` is a valid VAppIPAssignmentInfo, every field and format checked. */
export declare function isVAppIPAssignmentInfo(value: unknown): value is VAppIPAssignmentInfo;
/** Whether `value` is a valid VAppOvfSectionInfo, every field and format checked. */
export declare function isVAppOvfSectionInfo(value: unknown): value is VAppOvfSectionInfo;
/** Whether `value` is a valid VAppOvfSectionSpec, every field and format checked. */
export declare function isVAppOvfSectionSpec(value: unknown): value is VAppOvfSectionSpec;
/** Whether `value` is a valid VAppProductInfo, every field and format checked. */
export declare function isVAppProductInfo(value: unknown): value is VAppProductInfo;
/** Whether `value` is a valid VAppProductSpec, every field and format checked. */
export declare function isVAppProductSpec(value: unknown): value is VAppProductSpec;
/** Whether `value` is a valid VAppPropertyInfo, every field and format checked. */
export declare function isVAppPropertyInfo(value: unknown): value is VAppPropertyInfo;
/** Whether `value` is a valid VAppPropertySpec, every field and format checked. */
export declare function isVAppPropertySpec(value: unknown): value is VAppPropertySpec;
/** Whether `value` is a valid VMFSDatastoreCreatedEvent, every field and format checked. */
export declare function isVMFSDatastoreCreatedEvent(value: unknown): value is VMFSDatastoreCreatedEvent;
/** Whether `value` is a valid VMFSDatastoreExpandedEvent, every field and format checked. */
export declare function isVMFSDatastoreExpandedEvent(value: unknown): value is VMFSDatastoreExpandedEvent;
/** Whether `value` is a valid VMFSDatastoreExtendedEvent, every field and format checked. */
export declare function isVMFSDatastoreExtendedEvent(value: unknown): value is VMFSDatastoreExtendedEvent;
/** Whether `value` is a valid VMotionLicenseExpiredEvent, every field and format checked. */
export declare function isVMotionLicenseExpiredEvent(value: unknown): value is VMotionLicenseExpiredEvent;
/** Whether `value` is a valid VVolHostPE, every field and format checked. */
export declare function isVVolHostPE(value: unknown): value is VVolHostPE;
/** Whether `value` is a valid VcAgentUninstallFailedEvent, every field and format checked. */
export declare function isVcAgentUninstallFailedEvent(value: unknown): value is VcAgentUninstallFailedEvent;
/** Whether `value` is a valid VcAgentUninstalledEvent, every field and format checked. */
export declare function isVcAgentUninstalledEvent(value: unknown): value is VcAgentUninstalledEvent;
/** Whether `value` is a valid VcAgentUpgradeFailedEvent, every field and format checked. */
export declare function isVcAgentUpgradeFailedEvent(value: unknown): value is VcAgentUpgradeFailedEvent;
/** Whether `value` is a valid VcAgentUpgradedEvent, every field and format checked. */
export declare function isVcAgentUpgradedEvent(value: unknown): value is VcAgentUpgradedEvent;
/** Whether `value` is a valid VimAccountPasswordChangedEvent, every field and format checked. */
export declare function isVimAccountPasswordChangedEvent(value: unknown): value is VimAccountPasswordChangedEvent;
/** Whether `value` is a valid VimFault or known subtype, every field and format checked. */
export declare function isVimFault(value: unknown): value is AnyVimFault;
/** Whether `value` is a valid VimVasaProvider, every field and format checked. */
export declare function isVimVasaProvider(value: unknown): value is VimVasaProvider;
/** Whether `value` is a valid VimVasaProviderInfo, every field and format checked. */
export declare function isVimVasaProviderInfo(value: unknown): value is VimVasaProviderInfo;
/** Whether `value` is a valid VimVasaProviderStatePerArray, every field and format checked. */
export declare function isVimVasaProviderStatePerArray(value: unknown): value is VimVasaProviderStatePerArray;
/** Whether `value` is a valid VimVasaProviderVirtualHostConfig, every field and format checked. */
export declare function isVimVasaProviderVirtualHostConfig(value: unknown): value is VimVasaProviderVirtualHostConfig;
/** Whether `value` is a valid VirtualCdrom, every field and format checked. */
export declare function isVirtualCdrom(value: unknown): value is VirtualCdrom;
/** Whether `value` is a valid VirtualCdromAtapiBackingInfo, every field and format checked. */
export declare function isVirtualCdromAtapiBackingInfo(value: unknown): value is VirtualCdromAtapiBackingInfo;
/** Whether `value` is a valid VirtualCdromIsoBackingInfo, every field and format checked. */
export declare function isVirtualCdromIsoBackingInfo(value: unknown): value is VirtualCdromIsoBackingInfo;
/** Whether `value` is a valid VirtualCdromRemotePassthroughBackingInfo, every field and format checked. */
export declare function isVirtualCdromRemotePassthroughBackingInfo(value: unknown): value is VirtualCdromRemotePassthroughBackingInfo;
/** Whether `value` is a valid VirtualController or known subtype, every field and format checked. */
export declare function isVirtualController(value: unknown): value is AnyVirtualController;
/** Whether `value` is a valid VirtualDevice or known subtype, every field and format checked. */
export declare function isVirtualDevice(value: unknown): value is AnyVirtualDevice;
/** Whether `value` is a valid VirtualDeviceBackingInfo or known subtype, every field and format checked. */
export declare function isVirtualDeviceBackingInfo(value: unknown): value is AnyVirtualDeviceBackingInfo;
/** Whether `value` is a valid VirtualDeviceBusSlotInfo or known subtype, every field and format checked. */
export declare function isVirtualDeviceBusSlotInfo(value: unknown): value is AnyVirtualDeviceBusSlotInfo;
/** Whether `value` is a valid VirtualDeviceConfigSpec, every field and format checked. */
export declare function isVirtualDeviceConfigSpec(value: unknown): value is VirtualDeviceConfigSpec;
/** Whether `value` is a valid VirtualDeviceConfigSpecBackingSpec, every field and format checked. */
export declare function isVirtualDeviceConfigSpecBackingSpec(value: unknown): value is VirtualDeviceConfigSpecBackingSpec;
/** Whether `value` is a valid VirtualDeviceConnectInfo, every field and format checked. */
export declare function isVirtualDeviceConnectInfo(value: unknown): value is VirtualDeviceConnectInfo;
/** Whether `value` is a valid VirtualDeviceDeviceBackingInfo or known subtype, every field and format checked. */
export declare function isVirtualDeviceDeviceBackingInfo(value: unknown): value is AnyVirtualDeviceDeviceBackingInfo;
/** Whether `value` is a valid VirtualDeviceDeviceGroupInfo, every field and format checked. */
export declare function isVirtualDeviceDeviceGroupInfo(value: unknown): value is VirtualDeviceDeviceGroupInfo;
/** Whether `value` is a valid VirtualDeviceFileBackingInfo or known subtype, every field and format checked. */
export declare function isVirtualDeviceFileBackingInfo(value: unknown): value is AnyVirtualDeviceFileBackingInfo;
/** Whether `value` is a valid VirtualDevicePciBusSlotInfo, every field and format checked. */
export declare function isVirtualDevicePciBusSlotInfo(value: unknown): value is VirtualDevicePciBusSlotInfo;
/** Whether `value` is a valid VirtualDeviceRemoteDeviceBackingInfo or known subtype, every field and format checked. */
export declare function isVirtualDeviceRemoteDeviceBackingInfo(value: unknown): value is AnyVirtualDeviceRemoteDeviceBackingInfo;
/** Whether `value` is a valid VirtualDisk, every field and format checked. */
export declare function isVirtualDisk(value: unknown): value is VirtualDisk;
/** Whether `value` is a valid VirtualDiskFlatVer2BackingInfo, every field and format checked. */
export declare function isVirtualDiskFlatVer2BackingInfo(value: unknown): value is VirtualDiskFlatVer2BackingInfo;
/** Whether `value` is a valid VirtualDiskVFlashCacheConfigInfo, every field and format checked. */
export declare function isVirtualDiskVFlashCacheConfigInfo(value: unknown): value is VirtualDiskVFlashCacheConfigInfo;
/** Whether `value` is a valid VirtualE1000, every field and format checked. */
export declare function isVirtualE1000(value: unknown): value is VirtualE1000;
/** Whether `value` is a valid VirtualEthernetCard or known subtype, every field and format checked. */
export declare function isVirtualEthernetCard(value: unknown): value is AnyVirtualEthernetCard;
/** Whether `value` is a valid VirtualEthernetCardDistributedVirtualPortBackingInfo, every field and format checked. */
export declare function isVirtualEthernetCardDistributedVirtualPortBackingInfo(value: unknown): value is VirtualEthernetCardDistributedVirtualPortBackingInfo;
/** Whether `value` is a valid VirtualEthernetCardNetworkBackingInfo, every field and format checked. */
export declare function isVirtualEthernetCardNetworkBackingInfo(value: unknown): value is VirtualEthernetCardNetworkBackingInfo;
/** Whether `value` is a valid VirtualEthernetCardResourceAllocation, every field and format checked. */
export declare function isVirtualEthernetCardResourceAllocation(value: unknown): value is VirtualEthernetCardResourceAllocation;
/** Whether `value` is a valid VirtualFloppy, every field and format checked. */
export declare function isVirtualFloppy(value: unknown): value is VirtualFloppy;
/** Whether `value` is a valid VirtualHardware, every field and format checked. */
export declare function isVirtualHardware(value: unknown): value is VirtualHardware;
/** Whether `value` is a valid VirtualIDEController, every field and format checked. */
export declare function isVirtualIDEController(value: unknown): value is VirtualIDEController;
/** Whether `value` is a valid VirtualKeyboard, every field and format checked. */
export declare function isVirtualKeyboard(value: unknown): value is VirtualKeyboard;
/** Whether `value` is a valid VirtualLsiLogicController, every field and format checked. */
export declare function isVirtualLsiLogicController(value: unknown): value is VirtualLsiLogicController;
/** Whether `value` is a valid VirtualMachineAffinityInfo, every field and format checked. */
export declare function isVirtualMachineAffinityInfo(value: unknown): value is VirtualMachineAffinityInfo;
/** Whether `value` is a valid VirtualMachineBaseIndependentFilterSpec, every field and format checked. */
export declare function isVirtualMachineBaseIndependentFilterSpec(value: unknown): value is VirtualMachineBaseIndependentFilterSpec;
/** Whether `value` is a valid VirtualMachineBootOptions, every field and format checked. */
export declare function isVirtualMachineBootOptions(value: unknown): value is VirtualMachineBootOptions;
/** Whether `value` is a valid VirtualMachineBootOptionsBootableDevice, every field and format checked. */
export declare function isVirtualMachineBootOptionsBootableDevice(value: unknown): value is VirtualMachineBootOptionsBootableDevice;
/** Whether `value` is a valid VirtualMachineCapability, every field and format checked. */
export declare function isVirtualMachineCapability(value: unknown): value is VirtualMachineCapability;
/** Whether `value` is a valid VirtualMachineConfigInfo, every field and format checked. */
export declare function isVirtualMachineConfigInfo(value: unknown): value is VirtualMachineConfigInfo;
/** Whether `value` is a valid VirtualMachineConfigInfoDatastoreUrlPair, every field and format checked. */
export declare function isVirtualMachineConfigInfoDatastoreUrlPair(value: unknown): value is VirtualMachineConfigInfoDatastoreUrlPair;
/** Whether `value` is a valid VirtualMachineConfigInfoOverheadInfo, every field and format checked. */
export declare function isVirtualMachineConfigInfoOverheadInfo(value: unknown): value is VirtualMachineConfigInfoOverheadInfo;
/** Whether `value` is a valid VirtualMachineConfigSpec, every field and format checked. */
export declare function isVirtualMachineConfigSpec(value: unknown): value is VirtualMachineConfigSpec;
/** Whether `value` is a valid VirtualMachineConfigSummary, every field and format checked. */
export declare function isVirtualMachineConfigSummary(value: unknown): value is VirtualMachineConfigSummary;
/** Whether `value` is a valid VirtualMachineConsolePreferences, every field and format checked. */
export declare function isVirtualMachineConsolePreferences(value: unknown): value is VirtualMachineConsolePreferences;
/** Whether `value` is a valid VirtualMachineContentLibraryItemInfo, every field and format checked. */
export declare function isVirtualMachineContentLibraryItemInfo(value: unknown): value is VirtualMachineContentLibraryItemInfo;
/** Whether `value` is a valid VirtualMachineCpuIdInfoSpec, every field and format checked. */
export declare function isVirtualMachineCpuIdInfoSpec(value: unknown): value is VirtualMachineCpuIdInfoSpec;
/** Whether `value` is a valid VirtualMachineDefaultPowerOpInfo, every field and format checked. */
export declare function isVirtualMachineDefaultPowerOpInfo(value: unknown): value is VirtualMachineDefaultPowerOpInfo;
/** Whether `value` is a valid VirtualMachineDeviceRuntimeInfo, every field and format checked. */
export declare function isVirtualMachineDeviceRuntimeInfo(value: unknown): value is VirtualMachineDeviceRuntimeInfo;
/** Whether `value` is a valid VirtualMachineDeviceRuntimeInfoDeviceRuntimeState, every field and format checked. */
export declare function isVirtualMachineDeviceRuntimeInfoDeviceRuntimeState(value: unknown): value is VirtualMachineDeviceRuntimeInfoDeviceRuntimeState;
/** Whether `value` is a valid VirtualMachineExtensionCompatibilityConstraint, every field and format checked. */
export declare function isVirtualMachineExtensionCompatibilityConstraint(value: unknown): value is VirtualMachineExtensionCompatibilityConstraint;
/** Whether `value` is a valid VirtualMachineExtensionCompatibilityConstraintSet, every field and format checked. */
export declare function isVirtualMachineExtensionCompatibilityConstraintSet(value: unknown): value is VirtualMachineExtensionCompatibilityConstraintSet;
/** Whether `value` is a valid VirtualMachineFeatureRequirement, every field and format checked. */
export declare function isVirtualMachineFeatureRequirement(value: unknown): value is VirtualMachineFeatureRequirement;
/** Whether `value` is a valid VirtualMachineFileInfo, every field and format checked. */
export declare function isVirtualMachineFileInfo(value: unknown): value is VirtualMachineFileInfo;
/** Whether `value` is a valid VirtualMachineFileLayout, every field and format checked. */
export declare function isVirtualMachineFileLayout(value: unknown): value is VirtualMachineFileLayout;
/** Whether `value` is a valid VirtualMachineFileLayoutDiskLayout, every field and format checked. */
export declare function isVirtualMachineFileLayoutDiskLayout(value: unknown): value is VirtualMachineFileLayoutDiskLayout;
/** Whether `value` is a valid VirtualMachineFileLayoutEx, every field and format checked. */
export declare function isVirtualMachineFileLayoutEx(value: unknown): value is VirtualMachineFileLayoutEx;
/** Whether `value` is a valid VirtualMachineFileLayoutExDiskLayout, every field and format checked. */
export declare function isVirtualMachineFileLayoutExDiskLayout(value: unknown): value is VirtualMachineFileLayoutExDiskLayout;
/** Whether `value` is a valid VirtualMachineFileLayoutExDiskUnit, every field and format checked. */
export declare function isVirtualMachineFileLayoutExDiskUnit(value: unknown): value is VirtualMachineFileLayoutExDiskUnit;
/** Whether `value` is a valid VirtualMachineFileLayoutExFileInfo, every field and format checked. */
export declare function isVirtualMachineFileLayoutExFileInfo(value: unknown): value is VirtualMachineFileLayoutExFileInfo;
/** Whether `value` is a valid VirtualMachineFileLayoutExSnapshotLayout, every field and format checked. */
export declare function isVirtualMachineFileLayoutExSnapshotLayout(value: unknown): value is VirtualMachineFileLayoutExSnapshotLayout;
/** Whether `value` is a valid VirtualMachineFileLayoutSnapshotLayout, every field and format checked. */
export declare function isVirtualMachineFileLayoutSnapshotLayout(value: unknown): value is VirtualMachineFileLayoutSnapshotLayout;
/** Whether `value` is a valid VirtualMachineFlagInfo, every field and format checked. */
export declare function isVirtualMachineFlagInfo(value: unknown): value is VirtualMachineFlagInfo;
/** Whether `value` is a valid VirtualMachineForkConfigInfo, every field and format checked. */
export declare function isVirtualMachineForkConfigInfo(value: unknown): value is VirtualMachineForkConfigInfo;
/** Whether `value` is a valid VirtualMachineGuestIntegrityInfo, every field and format checked. */
export declare function isVirtualMachineGuestIntegrityInfo(value: unknown): value is VirtualMachineGuestIntegrityInfo;
/** Whether `value` is a valid VirtualMachineGuestMonitoringModeInfo, every field and format checked. */
export declare function isVirtualMachineGuestMonitoringModeInfo(value: unknown): value is VirtualMachineGuestMonitoringModeInfo;
/** Whether `value` is a valid VirtualMachineGuestSummary, every field and format checked. */
export declare function isVirtualMachineGuestSummary(value: unknown): value is VirtualMachineGuestSummary;
/** Whether `value` is a valid VirtualMachineMessage, every field and format checked. */
export declare function isVirtualMachineMessage(value: unknown): value is VirtualMachineMessage;
/** Whether `value` is a valid VirtualMachineNetworkShaperInfo, every field and format checked. */
export declare function isVirtualMachineNetworkShaperInfo(value: unknown): value is VirtualMachineNetworkShaperInfo;
/** Whether `value` is a valid VirtualMachineProfileSpec, every field and format checked. */
export declare function isVirtualMachineProfileSpec(value: unknown): value is VirtualMachineProfileSpec;
/** Whether `value` is a valid VirtualMachineQuestionInfo, every field and format checked. */
export declare function isVirtualMachineQuestionInfo(value: unknown): value is VirtualMachineQuestionInfo;
/** Whether `value` is a valid VirtualMachineQuickStats, every field and format checked. */
export declare function isVirtualMachineQuickStats(value: unknown): value is VirtualMachineQuickStats;
/** Whether `value` is a valid VirtualMachineQuickStatsMemoryTierStats, every field and format checked. */
export declare function isVirtualMachineQuickStatsMemoryTierStats(value: unknown): value is VirtualMachineQuickStatsMemoryTierStats;
/** Whether `value` is a valid VirtualMachineRuntimeInfo, every field and format checked. */
export declare function isVirtualMachineRuntimeInfo(value: unknown): value is VirtualMachineRuntimeInfo;
/** Whether `value` is a valid VirtualMachineRuntimeInfoDasProtectionState, every field and format checked. */
export declare function isVirtualMachineRuntimeInfoDasProtectionState(value: unknown): value is VirtualMachineRuntimeInfoDasProtectionState;
/** Whether `value` is a valid VirtualMachineSgxInfo, every field and format checked. */
export declare function isVirtualMachineSgxInfo(value: unknown): value is VirtualMachineSgxInfo;
/** Whether `value` is a valid VirtualMachineSnapshotInfo, every field and format checked. */
export declare function isVirtualMachineSnapshotInfo(value: unknown): value is VirtualMachineSnapshotInfo;
/** Whether `value` is a valid VirtualMachineSnapshotTree, every field and format checked. */
export declare function isVirtualMachineSnapshotTree(value: unknown): value is VirtualMachineSnapshotTree;
/** Whether `value` is a valid VirtualMachineStorageInfo, every field and format checked. */
export declare function isVirtualMachineStorageInfo(value: unknown): value is VirtualMachineStorageInfo;
/** Whether `value` is a valid VirtualMachineStorageSummary, every field and format checked. */
export declare function isVirtualMachineStorageSummary(value: unknown): value is VirtualMachineStorageSummary;
/** Whether `value` is a valid VirtualMachineSummary, every field and format checked. */
export declare function isVirtualMachineSummary(value: unknown): value is VirtualMachineSummary;
/** Whether `value` is a valid VirtualMachineUsageOnDatastore, every field and format checked. */
export declare function isVirtualMachineUsageOnDatastore(value: unknown): value is VirtualMachineUsageOnDatastore;
/** Whether `value` is a valid VirtualMachineVMCIDevice, every field and format checked. */
export declare function isVirtualMachineVMCIDevice(value: unknown): value is VirtualMachineVMCIDevice;
/** Whether `value` is a valid VirtualMachineVMCIDeviceFilterInfo, every field and format checked. */
export declare function isVirtualMachineVMCIDeviceFilterInfo(value: unknown): value is VirtualMachineVMCIDeviceFilterInfo;
/** Whether `value` is a valid VirtualMachineVMCIDeviceFilterSpec, every field and format checked. */
export declare function isVirtualMachineVMCIDeviceFilterSpec(value: unknown): value is VirtualMachineVMCIDeviceFilterSpec;
/** Whether `value` is a valid VirtualMachineVcpuConfig, every field and format checked. */
export declare function isVirtualMachineVcpuConfig(value: unknown): value is VirtualMachineVcpuConfig;
/** Whether `value` is a valid VirtualMachineVideoCard, every field and format checked. */
export declare function isVirtualMachineVideoCard(value: unknown): value is VirtualMachineVideoCard;
/** Whether `value` is a valid VirtualMachineVirtualDeviceGroups, every field and format checked. */
export declare function isVirtualMachineVirtualDeviceGroups(value: unknown): value is VirtualMachineVirtualDeviceGroups;
/** Whether `value` is a valid VirtualMachineVirtualDeviceGroupsDeviceGroup, every field and format checked. */
export declare function isVirtualMachineVirtualDeviceGroupsDeviceGroup(value: unknown): value is VirtualMachineVirtualDeviceGroupsDeviceGroup;
/** Whether `value` is a valid VirtualMachineVirtualDeviceSwap, every field and format checked. */
export declare function isVirtualMachineVirtualDeviceSwap(value: unknown): value is VirtualMachineVirtualDeviceSwap;
/** Whether `value` is a valid VirtualMachineVirtualDeviceSwapDeviceSwapInfo, every field and format checked. */
export declare function isVirtualMachineVirtualDeviceSwapDeviceSwapInfo(value: unknown): value is VirtualMachineVirtualDeviceSwapDeviceSwapInfo;
/** Whether `value` is a valid VirtualMachineVirtualNuma, every field and format checked. */
export declare function isVirtualMachineVirtualNuma(value: unknown): value is VirtualMachineVirtualNuma;
/** Whether `value` is a valid VirtualMachineVirtualNumaInfo, every field and format checked. */
export declare function isVirtualMachineVirtualNumaInfo(value: unknown): value is VirtualMachineVirtualNumaInfo;
/** Whether `value` is a valid VirtualMachineVirtualPMem, every field and format checked. */
export declare function isVirtualMachineVirtualPMem(value: unknown): value is VirtualMachineVirtualPMem;
/** Whether `value` is a valid VirtualPCIController, every field and format checked. */
export declare function isVirtualPCIController(value: unknown): value is VirtualPCIController;
/** Whether `value` is a valid VirtualPCNet32, every field and format checked. */
export declare function isVirtualPCNet32(value: unknown): value is VirtualPCNet32;
/** Whether `value` is a valid VirtualPS2Controller, every field and format checked. */
export declare function isVirtualPS2Controller(value: unknown): value is VirtualPS2Controller;
/** Whether `value` is a valid VirtualPointingDevice, every field and format checked. */
export declare function isVirtualPointingDevice(value: unknown): value is VirtualPointingDevice;
/** Whether `value` is a valid VirtualPointingDeviceDeviceBackingInfo, every field and format checked. */
export declare function isVirtualPointingDeviceDeviceBackingInfo(value: unknown): value is VirtualPointingDeviceDeviceBackingInfo;
/** Whether `value` is a valid VirtualSCSIController or known subtype, every field and format checked. */
export declare function isVirtualSCSIController(value: unknown): value is AnyVirtualSCSIController;
/** Whether `value` is a valid VirtualSIOController, every field and format checked. */
export declare function isVirtualSIOController(value: unknown): value is VirtualSIOController;
/** Whether `value` is a valid VirtualVmxnet or known subtype, every field and format checked. */
export declare function isVirtualVmxnet(value: unknown): value is AnyVirtualVmxnet;
/** Whether `value` is a valid VirtualVmxnet3, every field and format checked. */
export declare function isVirtualVmxnet3(value: unknown): value is VirtualVmxnet3;
/** Whether `value` is a valid VmAcquiredMksTicketEvent, every field and format checked. */
export declare function isVmAcquiredMksTicketEvent(value: unknown): value is VmAcquiredMksTicketEvent;
/** Whether `value` is a valid VmAcquiredTicketEvent, every field and format checked. */
export declare function isVmAcquiredTicketEvent(value: unknown): value is VmAcquiredTicketEvent;
/** Whether `value` is a valid VmAutoRenameEvent, every field and format checked. */
export declare function isVmAutoRenameEvent(value: unknown): value is VmAutoRenameEvent;
/** Whether `value` is a valid VmBeingClonedEvent, every field and format checked. */
export declare function isVmBeingClonedEvent(value: unknown): value is VmBeingClonedEvent;
/** Whether `value` is a valid VmBeingClonedNoFolderEvent, every field and format checked. */
export declare function isVmBeingClonedNoFolderEvent(value: unknown): value is VmBeingClonedNoFolderEvent;
/** Whether `value` is a valid VmBeingCreatedEvent, every field and format checked. */
export declare function isVmBeingCreatedEvent(value: unknown): value is VmBeingCreatedEvent;
/** Whether `value` is a valid VmBeingDeployedEvent, every field and format checked. */
export declare function isVmBeingDeployedEvent(value: unknown): value is VmBeingDeployedEvent;
/** Whether `value` is a valid VmBeingHotMigratedEvent, every field and format checked. */
export declare function isVmBeingHotMigratedEvent(value: unknown): value is VmBeingHotMigratedEvent;
/** Whether `value` is a valid VmBeingMigratedEvent, every field and format checked. */
export declare function isVmBeingMigratedEvent(value: unknown): value is VmBeingMigratedEvent;
/** Whether `value` is a valid VmBeingRelocatedEvent, every field and format checked. */
export declare function isVmBeingRelocatedEvent(value: unknown): value is VmBeingRelocatedEvent;
/** Whether `value` is a valid VmCloneEvent or known subtype, every field and format checked. */
export declare function isVmCloneEvent(value: unknown): value is AnyVmCloneEvent;
/** Whether `value` is a valid VmCloneFailedEvent, every field and format checked. */
export declare function isVmCloneFailedEvent(value: unknown): value is VmCloneFailedEvent;
/** Whether `value` is a valid VmClonedEvent, every field and format checked. */
export declare function isVmClonedEvent(value: unknown): value is VmClonedEvent;
/** Whether `value` is a valid VmConfigFault, every field and format checked. */
export declare function isVmConfigFault(value: unknown): value is VmConfigFault;
/** Whether `value` is a valid VmConfigInfo, every field and format checked. */
export declare function isVmConfigInfo(value: unknown): value is VmConfigInfo;
/** Whether `value` is a valid VmConfigMissingEvent, every field and format checked. */
export declare function isVmConfigMissingEvent(value: unknown): value is VmConfigMissingEvent;
/** Whether `value` is a valid VmConfigSpec, every field and format checked. */
export declare function isVmConfigSpec(value: unknown): value is VmConfigSpec;
/** Whether `value` is a valid VmConnectedEvent, every field and format checked. */
export declare function isVmConnectedEvent(value: unknown): value is VmConnectedEvent;
/** Whether `value` is a valid VmCreatedEvent, every field and format checked. */
export declare function isVmCreatedEvent(value: unknown): value is VmCreatedEvent;
/** Whether `value` is a valid VmDasBeingResetEvent or known subtype, every field and format checked. */
export declare function isVmDasBeingResetEvent(value: unknown): value is AnyVmDasBeingResetEvent;
/** Whether `value` is a valid VmDasBeingResetWithScreenshotEvent, every field and format checked. */
export declare function isVmDasBeingResetWithScreenshotEvent(value: unknown): value is VmDasBeingResetWithScreenshotEvent;
/** Whether `value` is a valid VmDasResetFailedEvent, every field and format checked. */
export declare function isVmDasResetFailedEvent(value: unknown): value is VmDasResetFailedEvent;
/** Whether `value` is a valid VmDasUpdateErrorEvent, every field and format checked. */
export declare function isVmDasUpdateErrorEvent(value: unknown): value is VmDasUpdateErrorEvent;
/** Whether `value` is a valid VmDasUpdateOkEvent, every field and format checked. */
export declare function isVmDasUpdateOkEvent(value: unknown): value is VmDasUpdateOkEvent;
/** Whether `value` is a valid VmDateRolledBackEvent, every field and format checked. */
export declare function isVmDateRolledBackEvent(value: unknown): value is VmDateRolledBackEvent;
/** Whether `value` is a valid VmDeployFailedEvent, every field and format checked. */
export declare function isVmDeployFailedEvent(value: unknown): value is VmDeployFailedEvent;
/** Whether `value` is a valid VmDeployedEvent, every field and format checked. */
export declare function isVmDeployedEvent(value: unknown): value is VmDeployedEvent;
/** Whether `value` is a valid VmDisconnectedEvent, every field and format checked. */
export declare function isVmDisconnectedEvent(value: unknown): value is VmDisconnectedEvent;
/** Whether `value` is a valid VmDiscoveredEvent, every field and format checked. */
export declare function isVmDiscoveredEvent(value: unknown): value is VmDiscoveredEvent;
/** Whether `value` is a valid VmDiskFailedEvent, every field and format checked. */
export declare function isVmDiskFailedEvent(value: unknown): value is VmDiskFailedEvent;
/** Whether `value` is a valid VmEmigratingEvent, every field and format checked. */
export declare function isVmEmigratingEvent(value: unknown): value is VmEmigratingEvent;
/** Whether `value` is a valid VmEndRecordingEvent, every field and format checked. */
export declare function isVmEndRecordingEvent(value: unknown): value is VmEndRecordingEvent;
/** Whether `value` is a valid VmEndReplayingEvent, every field and format checked. */
export declare function isVmEndReplayingEvent(value: unknown): value is VmEndReplayingEvent;
/** Whether `value` is a valid VmEvent or known subtype, every field and format checked. */
export declare function isVmEvent(value: unknown): value is AnyVmEvent;
/** Whether `value` is a valid VmEventArgument, every field and format checked. */
export declare function isVmEventArgument(value: unknown): value is VmEventArgument;
/** Whether `value` is a valid VmFailedMigrateEvent, every field and format checked. */
export declare function isVmFailedMigrateEvent(value: unknown): value is VmFailedMigrateEvent;
/** Whether `value` is a valid VmFailedRelayoutEvent, every field and format checked. */
export declare function isVmFailedRelayoutEvent(value: unknown): value is VmFailedRelayoutEvent;
/** Whether `value` is a valid VmFailedRelayoutOnVmfs2DatastoreEvent, every field and format checked. */
export declare function isVmFailedRelayoutOnVmfs2DatastoreEvent(value: unknown): value is VmFailedRelayoutOnVmfs2DatastoreEvent;
/** Whether `value` is a valid VmFailedStartingSecondaryEvent, every field and format checked. */
export declare function isVmFailedStartingSecondaryEvent(value: unknown): value is VmFailedStartingSecondaryEvent;
/** Whether `value` is a valid VmFailedToPowerOffEvent, every field and format checked. */
export declare function isVmFailedToPowerOffEvent(value: unknown): value is VmFailedToPowerOffEvent;
/** Whether `value` is a valid VmFailedToPowerOnEvent, every field and format checked. */
export declare function isVmFailedToPowerOnEvent(value: unknown): value is VmFailedToPowerOnEvent;
/** Whether `value` is a valid VmFailedToRebootGuestEvent, every field and format checked. */
export declare function isVmFailedToRebootGuestEvent(value: unknown): value is VmFailedToRebootGuestEvent;
/** Whether `value` is a valid VmFailedToResetEvent, every field and format checked. */
export declare function isVmFailedToResetEvent(value: unknown): value is VmFailedToResetEvent;
/** Whether `value` is a valid VmFailedToShutdownGuestEvent, every field and format checked. */
export declare function isVmFailedToShutdownGuestEvent(value: unknown): value is VmFailedToShutdownGuestEvent;
/** Whether `value` is a valid VmFailedToStandbyGuestEvent, every field and format checked. */
export declare function isVmFailedToStandbyGuestEvent(value: unknown): value is VmFailedToStandbyGuestEvent;
/** Whether `value` is a valid VmFailedToSuspendEvent, every field and format checked. */
export declare function isVmFailedToSuspendEvent(value: unknown): value is VmFailedToSuspendEvent;
/** Whether `value` is a valid VmFailedUpdatingSecondaryConfig, every field and format checked. */
export declare function isVmFailedUpdatingSecondaryConfig(value: unknown): value is VmFailedUpdatingSecondaryConfig;
/** Whether `value` is a valid VmFailoverFailed, every field and format checked. */
export declare function isVmFailoverFailed(value: unknown): value is VmFailoverFailed;
/** Whether `value` is a valid VmFaultToleranceStateChangedEvent, every field and format checked. */
export declare function isVmFaultToleranceStateChangedEvent(value: unknown): value is VmFaultToleranceStateChangedEvent;
/** Whether `value` is a valid VmFaultToleranceTurnedOffEvent, every field and format checked. */
export declare function isVmFaultToleranceTurnedOffEvent(value: unknown): value is VmFaultToleranceTurnedOffEvent;
/** Whether `value` is a valid VmFaultToleranceVmTerminatedEvent, every field and format checked. */
export declare function isVmFaultToleranceVmTerminatedEvent(value: unknown): value is VmFaultToleranceVmTerminatedEvent;
/** Whether `value` is a valid VmGuestOSCrashedEvent, every field and format checked. */
export declare function isVmGuestOSCrashedEvent(value: unknown): value is VmGuestOSCrashedEvent;
/** Whether `value` is a valid VmGuestRebootEvent, every field and format checked. */
export declare function isVmGuestRebootEvent(value: unknown): value is VmGuestRebootEvent;
/** Whether `value` is a valid VmGuestShutdownEvent, every field and format checked. */
export declare function isVmGuestShutdownEvent(value: unknown): value is VmGuestShutdownEvent;
/** Whether `value` is a valid VmGuestStandbyEvent, every field and format checked. */
export declare function isVmGuestStandbyEvent(value: unknown): value is VmGuestStandbyEvent;
/** Whether `value` is a valid VmHealthMonitoringStateChangedEvent, every field and format checked. */
export declare function isVmHealthMonitoringStateChangedEvent(value: unknown): value is VmHealthMonitoringStateChangedEvent;
/** Whether `value` is a valid VmInstanceUuidAssignedEvent, every field and format checked. */
export declare function isVmInstanceUuidAssignedEvent(value: unknown): value is VmInstanceUuidAssignedEvent;
/** Whether `value` is a valid VmInstanceUuidChangedEvent, every field and format checked. */
export declare function isVmInstanceUuidChangedEvent(value: unknown): value is VmInstanceUuidChangedEvent;
/** Whether `value` is a valid VmInstanceUuidConflictEvent, every field and format checked. */
export declare function isVmInstanceUuidConflictEvent(value: unknown): value is VmInstanceUuidConflictEvent;
/** Whether `value` is a valid VmMacAssignedEvent, every field and format checked. */
export declare function isVmMacAssignedEvent(value: unknown): value is VmMacAssignedEvent;
/** Whether `value` is a valid VmMacChangedEvent, every field and format checked. */
export declare function isVmMacChangedEvent(value: unknown): value is VmMacChangedEvent;
/** Whether `value` is a valid VmMacConflictEvent, every field and format checked. */
export declare function isVmMacConflictEvent(value: unknown): value is VmMacConflictEvent;
/** Whether `value` is a valid VmMaxFTRestartCountReached, every field and format checked. */
export declare function isVmMaxFTRestartCountReached(value: unknown): value is VmMaxFTRestartCountReached;
/** Whether `value` is a valid VmMaxRestartCountReached, every field and format checked. */
export declare function isVmMaxRestartCountReached(value: unknown): value is VmMaxRestartCountReached;
/** Whether `value` is a valid VmMessageErrorEvent, every field and format checked. */
export declare function isVmMessageErrorEvent(value: unknown): value is VmMessageErrorEvent;
/** Whether `value` is a valid VmMessageEvent, every field and format checked. */
export declare function isVmMessageEvent(value: unknown): value is VmMessageEvent;
/** Whether `value` is a valid VmMessageWarningEvent, every field and format checked. */
export declare function isVmMessageWarningEvent(value: unknown): value is VmMessageWarningEvent;
/** Whether `value` is a valid VmMigratedEvent or known subtype, every field and format checked. */
export declare function isVmMigratedEvent(value: unknown): value is AnyVmMigratedEvent;
/** Whether `value` is a valid VmNoCompatibleHostForSecondaryEvent, every field and format checked. */
export declare function isVmNoCompatibleHostForSecondaryEvent(value: unknown): value is VmNoCompatibleHostForSecondaryEvent;
/** Whether `value` is a valid VmNoNetworkAccessEvent, every field and format checked. */
export declare function isVmNoNetworkAccessEvent(value: unknown): value is VmNoNetworkAccessEvent;
/** Whether `value` is a valid VmOrphanedEvent, every field and format checked. */
export declare function isVmOrphanedEvent(value: unknown): value is VmOrphanedEvent;
/** Whether `value` is a valid VmPlacementPolicy, every field and format checked. */
export declare function isVmPlacementPolicy(value: unknown): value is VmPlacementPolicy;
/** Whether `value` is a valid VmPowerOffOnIsolationEvent, every field and format checked. */
export declare function isVmPowerOffOnIsolationEvent(value: unknown): value is VmPowerOffOnIsolationEvent;
/** Whether `value` is a valid VmPoweredOffEvent or known subtype, every field and format checked. */
export declare function isVmPoweredOffEvent(value: unknown): value is AnyVmPoweredOffEvent;
/** Whether `value` is a valid VmPoweredOnEvent or known subtype, every field and format checked. */
export declare function isVmPoweredOnEvent(value: unknown): value is AnyVmPoweredOnEvent;
/** Whether `value` is a valid VmPoweringOnWithCustomizedDVPortEvent, every field and format checked. */
export declare function isVmPoweringOnWithCustomizedDVPortEvent(value: unknown): value is VmPoweringOnWithCustomizedDVPortEvent;
/** Whether `value` is a valid VmPrimaryFailoverEvent, every field and format checked. */
export declare function isVmPrimaryFailoverEvent(value: unknown): value is VmPrimaryFailoverEvent;
/** Whether `value` is a valid VmReconfiguredEvent, every field and format checked. */
export declare function isVmReconfiguredEvent(value: unknown): value is VmReconfiguredEvent;
/** Whether `value` is a valid VmRegisteredEvent, every field and format checked. */
export declare function isVmRegisteredEvent(value: unknown): value is VmRegisteredEvent;
/** Whether `value` is a valid VmRelayoutSuccessfulEvent, every field and format checked. */
export declare function isVmRelayoutSuccessfulEvent(value: unknown): value is VmRelayoutSuccessfulEvent;
/** Whether `value` is a valid VmRelayoutUpToDateEvent, every field and format checked. */
export declare function isVmRelayoutUpToDateEvent(value: unknown): value is VmRelayoutUpToDateEvent;
/** Whether `value` is a valid VmReloadFromPathEvent, every field and format checked. */
export declare function isVmReloadFromPathEvent(value: unknown): value is VmReloadFromPathEvent;
/** Whether `value` is a valid VmReloadFromPathFailedEvent, every field and format checked. */
export declare function isVmReloadFromPathFailedEvent(value: unknown): value is VmReloadFromPathFailedEvent;
/** Whether `value` is a valid VmRelocateFailedEvent, every field and format checked. */
export declare function isVmRelocateFailedEvent(value: unknown): value is VmRelocateFailedEvent;
/** Whether `value` is a valid VmRelocateSpecEvent or known subtype, every field and format checked. */
export declare function isVmRelocateSpecEvent(value: unknown): value is AnyVmRelocateSpecEvent;
/** Whether `value` is a valid VmRelocatedEvent, every field and format checked. */
export declare function isVmRelocatedEvent(value: unknown): value is VmRelocatedEvent;
/** Whether `value` is a valid VmRemoteConsoleConnectedEvent, every field and format checked. */
export declare function isVmRemoteConsoleConnectedEvent(value: unknown): value is VmRemoteConsoleConnectedEvent;
/** Whether `value` is a valid VmRemoteConsoleDisconnectedEvent, every field and format checked. */
export declare function isVmRemoteConsoleDisconnectedEvent(value: unknown): value is VmRemoteConsoleDisconnectedEvent;
/** Whether `value` is a valid VmRemovedEvent, every field and format checked. */
export declare function isVmRemovedEvent(value: unknown): value is VmRemovedEvent;
/** Whether `value` is a valid VmRenamedEvent, every field and format checked. */
export declare function isVmRenamedEvent(value: unknown): value is VmRenamedEvent;
/** Whether `value` is a valid VmRequirementsExceedCurrentEVCModeEvent, every field and format checked. */
export declare function isVmRequirementsExceedCurrentEVCModeEvent(value: unknown): value is VmRequirementsExceedCurrentEVCModeEvent;
/** Whether `value` is a valid VmResettingEvent, every field and format checked. */
export declare function isVmResettingEvent(value: unknown): value is VmResettingEvent;
/** Whether `value` is a valid VmResourcePoolMovedEvent, every field and format checked. */
export declare function isVmResourcePoolMovedEvent(value: unknown): value is VmResourcePoolMovedEvent;
/** Whether `value` is a valid VmResourceReallocatedEvent, every field and format checked. */
export declare function isVmResourceReallocatedEvent(value: unknown): value is VmResourceReallocatedEvent;
/** Whether `value` is a valid VmRestartedOnAlternateHostEvent, every field and format checked. */
export declare function isVmRestartedOnAlternateHostEvent(value: unknown): value is VmRestartedOnAlternateHostEvent;
/** Whether `value` is a valid VmResumingEvent, every field and format checked. */
export declare function isVmResumingEvent(value: unknown): value is VmResumingEvent;
/** Whether `value` is a valid VmSecondaryAddedEvent, every field and format checked. */
export declare function isVmSecondaryAddedEvent(value: unknown): value is VmSecondaryAddedEvent;
/** Whether `value` is a valid VmSecondaryDisabledBySystemEvent, every field and format checked. */
export declare function isVmSecondaryDisabledBySystemEvent(value: unknown): value is VmSecondaryDisabledBySystemEvent;
/** Whether `value` is a valid VmSecondaryDisabledEvent, every field and format checked. */
export declare function isVmSecondaryDisabledEvent(value: unknown): value is VmSecondaryDisabledEvent;
/** Whether `value` is a valid VmSecondaryEnabledEvent, every field and format checked. */
export declare function isVmSecondaryEnabledEvent(value: unknown): value is VmSecondaryEnabledEvent;
/** Whether `value` is a valid VmSecondaryStartedEvent, every field and format checked. */
export declare function isVmSecondaryStartedEvent(value: unknown): value is VmSecondaryStartedEvent;
/** Whether `value` is a valid VmShutdownOnIsolationEvent, every field and format checked. */
export declare function isVmShutdownOnIsolationEvent(value: unknown): value is VmShutdownOnIsolationEvent;
/** Whether `value` is a valid VmStartRecordingEvent, every field and format checked. */
export declare function isVmStartRecordingEvent(value: unknown): value is VmStartRecordingEvent;
/** Whether `value` is a valid VmStartReplayingEvent, every field and format checked. */
export declare function isVmStartReplayingEvent(value: unknown): value is VmStartReplayingEvent;
/** Whether `value` is a valid VmStartingEvent or known subtype, every field and format checked. */
export declare function isVmStartingEvent(value: unknown): value is AnyVmStartingEvent;
/** Whether `value` is a valid VmStartingSecondaryEvent, every field and format checked. */
export declare function isVmStartingSecondaryEvent(value: unknown): value is VmStartingSecondaryEvent;
/** Whether `value` is a valid VmStaticMacConflictEvent, every field and format checked. */
export declare function isVmStaticMacConflictEvent(value: unknown): value is VmStaticMacConflictEvent;
/** Whether `value` is a valid VmStoppingEvent, every field and format checked. */
export declare function isVmStoppingEvent(value: unknown): value is VmStoppingEvent;
/** Whether `value` is a valid VmSuspendedEvent, every field and format checked. */
export declare function isVmSuspendedEvent(value: unknown): value is VmSuspendedEvent;
/** Whether `value` is a valid VmSuspendingEvent, every field and format checked. */
export declare function isVmSuspendingEvent(value: unknown): value is VmSuspendingEvent;
/** Whether `value` is a valid VmTimedoutStartingSecondaryEvent, every field and format checked. */
export declare function isVmTimedoutStartingSecondaryEvent(value: unknown): value is VmTimedoutStartingSecondaryEvent;
/** Whether `value` is a valid VmUnsupportedStartingEvent, every field and format checked. */
export declare function isVmUnsupportedStartingEvent(value: unknown): value is VmUnsupportedStartingEvent;
/** Whether `value` is a valid VmUpgradeCompleteEvent, every field and format checked. */
export declare function isVmUpgradeCompleteEvent(value: unknown): value is VmUpgradeCompleteEvent;
/** Whether `value` is a valid VmUpgradeFailedEvent, every field and format checked. */
export declare function isVmUpgradeFailedEvent(value: unknown): value is VmUpgradeFailedEvent;
/** Whether `value` is a valid VmUpgradingEvent, every field and format checked. */
export declare function isVmUpgradingEvent(value: unknown): value is VmUpgradingEvent;
/** Whether `value` is a valid VmUuidAssignedEvent, every field and format checked. */
export declare function isVmUuidAssignedEvent(value: unknown): value is VmUuidAssignedEvent;
/** Whether `value` is a valid VmUuidChangedEvent, every field and format checked. */
export declare function isVmUuidChangedEvent(value: unknown): value is VmUuidChangedEvent;
/** Whether `value` is a valid VmUuidConflictEvent, every field and format checked. */
export declare function isVmUuidConflictEvent(value: unknown): value is VmUuidConflictEvent;
/** Whether `value` is a valid VmVnicPoolReservationViolationClearEvent, every field and format checked. */
export declare function isVmVnicPoolReservationViolationClearEvent(value: unknown): value is VmVnicPoolReservationViolationClearEvent;
/** Whether `value` is a valid VmVnicPoolReservationViolationRaiseEvent, every field and format checked. */
export declare function isVmVnicPoolReservationViolationRaiseEvent(value: unknown): value is VmVnicPoolReservationViolationRaiseEvent;
/** Whether `value` is a valid VmWwnAssignedEvent, every field and format checked. */
export declare function isVmWwnAssignedEvent(value: unknown): value is VmWwnAssignedEvent;
/** Whether `value` is a valid VmWwnChangedEvent, every field and format checked. */
export declare function isVmWwnChangedEvent(value: unknown): value is VmWwnChangedEvent;
/** Whether `value` is a valid VmWwnConflictEvent, every field and format checked. */
export declare function isVmWwnConflictEvent(value: unknown): value is VmWwnConflictEvent;
/** Whether `value` is a valid VmfsDatastoreInfo, every field and format checked. */
export declare function isVmfsDatastoreInfo(value: unknown): value is VmfsDatastoreInfo;
/** Whether `value` is a valid VmfsUnmapBandwidthSpec, every field and format checked. */
export declare function isVmfsUnmapBandwidthSpec(value: unknown): value is VmfsUnmapBandwidthSpec;
/** Whether `value` is a valid VnicPortArgument, every field and format checked. */
export declare function isVnicPortArgument(value: unknown): value is VnicPortArgument;
/** Whether `value` is a valid VsanDatastoreInfo, every field and format checked. */
export declare function isVsanDatastoreInfo(value: unknown): value is VsanDatastoreInfo;
/** Whether `value` is a valid VvolDatastoreInfo, every field and format checked. */
export declare function isVvolDatastoreInfo(value: unknown): value is VvolDatastoreInfo;
/** Whether `value` is a valid WaitOptions, every field and format checked. */
export declare function isWaitOptions(value: unknown): value is WaitOptions;
/** Whether `value` is a valid WarningUpgradeEvent, every field and format checked. */
export declare function isWarningUpgradeEvent(value: unknown): value is WarningUpgradeEvent;
/** Whether `value` is a valid value of an untyped slot: a data object of a known type, a box of them, a boxed primitive, or an object naming a type no schema declares. */
export declare function isAnyValue(value: unknown): value is AnyValue;
