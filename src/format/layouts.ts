/**
 * Prettier's layouts for the long statements the emitters print by the thousand, written without prettier: a
 * `return` of a chain of `&&`, an assignment of a conditional, an import of names, a type alias of a union, an `if`
 * with its one statement, a constant naming another, a constant made by a call of an array of entries. (Calls of
 * plain arguments, tables built by an arrow function and signatures are laid out by the emit stage itself, from
 * their parts: src/emit/layout.ts, directPrint.ts.) Each answers the lines prettier writes (test/format/settle.test.ts compares them with prettier's over
 * generated inputs of every length), or undefined for any text it is not sure of, which prettier then formats.
 */
import { bracketDepth, closing, skipString, splitTopLevel } from "./brackets";

const fits = (lines: readonly string[], width: number): boolean => lines.every((l) => l.length <= width);

/**
 * A `return` of a chain of `&&` (no `||` beside them, no `?`), as prettier lays it out too long for a line: the chain
 * in parentheses on a line of its own, or one operand a line when it does not fit there either.
 */
export function brokenReturnChain(indent: string, trimmed: string, width: number): string[] | undefined {
  if (!trimmed.startsWith("return ") || !trimmed.endsWith(";")) return undefined;
  const chain = trimmed.slice("return ".length, -1);
  const operands = splitTopLevel(chain, " && ");
  // An operand in parentheses keeps them (an `||` inside), any other holds no operator of a lower precedence.
  const wrapped = (o: string): boolean => o.startsWith("(") && closing(o, 1) === o.length - 1;
  if (operands.length < 2 || operands.some((o) => bracketDepth(o) !== 0 || (!wrapped(o) && /\|\||\?|=>/.test(o))))
    return undefined;
  const inOne = [`${indent}return (`, `${indent}  ${operands.join(" && ")}`, `${indent});`];
  if (fits(inOne, width)) return inOne;
  const broken = [
    `${indent}return (`,
    ...operands.map((o, i) => `${indent}  ${o}${i < operands.length - 1 ? " &&" : ""}`),
    `${indent});`,
  ];
  return fits(broken, width) ? broken : undefined;
}

const ASSIGNED = /^([\w$]+(?:\[("[\w$]*"|[\w$]+)\])?) = (.*);$/;

/**
 * An assignment of a conditional whose test is a comparison or a chain of them, as prettier lays it out too long for a
 * line: broken after the `=`, the conditional on the next line, or its test, `? a` and `: b` on lines of their own.
 */
export function brokenConditional(indent: string, trimmed: string, width: number): string[] | undefined {
  const match = ASSIGNED.exec(trimmed);
  if (match === null) return undefined;
  const target = match[1] ?? "";
  const value = match[3] ?? "";
  const [test, rest, ...more] = splitTopLevel(value, " ? ");
  if (test === undefined || rest === undefined || more.length > 0) return undefined;
  const [consequent, alternate, ...others] = splitTopLevel(rest, " : ");
  if (consequent === undefined || alternate === undefined || others.length > 0) return undefined;
  // A binary test (prettier's break-after-operator); plain operands, so that none of them breaks on its own.
  if (!/ (===|!==|&&|\|\|) /.test(test) || /\?|=>/.test(`${consequent}${alternate}`)) return undefined;
  if (![test, consequent, alternate].every((part) => bracketDepth(part) === 0)) return undefined;
  if (splitTopLevel(test, " && ").length > 1 && splitTopLevel(test, " || ").length > 1) return undefined;
  const onNext = [`${indent}${target} =`, `${indent}  ${value};`];
  if (fits(onNext, width)) return onNext;
  const broken = [
    `${indent}${target} =`,
    `${indent}  ${test}`,
    `${indent}    ? ${consequent}`,
    `${indent}    : ${alternate};`,
  ];
  return fits(broken, width) ? broken : undefined;
}

const IMPORT = /^import (type )?\{ ([\w$, ]+) \} from ("[^"\\]*");$/;

/** An import of two or more names too long for a line: one name a line, each with a trailing comma. */
export function brokenImport(indent: string, trimmed: string, width: number): string[] | undefined {
  const match = IMPORT.exec(trimmed);
  if (match === null || indent !== "") return undefined;
  const names = (match[2] ?? "").split(", ");
  // Prettier keeps an import of one name on its line, however long.
  if (names.length < 2 || !names.every((n) => /^[\w$]+$/.test(n))) return undefined;
  const lines = [`import ${match[1] ?? ""}{`, ...names.map((n) => `  ${n},`), `} from ${match[3] ?? ""};`];
  return fits(lines, width) ? lines : undefined;
}

const TYPE_ALIAS = /^((?:export )?type [\w$]+) = (.*);$/;

/**
 * A type alias of a union too long for the line after its `=` as well: one member a line, each after a `| `. (A
 * union that fits the next line is laid out by prettier, which puts some there and breaks others.)
 */
