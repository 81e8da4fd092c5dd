/** Writes the typia-tagged types of the schema model for `typia generate` (see typiaPeer.ts). */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadModel } from "../../src/pipeline";
import { typiaSource } from "./typiaPeer";

const benchDir = path.resolve(process.argv[2] ?? ".");
const repo = path.resolve(benchDir, "../..");
const model = loadModel({
  schemaDirs: [path.join(repo, "schemas", "vim25")],
  outDir: path.join(repo, "test", "catalogue"),
});
const file = path.join(benchDir, ".build", "typia-src", "validators.ts");
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, typiaSource(model, ["SessionEvent", "Event"]));
