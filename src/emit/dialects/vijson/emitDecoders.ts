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

/**
 * Beyond this many types the per-type entry points leave `decoders.ts` for one module per initial letter
 * (`decoders-a.ts`...), which `decoders.ts` re-exports. tsc types each reference to an import at a module's top level
 * by walking back over every declaration before it, so the check of one module of entry points grows with the square
 * of its length: the whole API's 15,000 took tsc 25 s of CPU in one module, 4 s in 22 by initial letter.
 */
export const ENTRY_POINTS_MAX_TYPES = 1000;

/** A module of the entry points of the types whose names begin with one letter. */
export interface EntryPointPart {
  /** `decoders-h`. */
  readonly module: string;
  /** `H`, or `other` for a name that does not begin with a letter. */
  readonly initial: string;
  readonly count: number;
  readonly body: StatementStructures[];
  /** The names it exports, which `decoders.ts` may call. */
  readonly exported: readonly string[];
}

/** VI JSON's entry points: `decoders.ts`, and the parts it re-exports when the output is large. */
export interface DecoderApi {
  readonly api: StatementStructures[];
  readonly parts: readonly EntryPointPart[];
}

function initialOf(name: string): string {
  const first = name.charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : "other";
}

function entryPointPart(initial: string, types: readonly TypeModel[], options: CodeOptions): EntryPointPart {
  const entries = types.flatMap((type) => exportedDecoders(type, options));
  return {
    module: `decoders-${initial.toLowerCase()}`,
    initial,
    count: types.length,
    body: [...defaultsConstants(options).slice(0, 1), ...boundFactories(), ...entries],
    exported: entries.flatMap((e) => e.declarations.map((d) => d.name)),
  };
}

/**
 * VI JSON's entry points (`decoders.ts`): `decodeT`, `safeDecodeT`, `decodeTArray`, `parseT`, `parseTArray`, in
 * `decoders.ts` itself or, past ENTRY_POINTS_MAX_TYPES, in the parts it re-exports. `modules` names a part's module
 * as the output imports it (`./decoders-h.js`).
 */
export function emitDecoderApi(
  model: Model,
  options: CodeOptions,
  modules: (name: string) => string = (name) => `./${name}`,
  maxTypes = ENTRY_POINTS_MAX_TYPES,
): DecoderApi {
  const tail: StatementStructures[] = [...anyValueEntryPoints(options), untypedTypesConstant()];
  if (model.byName.has("Event")) tail.push(eventStreamFunction(model));
  if (model.types.length <= maxTypes) {
    const api: StatementStructures[] = [...defaultsConstants(options), ...boundFactories()];
    for (const type of model.types) api.push(...exportedDecoders(type, options));
    return { api: [...api, ...tail], parts: [] };
  }
  const byInitial = new Map<string, TypeModel[]>();
  for (const type of model.types) {
    const initial = initialOf(type.name);
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), type]);
  }
  const parts = [...byInitial]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([initial, types]) => entryPointPart(initial, types, options));
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
