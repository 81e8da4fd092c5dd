/**
 * What the validate stage hands to the model: each schema file as a typed declaration that still
 * knows where its parts were written, so that set-wide checks can point at them. A file declares an object type
 * (`fields:`), a string enum (`enum:`), a method of a managed object (`on:`) or a managed object type
 * (`properties:`).
 */
import type { SourcePos } from "../diagnostic";

export interface FieldDecl {
  readonly name: string;
  readonly at: SourcePos;
  /**
   * A primitive keyword (string, boolean, integer, number), `any`, or a schema type or enum name. A field
   * that may hold one of several object types (a fault or its wrapper) lists them: `type: [A, B]`.
   */
  readonly typeNames: readonly string[];
  readonly typeAt: SourcePos;
  readonly format: string | undefined;
  readonly array: boolean;
  readonly optional: boolean;
  readonly description: string;
  readonly since: string | undefined;
  readonly deprecated: string | boolean | undefined;
  /** The member name in govmomi JSON, when it is not the name with its first letter upper-cased. */
  readonly govmomiName: string | undefined;
  /** For a ManagedObjectReference: the managed object type it points at (documentation only). */
  readonly refersTo: string | undefined;
  /** For a string field: the enum its documentation names (documentation only; the field stays a string). */
  readonly enumHint: string | undefined;
  readonly enumHintAt: SourcePos;
}

export interface TypeDecl {
  readonly kind: "type";
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
  /** `subtypes: open`: vSphere has subtypes of this type that no schema declares. */
  readonly open: boolean;
  readonly fields: readonly FieldDecl[];
}

export interface EnumValueDecl {
  readonly value: string;
  readonly at: SourcePos;
  readonly description: string;
  readonly since: string | undefined;
  readonly deprecated: string | boolean | undefined;
}

export interface EnumDecl {
  readonly kind: "enum";
  readonly name: string;
  readonly file: string;
  readonly source: string;
  readonly at: SourcePos;
  readonly description: string;
  readonly since: string | undefined;
  readonly deprecated: string | boolean | undefined;
  readonly values: readonly EnumValueDecl[];
}

/** A fault a method documents, by type name. */
export interface FaultDecl {
  readonly name: string;
  readonly at: SourcePos;
}

/**
 * A method of a managed object type (`QueryEvents` on `EventManager`): its parameters in WSDL order (after `_this`,
 * which every method has), its return value (absent for a method that returns nothing) and the faults it documents.
 * Parameters and the return value are written and read as fields are.
 */
export interface MethodDecl {
  readonly kind: "method";
  readonly name: string;
  readonly file: string;
  readonly source: string;
  readonly at: SourcePos;
  /** The managed object type the method is called on. */
  readonly on: string;
  readonly onAt: SourcePos;
  readonly description: string;
  readonly since: string | undefined;
  readonly deprecated: string | boolean | undefined;
  readonly params: readonly FieldDecl[];
  readonly returns: FieldDecl | undefined;
  /** What a `*_Task` method's task reports as `info.result` when it succeeds. */
  readonly taskResult: FieldDecl | undefined;
  /** The privilege the call needs on `_this` (`VirtualMachine.Interact.PowerOn`). */
  readonly privilege: string | undefined;
  readonly faults: readonly FaultDecl[];
}

/**
 * A managed object type (`VirtualMachine`): a server-side object that calls are made on and whose properties the
 * property collector reads. Its base is another managed object type (`ManagedEntity`); its properties are written and
 * read as fields are, each naming a data type, an enum, a primitive or (for a reference) `ManagedObjectReference`.
 */
export interface ManagedObjectDecl {
  readonly kind: "managedObject";
  readonly name: string;
  readonly file: string;
  readonly source: string;
  readonly at: SourcePos;
  readonly base: string | undefined;
  readonly baseAt: SourcePos;
  readonly description: string;
  readonly since: string | undefined;
  readonly deprecated: string | boolean | undefined;
  readonly properties: readonly FieldDecl[];
}

export type SchemaDecl = TypeDecl | EnumDecl | MethodDecl | ManagedObjectDecl;

/** A schema set with no problems: the model stage may rely on every reference resolving. */
export interface ValidSchemas {
  readonly types: readonly TypeDecl[];
  readonly enums: readonly EnumDecl[];
  readonly methods: readonly MethodDecl[];
  readonly managedObjects: readonly ManagedObjectDecl[];
  /** Absolute paths of every schema file read, sorted. */
  readonly files: readonly string[];
}
