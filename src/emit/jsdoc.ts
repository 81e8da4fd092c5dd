/**
 * The one way documentation text from a schema reaches generated code. Schema text is untrusted: a
 * `*` followed by `/` would end the comment and let the rest run as code, and line terminators or
 * control characters could do the same to a line comment. Everything goes through `safeCommentText`.
 */
import type { JSDocStructure, OptionalKind } from "ts-morph";
import type { Doc } from "../model/ir";

// Control characters (but tab and newline) are exactly what must not pass through verbatim.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Makes arbitrary text safe inside a block or line comment, keeping it readable. */
export function safeCommentText(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
      .replace(/\*\//g, "*\\/")
      // ts-morph closes what it takes for an open block comment before the tags, so `/*` is escaped too.
      .replace(/\/\*/g, "/\\*")
      .replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
      .replace(/^(\s*)@/gm, "$1\\@")
      .split("\n")
      .map((line) => line.trimEnd())
      .join("\n")
      .trim()
  );
}

/** A JSDoc structure from a model `Doc` plus extra description paragraphs; `undefined` when empty. */
export function jsDoc(doc: Doc, extra: readonly string[] = []): OptionalKind<JSDocStructure> | undefined {
  const paragraphs = [doc.description, ...extra].map(safeCommentText).filter((p) => p !== "");
  const tags: { tagName: string; text?: string }[] = [];
  if (doc.since !== undefined) tags.push({ tagName: "since", text: safeCommentText(`vSphere API ${doc.since}`) });
  if (doc.deprecated === true) tags.push({ tagName: "deprecated" });
  else if (typeof doc.deprecated === "string")
    tags.push({ tagName: "deprecated", text: safeCommentText(doc.deprecated) });
  if (paragraphs.length === 0 && tags.length === 0) return undefined;
  return { description: paragraphs.join("\n\n"), tags };
}

/**
 * A JSDoc block as text, as ts-morph prints one (one line when its text is one line, else each line behind its star),
 * each line behind `indent`: for what ts-morph's structures do not reach (a member of a type literal, a member of an
 * interface written as text). Empty when there is nothing to say.
 */
export function docCommentLines(doc: Doc, extra: readonly string[] = [], indent = ""): string[] {
  const docs = jsDoc(doc, extra);
  if (docs === undefined) return [];
  const description = typeof docs.description === "string" ? docs.description : "";
  const tags = (docs.tags ?? []).map((t) => `@${t.tagName}${typeof t.text === "string" ? ` ${t.text}` : ""}`);
  const lines = [...(description === "" ? [] : description.split("\n")), ...tags];
  if (lines.length === 1) return [`${indent}/** ${lines[0] ?? ""} */`];
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`.trimEnd()), `${indent} */`];
}
