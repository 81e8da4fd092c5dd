/**
 * prettier in a worker thread (prettierThread.worker.mjs), for the format tests that hold outputs to what prettier
 * writes. jest runs a test's modules in a sandbox of its own (a vm context), where prettier formats the catalogue's
 * 7 MB in 45 CPU-s; Node runs the same package in 18, so the tests send their texts to a thread (the texts and the
 * answers are copied across, the options are plain data). The format stage under test still runs in the sandbox, with
 * the prettier it imports (there its prettier calls are a small part of a run: the emitters' work is most of it).
 */
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { Options } from "prettier";
import { PRETTIER_OPTIONS } from "../../src/format/formatFiles";
import { topLevelStatements } from "../../src/format/statementGroups";

type Answer = { id: number; formatted: string } | { id: number; error: { name: string; message: string } };

/** A file's path and text. */
type Source = { path: string; text: string };

export interface PrettierThread {
  /** prettier.format's answer, an error it throws made again here (a SyntaxError as one). */
  format(text: string, options: Options): Promise<string>;
  /**
   * The `.ts` files of `files` that are not what prettier writes for them whole, at the generator's options and with
   * the `typescript` parser a user's own prettier runs (the format stage settles groups with `babel-ts`).
   */
  notPrettierClean(files: readonly Source[]): Promise<string[]>;
  /**
   * notPrettierClean for outputs that differ from proven ones (`proven`, held to prettier whole by another test) in a
   * few statements: prettier formats each top-level statement on its own (src/format/statementGroups.ts), so each file
   * is clean when every statement the proven files lack is clean alone and the statements are joined by one blank
   * line. A statement that does not parse alone sends its file to prettier whole. (Statements on consecutive lines are
   * checked together: a prettier call costs a millisecond of its own, more than splitting them spares.)
   */
  notPrettierCleanBeyond(
    files: readonly Source[],
    proven: readonly Source[],
  ): Promise<{ unclean: string[]; checked: number }>;
  close(): Promise<void>;
}

/** A thread of its own with prettier loaded; `close` it when the tests are done. */
export function prettierThread(): PrettierThread {
  const worker = new Worker(path.join(__dirname, "prettierThread.worker.mjs"));
  const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  let next = 0;
  worker.on("message", (answer: Answer) => {
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if ("formatted" in answer) waiting?.resolve(answer.formatted);
    else {
      const { name, message } = answer.error;
      waiting?.reject(name === "SyntaxError" ? new SyntaxError(message) : new Error(`${name}: ${message}`));
    }
  });
  const failAll = (error: Error): void => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the prettier thread exited (${code})`)));

  const format = (text: string, options: Options): Promise<string> =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, options });
    });
  /** Whether `text` is what prettier writes for it, at the generator's options with the `typescript` parser. */
  const clean = async (text: string): Promise<boolean> =>
    (await format(text, { ...PRETTIER_OPTIONS, parser: "typescript" })) === text;

  return {
    format,
    async notPrettierClean(files) {
      const unclean: string[] = [];
      for (const file of files.filter((f) => f.path.endsWith(".ts")))
        if (!(await clean(file.text))) unclean.push(file.path);
      return unclean;
    },
    async notPrettierCleanBeyond(files, proven) {
      const known = new Set(proven.flatMap((f) => topLevelStatements(f.text.trimEnd())));
      const unclean: string[] = [];
      let checked = 0;
      for (const file of files.filter((f) => f.path.endsWith(".ts"))) {
        if (!file.text.endsWith("\n") || file.text.endsWith("\n\n")) {
          unclean.push(file.path);
          continue;
        }
        for (const statement of topLevelStatements(file.text.trimEnd()).filter((s) => !known.has(s))) {
          checked++;
          const alone = await clean(`${statement}\n`).catch((error: unknown) => {
            if (error instanceof SyntaxError) return undefined;
            throw error;
          });
          if (alone === true) continue;
          if (alone === undefined && (await clean(file.text))) break;
          unclean.push(file.path);
          break;
        }
      }
      return { unclean, checked };
    },
    close: () => worker.terminate().then(() => undefined),
  };
}
