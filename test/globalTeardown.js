// Stops the vCenter simulators that globalSetup.js started.
module.exports = async function globalTeardown() {
  const children = globalThis.vsphereTypegenVcsim ?? [];
  await Promise.all(
    children
      .filter((child) => child.exitCode === null)
      .map(
        (child) =>
          new Promise((resolve) => {
            child.once("exit", resolve);
            child.kill("SIGTERM");
          }),
      ),
  );
};
