/**
 * The types of typed property reads: a property path (`runtime.powerState`) checked at compile time against the
 * catalogue's map of each managed object type's properties (`A["managedObjects"]`, the output's managed-objects.ts)
 * and the data types' fields it goes through, and the answer typed by where it leads (properties.ts reads it). Types
 * only. Copied into the output folder.
 */
import type { ClientTypes } from "./contract";

/**
 * What property path `P` of `T` leads to, as a one-element tuple (so that `never` can say "no such path"); a step
 * through an optional property makes the end optional too. A path goes through data objects' fields, never into an
 * array, a string, a number or a reference (`name.length`, `parent.value`: no property the collector reads), never to
 * a `_typeName`, and only through the fields every possible subtype has: what the property collector itself accepts.
 */
type Lookup<T, P extends string> = [T] extends [readonly unknown[]]
  ? never
  : P extends "_typeName"
    ? never
    : P extends keyof T
      ? [T[P]]
      : P extends `${infer Head}.${infer Rest}`
        ? Head extends keyof T
          ? Optionally<
              Lookup<DataObject<NonNullable<T[Head]>>, Rest>,
              undefined extends T[Head] ? true : false
            >
          : never
        : never;

/**
 * `T` where a path may step into it: a data object (each of a union's members one), but not a reference. A fault slot
 * (`MethodFault | LocalizedMethodFault`: a `TaskInfo.error`) is stepped into as the property collector does, as the
 * LocalizedMethodFault the server holds there (`info.error.localizedMessage`, `info.error.fault`).
 */
type DataObject<T> = [T] extends [{ readonly _typeName: infer Name }]
  ? "ManagedObjectReference" extends Name
    ? never
    : [Extract<T, { readonly _typeName: "LocalizedMethodFault" }>] extends [never]
      ? T
      : Extract<T, { readonly _typeName: "LocalizedMethodFault" }>
  : never;

type Optionally<L, Optional extends boolean> = L extends [infer V]
  ? [Optional extends true ? V | undefined : V]
  : never;

/** The type property path `P` of the properties `T` leads to (`never` when it is not a path of `T`). */
export type PropertyValue<T, P extends string> = Lookup<T, P> extends [infer V] ? V : never;

/**
 * `P` itself when each of its paths is a property path of `T`; else the wrong one is marked, so that the compiler's
 * message names it (`... is not assignable to type '"runtime.powerstate" & { "not a property path": ... }'`).
 */
export type CheckedPaths<T, P extends readonly string[]> = {
  readonly [K in keyof P]: [Lookup<T, P[K] & string>] extends [never]
    ? P[K] & { readonly "not a property path": P[K] }
    : P[K];
};

type Flat<T> = { [K in keyof T]: T[K] };

/**
 * The properties read at paths `P` of an object whose properties are `T`, by path: each one the server must send is
 * required; one that may be unset (optional itself, or reached through an optional one) may be absent.
 */
export type RetrievedProperties<T, P extends string> = Flat<
  { readonly [K in P as undefined extends PropertyValue<T, K> ? never : K]: PropertyValue<T, K> } & {
    readonly [K in P as undefined extends PropertyValue<T, K> ? K : never]?: Exclude<
      PropertyValue<T, K>,
      undefined
    >;
  }
>;

/** One object and its properties read at paths `P`. */
export interface RetrievedObject<A extends ClientTypes, T, P extends string> {
  readonly obj: A["ref"];
  readonly properties: RetrievedProperties<T, P>;
}

/** The name of a managed object type of `A`'s catalogue. */
export type ManagedObjectName<A extends ClientTypes> = keyof A["managedObjects"] & string;

/** The name of a managed entity type of `A`'s catalogue: what a container view holds, so what `list` reads. */
export type EntityName<A extends ClientTypes> = A["entityName"] & ManagedObjectName<A>;

/** The properties of managed object type `T` in `A`'s catalogue. */
export type PropertiesOf<A extends ClientTypes, T extends ManagedObjectName<A>> = A["managedObjects"][T];

/** The paths `P` a read of managed object type `T` takes: each one checked (`CheckedPaths`). */
export type PathsOf<A extends ClientTypes, T extends ManagedObjectName<A>, P extends readonly string[]> = P &
  CheckedPaths<PropertiesOf<A, T>, P>;

/** What a read of paths `P` of one object of type `T` answers with. */
export type PropertiesAt<
  A extends ClientTypes,
  T extends ManagedObjectName<A>,
  P extends readonly string[],
> = RetrievedProperties<PropertiesOf<A, T>, P[number]>;

/** What a read of paths `P` of several objects of type `T` answers with. */
export type ObjectsAt<
  A extends ClientTypes,
  T extends ManagedObjectName<A>,
  P extends readonly string[],
> = RetrievedObject<A, PropertiesOf<A, T>, P[number]>[];
