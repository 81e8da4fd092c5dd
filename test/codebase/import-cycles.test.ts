// No module of the generator (src/) or of the run time (templates/) imports itself back through others: each import
// graph is read with TypeScript's own pre-processor (type-only imports and re-exports included) and searched for
// strongly connected components.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { modulesBelow, relativeImports } from "../support/imports";

const root = path.join(__dirname, "..", "..");

/** The module files a module imports (relative specifiers that name a file of the tree; others are left out). */
function importsOf(file: string): string[] {
  return relativeImports(file).flatMap((base) =>
    [`${base}.ts`, path.join(base, "index.ts")].filter((f) => fs.existsSync(f)).slice(0, 1),
  );
}

/** The groups of modules that reach one another (Tarjan's algorithm), each sorted; single modules only with a self-import. */
function importCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack.delete(w);
      group.push(w);
    }
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(group.sort());
  };
  for (const f of graph.keys()) if (!index.has(f)) visit(f);
  return cycles;
}

describe("import cycles", () => {
  it.each(["src", "templates"])("%s/ has none", (dir) => {
    const cycles = importCycles(modulesBelow(path.join(root, dir)));
    expect(cycles.map((c) => c.map((f) => path.relative(root, f)).join(" <-> "))).toEqual([]);
  });

  it("are found when two modules import each other", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cycles-"));
    fs.writeFileSync(path.join(dir, "a.ts"), 'import { b } from "./b";\nexport const a = () => b;\n');
    fs.writeFileSync(
      path.join(dir, "b.ts"),
      'import type { a } from "./a.js";\nexport const b = 1 as unknown as typeof a;\n',
    );
    fs.writeFileSync(path.join(dir, "c.ts"), 'import { a } from "./a";\nexport const c = a;\n');
    expect(importCycles(modulesBelow(dir)).map((c) => c.map((f) => path.basename(f)))).toEqual([["a.ts", "b.ts"]]);
    fs.rmSync(dir, { recursive: true });
  });
});
