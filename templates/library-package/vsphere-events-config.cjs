// vsphere-events --config: the file that lists several vCenters for one process, each with its own credentials,
// filter, sink and checkpoint. Its keys are the command's flags in camelCase (`pageSize` for --page-size, `types` for
// the repeated --type), checked by the same parser as the flags, so a value means the same in both; `defaults` holds
// keys every vCenter shares. Every problem of the file is reported at once, each at its line and column, as the
// generator's own config file is. Beside vsphere-events.cjs in bin/.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { URL } = require("node:url");
const { closest, lineCol, member, offsets, syntaxErrorAt } = require("./vsphere-events-located.cjs");
const { options, UsageError } = require("./vsphere-events-options.cjs");

/** The keys of one vCenter: the flag each stands for, and the JSON it takes. */
const VCENTER_KEYS = {
  name: { kind: "string" },
  url: { flag: "url", kind: "string" },
  username: { flag: "username", kind: "string" },
  passwordEnv: { kind: "string" },
  passwordFile: { kind: "path" },
  types: { flag: "type", kind: "strings" },
  entity: { flag: "entity", kind: "string" },
  since: { flag: "since", kind: "string" },
  wire: { flag: "wire", kind: "string" },
  pageSize: { flag: "page-size", kind: "count" },
  max: { flag: "max", kind: "count" },
  caFile: { flag: "ca-file", kind: "path" },
  thumbprint: { flag: "thumbprint", kind: "string" },
  insecure: { flag: "insecure", kind: "boolean" },
  knownHosts: { flag: "known-hosts", kind: "path" },
  sessionFile: { flag: "session-file", kind: "path" },
  sink: { flag: "sink", kind: "string" },
  structured: { flag: "structured", kind: "boolean" },
  data: { flag: "data", kind: "string" },
  checkpoint: { flag: "checkpoint", kind: "path" },
  deadLetter: { flag: "dead-letter", kind: "path" },
  undecodable: { flag: "undecodable", kind: "string" },
  maxWait: { flag: "max-wait", kind: "count" },
};

/** The keys of the file itself; the command line's --listen, --health-limit and --log win over them. */
const FILE_KEYS = {
  $schema: { kind: "string" },
  listen: { flag: "listen", kind: "string" },
  healthLimit: { flag: "health-limit", kind: "count" },
  log: { flag: "log", kind: "string" },
  defaults: { kind: "object" },
  vcenters: { kind: "array" },
};

const KIND_WORDS = {
  string: "a string",
  path: "a file path (relative to this file)",
  strings: "an array of strings",
  count: "a whole number above 0",
  boolean: "true or false",
  object: "an object",
  array: "an array",
};

/** Every problem of a config file, one `file:line:col: message` line each, in the order of the file. */
class ConfigError extends Error {
  constructor(problems) {
    super(problems.join("\n"));
    this.problems = problems;
  }
}

/** Each flag's key in the file: `page-size` is `pageSize`. */
const KEY_OF_FLAG = new Map(
  Object.entries({ ...VCENTER_KEYS, ...FILE_KEYS }).flatMap(([key, k]) => (k.flag ? [[k.flag, key]] : [])),
);

/** A flag's usage message in the file's words: `--page-size` becomes `pageSize`. */
function inFileWords(message) {
  return message.replace(/--([a-z-]+)/g, (whole, flag) =>
    KEY_OF_FLAG.has(flag) ? `"${KEY_OF_FLAG.get(flag)}"` : whole,
  );
}

/** A flag's usage message about `key` at `key`'s place: without the key's name in front. */
const about = (key, message) => {
  const words = inFileWords(message);
  return words.startsWith(`"${key}" `) ? words.slice(key.length + 3) : words;
};

/** The flags of one key's value. */
function flagsOf(spec, value, dir) {
  if (spec.kind === "boolean") return value ? [`--${spec.flag}`] : [];
  if (spec.kind === "strings") return value.flatMap((v) => [`--${spec.flag}`, v]);
  if (spec.kind === "path") return [`--${spec.flag}`, path.resolve(dir, value)];
  return [`--${spec.flag}`, String(value)];
}

/** Whether `value` is of the kind; a count as the flags take it, a whole number. */
function fits(kind, value) {
  if (kind === "string" || kind === "path") return typeof value === "string" && value !== "";
  if (kind === "strings")
    return Array.isArray(value) && value.every((v) => typeof v === "string" && v !== "");
  if (kind === "count") return Number.isInteger(value) && value > 0;
  if (kind === "boolean") return typeof value === "boolean";
  if (kind === "object") return value !== null && typeof value === "object" && !Array.isArray(value);
  return Array.isArray(value);
}

