// Stops the vCenter simulators that globalSetup.js started (stopVcsim: SIGTERM, then SIGKILL, since a simulator with
// a request stuck inside it never finishes closing its connections and would keep jest from exiting), and removes the
// folder of their certificates and the run's temporary folder (globalSetup.js), with all the tests left in it.
const fs = require("node:fs");
const { stopVcsim } = require("./vcsim/vcsim");

module.exports = async function globalTeardown() {
  await Promise.all((globalThis.vsphereTypegenVcsim ?? []).map((child) => stopVcsim(child, 5_000)));
  if (globalThis.vsphereTypegenVcsimCerts !== undefined)
    fs.rmSync(globalThis.vsphereTypegenVcsimCerts, { recursive: true, force: true });
  if (globalThis.vsphereTypegenTmp !== undefined)
    fs.rmSync(globalThis.vsphereTypegenTmp, { recursive: true, force: true, maxRetries: 3 });
};
