#!/usr/bin/env node
// vsphere-events: a vCenter's events at a terminal, typed. Queries them (the default) or follows them as they happen
// (--follow), one readable line each or NDJSON (--json: one event a line, as VI JSON, int64s exact), with a status
// line on stderr while it waits. A server's certificate is trusted as Node trusts it, or by --ca-file, a pinned
// --thumbprint (or the one --trust stored in the known-hosts file), or not checked (--insecure); the session is saved
// and used again while it is active (--session-file; --logout ends it). The bin of the vsphere-typegen-vim25
// package; it uses nothing but the package, vsphere-events-files.cjs beside it, and Node 20. Exit codes as
// vsphere-typegen's: 0 done, 1 the server or the connection failed, 2 a usage error.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const files = require("./vsphere-events-files.cjs");
const { line, undecodableJson, undecodableLine } = require("./vsphere-events-lines.cjs");
const service = require("./vsphere-events-service.cjs");
const { runSource, stopper } = require("./vsphere-events-source.cjs");
const { USAGE, UsageError, options } = require("./vsphere-events-options.cjs");

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

/** --trust: shows the server's certificate and pins its SHA-256 fingerprint in the known-hosts file. */
async function trust(o, io, lib) {
  const file = o.knownHosts ?? files.defaultKnownHosts(io.env);
  if (/^http:/i.test(o.url)) throw new Error(`--trust is for an https server: ${o.url} has no certificate`);
  const certificate = await lib.VimClient.serverCertificate(o.url);
  const { sha256, sha1 } = certificate.fingerprints;
  io.stdout.write(
    [
      `${files.hostKey(o.url)} presents a certificate for ${certificate.subject || "(no name)"}, ` +
        `issued by ${certificate.issuer || "(no name)"}, valid until ${certificate.validTo}`,
      `  SHA-256  ${sha256}`,
      `  SHA-1    ${sha1}`,
      certificate.problem === undefined
        ? "  Node trusts it already."
        : `  Node does not trust it (${certificate.problem}): check the fingerprint with the server's administrator.`,
      `Stored in ${file}: later runs accept this certificate, and no other, from ${files.hostKey(o.url)}.`,
    ].join("\n") + "\n",
  );
  files.storeThumbprint(file, o.url, sha256);
  return 0;
}

/** --logout: ends the saved session and removes its file. */
async function logout(o, io, lib, sessionFile, saved) {
  if (saved === undefined) {
    fs.rmSync(sessionFile, { force: true });
    io.stderr.write(`vsphere-events: no saved session for ${o.username} at ${files.hostKey(o.url)}\n`);
    return 0;
  }
  try {
    const client = await lib.VimClient.connect({ ...connection(o, io.env), session: saved });
    await client.logout();
  } catch (error) {
    // A session that has ended already: connect found no password to log in with.
    if (!ended(error)) return failed(error, io, lib);
  } finally {
    fs.rmSync(sessionFile, { force: true });
  }
  io.stderr.write(`vsphere-events: logged out; removed ${sessionFile}\n`);
  return 0;
}

/** Whether `error` is connect's for a saved session that has ended, with no password to log in again. */
const ended = (error) => error instanceof TypeError && error.message.startsWith("no password to log in");

/** What every connection of a run shares: the server, the user, the wire and the TLS options. */
function connection(o, env) {
  return { url: o.url, username: o.username, wire: o.wire, ...tlsOptions(o, env) };
}

/** Reports a failure (a refused certificate with the flags that get past it); exit status 1. */
function failed(error, io, lib) {
  const log = io.log ?? service.logger("text", io.stderr);
  log("error", error instanceof Error ? error.message : String(error));
  if (error instanceof lib.VimConnectionError && error.reason === "certificate")
    log(
      "error",
      "with this command: --trust shows the certificate and pins it, or give --ca-file <pem>, " +
        "--thumbprint <SHA-256> or --insecure",
    );
  return 1;
}

