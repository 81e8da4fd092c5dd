/**
 * What a wire and a transport are to the emitter. A `Wire` adds its modules to the output, names its run-time folder
 * under templates/, says what `index.ts` re-exports of it, and may offer the type table a transport reads its data
 * with. A `Transport` carries other wires' data (CloudEvents around govmomi JSON or XML): it is given the registered
 * wires and names none. Every wire reads into the canonical wire form (VI JSON's objects) and ends in the canonical
 * checks, so each gets the shared modules' import candidates from the `EmitContext`. Adding a wire is a folder under
 * `dialects/` exporting one `Wire`, its run-time folder under templates/, and one line in registry.ts.
 */
import type { StatementStructures } from "ts-morph";
import type { Model } from "../model/ir";
import type { CodeOptions } from "../options";
import type { ImportCandidates } from "./print";
import type { Families } from "./families";

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
  /** The managed object types' property map (`ManagedObjectProperties`), for a schema set that declares them. */
  readonly managedObjects: ImportCandidates;
  /** For a large output, the families its modules split by (families.ts): a type table is built a family at a time. */
  readonly families: Families | undefined;
}

/** One module of the output. */
export interface OutputModule {
  readonly path: string;
  /** The header's one-line description. */
  readonly what: string;
  readonly body: StatementStructures[];
  readonly imports: readonly ImportCandidates[];
  /** Never split by family (splitModule.ts): the module is one part of a split of its own. */
  readonly whole?: true;
}

/** What `index.ts` re-exports of a module: all of it, or these values and types. */
export interface IndexExport {
  /** The module's name in the output, without extension (`soap`, `vimxml`). */
  readonly module: string;
  readonly whole?: true;
  readonly values?: readonly string[];
  readonly types?: readonly string[];
}

/** A type table of a wire by which a transport reads data of one kind: the table's name and its module. */
export interface DataTable {
  readonly data: "json" | "xml";
  readonly module: string;
  readonly table: string;
}

export interface Wire {
  readonly name: string;
  /** Its run-time folder under templates/ (copied into the output with the others). */
  readonly runtime: string;
  modules(context: EmitContext): OutputModule[];
  readonly index: readonly IndexExport[];
  /** The table a transport reads this wire's data with, if it carries this wire's data. */
  readonly dataTable?: DataTable;
}

export interface Transport {
  readonly name: string;
  readonly runtime: string;
  /** Its modules, reading data with the tables the given wires offer. */
  modules(context: EmitContext, wires: readonly Wire[]): OutputModule[];
  readonly index: readonly IndexExport[];
}
