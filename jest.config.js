// Jest runs the TypeScript tests through ts-jest. Node needs --experimental-vm-modules (see the
// "jest" script) because prettier 3 loads its plugins with dynamic import().
/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // generated/ imports its siblings as "./decoders.js" (what ES modules need); the files are .ts here.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testTimeout: 60000,
  globalSetup: "<rootDir>/test/globalSetup.js",
  globalTeardown: "<rootDir>/test/globalTeardown.js",
};
