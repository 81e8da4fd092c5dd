// The benchmark's builds (npm run bench:prepare), by esbuild's type stripping instead of tsc's emit:
//   node test/bench/transpile.js            the files tsconfig.bench.json names, into dist/bench/ as tsc laid them
//                                            out (rootDir "."): 0.5 s where tsc --noCheck took about 7;
//   transpileTypia(build)                   typia's generated validators (<build>/typia-gen/) into <build>/typia-js/
//                                            (prepareTypia.ts calls it): 0.7 s where tsc took about 10 for their
//                                            5.9 MB.
// Stripping is all either needs: the bench's own files are held to erasableSyntaxOnly and type-checked by npm test's
// typecheck gate, and the validators are a peer's generated code, run, not checked.
"use strict";
const path = require("node:path");
const esbuild = require("esbuild");

const REPO = path.join(__dirname, "..", "..");

/** The files a tsconfig names (its include and exclude read by TypeScript itself). */
function filesOf(config) {
  // Loaded here, not above: transpileTypia needs esbuild alone.
  const ts = require("typescript");
  const read = ts.readConfigFile(config, ts.sys.readFile);
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(config));
  if (parsed.errors.length > 0)
    throw new Error(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n"));
  return parsed.fileNames.filter((f) => !f.endsWith(".d.ts"));
}

/** `files` as CommonJS in `outdir`, each at its path below `outbase`. */
function transpile(files, outbase, outdir) {
  esbuild.buildSync({
    entryPoints: files,
    outbase,
    outdir,
    bundle: false,
    format: "cjs",
    platform: "node",
    target: "es2022",
    logLevel: "warning",
    // As tsc compiles them (tsconfig.json: ES2022, strict): class fields defined, not assigned, and "use strict".
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, alwaysStrict: true } },
  });
}

/** typia's validators generated in `build` (test/bench/.build/, or its smoke/ folder), stripped beside them. */
function transpileTypia(build) {
  transpile(
    [path.join(build, "typia-gen", "validators.ts")],
    path.join(build, "typia-gen"),
    path.join(build, "typia-js"),
  );
}

module.exports = { transpileTypia };

if (require.main === module)
  transpile(filesOf(path.join(REPO, "tsconfig.bench.json")), REPO, path.join(REPO, "dist", "bench"));
