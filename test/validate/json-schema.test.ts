/**
 * The JSON Schema of the schema-file format that editors use (schemas/schema-file.schema.json): current with the
 * validator's tables, referenced by every shipped schema file, accepting all of them, and rejecting every case of
 * the bad-schema corpus that a single file's shape can show; and the config file's (schemas/config.schema.json).
 */
import Ajv from "ajv";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseDocument } from "yaml";
import { ConfigError, parseConfigText } from "../../src/config/configFile";
import { CONFIG_SCHEMA_FILE, configJsonSchema, configSchemaText } from "../../src/config/configSchema";
import { JSON_SCHEMA_FILE, jsonSchemaText, modeline } from "../../src/validate/jsonSchema";
import { BUNDLED_SCHEMAS, REPO, runCli, tempDir } from "../support/helpers";

const SHIPPED = path.join(BUNDLED_SCHEMAS, JSON_SCHEMA_FILE);
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(SHIPPED, "utf8")) as object);

/** The data of a YAML text, or `undefined` when it is not YAML (the editor's YAML parser says so, not the schema). */
function yamlData(text: string): { data: unknown } | undefined {
  const document = parseDocument(text, { uniqueKeys: true });
  return document.errors.length > 0 ? undefined : { data: document.toJS() };
}

/** Corpus cases that no JSON Schema of one file can reject, with why. */
const NOT_EXPRESSIBLE: Readonly<Record<string, string>> = {
  "array-decoder-collision": "names generated for two different types collide",
  "colliding-generated-names": "names generated for two different types collide",
  "file-named-after-another-type": "the file name is not part of the data",
  "redeclared-field": "the base type's fields are in another file",
  "self-cycle": "a cycle is a property of the set of types",
  "three-type-cycle": "a cycle is a property of the set of types",
  "type-defined-twice": "two files are involved",
  "unknown-base": "whether a type exists depends on the other files",
  "unknown-schema-type": "whether a type exists depends on the other files",
  "duplicate-key": "not valid YAML for the editor's parser, which reports it before any schema",
  "tab-indentation": "not valid YAML for the editor's parser, which reports it before any schema",
  "yaml-syntax": "not valid YAML for the editor's parser, which reports it before any schema",
};

test("the shipped JSON Schema is the one the validator's tables give", () => {
  expect(fs.readFileSync(SHIPPED, "utf8")).toBe(jsonSchemaText());
});

test("the shipped JSON Schema of the config file is the one the config reader's table gives", () => {
  expect(fs.readFileSync(path.join(path.dirname(SHIPPED), CONFIG_SCHEMA_FILE), "utf8")).toBe(configSchemaText());
});

test("the config file's JSON Schema accepts what the reader accepts and rejects what it rejects", () => {
  const validate = new Ajv({ strict: true }).compile(configJsonSchema());
  const good = { $schema: "x", schemas: ["a"], out: "o", bundled: false, int64: "bigint", unknownMembers: "strip" };
  expect(validate(good)).toBe(true);
  expect(() => parseConfigText(JSON.stringify(good), "c.json")).not.toThrow();
  for (const bad of [
    { int46: "bigint" },
    { dateTime: "date" },
    { schemas: "a" },
    { out: 3 },
    { bundled: "no" },
    // What the reader refuses, the editor's schema refuses too: an empty folder name, an empty subset.
    { out: "" },
    { runtimeFrom: "" },
    { types: [] },
  ]) {
    expect({ bad, valid: validate(bad) }).toEqual({ bad, valid: false });
    expect(() => parseConfigText(JSON.stringify(bad), "c.json")).toThrow(ConfigError);
  }
});

test("every shipped schema file names it on its first line and is accepted by it", () => {
  // Data types and enums; the methods (vim25/methods/) are checked in test/wires/method-calls.test.ts.
  const files = fs.readdirSync(path.join(BUNDLED_SCHEMAS, "vim25")).filter((f) => f.endsWith(".yaml"));
  expect(files.length).toBeGreaterThan(600);
  const rejected: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(BUNDLED_SCHEMAS, "vim25", file), "utf8");
    expect(text.split("\n")[0]).toBe(modeline(`../${JSON_SCHEMA_FILE}`));
    const parsed = yamlData(text);
    if (parsed === undefined || !validate(parsed.data)) rejected.push(`${file}: ${JSON.stringify(validate.errors)}`);
  }
  expect(rejected).toEqual([]);
});

test("it rejects every bad-schema corpus case that one file's shape can show", () => {
  const corpus = path.join(REPO, "test", "bad-schemas");
  const outcome: Record<string, string> = {};
  for (const name of fs.readdirSync(corpus).sort()) {
    const dir = path.join(corpus, name);
    const texts = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    const parsed = texts.map(yamlData);
    outcome[name] = parsed.some((p) => p === undefined)
      ? "not YAML"
      : parsed.some((p) => p !== undefined && !validate(p.data))
        ? "rejected"
        : "accepted";
  }
  const expected = Object.fromEntries(
    Object.keys(outcome).map((name) => [
      name,
      NOT_EXPRESSIBLE[name] === undefined
        ? "rejected"
        : NOT_EXPRESSIBLE[name]?.startsWith("not valid YAML")
          ? "not YAML"
          : "accepted",
    ]),
  );
  expect(outcome).toEqual(expected);
  expect(Object.values(outcome).filter((o) => o === "rejected").length).toBeGreaterThanOrEqual(25);
});

test("it points at the key that is wrong, as an editor underlines it", () => {
  const check = (text: string): string[] => {
    validate(yamlData(text)?.data);
    return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
  };
  expect(check("name: A\nfields:\n  x:\n    type: string\n    optinal: true\n")).toContain(
    '/fields/x must NOT have additional properties {"additionalProperty":"optinal"}',
  );
  expect(check("name: A\nfields:\n  x:\n    type: integer\n    format: int46\n").join("\n")).toContain(
    "/fields/x/format must be equal to one of the allowed values",
  );
  expect(check("name: A\nfields:\n  x:\n    type: integer\n")).toContain(
    `/fields/x must have required property 'format' {"missingProperty":"format"}`,
  );
  expect(check("name: Color\nenum: [red, green]\n")).toEqual([]);
  expect(check('name: Color\nenum:\n  red:\n    since: "8.0.0.1"\n  green:\n')).toEqual([]);
  expect(check("name: Color\nenum:\n  red:\n    since: 8.0\n").join("\n")).toContain("/enum/red/since must be string");
});

test("new writes the editor's line with a path from the stub's folder that reaches the JSON Schema", () => {
  const dir = tempDir();
  const created = runCli(["new", "MyEvent", "--extends", "SessionEvent", "--schemas", "my/schemas"], dir);
  expect(created.status).toBe(0);
  const text = fs.readFileSync(path.join(dir, "my", "schemas", "MyEvent.yaml"), "utf8");
  const ref = /^# yaml-language-server: \$schema=(.+)$/m.exec(text.split("\n")[0] ?? "")?.[1] ?? "";
  expect(fs.readFileSync(path.resolve(dir, "my", "schemas", ref), "utf8")).toBe(jsonSchemaText());
  // The stub as written is a valid schema file for the editor too.
  expect(validate(yamlData(text)?.data)).toBe(true);
});
