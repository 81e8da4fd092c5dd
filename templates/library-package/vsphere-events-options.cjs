// The flags of vsphere-events: its usage text and the parsing of its arguments (and of K_SINK, the Knative
// ContainerSource's sink) into one options object, every usage error one UsageError that names the flag. Beside
// vsphere-events.cjs in bin/.
"use strict";
const { URL } = require("node:url");
const { parseArgs } = require("node:util");
const { DATA_FORMATS, overrides } = require("./vsphere-events-sink.cjs");

const USAGE = `usage: vsphere-events --url <https://vcenter> --username <user> [--password-stdin]
                      [--follow] [--type <EventType>]... [--entity <MoType:moId>] [--since <time|checkpoint>]
                      [--json] [--wire soap|json] [--page-size <n>] [--max <n>]
                      [--ca-file <pem> | --thumbprint <sha256|sha1> | -k|--insecure] [--known-hosts <file>]
                      [--session-file <file>]
                      [--sink <http(s)://receiver | nats://host:port/subject> [--structured] [--data govmomi|vijson|xml] [--checkpoint <file>]
                       [--dead-letter <file>] [--undecodable deliver|dead-letter] [--max-wait <seconds>]]
                      [--listen <[host]:port> [--health-limit <seconds>]] [--log text|json]
       vsphere-events --config <file.json> [--listen <[host]:port> [--health-limit <seconds>]] [--log text|json]
       vsphere-events --url <https://vcenter> --trust [--known-hosts <file>]
       vsphere-events --url <https://vcenter> --username <user> --logout [--session-file <file>]

The password comes from the first line of stdin (--password-stdin) or the VSPHERE_PASSWORD environment variable; it
is not needed while the saved session is active.
--since takes an RFC 3339 time or a checkpoint as followEvents gives them: {"key":7,"createdTime":"..."}; without it,
--follow prints what happens from now on.
TLS: the certificate is checked as Node checks it (NODE_EXTRA_CA_CERTS=<file> adds a CA), or against --ca-file (a
PEM file: the CA that signed it, or the certificate itself), or by its fingerprint: --thumbprint, or the one --trust
showed and stored in the known-hosts file (default: ~/.config/vsphere-typegen/known_hosts); --insecure checks nothing.
The session is saved (default: in ~/.cache/vsphere-typegen/sessions/, mode 0600) and used again while it is active;
--logout ends it and removes the file; with --follow or --sink, at the end of the run.
SIGTERM or SIGINT stops a --sink run cleanly: the event in flight is finished and its checkpoint saved (an attempt
still under way after 5 s is cut, its checkpoint left before it), then the collectors are destroyed; exit 0.
--sink (or K_SINK) sends each followed event to an HTTP receiver as a CloudEvent (binary mode; --structured for
structured mode; K_CE_OVERRIDES adds extensions), in order, at least once: retried with backoff on connection errors,
408, 429 and 5xx; dead-lettered on another 4xx. --checkpoint advances after each and is resumed from. A nats:// sink
publishes into JetStream with Nats-Msg-Id <vCenter instanceUuid>:<event id> (needs the nats package).
--listen serves /healthz (503 once vCenter or the sink has failed for longer than --health-limit, default 60 s) and
/metrics (Prometheus text); --log json writes each stderr line as one JSON object.
--config follows several vCenters in one process, each to its sink: a JSON file {"defaults": {...}, "vcenters": [{"url":
..., "username": ..., "passwordEnv": "VC1_PASSWORD", "sink": ..., "checkpoint": ...}]}, its keys the flags in camelCase
("types" for --type; "passwordEnv" or "passwordFile" for the password). One vCenter failing does not stop the others.`;

class UsageError extends Error {}

/** --listen's [host]:port, checked. */
function checkedListen(listen) {
  if (listen === undefined) return undefined;
  const m = /^(\[[^\]]+\]|[^:[\]]*):(\d{1,5})$/.exec(listen);
  if (m === null || Number(m[2]) > 65535)
    throw new UsageError(`--listen is [host]:port, such as :8080 or 127.0.0.1:8080, not ${listen}`);
  return listen;
}

