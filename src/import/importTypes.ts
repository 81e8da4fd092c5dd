/**
 * `vsphere-typegen import`: brings types from VMware's VI JSON OpenAPI document into a schema folder as
 * YAML schema files, with `--closure` also the types they need (bases, field types, enums). A file that
 * exists is never replaced unless `force` is set: hand-kept transcriptions stay as they are.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { schemaYaml } from "../transcribe/schemaYaml";
import { extendedSchemas, ImportError, localName, readSpec, schemaTextOf, specName } from "./viJson";

export interface ImportRequest {
  readonly specFile: string;
  readonly types: readonly string[];
  readonly closure: boolean;
  readonly targetDir: string;
  readonly force: boolean;
  /** The path, relative to the target folder, of the JSON Schema editors check the files against. */
  readonly jsonSchemaRef?: string;
  /** Types the schema set already declares, with their files: never written twice. */
  readonly declared: ReadonlyMap<string, string>;
}

export interface ImportResult {
  readonly written: readonly string[];
  /** Files that exist and were left alone. */
  readonly kept: readonly string[];
}

/** The schema texts of the requested types (and, with closure, of everything they reach), by our type name. */
export function importedSchemas(
  specText: string,
  specFile: string,
  types: readonly string[],
  closure: boolean,
  jsonSchemaRef: string | undefined = undefined,
): Map<string, string> {
  const schemas = readSpec(specText, specFile);
  const subtyped = extendedSchemas(schemas);
  const out = new Map<string, string>();
  const queue = types.map((t) => {
    const found = specName(t, schemas);
    if (found === undefined) throw new ImportError(`${specFile}: no schema named ${t} (nor ${t}_enum)`);
    return found;
  });
  const seen = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift() ?? "";
    const local = localName(name);
    if (seen.has(name) || local === undefined) continue;
    seen.add(name);
    const schema = schemas.get(name);
    if (schema === undefined) {
      throw new ImportError(
        `${specFile}: ${[...seen][0] ?? name} refers to ${name}, which the document does not define`,
      );
    }
    const { text, refs } = schemaTextOf(name, schema, subtyped);
    const provenance = `Imported from ${path.basename(specFile)} by vsphere-typegen import.`;
    const editor = jsonSchemaRef === undefined ? [] : [`yaml-language-server: $schema=${jsonSchemaRef}`];
    out.set(local, schemaYaml(text, [...editor, provenance]));
    if (closure) queue.push(...refs);
  }
  return out;
}

export function importTypes(request: ImportRequest): ImportResult {
  if (!fs.existsSync(request.specFile) || !fs.statSync(request.specFile).isFile())
    throw new ImportError(`${request.specFile}: no such file; pass the VI JSON document (vi-json.yaml)`);
  const texts = importedSchemas(
    fs.readFileSync(request.specFile, "utf8"),
    request.specFile,
    request.types,
    request.closure,
    request.jsonSchemaRef,
  );
  fs.mkdirSync(request.targetDir, { recursive: true });
  const written: string[] = [];
  const kept: string[] = [];
  for (const [name, text] of texts) {
    const file = path.join(request.targetDir, `${name}.yaml`);
    const existing = request.declared.get(name) ?? (fs.existsSync(file) ? file : undefined);
    // --force replaces a file in the target folder only: a type declared in another folder would be declared twice.
    if (existing !== undefined && !(request.force && path.resolve(existing) === path.resolve(file))) {
      kept.push(existing);
      continue;
    }
    fs.writeFileSync(file, text);
    written.push(file);
  }
  return { written, kept };
}
