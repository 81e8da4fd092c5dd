/**
 * The generated library at catalogue scale, part of `npm run bench`: size of the output folder and of its largest
 * module, `tsc --noEmit` time over it and over a consumer of its declarations (consumer.ts), and the minified size of programs that import one
 * leaf decoder, one open decoder, `decodeEvent` and everything, bundled by esbuild (a peer of the benchmark).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { MODULE_LIMIT } from "../../src/emit/families";
import { consumerTypecheckMs, STRICT_TSCONFIG } from "./consumer";
import { budget, LIMITS } from "./budgets";

interface Esbuild {
  buildSync(options: object): { outputFiles: { contents: Uint8Array }[] };
}

/** KB and MB are 1,000 and 1,000,000 bytes, as everywhere in the benchmark. */
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

/** The consumer's type-check time against the catalogue (measured first), the whole API's peer. */
let catalogueConsumerMs: number | undefined;

/** Minified bytes of a program re-exporting `what` (`{ decodeEvent }` or `*`) from the index of `outDir`. */
function bundled(esbuild: Esbuild, outDir: string, what: string): number {
  const result = esbuild.buildSync({
    stdin: {
      contents: `export ${what} from "./index";`,
      resolveDir: outDir,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
  });
  return result.outputFiles[0]?.contents.length ?? NaN;
}

/** The programs whose bundles have budgets: one leaf decoder and `decodeEvent`. */
const BUDGETED = ["decodeUserLogoutSessionEvent", "decodeEvent"];

/** `tsc --noEmit` wall time over the output folder alone, with the strict flags users compile it under. */
export function typecheckMs(repo: string, outDir: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vsphere-typegen-tsc-"));
  const config = path.join(dir, "tsconfig.json");
  fs.writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: { ...STRICT_TSCONFIG, noEmit: true },
      include: [path.join(outDir, "*.ts")],
    }),
  );
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [path.join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", config], {
    stdio: "ignore",
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  fs.rmSync(dir, { recursive: true, force: true });
  return ms;
}

/**
 * The output's size, its compile time and its bundle sizes: of generated/, or of `outDir` (the whole API's, in
 * wholeApi.ts). A smoke run leaves out the compile: npm test's typecheck gate compiles generated/ already, and a
 * second compile would only add its seconds to the suite. It bundles only the two programs that budgets judge: each
 * bundle parses the whole output, about a second of esbuild's CPU over the catalogue.
 */
export function scaleReport(
  repo: string,
  benchDir: string,
  smoke = false,
  outDir = path.join(repo, "generated"),
): string[] {
  const esbuild = createRequire(path.join(benchDir, "package.json"))("esbuild") as Esbuild;
  const name = path.relative(repo, outDir).startsWith("..") ? "the output" : `${path.relative(repo, outDir)}/`;
  const files = fs
    .readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => ({ f, size: fs.statSync(path.join(outDir, f)).size }));
  const total = files.reduce((sum, x) => sum + x.size, 0);
  const largest = files.reduce((a, b) => (b.size > a.size ? b : a));
  const every: [string, string][] = [
    ["one leaf decoder (`decodeUserLogoutSessionEvent`)", "decodeUserLogoutSessionEvent"],
    ["one open decoder with subtypes (`decodeVmPoweredOnEvent`)", "decodeVmPoweredOnEvent"],
    ["one guard (`isUserLogoutSessionEvent`)", "isUserLogoutSessionEvent"],
    ["`decodeEvent`", "decodeEvent"],
    ["`isEvent`", "isEvent"],
    ["everything (`export *`)", "*"],
  ];
  const programs = smoke ? every.filter(([, names]) => BUDGETED.includes(names)) : every;
  const consumerMs = smoke ? NaN : consumerTypecheckMs(repo, outDir);
  const wholeApi = name === "the output";
  if (!smoke && !wholeApi) catalogueConsumerMs = consumerMs;
  if (!smoke && wholeApi && catalogueConsumerMs !== undefined)
    budget(
      "`tsc` of a consumer of `decodeEvent` and `VimClient`, the whole API's declarations / the catalogue's",
      consumerMs / catalogueConsumerMs,
      LIMITS.consumerRatio,
      "max",
      "x",
    );
  const sizes = programs.map(([label, names]): [string, string, number] => [
    label,
    names,
    bundled(esbuild, outDir, names === "*" ? "*" : `{ ${names} }`),
  ]);
  const leafBytes = sizes.find(([, names]) => names === "decodeUserLogoutSessionEvent")?.[2] ?? NaN;
  budget(`esbuild --minify, one leaf decoder of ${name}`, leafBytes / 1000, LIMITS.leafBundleKb, "max", "KB");
  const decodeEventBytes = sizes.find(([, names]) => names === "decodeEvent")?.[2] ?? NaN;
  budget(
    `esbuild --minify, \`decodeEvent\` of ${name}`,
    decodeEventBytes / 1000,
    LIMITS.decodeEventBundleKb,
    "max",
    "KB",
  );
  return [
    "| measure | value |",
    "|---|---:|",
    `| ${name} (${files.length} files) | ${(total / 1e6).toFixed(2)} MB (${total.toLocaleString("en-US")} bytes) |`,
    `| largest module (${largest.f}) | ${kb(largest.size)} |`,
    `| modules over 1 MB | ${files.filter((x) => x.size > MODULE_LIMIT).length} |`,
    ...(smoke
      ? []
      : [
          `| \`tsc --noEmit\` over ${name} (strict flags) | ${(typecheckMs(repo, outDir) / 1000).toFixed(2)} s |`,
          `| \`tsc --noEmit\` of a consumer of its declarations (\`decodeEvent\`, \`VimClient\`; median of 3) | ${(consumerMs / 1000).toFixed(2)} s |`,
        ]),
    ...sizes.map(([label, , bytes]) => `| esbuild --minify, ${label} | ${kb(bytes)} |`),
  ];
}
