/**
 * Emit stage entry point: runs one emitter per output kind and wraps each result in its header and the
 * imports its body uses. Output is unformatted source text; the format stage runs prettier over it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { StructureKind, type StatementStructures } from "ts-morph";
import { compareStrings } from "../diagnostic";
import type { Model } from "../model/ir";
import type { CodeOptions } from "../options";
import { emitDecoders } from "./emitDecoders";
import { emitEncoders } from "./emitEncoders";
import { emitGovmomiDecoders } from "./emitGovmomi";
import { emitGovmomiApi } from "./govmomiEntryPoints";
import { emitSoap, soap } from "./soap/emitSoap";
import { emitGuards } from "./emitGuards";
import { emitTypes } from "./emitTypes";
import { header } from "./header";
import { names, RUNTIME_NAMESPACE } from "./naming";
import { printModule, withRelativeSpecifiers, type ImportCandidates } from "./print";

/** One output file: its path inside the output folder and its contents. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

export interface EmitOptions {
  /** How headers name a schema file (see projectPaths.ts). */
  readonly sourceName: (file: string) => string;
  /** The command, run from the project root, that regenerates the output; every header shows it. */
  readonly regenerate: string;
  /** The run-time templates (file name and text), copied into the output as they are. */
  readonly templates: readonly GeneratedFile[];
  /** The options that shape the generated code. */
  readonly code: CodeOptions;
  /** For a subset, the types asked for; recorded in the headers. */
  readonly types?: readonly string[] | undefined;
}

/** The folder holding vsphere-typegen's package files, whether running from src/ (tests) or dist/src/ (the CLI). */
export function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "templates", "runtime.ts"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find templates/runtime.ts next to vsphere-typegen");
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

/** The run-time templates shipped in templates/, sorted by name. */
export function readTemplates(dir: string = path.join(packageRoot(), "templates")): GeneratedFile[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".ts"))
    .sort(compareStrings)
    .map((name) => ({ path: name, text: fs.readFileSync(path.join(dir, name), "utf8") }));
}

/** The files an output folder holds: one module per output kind, the index and the run-time templates. */
export function outputFileNames(templates: readonly GeneratedFile[]): string[] {
  const emitted = [
    "decoders.ts",
    "decoders-dispatch.ts",
    "decoders-fields.ts",
    "encoders.ts",
    "govmomi.ts",
    "govmomi-decoders.ts",
    "guards.ts",
    "index.ts",
    "soap.ts",
    "types.ts",
  ];
  const clash = templates.find((t) => emitted.includes(t.path));
  if (clash !== undefined) throw new Error(`internal error: template ${clash.path} has the name of a generated module`);
  return [...emitted, ...templates.map((t) => t.path)].sort(compareStrings);
}

/** The specifier of a sibling module: `./types`, or `./types.js` where ES modules need the extension. */
function localSpecifier(name: string, code: CodeOptions): string {
  return `./${name}${code.importExtension === "none" ? "" : code.importExtension}`;
}

/** A template's text with its relative imports and re-exports given the output's extension. */
function withLocalSpecifiers(text: string, code: CodeOptions): string {
  return code.importExtension === "none" ? text : withRelativeSpecifiers(text, (name) => localSpecifier(name, code));
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
  const module = (file: string, what: string, body: StatementStructures[], from = [runtime, types]): GeneratedFile => ({
    path: file,
    text: printModule(header(what, facts, file === "index.ts" ? undefined : "index.ts"), from, body),
  });
  const decoders = emitDecoders(model, options.code);
  const sibling = (moduleSpecifier: string, statements: StatementStructures[]): ImportCandidates => ({
    moduleSpecifier,
    values: declaredNames(statements),
    types: [],
  });
  const dispatch = sibling(local("decoders-dispatch"), decoders.dispatch);
  const fields = sibling(local("decoders-fields"), decoders.fields);
  const exportAll = (moduleSpecifier: string): StatementStructures => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier,
  });
  const guardStatements = emitGuards(model, options.code);
  // decodeT tries isT first (decoderEntryPoints.ts), so the decoders import the guards.
  const guards = sibling(local("guards"), guardStatements);
  const govmomiDecoders = emitGovmomiDecoders(model, options.code);
  const govmomi = sibling(local("govmomi-decoders"), govmomiDecoders);
  // The CloudEvents functions (govmomi.ts) read XML data through the SOAP table.
  const soapStatements = emitSoap(model, options.code);
  const soapTable: ImportCandidates = { moduleSpecifier: local("soap"), values: [soap.schema], types: [] };
  return [
    module(
      "govmomi.ts",
      `govmomi JSON (events as the event broker and the Knative source deliver them) for ${count}.`,
      emitGovmomiApi(model, options.code),
      [runtime, types, govmomi, soapTable],
    ),
    module(
      "govmomi-decoders.ts",
      `govmomi JSON decoders for ${count}: the field readers and the type table (internal).`,
      govmomiDecoders,
      [runtime, types, dispatch, fields],
    ),
    module("decoders.ts", `Decoders for ${count}.`, decoders.api, [runtime, types, dispatch, guards]),
    module(
      "decoders-dispatch.ts",
      `Decoders for ${count}: the _typeName dispatch and exact decoder of each type (internal).`,
      decoders.dispatch,
      [runtime, types, fields],
    ),
    module("decoders-fields.ts", `Decoders for ${count}: the field checks of each type (internal).`, decoders.fields, [
      runtime,
      types,
      dispatch,
    ]),
    module("encoders.ts", `Encoders for ${count}.`, emitEncoders(model, options.code)),
    module(
      "soap.ts",
      `The vim25 SOAP wire (XML, what every vCenter speaks) for ${count}: the type table and the entry points.`,
      soapStatements,
      [runtime, types, dispatch, guards],
    ),
    module("guards.ts", `Type guards for ${count}.`, guardStatements),
    module(
      "index.ts",
      `Everything generated for ${count}.`,
      [
        exportAll(local("types")),
        exportAll(local("guards")),
        exportAll(local("decoders")),
        exportAll(local("encoders")),
        exportAll(local("govmomi")),
        exportAll(local("soap")),
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
    ...options.templates.map((t) => ({
      path: t.path,
      text: `${header(`Run-time support shared by the generated modules, copied from templates/${t.path}.`, { ...facts, sources: [] })}\n${withLocalSpecifiers(t.text, options.code)}`,
    })),
  ].sort((a, b) => compareStrings(a.path, b.path));
}
