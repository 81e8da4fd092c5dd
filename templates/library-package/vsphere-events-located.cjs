// Where things are in JSON text, for messages that point at them: the offset of every value and key by its path
// (what JSON.parse throws away), its line and column, and the closest of some known names for a "did you mean". The
// library package has no dependency to do this for it. Used by vsphere-events-config.cjs, beside it in bin/.
"use strict";

/** `$.a[0].b`: how a problem names a place in the file. */
const member = (at, key) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${at}.${key}` : `${at}[${JSON.stringify(key)}]`;

/**
 * The offset of every value (and, under `<path>#key`, of every member's key) in JSON text that `JSON.parse` took,
 * by path: what `JSON.parse` throws away and a message needs.
 */
function offsets(text) {
  const at = new Map();
  const token = /\s*("(?:[^"\\]|\\.)*"|[{}[\],:]|[^\s{}[\],:"]+)/y;
  let i = 0;
  const next = () => {
    token.lastIndex = i;
    const m = token.exec(text);
    i = token.lastIndex;
    return { text: m[1], start: token.lastIndex - m[1].length };
  };
  const peek = () => {
    const saved = i;
    const t = next();
    i = saved;
    return t.text;
  };
  function value(place) {
    const t = next();
    at.set(place, t.start);
    if (t.text !== "{" && t.text !== "[") return;
    const close = t.text === "{" ? "}" : "]";
    if (peek() === close) return void next();
    for (let n = 0; ; n++) {
      if (close === "}") {
        const key = next();
        const name = JSON.parse(key.text);
        at.set(`${member(place, name)}#key`, key.start);
        next(); // the colon
        value(member(place, name));
      } else value(`${place}[${n}]`);
      if (next().text === close) return;
    }
  }
  value("$");
  return at;
}

/**
 * The offset where JSON text stops being JSON (RFC 8259), or undefined when it is JSON: for the syntax errors whose
 * message (V8's "Unexpected token 'x', ... is not valid JSON" on Node 20) gives no position.
 */
function syntaxErrorAt(text) {
  let i = 0;
  const fail = () => {
    throw { at: i };
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const string = () => {
    for (i++; ;) {
      if (i >= text.length || text[i] < " ") fail();
      if (text[i] === '"') return void i++;
      if (text[i] !== "\\") i++;
      else if (text[i + 1] === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (text[i + 1] !== undefined && '"\\/bfnrt'.includes(text[i + 1])) i += 2;
      else fail();
    }
  };
  const members = (close, member) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      ws();
      if (text[i] === close) return void i++;
      if (text[i] !== ",") fail();
      i++;
    }
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  function value() {
    ws();
    if (text[i] === "{")
      return members("}", () => {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ":") fail();
        i++;
        value();
      });
    if (text[i] === "[") return members("]", value);
    if (text[i] === '"') return string();
    const word = ["true", "false", "null"].find((w) => text.startsWith(w, i));
    if (word !== undefined) return void (i += word.length);
    number.lastIndex = i;
    if (number.exec(text) === null) fail();
    i = number.lastIndex;
  }
  try {
    value();
    ws();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (typeof error?.at === "number") return error.at;
    return undefined; // nested too deep for the stack: no position, as before
  }
}

/** Line and column (from 1) of an offset. */
function lineCol(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** The closest known key, for a "did you mean" hint. */
function closest(key, known) {
  const distance = (a, b) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  };
  const best = known
    .map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  return best !== undefined && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.k : undefined;
}

module.exports = { closest, lineCol, member, offsets, syntaxErrorAt };
