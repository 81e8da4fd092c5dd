/**
 * The schema-file format as a JSON Schema (draft-07), for editors: the YAML language server completes keys and flags
 * mistakes as you type when a file's first line is `# yaml-language-server: $schema=<path>`. It is built from the
 * validator's own tables (keys, formats, name rules, reserved names), so the two cannot drift apart; the validator
 * stays the authority for what a schema set means (bases, cycles, collisions), which a JSON Schema cannot see.
 *
 * Run: `node dist/src/validate/jsonSchema.js <file>` writes it (`npm run generate` writes schemas/).
 */
import * as fs from "node:fs";
import { FORMATS, SCHEMA_PRIMITIVE_TYPES, SCHEMA_TYPE_KEYWORDS } from "../formats";
import { FIELD_NAME, METHOD_NAME, RESERVED_FIELD_NAMES, RESERVED_TYPE_NAMES, TYPE_NAME } from "./names";
import {
  ENUM_KEYS,
  FIELD_KEYS,
  MANAGED_OBJECT_KEYS,
  METHOD_KEYS,
  PROPERTY_KEYS,
  RETURN_KEYS,
  SUBTYPES,
  TYPE_KEYS,
  VALUE_KEYS,
} from "./schemaKeys";
import { VERSION } from "./yamlReader";

/** The file name the JSON Schema is shipped under, in the bundled schemas folder. */
export const JSON_SCHEMA_FILE = "schema-file.schema.json";

/** The first line of a schema file that points editors at the JSON Schema at `ref` (a path relative to the file). */
export function modeline(ref: string): string {
  return `# yaml-language-server: $schema=${ref}`;
}

type JsonSchema = Record<string, unknown>;

const text = (description: string): JsonSchema => ({ type: "string", description });

function documentation(): Record<string, JsonSchema> {
  return {
    description: text("The API reference's description; Markdown and {@link} are kept as written."),
    since: {
      type: "string",
      pattern: VERSION.source,
      description: 'The release that introduced it, quoted: "9.1.0.0".',
    },
    deprecated: {
      anyOf: [{ type: "boolean" }, { type: "string" }],
      description: "true, or a text saying what to use instead.",
    },
  };
}

/** Keeps the properties in the order the validator lists its keys. */
function pick(keys: readonly string[], all: Record<string, JsonSchema>): Record<string, JsonSchema> {
  return Object.fromEntries(keys.map((key) => [key, all[key] ?? {}]));
}

const typeName = (description: string): JsonSchema => ({
  type: "string",
  pattern: TYPE_NAME.source,
  // As isReservedTypeName: the reserved names, and ArrayOf<T>, the wires' name for a box of T values.
  not: { anyOf: [{ enum: [...RESERVED_TYPE_NAMES].sort() }, { pattern: "^ArrayOf" }] },
  description,
});

const fieldName: JsonSchema = {
  type: "string",
  pattern: FIELD_NAME.source,
  not: { enum: [...RESERVED_FIELD_NAMES.keys()].sort() },
};

/** `format` as the formats table allows it: required for integer, one of the type's formats, or none at all. */
function formatRules(): JsonSchema[] {
  return SCHEMA_PRIMITIVE_TYPES.map((primitive) => {
    const allowed = FORMATS.filter((f) => f.schemaType === primitive && f.schemaFormat !== undefined).map(
      (f) => f.schemaFormat,
    );
    return {
      if: { type: "object", properties: { type: { const: primitive } }, required: ["type"] },
      then:
        allowed.length === 0
          ? { not: { required: ["format"] } }
          : { properties: { format: { enum: allowed } }, ...(primitive === "integer" ? { required: ["format"] } : {}) },
    };
  });
}

function field(keys: readonly string[] = FIELD_KEYS): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    type: {
      description: `${SCHEMA_TYPE_KEYWORDS.join(", ")}, a schema type name, or a list of schema object types.`,
      oneOf: [
        { type: "string", anyOf: [{ enum: [...SCHEMA_TYPE_KEYWORDS] }, { pattern: TYPE_NAME.source }] },
        { type: "array", minItems: 2, uniqueItems: true, items: { type: "string", pattern: TYPE_NAME.source } },
      ],
    },
    format: {
      type: "string",
      description: "For integer: int8, int16, int32, int64 (required); for string: date-time or byte.",
    },
    array: { type: "boolean", description: "The field holds a list of values." },
    optional: { type: "boolean", description: "Absent when unset; leave out for a required field." },
    ...documentation(),
    refersTo: text("The managed object type a ManagedObjectReference field refers to."),
    enumHint: text("The enum whose values a string field holds, when the API reference only names it."),
    govmomiName: { ...fieldName, description: "The member name in govmomi JSON, when it is not the capitalised one." },
  };
  return {
    type: "object",
    required: ["type"],
    additionalProperties: false,
    properties: pick(keys, properties),
    allOf: [
      ...formatRules(),
      {
        if: { type: "object", properties: { type: { type: "array" } }, required: ["type"] },
        then: { not: { required: ["format"] } },
      },
      {
        if: {
          type: "object",
          properties: { type: { not: { enum: [...SCHEMA_PRIMITIVE_TYPES] } } },
          required: ["type"],
        },
        then: { not: { required: ["format"] } },
      },
    ],
  };
}

