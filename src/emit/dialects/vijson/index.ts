/**
 * The VI JSON dialect: the wire form every other wire reads into. Its entry points (`decoders.ts`: `decodeT`,
 * `safeDecodeT`, `parseT`...; for an output split by family, in a module per family that `decoders.ts` re-exports) and
 * encoders (`encoders.ts`); its checks are the canonical ones (emitFiles.ts).
 */
import { oneFolderDown } from "../../splitModule";
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
    const { api, parts } = emitDecoderApi(c.model, c.code, c.local, c.families);
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
        what: `Decoders for the ${part.family} family's ${part.count} of the ${c.count} (re-exported by decoders.ts).`,
        body: part.body,
        imports: [c.runtime, c.types, c.checks, c.guards].map(oneFolderDown),
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
