/**
 * Top-level declarations the emitters lay out themselves, from their parts, as prettier lays them out when they are
 * too long for a line: a type alias of a union, a constant naming another, a constant made by a call of an array of
 * entries, an import of names. Each answers its lines, or undefined where prettier would lay the declaration out
 * otherwise; it then stays on one line, for the format stage to give to prettier. The printer (directPrint.ts) asks
 * for a declaration's layout through withLayout (layout.ts). test/emit/layout-declarations.test.ts holds every
 * layout to prettier at every length around the width.
 */
import { StructureKind, type TypeAliasDeclarationStructure } from "ts-morph";
import { fits, INDENT, outsideBrackets } from "./layoutParts";
import { withLayout, type DeclarationLayout } from "./layout";
import { unionLines } from "./layoutTypes";

/**
 * A type alias of a union too long for its line: on the line after its `=` where it fits there, else one member a
 * line, each after a `| ` (layoutTypes.ts).
 */
export function unionLayout(members: readonly string[]): DeclarationLayout {
  return (indent, head) => {
    if (members.length < 2 || members.some((m) => m === "" || /[|?]|=>/.test(outsideBrackets(m)))) return undefined;
    const union = unionLines(indent, members);
    return union === undefined ? undefined : [head.trimEnd(), ...union];
  };
}

/** A type alias of the union of `members`, laid out by unionLayout when too long for a line. */
export function unionAlias(
  alias: Omit<TypeAliasDeclarationStructure, "kind" | "type">,
  members: readonly string[],
): TypeAliasDeclarationStructure {
  return withLayout({ kind: StructureKind.TypeAlias, ...alias, type: members.join(" | ") }, unionLayout(members));
}

const NAME = /^[\w$]+$/;

/** A constant that names another (`const a = b;`), too long for a line: broken after its `=`. */
export function aliasLayout(named: string): DeclarationLayout {
  return (indent, head) => {
    const lines = [head.trimEnd(), `${INDENT}${named};`];
    return NAME.test(named) && fits(indent, lines) ? lines : undefined;
  };
}

/**
 * An entry of a table call: a name, a string without quotes to choose between, or an array of names and such
 * strings.
 */
