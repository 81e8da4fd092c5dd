/**
 * Validate stage, part 2: checks that need every file at once — the same type declared twice, an
 * unknown base or field type, an inheritance cycle, a field that redeclares an inherited one, a list of
 * field types whose values could not be told apart, and generated names that would collide; for methods, the same
 * method declared twice, and parameter, return and fault types that no schema declares; managed object types are
 * checked in checkManagedObjects.ts.
 */
import { compareStrings, diagnostic, type Diagnostic } from "../diagnostic";
import { SCHEMA_TYPE_KEYWORDS } from "../formats";
import { checkManagedObjects } from "./checkManagedObjects";
import { exportedTypeNames, govmomiNameOf } from "./names";
import { didYouMean } from "./suggest";
import type { EnumDecl, FieldDecl, ManagedObjectDecl, MethodDecl, SchemaDecl, TypeDecl } from "./schemaDecl";

export function checkSchemaSet(all: readonly SchemaDecl[], unreadable: ReadonlySet<string> = new Set()): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byName = new Map<string, TypeDecl>();
  const enums = new Map<string, EnumDecl>();
  const declared = new Map<string, TypeDecl | EnumDecl>();
  const methods: MethodDecl[] = [];
  const managedObjects: ManagedObjectDecl[] = [];
  for (const decl of all) {
    if (decl.kind === "method") {
      methods.push(decl);
      continue;
    }
    if (decl.kind === "managedObject") {
      managedObjects.push(decl);
      continue;
    }
    const first = declared.get(decl.name);
    if (first === undefined) {
      declared.set(decl.name, decl);
      if (decl.kind === "type") byName.set(decl.name, decl);
      else enums.set(decl.name, decl);
    } else {
      diagnostics.push(
        diagnostic(
          decl.at,
          "duplicate-type",
          `type "${decl.name}" is already declared at ${first.file}:${first.at.line}:${first.at.col}`,
          "keep one declaration: rename this type or delete one of the files",
        ),
      );
    }
  }
  const names = [...declared.keys()];
  const unknownType = (field: FieldDecl, what: string): Diagnostic[] =>
    field.typeNames
      .filter((t) => t !== "" && !SCHEMA_TYPE_KEYWORDS.includes(t) && !declared.has(t) && !unreadable.has(t))
      .map((typeName) =>
        diagnostic(
          field.typeAt,
          "unknown-type",
          `${what} has unknown type "${typeName}"${didYouMean(typeName, [...SCHEMA_TYPE_KEYWORDS, ...names])}`,
          `use ${SCHEMA_TYPE_KEYWORDS.join(", ")} (integer with a format), or the name of a schema type or enum`,
        ),
      );
  diagnostics.push(...checkMethods(methods, byName, unknownType));
  diagnostics.push(
    ...checkManagedObjects(managedObjects, methods, new Set(declared.keys()), unknownType, (field) =>
      checkTypeList(field, byName, enums),
    ),
  );

  for (const decl of byName.values()) {
    if (decl.base !== undefined && !byName.has(decl.base) && !unreadable.has(decl.base)) {
      diagnostics.push(
        diagnostic(
          decl.baseAt,
          "unknown-base",
          enums.has(decl.base)
            ? `base type "${decl.base}" is an enum; only object types can be extended`
            : `base type "${decl.base}" is not declared in any schema${didYouMean(decl.base, byName.keys())}`,
          "declare the base type in its own schema file, or extend an existing type such as DynamicData",
        ),
      );
    }
    for (const field of decl.fields) {
      diagnostics.push(...unknownType(field, `field "${field.name}"`));
      if (field.typeNames.length > 1) diagnostics.push(...checkTypeList(field, byName, enums));
      if (field.enumHint !== undefined && !enums.has(field.enumHint)) {
        diagnostics.push(
          diagnostic(
            field.enumHintAt,
            "unknown-enum",
            `enumHint "${field.enumHint}" is not an enum any schema declares${didYouMean(field.enumHint, enums.keys())}`,
            "declare the enum in its own schema file (name: and enum:), or remove enumHint",
          ),
        );
      }
    }
  }

  const inCycle = new Set<string>();
  for (const decl of byName.values()) {
    const chain: string[] = [decl.name];
    let current = decl.base === undefined ? undefined : byName.get(decl.base);
    while (current !== undefined && !chain.includes(current.name)) {
      chain.push(current.name);
      current = current.base === undefined ? undefined : byName.get(current.base);
    }
    if (current !== undefined && current.name === decl.name) {
      inCycle.add(decl.name);
      diagnostics.push(
        diagnostic(
          decl.baseAt,
          "inheritance-cycle",
          `inheritance cycle: ${[...chain, decl.name].join(" -> ")}`,
          "a type cannot be its own ancestor; make one of these types extend a type outside the cycle",
        ),
      );
    }
  }

  for (const decl of byName.values()) {
    if (inCycle.has(decl.name)) continue;
    const inherited = new Map<string, string>();
    /** Each inherited field's govmomi JSON member name, with the field and the type that declares it. */
    const govmomi = new Map<string, string>();
    const seen = new Set<string>();
    for (
      let base = decl.base === undefined ? undefined : byName.get(decl.base);
      base !== undefined && !seen.has(base.name);
      base = base.base === undefined ? undefined : byName.get(base.base)
    ) {
      seen.add(base.name);
      for (const field of base.fields) if (!inherited.has(field.name)) inherited.set(field.name, base.name);
      for (const field of base.fields) govmomi.set(govmomiNameOf(field), `${base.name}.${field.name}`);
    }
    for (const field of decl.fields) {
      // Two fields one govmomi JSON member (`foo` and `Foo`, or a govmomiName another field has): one would be lost.
      const member = govmomiNameOf(field);
      const other = govmomi.get(member);
      if (other !== undefined && !inherited.has(field.name))
        diagnostics.push(
          diagnostic(
            field.at,
            "govmomi-name-clash",
            `field "${field.name}" is the govmomi JSON member "${member}", as ${other} is`,
            "rename one of the fields, or give this one a govmomiName of its own",
          ),
        );
      govmomi.set(member, `${decl.name}.${field.name}`);
      const owner = inherited.get(field.name);
      if (owner !== undefined) {
        diagnostics.push(
          diagnostic(
            field.at,
            "redeclared-field",
            `field "${field.name}" is already inherited from ${owner}`,
            `remove it here: on the wire, ${decl.name} carries ${owner}'s fields at the same level`,
          ),
        );
      }
    }
  }

  const owners = new Map<string, string>();
  for (const decl of [...declared.values()].sort((a, b) => compareStrings(a.name, b.name))) {
    for (const generated of exportedTypeNames(decl.name, decl.kind)) {
      const owner = owners.get(generated);
      if (owner !== undefined && owner !== decl.name) {
        diagnostics.push(
          diagnostic(
            decl.at,
            "name-collision",
            `generated name "${generated}" is needed by both ${owner} and ${decl.name}`,
            "rename one of the two: every type T also gets the names AnyT, TTypeName and decodeTArray, every enum E also EValues",
          ),
        );
      }
      owners.set(generated, decl.name);
    }
  }
  return diagnostics;
}

