/**
 * Fuzzing the generated guards and decoders (the catalogue's, test/catalogue/, default options) with fast-check. `npm test`
 * runs a fixed seed and a small count; `npm run fuzz` runs 100,000 inputs per property and prints the
 * counts. Properties: valid values are accepted; each single mutation is rejected with an issue at the
 * mutated path; the guard agrees with the strict decoder; nothing but DecodeError escapes; prototype keys
 * change no prototype and make nothing pass.
 */
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { loadModel } from "../../src/pipeline";
import { DEFAULT_OPTIONS } from "../../src/options";
import {
  DecodeError,
  decodeCloudEvent,
  decodeDynamicData,
  decodeEvent,
  decodeHttpCloudEvent,
  encodeBinaryCloudEvent,
  stringifyCloudEvent,
  decodeGovmomi,
  encodeGovmomi,
  isDynamicData,
  type DecodeIssue,
  type GovmomiTypeMap,
} from "../catalogue";
import { dateTimeText, wireValue } from "../support/arbitraries";
import { mutate, sites, type Segment } from "../support/mutations";
import { expectEqual, goCarried } from "../support/wireTable";
import { CATALOGUE_OUT, CATALOGUE_SCHEMAS } from "../support/helpers";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 1000);
const SEED = process.env["FUZZ_SEED"] === undefined ? 20261127 : Number(process.env["FUZZ_SEED"]);
const model = loadModel({ schemaDirs: [CATALOGUE_SCHEMAS], outDir: CATALOGUE_OUT });
const KNOWN = model.types.map((t) => t.name);
const counts = { inputs: 0, mutations: {} as Record<string, number>, crashes: 0, falseAccepts: 0, disagreements: 0 };

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

test("decodeT's guard-first path returns what the full decode returns, and only what the guard accepts as it is", () => {
  // Called with options (even empty ones), decodeT always runs the full decode.
  const anything = fc.oneof(
    valid,
    fc.jsonValue(),
    valid.map((wire) => ({ ...wire, extra: 1 })),
  );
  fc.assert(
    fc.property(anything, (value) => {
      counts.inputs++;
      let fast: unknown;
      let full: unknown;
      try {
        fast = decodeDynamicData(value);
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        fast = error.issues;
      }
      try {
        full = decodeDynamicData(value, {});
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        full = error.issues;
      }
      const same = isDeepStrictEqual(fast, full);
      if (!same) counts.disagreements++;
      return same && (!isDynamicData(value) || (fast === value && isDeepStrictEqual(full, value)));
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
        ({} as Record<string, unknown>)["polluted"] === undefined && Object.getPrototypeOf({}) === Object.prototype;
      return (
        untouched && goodIssues.length === 0 && badIssues.some((i) => i.path === site.expected) && !isDynamicData(bad)
      );
    }),
    settings,
  );
});

/** A decoded value as the govmomi dialect can carry it: optional fields holding a Go zero value left out. */
const carried = (value: unknown): unknown => goCarried(model, value);

