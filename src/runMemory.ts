/**
 * What a run may take from the run before it in the same process: `generate --watch` keeps one of these across its
 * runs, each stage reading its part of the last run and leaving its own. Every part is found by a digest of, or by
 * comparison with, everything it was made from, so a run gives the same bytes with or without it; a one-off run has
 * none.
 */
import type { Remembered, UndocumentedModules } from "./emit/emitMemo";

export interface RunMemory {
  /** The emit stage's modules that carry no documentation (src/emit/emitMemo.ts), by the digest of their inputs. */
  undocumented?: Remembered<UndocumentedModules>;
  /** The emit stage's printed bodies of the documented modules, by the digest of their structures. */
  printed: Map<string, string>;
  /** The format stage's text of each file, with the text it was formatted from. */
  formatted: OfText<string>;
  /** The digest of each file the index's manifest lists, with the text it was taken of. */
  digests: OfText<string>;
}

/** A value made from each file's text (its formatted text, its digest), with the text it was made from. */
export type OfText<T> = ReadonlyMap<string, { readonly text: string; readonly value: T }>;

/** The value `last` holds for `path`, where it was made from this `text` (else the file changed: undefined). */
export function recall<T>(last: OfText<T> | undefined, path: string, text: string): T | undefined {
  const before = last?.get(path);
  return before !== undefined && before.text === text ? before.value : undefined;
}

/** An empty memory, for the first of a series of runs. */
export function runMemory(): RunMemory {
  return { printed: new Map(), formatted: new Map(), digests: new Map() };
}
