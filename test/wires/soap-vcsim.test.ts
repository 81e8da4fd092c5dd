/**
 * The SOAP wire against a real server: VMware's vCenter simulator (vcsim, started by test/globalSetup.js on
 * 127.0.0.1). Requests are written by soapEnvelope and sent with Node's fetch; every response is decoded by
 * parseSoapResponse with `unknownTypes: "reject"`, so each object must decode as its own declared type, never
 * through the unknown-type path.
 */
import {
  SoapFault,
  parseSoapResponse,
  soapEnvelope,
  wireTypeName,
  type AnyEvent,
  type EventFilterSpec,
  type ManagedObjectReference,
  type PropertyFilterSpec,
  type RetrieveOptions,
  type SoapParameter,
  type TaskInfo,
  type VimTypeMap,
} from "../catalogue";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_VCSIM"];
const describeVcsim = URL_ === undefined ? describe.skip : describe;
const STRICT = { unknownTypes: "reject", unknownMembers: "reject" } as const;

const ref = (type: string, value: string): ManagedObjectReference => ({
  _typeName: "ManagedObjectReference",
  type,
  value,
});
const EVENT_MANAGER = ref("EventManager", "EventManager");
const PROPERTY_COLLECTOR = ref("PropertyCollector", "propertyCollector");
const ROOT_FOLDER = ref("Folder", "group-d1");

/** A SOAP session with vcsim: the `vmware_soap_session` cookie kept between calls. */
class Session {
  private cookie: string | undefined;
  readonly responses: string[] = [];

  async send(method: string, thisRef: ManagedObjectReference, parameters: SoapParameter[] = []): Promise<string> {
    const response = await fetch(URL_ as string, {
      method: "POST",
      headers: {
        "Content-Type": "text/xml; charset=utf-8",
        SOAPAction: '"urn:vim25/6.5"',
        ...(this.cookie === undefined ? {} : { Cookie: this.cookie }),
      },
      body: soapEnvelope(method, thisRef, parameters),
      signal: AbortSignal.timeout(20_000),
    });
    const session = response.headers.get("set-cookie")?.match(/vmware_soap_session=[^;]*/)?.[0];
    if (session !== undefined) this.cookie = session;
    const text = await response.text();
    this.responses.push(text);
    return text;
  }

  async call<N extends keyof VimTypeMap>(
    typeName: N,
    method: string,
    thisRef: ManagedObjectReference,
    parameters: SoapParameter[] = [],
  ): Promise<VimTypeMap[N][]> {
    return parseSoapResponse(typeName, await this.send(method, thisRef, parameters), STRICT);
  }

  async one<N extends keyof VimTypeMap>(
    typeName: N,
    method: string,
    thisRef: ManagedObjectReference,
    parameters: SoapParameter[] = [],
  ): Promise<VimTypeMap[N]> {
    const [value] = await this.call(typeName, method, thisRef, parameters);
    if (value === undefined) throw new Error(`${method} returned nothing`);
    return value;
  }

  /** Properties of one object through RetrievePropertiesEx, the spec typed and written in WSDL order. */
  async properties(obj: ManagedObjectReference, paths: string[]): Promise<Map<string, unknown>> {
    const spec: PropertyFilterSpec = {
      _typeName: "PropertyFilterSpec",
      propSet: [{ _typeName: "PropertySpec", type: obj.type, pathSet: paths }],
      objectSet: [{ _typeName: "ObjectSpec", obj }],
    };
    const options: RetrieveOptions = { _typeName: "RetrieveOptions" };
    const [result] = await this.call("RetrieveResult", "RetrievePropertiesEx", PROPERTY_COLLECTOR, [
      ["specSet", "PropertyFilterSpec", spec],
      ["options", "RetrieveOptions", options],
    ]);
    return new Map((result?.objects[0]?.propSet ?? []).map((p) => [p.name, p.val]));
  }

  /** Waits for a task to finish and returns its TaskInfo, decoded from RetrievePropertiesEx. */
  async task(task: ManagedObjectReference): Promise<TaskInfo> {
    for (let i = 0; i < 100; i++) {
      const info = (await this.properties(task, ["info"])).get("info") as TaskInfo;
      if (info.state === "success" || info.state === "error") return info;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`task ${task.value} did not finish`);
  }

