/** The names a printed text uses, for building a module's imports from its body (print.ts). */

const isIdentifierStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c > 127;
const isIdentifierPart = (c: number): boolean => isIdentifierStart(c) || (c >= 48 && c <= 57);

/** Whether a name after this character could be a property's key: it opens a body or follows a member's end. */
const afterKeyStart = (c: number): boolean => c === 123 || c === 44 || c === 59;

/** Whether the name ending at `at` is followed by `:` or `?:` (spaces between), as a key is. */
function keyEnds(text: string, at: number): boolean {
  let j = at;
  while (text.charCodeAt(j) === 32) j++;
  const c = text.charCodeAt(j);
  return c === 58 || (c === 63 && text.charCodeAt(j + 1) === 58);
}

/**
 * Every name `text` uses: each identifier outside strings and comments, except a member after `.` or `?.`
 * (`v.UpgradePolicy` uses no import) and a property's key (`Action: AnyAction;` in an interface or an object, after
 * `{`, `,` or `;`; not a ternary's `? a : b`, nor `case a:`), which names no import either. One pass over the characters: TypeScript's scanner found the same names in
 * five times the time, a quarter of the emit stage. Template literals are followed through their `${}` parts.
 */
export function identifiersIn(text: string): Set<string> {
  const found = new Set<string>();
  // For each open `{` or `${`: whether it is a template's substitution (its `}` goes back into the template).
  const braces: boolean[] = [];
  let afterDot = false;
  // The last character that is not whitespace or in a comment (an identifier's as 97, `a`): what a key follows.
  let previous = 123;
  let i = 0;
  const n = text.length;
  /** From just after a template's backquote or `}`: to just after its end, or after a `${` (pushed). */
  const templateText = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 96) {
        i++;
        return;
      } else if (c === 36 && text.charCodeAt(i + 1) === 123) {
        i += 2;
        braces.push(true);
        return;
      } else i++;
    }
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? n : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === 34 || c === 39) {
      for (i++; i < n && text.charCodeAt(i) !== c && text.charCodeAt(i) !== 10; i++) if (text.charCodeAt(i) === 92) i++;
      i++;
      afterDot = false;
      previous = c;
    } else if (c === 96) {
      i++;
      templateText();
      afterDot = false;
      previous = c;
    } else if (c === 123) {
      braces.push(false);
      i++;
      afterDot = false;
      previous = c;
    } else if (c === 125) {
      i++;
      if (braces.pop() === true) templateText();
      afterDot = false;
      previous = c;
    } else if (isIdentifierStart(c)) {
      const start = i;
      for (i++; i < n && isIdentifierPart(text.charCodeAt(i)); i++);
      if (!afterDot && !(afterKeyStart(previous) && keyEnds(text, i))) found.add(text.slice(start, i));
      afterDot = false;
      previous = 97;
    } else if (c >= 48 && c <= 57) {
      // A number, with its exponent, suffix or separators (`1e5`, `10n`, `0x1F`): no name.
      for (i++; i < n && (isIdentifierPart(text.charCodeAt(i)) || text.charCodeAt(i) === 46); i++);
      afterDot = false;
      previous = 48;
    } else {
      // Whitespace keeps what came before; `.` (alone or in `?.`) makes the next name a member, a spread does not.
      if (text.startsWith("...", i)) {
        i += 3;
        afterDot = false;
        continue;
      }
      const blank = c === 32 || c === 10 || c === 9 || c === 13;
      if (c === 46) afterDot = true;
      else if (!blank) afterDot = false;
      if (!blank) previous = c;
      i++;
    }
  }
  return found;
}
