/**
 * Builds typia's validators (see typiaPeer.ts): writes the typia-tagged types of the run's schema model (smoke.ts),
 * transforms them as `typia generate` does (its TypiaGenerator, called here, so that the command's prompts library
 * is not loaded), with the bench's TypeScript 5, and strips the types of its output (transpile.js). The digest
 * of what the build reads (those types, typia's tsconfig, the peers' lockfile, transpile.js) is kept beside the output,
 * and a build of the same digest is not made again: the transform takes about 10 s of CPU over the catalogue.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { benchModel, buildDir } from "./smoke";
import { typiaSource } from "./typiaPeer";

interface TypiaGenerator {
  build(location: { input: string; output: string; project: string }): Promise<void>;
}

const benchDir = path.resolve(process.argv[2] ?? ".");
const repo = path.resolve(benchDir, "../..");
const build = buildDir(benchDir);
const source = typiaSource(benchModel(repo), ["SessionEvent", "Event"]);
const hash = createHash("sha256").update(source);
for (const input of ["tsconfig.typia.json", "package-lock.json", "transpile.js"])
  hash.update(`\0${input}\0`).update(fs.readFileSync(path.join(benchDir, input)));
const digest = hash.digest("hex");
const stamp = path.join(build, "typia-js", "inputs.sha256");
const built = path.join(build, "typia-js", "validators.js");

async function main(): Promise<void> {
  if (fs.existsSync(built) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest) return;
  const src = path.join(build, "typia-src");
  fs.mkdirSync(src, { recursive: true });
  fs.rmSync(stamp, { force: true });
  fs.writeFileSync(path.join(src, "validators.ts"), source);
  const peers = createRequire(path.join(benchDir, "package.json"));
  const { TypiaGenerator } = peers("@typia/transform") as { TypiaGenerator: TypiaGenerator };
  await TypiaGenerator.build({
    input: src,
    output: path.join(build, "typia-gen"),
    project: path.join(benchDir, "tsconfig.typia.json"),
  });
  const { transpileTypia } = peers(path.join(benchDir, "transpile.js")) as { transpileTypia(build: string): void };
  transpileTypia(build);
  fs.writeFileSync(stamp, digest);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
