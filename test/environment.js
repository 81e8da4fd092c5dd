// The test environment: jest's Node environment, with prettier as Node itself loads it. jest runs a test's modules in
// a sandbox (a vm context), where prettier, an ES module loaded through jest's own module loader, formats at about
// half its speed (the catalogue's 835 KB encoders module: 13.1 CPU-s for three formats in the sandbox, 8.1 with this,
// 8.4 in plain Node). The sandbox's `prettier` is this one (test/support/nativePrettier.js, by jest.config.js's
// moduleNameMapper): the same installed package, its errors from Node's realm (src/format/formatFiles.ts knows a
// SyntaxError by its name).
const { TestEnvironment } = require("jest-environment-node");

class WithNativePrettier extends TestEnvironment {
  async setup() {
    await super.setup();
    this.global[Symbol.for("vsphere-typegen.prettier")] = require("prettier");
  }
}

module.exports = WithNativePrettier;
