// Jest runs the TypeScript tests through esbuild's type stripping. Node needs --experimental-vm-modules (see the
// "jest" script) because prettier 3 loads its plugins with dynamic import().
// A worker per core, not jest's default of one fewer: most suites wait on child processes (tsc, npm, the CLI, vcsim),
// so on two cores one worker left a core idle (jest 805 s with one worker, 513 s with two, on this repository's CI).
const os = require("node:os");

/** @type {import("jest").Config} */
module.exports = {
  maxWorkers: os.availableParallelism(),
  // jest's Node environment, with prettier as Node loads it, at twice the speed it has in jest's sandbox.
  testEnvironment: "<rootDir>/test/environment.js",
  roots: ["<rootDir>/test"],
  // npm test runs the bench's smoke run beside jest: its peers' install and build output under test/bench/ may be
  // written while jest walks test/, and no test imports them.
  modulePathIgnorePatterns: ["<rootDir>/test/bench/node_modules/", "<rootDir>/test/bench/\\.build/"],
  testMatch: ["**/*.test.ts"],
  // Every TypeScript file goes through esbuild's type stripping (test/esbuildTransform.js): about a sixth of the CPU
  // of TypeScript's own transpile, which a cold cache paid in each worker.
  transform: {
    "^.+\\.ts$": "<rootDir>/test/esbuildTransform.js",
  },
  // generated/ imports its siblings as "./decoders.js" (what ES modules need); the files are .ts here.
  moduleNameMapper: {
    "^(\\.{1,2}/.*)\\.js$": "$1",
    "^prettier$": "<rootDir>/test/support/nativePrettier.js",
  },
  testTimeout: 60000,
  // A worker that has run its share of the suites can hold a heap of gigabytes (generated modules, one registry a
  // suite), and a Node process that exits on its own frees it first: past jest's default 500 ms the worker is killed
  // and jest reports "A worker process has failed to exit gracefully", though it left no handle open (its process
  // reached "exit" within milliseconds of jest's end message). A leaked handle still keeps a worker past 5 s: reported.
  workerGracefulExitTimeout: 5000,
  // The longest suites first, so that no long one starts last (test/sequencer.js).
  testSequencer: "<rootDir>/test/sequencer.js",
  globalSetup: "<rootDir>/test/globalSetup.js",
  globalTeardown: "<rootDir>/test/globalTeardown.js",
};
