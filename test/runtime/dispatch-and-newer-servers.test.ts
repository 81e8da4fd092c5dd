/** Mixed event streams, newer servers' types and members, and boxed values in untyped slots. */
import {
  decodeAny,
  decodeDynamicData,
  decodeEvent,
  decodeEventArray,
  decodeSessionEvent,
  decodeMethodFault,
  decodeRetrieveResult,
  decodeUpdateSet,
  decodeUserSession,
  decodeTaskInfo,
  decodeUserLogoutSessionEvent,
  isAnyValue,
  isInvalidLogin,
  TaskInfoStateValues,
  type EventEx,
  isBadUsernameSessionEvent,
  isEvent,
  isUserLoginSessionEvent,
  wireTypeName,
  untypedTypes,
  type DecodeOptions,
} from "../catalogue";
import { issuesOf } from "../support/decodeIssues";
import { fixture } from "../support/helpers";

const SESSION_TYPES = [
  "UserLoginSessionEvent",
  "BadUsernameSessionEvent",
  "AlreadyAuthenticatedSessionEvent",
  "NoAccessUserEvent",
  "GlobalMessageChangedEvent",
  "SessionTerminatedEvent",
  "ServerStartedSessionEvent",
  "UserLogoutSessionEvent",
];

describe("a QueryEvents result", () => {
  const events = fixture("QueryEvents.returnval.session-events.json") as Record<string, unknown>[];

  test("decodes in one call, each event as its own type", () => {
    const decoded = decodeEventArray(events);
    expect(decoded.map((e) => e._typeName)).toEqual(SESSION_TYPES);
    expect(decoded).toEqual(events);
    expect(decoded.every((e) => isEvent(e))).toBe(true);
    const login = decoded[0];
    expect(isUserLoginSessionEvent(login) && login.locale).toBe("en");
    expect(isBadUsernameSessionEvent(decoded[1]) && decoded[1].ipAddress).toBe("10.0.0.6");
  });

  test("reports problems with per-element paths", () => {
    const broken = structuredClone(events);
    delete broken[3]?.["ipAddress"];
    (broken[5] as Record<string, unknown>)["createdTime"] = "2024-05-01T10:05:00";
    expect(issuesOf(() => decodeEventArray(broken)).map((i) => i.path)).toEqual(["$[3].ipAddress", "$[5].createdTime"]);
    expect(issuesOf(() => decodeEventArray({})).map((i) => i.path)).toEqual(["$"]);
  });
});

describe("an event type no schema declares (a newer server's)", () => {
  // The EventEx fixture renamed: every member of the real event, under a name from a later release.
  const eventEx = { ...(fixture("EventEx.any-arguments.json") as Record<string, unknown>), _typeName: "FutureEvent" };

  test("decodes by default as the nearest declared type, every member kept, its real name available", () => {
    const event = decodeEvent(eventEx);
    expect(event._typeName).toBe("Event");
    expect(wireTypeName(event)).toBe("FutureEvent");
    expect((event as unknown as Record<string, unknown>)["eventTypeId"]).toBe("com.example.custom");
    expect({ ...event, _typeName: "FutureEvent" }).toEqual(eventEx);
    expect(JSON.parse(JSON.stringify(event))).toEqual(eventEx);
    expect(isEvent(event)).toBe(true);
  });

  test("decodes as the declared type of the slot, here SessionEvent", () => {
    const newer = { ...eventEx, _typeName: "SessionRenewedEvent" };
    const event = decodeSessionEvent(newer);
    expect(event._typeName).toBe("SessionEvent");
    expect(wireTypeName(event)).toBe("SessionRenewedEvent");
  });

  test("is an error with unknownTypes: reject", () => {
    expect(issuesOf(() => decodeEvent(eventEx, { unknownTypes: "reject" }))).toEqual([
      {
        path: "$._typeName",
        message:
          '_typeName "FutureEvent" is not a type the schemas declare (unknownTypes is "reject"; "nearest" would decode it as Event)',
      },
    ]);
  });

  test("a known type from another family is always an error", () => {
    const wrong = { ...eventEx, _typeName: "DatacenterEventArgument" };
    expect(issuesOf(() => decodeEvent(wrong)).map((i) => i.message)).toEqual([
      '_typeName "DatacenterEventArgument" is not Event or one of its known subtypes',
    ]);
  });

  test("a leaf's slot takes no unknown type", () => {
    const event = fixture("UserLogoutSessionEvent.minimal.json") as Record<string, unknown>;
    const withArg = {
      ...event,
      vm: { _typeName: "VmTemplateEventArgument", name: "t", vm: { type: "VirtualMachine", value: "vm-1" } },
    };
    expect(issuesOf(() => decodeUserLogoutSessionEvent(withArg)).map((i) => i.path)).toEqual(["$.vm._typeName"]);
  });

  test("a UserSession decodes typed; a data object no schema declares, leniently as DynamicData", () => {
    const session = fixture("govmomi-json_client_test-UserSession.json") as Record<string, unknown>;
    const typed = decodeUserSession(session, { unknownMembers: "reject", unknownTypes: "reject" });
    expect(typed.callCount).toBe(0);
    expect(typed.loginTime).toBe("2023-02-14T22:12:48.753169Z");
    expect(decodeDynamicData(session)._typeName).toBe("UserSession");
    const future = { ...session, _typeName: "FutureSession" };
    const decoded = decodeDynamicData(future);
    expect(decoded._typeName).toBe("DynamicData");
    expect(wireTypeName(decoded)).toBe("FutureSession");
    expect(JSON.parse(JSON.stringify(decoded))).toEqual(future);
  });
});

