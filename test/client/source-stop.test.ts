/**
 * vsphere-events --sink stopped by SIGTERM (issue 31, item 3) against vcsim, through a recording proxy
 * (soapRecorder.ts) that shows which collectors the command made: the event in flight is finished and acknowledged,
 * its checkpoint saved, nothing more is sent, the collectors are destroyed (vcsim answers ManagedObjectNotFound for
 * each, asked with the command's own session), the session stays unless --logout, and the exit is 0 within seconds.
 * SIGKILL, the control, leaves its collectors alive: the check can fail.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { VimClient, type Checkpoint } from "../catalogue";
import { postEvents } from "../vcsim/postEvents";
import { installCommand, startCommand, type RunningCommand } from "./command";
import { receiver } from "./receiver";
import { soapRecorder, type SoapRecorder } from "./soapRecorder";

const URL_ = process.env["VSPHERE_TYPEGEN_VCSIM_URL_STOP"];
const describeVcsim = URL_ === undefined ? describe.skip : describe;

describeVcsim("vsphere-events --sink and SIGTERM against vcsim", () => {
  let client: VimClient;
  let command: { bin: string; home: string };
  let dir: string;
  let recorder: SoapRecorder;

  beforeAll(async () => {
    client = await VimClient.connect({ url: URL_ as string, username: "user", password: "pass" });
    command = installCommand();
    dir = fs.mkdtempSync(path.join(command.home, "stop-"));
    recorder = await soapRecorder(URL_ as string);
  });

  /** Every command started, killed at the end whatever happened, so that a failed test leaves none running. */
  const started: RunningCommand[] = [];

  afterAll(async () => {
    for (const running of started) running.child.kill("SIGKILL");
    await recorder.close();
    await client.logout();
  });

  const now = async (): Promise<Checkpoint> => (await client.latestCheckpoint()) as Checkpoint;

  const start = (sinkUrl: string, name: string, since: Checkpoint, extra: string[] = []): RunningCommand => {
    const running = startCommand(
      command,
      [
        ...["--url", recorder.url, "--username", "user", "--password-stdin", "--sink", sinkUrl],
        ...["--since", JSON.stringify(since), "--checkpoint", path.join(dir, `${name}.json`)],
        ...["--session-file", path.join(dir, `${name}.session`), "--type", "GeneralUserEvent", ...extra],
      ],
      { stdin: "pass\n" },
    );
    started.push(running);
    return running;
  };

  /** For each collector the command made since `from`, whether vcsim still has it, asked in the command's session. */
  async function alive(name: string, from: number): Promise<boolean[]> {
    const saved = JSON.parse(fs.readFileSync(path.join(dir, `${name}.session`), "utf8")) as { session: string };
    const theirs = await VimClient.connect({ url: URL_ as string, username: "user", session: saved.session });
    const made = recorder.collectors().slice(from);
    expect(made.length).toBeGreaterThanOrEqual(2); // the one read from and the one that wakes the follow
    return Promise.all(
      made.map((value) =>
        theirs
          .call("ReadNextEvents", {
            _this: { _typeName: "ManagedObjectReference", type: "EventHistoryCollector", value },
            maxCount: 1,
          })
          .then(
            () => true,
            (error: unknown) => {
              if (!String(error).includes("ManagedObjectNotFound")) throw error;
              return false;
            },
          ),
      ),
    );
  }

  test("SIGTERM with an event in flight: it is finished, its checkpoint saved, nothing more sent, the collectors destroyed, exit 0", async () => {
    const since = await now();
    const from = recorder.collectors().length;
    const running: { command?: RunningCommand; signalled?: number } = {};
    const r = await receiver(0, async () => {
      // The command hears SIGTERM while this request is unanswered: it must wait for the answer.
      running.signalled = Date.now();
      running.command?.child.kill("SIGTERM");
      await running.command?.waitFor(/SIGTERM: stopping/);
      return { status: 200 };
    });
    running.command = start(r.url, "term", since);
    let result;
    try {
      await running.command.waitFor(/waiting for events/);
      await postEvents(client, ["in-flight", "after"]);
      result = await running.command.exited;
    } finally {
      running.command.child.kill("SIGKILL");
      await r.close();
    }
    const took = Date.now() - (running.signalled ?? 0);
    expect(result.status).toBe(0);
    expect(took).toBeLessThan(10_000);
    expect(r.taken.map((t) => (t.event as { message?: string }).message)).toEqual(["in-flight"]);
    expect(r.requests).toBe(1);
    const checkpoint = JSON.parse(fs.readFileSync(path.join(dir, "term.json"), "utf8")) as Checkpoint;
    expect(checkpoint.key).toBe(r.taken[0]?.event?.key);
    expect(result.stderr).toMatch(/stopped after event \d+; the checkpoint is saved/);
    expect(await alive("term", from)).toEqual(
      recorder
        .collectors()
        .slice(from)
        .map(() => false),
    );
  }, 30_000);

  test("SIGTERM while it waits for vCenter: exit 0 and the collectors destroyed; SIGKILL (the control) leaves them", async () => {
    const r = await receiver();
    for (const [signal, name] of [
      ["SIGTERM", "wait-term"],
      ["SIGKILL", "wait-kill"],
    ] as const) {
      const from = recorder.collectors().length;
      const running = start(r.url, name, await now());
      await running.waitFor(/waiting for events/);
      running.child.kill(signal);
      const result = await running.exited;
      expect([signal, result.status]).toEqual([signal, signal === "SIGTERM" ? 0 : null]);
      const states = await alive(name, from);
      expect([signal, states]).toEqual([signal, states.map(() => signal === "SIGKILL")]);
    }
    await r.close();
  }, 30_000);

  test("SIGTERM with --logout: the session is ended and its file removed", async () => {
    const r = await receiver();
    const running = start(r.url, "logout", await now(), ["--logout"]);
    await running.waitFor(/waiting for events/);
    const session = (JSON.parse(fs.readFileSync(path.join(dir, "logout.session"), "utf8")) as { session: string })
      .session;
    running.child.kill("SIGTERM");
    const result = await running.exited;
    await r.close();
    expect(result.status).toBe(0);
    expect(fs.existsSync(path.join(dir, "logout.session"))).toBe(false);
    await expect(VimClient.connect({ url: URL_ as string, username: "user", session })).rejects.toThrow(
      /no password to log in/,
    );
  }, 30_000);
});
