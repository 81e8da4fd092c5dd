/**
 * `check` mode of the write stage: compares the generated files with what is on disk without
 * writing anything, and describes every difference as a unified diff.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createTwoFilesPatch } from "diff";
import type { GeneratedFile } from "../emit/emitFiles";
import { ownedFiles } from "./writeFiles";

export interface CheckResult {
  readonly upToDate: boolean;
  /** One unified diff per file that differs, missing or stale. */
  readonly diffs: readonly string[];
}

export function checkFiles(outDir: string, files: readonly GeneratedFile[]): CheckResult {
  const diffs: string[] = [];
  const label = (name: string): string => path.join(path.basename(outDir), name).split(path.sep).join("/");
  for (const file of files) {
    const target = path.join(outDir, file.path);
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    if (current !== file.text) {
      diffs.push(
        createTwoFilesPatch(`${label(file.path)} (on disk)`, `${label(file.path)} (from schemas)`, current, file.text),
      );
    }
  }
  const produced = new Set(files.map((f) => f.path));
  for (const stale of ownedFiles(outDir).filter((name) => !produced.has(name))) {
    const current = fs.readFileSync(path.join(outDir, stale), "utf8");
    diffs.push(createTwoFilesPatch(`${label(stale)} (on disk)`, `${label(stale)} (no longer generated)`, current, ""));
  }
  return { upToDate: diffs.length === 0, diffs };
}
