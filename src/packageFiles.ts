/**
 * vsphere-typegen's own package files: where the package lives (whether running from src/ in tests or dist/src/ as
 * the CLI) and its manifest. The one place the generator finds its own templates, bundled schemas and name.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The folder holding vsphere-typegen's package files, whether running from src/ (tests) or dist/src/ (the CLI). */
export function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "templates", "core", "runtime.ts"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find templates/core/runtime.ts next to vsphere-typegen");
    dir = parent;
  }
  return dir;
}

let manifest: { readonly name: string; readonly version: string } | undefined;

/** vsphere-typegen's own package.json (name and version), read once. */
export function packageManifest(): { readonly name: string; readonly version: string } {
  manifest ??= JSON.parse(fs.readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  return manifest;
}
