/**
 * Emits `decoders.ts`: `decodeT(value): T` for every type. Each decoder copies the input object
 * (so unknown members are kept), checks every field in straight-line code, fills in a missing nested
 * `_typeName` where the declared type has no subtypes, dispatches on `_typeName` where it has, and
 * collects every problem with its JSON path before throwing one `DecodeError`.
 */
import {
  StructureKind,
  type CodeBlockWriter,
  type FunctionDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { formatSpec } from "../formats";
import { assertNever, typeNamesOf, type FieldModel, type Model, type TypeModel } from "../model/ir";
import { declaredTypeName, fieldChain, names, readMember } from "./naming";

const CONTEXT = [
  { name: "p", type: "string" },
  { name: "is", type: "DecodeIssue[]" },
];

/** Statements that check one field of `v` and, for objects and arrays, store the decoded value in `o`. */
function decodeField(writer: CodeBlockWriter, field: FieldModel): void {
  const local = names.local(field.name);
  const path = `p + ${JSON.stringify(`.${field.name}`)}`;
  const store = `o.${field.name}`;
  writer.writeLine(`const ${local} = ${readMember("v", field.name)};`);
  const otherwise = field.optional ? `else if (${local} !== undefined) ` : "else ";
  switch (field.type.kind) {
    case "primitive": {
      const spec = formatSpec(field.type.format);
      const expected = JSON.stringify(spec.key);
      if (field.array) {
        writer.writeLine(
          `if (Array.isArray(${local})) ${store} = checkArray(${local}, ${path}, is, ${spec.check}, ${expected});`,
        );
        writer.writeLine(`${otherwise}fail(is, ${path}, "array", ${local});`);
      } else {
        const present = field.optional ? `${local} !== undefined && ` : "";
        writer.writeLine(`if (${present}!${spec.check}(${local})) fail(is, ${path}, ${expected}, ${local});`);
      }
      return;
    }
    case "object": {
      const decodeAt = names.decodeAt(field.type.typeName);
      if (field.array) {
        writer.writeLine(`if (Array.isArray(${local})) ${store} = decodeArray(${local}, ${path}, is, ${decodeAt});`);
        writer.writeLine(`${otherwise}fail(is, ${path}, "array", ${local});`);
      } else {
        const present = field.optional ? `if (${local} !== undefined) ` : "";
        writer.writeLine(`${present}${store} = ${decodeAt}(${local}, ${path}, is);`);
      }
      return;
    }
    default:
      assertNever(field.type);
  }
}

/** Whether a field of `type` stores a decoded value in `o`: objects and arrays do, checked primitives stay as copied. */
function storesDecoded(type: TypeModel): boolean {
  return type.ownFields.some((f) => f.array || f.type.kind === "object");
}

/** The call of a type's field checker, passing `o` only where it is used (so `noUnusedParameters` holds). */
function decodeFieldsCall(type: TypeModel): string {
  return `${names.decodeFields(type.name)}(v, ${storesDecoded(type) ? "o, " : ""}p, is);`;
}

/** The call of a type's exact decoder; a type without fields needs no path or issue list. */
function decodeExactCall(model: Model, name: string): string {
  const type = model.byName.get(name);
  const args = type !== undefined && fieldChain(model, type).length === 0 ? "v" : "v, p, is";
  return `${names.decodeExact(name)}(${args})`;
}

function decodeFieldsFunction(type: TypeModel): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.decodeFields(type.name),
    docs: [
      { description: `Checks the fields ${type.name} declares itself; decoded objects and arrays go into \`o\`.` },
    ],
    parameters: [
      { name: "v", type: "Record<string, unknown>" },
      ...(storesDecoded(type) ? [{ name: "o", type: "Record<string, unknown>" }] : []),
      ...CONTEXT,
    ],
    returnType: "void",
    statements: (writer) => {
      for (const field of type.ownFields) decodeField(writer, field);
    },
  };
}

/** Decodes a record known to be exactly `type`: copy, set `_typeName`, check each level's fields. */
function decodeExactFunction(model: Model, type: TypeModel): FunctionDeclarationStructure {
  const chain = fieldChain(model, type);
  return {
    kind: StructureKind.Function,
    name: names.decodeExact(type.name),
    parameters: [{ name: "v", type: "Record<string, unknown>" }, ...(chain.length === 0 ? [] : CONTEXT)],
    returnType: names.type(type.name),
    statements: (writer) => {
      const target = chain.length === 0 ? "const o" : "const o: Record<string, unknown>";
      writer.writeLine(`${target} = { ...v, _typeName: ${JSON.stringify(type.name)} };`);
      for (const level of chain) writer.writeLine(decodeFieldsCall(level));
      writer.writeLine(`return o as unknown as ${names.type(type.name)};`);
    },
  };
}

/** Decodes a value found where `type` is declared: checks it is an object and that its `_typeName` fits. */
function decodeAtFunction(model: Model, type: TypeModel): FunctionDeclarationStructure {
  const target = declaredTypeName(model, type.name);
  const name = JSON.stringify(type.name);
  return {
    kind: StructureKind.Function,
    name: names.decodeAt(type.name),
    parameters: [{ name: "v", type: "unknown" }, ...CONTEXT],
    returnType: target,
    statements: (writer) => {
      writer.writeLine("if (!isRecord(v))").block(() => {
        writer.writeLine(`fail(is, p, "object", v);`);
        writer.writeLine(`return v as ${target};`);
      });
      if (!type.polymorphic) {
        writer.writeLine(
          `if (v._typeName !== undefined && v._typeName !== ${name}) failTypeName(is, p, ${name}, v._typeName, false);`,
        );
        writer.writeLine(`return ${decodeExactCall(model, type.name)};`);
        return;
      }
      writer.write("switch (v._typeName)").block(() => {
        for (const candidate of typeNamesOf(type)) {
          writer.writeLine(
            `case ${JSON.stringify(candidate)}: return ${decodeExactCall(model, candidate)} as ${target};`,
          );
        }
        writer.writeLine("default:");
        writer.indent(() => {
          writer.writeLine(`failTypeName(is, p, ${name}, v._typeName, true);`);
          writer.writeLine(`return v as unknown as ${target};`);
        });
      });
    },
  };
}

function decoderFunction(model: Model, type: TypeModel): FunctionDeclarationStructure {
  const target = declaredTypeName(model, type.name);
  const which = type.polymorphic
    ? `a ${type.name} or any known subtype, chosen by \`_typeName\` (which is then required)`
    : `a ${type.name}; a missing \`_typeName\` is filled in`;
  return {
    kind: StructureKind.Function,
    name: names.decoder(type.name),
    isExported: true,
    docs: [
      {
        description:
          `Decodes VI JSON (as read by \`JSON.parse\`) into ${which}. Unknown members are kept.\n\n` +
          "@throws DecodeError listing every problem with its JSON path.",
      },
    ],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: target,
    statements: [
      "const issues: DecodeIssue[] = [];",
      `return finish(issues, ${names.decodeAt(type.name)}(value, "$", issues));`,
    ],
  };
}

export function emitDecoders(model: Model): StatementStructures[] {
  const statements: StatementStructures[] = [];
  for (const type of model.types) {
    statements.push(decoderFunction(model, type));
    statements.push(decodeAtFunction(model, type));
    statements.push(decodeExactFunction(model, type));
    if (type.ownFields.length > 0) statements.push(decodeFieldsFunction(type));
  }
  return statements;
}
