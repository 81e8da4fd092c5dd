/**
 * Every code block of both READMEs (this repository's and the library package's), run as written, in order, as a
 * new user follows them: the tarballs built from a clone, installed into a new ES module project, the examples
 * compiled under the strict flags and run, the walkthrough's commands, the config file, the build script. A
 * command the harness does not know fails the test, so no block can go untested. Two substitutions, since tests run
 * without the network: the clone is of this repository's own commits, its `npm ci` links this repository's
 * node_modules (the same lock file), and the generator's tarball, whose dependencies would come from the registry,
 * is unpacked with those linked, as npm would lay it out.
 */
import { X509Certificate } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseConfigText } from "../../src/config/configFile";
import { bundledCounts, REPO, run, tempDir, type CliResult } from "../support/helpers";

const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");

interface Block {
  readonly lang: string;
  readonly text: string;
  /** The heading the block is under, to name it in failures. */
  readonly heading: string;
}

/** The fenced code blocks of a Markdown text, with the heading above each. */
function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let heading = "";
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.startsWith("#")) heading = line.replace(/^#+ /, "");
    const open = /^```(\w*)$/.exec(line);
    if (open === null) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i] ?? "");
    blocks.push({ lang: open[1] ?? "", text: body.join("\n"), heading });
  }
  return blocks;
}

/** npm without the network: nothing is fetched, audited or advertised. */
const NPM_ENV = {
  npm_config_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};

/** `run` with npm kept off the network, plus `env`. */
function offline(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): CliResult {
  return run(command, args, cwd, { ...NPM_ENV, ...env });
}

/** What the last `npx vsphere-typegen` command printed. */
let lastOutput = "";

function ok(result: CliResult, what: string): CliResult {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * Runs one shell line of a README (commands joined by `&&`) from `cwd`, returning the folder it ends in. Each command
 * is one the harness knows; anything else is an error.
 */
function shellLine(line: string, cwd: string): string {
  let here = cwd;
  for (const command of line.split(" && ").map((c) => c.replace(/\s+#.*$/, "").trim())) {
    const words = command.split(/\s+/);
    const [name, ...args] = words;
    if (name === "cd") here = path.resolve(here, args[0] ?? "");
    else if (name === "mkdir") fs.mkdirSync(path.resolve(here, args[0] ?? ""), { recursive: true });
    else if (name === "git" && args[0] === "clone") {
      // The README's URL names this repository; its own history is the one to clone here.
      const target = path.basename(args[1] ?? "", ".git");
      ok(offline("git", ["clone", "--quiet", REPO, target], here), command);
    } else if (command === "npm ci") {
      expect(fs.readFileSync(path.join(here, "package-lock.json"), "utf8")).toBe(
        fs.readFileSync(path.join(REPO, "package-lock.json"), "utf8"),
      );
      fs.symlinkSync(path.join(REPO, "node_modules"), path.join(here, "node_modules"), "dir");
    } else if (name === "npm" && args[0] === "install" && args.includes("--save-dev")) {
      const tarball = path.resolve(here, args[args.length - 1] ?? "");
      const installed = path.join(here, "node_modules", "vsphere-typegen");
      fs.mkdirSync(installed, { recursive: true });
      ok(offline("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"], here), command);
      fs.symlinkSync(path.join(REPO, "node_modules"), path.join(installed, "node_modules"), "dir");
      fs.mkdirSync(path.join(here, "node_modules", ".bin"), { recursive: true });
      fs.symlinkSync(
        path.join(installed, "bin", "vsphere-typegen.js"),
        path.join(here, "node_modules", ".bin", "vsphere-typegen"),
      );
    } else if (
      (name === "npm" && ["init", "pkg", "pack", "install"].includes(args[0] ?? "")) ||
      (name === "npm" && args[0] === "run" && args[1] === "pack:lib")
    ) {
      ok(offline("npm", args, here), command);
    } else if (name === "npx" && args[0] === "vsphere-typegen") {
      const cli = path.join(here, "node_modules", ".bin", "vsphere-typegen");
      lastOutput = ok(offline(process.execPath, [cli, ...args.slice(1)], here), command).stdout;
    } else throw new Error(`the README runs a command this test does not know: ${command}`);
  }
  return here;
}

/** A tsconfig for a consumer's ES module project: strict, nodenext, Node's types from this repository. */
function tsProject(dir: string, files: string[]): void {
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        module: "nodenext",
        target: "es2022",
        skipLibCheck: true,
        types: ["node"],
        typeRoots: [path.join(REPO, "node_modules", "@types")],
      },
      files,
    }),
  );
}

/** The text each file was compiled from, by path: a block compiled in a batch is not compiled again. */
const compiled = new Map<string, string>();

/**
 * Writes each block as a file of the project and compiles them in one tsc run, so that the library's declarations
 * are read once for all of them.
 */
function compileBlocks(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  tsProject(dir, Object.keys(files));
  ok(offline(process.execPath, [TSC, "-p", "."], dir), `tsc ${Object.keys(files).join(" ")}`);
  for (const [file, text] of Object.entries(files)) compiled.set(path.join(dir, file), text);
}

/** Compiles `source` as `file` of the project, unless a batch compiled that text already. */
function compileOnce(dir: string, file: string, source: string): void {
  if (compiled.get(path.join(dir, file)) !== source) compileBlocks(dir, { [file]: source });
}

/** Compiles a TypeScript block as a file of the project (unless a batch did) and runs it with node. */
function tsBlock(dir: string, file: string, text: string, prelude = "", env: Record<string, string> = {}): CliResult {
  compileOnce(dir, file, `${prelude}${text}\n`);
  return offline(process.execPath, [file.replace(/\.ts$/, ".js")], dir, env);
}

const VCSIM = process.env["VSPHERE_TYPEGEN_VCSIM_URL_README"];
/** vcsim over HTTPS with a self-signed certificate, and the certificate's PEM file (test/globalSetup.js). */
const VCSIM_TLS = process.env["VSPHERE_TYPEGEN_VCSIM_URL_TLS"];
const VCSIM_CERT = process.env["VSPHERE_TYPEGEN_VCSIM_CERT_TLS"];

/** The command's own folders (known hosts, saved sessions) in the project, not in the user's home. */
const folders = (app: string): Record<string, string> => ({
  XDG_CONFIG_HOME: path.join(app, ".config"),
  XDG_CACHE_HOME: path.join(app, ".cache"),
});

/** The first lines of each script below: a client of the readme's vcsim. */
const CONNECT = [
  'import { VimClient } from "vsphere-typegen-vim25";',
  `const c = await VimClient.connect({ url: ${JSON.stringify(VCSIM)}, username: "user", password: "pass" });`,
];

/** A script powering off vcsim's newest VM (which the client tests leave alone) and printing its id. */
const PREPARE_VM = [
  ...CONNECT,
  'const created = await c.queryEvents({ _typeName: "EventFilterSpec", eventTypeId: ["VmCreatedEvent"] });',
  "const vm = created[created.length - 1]?.vm?.vm;",
  'if (vm === undefined) throw new Error("no VM");',
  'await c.call("PowerOffVM_Task", { _this: vm }).catch(() => undefined);',
  "await new Promise((resolve) => setTimeout(resolve, 300));",
  "console.log(vm.value);",
  "await c.logout();",
].join("\n");

/** A script printing the key of vcsim's newest event. */
const LATEST_KEY = [...CONNECT, "console.log((await c.latestCheckpoint())?.key ?? 0);", "await c.logout();"].join("\n");

/** A script powering on the VM `VM_ID` names. */
const POWER_ON = [
  ...CONNECT,
  'const value = process.env["VM_ID"] ?? "";',
  'await c.call("PowerOnVM_Task", { _this: { _typeName: "ManagedObjectReference", type: "VirtualMachine", value } });',
  "await c.logout();",
].join("\n");

/** A script printing the annotation of the VM `VM_ID` names (what the README's handler reconfigures). */
const ANNOTATION = [
  ...CONNECT,
  'const value = process.env["VM_ID"] ?? "";',
  'const vm = { _typeName: "ManagedObjectReference", type: "VirtualMachine", value } as const;',
  'console.log((await c.retrieve("VirtualMachine", vm, ["config.annotation"]))["config.annotation"]);',
  "await c.logout();",
].join("\n");

/** The scripts the vcsim blocks run beside the README's, by file. */
const VCSIM_SCRIPTS: Record<string, string> = {
  "annotation.ts": `${ANNOTATION}\n`,
  "prepare-vm.ts": `${PREPARE_VM}\n`,
  "latest.ts": `${LATEST_KEY}\n`,
  "power-on.ts": `${POWER_ON}\n`,
};

/** A powered-off VM of vcsim (the newest created, which the client tests leave alone), as a SOAP call finds it. */
function poweredOffVm(app: string): string {
  const found = tsBlock(app, "prepare-vm.ts", PREPARE_VM);
  if (found.status !== 0) throw new Error(found.stderr);
  return found.stdout.trim();
}

/** The README's client block and its terminal command, run against vcsim as a new user would against a vCenter. */
function followBlocks(app: string, code: string, command: string): void {
  const env = { VCENTER_URL: VCSIM as string, VCENTER_USERNAME: "user", VCENTER_PASSWORD: "pass" };
  const handled = poweredOffVm(app);
  const followed = tsBlock(app, "follow.ts", code, "", { ...env, VM_ID: handled });
  expect(followed).toMatchObject({ status: 0, stderr: "" });
  expect(followed.stdout).toMatch(/^info: \S+ powered on with \d+ CPUs\n$/);
  // The handler reconfigured the VM it read: its annotation is the event's time.
  const annotation = ok(tsBlock(app, "annotation.ts", ANNOTATION, "", { VM_ID: handled }), "annotation");
  expect(annotation.stdout).toMatch(/^on at \d{4}-\d\d-\d\dT\S+\n$/);
  // The command as written, with vcsim's URL and user; --max 1 ends it after the power-on it follows.
  expect(command).toMatch(
    /^npx vsphere-events --url https:\/\/vcenter\.example\.com --username \S+ --password-stdin --follow /,
  );
  const args = command
    .replace("https://vcenter.example.com", VCSIM as string)
    .replace("administrator@vsphere.local", "user")
    .split(/\s+/)
    .slice(2);
  const vm = poweredOffVm(app);
  const before = Number(ok(tsBlock(app, "latest.ts", LATEST_KEY), "latest key").stdout);
  const bin = path.join(app, "node_modules", ".bin", "vsphere-events");
  compileOnce(app, "power-on.ts", `${POWER_ON}\n`);
  // The command and the power-on side by side: a shell starts the command, powers the VM on once the command says it
  // is waiting (before that the event could pass unseen, on a busy machine), and waits for the command to end; the
  // command's output is captured, its errors too. A command that ends before it waits ends the shell's loop.
  const follow = `printf 'pass\\n' | "${process.execPath}" "${bin}" ${args.map((a) => `'${a}'`).join(" ")} --max 1 2> follow.err`;
  const script = [
    `${follow} & pid=$!`,
    "while kill -0 $pid 2>/dev/null && ! grep -q 'waiting for events' follow.err 2>/dev/null; do sleep 0.1; done",
    `"${process.execPath}" power-on.js`,
    "wait $pid; status=$?; cat follow.err >&2; exit $status",
  ].join("\n");
  const terminal = offline("sh", ["-c", script], app, { ...folders(app), VM_ID: vm });
  expect(terminal.stderr).toContain("vsphere-events: waiting for events");
  const line = terminal.stdout.split("\n").find((l) => l.includes("VmPoweredOnEvent")) ?? "";
  expect([terminal.stdout, /key=\d+/.test(line)]).toEqual([terminal.stdout, true]);
  const key = Number(/key=(\d+)/.exec(line)?.[1]);
  expect(key).toBeGreaterThan(before);
  expect(terminal.status).toBe(0);
}

/** The README's three connects to a self-signed vCenter, made to vcsim -tls with its certificate's thumbprint. */
function certificatesCode(code: string): string {
  const sha256 = new X509Certificate(fs.readFileSync(VCSIM_CERT as string, "utf8")).fingerprint256;
  const example = /thumbprint: "([0-9A-F:]{95})"/.exec(code)?.[1] ?? "no thumbprint in the block";
  return code.replace("https://vcenter.example.com", VCSIM_TLS as string).replace(example, sha256);
}

/**
 * The README's self-signed vCenter blocks against vcsim -tls: the three one-line connects (the example thumbprint
 * replaced by the certificate's, its CA file the certificate itself), then the command's --trust and a plain run.
 */
function certificateBlocks(app: string, code: string, commands: string): void {
  const url = VCSIM_TLS as string;
  const pem = fs.readFileSync(VCSIM_CERT as string, "utf8");
  const sha256 = new X509Certificate(pem).fingerprint256;
  fs.writeFileSync(path.join(app, "vcenter-ca.pem"), pem);
  const connects = tsBlock(app, "certificates.ts", certificatesCode(code));
  expect(connects).toEqual({
    status: 0,
    stdout: "",
    stderr: `vsphere-typegen: warning: the certificate of ${url.replace(/\/sdk$/, "")} is not verified (insecure): anyone on the way can read the password and the session\n`,
  });
  const [trustLine = "", runLine = ""] = commands.split("\n");
  const bin = path.join(app, "node_modules", ".bin", "vsphere-events");
  const argsOf = (line: string): string[] =>
    line
      .replace("https://vcenter.example.com", url)
      .replace("administrator@vsphere.local", "user")
      .split(/\s+/)
      .slice(2);
  expect(argsOf(trustLine)).toEqual(["--url", url, "--trust"]);
  const trusted = offline(process.execPath, [bin, ...argsOf(trustLine)], app, folders(app));
  expect([trusted.status, trusted.stderr]).toEqual([0, ""]);
  expect(trusted.stdout).toContain(`  SHA-256  ${sha256}\n`);
  const script = `printf 'pass\\n' | "${process.execPath}" "${bin}" ${argsOf(runLine)
    .map((a) => `'${a}'`)
    .join(" ")}`;
  const plain = offline("sh", ["-c", script], app, folders(app));
  expect([plain.status, plain.stderr]).toEqual([0, ""]);
  expect(plain.stdout).toMatch(/^(\S+ {2}info +VmPoweredOnEvent {2}key=\d+.*\n)+$/);
}

const README = fs.readFileSync(path.join(REPO, "README.md"), "utf8");
const LIBRARY_README = fs.readFileSync(path.join(REPO, "templates", "library-package", "README.md"), "utf8");

test("the README's first screen: install from the tarballs, decode an event, CommonJS too", () => {
  const blocks = codeBlocks(README);
  const work = tempDir("vsphere-typegen-readme-");
  const [
    install,
    decode,
    commonjs,
    soap,
    follow,
    terminal,
    certificates,
    trust,
    walkthroughCommands,
    walkthroughCode,
    config,
    script,
    quickStart,
  ] = blocks;
  expect(blocks.map((b) => b.lang)).toEqual([
    "sh",
    "ts",
    "js",
    "ts",
    "ts",
    "sh",
    "ts",
    "sh",
    "sh",
    "ts",
    "json",
    "ts",
    "sh",
  ]);

  // Install: each line as written, from the folder the last one left.
  let here = work;
  for (const line of (install?.text ?? "").split("\n")) here = shellLine(line, here);
  const app = here;
  expect(path.basename(app)).toBe("my-app");
  expect(JSON.parse(fs.readFileSync(path.join(app, "package.json"), "utf8"))).toMatchObject({ type: "module" });

  // The blocks that need only the installed library, and the scripts beside them, compiled in one tsc run.
  compileBlocks(app, {
    "decode.ts": `${decode?.text ?? ""}\n`,
    "soap.ts": `${soap?.text ?? ""}\n`,
    ...(VCSIM === undefined ? {} : { "follow.ts": `${follow?.text ?? ""}\n`, ...VCSIM_SCRIPTS }),
    ...(VCSIM_TLS === undefined || VCSIM_CERT === undefined
      ? {}
      : { "certificates.ts": `${certificatesCode(certificates?.text ?? "")}\n` }),
  });

  // Decode: the block as a file of the new project, compiled and run.
  expect(tsBlock(app, "decode.ts", decode?.text ?? "")).toEqual({
    status: 0,
    stdout: "web-01 powered on at 2026-12-01T10:00:00.123Z\n",
    stderr: "",
  });
  fs.writeFileSync(path.join(app, "require.cjs"), commonjs?.text ?? "");
  expect(offline(process.execPath, ["require.cjs"], app)).toEqual({
    status: 0,
    stdout: "$.key $.chainId $.createdTime $.userName $.template\n",
    stderr: "",
  });

  // The SOAP response, decoded by the installed library.
  expect(tsBlock(app, "soap.ts", soap?.text ?? "")).toEqual({
    status: 0,
    stdout: "VmPoweredOnEvent 601\n",
    stderr: "",
  });

  // Following a vCenter's events, against vcsim: the client's block, then the command's, each seeing a power-on.
  if (VCSIM === undefined) process.stdout.write("README's vcsim blocks not run: vcsim is not available here\n");
  else followBlocks(app, follow?.text ?? "", terminal?.text ?? "");

  // A self-signed vCenter: the client's three ways in, then the command's --trust flow, against vcsim -tls.
  if (VCSIM_TLS === undefined || VCSIM_CERT === undefined)
    process.stdout.write("README's certificate blocks not run: vcsim is not available here\n");
  else certificateBlocks(app, certificates?.text ?? "", trust?.text ?? "");

  // The walkthrough: its commands, then its code with a body to decode.
  const walkthroughLines = (walkthroughCommands?.text ?? "").split("\n");
  expect(walkthroughLines).toHaveLength(2);
  const [newLine = "", generateLine = ""] = walkthroughLines;
  shellLine(newLine, app);
  // new's next step is the walkthrough's next command without the subset, which the README adds and explains.
  expect(generateLine).toMatch(/ --types SessionExpiredEvent$/);
  expect(lastOutput).toMatch(
    new RegExp(
      `; next: ${generateLine.replace(" --types SessionExpiredEvent", "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\n$`,
    ),
  );
  // The hint as new printed it: the whole API with the new type (generated only; its compile is the package tests').
  shellLine(generateLine.replace(" --types SessionExpiredEvent", ""), app);
  expect(lastOutput).toMatch(new RegExp(`: ${bundledCounts().types + 1} types from `));
  shellLine(generateLine, app);
  const subsetTypes = Number(/: (\d+) types from /.exec(lastOutput)?.[1]);
  expect(subsetTypes).toBeGreaterThan(1);
  expect(subsetTypes).toBeLessThan(bundledCounts().types / 10);
  // `check` with the walkthrough's own flags finds what it wrote current.
  shellLine(generateLine.replace(" generate ", " check "), app);
  expect(lastOutput).toContain("src/vsphere/ is up to date");
  // Editors find the format's JSON Schema through the installed package; the output is an ES module project's.
  expect(fs.readFileSync(path.join(app, "my-schemas", "SessionExpiredEvent.yaml"), "utf8").split("\n")[0]).toBe(
    "# yaml-language-server: $schema=../node_modules/vsphere-typegen/schemas/schema-file.schema.json",
  );
  expect(fs.readFileSync(path.join(app, "src", "vsphere", "index.ts"), "utf8")).toContain("importExtension=.js");
  const listed = fs.readFileSync(path.join(app, "src", "vsphere", "schema-files.ts"), "utf8");
  expect(listed).toContain("//   vsphere-typegen/schemas/vim25/SessionEvent.yaml\n");
  expect(listed).toContain("//   my-schemas/SessionExpiredEvent.yaml\n");
  const expired =
    '{"_typeName":"SessionExpiredEvent","key":1,"chainId":1,"createdTime":"2026-12-01T10:00:00Z","userName":"root"}';
  const walkthrough = tsBlock(
    app,
    "src/use.ts",
    (walkthroughCode?.text ?? "").replace('"./vsphere"', '"./vsphere/index.js"'),
    `const body = ${JSON.stringify(expired)};\n`,
  );
  expect(walkthrough).toEqual({ status: 0, stdout: "root\n", stderr: "" });

  // The config file, then the build script that calls the API with the same choices; check agrees with both.
  expect(parseConfigText(config?.text ?? "", "vsphere-typegen.config.json").options).toEqual({ int64: "bigint" });
  fs.writeFileSync(path.join(app, "vsphere-typegen.config.json"), config?.text ?? "");
  const built = tsBlock(app, "build.ts", script?.text ?? "");
  expect(built.stderr).toBe("");
  // The subset the walkthrough's output records (SessionExpiredEvent and what it reaches), kept by a run without one.
  expect(built.stdout).toMatch(new RegExp(`^${subsetTypes} types, \\d+ files written\n$`));
  expect(built.status).toBe(0);
  expect(fs.readFileSync(path.join(app, "src", "vsphere", "index.ts"), "utf8")).toContain("int64=bigint");
  shellLine("npx vsphere-typegen check", app);

  // The contributor's quick start is what CI runs: .ci/run installs with npm ci and runs npm test.
  expect(quickStart?.text).toBe("npm ci && npm run generate\nnpm test");
  expect(fs.readFileSync(path.join(REPO, ".ci", "run"), "utf8")).toMatch(/\nnpm ci\nnpm test\n$/);

  // The library package's README, in a project of its own with the tarball the clone built.
  const library = codeBlocks(LIBRARY_README);
  expect(library.map((b) => b.lang)).toEqual(["sh", "ts", "js"]);
  const [libInstall, libDecode, libRequire] = library;
  const own = path.join(work, "library-user");
  fs.mkdirSync(own);
  fs.copyFileSync(
    path.join(work, "vsphere-typegen", "vsphere-typegen-vim25-0.1.0.tgz"),
    path.join(own, "vsphere-typegen-vim25-0.1.0.tgz"),
  );
  ok(offline("npm", ["init", "-y"], own), "npm init");
  ok(offline("npm", ["pkg", "set", "type=module"], own), "npm pkg set");
  for (const line of (libInstall?.text ?? "").split("\n")) shellLine(line, own);
  expect(tsBlock(own, "decode.ts", libDecode?.text ?? "")).toEqual({
    status: 0,
    stdout: "web-01\n",
    stderr: "",
  });
  fs.writeFileSync(path.join(own, "require.cjs"), libRequire?.text ?? "");
  expect(offline(process.execPath, ["require.cjs"], own)).toEqual({ status: 0, stdout: "false 5\n", stderr: "" });
}, 600_000);