describe("unknown members", () => {
  const event = { ...(fixture("UserLogoutSessionEvent.minimal.json") as object), auditTrail: "x" };
  const withNested = {
    ...event,
    datacenter: { name: "DC0", datacenter: { type: "Datacenter", value: "d", futureGuid: "g" } },
  };

  test.each<[DecodeOptions | undefined, string]>([
    [undefined, "kept by default"],
    [{ unknownMembers: "keep" }, "kept"],
  ])("are %p: %s", (options) => {
    const decoded = decodeEvent({ ...withNested, _typeName: "UserLogoutSessionEvent" }, options) as unknown as Record<
      string,
      unknown
    >;
    expect(decoded["auditTrail"]).toBe("x");
    expect((decoded["datacenter"] as { datacenter: Record<string, unknown> }).datacenter["futureGuid"]).toBe("g");
  });

  test("are stripped with unknownMembers: strip, at every level", () => {
    const decoded = decodeUserLogoutSessionEvent(withNested, { unknownMembers: "strip" });
    expect(decoded).not.toHaveProperty("auditTrail");
    expect(decoded.datacenter?.datacenter).toEqual({
      _typeName: "ManagedObjectReference",
      type: "Datacenter",
      value: "d",
    });
  });

  test("are errors with unknownMembers: reject, each at its path", () => {
    expect(issuesOf(() => decodeUserLogoutSessionEvent(withNested, { unknownMembers: "reject" }))).toEqual([
      { path: "$.auditTrail", message: 'member "auditTrail" is not declared by UserLogoutSessionEvent' },
      {
        path: "$.datacenter.datacenter.futureGuid",
        message: 'member "futureGuid" is not declared by ManagedObjectReference',
      },
    ]);
  });
});

