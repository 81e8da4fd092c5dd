/**
 * Emits the govmomi JSON dialect (events as the event broker and the Knative source deliver them): per type a
 * field reader per level (`gmFields$T`) and an exact decoder (`gmExact$T`) that builds the same typed value as
 * the VI JSON decoder, from Go field names, `null` for unset pointers and Go zero values; the table of every type
 * (`govmomiTypes$`) that dispatch, unknown members and the encoder read. Its entry points come from govmomiEntryPoints.ts.
 * Decisions (zero values, untyped slots, slots whose subtype the data cannot name) are in templates/govmomi/gojson.ts.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type FunctionDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { formatSpec } from "../../../formats";
import { assertNever, type FieldModel, type FieldType, type Model, type TypeModel } from "../../../model/ir";
import type { CodeOptions } from "../../../options";
import { CONTEXT } from "../../canonical/decodeContext";
import { planElement, type DecodePlan } from "../../plan/fieldPlan";
import { tableBuilder, writeTableEntry } from "../../plan/tableEntry";
import type { Families } from "../../families";
import { callText, writeArguments, type ArrowArgument, type CallOf } from "../../layout";
import {
  writeBlockIf,
  writeConditional,
  writeElse,
  writeIf,
  writeSum,
  type ConditionalAssignment,
} from "../../layoutClauses";
import { ANY_VALUE, fieldChain, names, readMember, rt, writeMember, rtType } from "../../naming";

export const gm = {
  fields: (t: string): string => `gmFields$${t}`,
  exact: (t: string): string => `gmExact$${t}`,
  table: "govmomiTypes$",
  typeMap: "GovmomiTypeMap",
};

/** The Go zero value that stands for "unset" in an optional field of this element type, if any (src/formats.ts). */
function goZero(type: FieldType): string | undefined {
  if (type.kind === "enum") return '""';
  return type.kind === "primitive" ? formatSpec(type.format).goZero : undefined;
}

/** The encoder's field kind (see `GovmomiField` in templates/govmomi/gojson.ts) and the types it names. */
function fieldKind(field: FieldModel): string[] {
  const suffix = field.array ? "[]" : "";
  const t = field.type;
  switch (t.kind) {
    case "enum":
      return [`s${suffix}`];
    case "primitive":
      if (t.format === "string" || t.format === "base64") return [`s${suffix}`];
      if (t.format === "boolean" || t.format === "date-time") return [`p${suffix}`];
      return [`n${suffix}`];
    case "object":
      return [`o${suffix}`, t.typeName];
    case "union":
      return [`l${suffix}`, ...t.typeNames];
    case "any":
      return [`a${suffix}`];
    default:
      return assertNever(t);
  }
}

/**
 * Decoding an object `x` at path `q`, as a conditional's parts: the dialect's norm (an object without `_typeName`)
 * calls the exact decoder directly; the rest goes through gmAt.
 */
function objectDecode(typeName: string, x: string, q: string): Omit<ConditionalAssignment, "target"> {
  const alternateCall = {
    callee: rt("gmAt"),
    args: [x, q, "c", JSON.stringify(typeName), gm.exact(typeName), gm.table],
  };
  return {
    test: `${rt("isRecord")}(${x}) && ${x}["_typeName"] === undefined`,
    consequent: `${gm.exact(typeName)}(${x}, ${q}, c)`,
    alternate: callText(alternateCall),
    alternateCall,
  };
}

