// vsphere-events --sink: each followed event sent as a CloudEvent over HTTP, in order, at least once. Attributes as the
// Knative vSphere source writes them (type com.vmware.vsphere.<Type>.v0, source the vCenter's SDK URL, id the event
// key, time its createdTime, extensions eventclass and vsphereapiversion, and those K_CE_OVERRIDES adds); binary mode
// (ce-* headers) unless structured; data as govmomi JSON, VI JSON or XML. An event is retried until the sink answers:
// connection errors, 408, 429 (its Retry-After honoured) and 5xx wait with exponential backoff and jitter, the wait
// capped; another 4xx is permanent: logged with its id, appended to the dead-letter file, and the stream moves on.
// The checkpoint file advances only after that (written whole: a temporary file, fsync, rename). Uses node: modules
// only. Beside vsphere-events.cjs in bin/.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { setTimeout, clearTimeout } = require("node:timers");
const { readIfExists, writeWhole } = require("./vsphere-events-files.cjs");

const DATA_FORMATS = ["govmomi", "vijson", "xml"];

/** The CloudEvents attribute names that are not extensions (spec 1.0, and the JSON format's data_base64). */
const RESERVED = [
  "specversion",
  "id",
  "source",
  "type",
  "datacontenttype",
  "dataschema",
  "subject",
  "time",
  "data",
  "data_base64",
];

/** The extensions K_CE_OVERRIDES adds (`{"extensions": {"name": "value"}}`, the ContainerSource contract). */
function overrides(text) {
  if (text === undefined || text.trim() === "") return {};
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`K_CE_OVERRIDES is not JSON: ${error.message}`);
  }
  const extensions = parsed?.extensions ?? {};
  if (typeof extensions !== "object" || extensions === null || Array.isArray(extensions))
    throw new Error('K_CE_OVERRIDES is {"extensions": {"<name>": "<value>"}}');
  for (const [name, value] of Object.entries(extensions)) {
    if (!/^[a-z0-9]+$/.test(name))
      throw new Error(
        `K_CE_OVERRIDES: ${JSON.stringify(name)} is not a CloudEvents extension name (a-z, 0-9)`,
      );
    // An extension of that name would override (or clash with) the event's own attribute.
    if (RESERVED.includes(name))
      throw new Error(`K_CE_OVERRIDES: ${name} is a CloudEvents attribute, not an extension`);
    if (!["string", "number", "boolean"].includes(typeof value))
      throw new Error(`K_CE_OVERRIDES: the extension ${name} is not a string, number or boolean`);
  }
  return extensions;
}

