/**
 * The SOAP wire: vim25 XML as vCenter and vcsim write it decodes into the same values as VI JSON (captures from
 * govmomi's tests in test/fixtures/soap/ (see its README), and the vcsim shapes written inline below); faults are
 * SoapFaults; hostile and malformed XML is a DecodeError with a path, never a crash. (encodeSoap -> decodeSoap
 * round trips for every type, in every output, are the wire table's: test/wires/wire-table.test.ts.)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  SoapEncodeError,
  SoapFault,
  decodeSoap,
  decodeSoapElement,
  encodeSoap,
  parseSoapResponse,
  soapEnvelope,
  wireTypeName,
} from "../catalogue";
import * as bigint from "../golden/bigint";
import { rejectionOf as issuesOf } from "../support/decodeIssues";
import { FIXTURES } from "../support/helpers";
import { START, XmlReader } from "../../generated/runtime/xml";

const capture = (name: string): string => fs.readFileSync(path.join(FIXTURES, "soap", name), "utf8");

const ENVELOPE_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" ' +
  'xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>';
const ENVELOPE_CLOSE = "</soapenv:Body></soapenv:Envelope>";
/** A response as vcsim writes it: the xsi prefix declared again, as `XMLSchema-instance:`, on each typed element. */
function vcsimResponse(method: string, returnvals: string[]): string {
  return `${ENVELOPE_OPEN}<${method}Response xmlns="urn:vim25">${returnvals.join("")}</${method}Response>${ENVELOPE_CLOSE}`;
}
const VCSIM_XSI = 'xmlns:XMLSchema-instance="http://www.w3.org/2001/XMLSchema-instance"';
const EVENT_BASE =
  "<key>42</key><chainId>42</chainId><createdTime>2026-12-01T23:13:25.597413069Z</createdTime><userName></userName>" +
  '<datacenter><name>DC0</name><datacenter type="Datacenter">datacenter-2</datacenter></datacenter>' +
  "<fullFormattedMessage>Tom &amp; Jerry &lt;b&gt;&#34;quoted&#34;&lt;/b&gt; &#39;apos&#39; ü € 😀&#xA;line2&#x9;tab</fullFormattedMessage>";

