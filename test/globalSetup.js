// Builds dist/ once before the tests, since the CLI tests run the real command over it.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = function globalSetup() {
  const root = path.resolve(__dirname, "..");
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: root,
    stdio: "inherit",
  });
};