export function brokenUnion(indent: string, trimmed: string, width: number): string[] | undefined {
  const match = TYPE_ALIAS.exec(trimmed);
  if (match === null) return undefined;
  const members = splitTopLevel(match[2] ?? "", " | ", true);
  if (members.length < 2 || members.some((m) => m === "" || bracketDepth(m) !== 0 || /[|?]|=>/.test(stripped(m))))
    return undefined;
  if (`${indent}  ${members.join(" | ")};`.length <= width) return undefined;
  const lines = [
    `${indent}${match[1] ?? ""} =`,
    ...members.map((m, i) => `${indent}  | ${m}${i === members.length - 1 ? ";" : ""}`),
  ];
  return fits(lines, width) ? lines : undefined;
}

/** A union member's text outside its brackets (angle ones too) and strings, to look for operators in. */
function stripped(member: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < member.length; i++) {
    const c = member[i] ?? "";
    if (c === '"' || c === "'") i = skipString(member, i);
    else if ("([{<".includes(c)) depth++;
    else if (")]}".includes(c) || (c === ">" && member[i - 1] !== "=")) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

const IF_CLAUSE = /^(\} else if|else if|if) \(/;

/**
 * An `if` (or `} else if`) whose consequent is one statement on the same line, too long for it: the consequent on
 * the next line, two columns in, where the condition fits its line and the consequent its own. Its `else`, on a
 * line of its own, is not part of the line.
 */
export function brokenIfClause(indent: string, trimmed: string, width: number): string[] | undefined {
  const match = IF_CLAUSE.exec(trimmed);
  if (match === null) return undefined;
  const close = closing(trimmed, match[0].length);
  if (close < 0) return undefined;
  const head = trimmed.slice(0, close + 1);
  const consequent = trimmed.slice(close + 2);
  if (trimmed[close + 1] !== " " || !consequent.endsWith(";") || bracketDepth(consequent) !== 0) return undefined;
  if (/^(if|else|for|while|do|switch|try|\{)\b/.test(consequent) || /[`]/.test(trimmed)) return undefined;
  const lines = [`${indent}${head}`, `${indent}  ${consequent}`];
  return fits(lines, width) ? lines : undefined;
}

const ALIAS = /^((?:export )?const [\w$]+) = ([\w$]+);$/;

/** A constant that names another, too long for a line: broken after its `=`. */
export function brokenAlias(indent: string, trimmed: string, width: number): string[] | undefined {
  const match = ALIAS.exec(trimmed);
  if (match === null) return undefined;
  const lines = [`${indent}${match[1] ?? ""} =`, `${indent}  ${match[2] ?? ""};`];
  return fits(lines, width) ? lines : undefined;
}

// Type arguments only of one name: prettier breaks a function type's, which this does not follow.
const TABLE_CALL =
  /^((?:export )?const [\w$]+(?:: .+)?) = ((?:\/\* @__PURE__ \*\/ )?[\w$.]+(?:<[\w$.]+>)?\()\[(.*)\]\);$/;

/**
 * A constant made by a call of one array of entries (`rt.family<F>([["T", f], ..., table])`), too long for a line:
 * the array hugged by the call, one entry a line; the call on the line after the `=` when its head does not fit.
 */
export function brokenTableCall(indent: string, trimmed: string, width: number): string[] | undefined {
  const match = TABLE_CALL.exec(trimmed);
  if (match === null) return undefined;
  const declaration = match[1] ?? "";
  const call = match[2] ?? "";
  const entries = splitTopLevel(match[3] ?? "", ",");
  const entry = /^(\[("[^"'\\]*"|[\w$]+)(, ("[^"'\\]*"|[\w$]+))*\]|[\w$]+)$/;
  if (entries.length < 2 || !entries.every((e) => entry.test(e)) || bracketDepth(call) !== 1) return undefined;
  // Prettier measures the head to the call's `(`; where that fits and the `[` after it does not, it is left to it.
  const head = `${indent}${declaration} = ${call}`;
  if (head.length <= width !== head.length + 1 <= width) return undefined;
  // Prettier breaks an array of two or more arrays of two or more elements whether it fits or not.
  const alwaysBroken = entries.every((e) => e.startsWith("[") && e.includes(","));
  const rhs = `${indent}  ${call}[${entries.join(", ")}]);`;
  if (`${indent}${declaration} =`.length > width) return undefined;
  if (head.length > width && !alwaysBroken && rhs.length <= width) return [`${indent}${declaration} =`, rhs];
  const lines =
    head.length <= width
      ? [`${head}[`, ...entries.map((e) => `${indent}  ${e},`), `${indent}]);`]
      : [
          `${indent}${declaration} =`,
          `${indent}  ${call}[`,
          ...entries.map((e) => `${indent}    ${e},`),
          `${indent}  ]);`,
        ];
  return fits(lines, width) ? lines : undefined;
}

/** The first layout above that takes the line, or undefined. */
export function knownLayout(indent: string, trimmed: string, width: number): string[] | undefined {
  return (
    brokenImport(indent, trimmed, width) ??
    brokenUnion(indent, trimmed, width) ??
    brokenAlias(indent, trimmed, width) ??
    brokenTableCall(indent, trimmed, width) ??
    brokenIfClause(indent, trimmed, width) ??
    brokenReturnChain(indent, trimmed, width) ??
    brokenConditional(indent, trimmed, width)
  );
}
