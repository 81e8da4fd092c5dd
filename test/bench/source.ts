/**
 * The event source's benchmark (issue 31, item 6), against a vcsim of its own on 127.0.0.1: events per second from
 * vcsim through the real vsphere-events command (--sink to a receiver on loopback that answers 202) beside
 * `followEvents` alone in this process, both catching up from one checkpoint, rounds interleaved, so the delivery's
 * overhead is a ratio to a peer measured in the same run; then the source's memory (RSS, and heap after a GC, sampled
 * by test/bench/memorySampler.js inside it) at each tenth of 100,000 events posted while it follows.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { median } from "./stats";
import { VimClient, type Checkpoint } from "../catalogue";
import { postEvents, postEventsPaced } from "../vcsim/postEvents";

/** test/vcsim/vcsim.js, loaded from the repository (this module runs from dist/bench). */
type VcsimModule = typeof import("../vcsim/vcsim");

const CREDENTIALS = { username: "user", password: "pass" };
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

/** The command as the library package lays it out: bin/ (the .cjs files) beside cjs/ (the built catalogue). */
function installCommand(repo: string): { bin: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vsphere-events-bench-"));
  fs.mkdirSync(path.join(dir, "bin"));
  // This module's own build of the catalogue (tsconfig.bench.json, CommonJS): what the command requires as ../cjs.
  fs.symlinkSync(path.resolve(__dirname, "../catalogue"), path.join(dir, "cjs"));
  const templates = path.join(repo, "templates", "library-package");
  for (const name of fs.readdirSync(templates).filter((n) => n.endsWith(".cjs")))
    fs.copyFileSync(path.join(templates, name), path.join(dir, "bin", name));
  return { bin: path.join(dir, "bin", "vsphere-events.cjs"), dir };
}

/** A receiver on loopback that answers 202 and notes when each request arrived. */
async function receiver(): Promise<{ url: string; times: number[]; close: () => Promise<void> }> {
  const times: number[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      times.push(performance.now());
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    times,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Starts the command against `url` with these extra arguments; `node` flags before it. */
function startSource(
  command: { bin: string; dir: string },
  url: string,
  args: readonly string[],
  node: readonly string[] = [],
  env: Record<string, string> = {},
): { child: ChildProcess; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    [...node, command.bin, "--url", url, "--username", CREDENTIALS.username, "--password-stdin", ...args],
    { stdio: ["pipe", "ignore", "pipe"], env: { ...process.env, HOME: command.dir, ...env } },
  );
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  child.stdin?.end(`${CREDENTIALS.password}\n`);
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, stderr: () => stderr, exited };
}

/** Events per second between the first event and the last: a process's start and login are not the delivery's. */
const rateOf = (first: number, last: number, count: number): number => (count - 1) / ((last - first) / 1000);

/**
 * followEvents from `since` for `count` events, timed whole: its collector made, its page read and decoded, the
 * events yielded, the collector destroyed (the page comes in one read, so its first event to its last is no time).
 */
async function followRate(client: VimClient, since: Checkpoint, count: number): Promise<number> {
  let seen = 0;
  const started = performance.now();
  for await (const _ of client.followEvents({ since, pageSize: 1000, filter: { type: ["GeneralUserEvent"] } }))
    if (++seen === count) break;
  return count / ((performance.now() - started) / 1000);
}

/** The source from `since` for `count` events to a fresh receiver, timed there from the first to the last. */
async function sourceRate(
  command: { bin: string; dir: string },
  url: string,
  since: Checkpoint,
  count: number,
): Promise<number> {
  const r = await receiver();
  const checkpoint = path.join(command.dir, "checkpoint.json");
  fs.rmSync(checkpoint, { force: true });
  const args = ["--sink", r.url, "--since", JSON.stringify(since), "--max", String(count), "--page-size", "1000"];
  args.push(
    "--type",
    "GeneralUserEvent",
    "--checkpoint",
    checkpoint,
    "--session-file",
    path.join(command.dir, "session"),
  );
  const run = startSource(command, url, args);
  const status = await run.exited;
  await r.close();
  if (status !== 0 || r.times.length !== count)
    throw new Error(`the source exited ${status} after ${r.times.length} of ${count} events: ${run.stderr()}`);
  return rateOf(r.times[0] as number, r.times[count - 1] as number, count);
}

interface MemoryReport {
  readonly posted: number;
  readonly delivered: number;
  readonly seconds: number;
  readonly samples: readonly { readonly at: number; readonly rss: number; readonly heapUsed: number }[];
  readonly maxRss: number;
}

/**
 * The source following live while `count` events are posted (4 at a time, never more than 500 ahead of the receiver:
 * vcsim's collector keeps a page of 1,000 at most), its memory sampled at each tenth; stopped with SIGTERM at the
 * end.
 */