/** The vCenter's SDK URL, the `source` of its events: `https://vc.example.com/sdk`. */
function sourceOf(url) {
  const base = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`;
  return `${base.replace(/\/+$/, "").replace(/\/sdk$/, "")}/sdk`;
}

/** The CloudEvents attributes of an event of class `eventClass` (the envelope sets `type` and `eventclass`). */
function init(s, id, time) {
  return {
    id: String(id),
    source: s.source,
    ...(time === undefined ? {} : { time }),
    extensions: { ...s.extensions, vsphereapiversion: s.apiVersion },
  };
}

/** A structured envelope's text with `dataText` (JSON text, or an XML string) as its data. */
function withData(envelope, dataText) {
  const { data: _data, ...attributes } = envelope;
  const head = JSON.stringify(attributes);
  return `${head.slice(0, -1)},"data":${dataText}}`;
}

/**
 * The HTTP request of a decoded event: `{ id, headers, body }`. govmomi JSON through the library's own encoders; VI
 * JSON and XML with the same attributes and the event written by stringifyEvent and encodeSoap.
 */
function eventRequest(s, event, lib) {
  const attributes = init(s, event.key, String(event.createdTime));
  const data = s.data;
  if (data === "govmomi" && !s.structured)
    return { id: attributes.id, ...lib.encodeBinaryCloudEvent(event, attributes) };
  if (data === "govmomi")
    return {
      id: attributes.id,
      headers: { "content-type": "application/cloudevents+json" },
      body: lib.stringifyCloudEvent(event, attributes),
    };
  const xml = data === "xml";
  const typed = { ...attributes, datacontenttype: xml ? "application/xml" : "application/json" };
  const text = xml
    ? lib.encodeSoap(event._typeName, event, lib.wireTypeName(event))
    : lib.stringifyEvent(event);
  const binary = lib.encodeBinaryCloudEvent(event, typed);
  if (!s.structured) return { id: attributes.id, headers: binary.headers, body: text };
  const envelope = lib.encodeCloudEvent(event, typed);
  return {
    id: attributes.id,
    headers: { "content-type": "application/cloudevents+json" },
    body: withData(envelope, xml ? JSON.stringify(text) : text),
  };
}

/**
 * The HTTP request of an event that did not decode: type `com.vmware.vsphere.undecodable.v0`, its key as id (or
 * `undecodable-<digest>` without one), extensions `eventclass`, `wiretypename` and `vsphereapiversion`, and as data
 * (JSON) `{"undecodable": {key, createdTime, wireTypeName, issues, read}}`, as `vsphere-events --json` prints it.
 */
function undecodableRequest(s, undecodable, dataText) {
  const type = undecodable.wireTypeName;
  const id =
    undecodable.key !== undefined
      ? String(undecodable.key)
      : `undecodable-${crypto.createHash("sha256").update(dataText).digest("hex").slice(0, 16)}`;
  // The extensions first: no name of theirs may override an attribute of the event's own.
  const attributes = {
    ...s.extensions,
    specversion: "1.0",
    id,
    source: s.source,
    type: "com.vmware.vsphere.undecodable.v0",
    datacontenttype: "application/json",
    ...(undecodable.createdTime === undefined ? {} : { time: undecodable.createdTime }),
    eventclass: type === "EventEx" ? "eventex" : type === "ExtendedEvent" ? "extendedevent" : "event",
    ...(type === undefined ? {} : { wiretypename: type }),
    vsphereapiversion: s.apiVersion,
  };
  if (s.structured)
    return {
      id,
      headers: { "content-type": "application/cloudevents+json" },
      body: withData(attributes, dataText),
    };
  const headers = {};
  for (const [name, value] of Object.entries(attributes))
    if (name === "datacontenttype") headers["content-type"] = value;
    else headers[`ce-${name}`] = String(value).replace(/[^\x21-\x7E]|["%]/gu, (ch) => encodeURIComponent(ch));
  return { id, headers, body: dataText };
}

/** Writes the checkpoint whole (writeWhole: a temporary file beside it, fsync, rename, the folder fsynced). */
function writeCheckpoint(file, checkpoint) {
  writeWhole(file, `${JSON.stringify(checkpoint)}\n`, 0o644);
}

/** The checkpoint the file holds, undefined when there is no file; a file that is not one is an error that says so. */
function readCheckpoint(file) {
  const text = readIfExists(file);
  if (text === undefined) return undefined;
  let checkpoint;
  try {
    checkpoint = JSON.parse(text);
  } catch {
    checkpoint = undefined;
  }
  if (typeof checkpoint?.key !== "number" || typeof checkpoint?.createdTime !== "string")
    throw new Error(
      `${file} is not a checkpoint ({"key":<number>,"createdTime":"<RFC 3339>"}): remove it to start anew`,
    );
  return checkpoint;
}

/** Appends one NDJSON line to the dead-letter file, synced before the stream moves on. */
function deadLetter(file, record) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, "a", 0o644);
  try {
    fs.writeSync(fd, `${JSON.stringify(record)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** An IMF-fixdate (RFC 9110 5.6.7, `Sun, 06 Nov 1994 08:49:37 GMT`), the HTTP date a Retry-After may carry. */
const IMF_FIXDATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** The two obsolete HTTP date forms a recipient must still take (RFC 9110 5.6.7): RFC 850's and asctime's. */
const OBSOLETE_DATES = [
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{2}-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2} \d{2}:\d{2}:\d{2} GMT$/,
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/,
];

/**
 * The wait Retry-After asks for, in milliseconds: delta-seconds or an IMF-fixdate, else undefined (the backoff then).
 * Not Date.parse on anything: V8 reads "-5", "1.5" or "soon 1" as dates long past, a wait of 0 ms.
 */
function retryAfter(value, now) {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!IMF_FIXDATE.test(text) && !OBSOLETE_DATES.some((form) => form.test(text))) return undefined;
  // asctime's date carries no zone: it is GMT.
  const at = Date.parse(/GMT$/.test(text) ? text : `${text} GMT`);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The longest wait setTimeout takes: a longer one fires after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The wait before attempt `attempt + 2`: what Retry-After asks (`asked`), but never less than the backoff of that
 * attempt (a "0" or a date past would have an overloaded sink hammered), and never more than --max-wait.
 */
function retryWaitMs(s, attempt, asked) {
  return Math.min(s.maxWaitMs, MAX_TIMER_MS, Math.max(backoffMs(s, attempt), asked ?? 0));
}

/** Whether an HTTP status is worth retrying: 408, 429, 5xx. */
const transient = (status) => status === 408 || status === 429 || status >= 500;

/**
 * Sends one request until the sink takes it (2xx: "delivered") or refuses it for good (another 4xx, or 3xx:
 * "refused", with its status and body's start). Between attempts it waits base * 2^n, jittered to between half and
 * all of it, or what Retry-After asks for, capped at `maxWaitMs`; without bound in time. `stop` (SIGTERM) ends a wait
 * and lets no new attempt start; `hard` (the grace after it) ends an attempt under way.
 */
