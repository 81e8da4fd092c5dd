#!/usr/bin/env node
// Entry point of the vsphere-typegen command: runs the compiled CLI (npm run build makes dist/).
"use strict";
// V8 grows the heap by up to four times at each full collection when its limit is large (as on a 24 GB machine), so
// prettier's garbage from a cold catalogue run piled up to 400 MB of RSS. Growing by 40% at a time keeps the peak
// near 280 MB at the same speed (`BENCH_ONLY=editloop npm run bench`). It is a growth rate, not a limit: a larger
// catalogue still gets all the heap it needs.
require("node:v8").setFlagsFromString("--heap-growing-percent=40");
const { main } = require("../dist/src/cli/main.js");

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // An internal error: a bug in vsphere-typegen, reported with its stack.
    console.error(error instanceof Error ? error.stack : String(error));
    process.exitCode = 3;
  },
);
