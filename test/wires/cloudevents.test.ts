/**
 * govmomi JSON and CloudEvents (generated/, default options): every real event from the event broker and the
 * Knative source in test/fixtures/cloudevents/ decodes to its own type with exact values, the Go zero-value
 * decisions hold, broken envelopes and broken data are reported with their paths, and the way back is lossless.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  decodeBinaryCloudEvent,
  decodeCloudEvent,
  decodeCloudEventBatch,
  decodeGovmomi,
  decodeHttpCloudEvent,
  encodeBinaryCloudEvent,
  encodeCloudEvent,
  encodeGovmomi,
  parseGovmomi,
  stringifyCloudEvent,
  wireTypeName,
  type DecodeOptions,
} from "../catalogue";
import * as bigint from "../golden/bigint";
import { issuesOf } from "../support/decodeIssues";
import { FIXTURES } from "../support/helpers";

const DIR = path.join(FIXTURES, "cloudevents");
const text = (name: string): string => fs.readFileSync(path.join(DIR, name), "utf8");
const json = (name: string): Record<string, unknown> => JSON.parse(text(name)) as Record<string, unknown>;

const DRS = "veba-kn-py-vm-attr-DrsVmPoweredOnEvent-cloudevent-v2.json";
const LOGOUT = "veba-prefilter-unit_tests-L17-UserLogoutSessionEvent-cloudevent.json";
const EVENTEX = "veba-prefilter-unit_tests-L19-EventEx-ResourceExhaustionStatusChanged-cloudevent.json";
const TASK = "veba-kn-ps-twilio-TaskEvent.json";
const HA = "veba-kn-pcli-ha-EventEx-ClusterFailoverActionCompleted.json";
const VCSIM = "sources-for-knative-README-VmPoweredOffEvent-vcsim.json";

/** Binary-mode headers as the Knative source sends them. */
function headers(type: string, eventclass = "event"): Record<string, string> {
  return {
    "ce-specversion": "1.0",
    "ce-id": "7a1b0c1e-51d4-4d1c-9c0e-2a3c1b5e6f70",
    "ce-source": "https://vcenter.local/sdk",
    "ce-type": type,
    "ce-eventclass": eventclass,
    "ce-time": "2022-04-25T17:29:48.171999Z",
    "content-type": "application/json",
  };
}

const paths = (run: () => unknown): string[] => issuesOf(run).map((i) => i.path);

