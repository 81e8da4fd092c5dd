/**
 * One HTTP attempt of vsphere-events --sink (templates/library-package/vsphere-events-sink.cjs `deliver`), against a
 * server on loopback: each attempt's signal is cut by the stop's hard signal or by the timeout, and leaves nothing on
 * the hard signal once done (issue 31, item 6: AbortSignal.any left a reference there per event, so the source's heap
 * grew with every event it delivered).
 */
import { getEventListeners } from "node:events";
import * as http from "node:http";
import type { AddressInfo } from "node:net";

interface Request {
  readonly id: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}
interface Result {
  readonly outcome: string;
  readonly status?: number;
  readonly attempts: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deliver, retryAfter, retryWaitMs } = require("../../templates/library-package/vsphere-events-sink.cjs") as {
  retryAfter(value: string | null, now: number): number | undefined;
  retryWaitMs(s: { maxWaitMs: number; baseWaitMs: number }, attempt: number, asked: number | undefined): number;
  deliver(
    s: { url: string; timeoutMs: number; maxWaitMs: number; baseWaitMs: number },
    request: Request,
    context: { stop: AbortSignal; hard: AbortSignal; warn: (text: string) => void },
  ): Promise<Result>;
};

/**
 * A server whose answer to the n-th request (from 0) `answer` decides: a status, or "hang" (no answer at all); each
 * request's method is kept in `methods`, and `headers` go with every answer.
 */
