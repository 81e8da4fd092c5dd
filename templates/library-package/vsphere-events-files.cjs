// The files vsphere-events keeps between runs: the known hosts (each server's pinned certificate thumbprint, as
// --trust stores it; in the user's config folder by default) and the saved sessions (a session cookie per server and
// user, in the user's cache folder by default, mode 0600 in a folder of mode 0700: the cookie acts as the password
// does). Each is written whole to a new file that is then renamed over the old one. Beside vsphere-events.cjs in bin/.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { URL } = require("node:url");

/** The user's folder of `kind` (XDG_CONFIG_HOME or ~/.config, XDG_CACHE_HOME or ~/.cache), then vsphere-typegen/. */
function userFolder(env, kind) {
  const xdg = kind === "config" ? env.XDG_CONFIG_HOME : env.XDG_CACHE_HOME;
  const base =
    xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(env.HOME ?? os.homedir(), `.${kind}`);
  return path.join(base, "vsphere-typegen");
}

/**
 * The server's `host:port` (443 when the URL names none), the key of its known-hosts line; the text as given when it
 * is no URL (connecting then says what is wrong with it).
 */
function hostKey(url) {
  let parsed;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return url;
  }
  return `${parsed.hostname}:${parsed.port === "" ? (parsed.protocol === "http:" ? "80" : "443") : parsed.port}`;
}

/**
 * Writes `text` to `file` whole: a new file beside it (`mode`), fsynced, renamed over it, and the folder (made with
 * `dirMode`) fsynced, so that a kill at any instant leaves the old text or the new one, never a torn file.
 */
function writeWhole(file, text, mode, dirMode) {
  const folder = path.dirname(file);
  fs.mkdirSync(folder, { recursive: true, mode: dirMode });
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  try {
    const fd = fs.openSync(temporary, "wx", mode);
    try {
      fs.writeSync(fd, text);
      fs.fchmodSync(fd, mode);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  try {
    const dir = fs.openSync(folder, "r");
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  } catch {
    // Not every platform opens a folder for fsync; the rename is done either way.
  }
}

/** The file's text, or undefined when there is no such file. */
function readIfExists(file) {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return undefined;
    throw error;
  }
}

const defaultKnownHosts = (env) => path.join(userFolder(env, "config"), "known_hosts");

/** The thumbprint the known-hosts file pins for `url`'s host, if any. Lines are `host:port SHA-256`; # comments. */
function knownThumbprint(file, url) {
  const text = readIfExists(file);
  if (text === undefined) return undefined;
  const key = hostKey(url);
  for (const line of text.split("\n")) {
    const [host, thumbprint] = line.replace(/#.*/, "").trim().split(/\s+/);
    if (host === key && thumbprint !== undefined) return thumbprint;
  }
  return undefined;
}

/** Pins `thumbprint` for `url`'s host in the known-hosts file, replacing the host's line if there is one. */
function storeThumbprint(file, url, thumbprint) {
  const key = hostKey(url);
  let lines = [];
  try {
    lines = fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "");
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const kept = lines.filter((l) => l.replace(/#.*/, "").trim().split(/\s+/)[0] !== key);
  writeWhole(file, `${[...kept, `${key} ${thumbprint}`].join("\n")}\n`, 0o644, 0o755);
}

/** The default session file of a server and user: one per both, named by a digest of them. */
function defaultSessionFile(env, url, username) {
  const digest = crypto
    .createHash("sha256")
    .update(`${hostKey(url)}\n${username}`)
    .digest("hex")
    .slice(0, 16);
  return path.join(userFolder(env, "cache"), "sessions", `${digest}.json`);
}

/**
 * The session saved in `file` for this server, user and wire, if there is one. A file that others may read is not
 * used (the warning says so): whoever read it could act as the user.
 */
function readSession(file, url, username, wire, warn) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if (error.code === "ENOENT") return undefined;
    throw error;
  }
  if ((stat.mode & 0o077) !== 0) {
    warn(`${file} may be read by others (mode ${(stat.mode & 0o777).toString(8)}): not used; it is replaced`);
    return undefined;
  }
  try {
    const saved = JSON.parse(fs.readFileSync(file, "utf8"));
    const same = saved.host === hostKey(url) && saved.username === username && saved.wire === wire;
    return same && typeof saved.session === "string" ? saved.session : undefined;
  } catch {
    return undefined;
  }
}

/** Saves `session` in `file`, mode 0600 (its folder 0700 when made here). */
function writeSession(file, url, username, wire, session) {
  const saved = { host: hostKey(url), username, wire, session, saved: new Date().toISOString() };
  writeWhole(file, `${JSON.stringify(saved)}\n`, 0o600, 0o700);
}

module.exports = {
  defaultKnownHosts,
  readIfExists,
  defaultSessionFile,
  hostKey,
  knownThumbprint,
  readSession,
  storeThumbprint,
  writeSession,
  writeWhole,
};
