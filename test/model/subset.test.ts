/**
 * Subsets (`generate --types`): only the types asked for and what they reach, with dispatch honest about the rest
 * (a left-out event decodes as its nearest kept base, its name kept), recorded in the headers so that `check` and a
 * later `generate` keep it.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { transformSync } from "amaro";
import { buildModel } from "../../src/model/buildModel";
import { subsetSchemas } from "../../src/model/subset";
import { loadSchemas } from "../../src/load/loadSchemas";
import { validateSchemas } from "../../src/validate/validateSchemas";
import {
  CATALOGUE_SCHEMAS,
  runCli,
  SESSION_SCHEMAS,
  tempDir,
  SESSION_OUTPUT_FILES,
  outputFiles,
} from "../support/helpers";

const catalogue = (() => {
  const loaded = loadSchemas([CATALOGUE_SCHEMAS], CATALOGUE_SCHEMAS);
  const validated = validateSchemas(loaded.files, loaded.diagnostics);
  if (!validated.ok) throw new Error("the catalogue does not validate");
  return validated.schemas;
})();

describe("the subset of a type", () => {
  test("holds its bases and field types, not its base's other subtypes, and opens what lost subtypes", () => {
    const subset = subsetSchemas(catalogue, ["VmPoweredOnEvent"]);
    expect(subset.unknown).toEqual([]);
    const model = buildModel(subset.schemas);
    const names = model.types.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["VmPoweredOnEvent", "VmEvent", "Event", "DynamicData"]));
    expect(names).toEqual(expect.arrayContaining(["VmEventArgument", "ManagedObjectReference"]));
    expect(names).not.toContain("VmPoweredOffEvent");
    expect(names.length).toBeLessThan(20);
    // VmEvent had subtypes the subset leaves out: it decodes them as itself now, whatever the full set said.
    expect(model.byName.get("VmEvent")?.dispatch).toBe("open");
    expect(model.byName.get("Event")?.dispatch).toBe("open");
    // Every field's type is in the subset.
    for (const type of model.types)
      for (const field of type.allFields)
        if (field.type.kind === "object") expect(model.byName.has(field.type.typeName)).toBe(true);
  });

  test("a field whose type has subtypes brings them: a TaskInfo's reason and fault", () => {
    const names = buildModel(subsetSchemas(catalogue, ["TaskEvent"]).schemas).types.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["TaskInfo", "TaskReason", "TaskReasonUser", "MethodFault"]));
    expect(names).toEqual(expect.arrayContaining(["InvalidLogin", "LocalizedMethodFault"]));
    expect(names).not.toContain("VmPoweredOnEvent");
  });

  test("names no schema declares are reported", () => {
    expect(subsetSchemas(catalogue, ["VmPoweredOnEvent", "NoSuchEvent"]).unknown).toEqual(["NoSuchEvent"]);
  });
});

describe("generate --types", () => {
  test("writes the subset, records it, keeps it, and decodes a left-out event as its nearest base", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
    const first = runCli(["generate", "--types", "VmPoweredOnEvent", "--out", "gen"], dir);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain(
      `vsphere-typegen: 15 types from 15 schema files -> gen/ (${SESSION_OUTPUT_FILES} written`,
    );
    const index = fs.readFileSync(path.join(dir, "gen", "index.ts"), "utf8");
    expect(index).toContain("// Types: VmPoweredOnEvent (a subset: these types and what they reach)");
    expect(index).toContain("`npx vsphere-typegen generate --out gen --types VmPoweredOnEvent`");
    // check and generate without --types keep the subset the header records.
    expect(runCli(["check", "--out", "gen"], dir).status).toBe(0);
    expect(runCli(["generate", "--out", "gen"], dir).stdout).toContain(
      `(0 written, ${SESSION_OUTPUT_FILES} unchanged, 0 removed)`,
    );
    // The subset runs: its types decode typed, a left-out event as Event with its name kept.
    for (const file of outputFiles(path.join(dir, "gen"))) {
      const text = fs.readFileSync(path.join(dir, "gen", file), "utf8");
      fs.writeFileSync(
        path.join(dir, "gen", file.replace(/\.ts$/, ".js")),
        transformSync(text, { mode: "strip-only" }).code,
      );
    }
    const event = (type: string): string =>
      JSON.stringify({
        _typeName: type,
        key: 1,
        chainId: 1,
        createdTime: "2026-12-01T10:00:00Z",
        userName: "u",
        template: false,
      });
    fs.writeFileSync(
      path.join(dir, "main.js"),
      'import { decodeEvent, decodeVmEvent, wireTypeName } from "./gen/index.js";\n' +
        "for (const [decode, text] of [[decodeEvent, process.argv[2]], [decodeEvent, process.argv[3]], [decodeVmEvent, process.argv[3]]]) {\n" +
        "  const e = decode(JSON.parse(text));\n" +
        "  console.log(e._typeName, wireTypeName(e));\n" +
        "}\n",
    );
    const run = spawnSync(process.execPath, ["main.js", event("VmPoweredOnEvent"), event("VmPoweredOffEvent")], {
      cwd: dir,
      encoding: "utf8",
    });
    expect({ stdout: run.stdout, stderr: run.stderr }).toEqual({
      stdout: "VmPoweredOnEvent VmPoweredOnEvent\nEvent VmPoweredOffEvent\nVmEvent VmPoweredOffEvent\n",
      stderr: "",
    });
  });

  test("--types all goes back to every type; the config file's types key is read; a typo is a usage error", () => {
    const dir = tempDir();
    const flags = ["--no-bundled", "--schemas", SESSION_SCHEMAS, "--out", "gen"];
    const count = (stdout: string): number => Number(/: (\d+) types from/.exec(stdout)?.[1]);
    expect(count(runCli(["generate", ...flags, "--types", "UserLogoutSessionEvent"], dir).stdout)).toBeLessThan(22);
    expect(fs.readFileSync(path.join(dir, "gen", "types.ts"), "utf8")).not.toContain(
      "interface UserLoginSessionEvent ",
    );
    expect(runCli(["generate", ...flags, "--types", "all"], dir).stdout).toContain("22 types");
    expect(fs.readFileSync(path.join(dir, "gen", "index.ts"), "utf8")).not.toContain("// Types:");
    fs.writeFileSync(
      path.join(dir, "vsphere-typegen.config.json"),
      JSON.stringify({ types: ["UserLoginSessionEvent"] }),
    );
    expect(count(runCli(["generate", ...flags], dir).stdout)).toBeLessThan(22);
    expect(fs.readFileSync(path.join(dir, "gen", "index.ts"), "utf8")).toContain("// Types: UserLoginSessionEvent ");
    expect(runCli(["generate", ...flags, "--types", "UserLogoutSesionEvent"], dir)).toEqual({
      status: 2,
      stdout: "",
      stderr:
        'vsphere-typegen: --types: no schema declares UserLogoutSesionEvent (did you mean "UserLogoutSessionEvent"?)\n',
    });
  });

  test("a recorded subset whose type is gone is a usage error that names the output's header and --types all", () => {
    const dir = tempDir();
    fs.cpSync(SESSION_SCHEMAS, path.join(dir, "s"), { recursive: true });
    const flags = ["--no-bundled", "--schemas", "s", "--out", "gen"];
    expect(runCli(["generate", ...flags, "--types", "NoAccessUserEvent"], dir).status).toBe(0);
    fs.rmSync(path.join(dir, "s", "vim25", "NoAccessUserEvent.yaml"));
    expect(runCli(["generate", ...flags], dir)).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "vsphere-typegen: the subset gen/index.ts records (--types all: every type): no schema declares NoAccessUserEvent\n",
    });
  });

  test("a config file that holds the folders and changes its types gets the new subset, and a typo there is refused", () => {
    // The command the headers show is plain `generate` either way (the config file holds the subset), so only the
    // subset itself tells the two outputs apart.
    const dir = tempDir();
    const config = (types: string[]): void =>
      fs.writeFileSync(
        path.join(dir, "vsphere-typegen.config.json"),
        JSON.stringify({ schemas: [SESSION_SCHEMAS], bundled: false, out: "gen", types }),
      );
    const count = (stdout: string): number => Number(/: (\d+) types from/.exec(stdout)?.[1]);
    config(["UserLogoutSessionEvent"]);
    const logout = count(runCli(["generate"], dir).stdout);
    config(["SessionEvent"]);
    expect(runCli(["check"], dir).status).toBe(1);
    const generated = runCli(["generate"], dir);
    expect(generated.stdout).not.toContain("0 written");
    expect(count(generated.stdout)).toBeLessThan(logout);
    expect(fs.readFileSync(path.join(dir, "gen", "index.ts"), "utf8")).toContain("// Types: SessionEvent ");
    expect(runCli(["check"], dir).status).toBe(0);
    config(["SessionEvent", "SesionEvent"]);
    for (const command of ["generate", "check"]) {
      const result = runCli([command], dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("no schema declares SesionEvent");
    }
  });
});
