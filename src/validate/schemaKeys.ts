/**
 * The keys each kind of schema file may hold (a type, an enum, a method, a managed object, a field, a property, a
 * return value, an enum value) and
 * the values of `subtypes`: one table that the readers check files against and the editors' JSON Schema
 * (jsonSchema.ts) is built from, so that the two cannot disagree.
 */

export const TYPE_KEYS = ["name", "extends", "description", "since", "deprecated", "subtypes", "fields"] as const;
export const ENUM_KEYS = ["name", "description", "since", "deprecated", "enum"] as const;
export const METHOD_KEYS = [
  "name",
  "on",
  "description",
  "since",
  "deprecated",
  "privilege",
  "params",
  "returns",
  "taskResult",
  "faults",
] as const;
/** A managed object type (`VirtualMachine`): its base managed object and its properties. */
export const MANAGED_OBJECT_KEYS = ["name", "extends", "description", "since", "deprecated", "properties"] as const;
/** The keys of a method's return value: a field's, less what only a member has. */
export const RETURN_KEYS = ["type", "format", "array", "optional", "description", "refersTo", "enumHint"] as const;
export const FIELD_KEYS = [
  "type",
  "format",
  "array",
  "optional",
  "description",
  "since",
  "deprecated",
  "refersTo",
  "enumHint",
  "govmomiName",
] as const;
/** The keys of a managed object's property: a field's, less the govmomi JSON name (properties are not members). */
export const PROPERTY_KEYS = FIELD_KEYS.filter((key) => key !== "govmomiName");
export const VALUE_KEYS = ["description", "since", "deprecated"] as const;
export const SUBTYPES = ["open", "closed"] as const;
