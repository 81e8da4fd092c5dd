/**
 * Emit stage entry point: the canonical layer (interfaces, guards, the checks of the wire form), then the modules of
 * each wire and transport the registry lists (registry.ts), each wrapped in its header and the imports its body uses,
 * the index and the schema list derived from the registry, and the run time's copies in runtime/. Output is
 * unformatted source text; the format stage settles it.
 */
import { StructureKind, type ExportDeclarationStructure, type StatementStructures } from "ts-morph";
import { compareStrings } from "../diagnostic";
import type { TemplateSource } from "../load/readTemplates";
import type { Model } from "../model/ir";
import type { CodeOptions } from "../options";
import { emitGuards } from "./canonical/emitGuards";
import { emitManagedObjects, managedObjectNames } from "./canonical/emitManagedObjects";
import { emitMethods, methodNames } from "./canonical/emitMethods";
import { emitTypes } from "./canonical/emitTypes";
import type { EmitContext, IndexExport, OutputModule } from "./wire";
import { moduleSplitter, wholeSetPlan } from "./splitPlan";
import { CLIENT, CORE_RUNTIME, RUNTIME_INDEX, TRANSPORTS, WIRES } from "./registry";
import { emitChecks } from "./canonical/emitChecks";
import { clientModule } from "./emitClient";
import { header } from "./header";
import { names, RUNTIME_NAMESPACE } from "./naming";
import { printModule, withRuntimeSpecifiers, type ImportCandidates } from "./print";
import { bodyPrinter, recalled, undocumentedDigest, withoutDescriptions } from "./emitMemo";
import type { RunMemory } from "../runMemory";
import type { GeneratedFile } from "./generatedFile";

export type { GeneratedFile } from "./generatedFile";

export interface EmitOptions {
  /** How headers name a schema file (see projectPaths.ts). */
  readonly sourceName: (file: string) => string;
  /** The command, run from the project root, that regenerates the output; every header shows it. */
  readonly regenerate: string;
  /** The run-time templates as read (load/readTemplates.ts), copied into the output with their imports made local. */
  readonly templates: readonly TemplateSource[];
  /** The options that shape the generated code. */
  readonly code: CodeOptions;
  /** For a subset, the types asked for; recorded in the headers. */
  readonly types?: readonly string[] | undefined;
  /**
   * Another output's `runtime/` folder, relative to this output's folder with `/` separators (`--runtime-from`):
   * the modules import the run time from there and the output holds no copy of it.
   */
  readonly runtimeFrom?: string | undefined;
  /** What the run before in this process left (`--watch`), to take from and to leave this run's in. */
  readonly memory?: RunMemory | undefined;
}

/** The output's folder of the run-time templates' copies: the generated modules beside it, the copies inside. */
export const RUNTIME_FOLDER = "runtime";

/** Whether the output holds the client: the model declares everything it uses. */
export function hasClient(model: Model): boolean {
  const methods = new Set(model.methods.map((m) => m.name));
  return CLIENT.methods.every((m) => methods.has(m)) && CLIENT.types.every((t) => model.byName.has(t));
}

/** The method map's types, which the modules that call methods import and the index re-exports. */
const METHOD_TYPES: readonly string[] = [
  methodNames.map,
  methodNames.name,
  methodNames.params,
  methodNames.returns,
  methodNames.taskResult,
  methodNames.taskMethod,
];

/** The module of the managed object types' property map. */
export const MANAGED_OBJECTS = "managed-objects.ts";

/** The module whose header lists the schema files, so that index.ts opens with its exports, not hundreds of paths. */
export const SCHEMA_FILES = "schema-files.ts";

/** The specifier of a module at `relative`: `./types`, or `./types.js` where ES modules need the extension. */
function localSpecifier(relative: string, code: CodeOptions): string {
  const from = relative.startsWith("../") ? relative : `./${relative}`;
  return `${from}${code.importExtension === "none" ? "" : code.importExtension}`;
}

/** The names a module's top-level functions and variables declare, for its siblings' imports. */
function declaredNames(statements: readonly StatementStructures[]): string[] {
  return statements.flatMap((s) => {
    if (s.kind === StructureKind.Function) return s.name === undefined ? [] : [s.name];
    if (s.kind === StructureKind.VariableStatement) return s.declarations.map((d) => d.name);
    return [];
  });
}

function typeNames(model: Model): string[] {
  return [
    names.anyValue,
    names.typeMap,
    ...model.types.flatMap((t) => [names.type(t.name), names.union(t.name), names.typeNames(t.name)]),
    ...model.enums.map((e) => names.type(e.name)),
  ];
}

/**
 * `index.ts`'s re-exports, read from the registry: the modules re-exported whole (the canonical ones, then each wire's
 * and transport's), then the named ones of each wire and transport, the run time's values, the client's, and last the
 * run time's types.
 */
