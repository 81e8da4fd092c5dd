/**
 * Emits the govmomi JSON dialect (events as the event broker and the Knative source deliver them): per type a
 * field reader per level (`gmFields$T`) and an exact decoder (`gmExact$T`) that builds the same typed value as
 * the VI JSON decoder, from Go field names, `null` for unset pointers and Go zero values; the table of every type
 * (`govmomiTypes$`) that dispatch, unknown members and the encoder read; and the entry points of `govmomi.ts`.
 * Decisions (zero values, untyped slots, slots whose subtype the data cannot name) are in templates/gojson.ts.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type FunctionDeclarationStructure,
  type InterfaceDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { assertNever, type FieldModel, type FieldType, type Model, type TypeModel } from "../model/ir";
import type { CodeOptions } from "../options";
import { defaultsConstants, CONTEXT } from "./decoderEntryPoints";
import { planElement } from "./fieldPlan";
import { ANY_VALUE, declaredTypeName, fieldChain, names, readMember, rt, writeMember } from "./naming";

export const gm = {
  fields: (t: string): string => `gmFields$${t}`,
  exact: (t: string): string => `gmExact$${t}`,
  table: "govmomiTypes$",
  typeMap: "GovmomiTypeMap",
};

/** The Go zero value that stands for "unset" in an optional field of this element type, if any. */
function goZero(model: Model, type: FieldType): string | undefined {
  switch (type.kind) {
    case "enum":
      return '""';
    case "primitive":
      switch (type.format) {
        case "string":
        case "base64":
          return '""';
        case "boolean":
          return "false";
        case "int8":
        case "int16":
        case "int32":
        case "int64":
        case "double":
          return "0";
        case "date-time":
          return undefined;
        default:
          return assertNever(type.format);
      }
    case "object":
    case "union":
    case "any":
      return undefined;
    default:
      return assertNever(type);
  }
}

/** The encoder's field kind (see `GovmomiField` in templates/gojson.ts) and the types it names. */
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

/** An expression decoding the present, non-null element `x` at path `q`, or a function of one element for arrays. */
function elementDecoder(
  model: Model,
  type: FieldType,
  options: CodeOptions,
): { fn: string; call: (x: string, q: string, holder: string, key: string) => string } {
  const table = gm.table;
  switch (type.kind) {
    case "primitive": {
      const plan = planElement(model, type, options).decode;
      if (plan.kind === "convert") {
        return {
          fn: plan.convert,
          call: (x, q, holder, key) => `${plan.convert}(${x}, ${q}, c${plan.needsHolder ? `, ${holder}, ${key}` : ""})`,
        };
      }
      throw new Error("internal error: checked primitives are not decoded through elementDecoder");
    }
    case "object": {
      const args = `${JSON.stringify(type.typeName)}, ${gm.exact(type.typeName)}, ${table}`;
      return {
        fn: `(e: unknown, q: string, cc: ${rt("DecodeContext")}) => ${rt("gmAt")}(e, q, cc, ${args})`,
        // The dialect's norm (an object without _typeName) calls the exact decoder directly; the rest goes through gmAt.
        call: (x, q) =>
          `${rt("isRecord")}(${x}) && ${x}._typeName === undefined ? ${gm.exact(type.typeName)}(${x}, ${q}, c) : ${rt("gmAt")}(${x}, ${q}, c, ${args})`,
      };
    }
    case "enum":
      return { fn: names.decodeAt(type.enumName), call: (x, q) => `${names.decodeAt(type.enumName)}(${x}, ${q}, c)` };
    case "union": {
      const args = `[${type.typeNames.map((t) => JSON.stringify(t)).join(", ")}], ${table}`;
      return {
        fn: `(e: unknown, q: string, cc: ${rt("DecodeContext")}) => ${rt("gmAtList")}(e, q, cc, ${args})`,
        call: (x, q) => `${rt("gmAtList")}(${x}, ${q}, c, ${args})`,
      };
    }
    case "any": {
      const box = names.decodeAt(ANY_VALUE);
      return {
        fn: `(e: unknown, q: string, cc: ${rt("DecodeContext")}, h: object, i: number) => ${rt("gmAny")}(e, q, cc, ${table}, ${box}, h, i)`,
        call: (x, q, holder, key) => `${rt("gmAny")}(${x}, ${q}, c, ${table}, ${box}, ${holder}, ${key})`,
      };
    }
    default:
      return assertNever(type);
  }
}

