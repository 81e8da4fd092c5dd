/**
 * The typed intermediate representation every emitter reads. Inheritance is resolved once here
 * (ancestors, all fields in wire order, known subtypes) so that no emitter re-derives it.
 */
import type { FormatKey } from "../formats";

export interface Doc {
  readonly description: string;
  readonly since: string | undefined;
  readonly deprecated: string | boolean | undefined;
}

export type FieldType =
  | { readonly kind: "primitive"; readonly format: FormatKey }
  | { readonly kind: "object"; readonly typeName: string }
  /** A string enum: the listed values, and (unless rejected) values a newer server added. */
  | { readonly kind: "enum"; readonly enumName: string }
  /** One of several object types, chosen by `_typeName` (a fault or its LocalizedMethodFault wrapper). */
  | { readonly kind: "union"; readonly typeNames: readonly string[] }
  /** xsd:anyType: a boxed primitive or any data object, named by its `_typeName`. */
  | { readonly kind: "any" };

/**
 * How a value's `_typeName` is read where a type is declared: `exact` (no subtypes: the name is optional and
 * must be this type's), `closed` (the declared type or a known subtype, nothing else) or `open` (vSphere has
 * subtypes no schema declares: an unknown name decodes as the declared type unless rejected).
 */
export type Dispatch = "exact" | "closed" | "open";

export interface FieldModel {
  /** The VI JSON member name, also the TypeScript property name. */
  readonly name: string;
  /**
   * The member name in govmomi JSON (Go's encoding of govmomi's structs): the Go field name, which is the VI JSON
   * name with its first letter upper-cased unless the schema says otherwise (`ServerGUID`).
   */
  readonly govmomiName: string;
  readonly type: FieldType;
  readonly array: boolean;
  readonly optional: boolean;
  readonly doc: Doc;
  /** For a ManagedObjectReference field: the managed object type it refers to. */
  readonly refersTo: string | undefined;
  /** For a string field: the enum its documentation names. */
  readonly enumHint: string | undefined;
  /** The type that declares the field. */
  readonly declaredIn: string;
}

export interface TypeModel {
  readonly name: string;
  /** Display path of the schema file that declares it. */
  readonly file: string;
  /** Absolute path of that file. */
  readonly source: string;
  readonly base: string | undefined;
  /** Base chain, nearest first: UserLogoutSessionEvent -> [SessionEvent, Event, DynamicData]. */
  readonly ancestors: readonly string[];
  readonly ownFields: readonly FieldModel[];
  /** Every field, inherited first (root's fields first), as they appear on the wire. */
  readonly allFields: readonly FieldModel[];
  /** Every known descendant, sorted. */
  readonly subtypes: readonly string[];
  readonly directSubtypes: readonly string[];
  /** True when the type has known subtypes: `_typeName` then chooses which one a value is. */
  readonly polymorphic: boolean;
  readonly dispatch: Dispatch;
  readonly doc: Doc;
}

export interface EnumValueModel {
  readonly value: string;
  readonly doc: Doc;
}

export interface EnumModel {
  readonly name: string;
  readonly file: string;
  readonly source: string;
  /** In declaration order: the order the reference documents them in. */
  readonly values: readonly EnumValueModel[];
  readonly doc: Doc;
}

/**
 * A method of a managed object type: its parameters after `_this` in WSDL order, each read as a field is (name,
 * type, array, optional), its return value (`returnval`), absent when it returns nothing, and the faults it documents.
 */
export interface MethodModel {
  readonly name: string;
  readonly file: string;
  readonly source: string;
  /** The managed object type it is called on (`EventManager`). */
  readonly on: string;
  readonly params: readonly FieldModel[];
  readonly returns: FieldModel | undefined;
  /** What the method's task reports as `info.result` on success (`*_Task` methods that return something). */
  readonly taskResult: FieldModel | undefined;
  /** The privilege the call needs on the object it is called on. */
  readonly privilege: string | undefined;
  readonly faults: readonly string[];
  readonly doc: Doc;
}

/**
 * A managed object type: its base chain and its properties, own and inherited, each modelled as a field is (a
 * property of a reference type keeps what it `refersTo`).
 */
export interface ManagedObjectModel {
  readonly name: string;
  readonly file: string;
  readonly source: string;
  readonly base: string | undefined;
  /** Base chain, nearest first: VirtualMachine -> [ManagedEntity, ExtensibleManagedObject]. */
  readonly ancestors: readonly string[];
  readonly ownProperties: readonly FieldModel[];
  /** Every property, inherited first (the root's first), each type's in the order its file lists them. */
  readonly allProperties: readonly FieldModel[];
  /** Every known descendant, sorted: a reference to this type may point at any of them. */
  readonly subtypes: readonly string[];
  readonly doc: Doc;
}

export interface Model {
  /** Every type, sorted by name with a code-unit comparator. */
  readonly types: readonly TypeModel[];
  readonly byName: ReadonlyMap<string, TypeModel>;
  /** Every enum, sorted by name. */
  readonly enums: readonly EnumModel[];
  readonly enumByName: ReadonlyMap<string, EnumModel>;
  /** Every method, sorted by name. */
  readonly methods: readonly MethodModel[];
  /** Every managed object type, sorted by name. */
  readonly managedObjects: readonly ManagedObjectModel[];
  /** Absolute paths of the schema files the model was built from, sorted. */
  readonly files: readonly string[];
}

/** Looks a type up, failing loudly: the validator guarantees every reference resolves. */
export function typeOf(model: Model, name: string): TypeModel {
  const type = model.byName.get(name);
  if (type === undefined) throw new Error(`internal error: type ${name} is not in the model`);
  return type;
}

/** The managed entity types (ManagedEntity and those whose base chain reaches it): what a container view holds. */
export function managedEntityNames(model: Model): string[] {
  return model.managedObjects
    .filter((mo) => mo.name === "ManagedEntity" || mo.ancestors.includes("ManagedEntity"))
    .map((mo) => mo.name);
}

/** The type itself and its subtypes: every `_typeName` a value declared as `type` may carry. */
export function typeNamesOf(type: TypeModel): readonly string[] {
  return [type.name, ...type.subtypes];
}

export function assertNever(value: never): never {
  throw new Error(`internal error: unexpected ${JSON.stringify(value)}`);
}
