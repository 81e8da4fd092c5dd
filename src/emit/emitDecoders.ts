/**
 * Emits `decoders.ts`: per type, the dispatcher (`decodeAt$T`: checks the value is an object and its
 * `_typeName` fits, dispatching on it where the type has subtypes), the exact decoder and the field
 * checks, all straight-line code; the exported entry points come from decoderEntryPoints.ts. A decoder
 * keeps unknown members, fills in a missing nested `_typeName` where the declared type has no subtypes,
 * never modifies its input (copying at the first change) and collects every problem with its JSON path.
 * Options travel in a context `c` with the issues.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type FunctionDeclarationStructure,
  type StatementStructures,
  type VariableStatementStructure,
} from "ts-morph";
import { behaviourOf, formatSpec } from "../formats";
import type { CodeOptions } from "../options";
import { assertNever, typeNamesOf, type FieldModel, type Model, type TypeModel } from "../model/ir";
import { anyValueFunctions, CONTEXT, defaultsConstant, exportedDecoders } from "./decoderEntryPoints";
import { ANY_VALUE, fieldChain, names, readMember, rt } from "./naming";

/**
 * Statements that check one field of `v`. A decoded value that differs from the input (a nested object
 * whose `_typeName` was filled in, a converted format) goes into `o`, the copy of `v` made on the first
 * such change: a decoder never modifies its input, and copies nothing when nothing changes.
 */
function decodeField(writer: CodeBlockWriter, field: FieldModel, options: CodeOptions): void {
  const local = names.local(field.name);
  const path = `p + ${JSON.stringify(`.${field.name}`)}`;
  const store = `(o ??= { ...v }).${field.name}`;
  const storeIfChanged = (decoded: string): string => `{ const d = ${decoded}; if (d !== ${local}) ${store} = d; }`;
  writer.writeLine(`const ${local} = ${readMember("v", field.name)};`);
  const otherwise = field.optional ? `else if (${local} !== undefined) ` : "else ";
  const type = field.type;
  if (type.kind === "primitive") {
    const spec = formatSpec(type.format);
    const expected = JSON.stringify(spec.key);
    const behaviour = behaviourOf(type.format, options);
    if (behaviour.decode.kind === "convert") {
      const convert = rt(behaviour.decode.convert);
      if (field.array) {
        writer.writeLine(`if (Array.isArray(${local})) ${store} = rt.convertArray(${local}, ${path}, c, ${convert});`);
        writer.writeLine(`${otherwise}rt.fail(c, ${path}, "array", ${local});`);
      } else {
        const present = field.optional ? `if (${local} !== undefined) ` : "";
        const holder = behaviour.decode.needsHolder ? `, v, ${JSON.stringify(field.name)}` : "";
        writer.writeLine(`${present}${store} = ${convert}(${local}, ${path}, c${holder});`);
      }
      return;
    }
    if (field.array) {
      writer.writeLine(
        `if (Array.isArray(${local})) rt.checkArray(${local}, ${path}, c, ${rt(spec.check)}, ${expected});`,
      );
      writer.writeLine(`${otherwise}rt.fail(c, ${path}, "array", ${local});`);
    } else {
      const present = field.optional ? `${local} !== undefined && ` : "";
      writer.writeLine(`if (${present}!${rt(spec.check)}(${local})) rt.fail(c, ${path}, ${expected}, ${local});`);
    }
    return;
  }
  let decodeAt: string;
  switch (type.kind) {
    case "object":
      decodeAt = names.decodeAt(type.typeName);
      break;
    case "any":
      decodeAt = names.decodeAt(ANY_VALUE);
      break;
    default:
      return assertNever(type);
  }
  if (field.array) {
    writer.writeLine(
      `if (Array.isArray(${local})) ${storeIfChanged(`rt.decodeArray(${local}, ${path}, c, ${decodeAt})`)}`,
    );
    writer.writeLine(`${otherwise}rt.fail(c, ${path}, "array", ${local});`);
  } else {
    const present = field.optional ? `if (${local} !== undefined) ` : "";
    writer.writeLine(`${present}${storeIfChanged(`${decodeAt}(${local}, ${path}, c)`)}`);
  }
}

/** Whether a field of `type` may store a decoded value in `o`: objects and converted formats do, checked primitives never. */
function storesDecoded(type: TypeModel, options: CodeOptions): boolean {
  return type.ownFields.some(
    (f) => f.type.kind !== "primitive" || behaviourOf(f.type.format, options).decode.kind === "convert",
  );
}

