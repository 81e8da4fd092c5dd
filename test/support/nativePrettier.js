// prettier as Node loads it, which the test environment (test/environment.js) hands to the sandbox.
const prettier = globalThis[Symbol.for("vsphere-typegen.prettier")];
if (prettier === undefined) throw new Error("prettier comes from the test environment, test/environment.js");
module.exports = prettier;
