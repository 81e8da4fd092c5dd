/**
 * The families a large output's modules are split by (splitModule.ts): a type's or enum's code is in
 * `<module>/<family>.ts`, and its family is read from its name. A name is a run of words (`HostVirtualNicSpec`: Host,
 * Virtual, Nic, Spec). The family is the first word, lowercased (`host`, `cluster`, `vm`), when at least
 * FAMILY_MIN_NAMES names share it, else the name's initial letter (`a`, `q`). A word family of more than
 * FAMILY_MAX_NAMES names splits the same way by its second word (`virtual-machine`, `virtual-device`), and what its
 * small second words leave, if still too many, by the second word's initial letter in ranges (`host-a-c`, `host-d-f`).
 * Deterministic: the same names give the same families, in a fixed order.
 */
import type { StatementStructures } from "ts-morph";
import { compareStrings } from "../diagnostic";

/** Beyond this many types every module of an output is split by family (its entry points too). */
export const SPLIT_MIN_TYPES = 1000;

/** No generated module may be larger than this many bytes, at any size of schema set (the bench counts them). */
export const MODULE_LIMIT = 1_000_000;

/**
 * Below SPLIT_MIN_TYPES, a module whose text as emitted (before formatting, which changes its length by little)
 * would pass this many characters is split alone: a margin under MODULE_LIMIT for what formatting adds.
 */
export const MODULE_BUDGET = 900_000;

/** Fewer names than this sharing a word do not make a family of their own. */
export const FAMILY_MIN_NAMES = 20;

/** More names than this in a family split it one word further. */
export const FAMILY_MAX_NAMES = 250;

/** A family's module name (`host-a-c`) and the identifier its table functions end in (`hostAC`). */
export interface Family {
  readonly key: string;
  readonly identifier: string;
}

export interface Families {
  /** Each name's family key. */
  readonly of: ReadonlyMap<string, string>;
  /** Every family, in key order. */
  readonly all: readonly Family[];
}

/** The words of a type name: `HostVirtualNicSpec` is Host, Virtual, Nic, Spec; `VStorageObject` is V, Storage, Object. */
export function wordsOf(name: string): string[] {
  return name.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z0-9]+/g) ?? [name];
}

function initial(word: string | undefined): string {
  const c = (word ?? "").charAt(0).toLowerCase();
  return /^[a-z]$/.test(c) ? c : "other";
}

function groupBy(names: readonly string[], key: (name: string) => string): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const k = key(name);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [name]);
    else group.push(name);
  }
  return [...groups].sort(([a], [b]) => compareStrings(a, b));
}

function assign(out: Map<string, string>, names: readonly string[], key: string): void {
  for (const name of names) out.set(name, key);
}

/** Names left over one word in (their word shared by too few), by that word's initial in ranges of at most the maximum. */
function byInitialRanges(out: Map<string, string>, names: readonly string[], depth: number, prefix: string): void {
  let range: string[] = [];
  let first = "";
  let last = "";
  const flush = (): void => {
    if (range.length > 0) assign(out, range, `${prefix}-${first === last ? first : `${first}-${last}`}`);
    range = [];
  };
  for (const [letter, group] of groupBy(names, (n) => initial(wordsOf(n)[depth]))) {
    if (range.length > 0 && range.length + group.length > FAMILY_MAX_NAMES / 2) flush();
    if (range.length === 0) first = letter;
    last = letter;
    range.push(...group);
  }
  flush();
}

function partition(out: Map<string, string>, names: readonly string[], depth: number, prefix: readonly string[]): void {
  const pool: string[] = [];
  for (const [word, group] of groupBy(names, (n) => (wordsOf(n)[depth] ?? "").toLowerCase())) {
    if (word === "" || group.length < FAMILY_MIN_NAMES) pool.push(...group);
    else if (group.length > FAMILY_MAX_NAMES) partition(out, group, depth + 1, [...prefix, word]);
    else assign(out, group, [...prefix, word].join("-"));
  }
  if (pool.length === 0) return;
  if (depth === 0) {
    for (const [letter, group] of groupBy(pool, (n) => initial(n))) assign(out, group, letter);
  } else if (pool.length <= FAMILY_MAX_NAMES) assign(out, pool, prefix.join("-"));
  else byInitialRanges(out, pool, depth, prefix.join("-"));
}

/** `host-a-c` as an identifier's tail: `hostAC`. */
function identifierOf(key: string): string {
  return key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The families of `names` (the types' and enums' names of a model). */
export function familiesOf(names: readonly string[]): Families {
  const of = new Map<string, string>();
  partition(of, [...names].sort(compareStrings), 0, []);
  const keys = [...new Set(of.values())].sort(compareStrings);
  return { of, all: keys.map((key) => ({ key, identifier: identifierOf(key) })) };
}

/**
 * Statements an emitter gives a family itself (a family's slice of a type table, by the family's key), or gives a type
 * whose name they do not carry (`decodeEventStream` is Event's, by the type's name: an output split by its budget has
 * no families yet when it is emitted).
 */
const tagged = new WeakMap<StatementStructures, { readonly family: string } | { readonly type: string }>();

/** Marks `statement` as `family`'s own code: a split puts it in that family's part. */
export function ofFamily<S extends StatementStructures>(statement: S, family: string): S {
  tagged.set(statement, { family });
  return statement;
}

/** Marks `statement` as the code of `type` (a type's name): a split puts it in that type's family's part. */
export function ofType<S extends StatementStructures>(statement: S, type: string): S {
  tagged.set(statement, { type });
  return statement;
}

/** The family an emitter gave `statement`, itself or through its type, if any. */
export function taggedFamily(statement: StatementStructures, families: Families): string | undefined {
  const tag = tagged.get(statement);
  if (tag === undefined) return undefined;
  return "family" in tag ? tag.family : families.of.get(tag.type);
}
