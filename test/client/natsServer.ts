/**
 * nats-server (Debian's package `nats-server`) for the JetStream sink's tests: started on 127.0.0.1 on a free port
 * with JetStream and a store in a temporary folder, stopped after. Without it the tests are skipped with one line,
 * unless VSPHERE_TYPEGEN_REQUIRE_VCSIM is set (CI, .ci/run), where they fail instead.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";

/** Why nats-server cannot run here, or undefined when it can. */
export function missingNatsServer(): string | undefined {
  try {
    execFileSync("nats-server", ["--version"], { stdio: "ignore" });
    return undefined;
  } catch {
    return "nats-server is not installed (apt-get install nats-server)";
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A running nats-server with JetStream on `port` (a free one by default): its `host:port`, and a stop that removes its
 * store.
 */
export async function startNatsServer(port?: number): Promise<{ server: string; stop: () => Promise<void> }> {
  port ??= await freePort();
  const store = fs.mkdtempSync(path.join(os.tmpdir(), "vsphere-typegen-nats-"));
  const child: ChildProcess = spawn("nats-server", ["-js", "-a", "127.0.0.1", "-p", String(port), "-sd", store], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    let log = "";
    child.stderr?.on("data", (c: Buffer) => {
      log += c.toString();
      if (log.includes("Server is ready")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`nats-server exited (${String(code)}): ${log}`)));
  });
  return {
    server: `127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners("exit");
        child.once("exit", () => {
          fs.rmSync(store, { recursive: true, force: true });
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
