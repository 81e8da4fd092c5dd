// Exits 0 when test/bench/node_modules holds exactly the versions test/bench/package.json pins, else 1 (so that
// `npm run bench` reinstalls the peers with `npm ci` after a pin changes). Each package's manifest is read from its
// folder: require.resolve of "<name>/package.json" fails for a package whose exports map leaves it out
// (fast-xml-parser), which made every run reinstall.
const fs = require("node:fs");
const path = require("node:path");
// The folder to check: test/bench/ (this file's), or the one given (its test: test/codebase/bench-installed.test.ts).
const dir = path.resolve(process.argv[2] ?? __dirname);
const manifest = (folder) => JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8"));
try {
  for (const [name, version] of Object.entries(manifest(dir).dependencies ?? {}))
    if (manifest(path.join(dir, "node_modules", ...name.split("/"))).version !== version) process.exit(1);
} catch {
  process.exit(1);
}
