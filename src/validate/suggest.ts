/** "Did you mean" for typos: the closest candidate by edit distance, if it is close enough. */

/**
 * Edit distance in which swapping two neighbouring characters counts as one edit, like an insertion, a deletion or a
 * substitution (the optimal string alignment distance): `int46` is one edit from `int64`, two from `int16`.
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(distance);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate nearest to `word` (ties broken by code-unit order), or `undefined` if none is near. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  // A word that starts a candidate ("date" for "date-time") is a stronger hint than a near spelling.
  const extended = list.filter((c) => word.length >= 3 && c.toLowerCase().startsWith(word.toLowerCase())).sort();
  if (extended.length === 1) return extended[0];
  let best: string | undefined;
  let bestRank: readonly [number, number] = [Infinity, Infinity];
  const limit = Math.max(2, Math.floor(word.length / 3));
  const letters = sortedLetters(word);
  for (const candidate of list) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance > limit) continue;
    // At the same distance, the same letters in another order (int46 for int64) beat a different letter (int16).
    const rank = [distance, sortedLetters(candidate) === letters ? 0 : 1] as const;
    const better = rank[0] < bestRank[0] || (rank[0] === bestRank[0] && rank[1] < bestRank[1]);
    const tie = rank[0] === bestRank[0] && rank[1] === bestRank[1];
    if (better || (tie && best !== undefined && candidate < best)) {
      best = candidate;
      bestRank = rank;
    }
  }
  return best;
}

function sortedLetters(word: string): string {
  return [...word.toLowerCase()].sort().join("");
}

/** ` Did you mean "x"?` or the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match === undefined ? "" : ` (did you mean "${match}"?)`;
}
