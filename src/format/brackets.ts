/** Reading one line of printed code: its strings skipped, its brackets counted (settle.ts). */

/** Skips the string literal that starts at `i` (its quote); the index of its closing quote. */
function skipString(text: string, i: number): number {
  const quote = text[i];
  for (i++; i < text.length && text[i] !== quote; i++) if (text[i] === "\\") i++;
  return i;
}

/**
 * The depth of brackets after `text` (strings skipped), or NaN should it close one it did not open or hold a template
 * literal (which this does not follow).
 */
export function bracketDepth(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") i = skipString(text, i);
    else if (c === "`") return NaN;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if ((c === ")" || c === "]" || c === "}") && --depth < 0) return NaN;
  }
  return depth;
}
