/**
 * Write stage: brings the output folder in line with the generated files. Only files whose bytes
 * differ are written (through a temporary file and a rename, so no file is ever half-written), and
 * files this tool generated earlier that are no longer produced are removed. Files it did not
 * generate are never touched.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compareStrings } from "../diagnostic";
import type { GeneratedFile } from "../emit/emitFiles";
import { GENERATED_MARKER } from "../emit/header";

export interface WriteSummary {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
}

/** Generated files already in `outDir` (recognised by their first line), relative paths, sorted. */
export function ownedFiles(outDir: string): string[] {
  if (!fs.existsSync(outDir)) return [];
  return fs
    .readdirSync(outDir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => e.name)
    .filter((name) => fs.readFileSync(path.join(outDir, name), "utf8").startsWith(GENERATED_MARKER))
    .sort(compareStrings);
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

export function writeFiles(outDir: string, files: readonly GeneratedFile[]): WriteSummary {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const file of files) {
    const target = path.join(outDir, file.path);
    if (readIfExists(target) === file.text) {
      unchanged.push(file.path);
      continue;
    }
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.text);
    fs.renameSync(temporary, target);
    written.push(file.path);
  }
  const produced = new Set(files.map((f) => f.path));
  const removed = ownedFiles(outDir).filter((name) => !produced.has(name));
  for (const name of removed) fs.rmSync(path.join(outDir, name));
  return { written, unchanged, removed };
}
