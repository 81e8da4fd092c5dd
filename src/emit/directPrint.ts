/**
 * The structures a module holds by the thousand (plain functions, one-declaration `const`s, type aliases, interfaces:
 * directInterface.ts) written straight into the module's writer: the text ts-morph's printers write for them, but for a function's signature, which is
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
  type OptionalKind,
  type ParameterDeclarationStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type TypeParameterDeclarationStructure,
  type VariableStatementStructure,
  type WriterFunction,
} from "ts-morph";
import { PRINT_WIDTH } from "../printWidth";
import { interfaceWriter } from "./directInterface";
import { all, docTexts, line, only, writeDoc } from "./directParts";
import { layoutOf, type DeclarationLayout } from "./layout";
import { importLines } from "./layoutDeclarations";
import { INDENT } from "./layoutParts";

type Statement = string | WriterFunction | StatementStructures;

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
