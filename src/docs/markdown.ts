/**
 * Schema text as GitHub's Markdown shows it literally: escaped inline text, code spans that show their text as
 * written, and paragraphs that cannot become a list, a rule or math (the reference pages, emitDocs.ts).
 */

/** `text` on one line: each run of control characters and line or paragraph separators made one space. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ");
}

/**
 * Schema text as Markdown shows it literally: one line, with Markdown and HTML punctuation escaped (`$` too, which
 * GitHub reads as math).
 */
export function inline(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|#!~&{}()$]/g, (c) =>
      c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : `\\${c}`,
    )
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Schema text in a code span, shown as written: nothing escaped (a backslash inside a span is shown, not read), the
 * line breaks made spaces, fenced by one backtick more than its longest run of them, and padded with a space where
 * it starts or ends with a backtick or with a space at both ends (the one space each side Markdown strips).
 */
export function codeSpan(text: string): string {
  const line = oneLine(text);
  const fence = "`".repeat(Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const padded =
    line.startsWith("`") || line.endsWith("`") || /^ .*[^ ].* $/.test(line) || line === "" ? ` ${line} ` : line;
  return `${fence}${padded}${fence}`;
}

/**
 * A paragraph's text that Markdown would read as a block of another kind at the start of its line, escaped: a list
 * item (`- `, `+ `, `1. `, `1) `) or a rule (`---`, `- - -`); `-1`, `802.1p` and the like stay as they are.
 */
function blockStart(text: string): string {
  return text
    .replace(/^[-+](?=\s|$)|^-(?=[\s-]*-[\s-]*-[\s-]*$)/, (c) => `\\${c}`)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}

/** A description as paragraphs: each kept apart, each escaped as `inline`, none read as a list or a rule. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => blockStart(inline(p)))
    .filter((p) => p !== "");
}
