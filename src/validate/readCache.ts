/**
 * A cache of each schema file's read (its declaration, what the load and per-file validate stages make of its text),
 * so that a run does not parse again the YAML it read before: parsing the bundled schemas' 4,554 files is most of a
 * `--types` run's time. One cache file per schema folder, in `schemas/` beside the format cache's `format/`
 * (node_modules/.cache/vsphere-typegen/schemas/ by default): safe to delete, never committed. A file's read is used
 * only when its path, displayed path and text are those it was read from, and only files read without a problem are
 * kept (a file with one is read again, its problems reported from its text). Each cache file carries a digest of its
 * body and is named by the generator's own digest, so a damaged or older cache costs a parse, never a wrong
 * declaration.
 */
import * as path from "node:path";
import { pruneCacheFiles, readCacheFile, sha, writeCacheFile } from "../cacheFiles";
import type { SchemaText } from "../load/loadSchemas";
import type { FileRead } from "./validateSchemas";

/** How many folders' cache files are kept (a test suite's temporary folders add one each), the oldest removed first. */
const MAX_FOLDERS = 64;

interface Entry {
  /** The digest of the displayed path and the text the read is of. */
  readonly key: string;
  readonly read: FileRead;
}

export interface ReadCache {
  /** The read of this text an earlier run kept, if any. */
  recall(file: SchemaText): FileRead | undefined;
  /** Keeps this load's reads without problems (recalled or new); writes each folder's cache file that changed. */
  record(reads: readonly FileRead[]): void;
}

/** A cache that knows nothing and keeps nothing (no cache folder). */
const NO_CACHE: ReadCache = { recall: () => undefined, record: () => undefined };

/**
 * The read cache for loading `dirs` in `dir` (undefined: none), for this generator (`salt`: its digest and the YAML
 * parser's version).
 */
export function openReadCache(dir: string | undefined, dirs: readonly string[], salt: string): ReadCache {
  if (dir === undefined) return NO_CACHE;
  const folders = dirs.map((d) => path.resolve(d));
  const folderOf = (file: string): string | undefined => folders.find((f) => file.startsWith(f + path.sep));
  const fileOf = (folder: string): string => path.join(dir, `${sha(`${salt}\0${folder}`).slice(0, 40)}.json`);
  const loaded = new Map<string, Map<string, Entry>>();
  const keys = new Map<string, string>();
  const entriesOf = (folder: string): Map<string, Entry> => {
    let entries = loaded.get(folder);
    if (entries === undefined) {
      entries = readEntries(fileOf(folder));
      loaded.set(folder, entries);
    }
    return entries;
  };
  return {
    recall(file) {
      const folder = folderOf(file.absolutePath);
      if (folder === undefined) return undefined;
      const key = sha(`${file.displayPath}\0${file.text}`);
      keys.set(file.absolutePath, key);
      const entry = entriesOf(folder).get(file.absolutePath);
      return entry !== undefined && entry.key === key && entry.read.displayPath === file.displayPath
        ? entry.read
        : undefined;
    },
    record(reads) {
      const kept = new Map<string, Map<string, Entry>>();
      for (const read of reads) {
        const folder = folderOf(read.absolutePath);
        const key = keys.get(read.absolutePath);
        if (folder === undefined || key === undefined || read.decl === undefined || read.diagnostics.length > 0)
          continue;
        if (!kept.has(folder)) kept.set(folder, new Map());
        kept.get(folder)?.set(read.absolutePath, { key, read });
      }
      for (const [folder, entries] of kept) {
        const before = entriesOf(folder);
        const same = before.size === entries.size && [...entries].every(([file, e]) => before.get(file)?.key === e.key);
        if (same) continue;
        writeEntries(dir, fileOf(folder), entries);
        loaded.set(folder, entries);
      }
    },
  };
}

/** A folder's cache file's entries; none when it is absent, damaged or not this format. */
function readEntries(file: string): Map<string, Entry> {
  const body = readCacheFile(file);
  if (body === undefined) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(body) as Record<string, Entry>));
  } catch {
    return new Map();
  }
}

/** Writes a folder's cache file, then prunes the folders' files beyond the limit. */
function writeEntries(dir: string, file: string, entries: ReadonlyMap<string, Entry>): void {
  writeCacheFile(file, JSON.stringify(Object.fromEntries(entries)));
  pruneCacheFiles(dir, ".json", MAX_FOLDERS);
}

/** The reads in the order the files were loaded (the recalled ones and the parsed ones each keep theirs). */
export function inLoadOrder(reads: readonly FileRead[], order: readonly string[]): FileRead[] {
  const index = new Map(order.map((file, i) => [file, i]));
  return [...reads].sort((a, b) => (index.get(a.absolutePath) ?? 0) - (index.get(b.absolutePath) ?? 0));
}