describe("responses as vcsim and vCenter write them", () => {
  test("QueryEvents with the XMLSchema-instance prefix decodes each event as its own type, text unescaped", () => {
    const xml = vcsimResponse("QueryEvents", [
      `<returnval ${VCSIM_XSI} XMLSchema-instance:type="VmPoweredOnEvent">${EVENT_BASE}` +
        '<vm><name>DC0_H0_VM0</name><vm type="VirtualMachine">vm-60</vm></vm><template>false</template></returnval>',
      `<returnval ${VCSIM_XSI} XMLSchema-instance:type="UserLoginSessionEvent">${EVENT_BASE}` +
        "<ipAddress>127.0.0.1</ipAddress><userAgent>govc</userAgent><locale>en_US</locale><sessionId>52f3</sessionId></returnval>",
    ]);
    const [on, login] = parseSoapResponse("Event", xml);
    expect(on?._typeName).toBe("VmPoweredOnEvent");
    expect(on).toMatchObject({
      key: 42,
      createdTime: "2026-12-01T23:13:25.597413069Z",
      userName: "",
      vm: {
        _typeName: "VmEventArgument",
        name: "DC0_H0_VM0",
        vm: { _typeName: "ManagedObjectReference", type: "VirtualMachine", value: "vm-60" },
      },
      template: false,
      fullFormattedMessage: "Tom & Jerry <b>\"quoted\"</b> 'apos' ü € 😀\nline2\ttab",
    });
    expect(login).toMatchObject({ _typeName: "UserLoginSessionEvent", ipAddress: "127.0.0.1", sessionId: "52f3" });
    expect(wireTypeName(login as { _typeName: string })).toBe("UserLoginSessionEvent");
  });

  test("a real vCenter capture: a MoRef and an ArrayOfManagedObjectReference in untyped slots", () => {
    const [result] = parseSoapResponse("ObjectContent", capture("cluster_host_property.xml"));
    expect(result).toEqual({
      _typeName: "ObjectContent",
      obj: { _typeName: "ManagedObjectReference", type: "ClusterComputeResource", value: "domain-c7" },
      propSet: [
        {
          _typeName: "DynamicProperty",
          name: "parent",
          val: { _typeName: "ManagedObjectReference", type: "Folder", value: "group-h6" },
        },
        {
          _typeName: "DynamicProperty",
          name: "host",
          val: {
            _typeName: "ArrayOfManagedObjectReference",
            _value: ["host-14", "host-17", "host-19", "host-52"].map((value) => ({
              _typeName: "ManagedObjectReference",
              type: "HostSystem",
              value,
            })),
          },
        },
      ],
    });
  });

  test("boxed strings, ArrayOfString, and a NotAuthenticated fault inside missingSet with a self-closed message", () => {
    const [result] = parseSoapResponse("ObjectContent", capture("not_authenticated_fault.xml"));
    expect(result?.propSet?.[0]?.val).toEqual({ _typeName: "string", _value: "en" });
    expect(result?.propSet?.[1]?.val).toEqual({
      _typeName: "ArrayOfString",
      _value: ["ja", "zh_CN", "en", "de", "zh_TW", "ko", "fr"],
    });
    expect(result?.missingSet?.[0]).toMatchObject({
      path: "message",
      fault: {
        _typeName: "LocalizedMethodFault",
        fault: { object: { type: "Folder", value: "group-d1" }, privilegeId: "System.View" },
        localizedMessage: "",
      },
    });
    const wrapper = result?.missingSet?.[0]?.fault as { fault: { _typeName: string } };
    expect(wireTypeName(wrapper.fault)).toBe("NotAuthenticated");
  });

  test("two returnvals are two values; a property's value decodes as the type its xsi:type names", () => {
    const hosts = parseSoapResponse("ObjectContent", capture("hostsystem_list_name_property.xml"));
    const names = hosts.map((h): unknown[] => [h.obj.value, h.propSet?.[0]?.val as unknown]);
    expect(names).toEqual([
      ["host-10", { _typeName: "string", _value: "host-01.example.com" }],
      ["host-30", { _typeName: "string", _value: "host-02.example.com" }],
    ]);
    const [vm] = parseSoapResponse("ObjectContent", capture("pointer_property.xml"));
    expect(vm?.propSet?.[0]?.val).toEqual({
      _typeName: "VirtualMachineBootOptions",
      bootDelay: 0,
      enterBIOSSetup: false,
      bootRetryEnabled: false,
      bootRetryDelay: 10000,
    });
  });

  test("an ArrayOfAnyType holds each item as an untyped value (<anyType xsi:type=...>), and is written back as one", () => {
    const val =
      '<val xsi:type="ArrayOfAnyType"><anyType xsi:type="xsd:int">1</anyType><anyType xsi:type="xsd:string">two</anyType>' +
      '<anyType xsi:type="ManagedObjectReference" type="VirtualMachine">vm-3</anyType>' +
      '<anyType xsi:type="ArrayOfAnyType"><anyType xsi:type="xsd:boolean">true</anyType></anyType></val>';
    const xml = vcsimResponse("RetrievePropertiesEx", [
      `<returnval><obj type="VirtualMachine">vm-1</obj><propSet><name>p</name>${val}</propSet></returnval>`,
    ]);
    const [content] = parseSoapResponse("ObjectContent", xml);
    if (content === undefined) throw new Error("one returnval");
    expect(content.propSet?.[0]?.val).toEqual({
      _typeName: "ArrayOfAnyType",
      _value: [
        { _typeName: "int", _value: 1 },
        { _typeName: "string", _value: "two" },
        { _typeName: "ManagedObjectReference", type: "VirtualMachine", value: "vm-3" },
        { _typeName: "ArrayOfAnyType", _value: [{ _typeName: "boolean", _value: true }] },
      ],
    });
    const written = encodeSoap("ObjectContent", content);
    expect(written).toContain('<val xsi:type="ArrayOfAnyType"><anyType xsi:type="xsd:int">1</anyType>');
    expect(decodeSoap("ObjectContent", written)).toEqual(content);
  });

  test("an empty response (ReadNextEvents at the end) is an empty array", () => {
    expect(
      parseSoapResponse(
        "Event",
        `${ENVELOPE_OPEN}<ReadNextEventsResponse xmlns="urn:vim25"></ReadNextEventsResponse>${ENVELOPE_CLOSE}`,
      ),
    ).toEqual([]);
  });

  test("untyped values by their xsi:type: int, long, boolean, dateTime, double, base64, enum boxes", () => {
    const arg = (type: string, text: string): string =>
      `<arguments><key>k</key><value ${VCSIM_XSI} XMLSchema-instance:type="${type}">${text}</value></arguments>`;
    const xml = vcsimResponse("QueryEvents", [
      `<returnval ${VCSIM_XSI} XMLSchema-instance:type="EventEx">${EVENT_BASE}<eventTypeId>com.example</eventTypeId>` +
        [
          arg("xsd:int", "42"),
          arg("xsd:long", " 9007199254740991 "),
          arg("xsd:boolean", "1"),
          arg("xsd:dateTime", "2026-12-01T23:13:25.4914747+02:00"),
          arg("xsd:double", "1.5E3"),
          arg("xsd:short", "-7"),
          arg("xsd:base64Binary", "aGVs\nbG8="),
          arg("ManagedEntityStatus", "green"),
          arg("ArrayOfInt", "<int>1</int><int>2</int>"),
        ].join("") +
        "</returnval>",
    ]);
    const [event] = parseSoapResponse("Event", xml);
    expect((event as { arguments?: { value: unknown }[] }).arguments?.map((a) => a.value)).toEqual([
      { _typeName: "int", _value: 42 },
      { _typeName: "long", _value: 9007199254740991 },
      { _typeName: "boolean", _value: true },
      { _typeName: "dateTime", _value: "2026-12-01T23:13:25.4914747+02:00" },
      { _typeName: "double", _value: 1500 },
      { _typeName: "short", _value: -7 },
      { _typeName: "base64Binary", _value: "aGVsbG8=" },
      { _typeName: "ManagedEntityStatus", _value: "green" },
      { _typeName: "ArrayOfInt", _value: [1, 2] },
    ]);
  });

  test("an event of a type no schema declares decodes as its nearest base, its name kept; or is rejected", () => {
    const xml = vcsimResponse("QueryEvents", [
      `<returnval ${VCSIM_XSI} XMLSchema-instance:type="VmFromTheFutureEvent">${EVENT_BASE}<vm><name>x</name><vm type="VirtualMachine">vm-1</vm></vm><warp>9</warp></returnval>`,
    ]);
    const [event] = parseSoapResponse("Event", xml);
    expect(event?._typeName).toBe("Event");
    expect(wireTypeName(event as { _typeName: string })).toBe("VmFromTheFutureEvent");
    expect(issuesOf(() => parseSoapResponse("Event", xml, { unknownTypes: "reject" }))[0]?.path).toBe("$[0]._typeName");
    expect(issuesOf(() => parseSoapResponse("Event", xml, { unknownMembers: "reject" })).map((i) => i.path)).toEqual(
      expect.arrayContaining(["$[0].warp"]),
    );
  });
});

