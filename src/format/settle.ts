/**
 * Settles a group of statements printed in prettier's own layout (2-space indent, `} else`, no redundant parentheses,
 * each line of a statement as prettier lays out one that fits, each long statement of a kind the emitters know laid
 * out by them: src/emit/layout*.ts) without formatting all of it: the lines that fit are already what prettier
 * writes, and only the long statements left go to prettier, each formatted on its own, a batch of them per indent.
 * Prettier lays out a statement at indent n inside a block as it lays it out alone in the width less n, since every
 * break it chooses is measured from where the statement starts. A long line this does not know answers undefined
 * (settleGroup); settleStatements then settles the group a statement at a time, and formats only that statement whole.
 */
import { bracketDepth } from "./brackets";
import { statementsOnLines, topLevelStatements } from "./statementGroups";

/** Formats `text` (statements separated by blank lines) with prettier in `width` columns. */
export type FormatIn = (text: string, width: number) => Promise<string>;

/** Whether `line` (trimmed) is a comment line, or starts one (`open` is then set until the comment ends). */
function commentLine(trimmed: string, state: { open: boolean }): boolean {
  if (state.open) {
    if (trimmed.includes("*/")) state.open = false;
    return true;
  }
  if (trimmed.startsWith("//")) return true;
  if (!trimmed.startsWith("/*")) return false;
  const end = trimmed.indexOf("*/", 2);
  if (end < 0) {
    state.open = true;
    return true;
  }
  // A comment followed by code on the same line is a code line.
  return end + 2 === trimmed.length;
}

/**
 * A line of one string or name, and the comma after it, or an interface's head that extends one interface by a plain
 * name (a qualified one, `rt.Base`, prettier moves to the next line): nothing on it prettier breaks.
 */
const UNBREAKABLE = /^((("[^"\\]*"|[\w$.]+(\[\])*),?)|(export )?interface [\w$]+ extends [\w$]+ \{)$/;

/** A line that carries on the statement before it. */
const CONTINUES = /^(else|catch|finally)\b/;

/**
 * Whether `line` may be where a statement prettier can lay out alone starts: it opens what it closes, and follows a
 * finished statement, a block's opening or a `case` label.
 */
function startsStatement(trimmed: string, previous: string): boolean {
  if (/^(\}|\)|\]|case |default\b)/.test(trimmed) || CONTINUES.test(trimmed)) return false;
  return (
    previous === "" ||
    previous.endsWith(";") ||
    previous.endsWith("{") ||
    previous.endsWith("}") ||
    previous.endsWith("*/") ||
    previous.startsWith("//") ||
    (/^(case |default\b)/.test(previous) && previous.endsWith(":"))
  );
}

/**
 * The lines from `start` that make one statement prettier may lay out alone (a long line, with the one-line `else`
 * clauses after it), as the index after its last line; undefined should they not.
 */
function statementEnd(lines: readonly string[], start: number, previous: string): number | undefined {
  const first = (lines[start] ?? "").trim();
  if (!startsStatement(first, previous)) return undefined;
  let end = start;
  for (;;) {
    const trimmed = (lines[end] ?? "").trim();
    if (!(trimmed.endsWith(";") || trimmed.endsWith("}")) || bracketDepth(trimmed) !== 0) return undefined;
    end++;
    if (!CONTINUES.test((lines[end] ?? "").trim())) return end;
  }
}

