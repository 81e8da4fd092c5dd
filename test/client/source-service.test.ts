/**
 * vsphere-events --sink as a service (issue 31, item 3) against vcsim and a CloudEvents receiver: --listen's /healthz
 * (200, then 503 once the sink has been failing longer than --health-limit) and /metrics (Prometheus text: events
 * read, delivered, retried, the lag histogram, the checkpoint's key and time), and --log json (every stderr line one
 * JSON object). Waits on conditions, not on time, but for the one second --health-limit itself asks.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { VimClient, type Checkpoint } from "../catalogue";
import { postEvents } from "../vcsim/postEvents";
import { installCommand, startCommand, type RunningCommand } from "./command";
import { receiver } from "./receiver";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_SERVICE"];
const describeVcsim = URL_ === undefined ? describe.skip : describe;

/** The value of one sample of the metrics text, by its name and labels as written. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describeVcsim("vsphere-events --listen and --log json against vcsim", () => {
  let client: VimClient;
  let command: { bin: string; home: string };
  let dir: string;
  let running: RunningCommand | undefined;
  let closeReceiver: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    client = await VimClient.connect({ url: URL_ as string, username: "user", password: "pass" });
    command = installCommand();
    dir = fs.mkdtempSync(path.join(command.home, "service-"));
  });

  afterAll(async () => {
    running?.child.kill("SIGKILL");
    await closeReceiver?.();
    await client.logout();
  });

  test("/healthz turns 503 while the sink fails past the limit; /metrics counts; every log line is JSON", async () => {
    const since = (await client.latestCheckpoint()) as Checkpoint;
    const r = await receiver(0, (n) => ({ status: n === 0 ? 200 : 503 }));
    closeReceiver = r.close;
    running = startCommand(
      command,
      [
        ...["--url", URL_ as string, "--username", "user", "--password-stdin", "--type", "GeneralUserEvent"],
        ...["--sink", r.url, "--since", JSON.stringify(since), "--session-file", path.join(dir, "session")],
        ...["--listen", "127.0.0.1:0", "--health-limit", "1", "--log", "json", "--max-wait", "1"],
      ],
      { stdin: "pass\n" },
    );
    await running.waitFor(/"listen":"127\.0\.0\.1:\d+"/);
    const base = `http://${/"listen":"([^"]+)"/.exec(running.stderr())?.[1]}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await running.waitFor(/waiting for events/);
    await postEvents(client, ["ok", "fails"]);
    await running.waitFor(/the sink answered HTTP 503/);
    // Failing since the first retry; unhealthy once that is over a second old.
    let health = await fetch(`${base}/healthz`);
    while (health.status === 200) health = await fetch(`${base}/healthz`);
    expect([health.status, await health.text()]).toEqual([503, expect.stringMatching(/the sink failing for \d+ s/)]);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const vc = `{vcenter="${URL_ as string}"}`;
    expect(sample(metrics, `vsphere_events_read_total${vc}`)).toBe(2);
    expect(sample(metrics, `vsphere_events_delivered_total${vc}`)).toBe(1);
    expect(sample(metrics, `vsphere_events_retried_total${vc}`)).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, `vsphere_events_delivery_lag_seconds_count${vc}`)).toBe(1);
    expect(sample(metrics, `vsphere_events_checkpoint_key${vc}`)).toBe(r.taken[0]?.event?.key);
    expect(sample(metrics, `vsphere_events_checkpoint_timestamp_seconds${vc}`)).toBe(
      Date.parse(String(r.taken[0]?.event?.createdTime)) / 1000,
    );
    expect(metrics).toContain("# TYPE vsphere_events_delivery_lag_seconds histogram");
    running.child.kill("SIGTERM");
    const result = await running.exited;
    expect(result.status).toBe(0);
    const lines = result.stderr.trim().split("\n");
    for (const line of lines)
      expect(JSON.parse(line)).toMatchObject({ level: expect.any(String), msg: expect.any(String) });
    expect(lines.length).toBeGreaterThanOrEqual(4);
  }, 30_000);

  test("a --listen that is not [host]:port is a usage error", async () => {
    const bad = startCommand(command, [
      "--url",
      URL_ as string,
      "--username",
      "u",
      "--sink",
      "http://127.0.0.1:9/",
      "--listen",
      "8080",
    ]);
    const result = await bad.exited;
    expect([result.status, result.stderr.split("\n")[0]]).toEqual([
      2,
      "vsphere-events: --listen is [host]:port, such as :8080 or 127.0.0.1:8080, not 8080",
    ]);
  });
});
