/**
 * The `name:` every schema file declares: present, a valid identifier, not reserved by the generated code, and the
 * file's own name, so that each type is found where its name says. Shared by the readers of each kind of file.
 */
import * as path from "node:path";
import type { YAMLMap } from "yaml";
import type { SourcePos } from "../diagnostic";
import { METHOD_NAME, isReservedTypeName, TYPE_NAME } from "./names";
import type { Entries, YamlReader } from "./yamlReader";

/**
 * The declared name, checked against the file name; `undefined` when missing or invalid. A method's name is its WSDL
 * operation's, which may begin in lower case.
 */
export function readName(
  r: YamlReader,
  root: YAMLMap,
  top: Entries,
  kind: "type" | "method" = "type",
): { name: string; at: SourcePos } | undefined {
  const nameEntry = top.get("name");
  const name = r.string(nameEntry, "name");
  const stem = schemaStem(r.file.displayPath);
  if (nameEntry === undefined) {
    r.report(
      r.posOf(root),
      "missing-key",
      'missing key "name": every schema file declares one type',
      `add \`name: ${stem}\` at the top`,
    );
    return undefined;
  }
  if (name === undefined) return undefined;
  const at = r.posOf(nameEntry.value);
  if (!(kind === "method" ? METHOD_NAME : TYPE_NAME).test(name)) {
    r.report(
      at,
      "bad-type-name",
      `${kind} name "${name}" is not a valid identifier`,
      kind === "method"
        ? "a method name starts with a letter and has only letters, digits and _, like vSphere's own"
        : "a type name starts with an upper-case letter (or vSphere's vslm) and has only letters, digits and _, like vSphere's own",
    );
  } else if (kind === "method" && Object.hasOwn(Object.prototype, name)) {
    r.report(
      at,
      "reserved-type-name",
      `method name "${name}" is reserved`,
      "the method map is an object, and every object has this name already; choose another name",
    );
  } else if (kind === "type" && isReservedTypeName(name)) {
    r.report(
      at,
      "reserved-type-name",
      `type name "${name}" is reserved`,
      name.startsWith("ArrayOf")
        ? `the wires give a box of ${name.slice("ArrayOf".length) || "T"} values this name; choose another name`
        : "the generated code uses this name for a built-in, run-time or exported name; choose another name",
    );
  } else if (!/\.ya?ml$/.test(r.file.displayPath) || stem !== name) {
    r.report(
      at,
      "file-name",
      `type "${name}" is declared in "${path.basename(r.file.displayPath)}"`,
      `name the file ${name}.yaml so that each type is found where its name says`,
    );
  }
  return { name, at };
}

/** A schema file's name without its folder and extension: the type it is named after. */
export function schemaStem(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/, "");
}
