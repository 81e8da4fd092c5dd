/**
 * Every data type of the bundled schemas (the catalogue, `schemas/vim25/`, and the transcription, `schemas/vim25-api/`)
 * against vim25.json (`test/fixtures/vim25.json.gz`, the vim25 API as data): each field's type, array-ness, format and
 * optionality as vim25.json has them, with the YAML guide's two rules applied (a field that came after its type is
 * optional; a `LocalizedMethodFault` slot takes the fault pair `[MethodFault, LocalizedMethodFault]`), and no field
 * or type here that vim25.json lacks, or the other way round. A disagreement passes only where its file records it:
 * a comment line `# vim25.json differs on <field>: <why>` (or `# vim25.json differs on this type: <why>` for a type
 * vim25.json does not have), next to what it explains. The hand-kept catalogue was transcribed from other sources
 * (event-hierarchy.json, govmomi 0.24.2, VI JSON 9.1.1.0) and edited since; this keeps what it says from drifting
 * away from the API unnoticed. `since` values are not compared (only through the since rule's optionality).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { parse } from "yaml";
import type { Vim25, Vim25Field } from "../../scripts/transcribe/vim25";
import { laterRelease } from "../../src/validate/releases";
import { BUNDLED_SCHEMAS, FIXTURES } from "../support/helpers";

const api = JSON.parse(
  zlib.gunzipSync(fs.readFileSync(path.join(FIXTURES, "vim25.json.gz"))).toString("utf8"),
) as Vim25;
const apiTypes = new Map(api.types.map((t) => [t.name, t]));

interface YamlField {
  readonly type: string | readonly string[];
  readonly format?: string;
  readonly array?: boolean;
  readonly optional?: boolean;
}
interface YamlType {
  readonly name: string;
  readonly enum?: unknown;
  readonly fields?: Readonly<Record<string, YamlField>> | null;
}

/** The marker of a recorded disagreement: the field (or `this type`) it is about, from a comment line. */
const MARKER = /^\s*# vim25\.json differs on ([A-Za-z_][A-Za-z0-9_]*|this type): \S/gm;
const recordedIn = (text: string): Set<string> => new Set([...text.matchAll(MARKER)].map((m) => m[1] ?? ""));

/** The field as the schema format writes it, from vim25.json's field and its type's release. */
function expected(f: Vim25Field, ownerSince: string | null | undefined): Required<YamlField> {
  const late = typeof f.since === "string" && (typeof ownerSince !== "string" || laterRelease(f.since, ownerSince));
  const type =
    f.kind === "any"
      ? "any"
      : f.kind === "moref"
        ? "ManagedObjectReference"
        : f.type === "LocalizedMethodFault"
          ? ["MethodFault", "LocalizedMethodFault"]
          : (f.type ?? "any");
  return {
    type,
    format: f.kind === "primitive" ? (f.format ?? (f.type === "number" ? "double" : "")) : "",
    array: f.array,
    optional: f.optional || late,
  };
}

/** What the YAML field says, in the same terms (`number` without a format is a double). */
function said(f: YamlField): Required<YamlField> {
  return {
    type: f.type,
    format: f.format ?? (f.type === "number" ? "double" : ""),
    array: f.array === true,
    optional: f.optional === true,
  };
}

/** Every disagreement of one file with vim25.json, each as `Type.field: what` (`Type: what` for the type). */
function disagreements(file: string, text: string): { problem: string; about: string }[] {
  const schema = parse(text) as YamlType;
  if (schema.enum !== undefined) return [];
  const name = schema.name;
  const type = apiTypes.get(name);
  if (type === undefined) return [{ about: "this type", problem: `${name}: not a type of vim25.json (${file})` }];
  const out: { problem: string; about: string }[] = [];
  const mine = schema.fields ?? {};
  const theirs = new Map(type.fields.map((f) => [f.name, f]));
  for (const f of type.fields)
    if (!(f.name in mine)) out.push({ about: f.name, problem: `${name}.${f.name}: in vim25.json, not in ${file}` });
  for (const [fieldName, field] of Object.entries(mine)) {
    const f = theirs.get(fieldName);
    if (f === undefined) {
      out.push({ about: fieldName, problem: `${name}.${fieldName}: in ${file}, not in vim25.json` });
      continue;
    }
    const want = expected(f, type.since);
    const have = said(field);
    for (const key of ["type", "array", "format", "optional"] as const)
      if (JSON.stringify(have[key]) !== JSON.stringify(want[key]))
        out.push({
          about: fieldName,
          problem: `${name}.${fieldName}: ${key} ${JSON.stringify(have[key])} in ${file}, ${JSON.stringify(want[key])} by vim25.json`,
        });
  }
  return out;
}

/** Every top-level schema file of both folders (types and enums; methods and managed object types are below them). */
const files = ["vim25", "vim25-api"].flatMap((dir) =>
  fs
    .readdirSync(path.join(BUNDLED_SCHEMAS, dir))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => `${dir}/${f}`),
);
const found = files.map((file) => {
  const text = fs.readFileSync(path.join(BUNDLED_SCHEMAS, file), "utf8");
  return { file, recorded: recordedIn(text), problems: disagreements(file, text) };
});

test("every data type field agrees with vim25.json, or its file records why not", () => {
  const unrecorded = found.flatMap((f) => f.problems.filter((p) => !f.recorded.has(p.about)).map((p) => p.problem));
  expect(unrecorded).toEqual([]);
});

test("every recorded disagreement is one: no marker outlives what it explained", () => {
  const stale = found.flatMap((f) =>
    [...f.recorded].filter((about) => !f.problems.some((p) => p.about === about)).map((about) => `${f.file}: ${about}`),
  );
  expect(stale).toEqual([]);
});

test("the comparison sees the whole API and the rules: the counts, and a disagreement it finds", () => {
  expect(files.length).toBe(3009 + 439);
  expect(found.filter((f) => f.problems.length > 0).map((f) => f.file)).toEqual(
    expect.arrayContaining(["vim25/Event.yaml", "vim25/MethodFault.yaml", "vim25/TgwEventArgument.yaml"]),
  );
  // A late field kept required, a wrapper-only fault slot, a missing array-ness: each found, named.
  const broken = [
    "name: NotEnoughResourcesToStartVmEvent\nextends: VmEvent\nfields:\n  reason:\n    type: string\n",
    "name: MissingObject\nfields:\n  obj:\n    type: ManagedObjectReference\n  fault:\n    type: LocalizedMethodFault\n",
    "name: PropertyFilterSpec\nfields:\n  propSet:\n    type: PropertySpec\n  objectSet:\n    type: ObjectSpec\n    array: true\n" +
      "  reportMissingObjectsInResults:\n    type: boolean\n    optional: true\n",
  ].flatMap((text) => disagreements("test", text).map((p) => p.problem));
  expect(broken).toEqual([
    "NotEnoughResourcesToStartVmEvent.reason: optional false in test, true by vim25.json",
    'MissingObject.fault: type "LocalizedMethodFault" in test, ["MethodFault","LocalizedMethodFault"] by vim25.json',
    "PropertyFilterSpec.propSet: array false in test, true by vim25.json",
  ]);
});
