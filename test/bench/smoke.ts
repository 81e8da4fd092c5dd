/**
 * What a smoke run (`BENCH_SMOKE=1`, one of npm test's gates) narrows, in one place for the run and its build: the
 * schema model the data sets and the peers come from (the SessionEvent family of test/schemas/vim25/, 22 types, in
 * place of the catalogue's 779: ajv and typia compile its peers in a fraction of the catalogue's time, and every
 * section still runs), and the folder the peers are built in (.build/smoke/, so that a smoke run and a whole run never
 * rebuild each other's). The generated code measured is the catalogue's either way: the session family is a subset
 * of it, with the same fields.
 */
import * as path from "node:path";
import type { Model } from "../../src/model/ir";
import { loadModel } from "../../src/pipeline";

export const SMOKE = process.env["BENCH_SMOKE"] === "1";

/** The SessionEvent family's schemas, the goldens' input. */
export const sessionSchemas = (repo: string): string => path.join(repo, "test", "schemas", "vim25");

/** The model a run measures on: the catalogue's (test/catalogue/ is its output), the session family's in a smoke run. */
export function benchModel(repo: string): Model {
  return SMOKE
    ? loadModel({ schemaDirs: [sessionSchemas(repo)], outDir: path.join(repo, "generated") })
    : loadModel({ schemaDirs: [path.join(repo, "schemas", "vim25")], outDir: path.join(repo, "test", "catalogue") });
}

/** Where the peers are built: test/bench/.build/, or its smoke/ folder in a smoke run. */
export const buildDir = (benchDir: string): string =>
  SMOKE ? path.join(benchDir, ".build", "smoke") : path.join(benchDir, ".build");
