/**
 * The client's facade, `client.ts` of an output that holds the client (registry.ts, `CLIENT`): the client in
 * templates/client/ is a core generic over a catalogue's types that imports no generated module, and this module binds
 * it to the output's. It names the catalogue's types the client hands out (`VimClientTypes`, each held by the core's
 * contract to the shape it reads), gives the core the wire functions of soap.ts, encoders.ts and decoders.ts with
 * `contract: true` (which compiles only while the types keep the contract, so a schema change that breaks it fails the
 * typecheck here), and exports `VimClient`, `TaskError`, `FollowedEvent`... typed with them, which index.ts re-exports.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { Model } from "../model/ir";
import { managedObjectNames } from "./canonical/emitManagedObjects";
import { methodNames } from "./canonical/emitMethods";
import { declaredTypeName, rtType } from "./naming";
import { CLIENT } from "./registry";
import type { ImportCandidates } from "./print";
import type { EmitContext, OutputModule } from "./wire";

/** The namespace client.ts imports the client's binding module (templates/client/binding.ts) under. */
const CLIENT_NAMESPACE = "client$";
const TYPES = "VimClientTypes";
const API = "api$";

const bound = (name: string): string => `${CLIENT_NAMESPACE}.${name}<${TYPES}>`;

/** An exported constant, typed: by default a bound class, as the binding's interface of it (`client$.VimClientClass<VimClientTypes>`). */
function exportedConst(
  name: string,
  initializer: string,
  description: string,
  type = bound(`${name}Class`),
): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported: true,
    docs: [{ description }],
    declarations: [{ name, type, initializer }],
  };
}

function exportedType(name: string, description: string): StatementStructures {
  return { kind: StructureKind.TypeAlias, name, isExported: true, docs: [{ description }], type: bound(name) };
}

