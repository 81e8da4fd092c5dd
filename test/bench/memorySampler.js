// Preloaded (`node --expose-gc --require`) into the source the benchmark measures: at each SIGUSR2, a GC, then one
// line `{"rss":<bytes>,"heapUsed":<bytes>}` appended to the file $BENCH_MEMORY_FILE names, so that the parent samples
// a child's heap (which only the child can read) at the moments it chooses (every 10,000 events delivered).
"use strict";
const fs = require("node:fs");
process.on("SIGUSR2", () => {
  const file = process.env.BENCH_MEMORY_FILE;
  if (!file) return;
  if (typeof globalThis.gc === "function") globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  fs.appendFileSync(file, `${JSON.stringify({ rss, heapUsed })}\n`);
});
