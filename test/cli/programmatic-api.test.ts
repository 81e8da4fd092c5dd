/**
 * The programmatic API (`require("vsphere-typegen")`, `import ... from "vsphere-typegen"`): the commands as
 * functions, with the config file's keys as options, typed from the options table; problems thrown as typed errors.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { check, ConfigError, docs, generate, importSchemas, SchemaError, UsageError } from "../../src/index";
import { FIXTURES, REPO, run, tempProject, SESSION_OUTPUT_FILES } from "../support/helpers";

const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");

/** A project with the SessionEvent family's schemas and vsphere-typegen installed (linked to this repository). */
const project = (): string => tempProject({ nodeModules: "linked" }).dir;

describe("in-process", () => {
  test("generate, then check: current, then stale with a diff and the command that mends it", async () => {
    const dir = project();
    const options = { cwd: dir, schemas: ["schemas"], bundled: false, out: "out", int64: "bigint" } as const;
    const generated = await generate(options);
    expect(generated).toMatchObject({ out: path.join(dir, "out"), types: 22, schemaFiles: 22, removed: [] });
    expect(generated.written).toHaveLength(SESSION_OUTPUT_FILES);
    expect(generated.options.int64).toBe("bigint");
    expect(await check(options)).toMatchObject({ upToDate: true, missing: false, diffs: [] });
    // The header keeps bigint: a later call without it still checks against it.
    const { int64: _given, ...withoutInt64 } = options;
    expect((await check(withoutInt64)).upToDate).toBe(true);
    const stale = await check({ ...options, int64: "number" });
    expect(stale.upToDate).toBe(false);
    expect(stale.diffs.length).toBeGreaterThan(0);
    expect(stale.regenerate).toBe("npx vsphere-typegen generate --schemas schemas --out out --no-bundled");
  });

  test("generate with nothing changed answers from the digest and builds nothing; a changed schema builds again", async () => {
    const dir = project();
    const options = { cwd: dir, schemas: ["schemas"], bundled: false, out: "out" } as const;
    expect((await generate(options)).current).toBe(false);
    const again = await generate(options);
    expect(again).toMatchObject({ current: true, written: [], removed: [], types: 22, schemaFiles: 22 });
    expect(again.unchanged).toHaveLength(SESSION_OUTPUT_FILES);
    // An edited output file is not current: it is written back.
    const types = path.join(dir, "out", "types.ts");
    const original = fs.readFileSync(types, "utf8");
    fs.writeFileSync(types, `${original}// edited\n`);
    expect(await generate(options)).toMatchObject({ current: false, written: ["types.ts"] });
    expect(fs.readFileSync(types, "utf8")).toBe(original);
    // A schema edit is a new input.
    fs.appendFileSync(path.join(dir, "schemas", "vim25", "SessionEvent.yaml"), "# a comment\n");
    expect((await generate(options)).current).toBe(false);
    expect((await generate(options)).current).toBe(true);
  });

  test("bad schemas throw SchemaError with every diagnostic, and nothing is written", async () => {
    const dir = project();
    fs.writeFileSync(
      path.join(dir, "schemas", "Bad.yaml"),
      "name: Bad\nextends: Nope\nfields:\n  x:\n    tpye: string\n",
    );
    const failure = generate({ cwd: dir, schemas: ["schemas"], bundled: false, out: "out" });
    await expect(failure).rejects.toBeInstanceOf(SchemaError);
    const error = (await failure.catch((e: unknown) => e)) as SchemaError;
    expect(error.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([
      "schemas/Bad.yaml:2:10 unknown-base",
      "schemas/Bad.yaml:4:3 missing-key",
      "schemas/Bad.yaml:5:5 unknown-key",
    ]);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  test("options that cannot work throw UsageError, a bad config file ConfigError, before any work", async () => {
    const dir = project();
    await expect(generate({ cwd: dir, bundled: false })).rejects.toThrow(
      new UsageError(
        "no schema folder to read: --no-bundled leaves only the --schemas folders, and none was given; add --schemas <dir>",
      ),
    );
    fs.writeFileSync(path.join(dir, "vsphere-typegen.config.json"), '{ "int64": "big", "out": 1 }');
    const failure = generate({ cwd: dir });
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    expect(((await failure.catch((e: unknown) => e)) as ConfigError).problems).toHaveLength(2);
    // The config file is read unless told not to.
    await expect(generate({ cwd: dir, config: false, schemas: ["schemas"], bundled: false })).resolves.toMatchObject({
      types: 22,
    });
  });

  test("docs writes the pages and checks them; importSchemas writes schema files", () => {
    const dir = project();
    const written = docs({ cwd: dir, schemas: ["schemas"], bundled: false, out: "reference" });
    expect(written.pages).toBe(23);
    expect(fs.existsSync(path.join(dir, "reference", "UserLogoutSessionEvent.md"))).toBe(true);
    expect(docs({ cwd: dir, schemas: ["schemas"], bundled: false, out: "reference", check: true }).upToDate).toBe(true);
    const imported = importSchemas({
      cwd: dir,
      spec: path.join(FIXTURES, "vi-json-excerpt.yaml"),
      types: ["EventEventSeverity"],
      into: "mine",
      bundled: false,
    });
    expect(imported.written).toEqual([path.join(dir, "mine", "EventEventSeverity.yaml")]);
  });
});

describe("as a package", () => {
  test("require() from CommonJS and import from an ES module load it, and generate works", () => {
    const dir = project();
    const call = 'generate({ cwd: process.cwd(), schemas: ["schemas"], bundled: false, out: process.argv[1] })';
    const cjs = run(
      process.execPath,
      ["-e", `const { generate } = require("vsphere-typegen"); ${call}.then((r) => console.log(r.types));`, "cjs"],
      dir,
    );
    expect(cjs).toEqual({ status: 0, stdout: "22\n", stderr: "" });
    fs.writeFileSync(
      path.join(dir, "use.mjs"),
      `import { generate, SchemaError, CODE_OPTIONS } from "vsphere-typegen";\n` +
        `process.argv[1] = "esm";\nconst r = await ${call};\n` +
        "console.log(r.types, typeof SchemaError, CODE_OPTIONS.length);\n",
    );
    expect(run(process.execPath, ["use.mjs"], dir)).toEqual({ status: 0, stdout: "22 function 6\n", stderr: "" });
    expect(fs.existsSync(path.join(dir, "cjs", "index.ts"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "esm", "index.ts"))).toBe(true);
  });

  test("its declarations type the options from the options table: a wrong value is a type error", () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
    fs.writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, module: "nodenext", target: "es2022", noEmit: true, skipLibCheck: true },
        files: ["use.ts"],
      }),
    );
    fs.writeFileSync(
      path.join(dir, "use.ts"),
      'import { generate, type GenerateResult } from "vsphere-typegen";\n' +
        'const result: GenerateResult = await generate({ int64: "bigint", dateTime: "Date", out: "src/vsphere" });\n' +
        "console.log(result.written);\n",
    );
    expect(run(process.execPath, [TSC, "-p", "."], dir)).toEqual({ status: 0, stdout: "", stderr: "" });
    fs.appendFileSync(path.join(dir, "use.ts"), 'await generate({ int64: "big" });\n');
    expect(run(process.execPath, [TSC, "-p", "."], dir).stdout).toContain(
      'Type \'"big"\' is not assignable to type \'"number" | "bigint"',
    );
  });
});
