/**
 * Fuzzing the generated guards and decoders (generated/, default options) with fast-check. `npm test`
 * runs a fixed seed and a small count; `npm run fuzz` runs 100,000 inputs per property and prints the
 * counts. Properties: valid values are accepted; each single mutation is rejected with an issue at the
 * mutated path; the guard agrees with the strict decoder; nothing but DecodeError escapes; prototype keys
 * change no prototype and make nothing pass.
 */
import fc from "fast-check";
import * as path from "node:path";
import { typeNamesOf, typeOf, type FieldModel, type Model } from "../src/model/ir";
import { loadModel } from "../src/pipeline";
import { DEFAULT_OPTIONS } from "../src/options";
import { DecodeError, decodeDynamicData, isDynamicData, type DecodeIssue } from "../generated";
import { wireValue } from "./arbitraries";
import { BUNDLED_SCHEMAS, REPO } from "./helpers";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED === undefined ? 20261127 : Number(process.env.FUZZ_SEED);
const model = loadModel({ schemaDirs: [BUNDLED_SCHEMAS], outDir: path.join(REPO, "generated") });
const counts = { inputs: 0, mutations: {} as Record<string, number>, crashes: 0, falseAccepts: 0, disagreements: 0 };

type Segment = string | number;
interface Site {
  readonly kind: string;
  readonly at: Segment[];
  readonly value: unknown;
  readonly drop?: boolean;
  /** The path the decoder must report. */
  readonly expected: string;
}

const pathOf = (segments: Segment[]): string =>
  segments.reduce<string>((p, s) => (typeof s === "number" ? `${p}[${s}]` : `${p}.${s}`), "$");

const KNOWN = model.types.map((t) => t.name);

/** Every single mutation that makes `value` (declared as `declared`) invalid, with where it must be reported. */
function sites(m: Model, value: Record<string, unknown>, declared: string, at: Segment[]): Site[] {
  const out: Site[] = [];
  const type = typeOf(m, String(value._typeName));
  const slot = typeOf(m, declared);
  const foreign = KNOWN.find((n) => !typeNamesOf(slot).includes(n)) ?? "Nope";
  out.push({
    kind: "foreign _typeName",
    at: [...at, "_typeName"],
    value: foreign,
    expected: pathOf([...at, "_typeName"]),
  });
  if (!slot.polymorphic) {
    out.push({
      kind: "unknown _typeName at a leaf",
      at: [...at, "_typeName"],
      value: "FutureType",
      expected: pathOf([...at, "_typeName"]),
    });
  }
  for (const field of type.allFields) {
    const here = [...at, field.name];
    const expected = pathOf(here);
    const present = value[field.name] !== undefined;
    if (!present) continue;
    if (!field.optional) out.push({ kind: "drop required", at: here, value: undefined, drop: true, expected });
    else out.push({ kind: "null optional", at: here, value: null, expected });
    out.push({ kind: "wrong JSON type", at: here, value: wrongType(field), expected });
    if (field.type.kind === "primitive") {
      const format = field.type.format;
      if (format === "int32") out.push({ kind: "int32 out of range", at: here, value: 2 ** 31, expected });
      if (format === "int32") out.push({ kind: "float int32", at: here, value: 0.5, expected });
      if (format === "int64") out.push({ kind: "unsafe int64", at: here, value: 2 ** 53 + 2, expected });
      if (format === "date-time")
        out.push({ kind: "calendar-invalid date", at: here, value: "2026-02-30T00:00:00Z", expected });
      if (format === "date-time")
        out.push({ kind: "zone-less date", at: here, value: "2026-11-26T10:15:30", expected });
    } else if (field.type.kind === "object" && !field.array) {
      out.push(...sites(m, value[field.name] as Record<string, unknown>, field.type.typeName, here));
    }
  }
  return out;
}

function wrongType(field: FieldModel): unknown {
  if (field.array) return { not: "an array" };
  if (field.type.kind !== "primitive") return "not an object";
  return field.type.format === "string" || field.type.format === "date-time" ? 12345 : "not a number";
}

function mutate(value: unknown, site: Site): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let holder = copy;
  for (const segment of site.at.slice(0, -1)) holder = holder[segment] as Record<string | number, unknown>;
  const last = site.at[site.at.length - 1] as Segment;
  if (site.drop === true) delete holder[last];
  else holder[last] = site.value;
  return copy;
}

