/**
 * Turns ts-morph structures into source text, and builds each module's imports from what its body
 * really uses (so that generated code passes `noUnusedLocals`). One in-memory project is reused:
 * creating a project loads the TypeScript compiler's settings, which is the slow part.
 */
import {
  Project,
  StructureKind,
  ts,
  type ImportDeclarationStructure,
  type OptionalKind,
  type SourceFileStructure,
  type StatementStructures,
} from "ts-morph";
import { compareStrings } from "../diagnostic";

let project: Project | undefined;

export function printStructure(structure: OptionalKind<SourceFileStructure>): string {
  project ??= new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const file = project.createSourceFile("emitted.ts", structure, { overwrite: true });
  const text = file.getFullText();
  project.removeSourceFile(file);
  return text;
}

/**
 * `text` with each relative module specifier (`./name`) replaced by `specifier(name)`, edited in place by ts-morph
 * in the same in-memory project, so that the rest of the text keeps its bytes.
 */
export function withRelativeSpecifiers(text: string, specifier: (name: string) => string): string {
  project ??= new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const file = project.createSourceFile("specifiers.ts", text, { overwrite: true });
  for (const declaration of [...file.getImportDeclarations(), ...file.getExportDeclarations()]) {
    const value = declaration.getModuleSpecifierValue();
    if (value?.startsWith("./") === true) declaration.setModuleSpecifier(specifier(value.slice(2)));
  }
  const edited = file.getFullText();
  project.removeSourceFile(file);
  return edited;
}

/** Every identifier token in `text`, found with TypeScript's own scanner. */
export function identifiersIn(text: string): Set<string> {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const found = new Set<string>();
  let previous = ts.SyntaxKind.Unknown;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    // A name after `.` or `?.` is a member (`v.UpgradePolicy`), never a use of an import.
    const member = previous === ts.SyntaxKind.DotToken || previous === ts.SyntaxKind.QuestionDotToken;
    if (token === ts.SyntaxKind.Identifier && !member) found.add(scanner.getTokenValue());
    if (token !== ts.SyntaxKind.WhitespaceTrivia && token !== ts.SyntaxKind.NewLineTrivia) previous = token;
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
): string {
  const bodyText = printStructure({ statements: body });
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
