// vsphere-events --sink nats://host:port/subject: each event published into NATS JetStream as a CloudEvent (the same
// headers and body as the HTTP sink's request, as NATS headers and payload), with Nats-Msg-Id set to
// `<vCenter instanceUuid>:<event id>`, so that JetStream's duplicate window drops a repeat after a restart: exactly
// once into the stream. An event counts as delivered at its publish ack; until then it is retried with backoff, without
// bound in time. The NATS client (the `nats` package) is an optional peer dependency, loaded only here. Beside
// vsphere-events.cjs in bin/.
"use strict";
const { setTimeout, clearTimeout } = require("node:timers");
const { URL } = require("node:url");
const { TextEncoder } = require("node:util");
const sink = require("./vsphere-events-sink.cjs");

/** The `nats` package, from beside the command or the working folder; a missing one is one clear error. */
function loadNats() {
  let resolved;
  try {
    resolved = require.resolve("nats", { paths: [__dirname, process.cwd()] });
  } catch {
    throw new Error(
      "a nats:// sink needs the nats package, an optional peer dependency of vsphere-typegen-vim25: npm install nats",
    );
  }
  return require(resolved);
}

/** The server and subject of `nats://[user:pass@]host[:port]/subject`. */
function natsTarget(url) {
  const u = new URL(url);
  const subject = decodeURIComponent(u.pathname.replace(/^\/+/, ""));
  return {
    servers: `${u.hostname}:${u.port === "" ? "4222" : u.port}`,
    subject,
    ...(u.username === ""
      ? {}
      : { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) }),
  };
}

/** The failures of a first connection that mean the server is not up yet: waited out, as the sink's other waits. */
function notUpYet(nats, error) {
  const { ConnectionRefused, ConnectionTimeout, ConnectionClosed, Disconnect, Timeout } = nats.ErrorCode;
  // The client maps only ECONNREFUSED to its own code; a name that does not resolve yet (a Kubernetes service not up)
  // or a network not reachable yet comes as Node's error.
  const network = [
    "ENOTFOUND",
    "EAI_AGAIN",
    "EHOSTUNREACH",
    "ENETUNREACH",
    "ETIMEDOUT",
    "ECONNRESET",
    "ECONNREFUSED",
  ];
  return [ConnectionRefused, ConnectionTimeout, ConnectionClosed, Disconnect, Timeout, ...network].includes(
    error?.code,
  );
}

/**
 * The first connection, tried again with the sink's backoff while the server is not up (a server down at start is
 * waited for, without bound in time): an attempt at a time, so that `stop` (SIGTERM) ends the wait between two, and
 * no attempt is left running when the source ends (one the NATS client repeats itself, `waitOnFirstConnect`, cannot be
 * ended and kept the process alive). Once connected, the client reconnects on its own.
 */
async function firstConnection(nats, options, s, stop) {
  for (let attempt = 0; ; attempt++) {
    if (stop.aborted) throw stop.reason;
    try {
      return await nats.connect({ ...options, maxReconnectAttempts: -1 });
    } catch (error) {
      if (!notUpYet(nats, error)) throw error;
    }
    await sink.sleep(sink.backoffMs(s, attempt), stop);
  }
}

/** How long the close waits for a drain before it closes the connection outright. */
const DRAIN_MS = 3_000;

/**
 * Drains the connection, at most DRAIN_MS, then closes it if the drain did not: while the server is down, the client's
 * drain() resolves without closing, and the client, reconnecting without bound, kept the process alive for ever.
 */
async function closeConnection(nc) {
  let timer;
  const bound = new Promise((resolve) => {
    timer = setTimeout(resolve, DRAIN_MS);
  });
  try {
    await Promise.race([nc.drain().catch(() => undefined), bound]);
  } finally {
    clearTimeout(timer);
  }
  if (!nc.isClosed()) await nc.close();
}

/**
 * One publish, or the rejection of `hard` (the grace after a stop) whichever comes first: the ack wait (up to the
 * timeout, 30 s) must not outlive the grace. The event is then not acknowledged, and its checkpoint not advanced.
 */
function publishUntil(hard, publishing) {
  if (hard.aborted) return Promise.reject(hard.reason);
  let onHard;
  const cut = new Promise((_, reject) => {
    onHard = () => reject(hard.reason);
    hard.addEventListener("abort", onHard, { once: true });
  });
  publishing.catch(() => undefined);
  return Promise.race([publishing, cut]).finally(() => hard.removeEventListener("abort", onHard));
}

/** The NATS JetStream sink as vsphere-events-source.cjs drives it; `context.stop` ends the wait for a first connection. */
async function natsSink(s, lib, context = {}) {
  const nats = loadNats();
  const { servers, subject, ...auth } = natsTarget(s.url);
  const nc = await firstConnection(
    nats,
    { servers, ...auth },
    s,
    context.stop ?? new AbortController().signal,
  );
  const js = nc.jetstream();
  const encoder = new TextEncoder();
  return {
    request: (followed) => sink.requestOf(s, followed, lib),
    async deliver(request, { stop, hard = new AbortController().signal, warn, retried = () => undefined }) {
      const msgID = `${s.instanceUuid}:${request.id}`;
      for (let attempt = 0; ; attempt++) {
        if (stop.aborted) throw stop.reason;
        const headers = nats.headers();
        for (const [name, value] of Object.entries(request.headers)) headers.set(name, String(value));
        let reason;
        try {
          const ack = await publishUntil(
            hard,
            js.publish(subject, encoder.encode(request.body), { msgID, headers, timeout: s.timeoutMs }),
          );
          return { outcome: "delivered", duplicate: ack.duplicate === true, attempts: attempt + 1 };
        } catch (error) {
          if (hard.aborted) throw error;
          if (error?.code === nats.ErrorCode.MaxPayloadExceeded)
            return { outcome: "refused", reason: String(error.message), attempts: attempt + 1 };
          reason = error?.code ?? error?.message ?? String(error);
        }
        const delay = sink.backoffMs(s, attempt);
        warn(
          `event ${request.id}: JetStream did not ack (${reason}); again in ${Math.round(delay)} ms (attempt ${attempt + 2})`,
        );
        retried(reason);
        await sink.sleep(delay, stop);
      }
    },
    close: () => closeConnection(nc),
    // Whether the connection is closed (a client left reconnecting would keep the process alive).
    isClosed: () => nc.isClosed(),
  };
}

module.exports = { closeConnection, loadNats, natsSink, natsTarget };
