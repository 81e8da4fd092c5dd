/**
 * Emit stage entry point: runs one emitter per output kind and wraps each result in its header and
 * imports. Output is unformatted source text; the format stage runs prettier over it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { StructureKind, type ImportDeclarationStructure, type OptionalKind, type StatementStructures } from "ts-morph";
import { compareStrings } from "../diagnostic";
import { formatSpec } from "../formats";
import type { Model } from "../model/ir";
import { emitDecoders } from "./emitDecoders";
import { emitGuards } from "./emitGuards";
import { emitTypes } from "./emitTypes";
import { header } from "./header";
import { declaredTypeName, names, needsOwn } from "./naming";
import { printStructure } from "./print";

/** One output file: its path inside the output folder and its contents. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

export interface EmitOptions {
  /** Schema paths in headers are written relative to this folder (the parent of the output folder). */
  readonly headerBase: string;
  /** The run-time templates (file name and text), copied into the output as they are. */
  readonly templates: readonly GeneratedFile[];
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

/** The run-time templates shipped in templates/, sorted by name. */
export function readTemplates(dir: string = path.join(packageRoot(), "templates")): GeneratedFile[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".ts"))
    .sort(compareStrings)
    .map((name) => ({ path: name, text: fs.readFileSync(path.join(dir, name), "utf8") }));
}

/** The run-time helpers a generated module uses, exactly (unused imports fail under `noUnusedLocals`). */
function runtimeImports(model: Model, kind: "guards" | "decoders"): string[] {
  const fields = model.types.flatMap((t) => t.ownFields);
  const used = new Set<string>(
    kind === "guards"
      ? ["isRecord", "isArrayOf", "isOtherValue"]
      : [
          "isRecord",
          "fail",
          "finish",
          "decodeContext",
          "decodeRootArray",
          "checkMembers",
          "decodeBoxedArray",
          "decodeOtherValue",
        ],
  );
  if (kind === "decoders") {
    if (model.types.some((t) => !t.polymorphic)) used.add("failTypeName");
    if (model.types.some((t) => t.polymorphic)) used.add("decodeOtherType");
  }
  for (const field of fields) {
    if (field.type.kind === "primitive") {
      const spec = formatSpec(field.type.format);
      const inlined = kind === "guards" && !field.array && (spec.key === "string" || spec.key === "boolean");
      if (!inlined) used.add(spec.check);
    }
    if (field.array && kind === "decoders") used.add(field.type.kind === "primitive" ? "checkArray" : "decodeArray");
  }
  if (needsOwn(model)) used.add("own");
  return [...used].sort(compareStrings);
}

function imports(model: Model, kind: "guards" | "decoders"): OptionalKind<ImportDeclarationStructure>[] {
  const types = new Set<string>([names.anyValue]);
  for (const type of model.types) {
    types.add(declaredTypeName(model, type.name));
    if (kind === "decoders") types.add(names.type(type.name));
  }
  return [
    ...(kind === "decoders"
      ? [{ moduleSpecifier: "./runtime", isTypeOnly: true, namedImports: ["DecodeContext", "DecodeOptions"] }]
      : []),
    { moduleSpecifier: "./runtime", namedImports: runtimeImports(model, kind) },
    { moduleSpecifier: "./types", isTypeOnly: true, namedImports: [...types].sort(compareStrings) },
  ];
}

function moduleText(what: string, sources: readonly string[], statements: StatementStructures[]): string {
  return printStructure({ leadingTrivia: header(what, sources), statements });
}

export function emitFiles(model: Model, options: EmitOptions): GeneratedFile[] {
  const sources = model.files.map((f) => path.relative(options.headerBase, f).split(path.sep).join("/"));
  const count = `${model.types.length} vSphere ${model.types.length === 1 ? "type" : "types"}`;
  const importsOf = (kind: "guards" | "decoders"): StatementStructures[] =>
    imports(model, kind).map((i) => ({ kind: StructureKind.ImportDeclaration, ...i }));
  return [
    {
      path: "decoders.ts",
      text: moduleText(`Decoders for ${count}.`, sources, [...importsOf("decoders"), ...emitDecoders(model)]),
    },
    {
      path: "guards.ts",
      text: moduleText(`Type guards for ${count}.`, sources, [...importsOf("guards"), ...emitGuards(model)]),
    },
    {
      path: "index.ts",
      text: moduleText(`Everything generated for ${count}.`, sources, [
        { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./types" },
        { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./guards" },
        { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./decoders" },
        {
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier: "./runtime",
          namedExports: ["DEFAULT_DECODE_OPTIONS", "DecodeError", "wireTypeName"],
        },
        {
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier: "./runtime",
          isTypeOnly: true,
          namedExports: ["Boxed", "BoxedPrimitive", "DecodeIssue", "DecodeOptions", "UnrecognizedValue"],
        },
      ]),
    },
    { path: "types.ts", text: moduleText(`Interfaces for ${count}.`, sources, emitTypes(model)) },
    ...options.templates.map((t) => ({
      path: t.path,
      text: `${header(`Run-time support shared by the generated modules, copied from templates/${t.path}.`, [])}\n${t.text}`,
    })),
  ].sort((a, b) => compareStrings(a.path, b.path));
}
