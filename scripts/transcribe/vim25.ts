/**
 * The transcription of the whole vim25 API from `vim25.json` (pyVmomi 8.0.3's type tables and govmomi 9.1's
 * bindings, as data: see vim25.md beside it) into schema files: every data type and fault, every enum with its
 * values' docs, every managed object type (its base and properties, under `managed/`) and every method of every
 * managed object (parameters, return, task result, privilege, faults, `since`). Like the catalogue
 * conversion (catalogue.ts) it is how the YAML is made, not a build step: it writes only the files that do not exist
 * yet, so a hand-kept file (with the catalogue's decisions and its recorded disagreements) is never replaced, unless
 * `--force` is given. Re-runnable: the same vim25.json writes the same bytes.
 *
 * `--only A,B` writes only the named types, enums, managed object types and methods and what they need to validate:
 * base chains, the types of fields, properties, parameters and results, a method's faults and the managed object type
 * it is called on (subtypes are not needed: hierarchies are open). That is how the bundled schemas grow by a few
 * calls at a time.
 *
 * Where the sources disagree, VI JSON's text (9.1.1.0) is the authority: a field govmomi and pyVmomi type
 * `LocalizedMethodFault` is VI JSON `MethodFault`, and servers send either, so it lists both, as the catalogue
 * conversion does. That is every `LocalizedMethodFault` slot, not only those pyVmomi gives the VMODL type
 * `vmodl.MethodFault`: a govmomi-only field has no VMODL type (`DirectPathProfileManagerCapacityUnknown.faultList`),
 * and the wrapper's own `fault` is typed `MethodFault`, so it never nests a wrapper.
 *
 * `--beside A,B` keeps out what folders beside the output already hold at the same path: the bundled schemas are the
 * hand-kept catalogue (`schemas/vim25/`) and the rest of the API transcribed beside it (`schemas/vim25-api/`).
 *
 * Run: `npm run -s build && node dist/scripts/transcribe/vim25.js <vim25.json> <schema folder> [--only A,B] [--beside A] [--force]`.
 */
import * as fs from "node:fs";
import { JSON_SCHEMA_FILE } from "../../src/validate/jsonSchema";
import { laterRelease } from "../../src/validate/releases";
import { writeMissing } from "./writeMissing";
import {
  schemaYaml,
  type EnumText,
  type FieldText,
  type ManagedObjectText,
  type MethodText,
  type TypeText,
} from "../../src/import/schemaYaml";

/** A field, parameter or return value as vim25.json writes it. */
export interface Vim25Field {
  readonly name: string;
  readonly type: string | null;
  readonly format?: string;
  readonly array: boolean;
  readonly optional: boolean;
  readonly kind: "primitive" | "enum" | "object" | "moref" | "any" | null;
  readonly moType?: string;
  readonly vmodlType?: string;
  readonly since?: string | null;
  readonly doc?: string | null;
}

export interface Vim25Type {
  readonly name: string;
  readonly base: string | null;
  readonly since?: string | null;
  readonly doc?: string | null;
  readonly hasSubtypes: boolean;
  readonly isFault: boolean;
  readonly fields: readonly Vim25Field[];
}

export interface Vim25Enum {
  readonly name: string;
  readonly since?: string | null;
  readonly doc?: string | null;
  readonly values: readonly { readonly name: string; readonly doc?: string | null; readonly since?: string | null }[];
}

export interface Vim25Method {
  readonly name: string;
  readonly since?: string | null;
  readonly doc?: string | null;
  readonly params: readonly Vim25Field[];
  readonly returns?: Omit<Vim25Field, "name"> | null;
  readonly taskResult?: Omit<Vim25Field, "name"> | null;
  readonly privilege?: string | null;
  readonly faults?: readonly string[] | null;
}

export interface Vim25ManagedObject {
  readonly name: string;
  readonly base?: string | null;
  readonly since?: string | null;
  readonly doc?: string | null;
  readonly properties?: readonly Vim25Field[];
  readonly methods: readonly Vim25Method[];
}

export interface Vim25 {
  readonly meta: { readonly sources?: unknown };
  readonly types: readonly Vim25Type[];
  readonly enums: readonly Vim25Enum[];
  readonly managedObjects: readonly Vim25ManagedObject[];
}

