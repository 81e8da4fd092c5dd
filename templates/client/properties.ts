/**
 * Reading managed objects' properties, typed: `retrieve` (one object), `retrieveMany` (several of one type) and `list`
 * (every object of a type under a folder, through a container view, as `govc find` does), over RetrievePropertiesEx
 * and its continuation token; the paths are checked and the answers typed by propertyPaths.ts. At run time each value is decoded by the type the server names, as every untyped slot is, and taken out of its box
 * (`ArrayOfString`, an enum's); a value of a type the catalogue lacks is refused (`unknownTypeIn`), not handed out as
 * the declared type. Takes a CoreSession, not the client. Copied into the output folder.
 */
import {
  CLEANUP,
  type CallOptions,
  type ClientTypes,
  type LocalizedFaultShape,
  type MethodFaultShape,
  type PropertyFilterSpecShape,
  type RefArg,
  type RetrieveResultShape,
  refOf,
} from "./contract";
import { unboxed } from "./wires";
import { DecodeError, type DecodeIssue } from "../core/context";
import type { CoreSession } from "./session";

/** Where `list` looks. */
export interface ListOptions extends CallOptions {
  /** The folder, datacenter, cluster, host or resource pool to look in (default: the inventory's root folder). */
  readonly container?: RefArg;
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
export class PropertyReadError<A extends ClientTypes = ClientTypes> extends Error {
  readonly missing: readonly MissingProperty<A>[];

  constructor(missing: readonly MissingProperty<A>[]) {
    const each = missing.map(
      (m) => `${m.obj.type} ${m.obj.value} ${m.path}: ${m.fault?._typeName ?? "no fault given"}`,
    );
    super(
      `the server did not read ${missing.length === 1 ? "a property" : `${missing.length} properties`}: ${each.join("; ")}`,
    );
    this.name = "PropertyReadError";
    this.missing = missing;
  }
}

function faultOf(fault: MethodFaultShape | LocalizedFaultShape | undefined): MethodFaultShape | undefined {
  return fault?._typeName === "LocalizedMethodFault" ? (fault as LocalizedFaultShape).fault : fault;
}

/** A spec reading `paths` of objects of type `type`: those `objectSet` names, or those it leads to. */
function specOf(
  type: string,
  paths: readonly string[],
  objectSet: PropertyFilterSpecShape["objectSet"],
): PropertyFilterSpecShape {
  return {
    _typeName: "PropertyFilterSpec",
    propSet: [{ _typeName: "PropertySpec", type, pathSet: [...paths] }],
    objectSet,
  };
}

/**
 * `read()`, once more should it fail after the session was renewed (the client logged in again) while it ran: what it
 * made on the server (a continuation token, a container view) went with the old session. Not after an abort.
 */
async function renewedOnce<A extends ClientTypes, T>(
  session: CoreSession<A>,
  options: CallOptions,
  read: () => Promise<T>,
): Promise<T> {
  const login = session.loginCount;
  try {
    return await read();
  } catch (error) {
    if (session.loginCount === login || options.signal?.aborted === true) throw error;
    return read();
  }
}

/** Every object of the answer to `spec`, following the continuation token to the last page. */
function retrieveAll<A extends ClientTypes>(
  session: CoreSession<A>,
  spec: PropertyFilterSpecShape,
  options: CallOptions,
): Promise<NonNullable<RetrieveResultShape["objects"]>> {
  return renewedOnce(session, options, () => retrievePages(session, spec, options));
}

/** The pages of the answer to `spec`; a read that stops early (an abort, a failure) cancels what the server holds. */
async function retrievePages<A extends ClientTypes>(
  session: CoreSession<A>,
  spec: PropertyFilterSpecShape,
  options: CallOptions,
): Promise<NonNullable<RetrieveResultShape["objects"]>> {
  const collector = session.serviceContent.propertyCollector;
  let page = await session.call(
    "RetrievePropertiesEx",
    { _this: collector, specSet: [spec], options: { _typeName: "RetrieveOptions" } },
    options,
  );
  const objects = [...(page?.objects ?? [])];
  let token = page?.token;
  try {
    while (token !== undefined) {
      page = await session.call("ContinueRetrievePropertiesEx", { _this: collector, token }, options);
      for (const object of page.objects ?? []) objects.push(object);
      token = page.token;
    }
  } catch (error) {
    if (token !== undefined)
      await session
        .call("CancelRetrievePropertiesEx", { _this: collector, token }, CLEANUP)
        .catch(() => undefined);
    throw error;
  }
  return objects;
}

/**
 * A value of a type the catalogue does not declare, in a property's value (a DatastoreInfo subtype it lacks, a newer
 * release's type): the wires keep it as it came, an UnrecognizedValue with its members as text, since a property's
 * value is an untyped slot on the wire. A typed read would hand it out as the type its path declares: a lie.
 */
function unknownTypeIn(value: unknown, knownTypes: ReadonlySet<string>): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = unknownTypeIn(item, knownTypes);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const name =
    typeof value === "object" && value !== null ? (value as { _typeName?: unknown })._typeName : undefined;
  return typeof name === "string" && !knownTypes.has(name) ? name : undefined;
}

