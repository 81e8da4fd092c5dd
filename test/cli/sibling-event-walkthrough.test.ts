/**
 * The README's "add a sibling event" walkthrough, run end to end with the real CLI in a temporary
 * project: `new`, `generate`, compile the output under the strict flags, decode the new type.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { planSchemaStub, ScaffoldError } from "../../src/scaffold/newSchema";
import { copyDir, modelOf, runCli, SESSION_SCHEMAS, tempDir, type CliResult } from "../support/helpers";

const STRICT: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  lib: ["lib.es2022.d.ts"],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noUnusedLocals: true,
  skipLibCheck: true,
};

/** Compiles `files` to `outDir`; returns the error messages. */
function compile(files: string[], outDir: string): string[] {
  const program = ts.createProgram(files, { ...STRICT, outDir });
  const emitted = program.emit();
  return [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  );
}

/**
 * The walkthrough's first command, run once for the file (it reads the whole bundled API, as generate does): a project
 * holding the stub it wrote, which each test copies, and what it printed.
 */
let stub: { project: string; created: CliResult };

beforeAll(() => {
  const project = tempDir();
  const created = runCli(
    ["new", "SessionExpiredEvent", "--extends", "SessionEvent", "--schemas", "my-schemas"],
    project,
  );
  stub = { project, created };
});

/** A project of the test's own, as the walkthrough's `new` left it. */
function stubbedProject(): string {
  const project = tempDir();
  copyDir(stub.project, project);
  return project;
}

test("a new sibling event goes from nothing to decoded in two commands", () => {
  const project = stubbedProject();
  const { created } = stub;
  expect(created.stderr).toBe("");
  expect(created.stdout).toBe(
    "vsphere-typegen: wrote my-schemas/SessionExpiredEvent.yaml (SessionExpiredEvent extends SessionEvent; --schemas); " +
      "next: npx vsphere-typegen generate --schemas my-schemas\n",
  );
  // The new type and what it reaches (--types): the README's test generates and compiles the whole API in a project
  // as its walkthrough is written; a second compile of its 32 MB here would prove nothing more.
  const generated = runCli(
    ["generate", "--schemas", "my-schemas", "--out", "src/vsphere", "--types", "SessionExpiredEvent"],
    project,
  );
  expect(generated.stderr).toBe("");
  expect(generated.stdout).toMatch(/^vsphere-typegen: \d+ types from \d+ schema files -> src\/vsphere\/ /);
  expect(fs.readFileSync(path.join(project, "src", "vsphere", "schema-files.ts"), "utf8")).toContain(
    "//   my-schemas/SessionExpiredEvent.yaml\n",
  );

  fs.writeFileSync(
    path.join(project, "src", "use.ts"),
    [
      'import { decodeEvent, isSessionExpiredEvent, type AnySessionEvent } from "./vsphere";',
      "export function expired(body: unknown): string | undefined {",
      "  const event = decodeEvent(body);",
      '  if (event._typeName === "SessionExpiredEvent") return event.userName;',
      "  return undefined;",
      "}",
      'export const inUnion: AnySessionEvent["_typeName"] = "SessionExpiredEvent";',
      "export { isSessionExpiredEvent };",
      "",
    ].join("\n"),
  );
  const out = path.join(project, "build");
  expect(compile([path.join(project, "src", "use.ts")], out)).toEqual([]);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const generatedModule = require(path.join(out, "vsphere", "index.js")) as typeof import("../../generated");
  const input = {
    _typeName: "SessionExpiredEvent",
    key: 9,
    chainId: 9,
    createdTime: "2026-11-26T10:15:30Z",
    userName: "u",
  };
  const event = generatedModule.decodeEvent(input);
  expect(event._typeName).toBe("SessionExpiredEvent");
  expect(generatedModule.wireTypeName(event)).toBe("SessionExpiredEvent");
  expect(generatedModule.decodeSessionEvent(input)).toEqual(input);
  expect(
    (generatedModule as unknown as Record<string, (v: unknown) => boolean>)["isSessionExpiredEvent"]?.(event),
  ).toBe(true);
});

test("a field added to the stub is checked after the next generate", () => {
  const project = stubbedProject();
  const file = path.join(project, "my-schemas", "SessionExpiredEvent.yaml");
  fs.appendFileSync(file, "  idleMinutes:\n    type: integer\n    format: int32\n");
  // The type alone (--types) and what it needs, as above.
  expect(
    runCli(["generate", "--schemas", "my-schemas", "--out", "gen", "--types", "SessionExpiredEvent"], project).stderr,
  ).toBe("");
  const out = path.join(project, "build");
  expect(compile([path.join(project, "gen", "index.ts")], out)).toEqual([]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const generatedModule = require(path.join(out, "index.js")) as typeof import("../../generated");
  const base = {
    _typeName: "SessionExpiredEvent",
    key: 9,
    chainId: 9,
    createdTime: "2026-11-26T10:15:30Z",
    userName: "u",
  };
  expect(() => generatedModule.decodeEvent({ ...base, idleMinutes: 30 })).not.toThrow();
  expect(() => generatedModule.decodeEvent(base)).toThrow("$.idleMinutes: required field is missing");
});

describe("new refuses what generate could not use", () => {
  test("an existing type, an unknown base, a bad name", () => {
    const project = tempDir();
    // Against the SessionEvent family alone (its own copy of SessionEvent and UserLogoutSessionEvent), not the whole
    // bundled API, which each run would read: the test above shows that new reads that. "s" first: new writes there.
    const schemas = ["--no-bundled", "--schemas", "s", "--schemas", SESSION_SCHEMAS];
    const twice = runCli(["new", "UserLogoutSessionEvent", "--extends", "SessionEvent", ...schemas], project);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(
      /^vsphere-typegen: type UserLogoutSessionEvent already exists in .*UserLogoutSessionEvent\.yaml; edit that file instead\n$/,
    );
    const unknownBase = runCli(["new", "X", "--extends", "SesionEvent", ...schemas], project);
    expect(unknownBase.status).toBe(1);
    expect(unknownBase.stderr).toContain(
      'cannot extend SesionEvent: no schema declares it (did you mean "SessionEvent"?)',
    );
    const badName = runCli(["new", "lower", "--extends", "Event", ...schemas], project);
    expect(badName.status).toBe(1);
    expect(badName.stderr).toContain('"lower" cannot be a type name');
    expect(fs.existsSync(path.join(project, "s"))).toBe(false);
    const missingBase = runCli(["new", "X"], project);
    expect(missingBase.status).not.toBe(0);
    expect(missingBase.stderr).toContain("required option '--extends <Base>' not specified");
  });

  test("without --schemas the stub goes next to its base type's schema", () => {
    const model = modelOf({ "Event.yaml": "name: Event\n" });
    const plan = planSchemaStub(model, {
      name: "MyEvent",
      base: "Event",
      targetDir: undefined,
      stubTemplate: "name: __NAME__\nextends: __BASE__\n",
    });
    expect(plan).toEqual({ file: "MyEvent.yaml", text: "name: MyEvent\nextends: Event\n" });
    expect(() =>
      planSchemaStub(model, { name: "Event", base: "Event", targetDir: undefined, stubTemplate: "" }),
    ).toThrow(ScaffoldError);
  });
});
