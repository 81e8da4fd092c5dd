/**
 * The VI JSON dialect: the wire form every other wire reads into. Its entry points (`decoders.ts`: `decodeT`,
 * `safeDecodeT`, `parseT`...; for a large output in modules by initial letter that `decoders.ts` re-exports) and
 * encoders (`encoders.ts`); its checks are the canonical ones (emitFiles.ts).
 */
import type { Wire } from "../../wire";
import { emitDecoderApi } from "./emitDecoders";
import { emitEncoders } from "./emitEncoders";
import { emitJsonRequest, emitJsonReturn } from "./emitJsonMethods";

export const viJson: Wire = {
  name: "VI JSON",
  runtime: "vijson",
  index: [
    { module: "decoders", whole: true },
    { module: "encoders", whole: true },
  ],
  modules: (c) => {
    const { api, parts } = emitDecoderApi(c.model, c.code, c.local);
    return [
      {
        path: "decoders.ts",
        what: `Decoders for ${c.count}.`,
        body: [...api, ...emitJsonReturn()],
        imports: [
          c.runtime,
          c.types,
          c.checks,
          c.guards,
          c.methods,
          ...parts.map((part) => ({ moduleSpecifier: c.local(part.module), values: part.exported, types: [] })),
        ],
      },
      ...parts.map((part) => ({
        path: `${part.module}.ts`,
        what: `Decoders for the ${part.count} of the ${c.count} whose names begin with ${part.initial} (re-exported by decoders.ts).`,
        body: part.body,
        imports: [c.runtime, c.types, c.checks, c.guards],
        whole: true as const,
      })),
      {
        path: "encoders.ts",
        what: `Encoders for ${c.count}.`,
        body: [...emitEncoders(c.model, c.code), ...emitJsonRequest(c.model, c.code)],
        imports: [c.runtime, c.types, c.methods],
      },
    ];
  },
};
