/**
 * The exported entry points of `decoders.ts`: for every type `decodeT`, `safeDecodeT`, `decodeTArray`, `parseT` and
 * `parseTArray`, each making a fresh context and calling the type's dispatcher (the decoders' defaults are in
 * canonical/decodeContext.ts); and `decodeAny`/`parseAny`, which call the dispatcher of untyped slots.
 */
import { StructureKind, VariableDeclarationKind, type VariableStatementStructure } from "ts-morph";
import type { TypeModel } from "../../../model/ir";
import type { CodeOptions } from "../../../options";
import { entryPointType, triesGuard, type EntryPointFactory } from "../../canonical/decodeContext";
import { callDeclaration, type Call } from "../../layout";
import { ANY_VALUE, article, names, rt, rtType } from "../../naming";

const THROWS = "@throws DecodeError with every problem and its JSON path.";

/** What a type's entry points are made from: its dispatcher, its type, the guard tried first, the defaults read. */
interface EntryTarget {
  readonly at: string;
  readonly t: string;
  readonly guard: string | undefined;
  /** The run time's defaults to bind (`untypedDefaults$`); the module's own (`decoder$`...) when undefined. */
  readonly defaults?: string;
}

/**
 * An exported entry point, made by a run-time factory (`rt.decoder`, `rt.parser`, ...) from the type's
 * dispatcher: one line per entry point instead of a function body, and `@__PURE__` so that a bundler drops the
 * entry points a program does not import.
 */
function entryPoint(
  target: EntryTarget,
  factory: EntryPointFactory,
  name: string,
  doc: string,
  throws: boolean,
): VariableStatementStructure {
  const { at, t, defaults } = target;
  const guard = triesGuard(factory) ? target.guard : undefined;
  const call: Call = {
    callee: defaults === undefined ? `${factory}$` : rt(factory),
    args: [at, ...(defaults === undefined ? [] : [defaults]), ...(guard === undefined ? [] : [guard])],
  };
  const type = entryPointType(factory, t);
  const declaration = callDeclaration(name, type, call);
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported: true,
    docs: [{ description: throws ? `${doc}\n${THROWS}` : doc }],
    declarations: [declaration],
  };
}

/**
 * The guard `decodeT` and `safeDecodeT` try first (when called without options), if the output's defaults make the
 * decoder return every value the guard accepts as it is: int64 as number and date-time as string (in the other
 * modes such fields change), members and enum values the schemas do not list kept (the guard accepts them). A value
 * the guard accepts has every `_typeName` present and every field valid, so it decodes to itself and is returned
 * without a decode context; any other value is decoded as before. (A type no schema declares is never accepted by the
 * guard, so `unknownTypes` does not matter.)
 */
function fastGuard(guardName: string, options: CodeOptions): string | undefined {
  const returnsAccepted =
    options.int64 === "number" &&
    options.dateTime === "string" &&
    options.unknownMembers === "keep" &&
    options.unknownEnumValues === "keep";
  return returnsAccepted ? guardName : undefined;
}

/**
 * Families larger than this decode without trying the guard first: the guard of Event (442 subtypes) would bring
 * every guard into a bundle of decodeEvent, 190 KB beside a decoder of 230 (README, Performance), for a decode of
 * valid input about a third faster (measured in `npm run bench`, catalogue).
 */
const GUARD_FIRST_MAX_SUBTYPES = 100;

export function exportedDecoders(type: TypeModel, options: CodeOptions): VariableStatementStructure[] {
  const which = type.polymorphic
    ? `${article(type.name)} or any known subtype, chosen by \`_typeName\` (then required)`
    : `${article(type.name)}; a missing \`_typeName\` is filled in`;
  const t = type.polymorphic ? names.union(type.name) : names.type(type.name);
  const guard =
    type.subtypes.length > GUARD_FIRST_MAX_SUBTYPES ? undefined : fastGuard(names.guard(type.name), options);
  const target: EntryTarget = { at: names.decodeAt(type.name), t, guard };
  const decode = names.decoder(type.name);
  // The variants point at decodeT, whose JSDoc says what is decoded and what is thrown.
  return [
    entryPoint(target, "decoder", decode, `Decodes VI JSON (as read by \`JSON.parse\`) into ${which}.`, true),
    entryPoint(
      target,
      "safeDecoder",
      names.safeDecoder(type.name),
      `{@link ${decode}} returning \`{ ok: true, value }\` or \`{ ok: false, issues }\` (every problem and its JSON path) instead of throwing.`,
      false,
    ),
    entryPoint(
      target,
      "arrayDecoder",
      names.arrayDecoder(type.name),
      `{@link ${decode}} for a JSON array (paths \`$[i]...\`).`,
      false,
    ),
    entryPoint(
      target,
      "parser",
      names.parser(type.name),
      `{@link ${decode}} from JSON text, every int64 digit kept.`,
      false,
    ),
    entryPoint(
      target,
      "arrayParser",
      names.arrayParser(type.name),
      `{@link ${decode}} for JSON text of an array, every int64 digit kept.`,
      false,
    ),
  ];
}

/** `decodeAny` and its dispatcher: every schema type, a box of any schema type, or a boxed primitive. */
export function anyValueEntryPoints(options: CodeOptions): VariableStatementStructure[] {
  const target: EntryTarget = {
    at: names.decodeAt(ANY_VALUE),
    t: names.anyValue,
    guard: fastGuard(names.anyValueGuard, options),
    defaults: names.untypedDefaults,
  };
  return [
    entryPoint(
      target,
      "decoder",
      names.decoder(ANY_VALUE),
      "Decodes the value of an untyped slot (xsd:anyType): any data object named by its `_typeName`, a box of them " +
        '(`{"_typeName":"ArrayOfEvent","_value":[...]}`) or a boxed primitive (`{"_typeName":"long","_value":5}`).',
      true,
    ),
    entryPoint(
      target,
      "safeDecoder",
      names.safeDecoder(ANY_VALUE),
      `{@link ${names.decoder(ANY_VALUE)}} returning \`{ ok: true, value }\` or \`{ ok: false, issues }\` instead of throwing.`,
      false,
    ),
    entryPoint(
      target,
      "parser",
      names.parser(ANY_VALUE),
      "Reads the JSON text of an untyped slot's value, keeping every digit of int64 values.",
      true,
    ),
  ];
}

/** `untypedTypes`: the table to pass as `{ untyped: untypedTypes }` where an untyped slot's data object must be checked in full. */
export function untypedTypesConstant(): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported: true,
    docs: [
      {
        description:
          "Every type's decoder by `_typeName`, for `DecodeOptions.untyped`: with `{ untyped: untypedTypes }` a decoder " +
          "checks a data object in an untyped slot (`EventEx.arguments[].value`) in full instead of keeping it as it came. " +
          "It holds every type, so a bundle that uses it holds every decoder.",
      },
    ],
    declarations: [
      { name: names.untypedTypes, type: rtType("UntypedTable"), initializer: names.decodeTable(ANY_VALUE) },
    ],
  };
}
