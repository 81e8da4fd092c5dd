/**
 * What a run takes from the run before it in the same process (`generate --watch`: src/runMemory.ts, src/emit/emitMemo.ts):
 * a run with the memory of the run before gives the same files as a run on its own, after an edit to descriptions (the
 * modules without documentation then taken whole) or to structure.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildOutput } from "../../src/pipeline";
import {
  dataDigest,
  recalled,
  undocumentedDigest,
  withoutDescriptions,
  type UndocumentedModules,
} from "../../src/emit/emitMemo";
import { withLayout } from "../../src/emit/layout";
import { runMemory, type RunMemory } from "../../src/runMemory";
import { copyDir, modelOf, SESSION_SCHEMAS, tempDir } from "../support/helpers";

const SESSION = path.join(SESSION_SCHEMAS, "vim25");

/** A copy of the session family's schemas, and a run of the pipeline over it, with a memory or on its own. */
function workspace(): { file: (name: string) => string; build: (memory?: RunMemory) => Promise<Map<string, string>> } {
  const dir = tempDir();
  const schemas = path.join(dir, "schemas");
  copyDir(SESSION, schemas);
  return {
    file: (name) => path.join(schemas, `${name}.yaml`),
    build: async (memory) => {
      const outDir = path.join(dir, "out");
      const { files } = await buildOutput({ schemaDirs: [schemas], outDir, cwd: dir, formatCache: false, memory });
      return new Map(files.map((f) => [f.path, f.text]));
    },
  };
}

function edit(file: string, from: RegExp, to: string): void {
  const text = fs.readFileSync(file, "utf8");
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${file}: ${String(from)} not found`);
  fs.writeFileSync(file, edited);
}

const changed = (a: Map<string, string>, b: Map<string, string>): string[] =>
  [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p) !== b.get(p)).sort();

describe("a run with the memory of the run before", () => {
  test("after a description edit: the files of a run on its own, the undocumented modules taken whole", async () => {
    const w = workspace();
    const memory = runMemory();
    const before = await w.build(memory);
    const undocumented = memory.undocumented?.value;
    expect(undocumented?.files.length).toBeGreaterThan(0);
    edit(w.file("SessionEvent"), /^description: .*$/m, "description: Session events, edited.");
    edit(
      w.file("UserLogoutSessionEvent"),
      /description: The unique identifier for the session\./,
      "description: The session's id, edited.",
    );
    const after = await w.build(memory);
    expect(memory.undocumented?.value).toBe(undocumented);
    expect(changed(before, after)).toEqual(["index.ts", "types.ts"]);
    expect(after.get("types.ts")).toContain("The session's id, edited.");
    expect(after.get("types.ts")).toContain("Session events, edited.");
    expect(changed(after, await w.build())).toEqual([]);
  });

  test("after a field is made required: the files of a run on its own, the decoders and guards changed too", async () => {
    const w = workspace();
    const memory = runMemory();
    const before = await w.build(memory);
    const undocumented = memory.undocumented?.value;
    edit(
      w.file("UserLogoutSessionEvent"),
      /userAgent:\n {4}type: string\n {4}optional: true/,
      "userAgent:\n    type: string",
    );
    const after = await w.build(memory);
    expect(memory.undocumented?.value).not.toBe(undocumented);
    expect(changed(before, after)).toEqual(expect.arrayContaining(["decoders-fields.ts", "guards.ts", "types.ts"]));
    expect(changed(after, await w.build())).toEqual([]);
  });
});

describe("emitMemo", () => {
  const model = modelOf({
    "Base.yaml": "name: Base\ndescription: A base.\nfields:\n  a:\n    type: string\n    description: Field a.\n",
    "Leaf.yaml":
      "name: Leaf\nextends: Base\ndescription: A leaf.\nfields:\n  b:\n    type: integer\n    format: int32\n",
  });

  test("withoutDescriptions blanks every description, in a copy", () => {
    const bare = withoutDescriptions(model);
    expect(JSON.stringify(bare).match(/"description":"[^"]+"/g)).toBeNull();
    expect(bare.byName.get("Leaf")?.allFields[0]?.doc.description).toBe("");
    expect(model.byName.get("Base")?.ownFields[0]?.doc.description).toBe("Field a.");
    expect(model.byName.get("Leaf")?.doc.description).toBe("A leaf.");
  });

  test("the digest without descriptions ignores them, not the structure or the facts", () => {
    const redocumented = modelOf({
      "Base.yaml": "name: Base\ndescription: Another.\nfields:\n  a:\n    type: string\n",
      "Leaf.yaml":
        "name: Leaf\nextends: Base\nfields:\n  b:\n    type: integer\n    format: int32\n    description: Field b.\n",
    });
    const restructured = modelOf({
      "Base.yaml": "name: Base\nfields:\n  a:\n    type: string\n    optional: true\n",
      "Leaf.yaml": "name: Leaf\nextends: Base\nfields:\n  b:\n    type: integer\n    format: int32\n",
    });
    const digest = (m: typeof model, facts: unknown = 1): string => undocumentedDigest(withoutDescriptions(m), facts);
    expect(digest(redocumented)).toBe(digest(model));
    expect(digest(restructured)).not.toBe(digest(model));
    expect(digest(model, 2)).not.toBe(digest(model));
  });

  test("recalled makes the modules again only when the digest changes, and digests nothing without a memory", () => {
    const memory = runMemory();
    let made = 0;
    const names = { moduleSpecifier: "./guards", values: [], types: [] };
    const make = (): UndocumentedModules => ({
      files: [{ path: String(++made), text: "" }],
      guards: names,
      checks: names,
    });
    const made1 = recalled(memory, () => "a", make);
    expect(recalled(memory, () => "a", make)).toBe(made1);
    expect(recalled(memory, () => "b", make)).not.toBe(made1);
    expect(made).toBe(2);
    recalled(
      undefined,
      () => {
        throw new Error("digested without a memory");
      },
      make,
    );
    expect(made).toBe(3);
  });

  test("dataDigest: none where a structure holds a function, the same for the same data and layout", () => {
    expect(dataDigest([{ kind: 1, statements: [() => "writer"] }])).toBeUndefined();
    expect(dataDigest([{ kind: 1, name: "x" }])).toBe(dataDigest([{ kind: 1, name: "x" }]));
    expect(dataDigest([{ kind: 1, name: "x" }])).not.toBe(dataDigest([{ kind: 1, name: "y" }]));
    // A declaration's layout is kept beside it (layout.ts): its source counts.
    const laidOut = withLayout({ kind: 1, name: "x" }, () => ["x"]);
    expect(dataDigest([laidOut])).not.toBe(dataDigest([{ kind: 1, name: "x" }]));
    expect(dataDigest([laidOut])).not.toBe(dataDigest([withLayout({ kind: 1, name: "x" }, () => undefined)]));
  });
});
