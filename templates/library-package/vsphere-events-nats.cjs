// vsphere-events --sink nats://host:port/subject: each event published into NATS JetStream as a CloudEvent (the same
// headers and body as the HTTP sink's request, as NATS headers and payload), with Nats-Msg-Id set to
// `<vCenter instanceUuid>:<event id>`, so that JetStream's duplicate window drops a repeat after a restart: exactly
// once into the stream. An event counts as delivered at its publish ack; until then it is retried with backoff, without
// bound in time. The NATS client (the `nats` package) is an optional peer dependency, loaded only here. Beside
// vsphere-events.cjs in bin/.
"use strict";
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

/** The NATS JetStream sink as vsphere-events-source.cjs drives it. */
async function natsSink(s, lib) {
  const nats = loadNats();
  const { servers, subject, ...auth } = natsTarget(s.url);
  // Reconnects without bound, and the first connection too: a server that is down at start is waited for.
  const nc = await nats.connect({ servers, ...auth, maxReconnectAttempts: -1, waitOnFirstConnect: true });
  const js = nc.jetstream();
  const encoder = new TextEncoder();
  return {
    request: (followed) => sink.requestOf(s, followed, lib),
    async deliver(request, { stop, warn, retried = () => undefined }) {
      const msgID = `${s.instanceUuid}:${request.id}`;
      for (let attempt = 0; ; attempt++) {
        if (stop.aborted) throw stop.reason;
        const headers = nats.headers();
        for (const [name, value] of Object.entries(request.headers)) headers.set(name, String(value));
        let reason;
        try {
          const ack = await js.publish(subject, encoder.encode(request.body), {
            msgID,
            headers,
            timeout: s.timeoutMs,
          });
          return { outcome: "delivered", duplicate: ack.duplicate === true, attempts: attempt + 1 };
        } catch (error) {
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
    close: () => nc.drain().catch(() => nc.close()),
  };
}

module.exports = { loadNats, natsSink, natsTarget };
