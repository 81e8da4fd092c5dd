/**
 * Emits VI JSON's entry points (`decoders.ts`): `decodeT`, `safeDecodeT`, `decodeTArray`, `parseT`, `parseTArray`
 * for every type (decoderEntryPoints.ts), `decodeAny`, and `decodeEventStream`. They call the canonical checks
 * (canonical/emitChecks.ts), as every wire's readers do.
 */
import {
  StructureKind,
  type ExportDeclarationStructure,
  type FunctionDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import type { CodeOptions } from "../../../options";
import { ofType, type Families } from "../../families";
import type { Model, TypeModel } from "../../../model/ir";
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

/** A module of the entry points of one family's types (families.ts), which `decoders.ts` re-exports. */
export interface EntryPointPart {
  /** `decoders/host`. */
  readonly module: string;
  /** `host`. */
  readonly family: string;
  readonly count: number;
  readonly body: StatementStructures[];
  /** The names it exports, which `decoders.ts` may call. */
  readonly exported: readonly string[];
}

/** VI JSON's entry points: `decoders.ts`, and the parts it re-exports when the output is split by family. */
export interface DecoderApi {
  readonly api: StatementStructures[];
  readonly parts: readonly EntryPointPart[];
}

function entryPointPart(family: string, types: readonly TypeModel[], options: CodeOptions): EntryPointPart {
  const entries = types.flatMap((type) => exportedDecoders(type, options));
  return {
    module: `decoders/${family}`,
    family,
    count: types.length,
    // Each part makes its entry points with its own defaults and factories: they are called while the part loads.
    body: [...defaultsConstants(options).slice(0, 1), ...boundFactories(), ...entries],
    exported: entries.flatMap((e) => e.declarations.map((d) => d.name)),
  };
}

/**
 * VI JSON's entry points (`decoders.ts`): `decodeT`, `safeDecodeT`, `decodeTArray`, `parseT`, `parseTArray`, in
 * `decoders.ts` itself or, for an output split by family (`families`), in a part per family that it re-exports.
 * `modules` names a part's module as the output imports it (`./decoders/host.js`). tsc types each reference to an
 * import at a module's top level by walking back over every declaration before it, so the check of one module of
 * entry points grows with the square of its length: the whole API's 15,000 took tsc 25 s of CPU in one module, 4 s in
 * 22 by initial letter.
 */
export function emitDecoderApi(
  model: Model,
  options: CodeOptions,
  modules: (name: string) => string = (name) => `./${name}`,
  families: Families | undefined = undefined,
): DecoderApi {
  const tail: StatementStructures[] = [...anyValueEntryPoints(options), untypedTypesConstant()];
  // Event's: a budget split puts it beside decodeEvent, so that the shared part reads no family's constant.
  if (model.byName.has("Event")) tail.push(ofType(eventStreamFunction(model), "Event"));
  if (families === undefined) {
    const api: StatementStructures[] = [...defaultsConstants(options), ...boundFactories()];
    for (const type of model.types) api.push(...exportedDecoders(type, options));
    return { api: [...api, ...tail], parts: [] };
  }
  const parts = families.all
    .map((family) => [family.key, model.types.filter((t) => families.of.get(t.name) === family.key)] as const)
    .filter(([, types]) => types.length > 0)
    .map(([family, types]) => entryPointPart(family, types, options));
  const reExports = parts.map((part): ExportDeclarationStructure => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: modules(part.module),
  }));
  // defaults$ only where decodeEventStream reads its int64 mode; untypedDefaults$ for decodeAny.
  const defaults = defaultsConstants(options).slice(model.byName.has("Event") ? 0 : 1);
  return { api: [...reExports, ...defaults, ...tail], parts };
}

/** VI JSON's entry points and the canonical checks they call, as the output holds them. */
export function emitDecoders(model: Model, options: CodeOptions): CanonicalChecks & DecoderApi {
  return { ...emitDecoderApi(model, options), ...emitChecks(model, options) };
}