/**
 * Methods live in their own namespace (a method and a type may share a name, as `RetrieveServiceContent` does not but
 * vim25's request types would): each is declared once, its parameter and return types resolve, and each fault it
 * documents is a declared MethodFault.
 */
function checkMethods(
  methods: readonly MethodDecl[],
  byName: ReadonlyMap<string, TypeDecl>,
  unknownType: (field: FieldDecl, what: string) => Diagnostic[],
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const first = new Map<string, MethodDecl>();
  // Only a misspelt fault needs every fault's name: computed for the first, not for each of 967 methods.
  let faults: string[] | undefined;
  const faultNames = (): string[] =>
    (faults ??= [...byName.values()].filter((t) => isFault(t, byName)).map((t) => t.name));
  for (const method of methods) {
    const earlier = first.get(method.name);
    if (earlier !== undefined) {
      found.push(
        diagnostic(
          method.at,
          "duplicate-method",
          `method "${method.name}" is already declared at ${earlier.file}:${earlier.at.line}:${earlier.at.col}`,
          "keep one declaration: delete one of the files",
        ),
      );
      continue;
    }
    first.set(method.name, method);
    const seen = new Set<string>();
    for (const param of method.params) {
      if (seen.has(param.name)) {
        found.push(
          diagnostic(param.at, "duplicate-parameter", `parameter "${param.name}" is declared twice`, "keep one"),
        );
      }
      seen.add(param.name);
      found.push(...unknownType(param, `parameter "${param.name}" of ${method.name}`));
    }
    if (method.returns !== undefined) found.push(...unknownType(method.returns, `the return value of ${method.name}`));
    if (method.taskResult !== undefined)
      found.push(...unknownType(method.taskResult, `the task result of ${method.name}`));
    for (const fault of method.faults) {
      const decl = byName.get(fault.name);
      if (decl === undefined || !isFault(decl, byName)) {
        found.push(
          diagnostic(
            fault.at,
            "unknown-fault",
            decl === undefined
              ? `fault "${fault.name}" is not declared in any schema${didYouMean(fault.name, faultNames())}`
              : `"${fault.name}" is not a fault: it does not extend MethodFault`,
            "name a MethodFault subtype that a schema declares, or declare the fault in its own file",
          ),
        );
      }
    }
  }
  return found;
}

