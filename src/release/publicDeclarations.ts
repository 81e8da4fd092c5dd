/**
 * The library package's declarations hold its public API only. Generated modules share code through exported
 * values whose names carry a `$` (`isExact$VmEvent`, `decodeAt$Any`, `encodeFields$VmEvent`, `soapSchema$`): in the
 * whole API 27,000 of them, a fifth of its declarations' text. A consumer's `tsc` parsed and bound every one of them
 * on every run, and an editor offered them as imports. This declaration transformer drops them: each such value's
 * declaration, and each import or export specifier naming one. Types so named (`VimMethods$vm`, a part of the
 * public `VimMethods`) stay: public types are made of them. A kept declaration that still refers to a dropped value
 * would leave the declarations broken, so that is an error here, not in a user's project.
 */
import { ts } from "ts-morph";

/** Whether `name` is one generated modules share rather than a public one. */
const isInternalName = (name: string): boolean => name.includes("$");

/** Whether `statement` carries the modifier `kind` (`export`, `default`). */
const hasModifier = (statement: ts.Statement, kind: ts.SyntaxKind): boolean =>
  ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === kind);

/**
 * The values (and, apart, the types) a top-level statement declares; none for imports, exports and the like. A class
 * or an enum is both, so never dropped; a default export is public whatever its name.
 */
function declared(statement: ts.Statement): { values: string[]; types: string[] } {
  if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) return { values: [], types: [] };
  if (ts.isVariableStatement(statement))
    return {
      values: statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : [])),
      types: [],
    };
  if (ts.isFunctionDeclaration(statement))
    return { values: statement.name === undefined ? [] : [statement.name.text], types: [] };
  if (ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) {
    const names = statement.name === undefined ? [] : [statement.name.text];
    return { values: names, types: names };
  }
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement))
    return { values: [], types: [statement.name.text] };
  return { values: [], types: [] };
}

/**
 * The internal values the modules `sources` declare: exported values with a `$` in their name, less any name that
 * is also a type somewhere (kept, to be safe).
 */
export function internalValues(sources: readonly ts.SourceFile[]): Set<string> {
  const values = new Set<string>();
  const types = new Set<string>();
  for (const source of sources)
    for (const statement of source.statements) {
      const names = declared(statement);
      for (const name of names.values.filter(isInternalName)) values.add(name);
      for (const name of names.types.filter(isInternalName)) types.add(name);
    }
  for (const name of types) values.delete(name);
  return values;
}

/** `specifiers` split into those that name a public value and those that name one of `internal`, by the name taken. */
function splitSpecifiers<S extends ts.ImportSpecifier | ts.ExportSpecifier>(
  specifiers: readonly S[],
  internal: ReadonlySet<string>,
): [kept: S[], gone: S[]] {
  const kept: S[] = [];
  const gone: S[] = [];
  for (const s of specifiers) (internal.has((s.propertyName ?? s.name).text) ? gone : kept).push(s);
  return [kept, gone];
}

/**
 * `statement` without what names `internal`, or undefined when nothing of it is left. The local names of the imports
 * it drops go to `dropped`: a kept declaration must not refer to them either (`import { x$ as y }`).
 */
function withoutInternal(
  statement: ts.Statement,
  internal: ReadonlySet<string>,
  dropped: Set<string>,
  factory: ts.NodeFactory,
): ts.Statement | undefined {
  const { values } = declared(statement);
  if (values.length > 0) {
    const internalValues = values.filter((v) => internal.has(v));
    if (internalValues.length === 0) return statement;
    if (internalValues.length === values.length) return undefined;
    throw new Error(`a declaration mixes public and internal values: ${values.join(", ")}`);
  }
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    if (clause === undefined || bindings === undefined || !ts.isNamedImports(bindings)) return statement;
    // `import { isRecord as checks$isRecord }` imports a public value: what counts is the name imported.
    const [kept, gone] = splitSpecifiers(bindings.elements, internal);
    if (gone.length === 0) return statement;
    for (const s of gone) dropped.add(s.name.text);
    if (kept.length === 0 && clause.name === undefined) return undefined;
    return factory.updateImportDeclaration(
      statement,
      statement.modifiers,
      factory.updateImportClause(
        clause,
        clause.phaseModifier,
        clause.name,
        kept.length === 0 ? undefined : factory.updateNamedImports(bindings, kept),
      ),
      statement.moduleSpecifier,
      statement.attributes,
    );
  }
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    if (clause === undefined || !ts.isNamedExports(clause)) return statement;
    const [kept, gone] = splitSpecifiers(clause.elements, internal);
    if (gone.length === 0) return statement;
    const renamed = gone.find((s) => !isInternalName(s.name.text));
    if (renamed !== undefined)
      throw new Error(
        `a public name exports an internal value: ${(renamed.propertyName ?? renamed.name).text} as ${renamed.name.text}`,
      );
    if (kept.length === 0) return undefined;
    return factory.updateExportDeclaration(
      statement,
      statement.modifiers,
      statement.isTypeOnly,
      factory.updateNamedExports(clause, kept),
      statement.moduleSpecifier,
      statement.attributes,
    );
  }
  return statement;
}

