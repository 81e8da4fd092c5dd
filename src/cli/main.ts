/**
 * The command line: parses arguments with commander and calls the pipeline. No logic of its own
 * beyond choosing defaults and turning results into output and exit codes.
 */
import * as path from "node:path";
import { Command, CommanderError, Option } from "commander";
import { SchemaError } from "../diagnostic";
import { ImportError } from "../import/viJson";
import { ScaffoldError } from "../scaffold/newSchema";
import { CODE_OPTIONS, OptionsError, readConfigFile, type CodeOptions } from "../options";
import { packageManifest } from "../emit/emitFiles";
import { colourWanted, renderDiagnostics } from "../report/renderDiagnostics";
import { watchSchemas } from "../watch/watchSchemas";
import {
  bundledSchemasDir,
  check,
  checkPaths,
  docs,
  generate,
  importSchemas,
  newType,
  newTypeFolder,
  regenerateCommand,
  UsageError,
  type PipelineOptions,
} from "../pipeline";

type CommonFlags = {
  schemas: string[];
  out: string | undefined;
  bundled: boolean;
} & Partial<Record<keyof CodeOptions, string>>;

/** Flags over the config file over the defaults; code options the flags and config leave open come from the output's header. */
function pipelineOptions(flags: CommonFlags, command: Command): PipelineOptions {
  const config = readConfigFile(process.cwd());
  const bundled = command.getOptionValueSource("bundled") === "cli" ? flags.bundled : (config?.bundled ?? true);
  const userDirs = flags.schemas.length > 0 ? flags.schemas : (config?.schemas ?? []);
  const code: Partial<Record<keyof CodeOptions, string>> = { ...config?.options };
  for (const spec of CODE_OPTIONS) {
    const value = flags[spec.key];
    if (value !== undefined) code[spec.key] = value;
  }
  return {
    schemaDirs: bundled ? [bundledSchemasDir(), ...userDirs] : userDirs,
    outDir: flags.out ?? config?.out ?? "generated",
    code,
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function withCommonOptions(command: Command): Command {
  return command
    .addOption(
      new Option("--schemas <dir>", "a schema folder to read besides the bundled vSphere schemas (repeatable)")
        .argParser(collect)
        .default([]),
    )
    .option("--out <dir>", "the output folder (default: generated)")
    .option("--no-bundled", "do not read the bundled vSphere schemas");
}

/** The flags of the options that shape the generated code, from the options table. */
function withCodeOptions(command: Command): Command {
  for (const spec of CODE_OPTIONS) {
    command.addOption(
      new Option(`${spec.flag} <${spec.key}>`, `${spec.description} (default: ${spec.default})`).choices([
        ...spec.values,
      ]),
    );
  }
  return command;
}

/** The one line `generate` prints. */
function summaryLine(result: Awaited<ReturnType<typeof generate>>, options: PipelineOptions): string {
  return (
    `vsphere-typegen: ${result.model.types.length} types from ${result.model.files.length} schema files -> ${relative(options.outDir)}/ ` +
    `(${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed)`
  );
}

/** What a failed run prints: schema problems with their frames, a usage problem in a line, anything else with its stack. */
function failureText(error: unknown): string {
  if (error instanceof SchemaError)
    return renderDiagnostics(error.diagnostics, {
      colour: colourWanted(process.stderr, process.env),
      cwd: process.cwd(),
    });
  if (error instanceof UsageError || error instanceof OptionsError) return `vsphere-typegen: ${error.message}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** `generate --watch`: every outcome printed, never exiting on one; resolves on SIGINT or SIGTERM. */
async function watchUntilStopped(options: PipelineOptions): Promise<void> {
  checkPaths(options);
  const watcher = watchSchemas(options, (outcome) => {
    if (outcome.kind === "generated") console.log(summaryLine(outcome.result, options));
    else console.error(failureText(outcome.error));
  });
  console.log(
    `vsphere-typegen: watching ${options.schemaDirs.map((d) => `${relative(d)}/`).join(", ")} (Ctrl-C stops)`,
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await watcher.close();
}

function relative(dir: string): string {
  return path.relative(process.cwd(), path.resolve(dir)) || ".";
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command("vsphere-typegen")
    .description("Generate TypeScript interfaces, type guards and decoders for vSphere VI JSON from YAML schemas.")
    .version(packageManifest().version, "--version", "print the version")
    .exitOverride()
    .showHelpAfterError()
    .allowExcessArguments(false)
    .addHelpText(
      "after",
      `
Examples:
  $ vsphere-typegen generate                          # bundled schemas -> ./generated
  $ vsphere-typegen generate --schemas my-schemas --out src/vsphere
  $ vsphere-typegen check                             # exit 1 with a diff if ./generated is stale
  $ vsphere-typegen new MyEvent --extends SessionEvent --schemas my-schemas
  $ vsphere-typegen docs --out docs                   # reference pages in Markdown
  $ vsphere-typegen generate --help                   # every subcommand has examples of its own
  $ vsphere-typegen import vi-json.yaml --type HostConnectionLostEvent --closure --schemas my-schemas`,
    );

  withCodeOptions(withCommonOptions(program.command("generate")))
    .description("regenerate the output folder from the schemas (writes only files that change)")
    .addHelpText(
      "after",
      `
Examples:
  $ vsphere-typegen generate                                      # bundled schemas -> ./generated
  $ vsphere-typegen generate --schemas my-schemas --out src/vsphere
  $ vsphere-typegen generate --int64 bigint --date-time Date      # recorded in the headers; check keeps them
  $ vsphere-typegen generate --schemas my-schemas --watch         # again on every schema change; Ctrl-C stops`,
    )
    .option("--watch", "keep running: generate again whenever a schema file changes (Ctrl-C stops)")
    .action(async (flags: CommonFlags & { watch?: boolean }, command: Command) => {
      const options = pipelineOptions(flags, command);
      if (flags.watch === true) {
        await watchUntilStopped(options);
        return;
      }
      console.log(summaryLine(await generate(options), options));
    });

  withCodeOptions(withCommonOptions(program.command("check")))
    .description("exit 1, with a diff, if the output folder is not what the schemas produce; writes nothing")
    .addHelpText(
      "after",
      `
Examples:
  $ vsphere-typegen check                                         # in CI: exit 1 if ./generated is stale
  $ vsphere-typegen check --schemas my-schemas --out src/vsphere`,
    )
    .action(async (flags: CommonFlags, command: Command) => {
      const options = pipelineOptions(flags, command);
      const result = await check(options);
      if (result.missing) {
        console.error(
          `vsphere-typegen: ${relative(options.outDir)}/ does not exist; run \`vsphere-typegen generate\` to create it`,
        );
        exitCode = 1;
        return;
      }
      if (result.upToDate) {
        console.log(
          `vsphere-typegen: ${relative(options.outDir)}/ is up to date with ${result.schemaFiles} schema files`,
        );
        return;
      }
      process.stdout.write(result.diffs.join("\n"));
      console.error(
        `vsphere-typegen: ${relative(options.outDir)}/ is stale (${result.diffs.length} files differ); run \`vsphere-typegen generate\``,
      );
      exitCode = 1;
    });

  withCommonOptions(program.command("docs"))
    .description(
      "write reference docs (Markdown: a page per type and enum, an index, family diagrams) from the schemas",
    )
    .option("--check", "write nothing; exit 1, with a diff, if the docs folder is not what the schemas produce")
    .addHelpText(
      "after",
      `
Examples:
  $ vsphere-typegen docs --out docs                               # the bundled catalogue's pages -> ./docs
  $ vsphere-typegen docs --schemas my-schemas --out docs/vsphere  # with your own types
  $ vsphere-typegen docs --out docs --check                       # in CI: exit 1 if ./docs is stale`,
    )
    .action((flags: CommonFlags & { check?: boolean }, command: Command) => {
      const options = { ...pipelineOptions(flags, command), outDir: flags.out ?? "docs" };
      const result = docs(options, flags.check === true);
      const pages = `${result.model.types.length + result.model.enums.length + 1} pages`;
      if (result.write !== undefined) {
        const { written, unchanged, removed } = result.write;
        console.log(
          `vsphere-typegen: ${pages} -> ${relative(options.outDir)}/ ` +
            `(${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed)`,
        );
      } else if (result.check?.upToDate === true) {
        console.log(`vsphere-typegen: ${relative(options.outDir)}/ is up to date (${pages})`);
      } else {
        process.stdout.write(result.check?.diffs.join("\n") ?? "");
        console.error(
          `vsphere-typegen: ${relative(options.outDir)}/ is stale (${result.check?.diffs.length ?? 0} pages differ); ` +
            "run `vsphere-typegen docs` without --check",
        );
        exitCode = 1;
      }
    });

  withCommonOptions(program.command("new").argument("<TypeName>", "the name of the new type"))
    .description(
      "write a schema stub for a new type into your schema folder (the first --schemas, else the config file's " +
        "first, else ./schemas; never inside node_modules); then run the generate command it prints",
    )
    .requiredOption("--extends <Base>", "the type it extends, such as SessionEvent")
    .addHelpText(
      "after",
      `
Examples:
  $ vsphere-typegen new SessionExpiredEvent --extends SessionEvent --schemas my-schemas
  $ vsphere-typegen new MyAlarmEvent --extends AlarmEvent       # into the config file's folder, or ./schemas`,
    )
    .action((name: string, flags: CommonFlags & { extends: string }, command: Command) => {
      const options = pipelineOptions(flags, command);
      const config = readConfigFile(process.cwd());
      const { dir: target, why } = newTypeFolder(flags.schemas, config?.schemas);
      const file = newType(
        { ...options, schemaDirs: [...options.schemaDirs, target], targetDir: target },
        name,
        flags.extends,
      );
      console.log(
        `vsphere-typegen: wrote ${relative(file)} (${name} extends ${flags.extends}; ${why}); ` +
          `next: ${regenerateCommand({ ...options, schemaDirs: [...options.schemaDirs, target] })}`,
      );
    });

  program
    .command("import")
    .argument("<spec>", "VMware's VI JSON OpenAPI document (vi-json.yaml or .json)")
    .description("write schema files for types of the VI JSON OpenAPI document; never replaces a file unless --force")
    .requiredOption("--type <Name>", "a type (or enum) to import (repeatable)", collect, [])
    .option("--closure", "also import every type they need (bases, field types, enums) that no schema declares yet")
    .option("--schemas <dir>", "the schema folder to write to (default: the config file's first, else schemas/)")
    .option("--force", "replace files of the same name in that folder")
    .addHelpText(
      "after",
      `
Examples:
  $ vsphere-typegen import vi-json.yaml --type HostConnectionLostEvent --schemas my-schemas
  $ vsphere-typegen import vi-json.yaml --type VirtualDevice --closure --schemas my-schemas`,
    )
    .action((spec: string, flags: { type: string[]; closure?: boolean; schemas?: string; force?: boolean }) => {
      const config = readConfigFile(process.cwd());
      const targetDir = flags.schemas ?? config?.schemas?.[0] ?? "schemas";
      const schemaDirs = [...(config?.bundled === false ? [] : [bundledSchemasDir()]), ...(config?.schemas ?? [])];
      const result = importSchemas({
        specFile: spec,
        types: flags.type,
        closure: flags.closure === true,
        targetDir,
        force: flags.force === true,
        schemaDirs,
      });
      for (const file of result.written) console.log(`vsphere-typegen: wrote ${relative(file)}`);
      for (const file of result.kept)
        console.log(
          `vsphere-typegen: kept ${relative(file)} (already declared; --force replaces a file in ${relative(targetDir)})`,
        );
      console.log(
        `vsphere-typegen: ${result.written.length} written, ${result.kept.length} kept; ` +
          `next: ${regenerateCommand({ schemaDirs: [...schemaDirs, targetDir], outDir: config?.out ?? "generated" })}`,
      );
    });

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    // Commander has printed its message (or the help or version asked for): 0 for those, 2 for a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      console.error(`vsphere-typegen: ${error.message}`);
      return 2;
    }
    if (error instanceof ScaffoldError || error instanceof OptionsError || error instanceof ImportError) {
      console.error(`vsphere-typegen: ${error.message}`);
      return 1;
    }
    if (error instanceof SchemaError) {
      console.error(failureText(error));
      return 1;
    }
    throw error;
  }
  return exitCode;
}
