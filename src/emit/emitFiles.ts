/**
 * Emit stage entry point: the canonical layer (interfaces, guards, the checks of the wire form), then each wire's
 * modules (`DIALECTS`: a folder under dialects/ or transports/ each), each wrapped in its header and the imports its
 * body uses, and the index. Output is unformatted source text; the format stage runs prettier over it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { StructureKind, type StatementStructures } from "ts-morph";
import { compareStrings } from "../diagnostic";
import type { Model } from "../model/ir";
import type { CodeOptions } from "../options";
import { emitGuards } from "./canonical/emitGuards";
import { emitMethods, methodNames } from "./canonical/emitMethods";
import { emitTypes } from "./canonical/emitTypes";
import type { Dialect, EmitContext } from "./dialect";
import { govmomi } from "./dialects/govmomi";
import { soapXml } from "./dialects/soap";
import { viJson } from "./dialects/vijson";
import { emitChecks } from "./dialects/vijson/emitDecoders";
import { cloudEvents } from "./transports/cloudEvents";
import { header } from "./header";
import { names, RUNTIME_NAMESPACE } from "./naming";
import { printModule, withRelativeSpecifiers, type ImportCandidates } from "./print";

/** One output file: its path inside the output folder and its contents. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
  /**
   * Printed from structures (not a copied template): its top-level statements start at column 0 after a blank line,
   * so the format stage may format it a group of statements at a time (format/statementGroups.ts), and every line
   * that fits the width is in prettier's layout, so a group's other lines are all that prettier formats
   * (format/settle.ts).
   */
  readonly printed?: true;
}

export interface EmitOptions {
  /** How headers name a schema file (see projectPaths.ts). */
  readonly sourceName: (file: string) => string;
  /** The command, run from the project root, that regenerates the output; every header shows it. */
  readonly regenerate: string;
  /** The run-time templates (file name and text), copied into the output as they are. */
  readonly templates: readonly Template[];
  /** The options that shape the generated code. */
  readonly code: CodeOptions;
  /** For a subset, the types asked for; recorded in the headers. */
  readonly types?: readonly string[] | undefined;
  /** Print with ts-morph's printers only, not directPrint.ts (the same bytes; test/emit-print.test.ts compares). */
  readonly tsMorphOnly?: boolean;
}

/** The folder holding vsphere-typegen's package files, whether running from src/ (tests) or dist/src/ (the CLI). */
export function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "templates", "core", "runtime.ts"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find templates/core/runtime.ts next to vsphere-typegen");
    dir = parent;
  }
  return dir;
}

let manifest: { readonly name: string; readonly version: string } | undefined;

/** vsphere-typegen's own package.json (name and version), read once. */
export function packageManifest(): { readonly name: string; readonly version: string } {
  manifest ??= JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  return manifest;
}

/** A run-time template: its name in the output, where it lives under templates/, and its text. */
export interface Template extends GeneratedFile {
  /** Its path under templates/ (`soap/xml.ts`). */
  readonly source: string;
}

/**
 * The run-time templates shipped in templates/, one folder per role (`core/`, and a folder per wire and transport),
 * sorted by name. The output holds them side by side, so each import of a sibling folder's module (`../core/checks`)
 * becomes `./checks`; two templates of one name would clash there, and are an internal error.
 */
export function readTemplates(dir: string = path.join(packageRoot(), "templates")): Template[] {
  const found: Template[] = [];
  for (const folder of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of fs.readdirSync(path.join(dir, folder.name))) {
      if (!name.endsWith(".ts")) continue;
      const text = fs.readFileSync(path.join(dir, folder.name, name), "utf8");
      found.push({ path: name, source: `${folder.name}/${name}`, text: flatSpecifiers(text) });
    }
  }
  found.sort((a, b) => compareStrings(a.path, b.path));
  const clash = found.find((t, i) => found[i + 1]?.path === t.path);
  if (clash !== undefined) throw new Error(`internal error: two templates are named ${clash.path}`);
  return found;
}

/**
 * `../core/checks` -> `./checks`, `../../generated/soap` -> `./soap`: a template's imports as they read once the
 * templates share one folder with the generated modules (the client's templates are compiled here against generated/).
 */
