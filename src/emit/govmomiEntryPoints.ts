/**
 * The exported entry points of the govmomi dialect (`govmomi.ts`): `decodeGovmomi`, `parseGovmomi`, `encodeGovmomi`,
 * `stringifyGovmomi` with the name-to-type map that types them, and, where the schemas declare `Event`, the
 * CloudEvents functions. Each is one call of a run-time helper (templates/runtime.ts) with the output's table.
 */
import {
  StructureKind,
  type FunctionDeclarationStructure,
  type TypeAliasDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import type { Model } from "../model/ir";
import type { CodeOptions } from "../options";
import { defaultsConstants } from "./decoderEntryPoints";
import { gm } from "./emitGovmomi";
import { soap } from "./soap/emitSoap";
import { declaredTypeName, names, rt } from "./naming";

/** The govmomi name of the type map, kept: it is the one every wire's name-taking decoders use (types.ts). */
function typeMap(): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    name: gm.typeMap,
    isExported: true,
    docs: [{ description: `Each declared type by name, as \`decodeGovmomi\` returns it: {@link ${names.typeMap}}.` }],
    type: names.typeMap,
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
        "says, and the event in `data` as the type the envelope names (`com.vmware.vsphere.<Type>.v0` with `eventclass`, " +
        "`vmware.vsphere.<Type>.v0` for a declared type, or `com.vmware.event.router/event|eventex|extendedevent` with " +
        "`subject`): govmomi JSON, or XML (`datacontenttype: application/xml`, the Knative source's default: " +
        "`<UserLoginSessionEvent><key>8570</key>...`). A type no schema declares decodes as Event, its name kept (see " +
        "`wireTypeName`); an EventEx gets the envelope's `eventTypeId`.\n" +
        throws,
      parameters: [{ name: "value", type: "unknown" }, options],
      returnType: decoded,
      body: `${rt("ceDecodeStructured")}(value, options, ${names.defaults}, ${gm.table}, ${soap.schema})`,
    },
    {
      name: "decodeBinaryCloudEvent",
      doc:
        "Decodes a binary-mode CloudEvent (HTTP): the attributes from the `ce-*` headers (percent-decoded; `Content-Type` " +
        "is `datacontenttype`) and the event from the body (text, bytes or an already parsed value). Issue paths are " +
        '`headers["ce-type"]` for a header and `$...` in the body. An XML body (`Content-Type: application/xml`) is read ' +
        "as {@link decodeCloudEvent} reads XML data.\n" +
        throws,
      parameters: [{ name: "headers", type: rt("HttpHeaders") }, { name: "body", type: "unknown" }, options],
      returnType: decoded,
      body: `${rt("ceDecodeBinary")}(headers, body, options, ${names.defaults}, ${gm.table}, ${soap.schema})`,
    },
    {
      name: "decodeHttpCloudEvent",
      doc:
        "Decodes the CloudEvent of an HTTP request in either mode: {@link decodeCloudEvent} when `Content-Type` is " +
        "`application/cloudevents+json`, else {@link decodeBinaryCloudEvent}.\n" +
        throws,
      parameters: [{ name: "headers", type: rt("HttpHeaders") }, { name: "body", type: "unknown" }, options],
      returnType: decoded,
      body: `${rt("ceDecodeHttp")}(headers, body, options, ${names.defaults}, ${gm.table}, ${soap.schema})`,
    },
    {
      name: "decodeCloudEventBatch",
      doc:
        "Decodes a batch of structured-mode CloudEvents (`Content-Type: application/cloudevents-batch+json`: a JSON " +
        "array of envelopes, as a value or as text or bytes), each as {@link decodeCloudEvent} decodes one; issue paths " +
        "are `$[3].data.key`, every envelope's problems reported.\n" +
        throws,
      parameters: [{ name: "value", type: "unknown" }, options],
      returnType: `${decoded}[]`,
      body: `${rt("ceDecodeBatch")}(value, options, ${names.defaults}, ${gm.table}, ${soap.schema})`,
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
      {
        name: "options",
        type: `${rt("StreamOptions")}<${rt("DecodeOptions")}, ${rt("DecodeError")}>`,
        hasQuestionToken: true,
      },
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
    statements: [`return ${f.body}${f.returnType.startsWith(decoded) ? ` as ${f.returnType}` : ""};`],
  }));
}

/** `govmomi.ts`: `decodeGovmomi`, `parseGovmomi`, `encodeGovmomi`, `stringifyGovmomi`, and CloudEvents where Event is declared. */
export function emitGovmomiApi(model: Model, options: CodeOptions): StatementStructures[] {
  const [defaults] = defaultsConstants(options);
  const map = gm.typeMap;
  return [
    typeMap(),
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
