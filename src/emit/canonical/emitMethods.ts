/**
 * Emits `methods.ts`: the methods the schemas declare, as the type `VimMethods` (for each method the managed object
 * it is called on, its parameters with `_this`, what it returns and the faults it documents), through which every
 * wire's typed call is checked, and the run-time table `vimMethods$` that the wires read parameters and return values
 * from. Wire-neutral: the SOAP and VI JSON dialects each add their own request and response entry points.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type StatementStructures,
} from "ts-morph";
import { ofFamily, type Families } from "../families";
import type { FieldModel, MethodModel, Model } from "../../model/ir";
import type { CodeOptions } from "../../options";
import { fieldTsType, planElement } from "../plan/fieldPlan";
import { wireFieldEntry } from "../plan/wireField";
import { docCommentLines, jsDoc, safeCommentText } from "../jsdoc";
import { INDENT } from "../layoutParts";
import { objectDeclaration, type LiteralProperty, type LiteralValue } from "../layoutObjects";
import { objectTypeLines, type TypeMember } from "../layoutTypes";
import { declaredTypeName, names, rt, rtType } from "../naming";

export const methodNames = {
  map: "VimMethods",
  name: "VimMethodName",
  params: "VimParams",
  returns: "VimReturns",
  taskResult: "VimTaskResult",
  taskMethod: "VimTaskMethodName",
  table: "vimMethods$",
};

/** The TypeScript type of a parameter, return value or property. */
export function valueType(model: Model, value: FieldModel, options: CodeOptions): string {
  return fieldTsType(planElement(model, value.type, options), value.array);
}

/** The parameters' object type as members: `_this`, then each parameter with its description. */
function paramMembers(model: Model, method: MethodModel, options: CodeOptions): TypeMember[] {
  return [
    {
      doc: [`/** The ${safeCommentText(method.on)} the method is called on. */`],
      head: "readonly _this",
      type: { union: [declaredTypeName(model, "ManagedObjectReference")] },
    },
    ...method.params.map((p) => ({
      doc: docCommentLines({ description: p.doc.description, since: undefined, deprecated: undefined }),
      head: `readonly ${p.name}${p.optional ? "?" : ""}`,
      type: { union: [valueType(model, p, options)] },
    })),
  ];
}

/**
 * The type of a return value or task result (`none` when the method has none): an absent optional array is an empty
 * one, since SOAP cannot tell the two apart.
 */
function resultType(model: Model, r: FieldModel | undefined, options: CodeOptions, none: string): string {
  if (r === undefined) return none;
  const t = valueType(model, r, options);
  return r.optional && !r.array ? `${t} | undefined` : t;
}

/** A method's entry in `vimMethods$`: the wire facts, and the guard and decoder of its return value's element. */
function tableEntry(model: Model, method: MethodModel, options: CodeOptions): LiteralProperty {
  const entry = (value: FieldModel): LiteralValue => ({
    array: wireFieldEntry(model, value).map((part) => JSON.stringify(part)),
  });
  const r = method.returns;
  let tail: LiteralProperty[] = [
    { key: "returns", value: "undefined" },
    { key: "is", value: "undefined" },
    { key: "decode", value: "undefined" },
  ];
  if (r !== undefined) {
    const plan = planElement(model, r.type, options);
    const decode =
      plan.decode.kind === "decodeAt"
        ? plan.decode.decodeAt
        : `/* @__PURE__ */ ${rt("primitiveAt")}(${JSON.stringify(r.type.kind === "primitive" ? r.type.format : "string")})`;
    // A list of types has a guard of its own only inside guards.ts (its name is not public): its types' guards here.
    const is =
      r.type.kind === "union"
        ? `(v: unknown): boolean => ${r.type.typeNames.map((t) => `${names.guard(t)}(v)`).join(" || ")}`
        : plan.guardFn;
    tail = [
      { key: "returns", value: entry(r) },
      { key: "is", value: is },
      { key: "decode", value: decode },
    ];
  }
  return {
    key: method.name,
    value: {
      object: [
        { key: "on", value: JSON.stringify(method.on) },
        { key: "params", value: { array: method.params.map(entry) } },
        ...tail,
      ],
    },
  };
}