export function schemaFileJsonSchema(): JsonSchema {
  const typeFile = {
    type: "object",
    required: ["name"],
    additionalProperties: false,
    properties: pick(TYPE_KEYS, {
      name: typeName("The type's name, as the file's name: UserLogoutSessionEvent."),
      extends: typeName("The base type, declared in a schema file: SessionEvent."),
      subtypes: {
        enum: [...SUBTYPES],
        description: "open when vSphere has subtypes that no schema declares (they decode as this type).",
      },
      fields: {
        description: "The fields the type declares itself, in wire order (inherited ones are not repeated).",
        oneOf: [
          { type: "null" },
          { type: "object", propertyNames: fieldName, additionalProperties: { $ref: "#/definitions/field" } },
        ],
      },
      ...documentation(),
    }),
  };
  const enumValue = {
    oneOf: [
      { type: "null" },
      { type: "object", additionalProperties: false, properties: pick(VALUE_KEYS, documentation()) },
    ],
  };
  const enumFile = {
    type: "object",
    required: ["name", "enum"],
    additionalProperties: false,
    properties: pick(ENUM_KEYS, {
      name: typeName("The enum's name, as the file's name: ManagedEntityStatus."),
      enum: {
        description: "The values: a list, or a mapping from each value to its description, since and deprecated.",
        oneOf: [
          { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
          {
            type: "object",
            minProperties: 1,
            propertyNames: { minLength: 1 },
            additionalProperties: enumValue,
          },
        ],
      },
      ...documentation(),
    }),
  };
  const methodFile = {
    type: "object",
    required: ["name", "on"],
    additionalProperties: false,
    properties: pick(METHOD_KEYS, {
      name: {
        type: "string",
        pattern: METHOD_NAME.source,
        not: { enum: Object.getOwnPropertyNames(Object.prototype).sort() },
        description: "The method's name (its WSDL operation's), as the file's name: QueryEvents.",
      },
      on: typeName("The managed object type the method is called on: EventManager."),
      params: {
        description: "The parameters after _this, in WSDL order, each written as a field is.",
        oneOf: [
          { type: "null" },
          {
            type: "object",
            propertyNames: { ...fieldName, not: { enum: ["_this", ...RESERVED_FIELD_NAMES.keys()].sort() } },
            additionalProperties: { $ref: "#/definitions/field" },
          },
        ],
      },
      returns: { $ref: "#/definitions/returns" },
      taskResult: {
        $ref: "#/definitions/returns",
        description: "For a *_Task method: what its task reports as info.result on success, written as returns is.",
      },
      privilege: {
        type: "string",
        description: "The privilege the call needs on the object: VirtualMachine.Interact.PowerOn.",
      },
      faults: {
        type: "array",
        uniqueItems: true,
        items: { type: "string", pattern: TYPE_NAME.source },
        description: "The MethodFault subtypes the reference documents for the method.",
      },
      ...documentation(),
    }),
  };
  const managedObjectFile = {
    type: "object",
    required: ["name", "properties"],
    additionalProperties: false,
    properties: pick(MANAGED_OBJECT_KEYS, {
      name: typeName("The managed object type's name, as the file's name: VirtualMachine."),
      extends: typeName("The base managed object type, declared in a schema file: ManagedEntity."),
      properties: {
        description:
          "The properties the type declares itself (inherited ones are not repeated), each written as a field is; {} for none.",
        oneOf: [
          { type: "null" },
          { type: "object", propertyNames: fieldName, additionalProperties: { $ref: "#/definitions/property" } },
        ],
      },
      ...documentation(),
    }),
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "vsphere-typegen schema file",
    description:
      "One vSphere data type (name, extends, fields), enum (name, enum), method (name, on, params, returns) or " +
      "managed object type (name, extends, properties) " +
      "transcribed from the API reference. " +
      "Generated from the validator's tables by src/validate/jsonSchema.ts.",
    definitions: { field: field(), returns: field(RETURN_KEYS), property: field(PROPERTY_KEYS) },
    type: "object",
    if: { type: "object", required: ["on"] },
    then: methodFile,
    else: {
      if: { type: "object", required: ["enum"] },
      then: enumFile,
      else: { if: { type: "object", required: ["properties"] }, then: managedObjectFile, else: typeFile },
    },
  };
}

/** The JSON Schema as the file holds it. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(schemaFileJsonSchema(), null, 2)}\n`;
}

/** The entry point of `npm run generate`'s schema steps: writes `text` to the file named by `argv[2]` if it differs. */
export function writeWhenChanged(argv: readonly string[], text: string, script: string): void {
  const file = argv[2];
  if (file === undefined) {
    console.error(`usage: node ${script} <file>`);
    process.exitCode = 2;
  } else if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) {
    fs.writeFileSync(file, text);
  }
}

if (require.main === module) writeWhenChanged(process.argv, jsonSchemaText(), "dist/src/validate/jsonSchema.js");
