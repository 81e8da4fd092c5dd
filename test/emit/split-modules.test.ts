/**
 * A large output split by family (src/emit/families.ts, splitModule.ts), on a synthetic schema set past the limit:
 * each type's code is in its family's part, the modules it split re-export exactly what they exported, and the parts,
 * which import each other, load in any order: each module imported first, in a fresh worker, as Node's type
 * stripping runs the output, then every type decodes, encodes and goes through the SOAP wire.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { transformSync } from "amaro";
import { emitFiles } from "../../src/emit/emitFiles";
import { familiesOf, MODULE_LIMIT, SPLIT_MIN_TYPES, wordsOf } from "../../src/emit/families";
import { SHARED_PART, splitModule } from "../../src/emit/splitModule";
import type { ImportCandidates } from "../../src/emit/print";
import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import { readTemplates } from "../../src/load/readTemplates";
import { runMemory } from "../../src/runMemory";
import type { FieldType, Model } from "../../src/model/ir";
import { DEFAULT_OPTIONS } from "../../src/options";
import { PRINT_WIDTH } from "../../src/printWidth";
import { loadModel } from "../../src/pipeline";
import { GOLDEN_OUTPUTS, modelOf, outputFiles, REPO, tempDir } from "../support/helpers";

/** The synthetic set's names: a family of more than 250 (`Host`), word families, and names of small families. */
function typeName(i: number): string {
  if (i < 60) return `HostNetT${i}`; // host-net: a second word of its own
  if (i < 400) return `Host${String.fromCharCode(65 + (i % 26))}qT${i}`; // too many for `host`: by initial ranges
  if (i < 460) return `VmT${i}`; // a word family
  return `${String.fromCharCode(65 + (i % 26))}${"abcdefghij"[i % 10] ?? "a"}xT${i}`; // by initial letter
}

const COUNT = SPLIT_MIN_TYPES + 40;
const FORMATS = ["string", "boolean", "int32", "int64", "double", "date-time"] as const;

/** The type at position `p` of the inheritance tree: names spread over the positions, so families mix in it. */
const at = (p: number): string => typeName((p * 389) % COUNT);

/**
 * Schema files: a tree (half the positions extend the one an eighth of the way up, so the upper types have family
 * tables that hold the tables of subtypes in other parts), fields of every format, references, enums.
 */
function schemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let p = 0; p < COUNT; p++) {
    const name = at(p);
    const base = p > 0 && p % 2 === 0 ? at(Math.floor(p / 8)) : undefined;
    const format = FORMATS[p % FORMATS.length] ?? "string";
    const type = { "date-time": "string", double: "number", int32: "integer", int64: "integer" }[format as string];
    const lines = [`name: ${name}`, ...(base === undefined ? [] : [`extends: ${base}`]), "description: Synthetic."];
    lines.push(
      "fields:",
      `  f${p}a:`,
      `    type: ${type ?? format}`,
      ...(type === undefined ? [] : [`    format: ${format}`]),
    );
    if (p > 0) lines.push(`  f${p}b:`, `    type: ${at((p * 7) % p)}`, "    optional: true");
    if (p % 5 === 0) lines.push(`  f${p}c:`, `    type: Kind${p % 20}`, "    array: true");
    files[`${name}.yaml`] = `${lines.join("\n")}\n`;
  }
  for (let k = 0; k < 20; k++)
    files[`Kind${k}.yaml`] = `name: Kind${k}\ndescription: An enum.\nenum:\n  - one\n  - two\n`;
  return files;
}

