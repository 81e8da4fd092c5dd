/** Mixed event streams, newer servers' types and members, and boxed values in untyped slots. */
import {
  DecodeError,
  decodeAny,
  decodeDynamicData,
  decodeEvent,
  decodeEventArray,
  decodeSessionEvent,
  decodeUserLogoutSessionEvent,
  isAnyValue,
  isBadUsernameSessionEvent,
  isEvent,
  isUserLoginSessionEvent,
  wireTypeName,
  type DecodeIssue,
  type DecodeOptions,
} from "../generated";
import { fixture } from "./helpers";

function issuesOf(decode: () => unknown): DecodeIssue[] {
  try {
    decode();
    return [];
  } catch (error) {
    if (error instanceof DecodeError) return [...error.issues];
    throw error;
  }
}

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
    delete broken[3]?.ipAddress;
    (broken[5] as Record<string, unknown>).createdTime = "2024-05-01T10:05:00";
    expect(issuesOf(() => decodeEventArray(broken)).map((i) => i.path)).toEqual(["$[3].ipAddress", "$[5].createdTime"]);
    expect(issuesOf(() => decodeEventArray({})).map((i) => i.path)).toEqual(["$"]);
  });
});

describe("an event type no schema declares (a newer server's)", () => {
  const eventEx = fixture("EventEx.any-arguments.json") as Record<string, unknown>;

  test("decodes by default as the nearest declared type, every member kept, its real name available", () => {
    const event = decodeEvent(eventEx);
    expect(event._typeName).toBe("Event");
    expect(wireTypeName(event)).toBe("EventEx");
    expect((event as unknown as Record<string, unknown>).eventTypeId).toBe("com.example.custom");
    expect({ ...event, _typeName: "EventEx" }).toEqual(eventEx);
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
          '_typeName "EventEx" is not a type the schemas declare (unknownTypes is "reject"; "nearest" would decode it as Event)',
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

  test("a data object outside the event family (UserSession) decodes leniently as DynamicData", () => {
    const session = fixture("govmomi-json_client_test-UserSession.json") as Record<string, unknown>;
    const decoded = decodeDynamicData(session);
    expect(wireTypeName(decoded)).toBe("UserSession");
    expect(JSON.parse(JSON.stringify(decoded))).toEqual(session);
  });
});

describe("unknown members", () => {
  const event = { ...(fixture("UserLogoutSessionEvent.minimal.json") as object), auditTrail: "x" };
  const withNested = {
    ...event,
    datacenter: { name: "DC0", datacenter: { type: "Datacenter", value: "d", serverGuid: "g" } },
  };

  test.each<[DecodeOptions | undefined, string]>([
    [undefined, "kept by default"],
    [{ unknownMembers: "keep" }, "kept"],
  ])("are %p: %s", (options) => {
    const decoded = decodeEvent({ ...withNested, _typeName: "UserLogoutSessionEvent" }, options) as unknown as Record<
      string,
      unknown
    >;
    expect(decoded.auditTrail).toBe("x");
    expect((decoded.datacenter as { datacenter: Record<string, unknown> }).datacenter.serverGuid).toBe("g");
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
        path: "$.datacenter.datacenter.serverGuid",
        message: 'member "serverGuid" is not declared by ManagedObjectReference',
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

  test("a PropertyCollector result's values all decode; an unknown box is kept, or rejected when strict", () => {
    // RetrieveResult and ObjectContent are not transcribed; each property value goes through decodeAny.
    const result = fixture("govmomi-testdata-retrieveResult.json") as {
      objects: { propSet: { name: string; val: unknown }[] }[];
    };
    const values = result.objects.flatMap((o) => o.propSet.map((p) => p.val));
    expect(values.map((v) => decodeAny(v))).toEqual(values);
    const status = values.find((v) => (v as { _typeName: string })._typeName === "ManagedEntityStatus");
    expect(issuesOf(() => decodeAny(status, { unknownTypes: "reject" })).map((i) => i.message)).toEqual([
      '_typeName "ManagedEntityStatus" is not a type the schemas declare nor a boxed primitive',
    ]);
  });

  test("a fault body (InvalidLogin) is no schema type: kept as it came, or rejected when strict", () => {
    const fault = fixture("govmomi-json_client_test-InvalidLogin-500.json");
    expect(decodeAny(fault)).toEqual(fault);
    expect(issuesOf(() => decodeAny(fault, { unknownTypes: "reject" })).map((i) => i.path)).toEqual(["$._typeName"]);
  });
});
