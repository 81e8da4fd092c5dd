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

// The repository (this file's), or the project given: its test builds a small one (test/codebase/build.test.ts).
const root = path.resolve(process.argv[2] ?? path.join(__dirname, ".."));
const dist = path.join(root, "dist");
const buildInfo = path.join(dist, "build.tsbuildinfo");

const parsed = ts.getParsedCommandLineOfConfigFile(
  path.join(root, "tsconfig.build.json"),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  },
);
if (parsed === undefined) throw new Error("tsconfig.build.json could not be read");

/** Each source's outputs below dist/, by path relative to the repository, without extension (`src/cli/main`). */
const sources = new Set(parsed.fileNames.map((f) => path.relative(root, f).replace(/\.ts$/, "")));
// The folders the config includes (src, templates, scripts), a folder whose every source is gone among them; not
// dist/'s others (the bench's build).
const folders = new Set([...(parsed.raw?.include ?? []), ...[...sources].map((s) => s.split(path.sep)[0])]);

for (const folder of folders) {
  const out = path.join(dist, folder);
  if (!fs.existsSync(out)) continue;
  for (const name of fs.readdirSync(out, { recursive: true, encoding: "utf8" })) {
    const output = /^(.*)\.(js|d\.ts)$/.exec(name);
    if (output !== null && !sources.has(path.join(folder, output[1] ?? ""))) fs.rmSync(path.join(out, name));
  }
}
const missing = [...sources].some((s) => !fs.existsSync(path.join(dist, `${s}.js`)));
if (missing) fs.rmSync(buildInfo, { force: true });

try {
  execFileSync(
    process.execPath,
    [
      path.join(path.dirname(require.resolve("typescript/package.json")), "bin", "tsc"),
      "-p",
      path.join(root, "tsconfig.build.json"),
      "--incremental",
      "--tsBuildInfoFile",
      buildInfo,
    ],
    { cwd: root, stdio: "inherit" },
  );
} catch (error) {
  // tsc has printed its errors.
  process.exit(error.status ?? 1);
}
