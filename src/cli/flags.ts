/**
 * The flags the commands share, from the options table, and how they become the run's options: only the flags given,
 * so that the config file fills the rest (`resolveRun`).
 */
import { Command, Option } from "commander";
import { CODE_OPTIONS, splitTypes, type CodeOptions } from "../options";
import type { RunOptions } from "../runOptions";

export type CommonFlags = {
  schemas?: string[];
  out: string | undefined;
  bundled: boolean;
  config?: string;
  types?: string[];
  runtimeFrom?: string;
} & Partial<Record<keyof CodeOptions, string>>;

/** The run's options as the flags give them. */
export function runOptionsOf(flags: CommonFlags, command: Command): RunOptions {
  const code: Partial<Record<keyof CodeOptions, string>> = {};
  for (const spec of CODE_OPTIONS) {
    const value = flags[spec.key];
    if (value !== undefined) code[spec.key] = value;
  }
  return {
    // Commander has checked each value against the table's choices.
    ...(code as Partial<CodeOptions>),
    ...(flags.schemas === undefined ? {} : { schemas: flags.schemas }),
    ...(flags.out === undefined ? {} : { out: flags.out }),
    ...(command.getOptionValueSource("bundled") === "cli" ? { bundled: flags.bundled } : {}),
    ...(flags.config === undefined ? {} : { config: flags.config }),
    ...(flags.types === undefined ? {} : { types: flags.types }),
    ...(flags.runtimeFrom === undefined ? {} : { runtimeFrom: flags.runtimeFrom }),
  };
}

/** A repeatable flag's values. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export const CONFIG_FLAG_HELP = "the config file to read (default: ./vsphere-typegen.config.json if there is one)";

export function withCommonOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        "--schemas <dir>",
        "a schema folder to read besides the bundled vSphere schemas (repeatable; default: the config file's)",
      ).argParser(collect),
    )
    .option("--out <dir>", "the output folder (default: the config file's, else generated)")
    .option("--no-bundled", "do not read the bundled vSphere schemas")
    .option("--config <file>", CONFIG_FLAG_HELP);
}

/**
 * What a flag left out means. Not a bare default: the config file and the existing output's header come first, and
 * for the import extension the project's package.json (see `effectiveOptions`).
 */
function defaultWords(spec: (typeof CODE_OPTIONS)[number]): string {
  const detected = spec.key === "importExtension" ? ', else ".js" in an ES module package' : "";
  return `default: the config file's, else the output's header's${detected}, else ${spec.default}`;
}

/** The flags of the options that shape the generated code, from the options table, and the subset. */
export function withCodeOptions(command: Command): Command {
  command.addOption(
    new Option(
      "--types <A,B>",
      "only these types and what they reach (repeatable; default: the config file's, else the output's subset, else all; all: every type)",
    ).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), ...splitTypes(value)]),
  );
  command.option(
    "--runtime-from <folder>",
    "import the run time from another output's runtime/ folder instead of copying it into this one (own: copy it; default: the config file's, else the output's header's, else own)",
  );
  for (const spec of CODE_OPTIONS) {
    command.addOption(
      new Option(`${spec.flag} <${spec.key}>`, `${spec.description} (${defaultWords(spec)})`).choices([...spec.values]),
    );
  }
  return command;
}
