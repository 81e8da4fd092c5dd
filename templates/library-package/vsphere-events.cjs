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
const {
  connectTo,
  connection,
  ended,
  eventFilter,
  failed,
  listenFor,
  readPassword,
  sessionStore,
  statusLine,
} = require("./vsphere-events-connect.cjs");
const { runConfig } = require("./vsphere-events-many.cjs");
const { runSource, stopper } = require("./vsphere-events-source.cjs");
const { USAGE, UsageError, options } = require("./vsphere-events-options.cjs");

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
    if (!ended(error)) return failed(error, io.log, lib);
  } finally {
    fs.rmSync(sessionFile, { force: true });
  }
  io.stderr.write(`vsphere-events: logged out; removed ${sessionFile}\n`);
  return 0;
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
  if (o.config !== undefined) return runConfig(o, io, lib);
  if (o.trust) return trust(o, io, lib).catch((error) => failed(error, io.log, lib));
  const warn = (text) => io.log("warn", text);
  const sessions = sessionStore(o, io.env, warn);
  // --logout alone ends the saved session; with --follow or --sink, the run's session at its end.
  if (o.logout && !o.follow && o.sink === undefined) return logout(o, io, lib, sessions.file, sessions.saved);
  const password = o.passwordStdin ? await readPassword(io.stdin) : io.env.VSPHERE_PASSWORD;
  if (password === undefined && sessions.saved === undefined) {
    io.stderr.write(
      `vsphere-events: give the password with --password-stdin or VSPHERE_PASSWORD\n${USAGE}\n`,
    );
    return 2;
  }
  const filter = eventFilter(o);
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
    if (o.listen !== undefined) server = await listenFor(o.listen, [stats], o.healthLimitMs, io.log);
    client = await connectTo(o, io.env, lib, { password, sessions, signal: connecting.signal });
    st.stop.removeEventListener("abort", abortConnecting);
    if (!o.follow && o.sink === undefined) {
      // Each event decoded on its own: one that does not decode is printed as such, and the listing goes on.
      const found = await client.queryEachEvent(
        o.since === undefined
          ? filter
          : { ...filter, time: { _typeName: "EventFilterSpecByTime", beginTime: o.since.createdTime } },
        { signal: st.stop },
      );
      for (const { event, undecodable } of found) {
        const key = event?.key ?? undecodable.key;
        if (o.since !== undefined && key !== undefined && key <= o.since.key) continue;
        if (o.max !== undefined && printed >= o.max) break;
        // Its category as followEvents gives it: from its wire type name, an EventEx's from its severity.
        if (event === undefined)
          printUndecodable(
            undecodable,
            await client.eventCategory({
              _typeName: undecodable.wireTypeName ?? "",
              severity: undecodable.read?.severity,
            }),
          );
        else await print(event, await client.eventCategory(event));
      }
      return 0;
    }
    const status = statusLine(io.log, stats);
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
    return failed(error, io.log, lib);
  } finally {
    server?.closeAllConnections();
    server?.close();
    // The session stays open for the next run, unless --logout ends it.
    if (client !== undefined && o.logout) {
      await client.logout().catch((error) => warn(`the logout failed: ${error.message}`));
      fs.rmSync(sessions.file, { force: true });
    } else if (client !== undefined) sessions.save(client);
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