async function sourceMemory(
  command: { bin: string; dir: string },
  url: string,
  poster: VimClient,
  count: number,
): Promise<MemoryReport> {
  const r = await receiver();
  const memoryFile = path.join(command.dir, "memory.ndjson");
  const rssFile = path.join(command.dir, "maxrss");
  const since = await poster.latestCheckpoint();
  const args = ["--sink", r.url, "--since", JSON.stringify(since), "--page-size", "1000", "--type", "GeneralUserEvent"];
  args.push("--session-file", path.join(command.dir, "session"));
  const node = ["--expose-gc", "--require", path.join(benchDir(), "memorySampler.js")];
  node.push("--require", path.join(benchDir(), "maxrss.js"));
  const run = startSource(command, url, args, node, { BENCH_MEMORY_FILE: memoryFile, BENCH_MAXRSS_FILE: rssFile });
  // Posted once it follows: vcsim's collectors can miss events posted while a follower starts.
  while (!run.stderr().includes("waiting for events")) {
    if (run.child.exitCode !== null) throw new Error(`the source exited: ${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const step = Math.max(1, Math.floor(count / 10));
  const at: number[] = [];
  const sampler = setInterval(() => {
    const due = (at.length + 1) * step;
    if (r.times.length >= due) {
      at.push(due);
      run.child.kill("SIGUSR2");
    }
  }, 5);
  const started = performance.now();
  const messages = Array.from({ length: count }, (_, i) => `bench-${i}`);
  await postEventsPaced(poster, messages, () => r.times.length, { ahead: 500, parallel: 4 });
  // Every event, or none more for 10 s: a lost one is reported, not waited for.
  for (let last = -1, since = performance.now(); r.times.length < count;) {
    if (r.times.length !== last) [last, since] = [r.times.length, performance.now()];
    if (performance.now() - since > 10_000) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 200));
  clearInterval(sampler);
  run.child.kill("SIGTERM");
  const status = await run.exited;
  await r.close();
  if (status !== 0) throw new Error(`the source exited ${status}: ${run.stderr()}`);
  const lines = fs.existsSync(memoryFile) ? fs.readFileSync(memoryFile, "utf8").trim().split("\n") : [];
  const samples = lines
    .filter((l) => l !== "")
    .map((l, i) => ({ at: at[i] ?? NaN, ...(JSON.parse(l) as { rss: number; heapUsed: number }) }));
  const maxRss = Number(fs.readFileSync(rssFile, "utf8")) * 1024;
  return { posted: count, delivered: r.times.length, seconds, samples, maxRss };
}

/** test/bench/ in the source tree (the .js files that preload into a child live there, not in dist/). */
function benchDir(): string {
  return __dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, "../../../../test/bench") : __dirname;
}

/** The source's tables, or one line saying why vcsim could not be started here. */
export async function sourceReport(repo: string, smoke: boolean): Promise<string[]> {
  const vcsim = createRequire(path.join(repo, "package.json"))("./test/vcsim/vcsim.js") as VcsimModule;
  const missing = vcsim.missingToolchain();
  if (missing !== undefined) return [`Event source: not measured here, vcsim cannot be built: ${missing}.`, ""];
  const { url, child } = await vcsim.startVcsim(vcsim.buildVcsim());
  const command = installCommand(repo);
  try {
    const poster = await VimClient.connect({ url, ...CREDENTIALS });
    const since = await poster.latestCheckpoint();
    if (since === undefined) throw new Error("vcsim has no event to start from");
    // Within the 1,000 events vcsim keeps, with room for the logins the rounds add.
    const count = smoke ? 50 : 900;
    await postEvents(
      poster,
      Array.from({ length: count }, (_, i) => `bench-page-${i}`),
      4,
    );
    const follower = await VimClient.connect({ url, ...CREDENTIALS });
    const rounds = smoke ? 1 : 7;
    const rates = { follow: [] as number[], source: [] as number[], ratio: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      const followed = await followRate(follower, since, count);
      const delivered = await sourceRate(command, url, since, count);
      rates.follow.push(followed);
      rates.source.push(delivered);
      rates.ratio.push(delivered / followed);
      if (process.env["BENCH_VERBOSE"] === "1")
        console.error(`source round ${round}: followEvents ${fmt(followed)}/s, source ${fmt(delivered)}/s`);
    }
    await follower.logout();
    const memoryCount = smoke ? 50 : Number(process.env["BENCH_SOURCE_EVENTS"] ?? 100_000);
    const memory = await sourceMemory(command, url, poster, memoryCount);
    await poster.logout();
    const first = memory.samples[0];
    const last = memory.samples[memory.samples.length - 1];
    return [
      `The event source (bin/vsphere-events.cjs, its own process, --sink to a receiver on 127.0.0.1 answering 202, one event in flight, --checkpoint written atomically after each) against vcsim: ${count.toLocaleString("en-US")} GeneralUserEvents caught up from a checkpoint in pages of 1,000, the source timed from the first event the receiver took to the last (its start, login and page read excluded: its delivery), followEvents timed whole (collector, page read and decoded, events yielded); median of ${rounds} interleaved rounds (the ratio: the median of each round's own)`,
      "",
      "| reader | events/s | vs followEvents |",
      "|---|---:|---:|",
      `| vsphere-events --sink (follow, CloudEvent, HTTP POST, checkpoint) | ${fmt(median(rates.source))} | ${median(rates.ratio).toFixed(2)}x |`,
      `| followEvents alone (in the benchmark's process) | ${fmt(median(rates.follow))} | 1.00x |`,
      "",
      `The source following (no --checkpoint) while ${memory.posted.toLocaleString("en-US")} events were posted to vcsim (4 at a time, at most 500 ahead of the receiver): ${memory.delivered.toLocaleString("en-US")} delivered in ${memory.seconds.toFixed(1)} s; at each tenth, RSS (MB): ${memory.samples.map((s) => mb(s.rss)).join(", ")}; heap after GC (MB): ${memory.samples.map((s) => mb(s.heapUsed)).join(", ")}; first vs last: RSS ${first === undefined ? "?" : mb(first.rss)} to ${last === undefined ? "?" : mb(last.rss)} MB, heap ${first === undefined ? "?" : mb(first.heapUsed)} to ${last === undefined ? "?" : mb(last.heapUsed)} MB; peak RSS ${mb(memory.maxRss)} MB`,
      "",
    ];
  } finally {
    await vcsim.stopVcsim(child);
    fs.rmSync(command.dir, { recursive: true, force: true });
  }
}
