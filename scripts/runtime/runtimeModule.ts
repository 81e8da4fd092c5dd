/**
 * Writes templates/core/runtime.ts, the one module generated code imports at run time (as `rt`), from the run-time
 * templates' own exports: every value a template of the core, a wire or a transport declares is re-exported as a
 * constant, and its types with `export type *`. Adding a helper to a template is then one edit and one run of
 * `npm run runtime` (test/codebase/runtime-module.test.ts fails, naming the command, while the module is stale).
 *
 * Constants, not `export *`: compiled to CommonJS, `export *` makes each a getter, and a getter call on every
 * `rt.isString` cost the guards a tenth of their speed (measured, README).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import ts from "typescript";
import { compareStrings } from "../../src/diagnostic";
import { CORE_RUNTIME, TRANSPORTS, WIRES } from "../../src/emit/registry";

/** The run-time folders whose templates `rt` re-exports, core first: the client is not part of the run time. */
export function runtimeFolders(): string[] {
  return [...new Set([CORE_RUNTIME, ...WIRES.map((w) => w.runtime), ...TRANSPORTS.map((t) => t.runtime)])];
}

interface ModuleExports {
  /** The module's specifier from templates/core/ (`./checks`, `../soap/xml`). */
  readonly specifier: string;
  /** Its file name without extension, unique across the templates (the output holds them side by side). */
  readonly name: string;
  readonly values: string[];
  /** Classes and enums: a constant carries only their value, so each also gets a type of its name. */
  readonly classes: string[];
  readonly declaresTypes: boolean;
}

const exported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** What a template declares and exports itself (re-exports of other templates' names are theirs). */
function exportsOf(file: string, specifier: string): ModuleExports {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const values: string[] = [];
  const classes: string[] = [];
  let declaresTypes = false;
  for (const statement of source.statements) {
    if (!exported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name !== undefined) values.push(statement.name.text);
    else if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) values.push(d.name.text);
      }
    else if (ts.isClassDeclaration(statement) && statement.name !== undefined) {
      values.push(statement.name.text);
      classes.push(statement.name.text);
      declaresTypes = true;
    } else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) declaresTypes = true;
    else if (ts.isEnumDeclaration(statement)) {
      values.push(statement.name.text);
      classes.push(statement.name.text);
      declaresTypes = true;
    }
  }
  return { specifier, name: path.basename(file, ".ts"), values, classes, declaresTypes };
}

/** The module's text, unformatted; throws when two templates export one name (the `rt` namespace would clash). */
export function runtimeSource(templatesDir: string): string {
  const modules: ModuleExports[] = [];
  for (const folder of runtimeFolders()) {
    const dir = path.join(templatesDir, folder);
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .sort(compareStrings)) {
      if (folder === CORE_RUNTIME && file === "runtime.ts") continue;
      const specifier = folder === CORE_RUNTIME ? `./${file.slice(0, -3)}` : `../${folder}/${file.slice(0, -3)}`;
      modules.push(exportsOf(path.join(dir, file), specifier));
    }
  }
  const owner = new Map<string, string>();
  for (const m of modules)
    for (const v of m.values) {
      const other = owner.get(v);
      if (other !== undefined) throw new Error(`templates ${other} and ${m.specifier} both export ${v}`);
      owner.set(v, m.specifier);
    }
  const lines = [
    "/**",
    " * The one module generated code imports at run time (as `rt`): every value the run-time templates declare (core/,",
    " * and a folder per wire and per transport), re-exported as a constant, and their types. Written by",
    " * `npm run runtime` (scripts/runtime/runtimeModule.ts) from the templates' own exports: do not edit.",
    " *",
    " * Files under templates/ are templates: the generator copies them verbatim (after its own header) into the output",
    " * folder, side by side, so that generated code needs no npm package at run time. They are compiled and tested here",
    " * like any other source file.",
    " */",
    ...modules.filter((m) => m.declaresTypes).map((m) => `export type * from "${m.specifier}";`),
    "// The functions are re-exported as constants, not with `export *`: compiled to CommonJS, `export *` makes each a",
    "// getter, and a getter call on every `rt.isString` cost the guards a tenth of their speed (measured, README).",
    ...modules
      .filter((m) => m.values.length > 0)
      .map((m) => `import { ${m.values.map((v) => `${v} as ${m.name}$${v}`).join(", ")} } from "${m.specifier}";`),
    ...modules.flatMap((m) => [
      // Typed as what they re-export, so that each module's declarations can be written from its own text
      // (isolatedDeclarations: ts.transpileDeclaration, the library package's build).
      ...m.values.map((v) => `export const ${v}: typeof ${m.name}$${v} = ${m.name}$${v};`),
      ...m.classes.map((c) => `export type ${c} = ${m.name}$${c};`),
    ]),
  ];
  return `${lines.join("\n")}\n`;
}

/** The module as the repository keeps it: formatted with the templates' prettier options. */
export async function runtimeModule(templatesDir: string): Promise<string> {
  const file = path.join(templatesDir, CORE_RUNTIME, "runtime.ts");
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(runtimeSource(templatesDir), { ...options, filepath: file });
}

if (require.main === module) {
  const templatesDir = path.resolve(process.argv[2] ?? "templates");
  void runtimeModule(templatesDir).then((text) => {
    const file = path.join(templatesDir, CORE_RUNTIME, "runtime.ts");
    const changed = !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text;
    if (changed) fs.writeFileSync(file, text);
    console.log(`${path.relative(process.cwd(), file)}: ${changed ? "written" : "unchanged"}`);
  });
}
