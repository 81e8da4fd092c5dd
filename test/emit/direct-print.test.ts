/**
 * The emit stage writes its plain functions and constants itself (src/emit/directPrint.ts) instead of through
 * ts-morph's printers: the text is the same bytes as ts-morph's, over the whole catalogue and the session family
 * under every option that changes the code; and the templates' relative specifiers get the output's extension.
 */
import { emitFiles } from "../../src/emit/emitFiles";
import { readTemplates } from "../../src/load/readTemplates";
import { withRelativeSpecifiers } from "../../src/emit/print";
import { resolveOptions, type CodeOptions } from "../../src/options";
import { bundledSchemasDir, loadModel } from "../../src/pipeline";
import { SESSION_SCHEMAS } from "../support/helpers";

const emit = (schemaDirs: string[], code: CodeOptions, tsMorphOnly: boolean) =>
  emitFiles(loadModel({ schemaDirs, outDir: "out" }), {
    sourceName: (f) => f,
    regenerate: "npx vsphere-typegen generate",
    templates: readTemplates(),
    code,
    tsMorphOnly,
  });

const options: [string, Partial<Record<keyof CodeOptions, string>>][] = [
  ["the defaults", {}],
  ["bigint and Date", { int64: "bigint", dateTime: "Date" }],
  [
    "strip, reject, .js",
    { unknownMembers: "strip", unknownTypes: "reject", unknownEnumValues: "reject", importExtension: ".js" },
  ],
];

test.each(options)(
  "the catalogue under %s prints to ts-morph's bytes",
  (_label, given) => {
    const code = resolveOptions({}, {}, given);
    const direct = emit([bundledSchemasDir()], code, false);
    const tsMorph = emit([bundledSchemasDir()], code, true);
    expect(direct.map((f) => f.path)).toEqual(tsMorph.map((f) => f.path));
    for (const [i, file] of direct.entries()) {
      // Compared file by file, so that a difference names its module.
      expect({ path: file.path, same: file.text === tsMorph[i]?.text }).toEqual({ path: file.path, same: true });
    }
  },
  120_000,
);

test("the session family under every option prints to ts-morph's bytes", () => {
  for (const [, given] of options) {
    const code = resolveOptions({}, {}, given);
    expect(emit([SESSION_SCHEMAS], code, false)).toEqual(emit([SESSION_SCHEMAS], code, true));
  }
});

test("a template's relative imports and re-exports get the extension; nothing else changes", () => {
  const text = [
    'import * as rt from "./runtime";',
    'import type { A } from "./types";',
    'export * from "./guards";',
    'export { b } from "../elsewhere";',
    'import { c } from "node:fs";',
    'const s = "./not-a-specifier";',
    "",
  ].join("\n");
  expect(withRelativeSpecifiers(text, ".js")).toBe(
    [
      'import * as rt from "./runtime.js";',
      'import type { A } from "./types.js";',
      'export * from "./guards.js";',
      'export { b } from "../elsewhere";',
      'import { c } from "node:fs";',
      'const s = "./not-a-specifier";',
      "",
    ].join("\n"),
  );
});
