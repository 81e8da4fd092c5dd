/**
 * typia 12 as a peer: its validators are produced ahead of time by `typia generate` (a TypeScript
 * transform) from types carrying typia's tags, written here from the schema model. `npm run bench` builds
 * them with the benchmark's own TypeScript 5 (typia does not support TypeScript 6).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { typeNamesOf, type FieldModel, type Model } from "../../src/model/ir";

function tsType(field: FieldModel): string {
  let t: string;
  if (field.type.kind === "object") t = `Slot_${field.type.typeName}`;
  else if (field.type.kind === "any") t = "unknown";
  else if (field.type.kind === "enum") t = "string";
  else if (field.type.kind === "union") t = field.type.typeNames.map((n) => `Slot_${n}`).join(" | ");
  else {
    switch (field.type.format) {
      case "int8":
      case "int16":
      case "int32":
        t = 'number & tags.Type<"int32">';
        break;
      case "int64":
        t = 'number & tags.Type<"int64">';
        break;
      case "double":
        t = "number";
        break;
      case "boolean":
        t = "boolean";
        break;
      case "date-time":
        t = 'string & tags.Format<"date-time">';
        break;
      default:
        t = "string";
    }
  }
  return field.array ? `Array<${t}>` : t;
}

/** TypeScript source with typia-tagged types for every schema type, and `is_R`/`validate_R` for each root R. */
export function typiaSource(model: Model, roots: readonly string[]): string {
  const lines = ['import typia, { tags } from "typia";', ""];
  for (const type of model.types) {
    const fields = type.allFields.map((f) => `  ${f.name}${f.optional ? "?" : ""}: ${tsType(f)};`);
    lines.push(`export interface Exact_${type.name} {`, `  _typeName: ${JSON.stringify(type.name)};`, ...fields, "}");
    lines.push(
      `export type Slot_${type.name} = ${typeNamesOf(type)
        .map((n) => `Exact_${n}`)
        .join(" | ")};`,
      "",
    );
  }
  for (const root of roots) {
    lines.push(`export const is_${root} = typia.createIs<Slot_${root}>();`);
    lines.push(`const validator_${root} = typia.createValidate<Slot_${root}>();`);
    lines.push(`export const validate_${root} = (value: unknown): boolean => validator_${root}(value).success;`);
  }
  return `${lines.join("\n")}\n`;
}

/** The validators for `root` built in `build` (smoke.ts's buildDir), or undefined when they have not been generated. */
export function typiaValidators(
  build: string,
  root: string,
): { is: (v: unknown) => boolean; validate: (v: unknown) => boolean } | undefined {
  const file = path.join(build, "typia-js", "validators.js");
  if (!fs.existsSync(file)) return undefined;
  const built = createRequire(file)(file) as Record<string, (v: unknown) => boolean>;
  const is = built[`is_${root}`];
  const validate = built[`validate_${root}`];
  return is === undefined || validate === undefined ? undefined : { is, validate };
}
