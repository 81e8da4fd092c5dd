/**
 * The VI JSON dialect: the wire form every other wire reads into. Its entry points (`decoders.ts`: `decodeT`,
 * `safeDecodeT`, `parseT`...) and encoders (`encoders.ts`); its checks are the canonical ones (emitFiles.ts).
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
  modules: (c) => [
    {
      path: "decoders.ts",
      what: `Decoders for ${c.count}.`,
      body: [...emitDecoderApi(c.model, c.code), ...emitJsonReturn()],
      imports: [c.runtime, c.types, c.checks, c.guards, c.methods],
    },
    {
      path: "encoders.ts",
      what: `Encoders for ${c.count}.`,
      body: [...emitEncoders(c.model, c.code), ...emitJsonRequest(c.model, c.code)],
      imports: [c.runtime, c.types, c.methods],
    },
  ],
};
