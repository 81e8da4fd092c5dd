// Preloaded (`node --require`) into a benchmarked process: at exit, writes the process's peak RSS in kilobytes to
// the file $BENCH_MAXRSS_FILE names, which a parent cannot read of a child any other way in Node.
"use strict";
process.on("exit", () => {
  const file = process.env.BENCH_MAXRSS_FILE;
  if (file) require("node:fs").writeFileSync(file, String(process.resourceUsage().maxRSS));
});