  async run(method: string, thisRef: ManagedObjectReference, parameters: SoapParameter[] = []): Promise<TaskInfo> {
    return this.task(await this.one("ManagedObjectReference", method, thisRef, parameters));
  }

  async find(path: string): Promise<ManagedObjectReference> {
    return this.one("ManagedObjectReference", "FindByInventoryPath", ref("SearchIndex", "SearchIndex"), [
      ["inventoryPath", "xsd:string", path],
    ]);
  }
}

/** Every object in a decoded value carries the name it had on the wire: none came through the unknown-type path. */
function everyTypeDeclared(value: unknown, seen: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => everyTypeDeclared(v, seen));
  else if (typeof value === "object" && value !== null) {
    const named = value as { _typeName?: unknown };
    if (typeof named._typeName === "string") {
      expect(wireTypeName(named as { _typeName: string })).toBe(named._typeName);
      seen.push(named._typeName);
    }
    Object.values(value).forEach((v) => everyTypeDeclared(v, seen));
  }
  return seen;
}

if (URL_ === undefined) {
  test.skip(`vcsim: ${process.env["VSPHERE_TYPEGEN_VCSIM_SKIP"] ?? "not started"}`, () => undefined);
}

describeVcsim("vcsim over SOAP", () => {
  const s = new Session();
  let vm: ManagedObjectReference;

  beforeAll(async () => {
    const session = await s.one("UserSession", "Login", ref("SessionManager", "SessionManager"), [
      ["userName", "xsd:string", "user"],
      ["password", "xsd:string", "pass"],
    ]);
    expect(session).toMatchObject({ _typeName: "UserSession", userName: "user" });
    vm = await s.find("DC0/vm/DC0_H0_VM0");
  });

  test("RetrieveServiceContent: the ServiceContent and its AboutInfo, typed", async () => {
    const content = await new Session().one(
      "ServiceContent",
      "RetrieveServiceContent",
      ref("ServiceInstance", "ServiceInstance"),
    );
    expect(content).toMatchObject({
      _typeName: "ServiceContent",
      rootFolder: ROOT_FOLDER,
      propertyCollector: PROPERTY_COLLECTOR,
      eventManager: EVENT_MANAGER,
      about: { _typeName: "AboutInfo", apiType: "VirtualCenter", apiVersion: "6.5" },
    });
    everyTypeDeclared(content);
  });

  test("bad credentials are a SoapFault whose detail is a typed InvalidLogin", async () => {
    const text = await new Session().send("Login", ref("SessionManager", "SessionManager"), [
      ["userName", "xsd:string", "user"],
      ["password", "xsd:string", ""],
    ]);
    let caught: unknown;
    try {
      parseSoapResponse("UserSession", text, STRICT);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SoapFault);
    expect((caught as SoapFault<{ _typeName: string }>).detail?._typeName).toBe("InvalidLogin");
  });

  test("power operations, reconfigure, rename, relocate, clone and destroy each finish as a typed TaskInfo", async () => {
    const results: [string, TaskInfo][] = [];
    const step = async (method: string, target: ManagedObjectReference, parameters: SoapParameter[] = []) => {
      const info = await s.run(method, target, parameters);
      results.push([method, info]);
      return info;
    };
    await step("PowerOffVM_Task", vm);
    await step("PowerOnVM_Task", vm);
    await step("SuspendVM_Task", vm);
    await step("PowerOnVM_Task", vm);
    await step("ResetVM_Task", vm);
    await step("ReconfigVM_Task", vm, [
      [
        "spec",
        "VirtualMachineConfigSpec",
        { _typeName: "VirtualMachineConfigSpec", annotation: 'Tom & Jerry <b>"x"</b>' },
      ],
    ]);
    await step("Rename_Task", vm, [["newName", "xsd:string", "renamed-vm"]]);
    await step("RelocateVM_Task", vm, [["spec", "any", { _typeName: "VirtualMachineRelocateSpec" }]]);
    const folder = (await s.properties(vm, ["parent"])).get("parent") as ManagedObjectReference;
    const clone = await step("CloneVM_Task", vm, [
      ["folder", "ManagedObjectReference", folder],
      ["name", "xsd:string", "clone-vm"],
      [
        "spec",
        "any",
        {
          _typeName: "VirtualMachineCloneSpec",
          location: { _typeName: "VirtualMachineRelocateSpec" },
          template: false,
          powerOn: false,
        },
      ],
    ]);
    const cloned = clone.result as ManagedObjectReference;
    expect(cloned).toMatchObject({ _typeName: "ManagedObjectReference", type: "VirtualMachine" });
    await step("Destroy_Task", cloned);
    for (const [method, info] of results) {
      expect([method, info.state, info.error]).toEqual([method, "success", undefined]);
      everyTypeDeclared(info);
    }
    expect((await s.properties(vm, ["config.annotation"])).get("config.annotation")).toEqual({
      _typeName: "string",
      _value: 'Tom & Jerry <b>"x"</b>',
    });
  });

  test("a task that fails carries its fault in TaskInfo.error", async () => {
    const info = await s.run("PowerOnVM_Task", vm);
    expect(info.state).toBe("error");
    expect(info.error?._typeName).toBe("LocalizedMethodFault");
    everyTypeDeclared(info);
  });

  test("folders, datacenters, clusters, hosts and maintenance mode", async () => {
    const folder = await s.one("ManagedObjectReference", "CreateFolder", ROOT_FOLDER, [["name", "xsd:string", "f1"]]);
    expect(folder.type).toBe("Folder");
    const dc = await s.one("ManagedObjectReference", "CreateDatacenter", folder, [["name", "xsd:string", "DC-test"]]);
    expect(dc.type).toBe("Datacenter");
    const hostFolder = (await s.properties(dc, ["hostFolder"])).get("hostFolder") as ManagedObjectReference;
    const cluster = await s.one("ManagedObjectReference", "CreateClusterEx", hostFolder, [
      ["name", "xsd:string", "C-test"],
      ["spec", "any", { _typeName: "ClusterConfigSpecEx" }],
    ]);
    expect(cluster.type).toBe("ClusterComputeResource");
    const added = await s.run("AddStandaloneHost_Task", hostFolder, [
      [
        "spec",
        "any",
        {
          _typeName: "HostConnectSpec",
          hostName: "esx-test.example.com",
          userName: "root",
          password: "x",
          force: true,
        },
      ],
      ["addConnected", "xsd:boolean", true],
    ]);
    expect(added.state).toBe("success");
    const host = added.result as ManagedObjectReference;
    expect(host.type).toBe("HostSystem");
    expect((await s.run("EnterMaintenanceMode_Task", host, [["timeout", "xsd:int", 0]])).state).toBe("success");
    expect((await s.properties(host, ["runtime.inMaintenanceMode"])).get("runtime.inMaintenanceMode")).toEqual({
      _typeName: "boolean",
      _value: true,
    });
    expect((await s.run("ExitMaintenanceMode_Task", host, [["timeout", "xsd:int", 0]])).state).toBe("success");
  });

  test("PostEvent stores an EventEx and other event types, and QueryEvents reads them back typed", async () => {
    const at = "2026-12-02T04:00:00.123456789Z";
    const base = {
      key: 0,
      chainId: 0,
      createdTime: at,
      userName: "poster",
      fullFormattedMessage: "posted & <escaped>",
    };
    const posted: AnyEvent[] = [
      {
        ...base,
        _typeName: "EventEx",
        eventTypeId: "com.example.test.Event",
        severity: "warning",
        arguments: [
          { _typeName: "KeyAnyValue", key: "count", value: { _typeName: "int", _value: 3 } },
          { _typeName: "KeyAnyValue", key: "names", value: { _typeName: "ArrayOfString", _value: ["a", "b<c"] } },
        ],
      },
      {
        ...base,
        _typeName: "GeneralUserEvent",
        message: "hello",
        entity: { _typeName: "ManagedEntityEventArgument", name: "DC0_H0_VM0", entity: vm },
      },
      {
        ...base,
        _typeName: "UserLogoutSessionEvent",
        ipAddress: "127.0.0.1",
        callCount: 9007199254740991,
        sessionId: "s1",
      },
    ];
    for (const event of posted) {
      expect(await s.call("Event", "PostEvent", EVENT_MANAGER, [["eventToPost", "Event", event]])).toEqual([]);
    }
    const events = await s.call("Event", "QueryEvents", EVENT_MANAGER, [
      ["filter", "EventFilterSpec", { _typeName: "EventFilterSpec", maxCount: 1000 } satisfies EventFilterSpec],
    ]);
    const kinds = new Set(everyTypeDeclared(events));
    for (const type of [
      // What vcsim records of the operations above (it records no reset, rename or relocate), and what was posted.
      "VmPoweredOffEvent",
      "VmStoppingEvent",
      "VmPoweredOnEvent",
      "VmStartingEvent",
      "VmSuspendedEvent",
      "VmSuspendingEvent",
      "VmReconfiguredEvent",
      "VmBeingClonedEvent",
      "VmClonedEvent",
      "VmRemovedEvent",
      "UserLoginSessionEvent",
      "DatacenterCreatedEvent",
      "EventEx",
      "GeneralUserEvent",
      "UserLogoutSessionEvent",
    ])
      expect([type, kinds.has(type)]).toEqual([type, true]);
    const ex = events.find((e) => e._typeName === "EventEx" && e.eventTypeId === "com.example.test.Event");
    expect(ex).toMatchObject({
      eventTypeId: "com.example.test.Event",
      severity: "warning",
      fullFormattedMessage: "posted & <escaped>",
    });
    expect((ex as { arguments?: unknown }).arguments).toEqual(
      posted[0] && (posted[0] as { arguments?: unknown }).arguments,
    );
    expect(events.find((e) => e._typeName === "UserLogoutSessionEvent" && e.sessionId === "s1")).toMatchObject({
      callCount: 9007199254740991,
    });
  });

  test("an event history collector reads pages forwards and backwards", async () => {
    const collector = await s.one("ManagedObjectReference", "CreateCollectorForEvents", EVENT_MANAGER, [
      ["filter", "EventFilterSpec", { _typeName: "EventFilterSpec" } satisfies EventFilterSpec],
    ]);
    expect(collector.type).toBe("EventHistoryCollector");
    const latest = (await s.properties(collector, ["latestPage"])).get("latestPage") as {
      _typeName: string;
      _value: AnyEvent[];
    };
    expect(latest._typeName).toBe("ArrayOfEvent");
    expect(latest._value.length).toBeGreaterThan(0);
    everyTypeDeclared(latest);
    await s.call("Event", "RewindCollector", collector);
    const page = await s.call("Event", "ReadNextEvents", collector, [["maxCount", "xsd:int", 5]]);
    expect(page.length).toBeGreaterThan(0);
    everyTypeDeclared(page);
    const back = await s.call("Event", "ReadPreviousEvents", collector, [["maxCount", "xsd:int", 5]]);
    everyTypeDeclared(back);
    expect(await s.call("Event", "DestroyCollector", collector)).toEqual([]);
  });

  test("a VM's devices come back as their own VirtualDevice subtypes", async () => {
    const devices = (await s.properties(vm, ["config.hardware.device"])).get("config.hardware.device") as {
      _typeName: string;
      _value: { _typeName: string }[];
    };
    expect(devices._typeName).toBe("ArrayOfVirtualDevice");
    const kinds = everyTypeDeclared(devices);
    expect(kinds).toEqual(expect.arrayContaining(["VirtualDisk", "VirtualIDEController", "VirtualE1000"]));
  });

  test("a call on an object that does not exist is a SoapFault", async () => {
    const text = await s.send("PowerOnVM_Task", ref("VirtualMachine", "vm-does-not-exist"));
    expect(() => parseSoapResponse("ManagedObjectReference", text, STRICT)).toThrow(SoapFault);
  });
});
