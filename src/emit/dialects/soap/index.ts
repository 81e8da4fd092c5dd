/** The SOAP dialect (vim25 XML, what every vCenter speaks): `soap.ts`, the type table and the entry points. */
import type { Dialect } from "../../dialect";
import { emitSoap } from "./emitSoap";

export const soapXml: Dialect = {
  name: "SOAP",
  exported: ["soap"],
  modules: (c) => [
    {
      path: "soap.ts",
      what: `The vim25 SOAP wire (XML, what every vCenter speaks) for ${c.count}: the type table and the entry points.`,
      body: emitSoap(c.model, c.code),
      imports: [c.runtime, c.types, c.checks, c.guards, c.methods],
    },
  ],
};
