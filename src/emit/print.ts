/**
 * Turns ts-morph structures into source text, and builds each module's imports from what its body
 * really uses (so that generated code passes `noUnusedLocals`). Structures are printed straight to text by
 * ts-morph's structure printer: building a source file from them parsed the printed text again, half of the emit
 * stage's time, for the same bytes.
 */
import {
  printStructure as printStructureText,
  StructureKind,
  ts,
  type ImportDeclarationStructure,
  type OptionalKind,
  type SourceFileStructure,
  type StatementStructures,
} from "ts-morph";
import { compareStrings } from "../diagnostic";
import { direct } from "./directPrint";

/**
 * A source file's text; its plain functions and constants are written by directPrint.ts, unless `tsMorphOnly`
 * asks for ts-morph's printers throughout (the same bytes, which test/emit-print.test.ts holds to).
 */
export function printStructure(structure: OptionalKind<SourceFileStructure>, tsMorphOnly = false): string {
  const { statements } = structure;
  return printStructureText({
    kind: StructureKind.SourceFile,
    ...structure,
    ...(Array.isArray(statements) && !tsMorphOnly ? { statements: statements.map(direct) } : {}),
  });
}

/** Templates' texts with their specifiers edited, by extension and text: a process generating again edits none twice. */
const edits = new Map<string, string>();

/**
 * `text` with the module specifier of each top-level import and re-export that is relative (`./name`) replaced by
 * `specifier(name)`, found by TypeScript's parser (no project: this is a parse, not a program), so that the rest of
 * the text keeps its bytes.
 */
export function withRelativeSpecifiers(text: string, specifier: (name: string) => string): string {
  const key = `${specifier("")}\0${text}`;
  const known = edits.get(key);
  if (known !== undefined) return known;
  const file = ts.createSourceFile("specifiers.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  let edited = "";
  let from = 0;
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const literal = statement.moduleSpecifier;
    if (literal === undefined || !ts.isStringLiteral(literal) || !literal.text.startsWith("./")) continue;
    edited += `${text.slice(from, literal.getStart(file))}${JSON.stringify(specifier(literal.text.slice(2)))}`;
    from = literal.getEnd();
  }
  edited += text.slice(from);
  edits.set(key, edited);
  return edited;
}

const isIdentifierStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127;
const isIdentifierPart = (c: number): boolean => isIdentifierStart(c) || (c >= 48 && c <= 57);

/**
 * Every name `text` uses: each identifier outside strings and comments, except a member after `.` or `?.`
 * (`v.UpgradePolicy` uses no import). One pass over the characters: TypeScript's scanner found the same names in
 * five times the time, a quarter of the emit stage. Template literals are followed through their `${}` parts.
 */
export function identifiersIn(text: string): Set<string> {
  const found = new Set<string>();
  // For each open `{` or `${`: whether it is a template's substitution (its `}` goes back into the template).
  const braces: boolean[] = [];
  let afterDot = false;
  let i = 0;
  const n = text.length;
  /** From just after a template's backquote or `}`: to just after its end, or after a `${` (pushed). */
  const templateText = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 96) {
        i++;
        return;
      } else if (c === 36 && text.charCodeAt(i + 1) === 123) {
        i += 2;
        braces.push(true);
        return;
      } else i++;
    }
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? n : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === 34 || c === 39) {
      for (i++; i < n && text.charCodeAt(i) !== c && text.charCodeAt(i) !== 10; i++) if (text.charCodeAt(i) === 92) i++;
      i++;
      afterDot = false;
    } else if (c === 96) {
      i++;
      templateText();
      afterDot = false;
    } else if (c === 123) {
      braces.push(false);
      i++;
      afterDot = false;
    } else if (c === 125) {
      i++;
      if (braces.pop() === true) templateText();
      afterDot = false;
    } else if (isIdentifierStart(c)) {
      const start = i;
      for (i++; i < n && isIdentifierPart(text.charCodeAt(i)); i++);
      if (!afterDot) found.add(text.slice(start, i));
      afterDot = false;
    } else if (c >= 48 && c <= 57) {
      // A number, with its exponent, suffix or separators (`1e5`, `10n`, `0x1F`): no name.
      for (i++; i < n && (isIdentifierPart(text.charCodeAt(i)) || text.charCodeAt(i) === 46); i++);
      afterDot = false;
    } else {
      // Whitespace keeps what came before; `.` (alone or in `?.`) makes the next name a member, a spread does not.
      if (text.startsWith("...", i)) {
        i += 3;
        afterDot = false;
        continue;
      }
      if (c === 46) afterDot = true;
      else if (c !== 32 && c !== 10 && c !== 9 && c !== 13) afterDot = false;
      i++;
    }
  }
  return found;
}

/** Names a module may import from one place; only those its body uses are imported. */
export interface ImportCandidates {
  readonly moduleSpecifier: string;
  /** Import the whole module under this name (used when the body mentions it). */
  readonly namespace?: string;
  readonly values: readonly string[];
  readonly types: readonly string[];
}

/** A module: the header, the imports its body uses, then the body. */
export function printModule(
  header: string,
  candidates: readonly ImportCandidates[],
  body: StatementStructures[],
  tsMorphOnly = false,
): string {
  const bodyText = printStructure({ statements: body }, tsMorphOnly);
  const used = identifiersIn(bodyText);
  const imports: OptionalKind<ImportDeclarationStructure>[] = [];
  for (const candidate of candidates) {
    if (candidate.namespace !== undefined && used.has(candidate.namespace)) {
      imports.push({ moduleSpecifier: candidate.moduleSpecifier, namespaceImport: candidate.namespace });
    }
    const types = candidate.types.filter((n) => used.has(n)).sort(compareStrings);
    const values = candidate.values.filter((n) => used.has(n)).sort(compareStrings);
    if (types.length > 0)
      imports.push({ moduleSpecifier: candidate.moduleSpecifier, isTypeOnly: true, namedImports: types });
    if (values.length > 0) imports.push({ moduleSpecifier: candidate.moduleSpecifier, namedImports: values });
  }
  const importText = printStructure({
    statements: imports.map((i) => ({ kind: StructureKind.ImportDeclaration, ...i })),
  });
  return `${header}${importText}\n${bodyText}`;
}
