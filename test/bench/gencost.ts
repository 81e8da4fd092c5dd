/**
 * Generation cost: whole-process wall time of `vsphere-typegen generate` and `check` on the shipped schemas
 * and on seeded synthetic schema sets (inheritance chains up to depth 5, every format, arrays, nested
 * references), beside openapi-typescript on the equivalent OpenAPI document (openApiOfModel: types, docs, methods).
 * Reports time per type so that growth is visible. Part of `npm run bench`.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { formatSpec } from "../../src/formats";
import type { Doc, FieldModel, FieldType, Model } from "../../src/model/ir";
import { random } from "../support/generatedText";

const FORMATS: [string, string | undefined][] = [
  ["string", undefined],
  ["boolean", undefined],
  ["integer", "int32"],
  ["integer", "int64"],
  ["integer", "int16"],
  ["number", "double"],
  ["string", "date-time"],
  ["string", "byte"],
];

interface SynthType {
  name: string;
  base: string | undefined;
  fields: { name: string; type: string; format: string | undefined; array: boolean; optional: boolean }[];
}

export function synthesize(count: number, seed = 7): SynthType[] {
  const next = random(seed);
  const types: SynthType[] = [];
  const depth: number[] = [];
  for (let i = 0; i < count; i++) {
    const candidates = types.map((_, k) => k).filter((k) => (depth[k] ?? 0) < 5);
    const baseIndex = i > 0 && next() < 0.7 ? candidates[Math.floor(next() * candidates.length)] : undefined;
    depth.push(baseIndex === undefined ? 1 : (depth[baseIndex] ?? 0) + 1);
    const fields: SynthType["fields"] = [];
    const n = 1 + Math.floor(next() * 6);
    for (let f = 0; f < n; f++) {
      const ref = i > 0 && next() < 0.2 ? types[Math.floor(next() * i)]?.name : undefined;
      const [type, format] =
        ref === undefined ? (FORMATS[Math.floor(next() * FORMATS.length)] ?? ["string", undefined]) : [ref, undefined];
      fields.push({ name: `t${i}f${f}`, type, format, array: next() < 0.2, optional: next() < 0.5 });
    }
    types.push({ name: `Synth${i}`, base: baseIndex === undefined ? undefined : types[baseIndex]?.name, fields });
  }
  return types;
}

export function writeYaml(types: SynthType[], dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const t of types) {
    const lines = [
      `name: ${t.name}`,
      ...(t.base === undefined ? [] : [`extends: ${t.base}`]),
      "description: A synthetic type.",
      "fields:",
    ];
    for (const f of t.fields) {
      lines.push(`  ${f.name}:`, `    type: ${f.type}`);
      if (f.format !== undefined) lines.push(`    format: ${f.format}`);
      if (f.array) lines.push("    array: true");
      if (f.optional) lines.push("    optional: true");
    }
    fs.writeFileSync(path.join(dir, `${t.name}.yaml`), `${lines.join("\n")}\n`);
  }
}

export function writeOpenApi(types: SynthType[], file: string): void {
  const schemas: Record<string, unknown> = {};
  for (const t of types) {
    const properties: Record<string, unknown> = { _typeName: { type: "string" } };
    for (const f of t.fields) {
      const element =
        f.format === undefined && !["string", "boolean", "number", "integer"].includes(f.type)
          ? { $ref: `#/components/schemas/${f.type}` }
          : { type: f.type, ...(f.format === undefined ? {} : { format: f.format }) };
      properties[f.name] = f.array ? { type: "array", items: element } : element;
    }
    const own = {
      type: "object",
      description: "A synthetic type.",
      properties,
      required: t.fields.filter((f) => !f.optional).map((f) => f.name),
    };
    schemas[t.name] = t.base === undefined ? own : { allOf: [{ $ref: `#/components/schemas/${t.base}` }, own] };
  }
  fs.writeFileSync(
    file,
    JSON.stringify({
      openapi: "3.0.3",
      info: { title: "synthetic", version: "1" },
      paths: {},
      components: { schemas },
    }),
  );
}

/** A description with its since and deprecation notes, as the generated doc comments carry them. */
function described(doc: Doc): { description?: string; deprecated?: boolean } {
  const notes = [
    doc.description,
    doc.since === undefined ? "" : `Since ${doc.since}.`,
    typeof doc.deprecated === "string" ? `Deprecated: ${doc.deprecated}` : "",
  ].filter((n) => n !== "");
  return {
    ...(notes.length === 0 ? {} : { description: notes.join("\n\n") }),
    ...(doc.deprecated === undefined || doc.deprecated === false ? {} : { deprecated: true }),
  };
}

