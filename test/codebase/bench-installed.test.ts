/**
 * `npm run bench` reinstalls its peers (test/bench/) only when what is installed differs from the pins: the check
 * (test/bench/installed.js) run over a folder of pins and installed manifests.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO, run, tempDir } from "../support/helpers";

const CHECK = path.join(REPO, "test", "bench", "installed.js");

/** A folder pinning `pins`, with `installed` (name to version) in its node_modules; exports maps hide package.json. */
function benchFolder(pins: Record<string, string>, installed: Record<string, string>): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ dependencies: pins }));
  for (const [name, version] of Object.entries(installed)) {
    const folder = path.join(dir, "node_modules", ...name.split("/"));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(
      path.join(folder, "package.json"),
      JSON.stringify({ name, version, exports: { ".": "./index.js" } }),
    );
  }
  return dir;
}

test("the pinned versions installed, a scoped one and one whose exports map hides package.json among them: exit 0", () => {
  const dir = benchFolder({ a: "1.0.0", "@s/b": "2.0.0" }, { a: "1.0.0", "@s/b": "2.0.0" });
  expect(run(process.execPath, [CHECK, dir], dir)).toEqual({ status: 0, stdout: "", stderr: "" });
  // The folder given relative to where the check runs.
  expect(run(process.execPath, [CHECK, path.basename(dir)], path.dirname(dir)).status).toBe(0);
});

test("another version installed, or none: exit 1", () => {
  // Exit 1 and nothing printed: the check's answer, not a crash.
  const other = benchFolder({ a: "1.0.0" }, { a: "1.0.1" });
  expect(run(process.execPath, [CHECK, other], other)).toEqual({ status: 1, stdout: "", stderr: "" });
  const missing = benchFolder({ a: "1.0.0", b: "1.0.0" }, { a: "1.0.0" });
  expect(run(process.execPath, [CHECK, missing], missing)).toEqual({ status: 1, stdout: "", stderr: "" });
});
