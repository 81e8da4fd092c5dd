/**
 * The VI JSON importer: reading VMware's OpenAPI document (the verbatim excerpt in test/fixtures) reproduces
 * the hand-kept transcriptions field for field, follows inheritance and field types with --closure, imports
 * enums with their value docs, and never replaces a file unless asked.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { importedSchemas } from "../src/import/importTypes";
import { BUNDLED_SCHEMAS, FIXTURES, runCli, tempDir } from "./helpers";

const SPEC = path.join(FIXTURES, "vi-json-excerpt.yaml");
const specText = fs.readFileSync(SPEC, "utf8");
const HAND_KEPT = fs
  .readdirSync(path.join(__dirname, "schemas", "vim25"))
  .map((f) => f.replace(/\.yaml$/, ""))
  .sort();

type Schema = Record<string, unknown> & { fields?: Record<string, Record<string, unknown>> };

const squash = (text: unknown): string =>
  String(text ?? "")
    .replace(/\s+/g, " ")
    .trim();

/** What must match: every key but descriptions exactly, descriptions up to whitespace. */
/** Fields the bundled schemas add beyond VI JSON, with why: the import cannot produce them. */
const BEYOND_VI_JSON: ReadonlySet<string> = new Set([
  // govmomi's references carry it (Go field ServerGUID); events relayed from govmomi may have it.
  "ManagedObjectReference.serverGuid",
]);

function comparable(schema: Schema): unknown {
  const fields = Object.entries(schema.fields ?? {})
    .filter(([name]) => !BEYOND_VI_JSON.has(`${String(schema.name)}.${name}`))
    .map(([name, f]) => ({
      ...f,
      name,
      description: squash(f.description),
    }));
  return { ...schema, description: squash(schema.description), fields };
}

test("importing the 22 shipped types from the VI JSON excerpt reproduces the hand-kept YAML field for field", () => {
  expect(HAND_KEPT).toHaveLength(22);
  const imported = importedSchemas(specText, SPEC, HAND_KEPT, false);
  expect([...imported.keys()].sort()).toEqual(HAND_KEPT);
  for (const name of HAND_KEPT) {
    const mine = parse(fs.readFileSync(path.join(BUNDLED_SCHEMAS, "vim25", `${name}.yaml`), "utf8")) as Schema;
    const theirs = parse(imported.get(name) ?? "") as Schema;
    expect({ name, schema: comparable(theirs) }).toEqual({ name, schema: comparable(mine) });
  }
});

test("--closure follows bases and field types; an undefined reference is named", () => {
  const imported = importedSchemas(specText, SPEC, ["VmPoweredOnEvent"], true);
  expect([...imported.keys()].sort()).toEqual(
    [
      "ComputeResourceEventArgument",
      "DatacenterEventArgument",
      "DatastoreEventArgument",
      "DvsEventArgument",
      "DynamicData",
      "EntityEventArgument",
      "Event",
      "EventArgument",
      "HostEventArgument",
      "ManagedObjectReference",
      "NetworkEventArgument",
      "TgwEventArgument",
      "VmEvent",
      "VmEventArgument",
      "VmPoweredOnEvent",
    ].sort(),
  );
  const vmEvent = parse(imported.get("VmEvent") ?? "") as Schema;
  expect(vmEvent).toMatchObject({ name: "VmEvent", extends: "Event", subtypes: "open" });
  expect(vmEvent.fields?.template).toEqual({ type: "boolean", description: expect.stringContaining("template") });
  expect(() => importedSchemas(specText, SPEC, ["EventEx"], true)).toThrow(
    "refers to KeyAnyValue, which the document does not define",
  );
});

test("a MethodFault field takes the fault or its wrapper; an enum keeps each value's doc and since", () => {
  const eventEx = parse(importedSchemas(specText, SPEC, ["EventEx"], false).get("EventEx") ?? "") as Schema;
  expect(eventEx.fields?.fault).toMatchObject({ type: ["MethodFault", "LocalizedMethodFault"], optional: true });
  expect(eventEx.fields?.arguments).toMatchObject({ type: "KeyAnyValue", array: true, optional: true });
  const severity = parse(
    importedSchemas(specText, SPEC, ["EventEventSeverity"], false).get("EventEventSeverity") ?? "",
  );
  expect(severity).toEqual({
    name: "EventEventSeverity",
    description: "Severity level constants.",
    enum: {
      error: { description: "Something that must be corrected" },
      warning: { description: "Should be corrected, but the system can continue operating normally" },
      info: { description: "An informational message" },
      user: { description: "A user-related message" },
    },
  });
});

