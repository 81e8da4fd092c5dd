// Builds dist/ before the tests when a source is newer (npm test has just built it), since the CLI tests run the
// real command over it; then builds the vCenter simulator (test/vcsim/) and starts one for each suite that uses it,
// which reads its URL from VSPHERE_TYPEGEN_VCSIM_URL_<SUITE>: suites run side by side, and one suite's power-ons and
// 10,000 posted events (vcsim keeps 1,000) must not reach another's. Two more are not plain vCenters: TLS, a vCenter over HTTPS with a self-signed
// certificate (its PEM file in VSPHERE_TYPEGEN_VCSIM_CERT_TLS), served on a second port too (VSPHERE_TYPEGEN_VCSIM_URL_
// TLS_CA) with a certificate its own CA signed (the CA's PEM in VSPHERE_TYPEGEN_VCSIM_CA_TLS), and ESX, a standalone
// ESXi host. Without
// the Debian toolchain those tests are skipped with one line, unless VSPHERE_TYPEGEN_REQUIRE_VCSIM is set (.ci/run).
// Every generate the suites run (in temporary folders, which have no node_modules) shares one format cache: the
// output is the same bytes with or without it (test/format/cache.test.ts), and the catalogue is formatted once.
// Everything the run writes to the system's temporary folder (the tests' projects, the README's installs, what the
// commands they start write there) goes to one folder of its own, which globalTeardown.js removes: runs left about
// 1 GB each behind in /tmp, until a disk filled.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { build, buildStale } = require("../scripts/build");
const { buildVcsim, missingToolchain, startVcsim } = require("./vcsim/vcsim");

/** The suites that talk to vcsim, each to its own, and the flags of its simulator (test/vcsim/main.go). */
const VCSIM_SUITES = [
  { suite: "vcsim", args: [] },
  { suite: "client", args: [] },
  { suite: "source", args: [] },
  { suite: "sink", args: [] },
  { suite: "stop", args: [] },
  { suite: "nats", args: [] },
  { suite: "service", args: [] },
  { suite: "readme", args: [] },
  { suite: "tasks", args: [] },
  { suite: "properties", args: [] },
  { suite: "sweep", args: [] },
  { suite: "methods", args: [] },
  { suite: "tls", args: ["-tls", "-ca-cert"] },
  { suite: "esx", args: ["-esx"] },
];

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "..");
  // os.tmpdir() reads TMPDIR at each call, and the workers and every command started inherit it.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vsphere-typegen-test-"));
  process.env.TMPDIR = tmp;
  globalThis.vsphereTypegenTmp = tmp;
  process.env.VSPHERE_TYPEGEN_CACHE_DIR ??= path.join(root, "node_modules", ".cache", "vsphere-typegen-tests");
  // npm test has just built dist/, and building again would hold every worker back by the build's time.
  if (buildStale(root)) build(root);
  const missing = missingToolchain();
  if (missing !== undefined) {
    if (process.env.VSPHERE_TYPEGEN_REQUIRE_VCSIM) throw new Error(`vcsim is required here, but ${missing}`);
    process.env.VSPHERE_TYPEGEN_VCSIM_SKIP = missing;
    process.stdout.write(`\nvcsim tests skipped: ${missing}\n`);
    return;
  }
  const binary = buildVcsim();
  const certs = fs.mkdtempSync(path.join(os.tmpdir(), "vsphere-typegen-vcsim-"));
  const started = await Promise.all(
    VCSIM_SUITES.map(({ suite, args }) => {
      const cert = path.join(certs, `${suite}.pem`);
      const ca = path.join(certs, `${suite}-ca.pem`);
      if (args.includes("-tls")) process.env[`VSPHERE_TYPEGEN_VCSIM_CERT_${suite.toUpperCase()}`] = cert;
      if (args.includes("-ca-cert")) process.env[`VSPHERE_TYPEGEN_VCSIM_CA_${suite.toUpperCase()}`] = ca;
      // Each flag that names a file is given its own.
      const named = args.flatMap((a) => (a === "-ca-cert" ? [a, ca] : a === "-tls" ? [a, "-cert", cert] : [a]));
      return startVcsim(binary, named);
    }),
  );
  started.forEach(({ url, signedUrl }, i) => {
    const suite = VCSIM_SUITES[i].suite.toUpperCase();
    process.env[`VSPHERE_TYPEGEN_VCSIM_URL_${suite}`] = url;
    if (signedUrl !== undefined) process.env[`VSPHERE_TYPEGEN_VCSIM_URL_${suite}_CA`] = signedUrl;
  });
  globalThis.vsphereTypegenVcsim = started.map(({ child }) => child);
  globalThis.vsphereTypegenVcsimCerts = certs;
};