/** The schema type of a field: `any`, the reference type, the fault pair, or the named type. */
function typeOf(f: Omit<Vim25Field, "name">): string | readonly string[] {
  if (f.kind === "any") return "any";
  if (f.kind === "moref") return "ManagedObjectReference";
  if (f.type === "LocalizedMethodFault") return ["MethodFault", "LocalizedMethodFault"];
  return f.type ?? "any";
}

/**
 * The text of a field: vim25.json's own field shape, as the schema format writes it. The since rule (the YAML guide):
 * a field that came after its type (`since` the type's release) is absent from the servers and sessions before it, so
 * it is optional, whatever the sources say; its `since` is written only then, where it says something.
 */
function fieldText(f: Vim25Field, ownerSince?: string | null): FieldText {
  const late = typeof f.since === "string" && (typeof ownerSince !== "string" || laterRelease(f.since, ownerSince));
  return {
    name: f.name,
    type: typeOf(f),
    format: f.kind === "primitive" ? f.format : undefined,
    array: f.array,
    optional: f.optional || late,
    since: late ? (f.since ?? undefined) : undefined,
    refersTo: f.moType,
    description: f.doc ?? undefined,
  };
}

export function typeText(t: Vim25Type): TypeText {
  return {
    kind: "type",
    name: t.name,
    extends: t.base ?? undefined,
    // A type with subtypes in 9.1 may have more in a later release: open, as the catalogue's are.
    open: t.hasSubtypes,
    since: t.since ?? undefined,
    description: t.doc ?? undefined,
    fields: t.fields.map((f) => fieldText(f, t.since)),
  };
}

export function enumText(e: Vim25Enum): EnumText {
  return {
    kind: "enum",
    name: e.name,
    since: e.since ?? undefined,
    description: e.doc ?? undefined,
    values: e.values.map((v) => ({ value: v.name, description: v.doc ?? undefined, since: v.since ?? undefined })),
  };
}

/** A return value or task result as the schema format writes it; `undefined` when there is none. */
function resultText(r: Omit<Vim25Field, "name"> | null | undefined): Omit<FieldText, "name"> | undefined {
  if (r === undefined || r === null || r.type === null) return undefined;
  return {
    type: typeOf(r),
    format: r.kind === "primitive" ? r.format : undefined,
    array: r.array,
    optional: r.optional,
    refersTo: r.moType,
  };
}

export function methodText(on: string, m: Vim25Method): MethodText {
  return {
    kind: "method",
    name: m.name,
    on,
    since: m.since ?? undefined,
    description: m.doc ?? undefined,
    privilege: m.privilege ?? undefined,
    params: m.params.map((p) => fieldText(p, m.since)),
    returns: resultText(m.returns),
    taskResult: resultText(m.taskResult),
    faults: m.faults === null || m.faults === undefined ? undefined : [...m.faults].sort(),
  };
}

/**
 * A managed object type: its base and properties. A property's `since` is written where it is later than its type's
 * (documentation: an older server faults on a read of it rather than leaving it out, so it stays as declared).
 */
export function managedObjectText(mo: Vim25ManagedObject): ManagedObjectText {
  return {
    kind: "managedObject",
    name: mo.name,
    extends: mo.base ?? undefined,
    since: mo.since ?? undefined,
    description: mo.doc ?? undefined,
    properties: (mo.properties ?? []).map((p) => {
      const late = typeof p.since === "string" && typeof mo.since === "string" && laterRelease(p.since, mo.since);
      return { ...fieldText(p, p.since), since: late ? (p.since ?? undefined) : undefined };
    }),
  };
}

/**
 * What `names` need to validate, by kind: each named item, the base chains, the types and enums of fields,
 * properties, parameters and results (not subtypes), a method's faults and the managed object type it is called on.
 */
