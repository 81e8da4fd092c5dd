/**
 * A large output's module split by family (families.ts), so that no module grows with the whole API: `guards.ts`
 * becomes `guards/<family>.ts` for each family's own code, `guards/_shared.ts` for what belongs to no one type (the
 * dispatch tables, the lists of every name), and `guards.ts` itself re-exporting what it exported before, so every
 * other module, and users, import from where they did.
 *
 * The parts and `_shared.ts` import each other, and a cycle of modules is only safe if nothing read while the cycle
 * loads is still unset. Function declarations are set before any module's body runs (CommonJS as TypeScript writes it
 * and ES modules alike), so a part holds functions, types and only those constants (enums, classes) whose making
 * reads no constant of the module; every other constant (a table built from others) stays in `_shared.ts`, as does any
 * constant one of those reads. Where `_shared.ts` then reads nothing of the families' names, it imports no part, and
 * a part's constant may read its constants too (not call one: what a constant does when called is not looked into),
 * or its own family's: `_shared.ts` is wholly set before any part that imports it runs. That holds while nothing the
 * module imports imports it back, as no emitter's module is imported by what it imports. The catalogue's
 * `decoders.ts`, split by its budget, is the one module that takes the second rule today.
 * test/emit/split-modules.test.ts imports each kind's modules first, as Node runs ES modules, on a synthetic set past
 * the limit and on the catalogue's decoders (the whole API's were checked so by hand: see the closing notes of issue
 * 30).
 */
import { StructureKind, type StatementStructures } from "ts-morph";
import { compareStrings } from "../diagnostic";
import { taggedFamily, type Families } from "./families";
import { layoutOf, withLayout } from "./layout";
import { identifiersIn } from "./identifiers";
import { printStructure, type ImportCandidates } from "./print";
import type { OutputModule } from "./wire";

/** The part that holds what belongs to no family: a name no family key can take (keys are letters, digits, `-`). */
export const SHARED_PART = "_shared";

/** A module with fewer declarations of the families' own than this is not split. */
const MIN_OWNED = 20;

/** An import of a module at the output's top, as a module one folder down (a part) writes it. */
export function oneFolderDown(candidate: ImportCandidates): ImportCandidates {
  const s = candidate.moduleSpecifier;
  return { ...candidate, moduleSpecifier: s.startsWith("./") ? `../${s.slice(2)}` : `../${s}` };
}

/** What a split needs to know: the families, and which type or enum each generated name belongs to. */
export interface SplitPlan {
  readonly families: Families;
  /** Each exported per-type name (`isHostConfigInfo`, `AnyEvent`) and its type's or enum's name. */
  readonly owners: ReadonlyMap<string, string>;
  /** A specifier of the output's top (`./types.js`) as a part one folder down reads it. */
  readonly rebase: (candidate: ImportCandidates) => ImportCandidates;
  /** The specifier of a part (`./guards/host.js`) from the top, or from a sibling part when `sibling`. */
  readonly partSpecifier: (module: string, part: string, sibling: boolean) => string;
}

function declared(statement: StatementStructures): string[] {
  switch (statement.kind) {
    case StructureKind.Function:
    case StructureKind.Interface:
    case StructureKind.TypeAlias:
    case StructureKind.Enum:
    case StructureKind.Class:
      return statement.name === undefined ? [] : [statement.name];
    case StructureKind.VariableStatement:
      return statement.declarations.map((d) => d.name);
    default:
      return [];
  }
}

function isType(statement: StatementStructures): boolean {
  return statement.kind === StructureKind.Interface || statement.kind === StructureKind.TypeAlias;
}

/** The type or enum a generated name belongs to: the part after a helper's `$`, else the exported name's owner. */
function ownerOf(name: string, plan: SplitPlan): string | undefined {
  const dollar = name.lastIndexOf("$");
  if (dollar >= 0 && dollar < name.length - 1) {
    const after = name.slice(dollar + 1);
    if (plan.families.of.has(after)) return after;
  }
  return plan.owners.get(name);
}

function familyOf(statement: StatementStructures, plan: SplitPlan): string | undefined {
  const tag = taggedFamily(statement, plan.families);
  if (tag !== undefined) return tag;
  const names = declared(statement);
  const owners = new Set(names.map((n) => ownerOf(n, plan)));
  const [owner] = owners;
  return owners.size === 1 && owner !== undefined ? plan.families.of.get(owner) : undefined;
}

