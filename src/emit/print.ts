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
  type OptionalKind,
  type SourceFileStructure,
  type StatementStructures,
} from "ts-morph";
import { compareStrings } from "../diagnostic";
import { direct } from "./directPrint";
import { identifiersIn } from "./identifiers";
import { importLines, importText } from "./layoutDeclarations";

/**
 * An `else`, `catch` or `finally` after a block, which the writer starts on a line of its own; prettier's layout is
 * `} else` (the format stage keeps lines in that layout as they are: format/settle.ts). In printed text a line that is
 * a lone `}` is code, never a comment's or a string's.
 */
const ELSE_AFTER_BLOCK = /^( *)\}\n *(else|catch|finally)\b/gm;

/** An empty body or object, which the writer prints over two lines and prettier as `{}`; an empty export. */
const EMPTY_BRACES = /\{\n *\}/g;
const EMPTY_EXPORT = /^export \{ \};$/gm;

/**
 * A source file's text; its plain functions and constants are written by directPrint.ts, which lays their signatures
 * out as prettier does (test/emit/direct-print.test.ts), the rest by ts-morph's printers.
 */
export function printStructure(structure: OptionalKind<SourceFileStructure>): string {
  const { statements } = structure;
  return printStructureText(
    {
      kind: StructureKind.SourceFile,
      ...structure,
      ...(Array.isArray(statements) ? { statements: statements.map(direct) } : {}),
    },
    { indentNumberOfSpaces: 2 },
  )
    .replace(ELSE_AFTER_BLOCK, "$1} $2")
    .replace(EMPTY_BRACES, "{}")
    .replace(EMPTY_EXPORT, "export {};");
}

/** Templates' texts with their specifiers edited, by extension and text: a process generating again edits none twice. */
const edits = new Map<string, string>();

/** Where a module specifier's string literal is in a text (quotes included), and its value. */
interface Specifier {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/**
 * The specifiers of `text`'s top-level imports and re-exports, found by TypeScript's parser (no project: this is a
 * parse, not a program).
 */
function parsedSpecifiers(text: string): Specifier[] {
  const file = ts.createSourceFile("specifiers.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return file.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) return [];
    const literal = statement.moduleSpecifier;
    if (literal === undefined || !ts.isStringLiteral(literal)) return [];
    return [{ start: literal.getStart(file), end: literal.getEnd(), value: literal.text }];
  });
}

