// Builds and starts VMware's vCenter simulator for the tests: main.go over govmomi's simulator library, compiled with
// the Debian toolchain (golang-go, golang-github-vmware-govmomi-dev) and cached under node_modules/.cache while its
// inputs are unchanged. Loopback only. Used by test/globalSetup.js and test/globalTeardown.js.
const { execFileSync, spawn } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { setTimeout, clearTimeout } = require("node:timers");
const { URL } = require("node:url");

const ROOT = path.resolve(__dirname, "../..");
const GOPATH = "/usr/share/gocode";
const SIMULATOR = path.join(GOPATH, "src/github.com/vmware/govmomi/simulator");
const PACKAGES = "apt-get install golang-go golang-github-vmware-govmomi-dev";

/** The reason the simulator cannot be built here, or undefined when it can. */
function missingToolchain() {
  try {
    execFileSync("go", ["version"], { stdio: "ignore" });
  } catch {
    return `go is not installed (${PACKAGES})`;
  }
  if (!fs.existsSync(SIMULATOR)) return `govmomi's simulator library is not installed (${PACKAGES})`;
  return undefined;
}

function inputsDigest() {
  const hash = crypto.createHash("sha256");
  hash.update(fs.readFileSync(path.join(__dirname, "main.go")));
  hash.update(execFileSync("go", ["version"]));
  // The library's own sources stand for its version: a new Debian package rebuilds.
  for (const name of fs.readdirSync(SIMULATOR).sort()) {
    const file = path.join(SIMULATOR, name);
    if (name.endsWith(".go") && fs.statSync(file).isFile()) hash.update(`${name}:${fs.statSync(file).size}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Go's build cache: its own (`go env GOCACHE`: GOCACHE, `go env -w`, else the platform's cache folder), which every
 * clone on the machine shares (it is keyed by content, as Go shares it between projects): a fresh clone's build of the
 * simulator took 62 to 80 s of both cores with a cache of its own, and takes seconds once Go has compiled govmomi's
 * packages. Under node_modules/.cache where Go has none, or one this user cannot write.
 */
function goCache(cache) {
  try {
    const own = execFileSync("go", ["env", "GOCACHE"], { encoding: "utf8" }).trim();
    if (own !== "" && own !== "off" && path.isAbsolute(own)) {
      fs.mkdirSync(own, { recursive: true });
      fs.accessSync(own, fs.constants.W_OK);
      return own;
    }
  } catch {
    // Go's own is unusable here: the clone's.
  }
  return path.join(cache, "go-build");
}

/**
 * The path of the simulator binary, built when its inputs changed. The build is the release steps' cache
 * (src/release/buildCache.ts, compiled: npm ci's prepare and every npm test build dist/ first), so the bench beside
 * `npm run vcsim:build` waits for that build instead of building again.
 */
function buildVcsim() {
  const { cachedBuild } = require(path.join(ROOT, "dist/src/release/buildCache.js"));
  const cache = path.join(ROOT, "node_modules/.cache/vsphere-typegen");
  const key = inputsDigest();
  const binary = path.join(cache, "vcsim", key, "vcsim");
  cachedBuild(path.join(cache, "vcsim"), key, (into) => {
    const started = Date.now();
    fs.mkdirSync(into);
    execFileSync("go", ["build", "-o", path.join(into, "vcsim"), "main.go"], {
      cwd: __dirname,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, GO111MODULE: "off", GOPATH, GOCACHE: goCache(cache), GOFLAGS: "" },
    });
    process.stdout.write(
      `vcsim built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path.relative(ROOT, binary)}\n`,
    );
  });
  return binary;
}

/**
 * Starts the simulator with `args` (main.go's flags: -esx, -tls, -cert <file>, -ca-cert <file>); resolves to its SDK
 * URL (credentials removed), with -ca-cert the second one (its CA-signed port) too, and the process, once it listens.
 */
function startVcsim(binary, args = []) {
  const lines = args.includes("-ca-cert") ? 2 : 1;
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let listening = false;
    const timer = setTimeout(() => fail(new Error(`vcsim printed no URL within 20 s: ${err}`)), 20_000);
    function fail(error) {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    }
    child.on("error", fail);
    child.on("exit", (code) => fail(new Error(`vcsim exited (${code}) before it listened: ${err}`)));
    // Kept until it listens, to explain a failed start; read and dropped after (a TLS probe logs a line each).
    child.stderr.on("data", (chunk) => (err += listening ? "" : chunk));
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const printed = out.split("\n");
      if (printed.length <= lines) return;
      listening = true;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      const urls = [];
      for (const line of printed.slice(0, lines)) {
        const url = new URL(line.trim());
        if (url.hostname !== "127.0.0.1") return fail(new Error(`vcsim listens on ${url.hostname}, not loopback`));
        url.username = "";
        url.password = "";
        urls.push(url.toString());
      }
      resolve({ url: urls[0], signedUrl: urls[1], child });
    });
  });
}

/**
 * Stops a simulator: SIGTERM, then SIGKILL after `graceMs`, since one with a long poll (WaitForUpdatesEx) still open
 * waits 30 s for it before it exits; resolves once it has exited.
 */
function stopVcsim(child, graceMs = 2_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

module.exports = { buildVcsim, missingToolchain, startVcsim, stopVcsim };
