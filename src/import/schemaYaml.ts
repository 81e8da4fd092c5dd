/**
 * Writes schema files in this project's YAML format from plain descriptions of a type, an enum, a method or a managed
 * object type. Shared by the catalogue transcription and the `import` command, so that both write the same layout the
 * hand-kept files use: keys in a fixed order, versions quoted, long text unfolded, multi-line text as a block.
 */
import { Document, Scalar, YAMLMap } from "yaml";

export interface FieldText {
  readonly name: string;
  /** One type, or the object types a value may be (`[MethodFault, LocalizedMethodFault]`). */
  readonly type: string | readonly string[];
  readonly format?: string | undefined;
  readonly array?: boolean | undefined;
  readonly optional?: boolean | undefined;
  readonly since?: string | undefined;
  readonly deprecated?: string | boolean | undefined;
  readonly refersTo?: string | undefined;
  readonly enumHint?: string | undefined;
  readonly description?: string | undefined;
}

export interface TypeText {
  readonly kind: "type";
  readonly name: string;
  readonly extends?: string | undefined;
  readonly open?: boolean | undefined;
  readonly since?: string | undefined;
  readonly deprecated?: string | boolean | undefined;
  readonly description?: string | undefined;
  readonly fields: readonly FieldText[];
}

export interface EnumText {
  readonly kind: "enum";
  readonly name: string;
  readonly since?: string | undefined;
  readonly deprecated?: string | boolean | undefined;
  readonly description?: string | undefined;
  readonly values: readonly {
    readonly value: string;
    readonly description?: string | undefined;
    readonly since?: string | undefined;
  }[];
}

export interface MethodText {
  readonly kind: "method";
  readonly name: string;
  readonly on: string;
  readonly since?: string | undefined;
  readonly description?: string | undefined;
  readonly params: readonly FieldText[];
  readonly returns?: Omit<FieldText, "name"> | undefined;
  readonly taskResult?: Omit<FieldText, "name"> | undefined;
  readonly privilege?: string | undefined;
  readonly faults?: readonly string[] | undefined;
}

export interface ManagedObjectText {
  readonly kind: "managedObject";
  readonly name: string;
  readonly extends?: string | undefined;
  readonly since?: string | undefined;
  readonly description?: string | undefined;
  readonly properties: readonly FieldText[];
}

function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** Sets the common documentation keys in the order the hand-kept files use. */
function setDocs(
  map: YAMLMap,
  d: { since?: string | undefined; deprecated?: string | boolean | undefined; description?: string | undefined },
): void {
  if (d.since !== undefined) map.set("since", quoted(d.since));
  if (d.deprecated !== undefined && d.deprecated !== false) map.set("deprecated", d.deprecated);
  if (d.description !== undefined && d.description.trim() !== "") map.set("description", d.description.trim());
}

function fieldMap(doc: Document, field: FieldText): YAMLMap {
  const map = new YAMLMap();
  if (typeof field.type === "string") map.set("type", field.type);
  else {
    const list = doc.createNode([...field.type]);
    list.flow = true;
    map.set("type", list);
  }
  if (field.format !== undefined) map.set("format", field.format);
  if (field.array === true) map.set("array", true);
  if (field.optional === true) map.set("optional", true);
  if (field.refersTo !== undefined) map.set("refersTo", field.refersTo);
  if (field.enumHint !== undefined) map.set("enumHint", field.enumHint);
  setDocs(map, field);
  return map;
}

/** The YAML text of one schema file, preceded by `comment` lines (`# ...`) when given. */
export function schemaYaml(
  schema: TypeText | EnumText | MethodText | ManagedObjectText,
  comment: readonly string[] = [],
): string {
  const doc = new Document(new YAMLMap());
  const root = doc.contents as YAMLMap;
  root.set("name", schema.name);
  if (schema.kind === "method") {
    root.set("on", schema.on);
    setDocs(root, schema);
    if (schema.privilege !== undefined) root.set("privilege", schema.privilege);
    if (schema.params.length > 0) {
      const params = new YAMLMap();
      for (const param of schema.params) params.set(param.name, fieldMap(doc, param));
      root.set("params", params);
    }
    if (schema.returns !== undefined) root.set("returns", fieldMap(doc, { name: "returnval", ...schema.returns }));
    if (schema.taskResult !== undefined)
      root.set("taskResult", fieldMap(doc, { name: "result", ...schema.taskResult }));
    if (schema.faults !== undefined && schema.faults.length > 0) {
      const list = doc.createNode([...schema.faults]);
      list.flow = true;
      root.set("faults", list);
    }
  } else if (schema.kind === "managedObject") {
    if (schema.extends !== undefined) root.set("extends", schema.extends);
    setDocs(root, schema);
    // `properties:` is what marks the file as a managed object type's, so it is written even when empty.
    const properties = new YAMLMap();
    if (schema.properties.length === 0) properties.flow = true;
    for (const property of schema.properties) properties.set(property.name, fieldMap(doc, property));
    root.set("properties", properties);
  } else if (schema.kind === "type") {
    if (schema.extends !== undefined) root.set("extends", schema.extends);
    if (schema.open === true) root.set("subtypes", "open");
    setDocs(root, schema);
    if (schema.fields.length > 0) {
      const fields = new YAMLMap();
      for (const field of schema.fields) fields.set(field.name, fieldMap(doc, field));
      root.set("fields", fields);
    }
  } else {
    setDocs(root, schema);
    const documented = schema.values.some((v) => (v.description ?? "").trim() !== "" || v.since !== undefined);
    if (documented) {
      const values = new YAMLMap();
      for (const v of schema.values) {
        const map = new YAMLMap();
        setDocs(map, v);
        values.set(v.value, map);
      }
      root.set("enum", values);
    } else {
      // Undocumented values read best as a list, one value a line.
      root.set("enum", doc.createNode(schema.values.map((v) => v.value)));
    }
  }
  if (comment.length > 0) doc.commentBefore = comment.map((line) => ` ${line}`).join("\n");
  return doc.toString({ lineWidth: 0, blockQuote: "literal", nullStr: "" });
}
