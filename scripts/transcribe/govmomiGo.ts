/**
 * Transcribes vim25 data types that neither event-hierarchy.json nor the VI JSON excerpt holds (VirtualDevice
 * subtypes, faults) from govmomi's Go sources (`vim25/types/types.go` and `enum.go`, as Debian's
 * golang-github-vmware-govmomi-dev installs them): each struct's embedded base, its fields by their XML names with
 * `omitempty` as optional, slices as arrays, `BaseX` interfaces as X, and the string enums it uses. The types asked
 * for are written with every type and enum their fields reach and that the schema folder does not have yet; existing
 * files are never touched. govmomi 0.24 carries no documentation, so the files have none until someone adds it.
 *
 * With `--methods`, the methods of `METHODS` are transcribed from their `MRequestType` (the parameters after `_this`)
 * and `MResponse` (the `returnval`) structs into `<schema folder>/methods/`, with the types they reach. Which managed
 * object a method is called on and the faults it documents are not in types.go: `METHODS` carries them, as the vSphere
 * Web Services API reference lists them.
 *
 *   node dist/scripts/transcribe/govmomiGo.js <govmomi vim25/types folder> <schema folder> <Type>...
 *   node dist/scripts/transcribe/govmomiGo.js --methods <govmomi vim25/types folder> <schema folder>
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compareStrings } from "../../src/diagnostic";
import { JSON_SCHEMA_FILE } from "../../src/validate/jsonSchema";
import { schemaYaml, type EnumText, type FieldText, type MethodText, type TypeText } from "../../src/import/schemaYaml";

interface GoField {
  readonly goType: string;
  readonly xml: string;
  readonly omitempty: boolean;
}

interface GoStruct {
  readonly name: string;
  readonly base: string | undefined;
  readonly fields: readonly GoField[];
}

export interface GoTypes {
  readonly structs: ReadonlyMap<string, GoStruct>;
  readonly enums: ReadonlyMap<string, readonly string[]>;
}

/** The structs of types.go and the string enums of enum.go. */
export function readGoTypes(typesGo: string, enumGo: string): GoTypes {
  const structs = new Map<string, GoStruct>();
  for (const m of typesGo.matchAll(/^type (\w+) struct \{\n([\s\S]*?)^\}/gm)) {
    const name = m[1] as string;
    let base: string | undefined;
    const fields: GoField[] = [];
    for (const line of (m[2] as string).split("\n")) {
      const embedded = /^\t(\w+)$/.exec(line);
      if (embedded !== null) {
        base ??= embedded[1];
        continue;
      }
      const field = /^\t\w+\s+(\S+)\s+`xml:"([^",]*)((?:,[^"]*)?)"/.exec(line);
      if (field === null) continue;
      fields.push({
        goType: field[1] as string,
        xml: field[2] as string,
        omitempty: (field[3] as string).includes("omitempty"),
      });
    }
    structs.set(name, { name, base, fields });
  }
  const enums = new Map<string, string[]>();
  for (const m of enumGo.matchAll(/^\t\w+\s*= (\w+)\("([^"]*)"\)$/gm)) {
    const list = enums.get(m[1] as string) ?? [];
    list.push(m[2] as string);
    enums.set(m[1] as string, list);
  }
  return { structs, enums };
}

const PROVENANCE = [
  "Transcribed from govmomi 0.24.2 vim25/types (Debian golang-github-vmware-govmomi-dev) by src/transcribe/govmomiGo.ts.",
  "This file is the source now: edit it by hand; the conversion does not overwrite it.",
];

const PRIMITIVES: Readonly<Record<string, { type: string; format?: string }>> = {
  string: { type: "string" },
  bool: { type: "boolean" },
  int8: { type: "integer", format: "int8" },
  byte: { type: "integer", format: "int8" },
  int16: { type: "integer", format: "int16" },
  int32: { type: "integer", format: "int32" },
  int64: { type: "integer", format: "int64" },
  float32: { type: "number", format: "float" },
  float64: { type: "number", format: "double" },
  "time.Time": { type: "string", format: "date-time" },
  AnyType: { type: "any" },
};

/** A Go field type as the schema's type, format and array flag; the named type it refers to, if any. */
function fieldType(goType: string): { type: string; format?: string; array: boolean; named?: string } {
  if (goType === "[]byte") return { type: "string", format: "byte", array: false };
  const array = goType.startsWith("[]");
  let t = goType.replace(/^\[\]/, "").replace(/^\*/, "");
  const primitive = PRIMITIVES[t];
  if (primitive !== undefined) return { ...primitive, array };
  if (/^Base[A-Z]/.test(t)) t = t.slice(4);
  return { type: t, array, named: t };
}

/**
 * The schema texts of `roots` and of every type and enum their fields and bases reach that `existing` lacks,
 * sorted by name. A type with subtypes in govmomi is open: not all of them are transcribed.
 */
export function transcribeGo(
  go: GoTypes,
  roots: readonly string[],
  existing: ReadonlySet<string>,
): (TypeText | EnumText)[] {
  const subtyped = new Set([...go.structs.values()].flatMap((s) => (s.base === undefined ? [] : [s.base])));
  const out = new Map<string, TypeText | EnumText>();
  const queue = [...roots];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (out.has(name) || existing.has(name)) continue;
    const values = go.enums.get(name);
    if (values !== undefined) {
      out.set(name, { kind: "enum", name, values: values.map((value) => ({ value })) });
      continue;
    }
    const struct = go.structs.get(name);
    if (struct === undefined) throw new Error(`${name} is neither a struct of types.go nor an enum of enum.go`);
    const fields: FieldText[] = struct.fields.map((f) => {
      const t = fieldType(f.goType);
      if (t.named !== undefined) queue.push(t.named);
      return {
        name: f.xml,
        type: t.type,
        format: t.format,
        array: t.array,
        // A nil pointer is no element, omitempty or not. A slice is optional only with omitempty, which govmomi's
        // generator writes for minOccurs="0": PropertyFilterSpec.propSet, required in the WSDL, has none.
        optional: f.omitempty || f.goType.startsWith("*"),
        refersTo: undefined,
      };
    });
    if (struct.base !== undefined) queue.push(struct.base);
    out.set(name, { kind: "type", name, extends: struct.base, open: subtyped.has(name), fields });
  }
  return [...out.values()].sort((a, b) => compareStrings(a.name, b.name));
}

/**
 * The methods shipped, with what types.go does not say: the managed object type each is called on and the faults the
 * API reference documents for it (besides RuntimeFault, which any call may raise).
 */
export const METHODS: Readonly<Record<string, { readonly on: string; readonly faults: readonly string[] }>> = {
  CancelWaitForUpdates: { on: "PropertyCollector", faults: [] },
  ContinueRetrievePropertiesEx: { on: "PropertyCollector", faults: ["InvalidProperty"] },
  CreateCollectorForEvents: { on: "EventManager", faults: ["InvalidState"] },
  CreateFilter: { on: "PropertyCollector", faults: ["InvalidProperty"] },
  CurrentTime: { on: "ServiceInstance", faults: [] },
  DestroyCollector: { on: "HistoryCollector", faults: [] },
  DestroyPropertyFilter: { on: "PropertyFilter", faults: [] },
  Login: { on: "SessionManager", faults: ["InvalidLocale", "InvalidLogin"] },
  Logout: { on: "SessionManager", faults: [] },
  PostEvent: { on: "EventManager", faults: ["InvalidEvent"] },
  PowerOffVM_Task: { on: "VirtualMachine", faults: ["InvalidState", "TaskInProgress"] },
  PowerOnVM_Task: {
    on: "VirtualMachine",
    faults: ["FileFault", "InsufficientResourcesFault", "InvalidState", "TaskInProgress", "VmConfigFault"],
  },
  QueryEvents: { on: "EventManager", faults: [] },
  ReadNextEvents: { on: "EventHistoryCollector", faults: [] },
  ReadPreviousEvents: { on: "EventHistoryCollector", faults: [] },
  ResetCollector: { on: "HistoryCollector", faults: [] },
  ResetVM_Task: { on: "VirtualMachine", faults: ["InvalidState", "TaskInProgress"] },
  RetrievePropertiesEx: { on: "PropertyCollector", faults: ["InvalidProperty"] },
  RetrieveServiceContent: { on: "ServiceInstance", faults: [] },
  RewindCollector: { on: "HistoryCollector", faults: [] },
  SessionIsActive: { on: "SessionManager", faults: [] },
  SetCollectorPageSize: { on: "HistoryCollector", faults: [] },
  SuspendVM_Task: { on: "VirtualMachine", faults: ["InvalidState", "TaskInProgress"] },
  TerminateSession: { on: "SessionManager", faults: ["NotFound"] },
  WaitForUpdatesEx: { on: "PropertyCollector", faults: ["InvalidCollectorVersion", "RequestCanceled"] },
};

/** A field of a request or response struct as a schema field, and the named type it reaches. */
function goField(f: GoField): { field: FieldText; named: string | undefined } {
  const t = fieldType(f.goType);
  return {
    field: {
      name: f.xml,
      type: t.type,
      format: t.format,
      array: t.array,
      optional: f.omitempty || f.goType.startsWith("*"),
    },
    named: t.named,
  };
}

/**
 * A method from its request struct (`QueryEventsRequestType`, or `PowerOnVMRequestType` for `PowerOnVM_Task`: govmomi
 * drops the suffix) and its response struct, and the types its parameters, return value and faults reach.
 */
export function transcribeGoMethod(go: GoTypes, name: string): { method: MethodText; reached: string[] } {
  const facts = METHODS[name];
  const request = go.structs.get(`${name}RequestType`) ?? go.structs.get(`${name.replace(/_Task$/, "")}RequestType`);
  const response = go.structs.get(`${name}Response`);
  if (facts === undefined || request === undefined || response === undefined)
    throw new Error(`${name}: no METHODS entry, or no request or response struct in types.go`);
  const reached: string[] = [...facts.faults];
  const params = request.fields
    .filter((f) => f.xml !== "_this")
    .map((f) => {
      const { field, named } = goField(f);
      if (named !== undefined) reached.push(named);
      return field;
    });
  const [returnval] = response.fields;
  let returns: Omit<FieldText, "name"> | undefined;
  if (returnval !== undefined) {
    const { field, named } = goField(returnval);
    if (named !== undefined) reached.push(named);
    const { name: _returnval, ...rest } = field;
    returns = rest;
  }
  const method: MethodText = {
    kind: "method",
    name,
    on: facts.on,
    params,
    returns,
    faults: facts.faults,
  };
  return { method, reached };
}

function mainMethods(typesDir: string, outDir: string, go: GoTypes, provenance: readonly string[]): number {
  const methodsDir = path.join(outDir, "methods");
  fs.mkdirSync(methodsDir, { recursive: true });
  const existing = new Set(fs.readdirSync(outDir).flatMap((f) => (f.endsWith(".yaml") ? [f.slice(0, -5)] : [])));
  const reached = new Set<string>();
  const names = Object.keys(METHODS).sort(compareStrings);
  for (const name of names) {
    const file = path.join(methodsDir, `${name}.yaml`);
    const { method, reached: types } = transcribeGoMethod(go, name);
    for (const t of types) reached.add(t);
    if (!fs.existsSync(file))
      fs.writeFileSync(
        file,
        schemaYaml(method, [`yaml-language-server: $schema=../../${JSON_SCHEMA_FILE}`, ...provenance]),
      );
  }
  const schemas = transcribeGo(go, [...reached].sort(compareStrings), existing);
  for (const schema of schemas)
    fs.writeFileSync(
      path.join(outDir, `${schema.name}.yaml`),
      schemaYaml(schema, [`yaml-language-server: $schema=../${JSON_SCHEMA_FILE}`, ...provenance]),
    );
  process.stdout.write(
    `${names.length} methods in ${methodsDir} (from ${typesDir}); ${schemas.length} types they reach written to ${outDir}` +
      `${schemas.length > 0 ? `: ${schemas.map((s) => s.name).join(", ")}` : ""}\n`,
  );
  return 0;
}

function main(argv: readonly string[]): number {
  if (argv[0] === "--methods") {
    const [, typesDir, outDir] = argv;
    if (typesDir === undefined || outDir === undefined) {
      process.stderr.write("usage: govmomiGo --methods <govmomi vim25/types folder> <schema folder>\n");
      return 2;
    }
    const go = readGoTypes(
      fs.readFileSync(path.join(typesDir, "types.go"), "utf8"),
      fs.readFileSync(path.join(typesDir, "enum.go"), "utf8"),
    );
    return mainMethods(typesDir, outDir, go, PROVENANCE);
  }
  const [typesDir, outDir, ...roots] = argv;
  if (typesDir === undefined || outDir === undefined || roots.length === 0) {
    process.stderr.write("usage: govmomiGo <govmomi vim25/types folder> <schema folder> <Type>...\n");
    return 2;
  }
  const go = readGoTypes(
    fs.readFileSync(path.join(typesDir, "types.go"), "utf8"),
    fs.readFileSync(path.join(typesDir, "enum.go"), "utf8"),
  );
  const existing = new Set(fs.readdirSync(outDir).flatMap((f) => (f.endsWith(".yaml") ? [f.slice(0, -5)] : [])));
  const provenance = [`yaml-language-server: $schema=../${JSON_SCHEMA_FILE}`, ...PROVENANCE];
  const schemas = transcribeGo(go, roots, existing);
  for (const schema of schemas)
    fs.writeFileSync(path.join(outDir, `${schema.name}.yaml`), schemaYaml(schema, provenance));
  process.stdout.write(
    `${schemas.length} schema files written to ${outDir}: ${schemas.map((s) => s.name).join(", ")}\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
