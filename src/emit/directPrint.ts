/**
 * The structures a module holds by the thousand (plain functions and one-declaration `const`s) written straight
 * into the module's writer: the text ts-morph's printers write for them, but for a function's signature, which is
 * laid out from its parts as prettier lays it out (one line when it fits, else one parameter a line). ts-morph prints
 * each part of a structure (a parameter's type, a return type, an initializer) through a writer of its own, and
 * making those writers was a third of the emit stage. Anything these writers do not cover (a part given as a writer
 * function, a text over several lines, overloads, tags) is left to ts-morph. test/emit/direct-print.test.ts holds
 * the signatures to prettier's layout at every length around the width.
 */
import {
  StructureKind,
  type CodeBlockWriter,
  type ExportDeclarationStructure,
  type FunctionDeclarationStructure,
  type InterfaceDeclarationStructure,
  type JSDocStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type PropertySignatureStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type TypeParameterDeclarationStructure,
  type VariableStatementStructure,
  type WriterFunction,
} from "ts-morph";
import { PRINT_WIDTH } from "../printWidth";
import { layoutOf, type DeclarationLayout } from "./layout";
import { importLines } from "./layoutDeclarations";

type Statement = string | WriterFunction | StatementStructures;

/** A one-line text (a part ts-morph writes as it is), or undefined for anything else. */
function line(part: unknown): string | undefined {
  return typeof part === "string" && !part.includes("\n") && part.trim() !== "" ? part : undefined;
}

/** Whether every key of `structure` is one of `known` (a property this printer does not know sends it to ts-morph). */
function only(structure: object, known: ReadonlySet<string>): boolean {
  return Object.entries(structure).every(([key, value]) => value === undefined || known.has(key));
}