async function server(
  answer: (n: number) => number | "hang",
  headers: Record<string, string> = {},
): Promise<{ url: string; methods: string[]; close: () => Promise<void> }> {
  let n = 0;
  const methods: string[] = [];
  const s = http.createServer((req, res) => {
    const a = answer(n++);
    methods.push(req.method ?? "");
    req.resume();
    if (a !== "hang") req.on("end", () => res.writeHead(a, headers).end());
  });
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/`,
    methods,
    close: () =>
      new Promise((resolve) => {
        s.closeAllConnections();
        s.close(() => resolve());
      }),
  };
}

/**
 * How many signals Node keeps as derived from `signal` (AbortSignal.any's, in its internal set kDependantSignals,
 * which Node 20 never empties); 0 where Node keeps no such set.
 */
function dependants(signal: AbortSignal): number {
  const key = Object.getOwnPropertySymbols(signal).find((s) => s.description === "kDependantSignals");
  const set = key === undefined ? undefined : (signal as unknown as Record<symbol, unknown>)[key];
  // Node's own Set class (a primordial), not this context's: read its size as a number.
  const size = (set as { size?: unknown } | undefined)?.size;
  return typeof size === "number" ? size : 0;
}

const request: Request = { id: "7", headers: { "content-type": "application/json" }, body: "{}" };
const settings = (url: string, timeoutMs = 30_000) => ({ url, timeoutMs, maxWaitMs: 10, baseWaitMs: 1 });

describe("vsphere-events --sink: one attempt's signal", () => {
  test("deliveries leave nothing on the hard signal: no listener, no signal derived from it", async () => {
    const s = await server(() => 202);
    try {
      const stop = new AbortController();
      const hard = new AbortController();
      for (let i = 0; i < 20; i++) {
        const result = await deliver(settings(s.url), request, {
          stop: stop.signal,
          hard: hard.signal,
          warn: () => undefined,
        });
        expect(result).toEqual({ outcome: "delivered", status: 202, attempts: 1 });
      }
      expect(getEventListeners(hard.signal, "abort")).toHaveLength(0);
      expect(dependants(hard.signal)).toBe(0);
    } finally {
      await s.close();
    }
  });

  test("an attempt the sink does not answer is cut by the timeout and tried again", async () => {
    const s = await server((n) => (n === 0 ? "hang" : 202));
    try {
      const warnings: string[] = [];
      const hard = new AbortController();
      const result = await deliver(settings(s.url, 200), request, {
        stop: new AbortController().signal,
        hard: hard.signal,
        warn: (text) => warnings.push(text),
      });
      expect(result).toEqual({ outcome: "delivered", status: 202, attempts: 2 });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^event 7: the sink answered The operation was aborted due to timeout; again in/);
      expect(getEventListeners(hard.signal, "abort")).toHaveLength(0);
    } finally {
      await s.close();
    }
  });

  test("the hard signal cuts an attempt under way: deliver throws, nothing is retried", async () => {
    let requests = 0;
    const s = await server(() => {
      requests++;
      return "hang";
    });
    try {
      const hard = new AbortController();
      const delivering = deliver(settings(s.url), request, {
        stop: new AbortController().signal,
        hard: hard.signal,
        warn: () => undefined,
      });
      while (requests === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const reason = new Error("stopped");
      hard.abort(reason);
      await expect(delivering).rejects.toBe(reason);
      expect(requests).toBe(1);
      expect(getEventListeners(hard.signal, "abort")).toHaveLength(0);
    } finally {
      await s.close();
    }
  });

  test("a 302 from the sink is a refusal with its status: the redirect is not followed, nothing is sent as GET", async () => {
    const s = await server(() => 302, { location: "/elsewhere" });
    try {
      const result = await deliver(settings(s.url), request, {
        stop: new AbortController().signal,
        hard: new AbortController().signal,
        warn: () => undefined,
      });
      expect(result).toMatchObject({ outcome: "refused", status: 302, attempts: 1 });
      expect(s.methods).toEqual(["POST"]);
    } finally {
      await s.close();
    }
  });

  test("Retry-After is delta-seconds or an HTTP date (IMF-fixdate, or RFC 850's and asctime's forms); anything else is ignored", () => {
    const now = Date.parse("Sun, 06 Nov 1994 08:49:30 GMT");
    expect(retryAfter("3", now)).toBe(3000);
    expect(retryAfter(" 0 ", now)).toBe(0);
    expect(retryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now)).toBe(7000);
    expect(retryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now)).toBe(7000);
    expect(retryAfter("Sun Nov  6 08:49:37 1994", now)).toBe(7000);
    expect(retryAfter("Sun, 06 Nov 1994 08:49:00 GMT", now)).toBe(0);
    for (const bad of ["-5", "1.5", "soon 1", "1994-11-06T08:49:37Z", "Sunday, 06 Nov 94 08:49:37 GMT", "", null])
      expect(retryAfter(bad, now)).toBeUndefined();
  });

  test("a retry waits at least the backoff whatever Retry-After asks, at most --max-wait, and below setTimeout's limit", () => {
    const s = { maxWaitMs: 30_000, baseWaitMs: 1000 };
    for (let i = 0; i < 20; i++) {
      expect(retryWaitMs(s, 0, 0)).toBeGreaterThanOrEqual(500);
      expect(retryWaitMs(s, 3, undefined)).toBeGreaterThanOrEqual(4000);
    }
    expect(retryWaitMs(s, 0, 10_000)).toBe(10_000);
    expect(retryWaitMs(s, 0, 1e12)).toBe(30_000);
    const huge = { maxWaitMs: 1e15, baseWaitMs: 250 };
    expect(retryWaitMs(huge, 0, 1e13)).toBe(2 ** 31 - 1);
    expect(retryWaitMs(huge, 40, undefined)).toBeLessThanOrEqual(2 ** 31 - 1);
  });

  test("a 429 with Retry-After 0 is retried after the backoff, not at once", async () => {
    const s = await server((n) => (n === 0 ? 429 : 202), { "retry-after": "0" });
    try {
      const warnings: string[] = [];
      const result = await deliver({ ...settings(s.url), maxWaitMs: 1000, baseWaitMs: 100 }, request, {
        stop: new AbortController().signal,
        hard: new AbortController().signal,
        warn: (text) => warnings.push(text),
      });
      expect(result).toEqual({ outcome: "delivered", status: 202, attempts: 2 });
      const ms = Number(/again in (\d+) ms/.exec(warnings[0] ?? "")?.[1]);
      expect(ms).toBeGreaterThanOrEqual(50);
    } finally {
      await s.close();
    }
  });
});
