/**
 * The statements the emitters lay out inside function bodies (src/emit/layoutClauses.ts), printed through the real
 * printer (a function's body, blocks deep) from generated parts of every length: where a layout answers lines, the
 * printed text is what prettier writes for it; where it answers none, the statement stays on one line for prettier.
 */
import * as prettier from "prettier";
import { StructureKind, type CodeBlockWriter } from "ts-morph";
import {
  conditionalLines,
  elseLines,
  sumLines,
  writeBlockIf,
  writeSum,
  writeElse,
  ifLines,
  returnChainLines,
  writeConditional,
  writeIf,
  writeReturnChain,
  type ConditionalAssignment,
} from "../../src/emit/layoutClauses";
import { callText } from "../../src/emit/layout";
import { printStructure } from "../../src/emit/print";
import { PRETTIER_OPTIONS } from "../../src/format/formatFiles";
import { PRINT_WIDTH } from "../../src/printWidth";
import { seeded } from "../support/generatedText";

const { int, pick, name, sized, list } = seeded(20261206);

const format = (text: string): Promise<string> => prettier.format(text, PRETTIER_OPTIONS);

/** A module of one function whose body writes `write`'s statements `depth` blocks deep (1: the body itself). */
function printed(depth: number, write: (writer: CodeBlockWriter) => void): string {
  const nest = (writer: CodeBlockWriter, d: number): void => {
    if (d === 1) write(writer);
    else writer.write(`if (a${d})`).block(() => nest(writer, d - 1));
  };
  return printStructure({
    statements: [{ kind: StructureKind.Function, name: "f", returnType: "unknown", statements: (w) => nest(w, depth) }],
  });
}

const operand = (): string =>
  pick([
    () => `${name(sized(), "fieldsOk$")}(value)`,
    () => `value["_typeName"] === "${name(sized(), "T")}"`,
    () => `(${name(sized(), "$")} === undefined || rt.isString(${name(sized(), "$")}))`,
    () => `typeof v["${name(sized(), "k")}"] === "string"`,
    () => "rt.isRecord(value)",
  ])();

/** Prints generated cases, holds every laid-out one to prettier, and answers how many were laid out. */
async function holdToPrettier(
  cases: number,
  make: () => { depth: number; write: (w: CodeBlockWriter) => void; laidOut: (indent: number) => boolean },
): Promise<number> {
  let laidOut = 0;
  for (let i = 0; i < cases; i++) {
    const { depth, write, laidOut: answered } = make();
    const text = printed(depth, write);
    if (!answered(depth * 2)) continue;
    laidOut++;
    expect(await format(text)).toBe(text);
  }
  return laidOut;
}

test("a return of a chain of && is laid out as prettier lays it out", async () => {
  const laidOut = await holdToPrettier(200, () => {
    const operands = list(int(2, 6), operand);
    const depth = int(1, 4);
    const long = depth * 2 + `return ${operands.join(" && ")};`.length > PRINT_WIDTH;
    return {
      depth,
      write: (w) => writeReturnChain(w, operands),
      laidOut: (indent) => long && returnChainLines(indent, operands) !== undefined,
    };
  });
  expect(laidOut).toBeGreaterThan(20);
}, 60_000);

test("a chain is left on its line for prettier where an operand holds an operator of lower precedence", () => {
  expect(returnChainLines(2, ["a", `${name(90, "b")} || c`])).toBeUndefined();
  expect(returnChainLines(2, ["a", `x ? ${name(90, "b")} : c`])).toBeUndefined();
  expect(returnChainLines(2, ["a", `(${name(90, "b")} || c)`])).toEqual([
    "return (",
    `  a && (${name(90, "b")} || c)`,
    ");",
  ]);
});

const condition = (): string =>
  pick([
    () => `${name(sized(), "$")} !== undefined`,
    () => `${name(sized(), "$")} !== undefined && !rt.isString(${name(sized(), "$")})`,
    () => `Array.isArray(${name(sized(), "$")})`,
  ])();
const consequent = (): string =>
  pick([
    () => `rt.fail(c, p + ".${name(sized(), "f")}", "array", ${name(sized(), "$")});`,
    () => `o["${name(sized(), "k")}"] = ${name(sized(), "encodeExact$")}(${name(sized(), "$")});`,
    () => `return rt.isArrayOf(value["_value"], ${name(sized(), "rt.is")});`,
  ])();

test("an if with one statement, alone, after another or after a block, is laid out as prettier lays it out", async () => {
  let afterBlock = 0;
  const laidOut = await holdToPrettier(300, () => {
    const [cond, stmt] = [condition(), consequent()];
    const depth = int(1, 4);
    const before = pick(["none", "if", "block"] as const);
    const keyword = before === "none" ? "if" : "else if";
    const lead = before === "block" ? "} " : "";
    const head = `${keyword} (${cond})`;
    const long = depth * 2 + `${lead}${head} ${stmt}`.length > PRINT_WIDTH;
    return {
      depth,
      write: (w) => {
        if (before === "if") writeIf(w, "a", "b();");
        if (before === "block") w.write("if (a)").block(() => w.writeLine("b();"));
        writeIf(w, cond, stmt, keyword, before === "block");
      },
      laidOut: (indent) => {
        const answered = long && ifLines(indent, head, stmt, lead) !== undefined;
        if (answered && before === "block") afterBlock++;
        return answered;
      },
    };
  });
  expect(laidOut).toBeGreaterThan(30);
  expect(afterBlock).toBeGreaterThan(5);
}, 60_000);

