/**
 * The govmomi transcription (scripts/transcribe/govmomiGo.ts) wrote the schemas/vim25 files whose provenance line
 * names govmomi 0.24.2 (the VirtualDevice subtypes, faults, ServiceContent, the property collector's and the event
 * filter's specs) and, with --methods, schemas/vim25/methods/. Run again on Debian's govmomi sources it writes them
 * byte for byte, except QueryEvents, edited by hand since; it never overwrites a file; a type govmomi lacks stops it.
 *
 * Needs golang-github-vmware-govmomi-dev, as the vcsim tests do: without it the suite is skipped with one line,
 * unless VSPHERE_TYPEGEN_REQUIRE_VCSIM is set (.ci/run installs the package), where it fails.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { schemaYaml } from "../../src/import/schemaYaml";
import {
  METHODS,
  readGoTypes,
  transcribeGo,
  transcribeGoMethod,
  type GoTypes,
} from "../../scripts/transcribe/govmomiGo";
import { BUNDLED_SCHEMAS, REPO, copyDir, run, snapshotDir, tempDir } from "../support/helpers";

const GO_TYPES = "/usr/share/gocode/src/github.com/vmware/govmomi/vim25/types";
const missing = fs.existsSync(path.join(GO_TYPES, "types.go"))
  ? undefined
  : `govmomi's vim25/types is not installed (apt-get install golang-github-vmware-govmomi-dev)`;
if (missing !== undefined && process.env["VSPHERE_TYPEGEN_REQUIRE_VCSIM"])
  throw new Error(`govmomi's sources are required here, but ${missing}`);
const describeGovmomi = missing === undefined ? describe : describe.skip;
if (missing !== undefined) test.skip(`govmomi transcription: ${missing}`, () => undefined);

/** The script as the guides run it (test/globalSetup.js builds dist/ first). */
const SCRIPT = path.join(REPO, "dist/scripts/transcribe/govmomiGo.js");
const vim25 = path.join(BUNDLED_SCHEMAS, "vim25");
const methods = path.join(vim25, "methods");
const PROVENANCE = "# Transcribed from govmomi 0.24.2 vim25/types";
/** A file this script wrote: its provenance line follows the editor's schema line. */
const transcribed = (file: string): boolean =>
  (fs.readFileSync(file, "utf8").split("\n")[1] ?? "").startsWith(PROVENANCE);
const yamlNames = (dir: string): string[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -5))
    .sort();
/** The types the soap guide says this script wrote (a few of each kind it names). */
const GUIDE_TYPES = [
  "AboutInfo",
  "EventFilterSpec",
  "EventFilterSpecByEntity",
  "EventFilterSpecByTime",
  "EventFilterSpecByUsername",
  "InvalidProperty",
  "ObjectSpec",
  "PropertyFilterSpec",
  "PropertySpec",
  "RetrieveOptions",
  "ServiceContent",
  "TraversalSpec",
  "UpdateSet",
  "VirtualDisk",
  "VirtualE1000",
  "VmConfigFault",
  "WaitOptions",
];
/** Method files edited by hand after the transcription, with what was added. */
const EDITED_METHODS: Readonly<Record<string, string>> = {
  QueryEvents: "params.eventViewSpec, from the 9.0 VI JSON document, and a comment line saying so",
};

