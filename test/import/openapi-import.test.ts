/**
 * The VI JSON importer: reading VMware's OpenAPI document (the verbatim excerpt in test/fixtures) reproduces
 * the hand-kept transcriptions field for field, follows inheritance and field types with --closure, imports
 * enums with their value docs, imports methods from the document's operations (a hand-written document in its
 * shape: the excerpt has no paths) as the govmomi-transcribed method files declare them, and never replaces a file
 * unless asked.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { importedSchemas } from "../../src/import/importTypes";
import { BUNDLED_SCHEMAS, FIXTURES, runCli, SESSION_SCHEMAS, tempDir } from "../support/helpers";

const SPEC = path.join(FIXTURES, "vi-json-excerpt.yaml");
const specText = fs.readFileSync(SPEC, "utf8");
const METHOD_SPEC = path.join(FIXTURES, "vi-json-methods.yaml");
const IMPORTED_METHODS = ["CreateCollectorForEvents", "CurrentTime", "PostEvent", "QueryEvents"];
const HAND_KEPT = fs
  .readdirSync(path.join(SESSION_SCHEMAS, "vim25"))
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
    .filter(([name]) => !BEYOND_VI_JSON.has(`${String(schema["name"])}.${name}`))
    .map(([name, f]) => ({
      ...f,
      name,
      description: squash(f["description"]),
    }));
  return { ...schema, description: squash(schema["description"]), fields };
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
  expect(vmEvent.fields?.["template"]).toEqual({ type: "boolean", description: expect.stringContaining("template") });
  expect(() => importedSchemas(specText, SPEC, ["EventEx"], true)).toThrow(
    "refers to KeyAnyValue, which the document does not define",
  );
});

test("an undefined reference names what refers to it: the type that has the field, or the method", () => {
  const spec = [
    "components:",
    "  schemas:",
    "    DataObject: {type: object}",
    "    A:",
    "      allOf: [{$ref: '#/components/schemas/B'}]",
    "    B:",
    "      allOf: [{$ref: '#/components/schemas/DataObject'}]",
    "      properties:",
    "        c: {$ref: '#/components/schemas/Missing'}",
    "paths:",
    "  /Foo/{moId}/DoThat:",
    "    post:",
    "      requestBody:",
    "        content:",
    "          application/json:",
    "            schema:",
    "              type: object",
    "              properties:",
    "                x: {$ref: '#/components/schemas/Gone'}",
    "",
  ].join("\n");
  expect(() => importedSchemas(spec, "spec.yaml", ["A"], true)).toThrow(
    "spec.yaml: B refers to Missing, which the document does not define",
  );
  expect(() => importedSchemas(spec, "spec.yaml", [], true, undefined, ["DoThat"])).toThrow(
    "spec.yaml: method DoThat refers to Gone, which the document does not define",
  );
});

test("a document whose YAML alias holds itself, or expands past any real document, is refused in one line, exit 1", () => {
  const dir = tempDir();
  const write = (name: string, lines: string[]): void => fs.writeFileSync(path.join(dir, name), lines.join("\n"));
  write("circular.yaml", [
    "components:",
    "  schemas:",
    "    DataObject: {type: object}",
    "    C:",
    "      properties:",
    "        loop: &x {nested: *x}",
    "",
  ]);
  // Five levels of ten aliases each: 100,000 nodes from a few lines.
  const levels = ["a: &l0 [x, x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i <= 5; i++)
    levels.push(
      `l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(", ")}]`,
    );
  write("expanding.yaml", [...levels, "components:", "  schemas:", "    DataObject: {type: object}", ""]);
  expect(runCli(["import", "circular.yaml", "--type", "C", "--schemas", "mine"], dir)).toEqual({
    status: 1,
    stdout: "",
    stderr: 'vsphere-typegen: C.loop: a property this importer cannot read ({"nested":"[circular]"})\n',
  });
  const expanding = runCli(["import", "expanding.yaml", "--type", "DataObject", "--schemas", "mine"], dir);
  expect(expanding.status).toBe(1);
  expect(expanding.stderr).toMatch(/^vsphere-typegen: expanding\.yaml: not valid YAML or JSON \(.*alias.*\)\n$/i);
  expect(fs.existsSync(path.join(dir, "mine"))).toBe(false);
});

test("an enum value must be a string (a number is taken as its text), not an object or null", () => {
  const spec = (values: string): string =>
    ["components:", "  schemas:", "    Color_enum:", "      type: string", `      enum: ${values}`, ""].join("\n");
  expect(parse(importedSchemas(spec("[red, 42]"), "s.yaml", ["Color"], false).get("Color") ?? "")).toEqual({
    name: "Color",
    enum: ["red", "42"],
  });
  expect(() => importedSchemas(spec("[red, {a: 1}]"), "s.yaml", ["Color"], false)).toThrow(
    'Color_enum: the enum value {"a":1} is not a string; enum values are names',
  );
  expect(() => importedSchemas(spec("[red, null]"), "s.yaml", ["Color"], false)).toThrow(
    "Color_enum: the enum value null is not a string; enum values are names",
  );
});

test("a MethodFault field takes the fault or its wrapper; an enum keeps each value's doc and since", () => {
  const eventEx = parse(importedSchemas(specText, SPEC, ["EventEx"], false).get("EventEx") ?? "") as Schema;
  expect(eventEx.fields?.["fault"]).toMatchObject({ type: ["MethodFault", "LocalizedMethodFault"], optional: true });
  expect(eventEx.fields?.["arguments"]).toMatchObject({ type: "KeyAnyValue", array: true, optional: true });
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

test("a document whose schema name is a path (../../escaped/Pwned) is refused whole: nothing is written, in the target folder or outside it", () => {
  const dir = tempDir();
  fs.writeFileSync(
    path.join(dir, "spec.yaml"),
    [
      "openapi: 3.0.0",
      'info: { title: x, version: "1" }',
      "paths: {}",
      "components:",
      "  schemas:",
      "    FooThing:",
      "      type: object",
      "      properties:",
      "        _typeName: { type: string }",
      '        other: { $ref: "#/components/schemas/../../escaped/Pwned" }',
      "    ../../escaped/Pwned:",
      "      type: object",
      "      properties:",
      "        _typeName: { type: string }",
      "",
    ].join("\n"),
  );
  const work = path.join(dir, "a", "b");
  fs.mkdirSync(work, { recursive: true });
  const result = runCli(["import", "../../spec.yaml", "--type", "FooThing", "--closure", "--schemas", "target"], work);
  expect(result).toEqual({
    status: 1,
    stdout: "",
    stderr:
      'vsphere-typegen: ../../spec.yaml: "../../escaped/Pwned" is not a name a schema can have (letters, digits and _, starting with a letter); nothing was written\n',
  });
  expect(fs.readdirSync(dir).sort()).toEqual(["a", "spec.yaml"]);
  expect(fs.readdirSync(work)).toEqual([]);
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

test("--force never writes a second declaration of a type the target folder holds in a subfolder", () => {
  const dir = tempDir();
  const sub = path.join(dir, "my-schemas", "events");
  fs.mkdirSync(sub, { recursive: true });
  fs.writeFileSync(path.join(sub, "EventEventSeverity.yaml"), "name: EventEventSeverity\nenum: [kept]\n");
  fs.writeFileSync(path.join(dir, "vsphere-typegen.config.json"), JSON.stringify({ bundled: false }));
  const result = runCli(["import", SPEC, "--type", "EventEventSeverity", "--schemas", "my-schemas", "--force"], dir);
  expect(result.stdout).toContain(
    "kept my-schemas/events/EventEventSeverity.yaml (declared in my-schemas/events, inside my-schemas but not the file import writes, which is all --force replaces)",
  );
  expect(result.stdout).toContain("0 written, 1 kept");
  expect(fs.existsSync(path.join(dir, "my-schemas", "EventEventSeverity.yaml"))).toBe(false);
});

test("an import that cannot work is a usage error in one line: nothing named, no such type or method, the root Any", () => {
  const dir = tempDir();
  const cases: [string[], string][] = [
    [[], "vsphere-typegen: name what to import with --type <Name> or --method <Name> (repeatable)\n"],
    [
      ["--method", "QueryEvents"],
      `vsphere-typegen: ${SPEC} has no method named QueryEvents (it has no /{moType}/{moId}/{Method} operations)\n`,
    ],
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

describe("methods", () => {
  const imported = importedSchemas(
    fs.readFileSync(METHOD_SPEC, "utf8"),
    METHOD_SPEC,
    [],
    false,
    undefined,
    IMPORTED_METHODS,
  );
  const method = (name: string): Record<string, unknown> => parse(imported.get(name) ?? "") as Record<string, unknown>;

  test("an operation becomes a method file: on from the path, params from the request type, returns, faults", () => {
    expect([...imported.keys()].sort()).toEqual(IMPORTED_METHODS);
    expect(method("CreateCollectorForEvents")).toMatchObject({
      name: "CreateCollectorForEvents",
      on: "EventManager",
      params: { filter: { type: "EventFilterSpec", description: "The event query filter." } },
      // The 200's "Refers instance of" line, and the faults the 500's description names.
      returns: { type: "ManagedObjectReference", refersTo: "EventHistoryCollector" },
      faults: ["InvalidArgument", "InvalidState"],
    });
    expect(String(method("CreateCollectorForEvents")["description"])).toMatch(/^Creates an event history collector/);
    // A 204: nothing returned. An optional parameter stays optional; the body's order is kept.
    expect(method("PostEvent")).not.toHaveProperty("returns");
    expect(Object.keys(method("PostEvent")["params"] as object)).toEqual(["eventToPost", "taskInfo"]);
    expect(method("PostEvent")).toMatchObject({ params: { taskInfo: { type: "TaskInfo", optional: true } } });
    // No request body: no parameters but _this. A primitive answer keeps its format.
    expect(method("CurrentTime")).not.toHaveProperty("params");
    expect(method("CurrentTime")).toMatchObject({
      on: "ServiceInstance",
      returns: { type: "string", format: "date-time" },
    });
  });

  test("each imported method declares what the govmomi-transcribed file declares: on, parameters, return value", () => {
    const shape = (m: Record<string, unknown>): unknown => {
      // QueryEvents' eventViewSpec (9.0) is transcribed by hand from the 9.0 document; the fixture is of 8.0's shape.
      const params = Object.entries((m["params"] ?? {}) as Record<string, Record<string, unknown>>)
        .filter(([n]) => n !== "eventViewSpec")
        .map(([n, p]) => ({
          n,
          type: p["type"],
          array: p["array"] === true,
          optional: p["optional"] === true,
          format: p["format"],
        }));
      const r = m["returns"] as Record<string, unknown> | undefined;
      return {
        on: m["on"],
        params,
        returns: r && {
          type: r["type"],
          array: r["array"] === true,
          format: r["format"],
          optional: r["optional"] === true,
        },
      };
    };
    for (const name of IMPORTED_METHODS) {
      const shipped = parse(fs.readFileSync(path.join(BUNDLED_SCHEMAS, "vim25", "methods", `${name}.yaml`), "utf8"));
      expect({ name, ...(shape(method(name)) as object) }).toEqual({ name, ...(shape(shipped) as object) });
    }
  });

  test("the command writes them into methods/ with --closure's types, and generate takes the result", () => {
    const dir = tempDir();
    // Its own schemas only: the bundled ones declare these types already.
    fs.writeFileSync(
      path.join(dir, "vsphere-typegen.config.json"),
      JSON.stringify({ schemas: ["mine"], bundled: false }),
    );
    const imported = runCli(
      ["import", METHOD_SPEC, ...IMPORTED_METHODS.flatMap((m) => ["--method", m]), "--closure", "--schemas", "mine"],
      dir,
    );
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    expect(fs.readdirSync(path.join(dir, "mine", "methods")).sort()).toEqual(IMPORTED_METHODS.map((m) => `${m}.yaml`));
    // The parameter, return and fault types, and their bases, came along.
    for (const type of [
      "EventFilterSpec",
      "Event",
      "TaskInfo",
      "ManagedObjectReference",
      "InvalidArgument",
      "RuntimeFault",
      "MethodFault",
    ])
      expect(fs.existsSync(path.join(dir, "mine", `${type}.yaml`))).toBe(true);
    expect(fs.readFileSync(path.join(dir, "mine", "methods", "QueryEvents.yaml"), "utf8")).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/.*schema-file\.schema\.json\n# Imported from vi-json-methods\.yaml/,
    );
    const generated = runCli(["generate", "--out", "out"], dir);
    expect(generated.stderr).toBe("");
    expect(generated.status).toBe(0);
    const methods = fs.readFileSync(path.join(dir, "out", "methods.ts"), "utf8");
    for (const name of IMPORTED_METHODS) expect(methods).toContain(`${name}: {`);
  });

  test("a method the document lacks is a usage error with a suggestion", () => {
    const result = runCli(["import", METHOD_SPEC, "--method", "QueryEvent", "--schemas", "mine"], tempDir());
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `vsphere-typegen: ${METHOD_SPEC} has no method named QueryEvent (did you mean "QueryEvents"?)\n`,
    );
  });
});