/** An expression decoding the present, non-null element `x` at path `q`, or a function of one element for arrays. */
function elementDecoder(
  model: Model,
  type: FieldType,
  options: CodeOptions,
): { fn: string | ArrowArgument; call: (x: string, q: string, holder: string, key: string) => CallOf } {
  const table = gm.table;
  switch (type.kind) {
    case "primitive": {
      const plan = planElement(model, type, options).decode;
      if (plan.kind === "convert") {
        return {
          fn: plan.convert,
          call: (x, q, holder, key) => ({
            callee: plan.convert,
            args: [x, q, "c", ...(plan.needsHolder ? [holder, key] : [])],
          }),
        };
      }
      throw new Error("internal error: checked primitives are not decoded through elementDecoder");
    }
    case "object": {
      return {
        fn: {
          params: `(e: unknown, q: string, cc: ${rtType("DecodeContext")})`,
          body: {
            callee: rt("gmAt"),
            args: ["e", "q", "cc", JSON.stringify(type.typeName), gm.exact(type.typeName), table],
          },
        },
        call: () => {
          throw new Error("internal error: a field of one object is read through objectDecode, not elementDecoder");
        },
      };
    }
    case "enum":
      return {
        fn: names.decodeAt(type.enumName),
        call: (x, q) => ({ callee: names.decodeAt(type.enumName), args: [x, q, "c"] }),
      };
    case "union": {
      const list = `[${type.typeNames.map((t) => JSON.stringify(t)).join(", ")}]`;
      return {
        fn: {
          params: `(e: unknown, q: string, cc: ${rtType("DecodeContext")})`,
          body: {
            callee: rt("gmAtList"),
            args: ["e", "q", "cc", list, table],
          },
        },
        call: (x, q) => ({ callee: rt("gmAtList"), args: [x, q, "c", list, table] }),
      };
    }
    case "any": {
      const box = names.decodeAt(ANY_VALUE);
      return {
        fn: {
          params: `(e: unknown, q: string, cc: ${rtType("DecodeContext")}, h: object, i: number)`,
          body: { callee: rt("gmAny"), args: ["e", "q", "cc", table, box, "h", "i"] },
        },
        call: (x, q, holder, key) => ({ callee: rt("gmAny"), args: [x, q, "c", table, box, holder, key] }),
      };
    }
    default:
      return assertNever(type);
  }
}

/** Statements reading one field of the Go struct `v` into `o`, counting the member in `n` when it is there. */
/** The format key (or phrase) a missing or null required field is reported against. */
function expectedOf(field: FieldModel, plan: DecodePlan): string {
  if (field.array) return '"array"';
  if (plan.kind === "check") return plan.expected;
  switch (field.type.kind) {
    case "primitive":
      return JSON.stringify(field.type.format);
    case "enum":
      return '"string"';
    default:
      return '"object"';
  }
}

/** Statements reading one field of the Go struct `v` into `o`, counting the member in `n` when it is there. */
function decodeField(writer: CodeBlockWriter, model: Model, field: FieldModel, options: CodeOptions): void {
  const local = names.local(field.name);
  const go = JSON.stringify(field.govmomiName);
  const vim = JSON.stringify(field.name);
  const element = planElement(model, field.type, options);
  const plan = element.decode;
  const fail = { callee: "rt.gmFail", args: ["c", "v", "p", go, vim, expectedOf(field, plan)] };
  const fromGo = `${local} === ${readMember("v", field.govmomiName)}`;
  const suffix = `(${fromGo} ? ${JSON.stringify(`.${field.govmomiName}`)} : ${JSON.stringify(`.${field.name}`)})`;
  const path = `p + ${suffix}`;
  const store = writeMember("o", field.name);
  const writeBody = (): void => {
    if (field.array) {
      const call: CallOf =
        plan.kind === "check"
          ? { callee: "rt.gmCheckArray", args: [local, path, "c", plan.check, plan.expected] }
          : { callee: "rt.gmArray", args: [local, path, "c", elementDecoder(model, field.type, options).fn] };
      writeArguments(writer, `${store} = `, call);
    } else if (plan.kind === "check") {
      writeIf(writer, element.guard(local), `${store} = ${local};`);
      writeElse(writer, fail);
    } else if (field.type.kind === "object") {
      writeSum(writer, "const q = ", ["p", suffix]);
      writeConditional(writer, { target: store, ...objectDecode(field.type.typeName, local, "q") });
    } else {
      const key = `${fromGo} ? ${go} : ${vim}`;
      const call = elementDecoder(model, field.type, options).call(local, path, "v", key);
      writeArguments(writer, `${store} = `, call);
    }
  };
  // camelCase data (govmomi's JSON tags) is read by its VI JSON name; `null` (an unset pointer) is counted as a
  // member the data has, then read as absent.
  writer.writeLine(`let ${local} = ${readMember("v", field.govmomiName)};`);
  writeIf(writer, `${local} === undefined`, `${local} = ${readMember("v", field.name)};`);
  // A Go zero value in an optional field is how Go writes "unset" (govmomi's own encoder omits it): absent.
  const zero = field.optional && !field.array ? goZero(field.type) : undefined;
  const present = [`${local} !== null`, ...(zero === undefined ? [] : [`${local} !== ${zero}`])];
  writer.write(`if (${local} !== undefined)`).block(() => {
    writer.writeLine("n++;");
    writeBlockIf(writer, present, writeBody);
    if (!field.optional) writeElse(writer, fail, true);
  });
  if (!field.optional) writeElse(writer, fail, true);
}