const ENTRY = /^(\[("[^"'\\]*"|[\w$]+)(, ("[^"'\\]*"|[\w$]+))*\]|[\w$]+|"[^"'\\]*")$/;

/** A callee: a name, perhaps with type arguments (a function type's among them: kept where the call's line fits). */
const CALLEE = /^(\/\* @__PURE__ \*\/ )?(new )?[\w$.]+(<[^\n]+>)?$/;

/** The text of a call of one array of entries: `callee([e1, e2])`. */
export function tableCallText(callee: string, entries: readonly string[]): string {
  return `${callee}([${entries.join(", ")}])`;
}

/**
 * A constant made by a call of one array of entries (`rt.family<F>([["T", f], ..., table])`, `callee` with its type
 * arguments of one name; or `new Set(["a", "b"])`), too long for a line: the array hugged by the call, one entry a line; the call on the line
 * after the `=` when its head does not fit.
 */
export function tableCallLayout(callee: string, entries: readonly string[]): DeclarationLayout {
  return (indent, head) => {
    if (!CALLEE.test(callee) || entries.length === 0 || !entries.every((e) => ENTRY.test(e))) return undefined;
    // One entry: prettier hugs a string (`new Set(["a"])`) as it does two, but moves a call of one array or name
    // after the `=`, which this does not follow.
    if (entries.length === 1 && !entries[0]?.startsWith('"')) return undefined;
    const declaration = head.trimEnd();
    const call = `${callee}(`;
    // Prettier measures the head to the call's `(`; where that fits and the `[` after it does not, it is left to it.
    const headFits = fits(indent, [`${head}${call}`]);
    if (headFits !== fits(indent, [`${head}${call}[`])) return undefined;
    // Type arguments other than one name: where the head does not fit but fits to their `<`, prettier breaks them.
    const typeArguments = callee.indexOf("<");
    const oneName = /^<[\w$.]+>$/.test(callee.slice(typeArguments));
    if (!headFits && typeArguments >= 0 && !oneName && fits(indent, [`${head}${callee.slice(0, typeArguments + 1)}`]))
      return undefined;
    if (!fits(indent, [declaration])) return undefined;
    // Prettier breaks an array of two or more arrays of two or more elements whether it fits or not.
    const alwaysBroken = entries.every((e) => e.startsWith("[") && e.includes(","));
    const rhs = `${INDENT}${call}[${entries.join(", ")}]);`;
    if (!headFits && !alwaysBroken && fits(indent, [rhs])) return [declaration, rhs];
    const pad = headFits ? INDENT : `${INDENT}${INDENT}`;
    const open = headFits ? [`${head}${call}[`] : [declaration, `${INDENT}${call}[`];
    const entryLines = entries.flatMap((e) => entryLinesOf(indent + pad.length, e).map((l) => `${pad}${l}`));
    const lines = [...open, ...entryLines, `${pad.slice(INDENT.length)}]);`];
    return fits(indent, [...open, lines[lines.length - 1] ?? ""]) ? lines : undefined;
  };
}

/**
 * An entry of a table call (ENTRY) at `indent` columns, and its comma: on its line; an array too long for it, one
 * element a line; a name or string on its line however long (prettier cannot break it).
 */
function entryLinesOf(indent: number, entry: string): string[] {
  const line = `${entry},`;
  if (fits(indent, [line]) || !entry.startsWith("[")) return [line];
  return [
    "[",
    ...entry
      .slice(1, -1)
      .split(", ")
      .map((element) => `${INDENT}${element},`),
    "],",
  ];
}

/**
 * An interface's head (`declared`: `export interface X`) and the interfaces it extends, up to the space before its
 * body's `{`: on one line; too long, two or more extended on the line after it where they fit there, else one a line,
 * as prettier lays them out (one extended it leaves on the line, however long). Prettier measures to the body's `{`,
 * or to `{}` for an empty body.
 */
export function heritageLines(declared: string, extended: readonly string[], emptyBody: boolean): string[] {
  const oneLine = [`${declared} ${extended.length === 0 ? "" : `extends ${extended.join(", ")} `}`];
  const open = emptyBody ? "{}" : "{";
  const fitsWithBody = (lines: readonly string[]): boolean =>
    fits(0, [...lines.slice(0, -1), `${lines[lines.length - 1] ?? ""}${open}`]);
  if (extended.length < 2 || fitsWithBody(oneLine)) return oneLine;
  const nextLine = [declared, `${INDENT}extends ${extended.join(", ")} `];
  const last = extended.length - 1;
  const oneALine = [
    declared,
    `${INDENT}extends`,
    ...extended.map((e, k) => `${INDENT}${INDENT}${e}${k < last ? "," : " "}`),
  ];
  return [nextLine, oneALine].find(fitsWithBody) ?? oneLine;
}

/** An import of names from a module, by its parts; or a re-export of them (`keyword` "export"). */
export interface NamedImport {
  readonly keyword?: "import" | "export";
  readonly typeOnly: boolean;
  readonly names: readonly string[];
  readonly moduleSpecifier: string;
}

/** `import {`, `export type {`: what comes before the names. */
const namedHead = (i: NamedImport): string => `${i.keyword ?? "import"} ${i.typeOnly ? "type " : ""}{`;

/** The import (or re-export) on one line. */
export function importText(i: NamedImport): string {
  return `${namedHead(i)} ${i.names.join(", ")} } from ${JSON.stringify(i.moduleSpecifier)};`;
}

/**
 * The import (or re-export) as prettier writes it: on one line when it fits (or names one name, however long), else
 * one name a line, each with a trailing comma. Undefined where a specifier holds a character prettier may quote
 * otherwise.
 */
export function importLines(i: NamedImport): string[] | undefined {
  if (/["'\\]/.test(i.moduleSpecifier) || !i.names.every((n) => NAME.test(n))) return undefined;
  const oneLine = importText(i);
  if (i.names.length < 2 || fits(0, [oneLine])) return [oneLine];
  const lines = [namedHead(i), ...i.names.map((n) => `${INDENT}${n},`), `} from ${JSON.stringify(i.moduleSpecifier)};`];
  return fits(0, lines) ? lines : undefined;
}
