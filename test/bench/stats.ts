/** Statistics the benchmark parts share. */

/** The middle value (the upper one of an even count), NaN for none; `values` is left in its order. */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
