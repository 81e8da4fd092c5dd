/**
 * A recording proxy in front of vcsim, for the tests that must see what the command asked of the server: each
 * request is forwarded unchanged (node:http, loopback) and its SOAP method, request and answer are kept. The
 * collectors it saw made (`CreateCollectorForEvents`'s answers) are what a test checks are gone afterwards.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface SoapExchange {
  readonly method: string;
  readonly request: string;
  readonly answer: string;
}

export interface SoapRecorder {
  /** The proxy's SDK URL, to give the command instead of vcsim's. */
  readonly url: string;
  readonly exchanges: readonly SoapExchange[];
  /** The EventHistoryCollectors the server made, by their ManagedObjectReference value. */
  collectors(): string[];
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 that forwards to `target` (vcsim's SDK URL). */
export async function soapRecorder(target: string): Promise<SoapRecorder> {
  const upstream = new URL(target);
  const exchanges: SoapExchange[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const request = Buffer.concat(chunks).toString("utf8");
      const method = /<(?:\w+:)?Body[^>]*>\s*<(?:\w+:)?(\w+)/.exec(request)?.[1] ?? req.method ?? "";
      const forward = http.request(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on("data", (c: Buffer) => parts.push(c));
          answer.on("end", () => {
            const body = Buffer.concat(parts);
            exchanges.push({ method, request, answer: body.toString("utf8") });
            res.writeHead(answer.statusCode ?? 502, answer.headers).end(body);
          });
        },
      );
      forward.on("error", () => res.destroy());
      res.on("close", () => {
        if (!res.writableEnded) forward.destroy();
      });
      forward.end(request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/sdk`,
    exchanges,
    collectors: () =>
      exchanges
        .filter((e) => e.method === "CreateCollectorForEvents")
        .map((e) => /<returnval[^>]*>([^<]+)<\/returnval>/.exec(e.answer)?.[1])
        .filter((v): v is string => v !== undefined),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
