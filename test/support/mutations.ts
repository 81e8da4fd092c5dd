/**
 * Single mutations of valid VI JSON, driven by the schema model: every way to make one value invalid
 * (drop a required field, a wrong JSON type, an int32 out of range or fractional, an unsafe int64, a
 * calendar-invalid or zone-less date, a foreign or unknown `_typeName`, `null` for an optional field,
 * anywhere down the nested arguments and references) with the JSON path a decoder must report.
 * Shared by the fuzz tests and the benchmark's invalid data set.
 */
import { typeNamesOf, typeOf, type FieldModel, type Model } from "../../src/model/ir";

export type Segment = string | number;
export interface Site {
  readonly kind: string;
  readonly at: Segment[];
  readonly value: unknown;
  readonly drop?: boolean;
  /** The path the decoder must report. */
  readonly expected: string;
}

const pathOf = (segments: Segment[]): string =>
  segments.reduce<string>((p, s) => (typeof s === "number" ? `${p}[${s}]` : `${p}.${s}`), "$");

/** Every single mutation that makes `value` (declared as `declared`) invalid, with where it must be reported. */
export function sites(m: Model, value: Record<string, unknown>, declared: string, at: Segment[]): Site[] {
  const out: Site[] = [];
  const type = typeOf(m, String(value["_typeName"]));
  const slot = typeOf(m, declared);
  const foreign = m.types.map((t) => t.name).find((n) => !typeNamesOf(slot).includes(n)) ?? "Nope";
  out.push({
    kind: "foreign _typeName",
    at: [...at, "_typeName"],
    value: foreign,
    expected: pathOf([...at, "_typeName"]),
  });
  // Only an exact slot rejects a name no schema declares: an open one decodes it as the declared type.
  if (slot.dispatch === "exact") {
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
  if (field.type.kind === "enum") return 12345;
  if (field.type.kind !== "primitive") return "not an object";
  return field.type.format === "string" || field.type.format === "date-time" ? 12345 : "not a number";
}

export function mutate(value: unknown, site: Site): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let holder = copy;
  for (const segment of site.at.slice(0, -1)) holder = holder[segment] as Record<string | number, unknown>;
  const last = site.at[site.at.length - 1] as Segment;
  if (site.drop === true) delete holder[last];
  else holder[last] = site.value;
  return copy;
}
