/**
 * The one-line texts the commands print besides diagnostics: a usage error as one line (from commander's error), and
 * a long diff cut to a screenful. Pure text; the CLI writes it.
 */
import { closest } from "../validate/suggest";

/**
 * Commander's error (`error: unknown option '--shemas'` and a `(Did you mean --schemas?)` line) as the one line
 * every misuse gets: what is wrong, the nearest choice where there is one, and where the help is.
 */
export function usageLine(text: string, commandName: string): string {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const what = (lines[0] ?? "").replace(/^error: /, "").replace(/\.$/, "");
  const suggested = lines
    .slice(1)
    .map((l) => l.replace(/^\((.*)\)$/, "$1"))
    .map((l) => l.charAt(0).toLowerCase() + l.slice(1));
  // `--int64 big`: commander lists the choices; the nearest is named as for the other misspellings.
  const choice = /argument '(.*)' is invalid\. Allowed choices are (.*?)\.?$/.exec(what);
  const nearest = choice === null ? undefined : closest(choice[1] ?? "", (choice[2] ?? "").split(", "));
  if (nearest !== undefined) suggested.push(`did you mean ${nearest}?`);
  const hint = suggested.length > 0 ? ` (${suggested.join("; ")})` : "";
  return `vsphere-typegen: ${what}${hint}; see \`${commandName} --help\`\n`;
}

/** How many lines of diff `check` prints without `--diff`: about a screenful. */
export const DIFF_LINES = 60;

/** `1 file differs`, `3 files differ`. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The diffs as printed: all of them, or the first screenful; `cut` is what the summary line says of a cut. */
export function shownDiff(diffs: readonly string[], all: boolean): { text: string; cut: string } {
  const text = diffs.join("\n");
  const lines = text.split("\n");
  if (all || lines.length <= DIFF_LINES) return { text, cut: "" };
  return {
    text: `${lines.slice(0, DIFF_LINES).join("\n")}\n`,
    cut: `; the diff's first ${DIFF_LINES} of ${lines.length.toLocaleString("en-US")} lines shown, --diff shows all`,
  };
}
