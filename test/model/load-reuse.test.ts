/**
 * A process that loads the schemas again (`--watch`) parses only the files whose text changed: the others' parses
 * are the last load's, and a changed file is read as it is now, problems and all.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadSchemas } from "../../src/load/loadSchemas";
import { copyDir, SESSION_SCHEMAS, tempDir } from "../support/helpers";

test("a second load reuses the unchanged files' parses and parses a changed file anew", () => {
  const dir = tempDir();
  copyDir(SESSION_SCHEMAS, path.join(dir, "schemas"));
  const first = loadSchemas([path.join(dir, "schemas")], dir);
  const edited = path.join(dir, "schemas", "vim25", "UserLogoutSessionEvent.yaml");
  fs.writeFileSync(edited, fs.readFileSync(edited, "utf8").replace("description: ", "description: Edited. "));
  const second = loadSchemas([path.join(dir, "schemas")], dir);
  expect(second.files).toHaveLength(first.files.length);
  const byPath = new Map(first.files.map((f) => [f.absolutePath, f]));
  for (const file of second.files) {
    const before = byPath.get(file.absolutePath);
    if (file.absolutePath === edited) {
      expect(file).not.toBe(before);
      expect(String(file.document.get("description"))).toMatch(/^Edited\. /);
    } else expect(file).toBe(before);
  }
  // A slip in the changed file is reported from its new text, at its place.
  fs.writeFileSync(edited, "name: UserLogoutSessionEvent\nfields: [\n");
  const third = loadSchemas([path.join(dir, "schemas")], dir);
  expect(third.diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(["schemas/vim25/UserLogoutSessionEvent.yaml:3"]);
});
