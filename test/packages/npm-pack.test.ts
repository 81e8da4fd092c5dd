/**
 * The two packages this repository publishes, checked as npm consumers get them: each packed with `npm pack` and
 * installed into new projects. The generator (CLI, schemas, templates) runs the walkthrough in a new ES module
 * project and a new CommonJS one; the vSphere library (built from generated/) is loaded with `require`, `import`,
 * TypeScript's nodenext and bundler resolution, and bundled by esbuild.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { buildLibraryPackage, LIBRARY_NAME } from "../../src/release/libraryPackage";
import { FIXTURES, REPO, runJoined, tempDir } from "../support/helpers";

const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
const STRICT = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: true };
const EVENT = fs.readFileSync(path.join(FIXTURES, "UserLogoutSessionEvent.minimal.json"), "utf8");
const README = fs.readFileSync(path.join(REPO, "README.md"), "utf8");
const CLOUD_EVENT = fs.readFileSync(
  path.join(FIXTURES, "cloudevents", "veba-kn-py-vm-attr-DrsVmPoweredOnEvent-cloudevent-v2.json"),
  "utf8",
);

interface Packed {
  readonly tarball: string;
  readonly files: string[];
  readonly manifest: Record<string, unknown>;
}

/** `npm pack` of `dir` into `destination`: the tarball, the files it holds and its manifest. */
function pack(dir: string, destination: string): Packed {
  // --ignore-scripts: npm test has built dist/ already, and a rebuild would race the suites that run the CLI.
  const result = spawnSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", destination], {
    cwd: dir,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(result.stderr);
  const [info] = JSON.parse(result.stdout) as { filename: string; files: { path: string }[] }[];
  if (info === undefined) throw new Error("npm pack reported nothing");
  return {
    tarball: path.join(destination, info.filename),
    files: info.files.map((f) => f.path),
    manifest: JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as Record<string, unknown>,
  };
}

/** What `npm publish --dry-run` says beyond its file list, and its exit status. */
function publishDryRun(dir: string): { status: number | null; warnings: string[] } {
  const result = runJoined("npm", ["publish", "--dry-run", "--ignore-scripts"], dir);
  return {
    status: result.status,
    // Without a login npm says so even in a dry run; nothing else may be a warning.
    warnings: result.output
      .split("\n")
      .filter((l) => /npm (warn|error)/i.test(l) && !/requires you to be logged in/.test(l)),
  };
}

let work: string;
let generator: Packed;
let library: Packed;

beforeAll(() => {
  work = tempDir("vsphere-typegen-packages-");
  generator = pack(REPO, work);
}, 120_000);

/**
 * Bundles `source` (an ES module importing the library) with esbuild, minified, as a user's bundler would: writes
 * `name.mjs` and `name.bundle.mjs` in `dir` and returns the bundle's size in bytes.
 */
async function bundled(dir: string, name: string, source: string): Promise<number> {
  const esbuild = await import("esbuild");
  const entry = path.join(dir, `${name}.mjs`);
  fs.writeFileSync(entry, source);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    write: false,
  });
  const [bundle] = result.outputFiles;
  if (bundle === undefined) throw new Error("esbuild wrote nothing");
  fs.writeFileSync(path.join(dir, `${name}.bundle.mjs`), bundle.contents);
  return bundle.contents.length;
}

