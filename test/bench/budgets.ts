/**
 * The benchmark's budgets and its correctness checks, judged from the numbers the run just measured: each section
 * records what it measured against a budget here, and `run.ts` prints one pass/fail line per budget (and writes them
 * into docs/performance.md with the tables), so that no prose can round a miss into a pass. A correctness failure (a
 * generated guard or decoder that rejects a valid object or accepts an invalid one, a floor that rejects a valid one)
 * fails the run, smoke runs included.
 */

export interface Budget {
  /** What is measured, and on what. */
  readonly what: string;
  /** The measured value, in `unit`. */
  readonly measured: number;
  /** The budget: the measured value must be at least (`min`) or at most (`max`) this. */
  readonly limit: number;
  readonly bound: "min" | "max";
  readonly unit: string;
  /** Where the budget comes from (the issue that states it). */
  readonly source: string;
}

/** Limits, by what they bound, each as issue 30 ("The whole vSphere API, typed") states it. KB and MB are 1,000 and 1,000,000 bytes throughout the benchmark. */
export const LIMITS = {
  /** decodeEvent's valid objects/s over ajv's, in alternation (events of every type). */
  decodeVsAjv: { limit: 1.5, source: "issue 30" },
  /** isEvent's valid objects/s over the floor's, in alternation. */
  guardVsFloor: { limit: 0.9, source: "issue 30" },
  /** Minified bytes of a program that imports `decodeEvent`, KB. */
  decodeEventBundleKb: { limit: 250, source: "issue 30" },
  /** Minified bytes of a program that imports one leaf decoder, KB. */
  leafBundleKb: { limit: 15, source: "issue 30" },
  /** A cold `generate` over openapi-typescript on the same schemas. */
  generateVsOpenapi: { limit: 3, source: "issue 30" },
  /** `generate --watch`, a save of one description to the output written (median). */
  watchMs: { limit: 1500, source: "issue 30" },
  /** The consumer's type-check time against the whole API's declarations over the catalogue's. */
  consumerRatio: { limit: 1.5, source: "issue 30" },
  /** parseSoapResponse's events/s over fast-xml-parser's parse alone, a 1,000-event page. */
  soapVsParser: { limit: 3, source: "issue 30" },
  /** Peak RSS of a cold `generate`, MB. */
  coldRssMb: { limit: 600, source: "issue 30" },
  /** `generate` with nothing changed, answered from the digest (median). */
  unchangedMs: { limit: 1500, source: "issue 30" },
} as const;

const budgets: Budget[] = [];
const failures: string[] = [];

export function budget(
  what: string,
  measured: number,
  limit: { readonly limit: number; readonly source: string },
  bound: "min" | "max",
  unit: string,
): void {
  budgets.push({ what, measured, limit: limit.limit, bound, unit, source: limit.source });
}

/** A correctness failure: printed with the budgets and fails the run at its end. */
export function incorrect(what: string): void {
  failures.push(what);
}

const passes = (b: Budget): boolean =>
  Number.isFinite(b.measured) && (b.bound === "min" ? b.measured >= b.limit : b.measured <= b.limit);

const show = (value: number, unit: string): string => {
  if (!Number.isFinite(value)) return "not measured";
  if (unit === "x") return `${value.toFixed(2)}x`;
  if (unit === "ms") return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
  return `${value.toFixed(1)} ${unit}`;
};

/** One line per budget recorded so far, then the correctness failures, as the page's list. */
export function budgetLines(smoke = false): string[] {
  if (budgets.length === 0 && failures.length === 0) return [];
  // A smoke run's rounds are 20 ms and its peers are built from the session family, not the catalogue its code is:
  // its numbers prove the harness runs, and a pass or a miss judged from them would say nothing.
  const verdict = (b: Budget): string => (smoke ? "not judged (smoke run)" : passes(b) ? "pass" : "MISS");
  return [
    smoke
      ? "Budgets, not judged in a smoke run (its numbers only show that each is measured):"
      : "Budgets, judged from this run's numbers above (pass: within the budget; miss: not):",
    "",
    ...budgets.map(
      (b) =>
        `- ${verdict(b)}: ${b.what}: ${show(b.measured, b.unit)}, budget ${b.bound === "min" ? "at least" : "at most"} ${show(b.limit, b.unit)}${b.source === "" ? "" : ` (${b.source})`}`,
    ),
    ...failures.map((f) => `- INCORRECT: ${f}`),
    "",
  ];
}

/** Throws when a correctness check failed (budget misses do not fail the run: they are reported). */
export function assertCorrect(): void {
  if (failures.length > 0) throw new Error(`the benchmark found incorrect results:\n${failures.join("\n")}`);
}
