/**
 * Run-time support of the govmomi JSON dialect: the events that the VMware Event Broker Appliance and the
 * Knative vSphere source deliver, encoded from govmomi's Go structs by Go's `encoding/json`. Members carry the
 * Go field names (`Key`, `IpAddress`; `ServerGUID`), unset pointers are `null`, unset plain fields are Go zero
 * values and no object names its type. The generated `govmomi-*.ts` modules decode each field in straight-line
 * code; this module holds what is shared: dispatch on a `_typeName` where one is present, members no schema
 * declares and untyped slots. The table's types are in govmomiTable.ts, the way back (the encoder, driven by the
 * field table the generator writes) in govmomiEncode.ts. Copied into the output folder with the other templates.
 */
import { expectedText, isA, isRecord, keepWireTypeName, memberPath, problem } from "../core/checks";
import { decodeOtherValue } from "../core/boxed";
import { readInt64 } from "../core/convert";
import { gmBoxName } from "./govmomiEncode";
import {
  chainOf,
  membersBelow,
  type GovmomiBoxDecoder,
  type GovmomiContext,
  type GovmomiExact,
  type GovmomiTypes,
} from "./govmomiTable";

export { gmBoxName, gmEncodeAny, gmEncodeAt } from "./govmomiEncode";
export type {
  GovmomiBoxDecoder,
  GovmomiContext,
  GovmomiExact,
  GovmomiField,
  GovmomiType,
  GovmomiTypes,
} from "./govmomiTable";
import { rejectedType, undeclaredMember } from "../core/policies";

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
      message: rejectedType(name, declared),
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
        message: undeclaredMember(key, type, true),
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
