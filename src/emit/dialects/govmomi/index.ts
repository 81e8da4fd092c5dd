/**
 * The govmomi JSON dialect (Go's encoding of govmomi's structs, as the event broker and the Knative source deliver
 * events): `govmomi.ts`, its entry points, and `govmomi-decoders.ts`, the field readers and the type table.
 */
import type { Wire } from "../../wire";
import { emitGovmomiDecoders, gm } from "./emitGovmomi";
import { emitGovmomiApi } from "./govmomiEntryPoints";

export const govmomi: Wire = {
  name: "govmomi JSON",
  runtime: "govmomi",
  index: [{ module: "govmomi", whole: true }],
  // CloudEvents' JSON data is govmomi's encoding (the event broker, the Knative source's JSON mode).
  dataTable: { data: "json", module: "govmomi-decoders", table: gm.table },
  modules: (c) => {
    const decoders = emitGovmomiDecoders(c.model, c.code, c.families);
    return [
      {
        path: "govmomi.ts",
        what: `govmomi JSON (events as the event broker and the Knative source deliver them) for ${c.count}.`,
        body: emitGovmomiApi(c.code),
        imports: [c.runtime, c.types, c.checks, c.sibling("govmomi-decoders", decoders)],
      },
      {
        path: "govmomi-decoders.ts",
        what: `govmomi JSON decoders for ${c.count}: the field readers and the type table (internal).`,
        body: decoders,
        imports: [c.runtime, c.types, c.checks, c.fields],
      },
    ];
  },
};
