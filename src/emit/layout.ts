/**
 * Statements the emitters lay out themselves, from the parts they build, as prettier lays them out when they are too
 * long for a line: a call of plain arguments (as a declaration's value, a `return` or a statement of its own), a call
 * whose last argument is an array it hugs, a call broken by its arguments (an arrow function of a call among them), and
 * a table built by an arrow function called at once. Each answers its lines, or undefined where prettier would lay the
 * statement out otherwise; the statement then stays on one line, for the format stage to give to prettier.
 * test/emit/layout.test.ts holds every layout to prettier at every length around the width.
 */
import type { CodeBlockWriter } from "ts-morph";
import { PRINT_WIDTH } from "../printWidth";
import { fits, INDENT, PLAIN_TOKEN, writeLaidOut } from "./layoutParts";

/** The mark before a call that bundlers may drop when its value is unused. */
export const PURE = "/* @__PURE__ */ ";

/** A call, by its parts. */
export interface Call {
  readonly callee: string;
  readonly args: readonly string[];
}

/** A table built by an arrow function called at once: a map made, entries set by calls, returned. */
export interface TableIife {
  /** `new Map<string, F>()`. */
  readonly made: string;
  /** How `const t = made;` is laid out when too long for its line (layoutDeclarations.ts), if it can be. */
  readonly madeLines?: DeclarationLayout;
  readonly sets: readonly Call[];
}

const IDENTIFIER = /^[\w$]+$/;

/** Prettier's short argument (its `isShortCallArgument`): a name or string of at most a quarter of the width. */
function shortArgument(argument: string): boolean {
  if (/^-?\d/.test(argument)) return true;
  return (IDENTIFIER.test(argument) || argument.startsWith('"')) && argument.length <= PRINT_WIDTH * 0.25;
}

/** The call's text on one line. */
export function callText(call: Call): string {
  return `${call.callee}(${call.args.join(", ")})`;
}

/**
 * `lead` and `call` as one statement (`;` after it) at `indent` columns, too long for a line, as prettier lays it out.
 * `assigned`, for a declaration (`export const x = `, the start of `lead`), allows prettier's break after the `=`: a
 * call of no argument or one short one is broken there; any other call's arguments go one a line when its head fits
 * (else after the `=`). A `return` or a call on its own breaks its arguments, `tail` (` as T`) after their `)`.
 */
export function callLines(
  indent: number,
  lead: string,
  call: Call,
  assigned: string | undefined = undefined,
  tail = "",
): string[] | undefined {
  const { callee, args } = call;
  // A cast to a union after the call is broken otherwise (`) as` then the union on the next line).
  if (!args.every((a) => PLAIN_TOKEN.test(a)) || !/^( as [\w$.]+)?$/.test(tail)) return undefined;
  if (assigned !== undefined && tail !== "") return undefined;
  const argumentsBroken = [`${lead}${callee}(`, ...args.map((a) => `${INDENT}${a},`), `)${tail};`];
  // A plain argument is one token: on its line however long, as prettier leaves it.
  const ends = [argumentsBroken[0] ?? "", argumentsBroken[argumentsBroken.length - 1] ?? ""];
  if (assigned === undefined) return args.length > 0 && fits(indent, ends) ? argumentsBroken : undefined;
  const head = ends.slice(0, 1);
  const afterOperator = [assigned.trimEnd(), `${INDENT}${lead.slice(assigned.length)}${callText(call)};`];
  // Prettier's poorly breakable chain is of calls: a `new` is broken by its arguments.
  const poorlyBreakable =
    !callee.startsWith("new ") && (args.length === 0 || (args.length === 1 && shortArgument(args[0] ?? "")));
  if (!poorlyBreakable && fits(indent, head)) return argumentsBroken;
  return fits(indent, afterOperator) ? afterOperator : undefined;
}

/** A declaration (`name: type = /* @__PURE__ *\/ call`) whose call callLines lays out when too long for its line. */
export function callDeclaration(
  name: string,
  type: string,
  call: Call,
): { name: string; type: string; initializer: string } {
  return withLayout({ name, type, initializer: `${PURE}${callText(call)}` }, (indent, head) =>
    callLines(indent, `${head}${PURE}`, call, head),
  );
}

/** Writes `lead`, `call`, `tail` and `;` as a line of its own, or over lines (callLines) when too long for its indent. */
export function writeCall(writer: CodeBlockWriter, lead: string, call: Call, tail = ""): void {
  writeLaidOut(writer, `${lead}${callText(call)}${tail};`, (indent) => callLines(indent, lead, call, undefined, tail));
}

/**
 * `lead` and a call whose last argument is an array of plain elements (`f(a, b, [x, y])`), and `;`, too long for a
 * line at `indent` columns: the array hugged by the call, one element a line, where the call's head fits up to its
 * `[`. (Past that prettier breaks every argument, which this leaves to it.)
 */
export function lastArrayCallLines(
  indent: number,
  lead: string,
  call: Call,
  elements: readonly string[],
): string[] | undefined {
  if (![...call.args, ...elements].every((a) => PLAIN_TOKEN.test(a)) || elements.length === 0) return undefined;
  const first = `${lead}${call.callee}(${[...call.args, "["].join(", ")}`;
  return fits(indent, [first]) ? [first, ...elements.map((e) => `${INDENT}${e},`), "]);"] : undefined;
}

/** Writes `lead`, a call with an array last (lastArrayCallLines) and `;`, over lines when too long for its indent. */
export function writeLastArrayCall(
  writer: CodeBlockWriter,
  lead: string,
  call: Call,
  elements: readonly string[],
): void {
  const text = `${lead}${callText({ callee: call.callee, args: [...call.args, `[${elements.join(", ")}]`] })};`;
  writeLaidOut(writer, text, (indent) => lastArrayCallLines(indent, lead, call, elements));
}

