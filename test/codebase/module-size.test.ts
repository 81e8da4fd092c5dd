/**
 * No hand-written module grows past 400 lines: a module that long holds more than one role, and is split by role
 * instead (as stream.ts was into utf8Chunks.ts, ndjson.ts, arrayScanner.ts and jsonArrays.ts). Every `.ts` file under
 * src/, scripts/ and templates/ counts but templates/core/runtime.ts, which a script writes (a list of re-exports,
 * one a line, that grows with the templates' exports); generated/ and the golden outputs are the generator's.
 */
import * as path from "node:path";
import { REPO, sourcesIn } from "../support/helpers";

const LIMIT = 400;

/** Lines as `wc -l` counts them: a final line without its newline counts too. */
function lineCount(text: string): number {
  const newlines = text.split("\n").length - 1;
  return text.length === 0 || text.endsWith("\n") ? newlines : newlines + 1;
}

/** Modules written by a script, not by hand: each says so in its purpose comment. */
const WRITTEN = new Map([["templates/core/runtime.ts", "`npm run runtime` (scripts/runtime/runtimeModule.ts)"]]);

test(`no hand-written module under src/, scripts/ or templates/ has more than ${LIMIT} lines`, () => {
  const offenders: string[] = [];
  for (const folder of ["src", "scripts", "templates"]) {
    for (const file of sourcesIn(path.join(REPO, folder), true)) {
      const written = WRITTEN.get(`${folder}/${file.path}`);
      if (written !== undefined) {
        expect(file.text).toContain(written);
        continue;
      }
      const lines = lineCount(file.text);
      if (lines > LIMIT) offenders.push(`${folder}/${file.path}: ${lines} lines (limit ${LIMIT})`);
    }
  }
  expect(offenders.sort()).toEqual([]);
});

test("the line count is wc -l's", () => {
  expect([lineCount(""), lineCount("a\n"), lineCount("a\nb"), lineCount("a\n\nb\n")]).toEqual([0, 1, 2, 3]);
});
