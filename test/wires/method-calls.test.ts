/**
 * Methods as a schema kind: what a method file may say, each mistake reported at its place with a hint, the model it
 * becomes, the editors' JSON Schema accepting the shipped methods, and the typed calls the output gets for both wires
 * (SOAP envelopes and VI JSON requests, return values of every kind, faults).
 */
import Ajv from "ajv";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseDocument } from "yaml";
import {
  DecodeError,
  SoapEncodeError,
  SoapFault,
  jsonRequest,
  parseJsonReturn,
  parseSoapReturn,
  soapRequest,
  type AnyEvent,
  type ManagedObjectReference,
  type VimReturns,
} from "../catalogue";
import { JSON_SCHEMA_FILE } from "../../src/validate/jsonSchema";
import { DecodeError as TemplateDecodeError } from "../../templates/core/context";
import { primitiveAt, type MethodEntry } from "../../templates/core/methodValues";
import { jsonMethodReturn } from "../../templates/vijson/jsonMethods";
import { BUNDLED_SCHEMAS, diagnosticsOf, located, modelOf } from "../support/helpers";

const TYPES = {
  "DynamicData.yaml": "name: DynamicData\n",
  "ManagedObjectReference.yaml":
    "name: ManagedObjectReference\nfields:\n  type:\n    type: string\n  value:\n    type: string\n",
  "MethodFault.yaml": "name: MethodFault\nextends: DynamicData\n",
  "InvalidState.yaml": "name: InvalidState\nextends: MethodFault\n",
  "Spec.yaml": "name: Spec\nextends: DynamicData\nfields:\n  n:\n    type: integer\n    format: int32\n",
};

const ref = (type: string, value: string): ManagedObjectReference => ({
  _typeName: "ManagedObjectReference",
  type,
  value,
});

/** A QueryEvents request whose eventViewSpec has a subtype's members (EventManagerViewByStartId's) but no name. */
const UNNAMED_SUBTYPE = {
  _this: ref("EventManager", "EventManager"),
  filter: {},
  eventViewSpec: { startEventId: 7, isForward: true },
};

