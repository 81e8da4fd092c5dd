/**
 * The writer's side of XML 1.0 text (soapWrite.ts): escaping that reads back as the text written, and the first
 * character no escaping can carry. Copied into the output folder.
 */
import { NOT_XML_CHAR } from "./xmlText";

/** The first character of `text` that XML 1.0 cannot hold, if any (its index). */
export function unwritableAt(text: string): number {
  const bad = NOT_XML_CHAR.exec(text);
  return bad === null ? -1 : bad.index;
}

const TEXT_SPECIAL = /[&<>\r]/g;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#x9;",
  "\n": "&#xA;",
  "\r": "&#xD;",
};

/** Text content that reads back as `text`: markup characters escaped, and CR kept (a reader would normalise it). */
export function escapeText(text: string): string {
  return text.replace(TEXT_SPECIAL, (ch) => ESCAPES[ch] as string);
}

/** A double-quoted attribute value that reads back as `text` (white space other than spaces survives normalisation). */
export function escapeAttribute(text: string): string {
  return text.replace(ATTRIBUTE_SPECIAL, (ch) => ESCAPES[ch] as string);
}
