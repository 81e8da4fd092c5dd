// templates/core/runtime.ts is written from the run-time templates' own exports (scripts/runtime/runtimeModule.ts):
// the committed module is what the script writes, so a helper added to a template reaches `rt` by one command.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runtimeModule, runtimeSource } from "../../scripts/runtime/runtimeModule";

const templates = path.join(__dirname, "..", "..", "templates");

describe("the run-time module", () => {
  it("is what `npm run runtime` writes from the templates (run it after adding or removing an export)", async () => {
    expect(fs.readFileSync(path.join(templates, "core", "runtime.ts"), "utf8")).toBe(await runtimeModule(templates));
  });

  it("re-exports each template's values as constants and its types, and refuses a name two templates export", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runtime-module-"));
    for (const folder of ["core", "vijson", "govmomi", "soap", "transport"]) fs.mkdirSync(path.join(dir, folder));
    fs.writeFileSync(
      path.join(dir, "core", "checks.ts"),
      "export function isThing(v: unknown): boolean { return v !== undefined; }\nexport interface Thing { a: 1 }\nexport class Oops extends Error {}\n",
    );
    fs.writeFileSync(
      path.join(dir, "soap", "xml.ts"),
      "export const LIMIT = 5;\nfunction hidden(): void {}\nhidden();\n",
    );
    const text = runtimeSource(dir);
    expect(text).toContain('export type * from "./checks";');
    expect(text).not.toContain('export type * from "../soap/xml";');
    expect(text).toContain('import { isThing as checks$isThing, Oops as checks$Oops } from "./checks";');
    expect(text).toContain("export const isThing: typeof checks$isThing = checks$isThing;");
    expect(text).toContain("export type Oops = checks$Oops;");
    expect(text).toContain("export const LIMIT: typeof xml$LIMIT = xml$LIMIT;");
    expect(text).not.toContain("hidden");
    fs.writeFileSync(path.join(dir, "soap", "xml.ts"), "export const isThing = 1;\n");
    expect(() => runtimeSource(dir)).toThrow("templates ./checks and ../soap/xml both export isThing");
    fs.rmSync(dir, { recursive: true });
  });
});
