/** The model stage: inheritance resolved once, wire order, subtypes, sorting. */
import * as path from "node:path";
import { loadSchemas } from "../src/load/loadSchemas";
import { buildModel } from "../src/model/buildModel";
import { typeOf, type Model } from "../src/model/ir";
import { validateSchemas } from "../src/validate/validateSchemas";
import { BUNDLED_SCHEMAS, modelOf, REPO } from "./helpers";

function bundledModel(): Model {
  const loaded = loadSchemas([BUNDLED_SCHEMAS], REPO);
  const result = validateSchemas(loaded.files, loaded.diagnostics);
  if (!result.ok) throw new Error("bundled schemas are invalid");
  return buildModel(result.schemas);
}

describe("the bundled vim25 schemas", () => {
  const model = bundledModel();

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

  test("know each type's subtypes, sorted, and which types are polymorphic", () => {
    expect(typeOf(model, "EntityEventArgument").subtypes).toEqual([
      "ComputeResourceEventArgument",
      "DatacenterEventArgument",
      "DatastoreEventArgument",
      "DvsEventArgument",
      "HostEventArgument",
      "NetworkEventArgument",
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
    expect(typeOf(model, "Event").subtypes).toHaveLength(9);
    expect(typeOf(model, "Event").directSubtypes).toEqual(["SessionEvent"]);
    expect(model.types.filter((t) => t.polymorphic).map((t) => t.name)).toEqual([
      "DynamicData",
      "EntityEventArgument",
      "Event",
      "EventArgument",
      "SessionEvent",
    ]);
  });

  test("hold the 22 types of the SessionEvent family and what it uses, sorted by code unit", () => {
    const names = model.types.map((t) => t.name);
    expect(names).toHaveLength(22);
    expect(names).toEqual([...names].sort());
    expect(typeOf(model, "ManagedObjectReference").allFields.map((f) => f.name)).toEqual(["type", "value"]);
    expect(typeOf(model, "TgwEventArgument").doc.since).toBe("9.1.0.0");
    expect(typeOf(model, "DatacenterEventArgument").ownFields[0]?.refersTo).toBe("Datacenter");
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