/**
 * Reads the config file `file` (as the command line named it) with the command line's file-level options `o`
 * (listen, healthLimitMs, log: they win), and `env` (K_SINK, K_CE_OVERRIDES, each vCenter's passwordEnv). Resolves to
 * `{ listen, healthLimitMs, log, vcenters: [{ name, o, password }] }`, each `o` what the flags of that vCenter would
 * give; throws a ConfigError with every problem.
 */
function readConfig(file, o, env) {
  const shown = path.relative(process.cwd(), file) || file;
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError([`${shown}: ${error.code === "ENOENT" ? "no such file" : error.message}`]);
  }
  // A UTF-8 BOM (some Windows editors write one) is not JSON, but not an error in the file either.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // V8 gives the position of some errors only ("Unexpected token 'x', "<the text>" is not valid JSON" has none, and
    // quotes the text, lines and all): the scanner finds it then, so every syntax error is at its line and column.
    const at = /position (\d+)/.exec(error.message)?.[1];
    const position =
      at !== undefined ? Number(at) : /end of JSON/.test(error.message) ? text.length : syntaxErrorAt(text);
    const where = position === undefined ? "" : `:${lineCol(text, position)}`;
    const message = error.message
      .replace(/ (in JSON )?at position \d+.*$/s, "")
      .replace(/, (\.\.\.)?".*" is not valid JSON$/s, "");
    throw new ConfigError([`${shown}${where}: not JSON: ${message}`]);
  }
  const at = offsets(text);
  const problems = [];
  const report = (place, message) => {
    const offset = at.get(place) ?? at.get("$");
    const name = place.replace(/^\$\.?/, "").replace(/#key$/, "");
    problems.push({
      offset,
      line: `${shown}:${lineCol(text, offset)}: ${name === "" ? "" : `${name}: `}${message}`,
    });
  };
  const dir = path.dirname(path.resolve(file));
  /** Checks the keys of one object against `keys`; returns the members that fit. */
  const checked = (object, place, keys) => {
    const good = {};
    for (const [key, value] of Object.entries(object)) {
      const spec = Object.hasOwn(keys, key) ? keys[key] : undefined;
      if (spec === undefined) {
        const hint = closest(key, Object.keys(keys));
        report(
          `${member(place, key)}#key`,
          `unknown key: ${hint === undefined ? `the keys are ${Object.keys(keys).join(", ")}` : `did you mean "${hint}"?`}`,
        );
      } else if (!fits(spec.kind, value)) report(member(place, key), `takes ${KIND_WORDS[spec.kind]}`);
      else good[key] = value;
    }
    return good;
  };
  if (!fits("object", json)) {
    report("$", 'is an object: { "vcenters": [ { "url": ..., "sink": ... } ] }');
    throw new ConfigError(problems.map((p) => p.line));
  }
  const top = checked(json, "$", FILE_KEYS);
  const defaults = top.defaults === undefined ? {} : checked(top.defaults, "$.defaults", VCENTER_KEYS);
  for (const key of ["name", "url"])
    if (Object.hasOwn(defaults, key)) report(`$.defaults.${key}#key`, `is each vCenter's own: not a default`);
  // The file's own flags, each through the flag parser (a placeholder vCenter and --listen beside it).
  for (const [key, value] of Object.entries(top)) {
    if (FILE_KEYS[key].flag === undefined) continue;
    try {
      options([
        "--url",
        "http://vcenter",
        "--username",
        "u",
        "--listen",
        ":0",
        ...flagsOf(FILE_KEYS[key], value, dir),
      ]);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      report(member("$", key), about(key, error.message));
    }
  }
  const fileFlags = Object.entries(top).flatMap(([key, value]) =>
    FILE_KEYS[key].flag === undefined ? [] : flagsOf(FILE_KEYS[key], value, dir),
  );
  if (top.vcenters === undefined || top.vcenters.length === 0)
    report(
      top.vcenters === undefined ? "$" : "$.vcenters",
      'lists the vCenters: "vcenters": [ { "url": ... } ]',
    );
  const vcenters = [];
  const names = new Map();
  const written = new Map();
  (top.vcenters ?? []).forEach((entry, n) => {
    const place = `$.vcenters[${n}]`;
    if (!fits("object", entry)) return report(place, "is an object with the keys of one vCenter");
    const own = checked(entry, place, VCENTER_KEYS);
    const merged = { ...defaults, ...own };
    const where = (key) => (Object.hasOwn(own, key) ? member(place, key) : `$.defaults.${key}`);
    const before = problems.length;
    // Each key alone through the flag parser (beside placeholders for what it needs), so that each is reported.
    const placeholders = ["--url", "http://vcenter", "--username", "u", "--sink", "http://sink"];
    for (const [key, value] of Object.entries(merged)) {
      const spec = VCENTER_KEYS[key];
      if (spec.flag === undefined) continue;
      try {
        options([...placeholders, ...flagsOf(spec, value, dir)], {});
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        report(where(key), about(key, error.message));
      }
    }
    if (merged.passwordEnv === undefined && merged.passwordFile === undefined)
      report(place, 'gives its password: "passwordEnv" (an environment variable) or "passwordFile"');
    if (merged.passwordEnv !== undefined && merged.passwordFile !== undefined)
      report(place, 'gives "passwordEnv" or "passwordFile", not both');
    if (
      merged.passwordEnv !== undefined &&
      merged.passwordFile === undefined &&
      env[merged.passwordEnv] === undefined
    )
      report(where("passwordEnv"), `the environment variable ${merged.passwordEnv} is not set`);
    if (merged.sink === undefined && !env.K_SINK)
      report(place, 'sends its events somewhere: "sink" (or K_SINK)');
    if (merged.url === undefined)
      report(place, 'names its vCenter: "url": "https://vcenter.example.com/sdk"');
    else if (!URL.canParse(merged.url) || !/^https?:/i.test(merged.url))
      report(member(place, "url"), `is an http:// or https:// URL, not ${merged.url}`);
    if (merged.passwordFile !== undefined && merged.passwordEnv === undefined) {
      try {
        fs.accessSync(path.resolve(dir, merged.passwordFile), fs.constants.R_OK);
      } catch (error) {
        report(
          where("passwordFile"),
          `cannot be read: ${error.code === "ENOENT" ? "no such file" : error.message}`,
        );
      }
    }
    const name = merged.name ?? (URL.canParse(merged.url ?? "") ? new URL(merged.url).host : undefined);
    if (name !== undefined && names.has(name))
      report(
        Object.hasOwn(own, "name") ? member(place, "name") : member(place, "url"),
        `the name ${name} is vcenters[${names.get(name)}]'s too: give each vCenter its own "name"`,
      );
    if (name !== undefined && !names.has(name)) names.set(name, n);
    // A password file may be shared; a file the source writes may not.
    for (const key of ["checkpoint", "deadLetter", "sessionFile"]) {
      if (typeof merged[key] !== "string") continue;
      const file = path.resolve(dir, merged[key]);
      if (written.has(file))
        report(where(key), `${file} is ${written.get(file)} too: each vCenter writes its own`);
      else written.set(file, `vcenters[${n}].${key}`);
    }
    if (problems.length > before) return;
    let vo;
    try {
      const flags = Object.entries(merged).flatMap(([key, value]) =>
        VCENTER_KEYS[key].flag === undefined ? [] : flagsOf(VCENTER_KEYS[key], value, dir),
      );
      vo = options(flags, env);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      return report(place, inFileWords(error.message));
    }
    vcenters.push({
      name,
      o: { ...vo, follow: true },
      password:
        merged.passwordFile === undefined
          ? { env: merged.passwordEnv }
          : { file: path.resolve(dir, merged.passwordFile) },
    });
  });
  if (problems.length > 0)
    throw new ConfigError(problems.sort((a, b) => a.offset - b.offset).map((p) => p.line));
  const flags = options(["--url", "http://vcenter", "--username", "u", ...fileFlags], {});
  return {
    listen: o.listen ?? flags.listen,
    healthLimitMs: o.healthLimitMs ?? flags.healthLimitMs,
    log: o.log ?? flags.log,
    vcenters,
  };
}

/** The password of one vCenter of the file: its environment variable, or the first line of its file, read now. */
function passwordOf(password, env) {
  if (password.env !== undefined) return env[password.env];
  return fs.readFileSync(password.file, "utf8").split(/\r?\n/)[0];
}

module.exports = { ConfigError, FILE_KEYS, offsets, passwordOf, readConfig, VCENTER_KEYS };
