/**
 * A cache of formatted modules keyed by their unformatted text (and prettier's version and options), so that a run
 * after a small change reformats only the modules whose code changed. It lives in the project's
 * `node_modules/.cache/vsphere-typegen/format/`: safe to delete, never committed, and absent where there is no
 * node_modules (nothing is created then). An entry carries the digest of its text and is ignored when it does not
 * match, so a damaged entry costs a format, never a wrong byte.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pruneCacheFiles, readCacheFile, sha, writeCacheFile } from "../cacheFiles";

/** How many entries the cache keeps (groups of statements): a few whole outputs' worth, the oldest removed first. */
const MAX_ENTRIES = 6_000;

export interface FormatCache {
  get(unformatted: string): string | undefined;
  set(unformatted: string, formatted: string): void;
  /** Removes the oldest entries beyond the limit. */
  prune(): void;
}

/** Names the cache folder instead of the nearest node_modules (a CI's cache, or one cache for a test suite's runs). */
export const CACHE_DIR_VARIABLE = "VSPHERE_TYPEGEN_CACHE_DIR";

/**
 * The cache folder for a run from `cwd`: `format/` under $VSPHERE_TYPEGEN_CACHE_DIR when it is set, else under the
 * nearest node_modules' `.cache/vsphere-typegen/`, or undefined when there is none.
 */
export function formatCacheDir(cwd: string): string | undefined {
  const named = process.env[CACHE_DIR_VARIABLE];
  if (named !== undefined && named !== "") return path.join(path.resolve(cwd, named), "format");
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const modules = path.join(dir, "node_modules");
    if (fs.existsSync(modules) && fs.statSync(modules).isDirectory())
      return path.join(modules, ".cache", "vsphere-typegen", "format");
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A cache in `dir` for formatting with this salt (prettier's version and options). */
export function openFormatCache(dir: string, salt: string): FormatCache {
  const keyOf = (unformatted: string): string => sha(`${salt}\0${unformatted}`);
  const fileOf = (key: string): string => path.join(dir, `${key.slice(0, 40)}.ts.txt`);
  return {
    get(unformatted) {
      return readCacheFile(fileOf(keyOf(unformatted)));
    },
    set(unformatted, formatted) {
      writeCacheFile(fileOf(keyOf(unformatted)), formatted);
    },
    prune() {
      pruneCacheFiles(dir, ".ts.txt", MAX_ENTRIES);
    },
  };
}