/** An arrow function as an argument: its parameters (`(e: unknown, q: string)`) and a call as its body. */
export interface ArrowArgument {
  readonly params: string;
  readonly body: Call;
}

/** A call whose arguments are code of one line each, or arrow functions of a call. */
export interface CallOf {
  readonly callee: string;
  readonly args: readonly (string | ArrowArgument)[];
}

const argumentText = (a: string | ArrowArgument): string =>
  typeof a === "string" ? a : `${a.params} => ${callText(a.body)}`;

/** The call's text on one line. */
export function callOfText(call: CallOf): string {
  return `${call.callee}(${call.args.map(argumentText).join(", ")})`;
}

/**
 * `lead` (`o["x"] = `, `return `...) and a call too long for its line at `indent` columns, its arguments one a line,
 * as prettier breaks a call whose last argument it does not hug: an argument on its line (too long: left to prettier,
 * but for a name or string); an arrow function on its line, or its body on the next, or that body broken by its
 * arguments. Undefined where the call's head does not fit, or where prettier would hug the last arrow function.
 */
export function argumentLines(indent: number, lead: string, call: CallOf, end = ";"): string[] | undefined {
  const first = `${lead}${call.callee}(`;
  const last = call.args[call.args.length - 1];
  if (!fits(indent, [first]) || last === undefined) return undefined;
  const before = call.args.slice(0, -1).map(argumentText);
  if (typeof last !== "string" && fits(indent, [`${first}${[...before, `${last.params} =>`].join(", ")}`]))
    return undefined;
  const inner = indent + INDENT.length;
  const lines = [first];
  for (const argument of call.args) {
    const line = `${argumentText(argument)},`;
    if (fits(inner, [line]) || (typeof argument === "string" && PLAIN_TOKEN.test(argument))) {
      lines.push(`${INDENT}${line}`);
      continue;
    }
    if (typeof argument === "string" || !fits(inner, [`${argument.params} =>`])) return undefined;
    const body = `${callText(argument.body)},`;
    const broken = fits(inner + INDENT.length, [body])
      ? [body]
      : callLines(inner + INDENT.length, "", argument.body)?.map((l, i, all) => (i === all.length - 1 ? ")," : l));
    if (broken === undefined) return undefined;
    lines.push(`${INDENT}${argument.params} =>`, ...broken.map((l) => `${INDENT}${INDENT}${l}`));
  }
  lines.push(`)${end}`);
  return lines;
}

/** Writes `lead`, `call` and `;` as a line of its own, or its arguments one a line (argumentLines) when too long. */
export function writeArguments(writer: CodeBlockWriter, lead: string, call: CallOf): void {
  writeLaidOut(writer, `${lead}${callOfText(call)};`, (indent) => argumentLines(indent, lead, call));
}

/** The table's value on one line: `(() => { const t = ...; t.set(...); return t; })()`. */
export function tableIifeText(table: TableIife): string {
  return `(() => { const t = ${table.made}; ${table.sets.map((s) => `${callText(s)};`).join(" ")} return t; })()`;
}

/**
 * `head` (`const x: T = /* @__PURE__ *\/ `) and the table as one statement at `indent` columns, too long for a line, as
 * prettier lays it out: the arrow function's body a statement a line, a `set` too long for its line broken by its
 * arguments; the function on the line after the `=` where the head and its `(() => {` do not fit on one.
 */
export function tableIifeLines(indent: number, head: string, table: TableIife): string[] | undefined {
  if (fits(indent, [`${head}(() => {`])) return iifeLines(indent, head, table);
  const at = head.lastIndexOf(" = ");
  const declaration = head.slice(0, at + " =".length);
  if (at < 0 || !fits(indent, [declaration])) return undefined;
  const lines = iifeLines(indent + INDENT.length, head.slice(at + " = ".length), table);
  return lines === undefined ? undefined : [declaration, ...lines.map((l) => `${INDENT}${l}`)];
}

/** The table's statement from `head` on, its first line `${head}(() => {`; undefined where a line does not fit. */
function iifeLines(indent: number, head: string, table: TableIife): string[] | undefined {
  const first = `${head}(() => {`;
  const made = `const t = ${table.made};`;
  const madeLines = fits(indent + INDENT.length, [made])
    ? [made]
    : table.madeLines?.(indent + INDENT.length, "const t = ");
  if (!fits(indent, [first]) || madeLines === undefined) return undefined;
  const lines = [first, ...madeLines.map((l) => `${INDENT}${l}`)];
  for (const set of table.sets) {
    const line = `${INDENT}${callText(set)};`;
    if (fits(indent, [line])) {
      lines.push(line);
      continue;
    }
    const broken = callLines(indent + INDENT.length, "", set);
    if (broken === undefined) return undefined;
    lines.push(...broken.map((l) => `${INDENT}${l}`));
  }
  lines.push(`${INDENT}return t;`, "})();");
  return lines;
}

/** How a declaration's statement is laid out when too long: given its indent and its head (`export const x = `). */
export type DeclarationLayout = (indent: number, head: string) => string[] | undefined;

const LAYOUTS = new WeakMap<object, DeclarationLayout>();

/**
 * `declaration`, its layout known to the printer (directPrint.ts) when its statement is too long for a line. A layout
 * lays out the declaration's own text: what it is made from is in the declaration (emitMemo.ts's digest relies on it).
 */
export function withLayout<T extends object>(declaration: T, layout: DeclarationLayout): T {
  LAYOUTS.set(declaration, layout);
  return declaration;
}

/** The layout a declaration was given, if any. */
export function layoutOf(declaration: object): DeclarationLayout | undefined {
  return LAYOUTS.get(declaration);
}
