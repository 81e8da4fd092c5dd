/**
 * Object and array literals the emitters lay out themselves, as prettier lays them out when too long for a line: the
 * method table (`vimMethods$`), the VI JSON wire's parameter encoders, the decoders' defaults and each enum's values.
 * A literal is given as data (keys, values, elements); each answers its lines, or undefined where prettier would lay it out otherwise (a value too long for its
 * line that prettier could break), and the declaration then stays on one line for the format stage to give to
 * prettier. test/emit/layout-declarations.test.ts holds them to prettier.
 */
import { withLayout, type DeclarationLayout } from "./layout";
import { fits, INDENT, PLAIN_TOKEN } from "./layoutParts";

/** A literal's value: code (a name, a string, a call...), an object of properties, or an array of values. */
export type LiteralValue =
  string | { readonly object: readonly LiteralProperty[] } | { readonly array: readonly LiteralValue[] };

/** A property: its key (quoted where it is not a name; a literal with such a key is left to prettier). */
export interface LiteralProperty {
  readonly key: string;
  readonly value: LiteralValue;
}

const KEY = /^[A-Za-z_$][\w$]*$/;

/** The value on one line. */
export function literalText(value: LiteralValue): string {
  if (typeof value === "string") return value;
  if ("array" in value) return `[${value.array.map(literalText).join(", ")}]`;
  return value.object.length === 0
    ? "{}"
    : `{ ${value.object.map((p) => `${KEY.test(p.key) ? p.key : JSON.stringify(p.key)}: ${literalText(p.value)}`).join(", ")} }`;
}

/** An array or object of two or more elements or properties. */
const compound = (v: LiteralValue): boolean =>
  typeof v !== "string" && ("array" in v ? v.array.length > 1 : v.object.length > 1);

/**
 * Whether prettier breaks the array whether it fits or not: two or more elements, all arrays (or all objects) of two
 * or more elements.
 */
function alwaysBroken(array: readonly LiteralValue[]): boolean {
  const kind = (v: LiteralValue): string => (typeof v === "string" ? "code" : "array" in v ? "array" : "object");
  const first = array[0];
  return array.length > 1 && first !== undefined && array.every((e) => compound(e) && kind(e) === kind(first));
}

/**
 * `lead` then the value, then `end`, at `indent` columns: on one line where it fits (and prettier does not break it
 * anyway), else an object one property a line, an array one element a line; a name or string too long for its line
 * on it, or on the next after a property's key. Undefined for other code too long for its line.
 */
function valueLines(indent: number, lead: string, value: LiteralValue, end: string): string[] | undefined {
  const line = `${lead}${literalText(value)}${end}`;
  const forced = typeof value !== "string" && "array" in value && alwaysBroken(value.array);
  if (!forced && fits(indent, [line])) return [line];
  if (typeof value === "string") {
    if (!PLAIN_TOKEN.test(value)) return undefined;
    // A property's value that does not fit after its key goes to the next line (prettier's break after the colon),
    // but after a key shorter than five columns, where the break would gain too little, and but a number or boolean.
    const stays = lead.length - ": ".length < 5 || /^(-?\d|true$|false$)/.test(value);
    return stays ? [line] : [lead.trimEnd(), `${INDENT}${value}${end}`];
  }
  const [open, close, parts] =
    "array" in value
      ? ["[", "]", value.array.map((e) => valueLines(indent + INDENT.length, "", e, ","))]
      : ["{", "}", value.object.map((p) => propertyLines(indent + INDENT.length, p))];
  if (parts.length === 0) return [line];
  const lines = [`${lead}${open}`];
  for (const part of parts) {
    if (part === undefined) return undefined;
    lines.push(...part.map((l) => `${INDENT}${l}`));
  }
  lines.push(`${close}${end}`);
  return fits(indent, [lines[0] ?? ""]) ? lines : undefined;
}

function propertyLines(indent: number, p: LiteralProperty): string[] | undefined {
  return KEY.test(p.key) ? valueLines(indent, `${p.key}: `, p.value, ",") : undefined;
}

/** A constant whose value is the object of `properties`, laid out as prettier lays it out when too long for its line. */
export function objectLayout(properties: readonly LiteralProperty[]): DeclarationLayout {
  return (indent, head) => valueLines(indent, head, { object: properties }, ";");
}

/** A declaration (`name: type = [ ... ]`) of an array literal, laid out as prettier lays it out when too long. */
export function arrayDeclaration(
  name: string,
  type: string,
  elements: readonly LiteralValue[],
): { name: string; type: string; initializer: string } {
  const array = { array: elements };
  return withLayout({ name, type, initializer: literalText(array) }, (indent, head) =>
    valueLines(indent, head, array, ";"),
  );
}

/** A declaration (`name: type = { ... }`) of an object literal, laid out by objectLayout. */
export function objectDeclaration(
  name: string,
  type: string,
  properties: readonly LiteralProperty[],
): { name: string; type: string; initializer: string } {
  return withLayout({ name, type, initializer: literalText({ object: properties }) }, objectLayout(properties));
}
