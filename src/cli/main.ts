/**
 * The command line: parses arguments with commander and calls the pipeline. No logic of its own
 * beyond choosing defaults and turning results into output and exit codes.
 */
import * as path from "node:path";
import { Command, Option } from "commander";
import { SchemaError } from "../diagnostic";
import { ScaffoldError } from "../scaffold/newSchema";
import { bundledSchemasDir, check, generate, newType, type PipelineOptions } from "../pipeline";

interface CommonFlags {
  schemas: string[];
  out: string;
  bundled: boolean;
}

function pipelineOptions(flags: CommonFlags): PipelineOptions {
  const dirs = flags.bundled ? [bundledSchemasDir(), ...flags.schemas] : flags.schemas;
  return { schemaDirs: dirs, outDir: flags.out };
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
    .option("--out <dir>", "the output folder", "generated")
    .option("--no-bundled", "do not read the bundled vSphere schemas");
}

function relative(dir: string): string {
  return path.relative(process.cwd(), path.resolve(dir)) || ".";
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command("vsphere-typegen")
    .description("Generate TypeScript interfaces, type guards and decoders for vSphere VI JSON from YAML schemas.")
    .showHelpAfterError()
    .allowExcessArguments(false)
    .addHelpText(
      "after",
      `
Examples:
  $ vsphere-typegen generate                          # bundled schemas -> ./generated
  $ vsphere-typegen generate --schemas my-schemas --out src/vsphere
  $ vsphere-typegen check                             # exit 1 with a diff if ./generated is stale
  $ vsphere-typegen new MyEvent --extends SessionEvent --schemas my-schemas`,
    );

  withCommonOptions(program.command("generate"))
    .description("regenerate the output folder from the schemas (writes only files that change)")
    .action(async (flags: CommonFlags) => {
      const result = await generate(pipelineOptions(flags));
      console.log(
        `vsphere-typegen: ${result.model.types.length} types from ${result.model.files.length} schema files -> ${relative(flags.out)}/ ` +
          `(${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed)`,
      );
    });

  withCommonOptions(program.command("check"))
    .description("exit 1, with a diff, if the output folder is not what the schemas produce; writes nothing")
    .action(async (flags: CommonFlags) => {
      const result = await check(pipelineOptions(flags));
      if (result.upToDate) {
        console.log(
          `vsphere-typegen: ${relative(flags.out)}/ is up to date with ${result.model.files.length} schema files`,
        );
        return;
      }
      process.stdout.write(result.diffs.join("\n"));
      console.error(
        `vsphere-typegen: ${relative(flags.out)}/ is stale (${result.diffs.length} files differ); run \`vsphere-typegen generate\``,
      );
      exitCode = 1;
    });

  withCommonOptions(program.command("new").argument("<TypeName>", "the name of the new type"))
    .description("write a schema stub for a new type; then run generate")
    .requiredOption("--extends <Base>", "the type it extends, such as SessionEvent")
    .action((name: string, flags: CommonFlags & { extends: string }) => {
      const file = newType({ ...pipelineOptions(flags), targetDir: flags.schemas[0] }, name, flags.extends);
      console.log(
        `vsphere-typegen: wrote ${relative(file)} (${name} extends ${flags.extends}); next: vsphere-typegen generate`,
      );
    });

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof ScaffoldError) {
      console.error(`vsphere-typegen: ${error.message}`);
      return 1;
    }
    if (error instanceof SchemaError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  return exitCode;
}
