/**
 * Type expressions as prettier lays them out when too long for their line: a union after a type alias's `=` or a
 * property's `:` (on the next line, or one member a line), a member with a generic's arguments one a line and their own
 * unions broken, and an object type one member a line (a method's in `VimMethods`). Each answers its lines, relative
 * to where it starts, or undefined for a shape it does not know. test/emit/layout-declarations.test.ts holds them to
 * prettier.
 */
import { fits, INDENT, splitOutside } from "./layoutParts";

/** A type prettier cannot break: a name (of a namespace perhaps), an array of one, a string literal. */
const ATOM = /^([\w$.]+(\[\])*|"[^"\\]*")$/;

/**
 * A type argument at `indent` columns followed by `end` (`,` but for the last): on its line; a union one member a
 * line; an array of a union in parentheses, its members one a line; an atom on its line however long.
 */
function argumentLines(indent: number, argument: string, end: string): string[] | undefined {
  const line = `${argument}${end}`;
  if (fits(indent, [line]) || ATOM.test(argument)) return [line];
  const array = /^\((.*)\)\[\]$/.exec(argument);
  const members = splitOutside(array?.[1] ?? argument, " | ");
  if (members.length < 2 || !members.every((m) => ATOM.test(m))) return undefined;
  const lines =
    array === null
      ? members.map((m, i) => `| ${m}${i === members.length - 1 ? end : ""}`)
      : ["(", ...members.map((m) => `${INDENT}| ${m}`), `)[]${end}`];
  return fits(indent, lines) ? lines : undefined;
}

/**
 * A union's member at `indent` columns (where its `| ` starts), followed by `end` (`;` for the last of a type alias):
 * on its line; a generic (`rt.Boxed<"T", T[]>`) too long for it, its arguments one a line; an atom on its line
 * however long.
 */
export function unionMemberLines(indent: number, member: string, end: string): string[] | undefined {
  const line = `| ${member}${end}`;
  if (fits(indent, [line]) || ATOM.test(member)) return [line];
  const generic = /^([\w$.]+)<(.*)>$/.exec(member);
  if (generic === null) return undefined;
  const args = splitOutside(generic[2] ?? "", ", ");
  // Prettier aligns a member two columns in, behind its `| `, and indents its arguments from there.
  const argumentIndent = `${INDENT}${INDENT}`;
  const lines = [`| ${generic[1] ?? ""}<`];
  for (const [i, argument] of args.entries()) {
    const laidOut = argumentLines(indent + argumentIndent.length, argument, i === args.length - 1 ? "" : ",");
    if (laidOut === undefined) return undefined;
    lines.push(...laidOut.map((l) => `${argumentIndent}${l}`));
  }
  lines.push(`${INDENT}>${end}`);
  return lines;
}

/**
 * A property signature `head: T;` (`head` being `readonly name?`) at `indent` columns, `T` the union of `members` (one
 * member: not a union), as prettier lays it out: on its line; too long, the union on the next line; too long there,
 * one member a line. A single member too long for its line stays there when prettier cannot break it.
 */
export function propertyLines(indent: number, head: string, members: readonly string[]): string[] | undefined {
  const line = `${head}: ${members.join(" | ")};`;
  if (fits(indent, [line])) return [line];
  if (members.length === 1) return ATOM.test(members[0] ?? "") ? [line] : undefined;
  const union = unionLines(indent, members);
  return union === undefined ? undefined : [`${head}:`, ...union];
}

/**
 * A union too long for the line it starts on, from the next line on (after a type alias's `=`, a property's `:`): on
 * that line where it fits there, else one member a line after its `| `, the last with its `;`. Two columns in.
 */
export function unionLines(indent: number, members: readonly string[]): string[] | undefined {
  const next = `${INDENT}${members.join(" | ")};`;
  if (fits(indent, [next])) return [next];
  const lines: string[] = [];
  for (const [i, member] of members.entries()) {
    const laidOut = unionMemberLines(indent + INDENT.length, member, i === members.length - 1 ? ";" : "");
    if (laidOut === undefined) return undefined;
    lines.push(...laidOut.map((l) => `${INDENT}${l}`));
  }
  return lines;
}

/** A member of an object type: its doc comment's lines, and either its type's union members or its own members. */
export interface TypeMember {
  readonly doc: readonly string[];
  /** `readonly name?`: what comes before the `:`. */
  readonly head: string;
  readonly type: { readonly union: readonly string[] } | { readonly members: readonly TypeMember[] };
}

/**
 * An object type of `members` at `indent` columns, broken one member a line as prettier keeps one written so (its
 * first member on the line after the `{`): from `{` to `}`, each line relative to the first. A member whose type this
 * does not know how to lay out stays on its line, too long for it: the format stage then gives the declaration to
 * prettier whole.
 */
export function objectTypeLines(indent: number, members: readonly TypeMember[]): string[] {
  const lines = ["{"];
  const inner = indent + INDENT.length;
  for (const member of members) {
    lines.push(...member.doc.map((l) => `${INDENT}${l}`));
    const type = member.type;
    if ("union" in type) {
      const union = splitUnions(type.union);
      const laidOut = propertyLines(inner, member.head, union) ?? [`${member.head}: ${union.join(" | ")};`];
      lines.push(...laidOut.map((l) => `${INDENT}${l}`));
      continue;
    }
    const [open = "", ...rest] = objectTypeLines(inner, type.members);
    lines.push(`${INDENT}${member.head}: ${open}`, ...rest.slice(0, -1).map((l) => `${INDENT}${l}`), `${INDENT}};`);
  }
  lines.push("}");
  return lines;
}

/** The members of a union whose members may be unions themselves (`T | undefined` where `T` is `A | B`). */
function splitUnions(members: readonly string[]): string[] {
  return members.flatMap((m) => splitOutside(m, " | "));
}
