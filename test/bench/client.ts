/**
 * The client benchmark, against a vcsim of its own on 127.0.0.1: events per second through `followEvents` catching up
 * from a checkpoint, beside the same events read with raw `fetch` and `parseSoapResponse` (the client's overhead), and
 * the memory of a follower (a child process) while 100,000 events are posted to it.
 */
import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";
import * as path from "node:path";
import { median } from "./stats";
import { parseSoapResponse, soapRequest, VimClient, type Checkpoint, type ManagedObjectReference } from "../catalogue";
import type { FollowerReport } from "./follower";
import { postEvents as post } from "../vcsim/postEvents";

/** test/vcsim/vcsim.js, loaded from the repository (this module runs from dist/bench). */
type VcsimModule = typeof import("../vcsim/vcsim");

const CREDENTIALS = { username: "user", password: "pass" };

/** What a raw reader needs: the endpoint, the release its SOAPAction names and a logged-in session cookie. */
async function rawSession(url: string, release: string): Promise<{ send: (body: string) => Promise<string> }> {
  const endpoint = new URL("/sdk", url).toString();
  let cookie = "";
  const send = async (body: string): Promise<string> => {
    const answer = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "text/xml; charset=utf-8", SOAPAction: `"urn:vim25/${release}"`, Cookie: cookie },
      body,
    });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`raw ${answer.status}: ${text.slice(0, 200)}`);
    cookie = /vmware_soap_session=("[^"]*"|[^;,\s]*)/.exec(answer.headers.get("set-cookie") ?? "")?.[0] ?? cookie;
    return text;
  };
  const sessionManager: ManagedObjectReference = {
    _typeName: "ManagedObjectReference",
    type: "SessionManager",
    value: "SessionManager",
  };
  await send(
    soapRequest("Login", { _this: sessionManager, userName: CREDENTIALS.username, password: CREDENTIALS.password }),
  );
  return { send };
}

/**
 * The raw peer of a follow's catch-up: a collector over everything with a page of `pageSize`, its events read with ReadNextEvents in pages of
 * `pageSize` until a short page, each page decoded by `parseSoapResponse`, the collector destroyed.
 */
async function rawRead(
  send: (body: string) => Promise<string>,
  eventManager: ManagedObjectReference,
  pageSize: number,
): Promise<number> {
  const created = await send(
    soapRequest("CreateCollectorForEvents", { _this: eventManager, filter: { _typeName: "EventFilterSpec" } }),
  );
  const value = /<returnval[^>]*>([^<]+)<\/returnval>/.exec(created)?.[1];
  if (value === undefined) throw new Error("raw: CreateCollectorForEvents returned no collector");
  const collector: ManagedObjectReference = {
    _typeName: "ManagedObjectReference",
    type: "EventHistoryCollector",
    value,
  };
  // vcsim's collector holds its page only (ReadNextEvents gives nothing older), as followEvents's does.
  await send(soapRequest("SetCollectorPageSize", { _this: collector, maxCount: pageSize }));
  let events = 0;
  for (;;) {
    const page = parseSoapResponse(
      "Event",
      await send(soapRequest("ReadNextEvents", { _this: collector, maxCount: pageSize })),
    );
    events += page.length;
    if (page.length < pageSize) break;
  }
  await send(soapRequest("DestroyCollector", { _this: collector }));
  return events;
}

