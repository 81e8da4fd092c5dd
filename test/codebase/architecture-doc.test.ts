// docs/guide/architecture.md is the map of the code: every folder of src/, scripts/ and templates/ is named there, by
// its path or, below a folder the page names, by its own name (`govmomi/` under `src/emit/dialects/`).
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..");
const page = fs.readFileSync(path.join(root, "docs", "guide", "architecture.md"), "utf8");

function foldersBelow(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const folder = `${dir}/${e.name}`;
      return [folder, ...foldersBelow(folder)];
    });
}

/** Whether the page names `folder`: its path in backquotes, or its name below its parent's path. */
function named(folder: string): boolean {
  if (page.includes(`\`${folder}/\``)) return true;
  const parent = path.posix.dirname(folder);
  return page.includes(`\`${parent}/\``) && page.includes(`\`${path.posix.basename(folder)}/\``);
}

describe("the architecture guide", () => {
  const folders = ["src", "scripts", "templates"].flatMap(foldersBelow);

  it("sees the tree it checks", () => {
    expect(folders).toEqual(expect.arrayContaining(["src/emit/canonical", "templates/core", "scripts/transcribe"]));
  });

  it("names every folder of src/, scripts/ and templates/", () => {
    expect(folders.filter((f) => !named(f))).toEqual([]);
  });

  it("names no folder that is gone", () => {
    const mentioned = [...page.matchAll(/`((?:src|scripts|templates)\/[\w/-]+)\/`/g)].map((m) => m[1] ?? "");
    expect(mentioned.filter((f) => !fs.existsSync(path.join(root, f)))).toEqual([]);
  });
});
