/** The model stage: inheritance resolved once, wire order, subtypes, sorting. */
import * as path from "node:path";
import { typeOf } from "../../src/model/ir";
import { catalogueModel, modelOf, REPO } from "../support/helpers";

describe("the bundled vim25 schemas", () => {
  const model = catalogueModel();

  test("resolve UserLogoutSessionEvent's base chain, nearest first", () => {
    expect(typeOf(model, "UserLogoutSessionEvent").ancestors).toEqual(["SessionEvent", "Event", "DynamicData"]);
  });

  test("list every field of UserLogoutSessionEvent in wire order: Event's 15, then its own 5", () => {
    const fields = typeOf(model, "UserLogoutSessionEvent").allFields;
    expect(fields.map((f) => f.name)).toEqual([
      "key",
      "chainId",
      "createdTime",
      "userName",
      "datacenter",
      "computeResource",
      "host",
      "vm",
      "ds",
      "net",
      "dvs",
      "tgw",
      "fullFormattedMessage",
      "changeTag",
      "auditId",
      "ipAddress",
      "userAgent",
      "callCount",
      "sessionId",
      "loginTime",
    ]);
    expect(fields.filter((f) => !f.optional).map((f) => f.name)).toEqual(["key", "chainId", "createdTime", "userName"]);
    expect(fields.find((f) => f.name === "callCount")?.type).toEqual({ kind: "primitive", format: "int64" });
    expect(fields.find((f) => f.name === "loginTime")?.type).toEqual({ kind: "primitive", format: "date-time" });
    expect(fields.find((f) => f.name === "datacenter")?.type).toEqual({
      kind: "object",
      typeName: "DatacenterEventArgument",
    });
    expect(fields.find((f) => f.name === "tgw")?.doc.since).toBe("9.1.0.0");
    expect(fields.find((f) => f.name === "key")?.declaredIn).toBe("Event");
  });

  test("know each type's subtypes, sorted, and how each dispatches on _typeName", () => {
    expect(typeOf(model, "EntityEventArgument").subtypes).toEqual([
      "AlarmEventArgument",
      "ComputeResourceEventArgument",
      "DatacenterEventArgument",
      "DatastoreEventArgument",
      "DvsEventArgument",
      "FolderEventArgument",
      "HostEventArgument",
      "ManagedEntityEventArgument",
      "NetworkEventArgument",
      "ResourcePoolEventArgument",
      "ScheduledTaskEventArgument",
      "TgwEventArgument",
      "VmEventArgument",
    ]);
    expect(typeOf(model, "SessionEvent").subtypes).toEqual([
      "AlreadyAuthenticatedSessionEvent",
      "BadUsernameSessionEvent",
      "GlobalMessageChangedEvent",
      "NoAccessUserEvent",
      "ServerStartedSessionEvent",
      "SessionTerminatedEvent",
      "UserLoginSessionEvent",
      "UserLogoutSessionEvent",
    ]);
    // Every vSphere event: 443 types, Event itself and 442 subtypes.
    expect(typeOf(model, "Event").subtypes).toHaveLength(442);
    expect(typeOf(model, "Event").directSubtypes).toContain("SessionEvent");
    // Types with subtypes in vSphere are open (newer releases add more); a leaf is exact.
    expect(typeOf(model, "Event").dispatch).toBe("open");
    expect(typeOf(model, "VirtualDevice").dispatch).toBe("open");
    expect(typeOf(model, "VirtualDevice").subtypes).toEqual(expect.arrayContaining(["VirtualDisk", "VirtualE1000"]));
    expect(typeOf(model, "MethodFault").dispatch).toBe("open");
    expect(typeOf(model, "UserLogoutSessionEvent").dispatch).toBe("exact");
    expect(model.types.filter((t) => t.dispatch === "closed")).toEqual([]);
  });

  test("hold the whole event catalogue (its 564 types but the two of govmomi's unreleased bindings), the common faults, the PropertyCollector, session and task-reason types, the VirtualDevice subtypes and faults vcsim returns, the property collector and event filter specs, the event descriptions, the types of 27 managed object types' properties and the DatastoreInfo subtypes, and 57 enums, sorted by code unit", () => {
    const names = model.types.map((t) => t.name);
    expect(names).toHaveLength(779);
    expect(names).toEqual([...names].sort());
    for (const fault of ["MethodFault", "RuntimeFault", "VimFault", "InvalidLogin", "NotFound", "InvalidArgument"])
      expect(names).toContain(fault);
    expect(model.enums).toHaveLength(57);
    expect(model.enumByName.get("TaskInfoState")?.values.map((v) => v.value)).toEqual([
      "queued",
      "running",
      "success",
      "error",
    ]);
    expect(typeOf(model, "ManagedObjectReference").allFields.map((f) => [f.name, f.govmomiName])).toEqual([
      ["type", "Type"],
      ["value", "Value"],
      ["serverGuid", "ServerGUID"],
    ]);
    expect(typeOf(model, "TgwEventArgument").doc.since).toBe("9.1.0.0");
    expect(typeOf(model, "DatacenterEventArgument").ownFields[0]?.refersTo).toBe("Datacenter");
  });

  test("type fields with enums, fault fields with the fault or its wrapper, and link documentation-only enums", () => {
    const field = (type: string, name: string) => typeOf(model, type).allFields.find((f) => f.name === name);
    expect(field("TaskInfo", "state")?.type).toEqual({ kind: "enum", enumName: "TaskInfoState" });
    expect(field("VmFailedToPowerOnEvent", "reason")?.type).toEqual({
      kind: "union",
      typeNames: ["MethodFault", "LocalizedMethodFault"],
    });
    expect(field("EventEx", "severity")).toMatchObject({
      type: { kind: "primitive", format: "string" },
      enumHint: "EventEventSeverity",
    });
    expect(model.types.flatMap((t) => t.ownFields).filter((f) => f.type.kind === "enum")).toHaveLength(28);
  });

  test("hold 27 managed object types, each with its base chain, its properties after its bases' and its subtypes", () => {
    expect(model.managedObjects).toHaveLength(27);
    const vm = model.managedObjects.find((mo) => mo.name === "VirtualMachine");
    expect(vm?.ancestors).toEqual(["ManagedEntity", "ExtensibleManagedObject"]);
    expect(vm?.allProperties.slice(0, 3).map((p) => [p.name, p.declaredIn])).toEqual([
      ["value", "ExtensibleManagedObject"],
      ["availableField", "ExtensibleManagedObject"],
      ["parent", "ManagedEntity"],
    ]);
    expect(vm?.allProperties.find((p) => p.name === "runtime")).toMatchObject({
      type: { kind: "object", typeName: "VirtualMachineRuntimeInfo" },
      optional: false,
    });
    expect(vm?.allProperties.find((p) => p.name === "datastore")).toMatchObject({ array: true, refersTo: "Datastore" });
    const entity = model.managedObjects.find((mo) => mo.name === "ManagedEntity");
    expect(entity?.subtypes).toEqual(expect.arrayContaining(["Datacenter", "Folder", "VirtualMachine"]));
    // Every method is called on one of them.
    const names = new Set(model.managedObjects.map((mo) => mo.name));
    expect(model.methods.filter((m) => !names.has(m.on))).toEqual([]);
  });

  test("record the schema files it came from", () => {
    expect(model.files.map((f) => path.relative(REPO, f))).toContain(path.join("schemas", "vim25", "Event.yaml"));
  });
});

describe("sorting does not depend on file order", () => {
  const files = {
    "b.yaml": "name: B\nextends: A\n",
    "A.yaml": "name: A\nfields:\n  z:\n    type: string\n  a:\n    type: boolean\n",
    "a.yaml": "name: a2\n",
  };
  test("types come out in code-unit order and fields in declaration order", () => {
    const model = modelOf({
      "B.yaml": files["b.yaml"],
      "A.yaml": files["A.yaml"],
      "Ab.yaml": "name: Ab\nextends: A\n",
    });
    const reversed = modelOf({
      "Ab.yaml": "name: Ab\nextends: A\n",
      "A.yaml": files["A.yaml"],
      "B.yaml": files["b.yaml"],
    });
    expect(model.types.map((t) => t.name)).toEqual(["A", "Ab", "B"]);
    expect(reversed.types.map((t) => t.name)).toEqual(["A", "Ab", "B"]);
    expect(typeOf(model, "B").allFields.map((f) => f.name)).toEqual(["z", "a"]);
    expect(typeOf(model, "A").subtypes).toEqual(["Ab", "B"]);
  });
});
