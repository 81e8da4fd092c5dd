// Exits 0 when test/bench/node_modules holds exactly the versions test/bench/package.json pins, else 1 (so that
// `npm run bench` reinstalls the peers with `npm ci` after a pin changes).
const path = require("node:path");
const dir = __dirname;
const pins = require(path.join(dir, "package.json")).dependencies;
try {
  for (const [name, version] of Object.entries(pins)) {
    const installed = require(require.resolve(`${name}/package.json`, { paths: [dir] })).version;
    if (installed !== version) process.exit(1);
  }
} catch {
  process.exit(1);
}
