/**
 * The files of the generator's caches (the format cache's entries, the read cache's folders): each holds the digest
 * of its body on its first line, so a damaged file is ignored and costs the work it would have saved, never a wrong
 * byte; it is written aside and renamed in, so a run beside this one never reads half of it; a file read is touched,
 * so that pruning, oldest first, removes the unused ones.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

export const sha = (text: string): string => createHash("sha256").update(text).digest("hex");

/** The body of a cache file whose digest matches it (touched, as used); undefined when absent or damaged. */
export function readCacheFile(file: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const newline = text.indexOf("\n");
  const body = text.slice(newline + 1);
  if (newline <= 0 || text.slice(0, newline) !== sha(body)) return undefined;
  const now = new Date();
  try {
    fs.utimesSync(file, now, now);
  } catch {
    // Not ours to touch (read-only): the file is still good.
  }
  return body;
}

/** Writes a cache file with its digest, aside then renamed in; a cache that cannot be written only costs work. */
export function writeCacheFile(file: string, body: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, `${sha(body)}\n${body}`);
    fs.renameSync(temp, file);
  } catch {
    // Read-only, full, or removed by a run beside this one.
  }
}

/** Removes the least recently used of `dir`'s files ending in `suffix` beyond `max`. */
export function pruneCacheFiles(dir: string, suffix: string, max: number): void {
  try {
    const names = fs.readdirSync(dir).filter((n) => n.endsWith(suffix));
    if (names.length <= max) return;
    const aged = names
      .map((n) => ({ n, t: fs.statSync(path.join(dir, n)).mtimeMs }))
      .sort((a, b) => a.t - b.t || (a.n < b.n ? -1 : 1));
    for (const { n } of aged.slice(0, aged.length - max)) fs.rmSync(path.join(dir, n), { force: true });
  } catch {
    // Another run pruned beside this one: the next prune finishes.
  }
}
