/** The catalogue's committed decoders and guards (test/catalogue/), run on real VI JSON and on a battery of bad inputs. */
import {
  DecodeError,
  decodeEntityEventArgument,
  decodeEvent,
  decodeManagedObjectReference,
  decodeUserLogoutSessionEvent,
  isEvent,
  isSessionEvent,
  isUserLogoutSessionEvent,
  safeDecodeEvent,
  safeDecodeUserLogoutSessionEvent,
} from "../catalogue";
import { issuesOf } from "../support/decodeIssues";
import { fixture } from "../support/helpers";

function pathsOf(decode: (value: unknown) => unknown, value: unknown): string[] {
  return issuesOf(decode, value).map((i) => i.path);
}

const full = fixture("UserLogoutSessionEvent.full.json") as Record<string, unknown>;
/** The full fixture with a safe callCount: every field present and valid. */
const valid = (): Record<string, unknown> => ({ ...structuredClone(full), callCount: 42 });

describe("the fixtures", () => {
  test("the minimal UserLogoutSessionEvent decodes to the same value", () => {
    const input = fixture("UserLogoutSessionEvent.minimal.json");
    const event = decodeUserLogoutSessionEvent(input);
    expect(event).toEqual(input);
    expect(event._typeName).toBe("UserLogoutSessionEvent");
    expect(event.key).toBe(7);
    expect("callCount" in event).toBe(false);
    expect(isUserLogoutSessionEvent(event)).toBe(true);
  });

  test("the full fixture is rejected: its callCount (2^53 + 1) was rounded by JSON.parse", () => {
    const issues = issuesOf(decodeUserLogoutSessionEvent, full);
    expect(issues).toEqual([{ path: "$.callCount", message: expect.stringContaining('"bigint"') }]);
    expect(issues[0]?.message).toContain("9007199254740992");
    expect(isUserLogoutSessionEvent(full)).toBe(false);
  });

  test("the full fixture with a safe callCount decodes with every argument and reference", () => {
    const event = decodeUserLogoutSessionEvent(valid());
    expect(event).toEqual(valid());
    expect(event.datacenter?.datacenter.value).toBe("datacenter-3");
    expect(event.loginTime).toBe("2024-05-01T10:00:00.123456Z");
    expect(isUserLogoutSessionEvent(event)).toBe(true);
  });

  test("the seed's JSON example shape, with realistic values, decodes", () => {
    const moref = (type: string, value: string) => ({ _typeName: "ManagedObjectReference", type, value });
    const example = {
      _typeName: "UserLogoutSessionEvent",
      key: 311,
      chainId: 309,
      createdTime: "2026-11-26T10:15:30.123456+02:00",
      userName: "VSPHERE.LOCAL\\ops",
      datacenter: {
        _typeName: "DatacenterEventArgument",
        name: "DC1",
        datacenter: moref("Datacenter", "datacenter-21"),
      },
      computeResource: {
        _typeName: "ComputeResourceEventArgument",
        name: "C1",
        computeResource: moref("ClusterComputeResource", "domain-c26"),
      },
      host: { _typeName: "HostEventArgument", name: "esx-01", host: moref("HostSystem", "host-31") },
      vm: { _typeName: "VmEventArgument", name: "web-01", vm: moref("VirtualMachine", "vm-1042") },
      ds: { _typeName: "DatastoreEventArgument", name: "vsanDatastore", datastore: moref("Datastore", "datastore-33") },
      net: { _typeName: "NetworkEventArgument", name: "VM Network", network: moref("Network", "network-34") },
      dvs: { _typeName: "DvsEventArgument", name: "DSwitch", dvs: moref("VmwareDistributedVirtualSwitch", "dvs-35") },
      fullFormattedMessage: "User VSPHERE.LOCAL\\ops@10.1.2.3 logged out",
      changeTag: "",
      ipAddress: "10.1.2.3",
      userAgent: "govc/0.37.0",
      callCount: 1234,
      sessionId: "52f1a3c4-1111-2222-3333-444455556666",
      loginTime: "2026-11-26T08:00:00Z",
    };
    expect(decodeUserLogoutSessionEvent(example)).toEqual(example);
  });
});