/** Reads `count` events through followEvents from `since` (the catch-up a restarted follower does), then leaves. */
async function followRead(client: VimClient, since: Checkpoint, count: number, pageSize: number): Promise<number> {
  let seen = 0;
  for await (const _ of client.followEvents({ since, pageSize })) if (++seen === count) break;
  return seen;
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

/** Runs the follower child over `count` events posted by `poster`; its report. */
async function followerMemory(
  url: string,
  poster: VimClient,
  count: number,
  followerScript: string,
): Promise<FollowerReport & { postSeconds: number }> {
  const since = await poster.latestCheckpoint();
  const child = spawn(
    process.execPath,
    ["--expose-gc", followerScript, JSON.stringify({ url, since, count, ...CREDENTIALS })],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  // The follower says when it follows; then the events are posted, the last one ending it.
  await new Promise<void>((resolve, reject) => {
    const ready = (): void => {
      if (out.includes("following\n")) resolve();
      else child.stdout.once("data", ready);
    };
    child.stdout.once("data", ready);
    child.once("exit", (code) => reject(new Error(`the follower exited (${code}) before it followed`)));
  });
  const started = process.hrtime.bigint();
  // The end after every other has been recorded: posts made side by side are recorded in any order.
  await post(
    poster,
    Array.from({ length: count - 1 }, (_, i) => `bench-${i}`),
    4,
  );
  await post(poster, ["bench-end"]);
  const postSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const code = await exited;
  if (code !== 0) throw new Error(`the follower exited with ${code}: ${out}`);
  const report = JSON.parse(out.slice(out.indexOf("following\n") + "following\n".length)) as FollowerReport;
  return { ...report, postSeconds };
}

/** The client tables, or one line saying why vcsim could not be started here. */
export async function clientReport(repo: string, smoke: boolean, followerScript: string): Promise<string[]> {
  const vcsim = createRequire(path.join(repo, "package.json"))("./test/vcsim/vcsim.js") as VcsimModule;
  const missing = vcsim.missingToolchain();
  if (missing !== undefined) return [`Client: not measured here, vcsim cannot be built: ${missing}.`, ""];
  const { url, child } = await vcsim.startVcsim(vcsim.buildVcsim());
  try {
    // A smoke run posts and reads a tenth: the posts are most of its time, and vcsim's.
    const count = smoke ? 100 : 1000;
    const rounds = smoke ? 1 : 7;
    const pageSize = 1000;
    const poster = await VimClient.connect({ url, ...CREDENTIALS });
    // vcsim keeps its newest 1,000 events: after a whole run's 1,000, it holds exactly them (a smoke run's 100 join
    // those it held).
    const since = await poster.latestCheckpoint();
    if (since === undefined) throw new Error("vcsim has no event to start from");
    await post(
      poster,
      Array.from({ length: count }, (_, i) => `bench-page-${i}`),
      8,
    );
    const follower = await VimClient.connect({ url, ...CREDENTIALS });
    const raw = await rawSession(url, follower.release);
    const rates = { follow: [] as number[], raw: [] as number[], ratio: [] as number[] };
    // Each side reads the 1,000 events `repeats` times a round (a read is tens of milliseconds: too short alone).
    const repeats = smoke ? 1 : 10;
    for (let round = 0; round < rounds; round++) {
      let t = process.hrtime.bigint();
      let followed = 0;
      for (let r = 0; r < repeats; r++) followed += await followRead(follower, since, count, pageSize);
      const followRate = followed / (Number(process.hrtime.bigint() - t) / 1e9);
      t = process.hrtime.bigint();
      let read = 0;
      for (let r = 0; r < repeats; r++) read += await rawRead(raw.send, follower.eventManager(), pageSize);
      const rawRate = read / (Number(process.hrtime.bigint() - t) / 1e9);
      if (followed !== count * repeats || read < count * repeats)
        throw new Error(`read ${followed} and ${read} of ${count * repeats} events`);
      rates.follow.push(followRate);
      rates.raw.push(rawRate);
      rates.ratio.push(followRate / rawRate);
      if (process.env["BENCH_VERBOSE"] === "1")
        console.error(`round ${round}: follow ${Math.round(followRate)}/s, raw ${Math.round(rawRate)}/s`);
    }
    const memoryCount = smoke ? 100 : Number(process.env["BENCH_FOLLOW_EVENTS"] ?? 100_000);
    const memory = await followerMemory(url, poster, memoryCount, followerScript);
    await follower.logout();
    await poster.logout();
    const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
    const vcsimVersion = execFileSync("go", ["version"], { encoding: "utf8" }).trim();
    return [
      `The client against vcsim (govmomi's simulator, ${vcsimVersion}) on 127.0.0.1: ${count.toLocaleString("en-US")} events read from a checkpoint in pages of ${pageSize}, ${repeats} times a round; median of ${rounds} interleaved rounds (the ratio: the median of each round's own)`,
      "",
      "| reader | events/s | vs raw |",
      "|---|---:|---:|",
      `| followEvents (a collector, the category and a checkpoint per event, destroyed on leaving) | ${fmt(median(rates.follow))} | ${median(rates.ratio).toFixed(2)}x |`,
      `| raw fetch + parseSoapResponse (one collector, ReadNextEvents) | ${fmt(median(rates.raw))} | 1.00x |`,
      "",
      `A follower (its own process) while ${memoryCount.toLocaleString("en-US")} events were posted to vcsim in ${memory.postSeconds.toFixed(1)} s: ${memory.seen.toLocaleString("en-US")} received${memory.missing.length > 0 ? ` (not received: ${memory.missing.join(", ")}...)` : ""}, in order: ${memory.inOrder ? "yes" : "no"}; heap after GC at each tenth (MB): ${memory.heap.map(mb).join(", ")}; peak RSS ${mb(memory.maxRss)} MB`,
      "",
    ];
  } finally {
    await vcsim.stopVcsim(child);
  }
}
