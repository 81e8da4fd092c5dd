/**
 * Emits VI JSON's entry points (`decoders.ts`): `decodeT`, `safeDecodeT`, `decodeTArray`, `parseT`, `parseTArray`
 * for every type (decoderEntryPoints.ts), `decodeAny`, and `decodeEventStream`. They call the canonical checks
 * (canonical/emitChecks.ts), as every wire's readers do.
 */
import { StructureKind, type FunctionDeclarationStructure, type StatementStructures } from "ts-morph";
import type { CodeOptions } from "../../../options";
import type { Model } from "../../../model/ir";
import { boundFactories, defaultsConstants } from "../../canonical/decodeContext";
import { emitChecks, type CanonicalChecks } from "../../canonical/emitChecks";
import { anyValueEntryPoints, exportedDecoders, untypedTypesConstant } from "./decoderEntryPoints";
import { names, rt, rtType } from "../../naming";

/** `decodeEventStream`: an archive of events (NDJSON or a QueryEvents dump), one event at a time. */
function eventStreamFunction(model: Model): FunctionDeclarationStructure {
  const event = model.byName.get("Event")?.polymorphic === true ? names.union("Event") : names.type("Event");
  return {
    kind: StructureKind.Function,
    name: "decodeEventStream",
    isExported: true,
    docs: [
      {
        description:
          "Reads an archive of events, NDJSON or one big JSON array (a `QueryEvents` dump), from a Node `Readable` or " +
          "any async iterable of text or byte chunks, and yields each event decoded by {@link parseEvent} (every int64 " +
          'digit kept), in constant memory. `onError: "skip"` passes over an event that does not decode, reporting it ' +
          "to `onSkip`.\n@throws DecodeError for an event that does not decode (paths `$[3].key`, or `line 4: $.key` " +
          "in NDJSON), and for a stream that is not well-formed (a truncated array).",
      },
    ],
    parameters: [
      { name: "source", type: "AsyncIterable<string | Uint8Array>" },
      {
        name: "options",
        type: `${rtType("StreamOptions")}<${rtType("DecodeOptions")}, ${rt("DecodeError")}>`,
        hasQuestionToken: true,
      },
    ],
    returnType: `AsyncGenerator<${event}, void, undefined>`,
    // decodeEvent beside parseEvent: the stream reads many events per JSON.parse when no int64 needs its digits.
    statements: [
      `return ${rt("decodeStream")}(source, ${names.parser("Event")}, options, { decode: ${names.decoder("Event")}, int64: ${names.defaults}.int64 });`,
    ],
  };
}

/** VI JSON's entry points (`decoders.ts`): `decodeT`, `safeDecodeT`, `decodeTArray`, `parseT`, `parseTArray`. */
export function emitDecoderApi(model: Model, options: CodeOptions): StatementStructures[] {
  const api: StatementStructures[] = [...defaultsConstants(options), ...boundFactories()];
  for (const type of model.types) api.push(...exportedDecoders(type, options));
  api.push(...anyValueEntryPoints(options), untypedTypesConstant());
  if (model.byName.has("Event")) api.push(eventStreamFunction(model));
  return api;
}

/** VI JSON's entry points and the canonical checks they call, as the output holds them. */
export function emitDecoders(
  model: Model,
  options: CodeOptions,
): CanonicalChecks & { readonly api: StatementStructures[] } {
  return { api: emitDecoderApi(model, options), ...emitChecks(model, options) };
}