describe("_typeName", () => {
  test("a missing nested _typeName is filled in with the declared type", () => {
    const input = {
      key: 1,
      chainId: 1,
      createdTime: "2026-11-26T10:15:30Z",
      userName: "root",
      datacenter: { name: "DC0", datacenter: { type: "Datacenter", value: "datacenter-3" } },
    };
    const event = decodeUserLogoutSessionEvent(input);
    expect(event._typeName).toBe("UserLogoutSessionEvent");
    expect(event.datacenter?._typeName).toBe("DatacenterEventArgument");
    expect(event.datacenter?.datacenter._typeName).toBe("ManagedObjectReference");
    expect(input.datacenter).not.toHaveProperty("_typeName");
  });

  test("a wrong _typeName is an error at its path", () => {
    const input = valid();
    (input["host"] as Record<string, unknown>)["_typeName"] = "VmEventArgument";
    expect(issuesOf(decodeUserLogoutSessionEvent, input)).toEqual([
      { path: "$.host._typeName", message: '_typeName "VmEventArgument" is not HostEventArgument' },
    ]);
    expect(pathsOf(decodeUserLogoutSessionEvent, { ...valid(), _typeName: "SessionEvent" })).toEqual(["$._typeName"]);
  });

  test("where the declared type has subtypes, _typeName is required and chooses the type", () => {
    const { _typeName: _, ...untyped } = valid();
    expect(issuesOf(decodeEvent, untyped)).toEqual([
      { path: "$._typeName", message: expect.stringContaining("_typeName is required here") },
    ]);
    const event = decodeEvent(valid());
    expect(event._typeName).toBe("UserLogoutSessionEvent");
    if (event._typeName === "UserLogoutSessionEvent") expect(event.callCount).toBe(42);
    expect(pathsOf(decodeEvent, { ...valid(), _typeName: "DatacenterEventArgument" })).toEqual(["$._typeName"]);
    expect(
      decodeEntityEventArgument({
        _typeName: "VmEventArgument",
        name: "vm",
        vm: { type: "VirtualMachine", value: "vm-1" },
      })._typeName,
    ).toBe("VmEventArgument");
  });

  test("Event and SessionEvent themselves are valid types (none is abstract)", () => {
    const base = { key: 1, chainId: 1, createdTime: "2026-11-26T10:15:30Z", userName: "root" };
    expect(decodeEvent({ _typeName: "Event", ...base })._typeName).toBe("Event");
    expect(decodeEvent({ _typeName: "SessionEvent", ...base })._typeName).toBe("SessionEvent");
    expect(isSessionEvent({ _typeName: "SessionEvent", ...base })).toBe(true);
    expect(isSessionEvent({ _typeName: "Event", ...base })).toBe(false);
  });
});

