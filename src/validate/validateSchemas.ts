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

export function validateSchemas(
  files: readonly LoadedFile[],
  loadDiagnostics: readonly Diagnostic[] = [],
): ValidationResult {
  const diagnostics: Diagnostic[] = [...loadDiagnostics];
  const decls: SchemaDecl[] = [];
  // The names of files that could not be read (a syntax error, no name): what the file is named after is probably
  // declared there, so a reference to it is no second problem ("base type A is not declared") to report.
  const unreadable = new Set(loadDiagnostics.map((d) => schemaStem(d.file)));
  for (const file of files) {
    const { decl, diagnostics: found } = readSchemaFile(file);
    diagnostics.push(...found);
    if (decl !== undefined) decls.push(decl);
    else unreadable.add(schemaStem(file.displayPath));
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
      files: files.map((f) => f.absolutePath).sort(compareStrings),
    },
  };
}
