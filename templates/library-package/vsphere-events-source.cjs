// vsphere-events as an event source: follows one vCenter from the checkpoint file (else --since, else from now on)
// and hands each event to the sink (vsphere-events-sink.cjs for http(s)://, vsphere-events-nats.cjs for nats://), one
// at a time, so that a sink that is down stops the reading from vCenter. The checkpoint file advances only after the
// sink acknowledged the event or it was dead-lettered. A stop (SIGTERM, SIGINT) lets the event in flight finish (its
// attempt under way, no new one), saves its checkpoint, then leaves the follow, which destroys the collectors. Beside
// vsphere-events.cjs in bin/.
"use strict";
const { setTimeout } = require("node:timers");
const sink = require("./vsphere-events-sink.cjs");

/** How long the attempt under way may take after a stop before it is cut: the checkpoint stays before it then. */
const GRACE_MS = 5_000;

/**
 * Stops a source gracefully: `stop` aborts at once (a wait for vCenter, a wait between retries), `hard` after
 * GRACE_MS (an attempt to deliver under way). `begin(reason)` starts it; a second call changes nothing.
 */
function stopper() {
  const stop = new AbortController();
  const hard = new AbortController();
  return {
    stop: stop.signal,
    hard: hard.signal,
    begin(reason = "stopped") {
      if (stop.signal.aborted) return;
      stop.abort(new Error(reason));
      setTimeout(() => hard.abort(new Error(reason)), GRACE_MS).unref();
    },
  };
}

/** The sink of a URL: HTTP here, NATS JetStream (with its client loaded only then) for nats://. */
async function openSink(s, lib, context) {
  if (/^nats:\/\//i.test(s.url)) return require("./vsphere-events-nats.cjs").natsSink(s, lib, context);
  return sink.httpSink(s, lib);
}

/**
 * Follows `client` and sends each event to the sink until `o.sink.max` events are done or the source is stopped.
 * `stats` (vsphere-events-service.cjs) counts what happens; `log` writes a line.
 */
async function runSource(o, client, filter, { stopper: st, status, log, lib, env, stats }) {
  const s = {
    ...o.sink,
    source: sink.sourceOf(o.url),
    apiVersion: client.serviceContent.about.apiVersion,
    instanceUuid: client.serviceContent.about.instanceUuid ?? sink.sourceOf(o.url),
    extensions: o.sink.extensions ?? sink.overrides(env.K_CE_OVERRIDES),
  };
  const stored = s.checkpoint === undefined ? undefined : sink.readCheckpoint(s.checkpoint);
  const since = stored ?? o.since ?? (await client.latestCheckpoint(filter, { signal: st.stop }));
  if (stored === undefined && since !== undefined && s.checkpoint !== undefined)
    sink.writeCheckpoint(s.checkpoint, since);
  if (since !== undefined) stats?.checkpoint(since);
  let target;
  try {
    target = await openSink(s, lib, { log, stop: st.stop });
  } catch (error) {
    // Stopped while the sink was still connecting (a NATS server down at start is waited for): nothing was sent.
    if (st.stop.aborted) return;
    throw error;
  }
  const follow = client.followEvents({
    filter,
    since,
    pageSize: o.pageSize,
    signal: st.stop,
    onStatus: status,
  });
  try {
    await sendEvents(s, follow, target, { stop: st.stop, hard: st.hard, log, stats });
  } catch (error) {
    // A stop while an event waits to be retried, or whose attempt outlived the grace: it was not acknowledged, so
    // the checkpoint file is still before it and the next run sends it again.
    if (st.stop.aborted) return;
    throw error;
  } finally {
    await target.close();
  }
}

/**
 * Sends each followed event to `target`, one at a time: the follow reads no further while an event is being
 * delivered. The checkpoint file advances after each event the sink took or that was dead-lettered. Returns once
 * `max` events are done, or at a stop after the event in flight, or throws what ended the follow.
 */
async function sendEvents(s, follow, target, { stop, hard, log, stats }) {
  const warn = (text, fields) => log("warn", text, fields);
  let done = 0;
  for await (const followed of follow) {
    stats?.read();
    const request = target.request(followed);
    const undecodable = followed.event === undefined;
    const result =
      undecodable && s.undecodable === "dead-letter"
        ? { outcome: "undecodable" }
        : await target.deliver(request, { stop, hard, warn, retried: () => stats?.retried() });
    if (result.outcome === "delivered") {
      const created = Date.parse(String(followed.event?.createdTime ?? followed.undecodable?.createdTime));
      stats?.delivered(Number.isNaN(created) ? undefined : (Date.now() - created) / 1000);
    } else {
      const why =
        result.outcome === "undecodable"
          ? `it does not decode: ${followed.undecodable.issues[0]?.path}: ${followed.undecodable.issues[0]?.message}`
          : `the sink refused it for good (${result.status === undefined ? result.reason : `HTTP ${result.status}`})`;
      warn(
        `event ${request.id}: ${why}${s.deadLetter === undefined ? "; dropped (no --dead-letter file)" : ""}`,
        {
          event: request.id,
        },
      );
      stats?.deadLettered();
      if (s.deadLetter !== undefined)
        sink.deadLetter(s.deadLetter, {
          id: request.id,
          time: new Date().toISOString(),
          reason: result.outcome === "undecodable" ? "undecodable" : "refused",
          ...(result.status === undefined ? {} : { status: result.status, answer: result.body }),
          ...(result.reason === undefined ? {} : { answer: result.reason }),
          checkpoint: followed.checkpoint,
          headers: request.headers,
          body: request.body,
        });
    }
    if (s.checkpoint !== undefined) sink.writeCheckpoint(s.checkpoint, followed.checkpoint);
    stats?.checkpoint(followed.checkpoint);
    done++;
    if (s.max !== undefined && done >= s.max) return;
    // A stop while this event was delivered: it is done and its checkpoint saved; leaving the loop destroys the
    // collectors.
    if (stop.aborted) {
      log("info", `stopped after event ${request.id}; the checkpoint is saved`, { event: request.id });
      return;
    }
  }
}

module.exports = { GRACE_MS, runSource, sendEvents, stopper };