describe("a battery of invalid inputs, each reporting exactly the paths at fault", () => {
  const cases: [string, (v: Record<string, unknown>) => unknown, string[]][] = [
    ["not an object", () => "event", ["$"]],
    ["an array", () => [], ["$"]],
    ["null", () => null, ["$"]],
    ["missing required key", ({ key: _, ...rest }) => rest, ["$.key"]],
    ["every required field missing", () => ({}), ["$.key", "$.chainId", "$.createdTime", "$.userName"]],
    ["key as a string", (v) => ({ ...v, key: "1" }), ["$.key"]],
    ["key as a fraction", (v) => ({ ...v, key: 1.5 }), ["$.key"]],
    ["chainId beyond int32", (v) => ({ ...v, chainId: 2 ** 31 }), ["$.chainId"]],
    ["chainId below int32", (v) => ({ ...v, chainId: -(2 ** 31) - 1 }), ["$.chainId"]],
    ["callCount beyond 2^53", (v) => ({ ...v, callCount: 2 ** 60 }), ["$.callCount"]],
    ["callCount as a fraction", (v) => ({ ...v, callCount: 0.5 }), ["$.callCount"]],
    ["callCount as a quoted string", (v) => ({ ...v, callCount: "42" }), ["$.callCount"]],
    ["createdTime on February 30th", (v) => ({ ...v, createdTime: "2026-02-30T00:00:00Z" }), ["$.createdTime"]],
    ["createdTime without a zone", (v) => ({ ...v, createdTime: "2026-11-26T10:15:30" }), ["$.createdTime"]],
    ["loginTime as epoch millis", (v) => ({ ...v, loginTime: 1764152130000 }), ["$.loginTime"]],
    ["optional ipAddress sent as null", (v) => ({ ...v, ipAddress: null }), ["$.ipAddress"]],
    ["optional datacenter sent as null", (v) => ({ ...v, datacenter: null }), ["$.datacenter"]],
    ["userName as a number", (v) => ({ ...v, userName: 0 }), ["$.userName"]],
    [
      "argument missing its name",
      (v) => ({ ...v, vm: { _typeName: "VmEventArgument", vm: { type: "VirtualMachine", value: "vm-1" } } }),
      ["$.vm.name"],
    ],
    ["argument missing its reference", (v) => ({ ...v, ds: { name: "ds" } }), ["$.ds.datastore"]],
    [
      "reference missing its value",
      (v) => ({ ...v, net: { name: "n", network: { type: "Network" } } }),
      ["$.net.network.value"],
    ],
    [
      "reference value as a number",
      (v) => ({ ...v, dvs: { name: "d", dvs: { type: "DistributedVirtualSwitch", value: 19 } } }),
      ["$.dvs.dvs.value"],
    ],
    ["reference as a string", (v) => ({ ...v, host: { name: "h", host: "host-21" } }), ["$.host.host"]],
    [
      "several problems at once, all reported",
      (v) => ({
        ...v,
        key: null,
        userName: 1,
        callCount: 2 ** 53,
        datacenter: { name: 1, datacenter: { type: "Datacenter", value: 3 } },
      }),
      ["$.key", "$.userName", "$.datacenter.name", "$.datacenter.datacenter.value", "$.callCount"],
    ],
  ];

  test.each(cases)("%s", (_, mutate, paths) => {
    const input = mutate(valid());
    expect(pathsOf(decodeUserLogoutSessionEvent, input)).toEqual(paths);
    expect(isUserLogoutSessionEvent(input)).toBe(false);
    expect(isEvent(input)).toBe(false);
    // safeDecodeT returns what decodeT throws.
    expect(safeDecodeUserLogoutSessionEvent(input)).toEqual({
      ok: false,
      issues: issuesOf(decodeUserLogoutSessionEvent, input),
    });
  });
});

describe("decodeT tries the guard first", () => {
  test("a value the guard accepts is returned as it is; with options the full decode runs", () => {
    const input = { ...valid(), futureMember: "kept" };
    expect(isUserLogoutSessionEvent(input)).toBe(true);
    expect(decodeUserLogoutSessionEvent(input)).toBe(input);
    expect(decodeEvent(input)).toBe(input);
    // The guard accepts the unknown member, but the options ask for it to be stripped: the full decode does that.
    expect(decodeEvent(input, { unknownMembers: "strip" })).toEqual(valid());
    expect(() => decodeEvent(input, { unknownMembers: "reject" })).toThrow(DecodeError);
  });

  test("a value the guard rejects is decoded in full: a missing nested _typeName filled in, issues reported", () => {
    const input = valid();
    const datacenter = input["datacenter"] as Record<string, unknown>;
    const untyped = { ...input, datacenter: { ...datacenter, _typeName: undefined } };
    delete (untyped.datacenter as Record<string, unknown>)["_typeName"];
    expect(isUserLogoutSessionEvent(untyped)).toBe(false);
    const decoded = decodeUserLogoutSessionEvent(untyped);
    expect(decoded).not.toBe(untyped);
    expect(decoded.datacenter?._typeName).toBe("DatacenterEventArgument");
    expect(pathsOf(decodeUserLogoutSessionEvent, { ...input, key: "1" })).toEqual(["$.key"]);
  });
});

