// Jest runs the TypeScript tests through ts-jest. Node needs --experimental-vm-modules (see the
// "jest" script) because prettier 3 loads its plugins with dynamic import().
/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
  globalSetup: "<rootDir>/test/globalSetup.js",
};
