/**
 * The config file, `vsphere-typegen.config.json` at the project root or the file `--config` names: where schemas and
 * output live and the code options, as one table (`CONFIG_KEYS`) that the reader, the JSON Schema for editors
 * (`configSchema.ts`) and the docs all read. Every problem in the file is reported at once, each at its line and
 * column (jsonc-parser keeps the offsets that `JSON.parse` throws away), as a `ConfigError`: a usage error, exit 2.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { CODE_OPTIONS, type CodeOptions } from "../options";
import { UsageError } from "../preflight";
import { didYouMean } from "../validate/suggest";

export const CONFIG_FILE = "vsphere-typegen.config.json";

/** One key the config file may hold. */
export interface ConfigKey {
  readonly key: string;
  readonly kind: "string" | "boolean" | "folders" | "names" | "choice";
  /** For `choice`: the values allowed, the default first. */
  readonly values?: readonly string[];
  readonly description: string;
}

export const CONFIG_KEYS: readonly ConfigKey[] = [
  {
    key: "$schema",
    kind: "string",
    description: "The JSON Schema of this file, for editors: node_modules/vsphere-typegen/schemas/config.schema.json",
  },
  {
    key: "schemas",
    kind: "folders",
    description: "Your schema folders, read after the bundled vSphere schemas; relative to this file",
  },
  { key: "out", kind: "string", description: "The output folder, relative to this file (default: generated)" },
  { key: "bundled", kind: "boolean", description: "Whether to read the bundled vSphere schemas (default: true)" },
  {
    key: "types",
    kind: "names",
    description:
      "Generate only these types and what they reach (bases, field types, subtypes of field types); default: every type",
  },
  {
    key: "runtimeFrom",
    kind: "string",
    description:
      'Import the run time from another output\'s runtime/ folder, relative to this file, instead of copying it into this output ("own": copy it; default: own)',
  },
  ...CODE_OPTIONS.map((o) => ({ key: o.key, kind: "choice" as const, values: o.values, description: o.description })),
];

/** What the config file holds, paths resolved against its folder. */
export interface ConfigFile {
  /** The file read. */
  readonly file: string;
  readonly schemas?: readonly string[];
  readonly out?: string;
  readonly bundled?: boolean;
  readonly types?: readonly string[];
  /** The shared run-time folder (absolute), or `"own"`. */
  readonly runtimeFrom?: string;
  readonly options: Partial<Record<keyof CodeOptions, string>>;
}

/** One problem of a config file, at its place. */
export interface ConfigProblem {
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

/** Every problem of a config file; the message has one `file:line:col: message` line each. */
export class ConfigError extends UsageError {
  readonly file: string;
  readonly problems: readonly ConfigProblem[];

  constructor(file: string, problems: readonly ConfigProblem[]) {
    super(problems.map((p) => `${file}:${p.line}:${p.col}: ${p.message}`).join("\n"));
    this.name = "ConfigError";
    this.file = file;
    this.problems = problems;
  }
}

/** Line and column (1-based) of each offset of `text`. */
function positions(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
  };
}

/** Why a parse error happened, in words (jsonc-parser names them like `CommaExpected`). */
const SYNTAX_WORDS: Readonly<Record<string, string>> = {
  InvalidSymbol: "not JSON here",
  InvalidNumberFormat: "not a valid number",
  PropertyNameExpected: 'expected a key in double quotes (a trailing comma, or a key written without ")',
  ValueExpected: "expected a value",
  ColonExpected: "expected ':' after the key",
  CommaExpected: "expected ',' between entries",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the list",
  EndOfFileExpected: "text after the end of the object",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfString: "the string is not closed",
  InvalidEscapeCharacter: "not a valid escape",
  InvalidCharacter: "a control character inside a string",
};

