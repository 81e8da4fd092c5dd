// Stops the vCenter simulators that globalSetup.js started: SIGTERM, then SIGKILL after 5 s, since a simulator with
// a request stuck inside it never finishes closing its connections and would keep jest from exiting; and removes the
// folder of their certificates.
const fs = require("node:fs");
const { setTimeout, clearTimeout } = require("node:timers");
module.exports = async function globalTeardown() {
  const children = globalThis.vsphereTypegenVcsim ?? [];
  await Promise.all(
    children
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map(
        (child) =>
          new Promise((resolve) => {
            const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
            child.once("exit", () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill("SIGTERM");
          }),
      ),
  );
  if (globalThis.vsphereTypegenVcsimCerts !== undefined)
    fs.rmSync(globalThis.vsphereTypegenVcsimCerts, { recursive: true, force: true });
};