describe("safeDecodeT", () => {
  test("valid input: ok, with the value decodeT returns (the same object when nothing changes)", () => {
    const input = valid();
    const result = safeDecodeUserLogoutSessionEvent(input);
    expect(result).toEqual({ ok: true, value: decodeUserLogoutSessionEvent(input) });
    expect(result.ok && result.value).toBe(input);
    const { _typeName: _, ...untyped } = input;
    const filled = safeDecodeEvent({ ...untyped, _typeName: "UserLogoutSessionEvent" });
    expect(filled.ok && filled.value._typeName).toBe("UserLogoutSessionEvent");
  });

  test("options reach it, and the result narrows on ok", () => {
    const result = safeDecodeEvent({ ...valid(), extra: 1 }, { unknownMembers: "reject" });
    if (result.ok) throw new Error("expected issues");
    expect(result.issues.map((i) => i.path)).toEqual(["$.extra"]);
    expect(safeDecodeEvent({ ...valid(), extra: 1 }).ok).toBe(true);
  });
});

describe("unknown members and prototype keys", () => {
  test("unknown members are kept, at every level", () => {
    const input = { ...valid(), newIn92: { x: 1 } } as Record<string, unknown>;
    (input["datacenter"] as Record<string, unknown>)["extra"] = "kept";
    const event = decodeUserLogoutSessionEvent(input) as unknown as Record<string, unknown>;
    expect(event["newIn92"]).toEqual({ x: 1 });
    expect((event["datacenter"] as Record<string, unknown>)["extra"]).toBe("kept");
  });

  test("__proto__, constructor and prototype keys from JSON.parse stay plain data", () => {
    const text = JSON.stringify(valid()).replace(
      /^\{/,
      '{"__proto__": {"polluted": true, "userName": "x"}, "constructor": {"prototype": {"polluted": true}}, ',
    );
    const input = JSON.parse(text) as unknown;
    const event = decodeUserLogoutSessionEvent(input);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(isUserLogoutSessionEvent(input)).toBe(true);

    const { userName: _, ...noUser } = valid();
    const sneaky = JSON.parse(
      `{"__proto__": {"userName": "from-proto"}, ${JSON.stringify(noUser).slice(1)}`,
    ) as unknown;
    expect(pathsOf(decodeUserLogoutSessionEvent, sneaky)).toEqual(["$.userName"]);
    expect(isUserLogoutSessionEvent(sneaky)).toBe(false);
  });

  test("decoders never throw anything but DecodeError", () => {
    const odd = [undefined, 0, "", [], [1], new Date(0), () => 1, Object.create(null), { _typeName: 5 }];
    for (const value of odd) {
      for (const decode of [decodeEvent, decodeUserLogoutSessionEvent, decodeManagedObjectReference]) {
        expect(() => decode(value)).toThrow(DecodeError);
      }
    }
  });
});

describe("guards", () => {
  test("accept decoded values and reject values the decoder would have to repair", () => {
    const decoded = decodeEvent(valid());
    expect(isEvent(decoded) && isSessionEvent(decoded) && isUserLogoutSessionEvent(decoded)).toBe(true);
    const { _typeName: _, ...untyped } = valid();
    expect(isUserLogoutSessionEvent(untyped)).toBe(false);
  });

  test("check formats as exactly as the decoders", () => {
    expect(isEvent({ ...valid(), createdTime: "2026-02-30T00:00:00Z" })).toBe(false);
    expect(isEvent({ ...valid(), callCount: 2 ** 53 })).toBe(false);
    expect(isEvent({ ...valid(), ipAddress: null })).toBe(false);
  });
});
