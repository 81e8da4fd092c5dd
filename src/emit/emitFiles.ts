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
  /** The run-time template, copied into the output. */
  readonly runtimeTemplate: string;
}

/** Where the packaged template lives, whether running from src/ (tests) or dist/src/ (the CLI). */
export function defaultRuntimeTemplatePath(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "templates", "runtime.ts"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find templates/runtime.ts next to vsphere-typegen");
    dir = parent;
  }
  return path.join(dir, "templates", "runtime.ts");
}

function runtimeImports(model: Model, kind: "guards" | "decoders"): string[] {
  const used = new Set<string>(["isRecord"]);
  const fields = model.types.flatMap((t) => t.ownFields);
  for (const field of fields) {
    if (field.type.kind === "primitive") {
      const spec = formatSpec(field.type.format);
      const inlined = kind === "guards" && !field.array && (spec.key === "string" || spec.key === "boolean");
      if (!inlined) used.add(spec.check);
    }
    if (field.array)
      used.add(kind === "guards" ? "isArrayOf" : field.type.kind === "primitive" ? "checkArray" : "decodeArray");
  }
  if (needsOwn(model)) used.add("own");
  if (kind === "decoders") for (const name of ["fail", "failTypeName", "finish"]) used.add(name);
  return [...used].sort(compareStrings);
}

function imports(model: Model, kind: "guards" | "decoders"): OptionalKind<ImportDeclarationStructure>[] {
  const types = new Set<string>();
  for (const type of model.types) {
    types.add(declaredTypeName(model, type.name));
    if (kind === "decoders") types.add(names.type(type.name));
  }
  const runtime: OptionalKind<ImportDeclarationStructure> = {
    moduleSpecifier: "./runtime",
    namedImports: runtimeImports(model, kind),
  };
  return [
    ...(kind === "decoders" ? [{ moduleSpecifier: "./runtime", isTypeOnly: true, namedImports: ["DecodeIssue"] }] : []),
    runtime,
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
        { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./runtime", namedExports: ["DecodeError"] },
        {
          kind: StructureKind.ExportDeclaration,
          moduleSpecifier: "./runtime",
          isTypeOnly: true,
          namedExports: ["DecodeIssue"],
        },
      ]),
    },
    {
      path: "runtime.ts",
      text:
        header("Run-time support shared by the generated modules, copied from templates/runtime.ts.", []) +
        "\n" +
        options.runtimeTemplate,
    },
    { path: "types.ts", text: moduleText(`Interfaces for ${count}.`, sources, emitTypes(model)) },
  ];
}
