/**
 * Run-time support of the govmomi JSON dialect: the events that the VMware Event Broker Appliance and the
 * Knative vSphere source deliver, encoded from govmomi's Go structs by Go's `encoding/json`. Members carry the
 * Go field names (`Key`, `IpAddress`; `ServerGUID`), unset pointers are `null`, unset plain fields are Go zero
 * values and no object names its type. The generated `govmomi-*.ts` modules decode each field in straight-line
 * code; this module holds what is shared: dispatch on a `_typeName` where one is present, members no schema
 * declares, untyped slots, and the way back (the encoder, driven by the field table the generator writes).
 * Copied into the output folder with the other templates.
 */
import {
  expectedText,
  isA,
  isInt32,
  isRecord,
  keepWireTypeName,
  memberPath,
  problem,
  wireTypeName,
} from "../core/checks";
import { decodeOtherValue } from "../core/boxed";
import { dateTimeText, readInt64, type ConvertContext } from "../core/convert";

/** What the dialect needs of the decode context (a structural subset of the runtime's DecodeContext). */
export interface GovmomiContext extends ConvertContext {
  readonly unknownTypes: "nearest" | "reject";
  readonly unknownMembers: "keep" | "strip" | "reject";
  readonly unknownEnumValues: "keep" | "reject";
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

/** The path of a member: the name the data used (camelCase data from govmomi's JSON tags), else the Go name. */
export function gmPath(v: Record<string, unknown>, path: string, go: string, vim: string): string {
  return `${path}.${v[go] == null && v[vim] !== undefined ? vim : go}`;
}

/** Records a field whose value does not fit, with the path and value the data has. */
export function gmFail(
  c: GovmomiContext,
  v: Record<string, unknown>,
  path: string,
  go: string,
  vim: string,
  expected: string,
): void {
  const where = gmPath(v, path, go, vim);
  const raw = v[go] == null && v[vim] !== undefined ? v[vim] : v[go];
  if (raw === null)
    c.issues.push({ path: where, message: `required field is null: expected ${expectedText(expected)}` });
  else c.issues.push({ path: where, message: problem(expected, raw) });
}

/** Whether `name` is `ancestor` or one of its known subtypes. */

/**
 * The slot function of every declared type: the value must be an object; with no `_typeName` (the dialect's
 * norm) it is the declared type, a subtype's members kept; a `_typeName` present chooses a known subtype, and
 * one no schema declares is read as the declared type where that type is open, as in VI JSON.
 */
export function gmAt(
  v: unknown,
  path: string,
  c: GovmomiContext,
  declared: string,
  exact: GovmomiExact,
  types: GovmomiTypes,
): object {
  if (!isRecord(v)) {
    c.issues.push({ path, message: problem("object", v) });
    return v as object;
  }
  const name = v["_typeName"];
  if (name === undefined || name === declared) return exact(v, path, c);
  if (typeof name !== "string") {
    c.issues.push({
      path: `${path}._typeName`,
      message: `_typeName must be a string naming a type, got ${typeof name}`,
    });
    return v;
  }
  const table = types();
  const entry = table.get(name);
  if (entry !== undefined) {
    if (isA(table, name, declared)) return entry.decode(v, path, c);
    c.issues.push({
      path: `${path}._typeName`,
      message: `_typeName ${JSON.stringify(name)} is not ${declared} or one of its known subtypes`,
    });
    return v;
  }
  if (table.get(declared)?.open === true)
    return gmAsOtherType(v, path, c, declared, name, exact, `${path}._typeName`);
  c.issues.push({
    path: `${path}._typeName`,
    message: `_typeName ${JSON.stringify(name)} is not a type the schemas declare (${declared} has no subtypes beyond those declared)`,
  });
  return v;
}

/**
 * A value of a type no schema declares (`name`), where the open type `declared` stands: decoded as `declared`
 * with the real name kept (see `wireTypeName`) unless `unknownTypes` is "reject", which records an issue at `namePath`.
 */
export function gmAsOtherType(
  v: unknown,
  path: string,
  c: GovmomiContext,
  declared: string,
  name: string,
  exact: GovmomiExact,
  namePath: string,
): object {
  if (!isRecord(v)) {
    c.issues.push({ path, message: problem("object", v) });
    return v as object;
  }
  if (c.unknownTypes === "reject") {
    c.issues.push({
      path: namePath,
      message: `${JSON.stringify(name)} is not a type the schemas declare (unknownTypes is "reject"; "nearest" would decode it as ${declared})`,
    });
    return v;
  }
  const decoded = exact(v, path, c);
  return keepWireTypeName(decoded, name);
}

/** The slot function of a field listing several types: `_typeName` chooses; without one, the last listed type. */
export function gmAtList(
  v: unknown,
  path: string,
  c: GovmomiContext,
  list: readonly string[],
  types: GovmomiTypes,
): object {
  const table = types();
  const name = isRecord(v) ? v["_typeName"] : undefined;
  const chosen =
    typeof name === "string"
      ? (list.find((t) => isA(table, name, t)) ?? list[list.length - 1])
      : list[list.length - 1];
  const entry = chosen === undefined ? undefined : table.get(chosen);
  if (chosen === undefined || entry === undefined)
    throw new Error(`no govmomi decoder for ${String(chosen)}`);
  return gmAt(v, path, c, chosen, entry.decode, types);
}

/** What the decoder and the encoder need of a type's chain of declarations, computed once per type. */
interface Chain {
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

function chainOf(table: ReadonlyMap<string, GovmomiType>, type: string): Chain {
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
function membersBelow(table: ReadonlyMap<string, GovmomiType>, type: string): ReadonlySet<string> {
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

/**
 * After the declared fields: members no level of `type` declares. `found` counts the members the field readers
 * met (`null` ones too); only when the data has more is it scanned. A member a subtype declares (the subtype's own
 * data in a slot that cannot name it) is kept as it came unless stripped; other members follow `unknownMembers`.
 * `null` members are absent, as everywhere in this dialect.
 */
export function gmRest(
  v: Record<string, unknown>,
  o: Record<string, unknown>,
  found: number,
  type: string,
  path: string,
  c: GovmomiContext,
  types: GovmomiTypes,
): void {
  let count = 0;
  for (const key in v) if (key !== "_typeName") count++;
  if (count === found) return;
  const table = types();
  const known = chainOf(table, type).members;
  // `count - found` members are not fields. Newer members usually come last: look from the end, stop when found.
  const keys = Object.keys(v);
  let first = keys.length;
  for (let i = keys.length - 1, left = count - found; i >= 0 && left > 0; i--) {
    if (known.has(keys[i] as string)) continue;
    left--;
    first = i;
  }
  for (let i = first; i < keys.length; i++) {
    const key = keys[i] as string;
    if (known.has(key)) continue;
    const value = v[key];
    if (value === null || c.unknownMembers === "strip") continue;
    if (c.unknownMembers === "reject" && !membersBelow(table, type).has(key)) {
      c.issues.push({
        path: memberPath(path, key),
        message: `member "${key}" is not declared by ${type} nor its subtypes`,
      });
      continue;
    }
    // Only __proto__ is not an ordinary member on assignment: defined, it stays a member.
    if (key === "__proto__")
      Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
    else o[key] = value;
  }
}

/** Decodes a slice: each element by `decode`, with its own path. */
export function gmArray<T>(
  value: unknown,
  path: string,
  c: GovmomiContext,
  decode: (element: unknown, path: string, c: GovmomiContext, holder: object, index: number) => T,
): T[] {
  if (!Array.isArray(value)) {
    c.issues.push({ path, message: problem("array", value) });
    return [];
  }
  const out = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = decode(value[i], `${path}[${i}]`, c, value, i);
  return out;
}

/** Checks each element of a slice of primitives; returns a copy. */
export function gmCheckArray(
  value: unknown,
  path: string,
  c: GovmomiContext,
  check: (element: unknown) => boolean,
  expected: string,
): unknown[] {
  if (!Array.isArray(value)) {
    c.issues.push({ path, message: problem("array", value) });
    return [];
  }
  for (let i = 0; i < value.length; i++)
    if (!check(value[i])) c.issues.push({ path: `${path}[${i}]`, message: problem(expected, value[i]) });
  return value.slice();
}

/**
 * The box name the dialect infers for a bare value in an untyped slot: `string`, `boolean`, `int` (an int32),
 * `long` (a larger integer), `double`, and for a slice of one kind `ArrayOfString`, ...; anything else is
 * `ArrayOfAnyType` or, for an object, `anyType`. The encoder writes a value bare only when this gives its box's
 * name back, so that a round trip keeps it.
 */
export function gmBoxName(value: unknown): string {
  switch (typeof value) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "bigint":
      return "long";
    case "number":
      if (!Number.isInteger(value)) return "double";
      return isInt32(value) ? "int" : "long";
    default:
      break;
  }
  if (!Array.isArray(value)) return "anyType";
  if (value.length === 0) return "ArrayOfAnyType";
  const names = new Set(value.map(gmBoxName));
  if (names.size === 2 && names.has("int") && names.has("long")) return "ArrayOfLong";
  if (names.size === 2 && names.has("double") && (names.has("int") || names.has("long")))
    return "ArrayOfDouble";
  const [only] = names;
  if (names.size !== 1 || only === undefined || only === "anyType" || only.startsWith("ArrayOf"))
    return "ArrayOfAnyType";
  return `ArrayOf${only.charAt(0).toUpperCase()}${only.slice(1)}`;
}

/**
 * Decodes an untyped slot (an EventEx argument's value): a bare string, number, boolean or slice gets the box its
 * kind implies (`{"_typeName":"string","_value":"green"}`, as VI JSON would send it); an object naming a declared
 * type decodes as that type, a box (`_typeName` and `_value`) as in VI JSON; an object with no `_typeName` is kept
 * as it came, named `anyType`.
 */
export function gmAny(
  value: unknown,
  path: string,
  c: GovmomiContext,
  types: GovmomiTypes,
  box: GovmomiBoxDecoder,
  holder: object,
  key: string | number,
): unknown {
  if (!isRecord(value)) {
    const name = gmBoxName(value);
    if (name === "ArrayOfAnyType") {
      const elements = value as unknown[];
      return {
        _typeName: name,
        _value: gmArray(elements, path, c, (e, p, cc, h, i) => gmAny(e, p, cc, types, box, h, i)),
      };
    }
    if (name === "long") {
      if (c.int64 === "bigint") return { _typeName: name, _value: readInt64(value, path, c, holder, key) };
      if (!Number.isSafeInteger(value)) c.issues.push({ path, message: problem("int64", value) });
      return { _typeName: name, _value: value };
    }
    // Other kinds: the VI JSON box decoder checks the elements; its paths name `_value`, which the data lacks.
    const issues = c.issues.length;
    const decoded = decodeOtherValue({ _typeName: name, _value: value }, path, c);
    for (let i = issues; i < c.issues.length; i++) {
      const issue = c.issues[i];
      if (issue !== undefined)
        c.issues[i] = { path: issue.path.replace(`${path}._value`, path), message: issue.message };
    }
    return decoded;
  }
  const name = value["_typeName"];
  if (name === undefined) return { _typeName: "anyType", ...value };
  if (typeof name === "string") {
    const table = types();
    const entry = table.get(name);
    if (entry !== undefined) return entry.decode(value, path, c);
    if (name === "ArrayOfAnyType" || (name.startsWith("ArrayOf") && table.has(name.slice(7)))) {
      const element = table.get(name.slice(7));
      const elements = value["_value"];
      const decodeElement =
        element === undefined
          ? (e: unknown, p: string, cc: GovmomiContext, h: object, i: number) =>
              gmAny(e, p, cc, types, box, h, i)
          : (e: unknown, p: string, cc: GovmomiContext) =>
              gmAt(e, p, cc, name.slice(7), element.decode, types);
      return { ...value, _value: gmArray(elements, `${path}._value`, c, decodeElement) };
    }
  }
  return box(value, path, c);
}

// ---- The way back: typed values to govmomi JSON ----

/** A decoded object, as the encoder reads it. */
type Decoded = Record<string, unknown> & { readonly _typeName: string };

/** Encodes one value of a field's element. */
function encodeElement(
  value: unknown,
  kind: string,
  declared: readonly string[],
  table: ReadonlyMap<string, GovmomiType>,
): unknown {
  switch (kind) {
    case "o":
    case "l":
      return gmEncodeAt(value as Decoded, declared[declared.length - 1] ?? "", table);
    case "a":
      return gmEncodeAny(value, table);
    default:
      return value instanceof Date ? dateTimeText(value) : value;
  }
}

/**
 * Encodes a value found where `declared` is declared: its fields under their Go names, every field present as Go
 * writes it (an unset pointer or slice `null`, an unset plain field its zero value); members it kept from
 * decoding are carried over. A value whose type is not the declared one carries a `_typeName` (the Go structs
 * cannot say it; govmomi ignores the member).
 */
export function gmEncodeAt(
  value: Decoded,
  declared: string,
  table: ReadonlyMap<string, GovmomiType>,
): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  // In a field listing types, `declared` is the last listed: the one a value without a name decodes as.
  const real = wireTypeName(value);
  if (real !== declared) o["_typeName"] = real;
  const chain = chainOf(table, value._typeName);
  for (const level of chain.levels) {
    for (const [vim, go, kind = "p", ...types] of level.fields) {
      const v = Object.prototype.hasOwnProperty.call(value, vim) ? value[vim] : undefined;
      const array = kind.endsWith("[]");
      const element = array ? kind.slice(0, -2) : kind;
      if (v === undefined) o[go] = array ? null : element === "s" ? "" : element === "n" ? 0 : null;
      else if (array) o[go] = (v as unknown[]).map((e) => encodeElement(e, element, types, table));
      else o[go] = encodeElement(v, element, types, table);
    }
  }
  for (const key of Object.keys(value)) {
    if (key === "_typeName" || chain.vimMembers.has(key)) continue;
    Object.defineProperty(o, key, {
      value: value[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return o;
}

/** Encodes the value of an untyped slot: bare where the decoder would give the same box back, else boxed. */
export function gmEncodeAny(value: unknown, table: ReadonlyMap<string, GovmomiType>): unknown {
  const v = value as Decoded;
  const name = v._typeName;
  if (table.has(name)) return gmEncodeAt(v, "anyType", table);
  if (name === "anyType") {
    const { _typeName: _, ...members } = v;
    return members;
  }
  const inner = v["_value"];
  if (name === "ArrayOfAnyType" && Array.isArray(inner)) {
    const elements = inner.map((e) => gmEncodeAny(e, table));
    return gmBoxName(elements) === name ? elements : { _typeName: name, _value: elements };
  }
  if (name.startsWith("ArrayOf") && table.has(name.slice(7)) && Array.isArray(inner)) {
    return { _typeName: name, _value: inner.map((e) => gmEncodeAt(e as Decoded, name.slice(7), table)) };
  }
  const raw = inner instanceof Date ? dateTimeText(inner) : inner;
  return gmBoxName(raw) === name ? raw : { _typeName: name, _value: raw };
}
