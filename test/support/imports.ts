/** The import graph of a source tree, read with TypeScript's pre-processor (type-only imports and re-exports too). */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

/** Every `.ts` module below `dir`, as absolute paths. */
export function modulesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(dir, f));
}

/** What `file`'s relative specifiers name, as absolute paths without an extension (other specifiers are left out). */
export function relativeImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((s) => s.startsWith("."))
    .map((s) => path.resolve(path.dirname(file), s.replace(/\.js$/, "")));
}