function clientStatements(model: Model): StatementStructures[] {
  const { map, name, params, returns, taskResult, taskMethod } = methodNames;
  const type = (t: string): string => declaredTypeName(model, t);
  const functions = Object.keys(CLIENT.wireFunctions).sort();
  const classes = [
    [
      "VimClient",
      `/* @__PURE__ */ ${CLIENT_NAMESPACE}.bindClient(${API})`,
      "A typed vSphere client (runtime/vimClient.ts): `VimClient.connect` reads the service content and logs in, " +
        "`call(method, args)` sends any method the schemas declare.",
    ],
    [
      "TaskError",
      `/* @__PURE__ */ ${CLIENT_NAMESPACE}.taskErrorClass<${TYPES}>()`,
      "A task that ended in error (`waitForTask`): its info, and the fault as its MethodFault subtype.",
    ],
    [
      "PropertyReadError",
      `/* @__PURE__ */ ${CLIENT_NAMESPACE}.propertyReadErrorClass<${TYPES}>()`,
      "Properties a read (`retrieve`, `retrieveMany`, `list`) asked for and the server did not read, each with its fault.",
    ],
    [
      "VimFault",
      `/* @__PURE__ */ ${CLIENT_NAMESPACE}.vimFaultClass<${TYPES}>()`,
      "A fault answered on the VI JSON wire: the HTTP status and the fault, decoded as its MethodFault subtype.",
    ],
  ] as const;
  const types = [
    ["VimSession", "What the event helpers need of a client (runtime/session.ts)."],
    ["EventFilter", "An EventFilterSpec as a call takes it: its `_typeName`, and its parts', may be left out."],
    ["FollowOptions", "How `followEvents` follows (runtime/followEvents.ts)."],
    ["FollowedEvent", "What `followEvents` yields: an event, decoded and typed, or one that did not decode."],
    ["DecodedEvent", "A followed event that decoded, with its category and checkpoint."],
    ["QueriedEvent", "What `queryEachEvent` answers with: an event, decoded and typed, or one that did not decode."],
    ["TaskWaitOptions", "How `waitForTask` waits (runtime/tasks.ts)."],
    ["MissingProperty", "A property the server did not read: the object, the path and the fault."],
  ] as const;
  return [
    {
      kind: StructureKind.Interface,
      name: TYPES,
      isExported: true,
      docs: [
        {
          description:
            "The types the client hands out, each held to the shape the client reads of it (runtime/contract.ts), " +
            "and its typed call.",
        },
      ],
      properties: [
        ["methods", map],
        // A schema set without managed object types has nothing for `retrieve` and `list` to read.
        ["managedObjects", model.managedObjects.length > 0 ? managedObjectNames.map : "Record<never, never>"],
        ["entityName", model.managedObjects.length > 0 ? managedObjectNames.entity : "never"],
        [
          "call",
          `<M extends ${name}>(method: M, args: ${params}<M>, options?: ${CLIENT_NAMESPACE}.CallOptions) => Promise<${returns}<M>>`,
        ],
        [
          "runTask",
          `<M extends ${taskMethod}>(method: M, args: ${params}<M>, options?: ${bound("TaskWaitOptions")}) => Promise<${taskResult}<M>>`,
        ],
        ["ref", type("ManagedObjectReference")],
        ["event", type("Event")],
        ["fault", type("MethodFault")],
        ["serviceContent", type("ServiceContent")],
        ["userSession", type("UserSession")],
        ["taskInfo", type("TaskInfo")],
        ["eventFilter", `${rtType("RequestValue")}<${type("EventFilterSpec")}>`],
      ].map(([n, t]) => ({ name: n ?? "", type: t ?? "", isReadonly: true })),
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        {
          description:
            "The wire functions the client sends and reads with; `contract: true` compiles only while the types " +
            "above keep the client's contract (a method that breaks it is named in the error).",
        },
      ],
      declarations: [
        {
          name: API,
          type: `${CLIENT_NAMESPACE}.ClientApi<${TYPES}>`,
          initializer: `{ contract: true, ${functions.join(", ")} }`,
        },
      ],
    },
    ...classes.flatMap(([n, initializer, description]) => [
      exportedConst(n, initializer, description),
      exportedType(n, description),
    ]),
    ...types.map(([n, description]) => exportedType(n, description)),
    exportedConst(
      "faultOf",
      `${CLIENT_NAMESPACE}.faultOf<${TYPES}>`,
      "The fault a call's error carries, as its MethodFault subtype: a `TaskError`'s, a `VimFault`'s, a `SoapFault`'s " +
        "detail; undefined for any other error.",
      `(error: unknown) => ${TYPES}["fault"] | undefined`,
    ),
  ];
}

/** client.ts: the client bound to the output's types and wire functions. */
export function clientModule(c: EmitContext): OutputModule {
  const byModule = new Map<string, string[]>();
  for (const [f, module] of Object.entries(CLIENT.wireFunctions))
    byModule.set(module, [...(byModule.get(module) ?? []), f]);
  const wireFunctions: ImportCandidates[] = [...byModule].map(([module, values]) => ({
    moduleSpecifier: c.local(module),
    values,
    types: [],
  }));
  const binding: ImportCandidates = {
    moduleSpecifier: c.local(CLIENT.binding),
    namespace: CLIENT_NAMESPACE,
    values: [],
    types: [],
  };
  const body = clientStatements(c.model);
  // A schema type of a name this module declares (vim25 has a VimFault) is not imported: index.ts exports the client's.
  const declared = new Set(body.flatMap((s) => ("name" in s && typeof s.name === "string" ? [s.name] : [])));
  const types: ImportCandidates = { ...c.types, types: c.types.types.filter((t) => !declared.has(t)) };
  return {
    path: `${CLIENT.facade}.ts`,
    what: `The typed client for ${c.count}: the client of runtime/ bound to these types and wire functions.`,
    body,
    imports: [c.runtime, types, c.methods, c.managedObjects, ...wireFunctions, binding],
  };
}