describe("a method file", () => {
  test("becomes a method of the model: parameters in order, the return value, the faults", () => {
    const model = modelOf({
      ...TYPES,
      "Go.yaml":
        'name: Go\non: Thing\ndescription: Goes.\nsince: "8.0"\nparams:\n  spec:\n    type: Spec\n  count:\n    type: integer\n' +
        "    format: int64\n    optional: true\nreturns:\n  type: Spec\n  array: true\n  optional: true\nfaults: [InvalidState]\n",
    });
    const [go] = model.methods;
    expect(go).toMatchObject({ name: "Go", on: "Thing", faults: ["InvalidState"] });
    expect(go?.doc).toEqual({ description: "Goes.", since: "8.0", deprecated: undefined });
    expect(go?.params.map((p) => [p.name, p.type, p.optional])).toEqual([
      ["spec", { kind: "object", typeName: "Spec" }, false],
      ["count", { kind: "primitive", format: "int64" }, true],
    ]);
    expect(go?.returns).toMatchObject({ name: "returnval", array: true, optional: true });
  });

  const cases: [string, string, string[], string][] = [
    [
      "a typo in a method key",
      "name: Go\non: Thing\nparms:\n  x:\n    type: string\n",
      ["Go.yaml:3:1 unknown-key"],
      'unknown key "parms" in a method (did you mean "params"?)',
    ],
    [
      "a parameter of an unknown type",
      "name: Go\non: Thing\nparams:\n  spec:\n    type: Spek\n",
      ["Go.yaml:5:11 unknown-type"],
      'parameter "spec" of Go has unknown type "Spek" (did you mean "Spec"?)',
    ],
    [
      "_this declared as a parameter",
      "name: Go\non: Thing\nparams:\n  _this:\n    type: ManagedObjectReference\n",
      ["Go.yaml:4:3 reserved-field-name"],
      'parameter "_this" cannot be declared',
    ],
    [
      "a fault that is not a MethodFault",
      "name: Go\non: Thing\nfaults: [Spec, Nope]\n",
      ["Go.yaml:3:10 unknown-fault", "Go.yaml:3:16 unknown-fault"],
      '"Spec" is not a fault: it does not extend MethodFault',
    ],
    [
      "a return value with a field's key it cannot have",
      "name: Go\non: Thing\nreturns:\n  type: string\n  govmomiName: X\n",
      ["Go.yaml:5:3 unknown-key"],
      'unknown key "govmomiName" in return value "returns"',
    ],
    [
      "a managed object type that is no type name",
      "name: Go\non: thing\n",
      ["Go.yaml:2:5 bad-type-name"],
      'managed object type "thing" is not a valid type name',
    ],
    [
      "faults that are not a list",
      "name: Go\non: Thing\nfaults: InvalidState\n",
      ["Go.yaml:3:9 not-a-list"],
      "faults must be a list of fault type names",
    ],
  ];
  test.each(cases)("%s is reported at its place", (_, text, where, message) => {
    const found = diagnosticsOf({ ...TYPES, "Go.yaml": text });
    expect(located(found)).toEqual(where);
    expect(found[0]?.message).toBe(message);
    for (const d of found) expect(d.hint).not.toBe("");
  });

  test("a method declared twice is reported at the second, naming the first", () => {
    const found = diagnosticsOf({
      ...TYPES,
      "Go.yaml": "name: Go\non: Thing\n",
      "sub/Go.yaml": "name: Go\non: Other\n",
    });
    expect(located(found)).toEqual(["sub/Go.yaml:1:7 duplicate-method"]);
    expect(found[0]?.message).toBe('method "Go" is already declared at Go.yaml:1:7');
  });

  test("the editors' JSON Schema accepts every shipped method and rejects a misspelt key", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(BUNDLED_SCHEMAS, JSON_SCHEMA_FILE), "utf8")) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const dir = path.join(BUNDLED_SCHEMAS, "vim25", "methods");
    const files = fs.readdirSync(dir);
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const file of files) {
      const data: unknown = parseDocument(fs.readFileSync(path.join(dir, file), "utf8")).toJS();
      expect([file, validate(data), validate.errors ?? null]).toEqual([file, true, null]);
    }
    expect(validate({ name: "Go", on: "Thing", parms: {} })).toBe(false);
    expect(validate({ name: "Go", on: "Thing", params: { _this: { type: "string" } } })).toBe(false);
  });
});

