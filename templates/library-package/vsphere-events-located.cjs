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

module.exports = { closest, lineCol, member, offsets };
