/**
 * The whole-API transcription (scripts/transcribe/vim25.ts) on an excerpt of vim25.json: one schema file per type,
 * enum, managed object type and method, or (`--only`) what a few names need; the since rule applied (a field that came after its type is optional); vim25's own names and
 * releases kept (`vslmVClockInfo`, `configureVcha_Task`, `2.5u2`) and accepted by the validator; the fault pair
 * VI JSON asks for; and a re-run that keeps every file already there.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { methodText, transcribeVim25, typeText, type Vim25, type Vim25Type } from "../../scripts/transcribe/vim25";
import { BUNDLED_SCHEMAS, FIXTURES, REPO, tempDir, validateTexts } from "../support/helpers";

const excerpt = path.join(FIXTURES, "vim25-excerpt.json");
const api = JSON.parse(fs.readFileSync(excerpt, "utf8")) as Vim25;
const files = transcribeVim25(api);
const text = (file: string): string => files.find((f) => f.path === file)?.text ?? `(no ${file})`;

test("one file per type, enum, managed object type and method, under managed/ and methods/, sorted", () => {
  const methods = api.managedObjects.flatMap((mo) => mo.methods.map((m) => `methods/${m.name}.yaml`));
  const objects = api.managedObjects.map((mo) => `managed/${mo.name}.yaml`);
  expect(files.map((f) => f.path).sort()).toEqual(
    [
      ...api.types.map((t) => `${t.name}.yaml`),
      ...api.enums.map((e) => `${e.name}.yaml`),
      ...objects,
      ...methods,
    ].sort(),
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
  // Without the managed object types, whose methods the excerpt holds only some of the types for.
  const schemas = Object.fromEntries(
    files.filter((f) => !/^(methods|managed)\//.test(f.path)).map((f) => [f.path, f.text]),
  );
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

test("a managed object type: its release and its properties, written as fields are, required ones kept required", () => {
  expect(text("managed/SessionManager.yaml")).toMatch(
    /\nname: SessionManager\nsince: "2\.0"\nproperties:\n {2}sessionList:\n {4}type: UserSession\n {4}array: true\n {4}optional: true\n/,
  );
  // A required property stays required: an older server faults on a read of it rather than leaving it out.
  expect(text("managed/SessionManager.yaml")).toMatch(/\n {2}defaultLocale:\n {4}type: string\n(?! {4}optional)/);
  expect(text("managed/FailoverClusterConfigurator.yaml")).toContain(
    "\nproperties:\n  disabledConfigureMethod:\n    type: string\n    array: true\n    optional: true\n",
  );
});

test("--only: the names given and what they need to validate, no more", () => {
  const only = transcribeVim25(api, ["TerminateSession"]).map((f) => f.path);
  // The method, the managed object type it is called on, the fault it documents, the types of its parameters and the
  // object's properties (UserSession), and what those need: bases and the types of their fields.
  expect(only).toEqual([
    "DynamicData.yaml",
    "DynamicProperty.yaml",
    "KeyAnyValue.yaml",
    "LocalizableMessage.yaml",
    "LocalizedMethodFault.yaml",
    "MethodFault.yaml",
    "NotFound.yaml",
    "UserSession.yaml",
    "VimFault.yaml",
    "managed/SessionManager.yaml",
    "methods/TerminateSession.yaml",
  ]);
  const schemas = Object.fromEntries(transcribeVim25(api, ["TerminateSession"]).map((f) => [f.path, f.text]));
  const result = validateTexts(schemas);
  expect(result.ok ? [] : result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
  // A fault brings its base chain and its fields' types, not its subtypes.
  expect(transcribeVim25(api, ["EVCConfigFault"]).map((f) => f.path)).toEqual([
    "DynamicData.yaml",
    "DynamicProperty.yaml",
    "EVCConfigFault.yaml",
    "KeyAnyValue.yaml",
    "LocalizableMessage.yaml",
    "LocalizedMethodFault.yaml",
    "MethodFault.yaml",
    "VimFault.yaml",
  ]);
});

test("the fault pair on every LocalizedMethodFault slot, a govmomi-only one without a VMODL type too", () => {
  // DirectPathProfileManagerCapacityUnknown.faultList as vim25.json has it (govmomi 9.0 only: no vmodlType).
  const capacityUnknown: Vim25Type = {
    name: "DirectPathProfileManagerCapacityUnknown",
    base: "DirectPathProfileManagerCapacityResult",
    since: "9.0.0.0",
    hasSubtypes: false,
    isFault: false,
    fields: [
      {
        name: "faultList",
        type: "LocalizedMethodFault",
        array: true,
        optional: true,
        kind: "object",
        since: "9.0.0.0",
      },
    ],
  };
  expect(typeText(capacityUnknown).fields).toMatchObject([
    { name: "faultList", type: ["MethodFault", "LocalizedMethodFault"], array: true, optional: true },
  ]);
  // The wrapper's own fault is typed MethodFault: it stays so, never a wrapper in a wrapper.
  const wrapper = api.types.find((t) => t.name === "LocalizedMethodFault");
  expect(wrapper === undefined ? undefined : typeText(wrapper).fields[0]).toMatchObject({
    name: "fault",
    type: "MethodFault",
  });
  // Every LocalizedMethodFault field, parameter and result of the excerpt lists the pair.
  const slots = [
    ...api.types.flatMap((t) => typeText(t).fields),
    ...api.managedObjects.flatMap((mo) =>
      mo.methods.flatMap((m) => {
        const method = methodText(mo.name, m);
        return [...method.params, method.returns, method.taskResult];
      }),
    ),
  ];
  expect(slots.filter((f) => f?.type === "LocalizedMethodFault")).toEqual([]);
});
