/**
 * Reads the run-time templates shipped in templates/ (one folder per role: `core/`, a folder per wire and transport,
 * `client/`): the package I/O of the emit stage, done before it, so emitting is a function of the model, the options
 * and these texts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { compareStrings } from "../diagnostic";
import { packageRoot } from "../packageFiles";

/** A run-time template as read: its name in the output, where it lives under templates/, and its text. */
export interface TemplateSource {
  /** Its file name in the output (`xml.ts`): the output holds the templates side by side. */
  readonly path: string;
  /** Its path under templates/ (`soap/xml.ts`). */
  readonly source: string;
  /** Its folder under templates/ (`soap`): the part of the output it belongs to. */
  readonly folder: string;
  readonly text: string;
}

/**
 * Every template, sorted by its name in the output; two templates of one name would clash there, and are an internal
 * error.
 */
export function readTemplates(dir: string = path.join(packageRoot(), "templates")): TemplateSource[] {
  const found: TemplateSource[] = [];
  for (const folder of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of fs.readdirSync(path.join(dir, folder.name))) {
      if (!name.endsWith(".ts")) continue;
      const text = fs.readFileSync(path.join(dir, folder.name, name), "utf8");
      found.push({ path: name, source: `${folder.name}/${name}`, folder: folder.name, text });
    }
  }
  found.sort((a, b) => compareStrings(a.path, b.path));
  const clash = found.find((t, i) => found[i + 1]?.path === t.path);
  if (clash !== undefined) throw new Error(`internal error: two templates are named ${clash.path}`);
  return found;
}
