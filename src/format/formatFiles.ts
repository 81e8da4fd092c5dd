/**
 * Format stage: prettier over every generated file, with options pinned here rather than read from
 * any config file, so that the output is the same bytes on every machine. A printed module is formatted a group of
 * top-level statements at a time (statementGroups.ts); the emitters print in prettier's layout, so a group is settled
 * (settle.ts: only its statements too long for a line go to prettier); and a text formatted before is taken from
 * the format cache.
 */
import * as prettier from "prettier";
import type { GeneratedFile } from "../emit/emitFiles";
import { recall, type RunMemory } from "../runMemory";
import { openFormatCache, type FormatCache } from "./formatCache";
import { settleStatements, settleTemplate } from "./settle";
import { PRINT_WIDTH } from "../printWidth";
import { statementGroups } from "./statementGroups";

/**
 * The options. The parser is prettier's `babel-ts`: over the catalogue it formats in three quarters of the time of its
 * `typescript` parser, to the same bytes (test/format/statement-groups.test.ts holds every committed module to what the
 * `typescript` parser writes). A text `babel-ts` cannot read is formatted with the `typescript` parser.
 */
export const PRETTIER_OPTIONS: prettier.Options = {
  parser: "babel-ts",
  printWidth: PRINT_WIDTH,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
};

/** What the cache's keys include besides the text: another prettier or other options format differently. */
const CACHE_SALT = `prettier ${prettier.version} ${JSON.stringify(PRETTIER_OPTIONS)}`;

/** `text` formatted by prettier in `printWidth` columns; by its `typescript` parser where `babel-ts` cannot read it. */
function prettierFormat(text: string, printWidth = PRINT_WIDTH): Promise<string> {
  const options = { ...PRETTIER_OPTIONS, printWidth };
  return prettier.format(text, options).catch(() => prettier.format(text, { ...options, parser: "typescript" }));
}

/** How a text is formatted: settled (settle.ts) where that answers, else by prettier whole. */
type Settle = (text: string, width: number, format: typeof prettierFormat) => Promise<string | undefined>;

/** `text` formatted by `settle` or prettier, from the cache when it was formatted before. */
async function formatText(text: string, cache: FormatCache | undefined, settle?: Settle): Promise<string> {
  const cached = cache?.get(text);
  if (cached !== undefined) return cached;
  const formatted = (await settle?.(text, PRINT_WIDTH, prettierFormat)) ?? (await prettierFormat(text));
  cache?.set(text, formatted);
  return formatted;
}

/**
 * A printed module formatted group by group; whole, should a group not parse on its own (which the tests rule out).
 * Any other failure is no reason to format differently: it is reported with the group it came from.
 */
async function formatPrinted(path: string, text: string, cache: FormatCache | undefined): Promise<string> {
  const parts: string[] = [];
  for (const [index, group] of statementGroups(text).entries()) {
    try {
      // A group's lines that fit are kept; only its long statements go to prettier (alone, or with their top-level
      // statement where settle.ts does not know them).
      parts.push(await formatText(group, cache, settleStatements));
    } catch (error) {
      if (isSyntaxError(error)) return formatText(text, cache);
      throw new Error(`formatting ${path}, group ${index + 1} (from line ${lineOf(text, group)})`, { cause: error });
    }
  }
  return parts.join("\n");
}

/**
 * Whether prettier failed to parse: its SyntaxError, known by name, since prettier may run in another realm than this
 * module (the test suite gives the modules it runs the prettier of Node's own realm: test/environment.js).
 */
export function isSyntaxError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "SyntaxError";
}

/**
 * A module's header (its leading `//` lines: the output's command, options and counts, which differ from one output
 * folder to another) and the rest. Prettier keeps such lines as they are, so the header is not formatted and the rest
 * is cached without it: otherwise every module's first group would miss the cache in each new output folder. One
 * empty line after it goes with it (prettier keeps one there). The text stays whole where prettier would touch the
 * header or what follows it: trailing whitespace, a `// prettier-ignore`, a line of spaces or more than one empty line
 * after it (prettier makes them one empty line), or nothing after it.
 */
export function splitHeader(text: string): [header: string, body: string] {
  const lines = /^(?:\/\/(?:[^\n]*\S)?\n)+/.exec(text)?.[0];
  if (lines === undefined || /^\/\/\s*prettier-ignore\b/m.test(lines)) return ["", text];
  const header = /^\n\S/.test(text.slice(lines.length)) ? `${lines}\n` : lines;
  const body = text.slice(header.length);
  return /^\S/.test(body) ? [header, body] : ["", text];
}

/** The line of `text` at which `part`, a group of it, starts. */
function lineOf(text: string, part: string): number {
  return text.slice(0, text.indexOf(part)).split("\n").length;
}

/**
 * The files formatted, one group at a time (prettier's work is synchronous, so nothing runs beside it, and one
 * group's syntax tree at a time keeps the memory small); with `cacheDir`, texts formatted by an earlier run are read
 * from the cache there. With the memory of the run before in this process (`--watch`), a file whose text is what that
 * run formatted is taken as that run left it (formatting is a function of the text alone), and the cache is not read
 * for it.
 */
export async function formatFiles(
  files: readonly GeneratedFile[],
  cacheDir: string | undefined = undefined,
  memory: RunMemory | undefined = undefined,
): Promise<GeneratedFile[]> {
  const cache = cacheDir === undefined ? undefined : openFormatCache(cacheDir, CACHE_SALT);
  const formatted: GeneratedFile[] = [];
  const done = new Map<string, { readonly text: string; readonly value: string }>();
  for (const file of files) {
    let text = recall(memory?.formatted, file.path, file.text);
    if (text === undefined) {
      const [header, body] = splitHeader(file.text);
      // A template is in prettier's layout already, but for the imports whose specifiers were edited.
      const formattedBody =
        file.printed === true
          ? await formatPrinted(file.path, body, cache)
          : await formatText(body, cache, settleTemplate);
      text = header + formattedBody;
    }
    formatted.push({ path: file.path, text });
    done.set(file.path, { text: file.text, value: text });
  }
  if (memory !== undefined) memory.formatted = done;
  cache?.prune();
  return formatted;
}