describe("the shipped methods, on the SOAP wire", () => {
  test("a request names the method, carries _this and the parameters in WSDL order, typed", () => {
    const xml = soapRequest("ReadNextEvents", { _this: ref("EventHistoryCollector", "session[1]c"), maxCount: 50 });
    expect(xml).toContain(
      '<ReadNextEvents xmlns="urn:vim25"><_this type="EventHistoryCollector">session[1]c</_this><maxCount>50</maxCount></ReadNextEvents>',
    );
    const login = soapRequest("Login", {
      _this: ref("SessionManager", "SessionManager"),
      userName: "a<b",
      password: "p&q",
    });
    expect(login).toMatch(/<userName>a&lt;b<\/userName><password>p&amp;q<\/password><\/Login>/);
  });

  test("9.0's eventViewSpec: QueryEvents carries it after the filter, with its xsi:type (a subtype of the declared EventManagerEventViewSpec)", () => {
    const xml = soapRequest("QueryEvents", {
      _this: ref("EventManager", "EventManager"),
      filter: { _typeName: "EventFilterSpec", maxCount: 100 },
      eventViewSpec: { _typeName: "EventManagerViewByStartId", startEventId: 2147480000, isForward: false },
    });
    expect(xml).toMatch(
      /<filter><maxCount>100<\/maxCount><\/filter><eventViewSpec xsi:type="EventManagerViewByStartId"><startEventId>2147480000<\/startEventId><isForward>false<\/isForward><\/eventViewSpec><\/QueryEvents>/,
    );
  });

  test("an object whose slot fixes its type needs no _typeName, at any depth; an unnamed subtype in a polymorphic slot is refused", () => {
    const named = soapRequest("QueryEvents", {
      _this: ref("EventManager", "EventManager"),
      filter: {
        _typeName: "EventFilterSpec",
        entity: { _typeName: "EventFilterSpecByEntity", entity: ref("VirtualMachine", "vm-42"), recursion: "self" },
        time: { _typeName: "EventFilterSpecByTime", beginTime: "2026-12-01T00:00:00Z" },
        eventTypeId: ["VmPoweredOnEvent"],
      },
      eventViewSpec: { _typeName: "EventManagerViewByStartId", startEventId: 7, isForward: true },
    });
    // The same request as a user writes it: no names where the parameter's or field's type says which.
    const bare = soapRequest("QueryEvents", {
      _this: { type: "EventManager", value: "EventManager" },
      filter: {
        entity: { entity: { type: "VirtualMachine", value: "vm-42" }, recursion: "self" },
        time: { beginTime: "2026-12-01T00:00:00Z" },
        eventTypeId: ["VmPoweredOnEvent"],
      },
      eventViewSpec: { _typeName: "EventManagerViewByStartId", startEventId: 7, isForward: true },
    });
    expect(bare).toBe(named);
    // @ts-expect-error A slot of several types (EventManagerEventViewSpec and its subtypes) needs the name.
    expect(() => soapRequest("QueryEvents", UNNAMED_SUBTYPE)).toThrow(
      new SoapEncodeError(
        "eventViewSpec",
        "EventManagerEventViewSpec or one of its subtypes goes here, and startEventId, isForward are not EventManagerEventViewSpec's: give the _typeName of the subtype",
      ),
    );
  });

  test("an optional member or parameter given as undefined is written as absent, as one left out", () => {
    const max: number | undefined = undefined;
    const unset = soapRequest("QueryEvents", {
      _this: { type: "EventManager", value: "EventManager" },
      filter: { maxCount: max, eventTypeId: ["VmPoweredOnEvent"], entity: undefined },
      eventViewSpec: undefined,
    });
    const left = soapRequest("QueryEvents", {
      _this: { type: "EventManager", value: "EventManager" },
      filter: { eventTypeId: ["VmPoweredOnEvent"] },
    });
    expect(unset).toBe(left);
    expect(unset).toContain("<filter><eventTypeId>VmPoweredOnEvent</eventTypeId></filter></QueryEvents>");
    const manager = ref("EventManager", "EventManager");
    // @ts-expect-error a required parameter is not optional because a request may unset optional ones
    expect(() => soapRequest("CreateCollectorForEvents", { _this: manager, filter: undefined })).toThrow(
      SoapEncodeError,
    );
  });

  test("a missing required parameter or _this is a SoapEncodeError naming it", () => {
    expect(() => soapRequest("ReadNextEvents", { _this: ref("EventHistoryCollector", "c") } as never)).toThrow(
      new SoapEncodeError("maxCount", "ReadNextEvents requires the parameter maxCount"),
    );
    expect(() => soapRequest("CurrentTime", {} as never)).toThrow(SoapEncodeError);
  });

  const response = (method: string, inner: string): string =>
    `<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><${method}Response xmlns="urn:vim25">${inner}` +
    `</${method}Response></soapenv:Body></soapenv:Envelope>`;

  test("return values of each kind: a primitive, an object, an array, an absent optional, nothing", () => {
    expect(
      parseSoapReturn("CurrentTime", response("CurrentTime", "<returnval>2026-12-02T08:00:00.5Z</returnval>")),
    ).toBe("2026-12-02T08:00:00.5Z");
    expect(parseSoapReturn("SessionIsActive", response("SessionIsActive", "<returnval>true</returnval>"))).toBe(true);
    const collector: VimReturns<"CreateCollectorForEvents"> = parseSoapReturn(
      "CreateCollectorForEvents",
      response("CreateCollectorForEvents", '<returnval type="EventHistoryCollector">session[x]y</returnval>'),
    );
    expect(collector).toEqual(ref("EventHistoryCollector", "session[x]y"));
    const events: AnyEvent[] = parseSoapReturn(
      "ReadNextEvents",
      response(
        "ReadNextEvents",
        '<returnval xsi:type="GeneralUserEvent"><key>7</key><chainId>7</chainId><createdTime>2026-12-02T08:00:00Z</createdTime><userName>u</userName><message>m</message></returnval>',
      ),
    );
    expect(events.map((e) => [e._typeName, e.key])).toEqual([["GeneralUserEvent", 7]]);
    expect(parseSoapReturn("ReadNextEvents", response("ReadNextEvents", ""))).toEqual([]);
    expect(parseSoapReturn("WaitForUpdatesEx", response("WaitForUpdatesEx", ""))).toBeUndefined();
    expect(parseSoapReturn("PostEvent", response("PostEvent", ""))).toBeUndefined();
  });

  test("a bad primitive, a missing required value and a fault are reported, never returned", () => {
    const bad = (): unknown =>
      parseSoapReturn("SessionIsActive", response("SessionIsActive", "<returnval>maybe</returnval>"));
    expect(bad).toThrow(DecodeError);
    expect(() => parseSoapReturn("CurrentTime", response("CurrentTime", ""))).toThrow(
      /\$: the required return value is missing/,
    );
    const fault =
      '<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode>' +
      '<faultstring>Login failure</faultstring><detail><InvalidLoginFault xmlns="urn:vim25" xsi:type="InvalidLogin"></InvalidLoginFault>' +
      "</detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>";
    let caught: unknown;
    try {
      parseSoapReturn("Login", fault);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SoapFault);
    expect((caught as SoapFault<{ _typeName: string }>).detail?._typeName).toBe("InvalidLogin");
  });
});

