/**
 * A real CloudEvents receiver for the source's tests, on loopback: node:http, each request read by the `cloudevents`
 * SDK (HTTP.toEvent validates it as CloudEvents 1.0) and by this project's decodeHttpCloudEvent.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { HTTP, type CloudEvent } from "cloudevents";
import { decodeHttpCloudEvent, type AnyEvent } from "../catalogue";

/** What the receiver took: the SDK's CloudEvent and the event decoded by this project (undefined for undecodable). */
export interface Received {
  readonly ce: CloudEvent<unknown>;
  readonly event: AnyEvent | undefined;
  readonly headers: Record<string, string>;
}

/** The receiver's answer to one request. */
export interface Answer {
  readonly status: number;
  readonly headers?: Record<string, string>;
}

/**
 * A CloudEvents receiver: `answer(n, ce)` says the status (and headers) of the n-th request; only a 2xx answered
 * request is kept in `taken`. Every request is checked by the SDK and, for a vSphere type, decoded.
 */
export async function receiver(
  port = 0,
  answer: (n: number, event: AnyEvent | undefined) => Answer | Promise<Answer> = () => ({ status: 202 }),
): Promise<{ url: string; taken: Received[]; requests: number; close: () => Promise<void> }> {
  const state = { taken: [] as Received[], requests: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      let ce: CloudEvent<unknown>;
      try {
        ce = HTTP.toEvent({ headers, body }) as CloudEvent<unknown>;
        ce.validate();
      } catch (error) {
        res.writeHead(500).end(`not a CloudEvent: ${String(error)}`);
        throw error;
      }
      const n = state.requests++;
      const event = ce.type.endsWith(".undecodable.v0")
        ? undefined
        : (decodeHttpCloudEvent(headers, body).event as AnyEvent);
      void Promise.resolve(answer(n, event)).then(({ status, headers: out = {} }) => {
        if (status >= 200 && status < 300) state.taken.push({ ce, event, headers });
        res.writeHead(status, out).end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/`,
    get taken() {
      return state.taken;
    },
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
