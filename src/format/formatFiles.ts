/**
 * Format stage: prettier over every generated file, with options pinned here rather than read from
 * any config file, so that the output is the same bytes on every machine. A module whose unformatted text was
 * formatted before is taken from the format cache instead.
 */
import * as prettier from "prettier";
import type { GeneratedFile } from "../emit/emitFiles";
import { openFormatCache } from "./formatCache";

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

/** What the cache's keys include besides the text: another prettier or other options format differently. */
const CACHE_SALT = `prettier ${prettier.version} ${JSON.stringify(PRETTIER_OPTIONS)}`;

/** The files formatted; with `cacheDir`, modules formatted by an earlier run are read from the cache there. */
export async function formatFiles(
  files: readonly GeneratedFile[],
  cacheDir: string | undefined = undefined,
): Promise<GeneratedFile[]> {
  const cache = cacheDir === undefined ? undefined : openFormatCache(cacheDir, CACHE_SALT);
  const formatted = await Promise.all(
    files.map(async (file) => {
      const cached = cache?.get(file.text);
      if (cached !== undefined) return { path: file.path, text: cached };
      const text = await prettier.format(file.text, PRETTIER_OPTIONS);
      cache?.set(file.text, text);
      return { path: file.path, text };
    }),
  );
  cache?.prune();
  return formatted;
}
