/**
 * The CloudEvents transport (`cloudevents.ts` of the output): the envelope as VEBA and the Knative source send it,
 * around an event whose data is read by a wire: JSON data by the table of the wire offering one for JSON (govmomi's),
 * XML data by the one for XML (SOAP's). The transport names no wire itself: it is given the registered wires, and
 * emits nothing for schemas without `Event`.
 */
import { StructureKind, type FunctionDeclarationStructure } from "ts-morph";
import type { Model } from "../../model/ir";
import type { DataTable, Transport, Wire } from "../wire";
import { defaultsConstants } from "../canonical/decodeContext";
import { declaredTypeName, names, rt, rtType } from "../naming";

/** The tables the transport reads data with: JSON data by the first, XML data by the second. */
export interface TransportTables {
  readonly json: string;
  readonly xml: string;
}

interface CloudEventFunction {
  readonly name: string;
  readonly doc: string;
  readonly parameters: { name: string; type: string; hasQuestionToken?: boolean }[];
  readonly returnType: string;
  readonly body: string;
}

/** The CloudEvents entry points, for schemas that declare `Event` (none otherwise). */
export function emitCloudEvents(model: Model, dialects: TransportTables): FunctionDeclarationStructure[] {
  if (!model.byName.has("Event")) return [];
  const event = declaredTypeName(model, "Event");
  const options = { name: "options", type: rtType("DecodeOptions"), hasQuestionToken: true };
  const decoded = `${rtType("CloudEvent")}<${event}>`;
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
      body: `${rt("ceDecodeStructured")}(value, options, ${names.defaults}, ${dialects.json}, ${dialects.xml})`,
    },
    {
      name: "decodeBinaryCloudEvent",
      doc:
        "Decodes a binary-mode CloudEvent (HTTP): the attributes from the `ce-*` headers (percent-decoded; `Content-Type` " +
        "is `datacontenttype`) and the event from the body (text, bytes or an already parsed value). Issue paths are " +
        '`headers["ce-type"]` for a header and `$...` in the body. An XML body (`Content-Type: application/xml`) is read ' +
        "as {@link decodeCloudEvent} reads XML data.\n" +
        throws,
      parameters: [{ name: "headers", type: rtType("HttpHeaders") }, { name: "body", type: "unknown" }, options],
      returnType: decoded,
      body: `${rt("ceDecodeBinary")}(headers, body, options, ${names.defaults}, ${dialects.json}, ${dialects.xml})`,
    },
    {
      name: "decodeHttpCloudEvent",
      doc:
        "Decodes the CloudEvent of an HTTP request in either mode: {@link decodeCloudEvent} when `Content-Type` is " +
        "`application/cloudevents+json`, else {@link decodeBinaryCloudEvent}.\n" +
        throws,
      parameters: [{ name: "headers", type: rtType("HttpHeaders") }, { name: "body", type: "unknown" }, options],
      returnType: decoded,
      body: `${rt("ceDecodeHttp")}(headers, body, options, ${names.defaults}, ${dialects.json}, ${dialects.xml})`,
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
      body: `${rt("ceDecodeBatch")}(value, options, ${names.defaults}, ${dialects.json}, ${dialects.xml})`,
    },
    {
      name: "encodeCloudEvent",
      doc:
        "A structured-mode CloudEvent carrying `event` in govmomi JSON, as the event broker would send it, for testing " +
        "functions: `type` (and for the router form `subject`) follow from the event; {@link decodeCloudEvent} reads it " +
        "back to the same event.",
      parameters: [
        { name: "event", type: event },
        { name: "attributes", type: rtType("CloudEventInit") },
      ],
      returnType: "Record<string, unknown>",
      body: `${rt("ceEncode")}(event, attributes, ${dialects.json})`,
    },
    {
      name: "stringifyCloudEvent",
      doc: "{@link encodeCloudEvent} as JSON text, every int64 digit kept.",
      parameters: [
        { name: "event", type: event },
        { name: "attributes", type: rtType("CloudEventInit") },
      ],
      returnType: "string",
      body: `${rt("stringifyJson")}(${rt("ceEncode")}(event, attributes, ${dialects.json}))`,
    },
    {
      name: "encodeBinaryCloudEvent",
      doc: "The headers and body of a binary-mode HTTP request carrying `event`; see {@link encodeCloudEvent}.",
      parameters: [
        { name: "event", type: event },
        { name: "attributes", type: rtType("CloudEventInit") },
      ],
      returnType: "{ headers: Record<string, string>; body: string }",
      body: `${rt("ceEncodeBinary")}(event, attributes, ${dialects.json})`,
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
        type: `${rtType("StreamOptions")}<${rtType("DecodeOptions")}, ${rt("DecodeError")}>`,
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

/** The table of the one wire that offers one for `data`; a registry without exactly one is an internal error. */
function tableFor(wires: readonly Wire[], data: DataTable["data"]): DataTable {
  const offered = wires.flatMap((w) => (w.dataTable?.data === data ? [w.dataTable] : []));
  const [table] = offered;
  if (table === undefined || offered.length > 1)
    throw new Error(
      `internal error: CloudEvents needs one wire offering a table for ${data} data, not ${offered.length}`,
    );
  return table;
}

/** `cloudevents.ts`: the CloudEvents entry points, with the defaults of every decoder. */
export const cloudEvents: Transport = {
  name: "CloudEvents",
  runtime: "transport",
  index: [{ module: "cloudevents", whole: true }],
  modules: (c, wires) => {
    const json = tableFor(wires, "json");
    const xml = tableFor(wires, "xml");
    const body = emitCloudEvents(c.model, { json: json.table, xml: xml.table });
    return [
      {
        path: "cloudevents.ts",
        what: `CloudEvents as the event broker (VEBA) and the Knative source deliver them, for ${c.count}: the envelope around govmomi JSON or XML data.`,
        // Without Event there is nothing to carry: the module only says so, and stays a module for the index.
        body:
          body.length === 0
            ? [{ kind: StructureKind.ExportDeclaration, namedExports: [] }]
            : [...defaultsConstants(c.code, true).slice(0, 1), ...body],
        imports: [
          c.runtime,
          c.types,
          c.checks,
          // In the wires' order, each table from its own module.
          ...[json, xml]
            .sort((a, b) => wires.findIndex((w) => w.dataTable === a) - wires.findIndex((w) => w.dataTable === b))
            .map((t) => ({ moduleSpecifier: c.local(t.module), values: [t.table], types: [] })),
        ],
      },
    ];
  },
};
