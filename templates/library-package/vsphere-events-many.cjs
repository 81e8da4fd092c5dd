// vsphere-events --config: several vCenters in one process, each followed to its own sink from its own checkpoint
// (vsphere-events-source.cjs, as for one vCenter), side by side. One vCenter's failure is its own: it is logged, its
// /healthz line turns 503 past --health-limit, and it is connected again after a capped backoff while the others go
// on. SIGTERM or SIGINT stops every source as it stops one. Beside vsphere-events.cjs in bin/.
"use strict";
const path = require("node:path");
const { ConfigError, passwordOf, readConfig } = require("./vsphere-events-config.cjs");
const {
  connectTo,
  eventFilter,
  failed,
  listenFor,
  sessionStore,
  statusLine,
} = require("./vsphere-events-connect.cjs");
const service = require("./vsphere-events-service.cjs");
const { backoffMs, sleep } = require("./vsphere-events-sink.cjs");
const { runSource, stopper } = require("./vsphere-events-source.cjs");

/** How long a vCenter waits before it is connected again: from 1 s, doubling, at most a minute. */
const RECONNECT = { baseWaitMs: 1_000, maxWaitMs: 60_000 };

/** A run that lasted this long was a success: the next failure starts the backoff again from its base. */
const HEALTHY_MS = 60_000;

/** Runs the vCenters of the --config file `o.config` until each is done (its `max`) or the process is stopped. */
async function runConfig(o, io, lib) {
  let config;
  try {
    config = readConfig(path.resolve(o.config), o, io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 2;
  }
  const log = service.logger(config.log, io.stderr);
  const st = stopper();
  io.onInterrupt((name) => {
    const why = typeof name === "string" ? name : "stopped";
    if (!st.stop.aborted)
      log("warn", `${why}: stopping every vCenter (each event in flight is finished, each checkpoint saved)`);
    st.begin(why);
  });
  const sources = config.vcenters.map((v) => ({
    ...v,
    stats: service.stats(v.name),
    log: service.logger(config.log, io.stderr, { vcenter: v.name }),
  }));
  let server;
  try {
    if (config.listen !== undefined)
      server = await listenFor(
        config.listen,
        sources.map((s) => s.stats),
        config.healthLimitMs,
        log,
      );
    log("info", `following ${sources.length} vCenters: ${sources.map((s) => s.name).join(", ")}`);
    await Promise.all(sources.map((s) => supervise(s, st, io.env, lib)));
    return 0;
  } finally {
    server?.closeAllConnections();
    server?.close();
  }
}

/**
 * Follows one vCenter of the file into its sink; a failure to connect, or one that ends its follow, is logged and
 * the vCenter connected again after a backoff. Resolves once its `max` events are done, or at a stop.
 */
async function supervise(v, st, env, lib) {
  const { o, log, stats } = v;
  // Read in the supervised part: a session file that cannot be read (ENOTDIR, EACCES) is this vCenter's failure,
  // backed off and logged; thrown from here it ended the whole run while the other vCenters went on unsupervised.
  let sessions;
  const filter = eventFilter(o);
  for (let attempt = 0; !st.stop.aborted; attempt++) {
    const started = Date.now();
    // A stop aborts connecting; the client's own calls (destroying the collectors) still run after it.
    const connecting = new AbortController();
    const abort = () => connecting.abort(st.stop.reason);
    st.stop.addEventListener("abort", abort, { once: true });
    let client;
    try {
      sessions ??= sessionStore(o, env, (text) => log("warn", text));
      client = await connectTo(o, env, lib, {
        password: passwordOf(v.password, env),
        sessions,
        signal: connecting.signal,
      });
      st.stop.removeEventListener("abort", abort);
      await runSource(o, client, filter, {
        stopper: st,
        status: statusLine(log, stats),
        log,
        lib,
        env,
        stats,
      });
      return;
    } catch (error) {
      if (st.stop.aborted) return;
      stats.failing();
      failed(error, log, lib);
    } finally {
      st.stop.removeEventListener("abort", abort);
      if (client !== undefined) sessions.save(client);
    }
    if (Date.now() - started > HEALTHY_MS) attempt = 0;
    const wait = backoffMs(RECONNECT, attempt);
    log("warn", `connecting again in ${(wait / 1000).toFixed(1)} s; the other vCenters go on`);
    try {
      await sleep(wait, st.stop);
    } catch {
      return;
    }
  }
}

module.exports = { runConfig };