/** What leads up to a dynamic `import(` specifier: the scan below finds those too, and the parse does not. */
const DYNAMIC_IMPORT = /\bimport\s*\(\s*$/;

/**
 * The same specifiers, found by TypeScript's import scanner (`ts.preProcessFile`: a scan of the tokens, not a parse;
 * over the run-time templates 34 ms against the parser's 260, in every process that generates). Undefined should a
 * specifier be written with an escape, or the scan find a form the parse does not know (`import x = require`):
 * the parse answers then. The two agree on every template (test/emit/direct-print.test.ts).
 */
function scannedSpecifiers(text: string): Specifier[] | undefined {
  const found: Specifier[] = [];
  for (const { fileName, pos } of ts.preProcessFile(text, true, false).importedFiles) {
    const quote = text[pos];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = text.indexOf(quote, pos + 1);
    if (end < 0 || text.slice(pos + 1, end) !== fileName) return undefined;
    const before = text.slice(Math.max(0, pos - 40), pos);
    if (DYNAMIC_IMPORT.test(before)) continue;
    if (!/(\bfrom|^import|[;\n]\s*import)\s*$/.test(before)) return undefined;
    found.push({ start: pos, end: end + 1, value: fileName });
  }
  return found;
}

/**
 * `text` with the module specifier of each top-level import and re-export replaced by what `edit` answers for it
 * (undefined: kept), so that the rest of the text keeps its bytes. `key` names the edit, for the cache.
 */
function withSpecifiers(text: string, key: string, edit: (specifier: string) => string | undefined): string {
  const cacheKey = `${key}\0${text}`;
  const known = edits.get(cacheKey);
  if (known !== undefined) return known;
  let edited = "";
  let from = 0;
  for (const { start, end, value } of scannedSpecifiers(text) ?? parsedSpecifiers(text)) {
    const replaced = edit(value);
    if (replaced === undefined) continue;
    edited += `${text.slice(from, start)}${JSON.stringify(replaced)}`;
    from = end;
  }
  edited += text.slice(from);
  edits.set(cacheKey, edited);
  return edited;
}

/** The specifiers of `text` as the scan finds them, and as the parse does: for the test that holds them equal. */
export function specifiersBothWays(text: string): { scanned: Specifier[] | undefined; parsed: Specifier[] } {
  return { scanned: scannedSpecifiers(text), parsed: parsedSpecifiers(text) };
}

/** `text` with each relative specifier of a sibling (`./name`) given `extension` (`./name.js`). */
export function withRelativeSpecifiers(text: string, extension: string): string {
  return withSpecifiers(text, `sibling ${extension}`, (s) => (s.startsWith("./") ? `${s}${extension}` : undefined));
}

/**
 * A template's specifiers as its copy in the output's `runtime/` folder reads them: a template of any folder is a
 * sibling there (`../core/checks` is `./checks`), with `extension`. No template imports a generated module
 * (test/codebase/layering.test.ts): the generated modules import the run time, not the other way round.
 */
export function withRuntimeSpecifiers(text: string, extension: string): string {
  return withSpecifiers(text, `runtime ${extension}`, (s) => {
    const template = /^\.\.?\/(?:[\w-]+\/)?([\w-]+)$/.exec(s);
    return template === null ? undefined : `./${template[1] ?? ""}${extension}`;
  });
}

/** Names a module may import from one place; only those its body uses are imported. */
export interface ImportCandidates {
  readonly moduleSpecifier: string;
  /** Import the whole module under this name (used when the body mentions it). */
  readonly namespace?: string;
  readonly values: readonly string[];
  readonly types: readonly string[];
}

/**
 * Sets of candidates' names, made once for each list: a split module's parts share their lists (splitModule.ts), which
 * nothing changes once made (a list changed after its set was made would be read from the stale set).
 */
const nameSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The names of `names` that `used` holds, each once, from whichever of the two is shorter (a part's candidates run to
 * thousands); the caller sorts them.
 */
function usedOf(names: readonly string[], used: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  if (names.length <= used.size) {
    for (const n of names) if (used.has(n)) found.add(n);
    return [...found];
  }
  let set = nameSets.get(names);
  if (set === undefined) nameSets.set(names, (set = new Set(names)));
  for (const n of used) if (set.has(n)) found.add(n);
  return [...found];
}

/** A module: the header, the imports its body uses, then the body. */
export function printModule(
  header: string,
  candidates: readonly ImportCandidates[],
  body: StatementStructures[],
  printBody: (body: StatementStructures[]) => string = (statements) => printStructure({ statements }),
): string {
  const bodyText = printBody(body);
  const used = identifiersIn(bodyText);
  const imports: string[] = [];
  for (const candidate of candidates) {
    if (candidate.namespace !== undefined && used.has(candidate.namespace)) {
      imports.push(`import * as ${candidate.namespace} from ${JSON.stringify(candidate.moduleSpecifier)};`);
    }
    const named = (typeOnly: boolean, names: readonly string[]): void => {
      if (names.length === 0) return;
      const i = { typeOnly, names: [...names].sort(compareStrings), moduleSpecifier: candidate.moduleSpecifier };
      // Laid out as prettier lays it out (layoutDeclarations.ts); a specifier it would quote otherwise, left to it.
      imports.push(...(importLines(i) ?? [importText(i)]));
    };
    named(true, usedOf(candidate.types, used));
    named(false, usedOf(candidate.values, used));
  }
  const importsText = imports.map((l) => `${l}\n`).join("");
  return `${header}${importsText}\n${bodyText}`;
}
