/** The SOAP dialect (vim25 XML, what every vCenter speaks): `soap.ts`, the type table and the entry points. */
import type { Wire } from "../../wire";
import { emitSoap, soap } from "./emitSoap";

export const soapXml: Wire = {
  name: "SOAP",
  runtime: "soap",
  index: [
    { module: "soap", whole: true },
    { module: "vimxml", values: ["SoapEncodeError", "SoapFault"], types: ["SoapParameter"] },
  ],
  dataTable: { data: "xml", module: "soap", table: soap.schema },
  modules: (c) => [
    {
      path: "soap.ts",
      what: `The vim25 SOAP wire (XML, what every vCenter speaks) for ${c.count}: the type table and the entry points.`,
      body: emitSoap(c.model, c.code, c.families),
      imports: [c.runtime, c.types, c.checks, c.guards, c.methods],
    },
  ],
};
