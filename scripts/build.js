// The build (`npm run build`): tsc over what tsconfig.build.json names (src/, templates/, scripts/) into dist/,
// incremental, so that a build with nothing changed (npm ci's prepare, then npm test's, generate's, pack:lib's and
// npm pack's) takes about three seconds instead of six. tsc's incremental mode emits again what a change reaches (a
// file's code is its own under isolatedModules; a declaration that another file's types flow into is emitted again
// with it), but it neither emits again an output that was deleted nor deletes the output of a deleted source; this
// does both first: outputs without a source are removed, and a missing output makes the build a full one.
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

/** What tsconfig.build.json in `root` builds: its sources, where their outputs go, and the build info's file. */
function buildPlan(root) {
  const config = path.join(root, "tsconfig.build.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(
    config,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (parsed === undefined) throw new Error("tsconfig.build.json could not be read");
  const { outDir, rootDir = root, declaration = false } = parsed.options;
  if (outDir === undefined) throw new Error("tsconfig.build.json names no outDir");
  /** Each source by its path below rootDir without extension (`src/cli/main`): its outputs are that below outDir. */
  const sources = new Set(parsed.fileNames.map((f) => path.relative(rootDir, f).replace(/\.ts$/, "")));
  // The output folders of the folders the config includes by name (src, templates, scripts: a folder whose every
  // source is gone among them) and of every source; never outDir itself, whose other folders are other builds' (the
  // bench's).
  const folders = new Set(
    [
      ...(parsed.raw?.include ?? []).filter((i) => /^[\w-]+(\/[\w-]+)*$/.test(i)),
      ...[...sources].map((s) => s.split(path.sep)[0] ?? ""),
    ].filter((f) => f !== "" && !path.relative(rootDir, path.resolve(root, f)).startsWith("..")),
  );
  return {
    root,
    config,
    files: parsed.fileNames,
    outDir,
    sources,
    folders,
    // A source's outputs: `.d.ts` too when the config emits declarations.
    extensions: declaration ? [".js", ".d.ts"] : [".js"],
    buildInfo: path.join(outDir, "build.tsbuildinfo"),
  };
}

/**
 * Whether the build in `root` is older than its config or a source it compiles, or was never made here: what
 * test/globalSetup.js asks before it builds. The build stamps its build info when it ends, whether tsc wrote anything.
 */
function buildStale(root) {
  const { config, files, buildInfo } = buildPlan(root);
  const built = fs.statSync(buildInfo, { throwIfNoEntry: false })?.mtimeMs;
  return built === undefined || [config, ...files].some((file) => fs.statSync(file).mtimeMs > built);
}

/** Builds `root`; throws, once tsc has printed its errors, when it fails. */
function build(root) {
  const { config, outDir, sources, folders, extensions, buildInfo } = buildPlan(root);
  /** The outputs below the folders, relative to outDir; those of no source (or of a kind not emitted) are removed. */
  const outputs = [...folders].flatMap((folder) => {
    const out = path.join(outDir, folder);
    if (path.relative(outDir, out) === "" || !fs.existsSync(out)) return [];
    return fs
      .readdirSync(out, { recursive: true, encoding: "utf8" })
      .map((name) => path.join(folder, name))
      .filter((name) => {
        const output = /^(.*)(\.js|\.d\.ts)$/.exec(name);
        if (output === null) return false;
        if (sources.has(output[1] ?? "") && extensions.includes(output[2] ?? "")) return true;
        fs.rmSync(path.join(outDir, name));
        return false;
      });
  });
  // tsc's build info says what it last emitted. An output missing, or written after it (by another tsc run into the
  // same folder: `npm run runtime`, or another commit's build), makes it wrong: the build is then a full one.
  const listed = new Set(outputs);
  const missing = [...sources].some((s) => extensions.some((e) => !listed.has(`${s}${e}`)));
  const infoTime = fs.statSync(buildInfo, { throwIfNoEntry: false })?.mtimeMs;
  const newer = infoTime !== undefined && outputs.some((o) => fs.statSync(path.join(outDir, o)).mtimeMs > infoTime);
  if (missing || newer) fs.rmSync(buildInfo, { force: true });
  const tsc = path.join(path.dirname(require.resolve("typescript/package.json")), "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", config, "--incremental", "--tsBuildInfoFile", buildInfo], {
    cwd: root,
    stdio: "inherit",
  });
  const now = new Date();
  fs.utimesSync(buildInfo, now, now);
}

module.exports = { build, buildStale };

if (require.main === module) {
  try {
    // The repository (this file's), or the project given: its test builds a small one (test/codebase/build.test.ts).
    build(path.resolve(process.argv[2] ?? path.join(__dirname, "..")));
  } catch (error) {
    // tsc has printed its errors; anything else is said here.
    if (!("status" in error)) throw error;
    process.exit(error.status ?? 1);
  }
}
