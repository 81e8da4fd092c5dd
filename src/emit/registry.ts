/**
 * The one list of what the output is made of beyond the canonical layer: the wires, the transports that carry their
 * data, and the two run-time parts every output or a full one holds (the run time's own re-exports, the client).
 * `index.ts`'s re-exports, which templates are copied and the client's needs are all read from here, so a new wire is
 * one folder under dialects/ and one line below.
 */
import { govmomi } from "./dialects/govmomi";
import { soapXml } from "./dialects/soap";
import { viJson } from "./dialects/vijson";
import { cloudEvents } from "./transports/cloudEvents";
import type { IndexExport, Transport, Wire } from "./wire";

export const WIRES: readonly Wire[] = [viJson, govmomi, soapXml];

export const TRANSPORTS: readonly Transport[] = [cloudEvents];

/** What `index.ts` re-exports of the run time (`runtime.ts`): its values, and (last in the index) its types. */
export const RUNTIME_INDEX: { readonly values: IndexExport; readonly types: IndexExport } = {
  values: { module: "runtime", values: ["DecodeError", "dateTimeText", "decodeStream", "wireTypeName"] },
  types: {
    module: "runtime",
    types: [
      "Boxed",
      "BoxedPrimitive",
      "CloudEvent",
      "CloudEventAttributes",
      "CloudEventInit",
      "HttpHeaders",
      "StreamOptions",
      "StreamPosition",
      "DecodeIssue",
      "DecodeOptions",
      "DecodeResult",
      "UnknownEnumValue",
      "UnrecognizedValue",
      "WireObject",
    ],
  },
};

/**
 * The client (templates/client/): the methods it calls and the types it reads (an output without them, a subset or a
 * project's own schemas, has no client), the facade that binds it to the output's types (emitClient.ts: `client.ts`,
 * importing the template `binding`), the wire functions the facade gives it (each by the module that exports it), and
 * what `index.ts` re-exports of it: the bound classes and types from the facade, the rest from the templates.
 */
export const CLIENT = {
  runtime: "client",
  facade: "client",
  binding: "binding",
  methods: [
    "CancelRetrievePropertiesEx",
    "ContinueRetrievePropertiesEx",
    "CreateCollectorForEvents",
    "CreateContainerView",
    "CreateFilter",
    "CreatePropertyCollector",
    "DestroyCollector",
    "DestroyPropertyCollector",
    "DestroyView",
    "Login",
    "Logout",
    "QueryEvents",
    "ReadNextEvents",
    "ResetCollector",
    "RetrievePropertiesEx",
    "RetrieveServiceContent",
    "SetCollectorPageSize",
    "WaitForUpdatesEx",
  ],
  types: [
    "Event",
    "EventEx",
    "EventFilterSpec",
    "ManagedObjectReference",
    "MethodFault",
    "ServiceContent",
    "TaskInfo",
    "UserSession",
  ],
  wireFunctions: {
    soapRequest: "soap",
    parseSoapReturn: "soap",
    jsonRequest: "encoders",
    parseJsonReturn: "decoders",
    decodeMethodFault: "decoders",
    knownTypes$: "decoders-dispatch",
  },
  index: [
    {
      module: "client",
      values: ["PropertyReadError", "TaskError", "VimClient", "VimFault", "faultOf"],
      types: [
        "DecodedEvent",
        "EventFilter",
        "FollowOptions",
        "FollowedEvent",
        "MissingProperty",
        "QueriedEvent",
        "TaskWaitOptions",
        "VimSession",
      ],
    },
    { module: "properties", types: ["ListOptions"] },
    { module: "propertyPaths", types: ["CheckedPaths", "PropertyValue", "RetrievedObject", "RetrievedProperties"] },
    { module: "connectOptions", types: ["ConnectOptions"] },
    { module: "contract", types: ["RefArg"] },
    { module: "session", types: ["CallOptions"] },
    { module: "http", values: ["VimConnectionError"], types: ["AbortSignalLike", "ConnectionFailure", "FetchLike"] },
    { module: "checkpoints", types: ["Checkpoint"] },
    { module: "certificates", types: ["CertificateFingerprints", "TlsOptions"] },
    { module: "nodeTls", types: ["ServerCertificate"] },
    { module: "followEvents", types: ["FollowStatus", "UndecodedEvent"] },
    { module: "undecodable", types: ["UndecodableEvent"] },
  ],
} as const satisfies {
  readonly runtime: string;
  readonly facade: string;
  readonly binding: string;
  readonly methods: readonly string[];
  readonly types: readonly string[];
  readonly wireFunctions: Readonly<Record<string, string>>;
  readonly index: readonly IndexExport[];
};

/** The run time's own folder under templates/: the checks, conversions and context every wire reads into. */
export const CORE_RUNTIME = "core";
