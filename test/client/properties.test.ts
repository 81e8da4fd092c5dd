/**
 * Typed property reads against vcsim (its own simulator, started by test/globalSetup.js): `list` finds every object of
 * a type through a container view it destroys afterwards, `retrieve` and `retrieveMany` read chosen paths of given
 * objects, values come out of their boxes (an array of references, an enum), a path the server does not know is a
 * PropertyReadError naming it, a value of a type the schemas lack is a DecodeError (not handed out as the declared
 * type), and the handler the README shows (read the hardware, reconfigure, wait, read again)
 * works as written. And a sweep: every property of every bundled managed object type vcsim serves reads typed with
 * every decode policy at "reject", but what the test names (two properties vcsim 0.24 predates, the types of a cluster
 * the bundled schemas leave out). What each read is typed as is pinned by test/type-level/generated-types.ts.
 */
import {
  DecodeError,
  PropertyReadError,
  TaskError,
  VimClient,
  VirtualMachinePowerStateValues,
  type ManagedObjectReference,
} from "../catalogue";
import { managedEntityNames } from "../../src/model/ir";
import { catalogueModel } from "../support/helpers";
import { soapRecorder, type SoapRecorder } from "./soapRecorder";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_PROPERTIES"];
const describeVcsim = URL_ === undefined ? describe.skip : describe;

