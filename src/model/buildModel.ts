/**
 * Model stage: turns a validated schema set into the IR, resolving inheritance once and sorting
 * everything with a code-unit comparator so that the output never depends on file-system order.
 */
import { compareStrings } from "../diagnostic";
import { ANY_TYPE, lookupFormat } from "../formats";
import { govmomiNameOf } from "../validate/names";
import type {
  EnumDecl,
  FieldDecl,
  ManagedObjectDecl,
  MethodDecl,
  TypeDecl,
  ValidSchemas,
} from "../validate/schemaDecl";
import type {
  Dispatch,
  EnumModel,
  FieldModel,
  FieldType,
  ManagedObjectModel,
  MethodModel,
  Model,
  TypeModel,
} from "./ir";

function fieldType(field: FieldDecl, enums: ReadonlySet<string>): FieldType {
  const [typeName = ""] = field.typeNames;
  if (field.typeNames.length > 1) return { kind: "union", typeNames: field.typeNames };
  if (typeName === ANY_TYPE) return { kind: "any" };
  if (enums.has(typeName)) return { kind: "enum", enumName: typeName };
  const format = lookupFormat(typeName, field.format);
  return format === undefined ? { kind: "object", typeName } : { kind: "primitive", format: format.key };
}

function enumModel(decl: EnumDecl): EnumModel {
  return {
    name: decl.name,
    file: decl.file,
    source: decl.source,
    values: decl.values.map((v) => ({
      value: v.value,
      doc: { description: v.description, since: v.since, deprecated: v.deprecated },
    })),
    doc: { description: decl.description, since: decl.since, deprecated: decl.deprecated },
  };
}

function dispatchOf(decl: TypeDecl, subtypeCount: number): Dispatch {
  if (decl.open) return "open";
  return subtypeCount > 0 ? "closed" : "exact";
}

function fieldModel(field: FieldDecl, declaredIn: string, enums: ReadonlySet<string>): FieldModel {
  return {
    name: field.name,
    govmomiName: govmomiNameOf(field),
    type: fieldType(field, enums),
    array: field.array,
    optional: field.optional,
    doc: { description: field.description, since: field.since, deprecated: field.deprecated },
    refersTo: field.refersTo,
    enumHint: field.enumHint,
    declaredIn,
  };
}

function methodModel(decl: MethodDecl, enums: ReadonlySet<string>): MethodModel {
  return {
    name: decl.name,
    file: decl.file,
    source: decl.source,
    on: decl.on,
    params: decl.params.map((p) => fieldModel(p, decl.name, enums)),
    returns:
      decl.returns === undefined ? undefined : fieldModel({ ...decl.returns, name: "returnval" }, decl.name, enums),
    taskResult:
      decl.taskResult === undefined ? undefined : fieldModel({ ...decl.taskResult, name: "result" }, decl.name, enums),
    privilege: decl.privilege,
    faults: [...new Set(decl.faults.map((f) => f.name))].sort(compareStrings),
    doc: { description: decl.description, since: decl.since, deprecated: decl.deprecated },
  };
}

function managedObjectModels(decls: readonly ManagedObjectDecl[], enums: ReadonlySet<string>): ManagedObjectModel[] {
  const byName = new Map(decls.map((d) => [d.name, d]));
  const chainOf = (decl: ManagedObjectDecl): string[] => {
    const chain: string[] = [];
    for (let base = decl.base; base !== undefined; base = byName.get(base)?.base) chain.push(base);
    return chain;
  };
  const chains = new Map(decls.map((d) => [d.name, chainOf(d)]));
  return [...decls]
    .sort((a, b) => compareStrings(a.name, b.name))
    .map((decl) => {
      const ancestors = chains.get(decl.name) ?? [];
      const ownProperties = decl.properties.map((p) => fieldModel(p, decl.name, enums));
      const inherited = [...ancestors]
        .reverse()
        .flatMap((name) => (byName.get(name)?.properties ?? []).map((p) => fieldModel(p, name, enums)));
      return {
        name: decl.name,
        file: decl.file,
        source: decl.source,
        base: decl.base,
        ancestors,
        ownProperties,
        allProperties: [...inherited, ...ownProperties],
        subtypes: decls
          .filter((d) => chains.get(d.name)?.includes(decl.name))
          .map((d) => d.name)
          .sort(compareStrings),
        doc: { description: decl.description, since: decl.since, deprecated: decl.deprecated },
      };
    });
}

export function buildModel(schemas: ValidSchemas): Model {
  const enumNames = new Set(schemas.enums.map((e) => e.name));
  const decls = new Map<string, TypeDecl>(schemas.types.map((d) => [d.name, d]));
  const ancestorsOf = (decl: TypeDecl): string[] => {
    const chain: string[] = [];
    for (let base = decl.base; base !== undefined; base = decls.get(base)?.base) chain.push(base);
    return chain;
  };
  const ancestors = new Map<string, string[]>([...decls.values()].map((d) => [d.name, ancestorsOf(d)]));
  const subtypes = new Map<string, string[]>([...decls.keys()].map((name) => [name, []]));
  for (const [name, chain] of ancestors) for (const ancestor of chain) subtypes.get(ancestor)?.push(name);

  const types: TypeModel[] = [...decls.values()]
    .sort((a, b) => compareStrings(a.name, b.name))
    .map((decl) => {
      const chain = ancestors.get(decl.name) ?? [];
      const ownFields = decl.fields.map((f) => fieldModel(f, decl.name, enumNames));
      const inherited = [...chain]
        .reverse()
        .flatMap((name) => (decls.get(name)?.fields ?? []).map((f) => fieldModel(f, name, enumNames)));
      const below = (subtypes.get(decl.name) ?? []).sort(compareStrings);
      return {
        name: decl.name,
        file: decl.file,
        source: decl.source,
        base: decl.base,
        ancestors: chain,
        ownFields,
        allFields: [...inherited, ...ownFields],
        subtypes: below,
        directSubtypes: below.filter((name) => decls.get(name)?.base === decl.name),
        polymorphic: below.length > 0,
        dispatch: dispatchOf(decl, below.length),
        doc: { description: decl.description, since: decl.since, deprecated: decl.deprecated },
      };
    });
  const enums = schemas.enums.map(enumModel).sort((a, b) => compareStrings(a.name, b.name));
  return {
    types,
    byName: new Map(types.map((t) => [t.name, t])),
    enums,
    enumByName: new Map(enums.map((e) => [e.name, e])),
    methods: schemas.methods.map((m) => methodModel(m, enumNames)).sort((a, b) => compareStrings(a.name, b.name)),
    managedObjects: managedObjectModels(schemas.managedObjects, enumNames),
    files: schemas.files,
  };
}