const kindWords = (spec: ConfigKey): string => {
  switch (spec.kind) {
    case "string":
      return spec.key === "out" ? "a folder path" : "a string";
    case "boolean":
      return "true or false";
    case "folders":
      return 'a list of folder paths, such as ["my-schemas"]';
    case "names":
      return 'a list of type names, such as ["VmPoweredOnEvent"]';
    case "choice":
      return `one of ${(spec.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
  }
};

/** Whether a value node fits its key; the problem's words when it does not. */
function valueProblem(spec: ConfigKey, node: Node): string | undefined {
  const value: unknown = node.value;
  const fits = (() => {
    switch (spec.kind) {
      case "string":
        // An empty path would name the config file's own folder, which nobody means.
        return typeof value === "string" && (value !== "" || spec.key === "$schema");
      case "boolean":
        return typeof value === "boolean";
      case "folders":
        return node.type === "array" && (node.children ?? []).every((c) => c.type === "string" && c.value !== "");
      case "names":
        // No names at all would read as every type: the key left out (or ["all"]) says that.
        return (
          node.type === "array" &&
          (node.children ?? []).length > 0 &&
          (node.children ?? []).every((c) => c.type === "string" && c.value !== "")
        );
      case "choice":
        return typeof value === "string" && (spec.values ?? []).includes(value);
    }
  })();
  if (fits) return undefined;
  const shown =
    node.type === "array"
      ? (node.children ?? []).length === 0
        ? "an empty list"
        : "a list"
      : node.type === "object"
        ? "an object"
        : JSON.stringify(value);
  const near = spec.kind === "choice" && typeof value === "string" ? didYouMean(value, spec.values ?? []) : "";
  return `${spec.key} must be ${kindWords(spec)}, not ${shown}${near}`;
}

/** Reads and checks a config file's text; `file` is how messages name it, `absolute` where its paths start from. */
export function parseConfigText(given: string, file: string, absolute: string = path.resolve(file)): ConfigFile {
  // A byte order mark, which some Windows editors write, is no part of the JSON.
  const text = given.startsWith("\uFEFF") ? given.slice(1) : given;
  const at = positions(text);
  const problems: ConfigProblem[] = [];
  const report = (offset: number, message: string): void => {
    problems.push({ ...at(offset), message });
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  // One slip often makes two errors at one place (a trailing comma: no key, then no value): the first says it.
  const seen = new Set<number>();
  for (const e of errors) {
    if (seen.has(e.offset)) continue;
    seen.add(e.offset);
    const code = printParseErrorCode(e.error);
    report(e.offset, `not valid JSON: ${SYNTAX_WORDS[code] ?? code}`);
  }
  const dir = path.dirname(absolute);
  const found: Record<string, unknown> = {};
  if (root === undefined || root.type !== "object") {
    if (errors.length === 0) report(root?.offset ?? 0, 'must be a JSON object, such as {"int64": "bigint"}');
  } else {
    const keys = CONFIG_KEYS.map((k) => k.key);
    for (const property of root.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (keyNode === undefined || valueNode === undefined) continue;
      const key = String(keyNode.value);
      const spec = CONFIG_KEYS.find((k) => k.key === key);
      if (spec === undefined) {
        report(keyNode.offset, `unknown key "${key}"${didYouMean(key, keys)}; allowed: ${keys.join(", ")}`);
        continue;
      }
      if (key in found) report(keyNode.offset, `"${key}" appears twice; keep one`);
      const problem = valueProblem(spec, valueNode);
      if (problem !== undefined) report(valueNode.offset, problem);
      else
        found[key] =
          valueNode.type === "array" ? (valueNode.children ?? []).map((c) => String(c.value)) : valueNode.value;
    }
  }
  if (problems.length > 0)
    throw new ConfigError(
      file,
      [...problems].sort((a, b) => a.line - b.line || a.col - b.col),
    );
  const options: Partial<Record<keyof CodeOptions, string>> = {};
  for (const spec of CODE_OPTIONS) {
    const value = found[spec.key];
    if (typeof value === "string") options[spec.key] = value;
  }
  const schemas = found["schemas"] as string[] | undefined;
  const types = found["types"] as string[] | undefined;
  return {
    file,
    options,
    ...(schemas === undefined ? {} : { schemas: schemas.map((s) => path.resolve(dir, s)) }),
    ...(typeof found["out"] === "string" ? { out: path.resolve(dir, found["out"]) } : {}),
    ...(typeof found["bundled"] === "boolean" ? { bundled: found["bundled"] } : {}),
    ...(types === undefined ? {} : { types }),
    ...(typeof found["runtimeFrom"] === "string"
      ? { runtimeFrom: found["runtimeFrom"] === "own" ? "own" : path.resolve(dir, found["runtimeFrom"]) }
      : {}),
  };
}

/**
 * Reads the config file: the one `explicit` names (which must exist), else `vsphere-typegen.config.json` in `dir`
 * if there is one. Paths in it are relative to its folder.
 */
export function readConfigFile(dir: string, explicit?: string): ConfigFile | undefined {
  const file = explicit === undefined ? path.join(dir, CONFIG_FILE) : path.resolve(dir, explicit);
  if (!fs.existsSync(file)) {
    if (explicit === undefined) return undefined;
    throw new UsageError(`--config ${explicit}: no such file; pass the path of a ${CONFIG_FILE}`);
  }
  if (fs.statSync(file).isDirectory()) {
    throw new UsageError(`--config ${explicit ?? file} is a folder; pass the path of a ${CONFIG_FILE}`);
  }
  return parseConfigText(fs.readFileSync(file, "utf8"), path.relative(dir, file) || file, file);
}
