/**
 * Diagnostics as data: every problem found in the schemas, with its place, a stable code, what is
 * wrong and how to fix it. Stages collect them all; the orchestrator prints them sorted and fails once.
 */

export interface Diagnostic {
  /** Path of the schema file as given to the loader (relative to the working directory when possible). */
  readonly file: string;
  /** 1-based line and column. */
  readonly line: number;
  readonly col: number;
  /** Stable identifier of the kind of problem, e.g. `unknown-key`. */
  readonly code: string;
  readonly message: string;
  readonly hint: string;
}

/** A position inside a schema file. */
export interface SourcePos {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export function diagnostic(at: SourcePos, code: string, message: string, hint: string): Diagnostic {
  return { file: at.file, line: at.line, col: at.col, code, message, hint };
}

/** Code-unit comparison: the same order on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.col - b.col ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

/** `file:line:col: error [code] message` and an indented hint line. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: error [${d.code}] ${d.message}\n    hint: ${d.hint}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const count = `${sorted.length} ${sorted.length === 1 ? "problem" : "problems"} in the schemas; nothing was written.`;
  return [...sorted.map(formatDiagnostic), count].join("\n");
}

/** Thrown by the pipeline when the schemas have problems; carries all of them. */
export class SchemaError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(formatDiagnostics(diagnostics));
    this.name = "SchemaError";
    this.diagnostics = [...diagnostics].sort(compareDiagnostics);
  }
}