describe("the generator package (vsphere-typegen)", () => {
  test("holds the CLI, its compiled code, the schemas, the templates and the licence, and nothing else", () => {
    expect(
      generator.files.filter(
        (f) => !/^(bin|dist\/src|schemas|templates)\/|^(package\.json|README\.md|LICENSE)$/.test(f),
      ),
    ).toEqual([]);
    for (const needed of [
      "bin/vsphere-typegen.js",
      "dist/src/cli/main.js",
      "templates/core/runtime.ts",
      "schemas/vim25/Event.yaml",
      "schemas/schema-file.schema.json",
      "schemas/config.schema.json",
    ])
      expect(generator.files).toContain(needed);
    expect(generator.files.filter((f) => /(^|\/)(test|bench|generated)\/|\.tsbuildinfo$|\.tgz$/.test(f))).toEqual([]);
  });

  test("is publishable: not private, with repository, keywords, licence and engines; publish --dry-run is clean", () => {
    expect(generator.manifest["private"]).toBeUndefined();
    expect(generator.manifest).toMatchObject({ license: "Apache-2.0", engines: { node: ">=20" } });
    expect(generator.manifest["repository"]).toBeDefined();
    expect(generator.manifest["keywords"]).toContain("vsphere");
    expect(publishDryRun(REPO)).toEqual({ status: 0, warnings: [] });
  });

  // The README's own test (test/cli/readme-code-blocks.test.ts) runs the walkthrough from this tarball as written, in
  // a new ES module project. Here, what a CommonJS project changes: no import extension in the output, which compiles
  // under nodenext and runs. The same commands with `--types SessionExpiredEvent`, so that the project compiles the
  // event's types and not the whole API's 32 MB a second time (73 s of tsc here).
  test("installed from its tarball in a new CommonJS project, the walkthrough's output compiles under nodenext and runs", () => {
    const dir = path.join(work, "generator-commonjs");
    fs.mkdirSync(path.join(dir, "node_modules", "vsphere-typegen"), { recursive: true });
    fs.writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "commonjs" }),
    );
    fs.writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          ...STRICT,
          module: "nodenext",
          target: "es2022",
          types: [],
          outDir: "dist",
          rootDir: "src",
        },
      }),
    );
    // The tarball as npm unpacks it; its dependencies (the registry's, pinned by this repository's lock file) are
    // linked, since tests run without the network.
    const installed = path.join(dir, "node_modules", "vsphere-typegen");
    expect(runJoined("tar", ["-xzf", generator.tarball, "-C", installed, "--strip-components=1"], dir).status).toBe(0);
    fs.symlinkSync(path.join(REPO, "node_modules"), path.join(installed, "node_modules"), "dir");
    const cli = (args: string[]): { status: number | null; output: string } =>
      runJoined(process.execPath, [path.join(installed, "bin", "vsphere-typegen.js"), ...args], dir);

    // The README's walkthrough: its commands, the second one with --types, and its code as written.
    const section = README.slice(README.indexOf("### Walkthrough: a sibling event in your own project"));
    const written = (/```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "").trim().split("\n");
    const commands = written.map((c, i) => (i === 1 ? `${c} --types SessionExpiredEvent` : c));
    const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      expect(command.startsWith("npx vsphere-typegen ")).toBe(true);
      const result = cli(command.replace("npx vsphere-typegen ", "").split(" "));
      expect(result.status).toBe(0);
    }
    // Editors find the format's JSON Schema through the installed package, whatever its real path.
    expect(fs.readFileSync(path.join(dir, "my-schemas", "SessionExpiredEvent.yaml"), "utf8").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../node_modules/vsphere-typegen/schemas/schema-file.schema.json",
    );
    const index = fs.readFileSync(path.join(dir, "src", "vsphere", "index.ts"), "utf8");
    const listed = fs.readFileSync(path.join(dir, "src", "vsphere", "schema-files.ts"), "utf8");
    expect(index).toContain("importExtension=none");
    expect(index).toContain("--out src/vsphere --types SessionExpiredEvent`");
    expect(listed).toContain("//   vsphere-typegen/schemas/vim25/SessionEvent.yaml\n");
    expect(listed).toContain("//   my-schemas/SessionExpiredEvent.yaml\n");
    // The code block as written (a CommonJS project needs no extension), with a body to decode.
    fs.writeFileSync(
      path.join(dir, "src", "use.ts"),
      ["declare const process: { argv: string[] };", "const body = String(process.argv[2]);", code].join("\n"),
    );
    expect(runJoined(process.execPath, [TSC, "-p", "."], dir)).toEqual({ status: 0, output: "" });
    const expired = EVENT.replace('"UserLogoutSessionEvent"', '"SessionExpiredEvent"');
    expect(runJoined(process.execPath, ["dist/use.js", expired], dir)).toEqual({ status: 0, output: "root\n" });
    expect(cli(["check", ...(commands[1] ?? "").split(" ").slice(3)]).status).toBe(0);
  }, 180_000);
});

