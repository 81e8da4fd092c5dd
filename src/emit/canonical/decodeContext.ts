/**
 * What every wire's decoders share, whichever wire reads the value: the parameters each internal decoder takes after
 * the value (its path and the decode context), and the decoders' defaults (the generator's options recorded in the
 * code) with the run-time factories bound to them.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type FunctionDeclarationStructure,
  type VariableStatementStructure,
} from "ts-morph";
import { describeOptions, type CodeOptions } from "../../options";
import { ANY_VALUE, names, rt, rtType } from "../naming";
import { objectDeclaration } from "../layoutObjects";

/** The parameters every internal decoder takes after the value: its JSON path and the decode context. */
export const CONTEXT = [
  { name: "p", type: "string" },
  { name: "c", type: rtType("DecodeContext") },
];

const FACTORIES = ["decoder", "safeDecoder", "arrayDecoder", "parser", "arrayParser"] as const;

/** A run-time factory of entry points (`rt.decoder`...). */
export type EntryPointFactory = (typeof FACTORIES)[number];

/**
 * The type of what `factory` makes for values of `t`, as the run time names it (`rt.Decoder<T>`, templates/core/
 * decode.ts). Written out on every entry point, so that each module's declarations can be read from its own text
 * (isolatedDeclarations: the library package's declarations are built a file at a time, src/release/libraryPackage.ts).
 */
export function entryPointType(factory: EntryPointFactory, t: string): string {
  switch (factory) {
    case "decoder":
      return `${rtType("Decoder")}<${t}>`;
    case "safeDecoder":
      return `${rtType("SafeDecoder")}<${t}>`;
    case "arrayDecoder":
      return `${rtType("Decoder")}<${t}[]>`;
    case "parser":
      return `${rtType("Parser")}<${t}>`;
    case "arrayParser":
      return `${rtType("Parser")}<${t}[]>`;
  }
}

/** The factories whose entry points may try the type's guard first (fastGuard). */
const GUARDED: ReadonlySet<string> = new Set(["decoder", "safeDecoder"]);

/** Whether entry points made by `factory` may try the type's guard first. */
export function triesGuard(factory: EntryPointFactory): boolean {
  return GUARDED.has(factory);
}

/**
 * A defaults constant: the generator's options, and with `untyped` the table of every type's decoder that an
 * untyped slot's data object is checked by (DecodeOptions.untyped).
 */
function defaultsConstant(name: string, options: CodeOptions, untyped: boolean): VariableStatementStructure {
  const value = {
    unknownTypes: options.unknownTypes,
    unknownMembers: options.unknownMembers,
    unknownEnumValues: options.unknownEnumValues,
    int64: options.int64,
    dateTime: options.dateTime,
  };
  const members = Object.entries(value).map(([key, v]) => ({ key, value: JSON.stringify(v) }));
  if (untyped) members.push({ key: "untyped", value: names.decodeTable(ANY_VALUE) });
  const which = untyped ? "Defaults of the decoders that check untyped slots in full" : "Defaults of every decoder";
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    docs: [{ description: `${which}, from the generator's options (${describeOptions(options)}).` }],
    declarations: [objectDeclaration(name, rtType("DecodeDefaults"), members)],
  };
}

/**
 * The decoders' defaults (the generator's options, recorded in the code). The per-type VI JSON decoders' defaults
 * have no table of untyped slots (a bundle of decodeEvent would hold every type's decoder): they keep a data object
 * there as it came, its `_typeName` checked; `untypedDefaults$` (decodeAny, method returns) and the other wires'
 * readers, which hold every type anyway, check it in full.
 */
export function defaultsConstants(options: CodeOptions, untyped = false): VariableStatementStructure[] {
  return [
    defaultsConstant(names.defaults, options, untyped),
    ...(untyped ? [] : [defaultsConstant(names.untypedDefaults, options, true)]),
  ];
}

/**
 * The run-time factories bound to the decoders' defaults, one each, so that a bundler keeps only those a program
 * uses. Functions, not arrow constants: tsc types every reference to a module-level constant by walking back over
 * each declaration before it, which for the whole API's 15,000 entry points was about a third of the check of their
 * module.
 */
export function boundFactories(): FunctionDeclarationStructure[] {
  return FACTORIES.map((factory) => {
    const guarded = triesGuard(factory);
    return {
      kind: StructureKind.Function,
      name: `${factory}$`,
      typeParameters: ["T"],
      parameters: [
        { name: "at", type: rtType("DecodeAt<T>") },
        ...(guarded ? [{ name: "guard", type: "(value: unknown) => boolean", hasQuestionToken: true }] : []),
      ],
      returnType: entryPointType(factory, "T"),
      statements: [`return ${rt(factory)}(at, ${names.defaults}${guarded ? ", guard" : ""});`],
    };
  });
}
