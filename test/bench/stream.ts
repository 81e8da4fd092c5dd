/**
 * The stream benchmark: a synthetic archive of real session events (the QueryEvents fixture's events with distinct
 * keys) written to a temporary file as one JSON array, then decoded by `decodeEventStream` from a file stream, with
 * the peak resident memory sampled, beside `parseEventArray` on a slice of the same events held in memory.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { decodeEventStream, parseEventArray } from "../catalogue";

/**
 * Writes `megabytes` of events as one JSON array; returns the file, its size, the number of events, and the first
 * `sampleEvents` of them as one text.
 */
function writeArchive(
  repo: string,
  megabytes: number,
  sampleEvents: number,
): { file: string; bytes: number; events: number; sample: string } {
  const real = JSON.parse(
    fs.readFileSync(path.join(repo, "test/fixtures/QueryEvents.returnval.session-events.json"), "utf8"),
  ) as Record<string, unknown>[];
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vsphere-typegen-stream-")), "events.json");
  const fd = fs.openSync(file, "w");
  let bytes = 0;
  let events = 0;
  const target = megabytes * 1e6;
  const batch: string[] = [];
  fs.writeSync(fd, "[\n");
  while (bytes < target) {
    for (let i = 0; i < 1000; i++, events++) {
      const base = real[events % real.length];
      batch.push(JSON.stringify({ ...base, key: events + 1, chainId: events + 1 }));
    }
    const text = `${events > 1000 ? ",\n" : ""}${batch.join(",\n")}`;
    batch.length = 0;
    fs.writeSync(fd, text);
    bytes += text.length;
  }
  fs.writeSync(fd, "\n]\n");
  fs.closeSync(fd);
  // The in-memory peer: the first events as one text.
  const sample = `[${Array.from({ length: sampleEvents }, (_, i) =>
    JSON.stringify({ ...real[i % real.length], key: i + 1, chainId: i + 1 }),
  ).join(",\n")}]`;
  return { file, bytes: fs.statSync(file).size, events, sample };
}

/** A full GC, in a process started without --expose-gc: the flag set at run time, `gc` taken from a new context. */
function collector(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

/** The stream of `megabytes` of events, beside the first `sampleEvents` of them in memory. */
export async function streamReport(repo: string, megabytes: number, sampleEvents: number): Promise<string[]> {
  const { file, bytes, events, sample } = writeArchive(repo, megabytes, sampleEvents);
  try {
    // In memory: the median of reads of the sample's text, five before the stream and five after it, so that
    // the short peer does not stand for one moment of this noisy host against the stream's long run.
    const rates: number[] = [];
    const readInMemory = (): void => {
      for (let run = 0; run < 5; run++) {
        const started = process.hrtime.bigint();
        parseEventArray(sample);
        rates.push(sample.length / 1e6 / (Number(process.hrtime.bigint() - started) / 1e9));
      }
    };
    parseEventArray(sample); // warm-up
    readInMemory();
    // The live heap: after a full GC before the stream and at each tenth of its events (ten GCs in the timed loop,
    // a few milliseconds each). RSS is the benchmark process's whole, which holds the earlier sections' data too.
    const gc = collector();
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const heaps: number[] = [];
    const tenth = Math.max(1, Math.floor(events / 10));
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const started = process.hrtime.bigint();
    let count = 0;
    for await (const event of decodeEventStream(fs.createReadStream(file, { highWaterMark: 1 << 20 }))) {
      if (event.key > 0) count++;
      if (count % tenth === 0 && heaps.length < 10) {
        gc();
        heaps.push(process.memoryUsage().heapUsed);
      }
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const streamed = bytes / 1e6 / seconds;
    readInMemory();
    const inMemory = rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)] ?? NaN;
    if (count !== events) throw new Error(`decoded ${count} events of ${events}`);
    return [
      `An archive of ${events.toLocaleString("en-US")} session events, one JSON array of ${(bytes / 1e6).toFixed(0)} MB on disk, read by decodeEventStream from fs.createReadStream (1 MB chunks), beside parseEventArray on ${sampleEvents.toLocaleString("en-US")} of the same events in memory (${(sample.length / 1e6).toFixed(1)} MB, the median of five reads before the stream and five after), ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}`,
      "",
      "| reader | MB/s | vs in memory | peak RSS of the benchmark's process |",
      "|---|---:|---:|---:|",
      `| parseEventArray, in memory | ${inMemory.toFixed(1)} | 1.00x | |`,
      `| decodeEventStream, from the file | ${streamed.toFixed(1)} | ${(streamed / inMemory).toFixed(2)}x | ${(peak / 1e6).toFixed(0)} MB (${(before / 1e6).toFixed(0)} MB before) |`,
      "",
      `The benchmark process's live heap (heapUsed after a full GC) was ${mb(heapBefore)} MB before the stream (the earlier sections' data); at each tenth of its events it differed from that by ${heaps.map((h) => `${h >= heapBefore ? "+" : "-"}${mb(Math.abs(h - heapBefore))}`).join(", ")} MB.`,
      "",
    ];
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
