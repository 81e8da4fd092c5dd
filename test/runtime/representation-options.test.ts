/** The representation options: int64 as bigint, date-time as Date, parse and stringify, encoders. */
import * as defaults from "../catalogue";
import * as bigint from "../golden/bigint";
import * as date from "../golden/date";
import * as both from "../golden/bigint-date";
import { issuesOf } from "../support/decodeIssues";

const event = (members: string): string =>
  `{"_typeName":"UserLogoutSessionEvent","key":1,"chainId":1,"createdTime":"2024-05-01T10:30:00Z","userName":"root"${members}}`;

describe("int64 as bigint", () => {
  test("parseT reads every digit; stringifyT writes them back", () => {
    const text = event(',"callCount":9007199254740993');
    const parsed = bigint.parseUserLogoutSessionEvent(text);
    expect(parsed.callCount).toBe(9007199254740993n);
    expect(bigint.stringifyUserLogoutSessionEvent(parsed)).toBe(text);
    expect(bigint.isUserLogoutSessionEvent(parsed)).toBe(true);
  });

  test.each([
    [
      '"callCount":9223372036854775808',
      "an int64 (an integer from -9223372036854775808 to 9223372036854775807), got 9223372036854775808n",
    ],
    [
      '"callCount":-9223372036854775809',
      "an int64 (an integer from -9223372036854775808 to 9223372036854775807), got -9223372036854775809n",
    ],
    ['"callCount":1.5', "expected an int64 written as a plain integer, got 1.5 (a fraction or an exponent)"],
    ['"callCount":1e3', "expected an int64 written as a plain integer, got 1e3 (a fraction or an exponent)"],
    ['"callCount":"5"', 'expected an int64 (an integer), got the string "5"'],
  ])("rejects %s at its path", (member, message) => {
    expect(issuesOf(() => bigint.parseUserLogoutSessionEvent(event(`,${member}`)))).toEqual([
      { path: "$.callCount", message: expect.stringContaining(message) },
    ]);
  });

  test("the extremes are accepted", () => {
    expect(bigint.parseUserLogoutSessionEvent(event(',"callCount":-9223372036854775808')).callCount).toBe(-(2n ** 63n));
    expect(bigint.parseUserLogoutSessionEvent(event(',"callCount":9223372036854775807')).callCount).toBe(
      2n ** 63n - 1n,
    );
  });

  test("decodeT takes JSON.parse output (safe integers) and bigints, and explains a rounded value", () => {
    expect(bigint.decodeUserLogoutSessionEvent(JSON.parse(event(',"callCount":42'))).callCount).toBe(42n);
    expect(bigint.decodeUserLogoutSessionEvent({ ...JSON.parse(event("")), callCount: 2n ** 62n }).callCount).toBe(
      2n ** 62n,
    );
    expect(
      issuesOf(() => bigint.decodeUserLogoutSessionEvent(JSON.parse(event(',"callCount":9007199254740993')))),
    ).toEqual([{ path: "$.callCount", message: expect.stringContaining("read the JSON text with parseT") }]);
  });

  test("in number mode parseT exists too, and an unsafe value stays an error naming the bigint option", () => {
    expect(issuesOf(() => defaults.parseUserLogoutSessionEvent(event(',"callCount":9007199254740993')))).toEqual([
      { path: "$.callCount", message: expect.stringContaining('int64 "bigint" option') },
    ]);
    expect(defaults.parseUserLogoutSessionEvent(event(',"callCount":42')).callCount).toBe(42);
  });

  test("a long boxed in an untyped slot keeps its digits too", () => {
    expect(bigint.parseAny('{"_typeName":"long","_value":9007199254740993}')).toEqual({
      _typeName: "long",
      _value: 9007199254740993n,
    });
  });
});