async function main(argv, io, lib) {
  let o;
  try {
    o = options(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`vsphere-events: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (o.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  io = { ...io, log: service.logger(o.log, io.stderr) };
  if (o.trust) return trust(o, io, lib).catch((error) => failed(error, io, lib));
  const sessionFile = o.sessionFile ?? files.defaultSessionFile(io.env, o.url, o.username);
  const warn = (text) => io.log("warn", text);
  let saved = files.readSession(sessionFile, o.url, o.username, o.wire, warn);
  // --logout alone ends the saved session; with --follow or --sink, the run's session at its end.
  if (o.logout && !o.follow && o.sink === undefined) return logout(o, io, lib, sessionFile, saved);
  const password = o.passwordStdin ? await readPassword(io.stdin) : io.env.VSPHERE_PASSWORD;
  if (password === undefined && saved === undefined) {
    io.stderr.write(
      `vsphere-events: give the password with --password-stdin or VSPHERE_PASSWORD\n${USAGE}\n`,
    );
    return 2;
  }
  /** Saves the client's session when it is a new one (a first login, or a login again under a follow). */
  const save = (client) => {
    if (client.session === undefined || client.session === saved) return;
    try {
      files.writeSession(sessionFile, o.url, o.username, o.wire, client.session);
      saved = client.session;
    } catch (error) {
      warn(`the session is not saved: ${error.message}`);
    }
  };
  const filter = {
    _typeName: "EventFilterSpec",
    ...(o.types.length === 0 ? {} : { eventTypeId: o.types }),
    ...(o.entity === undefined
      ? {}
      : { entity: { _typeName: "EventFilterSpecByEntity", entity: o.entity, recursion: "self" } }),
  };
  // SIGTERM, SIGINT: a wait ends at once, an event in flight is finished first (vsphere-events-source.cjs).
  const st = stopper();
  io.onInterrupt((name) => {
    const why = typeof name === "string" ? name : "stopped";
    if (o.sink !== undefined && !st.stop.aborted)
      warn(
        `${why}: stopping (the event in flight is finished, the checkpoint saved, the collectors destroyed)`,
      );
    st.begin(why);
  });
  let printed = 0;
  const print = async (event, category) => {
    io.stdout.write(`${o.json ? lib.stringifyEvent(event) : line(event, category)}\n`);
    printed++;
  };
  const printUndecodable = (undecodable, category) => {
    io.stdout.write(`${o.json ? undecodableJson(undecodable) : undecodableLine(undecodable, category)}\n`);
    printed++;
  };
  const stats = o.listen === undefined ? undefined : service.stats(o.url);
  let server;
  let client;
  // A stop aborts connecting; the client keeps a signal of its own that is never aborted, since a call made without
  // one (destroying the collectors, logging out) must still run after a stop.
  const connecting = new AbortController();
  const abortConnecting = () => connecting.abort(st.stop.reason);
  st.stop.addEventListener("abort", abortConnecting, { once: true });
  try {
    if (o.listen !== undefined) {
      server = await service.listen(o.listen, [stats], o.healthLimitMs);
      const { address, port } = server.address();
      io.log("info", `listening on http://${address.includes(":") ? `[${address}]` : address}:${port}`, {
        listen: `${address}:${port}`,
      });
    }
    client = await lib.VimClient.connect({
      ...connection(o, io.env),
      ...(password === undefined ? {} : { password }),
      ...(saved === undefined ? {} : { session: saved }),
      signal: connecting.signal,
    });
    st.stop.removeEventListener("abort", abortConnecting);
    save(client);
    if (!o.follow && o.sink === undefined) {
      const events = await client.queryEvents(
        o.since === undefined
          ? filter
          : { ...filter, time: { _typeName: "EventFilterSpecByTime", beginTime: o.since.createdTime } },
        { signal: st.stop },
      );
      for (const event of events) {
        if (o.since !== undefined && event.key <= o.since.key) continue;
        if (o.max !== undefined && printed >= o.max) break;
        await print(event, await client.eventCategory(event));
      }
      return 0;
    }
    let lastStatus = "";
    const status = (s) => {
      const text =
        s.state === "waiting"
          ? `waiting for events${s.since === undefined ? "" : ` after key ${s.since.key}`}`
          : s.state === "reconnecting"
            ? `reconnecting (attempt ${s.attempt}): ${s.error instanceof Error ? s.error.message : String(s.error)}`
            : "";
      stats?.status(s.state);
      if (text !== "" && text !== lastStatus) io.log(s.state === "reconnecting" ? "warn" : "info", text);
      lastStatus = text;
    };
    if (o.sink !== undefined) {
      await runSource(o, client, filter, { stopper: st, status, log: io.log, lib, env: io.env, stats });
      return 0;
    }
    // Without --since, from now on, as a terminal's follow reads: what happens next.
    const since = o.since ?? (await client.latestCheckpoint(filter, { signal: st.stop }));
    for await (const { event, undecodable, category } of client.followEvents({
      filter,
      since,
      pageSize: o.pageSize,
      signal: st.stop,
      onStatus: status,
    })) {
      if (event === undefined) printUndecodable(undecodable, category);
      else await print(event, category);
      if (o.max !== undefined && printed >= o.max) break;
    }
    return 0;
  } catch (error) {
    if (error instanceof lib.VimConnectionError && error.reason === "aborted") return 0;
    if (ended(error)) {
      warn("the saved session has ended: give the password with --password-stdin or VSPHERE_PASSWORD");
      return 1;
    }
    return failed(error, io, lib);
  } finally {
    server?.closeAllConnections();
    server?.close();
    // The session stays open for the next run, unless --logout ends it.
    if (client !== undefined && o.logout) {
      await client.logout().catch((error) => warn(`the logout failed: ${error.message}`));
      fs.rmSync(sessionFile, { force: true });
    } else if (client !== undefined) save(client);
  }
}

module.exports = { main };

if (require.main === module) {
  const lib = require(path.join(__dirname, "..", "cjs", "index.js"));
  main(
    process.argv.slice(2),
    {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      onInterrupt: (stop) => {
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      },
    },
    lib,
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`vsphere-events: internal error: ${error?.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
