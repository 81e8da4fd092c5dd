/**
 * Statements inside function bodies that the emitters lay out themselves, from their parts, as prettier lays them out
 * when they are too long for a line: a `return` of a chain of `&&`, an `if` (or `else if`) with one statement, an
 * `if` whose block's test is a chain of `&&`, an `else` with a call, an assignment of a conditional or of a sum. Each answers its lines, or undefined where prettier would lay the statement out
 * otherwise; the statement then stays on one line, for the format stage to give to prettier.
 * test/emit/layout-clauses.test.ts holds every layout to prettier at every length around the width.
 */
import type { CodeBlockWriter } from "ts-morph";
import { callLines, callText, type Call } from "./layout";
import { fits, INDENT, operandLines, outsideBrackets, writeLaidOut } from "./layoutParts";

/** An operand of a chain that prettier breaks only between operands: none of a lower precedence outside parentheses. */
function chainOperand(operand: string): boolean {
  if (operand.startsWith("(") && outsideBrackets(operand) === "") return true;
  return !/\|\||\?|=>/.test(outsideBrackets(operand));
}

/** `return a && b && ...;`: the chain in parentheses on a line of its own, or one operand a line. */
export function returnChainLines(indent: number, operands: readonly string[]): string[] | undefined {
  if (operands.length < 2 || !operands.every(chainOperand)) return undefined;
  const inOne = ["return (", `${INDENT}${operands.join(" && ")}`, ");"];
  if (fits(indent, inOne)) return inOne;
  const broken = ["return (", ...operandLines(operands, "&&"), ");"];
  return fits(indent, broken) ? broken : undefined;
}

/** Writes `return a && b && ...;` (one operand: `return a;`), laid out when too long for its line. */
export function writeReturnChain(writer: CodeBlockWriter, operands: readonly string[]): void {
  writeLaidOut(writer, `return ${operands.join(" && ")};`, (indent) => returnChainLines(indent, operands));
}

