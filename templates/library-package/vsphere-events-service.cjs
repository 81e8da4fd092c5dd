// What an operator expects of vsphere-events as a long-running source: its log lines (human text on stderr, or one
// JSON object a line with --log json), its counters, and --listen's HTTP endpoint: /healthz (200, or 503 once vCenter
// or the sink has been failing for longer than --health-limit) and /metrics in the Prometheus text format (events
// read, delivered, retried, dead-lettered, the lag from an event's createdTime to its acknowledgement, the last
// checkpoint's key and time). Written by hand with node:http: no dependency. Beside vsphere-events.cjs in bin/.
"use strict";
const http = require("node:http");

/** A log line writer: `log(level, text, fields)`; text as `vsphere-events: <text>`, or JSON with --log json. */
function logger(format, stderr, context = {}) {
  return (level, text, fields = {}) =>
    stderr.write(
      format === "json"
        ? `${JSON.stringify({ time: new Date().toISOString(), level, msg: text, ...context, ...fields })}\n`
        : `vsphere-events: ${Object.keys(context).length === 0 ? "" : `${Object.values(context).join(" ")}: `}${text}\n`,
    );
}

/** The lag histogram's upper bounds, in seconds. */
const LAG_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];

/** The counters of one vCenter's source, and since when vCenter and the sink have been failing (undefined: not). */
function stats(vcenter) {
  const s = {
    vcenter,
    read: 0,
    delivered: 0,
    retried: 0,
    deadLettered: 0,
    lag: { buckets: LAG_BUCKETS.map(() => 0), count: 0, sum: 0 },
    checkpoint: undefined,
    vcenterFailingSince: undefined,
    sinkFailingSince: undefined,
  };
  return {
    state: s,
    read: () => void s.read++,
    retried: () => {
      s.retried++;
      s.sinkFailingSince ??= Date.now();
    },
    deadLettered: () => {
      s.deadLettered++;
      s.sinkFailingSince = undefined;
    },
    delivered(lagSeconds) {
      s.delivered++;
      s.sinkFailingSince = undefined;
      if (lagSeconds === undefined) return;
      s.lag.count++;
      s.lag.sum += lagSeconds;
      LAG_BUCKETS.forEach((bound, i) => {
        if (lagSeconds <= bound) s.lag.buckets[i]++;
      });
    },
    checkpoint: (checkpoint) => void (s.checkpoint = checkpoint),
    /** From followEvents' onStatus: reconnecting is vCenter failing, anything else is vCenter answering. */
    status(state) {
      if (state === "reconnecting") s.vcenterFailingSince ??= Date.now();
      else s.vcenterFailingSince = undefined;
    },
    /** vCenter could not be reached at all (connecting failed). */
    failing: () => void (s.vcenterFailingSince ??= Date.now()),
  };
}

/** A label set's text: `{vcenter="..."}`, the value escaped as the format asks. */
const labels = (vcenter, extra = "") =>
  `{vcenter="${String(vcenter).replace(/[\\"\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`))}"${extra}}`;

/** The Prometheus text (format 0.0.4) of every source's counters. */
function metricsText(all) {
  const out = [];
  const family = (name, type, help, lines) => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...lines);
  };
  const each = (f) => all.flatMap((x) => f(x.state));
  family(
    "vsphere_events_read_total",
    "counter",
    "Events read from vCenter.",
    each((s) => [`vsphere_events_read_total${labels(s.vcenter)} ${s.read}`]),
  );
  family(
    "vsphere_events_delivered_total",
    "counter",
    "Events the sink acknowledged.",
    each((s) => [`vsphere_events_delivered_total${labels(s.vcenter)} ${s.delivered}`]),
  );
  family(
    "vsphere_events_retried_total",
    "counter",
    "Delivery attempts retried.",
    each((s) => [`vsphere_events_retried_total${labels(s.vcenter)} ${s.retried}`]),
  );
  family(
    "vsphere_events_dead_lettered_total",
    "counter",
    "Events refused for good or undecodable, dead-lettered or dropped.",
    each((s) => [`vsphere_events_dead_lettered_total${labels(s.vcenter)} ${s.deadLettered}`]),
  );
  family(
    "vsphere_events_delivery_lag_seconds",
    "histogram",
    "Seconds from an event's createdTime to the sink's acknowledgement.",
    each((s) => [
      ...LAG_BUCKETS.map(
        (b, i) =>
          `vsphere_events_delivery_lag_seconds_bucket${labels(s.vcenter, `,le="${b}"`)} ${s.lag.buckets[i]}`,
      ),
      `vsphere_events_delivery_lag_seconds_bucket${labels(s.vcenter, ',le="+Inf"')} ${s.lag.count}`,
      `vsphere_events_delivery_lag_seconds_sum${labels(s.vcenter)} ${s.lag.sum}`,
      `vsphere_events_delivery_lag_seconds_count${labels(s.vcenter)} ${s.lag.count}`,
    ]),
  );
  family(
    "vsphere_events_checkpoint_key",
    "gauge",
    "The last checkpoint's event key.",
    each((s) =>
      s.checkpoint === undefined
        ? []
        : [`vsphere_events_checkpoint_key${labels(s.vcenter)} ${s.checkpoint.key}`],
    ),
  );
  family(
    "vsphere_events_checkpoint_timestamp_seconds",
    "gauge",
    "The last checkpoint's createdTime, in seconds since the epoch.",
    each((s) =>
      s.checkpoint === undefined
        ? []
        : [
            `vsphere_events_checkpoint_timestamp_seconds${labels(s.vcenter)} ${Date.parse(s.checkpoint.createdTime) / 1000}`,
          ],
    ),
  );
  return `${out.join("\n")}\n`;
}

/** What is unhealthy: each vCenter or sink failing for longer than `limitMs`, one line each; empty when healthy. */
function unhealthy(all, limitMs, now = Date.now()) {
  const problems = [];
  for (const { state: s } of all) {
    if (s.vcenterFailingSince !== undefined && now - s.vcenterFailingSince > limitMs)
      problems.push(
        `${s.vcenter}: vCenter failing for ${Math.round((now - s.vcenterFailingSince) / 1000)} s`,
      );
    if (s.sinkFailingSince !== undefined && now - s.sinkFailingSince > limitMs)
      problems.push(`${s.vcenter}: the sink failing for ${Math.round((now - s.sinkFailingSince) / 1000)} s`);
  }
  return problems;
}

/** Serves /healthz and /metrics on `[host]:port` (host 0.0.0.0 when left out); resolves to the server once it listens. */
function listen(spec, all, limitMs) {
  const m = /^(.*):(\d+)$/.exec(spec);
  const host = m[1] === "" ? "0.0.0.0" : m[1].replace(/^\[(.*)\]$/, "$1");
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (path === "/healthz") {
      const problems = unhealthy(all, limitMs);
      res
        .writeHead(problems.length === 0 ? 200 : 503, { "content-type": "text/plain; charset=utf-8" })
        .end(problems.length === 0 ? "ok\n" : `${problems.join("\n")}\n`);
    } else if (path === "/metrics")
      res
        .writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" })
        .end(metricsText(all));
    else res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("/healthz or /metrics\n");
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(m[2]), host, () => resolve(server));
  });
}

module.exports = { LAG_BUCKETS, listen, logger, metricsText, stats, unhealthy };