test("the command writes new files, keeps existing ones unless --force, never declares a type twice", () => {
  const dir = tempDir();
  const mine = path.join(dir, "my-schemas");
  fs.mkdirSync(mine);
  fs.writeFileSync(path.join(mine, "EventEventSeverity.yaml"), "name: EventEventSeverity\nenum: [kept]\n");
  // A project of its own schemas only: with the bundled ones, every type of the excerpt is declared already.
  fs.writeFileSync(
    path.join(dir, "vsphere-typegen.config.json"),
    JSON.stringify({ schemas: ["my-schemas"], bundled: false }),
  );
  const first = runCli(
    ["import", SPEC, "--type", "EventEventSeverity", "--type", "VmPoweredOnEvent", "--schemas", "my-schemas"],
    dir,
  );
  expect(first.stderr).toBe("");
  expect(first.stdout).toContain(
    "kept my-schemas/EventEventSeverity.yaml (already in my-schemas; --force replaces it)",
  );
  // VmPoweredOnEvent extends VmEvent, which nothing declares here: generate would fail, and the command says why.
  expect(first.stdout).toMatch(
    /1 written, 1 kept; the files refer to VmEvent, which no schema declares, so generate would fail: run the same import with --closure to bring them in too\n$/,
  );
  expect(first.status).toBe(1);
  expect(fs.existsSync(path.join(mine, "VmPoweredOnEvent.yaml"))).toBe(true);
  expect(fs.readFileSync(path.join(mine, "EventEventSeverity.yaml"), "utf8")).toBe(
    "name: EventEventSeverity\nenum: [kept]\n",
  );
  const forced = runCli(["import", SPEC, "--type", "EventEventSeverity", "--schemas", "my-schemas", "--force"], dir);
  expect(forced.stdout).toContain("1 written, 0 kept");
  expect(fs.readFileSync(path.join(mine, "EventEventSeverity.yaml"), "utf8")).toContain("warning:");
  // With the bundled schemas, a type they declare is never written again (it would be declared twice).
  fs.rmSync(path.join(dir, "vsphere-typegen.config.json"));
  const bundled = runCli(["import", SPEC, "--type", "VmEvent", "--schemas", "my-schemas", "--force"], dir);
  expect(bundled.stdout).toContain("0 written, 1 kept");
  // --force cannot act on the bundled files, so the line does not offer it.
  expect(bundled.stdout).toContain("(the bundled schemas declare it)");
  expect(bundled.stdout).not.toContain("--force");
  const missing = runCli(["import", "nope.yaml", "--type", "X", "--schemas", "my-schemas"], dir);
  expect(missing.status).toBe(1);
  expect(missing.stderr).toBe("vsphere-typegen: nope.yaml: no such file; pass the VI JSON document (vi-json.yaml)\n");
});

test("an import that cannot work is a usage error in one line: no --type, no such type, the root Any", () => {
  const dir = tempDir();
  const cases: [string[], string][] = [
    [[], "vsphere-typegen: name the types to import with --type <Name> (repeatable)\n"],
    [
      ["--type", "UserLogoutSesionEvent"],
      `vsphere-typegen: ${SPEC} has no type or enum named UserLogoutSesionEvent (did you mean "UserLogoutSessionEvent"?)\n`,
    ],
    [
      ["--type", "Any"],
      "vsphere-typegen: Any is VI JSON's root of every value (xsd:anyType), which schemas do not declare; name a data type or an enum\n",
    ],
  ];
  for (const [flags, stderr] of cases) {
    const result = runCli(["import", SPEC, ...flags, "--schemas", "my-schemas"], dir);
    expect({ flags, status: result.status, stderr: result.stderr, stdout: result.stdout }).toEqual({
      flags,
      status: 2,
      stderr,
      stdout: "",
    });
  }
  expect(fs.readdirSync(dir)).toEqual([]);
});
