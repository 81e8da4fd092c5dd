/**
 * Set-wide checks for managed object types: each is declared once, its base is a managed object type, no cycle, its
 * property types resolve, and no property redeclares an inherited one. And, once a schema set declares managed object
 * types, every method's `on` must name one of them (a set without any, as a catalogue of events is, keeps `on` as
 * free text).
 */
import { diagnostic, type Diagnostic } from "../diagnostic";
import { didYouMean } from "./suggest";
import type { FieldDecl, ManagedObjectDecl, MethodDecl } from "./schemaDecl";

export function checkManagedObjects(
  objects: readonly ManagedObjectDecl[],
  methods: readonly MethodDecl[],
  dataTypes: ReadonlySet<string>,
  unknownType: (field: FieldDecl, what: string) => Diagnostic[],
  typeList: (field: FieldDecl) => Diagnostic[],
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const byName = new Map<string, ManagedObjectDecl>();
  for (const mo of objects) {
    const earlier = byName.get(mo.name);
    if (earlier === undefined) byName.set(mo.name, mo);
    else {
      found.push(
        diagnostic(
          mo.at,
          "duplicate-managed-object",
          `managed object type "${mo.name}" is already declared at ${earlier.file}:${earlier.at.line}:${earlier.at.col}`,
          "keep one declaration: delete one of the files",
        ),
      );
    }
  }
  for (const mo of byName.values()) {
    if (mo.base !== undefined && !byName.has(mo.base)) {
      found.push(
        diagnostic(
          mo.baseAt,
          "unknown-base",
          dataTypes.has(mo.base)
            ? `base "${mo.base}" is a data type; a managed object type extends a managed object type`
            : `base managed object type "${mo.base}" is not declared in any schema${didYouMean(mo.base, byName.keys())}`,
          "declare the base managed object type in its own file (with `properties:`), or extend one such as ManagedEntity",
        ),
      );
    }
    for (const property of mo.properties) {
      found.push(...unknownType(property, `property "${property.name}" of ${mo.name}`));
      if (property.typeNames.length > 1) found.push(...typeList(property));
    }
  }
  found.push(...cyclesAndRedeclarations(byName));
  if (byName.size > 0) {
    for (const method of methods) {
      if (byName.has(method.on)) continue;
      found.push(
        diagnostic(
          method.onAt,
          "unknown-managed-object",
          `method ${method.name} is called on "${method.on}", which no schema declares as a managed object type${didYouMean(method.on, byName.keys())}`,
          "declare the managed object type in its own file (name:, extends:, properties:), or correct `on`",
        ),
      );
    }
  }
  return found;
}

function cyclesAndRedeclarations(byName: ReadonlyMap<string, ManagedObjectDecl>): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const mo of byName.values()) {
    const chain: ManagedObjectDecl[] = [];
    let cyclic = false;
    for (let base = mo.base === undefined ? undefined : byName.get(mo.base); base !== undefined;) {
      if (base.name === mo.name || chain.includes(base)) {
        cyclic = base.name === mo.name;
        if (cyclic) {
          found.push(
            diagnostic(
              mo.baseAt,
              "inheritance-cycle",
              `inheritance cycle: ${[mo, ...chain, mo].map((m) => m.name).join(" -> ")}`,
              "a managed object type cannot be its own ancestor; make one of these extend a type outside the cycle",
            ),
          );
        }
        break;
      }
      chain.push(base);
      base = base.base === undefined ? undefined : byName.get(base.base);
    }
    if (cyclic) continue;
    const inherited = new Map<string, string>();
    for (const ancestor of chain)
      for (const property of ancestor.properties)
        if (!inherited.has(property.name)) inherited.set(property.name, ancestor.name);
    for (const property of mo.properties) {
      const owner = inherited.get(property.name);
      if (owner === undefined) continue;
      found.push(
        diagnostic(
          property.at,
          "redeclared-field",
          `property "${property.name}" is already inherited from ${owner}`,
          `remove it here: ${mo.name} has every property of ${owner}`,
        ),
      );
    }
  }
  return found;
}