test("an if with a block, its test a chain of && too long for its line, is laid out as prettier lays it out", async () => {
  let broken = 0;
  const laidOut = await holdToPrettier(200, () => {
    const operands = list(int(2, 4), operand);
    const depth = int(1, 4);
    return {
      depth,
      write: (w) => writeBlockIf(w, operands, () => w.writeLine("n++;")),
      laidOut: (indent) => {
        const long = indent + `if (${operands.join(" && ")}) {`.length > PRINT_WIDTH;
        // An operand too long for its own line leaves the whole test on one line, for prettier.
        const fitting = operands.every((o) => indent + o.length + " &&".length + 2 <= PRINT_WIDTH);
        if (long && operands.length > 1 && fitting) broken++;
        return !long || (operands.length > 1 && fitting);
      },
    };
  });
  expect(laidOut).toBeGreaterThan(60);
  expect(broken).toBeGreaterThan(20);
}, 60_000);

test("a declaration of a sum (the members counted, a path) is laid out as prettier lays it out", async () => {
  const shapes = new Set<number>();
  const laidOut = await holdToPrettier(300, () => {
    const x = name(sized(), "$");
    const operands = pick([
      () => list(int(2, 5), () => `${name(sized(), "gmFields$")}(v, o, p, c)`),
      () => [
        "p",
        `(${x} === v["${name(int(2, 40), "K")}"] ? ".${name(int(2, 40), "K")}" : ".${name(int(2, 40), "k")}")`,
      ],
    ])();
    const head = pick(["const n = ", "const q = "]);
    const depth = int(1, 4);
    return {
      depth,
      write: (w) => writeSum(w, head, operands),
      laidOut: (indent) => {
        const long = indent + `${head}${operands.join(" + ")};`.length > PRINT_WIDTH;
        const lines = long ? sumLines(indent, head, operands) : undefined;
        if (lines !== undefined) shapes.add(lines.length === 2 ? 2 : 3);
        return lines !== undefined;
      },
    };
  });
  expect(laidOut).toBeGreaterThan(50);
  // Both: the sum on the line after the `=`, and one operand a line.
  expect([...shapes].sort()).toEqual([2, 3]);
}, 60_000);

test("an if whose statement is compound is left on its line for prettier", () => {
  expect(ifLines(0, `if (${name(60, "a")})`, `if (b) ${name(60, "c")}();`)).toBeUndefined();
  expect(ifLines(0, `if (${name(60, "a")})`, `{ ${name(60, "c")}(); }`)).toBeUndefined();
});

test("an assignment of a conditional is laid out as prettier lays it out", async () => {
  const shapes = new Set<number>();
  const laidOut = await holdToPrettier(200, () => {
    // Short parts as well as long ones, so that the conditional sometimes fits the line after the `=`.
    const n = (most: number): number => int(2, pick([8, most]));
    const x = name(n(35), "$");
    const alternateCall = {
      callee: "rt.gmAt",
      args: [x, "q", "c", `"${name(n(35), "T")}"`, name(n(35), "gmExact$"), name(n(25), "table$")],
    };
    const c: ConditionalAssignment = {
      target: `o["${name(n(20), "k")}"]`,
      test: pick([`rt.isRecord(${x}) && ${x}["_typeName"] === undefined`, `${x} === undefined`]),
      consequent: `${name(n(35), "gmExact$")}(${x}, q, c)`,
      alternate: callText(alternateCall),
      // The alternate as a call, which the layout may break by its arguments; or as text only.
      ...pick([{ alternateCall }, {}]),
    };
    const depth = int(1, 5);
    const long = depth * 2 + `${c.target} = ${c.test} ? ${c.consequent} : ${c.alternate};`.length > PRINT_WIDTH;
    return {
      depth,
      write: (w) => writeConditional(w, c),
      laidOut: (indent) => {
        const lines = long ? conditionalLines(indent, c) : undefined;
        if (lines !== undefined) shapes.add(lines.length);
        return lines !== undefined;
      },
    };
  });
  expect(laidOut).toBeGreaterThan(20);
  // Every layout is reached: the conditional on the line after the `=`, its parts on lines of their own, and its
  // alternate broken by its arguments (more lines).
  expect([...shapes].filter((l) => l > 4).length).toBeGreaterThan(0);
  expect([...shapes].filter((l) => l <= 4).sort()).toEqual([2, 4]);
}, 60_000);

test("an else with a call as its statement, alone or after a block, is laid out as prettier lays it out", async () => {
  const shapes = new Set<string>();
  const laidOut = await holdToPrettier(300, () => {
    const call = {
      callee: pick(["rt.gmFail", name(sized(), "f")]),
      args: list(int(1, 6), () => pick([name(sized(), "a"), `"${name(sized(), "S")}"`, "c"])),
    };
    const depth = int(1, 4);
    const afterBlock = pick([true, false]);
    const long = depth * 2 + `${afterBlock ? "} " : ""}else ${callText(call)};`.length > PRINT_WIDTH;
    return {
      depth,
      write: (w) => {
        if (afterBlock) w.write("if (a)").block(() => w.writeLine("b();"));
        else w.writeLine("if (a) b();");
        writeElse(w, call, afterBlock);
      },
      laidOut: (indent) => {
        const lines = long ? elseLines(indent, call) : undefined;
        if (lines !== undefined) shapes.add(lines.length === 2 ? "on the next line" : "broken by its arguments");
        return lines !== undefined;
      },
    };
  });
  expect(laidOut).toBeGreaterThan(30);
  expect([...shapes].sort()).toEqual(["broken by its arguments", "on the next line"]);
}, 60_000);

test("a conditional whose test is not a comparison is left on its line for prettier", () => {
  const c = {
    target: "o",
    test: `rt.isRecord(${name(60, "x")})`,
    consequent: "f(x)",
    alternate: `g(${name(40, "y")})`,
  };
  expect(conditionalLines(0, c)).toBeUndefined();
});
