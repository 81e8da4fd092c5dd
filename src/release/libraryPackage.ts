/**
 * Builds the second publishable package of this repository, the generated vSphere library, from the committed
 * `generated/` folder: compiled twice (ES modules in esm/, CommonJS in cjs/, each with its declarations), a manifest
 * with an `exports` map, `sideEffects: false` and no dependencies, its README, and the `vsphere-events` command
 * (templates/library-package/vsphere-events.cjs and the module of its files beside it, over the CommonJS build). It
 * is a release step of this repository, not part of generating code: `npm run pack:lib` runs it and packs the result.
 *
 * Run: `node dist/src/release/libraryPackage.js <out-folder>` (after `npm run build`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Project, ts } from "ts-morph";
import { compareStrings } from "../diagnostic";
import { filesBelow } from "../filesBelow";
import { packageRoot } from "../packageFiles";
import { cachedBuild, digestOf } from "./buildCache";
import { internalValues, publicDeclarations } from "./publicDeclarations";

/** The library's package name: the generator's with the API it covers. */
export const LIBRARY_NAME = "vsphere-typegen-vim25";

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly repository: unknown;
  readonly homepage?: string;
  readonly bugs?: unknown;
  readonly author?: unknown;
}

/**
 * The strictness the generated code is held to, plus what a published library needs. `isolatedModules` (which the
 * typecheck gate's tsconfig.json sets too, over generated/) is what lets the CommonJS build transpile file by file.
 */
const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  isolatedModules: true,
  declaration: true,
  sourceMap: false,
  skipLibCheck: true,
  types: [],
};

/**
 * Writes the ES module build (code and declarations) of `sources` to `outDir`; throws on a syntax, options or
 * declaration-emit error. It does not type-check them a third time: `pack:lib` first checks that generated/ is the
 * generator's output for the committed schemas (`vsphere-typegen check`), and `npm test` type-checks that output
 * under the strict flags and @tsconfig/strictest (the typecheck gate, whose flags test/packages/generated-compile.test.ts
 * holds to strictest's).
 * Without the check the ES module build took 86 s here instead of 147 s; since every generated export's type is
 * written out (isolatedDeclarations: test/packages/generated-compile.test.ts), declaration emit infers no type and
 * the whole build, both module systems, takes about 50 s.
 */
function buildEsm(root: string, sources: readonly string[], outDir: string): void {
  compile(root, sources, outDir, false);
}

/** The .ts files below `folder`, in a fixed order. */
function sourcesIn(folder: string): string[] {
  return filesBelow(folder)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(folder, name));
}

/**
 * Writes only the declarations of the output folder `folder` (and of the modules it imports below `root`) to
 * `outDir`, as the package has them: what the bench's consumer type-checks against (test/bench/consumer.ts).
 */
export function writeDeclarations(root: string, folder: string, outDir: string): void {
  compile(root, sourcesIn(folder), outDir, true);
}

function compile(root: string, sources: readonly string[], outDir: string, declarationsOnly: boolean): void {
  // ts-morph's project carries TypeScript's lib files with it: no compiler beyond the generator's dependencies.
  const project = new Project({
    compilerOptions: { ...COMPILER_OPTIONS, noCheck: true, outDir, rootDir: root },
  });
  project.addSourceFilesAtPaths([...sources]);
  // The declarations without the values generated modules share (publicDeclarations.ts).
  const internal = internalValues(project.getSourceFiles().map((file) => file.compilerNode));
  const result = project.emitSync({
    emitOnlyDtsFiles: declarationsOnly,
    customTransformers: { afterDeclarations: [publicDeclarations(internal)] },
  });
  const program = project.getProgram().compilerObject;
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...result.compilerObject.diagnostics,
  ];
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" };
    const shown = ts.formatDiagnosticsWithColorAndContext(diagnostics.slice(0, 20), host);
    throw new Error(`${root} does not compile (${diagnostics.length} errors):\n${shown}`);
  }
  if (result.getEmitSkipped()) throw new Error(`${root}: the build emitted nothing`);
}

/** `text`, the module `fileName`, as the package's CommonJS build writes it; throws where it does not transpile. */
export function commonJsOf(text: string, fileName: string): string {
  const output = ts.transpileModule(text, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
    fileName,
    reportDiagnostics: true,
  });
  if ((output.diagnostics ?? []).length > 0) throw new Error(`${fileName}: does not transpile to CommonJS`);
  return output.outputText;
}

/**
 * The CommonJS build: each file transpiled on its own, and the declarations of the ES module build, which describe
 * the same exports.
 */
function buildCjs(root: string, sources: readonly string[], esmDir: string, outDir: string): void {
  for (const source of sources) {
    // Its path below generated/ (`runtime/checks`), the same in both builds.
    const base = path.relative(root, source).replace(/\.ts$/, "");
    fs.mkdirSync(path.dirname(path.join(outDir, base)), { recursive: true });
    fs.writeFileSync(path.join(outDir, `${base}.js`), commonJsOf(fs.readFileSync(source, "utf8"), source));
    fs.copyFileSync(path.join(esmDir, `${base}.d.ts`), path.join(outDir, `${base}.d.ts`));
  }
}