/** A statement's text, printed once however often the split asks. */
const printed = new WeakMap<StatementStructures, string>();

function textOf(statement: StatementStructures): string {
  let text = printed.get(statement);
  if (text === undefined) printed.set(statement, (text = printStructure({ statements: [statement] })));
  return text;
}

/** The names a statement reads, from its printed text (its own names aside). */
function used(statement: StatementStructures): Set<string> {
  const names = identifiersIn(textOf(statement));
  for (const own of declared(statement)) names.delete(own);
  return names;
}

/** Calls in a printed text: a name, type arguments perhaps, then `(`. */
const CALL = /([A-Za-z_$][\w$]*)\s*(?:<[^<>()]*>)?\s*\(/g;

function callsIn(statement: StatementStructures): Set<string> {
  return new Set([...textOf(statement).matchAll(CALL)].map((m) => m[1] ?? ""));
}

function withExport(statement: StatementStructures): StatementStructures {
  switch (statement.kind) {
    case StructureKind.Function:
    case StructureKind.Interface:
    case StructureKind.TypeAlias:
    case StructureKind.Enum:
    case StructureKind.Class:
    case StructureKind.VariableStatement: {
      // A type alias's layout is the statement's own (a constant's is its declaration's, which the copy keeps).
      const layout = layoutOf(statement);
      const exported = { ...statement, isExported: true };
      return layout === undefined ? exported : withLayout(exported, layout);
    }
    default:
      return statement;
  }
}

function wasExported(statement: StatementStructures): boolean {
  return "isExported" in statement && statement.isExported === true;
}

/**
 * `module` as its parts: the module itself (its re-exports), `_shared` and a part per family. A module of re-exports,
 * one marked `whole`, or one with fewer than MIN_OWNED declarations of the families' own comes back as it was.
 */
export function splitModule(module: OutputModule, plan: SplitPlan): OutputModule[] {
  const name = module.path.replace(/\.ts$/, "");
  // A module of re-exports names its siblings by paths a part one folder down would not resolve.
  // A statement written as text declares names the split cannot see.
  if (
    module.whole === true ||
    module.body.some(
      (s) =>
        typeof s !== "object" ||
        s.kind === StructureKind.ExportDeclaration ||
        s.kind === StructureKind.ImportDeclaration,
    )
  )
    return [module];
  const constants = new Map<string, StatementStructures>();
  const functions = new Map<string, StatementStructures>();
  // An enum or a class is set when its statement runs, as a constant is: neither may be read across the cycle.
  const setWhenRun = (s: StatementStructures): boolean =>
    s.kind === StructureKind.VariableStatement || s.kind === StructureKind.Enum || s.kind === StructureKind.Class;
  for (const s of module.body) {
    if (setWhenRun(s)) for (const n of declared(s)) constants.set(n, s);
    if (s.kind === StructureKind.Function) for (const n of declared(s)) functions.set(n, s);
  }
  const readsOf = new Map<StatementStructures, Set<string>>();
  const reads = (s: StatementStructures): Set<string> => {
    let r = readsOf.get(s);
    if (r === undefined) readsOf.set(s, (r = used(s)));
    return r;
  };
  // What a constant's value reads while it is made: its own text, and the module's functions it calls, through theirs;
  // and what it calls on the way.
  const madeOf = new Map<StatementStructures, { reads: Set<string>; calls: Set<string> }>();
  const whileMade = (s: StatementStructures): { reads: Set<string>; calls: Set<string> } => {
    const known = madeOf.get(s);
    if (known !== undefined) return known;
    const all = new Set(reads(s));
    const calls = new Set<string>();
    const seen = new Set<StatementStructures>();
    const queue = [...callsIn(s)];
    for (let called = queue.pop(); called !== undefined; called = queue.pop()) {
      calls.add(called);
      const f = functions.get(called);
      if (f === undefined || seen.has(f)) continue;
      seen.add(f);
      for (const n of reads(f)) all.add(n);
      queue.push(...callsIn(f));
    }
    const made = { reads: all, calls };
    madeOf.set(s, made);
    return made;
  };
  const readsWhileMade = (s: StatementStructures): Set<string> => whileMade(s).reads;
  const families = new Map<StatementStructures, string | undefined>(module.body.map((s) => [s, familyOf(s, plan)]));
  // Where each statement goes. Strictly: a constant whose making reads a constant of the module is shared. Relaxed: it
  // may read a shared constant or its own family's (not call one), which is safe when the shared part reads nothing
  // of the families' (checked below): `_shared` then imports no part and is wholly set before any part runs.
  const placeAll = (relaxed: boolean): Map<StatementStructures, string> => {
    const place = new Map<StatementStructures, string>();
    for (const s of module.body) {
      const family = families.get(s);
      const readsUnset = (): boolean =>
        [...whileMade(s).calls].some((n) => constants.has(n)) ||
        [...readsWhileMade(s)].some((n) => {
          const c = constants.get(n);
          if (c === undefined) return false;
          const other = families.get(c);
          return !relaxed || (other !== undefined && other !== family);
        });
      if (family === undefined) place.set(s, SHARED_PART);
      else if (setWhenRun(s) && readsUnset()) place.set(s, SHARED_PART);
      else place.set(s, family);
    }
    // A shared constant is made while `_shared` loads: whatever constants it reads are shared too.
    for (let changed = true; changed;) {
      changed = false;
      for (const s of module.body) {
        if (place.get(s) !== SHARED_PART || !setWhenRun(s)) continue;
        for (const n of readsWhileMade(s)) {
          const c = constants.get(n);
          if (c !== undefined && place.get(c) !== SHARED_PART) {
            place.set(c, SHARED_PART);
            changed = true;
          }
        }
      }
    }
    return place;
  };
  const relaxed = placeAll(true);
  const familyNames = new Set(module.body.filter((s) => relaxed.get(s) !== SHARED_PART).flatMap(declared));
  const sharedReadsFamilies = module.body.some(
    (s) => relaxed.get(s) === SHARED_PART && [...reads(s)].some((n) => familyNames.has(n)),
  );
  const place = sharedReadsFamilies ? placeAll(false) : relaxed;
  // A module with little of any family's code (the client, a transport's entry points) stays whole.
  if ([...place.values()].filter((p) => p !== SHARED_PART).length < MIN_OWNED) return [module];
  const parts = new Map<string, StatementStructures[]>();
  for (const s of module.body) {
    const part = place.get(s) ?? SHARED_PART;
    const list = parts.get(part);
    if (list === undefined) parts.set(part, [s]);
    else list.push(s);
  }
  const order = [...parts.keys()].sort(compareStrings);
  // Each part's names, listed once: every other part may import them.
  const listed = order.map((part) => {
    const body = parts.get(part) ?? [];
    return {
      part,
      values: body.filter((s) => !isType(s)).flatMap(declared),
      types: body.filter(isType).flatMap(declared),
    };
  });
  const candidates = (from: string, sibling: boolean): ImportCandidates[] =>
    listed
      .filter((l) => l.part !== from)
      .map(({ part, values, types }) => ({ moduleSpecifier: plan.partSpecifier(name, part, sibling), values, types }));
  const reExports: StatementStructures[] = order.flatMap((p) => {
    const body = (parts.get(p) ?? []).filter(wasExported);
    const values = new Set(body.filter((s) => !isType(s)).flatMap(declared));
    const of = (typeOnly: boolean): StatementStructures[] => {
      // A name that is a value and a type (an enum's) is re-exported once, as a value: that carries both.
      const names = typeOnly
        ? body
            .filter(isType)
            .flatMap(declared)
            .filter((n) => !values.has(n))
        : [...values];
      return names.length === 0
        ? []
        : [
            {
              kind: StructureKind.ExportDeclaration,
              moduleSpecifier: plan.partSpecifier(name, p, false),
              namedExports: names,
              ...(typeOnly ? { isTypeOnly: true } : {}),
            },
          ];
    };
    return [...of(false), ...of(true)];
  });
  const count = (p: string): number => (parts.get(p) ?? []).length;
  return [
    { path: module.path, what: module.what, body: reExports, imports: [] },
    ...order.map((p) => ({
      path: `${name}/${p}.ts`,
      what:
        p === SHARED_PART
          ? `${module.what} What belongs to no one family (re-exported by ${name}.ts).`
          : `${module.what} The ${p} family's ${count(p)} ${count(p) === 1 ? "declaration" : "declarations"} (re-exported by ${name}.ts).`,
      body: (parts.get(p) ?? []).map(withExport),
      imports: [...module.imports.map(plan.rebase), ...candidates(p, true)],
    })),
  ];
}