describe("faults", () => {
  test("an InvalidLogin fault is a SoapFault carrying its code, string and typed detail", () => {
    let caught: unknown;
    try {
      parseSoapResponse("UserSession", capture("fault_test-InvalidLogin.xml"));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SoapFault);
    const fault = caught as SoapFault<{ _typeName: string }>;
    expect(fault.faultcode).toBe("ServerFaultCode");
    expect(fault.faultstring).toBe("Cannot complete login due to an incorrect user name or password.");
    expect(fault.detail?._typeName).toBe("InvalidLogin");
    expect(fault.message).toBe("InvalidLogin: Cannot complete login due to an incorrect user name or password.");
  });

  test("a fault's fields are decoded, and a detail without xsi:type is named by its element", () => {
    const xml =
      `${ENVELOPE_OPEN}<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring></faultstring><detail>` +
      '<InvalidPowerStateFault xmlns="urn:vim25"><requestedState>poweredOn</requestedState><existingState>poweredOff</existingState></InvalidPowerStateFault>' +
      `</detail></soapenv:Fault>${ENVELOPE_CLOSE}`;
    let caught: unknown;
    try {
      parseSoapResponse("Event", xml);
    } catch (error) {
      caught = error;
    }
    const fault = caught as SoapFault<Record<string, unknown> & { _typeName: string }>;
    expect(fault).toBeInstanceOf(SoapFault);
    expect(wireTypeName(fault.detail as { _typeName: string })).toBe("InvalidPowerState");
    expect(fault.detail).toMatchObject({ requestedState: "poweredOn", existingState: "poweredOff" });
    expect(fault.message).toContain("ServerFaultCode");
  });
});