describe("boxed values in untyped slots", () => {
  test("ArrayOfEvent in a DynamicProperty decodes its events as their own types", () => {
    // DynamicProperty (a PropertyCollector type) is not transcribed; its untyped `val` is what decodeAny is for.
    const property = fixture("DynamicProperty.latestPage.ArrayOfEvent.json") as { val: { _value: unknown[] } };
    const value = decodeAny(property.val);
    expect(value._typeName).toBe("ArrayOfEvent");
    const events = (value as { _value: { _typeName: string }[] })._value;
    expect(events.map((e) => e._typeName)).toEqual(["UserLoginSessionEvent", "BadUsernameSessionEvent"]);
    expect(value).toEqual(property.val);
    expect(isAnyValue(value)).toBe(true);
  });

  test("a broken event inside a box is reported under _value", () => {
    const box = { _typeName: "ArrayOfEvent", _value: [{ _typeName: "UserLoginSessionEvent", key: 1 }] };
    expect(issuesOf(() => decodeAny(box)).map((i) => i.path)).toEqual([
      "$._value[0].chainId",
      "$._value[0].createdTime",
      "$._value[0].userName",
      "$._value[0].ipAddress",
      "$._value[0].locale",
      "$._value[0].sessionId",
    ]);
  });

  test("the boxed primitives of an EventEx's arguments decode, and an unsafe long is reported", () => {
    const eventEx = fixture("EventEx.any-arguments.json") as { arguments: { key: string; value: unknown }[] };
    const results = eventEx.arguments.map((argument) => [argument.key, issuesOf(() => decodeAny(argument.value))]);
    expect(results).toEqual([
      ["s", []],
      ["i", []],
      ["l", [{ path: "$._value", message: expect.stringContaining("beyond +/-(2^53 - 1)") }]],
      ["b", []],
      ["t", []],
      ["strs", []],
      ["mo", []],
    ]);
    expect(decodeAny({ _typeName: "long", _value: 5 })).toEqual({ _typeName: "long", _value: 5 });
    expect(issuesOf(() => decodeAny({ _typeName: "int", _value: 2 ** 31 })).map((i) => i.path)).toEqual(["$._value"]);
    expect(
      issuesOf(() => decodeAny({ _typeName: "dateTime", _value: "2024-02-30T00:00:00Z" })).map((i) => i.path),
    ).toEqual(["$._value"]);
    expect(issuesOf(() => decodeAny({ _typeName: "ArrayOfInt", _value: [1, "2"] })).map((i) => i.path)).toEqual([
      "$._value[1]",
    ]);
  });

  test("a data object in an untyped slot: decodeEvent checks its _typeName and keeps it, untypedTypes checks it in full", () => {
    const eventEx = fixture("EventEx.any-arguments.json") as Record<string, unknown> & { arguments: unknown[] };
    // A ManagedObjectReference without its required `value`, and a type no schema declares with nothing wrong.
    const brokenRef = {
      _typeName: "KeyAnyValue",
      key: "mo",
      value: { _typeName: "ManagedObjectReference", type: "VirtualMachine" },
    };
    const foreign = { _typeName: "KeyAnyValue", key: "x", value: { _typeName: "Event", key: "one", chainId: 1 } };
    const event = { ...eventEx, _typeName: "EventEx", key: 1, arguments: [brokenRef, foreign] };
    // Without the table: the objects come back as they came, their names known; no other type's decoder runs.
    const kept = decodeEvent(event) as EventEx;
    expect(kept.arguments?.[0]?.value).toBe(brokenRef.value);
    expect(kept.arguments?.[1]?.value).toBe(foreign.value);
    // With it, and in decodeAny: each is checked as its type.
    const full = issuesOf(() => decodeEvent(event, { untyped: untypedTypes })).map((i) => i.path);
    expect(full).toEqual([
      "$.arguments[0].value.value",
      "$.arguments[1].value.key",
      "$.arguments[1].value.createdTime",
      "$.arguments[1].value.userName",
    ]);
    expect(issuesOf(() => decodeAny(brokenRef.value)).map((i) => i.path)).toEqual(["$.value"]);
    // A name no schema declares is still an unknown type, and boxed primitives are checked either way.
    expect(
      issuesOf(() =>
        decodeEvent(
          { ...event, arguments: [{ ...foreign, value: { _typeName: "NoSuchType" } }] },
          { unknownTypes: "reject" },
        ),
      ).length,
    ).toBe(1);
    const long = { _typeName: "KeyAnyValue", key: "l", value: { _typeName: "int", _value: 2 ** 31 } };
    expect(issuesOf(() => decodeEvent({ ...event, arguments: [long] })).map((i) => i.path)).toEqual([
      "$.arguments[0].value._value",
    ]);
  });

  test("a PropertyCollector result decodes typed, every value too, boxed enums included", () => {
    const result = fixture("govmomi-testdata-retrieveResult.json") as Record<string, unknown>;
    const strict: DecodeOptions = { unknownTypes: "reject", unknownMembers: "reject", unknownEnumValues: "reject" };
    const typed = decodeRetrieveResult(result, strict);
    expect(typed).toEqual(result);
    const values = typed.objects.flatMap((o) => (o.propSet ?? []).map((p) => p.val));
    expect(values.map((v) => decodeAny(v, strict))).toEqual(values);
    expect(values.every((v) => isAnyValue(v))).toBe(true);
    const status = { _typeName: "ManagedEntityStatus", _value: "gray" };
    expect(decodeAny(status, strict)).toEqual(status);
    expect(decodeAny({ _typeName: "ArrayOfManagedEntityStatus", _value: ["red", "green"] }, strict)).toEqual({
      _typeName: "ArrayOfManagedEntityStatus",
      _value: ["red", "green"],
    });
  });

  test("a boxed enum value a newer server added is kept, or rejected on request; an unknown box, when strict", () => {
    const newer = { _typeName: "ManagedEntityStatus", _value: "purple" };
    expect(decodeAny(newer)).toEqual(newer);
    expect(issuesOf(() => decodeAny(newer, { unknownEnumValues: "reject" }))).toEqual([
      {
        path: "$._value",
        message:
          '"purple" is not a value of ManagedEntityStatus the schemas declare (unknownEnumValues is "reject"; "keep" would keep it)',
      },
    ]);
    expect(issuesOf(() => decodeAny({ _typeName: "ManagedEntityStatus", _value: 3 })).map((i) => i.path)).toEqual([
      "$._value",
    ]);
    const unknownBox = { _typeName: "FutureStatus", _value: "x" };
    expect(decodeAny(unknownBox)).toEqual(unknownBox);
    expect(issuesOf(() => decodeAny(unknownBox, { unknownTypes: "reject" })).map((i) => i.message)).toEqual([
      '_typeName "FutureStatus" is not a type the schemas declare nor a boxed primitive',
    ]);
  });

  test("a fault body (InvalidLogin) decodes typed, its faultstring declared, even when strict", () => {
    const fault = fixture("govmomi-json_client_test-InvalidLogin-500.json");
    const strict: DecodeOptions = { unknownTypes: "reject", unknownMembers: "reject" };
    expect(decodeAny(fault, strict)).toEqual(fault);
    const typed = decodeMethodFault(fault, strict);
    expect(typed._typeName).toBe("InvalidLogin");
    expect(typed.faultstring).toBe("Cannot complete login due to an incorrect user name or password.");
    expect(isInvalidLogin(typed)).toBe(true);
  });
});