describe("JSON text", () => {
  test("syntax errors are one issue at $ with the offset", () => {
    expect(issuesOf(() => defaults.parseUserLogoutSessionEvent('{"key": 1,}'))).toEqual([
      { path: "$", message: "invalid JSON at offset 10: expected a member name in double quotes" },
    ]);
    expect(issuesOf(() => defaults.parseEvent("[1, 2"))).toEqual([
      { path: "$", message: "invalid JSON at offset 5: expected ',' or ']'" },
    ]);
  });

  test("__proto__ in text stays a plain member", () => {
    const parsed = defaults.parseEvent(event(',"__proto__":{"polluted":true}')) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(parsed, "__proto__")).toBe(true);
  });

  test("an integer written with a fraction JSON.parse rounds away (0.99999999999999999999, 1e-400) is refused in either mode", () => {
    const message = (written: string, read: string): string =>
      `expected an integer, got ${written} (JSON.parse would read it as ${read})`;
    expect(issuesOf(() => defaults.parseUserLogoutSessionEvent(event(',"callCount":0.99999999999999999999')))).toEqual([
      { path: "$.callCount", message: message("0.99999999999999999999", "1") },
    ]);
    expect(issuesOf(() => defaults.parseUserLogoutSessionEvent(event(',"callCount":1e-400')))).toEqual([
      { path: "$.callCount", message: message("1e-400", "0") },
    ]);
    const int32 = event("").replace('"key":1', '"key":2147483647.0000001');
    for (const parse of [defaults.parseUserLogoutSessionEvent, bigint.parseUserLogoutSessionEvent])
      expect(issuesOf(() => parse(int32))).toEqual([
        { path: "$.key", message: message("2147483647.0000001", "2147483647") },
      ]);
    expect(issuesOf(() => defaults.parseEventArray(`[${event("")},${int32},${int32}]`)).map((i) => i.path)).toEqual([
      "$[1].key",
      "$[2].key",
    ]);
    expect(issuesOf(() => defaults.parseAny('{"_typeName":"int","_value":-0.99999999999999999999}'))).toEqual([
      { path: "$._value", message: message("-0.99999999999999999999", "-1") },
    ]);
    // Other problems are reported beside it, each once.
    expect(
      issuesOf(() =>
        defaults.parseUserLogoutSessionEvent(event(',"callCount":0.99999999999999999999').replace('"root"', "7")),
      ),
    ).toEqual([
      { path: "$.userName", message: expect.stringContaining("got 7") as unknown },
      { path: "$.callCount", message: message("0.99999999999999999999", "1") },
    ]);
  });

  test("what JSON.parse reads exactly stays accepted: 1.0 and 1e3 for an integer in number mode, any fraction for a double", () => {
    const parsed = defaults.parseUserLogoutSessionEvent(event(',"callCount":1e3').replace('"key":1', '"key":1.0'));
    expect([parsed.key, parsed.callCount]).toEqual([1, 1000]);
    expect(defaults.parseAny('{"_typeName":"double","_value":0.99999999999999999999}')).toEqual({
      _typeName: "double",
      _value: 1,
    });
    // Digits in a string are no number.
    const named = defaults.parseUserLogoutSessionEvent(
      event(',"callCount":3').replace("root", "0.99999999999999999999"),
    );
    expect(named).toMatchObject({ userName: "0.99999999999999999999", callCount: 3 });
  });

  test("parseTArray reads a QueryEvents result with exact int64s", () => {
    const events = bigint.parseEventArray(`[${event(',"callCount":9007199254740993')},${event("")}]`);
    expect(events.map((e) => (e._typeName === "UserLogoutSessionEvent" ? e.callCount : undefined))).toEqual([
      9007199254740993n,
      undefined,
    ]);
  });
});

