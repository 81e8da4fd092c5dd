/**
 * The statements the emit stage lays out from their parts (src/emit/layout.ts): a call of plain arguments as a
 * declaration's value, a `return` or a statement of its own, and a table built by an arrow function called at once.
 * Over generated parts of every length, at several depths, each layout given is what prettier writes for the
 * statement, and each refused is one prettier lays out otherwise.
 */
import * as prettier from "prettier";
import {
  argumentLines,
  callLines,
  callOfText,
  callText,
  lastArrayCallLines,
  type ArrowArgument,
  type CallOf,
  tableIifeLines,
  tableIifeText,
  type Call,
  type TableIife,
} from "../../src/emit/layout";
import { tableCallLayout, tableCallText } from "../../src/emit/layoutDeclarations";
import { PRETTIER_OPTIONS } from "../../src/format/formatFiles";
import { PRINT_WIDTH } from "../../src/printWidth";
import { seeded } from "../support/generatedText";

const { int, pick, name, sized, list } = seeded(20261205);
const argument = (): string =>
  pick([
    () => name(sized(), "a$"),
    () => `"${name(sized(), "s")}"`,
    () => String(int(0, 9)),
    () => `${name(int(2, 6), "r")}.${name(sized(), "m")}`,
    () => `${name(sized(), "f")}(x)`,
  ])();
const call = (): Call => ({
  callee: pick([name(sized(), "call$"), `rt.${name(sized(), "m")}`, "t.set", `new ${name(sized(), "C")}<string>`]),
  args: list(int(0, 4), argument),
});

/** `lines` (or the one-line statement) at `depth` blocks deep, as a module text. */
function inBlocks(lines: readonly string[], depth: number): string {
  const pad = "  ".repeat(depth);
  const open = list(depth, () => "").map((_, d) => `${"  ".repeat(d)}${d === 0 ? "export function f(): void {" : "{"}`);
  const close = list(depth, () => "").map((_, d) => `${"  ".repeat(depth - 1 - d)}}`);
  return [...open, ...lines.map((l) => `${pad}${l}`), ...close, ""].join("\n");
}

const format = (text: string): Promise<string> => prettier.format(text, PRETTIER_OPTIONS);

describe("a call whose last argument is an array", () => {
  test.each(["let o = ", "return ", ""])(
    "after %j, too long for its line, hugs the array as prettier does, or is left to prettier",
    async (lead) => {
      let laidOut = 0;
      for (let i = 0; i < 300; i++) {
        const c = { callee: pick([`rt.${name(sized(), "m")}`, name(sized(), "f")]), args: list(int(0, 4), argument) };
        const elements = list(int(1, 5), () => pick([name(sized(), "members$"), `"${name(sized(), "s")}"`]));
        const depth = lead === "return " ? int(1, 4) : int(0, 4);
        const oneLine = `${lead}${callText({ callee: c.callee, args: [...c.args, `[${elements.join(", ")}]`] })};`;
        if (depth * 2 + oneLine.length <= PRINT_WIDTH) continue;
        const lines = lastArrayCallLines(depth * 2, lead, c, elements);
        if (lines === undefined) continue;
        laidOut++;
        const text = inBlocks(lines, depth);
        expect({ oneLine, text: await format(text) }).toEqual({ oneLine, text });
      }
      expect(laidOut).toBeGreaterThan(10);
    },
    60_000,
  );
});

test("a call broken by its arguments, an arrow function of a call last, is laid out as prettier lays it out", async () => {
  const shapes = new Set<string>();
  let laidOut = 0;
  for (let i = 0; i < 400; i++) {
    const x = name(sized(), "$");
    const key = name(int(2, 30), "k");
    const args: (string | ArrowArgument)[] = [x, `p + (${x} === v["${key}"] ? ".${key}" : ".${key}")`, "c"];
    args.push(
      pick<() => string | ArrowArgument>([
        () => name(sized(), "rt.is"),
        () => ({
          params: pick(["(e: unknown, q: string, cc: rt.DecodeContext)", "(e: unknown)"]),
          body: { callee: "rt.gmAt", args: list(int(1, 6), () => pick(["e", "q", name(sized(), "gmExact$")])) },
        }),
      ])(),
    );
    const call: CallOf = { callee: pick(["rt.gmArray", "rt.gmCheckArray"]), args };
    const lead = pick([`o["${name(int(2, 30), "k")}"] = `, "const d = "]);
    const depth = int(1, 4);
    const oneLine = `${lead}${callOfText(call)};`;
    if (depth * 2 + oneLine.length <= PRINT_WIDTH) continue;
    const lines = argumentLines(depth * 2, lead, call);
    if (lines === undefined) continue;
    laidOut++;
    if (lines.some((l) => l.endsWith("=>"))) shapes.add("the arrow's body on its next line");
    if (lines.some((l) => l.endsWith("=>")) && lines.some((l) => l.trim() === "),")) shapes.add("the body broken");
    const text = inBlocks(lines, depth);
    expect({ oneLine, text: await format(text) }).toEqual({ oneLine, text });
  }
  expect(laidOut).toBeGreaterThan(50);
  expect([...shapes].sort()).toEqual(["the arrow's body on its next line", "the body broken"]);
}, 60_000);