/** Temporary folders of this suite, removed after it. */
const scratch: string[] = [];
function scratchDir(): string {
  const dir = tempDir("vsphere-typegen-govmomi-");
  scratch.push(dir);
  return dir;
}
afterAll(() => scratch.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function transcribe(...args: string[]): ReturnType<typeof run> {
  return run(process.execPath, [SCRIPT, ...args], REPO);
}

describeGovmomi("the govmomi transcription on Debian's govmomi 0.24.2", () => {
  let go: GoTypes;
  let govmomiFiles: string[];
  beforeAll(() => {
    go = readGoTypes(
      fs.readFileSync(path.join(GO_TYPES, "types.go"), "utf8"),
      fs.readFileSync(path.join(GO_TYPES, "enum.go"), "utf8"),
    );
    govmomiFiles = yamlNames(vim25).filter((n) => transcribed(path.join(vim25, `${n}.yaml`)));
  });

  /** Files this script wrote and a person edited since ("This file is the source now"), with why. */
  const HAND_EDITED: Record<string, string> = {
    AboutInfo: "patchLevel (7.0.2.0), which govmomi 0.24.2 predates, from vim25.json",
    EventFilterSpec: "delayedInit (8.0.3.0), which govmomi 0.24.2 predates, from vim25.json",
    MissingObject: "fault the fault pair, as VI JSON types it MethodFault and servers send the bare fault",
    PropertyChange: "val optional, as pyVmomi and the WSDL say; govmomi's struct lacks omitempty",
    ServiceContent: "directPathProfileManager (9.0.0.0), which govmomi 0.24.2 predates, from vim25.json",
    VirtualDisk: "vDiskVersion, virtualDiskFormat, independentFilters, guestReadOnly (7.0.2.1 to 9.0), from vim25.json",
    VirtualEthernetCard: "subnetId (9.0.0.0), which govmomi 0.24.2 predates, from vim25.json",
    VirtualVmxnet3: "uptv2Enabled (8.0.0.1) and strictLatencyConfig (8.0.3.1), from vim25.json",
  };

  test("89 committed type files carry its provenance line, the guide's types among them", () => {
    expect(govmomiFiles).toHaveLength(89);
    expect(govmomiFiles).toEqual(expect.arrayContaining(GUIDE_TYPES));
  });

  test("a few of the guide's types, into an empty folder: each file byte for byte the committed one, with what they reach", () => {
    const out = scratchDir();
    const r = transcribe(GO_TYPES, out, "VirtualDisk", "TraversalSpec", "EventFilterSpec");
    const written = yamlNames(out);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    expect(r.stdout).toBe(`${written.length} schema files written to ${out}: ${written.join(", ")}\n`);
    expect(written).toEqual([
      "Description",
      "DynamicData",
      "EventFilterSpec",
      "EventFilterSpecByEntity",
      "EventFilterSpecByTime",
      "EventFilterSpecByUsername",
      "EventFilterSpecRecursionOption",
      "ID",
      "ManagedObjectReference",
      "SelectionSpec",
      "SharesInfo",
      "SharesLevel",
      "StorageIOAllocationInfo",
      "TraversalSpec",
      "VirtualDevice",
      "VirtualDeviceBackingInfo",
      "VirtualDeviceBusSlotInfo",
      "VirtualDeviceConnectInfo",
      "VirtualDisk",
      "VirtualDiskVFlashCacheConfigInfo",
    ]);
    // The rest (Description, VirtualDevice, ...) came from the event catalogue or are hand-kept: not this script's.
    const ours = written.filter((n) => govmomiFiles.includes(n));
    expect(ours).toEqual([
      "EventFilterSpec",
      "EventFilterSpecByEntity",
      "EventFilterSpecByTime",
      "EventFilterSpecByUsername",
      "EventFilterSpecRecursionOption",
      "ID",
      "SelectionSpec",
      "StorageIOAllocationInfo",
      "TraversalSpec",
      "VirtualDisk",
      "VirtualDiskVFlashCacheConfigInfo",
    ]);
    // Each byte for byte, but those edited by hand since (HAND_EDITED), which the next test shows differ.
    for (const name of ours.filter((n) => !(n in HAND_EDITED)))
      expect([name, fs.readFileSync(path.join(out, `${name}.yaml`), "utf8")]).toEqual([
        name,
        fs.readFileSync(path.join(vim25, `${name}.yaml`), "utf8"),
      ]);
  });

  test("every type file it wrote, deleted from a copy of schemas/vim25, comes back byte for byte and nothing else changes", () => {
    const dir = scratchDir();
    copyDir(vim25, dir);
    const committed = snapshotDir(dir);
    for (const name of govmomiFiles) fs.rmSync(path.join(dir, `${name}.yaml`));
    const r = transcribe(GO_TYPES, dir, ...govmomiFiles);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    expect(r.stdout).toBe(`89 schema files written to ${dir}: ${govmomiFiles.join(", ")}\n`);
    const again = snapshotDir(dir);
    const edited = Object.keys(HAND_EDITED).map((name) => `${name}.yaml`);
    const without = (files: Record<string, string>): Record<string, string> =>
      Object.fromEntries(Object.entries(files).filter(([file]) => !edited.includes(file)));
    expect(without(again)).toEqual(without(committed));
    // A file edited by hand after its transcription differs from it, as its entry says.
    for (const file of edited) expect([file, again[file] === committed[file]]).toEqual([file, false]);
  });

  test("fields as the guide says: XML names, omitempty and pointers optional (a slice without omitempty required), slices arrays, BaseX as X, formats", () => {
    const [disk] = transcribeGo(go, ["VirtualDisk"], new Set(yamlNames(vim25).filter((n) => n !== "VirtualDisk")));
    expect(disk).toMatchObject({ kind: "type", name: "VirtualDisk", extends: "VirtualDevice", open: false });
    const fields = disk?.kind === "type" ? disk.fields : [];
    expect(fields.find((f) => f.name === "capacityInKB")).toMatchObject({
      type: "integer",
      format: "int64",
      array: false,
      optional: false,
    });
    expect(fields.find((f) => f.name === "capacityInBytes")).toMatchObject({ format: "int64", optional: true });
    expect(fields.find((f) => f.name === "iofilter")).toMatchObject({ type: "string", array: true, optional: true });
    // A slice without omitempty is a required array, as the WSDL has it (minOccurs="1"): not optional for being one.
    const [filterSpec] = transcribeGo(
      go,
      ["PropertyFilterSpec"],
      new Set(["DynamicData", "PropertySpec", "ObjectSpec"]),
    );
    expect(filterSpec?.kind === "type" ? filterSpec.fields.map((f) => [f.name, f.array, f.optional]) : []).toEqual([
      ["propSet", true, false],
      ["objectSet", true, false],
      ["reportMissingObjectsInResults", false, true],
    ]);
    expect(transcribeGoMethod(go, "TerminateSession").method.params).toMatchObject([
      { name: "sessionId", array: true, optional: false },
    ]);
    // A type govmomi subtypes is open; a BaseX interface field is typed X.
    const [spec] = transcribeGo(go, ["TraversalSpec"], new Set(["SelectionSpec", "ManagedObjectReference"]));
    const selectSet = spec?.kind === "type" ? spec.fields.find((f) => f.name === "selectSet") : undefined;
    expect(selectSet).toMatchObject({ type: "SelectionSpec", array: true, optional: true });
    expect(transcribeGo(go, ["SelectionSpec"], new Set(["DynamicData"]))).toMatchObject([
      { name: "SelectionSpec", open: true },
    ]);
    expect(transcribeGo(go, ["VirtualMachinePowerState"], new Set())).toEqual([
      {
        kind: "enum",
        name: "VirtualMachinePowerState",
        values: [{ value: "poweredOff" }, { value: "poweredOn" }, { value: "suspended" }],
      },
    ]);
  });

  test("an existing file is never overwritten, even when asked for by name", () => {
    const dir = scratchDir();
    const kept = "# kept by hand\nname: VirtualDisk\n";
    fs.writeFileSync(path.join(dir, "VirtualDisk.yaml"), kept);
    fs.writeFileSync(path.join(dir, "VirtualDevice.yaml"), "name: VirtualDevice\n");
    const r = transcribe(GO_TYPES, dir, "VirtualDisk", "VirtualE1000");
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, "VirtualDisk.yaml"), "utf8")).toBe(kept);
    expect(fs.readFileSync(path.join(dir, "VirtualDevice.yaml"), "utf8")).toBe("name: VirtualDevice\n");
    // VirtualE1000 is written, with what it reaches besides VirtualDevice.
    expect(yamlNames(dir)).toContain("VirtualE1000");
    expect(r.stdout).not.toMatch(/\bVirtualDisk\b|\bVirtualDevice\b/);
    expect(fs.readFileSync(path.join(dir, "VirtualE1000.yaml"), "utf8")).toBe(
      fs.readFileSync(path.join(vim25, "VirtualE1000.yaml"), "utf8"),
    );
  });

  /**
   * Methods added later from vim25.json (the vim25 API as data), which the govmomi transcription does not write: by
   * hand, and by its own transcription (scripts/transcribe/vim25.ts), with the provenance line each says.
   */
  const BY_HAND =
    "# Transcribed by hand from vim25.json, the vim25 API as data (pyVmomi 8.0.3's type tables, govmomi 9.1's bindings):";
  const BY_SCRIPT = "# Transcribed from vim25.json (pyVmomi 8.0.3, govmomi 9.1) by scripts/transcribe/vim25.ts.";
  const FROM_VIM25: Readonly<Record<string, string>> = {
    CancelRetrievePropertiesEx: BY_SCRIPT,
    CreateContainerView: BY_SCRIPT,
    CreateFolder: BY_SCRIPT,
    CreatePropertyCollector: BY_HAND,
    CreateSnapshot_Task: BY_SCRIPT,
    DestroyPropertyCollector: BY_HAND,
    DestroyView: BY_SCRIPT,
    Destroy_Task: BY_SCRIPT,
    ReconfigVM_Task: BY_SCRIPT,
    RemoveSnapshot_Task: BY_SCRIPT,
    Rename_Task: BY_SCRIPT,
    RevertToSnapshot_Task: BY_SCRIPT,
  };
  /** A committed method file without the `privilege:` line each was given from vim25.json after its transcription. */
  const withoutPrivilege = (text: string): string => text.replace(/^privilege: .*\n/m, "");

  test("--methods writes every committed method file byte for byte, except QueryEvents, edited by hand since", () => {
    const dir = scratchDir();
    copyDir(vim25, dir);
    fs.rmSync(path.join(dir, "methods"), { recursive: true });
    const before = snapshotDir(dir);
    const r = transcribe("--methods", GO_TYPES, dir);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    // Every type the methods reach is committed already: none is written.
    expect(r.stdout).toBe(
      `25 methods in ${path.join(dir, "methods")} (from ${GO_TYPES}); 0 types they reach written to ${dir}\n`,
    );
    const after = snapshotDir(dir);
    expect(
      Object.keys(after)
        .filter((f) => !f.startsWith("methods"))
        .sort(),
    ).toEqual(Object.keys(before).sort());
    // The committed methods are the transcribed ones and those transcribed by hand from vim25.json since.
    const names = yamlNames(methods).filter((n) => transcribed(path.join(methods, `${n}.yaml`)));
    expect(names).toEqual(Object.keys(METHODS).sort());
    expect(yamlNames(methods).filter((n) => !names.includes(n))).toEqual(Object.keys(FROM_VIM25));
    for (const [n, provenance] of Object.entries(FROM_VIM25))
      expect(fs.readFileSync(path.join(methods, `${n}.yaml`), "utf8").split("\n")[1]).toBe(provenance);
    expect(yamlNames(path.join(dir, "methods"))).toEqual(names);
    const differing = names.filter(
      (n) =>
        fs.readFileSync(path.join(dir, "methods", `${n}.yaml`), "utf8") !==
        withoutPrivilege(fs.readFileSync(path.join(methods, `${n}.yaml`), "utf8")),
    );
    expect(differing).toEqual(Object.keys(EDITED_METHODS));
  });

  test("QueryEvents as transcribed is the committed file without its hand-added eventViewSpec", () => {
    const committed = parse(fs.readFileSync(path.join(methods, "QueryEvents.yaml"), "utf8")) as {
      params: Record<string, unknown>;
    };
    expect(Object.keys(committed.params)).toEqual(["filter", "eventViewSpec"]);
    const { eventViewSpec: _added, ...owned } = committed.params;
    const { method, reached } = transcribeGoMethod(go, "QueryEvents");
    expect(method).toEqual({
      kind: "method",
      name: "QueryEvents",
      on: "EventManager",
      params: [{ name: "filter", type: "EventFilterSpec", format: undefined, array: false, optional: false }],
      returns: { type: "Event", format: undefined, array: true, optional: true },
      faults: [],
    });
    expect(reached).toEqual(["EventFilterSpec", "Event"]);
    const { privilege: _given, ...transcribed } = { ...committed, params: owned } as Record<string, unknown>;
    expect(parse(schemaYaml(method, []))).toEqual(transcribed);
  });

  test("--methods overwrites no method or type file that exists", () => {
    const dir = scratchDir();
    copyDir(vim25, dir);
    fs.writeFileSync(path.join(dir, "methods", "Login.yaml"), "name: Login\n");
    const before = snapshotDir(dir);
    const r = transcribe("--methods", GO_TYPES, dir);
    expect(r.status).toBe(0);
    expect(snapshotDir(dir)).toEqual(before);
  });

  test("PowerOnVM_Task: the request struct without _Task, the faults from METHODS", () => {
    const { method, reached } = transcribeGoMethod(go, "PowerOnVM_Task");
    expect(method.params.map((p) => [p.name, p.type, p.optional])).toEqual([["host", "ManagedObjectReference", true]]);
    expect(method.returns).toMatchObject({ type: "ManagedObjectReference", array: false, optional: false });
    expect(method.faults).toEqual(METHODS["PowerOnVM_Task"]?.faults);
    expect(reached).toEqual([
      ...(METHODS["PowerOnVM_Task"]?.faults ?? []),
      "ManagedObjectReference",
      "ManagedObjectReference",
    ]);
  });

  test("a type govmomi does not have is an error, and nothing is written", () => {
    expect(() => transcribeGo(go, ["NoSuchType"], new Set())).toThrow(
      "NoSuchType is neither a struct of types.go nor an enum of enum.go",
    );
    const dir = scratchDir();
    const r = transcribe(GO_TYPES, dir, "VirtualDisk", "NoSuchType");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Error: NoSuchType is neither a struct of types.go nor an enum of enum.go");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("a method without a METHODS entry is an error", () => {
    expect(() => transcribeGoMethod(go, "CreateVM_Task")).toThrow(
      "CreateVM_Task: no METHODS entry, or no request or response struct in types.go",
    );
  });

  test("without a type to transcribe, it prints its usage and exits 2", () => {
    const dir = scratchDir();
    expect(transcribe(GO_TYPES, dir)).toEqual({
      status: 2,
      stdout: "",
      stderr: "usage: govmomiGo <govmomi vim25/types folder> <schema folder> <Type>...\n",
    });
    expect(transcribe("--methods", GO_TYPES)).toEqual({
      status: 2,
      stdout: "",
      stderr: "usage: govmomiGo --methods <govmomi vim25/types folder> <schema folder>\n",
    });
  });
});