/** The texts of JSDoc comments given as strings or descriptions with plain tags, or undefined. */
function docTexts(docs: readonly (OptionalKind<JSDocStructure> | string)[] | undefined): string[] | undefined {
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
function writeDoc(writer: CodeBlockWriter, text: string): void {
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

const PARAMETER_KEYS = new Set(["kind", "name", "type", "hasQuestionToken"]);

function parameterText(p: OptionalKind<ParameterDeclarationStructure>): string | undefined {
  // A comment in a part moves where ts-morph puts the comma after it: left to ts-morph.
  if (!only(p, PARAMETER_KEYS) || line(p.name) === undefined || /\/[/*]/.test(`${p.name}${String(p.type)}`))
    return undefined;
  const question = p.hasQuestionToken === true ? "?" : "";
  const type = p.type === undefined ? (p.hasQuestionToken === true ? "any" : undefined) : line(p.type);
  if (p.type !== undefined && type === undefined) return undefined;
  return `${p.name}${question}${type === undefined ? "" : `: ${type}`}`;
}

const TYPE_PARAMETER_KEYS = new Set(["kind", "name", "constraint"]);

function typeParameterText(t: OptionalKind<TypeParameterDeclarationStructure> | string): string | undefined {
  if (typeof t === "string") return line(t);
  if (!only(t, TYPE_PARAMETER_KEYS) || line(t.name) === undefined) return undefined;
  if (t.constraint === undefined) return t.name;
  const constraint = line(t.constraint);
  return constraint === undefined ? undefined : `${t.name} extends ${constraint}`;
}

/** The texts of a list of parts, or undefined when one of them is not plain. */
function all<T>(items: readonly T[] | undefined, text: (item: T) => string | undefined): string[] | undefined {
  const out: string[] = [];
  for (const item of items ?? []) {
    const t = text(item);
    if (t === undefined) return undefined;
    out.push(t);
  }
  return out;
}

/** ts-morph's whitespace (StringUtils.isWhitespaceCharCode), for the test before each statement of a body. */
const WHITESPACE = new Set(
  [" ", "\f", "\n", "\r", "\t", "\v", "\u00A0", "\u2028", "\u2029"].map((c) => c.charCodeAt(0)),
);

/** StatementStructurePrinter.printTexts over texts and writers: a blank line after a `}`, else a new line. */
function writeStatements(writer: CodeBlockWriter, statements: readonly (string | WriterFunction)[]): void {
  for (const statement of statements) {
    const afterBrace = writer.iterateLastCharCodes((c) => (c === 125 ? true : WHITESPACE.has(c) ? undefined : false));
    if (afterBrace === true) writer.blankLineIfLastNot();
    else if (!writer.isAtStartOfFirstLineOfBlock()) writer.newLineIfLastNot();
    if (typeof statement === "string") writer.write(statement);
    else statement(writer);
  }
}

const FUNCTION_KEYS = new Set([
  "kind",
  "name",
  "isExported",
  "docs",
  "typeParameters",
  "parameters",
  "returnType",
  "statements",
]);

function functionWriter(f: FunctionDeclarationStructure): WriterFunction | undefined {
  if (!only(f, FUNCTION_KEYS) || f.name === undefined || line(f.name) === undefined) return undefined;
  const docs = docTexts(f.docs);
  const typeParameters = all(f.typeParameters, typeParameterText);
  const parameters = all(f.parameters, parameterText);
  const returnType = f.returnType === undefined ? "" : line(f.returnType);
  const body = f.statements;
  if (docs === undefined || typeParameters === undefined || parameters === undefined || returnType === undefined)
    return undefined;
  const plainBody =
    body === undefined ||
    typeof body === "function" ||
    typeof body === "string" ||
    body.every((b) => typeof b === "function" || typeof b === "string");
  if (!plainBody) return undefined;
  const name =
    `${f.isExported === true ? "export " : ""}function ${f.name}` +
    `${typeParameters.length > 0 ? `<${typeParameters.join(", ")}>` : ""}`;
  const close = `)${returnType === "" ? "" : `: ${returnType}`}`;
  return (writer) => {
    // What StatementStructurePrinter does before a function, then NodePrinter and the function printer.
    if (!writer.isAtStartOfFirstLineOfBlock()) writer.blankLineIfLastNot();
    writer.closeComment();
    for (const doc of docs) writeDoc(writer, doc);
    writer.write(signature(name, parameters, close, writer.getIndentationLevel() * INDENT.length));
    writer.space().inlineBlock(() => {
      if (typeof body === "function") body(writer);
      else if (typeof body === "string") writer.write(body);
      else if (body !== undefined) writeStatements(writer, body as readonly (string | WriterFunction)[]);
    });
  };
}

const INDENT = "  ";

/**
 * A function's signature up to its body's `{`: on one line when it fits the width, else as prettier breaks it, one
 * parameter a line, each with a trailing comma, then `): R`. Kept on one line (for the format stage to give to
 * prettier) where that layout would not fit either, or where prettier lays the signature out otherwise: a parameter
 * that is a pattern or a rest, a type parameter list with parentheses, an object return type.
 */
function signature(name: string, parameters: readonly string[], close: string, indent: number): string {
  const oneLine = `${name}(${parameters.join(", ")}${close}`;
  if (indent + oneLine.length + " {".length <= PRINT_WIDTH) return oneLine;
  const plain =
    parameters.length > 0 &&
    !/[()]/.test(name.slice(name.indexOf("<") + 1 || name.length)) &&
    !/[{}]/.test(close) &&
    parameters.every((p) => !/^[{[]|^\.\.\./.test(p));
  const lines = [`${name}(`, ...parameters.map((p) => `${INDENT}${p},`), `${close} {`];
  if (!plain || lines.some((l) => indent + l.length > PRINT_WIDTH)) return oneLine;
  return [`${name}(`, ...parameters.map((p) => `${INDENT}${p},`), close].join("\n");
}

const VARIABLE_KEYS = new Set(["kind", "declarationKind", "isExported", "docs", "declarations"]);
const DECLARATION_KEYS = new Set(["kind", "name", "type", "initializer"]);

function variableWriter(v: VariableStatementStructure): WriterFunction | undefined {
  const [declaration, ...more] = v.declarations;
  if (!only(v, VARIABLE_KEYS) || declaration === undefined || more.length > 0) return undefined;
  if (!only(declaration, DECLARATION_KEYS) || line(declaration.name) === undefined) return undefined;
  const docs = docTexts(v.docs);
  const type = declaration.type === undefined ? "" : line(declaration.type);
  const initializer = declaration.initializer === undefined ? "" : line(declaration.initializer);
  if (docs === undefined || type === undefined || initializer === undefined) return undefined;
  const head =
    `${v.isExported === true ? "export " : ""}${v.declarationKind ?? "let"} ${declaration.name}` +
    `${type === "" ? "" : `: ${type}`}`;
  const text = `${head}${initializer === "" ? "" : ` = ${initializer}`};`;
  return declarationWriter(docs, head, text, initializer === "" ? undefined : layoutOf(declaration));
}

/**
 * Writes a declaration's docs, then its text (`head = value;`) on one line, or, too long for its line, laid out from
 * the parts the emitter gave, where it gave them (layout*.ts).
 */
function declarationWriter(
  docs: readonly string[],
  head: string,
  text: string,
  layout: DeclarationLayout | undefined,
): WriterFunction {
  return (writer) => {
    writer.closeComment();
    for (const doc of docs) writeDoc(writer, doc);
    const indent = writer.getIndentationLevel() * INDENT.length;
    const lines = layout !== undefined && indent + text.length > PRINT_WIDTH ? layout(indent, `${head} = `) : undefined;
    writer.write(lines === undefined ? text : lines.join("\n"));
  };
}

const TYPE_ALIAS_KEYS = new Set(["kind", "name", "isExported", "docs", "type"]);

function typeAliasWriter(t: TypeAliasDeclarationStructure): WriterFunction | undefined {
  const docs = docTexts(t.docs);
  const type = line(t.type);
  if (!only(t, TYPE_ALIAS_KEYS) || line(t.name) === undefined || docs === undefined || type === undefined)
    return undefined;
  const head = `${t.isExported === true ? "export " : ""}type ${t.name}`;
  const text = `${head} = ${type};`;
  return declarationWriter(docs, head, text, layoutOf(t));
}

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
function interfaceWriter(i: InterfaceDeclarationStructure): WriterFunction | undefined {
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
  const head = `${declared} ${extended.length === 0 ? "" : `extends ${extended.join(", ")} `}`;
  // Two or more interfaces extended, too long for the line: as prettier lays them out, on the next line where they fit
  // there, else one a line. (One interface extended it leaves on the line, however long.) Prettier measures to the
  // body's `{`, or to `{}` for an empty body.
  const open = (i.properties ?? []).length === 0 ? "{}" : "{";
  const nextLine = [declared, `${INDENT}extends ${extended.join(", ")} `];
  const oneALine = [
    declared,
    `${INDENT}extends`,
    ...extended.map((e, k) => `${INDENT}${INDENT}${e}${k < extended.length - 1 ? "," : " "}`),
  ];
  const fitsWith = (lines: readonly string[]): boolean =>
    lines.every((l, k) => l.length + (k === lines.length - 1 ? open.length : 0) <= PRINT_WIDTH);
  const laidOut = extended.length < 2 || fitsWith([head]) ? undefined : [nextLine, oneALine].find(fitsWith);
  return (writer) => {
    // What StatementStructurePrinter does before an interface, then the interface printer.
    if (!writer.isAtStartOfFirstLineOfBlock()) writer.blankLineIfLastNot();
    writer.closeComment();
    for (const doc of docs) writeDoc(writer, doc);
    writer.write(laidOut?.join("\n") ?? head).inlineBlock(() => {
      for (const [k, member] of members.entries()) {
        if (k > 0) writer.newLine();
        for (const doc of member.docs) writeDoc(writer, doc);
        writer.write(member.text);
      }
    });
  };
}

const EXPORT_KEYS = new Set(["kind", "isTypeOnly", "namedExports", "moduleSpecifier"]);

/**
 * A re-export of names from a module (a split module's of its parts, the index's of each module), laid out as prettier
 * lays it out: these lists run to thousands of names, which prettier was given to break one a line. Re-exports are
 * top-level statements, so the layout is measured from column 0. Aliases, names that need quotes and `type` on one
 * name are not strings of one plain name: they are left to ts-morph and prettier.
 */
function reExportWriter(e: ExportDeclarationStructure): WriterFunction | undefined {
  const { moduleSpecifier, namedExports } = e;
  if (!only(e, EXPORT_KEYS) || moduleSpecifier === undefined || !Array.isArray(namedExports)) return undefined;
  const names = all(namedExports as readonly unknown[], line);
  if (names === undefined || names.length === 0) return undefined;
  const lines = importLines({ keyword: "export", typeOnly: e.isTypeOnly === true, names, moduleSpecifier });
  return lines === undefined ? undefined : (writer) => writer.write(lines.join("\n"));
}

/** The statement as a writer of the same text when it is one of the plain kinds, else the statement itself. */
export function direct(statement: Statement): Statement {
  if (typeof statement !== "object") return statement;
  switch (statement.kind) {
    case StructureKind.Function:
      return functionWriter(statement) ?? statement;
    case StructureKind.VariableStatement:
      return variableWriter(statement) ?? statement;
    case StructureKind.TypeAlias:
      return typeAliasWriter(statement) ?? statement;
    case StructureKind.Interface:
      return interfaceWriter(statement) ?? statement;
    case StructureKind.ExportDeclaration:
      return reExportWriter(statement) ?? statement;
    default:
      return statement;
  }
}
