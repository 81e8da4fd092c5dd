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
import type { Model } from "../../../model/ir";
import { tableBuilder, writeTableEntry } from "../../plan/tableEntry";
import type { Families } from "../../families";
import { wireFieldEntry } from "../../plan/wireField";
import { methodNames } from "../../canonical/emitMethods";
import type { CodeOptions } from "../../../options";
import { defaultsConstants } from "../../canonical/decodeContext";
import { names, rt, rtType } from "../../naming";

export const soap = {
  schema: "soapSchema$",
  typeMap: "VimTypeMap",
};

function schemaStatements(model: Model, families: Families | undefined): StatementStructures[] {
  const table = tableBuilder("soapTypes", rtType("SoapEntry"), model.types, families, (writer, type) =>
    writeTableEntry(
      writer,
      type.name,
      [
        ["base", type.base === undefined ? "undefined" : JSON.stringify(type.base)],
        ["poly", String(type.polymorphic)],
        ["is", names.guard(type.name)],
        ["decode", names.decodeAt(type.name)],
      ],
      type.ownFields.map((f) => wireFieldEntry(model, f)),
    ),
  );
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Let,
      declarations: [{ name: "schema$", type: `${rtType("SoapTables")} | undefined` }],
    },
    {
      kind: StructureKind.Function,
      name: soap.schema,
      isExported: true,
      docs: [{ description: "Every declared type and enum as the SOAP wire needs them (built on first use)." }],
      returnType: rtType("SoapTables"),
      statements: (writer) => {
        writer.writeLine("if (schema$ !== undefined) return schema$;");
        writer.writeLine(`const t = new Map<string, ${rtType("SoapEntry")}>();`);
        table.fill(writer);
        writer.writeLine(`schema$ = { types: t, enums: new Set(${JSON.stringify(model.enums.map((e) => e.name))}) };`);
        writer.writeLine("return schema$;");
      },
    },
    ...table.functions,
  ];
}

function entryPoint(
  name: string,
  description: string,
  parameters: { name: string; type: string; hasQuestionToken?: boolean }[],
  returnType: string,
  body: string,
  generic: boolean | { readonly name: string; readonly constraint: string } = false,
): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: [{ description }],
    ...(generic === false
      ? {}
      : { typeParameters: [generic === true ? { name: "N", constraint: `keyof ${soap.typeMap}` } : generic] }),
    parameters,
    returnType,
    statements: [`return ${body};`],
  };
}

/** `soap.ts`: the SOAP table and the SOAP entry points. */
export function emitSoap(
  model: Model,
  options: CodeOptions,
  families: Families | undefined = undefined,
): StatementStructures[] {
  const [defaults] = defaultsConstants(options, true);
  const map = soap.typeMap;
  const opts = { name: "options", type: rtType("DecodeOptions"), hasQuestionToken: true };
  const xml = { name: "xml", type: "string | Uint8Array" };
  const throws =
    "@throws DecodeError with every problem and its path; not well-formed XML is one issue at `$` with its line and column.";
  return [
    ...schemaStatements(model, families),
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
        { name: "parameters", type: `readonly ${rtType("SoapParameter")}[]`, hasQuestionToken: true },
      ],
      "string",
      `${rt("writeSoapEnvelope")}(method, thisRef, parameters ?? [], ${soap.schema}())`,
    ),
    entryPoint(
      "soapRequest",
      "The SOAP request envelope of a call of `method`, typed by `VimMethods`: `_this` and the method's parameters, " +
        'each written as the method declares it, in the WSDL\'s order. POST it to `/sdk` with `SOAPAction: "urn:vim25/<release>"`.\n' +
        "@throws SoapEncodeError for a missing `_this` or required parameter, or a text XML cannot hold.",
      [
        { name: "method", type: "M" },
        { name: "args", type: `${methodNames.params}<M>` },
      ],
      "string",
      `${rt("soapMethodRequest")}(method, args, ${methodNames.table}, ${soap.schema})`,
      { name: "M", constraint: methodNames.name },
    ),
    entryPoint(
      "parseSoapReturn",
      "Decodes the SOAP response of a call of `method` as what it returns (`VimReturns<M>`): its `returnval` " +
        "elements as the declared type, a primitive or nothing.\n" +
        "@throws SoapFault when the server answered with a fault, its `detail` typed where a schema declares it.\n" +
        throws,
      [{ name: "method", type: "M" }, { name: "body", type: "string | Uint8Array" }, opts],
      `${methodNames.returns}<M>`,
      `${rt("soapMethodReturn")}(method, body, ${methodNames.table}, ${soap.schema}, options, ${names.defaults}) as ${methodNames.returns}<M>`,
      { name: "M", constraint: methodNames.name },
    ),
  ];
}