function options(argv, env = {}) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        config: { type: "string" },
        url: { type: "string" },
        username: { type: "string" },
        "password-stdin": { type: "boolean" },
        follow: { type: "boolean", short: "f" },
        type: { type: "string", multiple: true },
        entity: { type: "string" },
        since: { type: "string" },
        json: { type: "boolean" },
        wire: { type: "string" },
        "page-size": { type: "string" },
        max: { type: "string" },
        "ca-file": { type: "string" },
        thumbprint: { type: "string" },
        insecure: { type: "boolean", short: "k" },
        "known-hosts": { type: "string" },
        trust: { type: "boolean" },
        "session-file": { type: "string" },
        logout: { type: "boolean" },
        sink: { type: "string" },
        structured: { type: "boolean" },
        data: { type: "string" },
        checkpoint: { type: "string" },
        "dead-letter": { type: "string" },
        undecodable: { type: "string" },
        "max-wait": { type: "string" },
        listen: { type: "string" },
        "health-limit": { type: "string" },
        log: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (parsed.help) return { help: true };
  if (parsed.config !== undefined) return configRun(parsed);
  if (parsed.url === undefined) throw new UsageError("--url is required");
  const trust = ["ca-file", "thumbprint", "insecure"].filter((name) => parsed[name] !== undefined);
  if (trust.length > 1)
    throw new UsageError(`give one of --ca-file, --thumbprint and --insecure, not ${trust.join(" and ")}`);
  if (parsed.trust && parsed.logout) throw new UsageError("--trust and --logout are separate runs");
  if (parsed.trust && trust.length > 0)
    throw new UsageError(`--trust reads the certificate itself: not with --${trust[0]}`);
  if (parsed.username === undefined && !parsed.trust) throw new UsageError("--username is required");
  if (parsed.wire !== undefined && parsed.wire !== "soap" && parsed.wire !== "json")
    throw new UsageError(`--wire is soap or json, not ${parsed.wire}`);
  const count = (name) => {
    const text = parsed[name];
    if (text === undefined) return undefined;
    if (!/^[1-9][0-9]*$/.test(text))
      throw new UsageError(`--${name} takes a whole number above 0, not ${text}`);
    return Number(text);
  };
  let entity;
  if (parsed.entity !== undefined) {
    const m = /^([A-Za-z]+):(.+)$/.exec(parsed.entity);
    if (m === null)
      throw new UsageError(`--entity is <MoType:moId>, such as VirtualMachine:vm-42, not ${parsed.entity}`);
    entity = { _typeName: "ManagedObjectReference", type: m[1], value: m[2] };
  }
  let since;
  if (parsed.since !== undefined) {
    const text = parsed.since.trim();
    if (text.startsWith("{")) {
      try {
        since = JSON.parse(text);
      } catch {
        since = undefined;
      }
      if (
        typeof since?.key !== "number" ||
        typeof since?.createdTime !== "string" ||
        Number.isNaN(Date.parse(since.createdTime))
      )
        throw new UsageError(
          `--since: a checkpoint is {"key":<number>,"createdTime":"<RFC 3339>"}, not ${text}`,
        );
    } else if (!Number.isNaN(Date.parse(text)) && /^\d{4}-\d\d-\d\d/.test(text)) {
      since = { key: 0, createdTime: text };
    } else
      throw new UsageError(
        `--since takes an RFC 3339 time (2026-12-01T10:00:00Z) or a checkpoint, not ${text}`,
      );
  }
  const sinkUrl = parsed.sink ?? (env.K_SINK === "" ? undefined : env.K_SINK);
  if (sinkUrl !== undefined) checkedSink(sinkUrl);
  for (const name of ["structured", "data", "checkpoint", "dead-letter", "undecodable", "max-wait"])
    if (parsed[name] !== undefined && sinkUrl === undefined)
      throw new UsageError(`--${name} goes with --sink (or K_SINK)`);
  if (parsed.data !== undefined && !DATA_FORMATS.includes(parsed.data))
    throw new UsageError(`--data is ${DATA_FORMATS.join(", ")}, not ${parsed.data}`);
  if (parsed.undecodable !== undefined && !["deliver", "dead-letter"].includes(parsed.undecodable))
    throw new UsageError(`--undecodable is deliver or dead-letter, not ${parsed.undecodable}`);
  if (parsed.log !== undefined && parsed.log !== "text" && parsed.log !== "json")
    throw new UsageError(`--log is text or json, not ${parsed.log}`);
  checkedListen(parsed.listen);
  if (parsed["health-limit"] !== undefined && parsed.listen === undefined)
    throw new UsageError("--health-limit goes with --listen");
  // K_CE_OVERRIDES read now, before anything connects: a bad one is a usage error (exit 2), not a failure found after
  // the login (and, under --config, each vCenter connected again and again on it).
  let extensions;
  if (sinkUrl !== undefined)
    try {
      extensions = overrides(env.K_CE_OVERRIDES);
    } catch (error) {
      throw new UsageError(error.message);
    }
  const pageSize = count("page-size");
  if (pageSize !== undefined && pageSize > 1000) throw new UsageError("--page-size is at most 1000");
  return {
    url: parsed.url,
    username: parsed.username,
    passwordStdin: parsed["password-stdin"] === true,
    follow: parsed.follow === true,
    types: parsed.type ?? [],
    entity,
    since,
    json: parsed.json === true,
    wire: parsed.wire ?? "soap",
    pageSize: pageSize ?? 100,
    max: count("max"),
    caFile: parsed["ca-file"],
    thumbprint: parsed.thumbprint,
    insecure: parsed.insecure === true,
    knownHosts: parsed["known-hosts"],
    trust: parsed.trust === true,
    sessionFile: parsed["session-file"],
    logout: parsed.logout === true,
    listen: parsed.listen,
    healthLimitMs: (count("health-limit") ?? 60) * 1000,
    log: parsed.log ?? "text",
    sink:
      sinkUrl === undefined
        ? undefined
        : {
            url: sinkUrl,
            extensions,
            structured: parsed.structured === true,
            data: parsed.data ?? "govmomi",
            checkpoint: parsed.checkpoint,
            deadLetter: parsed["dead-letter"],
            undecodable: parsed.undecodable ?? "deliver",
            maxWaitMs: (count("max-wait") ?? 30) * 1000,
            baseWaitMs: 250,
            timeoutMs: 30_000,
            max: count("max"),
          },
  };
}

