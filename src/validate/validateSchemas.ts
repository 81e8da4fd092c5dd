/**
 * Validate stage entry point: per-file checks, then set-wide checks. Returns either a valid schema
 * set or every diagnostic found; never a partial success.
 */
import { compareDiagnostics, compareStrings, type Diagnostic } from "../diagnostic";
import type { LoadedFile } from "../load/loadSchemas";
import { checkSchemaSet } from "./checkSchemaSet";
import { schemaStem } from "./readName";
import { readSchemaFile } from "./readSchemaFile";
import type { SchemaDecl, ValidSchemas } from "./schemaDecl";

export type ValidationResult =
  | { readonly ok: true; readonly schemas: ValidSchemas }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** One file's read: its declaration (undefined when the file is unusable) and the problems found in it alone. */
export interface FileRead {
  readonly displayPath: string;
  readonly absolutePath: string;
  readonly decl: SchemaDecl | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** The per-file checks of each loaded file. */
export function readFiles(files: readonly LoadedFile[]): FileRead[] {
  return files.map((file) => ({
    displayPath: file.displayPath,
    absolutePath: file.absolutePath,
    ...readSchemaFile(file),
  }));
}

export function validateSchemas(
  files: readonly LoadedFile[],
  loadDiagnostics: readonly Diagnostic[] = [],
): ValidationResult {
  return validateReads(readFiles(files), loadDiagnostics);
}

/** The set-wide checks over the files' reads (in load order), with the load's own problems. */
export function validateReads(
  reads: readonly FileRead[],
  loadDiagnostics: readonly Diagnostic[] = [],
): ValidationResult {
  const diagnostics: Diagnostic[] = [...loadDiagnostics];
  const decls: SchemaDecl[] = [];
  // The names of files that could not be read (a syntax error, no name): what the file is named after is probably
  // declared there, so a reference to it is no second problem ("base type A is not declared") to report.
  const unreadable = new Set(loadDiagnostics.map((d) => schemaStem(d.file)));
  for (const read of reads) {
    diagnostics.push(...read.diagnostics);
    if (read.decl !== undefined) decls.push(read.decl);
    else unreadable.add(schemaStem(read.displayPath));
  }
  diagnostics.push(...checkSchemaSet(decls, unreadable));
  if (diagnostics.length > 0) return { ok: false, diagnostics: diagnostics.sort(compareDiagnostics) };
  return {
    ok: true,
    schemas: {
      types: decls.flatMap((d) => (d.kind === "type" ? [d] : [])),
      enums: decls.flatMap((d) => (d.kind === "enum" ? [d] : [])),
      methods: decls.flatMap((d) => (d.kind === "method" ? [d] : [])),
      managedObjects: decls.flatMap((d) => (d.kind === "managedObject" ? [d] : [])),
      files: reads.map((f) => f.absolutePath).sort(compareStrings),
    },
  };
}
