/**
 * Reference documentation from the model, as Markdown that GitHub renders: one page per type (its chain of bases,
 * own and inherited fields with type, format, optional, since, deprecated and description, its subtypes, and for a
 * type with subtypes a Mermaid diagram of its family), one page per enum, and an index. Every text that comes from
 * a schema is escaped, so a description cannot open a link, an HTML tag or a table cell of its own.
 */
import { compareStrings } from "../diagnostic";
import type { GeneratedFile } from "../emit/emitFiles";
import { MARKDOWN_MARKER } from "../emit/header";
import { names } from "../emit/naming";
import { formatSpec } from "../formats";
import type { Doc, EnumModel, FieldModel, FieldType, Model, TypeModel } from "../model/ir";
import { codeSpan, inline, paragraphs } from "./markdown";

export interface DocsOptions {
  /** How a page names the schema file it comes from (see projectPaths.ts). */
  readonly sourceName: (file: string) => string;
  /** The command that regenerates the docs, shown in every page's marker line. */
  readonly regenerate: string;
}

/** A family's diagram shows every descendant up to this many; a larger family shows its direct subtypes. */
export const FULL_DIAGRAM_LIMIT = 60;

const page = (name: string): string => `${name}.md`;
const link = (name: string): string => `[${name}](${page(name)})`;

function marker(options: DocsOptions): string {
  // A path in the command could hold `-->`, which would end the comment early.
  return `${MARKDOWN_MARKER}. DO NOT EDIT. Regenerate with \`${options.regenerate.replace(/>/g, "&gt;")}\`. -->`;
}

function since(doc: Doc): string {
  return doc.since === undefined ? "" : inline(doc.since);
}

function deprecated(doc: Doc): string {
  if (doc.deprecated === undefined || doc.deprecated === false) return "";
  return doc.deprecated === true ? "yes" : inline(doc.deprecated);
}

/** The status line under a title: since and deprecated, when the reference says so. */
function statusLine(doc: Doc): string[] {
  const parts = [
    ...(doc.since === undefined ? [] : [`Since ${since(doc)}.`]),
    ...(deprecated(doc) === "" ? [] : [`**Deprecated**${doc.deprecated === true ? "." : `: ${deprecated(doc)}`}`]),
  ];
  return parts.length === 0 ? [] : [parts.join(" "), ""];
}

/** A field's type column: schema types and enums linked, arrays marked `[]`. */
function typeText(type: FieldType, field: FieldModel): { type: string; format: string } {
  const suffix = field.array ? "[]" : "";
  switch (type.kind) {
    case "primitive": {
      const spec = formatSpec(type.format);
      const hint = field.enumHint === undefined ? "" : ` (values of ${link(field.enumHint)})`;
      return { type: `${spec.schemaType}${suffix}${hint}`, format: spec.schemaFormat ?? "" };
    }
    case "object": {
      const refers = field.refersTo === undefined ? "" : ` to ${inline(field.refersTo)}`;
      return { type: `${link(type.typeName)}${suffix}${refers}`, format: "" };
    }
    case "enum":
      return { type: `${link(type.enumName)}${suffix}`, format: "" };
    case "union":
      // An array of a union is an array of either: `(A or B)[]`, not `A or B[]`.
      return {
        type:
          suffix === "" ? type.typeNames.map(link).join(" or ") : `(${type.typeNames.map(link).join(" or ")})${suffix}`,
        format: "",
      };
    case "any":
      return { type: `any${suffix}`, format: "" };
  }
}

function fieldTable(fields: readonly FieldModel[], what = "Field"): string[] {
  return [
    `| ${what} | Type | Format | Optional | Since | Deprecated | Description |`,
    "|---|---|---|---|---|---|---|",
    ...fields.map((f) => {
      const { type, format } = typeText(f.type, f);
      const description = paragraphs(f.doc.description).join("<br><br>");
      return `| \`${f.name}\` | ${type} | ${format} | ${f.optional ? "yes" : "no"} | ${since(f.doc)} | ${deprecated(f.doc)} | ${description} |`;
    }),
    "",
  ];
}

/** A Mermaid flowchart of `root`'s family: every descendant when there are few, else its direct subtypes. */
function familyDiagram(model: Model, root: TypeModel): string[] {
  const full = root.subtypes.length <= FULL_DIAGRAM_LIMIT;
  const edges: string[] = [];
  const walk = (type: TypeModel): void => {
    for (const child of type.directSubtypes) {
      edges.push(`  ${type.name} --> ${child}`);
      const childType = model.byName.get(child);
      if (full && childType !== undefined) walk(childType);
    }
  };
  walk(root);
  return [
    full
      ? `${root.subtypes.length} known ${root.subtypes.length === 1 ? "subtype" : "subtypes"}:`
      : `${root.subtypes.length} known subtypes; the diagram shows the ${root.directSubtypes.length} direct ones:`,
    "",
    "```mermaid",
    "flowchart LR",
    ...edges,
    "```",
    "",
  ];
}

