/**
 * The library package's declarations hold its public API only (src/release/publicDeclarations.ts): the values
 * generated modules share (a `$` in their name) are dropped with every import and export of them, the types so named
 * and the public values stay, and a public declaration that refers to a dropped value fails the build, naming it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { writeDeclarations } from "../../src/release/libraryPackage";
import { tempDir, thrown } from "../support/helpers";

/** Writes `files` into a new folder and emits their declarations; returns the folder and what was written. */
function declarationsOf(files: Record<string, string>): { out: string; text: (name: string) => string } {
  const dir = tempDir();
  const src = path.join(dir, "src");
  fs.mkdirSync(src);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(src, name), text);
  const out = path.join(dir, "out");
  writeDeclarations(src, src, out);
  return { out, text: (name) => fs.readFileSync(path.join(out, name), "utf8") };
}

const PARTS = {
  "part.ts": [
    "export function isExact$Thing(v: unknown): boolean { return v !== null; }",
    "export const knownTypes$: ReadonlySet<string> = new Set();",
    "export interface Methods$part { readonly powerOn: string }",
    "export function isThing(v: unknown): v is { thing: true } { return isExact$Thing(v); }",
    "",
  ].join("\n"),
  "whole.ts": [
    'import { isExact$Thing, knownTypes$, type Methods$part } from "./part.js";',
    'import { isThing as part$isThing } from "./part.js";',
    'export { isExact$Thing, isThing } from "./part.js";',
    "export interface Methods extends Methods$part { readonly knownTypes$: number }",
    "export const isWhole: typeof part$isThing = part$isThing;",
    "export const count: number = knownTypes$.size + (isExact$Thing(1) ? 1 : 0);",
    "",
  ].join("\n"),
};

test("the shared values and their imports and exports are dropped; the types so named, the aliases and public values stay", () => {
  const { out, text } = declarationsOf(PARTS);
  const part = text("part.d.ts");
  expect(part).not.toContain("isExact$Thing");
  expect(part).not.toContain("knownTypes$");
  expect(part).toContain("export interface Methods$part");
  expect(part).toContain("export declare function isThing(");
  const whole = text("whole.d.ts");
  expect(whole).toContain("import { type Methods$part } from");
  expect(whole).toContain("import { isThing as part$isThing } from");
  expect(whole).toContain('export { isThing } from "./part.js";');
  expect(whole).not.toContain("isExact$Thing");
  // A member's name is no reference to the value of the same name.
  expect(whole).toContain("readonly knownTypes$: number;");
  expect(whole).toContain("export declare const isWhole: typeof part$isThing;");
  // What is left type-checks in full.
  const program = ts.createProgram([path.join(out, "whole.d.ts")], {
    strict: true,
    noEmit: true,
    types: [],
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual(
    [],
  );
});

test.each([
  [
    "an import of it",
    'import { isExact$Thing } from "./part.js";\nexport const leak: typeof isExact$Thing = isExact$Thing;\n',
  ],
  [
    "an import of it under a public alias",
    'import { isExact$Thing as exact } from "./part.js";\nexport const leak: typeof exact = exact;\n',
  ],
  [
    "a namespace",
    'import * as part from "./part.js";\nexport const leak: typeof part.isExact$Thing = part.isExact$Thing;\n',
  ],
  ["an import type", 'export declare const leak: typeof import("./part.js").isExact$Thing;\n'],
])("a public declaration that refers to a shared value through %s fails the build, naming the file", (_how, leak) => {
  const error = thrown(() => declarationsOf({ ...PARTS, "leak.ts": leak }));
  expect(String(error)).toMatch(/leak\.ts: its public declarations refer to internal values: (isExact\$Thing|exact)$/m);
});

test("a shared value exported under a public name, or declared with a public one, fails the build", () => {
  const renamed = thrown(() =>
    declarationsOf({ ...PARTS, "rename.ts": 'export { isExact$Thing as exact } from "./part.js";\n' }),
  );
  expect(String(renamed)).toContain("a public name exports an internal value: isExact$Thing as exact");
  const mixed = thrown(() => declarationsOf({ "mixed.ts": "export const a$: number = 1, b: number = 2;\n" }));
  expect(String(mixed)).toContain("a declaration mixes public and internal values: a$, b");
});

test("a file whose export list was all shared exports no more than it did; classes, enums and defaults stay", () => {
  const { text } = declarationsOf({
    "only.ts":
      "const hidden: number = 1;\nconst shared$: number = hidden;\nexport { shared$ };\nexport type Hidden = typeof hidden;\n",
    "kinds.ts": "export class Box$ {}\nexport enum Kind$ { A }\nexport default function thing$(): void {}\n",
  });
  // Without an export list, a declaration file exports every declaration: `hidden` would become public.
  expect(text("only.d.ts")).toContain("declare const hidden: number;");
  expect(text("only.d.ts")).toContain("export {};");
  expect(text("only.d.ts")).not.toContain("shared$");
  expect(text("kinds.d.ts")).toContain("export declare class Box$");
  expect(text("kinds.d.ts")).toContain("export declare enum Kind$");
  expect(text("kinds.d.ts")).toContain("export default function thing$");
});