describe("text rules", () => {
  const event = (inner: string, type = "UserLogoutSessionEvent"): string =>
    vcsimResponse("QueryEvents", [`<returnval ${VCSIM_XSI} XMLSchema-instance:type="${type}">${inner}</returnval>`]);
  const base = (key: string, created = "2026-12-01T23:13:25Z"): string =>
    `<key>${key}</key><chainId>1</chainId><createdTime>${created}</createdTime><userName>u</userName>`;

  test("bad numbers, booleans and dates are issues at their paths, all of them", () => {
    const xml = event(
      `${base("x", "yesterday")}<ipAddress>1</ipAddress><callCount>1.5</callCount><sessionId>s</sessionId>`,
    );
    expect(issuesOf(() => parseSoapResponse("Event", xml)).map((i) => i.path)).toEqual(
      expect.arrayContaining(["$[0].key", "$[0].createdTime", "$[0].callCount"]),
    );
  });

  test("an int64 past 2^53 is never rounded: an issue in number mode, exact in bigint mode", () => {
    const xml = event(`${base("1")}<callCount>9007199254740993</callCount>`);
    const [issue] = issuesOf(() => parseSoapResponse("Event", xml));
    expect(issue).toEqual({ path: "$[0].callCount", message: expect.stringContaining("9007199254740993 is beyond") });
    const [exact] = bigint.parseSoapResponse("Event", xml);
    expect((exact as { callCount?: bigint }).callCount).toBe(9007199254740993n);
  });

  test("booleans take true|false|1|0; an int32 out of range is an issue", () => {
    const vm = (template: string, key = "1"): string =>
      event(
        `${base(key)}<vm><name>v</name><vm type="VirtualMachine">vm-1</vm></vm><template>${template}</template>`,
        "VmPoweredOnEvent",
      );
    expect(parseSoapResponse("Event", vm(" 0 "))[0]).toMatchObject({ template: false });
    expect(issuesOf(() => parseSoapResponse("Event", vm("yes")))[0]?.path).toBe("$[0].template");
    expect(issuesOf(() => parseSoapResponse("Event", vm("true", "2147483648")))[0]?.path).toBe("$[0].key");
  });

  test("CDATA is text, comments are nothing, CRLF is LF, a self-closed string is the empty string", () => {
    const xml = event(
      `${base("1")}<!-- c --><ipAddress><![CDATA[<a&b>]]></ipAddress><userAgent>a\r\nb</userAgent><locale/>`,
    );
    expect(parseSoapResponse("Event", xml)[0]).toMatchObject({ ipAddress: "<a&b>", userAgent: "a\nb", locale: "" });
  });

  test("an attribute's value is normalised as XML says: a CRLF is one line end, so one space, as a tab or LF is", () => {
    const reader = new XmlReader('<a x="1\r\n2\t3\n4\r5"/>');
    expect(reader.next()).toBe(START);
    expect(reader.tag.attributes).toEqual(["", "x", "1 2 3 4 5"]);
  });

  test('xsi:nil="true" is no value: an optional member is absent (not ""), a required one missing', () => {
    const [read] = parseSoapResponse(
      "Event",
      event(`${base("1")}<ipAddress xsi:nil="true"/><callCount xsi:nil="1"></callCount>`),
    );
    expect(read).not.toHaveProperty("ipAddress");
    expect(read).not.toHaveProperty("callCount");
    const missing = `<key>1</key><chainId>1</chainId><createdTime xsi:nil="true"/><userName>u</userName>`;
    expect(issuesOf(() => parseSoapResponse("Event", event(missing)))).toEqual([
      { path: "$[0].createdTime", message: expect.stringContaining("required field is missing") as unknown },
    ]);
  });

  test("a member repeated where the schema says one is an issue; an unknown enum value follows its policy", () => {
    expect(issuesOf(() => parseSoapResponse("Event", event(`${base("1")}<userName>v</userName>`)))[0]?.path).toBe(
      "$[0].userName",
    );
    const state = (s: string): string =>
      vcsimResponse("X", [
        `<returnval><key>task-1</key><task type="Task">task-1</task><descriptionId>d</descriptionId><state>${s}</state><cancelled>false</cancelled><cancelable>false</cancelable><reason ${VCSIM_XSI} XMLSchema-instance:type="TaskReasonUser"><userName>u</userName></reason><queueTime>2026-12-01T23:13:25Z</queueTime><eventChainId>1</eventChainId></returnval>`,
      ]);
    expect(parseSoapResponse("TaskInfo", state("someday"))[0]?.state).toBe("someday");
    expect(issuesOf(() => parseSoapResponse("TaskInfo", state(""), { unknownEnumValues: "reject" }))[0]?.path).toBe(
      "$[0].state",
    );
  });
});