export function emitMethods(
  model: Model,
  options: CodeOptions,
  families: Families | undefined = undefined,
): StatementStructures[] {
  const { map, name, params, returns, taskResult, taskMethod, table } = methodNames;
  // A method that starts a task returns a reference to it (vim25 names them *_Task).
  const tasks = model.methods.filter((m) => m.returns?.refersTo === "Task" || m.name.endsWith("_Task"));
  const member = (m: MethodModel): OptionalKind<PropertySignatureStructure> => {
    const docs = jsDoc(m.doc, [
      `Called on ${safeCommentText(m.on)}${m.privilege === undefined ? "" : `, with the privilege ${safeCommentText(m.privilege)}`}.`,
    ]);
    const faults = m.faults.map((f) => declaredTypeName(model, f));
    const returns = resultType(model, m.returns, options, "void");
    const taskResult = resultType(model, m.taskResult, options, "undefined");
    // Laid out as prettier lays it out: one member a line (layoutTypes.ts).
    const type = objectTypeLines(INDENT.length, [
      { doc: [], head: "readonly on", type: { union: [JSON.stringify(m.on)] } },
      { doc: [], head: "readonly params", type: { members: paramMembers(model, m, options) } },
      { doc: [], head: "readonly returns", type: { union: [returns] } },
      { doc: [], head: "readonly taskResult", type: { union: [taskResult] } },
      { doc: [], head: "readonly faults", type: { union: faults.length === 0 ? ["never"] : faults } },
    ]);
    return {
      name: m.name,
      isReadonly: true,
      docs: docs === undefined ? [] : [docs],
      type: type.join("\n"),
    };
  };
  // Split by family (splitModule.ts), the map extends an interface of each family's methods, by the type they are
  // called on, so that no one module holds every method's signature.
  const byFamily = (families?.all ?? []).flatMap((family) => {
    // Every method's `on` has a family: splitPlan (splitPlan.ts) partitions those names with the types'.
    const own = model.methods.filter((m) => families?.of.get(m.on) === family.key);
    return own.length === 0
      ? []
      : [
          ofFamily<InterfaceDeclarationStructure>(
            {
              kind: StructureKind.Interface,
              name: `${map}$${family.identifier}`,
              docs: [{ description: `The methods called on the ${family.key} family's managed object types.` }],
              properties: own.map(member),
            },
            family.key,
          ),
        ];
  });
  return [
    ...byFamily,
    {
      kind: StructureKind.Interface,
      name: map,
      isExported: true,
      ...(families === undefined ? {} : { extends: byFamily.map((i) => i.name) }),
      docs: [
        {
          description:
            "Every method the schemas declare, by name: the managed object type it is called on (`on`), its " +
            "parameters (`params`, `_this` first), what it returns (`returns`; an array is empty when the server " +
            "sent none) and the faults its documentation lists (`faults`; any call may also fail with a RuntimeFault).",
        },
      ],
      properties: families === undefined ? model.methods.map(member) : [],
    },
    {
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      docs: [{ description: "The name of a method the schemas declare." }],
      type: `keyof ${map}`,
    },
    {
      kind: StructureKind.TypeAlias,
      name: params,
      isExported: true,
      docs: [
        {
          description:
            "The arguments of method `M`: `_this` and its parameters. An object whose slot fixes its type may leave out its `_typeName`; where a slot takes several types it says which.",
        },
      ],
      typeParameters: [{ name: "M", constraint: name }],
      type: `rt.RequestParams<${map}[M]["params"]>`,
    },
    {
      kind: StructureKind.TypeAlias,
      name: returns,
      isExported: true,
      docs: [{ description: "What method `M` returns." }],
      typeParameters: [{ name: "M", constraint: name }],
      type: `${map}[M]["returns"]`,
    },
    {
      kind: StructureKind.TypeAlias,
      name: taskResult,
      isExported: true,
      docs: [
        {
          description:
            "What the task of method `M` (a `*_Task` method) reports as its `info.result` on success: `undefined` when it reports nothing.",
        },
      ],
      typeParameters: [{ name: "M", constraint: name }],
      type: `${map}[M]["taskResult"]`,
    },
    {
      kind: StructureKind.TypeAlias,
      name: taskMethod,
      isExported: true,
      docs: [
        {
          description: "The name of a method that starts a task (and returns a reference to it): what `runTask` calls.",
        },
      ],
      type: tasks.length === 0 ? "never" : tasks.map((m) => JSON.stringify(m.name)).join(" | "),
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: [
        {
          description:
            "Each method's wire facts, read by every wire's requests and responses (internal): its parameters and " +
            "return value as `[name, kind, flags, ...types]`, and the return value's guard and decoder.",
        },
      ],
      declarations: [
        objectDeclaration(
          table,
          `Readonly<Record<${name}, ${rtType("MethodEntry")}>>`,
          model.methods.map((m) => tableEntry(model, m, options)),
        ),
      ],
    },
  ];
}