describe(`the library package (${LIBRARY_NAME})`, () => {
  // Built here, after the generator's tests: the README's test builds the same package (one build, kept by its
  // digest), and this file's generator tests run meanwhile instead of waiting for it.
  beforeAll(() => {
    const libraryDir = path.join(work, "library");
    buildLibraryPackage(REPO, libraryDir);
    library = pack(libraryDir, work);
  }, 300_000);

  // The modules sit at the top, in runtime/, or in a split module's folder of parts (govmomi-decoders/host.js).
  test("holds ES modules, CommonJS, declarations, README and licence, and nothing else", () => {
    expect(
      library.files.filter(
        (f) =>
          !/^(esm|cjs)\/([\w-]+\/)?[\w-]+\.(js|d\.ts)$|^(package\.json|README\.md|LICENSE|cjs\/package\.json|bin\/vsphere-events(-files|-lines|-options|-config|-located|-connect|-many|-sink|-source|-nats|-service)?\.cjs)$/.test(
            f,
          ),
      ),
    ).toEqual([]);
    const modules = fs
      .readdirSync(path.join(REPO, "generated"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.replace(/\.ts$/, ""));
    expect(modules).toEqual(expect.arrayContaining(["index", "runtime/runtime"]));
    for (const format of ["esm", "cjs"])
      for (const name of modules)
        expect(library.files).toEqual(expect.arrayContaining([`${format}/${name}.js`, `${format}/${name}.d.ts`]));
  });

  test("is publishable with no dependencies, an exports map for import and require, and sideEffects false", () => {
    expect(library.manifest).toMatchObject({
      name: LIBRARY_NAME,
      version: generator.manifest["version"],
      license: "Apache-2.0",
      engines: { node: ">=20" },
      sideEffects: false,
      exports: {
        ".": {
          import: { types: "./esm/index.d.ts", default: "./esm/index.js" },
          require: { types: "./cjs/index.d.ts", default: "./cjs/index.js" },
        },
      },
    });
    expect(library.manifest["dependencies"]).toBeUndefined();
    // The NATS client is an optional peer, loaded only for a nats:// sink.
    expect(library.manifest["peerDependenciesMeta"]).toEqual({ nats: { optional: true } });
    expect(library.manifest["private"]).toBeUndefined();
    expect(library.manifest["repository"]).toEqual(generator.manifest["repository"]);
    expect(publishDryRun(path.join(work, "library"))).toEqual({ status: 0, warnings: [] });
  });

  describe("installed from its tarball", () => {
    let dir: string;
    beforeAll(() => {
      dir = path.join(work, "library-consumer");
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
      const install = runJoined("npm", ["install", "--offline", "--no-audit", "--no-fund", library.tarball], dir);
      if (install.status !== 0) throw new Error(install.output);
    }, 120_000);

    /** A TypeScript project below the consumer (so it shares its node_modules) of the given module type. */
    function tsProject(name: string, type: "module" | "commonjs", compilerOptions: object, source: string): string {
      const project = path.join(dir, name);
      fs.mkdirSync(path.join(project, "src"), { recursive: true });
      fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ private: true, type }));
      fs.writeFileSync(
        path.join(project, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            ...STRICT,
            target: "es2022",
            types: [],
            outDir: "dist",
            rootDir: "src",
            ...compilerOptions,
          },
        }),
      );
      fs.writeFileSync(path.join(project, "src", "use.ts"), source);
      return project;
    }

    const USE = [
      `import { decodeEvent, decodeCloudEvent, isUserLogoutSessionEvent, type UserLogoutSessionEvent } from "${LIBRARY_NAME}";`,
      "declare const process: { argv: string[] };",
      "const event = decodeEvent(JSON.parse(String(process.argv[2])));",
      "const logout: UserLogoutSessionEvent | undefined = isUserLogoutSessionEvent(event) ? event : undefined;",
      "const { event: cloud } = decodeCloudEvent(String(process.argv[3]));",
      "console.log(logout?.userName, cloud._typeName);",
    ].join("\n");

    test("installs nothing else", () => {
      expect(fs.readdirSync(path.join(dir, "node_modules")).filter((f) => !f.startsWith("."))).toEqual([LIBRARY_NAME]);
    });

    test("CommonJS require and ES module import load it and decode", () => {
      const script = (load: string): string =>
        `${load}\nconst e = decodeEvent(JSON.parse(process.argv[1])); console.log(e._typeName, e.userName, typeof isEvent);`;
      const cjs = runJoined(
        process.execPath,
        ["-e", script(`const { decodeEvent, isEvent } = require("${LIBRARY_NAME}");`), EVENT],
        dir,
      );
      expect(cjs).toEqual({ status: 0, output: "UserLogoutSessionEvent root function\n" });
      fs.writeFileSync(
        path.join(dir, "use.mjs"),
        `${script(`import { decodeEvent, isEvent } from "${LIBRARY_NAME}";`).replace("argv[1]", "argv[2]")}\n`,
      );
      expect(runJoined(process.execPath, ["use.mjs", EVENT], dir)).toEqual({
        status: 0,
        output: "UserLogoutSessionEvent root function\n",
      });
    });

    test.each(["module", "commonjs"] as const)(
      "TypeScript nodenext in a %s project type-checks it, and the output runs",
      (type) => {
        const project = tsProject(`ts-${type}`, type, { module: "nodenext" }, USE);
        expect(runJoined(process.execPath, [TSC, "-p", "."], project)).toEqual({ status: 0, output: "" });
        expect(runJoined(process.execPath, ["dist/use.js", EVENT, CLOUD_EVENT], project)).toEqual({
          status: 0,
          output: "root DrsVmPoweredOnEvent\n",
        });
      },
    );

    test("its declarations hold the public API only, and type-check in full (skipLibCheck off)", () => {
      // The values generated modules share ($ in the name: isExact$VmEvent) are left out (publicDeclarations.ts):
      // no module of the package exports one, by any form of export, as TypeScript reads the declarations.
      const declarations = library.files
        .filter((f) => f.startsWith("esm/") && f.endsWith(".d.ts"))
        .map((f) => path.join(work, "library", f));
      // One program over every declaration file, checked in full as a consumer without skipLibCheck checks them.
      const program = ts.createProgram(declarations, {
        ...STRICT,
        skipLibCheck: false,
        noEmit: true,
        types: [],
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
      });
      expect(
        ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
      ).toEqual([]);
      const checker = program.getTypeChecker();
      const shared = declarations.flatMap((file) => {
        const source = program.getSourceFile(file);
        const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
        return (module === undefined ? [] : checker.getExportsOfModule(module))
          .filter((e) => e.name.includes("$"))
          .filter((e) => {
            const target = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
            return (target.flags & ts.SymbolFlags.Value) !== 0 && (target.flags & ts.SymbolFlags.Type) === 0;
          })
          .map((e) => `${path.relative(work, file)}: ${e.name}`);
      });
      expect(declarations.length).toBeGreaterThan(300);
      expect(shared).toEqual([]);
    }, 120_000);

    test("TypeScript bundler resolution type-checks it, and a wrong use is a type error", () => {
      const project = tsProject(
        "ts-bundler",
        "module",
        { module: "esnext", moduleResolution: "bundler", noEmit: true },
        USE,
      );
      expect(runJoined(process.execPath, [TSC, "-p", "."], project)).toEqual({ status: 0, output: "" });
      fs.appendFileSync(
        path.join(project, "src", "use.ts"),
        "\nconst wrong: UserLogoutSessionEvent = { _typeName: 'UserLogoutSessionEvent' };\n",
      );
      expect(runJoined(process.execPath, [TSC, "-p", "."], project).output).toContain("TS2739");
    });

    test.each(["module", "commonjs"] as const)(
      "the README's event function (test/veba/handler.ts) compiles against it in a %s project and answers an event",
      async (type) => {
        const handler = fs
          .readFileSync(path.join(REPO, "test", "veba", "handler.ts"), "utf8")
          .replace('from "../catalogue"', `from "${LIBRARY_NAME}"`);
        const project = tsProject(`veba-${type}`, type, { module: "nodenext", types: ["node"] }, handler);
        fs.renameSync(path.join(project, "src", "use.ts"), path.join(project, "src", "handler.ts"));
        // Node's types come from this repository; the library needs nothing else.
        fs.symlinkSync(path.join(REPO, "node_modules", "@types"), path.join(project, "node_modules-types"), "dir");
        const tsconfig = JSON.parse(fs.readFileSync(path.join(project, "tsconfig.json"), "utf8")) as {
          compilerOptions: object;
        };
        fs.writeFileSync(
          path.join(project, "tsconfig.json"),
          JSON.stringify({ compilerOptions: { ...tsconfig.compilerOptions, typeRoots: ["./node_modules-types"] } }),
        );
        expect(runJoined(process.execPath, [TSC, "-p", "."], project)).toEqual({ status: 0, output: "" });
        const serve = [
          type === "module"
            ? 'import { server } from "./dist/handler.js";'
            : 'const { server } = require("./dist/handler.js");',
          "server.listen(0, async () => {",
          "  const { port } = server.address();",
          "  const body = process.argv[2];",
          '  const headers = { "content-type": "application/cloudevents+json" };',
          '  const answer = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", headers, body });',
          "  console.log(answer.status, await answer.text());",
          "  server.close();",
          "});",
        ].join("\n");
        fs.writeFileSync(path.join(project, type === "module" ? "serve.mjs" : "serve.cjs"), serve);
        const answered = runJoined(
          process.execPath,
          [type === "module" ? "serve.mjs" : "serve.cjs", CLOUD_EVENT],
          project,
        );
        expect(answered.status).toBe(0);
        expect(answered.output).toMatch(/^200 .+: .+ powered on on .+\n$/);
      },
    );

    // Issue 30's budget is 250 KB; the whole API's decodeEvent is 638 KB and the budget is not met: an event's
    // LocalizedMethodFault slot reaches every one of the 696 faults and what their fields carry (1,505 types of 3,009;
    // docs/performance.md). This pins where it stands, so that growth is seen; the catalogue's was 241 KB.
    test("decodeEvent, every event type, bundles (esbuild, minified) to at most 660 KB, and the bundle decodes each", async () => {
      const size = await bundled(
        dir,
        "events",
        `import { safeDecodeEvent } from "${LIBRARY_NAME}";\nfor (const e of JSON.parse(process.argv[2])) {\n  const r = safeDecodeEvent(e, { unknownTypes: "reject" });\n  console.log(e._typeName, r.ok ? "ok" : r.issues.some((i) => i.path === "$._typeName") ? "unknown" : "checked");\n}\n`,
      );
      expect(size).toBeLessThanOrEqual(660_000);
      // Every event type of the catalogue is known to the bundle's dispatch: with unknownTypes "reject", a type it had
      // lost would be "unknown"; a known one is decoded as itself (its own required fields then checked).
      const hierarchy = JSON.parse(
        fs.readFileSync(path.join(REPO, "test", "fixtures", "event-hierarchy.json"), "utf8"),
      ) as {
        types: { name: string; group: string }[];
      };
      const events = hierarchy.types.filter((t) => t.group === "event").map((t) => t.name);
      expect(events).toHaveLength(443);
      const base = { key: 1, chainId: 1, createdTime: "2026-12-01T10:00:00Z", userName: "root" };
      const answered = runJoined(
        process.execPath,
        ["events.bundle.mjs", JSON.stringify(events.map((n) => ({ ...base, _typeName: n })))],
        dir,
      );
      expect(answered.status).toBe(0);
      const lines = answered.output.split("\n").filter((l) => l !== "");
      expect(lines).toHaveLength(events.length);
      expect(lines.filter((l) => l.endsWith(" unknown"))).toEqual([]);
      expect(lines).toContain("UserLogoutSessionEvent ok");
    });

    test("one decoder bundles (esbuild, minified) to at most 15 KB, and the bundle decodes", async () => {
      const size = await bundled(
        dir,
        "leaf",
        `import { decodeUserLogoutSessionEvent } from "${LIBRARY_NAME}";\nconsole.log(decodeUserLogoutSessionEvent(JSON.parse(process.argv[2])).userName);\n`,
      );
      expect(size).toBeLessThanOrEqual(15_000);
      expect(runJoined(process.execPath, ["leaf.bundle.mjs", EVENT], dir)).toEqual({ status: 0, output: "root\n" });
    });
  });
});