describe("hostile and malformed XML is a DecodeError, never a crash", () => {
  const cases: [string, string, RegExp][] = [
    [
      "a DOCTYPE",
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${ENVELOPE_OPEN}${ENVELOPE_CLOSE}`,
      /DOCTYPE is not accepted/,
    ],
    [
      "an entity bomb",
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>',
      /DOCTYPE is not accepted/,
    ],
    ["an external entity", '<!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>', /DOCTYPE/],
    ["an undeclared entity", vcsimResponse("Q", ["<returnval><key>&lol;</key></returnval>"]), /unknown entity &lol;/],
    ["truncation", vcsimResponse("Q", ["<returnval><key>1</key>"]).slice(0, -40), /ends before|not closed/],
    ["a mismatched end tag", vcsimResponse("Q", ["<returnval><key>1</chainId></returnval>"]), /closes <key>/],
    [
      "an unbound element prefix",
      vcsimResponse("Q", ["<returnval><v:key>1</v:key></returnval>"]),
      /prefix v .* not declared/,
    ],
    [
      "an unbound attribute prefix",
      vcsimResponse("Q", ['<returnval q:type="Event"></returnval>']),
      /prefix q .* not declared/,
    ],
    [
      "the wrong envelope namespace",
      '<soapenv:Envelope xmlns:soapenv="urn:other"><soapenv:Body/></soapenv:Envelope>',
      /SOAP Envelope/,
    ],
    ["a NUL character", vcsimResponse("Q", ["<returnval><key>\u0000</key></returnval>"]), /U\+0000/],
    ["a character reference to NUL", vcsimResponse("Q", ["<returnval><key>&#0;</key></returnval>"]), /cannot hold/],
    ["a bare ampersand", vcsimResponse("Q", ["<returnval><userName>a & b</userName></returnval>"]), /&amp;/],
    ["a duplicate attribute", vcsimResponse("Q", ['<returnval a="1" a="2"></returnval>']), /appears twice/],
    ["two roots", `${vcsimResponse("Q", [])}<x/>`, /second element|after the document/],
    ["not XML at all", '{"_typeName":"Event"}', /text outside|no element/],
    ["nothing", "", /no element/],
    [
      "deep nesting",
      vcsimResponse("Q", [`<returnval>${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</returnval>`]),
      /nested more than 256/,
    ],
  ];
  test.each(cases)("%s", (_, xml, message) => {
    const issues = issuesOf(() => parseSoapResponse("Event", xml));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("$");
    expect(issues[0]?.message).toMatch(message);
    expect(issues[0]?.message).toMatch(/line \d+, column \d+/);
  });

  test("bytes that are not UTF-8 are one issue", () => {
    expect(
      issuesOf(() => parseSoapResponse("Event", new Uint8Array([0x3c, 0xff, 0xfe]))).map((i) => i.message),
    ).toEqual(["the body is not valid UTF-8"]);
  });

  test("an element named __proto__ is an own member, never the prototype", () => {
    const xml = vcsimResponse("Q", [
      `<returnval ${VCSIM_XSI} XMLSchema-instance:type="UserLogoutSessionEvent"><key>1</key><chainId>1</chainId><createdTime>2026-12-01T23:13:25Z</createdTime><userName>u</userName><__proto__><polluted>yes</polluted></__proto__></returnval>`,
    ]);
    const [event] = parseSoapResponse("Event", xml);
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(event, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("decodeSoapElement and decodeSoap", () => {
  test("a fragment without namespaces, named after its type (the Knative source's XML data)", () => {
    const xml =
      "<UserLoginSessionEvent><key>8570</key><chainId>8570</chainId><createdTime>2026-12-01T23:13:25.594Z</createdTime>" +
      "<userName>VSPHERE.LOCAL\\Administrator</userName><ipAddress>10.0.0.1</ipAddress><userAgent>Mozilla</userAgent>" +
      "<locale>en</locale><sessionId>52c0</sessionId></UserLoginSessionEvent>";
    expect(decodeSoapElement(xml)).toMatchObject({
      _typeName: "UserLoginSessionEvent",
      key: 8570,
      userName: "VSPHERE.LOCAL\\Administrator",
    });
    expect(decodeSoap("Event", xml)._typeName).toBe("Event");
    expect(issuesOf(() => decodeSoapElement("<NoSuchEvent><key>1</key></NoSuchEvent>"))[0]?.message).toMatch(
      /does not name a type/,
    );
  });
});

describe("encodeSoap", () => {
  const event = {
    _typeName: "UserLogoutSessionEvent" as const,
    key: 1,
    chainId: 1,
    createdTime: "2026-12-01T23:13:25Z",
    userName: "</userName><injected>x</injected>&\r\n\"'",
    datacenter: {
      _typeName: "DatacenterEventArgument" as const,
      name: "DC0",
      datacenter: { _typeName: "ManagedObjectReference" as const, type: 'a"b<c', value: "dc-1" },
    },
  };

  test("no text can break out of its element, and the XML reads back to the same value", () => {
    const xml = encodeSoap("Event", event);
    expect(xml).not.toContain("<injected>");
    expect(xml.startsWith('<Event xmlns="urn:vim25"')).toBe(true);
    expect(xml).toContain('xsi:type="UserLogoutSessionEvent"');
    expect(decodeSoap("Event", xml)).toEqual(event);
  });

  test("members are written in WSDL order, inherited first", () => {
    const xml = encodeSoap("Event", { ...event, sessionId: "s", callCount: 3, ipAddress: "::1" });
    const order = [...xml.matchAll(/<(\w+)[ >]/g)].map((m) => m[1]);
    expect(order.slice(0, 9)).toEqual([
      "Event",
      "key",
      "chainId",
      "createdTime",
      "userName",
      "datacenter",
      "name",
      "datacenter",
      "ipAddress",
    ]);
    expect(order.indexOf("callCount")).toBeGreaterThan(order.indexOf("ipAddress"));
  });

  test("a character XML cannot hold is a SoapEncodeError naming its path", () => {
    expect(() => encodeSoap("Event", { ...event, userName: "a\u0000b" })).toThrow(SoapEncodeError);
    expect(() => encodeSoap("Event", { ...event, userName: "a\u0000b" })).toThrow(/^\$\.userName: U\+0000/);
  });

  test("a value decoded from a newer server's type is written with that type's name, at every depth, and reads back", () => {
    const info =
      '<info><key>task-1</key><task type="Task">task-1</task><descriptionId>d</descriptionId><state>success</state>' +
      '<cancelled>false</cancelled><cancelable>false</cancelable><reason xsi:type="TaskReasonFromTheFuture">' +
      "<userName>u</userName></reason><queueTime>2026-12-01T23:13:25Z</queueTime><eventChainId>1</eventChainId></info>";
    const xml = vcsimResponse("QueryEvents", [
      `<returnval xsi:type="VmFromTheFutureEvent">${EVENT_BASE}<warp>9</warp></returnval>`,
      `<returnval xsi:type="TaskEvent">${EVENT_BASE}${info}</returnval>`,
    ]);
    const [future, task] = parseSoapResponse("Event", xml);
    if (future === undefined || task === undefined) throw new Error("two events");
    const reason = (task as { info: { reason: { _typeName: string } } }).info.reason;
    expect([future._typeName, reason._typeName]).toEqual(["Event", "TaskReason"]);
    const written = [encodeSoap("Event", future), encodeSoap("Event", task)];
    expect(written[0]).toContain('xsi:type="VmFromTheFutureEvent"');
    expect(written[1]).toContain('<reason xsi:type="TaskReasonFromTheFuture">');
    const back = written.map((x) => decodeSoap("Event", x));
    expect(back).toEqual([future, task]);
    expect(wireTypeName(back[0] as { _typeName: string })).toBe("VmFromTheFutureEvent");
  });

  test("soapEnvelope writes a request vcsim and vCenter accept", () => {
    const xml = soapEnvelope("Login", { type: "SessionManager", value: "SessionManager" }, [
      ["userName", "xsd:string", "user<&>"],
      ["password", "xsd:string", "pa]]>ss"],
    ]);
    expect(xml).toContain('<Login xmlns="urn:vim25"><_this type="SessionManager">SessionManager</_this>');
    expect(xml).toContain("<userName>user&lt;&amp;&gt;</userName><password>pa]]&gt;ss</password></Login>");
  });
});
