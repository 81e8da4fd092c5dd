/**
 * Which types can nest inside themselves (src/model/recursion.ts): a type on a cycle of its fields' types (subtypes
 * included), found in one pass by Tarjan's algorithm, held here to the plain definition (a walk from each type that
 * comes back to it) on small sets and on the bundled catalogue.
 */
import { recursiveTypes } from "../../src/model/recursion";
import { typeOf, type Model } from "../../src/model/ir";
import { catalogueModel, modelOf } from "../support/helpers";

/** The definition: a walk from the type along field types and their subtypes comes back to it. */
function byDefinition(model: Model): string[] {
  const next = (name: string): string[] =>
    typeOf(model, name).allFields.flatMap((f) => {
      const declared = f.type.kind === "object" ? [f.type.typeName] : f.type.kind === "union" ? f.type.typeNames : [];
      return declared.flatMap((d) => [d, ...typeOf(model, d).subtypes]);
    });
  return model.types
    .filter((type) => {
      const seen = new Set<string>();
      const stack = next(type.name);
      for (let name = stack.pop(); name !== undefined; name = stack.pop()) {
        if (name === type.name) return true;
        if (seen.has(name)) continue;
        seen.add(name);
        stack.push(...next(name));
      }
      return false;
    })
    .map((t) => t.name)
    .sort();
}

const type = (name: string, fields: Record<string, string>, base?: string): Record<string, string> => ({
  [`${name}.yaml`]: [
    `name: ${name}`,
    ...(base === undefined ? [] : [`extends: ${base}`]),
    "fields:",
    ...Object.entries(fields).flatMap(([f, t]) => [`  ${f}:`, `    type: ${t}`, "    optional: true"]),
    "",
  ].join("\n"),
});

test("a type reaching itself, a cycle of three, a subtype reaching itself through its base's slot, and what only reaches a cycle", () => {
  const model = modelOf({
    ...type("Self", { again: "Self" }),
    ...type("A", { b: "B" }),
    ...type("B", { c: "C" }),
    ...type("C", { a: "A" }),
    ...type("Holder", { a: "A", leaf: "Leaf" }), // reaches a cycle, is on none
    ...type("Leaf", { name: "string" }),
    ...type("Base", { name: "string" }),
    ...type("Sub", { parent: "Base" }, "Base"), // Base's field slot takes Sub, whose field takes Base
    ...type("Outer", { inner: "Base" }),
  });
  expect([...recursiveTypes(model)].sort()).toEqual(["A", "B", "C", "Self", "Sub"]);
  expect([...recursiveTypes(model)].sort()).toEqual(byDefinition(model));
});

test("on the bundled catalogue, the same types as the definition", () => {
  const model = catalogueModel();
  const found = [...recursiveTypes(model)].sort();
  expect(found).toEqual(byDefinition(model));
  expect(found).toContain("LocalizedMethodFault");
});
