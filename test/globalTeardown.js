// Stops the vCenter simulator that globalSetup.js started.
module.exports = async function globalTeardown() {
  const child = globalThis.vsphereTypegenVcsim;
  if (child === undefined || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
};
