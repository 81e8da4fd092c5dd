/**
 * What the validate stage hands to the model: each schema file as a typed declaration that still
 * knows where its parts were written, so that set-wide checks can point at them.
 */
import type { SourcePos } from "../diagnostic";

export interface FieldDecl {
  readonly name: string;
  readonly at: SourcePos;
  /** A primitive keyword (string, boolean, integer, number) or a schema type name. */
  readonly typeName: string;
  readonly typeAt: SourcePos;
  readonly format: string | undefined;
  readonly array: boolean;
  readonly optional: boolean;
  readonly description: string;
  readonly since: string | undefined;
  readonly deprecated: string | boolean | undefined;
  /** For a ManagedObjectReference: the managed object type it points at (documentation only). */
  readonly refersTo: string | undefined;
}

export interface TypeDecl {
  readonly name: string;
  readonly file: string;
  /** Absolute path of the schema file. */
  readonly source: string;
  /** Where the name is written. */
  readonly at: SourcePos;
  readonly base: string | undefined;
  readonly baseAt: SourcePos;
  readonly description: string;
  readonly since: string | undefined;
  readonly deprecated: string | boolean | undefined;
  readonly fields: readonly FieldDecl[];
}

/** A schema set with no problems: the model stage may rely on every reference resolving. */
export interface ValidSchemas {
  readonly types: readonly TypeDecl[];
  /** Absolute paths of every schema file read, sorted. */
  readonly files: readonly string[];
}
