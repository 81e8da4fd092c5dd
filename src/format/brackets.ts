/** Reading one line of printed code: its strings skipped, its brackets counted (layouts.ts, settle.ts). */

/** Skips the string literal that starts at `i` (its quote); the index of its closing quote. */
export function skipString(text: string, i: number): number {
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

/** `text` split at each `separator` outside brackets (and angle brackets, with `angles`) and strings, trimmed. */
export function splitTopLevel(text: string, separator: string, angles = false): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") i = skipString(text, i);
    else if (c === "(" || c === "[" || c === "{" || (angles && c === "<")) depth++;
    else if (c === ")" || c === "]" || c === "}" || (angles && c === ">" && text[i - 1] !== "=")) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(from, i).trim());
      from = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(from).trim());
  return parts;
}

/** The index of the bracket that closes the one opened just before `from`, or -1. */
export function closing(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") i = skipString(text, i);
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if ((c === ")" || c === "]" || c === "}") && --depth === 0) return i;
  }
  return -1;
}
