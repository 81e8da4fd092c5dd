// Builds dist/ once before the tests, since the CLI tests run the real command over it; then builds the vCenter
// simulator (test/vcsim/) and starts one for each suite that uses it, which reads its URL from
// VSPHERE_TYPEGEN_VCSIM_URL_<SUITE>: suites run side by side, and one suite's power-ons and 10,000 posted events (vcsim
// keeps 1,000) must not reach another's. Without
// the Debian toolchain those tests are skipped with one line, unless VSPHERE_TYPEGEN_REQUIRE_VCSIM is set (.ci/run).
// Every generate the suites run (in temporary folders, which have no node_modules) shares one format cache: the
// output is the same bytes with or without it (test/format/cache.test.ts), and the catalogue is formatted once.
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const { buildVcsim, missingToolchain, startVcsim } = require("./vcsim/vcsim");

/** The suites that talk to vcsim, each to its own. */
const VCSIM_SUITES = ["vcsim", "client", "readme"];

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "..");
  process.env.VSPHERE_TYPEGEN_CACHE_DIR ??= path.join(root, "node_modules", ".cache", "vsphere-typegen-tests");
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: root,
    stdio: "inherit",
  });
  const missing = missingToolchain();
  if (missing !== undefined) {
    if (process.env.VSPHERE_TYPEGEN_REQUIRE_VCSIM) throw new Error(`vcsim is required here, but ${missing}`);
    process.env.VSPHERE_TYPEGEN_VCSIM_SKIP = missing;
    process.stdout.write(`\nvcsim tests skipped: ${missing}\n`);
    return;
  }
  const binary = buildVcsim();
  const started = await Promise.all(VCSIM_SUITES.map(() => startVcsim(binary)));
  started.forEach(({ url }, i) => (process.env[`VSPHERE_TYPEGEN_VCSIM_URL_${VCSIM_SUITES[i].toUpperCase()}`] = url));
  globalThis.vsphereTypegenVcsim = started.map(({ child }) => child);
};
