// Who may import whom: the run time's core imports no wire, transport or client, no template imports a generated
// module, and the emit stage's canonical layer and plan import no wire or transport folder, so that a wire is a folder
// that can be added or removed alone.
import * as fs from "node:fs";
import * as path from "node:path";
import { modulesBelow, relativeImports } from "../support/imports";

const root = path.join(__dirname, "..", "..");

/** Each module below `dir` with the repository paths of the modules it imports (relative specifiers only). */
function importsBelow(dir: string): { module: string; imports: string[] }[] {
  return modulesBelow(path.join(root, dir)).map((file) => ({
    module: path.relative(root, file),
    imports: relativeImports(file).map((target) => path.relative(root, target)),
  }));
}

/** `module -> import` for each import of a module below `dir` that lands under one of `forbidden`. */
function crossings(dir: string, forbidden: readonly string[]): string[] {
  return importsBelow(dir).flatMap(({ module, imports }) =>
    imports.filter((i) => forbidden.some((f) => i.startsWith(`${f}/`))).map((i) => `${module} -> ${i}`),
  );
}

describe("layering", () => {
  it("templates/core/ imports no wire, transport or client, and nothing generated (but runtime.ts, which re-exports them all)", () => {
    const others = fs
      .readdirSync(path.join(root, "templates"), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== "core")
      .map((e) => `templates/${e.name}`);
    expect(others).toContain("templates/soap");
    const found = crossings("templates/core", [...others, "generated"]);
    expect(found.filter((c) => !c.startsWith("templates/core/runtime.ts ->"))).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
  });

  it("no template imports a generated module: generated code stands on the run time, not the other way round", () => {
    // The client binds to a catalogue's types through generated/client.ts (src/emit/emitClient.ts), not by importing
    // them; the copies in runtime/ have no specifier of a generated module to rewrite.
    expect(crossings("templates", ["generated"])).toEqual([]);
    const specifiers = modulesBelow(path.join(root, "templates")).flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(/from "([^"]*generated[^"]*)"/g)].map(
        (m) => `${path.relative(root, file)} -> ${m[1] ?? ""}`,
      ),
    );
    expect(specifiers).toEqual([]);
  });

  it.each(["src/emit/canonical", "src/emit/plan"])("%s/ imports no wire or transport", (dir) => {
    expect(crossings(dir, ["src/emit/dialects", "src/emit/transports"])).toEqual([]);
  });

  it("finds a crossing where there is one", () => {
    expect(crossings("src/emit/transports", ["src/emit/canonical"])).not.toEqual([]);
  });
});
