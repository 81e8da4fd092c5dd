/**
 * Splits a printed module into groups of top-level statements, so that prettier formats (and the cache keeps) a
 * few dozen statements at a time instead of a whole module: a one-type change then reformats the groups that hold
 * that type's code, and no prettier call holds a megabyte of syntax tree. Group edges are chosen by the statements'
 * own text (content-defined), so an edit moves no edge beyond the groups next to it.
 */

/**
 * The top-level statements of a module printed from ts-morph structures: there each one starts at column 0 after a
 * blank line, and no string or comment spans a blank line (JSDoc lines start with ` *`, strings are escaped). A
 * statement's closing `}`, `)` or `]` at column 0 belongs to it.
 */
export function topLevelStatements(text: string): string[] {
  return text.split(/\n\n(?=[^\s})\]])/);
}

/**
 * A line break between top-level statements on consecutive lines: after a line that ends a statement, before a line at
 * column 0 that starts a declaration or its doc comment. In printed code whatever a statement holds is indented, and
 * a line this does not name (an `else`, a union's `| member`, a closing bracket) is never split from the one before.
 */
const NEXT_STATEMENT =
  /(?<=[;}])\n(?=(?:export|import|const|let|var|function|async|type|interface|declare|enum|class|abstract)\b|\/\*\*|\/\/)/;

/**
 * The statements of one of topLevelStatements' pieces, which may hold several on consecutive lines (constants, type
 * aliases: the printer puts no blank line between them); joined by line breaks they are the piece again.
 */
export function statementsOnLines(piece: string): string[] {
  return piece.split(NEXT_STATEMENT);
}

/** A group ends after a statement whose hash hits this mask, once it holds this many characters. */
const EDGE_MASK = 0x1f;
const MIN_GROUP = 8_000;
/** A group never grows past this, so that a run of statements without an edge stays a small prettier call. */
const MAX_GROUP = 96_000;

/** FNV-1a over a statement's first line: its declaration, which an edit of the statement's body leaves alone. */
function edgeHash(statement: string): number {
  const end = statement.indexOf("\n");
  const line = end < 0 ? statement : statement.slice(0, end);
  let h = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The module as groups of whole top-level statements, each group's text joined as in the module: formatting each
 * group and joining the results with a newline gives what formatting the module whole gives, since prettier keeps
 * one blank line between top-level statements and formats each on its own.
 */
export function statementGroups(text: string): string[] {
  const groups: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const statement of topLevelStatements(text)) {
    current.push(statement);
    size += statement.length + 2;
    if ((size >= MIN_GROUP && (edgeHash(statement) & EDGE_MASK) === 0) || size >= MAX_GROUP) {
      groups.push(current.join("\n\n"));
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) groups.push(current.join("\n\n"));
  return groups;
}
