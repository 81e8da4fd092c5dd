/**
 * A method whose return value may be one of several types (vim25's QueryFaultToleranceCompatibility returns a
 * MethodFault or its LocalizedMethodFault wrapper): its entry in the method table checks the value with the public
 * guards of those types (the list's own guard is private to guards.ts), and the output compiles under the strict
 * flags. Found by generating the whole vim25 API, where three methods return such a list.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { buildOutput } from "../../src/pipeline";
import { outputFiles, tempDir } from "../support/helpers";
import { STRICT } from "../support/strict";

const SCHEMAS: Record<string, string> = {
  "DynamicData.yaml": "name: DynamicData\nsubtypes: open\n",
  "ManagedObjectReference.yaml":
    "name: ManagedObjectReference\nfields:\n  type:\n    type: string\n  value:\n    type: string\n",
  "MethodFault.yaml": "name: MethodFault\nextends: DynamicData\nsubtypes: open\n",
  "LocalizedMethodFault.yaml":
    "name: LocalizedMethodFault\nextends: DynamicData\nfields:\n  fault:\n    type: MethodFault\n  localizedMessage:\n    type: string\n    optional: true\n",
  "QueryCompatibility.yaml":
    "name: QueryCompatibility\non: VirtualMachine\nreturns:\n  type: [ MethodFault, LocalizedMethodFault ]\n  array: true\n  optional: true\n",
};

test("a method returning one of several types: its guard is the types' public guards, and the output compiles", async () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, "schemas"));
  for (const [name, text] of Object.entries(SCHEMAS)) fs.writeFileSync(path.join(dir, "schemas", name), text);
  const out = path.join(dir, "out");
  const { files } = await buildOutput({ schemaDirs: [path.join(dir, "schemas")], outDir: out });
  fs.mkdirSync(path.join(out, "runtime"), { recursive: true });
  for (const file of files) fs.writeFileSync(path.join(out, file.path), file.text);
  const methods = fs.readFileSync(path.join(out, "methods.ts"), "utf8");
  expect(methods).toContain("is: (v: unknown): boolean => isMethodFault(v) || isLocalizedMethodFault(v),");
  const program = ts.createProgram(
    outputFiles(out).map((f) => path.join(out, f)),
    STRICT,
  );
  const errors = ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${path.basename(d.file?.fileName ?? "")}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  expect(errors).toEqual([]);
}, 60_000);
