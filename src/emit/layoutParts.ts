/** What every emit-stage layout (layout.ts, layoutClauses.ts, layoutDeclarations.ts) measures with. */
import { PRINT_WIDTH } from "../printWidth";

export const INDENT = "  ";

/** Whether every line fits the width at `indent` columns. */
export const fits = (indent: number, lines: readonly string[]): boolean =>
  lines.every((l) => indent + l.length <= PRINT_WIDTH);

/**
 * A code part's text outside its brackets (angle ones too) and string literals, to look for operators in: the parts
 * the emitters give are their own printed code, every bracket closed.
 */
export function outsideBrackets(part: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part[i] ?? "";
    if (c === '"' || c === "'") {
      for (i++; i < part.length && part[i] !== c; i++) if (part[i] === "\\") i++;
    } else if ("([{<".includes(c)) depth++;
    else if (")]}".includes(c) || (c === ">" && part[i - 1] !== "=")) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/**
 * `part` split at each `separator` outside its brackets (angle ones too) and string literals: a union's members
 * (`" | "`), a generic's arguments (`", "`). Parts the emitters give, every bracket closed.
 */
export function splitOutside(part: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part[i] ?? "";
    if (c === '"' || c === "'") {
      for (i++; i < part.length && part[i] !== c; i++) if (part[i] === "\\") i++;
    } else if ("([{<".includes(c)) depth++;
    else if (")]}".includes(c) || (c === ">" && part[i - 1] !== "=")) depth--;
    else if (depth === 0 && part.startsWith(separator, i)) {
      out.push(part.slice(from, i));
      from = i + separator.length;
      i = from - 1;
    }
  }
  out.push(part.slice(from));
  return out;
}
