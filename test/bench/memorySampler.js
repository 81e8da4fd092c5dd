// Preloaded (`node --expose-gc --require`) into the source the benchmark measures: at each SIGUSR2, a GC, then one
// line `{"rss":<bytes>,"heapUsed":<bytes>}` appended to the file $BENCH_MEMORY_FILE names, so that the parent samples
// a child's heap (which only the child can read) at the moments it chooses (every 10,000 events delivered). With
// $BENCH_HEAP_SNAPSHOTS set to a folder and $BENCH_HEAP_SNAPSHOT_AT to sample numbers (1-based, comma-separated, e.g.
// "2,10"), a heap snapshot is also written there after those samples' GC (heap-<n>.heapsnapshot), for
// test/bench/heapDiff.js to compare.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
let samples = 0;
process.on("SIGUSR2", () => {
  const file = process.env.BENCH_MEMORY_FILE;
  if (!file) return;
  if (typeof globalThis.gc === "function") globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  fs.appendFileSync(file, `${JSON.stringify({ rss, heapUsed })}\n`);
  samples++;
  const folder = process.env.BENCH_HEAP_SNAPSHOTS;
  const at = (process.env.BENCH_HEAP_SNAPSHOT_AT ?? "").split(",").map(Number);
  if (folder && at.includes(samples))
    require("node:v8").writeHeapSnapshot(path.join(folder, `heap-${samples}.heapsnapshot`));
});
