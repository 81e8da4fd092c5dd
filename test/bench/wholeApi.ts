/**
 * The whole vim25 API (3,011 types, about 4 times the catalogue), part of a full `npm run bench`: the schemas
 * transcribed from `test/fixtures/vim25.json.gz` (the facts folder's vim25.json, copied in; or `$VIM25_JSON`) into a
 * temporary folder beside the shipped ones
 * (scripts/transcribe/vim25.ts, as a maintainer runs it), then the edit loop on them (cold generate against
 * openapi-typescript on the equivalent OpenAPI document, peak RSS, an unchanged tree, one change, `--watch`) and the
 * output's scale (modules, the largest, `tsc`, bundles). Not in a smoke run: its cold generate alone takes about
 * 20 s.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gunzipSync } from "node:zlib";
import { loadModel } from "../../src/pipeline";
import { editLoopReport } from "./editloop";
import { scaleReport } from "./scale";

/** The whole API's data as a file in `dir`: `$VIM25_JSON`, else the repository's gzipped copy, unpacked there. */
function vim25Json(repo: string, dir: string): string {
  if (process.env["VIM25_JSON"] !== undefined) return process.env["VIM25_JSON"];
  const file = path.join(dir, "vim25.json");
  fs.writeFileSync(file, gunzipSync(fs.readFileSync(path.join(repo, "test", "fixtures", "vim25.json.gz"))));
  return file;
}

export async function wholeApiReport(repo: string, benchDir: string, smoke: boolean): Promise<string[]> {
  if (smoke) return ["The whole vim25 API: measured in a full run only (its cold generate takes about 20 s).", ""];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vsphere-typegen-whole-"));
  try {
    const source = vim25Json(repo, dir);
    const schemas = path.join(dir, "schemas");
    fs.cpSync(path.join(repo, "schemas", "vim25"), schemas, { recursive: true });
    execFileSync(process.execPath, [path.join(repo, "dist", "scripts", "transcribe", "vim25.js"), source, schemas], {
      stdio: "ignore",
    });
    const out = path.join(dir, "out");
    const model = loadModel({ schemaDirs: [schemas], outDir: out });
    execFileSync(
      process.execPath,
      [path.join(repo, "bin", "vsphere-typegen.js"), "generate", "--no-bundled", "--schemas", schemas, "--out", out],
      { cwd: dir, stdio: "ignore" },
    );
    return [
      ...(await editLoopReport(repo, benchDir, schemas, model, false, "the whole vim25 API")),
      `The whole vim25 API's output (${model.types.length} types, ${model.enums.length} enums, ${model.methods.length} methods, ${model.managedObjects.length} managed object types):`,
      "",
      ...scaleReport(repo, benchDir, false, out),
      "",
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