/**
 * The objects of an answer with their properties by path; a PropertyReadError for what the server did not read, a
 * DecodeError for a value of a type the catalogue does not declare (every one, each at its object and path).
 */
function readObjects<A extends ClientTypes>(
  objects: NonNullable<RetrieveResultShape["objects"]>,
  knownTypes: ReadonlySet<string>,
): ReadObject<A>[] {
  const missing = objects.flatMap((o) =>
    (o.missingSet ?? []).map((m) => ({
      obj: o.obj,
      path: m.path,
      fault: faultOf(m.fault) as A["fault"] | undefined,
    })),
  );
  if (missing.length > 0) throw new PropertyReadError<A>(missing);
  const issues: DecodeIssue[] = [];
  const read = objects.map((o) => {
    // A null prototype: a path is the server's text, and `__proto__` must stay a key like any other.
    const properties: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const p of o.propSet ?? []) {
      const value = unboxed(p.val);
      const unknown = unknownTypeIn(value, knownTypes);
      if (unknown !== undefined)
        issues.push({
          path: `${o.obj.type} ${o.obj.value} ${p.name}`,
          message: `a ${unknown}, a type the schemas do not declare: declare it, or read it untyped with call("RetrievePropertiesEx")`,
        });
      properties[p.name] = value;
    }
    return { obj: o.obj as A["ref"], properties };
  });
  if (issues.length > 0) throw new DecodeError(issues);
  return read;
}

/** One object and its properties by path, as the helpers below read them; the client types them (`R`). */
export interface ReadObject<A extends ClientTypes> {
  readonly obj: A["ref"];
  readonly properties: Record<string, unknown>;
}

/** Reads `paths` of each of `objs` (of managed object type `type`), in the order given. */
export async function retrieveObjects<A extends ClientTypes, R = ReadObject<A>>(
  session: CoreSession<A>,
  knownTypes: ReadonlySet<string>,
  type: string,
  given: readonly RefArg[],
  paths: readonly string[],
  options: CallOptions = {},
): Promise<R[]> {
  if (given.length === 0) return [];
  const objs = given.map(refOf);
  const objects = await retrieveAll(
    session,
    specOf(
      type,
      paths,
      objs.map((obj) => ({ _typeName: "ObjectSpec", obj })),
    ),
    options,
  );
  const read = new Map(readObjects<A>(objects, knownTypes).map((o) => [`${o.obj.type}:${o.obj.value}`, o]));
  return objs.flatMap((obj) => read.get(`${obj.type}:${obj.value}`) ?? []) as R[];
}

/** Reads `paths` of `obj` (of managed object type `type`). */
export async function retrieveOne<A extends ClientTypes, R = Record<string, unknown>>(
  session: CoreSession<A>,
  knownTypes: ReadonlySet<string>,
  type: string,
  obj: RefArg,
  paths: readonly string[],
  options: CallOptions = {},
): Promise<R> {
  const [read] = await retrieveObjects<A>(session, knownTypes, type, [obj], paths, options);
  // The server faults for an object it does not have; an answer without it is not vSphere's.
  if (read === undefined) throw new TypeError(`the server answered nothing for ${obj.type} ${obj.value}`);
  return read.properties as R;
}

/**
 * Every object of managed object type `type` under `options.container` (default the root folder), with `paths` read:
 * through a container view of its own, destroyed however the read ends. A container view holds managed entities
 * only: for another type (a manager, a task) the server answers InvalidArgument.
 */
export async function listObjects<A extends ClientTypes, R = ReadObject<A>>(
  session: CoreSession<A>,
  knownTypes: ReadonlySet<string>,
  type: string,
  paths: readonly string[],
  options: ListOptions = {},
): Promise<R[]> {
  const { container, recursive = true, ...call } = options;
  const viewManager = session.serviceContent.viewManager;
  if (viewManager === undefined) throw new TypeError("the server has no ViewManager");
  // A view is the session's: after a renewal the read starts over with a new one.
  return renewedOnce(session, call, async () => {
    const view = await session.call(
      "CreateContainerView",
      {
        _this: viewManager,
        container: container === undefined ? session.serviceContent.rootFolder : refOf(container),
        type: [type],
        recursive,
      },
      call,
    );
    try {
      const objects = await retrievePages(
        session,
        specOf(type, paths, [
          {
            _typeName: "ObjectSpec",
            obj: view,
            skip: true,
            selectSet: [{ _typeName: "TraversalSpec", type: "ContainerView", path: "view", skip: false }],
          },
        ]),
        call,
      );
      return readObjects<A>(objects, knownTypes) as R[];
    } finally {
      // Without the caller's signal (or the client's), so that an aborted read still cleans up; a view already gone is
      // no matter.
      await session.call("DestroyView", { _this: view }, CLEANUP).catch(() => undefined);
    }
  });
}
