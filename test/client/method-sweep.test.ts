/**
 * The methods a handler calls next, against vcsim (its own simulator, started by test/globalSetup.js), with the whole
 * API (generated/) and every decode policy at "reject": 39 methods a handler calls next that vcsim implements, each
 * called with typed arguments (no cast on any; `_typeName` left out where the parameter's type fixes it), each task waited with
 * waitForTask or runTask, each effect read back with a typed `retrieve`. The faults are typed: a TaskError's fault or
 * a SoapFault's detail, checked by its generated guard and, at compile time, as one the method declares (or a
 * RuntimeFault, which any call may raise). Where vcsim answers otherwise than the API says, the test names it.
 */
import {
  faultOf,
  isDuplicateName,
  isInvalidArgument,
  isInvalidDatastore,
  isInvalidDeviceSpec,
  isInvalidPowerState,
  isManagedObjectNotFound,
  isManagedObjectReference,
  isMethodNotFound,
  isNotFound,
  type AnyRuntimeFault,
  type InvalidPowerState,
  type ManagedObjectReference,
  type VimClient,
  type VimMethodName,
  type VimMethods,
  type VimParams,
} from "../../generated";
import { connectStrict } from "./vcsimSweep";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_METHODS"];
const describeVcsim = URL_ === undefined ? describe.skip : describe;

/** Methods a handler calls that vcsim 0.24 (Debian's govmomi) does not implement: it answers MethodNotFound. */
const VCSIM_LACKS = {
  // simulator/virtual_machine.go has ShutdownGuest but no RebootGuest or StandbyGuest.
  RebootGuest: "VirtualMachine",
  // simulator/snapshot.go has RemoveSnapshot_Task and RevertToSnapshot_Task only.
  RenameSnapshot: "VirtualMachineSnapshot",
  // simulator/cluster_compute_resource.go has no Destroy_Task: a cluster, once made, stays.
  Destroy_Task: "ClusterComputeResource",
} as const;

/** Where vcsim answers otherwise than the API declares. Each is asserted: the test fails when vcsim mends it. */
const VCSIM_DEVIATES = {
  // Rename_Task declares DuplicateName for a name a sibling has; vcsim's RenameTask (simulator/entity.go) answers
  // InvalidArgument on "name" instead (a RuntimeFault, so it decodes; a handler catching DuplicateName misses it).
  renameToSiblingsName: { fault: "InvalidArgument", invalidProperty: "name" },
  // CreateDVS_Task with a VMwareDVSConfigSpec makes a VmwareDistributedVirtualSwitch on a vCenter; vcsim's
  // CreateDVSTask (folder.go) makes the base type whatever the spec, so a typed read of VMware-only properties fails.
  createdSwitchType: { type: "DistributedVirtualSwitch" },
  // RegisterVM_Task's name is the VM's name in the inventory; vcsim (the register path of createVM in folder.go)
  // looks for the VM's files under it (<name>.nvram), so a VM registered under another name fails NotFound.
  registerUnderAnotherName: { fault: "NotFound" },
  // SetField and setCustomValue replace an entity's value of a field on a vCenter (one value per field); vcsim's
  // SetField (custom_fields_manager.go) appends another, and RemoveCustomFieldDef then removes only the first.
  fieldSetTwice: { values: ["team-a", "team-b"], afterRemoval: ["team-b"] },
} as const;

type DeviceChange = NonNullable<VimParams<"ReconfigVM_Task">["spec"]["deviceChange"]>[number];
type Device = DeviceChange["device"];
/** A device change of ReconfigVM_Task's spec. */
const change = (operation: "add" | "edit" | "remove", device: Device): DeviceChange => ({
  _typeName: "VirtualDeviceConfigSpec",
  operation,
  device,
});
/** The addition of a 1 MB disk on controller `controllerKey`, at `unitNumber` if given, its file created. */
const newDisk = (controllerKey: number, unitNumber?: number): DeviceChange => ({
  _typeName: "VirtualDeviceConfigSpec",
  operation: "add",
  fileOperation: "create",
  device: {
    _typeName: "VirtualDisk",
    key: -101,
    controllerKey,
    ...(unitNumber === undefined ? {} : { unitNumber }),
    capacityInKB: 1024,
    backing: { _typeName: "VirtualDiskFlatVer2BackingInfo", fileName: "", diskMode: "persistent" },
  },
});

