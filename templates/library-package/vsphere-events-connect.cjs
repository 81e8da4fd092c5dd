// What every run of vsphere-events does to reach one vCenter, whether it is the command line's or one of a --config
// file's: the TLS options of its flags (or the thumbprint the known-hosts file pins), its saved session (read, and
// written again when the client has a new one), its event filter, and how a failure is told. Beside
// vsphere-events.cjs in bin/.
"use strict";
const fs = require("node:fs");
const files = require("./vsphere-events-files.cjs");
const service = require("./vsphere-events-service.cjs");

/** The first line of stdin. */
function readPassword(stdin) {
  return new Promise((resolve, reject) => {
    let text = "";
    stdin.setEncoding("utf8");
    stdin.on("data", (chunk) => {
      text += chunk;
      const end = text.indexOf("\n");
      if (end >= 0) {
        stdin.pause();
        resolve(text.slice(0, end).replace(/\r$/, ""));
      }
    });
    stdin.on("end", () => resolve(text.replace(/\r?\n$/, "")));
    stdin.on("error", reject);
  });
}

/** The TLS options of the flags, or the thumbprint the known-hosts file pins for an https server. */
function tlsOptions(o, env) {
  if (o.insecure) return { insecure: true };
  if (o.thumbprint !== undefined) return { thumbprint: o.thumbprint };
  if (o.caFile !== undefined) return { ca: fs.readFileSync(o.caFile, "utf8") };
  if (/^http:/i.test(o.url)) return {};
  const pinned = files.knownThumbprint(o.knownHosts ?? files.defaultKnownHosts(env), o.url);
  return pinned === undefined ? {} : { thumbprint: pinned };
}

/** What every connection of a run shares: the server, the user, the wire and the TLS options. */
function connection(o, env) {
  return { url: o.url, username: o.username, wire: o.wire, ...tlsOptions(o, env) };
}

/** Whether `error` is connect's for a saved session that has ended, with no password to log in again. */
const ended = (error) => error instanceof TypeError && error.message.startsWith("no password to log in");

/** Reports a failure (a refused certificate with the flags that get past it); exit status 1. */
function failed(error, log, lib) {
  log("error", error instanceof Error ? error.message : String(error));
  if (error instanceof lib.VimConnectionError && error.reason === "certificate")
    log(
      "error",
      "with this command: --trust shows the certificate and pins it, or give --ca-file <pem>, " +
        "--thumbprint <SHA-256> or --insecure",
    );
  return 1;
}

/**
 * The saved session of one vCenter and user: `saved` (undefined when there is none, or it is not for this server,
 * user and wire), and `save(client)`, which writes the client's session when it is a new one (a first login, or a
 * login again under a follow).
 */
function sessionStore(o, env, warn) {
  const file = o.sessionFile ?? files.defaultSessionFile(env, o.url, o.username);
  const store = {
    file,
    saved: files.readSession(file, o.url, o.username, o.wire, warn),
    save(client) {
      if (client.session === undefined || client.session === store.saved) return;
      try {
        files.writeSession(file, o.url, o.username, o.wire, client.session);
        store.saved = client.session;
      } catch (error) {
        warn(`the session is not saved: ${error.message}`);
      }
    },
  };
  return store;
}

/**
 * Connects to the vCenter of `o` with its saved session (`sessions`, from sessionStore) or `password`, and saves the
 * session when it is a new one. `signal` aborts the connecting only.
 */
async function connectTo(o, env, lib, { password, sessions, signal }) {
  const client = await lib.VimClient.connect({
    ...connection(o, env),
    ...(password === undefined ? {} : { password }),
    ...(sessions.saved === undefined ? {} : { session: sessions.saved }),
    signal,
  });
  sessions.save(client);
  return client;
}

/** The EventFilterSpec of the flags: --type and --entity. */
function eventFilter(o) {
  return {
    _typeName: "EventFilterSpec",
    ...(o.types.length === 0 ? {} : { eventTypeId: o.types }),
    ...(o.entity === undefined
      ? {}
      : { entity: { _typeName: "EventFilterSpecByEntity", entity: o.entity, recursion: "self" } }),
  };
}

/** A follow's status as a log line (only when it changes) and as the counters' vCenter state. */
function statusLine(log, stats) {
  let last = "";
  return (s) => {
    const text =
      s.state === "waiting"
        ? `waiting for events${s.since === undefined ? "" : ` after key ${s.since.key}`}`
        : s.state === "reconnecting"
          ? `reconnecting (attempt ${s.attempt}): ${s.error instanceof Error ? s.error.message : String(s.error)}`
          : "";
    stats?.status(s.state);
    if (text !== "" && text !== last) log(s.state === "reconnecting" ? "warn" : "info", text);
    last = text;
  };
}

/** Serves --listen's endpoints over `all` (each source's counters), and logs where. */
async function listenFor(spec, all, limitMs, log) {
  const server = await service.listen(spec, all, limitMs);
  const { address, port } = server.address();
  log("info", `listening on http://${address.includes(":") ? `[${address}]` : address}:${port}`, {
    listen: `${address}:${port}`,
  });
  return server;
}

module.exports = {
  connectTo,
  connection,
  ended,
  eventFilter,
  failed,
  listenFor,
  readPassword,
  sessionStore,
  statusLine,
  tlsOptions,
};