describeVcsim("typed property reads (vcsim)", () => {
  let client: VimClient;
  let recorder: SoapRecorder;

  beforeAll(async () => {
    recorder = await soapRecorder(URL_ as string);
    client = await VimClient.connect({ url: recorder.url, username: "user", password: "pass" });
  });

  afterAll(async () => {
    await client.logout();
    await recorder.close();
  });

  test("list reads every VirtualMachine through a container view, and destroys the view", async () => {
    const from = recorder.exchanges.length;
    const vms = await client.list("VirtualMachine", ["name", "runtime.powerState", "config.hardware", "datastore"]);
    const methods = recorder.exchanges.slice(from).map((e) => e.method);
    expect(methods).toEqual(["CreateContainerView", "RetrievePropertiesEx", "DestroyView"]);
    // vcsim's default inventory: two VMs on a standalone host, two in a cluster's resource pool.
    expect(vms.map((v) => v.properties.name).sort()).toEqual([
      "DC0_C0_RP0_VM0",
      "DC0_C0_RP0_VM1",
      "DC0_H0_VM0",
      "DC0_H0_VM1",
    ]);
    for (const { obj, properties } of vms) {
      expect(obj).toMatchObject({ _typeName: "ManagedObjectReference", type: "VirtualMachine" });
      // An enum's box is opened: the value itself.
      expect(VirtualMachinePowerStateValues).toContain(properties["runtime.powerState"]);
      expect(properties["config.hardware"]).toMatchObject({ _typeName: "VirtualHardware" });
      expect(properties["config.hardware"]?.numCPU).toBeGreaterThan(0);
      // ArrayOfManagedObjectReference's box is opened: an array of references.
      expect(properties.datastore?.map((d) => d.type)).toEqual(["Datastore"]);
    }
  });

  test("retrieve reads one object's paths; retrieveMany several, in the order given", async () => {
    const vms = await client.list("VirtualMachine", ["name"]);
    const [first, second] = vms.map((v) => v.obj);
    if (first === undefined || second === undefined) throw new Error("vcsim has fewer than two VMs");
    const one = await client.retrieve("VirtualMachine", first, ["name", "parent", "summary.config.numCpu"]);
    expect(one.name).toBe(vms[0]?.properties.name);
    expect(one.parent).toMatchObject({ type: "Folder" });
    expect(typeof one["summary.config.numCpu"]).toBe("number");
    const many = await client.retrieveMany("VirtualMachine", [second, first], ["name"]);
    expect(many.map((m) => m.obj.value)).toEqual([second.value, first.value]);
    expect(many.map((m) => m.properties.name)).toEqual([vms[1]?.properties.name, vms[0]?.properties.name]);
    expect(await client.retrieveMany("VirtualMachine", [], ["name"])).toEqual([]);
  });

  test("list under a container: a datacenter's VM folder, its direct children only", async () => {
    const [dc] = await client.list("Datacenter", ["name", "vmFolder"]);
    if (dc === undefined) throw new Error("vcsim has no datacenter");
    expect(dc.properties.name).toBe("DC0");
    const direct = await client.list("VirtualMachine", ["name"], {
      container: dc.properties.vmFolder,
      recursive: false,
    });
    expect(direct).toHaveLength(4);
    const folders = await client.list("Folder", ["name", "childType"], { container: dc.properties.vmFolder });
    // No folder below the VM folder: the container itself is not listed.
    expect(folders).toEqual([]);
  });

  test("a path the server does not know is a PropertyReadError naming it and its fault", async () => {
    const [vm] = await client.list("VirtualMachine", []);
    if (vm === undefined) throw new Error("vcsim has no VM");
    // The compiler refuses the path (test/type-level); a cast sends it anyway.
    const read = client.retrieve("VirtualMachine", vm.obj, ["name", "runtime.nonsense"] as never);
    await expect(read).rejects.toBeInstanceOf(PropertyReadError);
    const error = (await read.catch((e: unknown) => e)) as PropertyReadError;
    expect(error.missing).toEqual([
      { obj: vm.obj, path: "runtime.nonsense", fault: expect.objectContaining({ _typeName: "InvalidProperty" }) },
    ]);
    expect(error.message).toBe(
      `the server did not read a property: VirtualMachine ${vm.obj.value} runtime.nonsense: InvalidProperty`,
    );
  });

  test("a value of a type the schemas do not declare is a DecodeError naming it, not a value typed as another", async () => {
    // vcsim's cluster is a ClusterComputeResource: its configurationEx is a ClusterConfigInfoEx, which the bundled
    // schemas leave out (with the cluster's other types); its name reads as any.
    const named = await client.list("ComputeResource", ["name"]);
    const cluster = named.find((c) => c.obj.type === "ClusterComputeResource");
    expect(cluster?.properties.name).toBe("DC0_C0");
    const read = client.list("ComputeResource", ["name", "configurationEx"]);
    await expect(read).rejects.toBeInstanceOf(DecodeError);
    const error = (await read.catch((e: unknown) => e)) as DecodeError;
    expect(error.issues).toEqual([
      {
        path: `ClusterComputeResource ${cluster?.obj.value ?? "?"} configurationEx`,
        message:
          'a ClusterConfigInfoEx, a type the schemas do not declare: declare it, or read it untyped with call("RetrievePropertiesEx")',
      },
    ]);
  });

  test("the README's handler: read the hardware, reconfigure, wait for the task, read it again", async () => {
    const [vm] = await client.list("VirtualMachine", ["config.hardware"]);
    if (vm === undefined) throw new Error("vcsim has no VM");
    const target: ManagedObjectReference = vm.obj;
    const before = await client.retrieve("VirtualMachine", target, ["config.hardware"]);
    const cpus = (before["config.hardware"]?.numCPU ?? 1) + 1;
    await client.runTask("ReconfigVM_Task", { _this: target, spec: { numCPUs: cpus, memoryMB: 256 } });
    const after = await client.retrieve("VirtualMachine", target, [
      "config.hardware.numCPU",
      "config.hardware.memoryMB",
    ]);
    expect(after).toEqual({ "config.hardware.numCPU": cpus, "config.hardware.memoryMB": 256 });
  });

  test("a reference given without its _typeName is read, listed under and waited for, sent as type and value only", async () => {
    const [dc] = await client.list("Datacenter", ["vmFolder"]);
    const [vm] = await client.list("VirtualMachine", ["name"]);
    if (dc?.properties.vmFolder === undefined || vm === undefined) throw new Error("vcsim has no datacenter or VM");
    // As a user writes one from an id in a log line, with a member of its own beside type and value.
    const plain = { type: "VirtualMachine", value: vm.obj.value, note: "from a log line" };
    const from = recorder.exchanges.length;
    expect(await client.retrieve("VirtualMachine", plain, ["name"])).toEqual({ name: vm.properties.name });
    const [many] = await client.retrieveMany("VirtualMachine", [plain], ["name"]);
    expect(many?.obj).toEqual({ _typeName: "ManagedObjectReference", type: "VirtualMachine", value: vm.obj.value });
    const folder = { type: "Folder", value: dc.properties.vmFolder.value };
    expect(await client.list("VirtualMachine", ["name"], { container: folder, recursive: false })).toHaveLength(4);
    const requests = recorder.exchanges.slice(from).map((e) => e.request);
    expect(requests.join("\n")).not.toContain("from a log line");
    expect(requests[0]).toContain(`<obj type="VirtualMachine">${vm.obj.value}</obj>`);
    // The VM is on already or not: either way the task ends, and its info is the plain reference's task's.
    const task = await client.call("PowerOnVM_Task", { _this: vm.obj });
    const info = await client
      .waitForTask({ type: task.type, value: task.value })
      .catch((e: unknown) => (e instanceof TaskError ? e.info : e));
    expect(info).toMatchObject({ _typeName: "TaskInfo", task: { type: "Task", value: task.value } });
  });

  describe("the sweep", () => {
    let strict: VimClient;
    const model = catalogueModel();
    const objects = new Map(model.managedObjects.map((mo) => [mo.name, mo]));
    /** Every property of managed object type `type`, its inherited ones too, but those `vcsim` lacks. */
    const pathsOf = (type: string, lacking: readonly string[] = []): string[] =>
      (objects.get(type)?.allProperties ?? []).map((p) => p.name).filter((p) => !lacking.includes(p));
    type Untyped = (type: string, ...rest: unknown[]) => Promise<unknown>;
    const list = (type: string, paths: string[]): Promise<{ obj: ManagedObjectReference }[]> =>
      (strict.list as unknown as Untyped)(type, paths) as Promise<{ obj: ManagedObjectReference }[]>;
    const retrieve = (type: string, obj: ManagedObjectReference, paths: string[]): Promise<object> =>
      (strict.retrieve as unknown as Untyped).call(strict, type, obj, paths) as Promise<object>;
    // vcsim 0.24 (Debian's govmomi) predates these properties: it answers InvalidProperty, which the test pins.
    const VCSIM_LACKS: Record<string, string[]> = {
      ComputeResource: ["configManagerEnabled"],
      EventHistoryCollector: ["initialized"],
    };

    beforeAll(async () => {
      strict = await VimClient.connect({
        url: recorder.url,
        username: "user",
        password: "pass",
        decode: { unknownTypes: "reject", unknownMembers: "reject", unknownEnumValues: "reject" },
      });
    });

    afterAll(async () => {
      await strict.logout();
    });

    test("every inventory object, every property, through container views", async () => {
      const entities = managedEntityNames(model).filter((name) => name !== "ComputeResource");
      const counts: Record<string, number> = {};
      for (const type of entities) counts[type] = (await list(type, pathsOf(type))).length;
      expect(counts).toEqual({
        Datacenter: 1,
        Datastore: 1,
        Folder: 4,
        ManagedEntity: 21,
        Network: 3,
        ResourcePool: 2,
        VirtualMachine: 4,
      });
      // A ComputeResource's own objects read whole; the cluster's answer has types the bundled schemas leave out.
      const computes = await list("ComputeResource", []);
      const standalone = computes.filter((c) => c.obj.type === "ComputeResource").map((c) => c.obj);
      expect(standalone).toHaveLength(1);
      const read = (strict.retrieveMany as unknown as Untyped).call(
        strict,
        "ComputeResource",
        standalone,
        pathsOf("ComputeResource", VCSIM_LACKS["ComputeResource"]),
      );
      await expect(read).resolves.toHaveLength(1);
      const cluster = computes.find((c) => c.obj.type === "ClusterComputeResource")?.obj;
      if (cluster === undefined) throw new Error("vcsim has no cluster");
      const refused = (await retrieve("ComputeResource", cluster, ["summary", "configurationEx"]).catch(
        (e: unknown) => e,
      )) as DecodeError;
      expect(refused.issues.map((i) => i.message.split('"')[1])).toEqual([
        "ClusterComputeResourceSummary",
        "ClusterConfigInfoEx",
      ]);
      const lacking = await retrieve("ComputeResource", standalone[0] as ManagedObjectReference, [
        "configManagerEnabled",
      ]).catch((e: unknown) => e);
      expect((lacking as PropertyReadError).missing.map((m) => m.fault?._typeName)).toEqual(["InvalidProperty"]);
    });

    test("the service instance, its managers, a task, a snapshot, a collector and a view: every property", async () => {
      const content = strict.serviceContent;
      const [vm] = await list("VirtualMachine", []);
      if (vm === undefined) throw new Error("vcsim has no VM");
      const task = await strict.call("CreateSnapshot_Task", {
        _this: vm.obj,
        name: "sweep",
        memory: false,
        quiesce: false,
      });
      const snapshot = (await strict.waitForTask(task)).result as ManagedObjectReference;
      const collector = await strict.call("CreateCollectorForEvents", {
        _this: content.eventManager as never,
        filter: {},
      });
      const view = await strict.call("CreateContainerView", {
        _this: content.viewManager as ManagedObjectReference,
        container: content.rootFolder,
        type: ["VirtualMachine"],
        recursive: true,
      });
      const refs: [string, ManagedObjectReference | undefined][] = [
        ["ServiceInstance", { _typeName: "ManagedObjectReference", type: "ServiceInstance", value: "ServiceInstance" }],
        ["SessionManager", content.sessionManager],
        ["EventManager", content.eventManager],
        ["PropertyCollector", content.propertyCollector],
        ["ViewManager", content.viewManager],
        ["TaskManager", content.taskManager],
        ["CustomFieldsManager", content.customFieldsManager],
        ["Task", task],
        ["VirtualMachineSnapshot", snapshot],
        ["EventHistoryCollector", collector],
        ["ContainerView", view],
      ];
      const read: string[] = [];
      for (const [type, ref] of refs) {
        if (ref === undefined) throw new Error(`vcsim has no ${type}`);
        const properties = await retrieve(type, ref, pathsOf(type, VCSIM_LACKS[type]));
        read.push(`${type}: ${Object.keys(properties).length}`);
      }
      // Each read whole (an optional property vcsim leaves unset is absent).
      expect(read.length).toBe(refs.length);
      const lacking = await retrieve("EventHistoryCollector", collector, ["initialized"]).catch((e: unknown) => e);
      expect((lacking as PropertyReadError).missing.map((m) => m.fault?._typeName)).toEqual(["InvalidProperty"]);
      await strict.call("DestroyView", { _this: view });
      await strict.call("DestroyCollector", { _this: collector });
    });
  });
});
