/**
 * What a generated library costs the project that uses it, part of `npm run bench`: the `tsc --noEmit` time of a
 * small consumer that imports `decodeEvent` and `VimClient` (issue 30: at most 1.5 times the catalogue's). The
 * consumer sees what a user of the library package sees, the declarations (`.d.ts`), emitted here from the output
 * folder by the package build's own emit (without the values generated modules share: publicDeclarations.ts), and
 * compiles with the strict flags and `skipLibCheck` (tsc --init's default).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeDeclarations } from "../../src/release/libraryPackage";

/** The strict flags users compile generated code under, as a tsconfig's compilerOptions (scale.ts uses them too). */
export const STRICT_TSCONFIG = {
  target: "ES2022",
  module: "nodenext",
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  types: [],
};

const consumer = (lib: string): string => `import { decodeEvent, VimClient } from "./${lib}/index.js";

export async function powerOns(client: VimClient, body: string): Promise<string | undefined> {
  const event = decodeEvent(JSON.parse(body));
  if (event._typeName !== "VmPoweredOnEvent" || event.vm === undefined) return undefined;
  const read = await client.retrieve("VirtualMachine", event.vm.vm, ["config.hardware"]);
  return \`\${event.vm.name}: \${read["config.hardware"]?.numCPU ?? 0} CPUs\`;
}
`;

function tsc(repo: string, config: string): void {
  execFileSync(process.execPath, [path.join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", config], {
    stdio: "inherit",
  });
}

/** The median of `runs` wall times (ms) of type-checking the consumer against `outDir`'s declarations. */
export function consumerTypecheckMs(repo: string, outDir: string, runs = 3): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vsphere-typegen-consumer-"));
  const inRepo = !path.relative(repo, outDir).startsWith("..");
  try {
    // An output in the repository may import another's run time (--runtime-from): the repository is the root then;
    // one elsewhere (the bench's whole API, in a temporary folder) holds its own.
    writeDeclarations(inRepo ? repo : outDir, outDir, path.join(dir, "lib"));
    fs.writeFileSync(
      path.join(dir, "consumer.ts"),
      consumer(inRepo ? path.posix.join("lib", path.relative(repo, outDir)) : "lib"),
    );
    const config = path.join(dir, "tsconfig.json");
    fs.writeFileSync(
      config,
      JSON.stringify({ compilerOptions: { ...STRICT_TSCONFIG, noEmit: true }, files: ["consumer.ts"] }),
    );
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      tsc(repo, config);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? NaN;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
