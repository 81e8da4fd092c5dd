/**
 * Emits the SOAP wire (`soap.ts`): the table every type is read and written from (`soapSchema$`: base, whether it has
 * subtypes, its fields with their kinds, and the VI JSON decoder that checks what the XML reads into), and the entry
 * points `parseSoapResponse`, `decodeSoap`, `decodeSoapElement`, `encodeSoap` and `soapEnvelope`. The reading and
 * writing rules are run-time code in templates/soap/ (soapRead.ts, soapWrite.ts, over xml.ts); this module only writes data and calls.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type FunctionDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import { assertNever, type FieldModel, type Model } from "../../../model/ir";
import type { CodeOptions } from "../../../options";
import { defaultsConstants } from "../vijson/decoderEntryPoints";
import { names, rt } from "../../naming";

export const soap = {
  schema: "soapSchema$",
  typeMap: "VimTypeMap",
};

const ARRAY = 1;
const OPTIONAL = 2;

/** A field as `[member, kind, flags, ...types]` (see `SoapField` in templates/soap/vimxml.ts). */
function fieldEntry(model: Model, field: FieldModel): (string | number)[] {
  const flags = (field.array ? ARRAY : 0) | (field.optional ? OPTIONAL : 0);
  const t = field.type;
  switch (t.kind) {
    case "primitive":
      return [field.name, t.format, flags];
    case "enum":
      return [field.name, "string", flags];
    case "object":
      return [field.name, "object", flags, t.typeName];
    case "union": {
      // The WSDL declares such a slot as the member without subtypes (LocalizedMethodFault, the wrapper); VI JSON
      // sometimes sends the bare fault instead. Without xsi:type the XML is read as the WSDL's type.
      const declared = t.typeNames.filter((n) => model.byName.get(n)?.polymorphic !== true);
      const ordered = [...declared, ...t.typeNames.filter((n) => !declared.includes(n))];
      return [field.name, "union", flags, ...ordered];
    }
    case "any":
      return [field.name, "any", flags];
    default:
      return assertNever(t);
  }
}

function schemaStatements(model: Model): StatementStructures[] {
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Let,
      declarations: [{ name: "schema$", type: `${rt("SoapTables")} | undefined` }],
    },
    {
      kind: StructureKind.Function,
      name: soap.schema,
      isExported: true,
      docs: [{ description: "Every declared type and enum as the SOAP wire needs them (built on first use)." }],
      returnType: rt("SoapTables"),
      statements: (writer) => {
        writer.writeLine("if (schema$ !== undefined) return schema$;");
        writer.writeLine(`const t = new Map<string, ${rt("SoapEntry")}>();`);
        for (const type of model.types) {
          const fields = type.ownFields.map((f) => JSON.stringify(fieldEntry(model, f)));
          writer.writeLine(
            `t.set(${JSON.stringify(type.name)}, { base: ${type.base === undefined ? "undefined" : JSON.stringify(type.base)}, poly: ${type.polymorphic}, is: ${names.guard(type.name)}, decode: ${names.decodeAt(type.name)}, fields: [${fields.join(", ")}] });`,
          );
        }
        writer.writeLine(`schema$ = { types: t, enums: new Set(${JSON.stringify(model.enums.map((e) => e.name))}) };`);
        writer.writeLine("return schema$;");
      },
    },
  ];
}

function entryPoint(
  name: string,
  description: string,
  parameters: { name: string; type: string; hasQuestionToken?: boolean }[],
  returnType: string,
  body: string,
  generic = false,
): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: [{ description }],
    ...(generic ? { typeParameters: [{ name: "N", constraint: `keyof ${soap.typeMap}` }] } : {}),
    parameters,
    returnType,
    statements: [`return ${body};`],
  };
}