export function neededBy(
  api: Vim25,
  names: readonly string[],
): { types: Set<string>; managedObjects: Set<string>; methods: Set<string> } {
  const types = new Map(api.types.map((t) => [t.name, t]));
  const enums = new Set(api.enums.map((e) => e.name));
  const objects = new Map(api.managedObjects.map((mo) => [mo.name, mo]));
  const methods = new Map(api.managedObjects.flatMap((mo) => mo.methods.map((m) => [m.name, { on: mo.name, m }])));
  const need = { types: new Set<string>(), managedObjects: new Set<string>(), methods: new Set<string>() };
  const queue = [...names];
  const slot = (f: Omit<Vim25Field, "name"> | null | undefined): void => {
    if (f === null || f === undefined || f.kind === "primitive" || f.kind === "any") return;
    const t = typeOf(f);
    queue.push(...(typeof t === "string" ? [t] : t));
  };
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const type = types.get(name);
    const mo = objects.get(name);
    const method = methods.get(name);
    if (type !== undefined && !need.types.has(name)) {
      need.types.add(name);
      if (type.base !== null) queue.push(type.base);
      type.fields.forEach(slot);
    } else if (enums.has(name)) need.types.add(name);
    if (mo !== undefined && !need.managedObjects.has(name)) {
      need.managedObjects.add(name);
      if (mo.base !== null && mo.base !== undefined) queue.push(mo.base);
      (mo.properties ?? []).forEach(slot);
    }
    if (method !== undefined && !need.methods.has(name)) {
      need.methods.add(name);
      queue.push(method.on, ...(method.m.faults ?? []));
      method.m.params.forEach(slot);
      slot(method.m.returns);
      slot(method.m.taskResult);
    }
  }
  return need;
}

/**
 * Every schema file of vim25.json, or of what `only` names and needs: `{ path, text }` (managed object types under
 * `managed/`, methods under `methods/`), sorted by path.
 */
export function transcribeVim25(api: Vim25, only?: readonly string[]): { path: string; text: string }[] {
  const need = only === undefined ? undefined : neededBy(api, only);
  const wanted = (set: keyof NonNullable<typeof need>, name: string): boolean =>
    need === undefined || need[set].has(name);
  const provenance = (depth: number): string[] => [
    `yaml-language-server: $schema=${"../".repeat(depth)}${JSON_SCHEMA_FILE}`,
    "Transcribed from vim25.json (pyVmomi 8.0.3, govmomi 9.1) by scripts/transcribe/vim25.ts.",
    "This file is the source now: edit it by hand; the transcription does not overwrite it.",
  ];
  const files = [
    ...api.types
      .filter((t) => wanted("types", t.name))
      .map((t) => ({ path: `${t.name}.yaml`, text: schemaYaml(typeText(t), provenance(1)) })),
    ...api.enums
      .filter((e) => wanted("types", e.name))
      .map((e) => ({ path: `${e.name}.yaml`, text: schemaYaml(enumText(e), provenance(1)) })),
    ...api.managedObjects
      .filter((mo) => wanted("managedObjects", mo.name))
      .map((mo) => ({ path: `managed/${mo.name}.yaml`, text: schemaYaml(managedObjectText(mo), provenance(2)) })),
    ...api.managedObjects.flatMap((mo) =>
      mo.methods
        .filter((m) => wanted("methods", m.name))
        .map((m) => ({
          path: `methods/${m.name}.yaml`,
          text: schemaYaml(methodText(mo.name, m), provenance(2)),
        })),
    ),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function main(argv: readonly string[]): number {
  const force = argv.includes("--force");
  const valueOf = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at < 0 ? undefined : (argv[at + 1] ?? "");
  };
  const only = valueOf("--only")
    ?.split(",")
    .filter((n) => n !== "");
  const beside =
    valueOf("--beside")
      ?.split(",")
      .filter((n) => n !== "") ?? [];
  const flagged = new Set(["--only", "--beside"]);
  const [input, outDir] = argv.filter((a, i) => a !== "--force" && !flagged.has(a) && !flagged.has(argv[i - 1] ?? ""));
  if (input === undefined || outDir === undefined || (only !== undefined && only.length === 0)) {
    process.stderr.write("usage: vim25 <vim25.json> <schema folder> [--only A,B] [--beside folder,...] [--force]\n");
    return 2;
  }
  const api = JSON.parse(fs.readFileSync(input, "utf8")) as Vim25;
  const known = new Set([
    ...api.types.map((t) => t.name),
    ...api.enums.map((e) => e.name),
    ...api.managedObjects.flatMap((mo) => [mo.name, ...mo.methods.map((m) => m.name)]),
  ]);
  const unknown = (only ?? []).filter((n) => !known.has(n));
  if (unknown.length > 0) {
    process.stderr.write(`vim25: ${unknown.join(", ")}: not a type, enum, managed object or method of ${input}\n`);
    return 2;
  }
  process.stdout.write(writeMissing(transcribeVim25(api, only), outDir, force, beside));
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