/** Every object in a JSON value carries `_typeName` (vCenter 8.0.3 answers 500 InvalidArgument otherwise). */
function untypedObjects(value: unknown, at = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => untypedObjects(v, `${at}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  const own = Object.entries(value as Record<string, unknown>);
  return [
    ...("_typeName" in value ? [] : [at]),
    ...own.flatMap(([k, v]) => (k === "_typeName" ? [] : untypedObjects(v, `${at}.${k}`))),
  ];
}

describe("the shipped methods, on the VI JSON wire (as VMware's VI JSON specification documents it)", () => {
  const namedQuery = {
    _this: ref("EventManager", "EventManager"),
    filter: {
      _typeName: "EventFilterSpec",
      entity: { _typeName: "EventFilterSpecByEntity", entity: ref("VirtualMachine", "vm-42"), recursion: "self" },
      time: { _typeName: "EventFilterSpecByTime", beginTime: "2026-12-01T00:00:00Z" },
      eventTypeId: ["VmPoweredOnEvent"],
    },
  } as const;

  test("a request is the method's path and a body whose every object carries its _typeName", () => {
    const request = jsonRequest("QueryEvents", namedQuery);
    expect(request.path).toBe("/EventManager/EventManager/QueryEvents");
    const body = JSON.parse(request.body ?? "") as unknown;
    expect(untypedObjects(body)).toEqual(["$"]); // the body itself is the parameter list, not an object of vim25
    expect(body).toEqual({
      filter: {
        _typeName: "EventFilterSpec",
        entity: {
          _typeName: "EventFilterSpecByEntity",
          entity: { _typeName: "ManagedObjectReference", type: "VirtualMachine", value: "vm-42" },
          recursion: "self",
        },
        time: { _typeName: "EventFilterSpecByTime", beginTime: "2026-12-01T00:00:00Z" },
        eventTypeId: ["VmPoweredOnEvent"],
      },
    });
  });

  test("an object whose slot fixes its type is given its _typeName, at any depth, as VI JSON needs", () => {
    const bare = jsonRequest("QueryEvents", {
      _this: { type: "EventManager", value: "EventManager" },
      filter: {
        entity: { entity: { type: "VirtualMachine", value: "vm-42" }, recursion: "self" },
        time: { beginTime: "2026-12-01T00:00:00Z" },
        eventTypeId: ["VmPoweredOnEvent"],
      },
    });
    expect(bare).toEqual(jsonRequest("QueryEvents", namedQuery));
  });

  test("an optional member or parameter given as undefined is written as absent, as one left out", () => {
    const max: number | undefined = undefined;
    const unset = jsonRequest("QueryEvents", {
      _this: { type: "EventManager", value: "EventManager" },
      filter: { maxCount: max, eventTypeId: ["VmPoweredOnEvent"], entity: undefined },
      eventViewSpec: undefined,
    });
    expect(JSON.parse(unset.body ?? "")).toEqual({
      filter: { _typeName: "EventFilterSpec", eventTypeId: ["VmPoweredOnEvent"] },
    });
  });

  test("an unnamed subtype in a polymorphic slot is refused, as on the SOAP wire, instead of losing its members", () => {
    // @ts-expect-error A slot of several types (EventManagerEventViewSpec and its subtypes) needs the name.
    expect(() => jsonRequest("QueryEvents", UNNAMED_SUBTYPE)).toThrow(
      new TypeError(
        "EventManagerEventViewSpec or one of its subtypes goes here, and startEventId, isForward are not EventManagerEventViewSpec's: give the _typeName of the subtype",
      ),
    );
    // The base type's own members, unnamed, are the base type.
    const base = { _this: ref("EventManager", "EventManager"), filter: {}, eventViewSpec: {} };
    // @ts-expect-error The types ask for the name in such a slot; a JavaScript caller may leave it out.
    expect(JSON.parse(jsonRequest("QueryEvents", base).body ?? "{}")).toMatchObject({
      eventViewSpec: { _typeName: "EventManagerEventViewSpec" },
    });
  });

  test("9.0's eventViewSpec is a typed object of the body, beside the filter", () => {
    const request = jsonRequest("QueryEvents", {
      _this: ref("EventManager", "EventManager"),
      filter: { _typeName: "EventFilterSpec" },
      eventViewSpec: { _typeName: "EventManagerViewByStartId", startEventId: 41, isForward: true },
    });
    expect(JSON.parse(request.body ?? "")).toEqual({
      filter: { _typeName: "EventFilterSpec" },
      eventViewSpec: { _typeName: "EventManagerViewByStartId", startEventId: 41, isForward: true },
    });
  });

  test("the managed object's id is escaped in the path, and a method without parameters has no body", () => {
    const request = jsonRequest("DestroyCollector", { _this: ref("EventHistoryCollector", "session[a/b]c d") });
    expect(request).toEqual({
      path: "/EventHistoryCollector/session%5Ba%2Fb%5Dc%20d/DestroyCollector",
      body: undefined,
    });
  });

  test("a missing required parameter or _this is a TypeError naming it", () => {
    expect(() =>
      jsonRequest("Login", { _this: ref("SessionManager", "SessionManager"), userName: "u" } as never),
    ).toThrow(new TypeError("Login requires the parameter password"));
    expect(() => jsonRequest("Logout", {} as never)).toThrow(/pass its ManagedObjectReference as _this/);
  });

  test("return values: a documented event array, a primitive, a reference, an empty body", () => {
    const events = parseJsonReturn(
      "QueryEvents",
      JSON.stringify([
        {
          _typeName: "UserLogoutSessionEvent",
          key: 9,
          chainId: 9,
          createdTime: "2026-12-02T08:00:00Z",
          userName: "u",
          ipAddress: "10.0.0.1",
          callCount: 3,
          sessionId: "s",
          userAgent: "a",
          loginTime: "2026-12-02T07:00:00Z",
        },
      ]),
    );
    expect(events.map((e) => e._typeName)).toEqual(["UserLogoutSessionEvent"]);
    expect(parseJsonReturn("SessionIsActive", "false")).toBe(false);
    expect(parseJsonReturn("CurrentTime", '"2026-12-02T08:00:00Z"')).toBe("2026-12-02T08:00:00Z");
    expect(
      parseJsonReturn(
        "CreateCollectorForEvents",
        '{"_typeName":"ManagedObjectReference","type":"EventHistoryCollector","value":"c"}',
      ),
    ).toEqual(ref("EventHistoryCollector", "c"));
    expect(parseJsonReturn("QueryEvents", "")).toEqual([]);
    expect(parseJsonReturn("PostEvent", "")).toBeUndefined();
  });

  test("a wrong answer is every problem with its path", () => {
    let caught: unknown;
    try {
      parseJsonReturn("QueryEvents", '[{"_typeName":"UserLogoutSessionEvent","key":"nine"}, 4]');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DecodeError);
    const paths = (caught as DecodeError).issues.map((i) => i.path);
    expect(paths).toContain("$[0].key");
    expect(paths).toContain("$[1]");
    expect(() => parseJsonReturn("QueryEvents", '{"_typeName":"x"}')).toThrow(/QueryEvents returns an array/);
    expect(() => parseJsonReturn("SessionIsActive", "{")).toThrow(DecodeError);
  });

  test("bigint mode: an int64 return value, alone or in an array, keeps every digit and is refused written with a fraction or an exponent", () => {
    // No output has an int64-returning method in bigint mode: the run time's reader with entries built as emitMethods writes them.
    const defaults = {
      unknownTypes: "nearest",
      unknownMembers: "keep",
      unknownEnumValues: "keep",
      int64: "bigint",
      dateTime: "string",
    } as const;
    const entry = (flags: number): MethodEntry => ({
      on: "X",
      params: [],
      returns: ["returnval", "int64", flags],
      is: undefined,
      decode: primitiveAt("int64"),
    });
    const methods = { One: entry(0), Many: entry(3) };
    const read = (method: string, text: string): unknown =>
      jsonMethodReturn(method, text, methods, undefined, defaults);
    expect(read("One", "9007199254740993")).toBe(9007199254740993n);
    expect(read("One", "-9223372036854775808")).toBe(-9223372036854775808n);
    expect(read("One", "42")).toBe(42n);
    expect(read("Many", "[1,9007199254740993]")).toEqual([1n, 9007199254740993n]);
    const issues = (method: string, text: string): string[] => {
      try {
        read(method, text);
      } catch (error) {
        if (error instanceof TemplateDecodeError) return error.issues.map((i) => i.path);
        throw error;
      }
      return [];
    };
    for (const written of ["1.0", "1e3", "9223372036854775808"]) {
      expect(issues("One", written)).toEqual(["$"]);
      expect(issues("Many", `[2,${written}]`)).toEqual(["$[1]"]);
    }
  });

  test("a value nested too deeply to decode (50,000 ArrayOfAnyType boxes in a val) is a DecodeError at $, not a RangeError", () => {
    const depth = 50_000;
    const val = '{"_typeName":"ArrayOfAnyType","_value":['.repeat(depth) + "1" + "]}".repeat(depth);
    const text =
      '{"_typeName":"RetrieveResult","objects":[{"_typeName":"ObjectContent",' +
      '"obj":{"_typeName":"ManagedObjectReference","type":"VirtualMachine","value":"vm-1"},' +
      `"propSet":[{"_typeName":"DynamicProperty","name":"config","val":${val}}]}]}`;
    let caught: unknown;
    try {
      parseJsonReturn("RetrievePropertiesEx", text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DecodeError);
    expect((caught as DecodeError).issues).toContainEqual({
      path: "$",
      message: expect.stringContaining("nested too deeply") as unknown,
    });
  });
});
