/** What every emit-stage layout (layout.ts, layoutClauses.ts, layoutDeclarations.ts) measures with. */
import { PRINT_WIDTH } from "../printWidth";

export const INDENT = "  ";

/** Whether every line fits the width at `indent` columns. */
export const fits = (indent: number, lines: readonly string[]): boolean =>
  lines.every((l) => indent + l.length <= PRINT_WIDTH);

/**
 * Where a code part's characters outside its brackets (angle ones too) and string literals are: the parts the emitters
 * give are their own printed code, every bracket closed.
 */
function topLevel(part: string): number[] {
  const at: number[] = [];
  let depth = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part[i] ?? "";
    if (c === '"' || c === "'") {
      for (i++; i < part.length && part[i] !== c; i++) if (part[i] === "\\") i++;
    } else if ("([{<".includes(c)) depth++;
    else if (")]}".includes(c) || (c === ">" && part[i - 1] !== "=")) depth--;
    else if (depth === 0) at.push(i);
  }
  return at;
}

/** A code part's text outside its brackets and string literals, to look for operators in. */
export function outsideBrackets(part: string): string {
  return topLevel(part)
    .map((i) => part[i])
    .join("");
}

/**
 * `part` split at each `separator` outside its brackets (angle ones too) and string literals: a union's members
 * (`" | "`), a generic's arguments (`", "`).
 */
export function splitOutside(part: string, separator: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const i of topLevel(part)) {
    if (i < from || !part.startsWith(separator, i)) continue;
    out.push(part.slice(from, i));
    from = i + separator.length;
  }
  out.push(part.slice(from));
  return out;
}