/** The local names the imports among `statements` bind. */
function importedNames(statements: readonly ts.Statement[]): Set<string> {
  const names = new Set<string>();
  for (const s of statements) {
    const bindings = ts.isImportDeclaration(s) ? s.importClause?.namedBindings : undefined;
    if (bindings !== undefined && ts.isNamedImports(bindings))
      for (const e of bindings.elements) names.add(e.name.text);
  }
  return names;
}

/** A member's (or a parameter's) plain name, which is no reference: `readonly knownTypes$: ...`; not `[key$]`. */
function memberName(n: ts.Node): ts.Node | undefined {
  const member =
    ts.isPropertySignature(n) ||
    ts.isMethodSignature(n) ||
    ts.isPropertyDeclaration(n) ||
    ts.isMethodDeclaration(n) ||
    ts.isGetAccessorDeclaration(n) ||
    ts.isSetAccessorDeclaration(n) ||
    ts.isParameter(n) ||
    ts.isEnumMember(n);
  const name = member ? n.name : undefined;
  return name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    ? name
    : undefined;
}

/**
 * The names `node` refers to (an identifier anywhere below it) that `unwanted` answers for, bar the local `bound`;
 * and the internal values it reads from a namespace (`typeof rt.x$`).
 */
function references(
  node: ts.Node,
  internal: ReadonlySet<string>,
  unwanted: (name: string) => boolean,
  bound: ReadonlySet<string>,
): string[] {
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && unwanted(n.text) && !bound.has(n.text)) found.push(n.text);
    else if (ts.isQualifiedName(n) && internal.has(n.right.text)) found.push(n.right.text);
    if (ts.isImportDeclaration(n)) return;
    const name = memberName(n);
    ts.forEachChild(n, (child) => (child === name ? undefined : visit(child)));
  };
  visit(node);
  return found;
}

/** Whether `statements` hold what makes a declaration file a module whose other declarations are not exported. */
const hasExportList = (statements: readonly ts.Statement[]): boolean =>
  statements.some((s) => (ts.isExportDeclaration(s) && s.moduleSpecifier === undefined) || ts.isExportAssignment(s));

/** Whether `statements` make a declaration file a module at all (an import or an export of any kind). */
const isModule = (statements: readonly ts.Statement[]): boolean =>
  statements.some(
    (s) =>
      ts.isImportDeclaration(s) ||
      ts.isExportDeclaration(s) ||
      ts.isExportAssignment(s) ||
      hasModifier(s, ts.SyntaxKind.ExportKeyword),
  );

/**
 * The transformer (`afterDeclarations`): each declaration file without the values of `internal`. Throws when a kept
 * statement refers to one (or to a dropped import's local name), naming the file and the names. What it keeps stays
 * a module and exports no more than it did: an `export {};` stands in for a dropped export list.
 */
export function publicDeclarations(internal: ReadonlySet<string>): ts.TransformerFactory<ts.SourceFile | ts.Bundle> {
  return (context) => (node) => {
    if (!ts.isSourceFile(node)) return node;
    const dropped = new Set<string>();
    const kept = node.statements.flatMap((s) => {
      const statement = withoutInternal(s, internal, dropped, context.factory);
      return statement === undefined ? [] : [statement];
    });
    const bound = importedNames(kept);
    const unwanted = (name: string): boolean => internal.has(name) || dropped.has(name);
    const leftover = kept.flatMap((s) => references(s, internal, unwanted, bound));
    if (leftover.length > 0)
      throw new Error(
        `${node.fileName}: its public declarations refer to internal values: ${[...new Set(leftover)].slice(0, 10).join(", ")}`,
      );
    if (kept.length === node.statements.length && kept.every((s, i) => s === node.statements[i])) return node;
    const exportList = hasExportList(node.statements) && !hasExportList(kept);
    const statements =
      exportList || (isModule(node.statements) && !isModule(kept))
        ? [...kept, context.factory.createExportDeclaration(undefined, false, context.factory.createNamedExports([]))]
        : kept;
    return context.factory.updateSourceFile(node, statements);
  };
}
