#!/usr/bin/env node
// Entry point of the vsphere-typegen command: runs the compiled CLI (npm run build makes dist/).
"use strict";
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
