/**
 * The benchmark's data sets, deterministic: a seeded fast-check generator writes valid events spread over
 * the family of a root type (the SessionEvent family, or every event type under Event) (every field, optional ones present or absent, nested arguments and references)
 * and as many invalid ones, each a valid event with one defect of a kind from test/support/mutations.ts, the
 * kinds taken in turn so that every kind is represented.
 */
import fc from "fast-check";
import type { Model } from "../../src/model/ir";
import { DEFAULT_OPTIONS } from "../../src/options";
import { wireValue } from "../support/arbitraries";
import { mutate, sites } from "../support/mutations";

export interface DataSet {
  readonly valid: readonly unknown[];
  readonly invalid: readonly unknown[];
  /** How many invalid values of each defect kind. */
  readonly kinds: Readonly<Record<string, number>>;
  /** Mean size of a valid event as JSON text, in bytes. */
  readonly meanBytes: number;
}

export function dataSet(model: Model, count: number, root = "SessionEvent", seed = 20261127): DataSet {
  const valid = fc.sample(wireValue(model, root, DEFAULT_OPTIONS), { seed, numRuns: count });
  const kinds: Record<string, number> = {};
  const invalid: unknown[] = [];
  const order: string[] = [];
  for (const [i, wire] of valid.entries()) {
    const all = sites(model, wire, root, []);
    const byKind = new Map<string, (typeof all)[number][]>();
    for (const site of all) byKind.set(site.kind, [...(byKind.get(site.kind) ?? []), site]);
    for (const kind of byKind.keys()) if (!order.includes(kind)) order.push(kind);
    // Take the kinds in turn; fall back to any kind this value offers.
    const wanted = order[i % order.length] ?? "";
    const choices = byKind.get(wanted) ?? all;
    const site = choices[i % choices.length];
    if (site === undefined) continue;
    invalid.push(mutate(wire, site));
    kinds[site.kind] = (kinds[site.kind] ?? 0) + 1;
  }
  const bytes = valid.reduce<number>((sum, v) => sum + Buffer.byteLength(JSON.stringify(v)), 0);
  return { valid, invalid, kinds, meanBytes: Math.round(bytes / Math.max(1, valid.length)) };
}