/** Statements reading one field of the Go struct `v` into `o`, counting the member in `n` when it is there. */
function decodeField(writer: CodeBlockWriter, model: Model, field: FieldModel, options: CodeOptions): void {
  const local = names.local(field.name);
  const go = JSON.stringify(field.govmomiName);
  const vim = JSON.stringify(field.name);
  const plan = planElement(model, field.type, options).decode;
  const expected = field.array
    ? '"array"'
    : plan.kind === "check"
      ? plan.expected
      : field.type.kind === "primitive"
        ? JSON.stringify(field.type.format)
        : field.type.kind === "enum"
          ? '"string"'
          : '"object"';
  const fail = `rt.gmFail(c, v, p, ${go}, ${vim}, ${expected});`;
  const path = `p + (${local} === ${readMember("v", field.govmomiName)} ? ${JSON.stringify(`.${field.govmomiName}`)} : ${JSON.stringify(`.${field.name}`)})`;
  const store = writeMember("o", field.name);
  // camelCase data (govmomi's JSON tags) is read by its VI JSON name; `null` (an unset pointer) is counted as a
  // member the data has, then read as absent.
  writer.writeLine(`let ${local} = ${readMember("v", field.govmomiName)};`);
  writer.writeLine(`if (${local} === undefined) ${local} = ${readMember("v", field.name)};`);
  let body: string;
  if (field.array) {
    if (plan.kind === "check")
      body = `${store} = rt.gmCheckArray(${local}, ${path}, c, ${plan.check}, ${plan.expected});`;
    else body = `${store} = rt.gmArray(${local}, ${path}, c, ${elementDecoder(model, field.type, options).fn});`;
  } else if (plan.kind === "check") {
    body = `if (${planElement(model, field.type, options).guard(local)}) ${store} = ${local}; else ${fail}`;
  } else {
    const key = `(${local} === ${readMember("v", field.govmomiName)} ? ${go} : ${vim})`;
    const at = field.type.kind === "object" ? "q" : path;
    const call = `${store} = ${elementDecoder(model, field.type, options).call(local, at, "v", key)};`;
    body = field.type.kind === "object" ? `{ const q = ${path}; ${call} }` : call;
  }
  const zero = field.optional && !field.array ? goZero(model, field.type) : undefined;
  const braced = body.startsWith("if") ? `{ ${body} }` : body;
  writer.write(`if (${local} !== undefined) `).block(() => {
    writer.writeLine("n++;");
    if (field.optional) {
      // A Go zero value in an optional field is how Go writes "unset" (govmomi's own encoder omits it): absent.
      writer.writeLine(`if (${local} !== null${zero === undefined ? "" : ` && ${local} !== ${zero}`}) ${braced}`);
    } else {
      writer.writeLine(`if (${local} !== null) ${braced} else ${fail}`);
    }
  });
  if (!field.optional) writer.writeLine(`else ${fail}`);
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
      `const n = ${chain.length === 0 ? "0" : chain.map((level) => `${gm.fields(level.name)}(v, o, p, c)`).join(" + ")};`,
      `rt.gmRest(v, o, n, ${JSON.stringify(type.name)}, p, c, ${gm.table});`,
      `return o as unknown as ${names.type(type.name)};`,
    ],
  };
}

/** The table of every type: base, openness, exact decoder and own fields, built on first use. */
function tableStatements(model: Model): StatementStructures[] {
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Let,
      declarations: [{ name: "table$", type: `Map<string, ${rt("GovmomiType")}> | undefined` }],
    },
    {
      kind: StructureKind.Function,
      name: gm.table,
      docs: [{ description: "Every declared type as the govmomi dialect needs it (built on first use)." }],
      returnType: `ReadonlyMap<string, ${rt("GovmomiType")}>`,
      statements: (writer) => {
        writer.writeLine("if (table$ !== undefined) return table$;");
        writer.writeLine(`const t = new Map<string, ${rt("GovmomiType")}>();`);
        for (const type of model.types) {
          const fields = type.ownFields.map(
            (f) => `[${[f.name, f.govmomiName, ...fieldKind(f)].map((s) => JSON.stringify(s)).join(", ")}]`,
          );
          writer.writeLine(
            `t.set(${JSON.stringify(type.name)}, { base: ${type.base === undefined ? "undefined" : JSON.stringify(type.base)}, open: ${type.dispatch === "open"}, decode: ${gm.exact(type.name)}, fields: [${fields.join(", ")}] });`,
          );
        }
        writer.writeLine("table$ = t;");
        writer.writeLine("return t;");
      },
    },
  ];
}

/** `govmomi-decoders.ts`: the field readers, exact decoders and type table (internal). */
export function emitGovmomiDecoders(model: Model, options: CodeOptions): StatementStructures[] {
  const out: StatementStructures[] = [];
  for (const type of model.types) {
    if (type.ownFields.length > 0) out.push({ ...fieldsFunction(model, type, options), isExported: true });
    out.push({ ...exactFunction(model, type), isExported: true });
  }
  out.push(...tableStatements(model).map((s) => (s.kind === StructureKind.Function ? { ...s, isExported: true } : s)));
  return out;
}

