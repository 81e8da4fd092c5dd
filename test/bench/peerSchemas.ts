/**
 * The peers' schemas, derived from the same schema model as the generated code so that every validator
 * checks the same rules: a JSON Schema for ajv (polymorphic slots as a discriminated `oneOf`) and a zod
 * schema (discriminated unions). Inheritance is flattened, as on the wire.
 */
import { typeNamesOf, typeOf, type FieldModel, type Model } from "../../src/model/ir";

type JsonSchema = Record<string, unknown>;

function primitiveSchema(field: FieldModel): JsonSchema {
  if (field.type.kind !== "primitive") return {};
  switch (field.type.format) {
    case "string":
      return { type: "string" };
    case "boolean":
      return { type: "boolean" };
    case "int8":
      return { type: "integer", minimum: -128, maximum: 127 };
    case "int16":
      return { type: "integer", minimum: -32768, maximum: 32767 };
    case "int32":
      return { type: "integer", format: "int32" };
    case "int64":
      return { type: "integer", format: "int64" };
    case "double":
      return { type: "number" };
    case "date-time":
      return { type: "string", format: "date-time" };
    case "base64":
      return { type: "string", format: "byte" };
  }
}

/** JSON Schema (draft 7 with ajv's discriminator) for a value declared as `root`. */
export function jsonSchemaOf(model: Model, root: string): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  for (const type of model.types) {
    const properties: Record<string, JsonSchema> = { _typeName: { const: type.name } };
    for (const field of type.allFields) {
      const t = field.type;
      const element =
        t.kind === "object"
          ? { $ref: `#/definitions/slot_${t.typeName}` }
          : t.kind === "union"
            ? { anyOf: t.typeNames.map((n) => ({ $ref: `#/definitions/slot_${n}` })) }
            : t.kind === "enum"
              ? { type: "string" }
              : t.kind === "any"
                ? { type: "object", required: ["_typeName"] }
                : primitiveSchema(field);
      properties[field.name] = field.array ? { type: "array", items: element } : element;
    }
    defs[`exact_${type.name}`] = {
      type: "object",
      required: ["_typeName", ...type.allFields.filter((f) => !f.optional).map((f) => f.name)],
      properties,
    };
    defs[`slot_${type.name}`] = type.polymorphic
      ? {
          type: "object",
          discriminator: { propertyName: "_typeName" },
          required: ["_typeName"],
          oneOf: typeNamesOf(type).map((n) => ({ $ref: `#/definitions/exact_${n}` })),
        }
      : { $ref: `#/definitions/exact_${type.name}` };
  }
  return { $ref: `#/definitions/slot_${root}`, definitions: defs };
}

/** The slice of zod's API the benchmark uses. */
export interface Zod {
  object(shape: Record<string, unknown>): ZodType;
  literal(value: string): ZodType;
  string(): ZodType & { optional(): ZodType };
  boolean(): ZodType;
  number(): ZodType & { int(): ZodType & { min(n: number): { max(n: number): ZodType } } };
  int(): ZodType;
  array(element: ZodType): ZodType;
  discriminatedUnion(key: string, options: ZodType[]): ZodType;
  union(options: ZodType[]): ZodType;
  lazy(get: () => ZodType): ZodType;
  iso: { datetime(options: { offset: boolean }): ZodType };
}
export interface ZodType {
  optional(): ZodType;
  safeParse(value: unknown): { success: boolean };
}

/** A zod schema for a value declared as `root`. */
export function zodSchemaOf(z: Zod, model: Model, root: string): ZodType {
  const exact = new Map<string, ZodType>();
  const slot = new Map<string, ZodType>();
  const primitive = (field: FieldModel): ZodType => {
    if (field.type.kind !== "primitive") throw new Error("not a primitive");
    switch (field.type.format) {
      case "string":
      case "base64":
        return z.string();
      case "boolean":
        return z.boolean();
      case "int8":
        return z.number().int().min(-128).max(127);
      case "int16":
        return z.number().int().min(-32768).max(32767);
      case "int32":
        return z.number().int().min(-2147483648).max(2147483647);
      case "int64":
        return z.int();
      case "double":
        return z.number();
      case "date-time":
        return z.iso.datetime({ offset: true });
    }
  };
  const exactOf = (name: string): ZodType => {
    const known = exact.get(name);
    if (known !== undefined) return known;
    const shape: Record<string, ZodType> = { _typeName: z.literal(name) };
    for (const field of typeOf(model, name).allFields) {
      const t = field.type;
      const element =
        t.kind === "object"
          ? z.lazy(() => slotOf(t.typeName))
          : t.kind === "union"
            ? z.lazy(() => z.union(t.typeNames.map(slotOf)))
            : t.kind === "enum"
              ? z.string()
              : t.kind === "any"
                ? z.object({ _typeName: z.string() })
                : primitive(field);
      const value = field.array ? z.array(element) : element;
      shape[field.name] = field.optional ? value.optional() : value;
    }
    const schema = z.object(shape);
    exact.set(name, schema);
    return schema;
  };
  const slotOf = (name: string): ZodType => {
    const known = slot.get(name);
    if (known !== undefined) return known;
    const type = typeOf(model, name);
    const schema = type.polymorphic ? z.discriminatedUnion("_typeName", typeNamesOf(type).map(exactOf)) : exactOf(name);
    slot.set(name, schema);
    return schema;
  };
  return slotOf(root);
}