describe("the govmomi JSON dialect", () => {
  const govmomiName = (wire: Record<string, unknown>, at: readonly Segment[]): Segment[] | undefined => {
    const out: Segment[] = [];
    let here: unknown = wire;
    for (const segment of at) {
      if (typeof segment === "number") {
        out.push(segment);
        here = (here as unknown[])[segment];
        continue;
      }
      const holder = here as Record<string, unknown>;
      const field = model.byName.get(String(holder["_typeName"]))?.allFields.find((f) => f.name === segment);
      // A _typeName site has no member in this dialect; a string in an untyped slot is a valid boxed string.
      if (field === undefined || field.type.kind === "any") return undefined;
      out.push(field.govmomiName);
      here = holder[segment];
    }
    return out;
  };

  const pathOf = (segments: readonly Segment[]): string =>
    segments.reduce<string>((p, s) => (typeof s === "number" ? `${p}[${s}]` : `${p}.${s}`), "$");

  // As JSON text, in every output, the wire table's (test/wires/wire-table.test.ts).
  test("every value of the model survives encodeGovmomi and decodeGovmomi as a value", () => {
    fc.assert(
      fc.property(valid, (wire) => {
        counts.inputs++;
        const value = decodeDynamicData(wire);
        const name = value._typeName as keyof GovmomiTypeMap;
        expectEqual(decodeGovmomi(name, encodeGovmomi(value)), carried(value));
      }),
      settings,
    );
  });

  test("each single mutation of the govmomi form is rejected with an issue at its path in Go member names", () => {
    const mutated = valid.chain((wire) => {
      const all = sites(model, wire, "DynamicData", []).flatMap((site) => {
        const at = site.kind === "null optional" ? undefined : govmomiName(wire, site.at);
        return at === undefined ? [] : [{ ...site, at, expected: pathOf(at) }];
      });
      return all.length === 0 ? fc.constant(undefined) : fc.constantFrom(...all).map((site) => ({ wire, site }));
    });
    fc.assert(
      fc.property(mutated, (input) => {
        if (input === undefined) return true;
        const { wire, site } = input;
        counts.inputs++;
        counts.mutations[`govmomi ${site.kind}`] = (counts.mutations[`govmomi ${site.kind}`] ?? 0) + 1;
        const value = decodeDynamicData(wire);
        const bad = mutate(encodeGovmomi(value), site);
        let issues: DecodeIssue[] = [];
        try {
          decodeGovmomi(value._typeName as keyof GovmomiTypeMap, bad);
        } catch (error) {
          if (!(error instanceof DecodeError)) {
            counts.crashes++;
            throw error;
          }
          issues = [...error.issues];
        }
        if (issues.length === 0) counts.falseAccepts++;
        return issues.some((i) => i.path === site.expected);
      }),
      settings,
    );
  });

  test("on any JSON value nothing but DecodeError escapes the govmomi decoder", () => {
    const anything = fc.oneof(
      fc.jsonValue(),
      valid.chain((wire) =>
        fc
          .jsonValue()
          .map((junk) => ({ ...encodeGovmomi(decodeDynamicData(wire)), Datacenter: junk, Arguments: junk })),
      ),
    );
    fc.assert(
      fc.property(anything, fc.constantFrom(...(KNOWN as (keyof GovmomiTypeMap)[])), (value, name) => {
        counts.inputs++;
        try {
          decodeGovmomi(name, value);
        } catch (error) {
          if (!(error instanceof DecodeError)) {
            counts.crashes++;
            throw error;
          }
        }
        return true;
      }),
      settings,
    );
  });
});

describe("CloudEvents", () => {
  const events = wireValue(model, "Event", DEFAULT_OPTIONS);
  const name = fc
    .stringMatching(/^[a-z][a-z0-9]{0,8}$/)
    .filter(
      (n) =>
        ![
          "specversion",
          "id",
          "source",
          "type",
          "datacontenttype",
          "dataschema",
          "subject",
          "time",
          "data",
          "eventclass",
        ].includes(n),
    );
  const attributes = fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 12 }),
      source: fc.webUrl(),
      time: dateTimeText(),
      subject: fc.string({ minLength: 1, maxLength: 12 }),
      extensions: fc.dictionary(
        name,
        fc.oneof(fc.string({ maxLength: 8 }), fc.boolean(), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
        { maxKeys: 3 },
      ),
      form: fc.constantFrom("vsphere" as const, "router" as const),
    },
    { requiredKeys: ["id", "source", "form"] },
  );

  test("every event and its attributes survive encodeCloudEvent and decodeCloudEvent, structured and binary", () => {
    fc.assert(
      fc.property(events, attributes, (wire, init) => {
        counts.inputs++;
        const event = decodeEvent(wire);
        // An EventEx or ExtendedEvent is named by its eventTypeId, which an envelope cannot carry empty.
        fc.pre(!("eventTypeId" in event) || event.eventTypeId !== "");
        const expected = carried(event);
        const structured = decodeCloudEvent(JSON.parse(stringifyCloudEvent(event, init)));
        expectEqual(structured.event, expected);
        expect(structured.attributes).toMatchObject({ id: init.id, source: init.source });
        if (init.time !== undefined) expect(structured.attributes.time).toBe(init.time);
        for (const [key, value] of Object.entries(init.extensions ?? {}))
          expect(structured.attributes.extensions[key]).toBe(value);
        const { headers, body } = encodeBinaryCloudEvent(event, init);
        const binary = decodeHttpCloudEvent(headers, body);
        expectEqual(binary.event, expected);
        expect(binary.attributes.id).toBe(init.id);
        if (init.form === "vsphere" && init.subject !== undefined) expect(binary.attributes.subject).toBe(init.subject);
      }),
      settings,
    );
  });
});
