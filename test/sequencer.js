// The order jest starts the suites in. In a fresh clone (CI) jest has no timings and starts the biggest files first;
// the suites that run longest are not the biggest, and one started late keeps a worker busy after the other is done.
// These, measured in CI (wall seconds of a fresh clone's npm test), start first, longest first; the rest follow in
// jest's own order (last run's timings where it has them, else file size).
const Sequencer = require("@jest/test-sequencer").default;
const path = require("node:path");

/** The suites that ran longest in CI, longest first. */
const LONGEST = [
  "cli/readme-code-blocks.test.ts",
  "cli/cli.test.ts",
  "packages/npm-pack.test.ts",
  "client/vim-client.test.ts",
];

class LongestFirst extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const index = LONGEST.indexOf(path.relative(path.join(__dirname), test.path).split(path.sep).join("/"));
      return index === -1 ? LONGEST.length : index;
    };
    const ordered = super.sort(tests);
    // A stable sort: the rest keep jest's order.
    return [...ordered].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = LongestFirst;
