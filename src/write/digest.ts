/**
 * Digests that let `check` answer for an unchanged tree without generating: each generated file's header
 * records a digest of everything its output depends on (the generator's own code, the templates, the
 * options and every schema file) and a digest of its own body. When both still match, the file is what a
 * regeneration would write.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { compareStrings } from "../diagnostic";
import { filesBelow } from "../filesBelow";
import { recall, type RunMemory } from "../runMemory";

export const DIGEST_LINE_PREFIX = "// Digest: ";

/** The files below `dir` whose names end in one of `extensions`, as full paths, sorted. */
function filesEndingIn(dir: string, extensions: readonly string[]): string[] {
  return filesBelow(dir)
    .filter((name) => extensions.some((e) => name.endsWith(e)))
    .map((name) => path.join(dir, name));
}

let generatorDigest: string | undefined;

/**
 * The packages whose versions shape the bytes written: prettier lays the code out and ts-morph prints it. Both are
 * pinned exactly in package.json; their installed versions are in the digest too, so an install that resolved others
 * (a user's override, a hoisted copy) is never taken for current.
 */
export const LAYOUT_PACKAGES = ["prettier", "ts-morph"] as const;

/** The installed version of a package the generator uses. */
export function installedVersion(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string };
  return manifest.version;
}

/** `name@version` of each layout package as installed where the generator runs. */
export function layoutPackageVersions(): string {
  return LAYOUT_PACKAGES.map((name) => `${name}@${installedVersion(name)}`).join(" ");
}

/** A digest of the generator itself: its code (src/ or dist/src/, whichever runs) and its templates. */
export function generator(codeDir: string, templatesDir: string): string {
  if (generatorDigest === undefined) {
    const hash = createHash("sha256");
    for (const file of [...filesEndingIn(codeDir, [".js", ".ts"]), ...filesEndingIn(templatesDir, [".ts", ".yaml"])]) {
      hash.update(path.relative(codeDir, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    }
    generatorDigest = hash.digest("hex");
  }
  return generatorDigest;
}

/**
 * Digest of the inputs of a generation: generator, the layout packages' versions, options and schema files (their
 * bytes, and their names as the headers show them).
 */
export function inputDigest(
  codeDir: string,
  templatesDir: string,
  options: string,
  schemaFiles: readonly string[],
  sourceName: (file: string) => string,
  layout: string = layoutPackageVersions(),
): string {
  const hash = createHash("sha256")
    .update(generator(codeDir, templatesDir))
    .update("\0")
    .update(layout)
    .update("\0")
    .update(options)
    .update("\0");
  for (const file of [...schemaFiles].sort(compareStrings)) {
    const name = sourceName(file);
    hash.update(name).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 32);
}

/** Splits a generated file into its header (the leading `//` lines) and its body. */
function splitHeader(text: string): { header: string[]; body: string } {
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length && (lines[i] ?? "").startsWith("//")) i++;
  return { header: lines.slice(0, i), body: lines.slice(i).join("\n") };
}

const sha = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 32);

/**
 * `name=digest ...` of every file but the index, which carries the line. With the memory of the run before in this
 * process (`--watch`), only the files whose text changed are hashed (the whole API's output is 32 MB).
 */
function manifest(files: ReadonlyMap<string, string>, index: string, memory?: RunMemory): string {
  const digests = new Map<string, { readonly text: string; readonly value: string }>();
  const line = [...files.keys()]
    .filter((name) => name !== index)
    .sort(compareStrings)
    .map((name) => {
      const text = files.get(name) ?? "";
      const digest = recall(memory?.digests, name, text) ?? sha(text);
      digests.set(name, { text, value: digest });
      return `${name}=${digest}`;
    })
    .join(" ");
  if (memory !== undefined) memory.digests = digests;
  return line;
}

/**
 * Adds the digest lines to the index file's header, after the options line: the input digest with the
 * digest of the index's own text (all of it but these two lines), and the digest of every other file. Other files are left as they are,
 * so that a change touches only the files whose code changes, and the index.
 */
export function withDigests(
  files: ReadonlyMap<string, string>,
  index: string,
  inputs: string,
  memory?: RunMemory,
): string {
  const { header, body } = splitHeader(files.get(index) ?? "");
  const at = header.findIndex((l) => l.startsWith("// Options: "));
  const own = sha([...header, body].join("\n"));
  const lines = [`${DIGEST_LINE_PREFIX}${inputs} ${own}`, `${FILES_LINE_PREFIX}${manifest(files, index, memory)}`];
  header.splice(at < 0 ? header.length : at + 1, 0, ...lines);
  return [...header, body].join("\n");
}

const FILES_LINE_PREFIX = "// Files: ";

/**
 * Whether an index's header records these inputs (its own body and the other files aside): where it does not, the
 * output is not current, and nothing else need be read to know it.
 */
export function recordsInputs(indexText: string, inputs: string): boolean {
  return splitHeader(indexText).header.some((l) => l.startsWith(`${DIGEST_LINE_PREFIX}${inputs} `));
}

/** Whether files on disk were generated from exactly these inputs and none has been edited since. */
export function isCurrent(files: ReadonlyMap<string, string>, index: string, inputs: string): boolean {
  const { header, body } = splitHeader(files.get(index) ?? "");
  // The index's own digest covers all of it but the two digest lines: its header too (an added `// @ts-nocheck`).
  const rest = header.filter((l) => !l.startsWith(DIGEST_LINE_PREFIX) && !l.startsWith(FILES_LINE_PREFIX));
  return (
    header.includes(`${DIGEST_LINE_PREFIX}${inputs} ${sha([...rest, body].join("\n"))}`) &&
    header.includes(`${FILES_LINE_PREFIX}${manifest(files, index)}`)
  );
}
