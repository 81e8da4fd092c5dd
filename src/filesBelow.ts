/**
 * The one listing of a folder's files, for the stages that read a tree whole: the output's files (write/), the
 * generator's own code and templates in the input digest (write/digest.ts), the library package's sources (release/).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compareStrings } from "./diagnostic";

/** Files below `dir` (links to files too), as paths relative to it with `/` separators, sorted. */
export function filesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort(compareStrings);
}