/** The group as prettier writes it, or undefined where a long line is of a kind this does not settle. */
export async function settleGroup(group: string, width: number, format: FormatIn): Promise<string | undefined> {
  const lines = group.split("\n");
  const comment = { open: false };
  /** For each line, the last code line before it (trimmed; `*\/` for a comment). */
  const previous: string[] = [];
  /** Statements to lay out alone, by indent: the first line of each and the index after its last. */
  const batches = new Map<string, [number, number][]>();
  const replaced = new Map<number, string[]>();
  let last = "";
  let settledTo = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const trimmed = line.trim();
    previous.push(last);
    if (commentLine(trimmed, comment)) {
      last = "*/";
      continue;
    }
    if (trimmed !== "") last = trimmed;
    // A string with a `"` in it is prettier's to quote (it picks the quote that needs fewer escapes).
    const quoted = trimmed.includes('\\"');
    // A line of one string or name (an emitter's layout put it there) is as prettier leaves it, however long.
    if (((line.length <= width || UNBREAKABLE.test(trimmed)) && !quoted) || i < settledTo) continue;
    const indent = line.slice(0, line.length - line.trimStart().length);
    // An `else` clause is laid out with the statement it ends, from its `if`.
    let start = i;
    while (start > settledTo && CONTINUES.test((lines[start] ?? "").trim())) start--;
    const end = statementEnd(lines, start, previous[start] ?? "");
    if (end === undefined || lines.slice(start, end).some((l) => !l.startsWith(indent) || l[indent.length] === " "))
      return undefined;
    const batch = batches.get(indent) ?? [];
    batch.push([start, end]);
    batches.set(indent, batch);
    settledTo = end;
  }
  for (const [indent, statements] of batches)
    if (!(await formatAlone(lines, statements, indent, width, format, replaced))) return undefined;
  const out = lines.flatMap((line, i) => replaced.get(i) ?? [line]).join("\n");
  return out.endsWith("\n") ? out : `${out}\n`;
}

/**
 * A group as prettier writes it: settled whole where it can be, else each top-level statement settled alone, and one
 * that cannot be, formatted by prettier alone. Prettier formats each top-level statement on its own, and keeps a blank
 * line between two where there was one (statementGroups.ts), so a statement this does not settle costs prettier that
 * statement, not its group (docs/performance.md has what that took out of a cold generate). A split that left a piece
 * prettier cannot read fails with its SyntaxError, and the format stage formats the module whole.
 */
export async function settleStatements(group: string, width: number, format: FormatIn): Promise<string> {
  const whole = await settleGroup(group, width, format);
  if (whole !== undefined) return whole;
  const formatted: string[] = [];
  for (const statements of topLevelStatements(group)) {
    const settled: string[] = [];
    for (const statement of statementsOnLines(statements))
      settled.push((await settleGroup(statement, width, format)) ?? (await format(statement, width)));
    formatted.push(settled.join(""));
  }
  return formatted.join("\n");
}

/**
 * Formats `statements` of `lines` (each a first line and the index after its last, all at `indent`) in one batch,
 * each alone in the width less the indent, and sets their laid-out lines in `replaced`, under each first line (its
 * other lines emptied). False should prettier's answer not come back one piece a statement.
 */
async function formatAlone(
  lines: readonly string[],
  statements: readonly [number, number][],
  indent: string,
  width: number,
  format: FormatIn,
  replaced: Map<number, string[]>,
): Promise<boolean> {
  const text = statements.map(([start, end]) =>
    lines
      .slice(start, end)
      .map((l) => l.slice(indent.length))
      .join("\n"),
  );
  const formatted = await format(text.join("\n\n"), width - indent.length);
  const pieces = formatted.replace(/\n$/, "").split("\n\n");
  if (pieces.length !== statements.length) return false;
  statements.forEach(([start, end], k) => {
    replaced.set(
      start,
      (pieces[k] ?? "").split("\n").map((l) => (l === "" ? l : `${indent}${l}`)),
    );
    for (let j = start + 1; j < end; j++) replaced.set(j, []);
  });
  return true;
}

/**
 * A template as prettier writes it: it is so already (the repository's lint holds `templates/` to prettier at this
 * width, with these options), but for its imports and re-exports, whose specifiers were edited (`../core/checks`
 * became `./checks`, or `./checks.js`) and may now fit a line or no longer fit one. Those alone go to prettier, in
 * one batch; undefined should they not come back one for one.
 */
export async function settleTemplate(text: string, width: number, format: FormatIn): Promise<string | undefined> {
  const lines = text.split("\n");
  /** Each import or re-export: its first line and the index after its last. */
  const statements: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const oneLine = /^(import|export) .* from "[^"]*";$/.test(line);
    if (!oneLine && !/^(import|export)( type)? \{$/.test(line)) continue;
    let end = i;
    while (end < lines.length && !/ from "[^"]*";$/.test(lines[end] ?? "")) end++;
    if (end === lines.length) return undefined;
    statements.push([i, end + 1]);
    i = end;
  }
  if (statements.length === 0) return text;
  const replaced = new Map<number, string[]>();
  if (!(await formatAlone(lines, statements, "", width, format, replaced))) return undefined;
  return lines.flatMap((line, i) => replaced.get(i) ?? [line]).join("\n");
}