const DISPATCH: Readonly<Record<TypeModel["dispatch"], string>> = {
  exact: "no subtypes: a value's `_typeName`, when present, is this type's.",
  closed: "a value's `_typeName` is this type or one of its known subtypes; any other name is an error.",
  open: "vSphere has subtypes no schema declares: a value with another `_typeName` decodes as this type, its name kept.",
};

/** The exports the generated code has for a type, named as the emitters name them. */
function generatedLine(type: TypeModel): string {
  const t = type.name;
  const code = (name: string): string => `\`${name}\``;
  const polymorphic = type.polymorphic
    ? [`${code(names.union(t))} (it or a known subtype)`, code(names.typeNames(t))]
    : [];
  return (
    `Generated: the interface ${code(names.type(t))}, ${polymorphic.length > 0 ? `${polymorphic.join(", ")}, ` : ""}` +
    `the guard ${code(names.guard(t))}, the decoders ${[names.decoder(t), names.safeDecoder(t), names.arrayDecoder(t), names.parser(t), names.arrayParser(t)].map(code).join(", ")}, ` +
    `the encoders ${[names.encoder(t), names.stringifier(t)].map(code).join(", ")}.`
  );
}

function typePage(model: Model, type: TypeModel, options: DocsOptions): GeneratedFile {
  const chain = type.ancestors.length === 0 ? "" : ` · extends ${type.ancestors.map(link).join(" › ")}`;
  const own = type.ownFields;
  const inherited = type.ancestors.flatMap((ancestor) => {
    const fields = type.allFields.filter((f) => f.declaredIn === ancestor);
    return fields.length === 0 ? [] : [`### Inherited from ${link(ancestor)}`, "", ...fieldTable(fields)];
  });
  const lines = [
    marker(options),
    "",
    `# ${type.name}`,
    "",
    `[Index](README.md)${chain}`,
    "",
    ...paragraphs(type.doc.description).flatMap((p) => [p, ""]),
    ...statusLine(type.doc),
    `Schema file: ${codeSpan(options.sourceName(type.source))}. \`_typeName\`: ${DISPATCH[type.dispatch]}`,
    "",
    generatedLine(type),
    "",
    "## Fields",
    "",
    ...(own.length === 0 ? ["No fields of its own.", ""] : fieldTable(own)),
    ...inherited,
    ...(type.directSubtypes.length === 0
      ? []
      : ["## Subtypes", "", type.directSubtypes.map(link).join(", "), "", ...familyDiagram(model, type)]),
  ];
  return { path: page(type.name), text: `${lines.join("\n").trimEnd()}\n` };
}

function enumPage(e: EnumModel, options: DocsOptions): GeneratedFile {
  const lines = [
    marker(options),
    "",
    `# ${e.name}`,
    "",
    "[Index](README.md) · enum",
    "",
    ...paragraphs(e.doc.description).flatMap((p) => [p, ""]),
    ...statusLine(e.doc),
    `Schema file: ${codeSpan(options.sourceName(e.source))}.`,
    "",
    "| Value | Since | Deprecated | Description |",
    "|---|---|---|---|",
    ...e.values.map(
      (v) =>
        `| ${inline(v.value)} | ${since(v.doc)} | ${deprecated(v.doc)} | ${paragraphs(v.doc.description).join("<br><br>")} |`,
    ),
  ];
  return { path: page(e.name), text: `${lines.join("\n").trimEnd()}\n` };
}

/** The first sentence of a description, for the index. */
function summary(doc: Doc): string {
  const first = paragraphs(doc.description)[0] ?? "";
  const end = first.search(/\.(\s|$)/);
  return end === -1 ? first : first.slice(0, end + 1);
}

/**
 * Families: each type with subtypes whose base has none, or whose base's family is too large to draw whole (so
 * Event's 26 families are listed rather than one diagram of 443 types).
 */
export function familyRoots(model: Model): TypeModel[] {
  return model.types.filter((t) => {
    if (t.directSubtypes.length === 0) return false;
    const base = t.base === undefined ? undefined : model.byName.get(t.base);
    return base === undefined || base.subtypes.length > FULL_DIAGRAM_LIMIT;
  });
}

function indexPage(model: Model, options: DocsOptions): GeneratedFile {
  const families = familyRoots(model);
  const lines = [
    marker(options),
    "",
    "# vSphere types",
    "",
    `${model.types.length} data types and ${model.enums.length} enums, generated from ${model.files.length} schema files. ` +
      "Each page lists a type's own fields and those it inherits, with their type, format, whether they are " +
      "optional, since when they exist and whether they are deprecated.",
    "",
    "## Families",
    "",
    "Types with subtypes; each page draws its family.",
    "",
    ...families.map(
      (t) => `- ${link(t.name)} (${t.subtypes.length} ${t.subtypes.length === 1 ? "subtype" : "subtypes"})`,
    ),
    "",
    "## Types",
    "",
    "| Type | Extends | Summary |",
    "|---|---|---|",
    ...model.types.map((t) => `| ${link(t.name)} | ${t.base === undefined ? "" : link(t.base)} | ${summary(t.doc)} |`),
    "",
    ...(model.methods.length === 0
      ? []
      : ["## Methods", "", `${model.methods.length} methods of the managed objects: [methods](methods.md).`, ""]),
    ...(model.managedObjects.length === 0
      ? []
      : [
          "## Managed objects",
          "",
          `${model.managedObjects.length} managed object types and their properties: [managed objects](managed-objects.md).`,
          "",
        ]),
    "## Enums",
    "",
    "| Enum | Values | Summary |",
    "|---|---|---|",
    ...model.enums.map((e) => `| ${link(e.name)} | ${e.values.length} | ${summary(e.doc)} |`),
  ];
  return { path: "README.md", text: `${lines.join("\n").trimEnd()}\n` };
}