/** A statement prettier puts on the line after its `if` as it is: not a block or another compound statement. */
const SIMPLE_STATEMENT = /^(?!(if|else|for|while|do|switch|try)\b|\{)[^`]*;$/;

/**
 * `head consequent` (`if (x) f();`, `else if (x) f();`) too long for a line: the consequent on the next line, two
 * columns in, where the head fits its line (after `lead`, the `} ` the printer puts before an `else` that follows a
 * block) and the consequent its own.
 */
export function ifLines(indent: number, head: string, consequent: string, lead = ""): string[] | undefined {
  if (!SIMPLE_STATEMENT.test(consequent)) return undefined;
  const lines = [head, `${INDENT}${consequent}`];
  return fits(indent, [`${lead}${head}`, `${INDENT}${consequent}`]) ? lines : undefined;
}

/**
 * Writes `if (condition) consequent` (`keyword` `else if` for an alternate), laid out when too long for its line;
 * `afterBlock` when it follows a block's `}`, which the printer joins to it (`} else if`).
 */
export function writeIf(
  writer: CodeBlockWriter,
  condition: string,
  consequent: string,
  keyword: "if" | "else if" = "if",
  afterBlock = false,
): void {
  const head = `${keyword} (${condition})`;
  const lead = afterBlock ? "} " : "";
  writeLaidOut(writer, `${head} ${consequent}`, (indent) => ifLines(indent, head, consequent, lead), lead);
}

/**
 * Writes `if (a && b ...) {`, its block by `body`, and the closing `}`: the test on one line where the line fits it,
 * else one operand a line inside the parentheses, as prettier breaks a chain of `&&` that is too long.
 */
export function writeBlockIf(writer: CodeBlockWriter, operands: readonly string[], body: () => void): void {
  const head = `if (${operands.join(" && ")})`;
  const indent = writer.getIndentationLevel() * INDENT.length;
  const broken = operandLines(operands, "&&");
  // An operand too long for its line is prettier's to break: the test then stays on one line for it.
  const laidOut = !fits(indent, [`${head} {`]) && operands.length > 1 && operands.every(chainOperand);
  if (!laidOut || !fits(indent, broken)) {
    writer.write(head).block(body);
    return;
  }
  writer.writeLine("if (");
  for (const line of broken) writer.writeLine(line);
  writer.write(")").block(body);
}

/**
 * `head` (`const n = `) and a sum of operands, and `;`, too long for a line: the sum on the next line, two columns in,
 * where it fits there, else one operand a line after the `=`, each but the last followed by its ` +`.
 */
export function sumLines(indent: number, head: string, operands: readonly string[]): string[] | undefined {
  if (operands.length < 2 || !operands.every((o) => !/[-+*/%<>=&|?:]/.test(outsideBrackets(o)))) return undefined;
  const next = [head.trimEnd(), `${INDENT}${operands.join(" + ")};`];
  if (fits(indent, next)) return next;
  const broken = [head.trimEnd(), ...operandLines(operands, "+", ";")];
  return fits(indent, broken) ? broken : undefined;
}

/** Writes `head` and a sum of `operands` and `;`, laid out by sumLines when too long for its line. */
export function writeSum(writer: CodeBlockWriter, head: string, operands: readonly string[]): void {
  writeLaidOut(writer, `${head}${operands.join(" + ")};`, (indent) => sumLines(indent, head, operands));
}

/** An assignment of a conditional, by its parts: `target = test ? consequent : alternate;`. */
export interface ConditionalAssignment {
  readonly target: string;
  readonly test: string;
  readonly consequent: string;
  readonly alternate: string;
  /** The alternate as a call of plain arguments (its text is `alternate`), which may be broken by its arguments. */
  readonly alternateCall?: Call;
}

function conditionalText(c: ConditionalAssignment): string {
  return `${c.test} ? ${c.consequent} : ${c.alternate}`;
}

/**
 * The assignment too long for a line, where its test is a comparison or a chain of one operator (prettier's break
 * after the operator): broken after the `=`, the conditional on the next line, or its test, `? a` and `: b` on lines
 * of their own.
 */
export function conditionalLines(indent: number, c: ConditionalAssignment): string[] | undefined {
  const test = outsideBrackets(c.test);
  const branches = outsideBrackets(`${c.consequent} ${c.alternate}`);
  if (!/ (===|!==|&&|\|\|) /.test(test) || /\?|=>/.test(`${test}${branches}`)) return undefined;
  if (test.includes(" && ") && test.includes(" || ")) return undefined;
  const onNext = [`${c.target} =`, `${INDENT}${conditionalText(c)};`];
  if (fits(indent, onNext)) return onNext;
  const broken = [`${c.target} =`, `${INDENT}${c.test}`, `${INDENT}  ? ${c.consequent}`];
  const alternate = `${INDENT}  : ${c.alternate};`;
  if (fits(indent, [...broken, alternate])) return [...broken, alternate];
  // An alternate too long for its line, broken by its arguments: they are aligned behind its `: ` and indented.
  const call = c.alternateCall;
  const byArguments = call && callLines(indent + `${INDENT}    `.length, "", call);
  if (byArguments === undefined || !fits(indent, broken)) return undefined;
  const [head = "", ...rest] = byArguments;
  return [...broken, `${INDENT}  : ${head}`, ...rest.map((l) => `${INDENT}    ${l}`)];
}

/**
 * `else` and a call as its statement (after a block's `}`, `lead`), too long for a line: the call on the next line,
 * two columns in; too long there too, broken by its arguments.
 */
export function elseLines(indent: number, call: Call): string[] | undefined {
  const statement = `${callText(call)};`;
  if (fits(indent + INDENT.length, [statement])) return ["else", `${INDENT}${statement}`];
  const broken = callLines(indent + INDENT.length, "", call);
  return broken === undefined ? undefined : ["else", ...broken.map((l) => `${INDENT}${l}`)];
}

/** Writes `else call;`, laid out when too long for its line; `afterBlock` when it follows a block's `}` (`} else`). */
export function writeElse(writer: CodeBlockWriter, call: Call, afterBlock = false): void {
  const lead = afterBlock ? "} " : "";
  writeLaidOut(writer, `else ${callText(call)};`, (indent) => elseLines(indent, call), lead);
}

/** Writes the assignment of a conditional, laid out when too long for its line. */
export function writeConditional(writer: CodeBlockWriter, c: ConditionalAssignment): void {
  writeLaidOut(writer, `${c.target} = ${conditionalText(c)};`, (indent) => conditionalLines(indent, c));
}
