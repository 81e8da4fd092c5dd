/**
 * Diagnostics as people read them on a terminal: each problem's `file:line:col` line, a code frame of the schema
 * file with a caret under the column (@babel/code-frame), and its hint; in colour when the stream is a terminal,
 * unless NO_COLOR says otherwise, or FORCE_COLOR asks for it anyway. `SchemaError.message` stays plain text.
 */
import { codeFrameColumns } from "@babel/code-frame";
import * as fs from "node:fs";
import * as path from "node:path";
import { styleText } from "node:util";
import { compareDiagnostics, compareStrings, type Diagnostic } from "../diagnostic";

export interface RenderOptions {
  /** Whether to write ANSI colour: see `colourWanted`. */
  readonly colour: boolean;
  /** Diagnostics name files relative to this folder. */
  readonly cwd: string;
}

/**
 * Colour by the conventions people set: FORCE_COLOR turns it on (off for `0` or `false`), else NO_COLOR (any
 * non-empty value) turns it off, and otherwise a terminal that supports it gets colour and a pipe or file does not.
 */
export function colourWanted(
  stream: { readonly isTTY?: boolean; hasColors?: () => boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  // FORCE_COLOR over NO_COLOR when both are set, as Node itself decides.
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  if ((env["NO_COLOR"] ?? "") !== "") return false;
  return stream.isTTY === true && (stream.hasColors?.() ?? false);
}

/** Every diagnostic, sorted, each with its frame, then the count line. */
/**
 * Control characters shown as `?` (one for one, so columns hold): a schema cannot drive the terminal, through its
 * text in a frame or through a name or value a message quotes. Line ends are kept (`multi-line` frames), a tab too.
 */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "?");
}

export function renderDiagnostics(diagnostics: readonly Diagnostic[], options: RenderOptions): string {
  const sources = new Map<string, string | undefined>();
  const source = (file: string): string | undefined => {
    if (!sources.has(file)) {
      try {
        sources.set(file, printable(fs.readFileSync(path.resolve(options.cwd, file), "utf8")));
      } catch {
        sources.set(file, undefined);
      }
    }
    return sources.get(file);
  };
  const paint = (format: Parameters<typeof styleText>[0], text: string): string =>
    options.colour ? styleText(format, text) : text;
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const { shown, folded } = foldRepeats(sorted);
  const blocks = shown.map((d) => {
    const text = source(d.file);
    const frame =
      text === undefined
        ? []
        : [
            codeFrameColumns(
              text,
              { start: { line: d.line, column: d.col } },
              { linesAbove: 1, linesBelow: 1, highlightCode: options.colour, forceColor: options.colour },
            ),
          ];
    return [
      `${paint("bold", printable(`${d.file}:${d.line}:${d.col}`))}: ${paint(["red", "bold"], "error")} ${paint("dim", `[${d.code}]`)} ${printable(d.message)}`,
      ...frame,
      `    ${paint("cyan", "hint:")} ${printable(d.hint)}`,
    ].join("\n");
  });
  const foldLines = folded.map(
    ({ code, rest, files }) =>
      `... and ${rest} more [${code}] ${rest === 1 ? "problem" : "problems"} like ${rest === 1 ? "it" : "these"}` +
      ` in ${files} ${files === 1 ? "file" : "files"}: one cause is likely; fix the ones above and run again`,
  );
  const count = `${sorted.length} ${sorted.length === 1 ? "problem" : "problems"} in the schemas; nothing was written.`;
  return [...blocks, ...foldLines, count].join("\n");
}

/** How many problems of one code are shown in full; the rest are counted in one line. */
export const SHOWN_PER_CODE = 5;

/**
 * Problems of one code beyond the first few, folded: a folder read twice or one slip copied into many files makes
 * hundreds of the same problem, and the first few say what the rest do.
 */
function foldRepeats(sorted: readonly Diagnostic[]): {
  shown: Diagnostic[];
  folded: { code: string; rest: number; files: number }[];
} {
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of sorted) {
    const list = byCode.get(d.code);
    if (list === undefined) byCode.set(d.code, [d]);
    else list.push(d);
  }
  const hidden = new Set<Diagnostic>();
  const folded: { code: string; rest: number; files: number }[] = [];
  for (const [code, list] of [...byCode].sort(([a], [b]) => compareStrings(a, b))) {
    if (list.length <= SHOWN_PER_CODE) continue;
    const rest = list.slice(SHOWN_PER_CODE);
    for (const d of rest) hidden.add(d);
    folded.push({ code, rest: rest.length, files: new Set(rest.map((d) => d.file)).size });
  }
  return { shown: sorted.filter((d) => !hidden.has(d)), folded };
}