describe("EventEx, faults and enums: the catalogue's own types", () => {
  const eventEx = fixture("EventEx.any-arguments.json") as Record<string, unknown> & { arguments: unknown[] };

  test("the EventEx fixture is typed, and its long beyond 2^53 is the one error in int64=number mode", () => {
    expect(issuesOf(() => decodeEvent(eventEx))).toEqual([
      {
        path: "$.arguments[2].value._value",
        message: expect.stringContaining("int64 value 9007199254740992 is beyond +/-(2^53 - 1)"),
      },
    ]);
    const safe = structuredClone(eventEx);
    safe.arguments[2] = { _typeName: "KeyAnyValue", key: "l", value: { _typeName: "long", _value: 42 } };
    const event = decodeEvent(safe);
    if (event._typeName !== "EventEx") throw new Error(`expected an EventEx, got ${event._typeName}`);
    expect(wireTypeName(event)).toBe("EventEx");
    expect(event.eventTypeId).toBe("com.example.custom");
    expect(event.arguments?.map((a) => [a._typeName, a.key])).toEqual([
      ["KeyAnyValue", "s"],
      ["KeyAnyValue", "i"],
      ["KeyAnyValue", "l"],
      ["KeyAnyValue", "b"],
      ["KeyAnyValue", "t"],
      ["KeyAnyValue", "strs"],
      ["KeyAnyValue", "mo"],
    ]);
    // govmomi's wrapper: the type says which one came.
    const fault = event.fault;
    if (fault?._typeName !== "LocalizedMethodFault") throw new Error("expected the LocalizedMethodFault wrapper");
    expect(fault.localizedMessage).toBe("not found");
    expect(fault.fault._typeName).toBe("NotFound");
    expect(isEvent(event)).toBe(true);
  });

  test("a fault slot takes the bare fault too (as VI JSON servers send it), and a newer fault as MethodFault", () => {
    const bare = { ...eventEx, arguments: [], fault: { _typeName: "InvalidArgument", invalidProperty: "spec.name" } };
    const event = decodeEvent(bare) as EventEx;
    expect(event.fault).toEqual({ _typeName: "InvalidArgument", invalidProperty: "spec.name" });
    const newer = decodeEvent({ ...bare, fault: { _typeName: "FutureFault", detail: 1 } }) as EventEx;
    expect(newer.fault?._typeName).toBe("MethodFault");
    expect(newer.fault === undefined ? "" : wireTypeName(newer.fault)).toBe("FutureFault");
    expect(issuesOf(() => decodeEvent({ ...bare, fault: { _typeName: "KeyAnyValue", key: "k" } }))).toEqual([
      { path: "$.fault._typeName", message: '_typeName "KeyAnyValue" is not MethodFault or one of its known subtypes' },
    ]);
    expect(issuesOf(() => decodeEvent({ ...bare, fault: { invalidProperty: "x" } })).map((i) => i.path)).toEqual([
      "$.fault._typeName",
    ]);
  });

  test("a MissingObject of a WaitForUpdatesEx missingSet takes the bare fault a server sends, and govmomi's wrapper", () => {
    const missing = (fault: unknown) => ({
      _typeName: "UpdateSet",
      version: "2",
      filterSet: [
        {
          _typeName: "PropertyFilterUpdate",
          filter: { _typeName: "ManagedObjectReference", type: "PropertyFilter", value: "session[52]1" },
          missingSet: [
            {
              _typeName: "MissingObject",
              obj: { _typeName: "ManagedObjectReference", type: "VirtualMachine", value: "vm-9" },
              fault,
            },
          ],
        },
      ],
    });
    const bare = missing({ _typeName: "SystemError", reason: "lookup failed" });
    const strict: DecodeOptions = { unknownTypes: "reject", unknownMembers: "reject" };
    expect(decodeUpdateSet(bare, strict)).toEqual(bare);
    expect(decodeUpdateSet(bare).filterSet?.[0]?.missingSet?.[0]?.fault._typeName).toBe("SystemError");
    // ManagedObjectNotFound (the other fault the reference names here) is declared, so it decodes typed; a fault
    // no schema declares decodes as MethodFault, its real name kept.
    const moRef = { _typeName: "ManagedObjectReference", type: "VirtualMachine", value: "vm-9" };
    const notFound = missing({ _typeName: "ManagedObjectNotFound", obj: moRef });
    expect(decodeUpdateSet(notFound, strict)).toEqual(notFound);
    const newer = decodeUpdateSet(missing({ _typeName: "FutureFault", detail: 1 }));
    const fault = newer.filterSet?.[0]?.missingSet?.[0]?.fault;
    expect([fault?._typeName, fault === undefined ? "" : wireTypeName(fault)]).toEqual(["MethodFault", "FutureFault"]);
    const wrapped = missing({
      _typeName: "LocalizedMethodFault",
      fault: { _typeName: "NotFound" },
      localizedMessage: "not found",
    });
    expect(decodeUpdateSet(wrapped, strict)).toEqual(wrapped);
  });

  test("an enum value a newer server added is kept by default, rejected on request", () => {
    const task = {
      _typeName: "TaskInfo",
      key: "task-1",
      task: { _typeName: "ManagedObjectReference", type: "Task", value: "task-1" },
      descriptionId: "VirtualMachine.powerOn",
      state: "paused",
      cancelled: false,
      cancelable: true,
      reason: { _typeName: "TaskReasonUser", userName: "root" },
      queueTime: "2026-11-27T10:00:00Z",
      eventChainId: 7,
    };
    expect(decodeTaskInfo(task).state).toBe("paused");
    expect(issuesOf(() => decodeTaskInfo(task, { unknownEnumValues: "reject" }))).toEqual([
      {
        path: "$.state",
        message:
          '"paused" is not a value of TaskInfoState the schemas declare (unknownEnumValues is "reject"; "keep" would keep it)',
      },
    ]);
    expect(decodeTaskInfo({ ...task, state: "running" }, { unknownEnumValues: "reject" }).state).toBe("running");
    expect(issuesOf(() => decodeTaskInfo({ ...task, state: 3 })).map((i) => i.message)).toEqual([
      "expected a string, got 3",
    ]);
    expect(TaskInfoStateValues).toEqual(["queued", "running", "success", "error"]);
  });
});
