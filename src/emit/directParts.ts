/**
 * What the direct printers (directPrint.ts, directInterface.ts) share: a structure's parts as one-line texts, and its
 * JSDoc as ts-morph's JSDocStructurePrinter writes it.
 */
import type { CodeBlockWriter, JSDocStructure, OptionalKind } from "ts-morph";

/** A one-line text (a part ts-morph writes as it is), or undefined for anything else. */
export function line(part: unknown): string | undefined {
  return typeof part === "string" && !part.includes("\n") && part.trim() !== "" ? part : undefined;
}

/** Whether every key of `structure` is one of `known` (a property this printer does not know sends it to ts-morph). */
export function only(structure: object, known: ReadonlySet<string>): boolean {
  return Object.entries(structure).every(([key, value]) => value === undefined || known.has(key));
}

/** The texts of JSDoc comments given as strings or descriptions with plain tags, or undefined. */
export function docTexts(docs: readonly (OptionalKind<JSDocStructure> | string)[] | undefined): string[] | undefined {
  const texts: string[] = [];
  for (const doc of docs ?? []) {
    const text = typeof doc === "string" ? doc : docText(doc);
    if (typeof text !== "string" || text === "") return undefined;
    texts.push(text);
  }
  return texts;
}
const DOC_KEYS = new Set(["kind", "description", "tags"]);
const TAG_KEYS = new Set(["kind", "tagName", "text"]);

/** JSDocStructurePrinter's text of a description and its tags (`@name text`, a line each), all of them one-line. */
function docText(doc: OptionalKind<JSDocStructure>): string | undefined {
  if (!only(doc, DOC_KEYS)) return undefined;
  const description = doc.description ?? "";
  if (typeof description !== "string" || description.includes("\r")) return undefined;
  const tags: string[] = [];
  for (const tag of doc.tags ?? []) {
    const text = tag.text ?? "";
    if (!only(tag, TAG_KEYS) || typeof text !== "string" || /[\r\n]/.test(`${tag.tagName}${text}`)) return undefined;
    tags.push(`@${tag.tagName}${text === "" ? "" : ` ${text}`}`);
  }
  return [...(description === "" ? [] : [description]), ...tags].join("\n");
}

/** JSDocStructurePrinter's text for one comment, then its newline. */
export function writeDoc(writer: CodeBlockWriter, text: string): void {
  const lines = text.split(/\r?\n/);
  const startIndex = lines[0] === "" ? 1 : 0;
  const singleLine = lines.length <= 1;
  writer.closeComment();
  writer.write("/**");
  if (singleLine) writer.space().write(lines[startIndex] ?? "");
  else {
    writer.newLine();
    for (const l of lines.slice(startIndex)) {
      writer.write(" *");
      if (l.length > 0) writer.write(` ${l}`);
      writer.newLine();
    }
  }
  writer.spaceIfLastNot();
  writer.write("*/");
  writer.newLine();
}

/** The texts of a list of parts, or undefined when one of them is not plain. */
export function all<T>(items: readonly T[] | undefined, text: (item: T) => string | undefined): string[] | undefined {
  const out: string[] = [];
  for (const item of items ?? []) {
    const t = text(item);
    if (t === undefined) return undefined;
    out.push(t);
  }
  return out;
}
