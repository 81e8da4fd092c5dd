/**
 * A schema type cannot take a name the output already exports for something else: every name `index.ts` exports
 * that is not a type's or an enum's own (`VimTypeMap`, `decodeSoap`, `CloudEvent`, `decodeEventStream`...) is
 * reserved, so that no type `T` gets it as one of its own names (`T`, `AnyT`, `TTypeName`, `isT`, `decodeT`,
 * `decodeTArray`, `parseT`, `encodeT`...). Read from the catalogue's output, which has every wire and the client.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadModel } from "../../src/pipeline";
import { exportedTypeNames, isReservedTypeName, TYPE_NAME } from "../../src/validate/names";
import { REPO } from "../support/helpers";

const OUT = path.join(REPO, "test", "catalogue");

/** The names a module exports, following `export *` and `export { } from` into the output's own modules. */
function exportsOf(file: string, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const text = fs.readFileSync(file, "utf8");
  const local = (specifier: string): string => path.resolve(path.dirname(file), specifier.replace(/\.js$/, ".ts"));
  for (const m of text.matchAll(/^export \* from "([^"]+)";/gm))
    for (const n of exportsOf(local(m[1] ?? ""), seen)) names.add(n);
  for (const m of text.matchAll(/^export (?:type )?\{([^}]*)\}/gm))
    for (const part of (m[1] ?? "").split(",")) {
      const name =
        part
          .trim()
          .replace(/^type /, "")
          .split(/ as /)
          .pop()
          ?.trim() ?? "";
      if (name !== "") names.add(name);
    }
  for (const m of text.matchAll(
    /^export (?:declare )?(?:async )?(?:function|const|let|class|interface|type|enum) ([\w$]+)/gm,
  ))
    names.add(m[1] ?? "");
  return names;
}

/** A type's (or enum's) own exported names. */
function ownNames(name: string, kind: "type" | "enum"): string[] {
  const stems = exportedTypeNames(name, kind);
  if (kind === "enum") return stems;
  return [
    ...stems,
    ...["is", "decode", "safeDecode", "parse", "encode", "stringify"].flatMap((p) => [
      `${p}${name}`,
      `${p}${name}Array`,
    ]),
  ];
}

/** The type names whose own names include `exported`. */
function typesNaming(exported: string): string[] {
  const stems = new Set([exported]);
  for (const prefix of ["is", "decode", "safeDecode", "parse", "encode", "stringify"])
    if (exported.startsWith(prefix) && /^[A-Z]/.test(exported.slice(prefix.length)))
      stems.add(exported.slice(prefix.length));
  const names = new Set<string>();
  for (const stem of stems) {
    names.add(stem);
    if (stem.startsWith("Any")) names.add(stem.slice(3));
    for (const suffix of ["TypeName", "Array", "Values"])
      if (stem.endsWith(suffix)) names.add(stem.slice(0, -suffix.length));
  }
  return [...names].filter((n) => TYPE_NAME.test(n));
}

test("every name the output exports for something other than a type is one no type can take", () => {
  const model = loadModel({ schemaDirs: [path.join(REPO, "schemas", "vim25")], outDir: OUT });
  const own = new Set([
    ...model.types.flatMap((t) => ownNames(t.name, "type")),
    ...model.enums.flatMap((e) => ownNames(e.name, "enum")),
  ]);
  const others = [...exportsOf(path.join(OUT, "index.ts"))].filter((n) => !own.has(n) && !n.includes("$"));
  expect(others).toEqual(expect.arrayContaining(["VimTypeMap", "decodeSoap", "VimClient", "CloudEvent"]));
  const open = others.flatMap((n) =>
    typesNaming(n)
      .filter((t) => !isReservedTypeName(t))
      .map((t) => `${t} (for ${n})`),
  );
  expect(open).toEqual([]);
});

test("ArrayOf<T> is the wires' name for a box of T values: a type of that name is reserved", () => {
  expect(isReservedTypeName("ArrayOfEvent")).toBe(true);
  expect(isReservedTypeName("ArrayUpdateSpec")).toBe(false);
});