/** The library's package.json: version, licence and repository follow the generator's. */
export function libraryManifest(generator: Manifest): Record<string, unknown> {
  return {
    name: LIBRARY_NAME,
    version: generator.version,
    description:
      "TypeScript interfaces, type guards, decoders and encoders for every vSphere (vim25) event and the data " +
      "types they carry: VI JSON, govmomi JSON and CloudEvents. Generated by vsphere-typegen; no dependencies.",
    keywords: ["vsphere", "vmware", "vim25", "vi-json", "govmomi", "cloudevents", "typescript", "decoder"],
    license: generator.license,
    repository: generator.repository,
    ...(generator.homepage === undefined ? {} : { homepage: generator.homepage }),
    ...(generator.bugs === undefined ? {} : { bugs: generator.bugs }),
    engines: { node: ">=20" },
    type: "module",
    sideEffects: false,
    main: "./cjs/index.js",
    module: "./esm/index.js",
    types: "./cjs/index.d.ts",
    exports: {
      ".": {
        import: { types: "./esm/index.d.ts", default: "./esm/index.js" },
        require: { types: "./cjs/index.d.ts", default: "./cjs/index.js" },
      },
      "./package.json": "./package.json",
    },
    // npm 11 normalises "./bin/..." to "bin/..." and warns on publish that it did.
    bin: { "vsphere-events": "bin/vsphere-events.cjs" },
    // Only `vsphere-events --sink nats://...` loads it (bin/vsphere-events-nats.cjs); nothing else needs it.
    peerDependencies: { nats: "^2.29.3" },
    peerDependenciesMeta: { nats: { optional: true } },
    files: ["esm/", "cjs/", "bin/", "README.md", "LICENSE"],
  };
}

/**
 * Writes the library package into `outDir` (emptied first) from `repo`'s generated/ folder. The build (two
 * compilations of generated/, about two minutes for the whole API) is kept under node_modules/.cache by the digest of
 * everything it reads, so packing the same generated/ again, as the README's commands and the package tests both do,
 * copies it.
 */
export function buildLibraryPackage(repo: string, outDir: string): void {
  const generated = path.join(repo, "generated");
  const sources = sourcesIn(generated);
  const templates = path.join(repo, "templates", "library-package");
  const inputs = [
    ...sources,
    ...fs
      .readdirSync(templates)
      .sort(compareStrings)
      .map((name) => path.join(templates, name)),
    path.join(repo, "package.json"),
    path.join(repo, "LICENSE"),
    ...builderSources(repo),
  ];
  const key = digestOf([ts.version, ...inputs.flatMap((f) => [path.relative(repo, f), fs.readFileSync(f)])]);
  const cache = path.join(repo, "node_modules", ".cache", "vsphere-typegen", "library-package");
  const built = cachedBuild(cache, key, (dir) => writeLibraryPackage(repo, generated, sources, dir));
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.cpSync(built, outDir, { recursive: true });
}

/**
 * The builder itself and its declaration transformer, for the cache's key: their sources where the repository has
 * them, else these compiled modules.
 */
function builderSources(repo: string): string[] {
  return ["libraryPackage", "publicDeclarations"].map((name) => {
    const source = path.join(repo, "src", "release", `${name}.ts`);
    return fs.existsSync(source) ? source : path.join(__dirname, `${name}.js`);
  });
}

/** Builds the library package into the new folder `outDir` from `sources`, the .ts files of `generated`. */
function writeLibraryPackage(repo: string, generated: string, sources: readonly string[], outDir: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  buildEsm(generated, sources, path.join(outDir, "esm"));
  buildCjs(generated, sources, path.join(outDir, "esm"), path.join(outDir, "cjs"));
  // The package is "type": "module"; this marks cjs/ (code and declarations) as CommonJS for Node and TypeScript.
  fs.writeFileSync(path.join(outDir, "cjs", "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
  const generator = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")) as Manifest;
  fs.writeFileSync(path.join(outDir, "package.json"), `${JSON.stringify(libraryManifest(generator), null, 2)}\n`);
  fs.copyFileSync(path.join(repo, "templates", "library-package", "README.md"), path.join(outDir, "README.md"));
  fs.mkdirSync(path.join(outDir, "bin"));
  // The command and its modules (vsphere-events-*.cjs: options, config, located, connect, many, source, sink, nats,
  // service, files, lines), side by side.
  const templates = path.join(repo, "templates", "library-package");
  for (const name of fs.readdirSync(templates).filter((n) => n.endsWith(".cjs")))
    fs.copyFileSync(path.join(templates, name), path.join(outDir, "bin", name));
  fs.chmodSync(path.join(outDir, "bin", "vsphere-events.cjs"), 0o755);
  fs.copyFileSync(path.join(repo, "LICENSE"), path.join(outDir, "LICENSE"));
}

if (require.main === module) {
  const out = process.argv[2];
  if (out === undefined) {
    console.error("usage: node dist/src/release/libraryPackage.js <out-folder>");
    process.exitCode = 2;
  } else {
    buildLibraryPackage(packageRoot(), path.resolve(out));
    console.log(`vsphere-typegen: ${LIBRARY_NAME} package written to ${out}`);
  }
}
