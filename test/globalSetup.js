// Builds dist/ once before the tests, since the CLI tests run the real command over it; then builds and starts the
// vCenter simulator (test/vcsim/) for test/vcsim.test.ts, which reads its URL from VSPHERE_TYPEGEN_VCSIM_URL. Without
// the Debian toolchain those tests are skipped with one line, unless VSPHERE_TYPEGEN_REQUIRE_VCSIM is set (.ci/run).
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const { buildVcsim, missingToolchain, startVcsim } = require("./vcsim/vcsim");

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "..");
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
  const { url, child } = await startVcsim(buildVcsim());
  process.env.VSPHERE_TYPEGEN_VCSIM_URL = url;
  globalThis.vsphereTypegenVcsim = child;
};
