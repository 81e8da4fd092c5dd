/**
 * Type expressions as prettier lays them out when too long for their line, for the layouts of declarations that hold
 * them (layoutDeclarations.ts): a union's member after its `| `, with a generic's arguments one a line, and those
 * arguments' own unions broken. Each answers its lines, relative to where the member's `| ` starts, or undefined
 * for a shape it does not know. test/emit/layout-declarations.test.ts holds them to prettier.
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