describe("date-time as Date", () => {
  test("decoders return Date; digits below the millisecond are dropped from the Date but kept for re-encoding", () => {
    const text = event(',"loginTime":"2024-05-01T12:00:00.123456+02:00"');
    const parsed = date.parseUserLogoutSessionEvent(text);
    expect(parsed.createdTime).toBeInstanceOf(Date);
    expect(parsed.loginTime?.toISOString()).toBe("2024-05-01T10:00:00.123Z");
    expect(date.dateTimeText(parsed.loginTime as Date)).toBe("2024-05-01T12:00:00.123456+02:00");
    expect(date.stringifyUserLogoutSessionEvent(parsed)).toBe(text);
  });

  test("a Date changed after decoding is written as RFC 3339 UTC with milliseconds", () => {
    const parsed = date.parseUserLogoutSessionEvent(event(',"loginTime":"2024-05-01T12:00:00.123456+02:00"'));
    parsed.loginTime?.setTime(Date.UTC(2025, 0, 2, 3, 4, 5, 6));
    expect(date.encodeUserLogoutSessionEvent(parsed)["loginTime"]).toBe("2025-01-02T03:04:05.006Z");
  });

  test("invalid dates are still errors, and guards want a representable Date", () => {
    expect(
      issuesOf(() => date.parseUserLogoutSessionEvent(event(',"loginTime":"2024-02-30T00:00:00Z"'))).map((i) => i.path),
    ).toEqual(["$.loginTime"]);
    const parsed = date.parseUserLogoutSessionEvent(event(""));
    expect(date.isUserLogoutSessionEvent(parsed)).toBe(true);
    expect(date.isUserLogoutSessionEvent({ ...parsed, createdTime: new Date(NaN) })).toBe(false);
    expect(date.isUserLogoutSessionEvent({ ...parsed, createdTime: "2024-05-01T10:30:00Z" })).toBe(false);
  });

  test("a valid text whose instant falls outside the years 0000 to 9999 in UTC is an error, not a Date the guard refuses", () => {
    for (const edge of ["0000-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"]) {
      const text = event("").replace("2024-05-01T10:30:00Z", edge);
      expect(issuesOf(() => date.parseUserLogoutSessionEvent(text))).toEqual([
        {
          path: "$.createdTime",
          message: `expected a date-time between the years 0000 and 9999 in UTC, got "${edge}"`,
        },
      ]);
    }
    const first = date.parseUserLogoutSessionEvent(event("").replace("2024-05-01T10:30:00Z", "0000-01-01T00:00:00Z"));
    expect(date.isUserLogoutSessionEvent(first)).toBe(true);
  });

  test("years 0001 and 9999 survive; early years are not shifted to the 1900s", () => {
    const early = date.parseUserLogoutSessionEvent(event("").replace("2024-05-01T10:30:00Z", "0042-01-01T00:00:00Z"));
    expect(early.createdTime.getUTCFullYear()).toBe(42);
    expect(
      both.parseEvent(event("").replace("2024-05-01T10:30:00Z", "9999-12-31T23:59:59.999999Z")).createdTime.getTime(),
    ).toBe(253402300799999);
  });
});

describe("a long in an untyped slot holds what an int64 field holds in the output", () => {
  test("number mode: a bigint is refused by the guard and the decoder alike, with options or without", () => {
    const long = { _typeName: "long", _value: 2n ** 60n };
    expect(defaults.isAnyValue(long)).toBe(false);
    expect(issuesOf(() => defaults.decodeAny(long)).map((i) => i.path)).toEqual(["$._value"]);
    expect(issuesOf(() => defaults.decodeAny(long, {})).map((i) => i.path)).toEqual(["$._value"]);
  });

  test("bigint mode: a number is read into a bigint, not passed through as it came", () => {
    expect(bigint.isAnyValue({ _typeName: "long", _value: 5 })).toBe(false);
    expect(bigint.isAnyValue({ _typeName: "long", _value: 5n })).toBe(true);
    expect(bigint.decodeAny({ _typeName: "long", _value: 5 })).toEqual({ _typeName: "long", _value: 5n });
  });
});

describe("encoders", () => {
  test("every object gets its _typeName, unknown members are kept, and a newer server's type keeps its name", () => {
    const decoded = defaults.decodeEvent({
      _typeName: "EventEx",
      key: 1,
      chainId: 1,
      createdTime: "2024-05-01T10:30:00Z",
      userName: "root",
      eventTypeId: "x",
      datacenter: { name: "DC0", datacenter: { type: "Datacenter", value: "datacenter-3" } },
    });
    const wire = defaults.encodeEvent(decoded);
    expect(wire._typeName).toBe("EventEx");
    expect(wire["eventTypeId"]).toBe("x");
    expect(wire["datacenter"]).toEqual({
      _typeName: "DatacenterEventArgument",
      name: "DC0",
      datacenter: { _typeName: "ManagedObjectReference", type: "Datacenter", value: "datacenter-3" },
    });
  });

  test("in bigint and Date mode the wire form holds the bigint and the RFC 3339 text", () => {
    const parsed = both.parseUserLogoutSessionEvent(
      event(',"callCount":9223372036854775807,"loginTime":"2024-05-01T10:00:00Z"'),
    );
    const wire = both.encodeUserLogoutSessionEvent(parsed);
    expect(wire["callCount"]).toBe(9223372036854775807n);
    expect(wire["loginTime"]).toBe("2024-05-01T10:00:00Z");
    expect(both.decodeUserLogoutSessionEvent(wire)).toEqual(parsed);
  });
});