/** The issues of a decode; a thrown non-DecodeError is counted as a crash and fails the property. */
function decodeIssues(value: unknown, strict = false): DecodeIssue[] {
  try {
    decodeDynamicData(value, strict ? { unknownTypes: "reject" } : undefined);
    return [];
  } catch (error) {
    if (error instanceof DecodeError) return [...error.issues];
    counts.crashes++;
    throw error;
  }
}

const valid = wireValue(model, "DynamicData", DEFAULT_OPTIONS);
const settings = { numRuns: RUNS, seed: SEED };

afterAll(() => {
  console.log(`fuzz (seed ${SEED}, ${RUNS} runs per property): ${JSON.stringify(counts)}`);
});

test("values generated from the schema model are accepted, by the decoder and the guard", () => {
  fc.assert(
    fc.property(valid, (wire) => {
      counts.inputs++;
      const issues = decodeIssues(wire, true);
      const agrees = isDynamicData(wire) === (issues.length === 0);
      if (!agrees) counts.disagreements++;
      return issues.length === 0 && agrees && isDynamicData(decodeDynamicData(wire));
    }),
    settings,
  );
});

test("each single mutation is rejected with an issue at the mutated path, and the guard agrees", () => {
  const mutated = valid.chain((wire) => {
    const all = sites(model, wire, "DynamicData", []);
    return fc.constantFrom(...all).map((site) => ({ wire, site }));
  });
  fc.assert(
    fc.property(mutated, ({ wire, site }) => {
      counts.inputs++;
      counts.mutations[site.kind] = (counts.mutations[site.kind] ?? 0) + 1;
      const input = mutate(wire, site);
      const issues = decodeIssues(input);
      if (issues.length === 0) counts.falseAccepts++;
      const guard = isDynamicData(input);
      if (guard) counts.disagreements++;
      return issues.some((i) => i.path === site.expected) && !guard;
    }),
    settings,
  );
});

test("on any JSON value the guard agrees with the strict decoder and nothing but DecodeError escapes", () => {
  const anything = fc.oneof(
    fc.jsonValue(),
    valid.chain((wire) => fc.jsonValue().map((junk) => ({ ...wire, datacenter: junk }))),
    fc.record({ _typeName: fc.constantFrom(...KNOWN, "Unknown", ""), key: fc.jsonValue() }),
  );
  fc.assert(
    fc.property(anything, (value) => {
      counts.inputs++;
      const accepted = decodeIssues(value, true).length === 0;
      const agrees = isDynamicData(value) === accepted;
      if (!agrees) counts.disagreements++;
      return agrees;
    }),
    settings,
  );
});

test("__proto__, constructor and prototype keys from JSON.parse change no prototype and make nothing pass", () => {
  const hostile =
    '"__proto__":{"polluted":1,"userName":"x","key":1},"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1}';
  /** JSON text of `value` with the hostile members first in every object. */
  const inject = (value: unknown): string => {
    if (Array.isArray(value)) return `[${value.map(inject).join(",")}]`;
    if (typeof value !== "object" || value === null) return JSON.stringify(value);
    const members = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${[hostile, ...members.map(([k, v]) => `${JSON.stringify(k)}:${inject(v)}`)].join(",")}}`;
  };
  const mutated = valid.chain((wire) =>
    fc.constantFrom(...sites(model, wire, "DynamicData", [])).map((site) => ({ wire, site })),
  );
  fc.assert(
    fc.property(mutated, ({ wire, site }) => {
      counts.inputs++;
      const good = JSON.parse(inject(wire)) as unknown;
      const bad = JSON.parse(inject(mutate(wire, site))) as unknown;
      const goodIssues = decodeIssues(good, true);
      const badIssues = decodeIssues(bad);
      if (badIssues.length === 0) counts.falseAccepts++;
      const untouched =
        ({} as Record<string, unknown>).polluted === undefined && Object.getPrototypeOf({}) === Object.prototype;
      return (
        untouched && goodIssues.length === 0 && badIssues.some((i) => i.path === site.expected) && !isDynamicData(bad)
      );
    }),
    settings,
  );
});