/**
 * The OpenAPI document equivalent to a schema model, as VMware's VI JSON document writes one: every data type (allOf
 * inheritance, each field with its description), every enum (each value's documentation in the enum's
 * description), every managed object type's properties (`GET /{moType}/{moId}/{property}`) and every method
 * (`POST /{moType}/{moId}/{method}`, its parameters as the request body's schema, its return value as the response's),
 * so that openapi-typescript has the same documents to read and the same declarations to write as `generate`.
 */
export function openApiOfModel(model: Model): object {
  const schemas: Record<string, unknown> = {};
  const element = (type: FieldType): object => {
    switch (type.kind) {
      case "primitive": {
        const spec = formatSpec(type.format);
        return { type: spec.schemaType, ...(spec.schemaFormat === undefined ? {} : { format: spec.schemaFormat }) };
      }
      case "object":
        return { $ref: `#/components/schemas/${type.typeName}` };
      case "enum":
        return { $ref: `#/components/schemas/${type.enumName}` };
      case "union":
        return { oneOf: type.typeNames.map((t) => ({ $ref: `#/components/schemas/${t}` })) };
      case "any":
        return { type: "object", properties: { _typeName: { type: "string" } } };
    }
  };
  const field = (f: FieldModel): object => {
    const one = element(f.type);
    const doc = described(f.doc);
    // A $ref takes no siblings in OpenAPI 3.0: a documented reference is an allOf of one.
    if (f.array) return { type: "array", items: one, ...doc };
    return "$ref" in one && doc.description !== undefined ? { allOf: [one], ...doc } : { ...one, ...doc };
  };
  const objectOf = (fields: readonly FieldModel[], doc: Doc): object => {
    const properties: Record<string, unknown> = { _typeName: { type: "string" } };
    for (const f of fields) properties[f.name] = field(f);
    const required = fields.filter((f) => !f.optional).map((f) => f.name);
    return { type: "object", ...described(doc), properties, ...(required.length === 0 ? {} : { required }) };
  };
  for (const t of model.types) {
    const own = objectOf(t.ownFields, t.doc);
    schemas[t.name] = t.base === undefined ? own : { allOf: [{ $ref: `#/components/schemas/${t.base}` }, own] };
  }
  for (const e of model.enums) {
    const values = e.values.map((v) => `- \`${v.value}\`: ${described(v.doc).description ?? ""}`);
    const doc = described(e.doc);
    schemas[e.name] = {
      type: "string",
      ...doc,
      description: [doc.description ?? "", ...values].filter((l) => l !== "").join("\n"),
      enum: e.values.map((v) => v.value),
    };
  }
  const paths: Record<string, unknown> = {};
  const moId = { name: "moId", in: "path", required: true, schema: { type: "string" } };
  for (const mo of model.managedObjects) {
    for (const p of mo.ownProperties) {
      paths[`/${mo.name}/{moId}/${p.name}`] = {
        get: {
          operationId: `${mo.name}_get_${p.name}`,
          ...described(p.doc),
          parameters: [moId],
          responses: {
            "200": { description: "The property's value.", content: { "application/json": { schema: field(p) } } },
          },
        },
      };
    }
  }
  for (const m of model.methods) {
    paths[`/${m.on}/{moId}/${m.name}`] = {
      post: {
        operationId: `${m.on}_${m.name}`,
        ...described(m.doc),
        parameters: [moId],
        ...(m.params.length === 0
          ? {}
          : {
              requestBody: {
                required: true,
                content: {
                  "application/json": {
                    schema: objectOf(m.params, { description: "", since: undefined, deprecated: undefined }),
                  },
                },
              },
            }),
        responses: {
          ...(m.returns === undefined
            ? { "204": { description: "No content." } }
            : {
                "200": {
                  description: "The method's result.",
                  content: { "application/json": { schema: field(m.returns) } },
                },
              }),
          ...(model.byName.has("MethodFault")
            ? {
                default: {
                  description: `A fault: ${m.faults.length === 0 ? "any" : m.faults.join(", ")}.`,
                  content: { "application/json": { schema: { $ref: "#/components/schemas/MethodFault" } } },
                },
              }
            : {}),
        },
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: { title: "vim25", version: "9.1.1.0" },
    paths,
    components: { schemas },
  };
}

function wallMs(command: string, args: string[], cwd: string): number {
  const started = process.hrtime.bigint();
  execFileSync(command, args, { cwd, stdio: "ignore" });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * A row for the catalogue (`model`'s schemas) and for each synthetic size. A smoke run leaves out the catalogue's row
 * and openapi-typescript: its edit loop has generated the session family and run openapi-typescript on its document.
 */
export function generationCost(
  repo: string,
  benchDir: string,
  sizes: number[],
  model: Model,
  smoke: boolean,
): string[] {
  const cli = path.join(repo, "bin", "vsphere-typegen.js");
  const openapiTs = path.join(benchDir, "node_modules", "openapi-typescript", "bin", "cli.js");
  const rows: string[] = [
    "| schema set | types | generate | per type | check (unchanged) | check/generate | openapi-typescript (equivalent document) | generate/openapi-typescript |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const sets: [string, number][] = [
    ...(smoke ? [] : [["catalogue (schemas/vim25/)", model.types.length] satisfies [string, number]]),
    ...sizes.map((n): [string, number] => [`synthetic`, n]),
  ];
  for (const [label, n] of sets) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vsphere-typegen-gencost-"));
    let args: string[];
    let openapi: number | undefined;
    if (label === "synthetic") {
      const types = synthesize(n);
      writeYaml(types, path.join(dir, "schemas"));
      writeOpenApi(types, path.join(dir, "openapi.json"));
      args = ["--no-bundled", "--schemas", "schemas", "--out", "out"];
      if (!smoke) openapi = wallMs(process.execPath, [openapiTs, "openapi.json", "-o", "openapi-types.ts"], dir);
    } else {
      // The catalogue alone, the model's own schemas: the bundled set is the whole API (wholeApi.ts measures it).
      args = ["--no-bundled", "--schemas", path.join(repo, "schemas", "vim25"), "--out", "out"];
      fs.writeFileSync(path.join(dir, "openapi.json"), JSON.stringify(openApiOfModel(model)));
      openapi = wallMs(process.execPath, [openapiTs, "openapi.json", "-o", "openapi-types.ts"], dir);
    }
    const generate = wallMs(process.execPath, [cli, "generate", ...args], dir);
    const check = wallMs(process.execPath, [cli, "check", ...args], dir);
    const fmt = (ms: number): string => `${ms >= 1000 ? (ms / 1000).toFixed(2) + " s" : Math.round(ms) + " ms"}`;
    rows.push(
      `| ${label} | ${n} | ${fmt(generate)} | ${(generate / n).toFixed(2)} ms | ${fmt(check)} | ${(check / generate).toFixed(2)} | ${openapi === undefined ? "-" : fmt(openapi)} | ${openapi === undefined ? "-" : (generate / openapi).toFixed(2) + "x"} |`,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