/** A URL as a log line may show it: its user:password@ as ***@ (a nats:// sink's password, a mistaken http one's). */
function redacted(url) {
  return String(url).replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1***@");
}

/**
 * The sink URL checked as fetch and the NATS client will read it: a URL at all (else each attempt failed, retried for
 * ever), and without credentials when http(s) (fetch refuses them; a nats:// URL may carry user:password).
 */
function checkedSink(url) {
  if (!/^(https?:\/\/[^/]|nats:\/\/[^/]+\/[^/])/i.test(url) || !URL.canParse(url))
    throw new UsageError(
      `--sink (or K_SINK) is an http:// or https:// URL or nats://host:port/subject, not ${redacted(url)}`,
    );
  const u = new URL(url);
  if (/^https?:$/i.test(u.protocol) && (u.username !== "" || u.password !== ""))
    throw new UsageError(
      `--sink (or K_SINK) carries credentials (user:password@), which an http(s) sink does not take: ${redacted(url)}`,
    );
}

/** The file-level flags that may go with --config (the file names everything else) win over the file's. */
const WITH_CONFIG = ["config", "listen", "health-limit", "log"];

/** --config: the file to read (vsphere-events-config.cjs), and the flags that go with it. */
function configRun(parsed) {
  const other = Object.keys(parsed).filter((name) => !WITH_CONFIG.includes(name));
  if (other.length > 0)
    throw new UsageError(
      `--config names the vCenters and their options: --${other[0]} goes in the file (only --listen, --health-limit and --log go with it)`,
    );
  if (parsed.log !== undefined && parsed.log !== "text" && parsed.log !== "json")
    throw new UsageError(`--log is text or json, not ${parsed.log}`);
  const health = parsed["health-limit"];
  if (health !== undefined && !/^[1-9][0-9]*$/.test(health))
    throw new UsageError(`--health-limit takes a whole number above 0, not ${health}`);
  return {
    config: parsed.config,
    listen: checkedListen(parsed.listen),
    healthLimitMs: health === undefined ? undefined : Number(health) * 1000,
    log: parsed.log,
  };
}

module.exports = { USAGE, UsageError, options };
