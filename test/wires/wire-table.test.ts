/**
 * Every wire of every output (test/support/wireTable.ts: VI JSON, govmomi JSON, SOAP XML, CloudEvents structured and
 * binary; test/catalogue/, the whole API in generated/ and the golden outputs of the other representation options), held to the same properties with
 * fast-check: each value the wire can carry survives being written and read back; a form with any of its text
 * changed is read or refused with a DecodeError, never a crash; and a member no schema declares follows the one
 * unknown-members rule (kept, stripped, or an issue at its path) on every wire.
 */
import fc from "fast-check";
import * as path from "node:path";
import * as defaults from "../catalogue";
import * as whole from "../../generated";
import { stringifyJson } from "../../generated/runtime/runtime";
import type { Model } from "../../src/model/ir";
import { resolveOptions, type CodeOptions } from "../../src/options";
import { loadModel } from "../../src/pipeline";
import * as bigint from "../golden/bigint";
import * as bigintDate from "../golden/bigint-date";
import * as date from "../golden/date";
import { wireValue } from "../support/arbitraries";
import { BUNDLED_SCHEMAS, CATALOGUE_OUT, CATALOGUE_SCHEMAS, REPO, SESSION_SCHEMAS } from "../support/helpers";
import { expectEqual, wiresOf, type WireApi, type WireUnderTest } from "../support/wireTable";

/** The whole catalogue for test/catalogue/; the golden outputs of the other modes hold the SessionEvent family. */
const catalogue = loadModel({ schemaDirs: [CATALOGUE_SCHEMAS], outDir: CATALOGUE_OUT });
/** The whole API (generated/): its modules split by family, each wire's tables and entry points spread over parts. */
const wholeApi = loadModel({ schemaDirs: [BUNDLED_SCHEMAS], outDir: path.join(REPO, "generated") });
const sessionFamily = loadModel({ schemaDirs: [SESSION_SCHEMAS], outDir: path.join(REPO, "test/golden/bigint") });

const OUTPUTS: [string, Partial<CodeOptions>, WireApi, Model, number][] = [
  ["every type, int64=number dateTime=string", {}, defaults as unknown as WireApi, catalogue, 2000],
  ["the whole API, int64=number dateTime=string", {}, whole as unknown as WireApi, wholeApi, 300],
  ["SessionEvent family, int64=bigint", { int64: "bigint" }, bigint as unknown as WireApi, sessionFamily, 300],
  ["SessionEvent family, dateTime=Date", { dateTime: "Date" }, date as unknown as WireApi, sessionFamily, 300],
  [
    "SessionEvent family, both",
    { int64: "bigint", dateTime: "Date" },
    bigintDate as unknown as WireApi,
    sessionFamily,
    500,
  ],
];

const TABLE = OUTPUTS.flatMap(([label, given, api, model, runs]) =>
  wiresOf(api, model).map((wire): [string, WireUnderTest, WireApi, Model, CodeOptions, number] => [
    `${wire.name}, ${label}`,
    wire,
    api,
    model,
    resolveOptions(given),
    runs,
  ]),
);

/** The issues a read raised, or undefined when it read the form; anything but the output's DecodeError fails the test. */
function issuesOfRead(api: WireApi, read: () => unknown): { readonly path: string }[] | undefined {
  try {
    read();
    return undefined;
  } catch (error) {
    if (error instanceof api.DecodeError) return [...error.issues];
    throw error;
  }
}

describe.each(TABLE)("%s", (_, wire, api, model, options, runs) => {
  /** Values of the wire's root type, in VI JSON's wire form, that the wire can carry. */
  const carriable = wireValue(model, wire.root, options)
    .map((w) => wire.carriable(w as Record<string, unknown>))
    .filter((w): w is Record<string, unknown> => w !== false);
  const decoded = (w: Record<string, unknown>): Record<string, unknown> =>
    api.parseDynamicData(stringifyJson(w)) as Record<string, unknown>;

  test("every value the wire can carry survives being written and read back", () => {
    fc.assert(
      fc.property(carriable, (w) => {
        const value = decoded(w);
        const back = wire.read(wire.write(value), String(value["_typeName"]));
        expectEqual(wire.carried(back), wire.carried(value));
      }),
      { numRuns: runs, seed: 11 },
    );
  });

  test("a form with any of its text cut, repeated or replaced is read or refused with a DecodeError, never a crash", () => {
    const change = fc.oneof(
      fc.nat().map((at) => (text: string) => text.slice(0, at % (text.length + 1))),
      fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (text: string) => {
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        return text.slice(0, to) + text.slice(from);
      }),
      fc.tuple(fc.nat(), fc.string({ maxLength: 6, unit: "binary" })).map(([at, junk]) => (text: string) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + junk + text.slice(i + junk.length);
      }),
    );
    fc.assert(
      fc.property(carriable, change, (w, f) => {
        const value = decoded(w);
        const form = wire.changed(wire.write(value), f);
        issuesOfRead(api, () => wire.read(form, String(value["_typeName"])));
      }),
      { numRuns: runs, seed: 12 },
    );
  });
});

const event = {
  _typeName: "UserLogoutSessionEvent",
  key: 1,
  chainId: 1,
  createdTime: "2024-05-01T10:30:00Z",
  userName: "root",
};

describe.each(wiresOf(defaults as unknown as WireApi, catalogue).map((w): [string, WireUnderTest] => [w.name, w]))(
  "%s: a member no schema declares",
  (_, wire) => {
    const value = (defaults as unknown as WireApi).parseDynamicData(JSON.stringify(event)) as Record<string, unknown>;
    const form = wire.withMember(wire.write(value), "vendorNote", "from a newer server");
    const read = (unknownMembers: "keep" | "strip" | "reject"): unknown =>
      wire.read(form, "UserLogoutSessionEvent", { unknownMembers });

    test("is kept by default and with keep, as its text", () => {
      expect(wire.read(form, "UserLogoutSessionEvent")).toMatchObject({ vendorNote: "from a newer server" });
      expect(read("keep")).toMatchObject({ ...(wire.carried(value) as object), vendorNote: "from a newer server" });
    });

    test("is dropped with strip, and nothing else is", () => {
      expect(read("strip")).toEqual(wire.carried(value));
    });

    test("is one issue at its path with reject", () => {
      const issues = issuesOfRead(defaults as unknown as WireApi, () => read("reject"));
      expect(issues).toHaveLength(1);
      expect(issues?.[0]?.path).toMatch(/\.vendorNote$/);
    });
  },
);
