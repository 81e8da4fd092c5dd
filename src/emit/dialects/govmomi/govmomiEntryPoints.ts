/**
 * The exported entry points of the govmomi dialect (`govmomi.ts`): `decodeGovmomi`, `parseGovmomi`, `encodeGovmomi`,
 * `stringifyGovmomi` with the name-to-type map that types them. Each is one call of a run-time helper
 * (templates/core/runtime.ts) with the output's table.
 */
import { StructureKind, type TypeAliasDeclarationStructure, type StatementStructures } from "ts-morph";
import type { CodeOptions } from "../../../options";
import { defaultsConstants } from "../../canonical/decodeContext";
import { gm } from "./emitGovmomi";
import { names, rt, rtType } from "../../naming";

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

/** `govmomi.ts`: `decodeGovmomi`, `parseGovmomi`, `encodeGovmomi`, `stringifyGovmomi`. */
export function emitGovmomiApi(options: CodeOptions): StatementStructures[] {
  const [defaults] = defaultsConstants(options, true);
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
        { name: "options", type: rtType("DecodeOptions"), hasQuestionToken: true },
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
        { name: "options", type: rtType("DecodeOptions"), hasQuestionToken: true },
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
  ];
}