async function deliver(s, request, { stop, hard, warn, retried = () => undefined }) {
  for (let attempt = 0; ; attempt++) {
    if (stop.aborted) throw stop.reason;
    let status;
    let reason;
    let wait;
    const cut = attemptSignal(hard, s.timeoutMs);
    try {
      const answer = await globalThis.fetch(s.url, {
        method: "POST",
        headers: request.headers,
        body: request.body,
        signal: cut.signal,
        // Not followed: fetch would re-send a 301/302/303 as a GET without the body, and count that GET's 2xx as the
        // event delivered. A 3xx is the sink's refusal, seen with its own status.
        redirect: "manual",
      });
      const text = await answer.text().catch(() => "");
      status = answer.status;
      if (status >= 200 && status < 300) return { outcome: "delivered", status, attempts: attempt + 1 };
      if (!transient(status))
        return { outcome: "refused", status, body: text.slice(0, 500), attempts: attempt + 1 };
      reason = `HTTP ${status}`;
      if (status === 429 || status === 503) wait = retryAfter(answer.headers.get("retry-after"), Date.now());
    } catch (error) {
      if (hard.aborted) throw error;
      // fetch's network failure is a TypeError "fetch failed" with the cause; a TypeError without one is a request
      // fetch will never send (a header it cannot carry, say): refused, not retried for ever.
      if (error?.name === "TypeError" && error.cause === undefined)
        return { outcome: "refused", reason: String(error.message), attempts: attempt + 1 };
      reason = error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(error);
    } finally {
      cut.done();
    }
    const delay = retryWaitMs(s, attempt, wait);
    warn(
      `event ${request.id}: the sink answered ${reason}; again in ${Math.round(delay)} ms (attempt ${attempt + 2})`,
    );
    retried(reason);
    await sleep(delay, stop);
  }
}

/**
 * The signal of one attempt: aborted by `hard` (with its reason) or after `ms` (a TimeoutError, as
 * AbortSignal.timeout's); `done()` clears the timer and the listener on `hard`. Not AbortSignal.any: on Node 20 each
 * call adds to `hard`'s set of dependant signals a WeakRef that is never removed (about 50 bytes an event, for as
 * long as the source runs); and AbortSignal.timeout's timer outlives the attempt, until a GC collects its signal.
 */
function attemptSignal(hard, ms) {
  const controller = new globalThis.AbortController();
  const onHard = () => controller.abort(hard.reason);
  const timer = setTimeout(
    () =>
      controller.abort(
        new globalThis.DOMException("The operation was aborted due to timeout", "TimeoutError"),
      ),
    ms,
  );
  if (hard.aborted) onHard();
  else hard.addEventListener("abort", onHard, { once: true });
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      hard.removeEventListener("abort", onHard);
    },
  };
}

/**
 * The wait before attempt `attempt + 2` of one event: exponential from the base wait (--max-wait its cap), with jitter
 * over its upper half, so that sources restarted together do not retry in step. Every sink waits so.
 */
function backoffMs(s, attempt) {
  const backoff = Math.min(s.maxWaitMs, MAX_TIMER_MS, s.baseWaitMs * 2 ** Math.min(attempt, 30));
  return backoff / 2 + Math.random() * (backoff / 2);
}

/** Resolves after `ms` (at most MAX_TIMER_MS), or rejects when `signal` aborts. */
function sleep(ms, signal) {
  ms = Math.min(ms, MAX_TIMER_MS);
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", stop, { once: true });
  });
}

/** The HTTP sink as vsphere-events-source.cjs drives it: each followed event's request, and its delivery. */
function httpSink(s, lib) {
  return {
    request: (followed) => requestOf(s, followed, lib),
    deliver: (request, context) => deliver(s, request, context),
    close: async () => undefined,
  };
}

/** The request of a followed event: the event's, or an undecodable one's (its data the JSON `--json` prints). */
function requestOf(s, followed, lib) {
  if (followed.event !== undefined) return eventRequest(s, followed.event, lib);
  const text = JSON.stringify({ undecodable: followed.undecodable }, (_, v) =>
    typeof v === "bigint" ? v.toString() : v,
  );
  return undecodableRequest(s, followed.undecodable, text);
}

module.exports = {
  backoffMs,
  DATA_FORMATS,
  deadLetter,
  deliver,
  eventRequest,
  httpSink,
  overrides,
  readCheckpoint,
  requestOf,
  retryAfter,
  retryWaitMs,
  sleep,
  sourceOf,
  undecodableRequest,
  writeCheckpoint,
};
