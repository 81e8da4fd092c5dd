/**
 * The whole-API transcription (scripts/transcribe/vim25.ts) on an excerpt of vim25.json: one schema file per type,
 * enum and method; the since rule applied (a field that came after its type is optional); vim25's own names and
 * releases kept (`vslmVClockInfo`, `configureVcha_Task`, `2.5u2`) and accepted by the validator; the fault pair
 * VI JSON asks for; and a re-run that keeps every file already there.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { transcribeVim25, type Vim25 } from "../../scripts/transcribe/vim25";
import { BUNDLED_SCHEMAS, FIXTURES, REPO, tempDir, validateTexts } from "../support/helpers";

const excerpt = path.join(FIXTURES, "vim25-excerpt.json");
const api = JSON.parse(fs.readFileSync(excerpt, "utf8")) as Vim25;
const files = transcribeVim25(api);
const text = (file: string): string => files.find((f) => f.path === file)?.text ?? `(no ${file})`;

test("one file per type, enum and method, methods under methods/, sorted", () => {
  const methods = api.managedObjects.flatMap((mo) => mo.methods.map((m) => `methods/${m.name}.yaml`));
  expect(files.map((f) => f.path).sort()).toEqual(
    [...api.types.map((t) => `${t.name}.yaml`), ...api.enums.map((e) => `${e.name}.yaml`), ...methods].sort(),
  );
  expect(files.map((f) => f.path)).toEqual([...files.map((f) => f.path)].sort());
  expect(text("methods/TerminateSession.yaml").split("\n").slice(0, 2)).toEqual([
    "# yaml-language-server: $schema=../../schema-file.schema.json",
    "# Transcribed from vim25.json (pyVmomi 8.0.3, govmomi 9.1) by scripts/transcribe/vim25.ts.",
  ]);
});

test("the since rule: UserSession's fields from 5.1 are optional, with their since; its 2.0 fields stay required", () => {
  const session = text("UserSession.yaml");
  for (const late of ["ipAddress", "userAgent", "callCount"])
    expect(session).toMatch(new RegExp(`\\n  ${late}:\\n(    .*\\n)*?    optional: true\\n    since: "5\\.1"\\n`));
  expect(session).toMatch(/\n {2}userName:\n {4}type: string\n {4}description:/);
  expect(session).not.toMatch(/since: "2\.0"\n {4}description/);
});

test("vim25's own names and releases, and the fault pair: the types and enums validate as written", () => {
  expect(text("ActiveVMsBlockingEVC.yaml")).toContain('\nsince: "2.5u2"\n');
  expect(text("vslmVClockInfo.yaml")).toContain("\nname: vslmVClockInfo\n");
  expect(text("methods/configureVcha_Task.yaml")).toContain(
    "\nname: configureVcha_Task\non: FailoverClusterConfigurator\n",
  );
  expect(text("MethodFault.yaml")).toMatch(/\n {2}faultCause:\n {4}type: \[ MethodFault, LocalizedMethodFault \]\n/);
  const schemas = Object.fromEntries(files.filter((f) => !f.path.startsWith("methods/")).map((f) => [f.path, f.text]));
  // The one type the excerpt refers to without holding it.
  schemas["ManagedObjectReference.yaml"] = fs.readFileSync(
    path.join(BUNDLED_SCHEMAS, "vim25", "ManagedObjectReference.yaml"),
    "utf8",
  );
  const result = validateTexts(schemas);
  expect(result.ok ? [] : result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
});

test("run as a script, it writes the files that are missing and keeps the ones there", () => {
  const out = tempDir("vim25-transcription-");
  fs.writeFileSync(path.join(out, "UserSession.yaml"), "# kept by hand\n");
  const script = path.join(REPO, "dist", "scripts", "transcribe", "vim25.js");
  const said = execFileSync(process.execPath, [script, excerpt, out], { encoding: "utf8" });
  expect(said).toBe(`${files.length - 1} schema files written to ${out}; 1 existing files kept\n`);
  expect(fs.readFileSync(path.join(out, "UserSession.yaml"), "utf8")).toBe("# kept by hand\n");
  expect(fs.readFileSync(path.join(out, "methods", "configureVcha_Task.yaml"), "utf8")).toBe(
    text("methods/configureVcha_Task.yaml"),
  );
});