/** A valid VI JSON value of `type`: every required field set, optional ones left out. */
function sample(model: Model, name: string): Record<string, unknown> {
  const type = model.byName.get(name);
  if (type === undefined) throw new Error(name);
  const value: Record<string, unknown> = { _typeName: name };
  const of = (t: FieldType): unknown => {
    if (t.kind === "enum") return "two";
    if (t.kind === "object") return sample(model, t.typeName);
    if (t.kind !== "primitive") return null;
    return { string: "s", boolean: true, int32: 7, int64: 9, double: 1.5, "date-time": "2026-01-02T03:04:05Z" }[
      t.format as string
    ];
  };
  for (const field of type.allFields.filter((f) => !f.optional))
    value[field.name] = field.array ? [of(field.type)] : of(field.type);
  return value;
}

const model = modelOf(schemaFiles());
const families = familiesOf([...model.types.map((t) => t.name), ...model.enums.map((e) => e.name)]);
const OPTIONS = {
  sourceName: (file: string) => file,
  regenerate: "npx vsphere-typegen generate",
  templates: readTemplates(),
  code: { ...DEFAULT_OPTIONS, importExtension: ".js" as const },
};
// Emitted with a memory, which the memory test below continues from (a run gives the same files with one or without).
const memory = runMemory();
const files = emitFiles(model, { ...OPTIONS, memory });
const byPath = new Map(files.map((f) => [f.path, f.text]));

test("the synthetic set has families of every kind: words, a word split one further, initial ranges, letters", () => {
  const keys = families.all.map((f) => f.key);
  expect(keys).toEqual(expect.arrayContaining(["host-net", "vm", "a", "z"]));
  expect(keys.filter((k) => /^host-[a-z]-[a-z]$/.test(k)).length).toBeGreaterThan(1);
  expect(wordsOf("HostVirtualNicSpec")).toEqual(["Host", "Virtual", "Nic", "Spec"]);
  expect(wordsOf("VStorageObject")).toEqual(["V", "Storage", "Object"]);
});

test("each type's guard, checks, govmomi reader and interface are in its family's part", () => {
  for (const type of model.types) {
    const family = families.of.get(type.name);
    expect(byPath.get(`guards/${family}.ts`)).toContain(`export function is${type.name}(`);
    expect(byPath.get(`types/${family}.ts`)).toMatch(new RegExp(`export (interface|type) ${type.name}\\b`));
    expect(byPath.get(`govmomi-decoders/${family}.ts`)).toContain(`export function gmExact$${type.name}(`);
    expect(byPath.get(`soap/${family}.ts`)).toContain(`t.set(${JSON.stringify(type.name)}, `);
    expect(byPath.get(`decoders/${family}.ts`)).toContain(`export const decode${type.name}: rt.Decoder<`);
  }
});

test("a type alias moved to its family's part keeps its emitter's layout: prettier is not given it", () => {
  // Printed, not formatted: a union too long for a line is one member a line only where the emitter laid it out.
  const aliases = [...byPath]
    .filter(([file]) => file.startsWith("types/"))
    .flatMap(([, text]) => text.split("\n").filter((l) => l.startsWith("export type ")));
  expect(aliases.filter((l) => l.endsWith("=")).length).toBeGreaterThan(0);
  expect(aliases.filter((l) => l.length > PRINT_WIDTH)).toEqual([]);
});

test("a split module re-exports what it exported and declares nothing itself", () => {
  for (const module of ["guards", "types", "encoders", "decoders-dispatch", "decoders-fields", "govmomi-decoders"]) {
    const text = byPath.get(`${module}.ts`) ?? "";
    const body = text.split("\n").filter((l) => !l.startsWith("//") && l.trim() !== "");
    expect(body.filter((l) => /^(export )?(function|const|let|interface|type) (?!\{)/.test(l))).toEqual([]);
    expect(text).toContain(`from "./${module}/${SHARED_PART}.js"`);
  }
  // The public names of guards.ts: one isT per type, re-exported; no internal helper ($) among them.
  const reExported = [...(byPath.get("guards.ts") ?? "").matchAll(/^export (?:type )?\{([^}]*)\}/gm)].flatMap((m) =>
    (m[1] ?? "").split(",").map((n) => n.trim()),
  );
  expect(reExported.filter((n) => n.includes("$"))).toEqual([]);
  for (const type of model.types) expect(reExported).toContain(`is${type.name}`);
});

