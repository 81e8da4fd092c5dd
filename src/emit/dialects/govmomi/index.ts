/**
 * The govmomi JSON dialect (Go's encoding of govmomi's structs, as the event broker and the Knative source deliver
 * events): `govmomi.ts`, its entry points, and `govmomi-decoders.ts`, the field readers and the type table.
 */
import type { Dialect } from "../../dialect";
import { emitGovmomiDecoders } from "./emitGovmomi";
import { emitGovmomiApi } from "./govmomiEntryPoints";

export const govmomi: Dialect = {
  name: "govmomi JSON",
  exported: ["govmomi"],
  modules: (c) => {
    const decoders = emitGovmomiDecoders(c.model, c.code);
    return [
      {
        path: "govmomi.ts",
        what: `govmomi JSON (events as the event broker and the Knative source deliver them) for ${c.count}.`,
        body: emitGovmomiApi(c.model, c.code),
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