/** `soap.ts`: the SOAP table and the SOAP entry points. */
export function emitSoap(model: Model, options: CodeOptions): StatementStructures[] {
  const [defaults] = defaultsConstants(options);
  const map = soap.typeMap;
  const opts = { name: "options", type: rt("DecodeOptions"), hasQuestionToken: true };
  const xml = { name: "xml", type: "string | Uint8Array" };
  const throws =
    "@throws DecodeError with every problem and its path; not well-formed XML is one issue at `$` with its line and column.";
  return [
    ...schemaStatements(model),
    ...(defaults === undefined ? [] : [defaults]),
    entryPoint(
      "parseSoapResponse",
      "Decodes a vim25 SOAP response (`<soapenv:Envelope><soapenv:Body><QueryEventsResponse>`...): every `returnval` " +
        'element as `typeName`, in order (always an array: vim25 repeats the element for "one or more", and an empty ' +
        "result has none). `xsi:type` chooses a subtype under any prefix bound to XMLSchema-instance; a member no " +
        "schema declares, an unknown type and an unknown enum value follow the options as in VI JSON.\n" +
        "@throws SoapFault when the server answered with a fault: its `faultcode`, `faultstring` and `detail` (the " +
        "`MethodFault` subtype, typed where a schema declares it).\n" +
        throws,
      [{ name: "typeName", type: "N" }, { name: "body", type: "string | Uint8Array" }, opts],
      `${map}[N][]`,
      `${rt("soapParse")}(body, typeName, ${soap.schema}, options, ${names.defaults}) as ${map}[N][]`,
      true,
    ),
    entryPoint(
      "decodeSoap",
      "Decodes one vim25 XML element (whatever its name) as `typeName`, or the subtype its `xsi:type` names.\n" +
        throws,
      [{ name: "typeName", type: "N" }, xml, opts],
      `${map}[N]`,
      `${rt("soapDecode")}(xml, typeName, ${soap.schema}, options, ${names.defaults}) as ${map}[N]`,
      true,
    ),
    entryPoint(
      "decodeSoapElement",
      "Decodes one vim25 XML element as the type its name (or `xsi:type`) says, as the Knative vSphere source sends " +
        "event data in XML: `<UserLoginSessionEvent><key>8570</key>...`, with or without namespaces.\n" +
        throws,
      [xml, opts],
      `${map}[keyof ${map}]`,
      `${rt("soapDecode")}(xml, undefined, ${soap.schema}, options, ${names.defaults}) as ${map}[keyof ${map}]`,
    ),
    entryPoint(
      "encodeSoap",
      "Writes a value as a vim25 XML element (named `element`, by default the type's name) that `decodeSoap` reads " +
        "back to the same value: `xsi:type` where the slot needs it, members in WSDL order (vCenter checks the order), " +
        "every text escaped. An empty array is written as no element, which is how SOAP says it.\n" +
        "@throws SoapEncodeError for a text XML 1.0 cannot hold (U+0000 and the other control characters) or a " +
        "member name that cannot be an element's.",
      [
        { name: "typeName", type: "N" },
        { name: "value", type: `${map}[N]` },
        { name: "element", type: "string", hasQuestionToken: true },
      ],
      "string",
      `${rt("soapEncode")}(value, typeName, element ?? typeName, ${soap.schema})`,
      true,
    ),
    entryPoint(
      "soapEnvelope",
      "A SOAP request calling `method` on the managed object `thisRef`: `parameters` in the WSDL's order, each " +
        "`[name, type, value]` with `type` a schema type, an XML Schema type (`xsd:int`) or `any`; an array value " +
        'repeats the element. Send it with `SOAPAction: "urn:vim25/<release>"`.\n' +
        "@throws SoapEncodeError for what XML cannot hold.",
      [
        { name: "method", type: "string" },
        { name: "thisRef", type: "{ readonly type: string; readonly value: string }" },
        { name: "parameters", type: `readonly ${rt("SoapParameter")}[]`, hasQuestionToken: true },
      ],
      "string",
      `${rt("writeSoapEnvelope")}(method, thisRef, parameters ?? [], ${soap.schema}())`,
    ),
  ];
}
