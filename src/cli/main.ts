/**
 * The command line: parses arguments with commander and calls the pipeline. No logic of its own
 * beyond choosing defaults and turning results into output and exit codes.
 */
import * as path from "node:path";
import { Command, CommanderError } from "commander";
import { SchemaError } from "../diagnostic";
import { ImportError } from "../import/viJson";
import { ScaffoldError } from "../scaffold/newSchema";
import { OptionsError } from "../options";
import { displayPath } from "../preflight";
import { resolveImport, resolveRun, type ResolvedRun } from "../runOptions";
import { DIFF_LINES, plural, shownDiff, usageLine } from "../report/commandText";
import { collect, CONFIG_FLAG_HELP, runOptionsOf, withCodeOptions, withCommonOptions, type CommonFlags } from "./flags";
import { packageManifest } from "../packageFiles";
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
  regenerateHint,
  UsageError,
  type PipelineOptions,
} from "../pipeline";

/** Flags over the config file over the defaults; code options the flags and config leave open come from the output's header. */
function pipelineOptions(flags: CommonFlags, command: Command): ResolvedRun {
  return resolveRun(runOptionsOf(flags, command), bundledSchemasDir());
}

/** The one line `generate` prints. */
function summaryLine(result: Awaited<ReturnType<typeof generate>>, options: PipelineOptions): string {
  return (
    `vsphere-typegen: ${result.types} types from ${result.schemaFiles} schema files -> ${relative(options.outDir)}/ ` +
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
  if (error instanceof UsageError || error instanceof OptionsError)
    return error.message
      .split("\n")
      .map((line) => `vsphere-typegen: ${line}`)
      .join("\n");
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** `generate --watch`: every outcome printed, never exiting on one; resolves on SIGINT or SIGTERM. */
async function watchUntilStopped(options: PipelineOptions): Promise<void> {
  checkPaths(options, { writes: true });
  const watcher = watchSchemas(options, (outcome) => {
    // Each run stamped with the clock and its duration, so that a save's effect can be told from an old one's.
    const stamp = `[${outcome.at.toTimeString().slice(0, 8)}] `;
    const took = ` in ${(outcome.ms / 1000).toFixed(1)} s`;
    if (outcome.kind === "generated") console.log(`${stamp}${summaryLine(outcome.result, options)}${took}`);
    else
      console.error(`${stamp}${failureText(outcome.error)}\n${stamp}vsphere-typegen: run failed${took}; watching on`);
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

/** A path as messages show it: relative to the working directory, or as given when it is absolute and outside. */
function relative(dir: string): string {
  return displayPath(dir, process.cwd());
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command("vsphere-typegen")
    .description("Generate TypeScript interfaces, type guards and decoders for vSphere VI JSON from YAML schemas.")
    .version(packageManifest().version, "--version", "print the version")
    .exitOverride()
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
    .option("--diff", `print the whole diff (without it, the first ${DIFF_LINES} lines)`)
    .addHelpText(
      "after",
      `
Examples:
  $ vsphere-typegen check                                         # in CI: exit 1 if ./generated is stale
  $ vsphere-typegen check --schemas my-schemas --out src/vsphere
  $ vsphere-typegen check --diff > stale.diff                     # every line of the diff`,
    )
    .action(async (flags: CommonFlags & { diff?: boolean }, command: Command) => {
      const options = pipelineOptions(flags, command);
      const result = await check(options);
      const out = `${relative(options.outDir)}/`;
      if (result.missing) {
        console.error(
          `vsphere-typegen: ${out} does not exist; run ${regenerateHint(options, result.code)} to create it`,
        );
        exitCode = 1;
        return;
      }
      if (result.upToDate) {
        console.log(`vsphere-typegen: ${out} is up to date with ${result.schemaFiles} schema files`);
        return;
      }
      const { text, cut } = shownDiff(result.diffs, flags.diff === true);
      process.stdout.write(text);
      console.error(
        `vsphere-typegen: ${out} is stale (${plural(result.diffs.length, "file differs", "files differ")}${cut}); ` +
          `run ${regenerateHint(options, result.code)}`,
      );
      exitCode = 1;
    });

  withCommonOptions(program.command("docs"))
    .description(
      "write reference docs (Markdown: a page per type and enum, an index, family diagrams) from the schemas",
    )
    .option("--check", "write nothing; exit 1, with a diff, if the docs folder is not what the schemas produce")
    .option("--diff", `with --check, print the whole diff (without it, the first ${DIFF_LINES} lines)`)
    .addHelpText(
      "after",
      `
Examples:
  $ vsphere-typegen docs --out docs                               # the bundled catalogue's pages -> ./docs
  $ vsphere-typegen docs --schemas my-schemas --out docs/vsphere  # with your own types
  $ vsphere-typegen docs --out docs --check                       # in CI: exit 1 if ./docs is stale`,
    )
    .action((flags: CommonFlags & { check?: boolean; diff?: boolean }, command: Command) => {
      const options = { ...pipelineOptions(flags, command), outDir: flags.out ?? "docs" };
      const result = docs(options, flags.check === true);
      const pages = `${result.pages} pages`;
      if (result.write !== undefined) {
        const { written, unchanged, removed } = result.write;
        console.log(
          `vsphere-typegen: ${pages} -> ${relative(options.outDir)}/ ` +
            `(${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed)`,
        );
      } else if (result.check?.upToDate === true) {
        console.log(`vsphere-typegen: ${relative(options.outDir)}/ is up to date (${pages})`);
      } else {
        const diffs = result.check?.diffs ?? [];
        const { text, cut } = shownDiff(diffs, flags.diff === true);
        process.stdout.write(text);
        console.error(
          `vsphere-typegen: ${relative(options.outDir)}/ is stale (${plural(diffs.length, "page differs", "pages differ")}${cut}); ` +
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
      const { dir: target, why } = newTypeFolder(flags.schemas ?? [], options.config?.schemas);
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
    .description(
      "write schema files for types and methods of the VI JSON OpenAPI document; never replaces a file unless --force",
    )
    .option("--type <Name>", "a type (or enum) to import (repeatable)", collect, [])
    .option("--method <Name>", "a method to import, into the folder's methods/ (repeatable)", collect, [])
    .option(
      "--closure",
      "also import every type they need (bases, field types, enums, parameter and fault types) that no schema declares yet",
    )
    .option("--schemas <dir>", "the schema folder to write to (default: the config file's first, else schemas/)")
    .option("--force", "replace files of the same name in that folder")
    .option("--config <file>", CONFIG_FLAG_HELP)
    .addHelpText(
      "after",
      `
Examples:
  $ vsphere-typegen import vi-json.yaml --type HostConnectionLostEvent --schemas my-schemas
  $ vsphere-typegen import vi-json.yaml --type VirtualDevice --closure --schemas my-schemas
  $ vsphere-typegen import vi-json.yaml --method QueryEvents --closure --schemas my-schemas`,
    )
    .action(
      (
        spec: string,
        flags: {
          type: string[];
          method: string[];
          closure?: boolean;
          schemas?: string;
          force?: boolean;
          config?: string;
        },
      ) => {
        const { request, run } = resolveImport(
          {
            spec,
            types: flags.type,
            methods: flags.method,
            closure: flags.closure === true,
            force: flags.force === true,
            ...(flags.schemas === undefined ? {} : { into: flags.schemas }),
            ...(flags.config === undefined ? {} : { config: flags.config }),
          },
          bundledSchemasDir(),
        );
        const targetDir = request.targetDir;
        const result = importSchemas(request);
        for (const file of result.written) console.log(`vsphere-typegen: wrote ${relative(file)}`);
        const bundled = path.resolve(bundledSchemasDir());
        const within = (file: string, dir: string): boolean =>
          path.resolve(file).startsWith(path.resolve(dir) + path.sep);
        for (const { file, replaceable } of result.kept) {
          const why = replaceable
            ? `already in ${relative(targetDir)}; --force replaces it`
            : within(file, bundled)
              ? "the bundled schemas declare it"
              : within(file, targetDir)
                ? `declared in ${relative(path.dirname(file))}, inside ${relative(targetDir)} but not the file import writes, which is all --force replaces`
                : `declared in ${relative(path.dirname(file))}, outside ${relative(targetDir)}`;
          console.log(`vsphere-typegen: kept ${relative(file)} (${why})`);
        }
        const counts = `${result.written.length} written, ${result.kept.length} kept`;
        if (result.missing.length > 0) {
          console.log(
            `vsphere-typegen: ${counts}; the files refer to ${result.missing.join(", ")}, which no schema declares, ` +
              "so generate would fail: run the same import with --closure to bring them in too",
          );
          exitCode = 1;
          return;
        }
        console.log(
          `vsphere-typegen: ${counts}; ` +
            `next: ${regenerateCommand({ ...run, schemaDirs: [...run.schemaDirs, targetDir] })}`,
        );
      },
    );

  // Set last, so that it reaches every subcommand with its own name in the hint.
  for (const command of [program, ...program.commands]) {
    const name = command === program ? program.name() : `${program.name()} ${command.name()}`;
    command.configureOutput({ outputError: (text, write) => write(usageLine(text, name)) });
  }

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    // Commander has printed its message (or the help or version asked for): 0 for those, 2 for a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError || error instanceof OptionsError) {
      console.error(failureText(error));
      return 2;
    }
    if (error instanceof ScaffoldError || error instanceof ImportError) {
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