function typeMap(model: Model): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: gm.typeMap,
    isExported: true,
    docs: [{ description: "Each declared type by name, as `decodeGovmomi` returns it (with its known subtypes)." }],
    // Quoted so that the import finder does not take a property name for a use of the type.
    properties: model.types.map((t) => ({ name: JSON.stringify(t.name), type: declaredTypeName(model, t.name) })),
  };
}

interface CloudEventFunction {
  readonly name: string;
  readonly doc: string;
  readonly parameters: { name: string; type: string; hasQuestionToken?: boolean }[];
  readonly returnType: string;
  readonly body: string;
}

/** The CloudEvents entry points, for schemas that declare `Event`. */
function cloudEventFunctions(model: Model): FunctionDeclarationStructure[] {
  const event = declaredTypeName(model, "Event");
  const options = { name: "options", type: rt("DecodeOptions"), hasQuestionToken: true };
  const decoded = `${rt("CloudEvent")}<${event}>`;
  const throws = "@throws DecodeError with every problem of the envelope and the event, each with its path.";
  const functions: CloudEventFunction[] = [
    {
      name: "decodeCloudEvent",
      doc:
        "Decodes a structured-mode CloudEvent from the event broker (VEBA) or the Knative vSphere source: the envelope " +
        "(a value, or JSON text or bytes, read with every int64 digit kept) with its attributes checked as CloudEvents 1.0 " +
        "says, and the govmomi JSON event in `data` as the type the envelope names (`com.vmware.vsphere.<Type>.v0` with " +
        "`eventclass`, or `com.vmware.event.router/event|eventex|extendedevent` with `subject`). A type no schema declares " +
        "decodes as Event, its name kept (see `wireTypeName`); an EventEx gets the envelope's `eventTypeId`.\n" +
        throws,
      parameters: [{ name: "value", type: "unknown" }, options],
      returnType: decoded,
      body: `${rt("ceDecodeStructured")}(value, options, ${names.defaults}, ${gm.table})`,
    },
    {
      name: "decodeBinaryCloudEvent",
      doc:
        "Decodes a binary-mode CloudEvent (HTTP): the attributes from the `ce-*` headers (percent-decoded; `Content-Type` " +
        "is `datacontenttype`) and the event from the body (text, bytes or an already parsed value). Issue paths are " +
        '`headers["ce-type"]` for a header and `$...` in the body.\n' +
        throws,
      parameters: [{ name: "headers", type: rt("HttpHeaders") }, { name: "body", type: "unknown" }, options],
      returnType: decoded,
      body: `${rt("ceDecodeBinary")}(headers, body, options, ${names.defaults}, ${gm.table})`,
    },
    {
      name: "decodeHttpCloudEvent",
      doc:
        "Decodes the CloudEvent of an HTTP request in either mode: {@link decodeCloudEvent} when `Content-Type` is " +
        "`application/cloudevents+json`, else {@link decodeBinaryCloudEvent}.\n" +
        throws,
      parameters: [{ name: "headers", type: rt("HttpHeaders") }, { name: "body", type: "unknown" }, options],
      returnType: decoded,
      body: `${rt("ceDecodeHttp")}(headers, body, options, ${names.defaults}, ${gm.table})`,
    },
    {
      name: "encodeCloudEvent",
      doc:
        "A structured-mode CloudEvent carrying `event` in govmomi JSON, as the event broker would send it, for testing " +
        "functions: `type` (and for the router form `subject`) follow from the event; {@link decodeCloudEvent} reads it " +
        "back to the same event.",
      parameters: [
        { name: "event", type: event },
        { name: "attributes", type: rt("CloudEventInit") },
      ],
      returnType: "Record<string, unknown>",
      body: `${rt("ceEncode")}(event, attributes, ${gm.table})`,
    },
    {
      name: "stringifyCloudEvent",
      doc: "{@link encodeCloudEvent} as JSON text, every int64 digit kept.",
      parameters: [
        { name: "event", type: event },
        { name: "attributes", type: rt("CloudEventInit") },
      ],
      returnType: "string",
      body: `${rt("stringifyJson")}(${rt("ceEncode")}(event, attributes, ${gm.table}))`,
    },
    {
      name: "encodeBinaryCloudEvent",
      doc: "The headers and body of a binary-mode HTTP request carrying `event`; see {@link encodeCloudEvent}.",
      parameters: [
        { name: "event", type: event },
        { name: "attributes", type: rt("CloudEventInit") },
      ],
      returnType: "{ headers: Record<string, string>; body: string }",
      body: `${rt("ceEncodeBinary")}(event, attributes, ${gm.table})`,
    },
  ];
  functions.push({
    name: "decodeCloudEventStream",
    doc:
      "Reads a log of structured CloudEvents (NDJSON, or one JSON array) from a Node `Readable` or any async iterable " +
      "of chunks, and yields each decoded by {@link decodeCloudEvent}, in constant memory; see `decodeStream` for " +
      'the options (`onError: "skip"`, `onSkip`).',
    parameters: [
      { name: "source", type: "AsyncIterable<string | Uint8Array>" },
      { name: "options", type: `${rt("StreamOptions")}<${rt("DecodeOptions")}>`, hasQuestionToken: true },
    ],
    returnType: `AsyncGenerator<${decoded}, void, undefined>`,
    body: `${rt("decodeStream")}(source, decodeCloudEvent, options)`,
  });
  return functions.map((f) => ({
    kind: StructureKind.Function,
    name: f.name,
    isExported: true,
    docs: [{ description: f.doc }],
    parameters: f.parameters,
    returnType: f.returnType,
    statements: [`return ${f.body}${f.returnType === decoded ? ` as ${decoded}` : ""};`],
  }));
}

