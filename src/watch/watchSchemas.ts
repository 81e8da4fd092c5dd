/**
 * `generate --watch`: generates once, then again whenever a schema file in a watched folder changes. Changes that
 * arrive together (an editor's save is several file events) make one run, after a quiet spell; a change during a
 * run makes one more run after it. Each outcome, an output or the schema problems, goes to the caller, and
 * watching goes on until `close`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildOutput, generate, skippedFolder, type PipelineOptions } from "../pipeline";
import { runMemory } from "../runMemory";

/** What one run gave, with when it ended and how long it took (milliseconds). */
export type WatchOutcome = { readonly at: Date; readonly ms: number } & (
  | { readonly kind: "generated"; readonly result: Awaited<ReturnType<typeof generate>> }
  | { readonly kind: "failed"; readonly error: unknown }
);

export interface Watcher {
  /** Stops watching; resolves when a run in progress has ended. */
  close(): Promise<void>;
}

/** How long the folders must be quiet before a run, in milliseconds. */
export const DEBOUNCE_MS = 150;

/** `dir` and every folder below it that the load stage reads (not node_modules, not dot-folders). */
function foldersBelow(dir: string): string[] {
  if (!isDirectory(dir)) return [];
  const below = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skippedFolder(entry.name))
    .flatMap((entry) => foldersBelow(path.join(dir, entry.name)));
  return [path.resolve(dir), ...below];
}

export function watchSchemas(
  options: PipelineOptions,
  report: (outcome: WatchOutcome) => void,
  debounceMs: number = DEBOUNCE_MS,
): Watcher {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let warming: Promise<void> | undefined;
  // Each run takes what it can from the one before (src/runMemory.ts): a save that changed a description is quick.
  const memory = options.memory ?? runMemory();

  const run = (): void => {
    if (closed) return;
    if (running !== undefined) {
      again = true;
      return;
    }
    let started = performance.now();
    const timing = (): { at: Date; ms: number } => ({ at: new Date(), ms: performance.now() - started });
    // A run waits for the build of the memory at the start (below), if one is under way: one pipeline at a time.
    running = (warming ?? Promise.resolve())
      .then(() => {
        started = performance.now();
        return generate({ ...options, memory });
      })
      .then(
        (result) => {
          report({ kind: "generated", result, ...timing() });
          // An output found current was not built, so the memory is empty: it is built once, in memory (no output
          // file written), for the first save to be as quick as the next. It starts after this run has ended, `close`
          // does not wait for it, and a problem it meets is met again, and reported, by the next run.
          if (result.current && memory.undocumented === undefined && !closed)
            warming = new Promise<void>((resolve) => setImmediate(resolve))
              .then(() => (closed ? undefined : buildOutput({ ...options, memory })))
              .then(
                () => undefined,
                () => undefined,
              );
        },
        (error: unknown) => report({ kind: "failed", error, ...timing() }),
      )
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      run();
    }, debounceMs);
  };

  // Each folder is watched on its own, not with `recursive`: Node 20 on Linux then follows files, and loses one
  // that an editor replaces (write to a temporary file, rename over) after its first save.
  const watchers = new Map<string, fs.FSWatcher>();
  const watchFolders = (): void => {
    for (const dir of options.schemaDirs.flatMap(foldersBelow)) {
      if (watchers.has(dir)) continue;
      watchers.set(
        dir,
        fs.watch(dir, (_event, file) => {
          // A rename may name no file; anything else counts only for schema files and new folders.
          if (file === null || /\.ya?ml$/.test(file)) schedule();
          else if (isDirectory(path.join(dir, file))) {
            watchFolders();
            schedule();
          }
        }),
      );
    }
  };
  watchFolders();
  run();
  return {
    async close(): Promise<void> {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      await running;
    },
  };
}

/**
 * Whether `file` is a folder now. One `stat` that answers `undefined` for a missing entry: an editor's temporary file
 * can be renamed away between an existence check and a `stat` (seen in CI: ENOENT killed the watcher).
 */
function isDirectory(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
