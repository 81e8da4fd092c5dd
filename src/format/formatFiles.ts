/**
 * Format stage: prettier over every generated file, with options pinned here rather than read from
 * any config file, so that the output is the same bytes on every machine.
 */
import * as prettier from "prettier";
import type { GeneratedFile } from "../emit/emitFiles";

export const PRETTIER_OPTIONS: prettier.Options = {
  parser: "typescript",
  printWidth: 110,
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

export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => ({ path: file.path, text: await prettier.format(file.text, PRETTIER_OPTIONS) })),
  );
}