/** `govmomi.ts`: `decodeGovmomi`, `parseGovmomi`, `encodeGovmomi`, `stringifyGovmomi`, and CloudEvents where Event is declared. */
export function emitGovmomiApi(model: Model, options: CodeOptions): StatementStructures[] {
  const [defaults] = defaultsConstants(options);
  const map = gm.typeMap;
  return [
    typeMap(model),
    ...(defaults === undefined ? [] : [defaults]),
    {
      kind: StructureKind.Function,
      name: "decodeGovmomi",
      isExported: true,
      docs: [
        {
          description:
            "Decodes govmomi JSON (Go's encoding of govmomi's structs, as read by `JSON.parse`) into the same value the VI JSON " +
            "decoder gives: a `typeName` (the data cannot say it), `_typeName` filled in on every object, `null` read as " +
            "absent, a Go zero value in an optional field read as absent. Issue paths use the data's member names.\n" +
            "@throws DecodeError with every problem and its JSON path.",
        },
      ],
      typeParameters: [{ name: "N", constraint: `keyof ${map}` }],
      parameters: [
        { name: "typeName", type: "N" },
        { name: "value", type: "unknown" },
        { name: "options", type: rt("DecodeOptions"), hasQuestionToken: true },
      ],
      returnType: `${map}[N]`,
      statements: [`return ${rt("gmDecode")}(value, typeName, ${gm.table}, options, ${names.defaults}) as ${map}[N];`],
    },
    {
      kind: StructureKind.Function,
      name: "parseGovmomi",
      isExported: true,
      docs: [{ description: "{@link decodeGovmomi} from JSON text, every int64 digit kept." }],
      typeParameters: [{ name: "N", constraint: `keyof ${map}` }],
      parameters: [
        { name: "typeName", type: "N" },
        { name: "text", type: "string" },
        { name: "options", type: rt("DecodeOptions"), hasQuestionToken: true },
      ],
      returnType: `${map}[N]`,
      statements: [`return ${rt("gmParse")}(text, typeName, ${gm.table}, options, ${names.defaults}) as ${map}[N];`],
    },
    {
      kind: StructureKind.Function,
      name: "encodeGovmomi",
      isExported: true,
      docs: [
        {
          description:
            "Encodes a decoded value as govmomi's Go structs are encoded: Go field names, every field present (`null` for " +
            "an unset pointer or slice, the Go zero value for an unset plain field), no `_typeName` except on a nested " +
            "value whose type the slot's declared type cannot say. `decodeGovmomi` reads it back to the same value. " +
            "int64 values stay bigints in bigint mode: write JSON text with {@link stringifyGovmomi}.",
        },
      ],
      parameters: [{ name: "value", type: `${map}[keyof ${map}]` }],
      returnType: "Record<string, unknown>",
      statements: [`return ${rt("gmEncode")}(value, ${gm.table});`],
    },
    {
      kind: StructureKind.Function,
      name: "stringifyGovmomi",
      isExported: true,
      docs: [{ description: "{@link encodeGovmomi} as JSON text, every int64 digit kept." }],
      parameters: [{ name: "value", type: `${map}[keyof ${map}]` }],
      returnType: "string",
      statements: [`return ${rt("stringifyJson")}(${rt("gmEncode")}(value, ${gm.table}));`],
    },
    ...(model.byName.has("Event") ? cloudEventFunctions(model) : []),
  ];
}
