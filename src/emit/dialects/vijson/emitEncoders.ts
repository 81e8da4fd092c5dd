/**
 * Emits `encoders.ts`: `encodeT(value)` returns the wire form of a decoded value (every object with its
 * `_typeName`, a type from a newer server with its real name, a `Date` as its RFC 3339 text, a bigint
 * kept exact) and `stringifyT(value)` writes it as JSON text with every int64 digit. Straight-line code
 * per type, like the decoders; unknown members are carried over as they are.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type VariableStatementStructure,
  type CodeBlockWriter,
  type FunctionDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { typeNamesOf, typeOf, type FieldModel, type Model, type TypeModel } from "../../../model/ir";
import type { CodeOptions } from "../../../options";
import { callLines, callText, PURE, withLayout, type Call } from "../../layout";
import { writeIf } from "../../layoutClauses";
import { aliasLayout } from "../../layoutDeclarations";
import { fieldTsType, planElement, typeLists, unionKey } from "../../plan/fieldPlan";
import {
  ANY_VALUE,
  article,
  declaredTypeName,
  encoderOf,
  fieldChain,
  names,
  readTypedMember,
  writeMember,
  rt,
  rtType,
} from "../../naming";
import {
  anyTable,
  BOX_PREFIX_LENGTH,
  familySetTable,
  tableTypes,
  usesTable,
  writeTypeNameSwitch,
} from "../../plan/dispatch";

/** Fields whose wire form differs from the decoded value, or that are arrays to copy. */
function fieldsToEncode(model: Model, type: TypeModel, options: CodeOptions): FieldModel[] {
  return type.ownFields.filter((f) => f.array || planElement(model, f.type, options).encode !== undefined);
}

function encodeField(writer: CodeBlockWriter, model: Model, field: FieldModel, options: CodeOptions): void {
  const local = names.local(field.name);
  const plan = planElement(model, field.type, options);
  const encoder = plan.encode;
  const value = field.array
    ? encoder === undefined
      ? `${local}.slice()`
      : `${local}.map(${encoder})`
    : `${encoder}(${local})`;
  const read = readTypedMember("v", field.name);
  // own() reads members Object.prototype also has; its result is typed here, as the interface says.
  const typed = read.startsWith("rt.own(")
    ? ` as ${fieldTsType(plan, field.array)}${field.optional ? " | undefined" : ""}`
    : "";
  writer.writeLine(`const ${local} = ${read}${typed};`);
  const assignment = `${writeMember("o", field.name)} = ${value};`;
  if (field.optional) writeIf(writer, `${local} !== undefined`, assignment);
  else writer.writeLine(assignment);
}

function encodeFieldsFunction(model: Model, type: TypeModel, options: CodeOptions): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.encodeFields(type.name),
    parameters: [
      { name: "v", type: names.type(type.name) },
      { name: "o", type: "Record<string, unknown>" },
    ],
    returnType: "void",
    statements: (writer) => {
      for (const field of fieldsToEncode(model, type, options)) encodeField(writer, model, field, options);
    },
  };
}

function encodeExactFunction(model: Model, type: TypeModel, options: CodeOptions): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.encodeExact(type.name),
    parameters: [{ name: "v", type: names.type(type.name) }],
    returnType: rtType("WireObject"),
    statements: (writer) => {
      // A request value may leave out the name its slot fixes; the exact encoder's type is that name.
      writer.writeLine(`const o: rt.WireObject = rt.encodedObject(v, ${JSON.stringify(type.name)});`);
      for (const level of fieldChain(model, type)) {
        if (fieldsToEncode(model, level, options).length > 0)
          writer.writeLine(`${names.encodeFields(level.name)}(v, o);`);
      }
      writer.writeLine("return o;");
    },
  };
}

function encodeAtFunction(model: Model, type: TypeModel): FunctionDeclarationStructure {
  const source = declaredTypeName(model, type.name);
  // A value without `_typeName` is the slot's own type, unless it has a subtype's members: then it is refused.
  const declared = `[${type.allFields.map((f) => JSON.stringify(f.name)).join(", ")}]`;
  const fallback = `${rt("declaredOnly")}(v, ${names.encodeExact(type.name)}(v), ${JSON.stringify(type.name)}, ${declared})`;
  return {
    kind: StructureKind.Function,
    name: names.encodeAt(type.name),
    parameters: [{ name: "v", type: source }],
    returnType: rtType("WireObject"),
    statements: usesTable(type)
      ? [
          `const exact = ${names.encodeTable(type.name)}.get(v["_typeName"]);`,
          `return exact !== undefined ? exact(v as never) : ${fallback};`,
        ]
      : type.polymorphic
        ? (writer) => {
            writeTypeNameSwitch(
              writer,
              'v["_typeName"]',
              typeNamesOf(type),
              (name) => `return ${names.encodeExact(name)}(v);`,
              `return ${fallback};`,
            );
          }
        : [`return ${names.encodeExact(type.name)}(v);`],
  };
}

