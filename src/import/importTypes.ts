/**
 * `vsphere-typegen import`: brings types and methods from VMware's VI JSON OpenAPI document into a schema folder as
 * YAML schema files (methods under `methods/`), with `--closure` also the types they need (bases, field types,
 * enums, a method's parameter, return and fault types). A file that exists is never replaced unless `force` is set:
 * hand-kept transcriptions stay as they are.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compareStrings } from "../diagnostic";
import { UsageError } from "../preflight";
import { schemaYaml } from "./schemaYaml";
import { METHOD_NAME } from "../validate/names";
import { didYouMean } from "../validate/suggest";
import { extendedSchemas, ImportError, localName, readSpec, schemaTextOf, specName } from "./viJson";
import { methodTextOf } from "./viJsonMethods";

export interface ImportRequest {
  readonly specFile: string;
  readonly types: readonly string[];
  /** Methods to import, by name (`QueryEvents`): from the document's `POST /{moType}/{moId}/{Method}` operations. */
  readonly methods?: readonly string[];
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
  /** Files that exist and were left alone; `replaceable` when it is the file the import writes, where --force acts. */
  readonly kept: readonly { readonly file: string; readonly replaceable: boolean }[];
  /** Types the written files refer to that no schema declares and that were not imported (no `closure`), sorted. */
  readonly missing: readonly string[];
}

/** The schema texts of the requested types and methods (and, with closure, of everything they reach), by name. */
export function importedSchemas(
  specText: string,
  specFile: string,
  types: readonly string[],
  closure: boolean,
  jsonSchemaRef: string | undefined = undefined,
  methods: readonly string[] = [],
): Map<string, string> {
  return new Map(
    [...importPlan(specText, specFile, types, closure, jsonSchemaRef, methods)].map(([k, v]) => [k, v.text]),
  );
}

/** A file the import writes: its text, its folder under the target (`methods` for a method) and what it refers to. */
interface Planned {
  readonly text: string;
  readonly folder: string;
  readonly refs: string[];
}

/** Each imported type's and method's schema text and the types it refers to (our names). */
function importPlan(
  specText: string,
  specFile: string,
  types: readonly string[],
  closure: boolean,
  jsonSchemaRef: string | undefined,
  methods: readonly string[] = [],
): Map<string, Planned> {
  if (types.length === 0 && methods.length === 0)
    throw new UsageError("name what to import with --type <Name> or --method <Name> (repeatable)");
  const { schemas, operations } = readSpec(specText, specFile);
  const subtyped = extendedSchemas(schemas);
  const out = new Map<string, Planned>();
  const names = [...schemas.keys()].flatMap((n) => localName(n) ?? []);
  const provenance = `Imported from ${path.basename(specFile)} by vsphere-typegen import.`;
  const header = (ref: string | undefined): string[] => [
    ...(ref === undefined ? [] : [`yaml-language-server: $schema=${ref}`]),
    provenance,
  ];
  // Each name to import with what refers to it (a type by its name, a method as `method X`), for the message when
  // the document does not define it.
  const queue: { readonly name: string; readonly from: string | undefined }[] = [];
  for (const method of methods) {
    const operation = operations.get(method);
    if (operation === undefined) {
      const known = operations.size === 0 ? " (it has no /{moType}/{moId}/{Method} operations)" : "";
      throw new UsageError(
        `${specFile} has no method named ${method}${known}${didYouMean(method, [...operations.keys()])}`,
      );
    }
    const { text, refs } = methodTextOf(method, operation, schemas);
    // The method files sit one folder down: the editors' JSON Schema is one more `..` away.
    const ref = jsonSchemaRef === undefined || path.isAbsolute(jsonSchemaRef) ? jsonSchemaRef : `../${jsonSchemaRef}`;
    out.set(method, {
      text: schemaYaml(text, header(ref)),
      folder: "methods",
      refs: refs.flatMap((r) => localName(r) ?? []),
    });
    if (closure) queue.push(...refs.map((name) => ({ name, from: `method ${method}` })));
  }
  queue.push(
    ...types.map((t) => {
      const found = specName(t, schemas);
      if (found === undefined)
        throw new UsageError(`${specFile} has no type or enum named ${t}${didYouMean(t, names)}`);
      if (localName(found) === undefined)
        throw new UsageError(
          `${t} is VI JSON's root of every value (xsd:anyType), which schemas do not declare; name a data type or an enum`,
        );
      return { name: found, from: undefined };
    }),
  );
  const seen = new Set<string>();
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const { name, from } = next;
    const local = localName(name);
    if (seen.has(name) || local === undefined) continue;
    seen.add(name);
    const schema = schemas.get(name);
    if (schema === undefined) {
      throw new ImportError(
        `${specFile}: ${from ?? "the document"} refers to ${name}, which the document does not define`,
      );
    }
    const { text, refs } = schemaTextOf(name, schema, subtyped);
    out.set(local, {
      text: schemaYaml(text, header(jsonSchemaRef)),
      folder: "",
      refs: refs.flatMap((r) => localName(r) ?? []),
    });
    if (closure) queue.push(...refs.map((ref) => ({ name: ref, from: local })));
  }
  return out;
}

export function importTypes(request: ImportRequest): ImportResult {
  if (!fs.existsSync(request.specFile) || !fs.statSync(request.specFile).isFile())
    throw new ImportError(`${request.specFile}: no such file; pass the VI JSON document (vi-json.yaml)`);
  const plan = importPlan(
    fs.readFileSync(request.specFile, "utf8"),
    request.specFile,
    request.types,
    request.closure,
    request.jsonSchemaRef,
    request.methods ?? [],
  );
  // A name becomes a file name: one that is not a type's or a method's (`../../elsewhere/X`) could write anywhere.
  const refused = [...plan.keys()].filter((name) => !METHOD_NAME.test(name)).sort(compareStrings);
  if (refused.length > 0)
    throw new ImportError(
      `${request.specFile}: ${refused.map((n) => JSON.stringify(n)).join(", ")} ${refused.length === 1 ? "is not a name" : "are not names"} a schema can have (letters, digits and _, starting with a letter); nothing was written`,
    );
  fs.mkdirSync(request.targetDir, { recursive: true });
  const written: string[] = [];
  const kept: { file: string; replaceable: boolean }[] = [];
  for (const [name, { text, folder }] of plan) {
    const file = path.join(request.targetDir, folder, `${name}.yaml`);
    const existing = request.declared.get(name) ?? (fs.existsSync(file) ? file : undefined);
    // --force replaces the very file it would write only: a type declared in another file (another folder, or a
    // subfolder of the target) would be declared twice.
    const inTarget = existing !== undefined && path.resolve(existing) === path.resolve(file);
    if (existing !== undefined && !(request.force && inTarget)) {
      kept.push({ file: existing, replaceable: inTarget });
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    written.push(file);
  }
  const refs = new Set([...plan.values()].flatMap((p) => p.refs));
  const missing = [...refs].filter((r) => !plan.has(r) && !request.declared.has(r)).sort(compareStrings);
  return { written, kept, missing };
}