/** The faults method `M` may fail with: those its documentation lists, and any RuntimeFault. */
type Declared<M extends VimMethodName> = VimMethods[M]["faults"] | AnyRuntimeFault;

/** What the tests use of vcsim's VPX model, by inventory path (FindByInventoryPath). */
const INVENTORY = {
  datacenter: "/DC0",
  vmFolder: "/DC0/vm",
  hostFolder: "/DC0/host",
  networkFolder: "/DC0/network",
  pool: "/DC0/host/DC0_H0/Resources",
  host: "/DC0/host/DC0_H0/DC0_H0",
  cluster: "/DC0/host/DC0_C0",
  clusterPool: "/DC0/host/DC0_C0/Resources",
  clusterHost: "/DC0/host/DC0_C0/DC0_C0_H0",
  datastore: "/DC0/datastore/LocalDS_0",
} as const;

describeVcsim("the methods a handler calls, typed, against vcsim", () => {
  let client: VimClient;
  let inventory: Record<keyof typeof INVENTORY, ManagedObjectReference>;
  const find = async (inventoryPath: string): Promise<ManagedObjectReference> => {
    const searchIndex = client.serviceContent.searchIndex;
    if (searchIndex === undefined) throw new Error("vcsim has no SearchIndex");
    const found = await client.call("FindByInventoryPath", { _this: searchIndex, inventoryPath });
    if (found === undefined) throw new Error(`vcsim has no ${inventoryPath}`);
    return found;
  };
  /** A new powered-off VM of the test's own, on the standalone host. */
  const createVm = (name: string): Promise<ManagedObjectReference> =>
    client.runTask("CreateVM_Task", {
      _this: inventory.vmFolder,
      config: { name, guestId: "otherGuest64", numCPUs: 1, memoryMB: 64, files: { vmPathName: "[LocalDS_0]" } },
      pool: inventory.pool,
      host: inventory.host,
    });
  /** A snapshot of `vm`, without its memory. */
  const snapshot = (vm: ManagedObjectReference, name: string, quiesce: boolean): Promise<ManagedObjectReference> =>
    client.runTask("CreateSnapshot_Task", { _this: vm, name, description: "by the sweep", memory: false, quiesce });
  /**
   * Calls `method` expecting it to fail, its task waited if it starts one: the fault (`faultOf`: a TaskError's fault,
   * a SoapFault's detail), checked by `is`, whose type must be one `method` declares: another's guard does not compile.
   */
  const expectFault = async <M extends VimMethodName, F extends Declared<M>>(
    method: M,
    args: VimParams<M>,
    is: (value: unknown) => value is F,
  ): Promise<F> => {
    const error: unknown = await client
      .call(method, args)
      .then((task): unknown =>
        isManagedObjectReference(task) && task.type === "Task" ? client.waitForTask(task) : task,
      )
      .then(() => undefined)
      .catch((e: unknown) => e);
    const fault = faultOf(error);
    if (!is(fault)) throw new Error(`${method}: not the fault expected: ${String(error)}`);
    return fault;
  };
  const powerState = async (vm: ManagedObjectReference): Promise<string | undefined> =>
    (await client.retrieve("VirtualMachine", vm, ["runtime.powerState"]))["runtime.powerState"];

  beforeAll(async () => {
    client = await connectStrict(URL_ as string);
    const found = await Promise.all(Object.values(INVENTORY).map(find));
    inventory = Object.fromEntries(Object.keys(INVENTORY).map((k, i) => [k, found[i]])) as typeof inventory;
  });

  afterAll(async () => {
    await client.logout();
  });

  test("ReconfigVM_Task adds a SCSI controller, a disk on it and a NIC, and sets the annotation; grows the disk and removes the NIC as read back; a bad change is InvalidDeviceSpec", async () => {
    const vm = await createVm("sweep-reconfigured");
    const nic: Device = {
      _typeName: "VirtualVmxnet3",
      key: -102,
      backing: { _typeName: "VirtualEthernetCardNetworkBackingInfo", deviceName: "VM Network" },
    };
    const task = await client.call("ReconfigVM_Task", {
      _this: vm,
      spec: {
        annotation: "reconfigured by the sweep",
        deviceChange: [
          change("add", { _typeName: "ParaVirtualSCSIController", key: -100, busNumber: 0, sharedBus: "noSharing" }),
          newDisk(-100, 0),
          change("add", nic),
        ],
      },
    });
    expect((await client.waitForTask(task)).state).toBe("success");
    const read = await client.retrieve("VirtualMachine", vm, ["config.annotation", "config.hardware.device"]);
    expect(read["config.annotation"]).toBe("reconfigured by the sweep");
    const devices = read["config.hardware.device"] ?? [];
    const controller = devices.find((d) => d._typeName === "ParaVirtualSCSIController");
    expect(controller?.key).toBeGreaterThan(0);
    expect(devices.find((d) => d._typeName === "VirtualDisk")).toMatchObject({
      controllerKey: controller?.key,
      unitNumber: 0,
      capacityInKB: 1024,
      backing: { _typeName: "VirtualDiskFlatVer2BackingInfo", diskMode: "persistent" },
    });
    const added = devices.find((d) => d._typeName === "VirtualVmxnet3");
    if (added === undefined) throw new Error("ReconfigVM_Task added no VirtualVmxnet3");
    expect(added.backing).toMatchObject({ deviceName: "VM Network" });

    // Read, edit, reconfigure: the disk as retrieve returned it (every member, typed), grown, goes back as it is.
    const disk = devices.find((d) => d._typeName === "VirtualDisk");
    if (disk === undefined) throw new Error("ReconfigVM_Task added no VirtualDisk");
    await client.runTask("ReconfigVM_Task", {
      _this: vm,
      spec: { deviceChange: [change("edit", { ...disk, capacityInKB: 2048 })] },
    });
    const grown = await client.retrieve("VirtualMachine", vm, ["config.hardware.device"]);
    expect(grown["config.hardware.device"]?.find((d) => d.key === disk.key)).toMatchObject({ capacityInKB: 2048 });

    // The NIC removed as read back.
    await client.runTask("ReconfigVM_Task", { _this: vm, spec: { deviceChange: [change("remove", added)] } });
    const after = await client.retrieve("VirtualMachine", vm, ["config.hardware.device"]);
    expect(after["config.hardware.device"]?.map((d) => d._typeName)).not.toContain("VirtualVmxnet3");
    expect(after["config.hardware.device"]?.map((d) => d.key)).toContain(disk.key);

    // A disk to create needs a unit number: the fault names the change by its index.
    const bad = [change("add", { _typeName: "VirtualPointingDevice", key: -103 }), newDisk(0)];
    const invalid = await expectFault(
      "ReconfigVM_Task",
      { _this: vm, spec: { deviceChange: bad } },
      isInvalidDeviceSpec,
    );
    expect(invalid.deviceIndex).toBe(1);
  });

  test("power on, suspend, reset and off, each task waited; a powered-on VM's Destroy_Task and MarkAsTemplate are InvalidPowerState", async () => {
    const vm = await createVm("sweep-powered");
    const states: (string | undefined)[] = [];
    for (const method of ["PowerOnVM_Task", "SuspendVM_Task", "PowerOnVM_Task", "ResetVM_Task"] as const) {
      await client.runTask(method, { _this: vm });
      states.push(await powerState(vm));
    }
    expect(states).toEqual(["poweredOn", "suspended", "poweredOn", "poweredOn"]);
    const destroyed = await expectFault("Destroy_Task", { _this: vm }, isInvalidPowerState);
    expect(destroyed).toMatchObject({ requestedState: "poweredOff", existingState: "poweredOn" });
    const template = await expectFault("MarkAsTemplate", { _this: vm }, isInvalidPowerState);
    expect(template.existingState).toBe("poweredOn");
    await client.call("ShutdownGuest", { _this: vm });
    expect(await powerState(vm)).toBe("poweredOff");
    const off = await expectFault("PowerOffVM_Task", { _this: vm }, isInvalidPowerState);
    expect(off.existingState).toBe("poweredOff");
  });

  test("snapshots: created as a tree, reverted to, one removed, then all; reverting to none is NotFound", async () => {
    const vm = await createVm("sweep-snapshots");
    const none = await expectFault("RevertToCurrentSnapshot_Task", { _this: vm }, isNotFound);
    expect(none._typeName).toBe("NotFound");
    const first = await snapshot(vm, "first", false);
    const second = await snapshot(vm, "second", true);
    const tree = await client.retrieve("VirtualMachine", vm, ["snapshot"]);
    expect(tree.snapshot?.currentSnapshot).toEqual(second);
    const root = tree.snapshot?.rootSnapshotList[0];
    expect(root).toMatchObject({ name: "first", description: "by the sweep", snapshot: first, vm, quiesced: false });
    expect(root?.childSnapshotList?.map((c) => [c.name, c.snapshot.value, c.quiesced])).toEqual([
      ["second", second.value, true],
    ]);

    await client.runTask("RevertToSnapshot_Task", { _this: first });
    const current = async (): Promise<string | undefined> =>
      (await client.retrieve("VirtualMachine", vm, ["snapshot.currentSnapshot"]))["snapshot.currentSnapshot"]?.value;
    expect(await current()).toBe(first.value);
    await client.waitForTask(await client.call("RevertToCurrentSnapshot_Task", { _this: vm }));
    expect(await current()).toBe(first.value);

    await client.runTask("RemoveSnapshot_Task", { _this: second, removeChildren: false });
    const left = await client.retrieve("VirtualMachine", vm, ["snapshot.rootSnapshotList"]);
    expect(left["snapshot.rootSnapshotList"]?.map((s) => [s.name, s.childSnapshotList ?? []])).toEqual([["first", []]]);
    await client.runTask("RemoveAllSnapshots_Task", { _this: vm });
    expect(await client.retrieve("VirtualMachine", vm, ["snapshot"])).toEqual({});
  });

  test("CloneVM_Task's result is the clone; relocated, renamed, made a template and back, destroyed", async () => {
    const source = await createVm("sweep-source");
    const clone = await client.runTask("CloneVM_Task", {
      _this: source,
      folder: inventory.vmFolder,
      name: "sweep-clone",
      spec: { location: {}, powerOn: false, template: false },
    });
    expect(clone.value).not.toBe(source.value);
    const cloned = await client.retrieve("VirtualMachine", clone, ["name", "parent"]);
    expect(cloned).toEqual({ name: "sweep-clone", parent: inventory.vmFolder });

    await client.runTask("RelocateVM_Task", {
      _this: clone,
      spec: { pool: inventory.clusterPool, host: inventory.clusterHost, datastore: inventory.datastore },
    });
    expect(await client.retrieve("VirtualMachine", clone, ["resourcePool", "runtime.host", "datastore"])).toEqual({
      resourcePool: inventory.clusterPool,
      "runtime.host": inventory.clusterHost,
      datastore: [inventory.datastore],
    });

    await client.runTask("Rename_Task", { _this: clone, newName: "sweep-clone-renamed" });
    expect((await client.retrieve("VirtualMachine", clone, ["name"])).name).toBe("sweep-clone-renamed");
    // Named in VCSIM_DEVIATES: the API declares DuplicateName here.
    const taken = await expectFault("Rename_Task", { _this: clone, newName: "sweep-source" }, isInvalidArgument);
    expect({ fault: taken._typeName, invalidProperty: taken.invalidProperty }).toEqual(
      VCSIM_DEVIATES.renameToSiblingsName,
    );

    await client.call("MarkAsTemplate", { _this: clone });
    expect((await client.retrieve("VirtualMachine", clone, ["config.template"]))["config.template"]).toBe(true);
    await client.call("MarkAsVirtualMachine", { _this: clone, pool: inventory.clusterPool });
    expect((await client.retrieve("VirtualMachine", clone, ["config.template"]))["config.template"]).toBe(false);

    await client.runTask("Destroy_Task", { _this: clone });
    const gone = await expectFault("Destroy_Task", { _this: clone }, isManagedObjectNotFound);
    expect(gone.obj.value).toBe(clone.value);
  });

  test("folders: created, a duplicate refused as DuplicateName, a VM moved in, renamed, destroyed", async () => {
    const folder = await client.call("CreateFolder", { _this: inventory.vmFolder, name: "sweep-folder" });
    const clash = await expectFault(
      "CreateFolder",
      { _this: inventory.vmFolder, name: "sweep-folder" },
      isDuplicateName,
    );
    expect(clash).toMatchObject({ name: "sweep-folder", object: { value: inventory.vmFolder.value } });
    // @ts-expect-error A fault CreateFolder does not declare, nor a RuntimeFault: expectFault refuses its guard.
    const undeclared: Parameters<typeof expectFault<"CreateFolder", InvalidPowerState>>[2] = isInvalidPowerState;
    expect(undeclared(clash)).toBe(false);
    const vm = await createVm("sweep-moved");
    await client.runTask("MoveIntoFolder_Task", { _this: folder, list: [vm] });
    expect((await client.retrieve("VirtualMachine", vm, ["parent"])).parent).toEqual(folder);
    expect((await client.retrieve("Folder", folder, ["childEntity"])).childEntity).toEqual([vm]);

    const empty = await client.call("CreateFolder", { _this: folder, name: "sweep-empty" });
    await client.runTask("Rename_Task", { _this: empty, newName: "sweep-emptied" });
    expect(await client.retrieve("Folder", empty, ["name", "parent"])).toEqual({
      name: "sweep-emptied",
      parent: folder,
    });
    await client.runTask("Destroy_Task", { _this: empty });
    expect((await client.retrieve("Folder", folder, ["childEntity"])).childEntity).toEqual([vm]);
    const gone = await expectFault("Destroy_Task", { _this: empty }, isManagedObjectNotFound);
    expect(gone.obj.value).toBe(empty.value);
  });

  test("custom fields: a def added, set on a VM (SetField, setCustomValue), renamed, a duplicate refused as DuplicateName, removed", async () => {
    const manager = client.serviceContent.customFieldsManager;
    if (manager === undefined) throw new Error("vcsim has no CustomFieldsManager");
    const vm = await createVm("sweep-custom");
    const def = await client.call("AddCustomFieldDef", { _this: manager, name: "owner", moType: "VirtualMachine" });
    expect(def).toMatchObject({ _typeName: "CustomFieldDef", name: "owner", managedObjectType: "VirtualMachine" });
    await client.call("SetField", { _this: manager, entity: vm, key: def.key, value: "team-a" });
    const set = await client.retrieve("VirtualMachine", vm, ["customValue", "availableField"]);
    expect(set.customValue).toEqual([{ _typeName: "CustomFieldStringValue", key: def.key, value: "team-a" }]);
    expect(set.availableField?.map((f) => f.name)).toContain("owner");

    await client.call("RenameCustomFieldDef", { _this: manager, key: def.key, name: "sweep-team" });
    const fields = async (): Promise<string[]> =>
      ((await client.retrieve("CustomFieldsManager", manager, ["field"])).field ?? []).map((f) => f.name);
    expect(await fields()).toContain("sweep-team");
    // Named in VCSIM_DEVIATES: a value set again replaces the first on a vCenter.
    await client.call("setCustomValue", { _this: vm, key: "sweep-team", value: "team-b" });
    const values = async (): Promise<string[]> =>
      ((await client.retrieve("VirtualMachine", vm, ["customValue"])).customValue ?? []).map((v) =>
        v._typeName === "CustomFieldStringValue" ? v.value : v._typeName,
      );
    expect(await values()).toEqual(VCSIM_DEVIATES.fieldSetTwice.values);
    const sameName = { _this: manager, name: "sweep-team", moType: "VirtualMachine" };
    expect((await expectFault("AddCustomFieldDef", sameName, isDuplicateName)).name).toBe("sweep-team");
    const badKey = await expectFault(
      "SetField",
      { _this: manager, entity: vm, key: -7, value: "x" },
      isInvalidArgument,
    );
    expect(badKey.invalidProperty).toBe("key");

    await client.call("RemoveCustomFieldDef", { _this: manager, key: def.key });
    expect(await fields()).not.toContain("sweep-team");
    expect(await values()).toEqual(VCSIM_DEVIATES.fieldSetTwice.afterRemoval);
  });

  test("CreateVM_Task's result is a VM, off, where it was put; UnregisterVM takes it out, RegisterVM_Task's result is it again", async () => {
    const vm = await createVm("sweep-created");
    const paths = [
      "name",
      "parent",
      "resourcePool",
      "runtime.host",
      "runtime.powerState",
      "config.files.vmPathName",
    ] as const;
    const created = await client.retrieve("VirtualMachine", vm, paths);
    const vmx = created["config.files.vmPathName"];
    expect(created).toEqual({
      name: "sweep-created",
      parent: inventory.vmFolder,
      resourcePool: inventory.pool,
      "runtime.host": inventory.host,
      "runtime.powerState": "poweredOff",
      "config.files.vmPathName": "[LocalDS_0] sweep-created/sweep-created.vmx",
    });
    await client.call("UnregisterVM", { _this: vm });
    expect((await expectFault("Destroy_Task", { _this: vm }, isManagedObjectNotFound)).obj.value).toBe(vm.value);
    const register = { _this: inventory.vmFolder, path: vmx ?? "", asTemplate: false, pool: inventory.pool };
    // Named in VCSIM_DEVIATES: a vCenter registers a VM under any name.
    const renamed = await expectFault("RegisterVM_Task", { ...register, name: "sweep-other" }, isNotFound);
    expect({ fault: renamed._typeName }).toEqual(VCSIM_DEVIATES.registerUnderAnotherName);
    const again = await client.runTask("RegisterVM_Task", { ...register, name: "sweep-created", host: inventory.host });
    expect(again.value).not.toBe(vm.value);
    expect(await client.retrieve("VirtualMachine", again, paths)).toEqual(created);
  });

  test("resource pools: created, reconfigured, a duplicate refused as DuplicateName, destroyed", async () => {
    const allocation: VimParams<"CreateResourcePool">["spec"]["cpuAllocation"] = {
      reservation: 0,
      expandableReservation: true,
      limit: -1,
      shares: { shares: 0, level: "normal" },
    };
    const spec = { cpuAllocation: allocation, memoryAllocation: allocation };
    const pool = await client.call("CreateResourcePool", { _this: inventory.pool, name: "sweep-pool", spec });
    const config = { cpuAllocation: { limit: 1000 }, memoryAllocation: {} };
    await client.call("UpdateConfig", { _this: pool, name: "sweep-pool-2", config });
    const read = await client.retrieve("ResourcePool", pool, ["name", "parent", "config.cpuAllocation.limit"]);
    expect(read).toEqual({ name: "sweep-pool-2", parent: inventory.pool, "config.cpuAllocation.limit": 1000 });
    const sameName = { _this: inventory.pool, name: "sweep-pool-2", spec };
    expect((await expectFault("CreateResourcePool", sameName, isDuplicateName)).object.value).toBe(pool.value);
    await client.runTask("Destroy_Task", { _this: pool });
    const left = await client.retrieve("ResourcePool", inventory.pool, ["resourcePool"]);
    expect((left.resourcePool ?? []).map((p) => p.value)).not.toContain(pool.value);
    expect((await expectFault("Destroy_Task", { _this: pool }, isManagedObjectNotFound)).obj).toEqual(pool);
  });

  test("SearchDatastore_Task's result is typed: files by their FileInfo subtype; a directory made, then deleted", async () => {
    await createVm("sweep-browsed");
    const browser = (await client.retrieve("Datastore", inventory.datastore, ["browser"])).browser;
    const search = async (datastorePath: string, matchPattern: string[]): Promise<string[][]> => {
      const details = { fileType: true, fileSize: true, modification: false, fileOwner: false };
      const found = await client.runTask("SearchDatastore_Task", {
        _this: browser,
        datastorePath,
        searchSpec: { matchPattern, details },
      });
      expect(found).toMatchObject({ _typeName: "HostDatastoreBrowserSearchResults", datastore: inventory.datastore });
      return (found.file ?? []).map((f) => [f._typeName, f.path]);
    };
    expect(await search("[LocalDS_0] sweep-browsed", ["*.vmx", "*.vmdk"])).toEqual([
      ["VmConfigFileInfo", "sweep-browsed.vmx"],
    ]);
    const noSuchDatastore = { _this: browser, datastorePath: "[NoSuchDS] x" };
    expect((await expectFault("SearchDatastore_Task", noSuchDatastore, isInvalidDatastore)).name).toBe("NoSuchDS");

    const fileManager = client.serviceContent.fileManager;
    if (fileManager === undefined) throw new Error("vcsim has no FileManager");
    const directory = { _this: fileManager, name: "[LocalDS_0] sweep-dir", datacenter: inventory.datacenter };
    await client.call("MakeDirectory", directory);
    expect(await search("[LocalDS_0]", ["sweep-dir"])).toEqual([["FolderFileInfo", "sweep-dir"]]);
    await client.runTask("DeleteDatastoreFile_Task", directory);
    expect(await search("[LocalDS_0]", ["sweep-dir"])).toEqual([]);
  });

  test("CreateClusterEx makes a cluster (a duplicate is DuplicateName); a host enters and exits maintenance mode", async () => {
    const cluster = await client.call("CreateClusterEx", { _this: inventory.hostFolder, name: "sweep-c", spec: {} });
    expect(await client.retrieve("ClusterComputeResource", cluster, ["name", "parent", "host"])).toEqual({
      name: "sweep-c",
      parent: inventory.hostFolder,
      host: [],
    });
    const sameName = { _this: inventory.hostFolder, name: "sweep-c", spec: {} };
    expect((await expectFault("CreateClusterEx", sameName, isDuplicateName)).object.value).toBe(cluster.value);

    const inMaintenance = async (): Promise<boolean | undefined> =>
      (await client.retrieve("HostSystem", inventory.host, ["runtime.inMaintenanceMode"]))["runtime.inMaintenanceMode"];
    await client.runTask("EnterMaintenanceMode_Task", { _this: inventory.host, timeout: 0 });
    expect(await inMaintenance()).toBe(true);
    await client.runTask("ExitMaintenanceMode_Task", { _this: inventory.host, timeout: 0 });
    expect(await inMaintenance()).toBe(false);
  });

  test("CreateDVS_Task's result is the switch; a portgroup added and reconfigured, then both destroyed", async () => {
    const dvs = await client.runTask("CreateDVS_Task", {
      _this: inventory.networkFolder,
      spec: { configSpec: { _typeName: "VMwareDVSConfigSpec", name: "sweep-dvs", numStandalonePorts: 4 } },
    });
    // Named in VCSIM_DEVIATES: a VMwareDVSConfigSpec makes a VmwareDistributedVirtualSwitch on a vCenter.
    expect({ type: dvs.type }).toEqual(VCSIM_DEVIATES.createdSwitchType);
    await client.runTask("AddDVPortgroup_Task", {
      _this: dvs,
      spec: [{ name: "sweep-pg", type: "earlyBinding", numPorts: 8 }],
    });
    const portgroups = (await client.retrieve("DistributedVirtualSwitch", dvs, ["portgroup"])).portgroup ?? [];
    const named = await client.retrieveMany("DistributedVirtualPortgroup", portgroups, ["name", "config.numPorts"]);
    const pg = named.find((p) => p.properties.name === "sweep-pg");
    if (pg === undefined) throw new Error("AddDVPortgroup_Task added no sweep-pg");
    expect(pg.properties["config.numPorts"]).toBe(8);
    await client.runTask("ReconfigureDVPortgroup_Task", { _this: pg.obj, spec: { name: "sweep-pg", numPorts: 16 } });
    const reconfigured = await client.retrieve("DistributedVirtualPortgroup", pg.obj, ["config.numPorts"]);
    expect(reconfigured["config.numPorts"]).toBe(16);
    const sameName = { _this: dvs, spec: [{ name: "sweep-pg", type: "earlyBinding" }] };
    expect((await expectFault("AddDVPortgroup_Task", sameName, isDuplicateName)).name).toBe("sweep-pg");

    await client.runTask("Destroy_Task", { _this: pg.obj });
    const left = await client.retrieve("DistributedVirtualSwitch", dvs, ["portgroup"]);
    expect(left.portgroup).not.toContainEqual(pg.obj);
    await client.runTask("Destroy_Task", { _this: dvs });
    const network = await client.retrieve("Folder", inventory.networkFolder, ["childEntity"]);
    expect((network.childEntity ?? []).map((c) => c.value)).not.toContain(dvs.value);
    expect((await expectFault("Destroy_Task", { _this: dvs }, isManagedObjectNotFound)).obj).toEqual(dvs);
  });

  test("what vcsim lacks is MethodNotFound, by name (VCSIM_LACKS)", async () => {
    const vm = await createVm("sweep-lacking");
    const taken = await snapshot(vm, "lacking", false);
    const lacking = [
      await expectFault("RebootGuest", { _this: vm }, isMethodNotFound),
      await expectFault("RenameSnapshot", { _this: taken, name: "t" }, isMethodNotFound),
      await expectFault("Destroy_Task", { _this: inventory.cluster }, isMethodNotFound),
    ];
    expect(Object.fromEntries(lacking.map((f) => [f.method, f.receiver.type]))).toEqual(VCSIM_LACKS);
  });
});

if (URL_ === undefined)
  test.skip(`vcsim: ${process.env["VSPHERE_TYPEGEN_VCSIM_SKIP"] ?? "not started"}`, () => undefined);