function fieldsFunction(model: Model, type: TypeModel, options: CodeOptions): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: gm.fields(type.name),
    parameters: [
      { name: "v", type: "Record<string, unknown>" },
      { name: "o", type: "Record<string, unknown>" },
      ...CONTEXT,
    ],
    returnType: "number",
    statements: (writer) => {
      writer.writeLine("let n = 0;");
      for (const field of type.ownFields) decodeField(writer, model, field, options);
      writer.writeLine("return n;");
    },
  };
}

function exactFunction(model: Model, type: TypeModel): FunctionDeclarationStructure {
  const chain = fieldChain(model, type);
  return {
    kind: StructureKind.Function,
    name: gm.exact(type.name),
    parameters: [{ name: "v", type: "Record<string, unknown>" }, ...CONTEXT],
    returnType: names.type(type.name),
    statements: [
      `const o: Record<string, unknown> = { _typeName: ${JSON.stringify(type.name)} };`,
      (writer) => {
        const levels = chain.map((level) => `${gm.fields(level.name)}(v, o, p, c)`);
        if (levels.length === 0) writer.writeLine("const n = 0;");
        else writeSum(writer, "const n = ", levels);
      },
      `rt.gmRest(v, o, n, ${JSON.stringify(type.name)}, p, c, ${gm.table});`,
      `return o as unknown as ${names.type(type.name)};`,
    ],
  };
}

/** The table of every type: base, openness, exact decoder and own fields, built on first use. */
function tableStatements(model: Model, families: Families | undefined): StatementStructures[] {
  const table = tableBuilder("govmomiTypes", rtType("GovmomiType"), model.types, families, (writer, type) =>
    writeTableEntry(
      writer,
      type.name,
      [
        ["base", type.base === undefined ? "undefined" : JSON.stringify(type.base)],
        ["open", String(type.dispatch === "open")],
        ["decode", gm.exact(type.name)],
      ],
      type.ownFields.map((f) => [f.name, f.govmomiName, ...fieldKind(f)]),
    ),
  );
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Let,
      declarations: [{ name: "table$", type: `Map<string, ${rtType("GovmomiType")}> | undefined` }],
    },
    {
      kind: StructureKind.Function,
      name: gm.table,
      docs: [{ description: "Every declared type as the govmomi dialect needs it (built on first use)." }],
      returnType: `ReadonlyMap<string, ${rtType("GovmomiType")}>`,
      statements: (writer) => {
        writer.writeLine("if (table$ !== undefined) return table$;");
        writer.writeLine(`const t = new Map<string, ${rtType("GovmomiType")}>();`);
        table.fill(writer);
        writer.writeLine("table$ = t;");
        writer.writeLine("return t;");
      },
    },
    ...table.functions,
  ];
}

/** `govmomi-decoders.ts`: the field readers, exact decoders and type table (internal). */
export function emitGovmomiDecoders(
  model: Model,
  options: CodeOptions,
  families: Families | undefined = undefined,
): StatementStructures[] {
  const out: StatementStructures[] = [];
  for (const type of model.types) {
    if (type.ownFields.length > 0) out.push({ ...fieldsFunction(model, type, options), isExported: true });
    out.push({ ...exactFunction(model, type), isExported: true });
  }
  // The table's builder is exported (CloudEvents reads data with it); its family slices keep their family's mark.
  out.push(
    ...tableStatements(model, families).map((s) =>
      s.kind === StructureKind.Function && s.name === gm.table ? { ...s, isExported: true } : s,
    ),
  );
  return out;
}
