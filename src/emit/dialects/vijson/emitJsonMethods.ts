/**
 * The VI JSON dialect's typed calls: `jsonRequest(method, args)` (in encoders.ts: the path and the JSON body, each
 * parameter through its type's encoder so that every object carries its `_typeName`) and `parseJsonReturn(method,
 * text)` (in decoders.ts: the response body as the method's return value). The rules are run-time code in
 * templates/vijson/jsonMethods.ts; this module writes the per-method encoder table and the two entry points.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { Model } from "../../../model/ir";
import type { CodeOptions } from "../../../options";
import { methodNames } from "../../canonical/emitMethods";
import { objectDeclaration } from "../../layoutObjects";
import { planElement } from "../../plan/fieldPlan";
import { names, rt, rtType } from "../../naming";

const ENCODERS = "jsonParamEncoders$";

/** encoders.ts: each method's parameter encoders, and `jsonRequest`. */
export function emitJsonRequest(model: Model, options: CodeOptions): StatementStructures[] {
  const rows = model.methods.map((m) => ({
    key: m.name,
    value: { array: m.params.map((p) => planElement(model, p.type, options).encode ?? "undefined") },
  }));
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [objectDeclaration(ENCODERS, rtType("JsonParamEncoders"), rows)],
    },
    {
      kind: StructureKind.Function,
      name: "jsonRequest",
      isExported: true,
      docs: [
        {
          description:
            "The VI JSON request of a call of `method`, typed by `VimMethods`: the path to POST to under " +
            "`/sdk/vim25/<release>` (`/EventManager/EventManager/QueryEvents`) and the JSON body, every object with " +
            "its `_typeName` and every int64 digit kept (no body for a method without parameters). Send it with " +
            "`Content-Type: application/json` and the `vmware-api-session-id` header.\n" +
            "@throws TypeError for a missing `_this` or required parameter.",
        },
      ],
      typeParameters: [{ name: "M", constraint: methodNames.name }],
      parameters: [
        { name: "method", type: "M" },
        { name: "args", type: `${methodNames.params}<M>` },
      ],
      returnType: rtType("JsonMethodRequest"),
      statements: [`return ${rt("jsonMethodRequest")}(method, args, ${methodNames.table}, ${ENCODERS});`],
    },
  ];
}

/** decoders.ts: `parseJsonReturn`. */
export function emitJsonReturn(): StatementStructures[] {
  return [
    {
      kind: StructureKind.Function,
      name: "parseJsonReturn",
      isExported: true,
      docs: [
        {
          description:
            "Decodes the VI JSON response body of a call of `method` as what it returns (`VimReturns<M>`), every " +
            "int64 digit kept; an empty body (204, a method that returns nothing or an absent value) is no value.\n" +
            "@throws DecodeError with every problem and its path.",
        },
      ],
      typeParameters: [{ name: "M", constraint: methodNames.name }],
      parameters: [
        { name: "method", type: "M" },
        { name: "text", type: "string" },
        { name: "options", type: rtType("DecodeOptions"), hasQuestionToken: true },
      ],
      returnType: `${methodNames.returns}<M>`,
      statements: [
        `return ${rt("jsonMethodReturn")}(method, text, ${methodNames.table}, options, ${names.untypedDefaults}) as ${methodNames.returns}<M>;`,
      ],
    },
  ];
}
