/**
 * The decoders of the field kinds beyond a single declared type: a list of object types (a fault or its
 * LocalizedMethodFault wrapper), told apart by `_typeName`, and the string enums, with the table that boxed enum
 * values in untyped slots are decoded through. Part of the canonical checks' dispatch and field modules (canonical/emitChecks.ts).
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type FunctionDeclarationStructure,
  type StatementStructures,
  type VariableStatementStructure,
} from "ts-morph";
import { typeNamesOf, typeOf, type EnumModel, type Model } from "../../model/ir";
import type { CodeOptions } from "../../options";
import { CONTEXT } from "../canonical/decodeContext";
import { mapTable, writeTypeNameSwitch } from "./dispatch";
import { planElement, unionKey } from "./fieldPlan";
import { names, rtType } from "../naming";
import { callDeclaration, writeCall, type Call } from "../layout";
import { writeIf } from "../layoutClauses";

/** Decodes a field listing several object types: `_typeName` chooses; an unknown one goes to the open type, if any. */
export function typeListDecoder(
  model: Model,
  list: readonly string[],
  options: CodeOptions,
): FunctionDeclarationStructure {
  const target = planElement(model, { kind: "union", typeNames: list }, options).tsType;
  const open = list.map((t) => typeOf(model, t)).find((t) => t.dispatch === "open");
  const other: Call | undefined = open && {
    callee: "rt.decodeOtherType",
    args: ["v", "p", "c", JSON.stringify(open.name), names.knownTypes, names.decodeExact(open.name)],
  };
  const fallback =
    other === undefined
      ? `rt.failTypeName(c, p, ${JSON.stringify(list.join(" or "))}, v["_typeName"], true);\nreturn v as unknown as ${target};`
      : (writer: CodeBlockWriter) => writeCall(writer, "return ", other, ` as ${target}`);
  return {
    kind: StructureKind.Function,
    name: names.decodeAt(unionKey(list)),
    parameters: [{ name: "v", type: "unknown" }, ...CONTEXT],
    returnType: target,
    statements: (writer) => {
      writer.write("if (!rt.isRecord(v))").block(() => {
        writer.writeLine(`rt.fail(c, p, "object", v);`);
        writer.writeLine(`return v as ${target};`);
      });
      const candidates = list.flatMap((t) => typeNamesOf(typeOf(model, t)));
      writeTypeNameSwitch(
        writer,
        'v["_typeName"]',
        candidates,
        (candidate) => (w) =>
          writeCall(w, "return ", { callee: names.decodeExact(candidate), args: ["v", "p", "c"] }, ` as ${target}`),
        fallback,
      );
    },
  };
}

/** The enum decoders by name, for boxed enum values in untyped slots (kept beside the decoders it lists). */
export function enumTable(model: Model): VariableStatementStructure {
  return mapTable(
    names.enumTable,
    rtType("DecodeAt<string>"),
    model.enums.map((e) => [e.name, names.decodeAt(e.name)]),
  );
}

/** An enum's values as a set, and its decoder: any string, and a value no schema lists unless rejected. */
export function enumDecoder(e: EnumModel): StatementStructures[] {
  const type = `${names.type(e.name)} | ${rtType("UnknownEnumValue")}`;
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        callDeclaration(names.enumSet(e.name), "ReadonlySet<string>", {
          callee: "new Set<string>",
          args: [names.enumValues(e.name)],
        }),
      ],
    },
    {
      kind: StructureKind.Function,
      name: names.decodeAt(e.name),
      parameters: [{ name: "v", type: "unknown" }, ...CONTEXT],
      returnType: type,
      statements: (writer) => {
        writer.writeLine(`if (typeof v !== "string") rt.fail(c, p, "string", v);`);
        const unknown = `rt.unknownEnumValue(c, p, ${JSON.stringify(e.name)}, v);`;
        writeIf(writer, `!${names.enumSet(e.name)}.has(v)`, unknown, "else if");
        writer.writeLine(`return v as ${type};`);
      },
    },
  ];
}
