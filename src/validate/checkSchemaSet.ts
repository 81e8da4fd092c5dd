/**
 * Validate stage, part 2: checks that need every file at once — the same type declared twice, an
 * unknown base or field type, an inheritance cycle, a field that redeclares an inherited one, and
 * generated names that would collide.
 */
import { compareStrings, diagnostic, type Diagnostic } from "../diagnostic";
import { SCHEMA_TYPE_KEYWORDS } from "../formats";
import { exportedTypeNames } from "./names";
import { didYouMean } from "./suggest";
import type { TypeDecl } from "./schemaDecl";

export function checkSchemaSet(decls: readonly TypeDecl[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byName = new Map<string, TypeDecl>();
  for (const decl of decls) {
    const first = byName.get(decl.name);
    if (first === undefined) {
      byName.set(decl.name, decl);
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
  const names = [...byName.keys()];

  for (const decl of byName.values()) {
    if (decl.base !== undefined && !byName.has(decl.base)) {
      diagnostics.push(
        diagnostic(
          decl.baseAt,
          "unknown-base",
          `base type "${decl.base}" is not declared in any schema${didYouMean(decl.base, names)}`,
          "declare the base type in its own schema file, or extend an existing type such as DynamicData",
        ),
      );
    }
    for (const field of decl.fields) {
      if (field.typeName !== "" && !SCHEMA_TYPE_KEYWORDS.includes(field.typeName) && !byName.has(field.typeName)) {
        diagnostics.push(
          diagnostic(
            field.typeAt,
            "unknown-type",
            `field "${field.name}" has unknown type "${field.typeName}"${didYouMean(field.typeName, [...SCHEMA_TYPE_KEYWORDS, ...names])}`,
            `use ${SCHEMA_TYPE_KEYWORDS.join(", ")} (integer with a format), or the name of a schema type`,
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
  for (const decl of [...byName.values()].sort((a, b) => compareStrings(a.name, b.name))) {
    for (const generated of exportedTypeNames(decl.name)) {
      const owner = owners.get(generated);
      if (owner !== undefined && owner !== decl.name) {
        diagnostics.push(
          diagnostic(
            decl.at,
            "name-collision",
            `generated name "${generated}" is needed by both ${owner} and ${decl.name}`,
            "rename one of the two types: every type T also gets the names AnyT, TTypeName and decodeTArray",
          ),
        );
      }
      owners.set(generated, decl.name);
    }
  }
  return diagnostics;
}
