#!/usr/bin/env node
// vsphere-events: a vCenter's events at a terminal, typed. Queries them (the default) or follows them as they happen
// (--follow), one readable line each or NDJSON (--json: one event a line, as VI JSON, int64s exact), with a status
// line on stderr while it waits. The bin of the vsphere-typegen-vim25 package; it uses nothing but the package and
// Node 20. Exit codes as vsphere-typegen's: 0 done, 1 the server or the connection failed, 2 a usage error.
"use strict";
const path = require("node:path");
const { parseArgs } = require("node:util");

const USAGE = `usage: vsphere-events --url <https://vcenter> --username <user> [--password-stdin]
                      [--follow] [--type <EventType>]... [--entity <MoType:moId>] [--since <time|checkpoint>]
                      [--json] [--wire soap|json] [--page-size <n>] [--max <n>]

The password comes from the first line of stdin (--password-stdin) or the VSPHERE_PASSWORD environment variable.
--since takes an RFC 3339 time or a checkpoint as followEvents gives them: {"key":7,"createdTime":"..."}; without it,
--follow prints what happens from now on.
TLS: Node's fetch checks the certificate; NODE_EXTRA_CA_CERTS=<file> adds a private CA.`;

class UsageError extends Error {}

function options(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
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
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (parsed.help) return { help: true };
  if (parsed.url === undefined) throw new UsageError("--url is required");
  if (parsed.username === undefined) throw new UsageError("--username is required");
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
  };
}

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

/** One readable line: time, category, type, key, user and the server's message. */
function line(event, category) {
  const vm = event.vm?.name;
  const text = event.fullFormattedMessage ?? event.message ?? vm ?? "";
  return [
    String(event.createdTime),
    category.padEnd(7),
    event._typeName,
    `key=${event.key}`,
    ...(event.userName ? [`user=${event.userName}`] : []),
    ...(text === "" ? [] : [JSON.stringify(text)]),
  ].join("  ");
}

async function main(argv, io, lib) {
  let o;
  try {
    o = options(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`vsphere-events: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (o.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const password = o.passwordStdin ? await readPassword(io.stdin) : io.env.VSPHERE_PASSWORD;
  if (password === undefined) {
    io.stderr.write(
      `vsphere-events: give the password with --password-stdin or VSPHERE_PASSWORD\n${USAGE}\n`,
    );
    return 2;
  }
  const filter = {
    _typeName: "EventFilterSpec",
    ...(o.types.length === 0 ? {} : { eventTypeId: o.types }),
    ...(o.entity === undefined
      ? {}
      : { entity: { _typeName: "EventFilterSpecByEntity", entity: o.entity, recursion: "self" } }),
  };
  const controller = new AbortController();
  const stop = () => controller.abort();
  io.onInterrupt(stop);
  let printed = 0;
  const print = async (event, category) => {
    io.stdout.write(`${o.json ? lib.stringifyEvent(event) : line(event, category)}\n`);
    printed++;
  };
  let client;
  try {
    client = await lib.VimClient.connect({
      url: o.url,
      username: o.username,
      password,
      wire: o.wire,
      signal: controller.signal,
    });
    if (!o.follow) {
      const events = await client.queryEvents(
        o.since === undefined
          ? filter
          : { ...filter, time: { _typeName: "EventFilterSpecByTime", beginTime: o.since.createdTime } },
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
      if (text !== "" && text !== lastStatus) io.stderr.write(`vsphere-events: ${text}\n`);
      lastStatus = text;
    };
    // Without --since, from now on, as a terminal's follow reads: what happens next.
    const since = o.since ?? (await client.latestCheckpoint(filter));
    for await (const { event, category } of client.followEvents({
      filter,
      since,
      pageSize: o.pageSize,
      signal: controller.signal,
      onStatus: status,
    })) {
      await print(event, category);
      if (o.max !== undefined && printed >= o.max) break;
    }
    return 0;
  } catch (error) {
    if (error instanceof lib.VimConnectionError && error.reason === "aborted") return 0;
    io.stderr.write(`vsphere-events: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    if (client !== undefined) await client.logout({ timeoutMs: 5000 }).catch(() => undefined);
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
