/**
 * Reading managed objects' properties, typed: `retrieve` (one object), `retrieveMany` (several of one type) and `list`
 * (every object of a type under a folder, through a container view, as `govc find` does), over RetrievePropertiesEx
 * and its continuation token. A property path (`runtime.powerState`) is checked at compile time against the
 * catalogue's map of each managed object type's properties (`A["managedObjects"]`, the output's
 * managed-objects.ts) and the data types' fields it goes through, and the answer is typed by where it leads. At run
 * time each value is decoded by the type the server names, as every untyped slot is, and taken out of its box
 * (`ArrayOfString`, an enum's); a value of a type the catalogue lacks is refused (`unknownTypeIn`), not handed out as
 * the declared type. Takes a CoreSession, not the client. Copied into the output folder.
 */
import type { CallOptions, ClientTypes } from "./contract.js";
import type { CoreSession } from "./session.js";
/**
 * What property path `P` of `T` leads to, as a one-element tuple (so that `never` can say "no such path"); a step
 * through an optional property makes the end optional too. A path goes through data objects' fields, never into an
 * array, and only through the fields every possible subtype has: what the property collector itself accepts.
 */
type Lookup<T, P extends string> = [T] extends [readonly unknown[]] ? never : P extends keyof T ? [T[P]] : P extends `${infer Head}.${infer Rest}` ? Head extends keyof T ? Optionally<Lookup<NonNullable<T[Head]>, Rest>, undefined extends T[Head] ? true : false> : never : never;
type Optionally<L, Optional extends boolean> = L extends [infer V] ? [Optional extends true ? V | undefined : V] : never;
/** The type property path `P` of the properties `T` leads to (`never` when it is not a path of `T`). */
export type PropertyValue<T, P extends string> = Lookup<T, P> extends [infer V] ? V : never;
/**
 * `P` itself when each of its paths is a property path of `T`; else the wrong one is marked, so that the compiler's
 * message names it (`... is not assignable to type '"runtime.powerstate" & { "not a property path": ... }'`).
 */
export type CheckedPaths<T, P extends readonly string[]> = {
    readonly [K in keyof P]: [Lookup<T, P[K] & string>] extends [never] ? P[K] & {
        readonly "not a property path": P[K];
    } : P[K];
};
type Flat<T> = {
    [K in keyof T]: T[K];
};
/**
 * The properties read at paths `P` of an object whose properties are `T`, by path: each one the server must send is
 * required; one that may be unset (optional itself, or reached through an optional one) may be absent.
 */
export type RetrievedProperties<T, P extends string> = Flat<{
    readonly [K in P as undefined extends PropertyValue<T, K> ? never : K]: PropertyValue<T, K>;
} & {
    readonly [K in P as undefined extends PropertyValue<T, K> ? K : never]?: Exclude<PropertyValue<T, K>, undefined>;
}>;
/** One object and its properties read at paths `P`. */
export interface RetrievedObject<A extends ClientTypes, T, P extends string> {
    readonly obj: A["ref"];
    readonly properties: RetrievedProperties<T, P>;
}
/** The name of a managed object type of `A`'s catalogue. */
export type ManagedObjectName<A extends ClientTypes> = keyof A["managedObjects"] & string;
/** The properties of managed object type `T` in `A`'s catalogue. */
export type PropertiesOf<A extends ClientTypes, T extends ManagedObjectName<A>> = A["managedObjects"][T];
/** The paths `P` a read of managed object type `T` takes: each one checked (`CheckedPaths`). */
export type PathsOf<A extends ClientTypes, T extends ManagedObjectName<A>, P extends readonly string[]> = P & CheckedPaths<PropertiesOf<A, T>, P>;
/** What a read of paths `P` of one object of type `T` answers with. */
export type PropertiesAt<A extends ClientTypes, T extends ManagedObjectName<A>, P extends readonly string[]> = RetrievedProperties<PropertiesOf<A, T>, P[number]>;
/** What a read of paths `P` of several objects of type `T` answers with. */
export type ObjectsAt<A extends ClientTypes, T extends ManagedObjectName<A>, P extends readonly string[]> = RetrievedObject<A, PropertiesOf<A, T>, P[number]>[];
/** Where `list` looks. */
export interface ListOptions<A extends ClientTypes = ClientTypes> extends CallOptions {
    /** The folder, datacenter, cluster, host or resource pool to look in (default: the inventory's root folder). */
    readonly container?: A["ref"];
    /** Whether to look below its direct children too (default true). */
    readonly recursive?: boolean;
}
/** A property the server did not read: the object, the path, and the fault it gave (NoPermission, InvalidProperty...). */
export interface MissingProperty<A extends ClientTypes = ClientTypes> {
    readonly obj: A["ref"];
    readonly path: string;
    readonly fault: A["fault"] | undefined;
}
/**
 * Properties the server did not read (its `missingSet`): a read answers with every property it asked for, or with
 * this error listing each one that is missing, with its fault, rather than an object whose types would lie.
 */
export declare class PropertyReadError<A extends ClientTypes = ClientTypes> extends Error {
    readonly missing: readonly MissingProperty<A>[];
    constructor(missing: readonly MissingProperty<A>[]);
}
/** One object and its properties by path, as the helpers below read them; the client types them (`R`). */
export interface ReadObject<A extends ClientTypes> {
    readonly obj: A["ref"];
    readonly properties: Record<string, unknown>;
}
/** Reads `paths` of each of `objs` (of managed object type `type`), in the order given. */
export declare function retrieveObjects<A extends ClientTypes, R = ReadObject<A>>(session: CoreSession<A>, knownTypes: ReadonlySet<string>, type: string, objs: readonly A["ref"][], paths: readonly string[], options?: CallOptions): Promise<R[]>;
/** Reads `paths` of `obj` (of managed object type `type`). */
export declare function retrieveOne<A extends ClientTypes, R = Record<string, unknown>>(session: CoreSession<A>, knownTypes: ReadonlySet<string>, type: string, obj: A["ref"], paths: readonly string[], options?: CallOptions): Promise<R>;
/**
 * Every object of managed object type `type` under `options.container` (default the root folder), with `paths` read:
 * through a container view of its own, destroyed however the read ends. A container view holds managed entities
 * only: for another type (a manager, a task) the server answers InvalidArgument.
 */
export declare function listObjects<A extends ClientTypes, R = ReadObject<A>>(session: CoreSession<A>, knownTypes: ReadonlySet<string>, type: string, paths: readonly string[], options?: ListOptions<A>): Promise<R[]>;
export {};
