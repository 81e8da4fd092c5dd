/**
 * Transcribes vim25 data types that neither event-hierarchy.json nor the VI JSON excerpt holds (VirtualDevice
 * subtypes, faults) from govmomi's Go sources (`vim25/types/types.go` and `enum.go`, as Debian's
 * golang-github-vmware-govmomi-dev installs them): each struct's embedded base, its fields by their XML names with
 * `omitempty` as optional, slices as arrays, `BaseX` interfaces as X, and the string enums it uses. The types asked
 * for are written with every type and enum their fields reach and that the schema folder does not have yet; existing
 * files are never touched. govmomi 0.24 carries no documentation, so the files have none until someone adds it.
 *
 *   node dist/src/transcribe/govmomiGo.js <govmomi vim25/types folder> <schema folder> <Type>...
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compareStrings } from "../diagnostic";
import { JSON_SCHEMA_FILE } from "../validate/jsonSchema";
import { schemaYaml, type EnumText, type FieldText, type TypeText } from "./schemaYaml";

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
        // A nil pointer is no element, omitempty or not.
        optional: f.omitempty || t.array || f.goType.startsWith("*"),
        refersTo: undefined,
      };
    });
    if (struct.base !== undefined) queue.push(struct.base);
    out.set(name, { kind: "type", name, extends: struct.base, open: subtyped.has(name), fields });
  }
  return [...out.values()].sort((a, b) => compareStrings(a.name, b.name));
}

function main(argv: readonly string[]): number {
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
  const provenance = [
    `yaml-language-server: $schema=../${JSON_SCHEMA_FILE}`,
    "Transcribed from govmomi 0.24.2 vim25/types (Debian golang-github-vmware-govmomi-dev) by src/transcribe/govmomiGo.ts.",
    "This file is the source now: edit it by hand; the conversion does not overwrite it.",
  ];
  const schemas = transcribeGo(go, roots, existing);
  for (const schema of schemas)
    fs.writeFileSync(path.join(outDir, `${schema.name}.yaml`), schemaYaml(schema, provenance));
  process.stdout.write(
    `${schemas.length} schema files written to ${outDir}: ${schemas.map((s) => s.name).join(", ")}\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
