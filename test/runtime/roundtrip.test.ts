/**
 * Round trips, proven with fast-check over values generated from the schema model, in every combination
 * of the representation options (the default in test/catalogue/, the others in test/golden/):
 * for any valid wire text, stringifyT(parseT(text)) is JSON-equal to it; for any value v,
 * decodeT(encodeT(v)) deep-equals v. (Every wire's own round trip, in every output: test/wires/wire-table.test.ts.)
 */
import fc from "fast-check";
import * as path from "node:path";
import { loadModel } from "../../src/pipeline";
import type { Model } from "../../src/model/ir";
import { resolveOptions, type CodeOptions } from "../../src/options";
import { CATALOGUE_OUT, CATALOGUE_SCHEMAS, REPO, SESSION_SCHEMAS } from "../support/helpers";
import { wireValue } from "../support/arbitraries";
import { expectEqual } from "../support/wireTable";
import * as defaults from "../catalogue";
import { stringifyJson } from "../../generated/runtime/runtime";
import * as bigint from "../golden/bigint";
import * as date from "../golden/date";
import * as bigintDate from "../golden/bigint-date";

/**
 * Runs per property. The whole catalogue takes 5,000: each run up to the last still reached code of its output that
 * none before had (block coverage of test/catalogue/ and the run time, measured with V8's precise coverage). The
 * SessionEvent family's 22 types reached all of theirs within 200 runs in every mode, and one type's values all of
 * theirs within 50: 1,000 each, five times that.
 */
const CATALOGUE_RUNS = 5_000;
const FAMILY_RUNS = 1_000;

/** The whole catalogue for test/catalogue/; the golden outputs of the other modes hold the SessionEvent family. */
const catalogue = loadModel({ schemaDirs: [CATALOGUE_SCHEMAS], outDir: CATALOGUE_OUT });
const sessionFamily = loadModel({ schemaDirs: [SESSION_SCHEMAS], outDir: path.join(REPO, "test/golden/bigint") });

/** JSON text with every number token turned into a tagged string, so that comparing loses no digit. */
function exactJson(text: string): unknown {
  return sortKeys(
    JSON.parse(
      text.replace(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, (token) =>
        token.startsWith('"')
          ? token
          : JSON.stringify(`#${/^-?\d+$/.test(token) ? BigInt(token).toString() : Number(token)}`),
      ),
    ),
  );
}

/** A copy with object keys sorted, so that two JSON texts compare as strings regardless of member order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, sortKeys(record[k])]),
  );
}

/** JSON-equal, ignoring whitespace and member order, every digit compared (the same text, most often, at once). */
function jsonEqual(a: string, b: string): boolean {
  return a === b || JSON.stringify(exactJson(a)) === JSON.stringify(exactJson(b));
}

interface Api {
  parseDynamicData(text: string): unknown;
  stringifyDynamicData(value: never): string;
  decodeDynamicData(value: unknown): unknown;
  encodeDynamicData(value: never): unknown;
  parseUserLogoutSessionEvent(text: string): unknown;
  stringifyUserLogoutSessionEvent(value: never): string;
}

const combinations: [string, Partial<CodeOptions>, Api, Model, number][] = [
  ["int64=number dateTime=string", {}, defaults as unknown as Api, catalogue, CATALOGUE_RUNS],
  ["int64=bigint dateTime=string", { int64: "bigint" }, bigint as unknown as Api, sessionFamily, FAMILY_RUNS],
  ["int64=number dateTime=Date", { dateTime: "Date" }, date as unknown as Api, sessionFamily, FAMILY_RUNS],
  [
    "int64=bigint dateTime=Date",
    { int64: "bigint", dateTime: "Date" },
    bigintDate as unknown as Api,
    sessionFamily,
    FAMILY_RUNS,
  ],
];

describe.each(combinations)("%s", (_, given, api, model, runs) => {
  const options = resolveOptions(given);

  test("stringifyT(parseT(text)) is JSON-equal to any valid wire text, for every type", () => {
    fc.assert(
      fc.property(wireValue(model, "DynamicData", options), (wire) => {
        const text = stringifyJson(wire);
        return jsonEqual(api.stringifyDynamicData(api.parseDynamicData(text) as never), text);
      }),
      { numRuns: runs, seed: 42 },
    );
  });

  test("stringify(parse(text)) is JSON-equal for UserLogoutSessionEvent", () => {
    fc.assert(
      fc.property(wireValue(model, "UserLogoutSessionEvent", options), (wire) => {
        const text = stringifyJson(wire);
        const again = api.stringifyUserLogoutSessionEvent(api.parseUserLogoutSessionEvent(text) as never);
        return jsonEqual(again, text);
      }),
      { numRuns: FAMILY_RUNS, seed: 7 },
    );
  });

  test("decodeT(encodeT(v)) deep-equals v", () => {
    fc.assert(
      fc.property(wireValue(model, "DynamicData", options), (wire) => {
        const value = api.parseDynamicData(stringifyJson(wire));
        expectEqual(api.decodeDynamicData(api.encodeDynamicData(value as never)), value);
      }),
      { numRuns: runs, seed: 1 },
    );
  });
});

test("parseUserLogoutSessionEvent keeps 9007199254740993 exact in bigint mode, and stringify writes it back", () => {
  const text =
    '{"_typeName":"UserLogoutSessionEvent","key":1,"chainId":1,"createdTime":"2024-05-01T10:30:00Z","userName":"root","callCount":9007199254740993}';
  const event = bigint.parseUserLogoutSessionEvent(text);
  expect(event.callCount).toBe(9007199254740993n);
  expect(bigint.stringifyUserLogoutSessionEvent(event)).toBe(text);
});