describe("every real event decodes to its own type", () => {
  test("fixtures cover every file in test/fixtures/cloudevents", () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".json"));
    expect(files.sort()).toEqual([DRS, LOGOUT, EVENTEX, TASK, HA, VCSIM].sort());
  });

  test("DrsVmPoweredOnEvent, newer envelope (com.vmware.vsphere.<Type>.v0 and eventclass)", () => {
    const { attributes, event } = decodeCloudEvent(json(DRS));
    expect(event._typeName).toBe("DrsVmPoweredOnEvent");
    expect(wireTypeName(event)).toBe("DrsVmPoweredOnEvent");
    if (event._typeName !== "DrsVmPoweredOnEvent") throw new Error("narrowing");
    expect(event.key).toBe(992270);
    expect(event.chainId).toBe(992267);
    expect(event.createdTime).toBe("2021-05-04T07:33:32.759Z");
    expect(event.userName).toBe("VSPHERE.LOCAL\\test-user");
    expect(event.vm).toEqual({
      _typeName: "VmEventArgument",
      name: "TestVM",
      vm: { _typeName: "ManagedObjectReference", type: "VirtualMachine", value: "vm-596" },
    });
    expect(event.computeResource?.computeResource.type).toBe("ClusterComputeResource");
    expect(event.template).toBe(false);
    expect("ds" in event).toBe(false);
    expect("changeTag" in event).toBe(false);
    expect(attributes).toEqual({
      specversion: "1.0",
      id: "42516969-218a-406f-9ccc-db387befc4bf",
      source: "https://vcsa.local/sdk",
      type: "com.vmware.vsphere.DrsVmPoweredOnEvent.v0",
      datacontenttype: "application/json",
      time: "2021-05-04T07:33:33.773581268Z",
      extensions: { eventclass: "event", knativearrivaltime: "2021-05-04T07:33:33.772937393Z" },
    });
  });

  test("UserLogoutSessionEvent, older envelope (com.vmware.event.router/event and subject), read from text", () => {
    const { attributes, event } = decodeCloudEvent(text(LOGOUT));
    if (event._typeName !== "UserLogoutSessionEvent") throw new Error(`got ${event._typeName}`);
    expect(event).toEqual({
      _typeName: "UserLogoutSessionEvent",
      key: 7775,
      chainId: 7775,
      createdTime: "2020-04-14T00:28:35.221698Z",
      userName: "machine-b8eb9a7f",
      fullFormattedMessage: expect.stringContaining("number of API invocations: 34") as unknown,
      ipAddress: "127.0.0.1",
      userAgent: "pyvmomi Python/3.7.5 (Linux; 4.19.84-1.ph3; x86_64)",
      callCount: 34,
      sessionId: "52edf160927",
      loginTime: "2020-04-14T00:28:35.071817Z",
    });
    expect(attributes.subject).toBe("UserLogoutSessionEvent");
    expect(attributes.time).toBe("2020-04-14T00:28:36.455112549Z");
    expect(attributes.extensions).toEqual({});
  });

  test("EventEx with six arguments, older envelope (/eventex): the eventTypeId and each argument as a boxed string", () => {
    const { event } = decodeCloudEvent(json(EVENTEX));
    if (event._typeName !== "EventEx") throw new Error(`got ${event._typeName}`);
    expect(event.eventTypeId).toBe("vim.event.ResourceExhaustionStatusChangedEvent");
    expect(event.severity).toBe("info");
    expect(event.arguments?.map((a): unknown[] => [a.key, a.value as unknown])).toEqual([
      ["resourceName", { _typeName: "string", _value: "storage_util_filesystem_log" }],
      ["oldStatus", { _typeName: "string", _value: "yellow" }],
      ["newStatus", { _typeName: "string", _value: "green" }],
      ["reason", { _typeName: "string", _value: " " }],
      ["nodeType", { _typeName: "string", _value: "vcenter" }],
      ["_sourcehost_", { _typeName: "string", _value: "vcsa.lab" }],
    ]);
    // Go zero values of optional fields are absent: "Message": "", "ObjectId": "", "Fault": null.
    expect(["message", "objectId", "objectType", "objectName", "fault"].filter((k) => k in event)).toEqual([]);
  });

  test("TaskEvent, binary mode: TaskInfo with Go zero values and a reason whose subtype the data cannot name", () => {
    const { attributes, event } = decodeHttpCloudEvent(headers("com.vmware.vsphere.TaskEvent.v0"), text(TASK));
    if (event._typeName !== "TaskEvent") throw new Error(`got ${event._typeName}`);
    expect(attributes.type).toBe("com.vmware.vsphere.TaskEvent.v0");
    expect(event.key).toBe(4671568);
    expect(event.info.key).toBe("task-444942");
    expect(event.info.state).toBe("queued");
    expect(event.info.entity).toEqual({
      _typeName: "ManagedObjectReference",
      type: "VirtualMachine",
      value: "vm-11158",
    });
    expect(event.info.queueTime).toBe("2021-07-12T15:42:53.221142Z");
    expect(event.info.cancelled).toBe(false);
    expect(event.info.eventChainId).toBe(0); // required: a zero stays
    expect("progress" in event.info).toBe(false); // optional 0: unset
    expect("parentTaskKey" in event.info).toBe(false); // optional "": unset
    expect("startTime" in event.info).toBe(false); // null: unset
    expect(event.info.reason).toEqual({ _typeName: "TaskReason", UserName: "VSPHERE.LOCAL\\Administrator" });
  });

  test("an EventEx in binary mode takes its eventTypeId from the envelope", () => {
    const type = "com.vmware.vsphere.com.vmware.vc.HA.ClusterFailoverActionCompletedEvent.v0";
    const { event } = decodeBinaryCloudEvent(headers(type, "eventex"), Buffer.from(text(HA)));
    if (event._typeName !== "EventEx") throw new Error(`got ${event._typeName}`);
    expect(event.eventTypeId).toBe("com.vmware.vc.HA.ClusterFailoverActionCompletedEvent");
    expect(event.key).toBe(929015);
    expect(event.userName).toBe(""); // required: kept as sent
    expect(event.createdTime).toBe("2022-04-25T17:29:48.171999Z");
    expect(event.computeResource?.computeResource).toEqual({
      _typeName: "ManagedObjectReference",
      type: "ClusterComputeResource",
      value: "domain-c52",
    });
    expect(event.objectId).toBe("domain-c52");
    expect("arguments" in event).toBe(false);
  });

  test("the vCenter simulator's VmPoweredOffEvent (seven fraction digits)", () => {
    const { event } = decodeHttpCloudEvent(headers("com.vmware.vsphere.VmPoweredOffEvent.v0"), text(VCSIM));
    if (event._typeName !== "VmPoweredOffEvent") throw new Error(`got ${event._typeName}`);
    expect(event.createdTime).toBe("2022-03-21T16:35:39.3101747Z");
    expect(event.host?.host.value).toBe("host-21");
    expect(event.vm?.name).toBe("DC0_H0_VM0");
  });
});

