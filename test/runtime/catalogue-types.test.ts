/**
 * Every type of the catalogue, one by one: a valid instance of each (generated from the schema model, seeded)
 * decodes through the untyped-slot dispatcher to exactly its own type, unchanged, and passes the guard; one
 * mutation of each kind it offers is rejected at its path. The fuzz tests sample the same space at random; this
 * pins each of the 663 types down.
 */
import fc from "fast-check";
import { decodeAny, isAnyValue } from "../catalogue";
import { loadModel } from "../../src/pipeline";
import { DEFAULT_OPTIONS } from "../../src/options";
import { wireValue } from "../support/arbitraries";
import { mutate, sites } from "../support/mutations";
import { issuesOf } from "../support/decodeIssues";
import { CATALOGUE_OUT, CATALOGUE_SCHEMAS } from "../support/helpers";

const model = loadModel({ schemaDirs: [CATALOGUE_SCHEMAS], outDir: CATALOGUE_OUT });

const REJECT_UNKNOWN = { unknownTypes: "reject" } as const;

const instances = model.types.map((type, i) => {
  const [wire] = fc.sample(wireValue(model, type.name, DEFAULT_OPTIONS, 0, true), { seed: 20261127 + i, numRuns: 1 });
  if (wire === undefined) throw new Error(`no instance of ${type.name}`);
  return [type.name, wire] as const;
});

test("the catalogue holds every type this test covers", () => {
  expect(instances.length).toBe(model.types.length);
  expect(instances.length).toBeGreaterThanOrEqual(663);
});

test.each(instances)("a valid %s decodes to itself, typed, and passes the guard", (name, wire) => {
  expect(issuesOf(decodeAny, wire, REJECT_UNKNOWN)).toEqual([]);
  const decoded = decodeAny(wire) as { _typeName: string };
  expect(decoded._typeName).toBe(name);
  expect(JSON.parse(JSON.stringify(decoded))).toEqual(JSON.parse(JSON.stringify(wire)));
  expect(isAnyValue(decoded)).toBe(true);
});

test.each(instances)("each kind of mutation of a %s is rejected at its path", (name, wire) => {
  // Through decodeAny the top-level name itself chooses the type, so a foreign name there is another valid claim.
  const nested = sites(model, wire, name, []).filter((s) => !(s.kind === "foreign _typeName" && s.at.length === 1));
  const byKind = new Map(nested.map((site) => [site.kind, site]));
  for (const site of byKind.values()) {
    const issues = issuesOf(decodeAny, mutate(wire, site), REJECT_UNKNOWN);
    expect({ kind: site.kind, paths: issues.map((i) => i.path) }).toEqual({
      kind: site.kind,
      paths: expect.arrayContaining([site.expected]),
    });
  }
});
