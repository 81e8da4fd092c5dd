/**
 * Validate stage, part 2: checks that need every file at once — the same type declared twice, an
 * unknown base or field type, an inheritance cycle, a field that redeclares an inherited one, a list of
 * field types whose values could not be told apart, and generated names that would collide.
 */
import { compareStrings, diagnostic, type Diagnostic } from "../diagnostic";
import { SCHEMA_TYPE_KEYWORDS } from "../formats";
import { exportedTypeNames } from "./names";
import { didYouMean } from "./suggest";
import type { EnumDecl, FieldDecl, SchemaDecl, TypeDecl } from "./schemaDecl";

export function checkSchemaSet(all: readonly SchemaDecl[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byName = new Map<string, TypeDecl>();
  const enums = new Map<string, EnumDecl>();
  const declared = new Map<string, SchemaDecl>();
  for (const decl of all) {
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

  for (const decl of byName.values()) {
    if (decl.base !== undefined && !byName.has(decl.base)) {
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
      for (const typeName of field.typeNames) {
        if (typeName !== "" && !SCHEMA_TYPE_KEYWORDS.includes(typeName) && !declared.has(typeName)) {
          diagnostics.push(
            diagnostic(
              field.typeAt,
              "unknown-type",
              `field "${field.name}" has unknown type "${typeName}"${didYouMean(typeName, [...SCHEMA_TYPE_KEYWORDS, ...names])}`,
              `use ${SCHEMA_TYPE_KEYWORDS.join(", ")} (integer with a format), or the name of a schema type or enum`,
            ),
          );
        }
      }
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
    const seen = new Set<string>();
    for (
      let base = decl.base === undefined ? undefined : byName.get(decl.base);
      base !== undefined && !seen.has(base.name);
      base = base.base === undefined ? undefined : byName.get(base.base)
    ) {
      seen.add(base.name);
      for (const field of base.fields) if (!inherited.has(field.name)) inherited.set(field.name, base.name);
    }
    for (const field of decl.fields) {
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
