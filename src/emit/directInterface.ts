/**
 * An interface of property signatures written straight into the module's writer, as ts-morph's printers write one (held
 * to them over every interface the catalogue emits); but a property's type over several lines, which is written as the
 * emitter laid it out (layoutTypes.ts: each line after the first at the member's indent and its own), where ts-morph
 * would indent it as a continued line; and a head too long for its line, laid out as prettier lays it out.
 */
import type { InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure, WriterFunction } from "ts-morph";
import { all, docTexts, line, only, writeDoc } from "./directParts";
import { heritageLines } from "./layoutDeclarations";
import { INDENT } from "./layoutParts";

const INTERFACE_KEYS = new Set(["kind", "name", "isExported", "docs", "extends", "properties"]);
const PROPERTY_KEYS = new Set(["kind", "name", "isReadonly", "hasQuestionToken", "docs", "type"]);

/**
 * An object type the emitter laid out (layoutTypes.ts): `{` and `}` on lines of their own, every line between them
 * indented. Any other type over several lines is ts-morph's to indent.
 */
function laidOutObject(type: string): boolean {
  const lines = type.split("\n");
  return lines[0] === "{" && lines[lines.length - 1] === "}" && lines.slice(1, -1).every((l) => l.startsWith(INDENT));
}

/** A property signature's text after its docs, `;` included; a type over several lines only as the emitter laid it out. */
function propertyText(p: OptionalKind<PropertySignatureStructure>): string | undefined {
  if (!only(p, PROPERTY_KEYS) || line(p.name) === undefined || typeof p.type !== "string" || p.type.trim() === "")
    return undefined;
  if (p.type.includes("\n") && !laidOutObject(p.type)) return undefined;
  return `${p.isReadonly === true ? "readonly " : ""}${p.name}${p.hasQuestionToken === true ? "?" : ""}: ${p.type};`;
}

/**
 * An interface of property signatures, as ts-morph's printers write one; but a property's type over several lines,
 * which is written as the emitter laid it out (each line after the first at the member's indent and its own), where
 * ts-morph would indent it as a continued line (the methods' types: emitMethods.ts lays them out as prettier does).
 */
export function interfaceWriter(i: InterfaceDeclarationStructure): WriterFunction | undefined {
  const docs = docTexts(i.docs);
  const extended = i.extends === undefined ? [] : Array.isArray(i.extends) ? all(i.extends, line) : undefined;
  if (!only(i, INTERFACE_KEYS) || line(i.name) === undefined || docs === undefined || extended === undefined)
    return undefined;
  const members: { docs: string[]; text: string }[] = [];
  for (const p of i.properties ?? []) {
    const memberDocs = docTexts(p.docs);
    const text = propertyText(p);
    if (memberDocs === undefined || text === undefined) return undefined;
    members.push({ docs: memberDocs, text });
  }
  const declared = `${i.isExported === true ? "export " : ""}interface ${i.name}`;
  const head = heritageLines(declared, extended, members.length === 0);
  return (writer) => {
    // What StatementStructurePrinter does before an interface, then the interface printer.
    if (!writer.isAtStartOfFirstLineOfBlock()) writer.blankLineIfLastNot();
    writer.closeComment();
    for (const doc of docs) writeDoc(writer, doc);
    writer.write(head.join("\n")).inlineBlock(() => {
      for (const [k, member] of members.entries()) {
        if (k > 0) writer.newLine();
        for (const doc of member.docs) writeDoc(writer, doc);
        writer.write(member.text);
      }
    });
  };
}