/** `methods.md`: each method with what it is called on, its parameters, what it returns and its faults. */
function methodsPage(model: Model, options: DocsOptions): GeneratedFile {
  const lines = [
    marker(options),
    "",
    "# vSphere methods",
    "",
    `[Index](README.md) · ${model.methods.length} methods, each typed in \`VimMethods\`: \`client.call(name, args)\`, ` +
      "`soapRequest` and `parseSoapReturn` (SOAP), `jsonRequest` and `parseJsonReturn` (VI JSON).",
    "",
    ...model.methods.flatMap((m) => {
      const returns = m.returns;
      const returned =
        returns === undefined
          ? "nothing"
          : `${typeText(returns.type, returns).type}${returns.optional && !returns.array ? " (or nothing)" : ""}`;
      const result = m.taskResult;
      const reported =
        result === undefined
          ? ""
          : ` Its task's result: ${typeText(result.type, result).type}${result.optional && !result.array ? " (or nothing)" : ""}.`;
      return [
        `## ${m.name}`,
        "",
        `Called on ${codeSpan(m.on)}${m.privilege === undefined ? "" : ` (privilege ${codeSpan(m.privilege)})`}. ` +
          `Returns ${returned}.${reported}` +
          (m.faults.length === 0 ? "" : ` Faults: ${m.faults.map(link).join(", ")}.`),
        "",
        ...paragraphs(m.doc.description).flatMap((p) => [p, ""]),
        ...statusLine(m.doc),
        `Schema file: ${codeSpan(options.sourceName(m.source))}.`,
        "",
        ...(m.params.length === 0 ? ["No parameters besides `_this`.", ""] : fieldTable(m.params)),
      ];
    }),
  ];
  return { path: "methods.md", text: `${lines.join("\n").trimEnd()}\n` };
}

/**
 * `managed-objects.md`: each managed object type with its base chain, its known subtypes, the methods called on it and
 * its properties (inherited ones included), as `client.retrieve` and `client.list` read them.
 */
function managedObjectsPage(model: Model, options: DocsOptions): GeneratedFile {
  const anchor = (name: string): string => `[${inline(name)}](#${name.toLowerCase()})`;
  const lines = [
    marker(options),
    "",
    "# vSphere managed objects",
    "",
    `[Index](README.md) · ${model.managedObjects.length} managed object types, each typed in ` +
      "`ManagedObjectProperties`: `client.retrieve(type, ref, paths)`, `client.retrieveMany` and `client.list` read " +
      "their properties by path (`runtime.powerState`), typed by where the path leads.",
    "",
    ...model.managedObjects.flatMap((mo) => {
      const methods = model.methods
        .filter((m) => m.on === mo.name)
        .map((m) => `[${inline(m.name)}](methods.md#${m.name.toLowerCase()})`);
      return [
        `## ${mo.name}`,
        "",
        [
          mo.ancestors.length === 0 ? "" : `Extends ${mo.ancestors.map(anchor).join(" → ")}.`,
          mo.subtypes.length === 0 ? "" : `Subtypes: ${mo.subtypes.map(anchor).join(", ")}.`,
          methods.length === 0 ? "" : `Methods: ${methods.join(", ")}.`,
        ]
          .filter((t) => t !== "")
          .join(" "),
        "",
        ...paragraphs(mo.doc.description).flatMap((p) => [p, ""]),
        ...statusLine(mo.doc),
        `Schema file: ${codeSpan(options.sourceName(mo.source))}.`,
        "",
        ...(mo.allProperties.length === 0 ? ["No properties.", ""] : fieldTable(mo.allProperties, "Property")),
      ];
    }),
  ];
  return {
    path: "managed-objects.md",
    text: `${lines
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd()}\n`,
  };
}

/** Every page, sorted by path. */
export function emitDocs(model: Model, options: DocsOptions): GeneratedFile[] {
  return [
    indexPage(model, options),
    ...(model.methods.length === 0 ? [] : [methodsPage(model, options)]),
    ...(model.managedObjects.length === 0 ? [] : [managedObjectsPage(model, options)]),
    ...model.types.map((t) => typePage(model, t, options)),
    ...model.enums.map((e) => enumPage(e, options)),
  ].sort((a, b) => compareStrings(a.path, b.path));
}