function indexExports(client: boolean, local: (name: string) => string): StatementStructures[] {
  const parts = [...WIRES, ...TRANSPORTS];
  const entries: IndexExport[] = [
    ...parts.flatMap((p) => p.index.filter((e) => e.whole === true)),
    ...parts.flatMap((p) => p.index.filter((e) => e.whole !== true)),
    RUNTIME_INDEX.values,
    ...(client ? CLIENT.index : []),
    RUNTIME_INDEX.types,
  ];
  return entries.flatMap((e): ExportDeclarationStructure[] => {
    const of = (namedExports?: readonly string[], isTypeOnly = false): ExportDeclarationStructure[] =>
      namedExports === undefined
        ? []
        : [
            {
              kind: StructureKind.ExportDeclaration,
              moduleSpecifier: local(e.module),
              namedExports: [...namedExports],
              ...(isTypeOnly ? { isTypeOnly } : {}),
            },
          ];
    if (e.whole === true) return [{ kind: StructureKind.ExportDeclaration, moduleSpecifier: local(e.module) }];
    return [...of(e.values), ...of(e.types, true)];
  });
}

/** The run-time templates the output's modules import: copied into its runtime/, or found in a shared folder. */
export function runtimeTemplates(model: Model, templates: readonly TemplateSource[]): TemplateSource[] {
  const folders = runtimeFolders(hasClient(model));
  return templates.filter((t) => folders.has(t.folder));
}

/** The templates/ folders the output copies: the core's, each wire's and transport's, and the client's when it has one. */
function runtimeFolders(client: boolean): ReadonlySet<string> {
  return new Set([
    CORE_RUNTIME,
    ...WIRES.map((w) => w.runtime),
    ...TRANSPORTS.map((t) => t.runtime),
    ...(client ? [CLIENT.runtime] : []),
  ]);
}

