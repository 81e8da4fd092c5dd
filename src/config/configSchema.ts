/**
 * The JSON Schema of the config file, built from `CONFIG_KEYS` (so it cannot drift from the reader), shipped as
 * `schemas/config.schema.json` for editors: a config file that names it in `$schema` gets completion and checks.
 */
import { writeWhenChanged } from "../validate/jsonSchema";
import { CONFIG_KEYS, type ConfigKey } from "./configFile";

export const CONFIG_SCHEMA_FILE = "config.schema.json";

function property(spec: ConfigKey): Record<string, unknown> {
  const description = spec.description;
  switch (spec.kind) {
    case "string":
      // A folder named by an empty string is refused by the reader (configFile.ts); `$schema` is the editor's.
      return { description, type: "string", ...(spec.key === "$schema" ? {} : { minLength: 1 }) };
    case "boolean":
      return { description, type: "boolean" };
    case "folders":
      return { description, type: "array", items: { type: "string", minLength: 1 } };
    case "names":
      // No names is refused by the reader: it would not mean "every type" (`["all"]` does).
      return { description, type: "array", minItems: 1, items: { type: "string", minLength: 1 } };
    case "choice":
      return { description, enum: [...(spec.values ?? [])], default: spec.values?.[0] };
  }
}

export function configJsonSchema(): Record<string, unknown> {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "vsphere-typegen.config.json",
    description:
      "Where vsphere-typegen reads schemas and writes its output, and the options of the generated code. " +
      "Flags given on the command line win over it. Generated from src/config/configFile.ts.",
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(CONFIG_KEYS.map((k) => [k.key, property(k)])),
  };
}

/** The JSON Schema as the file holds it. */
export function configSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

if (require.main === module) writeWhenChanged(process.argv, configSchemaText(), "dist/src/config/configSchema.js");