describe("a call of plain arguments", () => {
  test.each(["export const d = /* @__PURE__ */ ", "const d = ", "return ", ""])(
    "after %j, too long for its line, is laid out as prettier lays it out, or left to prettier",
    async (leadKind) => {
      let laidOut = 0;
      for (let i = 0; i < 200; i++) {
        const c = call();
        const depth = leadKind.startsWith("export") ? 0 : leadKind === "return " ? int(1, 4) : int(0, 4);
        const lead = leadKind.replace(" d ", ` ${name(sized(), "d")} `);
        const assigned = /^(export )?const [\w$]+ = /.exec(lead)?.[0];
        // A `return` may cast what the call returns (`return f(x) as T;`).
        const tail =
          leadKind === "return " ? pick(["", ` as ${name(sized(), "T")}`, ` as ${name(sized(), "A")} | B`]) : "";
        const oneLine = `${lead}${callText(c)}${tail};`;
        if (depth * 2 + oneLine.length <= PRINT_WIDTH) continue;
        const lines = callLines(depth * 2, lead, c, assigned, tail);
        const text = inBlocks(lines ?? [oneLine], depth);
        if (lines === undefined) continue;
        laidOut++;
        expect({ oneLine, text: await format(text) }).toEqual({ oneLine, text });
      }
      expect(laidOut).toBeGreaterThan(10);
    },
    60_000,
  );

  test("refuses an argument that is not plain (prettier may hug it)", () => {
    expect(callLines(0, "return ", { callee: "f", args: [`${name(120, "g")}(x)`] })).toBeUndefined();
  });
});

describe("a table built by an arrow function called at once", () => {
  test("too long for its line, is laid out as prettier lays it out, or left to prettier", async () => {
    let laidOut = 0;
    let afterOperator = 0;
    let familyBroken = 0;
    for (let i = 0; i < 400; i++) {
      const sets = list(int(0, 6), () => ({ callee: "t.set", args: [`"${name(sized(), "T")}"`, name(sized(), "f$")] }));
      const family = {
        callee: "rt.family<(v: never) => rt.WireObject>",
        entries: list(int(2, 6), () => name(sized(), "t$")),
      };
      const table: TableIife = pick([
        () => ({
          made: `new Map<string, ${pick(["rt.DecodeAt<unknown>", "(v: never) => rt.WireObject", name(sized(), "F")])}>()`,
          sets,
        }),
        // A family's table made from its subtypes' tables, then filled.
        () => ({
          made: tableCallText(family.callee, family.entries),
          madeLines: tableCallLayout(family.callee, family.entries),
          sets,
        }),
      ])();
      const type = pick(["F", "(v: never) => rt.WireObject", "(v: Record<string, unknown>) => boolean"]);
      const head = `${pick(["export ", ""])}const ${name(int(3, 70), "any$")}: ReadonlyMap<string, ${type}> = /* @__PURE__ */ `;
      const oneLine = `${head}${tableIifeText(table)};`;
      if (oneLine.length <= PRINT_WIDTH) continue;
      const lines = tableIifeLines(0, head, table);
      if (lines === undefined) continue;
      laidOut++;
      if (lines[0]?.endsWith(" =")) afterOperator++;
      if (lines[1]?.endsWith("([")) familyBroken++;
      const text = `${lines.join("\n")}\n`;
      expect({ oneLine, text: await format(text) }).toEqual({ oneLine, text });
    }
    expect(laidOut).toBeGreaterThan(10);
    // Both: the function after the head, and on the line after the `=` where the two do not fit on one.
    expect(afterOperator).toBeGreaterThan(3);
    expect(laidOut - afterOperator).toBeGreaterThan(3);
    // A family's table made by a call too long for its line, laid out as a table call.
    expect(familyBroken).toBeGreaterThan(3);
  }, 60_000);
});