export function emitFiles(model: Model, options: EmitOptions): GeneratedFile[] {
  const facts = {
    sources: model.files.map(options.sourceName),
    regenerate: options.regenerate,
    options: options.code,
    types: options.types,
    runtimeFrom: options.runtimeFrom,
  };
  const count = `${model.types.length} vSphere ${model.types.length === 1 ? "type" : "types"}`;
  // A template's copy is in runtime/; a generated module is at the top.
  const copies = new Set(options.templates.map((t) => t.path.replace(/\.ts$/, "")));
  const runtimeFolder = options.runtimeFrom ?? RUNTIME_FOLDER;
  const local = (name: string): string =>
    localSpecifier(copies.has(name) ? `${runtimeFolder}/${name}` : name, options.code);
  const runtime: ImportCandidates = {
    moduleSpecifier: local("runtime"),
    namespace: RUNTIME_NAMESPACE,
    values: [],
    types: [],
  };
  const types: ImportCandidates = {
    moduleSpecifier: local("types"),
    values: model.enums.map((e) => names.enumValues(e.name)),
    types: typeNames(model),
  };
  const module = (
    file: string,
    what: string,
    body: StatementStructures[],
    from: readonly ImportCandidates[],
  ): GeneratedFile => ({
    path: file,
    text: printModule(header(what, facts, file === SCHEMA_FILES ? undefined : SCHEMA_FILES), [...from], body),
    printed: true,
  });
  const sibling = (name: string, statements: readonly StatementStructures[]): ImportCandidates => ({
    moduleSpecifier: local(name),
    values: declaredNames(statements),
    types: [],
  });
  const exportAll = (moduleSpecifier: string): StatementStructures => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier,
  });
  // The canonical layer every wire ends in: the interfaces, the guards and the checks of the wire form.
  // Past SPLIT_MIN_TYPES every module with enough per-type code is split by family (splitPlan.ts).
  const plan = wholeSetPlan(model, options.code);
  const split = moduleSplitter(model, options.code, plan, (m) => module(m.path, m.what, m.body, m.imports));
  const client = hasClient(model);
  const copied = runtimeFolders(client);
  const unclaimed = options.templates.find((t) => !runtimeFolders(true).has(t.folder));
  if (unclaimed !== undefined)
    throw new Error(`internal error: templates/${unclaimed.source} is in a folder no registered part claims`);
  const methods: ImportCandidates = {
    moduleSpecifier: local("methods"),
    values: [methodNames.table],
    types: METHOD_TYPES,
  };
  // Every module but the three that carry the documentation, emitted from the model without descriptions
  // (emitMemo.ts): the same files as the run before when only descriptions changed.
  const bare = withoutDescriptions(model);
  const templatePaths = options.templates.map((t) => t.path);
  const digestOf = (): string => undocumentedDigest(bare, { facts, templatePaths, client });
  const undocumented = recalled(options.memory, digestOf, () => {
    const checks = emitChecks(bare, options.code);
    const guardStatements = emitGuards(bare, options.code);
    const context: EmitContext = {
      model: bare,
      code: options.code,
      count,
      local,
      sibling,
      runtime,
      types,
      // decodeT tries isT first (decoderEntryPoints.ts), so the decoders import the guards.
      guards: sibling("guards", guardStatements),
      checks: sibling("decoders-dispatch", checks.dispatch),
      fields: sibling("decoders-fields", checks.fields),
      methods,
      managedObjects: {
        moduleSpecifier: local(MANAGED_OBJECTS.replace(/\.ts$/, "")),
        values: [],
        types: [managedObjectNames.map, managedObjectNames.entity],
      },
      families: plan?.families,
    };
    const modules: OutputModule[] = [
      ...WIRES.flatMap((w) => w.modules(context)),
      ...TRANSPORTS.flatMap((t) => t.modules(context, WIRES)),
      ...(client ? [clientModule(context)] : []),
      {
        path: "decoders-dispatch.ts",
        what: `Decoders for ${count}: the _typeName dispatch and exact decoder of each type (internal).`,
        body: checks.dispatch,
        imports: [runtime, types, context.fields],
      },
      {
        path: "decoders-fields.ts",
        what: `Decoders for ${count}: the field checks of each type (internal).`,
        body: checks.fields,
        imports: [runtime, types, context.checks],
      },
      { path: "guards.ts", what: `Type guards for ${count}.`, body: guardStatements, imports: [runtime, types] },
    ];
    return { files: modules.flatMap(split), guards: context.guards, checks: context.checks };
  });
  const documented: OutputModule[] = [
    {
      path: "methods.ts",
      what: `The ${model.methods.length} ${model.methods.length === 1 ? "method" : "methods"} the schemas declare: their types and their wire facts.`,
      body: emitMethods(model, options.code, plan?.families),
      imports: [runtime, types, undocumented.guards, undocumented.checks],
    },
    // Only for a schema set that declares managed object types (the bundled one; not an event catalogue of a project's).
    ...(model.managedObjects.length === 0
      ? []
      : [
          {
            path: MANAGED_OBJECTS,
            what: `The ${model.managedObjects.length} managed object ${model.managedObjects.length === 1 ? "type" : "types"} the schemas declare: their properties.`,
            body: emitManagedObjects(model, options.code),
            imports: [runtime, types],
          },
        ]),
    { path: "types.ts", what: `Interfaces for ${count}.`, body: emitTypes(model, options.code), imports: [runtime] },
  ];
  // The documented modules' bodies are data: a body printed in the run before is taken as it was (emitMemo.ts).
  const bodies = bodyPrinter(options.memory);
  const remembered = (m: OutputModule): GeneratedFile => ({
    path: m.path,
    text: printModule(header(m.what, facts, SCHEMA_FILES), [...m.imports], m.body, bodies.print),
    printed: true,
  });
  const documentedFiles = documented.flatMap(moduleSplitter(model, options.code, plan, remembered));
  bodies.done();
  return [
    ...undocumented.files,
    ...documentedFiles,
    module(
      SCHEMA_FILES,
      `The ${facts.sources.length} schema ${facts.sources.length === 1 ? "file" : "files"} the ${count} were generated from (this header lists them; the module exports nothing).`,
      [{ kind: StructureKind.ExportDeclaration, namedExports: [] }],
      [],
    ),
    module(
      "index.ts",
      `Everything generated for ${count}.`,
      [
        exportAll(local("types")),
        exportAll(local("guards")),
        {
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier: local("methods"),
          isTypeOnly: true,
          namedExports: [...METHOD_TYPES],
        },
        ...(model.managedObjects.length === 0
          ? []
          : [
              {
                kind: StructureKind.ExportDeclaration,
                moduleSpecifier: local(MANAGED_OBJECTS.replace(/\.ts$/, "")),
                isTypeOnly: true,
                namedExports: [managedObjectNames.map, managedObjectNames.name, managedObjectNames.entity],
              } satisfies ExportDeclarationStructure,
            ]),
        ...indexExports(client, local),
      ],
      [],
    ),
    ...options.templates
      .filter((t) => copied.has(t.folder) && options.runtimeFrom === undefined)
      .map((t) => ({
        path: `${RUNTIME_FOLDER}/${t.path}`,
        text: `${header(`Run-time support shared by the generated modules, copied from templates/${t.source}.`, { ...facts, sources: [] })}\n${withRuntimeSpecifiers(t.text, options.code.importExtension === "none" ? "" : options.code.importExtension)}`,
      })),
  ].sort((a, b) => compareStrings(a.path, b.path));
}
