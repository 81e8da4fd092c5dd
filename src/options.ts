/**
 * Options, defined once. This table feeds the CLI flags, the config file (vsphere-typegen.config.json)
 * and the defaults, and says which options change the generated code: those are recorded in every
 * generated file's header, so that `check` and a later `generate` compare against the same choices.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { CodeModes } from "../templates/core/context";
import type { Policies } from "../templates/core/policies";

export interface OptionSpec {
  readonly key: string;
  /** The CLI flag, kebab-case. */
  readonly flag: string;
  /** The values allowed, the default first. */
  readonly values: readonly string[];
  readonly default: string;
  readonly description: string;
}

export const CODE_OPTIONS = [
  {
    key: "int64",
    flag: "--int64",
    values: ["number", "bigint"],
    default: "number",
    description: "int64 as a safe-integer number (larger values are errors) or as an exact bigint",
  },
  {
    key: "dateTime",
    flag: "--date-time",
    values: ["string", "Date"],
    default: "string",
    description: "date-time as the validated RFC 3339 string or as a Date",
  },
  {
    key: "unknownMembers",
    flag: "--unknown-members",
    values: ["keep", "strip", "reject"],
    default: "keep",
    description: "what decoders do by default with members no schema declares",
  },
  {
    key: "unknownTypes",
    flag: "--unknown-types",
    values: ["nearest", "reject"],
    default: "nearest",
    description: "what decoders do by default with a _typeName no schema declares where subtypes are allowed",
  },
  {
    key: "unknownEnumValues",
    flag: "--unknown-enum-values",
    values: ["keep", "reject"],
    default: "keep",
    description: "what decoders do by default with an enum value no schema lists (a newer server's)",
  },
  {
    key: "importExtension",
    flag: "--import-extension",
    values: ["none", ".js"],
    default: "none",
    description:
      'relative imports in the output: ".js" for an ES module project (chosen when the nearest package.json says "type": "module"), none for CommonJS',
  },
] as const satisfies readonly OptionSpec[];

type CodeOptionSpec = (typeof CODE_OPTIONS)[number];

/**
 * The options that shape the generated code, typed from the table: `int64: "number" | "bigint"`, and so on. The
 * CLI flags, the config file's keys, the programmatic API and the headers all come from `CODE_OPTIONS`.
 */
export type CodeOptions = { readonly [S in CodeOptionSpec as S["key"]]: S["values"][number] };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/**
 * The code options that the run time reads back (the policies, the representations) have exactly the values its
 * types admit (templates/core/policies.ts, context.ts): a value added on one side only fails to compile here.
 */
export type RuntimeTie = [
  Assert<Same<Pick<CodeOptions, keyof Policies>, Policies>>,
  Assert<Same<Pick<CodeOptions, keyof CodeModes>, CodeModes>>,
];

export const DEFAULT_OPTIONS: CodeOptions = Object.fromEntries(
  CODE_OPTIONS.map((o) => [o.key, o.default]),
) as unknown as CodeOptions;

/** A bad option value or config file; the message says what to write instead. */
export class OptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OptionsError";
  }
}

/** Checks one option value against the table. */
export function optionValue(key: keyof CodeOptions, value: unknown, where: string): string {
  const spec: OptionSpec | undefined = CODE_OPTIONS.find((o) => o.key === key);
  if (spec === undefined) throw new OptionsError(`${where}: unknown option "${key}"`);
  if (typeof value !== "string" || !spec.values.includes(value)) {
    throw new OptionsError(
      `${where}: ${key} must be one of ${spec.values.map((v) => JSON.stringify(v)).join(", ")}, not ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Options given in part (flags, a config file, a header) over the defaults, in increasing precedence. */
export function resolveOptions(...layers: readonly Partial<Record<keyof CodeOptions, string>>[]): CodeOptions {
  const merged: Record<string, string> = { ...DEFAULT_OPTIONS };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined) merged[key] = optionValue(key as keyof CodeOptions, value, "option");
    }
  }
  return merged as unknown as CodeOptions;
}

/** `int64=bigint dateTime=string ...`: how a header records the options, in table order. */
export function describeOptions(options: CodeOptions): string {
  return CODE_OPTIONS.map((o) => `${o.key}=${options[o.key]}`).join(" ");
}

export const OPTIONS_LINE_PREFIX = "// Options: ";
/** The line a subset's headers record its requested types on (`--types`); a whole output has none. */
export const TYPES_LINE_PREFIX = "// Types: ";

/**
 * The line an output that imports its run time from another output's `runtime/` folder records that folder on
 * (`--runtime-from`), as a JSON string relative to the output folder; an output with its own copy has none.
 */
export const RUNTIME_LINE_PREFIX = "// Run time: ";

/** The shared run-time folder recorded in a generated file's header (relative to the output folder), if any. */
export function parseRecordedRuntime(text: string): string | undefined {
  const line = text.split("\n", 12).find((l) => l.startsWith(RUNTIME_LINE_PREFIX));
  const quoted = line === undefined ? null : /^"(?:[^"\\]|\\.)*"/.exec(line.slice(RUNTIME_LINE_PREFIX.length));
  return quoted === null ? undefined : (JSON.parse(quoted[0]) as string);
}

/** The subset recorded in a generated file's header, if it is one. */
export function parseRecordedTypes(text: string): readonly string[] | undefined {
  const line = text.split("\n", 12).find((l) => l.startsWith(TYPES_LINE_PREFIX));
  return line === undefined ? undefined : splitTypes(line.slice(TYPES_LINE_PREFIX.length).split(" ")[0] ?? "");
}

/** `A,B` (or several flags) as a list of names; `all` is the whole schema set. */
export function splitTypes(text: string): string[] {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

/** The options recorded in a generated file's header, if it has the line. */
export function parseRecordedOptions(text: string): Partial<Record<keyof CodeOptions, string>> | undefined {
  const line = text.split("\n", 12).find((l) => l.startsWith(OPTIONS_LINE_PREFIX));
  if (line === undefined) return undefined;
  const recorded: Partial<Record<keyof CodeOptions, string>> = {};
  for (const pair of line.slice(OPTIONS_LINE_PREFIX.length).split(" ")) {
    const [key, value] = pair.split("=");
    if (key !== undefined && value !== undefined && CODE_OPTIONS.some((o) => o.key === key)) {
      recorded[key as keyof CodeOptions] = value;
    }
  }
  return recorded;
}

/**
 * Defaults read from the project around the output folder: an ES module package (the nearest package.json says
 * `"type": "module"`) needs `.js` in relative imports, which Node and TypeScript's nodenext resolution require there.
 */
export function detectedOptions(outDir: string): Partial<Record<keyof CodeOptions, string>> {
  for (let dir = path.resolve(outDir); ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      try {
        const type = (JSON.parse(fs.readFileSync(file, "utf8")) as { type?: unknown }).type;
        return type === "module" ? { importExtension: ".js" } : {};
      } catch {
        return {};
      }
    }
    if (path.dirname(dir) === dir) return {};
  }
}
