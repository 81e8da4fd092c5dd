// The benchmark's builds (npm run bench:prepare), by esbuild's type stripping instead of tsc's emit:
//   node test/bench/transpile.js            the files tsconfig.bench.json names, into dist/bench/ as tsc laid them
//                                            out (rootDir "."): 0.5 s where tsc --noCheck took about 7;
//   transpileTypia(build)                   typia's generated validators (<build>/typia-gen/) into <build>/typia-js/
//                                            (prepareTypia.ts calls it): 0.7 s where tsc took about 10 for their
//                                            5.9 MB.
// Stripping is all either needs: the bench's own files are held to erasableSyntaxOnly and type-checked by npm test's
// typecheck gate, and the validators are a peer's generated code, run, not checked.
// The generated code the bench measures (generated/, test/catalogue/, test/golden/) is then built again as the
// package's CommonJS build writes it (commonJsOf), not as esbuild does: esbuild's CommonJS exports are getters, so
// every call from one generated module into another ran through one, and decodeEvent measured 2.4 times slower
// than users run it (53,000 objects/s against 126,000). Those outputs are kept by their source's digest in
// dist/bench/.package-cjs/, so only a changed module pays TypeScript's emit again (about 6 s for all 7.6 MB).
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
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

/** The folders of generated code, which the bench measures and so builds as the package does. */
const GENERATED = ["generated", path.join("test", "catalogue"), path.join("test", "golden")];

/** `files` below GENERATED rewritten in `outdir` as the package's CommonJS build writes them, from a cache by digest. */
function asThePackageBuilds(files, outdir) {
  const generated = files.filter((f) => GENERATED.some((g) => !path.relative(path.join(REPO, g), f).startsWith("..")));
  if (generated.length === 0) return;
  // The package build's own function, from the build just made (src/ is among the files tsconfig.bench.json names),
  // loaded on the first miss only (it loads ts-morph). Its code and ts-morph's version (whose TypeScript it calls)
  // are part of the key.
  const builder = path.join(outdir, "src", "release", "libraryPackage.js");
  let build;
  const commonJsOf = (text, file) => {
    build ??= require(builder);
    return build.commonJsOf(text, file);
  };
  const version = `${require("ts-morph/package.json").version}\n${fs.readFileSync(builder, "utf8")}`;
  const cache = path.join(outdir, ".package-cjs");
  fs.mkdirSync(cache, { recursive: true });
  const kept = new Set();
  for (const file of generated) {
    const text = fs.readFileSync(file, "utf8");
    const entry = `${crypto.createHash("sha256").update(`${version}\n${text}`).digest("hex").slice(0, 32)}.js`;
    kept.add(entry);
    const cached = path.join(cache, entry);
    // The file name goes into no output (no source maps), so the digest of the text is the whole key.
    if (!fs.existsSync(cached)) {
      // Written aside and renamed, so that a build cut short leaves no part of an entry.
      fs.writeFileSync(`${cached}.${process.pid}.tmp`, commonJsOf(text, file));
      fs.renameSync(`${cached}.${process.pid}.tmp`, cached);
    }
    fs.copyFileSync(cached, path.join(outdir, path.relative(REPO, file)).replace(/\.ts$/, ".js"));
  }
  for (const entry of fs.readdirSync(cache)) if (!kept.has(entry)) fs.rmSync(path.join(cache, entry));
}

module.exports = { transpileTypia };

if (require.main === module) {
  const files = filesOf(path.join(REPO, "tsconfig.bench.json"));
  const outdir = path.join(REPO, "dist", "bench");
  transpile(files, REPO, outdir);
  asThePackageBuilds(files, outdir);
}
