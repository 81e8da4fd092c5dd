/**
 * The follower of the client benchmark's memory run, in a process of its own (run with --expose-gc): follows from a
 * checkpoint until the GeneralUserEvent "bench-end", printing "following" once its collectors are made, then a JSON
 * report: the bench events seen, whether their keys rose, the heap after a GC at each tenth and the peak RSS.
 */
import { VimClient, type Checkpoint } from "../catalogue";

export interface FollowerReport {
  readonly seen: number;
  /** The first indices of the bench events never received. */
  readonly missing: readonly number[];
  readonly inOrder: boolean;
  readonly heap: readonly number[];
  readonly maxRss: number;
}

interface Args {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  readonly since: Checkpoint;
  readonly count: number;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? "{}") as Args;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("run the follower with --expose-gc");
  const client = await VimClient.connect({ url: args.url, username: args.username, password: args.password });
  const heap: number[] = [];
  let seen = 0;
  let lastKey = args.since.key;
  let inOrder = true;
  let announced = false;
  const received = new Uint8Array(args.count);
  const onStatus = (status: { state: string }): void => {
    if (status.state !== "waiting" || announced) return;
    announced = true;
    process.stdout.write("following\n");
  };
  for await (const { event } of client.followEvents({ since: args.since, pageSize: 1000, onStatus })) {
    if (event === undefined) throw new Error("an event posted by the bench did not decode");
    if (event.key <= lastKey) inOrder = false;
    lastKey = event.key;
    const message = (event as { message?: unknown }).message;
    if (typeof message !== "string" || !message.startsWith("bench-")) continue;
    seen++;
    const index = message === "bench-end" ? args.count - 1 : Number(message.slice("bench-".length));
    if (index >= 0 && index < args.count) received[index] = 1;
    if (seen % Math.max(1, Math.floor(args.count / 10)) === 0) {
      gc();
      heap.push(process.memoryUsage().heapUsed);
    }
    if (message === "bench-end") break;
  }
  await client.logout();
  const missing: number[] = [];
  for (let i = 0; i < args.count && missing.length < 10; i++) if (received[i] === 0) missing.push(i);
  const report: FollowerReport = { seen, missing, inOrder, heap, maxRss: process.resourceUsage().maxRSS * 1024 };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
