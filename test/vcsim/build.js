// Builds the vCenter simulator ahead of jest: `npm test` runs this beside the static gates, so that the build's
// seconds overlap theirs and test/globalSetup.js finds the binary in its cache. Without the Debian toolchain it does
// nothing: globalSetup then says why the vcsim tests are skipped (or fails, where they are required).
const { buildVcsim, missingToolchain } = require("./vcsim");

if (missingToolchain() === undefined) buildVcsim();
