/**
 * Load stage: finds the schema files under each schema folder and parses them with `yaml`, keeping a
 * `LineCounter` so that every later diagnostic can point at `file:line:col`. YAML syntax errors become
 * diagnostics here; nothing is interpreted yet.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Document, LineCounter, parseDocument } from "yaml";
import { compareStrings, diagnostic, type Diagnostic, type SourcePos } from "../diagnostic";

/** One parsed schema file. */
export interface LoadedFile {
  /** The path used in diagnostics and in generated headers (posix separators). */
  readonly displayPath: string;
  /** Absolute path, from which generated headers name their sources. */
  readonly absolutePath: string;
  readonly document: Document.Parsed;
  /** Turns a character offset into a position in this file. */
  readonly positionOf: (offset: number) => SourcePos;
}

export interface LoadResult<R = never> {
  /** The files parsed, in load order. */
  readonly files: readonly LoadedFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** What `recall` gave for the files it knew, which were not parsed (see loadSchemas). */
  readonly recalled: readonly R[];
  /** Every file's absolute path in load order (folder order, then path), parsed or recalled. */
  readonly order: readonly string[];
}

/** A schema file's text with its two paths, for a `recall` to know it by. */
export interface SchemaText {
  readonly absolutePath: string;
  readonly displayPath: string;
  readonly text: string;
}

const SCHEMA_EXTENSIONS = new Set([".yaml", ".yml"]);

/**
 * Folders a walk never enters: installed packages (`--schemas .` in a project would read every package's YAML,
 * vsphere-typegen's own schemas a second time among them) and dot-folders (`.git`, editors' and tools' caches).
 */
export function skippedFolder(name: string): boolean {
  return name === "node_modules" || name.startsWith(".");
}

/** All schema files below `dir`, sorted by path so that the order never depends on the file system. */
export function findSchemaFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolder(entry.name)) walk(full);
      } else if (entry.isFile() && SCHEMA_EXTENSIONS.has(path.extname(entry.name))) found.push(full);
    }
  };
  walk(dir);
  return found.sort(compareStrings);
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * The schema files of several folders, in folder order, each file once: a folder inside another (`--schemas .`
 * beside the bundled `schemas/`, or a symlink to it) reaches the same files twice, which are one declaration each.
 */
export function schemaFilesOf(dirs: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) continue;
    // The walk follows no link (a linked file or folder is neither isFile nor isDirectory to it), so a file's real
    // path is its folder's real path and the rest: one realpath per folder, not one per file (4,556 of them).
    const realDir = realPath(dir);
    for (const file of findSchemaFiles(dir)) {
      const real = path.join(realDir, path.relative(dir, file));
      if (seen.has(real)) continue;
      seen.add(real);
      out.push(file);
    }
  }
  return out;
}

/** Parses one file's text. Exposed separately so tests can load text without touching the disk. */
export function parseSchemaText(
  displayPath: string,
  text: string,
  absolutePath: string = displayPath,
): { file: LoadedFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const positionOf = (offset: number): SourcePos => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: displayPath, line, col };
  };
  const problems = [...document.errors, ...document.warnings];
  const duplicates = problems.filter((error) => error.code === "DUPLICATE_KEY");
  // One syntax slip makes the parser lose its place and report more errors after it: the first one is the slip.
  // The same message again on another line (a tab on each of several lines) is the same slip repeated: kept.
  const syntax = problems.filter((error) => error.code !== "DUPLICATE_KEY").sort((a, b) => a.pos[0] - b.pos[0]);
  const firstLine = (error: (typeof syntax)[number]): string => error.message.split("\n")[0] ?? "";
  const [first] = syntax;
  const shown =
    first === undefined
      ? []
      : syntax.filter(
          (error, i) =>
            i === 0 ||
            (firstLine(error) === firstLine(first) && positionOf(error.pos[0]).line !== positionOf(first.pos[0]).line),
        );
  const later = syntax.length - shown.length;
  const hint = "fix the YAML syntax at this place (indentation, a missing ':' or an unclosed bracket or quote)";
  const diagnostics = [
    ...duplicates.map((error) =>
      diagnostic(
        positionOf(error.pos[0]),
        "duplicate-key",
        "this key appears twice in the same mapping",
        "remove or rename one of the two entries",
      ),
    ),
    ...shown.map((error, i) =>
      diagnostic(
        positionOf(error.pos[0]),
        "yaml-syntax",
        firstLine(error),
        i === 0 && later > 0
          ? `${hint}; the parser reported ${later} more ${later === 1 ? "error" : "errors"} after it, which ` +
              `usually ${later === 1 ? "follows" : "follow"} from this one: run again once it is fixed`
          : hint,
      ),
    ),
  ];
  return { file: { displayPath, absolutePath, document, positionOf }, diagnostics };
}

/**
 * The last load's parses, by absolute path, with the text and display path they were parsed from: a process that
 * loads again (`--watch`, an API user regenerating) parses only the files whose text changed. Later stages only
 * read the documents, so a parse can be shared between loads.
 */
let lastParses = new Map<string, { text: string; displayPath: string; parsed: ReturnType<typeof parseSchemaText> }>();

/**
 * Loads every schema file under the given folders; `displayBase` is what displayed paths are relative to. A file that
 * `recall` knows (an earlier run's read of the same text: src/validate/readCache.ts) is not parsed: what `recall`
 * gave is in `recalled` instead.
 */
export function loadSchemas<R = never>(
  dirs: readonly string[],
  displayBase: string,
  recall: (file: SchemaText) => R | undefined = () => undefined,
): LoadResult<R> {
  const files: LoadedFile[] = [];
  const recalled: R[] = [];
  const order: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      diagnostics.push(
        diagnostic(
          { file: toDisplayPath(dir, displayBase), line: 1, col: 1 },
          "no-schema-folder",
          "the schema folder does not exist",
          "pass an existing folder with --schemas",
        ),
      );
    }
  }
  const parses: typeof lastParses = new Map();
  for (const file of schemaFilesOf(dirs)) {
    const absolute = path.resolve(file);
    const displayPath = toDisplayPath(absolute, displayBase);
    const text = fs.readFileSync(absolute, "utf8");
    order.push(absolute);
    const known = recall({ absolutePath: absolute, displayPath, text });
    if (known !== undefined) {
      recalled.push(known);
      continue;
    }
    const last = lastParses.get(absolute);
    const parsed =
      last !== undefined && last.text === text && last.displayPath === displayPath
        ? last.parsed
        : parseSchemaText(displayPath, text, absolute);
    parses.set(absolute, { text, displayPath, parsed });
    files.push(parsed.file);
    diagnostics.push(...parsed.diagnostics);
  }
  lastParses = parses;
  return { files, diagnostics, recalled, order };
}

/** A path relative to `base` with posix separators, so that output does not depend on the machine. */
export function toDisplayPath(file: string, base: string): string {
  const relative = path.relative(base, path.resolve(file));
  return (relative === "" ? "." : relative).split(path.sep).join("/");
}
