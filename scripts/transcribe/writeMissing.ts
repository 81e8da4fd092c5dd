/**
 * How the transcriptions write their schema files: only those that do not exist yet (a hand-kept or hand-edited file
 * is never replaced) unless `force`, and one line saying how many were written and kept.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Writes `files` (paths relative to `outDir`) that are missing, or all with `force`; returns the line to print. A file
 * at the same relative path in one of the `beside` folders (the hand-kept catalogue beside the transcribed rest) is
 * kept there, and not written, even with `force`.
 */
export function writeMissing(
  files: readonly { path: string; text: string }[],
  outDir: string,
  force: boolean,
  beside: readonly string[] = [],
): string {
  let written = 0;
  let kept = 0;
  for (const file of files) {
    const target = path.join(outDir, file.path);
    if ((!force && fs.existsSync(target)) || beside.some((dir) => fs.existsSync(path.join(dir, file.path)))) {
      kept++;
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.text);
    written++;
  }
  return `${written} schema files written to ${outDir}; ${kept} existing files kept\n`;
}