function isFault(decl: TypeDecl, byName: ReadonlyMap<string, TypeDecl>): boolean {
  return decl.name === "MethodFault" || ancestorsOf(decl, byName).includes("MethodFault");
}

/** The ancestors of a type, nearest first (stopping at a cycle, which is reported elsewhere). */
function ancestorsOf(decl: TypeDecl, byName: ReadonlyMap<string, TypeDecl>): string[] {
  const chain: string[] = [];
  for (let base = decl.base; base !== undefined && !chain.includes(base); base = byName.get(base)?.base)
    chain.push(base);
  return chain;
}

/**
 * `type: [A, B]`: the value's `_typeName` chooses among the listed object types, so no listed type may be
 * an enum or an ancestor of another, and at most one may be open (an unknown `_typeName` decodes as it).
 */
function checkTypeList(
  field: FieldDecl,
  byName: ReadonlyMap<string, TypeDecl>,
  enums: ReadonlyMap<string, EnumDecl>,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const listed = field.typeNames.flatMap((n) => byName.get(n) ?? []);
  for (const name of field.typeNames) {
    if (enums.has(name)) {
      found.push(
        diagnostic(
          field.typeAt,
          "bad-type-list",
          `field "${field.name}" lists the enum ${name}; a list of types may only name object types`,
          "type an enum field with the enum alone",
        ),
      );
    }
  }
  for (const decl of listed) {
    const related = ancestorsOf(decl, byName).find((a) => field.typeNames.includes(a));
    if (related !== undefined) {
      found.push(
        diagnostic(
          field.typeAt,
          "bad-type-list",
          `field "${field.name}" lists both ${related} and its subtype ${decl.name}`,
          `list ${related} alone: a field of type ${related} already takes its subtypes`,
        ),
      );
    }
  }
  const open = listed.filter((d) => d.open).map((d) => d.name);
  if (open.length > 1) {
    found.push(
      diagnostic(
        field.typeAt,
        "bad-type-list",
        `field "${field.name}" lists ${open.length} open types (${open.join(", ")}): a _typeName no schema declares could be any of them`,
        "list at most one type with `subtypes: open`",
      ),
    );
  }
  return found;
}
