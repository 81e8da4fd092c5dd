/**
 * The conversion that wrote most of `schemas/vim25/`: reads the govmomi-derived catalogue
 * (`event-hierarchy.json`: every Event type, the EventArgument family, the data types and enums they use) and
 * writes one schema file per type and enum. It is how the transcription was made, not a build step: after it,
 * the YAML is the source. Re-running it writes only files that do not exist yet (a hand-kept or hand-edited
 * file is never replaced) unless `--force` is given, and reports what it skipped.
 *
 * Where the catalogue and the official VI JSON 9.1.1.0 text disagree, the VI JSON text wins: fault fields that
 * govmomi types `LocalizedMethodFault` are VI JSON `MethodFault`, and servers send either, so such fields list
 * both. (The other known differences, `Event.tgw`, `Event.auditId`, `TgwEventArgument` and a
 * `ManagedObjectReference` without `serverGuid`, live in hand-kept files this conversion does not touch.)
 *
 * Run: `npm run transcribe` (the catalogue is kept in test/fixtures/event-hierarchy.json, where
 * test/import/transcribe.test.ts also reads it); `--force` after `--` rewrites existing files.
 */
import * as fs from "node:fs";
import { JSON_SCHEMA_FILE } from "../../src/validate/jsonSchema";
import { schemaYaml, type EnumText, type FieldText, type TypeText } from "../../src/import/schemaYaml";
import { writeMissing } from "./writeMissing";

export interface CatalogueField {
  readonly name: string;
  readonly type: string;
  readonly format?: string;
  readonly array: boolean;
  readonly optional: boolean;
  readonly kind: "primitive" | "enum" | "object" | "moref" | "any";
  readonly doc: string;
  readonly since?: string;
  readonly deprecated?: boolean | string;
  readonly refersTo?: string;
  readonly enumHint?: string;
  readonly viJsonSpecType?: string;
}

export interface CatalogueType {
  readonly name: string;
  readonly base: string | null;
  readonly hasSubtypes: boolean;
  readonly doc: string;
  readonly since?: string;
  readonly deprecated?: boolean | string;
  readonly fields: readonly CatalogueField[];
}

export interface Catalogue {
  readonly meta: { readonly govmomiCommit?: string };
  readonly types: readonly CatalogueType[];
  readonly enums: readonly { readonly name: string; readonly doc: string; readonly values: readonly string[] }[];
}

function fieldText(f: CatalogueField): FieldText {
  // VI JSON types these MethodFault and servers send the bare fault; govmomi sends the LocalizedMethodFault wrapper.
  const faultOrWrapper = f.type === "LocalizedMethodFault" && f.viJsonSpecType === "MethodFault";
  let type: string | readonly string[];
  switch (f.kind) {
    case "any":
      type = "any";
      break;
    case "moref":
      type = "ManagedObjectReference";
      break;
    default:
      type = faultOrWrapper ? ["MethodFault", "LocalizedMethodFault"] : f.type;
  }
  return {
    name: f.name,
    type,
    format: f.kind === "primitive" ? f.format : undefined,
    array: f.array,
    optional: f.optional,
    since: f.since,
    deprecated: f.deprecated,
    refersTo: f.refersTo,
    enumHint: f.enumHint,
    description: f.doc,
  };
}

export function typeText(t: CatalogueType): TypeText {
  return {
    kind: "type",
    name: t.name,
    extends: t.base ?? undefined,
    // govmomi's hasSubtypes comes from the whole WSDL: such a type has subtypes, not all of them in the catalogue,
    // and newer releases add more.
    open: t.hasSubtypes,
    since: t.since,
    deprecated: t.deprecated,
    description: t.doc,
    fields: t.fields.map(fieldText),
  };
}

export function enumText(e: Catalogue["enums"][number]): EnumText {
  return { kind: "enum", name: e.name, description: e.doc, values: e.values.map((value) => ({ value })) };
}

/** Every schema file of the catalogue: `{ path: "Name.yaml", text }`, sorted by path. */
export function transcribeCatalogue(catalogue: Catalogue): { path: string; text: string }[] {
  const provenance = [
    `yaml-language-server: $schema=../${JSON_SCHEMA_FILE}`,
    `Transcribed from event-hierarchy.json (govmomi ${catalogue.meta.govmomiCommit?.slice(0, 12) ?? "?"}) by src/transcribe/catalogue.ts.`,
    "This file is the source now: edit it by hand; the conversion does not overwrite it.",
  ];
  const files = [
    ...catalogue.types.map((t) => ({ path: `${t.name}.yaml`, text: schemaYaml(typeText(t), provenance) })),
    ...catalogue.enums.map((e) => ({ path: `${e.name}.yaml`, text: schemaYaml(enumText(e), provenance) })),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function main(argv: readonly string[]): number {
  const force = argv.includes("--force");
  const [input, outDir] = argv.filter((a) => a !== "--force");
  if (input === undefined || outDir === undefined) {
    process.stderr.write("usage: catalogue <event-hierarchy.json> <schema folder> [--force]\n");
    return 2;
  }
  const catalogue = JSON.parse(fs.readFileSync(input, "utf8")) as Catalogue;
  process.stdout.write(writeMissing(transcribeCatalogue(catalogue), outDir, force));
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
