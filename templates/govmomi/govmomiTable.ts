/**
 * What the govmomi dialect's run-time knows of the declared types: the table the generator writes (each type's
 * base, openness, exact decoder and fields), and what the decoder and the encoder (gojson.ts, govmomiEncode.ts)
 * derive from it once per type: the chain of declarations and the members below it. Copied into the output folder
 * with the other templates.
 */
import { isA } from "../core/checks";
import type { ConvertContext } from "../core/convert";
import type { Policies } from "../core/policies";

/** What the dialect needs of the decode context (a structural subset of the runtime's DecodeContext). */
export interface GovmomiContext extends ConvertContext, Policies {
  readonly int64: "number" | "bigint";
  readonly dateTime: "string" | "Date";
}

/** Decodes a record known to be exactly one type, from govmomi JSON. */
export type GovmomiExact = (v: Record<string, unknown>, path: string, c: GovmomiContext) => object;

/**
 * How a field is written back, after its VI JSON and govmomi names: `s` a string (Go zero `""`), `n` a number
 * (Go zero `0`), `p` a value Go holds in a pointer (`null` when unset: booleans, date-times), `o` an object of
 * the type named next, `l` one of the types listed next (the last is the one govmomi's struct declares), `a` an
 * untyped value; an `[]` suffix makes it a slice (`null` when unset).
 */
export type GovmomiField = readonly [vim: string, go: string, kind: string, ...types: string[]];

/** What the dialect's run-time knows of a declared type. */
export interface GovmomiType {
  readonly base: string | undefined;
  /** vSphere has subtypes of it that no schema declares. */
  readonly open: boolean;
  readonly decode: GovmomiExact;
  /** Its own fields, in declaration order. */
  readonly fields: readonly GovmomiField[];
}

/** The table of every declared type, built on first use. */
export type GovmomiTypes = () => ReadonlyMap<string, GovmomiType>;

/** Decodes the value of an untyped slot in VI JSON form (a boxed primitive or enum, an unrecognized type). */
export type GovmomiBoxDecoder = (v: unknown, path: string, c: GovmomiContext) => unknown;

/** What the decoder and the encoder need of a type's chain of declarations, computed once per type. */
export interface Chain {
  /** The type and its ancestors, root first. */
  readonly levels: readonly GovmomiType[];
  /** Every member name of those levels, VI JSON and govmomi, and `_typeName`. */
  readonly members: ReadonlySet<string>;
  /** Their VI JSON names only. */
  readonly vimMembers: ReadonlySet<string>;
}

/** The chains and subtree member sets of the one table a generated output has (its table is never rebuilt). */
let cachedTable: ReadonlyMap<string, GovmomiType> | undefined;
const chains = new Map<string, Chain>();
const subtreeMembers = new Map<string, ReadonlySet<string>>();

function cacheFor(table: ReadonlyMap<string, GovmomiType>): void {
  if (cachedTable === table) return;
  chains.clear();
  subtreeMembers.clear();
  cachedTable = table;
}

export function chainOf(table: ReadonlyMap<string, GovmomiType>, type: string): Chain {
  cacheFor(table);
  const found = chains.get(type);
  if (found !== undefined) return found;
  const levels: GovmomiType[] = [];
  for (let t: string | undefined = type; t !== undefined; t = table.get(t)?.base) {
    const entry = table.get(t);
    if (entry !== undefined) levels.unshift(entry);
  }
  const members = new Set<string>(["_typeName"]);
  const vimMembers = new Set<string>();
  for (const level of levels) {
    for (const [vim, go] of level.fields) {
      members.add(vim).add(go);
      vimMembers.add(vim);
    }
  }
  const chain = { levels, members, vimMembers };
  chains.set(type, chain);
  return chain;
}

/** Every member name that a known subtype of `type` declares (for `unknownMembers: "reject"` only). */
export function membersBelow(table: ReadonlyMap<string, GovmomiType>, type: string): ReadonlySet<string> {
  cacheFor(table);
  const found = subtreeMembers.get(type);
  if (found !== undefined) return found;
  const below = new Set<string>();
  for (const [name, entry] of table) {
    if (name === type || !isA(table, name, type)) continue;
    for (const [vim, go] of entry.fields) below.add(vim).add(go);
  }
  subtreeMembers.set(type, below);
  return below;
}
