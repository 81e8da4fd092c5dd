/**
 * The client's facade (src/emit/emitClient.ts) in the committed outputs: generated/client.ts binds the client's core
 * to the catalogue's types and wire functions, the run time's copies import only one another, and an output without
 * the client's methods (the golden outputs of the SessionEvent family) has no facade. That the facade's types keep
 * the client's contract is a compile-time check: test/type-level/generated-types.ts holds a catalogue that breaks it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CLIENT } from "../../src/emit/registry";
import { REPO } from "../support/helpers";

const GENERATED = path.join(REPO, "generated");

/** Each module specifier of `file`'s imports and re-exports. */
function specifiers(file: string): string[] {
  return [...fs.readFileSync(file, "utf8").matchAll(/^(?:import|export)\b[^;]*? from "([^"]+)";/gms)].map(
    (m) => m[1] ?? "",
  );
}

test("the run time's copies in runtime/ import only one another (and Node's modules), no generated module", () => {
  const runtime = path.join(GENERATED, "runtime");
  const outside = fs
    .readdirSync(runtime)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) =>
      specifiers(path.join(runtime, f))
        .filter((s) => !s.startsWith("./") && !s.startsWith("node:"))
        .map((s) => `${f} -> ${s}`),
    );
  expect(outside).toEqual([]);
});

test("client.ts imports each wire function from the module the registry names, and the client only through runtime/binding", () => {
  const text = fs.readFileSync(path.join(GENERATED, "client.ts"), "utf8");
  for (const [fn, module] of Object.entries(CLIENT.wireFunctions))
    expect(text).toMatch(
      new RegExp(`^import \\{[^}]*\\b${fn.replace(/\$/g, "\\$")}(?![\\w$])[^}]*\\} from "\\./${module}\\.js";$`, "m"),
    );
  const runtime = specifiers(path.join(GENERATED, "client.ts")).filter((s) => s.startsWith("./runtime/"));
  expect(runtime.sort()).toEqual(["./runtime/binding.js", "./runtime/runtime.js"]);
  expect(text).toContain("contract: true,");
  expect(text).toContain(
    "export const VimClient: client$.VimClientClass<VimClientTypes> = /* @__PURE__ */ client$.bindClient(api$);",
  );
  const index = fs.readFileSync(path.join(GENERATED, "index.ts"), "utf8");
  expect(index).toContain('export { PropertyReadError, TaskError, VimClient, VimFault, faultOf } from "./client.js";');
});

test.each(["bigint", "date", "bigint-date"])(
  "the golden output %s, whose schemas declare none of the client's methods, has no client.ts",
  (golden) => {
    const dir = path.join(REPO, "test/golden", golden);
    expect(fs.existsSync(path.join(dir, "client.ts"))).toBe(false);
    expect(fs.readFileSync(path.join(dir, "index.ts"), "utf8")).not.toContain("VimClient");
  },
);