describe("the govmomi JSON dialect", () => {
  const logout = (): Record<string, unknown> => structuredClone(json(LOGOUT)["data"]) as Record<string, unknown>;

  test("Go zero values: optional ones are unset, required ones stay, null is absent, an empty slice stays", () => {
    const data = { ...logout(), IpAddress: "", CallCount: 0, UserName: "", Ds: null };
    const event = decodeGovmomi("UserLogoutSessionEvent", data);
    expect("ipAddress" in event).toBe(false);
    expect("callCount" in event).toBe(false);
    expect(event.userName).toBe("");
    expect("ds" in event).toBe(false);
    const ex = decodeGovmomi("EventEx", { ...(json(EVENTEX)["data"] as object), Arguments: [] });
    expect(ex.arguments).toEqual([]);
  });

  test("camelCase members (govmomi's JSON tags) decode too, and issues name them as the data does", () => {
    const camel = {
      key: 1,
      chainId: 1,
      createdTime: "2026-11-27T10:00:00Z",
      userName: "u",
      datacenter: { name: "DC", datacenter: { type: "Datacenter", value: 7 } },
      ipAddress: "10.0.0.1",
    };
    expect(paths(() => decodeGovmomi("UserLogoutSessionEvent", camel))).toEqual(["$.datacenter.datacenter.value"]);
    const fixed = decodeGovmomi("UserLogoutSessionEvent", {
      ...camel,
      datacenter: { name: "DC", datacenter: { type: "Datacenter", value: "datacenter-7" } },
    });
    expect(fixed.ipAddress).toBe("10.0.0.1");
    expect(fixed.datacenter?.datacenter.value).toBe("datacenter-7");
  });

  test("every rule of the VI JSON decoders holds, each problem at its Go path", () => {
    const data = {
      ...logout(),
      Key: "7775",
      ChainId: 2 ** 31,
      CreatedTime: "2020-02-30T00:28:35Z",
      LoginTime: "2020-04-14T00:28:35",
      CallCount: 2 ** 53 + 2,
      UserName: null,
      Datacenter: { Name: "DC", Datacenter: { Type: "Datacenter" } },
      Vm: { Name: "vm", Vm: { Type: "VirtualMachine", Value: "vm-1", ServerGUID: "b7d4f6c2" } },
    };
    expect(issuesOf(() => decodeGovmomi("UserLogoutSessionEvent", data))).toEqual([
      { path: "$.Key", message: expect.stringContaining("int32") as unknown },
      { path: "$.ChainId", message: expect.stringContaining("int32") as unknown },
      { path: "$.CreatedTime", message: expect.stringContaining("date-time") as unknown },
      { path: "$.UserName", message: "required field is null: expected a string" },
      { path: "$.Datacenter.Datacenter.Value", message: "required field is missing: expected a string" },
      { path: "$.CallCount", message: expect.stringContaining("beyond +/-(2^53 - 1)") as unknown },
      { path: "$.LoginTime", message: expect.stringContaining("date-time") as unknown },
    ]);
  });

  test("ManagedObjectReference's ServerGUID maps to serverGuid", () => {
    const event = decodeGovmomi("UserLogoutSessionEvent", {
      ...logout(),
      Vm: { Name: "vm", Vm: { Type: "VirtualMachine", Value: "vm-1", ServerGUID: "b7d4f6c2" } },
    });
    expect(event.vm?.vm).toEqual({
      _typeName: "ManagedObjectReference",
      type: "VirtualMachine",
      value: "vm-1",
      serverGuid: "b7d4f6c2",
    });
    expect(encodeGovmomi(event)).toMatchObject({
      Vm: { Name: "vm", Vm: { Type: "VirtualMachine", Value: "vm-1", ServerGUID: "b7d4f6c2" } },
    });
  });

  test("unknown members follow the same options; a subtype's members in a slot that cannot name it are never errors", () => {
    const data = { ...logout(), FutureField: 1 };
    expect(decodeGovmomi("UserLogoutSessionEvent", data)).toMatchObject({ FutureField: 1 });
    expect("FutureField" in decodeGovmomi("UserLogoutSessionEvent", data, { unknownMembers: "strip" })).toBe(false);
    expect(issuesOf(() => decodeGovmomi("UserLogoutSessionEvent", data, { unknownMembers: "reject" }))).toEqual([
      {
        path: "$.FutureField",
        message: 'member "FutureField" is not declared by UserLogoutSessionEvent nor its subtypes',
      },
    ]);
    const task = json(TASK);
    const reject: DecodeOptions = { unknownMembers: "reject" };
    expect(decodeGovmomi("TaskEvent", task, reject).info.reason).toEqual({
      _typeName: "TaskReason",
      UserName: "VSPHERE.LOCAL\\Administrator",
    });
    expect(decodeGovmomi("TaskEvent", task, { unknownMembers: "strip" }).info.reason).toEqual({
      _typeName: "TaskReason",
    });
  });

  test("a member named __proto__ stays a member and changes no prototype", () => {
    const event = parseGovmomi(
      "UserLogoutSessionEvent",
      JSON.stringify(logout()).replace(/^\{/, '{"__proto__":{"polluted":true},'),
    );
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(event, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("untyped values: bare numbers, booleans and slices get the box their kind implies", () => {
    const data = {
      ...(json(EVENTEX)["data"] as Record<string, unknown>),
      Arguments: [
        { Key: "count", Value: 3 },
        { Key: "big", Value: 2 ** 40 },
        { Key: "ratio", Value: 0.5 },
        { Key: "flag", Value: true },
        { Key: "names", Value: ["a", "b"] },
      ],
    };
    const event = decodeGovmomi("EventEx", data);
    expect(event.arguments?.map((a) => a.value)).toEqual([
      { _typeName: "int", _value: 3 },
      { _typeName: "long", _value: 2 ** 40 },
      { _typeName: "double", _value: 0.5 },
      { _typeName: "boolean", _value: true },
      { _typeName: "ArrayOfString", _value: ["a", "b"] },
    ]);
    // KeyAnyValue.value is required: a nil interface (null) is not a value.
    expect(paths(() => decodeGovmomi("EventEx", { ...data, Arguments: [{ Key: "k", Value: null }] }))).toEqual([
      "$.Arguments[0].Value",
    ]);
    expect(paths(() => decodeGovmomi("EventEx", { ...data, Arguments: [{ Key: "k", Value: 2 ** 53 + 2 }] }))).toEqual([
      "$.Arguments[0].Value",
    ]);
  });

  test("bigint mode keeps every int64 digit read from text", () => {
    const data = JSON.stringify({ ...logout(), CallCount: 1 }).replace('"CallCount":1', '"CallCount":9007199254740993');
    const event = bigint.parseGovmomi("UserLogoutSessionEvent", data);
    expect(event.callCount).toBe(9007199254740993n);
    expect(bigint.stringifyGovmomi(event)).toContain('"CallCount":9007199254740993');
  });

  test("bigint mode: a batch read from text keeps every int64 digit and rejects a fraction or an exponent, as one envelope does", () => {
    const batch = (callCount: string): string =>
      JSON.stringify([json(LOGOUT), { ...json(LOGOUT), data: { ...logout(), CallCount: 1 } }]).replace(
        '"CallCount":1',
        `"CallCount":${callCount}`,
      );
    const events = bigint.decodeCloudEventBatch(batch("9007199254740993"));
    expect(events.map((e) => (e.event as { callCount?: bigint }).callCount)).toEqual([34n, 9007199254740993n]);
    for (const written of ["1.0", "1e3"])
      expect(paths(() => bigint.decodeCloudEventBatch(batch(written)))).toEqual(["$[1].data.CallCount"]);
  });
});

describe("broken envelopes", () => {
  const good = (): Record<string, unknown> => json(LOGOUT);
  const cases: [string, (e: Record<string, unknown>) => unknown, string[]][] = [
    ["no specversion", (e) => ({ ...e, specversion: undefined }), ["$.specversion"]],
    ["another specversion", (e) => ({ ...e, specversion: "0.3" }), ["$.specversion"]],
    ["an empty id", (e) => ({ ...e, id: "" }), ["$.id"]],
    ["a source that is not a URI-reference", (e) => ({ ...e, source: "vc 01" }), ["$.source"]],
    ["no type", (e) => ({ ...e, type: undefined }), ["$.type"]],
    ["a type that is not a vSphere event", (e) => ({ ...e, type: "com.example.order" }), ["$.type"]],
    ["the router form without subject", (e) => ({ ...e, subject: undefined }), ["$.subject"]],
    ["a time that is not RFC 3339", (e) => ({ ...e, time: "yesterday" }), ["$.time"]],
    ["data that is neither JSON nor XML", (e) => ({ ...e, datacontenttype: "text/plain" }), ["$.datacontenttype"]],
    ["XML named, an object given", (e) => ({ ...e, datacontenttype: "application/xml" }), ["$.data"]],
    ["an extension name with upper case", (e) => ({ ...e, EventClass: "event" }), ["$.EventClass"]],
    ["an extension holding an object", (e) => ({ ...e, vcenter: { a: 1 } }), ["$.vcenter"]],
    [
      "an extension named __proto__",
      (e) => JSON.parse(JSON.stringify(e).replace(/^\{/, '{"__proto__":"x",')),
      ["$.__proto__"],
    ],
    ["no data", (e) => ({ ...e, data: undefined }), ["$.data"]],
    ["data and data_base64", (e) => ({ ...e, data_base64: "e30=" }), ["$.data_base64"]],
    ["not an object", () => [1], ["$"]],
    [
      "a subject naming a type that is not an event",
      (e) => ({ ...e, subject: "ManagedObjectReference" }),
      ["$.subject"],
    ],
    [
      "an unknown eventclass",
      (e) => ({ ...e, type: "com.vmware.vsphere.X.v0", eventclass: "other" }),
      ["$.eventclass"],
    ],
    ...["constructor", "toString", "__proto__"].map((eventclass): (typeof cases)[number] => [
      `an eventclass ${JSON.stringify(eventclass)} (an Object.prototype member, never a class)`,
      (e) => ({ ...e, type: "com.vmware.vsphere.X.v0", eventclass }),
      ["$.eventclass"],
    ]),
    ...["a", "a==", "e30=!"].map((base64): (typeof cases)[number] => [
      `a data_base64 that is not base64 (${JSON.stringify(base64)})`,
      (e) => ({ ...e, data: undefined, data_base64: base64 }),
      ["$.data_base64"],
    ]),
    [
      "a data_base64 whose bytes are not UTF-8",
      (e) => ({ ...e, data: undefined, data_base64: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString("base64") }),
      ["$.data_base64"],
    ],
    [
      "an EventEx whose data names another eventTypeId",
      () => ({ ...json(EVENTEX), subject: "vim.event.Other" }),
      ["$.data.EventTypeId"],
    ],
    [
      "broken data and a broken envelope at once",
      (e) => ({
        ...e,
        id: 5,
        data: { ...(e["data"] as object), Key: "x", Datacenter: { Name: "DC", Datacenter: { Type: "Datacenter" } } },
      }),
      ["$.id", "$.data.Key", "$.data.Datacenter.Datacenter.Value"],
    ],
  ];
  test.each(cases)("%s", (_, broken, expected) => {
    expect(paths(() => decodeCloudEvent(broken(good())))).toEqual(expected);
  });

  test("text that is not JSON is one issue at $", () => {
    expect(issuesOf(() => decodeCloudEvent('{"specversion": "1.0",'))).toEqual([
      { path: "$", message: expect.stringContaining("invalid JSON") as unknown },
    ]);
  });

  test("binary mode: header problems are named by header, data problems by path in the body", () => {
    const h = { ...headers("com.vmware.vsphere.TaskEvent.v0"), "ce-id": "", "ce-time": "noon" };
    const data = { ...json(TASK), Key: "x" };
    expect(paths(() => decodeBinaryCloudEvent(h, data))).toEqual(['headers["ce-id"]', 'headers["ce-time"]', "$.Key"]);
    expect(paths(() => decodeBinaryCloudEvent(headers("com.vmware.vsphere.TaskEvent.v0"), ""))).toEqual(["$"]);
    expect(paths(() => decodeHttpCloudEvent({ "content-type": "application/json" }, text(TASK)))).toEqual([
      'headers["ce-specversion"]',
      'headers["ce-id"]',
      'headers["ce-source"]',
      'headers["ce-type"]',
    ]);
  });

  test("bytes that are not UTF-8 are one issue, not text patched with U+FFFD", () => {
    // Latin-1 writes "\u00ff" as the one byte 0xFF, which UTF-8 never has.
    const notUtf8 = (json: string): Buffer => Buffer.from(json, "latin1");
    const body = notUtf8('{"Key":1,"UserName":"\u00ff"}');
    expect(issuesOf(() => decodeHttpCloudEvent(headers("com.vmware.vsphere.TaskEvent.v0"), body))).toEqual([
      { path: "$", message: "the data is not valid UTF-8" },
    ]);
    const envelope = notUtf8(JSON.stringify({ ...good(), id: "\u00ff" }));
    expect(issuesOf(() => decodeCloudEvent(envelope))).toEqual([{ path: "$", message: "the data is not valid UTF-8" }]);
  });

  test("data_base64 holding JSON is the event", () => {
    const envelope = good();
    const base64 = Buffer.from(JSON.stringify(envelope["data"])).toString("base64");
    const { event } = decodeCloudEvent({ ...envelope, data: undefined, data_base64: base64 });
    expect(event._typeName).toBe("UserLogoutSessionEvent");
  });

  test("a type no schema declares decodes as Event with its name kept, unless unknownTypes is reject", () => {
    const envelope = { ...json(DRS), type: "com.vmware.vsphere.VmFutureEvent.v0" };
    const { event } = decodeCloudEvent(envelope);
    expect(event._typeName).toBe("Event");
    expect(wireTypeName(event)).toBe("VmFutureEvent");
    expect(event).toMatchObject({ key: 992270, Template: false });
    expect(issuesOf(() => decodeCloudEvent(envelope, { unknownTypes: "reject" }))).toEqual([
      {
        path: "$.type",
        message: expect.stringContaining('"VmFutureEvent" is not a type the schemas declare') as unknown,
      },
    ]);
  });
});

describe("the way back", () => {
  const events = [
    decodeCloudEvent(json(DRS)).event,
    decodeCloudEvent(json(LOGOUT)).event,
    decodeCloudEvent(json(EVENTEX)).event,
    decodeHttpCloudEvent(headers("com.vmware.vsphere.TaskEvent.v0"), text(TASK)).event,
  ];
  const init = { id: "id-1", source: "https://vc.example/sdk", time: "2026-11-27T10:00:00.123456789Z" };

  test.each(events.map((e) => [e._typeName, e] as const))("%s: structured, both forms, and binary", (_, event) => {
    for (const form of ["vsphere", "router"] as const) {
      const back = decodeCloudEvent(JSON.parse(stringifyCloudEvent(event, { ...init, form })));
      expect(back.event).toEqual(event);
      expect(back.attributes).toMatchObject({ id: "id-1", source: init.source, time: init.time });
      expect(decodeCloudEvent(encodeCloudEvent(event, { ...init, form })).event).toEqual(event);
    }
    const { headers: h, body } = encodeBinaryCloudEvent(event, { ...init, subject: "vm é 100%" });
    expect(decodeHttpCloudEvent(h, body).event).toEqual(event);
    expect(decodeHttpCloudEvent(h, body).attributes.subject).toBe("vm é 100%");
  });

  test("an extension attribute named like an Object.prototype member (constructor) is written and read back", () => {
    const event = events[1];
    if (event === undefined) throw new Error("fixture");
    const extensions = { constructor: "c", tostring: "t", vcenter: "vc01" };
    const envelope = encodeCloudEvent(event, { ...init, extensions });
    expect(envelope).toMatchObject(extensions);
    expect(Object.hasOwn(envelope, "constructor")).toBe(true);
    expect(decodeCloudEvent(envelope).attributes.extensions).toEqual({ eventclass: "event", ...extensions });
  });

  test("the envelope forms: the newer names the type in type, the older in subject", () => {
    const ex = events[2];
    if (ex === undefined) throw new Error("fixture");
    expect(encodeCloudEvent(ex, init)).toMatchObject({
      type: "com.vmware.vsphere.vim.event.ResourceExhaustionStatusChangedEvent.v0",
      eventclass: "eventex",
    });
    expect(encodeCloudEvent(ex, { ...init, form: "router" })).toMatchObject({
      type: "com.vmware.event.router/eventex",
      subject: "vim.event.ResourceExhaustionStatusChangedEvent",
    });
  });

  test("the govmomi form is what Go writes: every field, null for unset pointers, zero values, no _typeName", () => {
    const encoded = encodeGovmomi(decodeCloudEvent(json(LOGOUT)).event);
    const original = json(LOGOUT)["data"] as Record<string, unknown>;
    // Every member the real payload has, with its value (the fixture predates Event.tgw and Event.auditId).
    expect(encoded).toEqual({ ...original, Tgw: null, AuditId: "" });
  });
});

describe("XML data, batches and other producers' type names", () => {
  /** A UserLoginSessionEvent as the Knative source writes XML data: the root named after the type, no namespaces. */
  const LOGIN_XML =
    "<UserLoginSessionEvent><key>8570</key><chainId>8570</chainId><createdTime>2022-04-25T17:29:48.171999Z</createdTime>" +
    "<userName>VSPHERE.LOCAL\\Administrator</userName><datacenter><name>Datacenter</name>" +
    '<datacenter type="Datacenter">datacenter-3</datacenter></datacenter>' +
    "<fullFormattedMessage>User VSPHERE.LOCAL\\Administrator@10.0.0.1 logged in as pyvmomi Python/3.9 &amp; more</fullFormattedMessage>" +
    "<ipAddress>10.0.0.1</ipAddress><userAgent>pyvmomi Python/3.9</userAgent><locale>en</locale><sessionId>52b7</sessionId>" +
    "</UserLoginSessionEvent>";
  const envelope = (extra: Record<string, unknown>): Record<string, unknown> => ({
    specversion: "1.0",
    id: "42",
    source: "https://vcenter.local/sdk",
    type: "com.vmware.vsphere.UserLoginSessionEvent.v0",
    eventclass: "event",
    datacontenttype: "application/xml",
    data: LOGIN_XML,
    ...extra,
  });

  test("structured mode: XML data decodes to the same event as the JSON wires", () => {
    const { event } = decodeCloudEvent(envelope({}));
    expect(event).toMatchObject({
      _typeName: "UserLoginSessionEvent",
      key: 8570,
      userName: "VSPHERE.LOCAL\\Administrator",
      datacenter: { name: "Datacenter", datacenter: { type: "Datacenter", value: "datacenter-3" } },
      fullFormattedMessage: "User VSPHERE.LOCAL\\Administrator@10.0.0.1 logged in as pyvmomi Python/3.9 & more",
    });
    const base64 = Buffer.from(LOGIN_XML).toString("base64");
    expect(decodeCloudEvent(envelope({ data: undefined, data_base64: base64 })).event).toEqual(event);
  });

  test("binary mode: an XML body", () => {
    const h = { ...headers("com.vmware.vsphere.UserLoginSessionEvent.v0"), "content-type": "application/xml" };
    expect(decodeBinaryCloudEvent(h, LOGIN_XML).event).toMatchObject({
      _typeName: "UserLoginSessionEvent",
      sessionId: "52b7",
    });
    expect(decodeHttpCloudEvent(h, Buffer.from(LOGIN_XML)).event).toMatchObject({ key: 8570 });
  });

  test("XML data problems are issues at their paths under $.data; an EventEx takes the envelope's eventTypeId", () => {
    const bad = LOGIN_XML.replace("<key>8570</key>", "<key>many</key>");
    expect(paths(() => decodeCloudEvent(envelope({ data: bad })))).toEqual(["$.data.key"]);
    expect(paths(() => decodeCloudEvent(envelope({ data: "<UserLoginSessionEvent>" })))).toEqual(["$.data"]);
    const ex = decodeCloudEvent(
      envelope({
        type: "com.vmware.vsphere.com.vmware.vc.HA.ClusterFailoverActionCompletedEvent.v0",
        eventclass: "eventex",
        data: "<EventEx><key>1</key><chainId>1</chainId><createdTime>2022-04-25T17:29:48Z</createdTime><userName></userName><severity>info</severity></EventEx>",
      }),
    ).event;
    expect(ex).toMatchObject({
      _typeName: "EventEx",
      eventTypeId: "com.vmware.vc.HA.ClusterFailoverActionCompletedEvent",
      userName: "",
    });
  });

  test("a type name without com. is accepted when it names a declared event, rejected otherwise", () => {
    expect(decodeCloudEvent(envelope({ type: "vmware.vsphere.UserLoginSessionEvent.v0" })).event._typeName).toBe(
      "UserLoginSessionEvent",
    );
    const unknown = issuesOf(() => decodeCloudEvent(envelope({ type: "vmware.vsphere.NoSuchEvent.v0" })));
    expect(unknown.map((i) => [i.path, i.message])).toEqual([
      ["$.type", expect.stringContaining("is not a vSphere event type") as unknown],
    ]);
    // With com., an undeclared name still decodes as Event, its name kept, as before.
    const kept = decodeCloudEvent(envelope({ type: "com.vmware.vsphere.NoSuchEvent.v0" })).event;
    expect([kept._typeName, wireTypeName(kept)]).toEqual(["Event", "NoSuchEvent"]);
  });

  test("batch mode: every envelope decoded, every problem reported at its index", () => {
    const batch = [json(DRS), envelope({}), json(LOGOUT)];
    const events = decodeCloudEventBatch(JSON.stringify(batch));
    expect(events.map((e) => e.event._typeName)).toEqual([
      "DrsVmPoweredOnEvent",
      "UserLoginSessionEvent",
      "UserLogoutSessionEvent",
    ]);
    const broken = [
      envelope({ id: "" }),
      json(DRS),
      envelope({ data: "<UserLoginSessionEvent><key>x</key></UserLoginSessionEvent>" }),
    ];
    expect(paths(() => decodeCloudEventBatch(broken))).toEqual(expect.arrayContaining(["$[0].id", "$[2].data.key"]));
    expect(paths(() => decodeCloudEventBatch({}))).toEqual(["$"]);
  });
});