function decodeFieldsFunction(type: TypeModel, options: CodeOptions): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.decodeFields(type.name),
    docs: [
      {
        description: `Checks the fields ${type.name} declares itself; changed values go into the copy \`o\`, made on the first change.`,
      },
    ],
    parameters: [
      { name: "v", type: "Record<string, unknown>" },
      ...(storesDecoded(type, options) ? [{ name: "o", type: "Record<string, unknown> | undefined" }] : []),
      ...CONTEXT,
    ],
    returnType: storesDecoded(type, options) ? "Record<string, unknown> | undefined" : "void",
    statements: (writer) => {
      for (const field of type.ownFields) decodeField(writer, field, options);
      if (storesDecoded(type, options)) writer.writeLine("return o;");
    },
  };
}

/** The member names a value of `type` may carry, for the strip and reject policies. */
function membersConstant(type: TypeModel): VariableStatementStructure {
  const members = ["_typeName", ...type.allFields.map((f) => f.name)].map((m) => JSON.stringify(m));
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      { name: names.members(type.name), type: "ReadonlySet<string>", initializer: `new Set([${members.join(", ")}])` },
    ],
  };
}

/** Decodes a record known to be exactly `type`: set `_typeName`, apply the member policy, check each level; copy on the first change. */
function decodeExactFunction(model: Model, type: TypeModel, options: CodeOptions): FunctionDeclarationStructure {
  const name = JSON.stringify(type.name);
  return {
    kind: StructureKind.Function,
    name: names.decodeExact(type.name),
    parameters: [{ name: "v", type: "Record<string, unknown>" }, ...CONTEXT],
    returnType: names.type(type.name),
    statements: (writer) => {
      writer.writeLine(
        `let o: Record<string, unknown> | undefined = v._typeName === ${name} ? undefined : { ...v, _typeName: ${name} };`,
      );
      writer.writeLine(
        `if (c.unknownMembers !== "keep") o = rt.checkMembers(v, o, ${names.members(type.name)}, ${name}, p, c);`,
      );
      for (const level of fieldChain(model, type)) {
        const call = names.decodeFields(level.name);
        writer.writeLine(storesDecoded(level, options) ? `o = ${call}(v, o, p, c);` : `${call}(v, p, c);`);
      }
      writer.writeLine(`return (o ?? v) as unknown as ${names.type(type.name)};`);
    },
  };
}

/** Decodes a value found where `type` is declared: checks it is an object and that its `_typeName` fits. */
function decodeAtFunction(type: TypeModel): FunctionDeclarationStructure {
  const target = type.polymorphic ? names.union(type.name) : names.type(type.name);
  const name = JSON.stringify(type.name);
  return {
    kind: StructureKind.Function,
    name: names.decodeAt(type.name),
    parameters: [{ name: "v", type: "unknown" }, ...CONTEXT],
    returnType: target,
    statements: (writer) => {
      writer.writeLine("if (!rt.isRecord(v))").block(() => {
        writer.writeLine(`rt.fail(c, p, "object", v);`);
        writer.writeLine(`return v as ${target};`);
      });
      if (!type.polymorphic) {
        writer.writeLine(
          `if (v._typeName !== undefined && v._typeName !== ${name}) rt.failTypeName(c, p, ${name}, v._typeName, false);`,
        );
        writer.writeLine(`return ${names.decodeExact(type.name)}(v, p, c);`);
        return;
      }
      writer.write("switch (v._typeName)").block(() => {
        for (const candidate of typeNamesOf(type)) {
          writer.writeLine(
            `case ${JSON.stringify(candidate)}: return ${names.decodeExact(candidate)}(v, p, c) as ${target};`,
          );
        }
        writer.writeLine("default:");
        writer.indent(() => {
          writer.writeLine(
            `return rt.decodeOtherType(v, p, c, ${name}, ${names.knownTypes}, ${names.decodeExact(type.name)}) as ${target};`,
          );
        });
      });
    },
  };
}

function knownTypesConstant(model: Model): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    docs: [{ description: "Every type the schemas declare: a `_typeName` outside it is a type from a newer server." }],
    declarations: [
      {
        name: names.knownTypes,
        type: "ReadonlySet<string>",
        initializer: `new Set([${model.types.map((t) => JSON.stringify(t.name)).join(", ")}])`,
      },
    ],
  };
}

export function emitDecoders(model: Model, options: CodeOptions): StatementStructures[] {
  const statements: StatementStructures[] = [defaultsConstant(options), knownTypesConstant(model)];
  for (const type of model.types) {
    statements.push(...exportedDecoders(model, type));
    statements.push(decodeAtFunction(type));
    statements.push(membersConstant(type));
    statements.push(decodeExactFunction(model, type, options));
    if (type.ownFields.length > 0) statements.push(decodeFieldsFunction(type, options));
  }
  statements.push(...anyValueFunctions(model));
  return statements;
}