function flatSpecifiers(text: string): string {
  return text.replace(/(\bfrom\s+")\.\.\/(?:\.\.\/generated|[a-z]+)\/([A-Za-z0-9_-]+)"/g, '$1./$2"');
}

/**
 * The client (templates/client/) calls these methods and reads these types: an output without them (a subset, a
 * project's own schemas) has no client.
 */
const CLIENT_NEEDS = {
  methods: [
    "CreateCollectorForEvents",
    "CreateFilter",
    "DestroyCollector",
    "DestroyPropertyFilter",
    "Login",
    "Logout",
    "QueryEvents",
    "ReadNextEvents",
    "ResetCollector",
    "RetrievePropertiesEx",
    "RetrieveServiceContent",
    "SetCollectorPageSize",
    "WaitForUpdatesEx",
  ],
  types: ["Event", "EventEx", "MethodFault", "ServiceContent", "UserSession"],
};

/** Whether the output holds the client: the model declares everything it uses. */
export function hasClient(model: Model): boolean {
  const methods = new Set(model.methods.map((m) => m.name));
  return CLIENT_NEEDS.methods.every((m) => methods.has(m)) && CLIENT_NEEDS.types.every((t) => model.byName.has(t));
}

/** The specifier of a sibling module: `./types`, or `./types.js` where ES modules need the extension. */
function localSpecifier(name: string, code: CodeOptions): string {
  return `./${name}${code.importExtension === "none" ? "" : code.importExtension}`;
}

/** A template's text with its relative imports and re-exports given the output's extension. */
function withLocalSpecifiers(text: string, code: CodeOptions): string {
  return code.importExtension === "none" ? text : withRelativeSpecifiers(text, code.importExtension);
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

/** What index.ts re-exports of the client. */
function clientExports(local: (name: string) => string): StatementStructures[] {
  const from = (module: string, values: string[], types: string[]): StatementStructures[] => [
    ...(values.length === 0
      ? []
      : [{ kind: StructureKind.ExportDeclaration, moduleSpecifier: local(module), namedExports: values } as const]),
    ...(types.length === 0
      ? []
      : [
          {
            kind: StructureKind.ExportDeclaration,
            moduleSpecifier: local(module),
            isTypeOnly: true,
            namedExports: types,
          } as const,
        ]),
  ];
  return [
    ...from("vimClient", ["VimClient"], ["CallOptions", "ConnectOptions"]),
    ...from("wires", ["VimFault"], []),
    ...from("http", ["VimConnectionError"], ["AbortSignalLike", "ConnectionFailure", "FetchLike"]),
    ...from("followEvents", [], ["Checkpoint", "FollowOptions", "FollowStatus", "FollowedEvent"]),
  ];
}

/** The wires, each a folder under dialects/, and the transports that carry their data. */
const DIALECTS: readonly Dialect[] = [viJson, govmomi, soapXml, cloudEvents];

export function emitFiles(model: Model, options: EmitOptions): GeneratedFile[] {
  const facts = {
    sources: model.files.map(options.sourceName),
    regenerate: options.regenerate,
    options: options.code,
    types: options.types,
  };
  const count = `${model.types.length} vSphere ${model.types.length === 1 ? "type" : "types"}`;
  const local = (name: string): string => localSpecifier(name, options.code);
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
    text: printModule(
      header(what, facts, file === "index.ts" ? undefined : "index.ts"),
      [...from],
      body,
      options.tsMorphOnly,
    ),
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
  const checks = emitChecks(model, options.code);
  const guardStatements = emitGuards(model, options.code);
  const context: EmitContext = {
    model,
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
    methods: {
      moduleSpecifier: local("methods"),
      values: [methodNames.table],
      types: [methodNames.map, methodNames.name, methodNames.params, methodNames.returns],
    },
  };
  const dialectModules = DIALECTS.flatMap((d) => d.modules(context));
  const client = hasClient(model);
  return [
    ...dialectModules.map((m) => module(m.path, m.what, m.body, m.imports)),
    module(
      "decoders-dispatch.ts",
      `Decoders for ${count}: the _typeName dispatch and exact decoder of each type (internal).`,
      checks.dispatch,
      [runtime, types, context.fields],
    ),
    module("decoders-fields.ts", `Decoders for ${count}: the field checks of each type (internal).`, checks.fields, [
      runtime,
      types,
      context.checks,
    ]),
    module("guards.ts", `Type guards for ${count}.`, guardStatements, [runtime, types]),
    module(
      "methods.ts",
      `The ${model.methods.length} ${model.methods.length === 1 ? "method" : "methods"} the schemas declare: their types and their wire facts.`,
      emitMethods(model, options.code),
      [runtime, types, context.guards, context.checks],
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
          namedExports: [methodNames.map, methodNames.name, methodNames.params, methodNames.returns],
        },
        ...DIALECTS.flatMap((d) => d.exported.map((name) => exportAll(local(name)))),
        {
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier: local("vimxml"),
          namedExports: ["SoapEncodeError", "SoapFault"],
        },
        {
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier: local("vimxml"),
          isTypeOnly: true,
          namedExports: ["SoapParameter"],
        },
        {
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier: local("runtime"),
          namedExports: ["DecodeError", "dateTimeText", "decodeStream", "wireTypeName"],
        },
        ...(client ? clientExports(local) : []),
        {
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier: local("runtime"),
          isTypeOnly: true,
          namedExports: [
            "Boxed",
            "BoxedPrimitive",
            "CloudEvent",
            "CloudEventAttributes",
            "CloudEventInit",
            "HttpHeaders",
            "StreamOptions",
            "StreamPosition",
            "DecodeIssue",
            "DecodeOptions",
            "DecodeResult",
            "UnknownEnumValue",
            "UnrecognizedValue",
            "WireObject",
          ],
        },
      ],
      [],
    ),
    module("types.ts", `Interfaces for ${count}.`, emitTypes(model, options.code), [runtime]),
    ...options.templates
      .filter((t) => client || !t.source.startsWith("client/"))
      .map((t) => ({
        path: t.path,
        text: `${header(`Run-time support shared by the generated modules, copied from templates/${t.source}.`, { ...facts, sources: [] })}\n${withLocalSpecifiers(t.text, options.code)}`,
      })),
  ].sort((a, b) => compareStrings(a.path, b.path));
}
