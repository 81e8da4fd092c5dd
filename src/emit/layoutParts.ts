/** What every emit-stage layout (src/emit/layout*.ts) measures and writes with. */
import type { CodeBlockWriter } from "ts-morph";
import { PRINT_WIDTH } from "../printWidth";

export const INDENT = "  ";

/** Whether every line fits the width at `indent` columns. */
export const fits = (indent: number, lines: readonly string[]): boolean =>
  lines.every((l) => indent + l.length <= PRINT_WIDTH);

/** Writes `text` on its line when it fits at the writer's indent (after `lead`), else the lines `layout` answers. */
export function writeLaidOut(
  writer: CodeBlockWriter,
  text: string,
  layout: (indent: number) => readonly string[] | undefined,
  lead = "",
): void {
  const indent = writer.getIndentationLevel() * INDENT.length;
  const lines = fits(indent, [`${lead}${text}`]) ? undefined : layout(indent);
  for (const line of lines ?? [text]) writer.writeLine(line);
}

/**
 * One token prettier cannot break: a name (or a member of one), a string without quotes to choose between, a number.
 * On its line however long.
 */
export const PLAIN_TOKEN = /^([\w$]+(\.[\w$]+)*|"[^"'\\]*"|-?\d+(\.\d+)?)$/;

/** A chain of operands broken one a line, two columns in, each but the last followed by ` operator`, the last by `end`. */
export function operandLines(operands: readonly string[], operator: string, end = ""): string[] {
  return operands.map((o, i) => `${INDENT}${o}${i < operands.length - 1 ? ` ${operator}` : end}`);
}

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