/** The output as Node runs it with its types stripped, in a folder of its own. */
function strippedOutput(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  for (const file of files) {
    const target = path.join(dir, file.path.replace(/\.ts$/, ".js"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, transformSync(file.text, { mode: "strip-only" }).code);
  }
  return dir;
}

/** Imports `first`, then the index, in a worker of its own, and round-trips each sample through every wire. */
function loadFirst(dir: string, first: string, samples: Record<string, unknown>[]): Promise<string> {
  const code = `
    const { workerData, parentPort } = require("node:worker_threads");
    (async () => {
      try {
        await import(workerData.first);
        const index = await import(workerData.index);
        const failures = [];
        for (const value of workerData.samples) {
          const name = value._typeName;
          const decoded = index["decode" + name](value);
          const json = JSON.stringify(index["encode" + name](decoded));
          const soap = index.decodeSoap(name, index.encodeSoap(name, decoded));
          const gm = index.decodeGovmomi(name, index.encodeGovmomi(decoded));
          if (!index["is" + name](value) || json !== JSON.stringify(value) || JSON.stringify(soap) !== JSON.stringify(decoded) || JSON.stringify(gm) !== JSON.stringify(decoded))
            failures.push(name);
        }
        parentPort.postMessage(failures.length === 0 ? "ok" : "round trips differ: " + failures.slice(0, 5).join(", "));
      } catch (error) {
        parentPort.postMessage(String((error && error.stack) || error).split("\\n").slice(0, 3).join(" | "));
      }
    })();`;
  return new Promise((resolve) => {
    const worker = new Worker(code, {
      eval: true,
      workerData: {
        first: `file://${path.join(dir, first)}`,
        index: `file://${path.join(dir, "index.js")}`,
        samples,
      },
    });
    worker.once("message", (m: string) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once("error", (e) => resolve(String(e)));
  });
}

test("every kind's module, its shared part and a family's part load first, and then every type round-trips on every wire", async () => {
  const dir = strippedOutput();
  const samples = model.types.filter((_, i) => i % 9 === 0).map((t) => sample(model, t.name));
  const split = files.map((f) => f.path).filter((p) => p.endsWith(`/${SHARED_PART}.ts`));
  expect(split.length).toBeGreaterThanOrEqual(7);
  const firsts = split.flatMap((shared) => {
    const module = shared.slice(0, shared.indexOf("/"));
    return [`${module}.ts`, shared, `${module}/host-net.ts`, `${module}/vm.ts`].filter((p) => byPath.has(p));
  });
  firsts.push("decoders.ts", "decoders/host-net.ts", "decoders/vm.ts", "methods.ts");
  const results = await Promise.all(
    firsts.map(async (p) => [p, await loadFirst(dir, p.replace(/\.ts$/, ".js"), samples)]),
  );
  expect(results.filter(([, r]) => r !== "ok")).toEqual([]);
  expect(results.length).toBeGreaterThan(20);
}, 120_000);

/** A function statement of the split tests' small modules. */
const fn = (name: string, body: string): StatementStructures => ({
  kind: StructureKind.Function,
  name,
  statements: [body],
});

/** A constant statement of the split tests' small modules. */
const constant = (name: string, initializer: string): StatementStructures => ({
  kind: StructureKind.VariableStatement,
  declarationKind: VariableDeclarationKind.Const,
  declarations: [{ name, initializer }],
});

test("a constant stays shared when making it reads a constant, directly or through a function it calls", () => {
  const plan = {
    families: familiesOf(["Alpha", "Beta"]),
    owners: new Map([
      ["decodeAlpha", "Alpha"],
      ["encodeAlpha", "Alpha"],
      ["isAlpha", "Alpha"],
      ["isBeta", "Beta"],
      ["tableBeta", "Beta"],
    ]),
    rebase: (c: ImportCandidates) => c,
    partSpecifier: (_: string, part: string) => `./${part}`,
  };
  const parts = splitModule(
    {
      path: "m.ts",
      what: "M.",
      body: [
        constant("defaults$", "{ a: 1 }"),
        fn("decoder$", "return defaults$;"),
        fn("isAlpha", "return true;"),
        // Reads defaults$ while it is made: shared, since the shared part reads a family's name (all$, isBeta).
        constant("decodeAlpha", "decoder$()"),
        constant("encodeAlpha", "isAlpha"), // a function, hoisted: Alpha's
        constant("tableBeta", "[isBeta]"),
        constant("all$", "[tableBeta]"), // shared, and it reads tableBeta while made: tableBeta is shared too
        fn("isBeta", "return true;"),
        ...Array.from({ length: 20 }, (_, i) => fn(`fieldsOk$${i % 2 === 0 ? "Alpha" : "Beta"}`, "return 1;")),
      ],
      imports: [],
    },
    plan,
  );
  const where = (name: string): string | undefined =>
    parts.find(
      (p) =>
        p.body.some((s) => "name" in s && s.name === name) ||
        p.body.some((s) => s.kind === StructureKind.VariableStatement && s.declarations.some((d) => d.name === name)),
    )?.path;
  expect(where("decodeAlpha")).toBe(`m/${SHARED_PART}.ts`);
  expect(where("tableBeta")).toBe(`m/${SHARED_PART}.ts`);
  expect(where("encodeAlpha")).toBe("m/a.ts");
  expect(where("isAlpha")).toBe("m/a.ts");
  expect(where("isBeta")).toBe("m/b.ts");
});

test("a constant that reads only shared constants goes to its family when the shared part reads nothing of the families'", () => {
  const plan = {
    families: familiesOf(["Alpha", "Beta"]),
    owners: new Map([
      ["decodeAlpha", "Alpha"],
      ["decodeBeta", "Beta"],
      ["tableBeta", "Beta"],
      ["otherBeta", "Beta"],
      ["crossAlpha", "Alpha"],
      ["calledAlpha", "Alpha"],
    ]),
    rebase: (c: ImportCandidates) => c,
    partSpecifier: (_: string, part: string) => `./${part}`,
  };
  const owned = Array.from({ length: 20 }, (_, i) => fn(`fieldsOk$${i % 2 === 0 ? "Alpha" : "Beta"}`, "return 1;"));
  const split = (extra: StatementStructures[]) => {
    const parts = splitModule(
      {
        path: "m.ts",
        what: "M.",
        body: [
          constant("defaults$", "{ a: 1 }"),
          constant("made$", "make()"),
          fn("decoder$", "return defaults$;"),
          constant("decodeAlpha", "decoder$(fieldsOk$Alpha)"), // reads a shared constant, through decoder$
          constant("tableBeta", "[1]"),
          constant("decodeBeta", "decoder$(tableBeta)"), // and its own family's
          constant("otherBeta", "[2]"),
          constant("crossAlpha", "[otherBeta]"), // another family's: shared
          constant("calledAlpha", "made$()"), // calls a constant, whose body is not looked into: shared
          ...extra,
          ...owned,
        ],
        imports: [],
      },
      plan,
    );
    return (name: string): string | undefined =>
      parts.find((p) =>
        p.body.some(
          (s) =>
            ("name" in s && s.name === name) ||
            (s.kind === StructureKind.VariableStatement && s.declarations[0]?.name === name),
        ),
      )?.path;
  };
  const shared = `m/${SHARED_PART}.ts`;
  const where = split([]);
  expect([where("defaults$"), where("made$"), where("decoder$")]).toEqual([shared, shared, shared]);
  expect([where("decodeAlpha"), where("decodeBeta"), where("tableBeta")]).toEqual(["m/a.ts", "m/b.ts", "m/b.ts"]);
  expect([where("crossAlpha"), where("calledAlpha")]).toEqual([shared, shared]);
  // crossAlpha, shared, reads otherBeta while _shared loads: otherBeta is shared too.
  expect(where("otherBeta")).toBe(shared);
  // A shared statement that reads a family's name makes _shared import that part: the parts would load in a cycle,
  // so every constant that reads a constant is shared, as before.
  const cyclic = split([fn("any$", "return fieldsOk$Beta;")]);
  expect([cyclic("decodeAlpha"), cyclic("decodeBeta")]).toEqual([shared, shared]);
});

test("the catalogue's decoders, split by their budget, load part first: each family's entry points beside it", async () => {
  const catalogue = path.join(REPO, "test", "catalogue");
  const decoders = outputFiles(path.join(catalogue, "decoders"));
  // decodeEventStream and decodeEvent are Event's (the shared part reads nothing of the families').
  const shared = fs.readFileSync(path.join(catalogue, "decoders", `${SHARED_PART}.ts`), "utf8");
  expect(shared).not.toMatch(/export (const|function) (decode|parse)Event/);
  expect(decoders.length).toBeGreaterThan(10);
  // The catalogue and the run time it imports (generated/runtime), their types stripped, as Node runs them.
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  for (const [from, to] of [
    [catalogue, path.join(dir, "test", "catalogue")],
    [path.join(REPO, "generated", "runtime"), path.join(dir, "generated", "runtime")],
  ] as const)
    for (const file of outputFiles(from)) {
      const target = path.join(to, file.replace(/\.ts$/, ".js"));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(
        target,
        transformSync(fs.readFileSync(path.join(from, file), "utf8"), { mode: "strip-only" }).code,
      );
    }
  const out = path.join(dir, "test", "catalogue");
  const catalogueModel = loadModel({ schemaDirs: [path.join(REPO, "schemas", "vim25")], outDir: catalogue });
  const samples = ["VmPoweredOnEvent", "UserLogoutSessionEvent", "AboutInfo", "ManagedObjectReference"].map((t) =>
    sample(catalogueModel, t),
  );
  const firsts = [`decoders/${SHARED_PART}.js`, "decoders/e.js", "decoders/vm.js", "decoders/a.js", "decoders.js"];
  const results = await Promise.all(firsts.map(async (p) => [p, await loadFirst(out, p, samples)]));
  expect(results).toEqual(firsts.map((p) => [p, "ok"]));
}, 120_000);

test("no committed output has a module over MODULE_LIMIT: the whole API's, the catalogue's and the goldens'", () => {
  const over = ["generated", "test/catalogue", ...GOLDEN_OUTPUTS]
    .flatMap((dir) => outputFiles(path.join(REPO, dir)).map((f) => path.join(dir, f)))
    .filter((file) => file.endsWith(".ts") && fs.statSync(path.join(REPO, file)).size > MODULE_LIMIT);
  expect(over).toEqual([]);
});

test("split, an emit with the memory of the run before gives what an emit on its own gives after a description edit", () => {
  const taken = memory.undocumented?.value;
  // One type's description: only the interfaces' part of its family changes.
  const edited = Object.fromEntries(
    Object.entries(schemaFiles()).map(([file, text]) => [
      file,
      file === `${at(3)}.yaml` ? text.replace("description: Synthetic.", "description: Edited.") : text,
    ]),
  );
  const remembered = emitFiles(modelOf(edited), { ...OPTIONS, memory });
  expect(memory.undocumented?.value).toBe(taken);
  const alone = emitFiles(modelOf(edited), OPTIONS);
  expect(remembered.map((f) => [f.path, f.text])).toEqual(alone.map((f) => [f.path, f.text]));
  const changed = alone.filter((f) => byPath.get(f.path) !== f.text).map((f) => f.path);
  expect(changed).toEqual([`types/${families.of.get(at(3)) ?? ""}.ts`]);
});
