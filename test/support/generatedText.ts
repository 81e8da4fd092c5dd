/**
 * Seeded generators of code parts (names of chosen lengths, counts, picks) for the tests that hold a layout to
 * prettier's over generated statements: every run checks the same cases.
 */

/** A seeded generator (mulberry32): the same numbers on every machine. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generators of one seed. */
export function seeded(seed: number) {
  const next = random(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  /** A name of `length` characters (at least its prefix). */
  const name = (length: number, prefix = "N"): string =>
    `${prefix}${"abcdefghijklmnopqrstuvwxyz".repeat(8).slice(0, Math.max(0, length - prefix.length))}`;
  /** A length from a few characters to past the width. */
  const sized = (): number => pick([3, 8, 15, 20, 26, 27, 28, 30, 40, 55, 70, 90, 105, 120]);
  const list = <T>(count: number, item: () => T): T[] => Array.from({ length: count }, item);
  return { next, int, pick, name, sized, list };
}