/** The encoder of a field listing several types: each listed type's own encoder, chosen by `_typeName`. */
function typeListEncoder(model: Model, list: readonly string[], options: CodeOptions): FunctionDeclarationStructure {
  const [first = ""] = list;
  const open = list.find((t) => typeOf(model, t).dispatch === "open") ?? first;
  return {
    kind: StructureKind.Function,
    name: names.encodeAt(unionKey(list)),
    parameters: [{ name: "v", type: planElement(model, { kind: "union", typeNames: list }, options).tsType }],
    returnType: rtType("WireObject"),
    statements: (writer) => {
      const others = list.filter((t) => t !== open);
      writeTypeNameSwitch(
        writer,
        'v["_typeName"]',
        others.flatMap((t) => typeNamesOf(typeOf(model, t))),
        (name) => `return ${names.encodeExact(name)}(v as ${names.type(name)});`,
        // A type no schema declares was decoded as the open type, so that is the one to encode it with.
        `return ${encoderOf(model, open)}(v as ${declaredTypeName(model, open)});`,
      );
    },
  };
}

const STRINGIFIER = "stringifier$";

/**
 * `rt.stringifier` behind a function declaration: tsc types a reference to an import at the top of a module by walking
 * back over each declaration before it, which for the whole API's 3,000 `stringifyT` was a quarter of this module's
 * check (8.3 s of CPU, 6.2 without).
 */
function stringifierFunction(): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: STRINGIFIER,
    typeParameters: ["T"],
    parameters: [{ name: "encode", type: `(value: T) => ${rtType("WireObject")}` }],
    // Typed: the split output's shared part exports it (isolatedDeclarations, as exportedEncoders).
    returnType: `${rtType("Stringifier")}<T>`,
    statements: [`return ${rt("stringifier")}(encode);`],
  };
}

/** `encodeT` is T's own encoder (its dispatcher, or its exact encoder), `stringifyT` one made from it. */
function exportedEncoders(model: Model, type: TypeModel): VariableStatementStructure[] {
  const encoder = encoderOf(model, type.name);
  // Typed, so that the module's declarations can be read from its own text (isolatedDeclarations).
  const t = declaredTypeName(model, type.name);
  const stringify: Call = { callee: STRINGIFIER, args: [encoder] };
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: [
        { description: `The VI JSON wire form of ${article(type.name)} (what \`decode${type.name}\` reads back).` },
      ],
      declarations: [
        withLayout(
          { name: names.encoder(type.name), type: `${rtType("Encoder")}<${t}>`, initializer: encoder },
          aliasLayout(encoder),
        ),
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: [{ description: `VI JSON text of ${article(type.name)}, every int64 digit kept.` }],
      declarations: [
        withLayout(
          {
            name: names.stringifier(type.name),
            type: `${rtType("Stringifier")}<${t}>`,
            initializer: `${PURE}${callText(stringify)}`,
          },
          (indent, head) => callLines(indent, `${head}${PURE}`, stringify, head),
        ),
      ],
    },
  ];
}

/** The encoder of untyped slots: data objects and their boxes by `_typeName`; other values as they are. */
function encodeAnyFunctions(): FunctionDeclarationStructure[] {
  const at = names.encodeAt(ANY_VALUE);
  return [
    {
      kind: StructureKind.Function,
      name: names.encoder(ANY_VALUE),
      isExported: true,
      docs: [{ description: "The wire form of an untyped slot's value." }],
      parameters: [{ name: "value", type: names.anyValue }],
      returnType: rtType("WireObject"),
      statements: [`return ${at}(value);`],
    },
    {
      kind: StructureKind.Function,
      name: at,
      parameters: [{ name: "v", type: names.anyValue }],
      returnType: rtType("WireObject"),
      statements: (writer) => {
        writer.writeLine("const value = v as rt.WireObject;");
        writer.writeLine('const name = value["_typeName"];');
        writer.writeLine(`const at = ${names.anyTable}.get(name);`);
        writer.writeLine("if (at !== undefined) return at(v as never);");
        writer.writeLine(
          `const box = name.startsWith("ArrayOf") ? ${names.anyTable}.get(name.slice(${BOX_PREFIX_LENGTH})) : undefined;`,
        );
        writer.writeLine('if (box !== undefined) return { ...value, _value: (value["_value"] as never[]).map(box) };');
        writeIf(
          writer,
          'name === "ArrayOfAnyType"',
          `return { ...value, _value: (value["_value"] as ${names.anyValue}[]).map(${at}) };`,
        );
        writer.writeLine("return { ...value };");
      },
    },
  ];
}

export function emitEncoders(model: Model, options: CodeOptions): StatementStructures[] {
  const statements: StatementStructures[] = model.types.length > 0 ? [stringifierFunction()] : [];
  for (const type of model.types) {
    statements.push(...exportedEncoders(model, type));
    if (type.polymorphic) statements.push(encodeAtFunction(model, type));
    statements.push(encodeExactFunction(model, type, options));
    if (fieldsToEncode(model, type, options).length > 0) statements.push(encodeFieldsFunction(model, type, options));
  }
  for (const list of typeLists(model)) statements.push(typeListEncoder(model, list, options));
  for (const type of tableTypes(model))
    statements.push(familySetTable(model, type, names.encodeTable, names.encodeExact, "(v: never) => rt.WireObject"));
  statements.push(anyTable(model, names.anyTable, (t) => encoderOf(model, t), "(v: never) => rt.WireObject"));
  statements.push(...encodeAnyFunctions());
  return statements;
}
