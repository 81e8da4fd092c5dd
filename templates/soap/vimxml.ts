/**
 * The vim25 SOAP wire's shared parts: the namespaces, the SOAP table's types (what the XML cannot say: which members
 * are arrays, what a text is, from `soapSchema$` in soap.ts) with each type's fields resolved once, and the errors.
 * Reading is soapRead.ts, writing soapWrite.ts; the rules follow what vCenter writes and govmomi reads (docs/guide/soap.md).
 * Copied into the output folder with the other templates.
 */

export const VIM25_NAMESPACE = "urn:vim25";
export const SOAP_ENVELOPE_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";

/**
 * One field of a type as the SOAP wire needs it: `[member, kind, flags, ...types]`. `kind` is a format key
 * (`int32`, `date-time`...; an enum is a `string`), `object` or `union` (with the type names; a union's first is the
 * type the WSDL declares) or `any`; `flags` is 1 for an array, 2 for an optional field.
 */
export type SoapField = readonly [name: string, kind: string, flags: number, ...types: string[]];

export interface SoapType {
  readonly base: string | undefined;
  /** The type has known subtypes: a value of it carries `xsi:type` on the wire. */
  readonly poly: boolean;
  /** Own fields, in WSDL order. */
  readonly fields: readonly SoapField[];
}

export interface SoapSchema {
  readonly types: ReadonlyMap<string, SoapType>;
  readonly enums: ReadonlySet<string>;
}

/** What reading needs of the decode context (a structural subset of the runtime's DecodeContext). */
export const ARRAY = 1;
export const OPTIONAL = 2;

export interface Resolved {
  /** Every field, the root's first: the order the WSDL writes them in. */
  readonly all: readonly SoapField[];
  readonly byName: ReadonlyMap<string, SoapField>;
}

const resolvedBySchema = new WeakMap<SoapSchema, Map<string, Resolved>>();

/** The resolved types of a schema, built as they are first needed. */
export function resolvedCache(schema: SoapSchema): Map<string, Resolved> {
  let cache = resolvedBySchema.get(schema);
  if (cache === undefined) resolvedBySchema.set(schema, (cache = new Map()));
  return cache;
}

export function resolved(
  schema: SoapSchema,
  typeName: string,
  cache: Map<string, Resolved> = resolvedCache(schema),
): Resolved | undefined {
  const hit = cache.get(typeName);
  if (hit !== undefined) return hit;
  const chain: SoapType[] = [];
  for (
    let t = schema.types.get(typeName);
    t !== undefined;
    t = t.base === undefined ? undefined : schema.types.get(t.base)
  )
    chain.unshift(t);
  if (chain.length === 0) return undefined;
  const all = chain.flatMap((t) => t.fields);
  const entry: Resolved = { all, byName: new Map(all.map((f) => [f[0], f])) };
  cache.set(typeName, entry);
  return entry;
}

/** A reference's members that are attributes in XML (`serverGuid` as govmomi writes it). */
export const REFERENCE_ATTRIBUTES = ["type", "serverGuid"] as const;

/** A SOAP fault as the response carried it. */
export interface SoapFaultContent {
  readonly faultcode: string;
  readonly faultstring: string;
  /** The detail's fault as a wire object, for the VI JSON decoder of MethodFault; undefined when there is none. */
  readonly detail: unknown;
}

/** Where the SOAP reading ended: the `returnval` values as wire objects, or a fault. */
/** A SOAP fault answered by the server: its code and string, and the detail decoded as its MethodFault subtype. */
export class SoapFault<D = { readonly _typeName: string; readonly [member: string]: unknown }> extends Error {
  readonly faultcode: string;
  readonly faultstring: string;
  /** The fault (`InvalidLogin`, `NotAuthenticated`...), typed where a schema declares it; undefined without detail. */
  readonly detail: D | undefined;
  /** Problems decoding the detail (the fault itself is still reported). */
  readonly detailIssues: readonly { readonly path: string; readonly message: string }[];

  constructor(
    content: SoapFaultContent,
    detail: D | undefined,
    detailIssues: readonly { path: string; message: string }[],
  ) {
    const kind = (detail as { _typeName?: unknown } | undefined)?._typeName;
    super(`${typeof kind === "string" ? `${kind}: ` : ""}${content.faultstring || content.faultcode}`);
    this.name = "SoapFault";
    this.faultcode = content.faultcode;
    this.faultstring = content.faultstring;
    this.detail = detail;
    this.detailIssues = detailIssues;
  }
}

/** A value `encodeSoap` cannot write as XML (a character XML 1.0 cannot hold, a member name that is no element name). */
export class SoapEncodeError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = "SoapEncodeError";
    this.path = path;
  }
}

/** A request parameter: its element name, the type the method declares (a schema type or `xsd:int`...) and its value. */
export type SoapParameter = readonly [name: string, type: string, value: unknown];
