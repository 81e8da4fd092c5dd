/**
 * What a wire is to the emitter: a `Dialect` adds its modules to the output and says what `index.ts` re-exports of
 * them. Every wire reads into the canonical wire form (VI JSON's objects) and ends in the canonical checks, so each
 * gets the shared modules' import candidates from the `EmitContext`; adding a wire is a folder under `dialects/` that
 * exports one `Dialect`, and one line in `DIALECTS` (emitFiles.ts).
 */
import type { StatementStructures } from "ts-morph";
import type { Model } from "../model/ir";
import type { CodeOptions } from "../options";
import type { ImportCandidates } from "./print";

/** What every dialect may import: the shared modules of the output. */
export interface EmitContext {
  readonly model: Model;
  readonly code: CodeOptions;
  /** `589 vSphere types`, for the module descriptions. */
  readonly count: string;
  /** The specifier of a sibling module (`./types`, or `./types.js`). */
  readonly local: (name: string) => string;
  /** A sibling module whose top-level functions and variables may be imported. */
  readonly sibling: (module: string, statements: readonly StatementStructures[]) => ImportCandidates;
  readonly runtime: ImportCandidates;
  readonly types: ImportCandidates;
  readonly guards: ImportCandidates;
  /** The canonical checks: the `_typeName` dispatch and exact decoder of each type (`decodeAt$T`). */
  readonly checks: ImportCandidates;
  /** The canonical checks' field checks of each type. */
  readonly fields: ImportCandidates;
  /** The method map (`VimMethods` and its helpers) and the method table (`vimMethods$`). */
  readonly methods: ImportCandidates;
}

/** One module of the output. */
export interface OutputModule {
  readonly path: string;
  /** The header's one-line description. */
  readonly what: string;
  readonly body: StatementStructures[];
  readonly imports: readonly ImportCandidates[];
}

export interface Dialect {
  readonly name: string;
  modules(context: EmitContext): OutputModule[];
  /** The modules `index.ts` re-exports whole. */
  readonly exported: readonly string[];
}
