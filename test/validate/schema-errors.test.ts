/** Bad schemas: every problem at once, each with its place, what is wrong and a hint. */
import * as fs from "node:fs";
import * as path from "node:path";
import { diagnostic, formatDiagnostic, type Diagnostic } from "../../src/diagnostic";
import { colourWanted, renderDiagnostics } from "../../src/report/renderDiagnostics";
import { editDistance } from "../../src/validate/suggest";
import { diagnosticsOf, located, runCli, tempDir, validateTexts } from "../support/helpers";

const EVENT = "name: Event\nfields:\n  key:\n    type: integer\n    format: int32\n";

describe("each kind of mistake is reported at its place", () => {
  const cases: [string, Record<string, string>, string[], string][] = [
    [
      "a YAML syntax error",
      { "A.yaml": "name: A\nfields:\n  x: [1,\n" },
      ["A.yaml:4:1 yaml-syntax"],
      "Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
    [
      "a duplicated key",
      { "A.yaml": "name: A\nname: A\n" },
      ["A.yaml:2:1 duplicate-key"],
      "this key appears twice in the same mapping",
    ],
    [
      "a duplicated key does not hide the file's other problems",
      { "A.yaml": "name: A\nname: A\nextends: Nope\nfields:\n  x:\n    tpye: string\n" },
      ["A.yaml:2:1 duplicate-key", "A.yaml:3:10 unknown-base", "A.yaml:5:3 missing-key", "A.yaml:6:5 unknown-key"],
      "this key appears twice in the same mapping",
    ],
    [
      "a format of another primitive type names that type",
      { "A.yaml": "name: A\nfields:\n  x:\n    type: number\n    format: int32\n" },
      ["A.yaml:5:13 unknown-format"],
      'format "int32" is not one of type number\'s (did you mean type: integer?)',
    ],
    [
      "a typo in a field key",
      { "A.yaml": "name: A\nfields:\n  x:\n    type: string\n    optinal: true\n" },
      ["A.yaml:5:5 unknown-key"],
      'unknown key "optinal" in field "x" (did you mean "optional"?)',
    ],
    [
      "a typo in a type key",
      { "A.yaml": "name: A\nextend: B\n" },
      ["A.yaml:2:1 unknown-key"],
      'unknown key "extend" in a type (did you mean "extends"?)',
    ],
    [
      "a missing name",
      { "A.yaml": "description: x\n" },
      ["A.yaml:1:1 missing-key"],
      'missing key "name": every schema file declares one type',
    ],
    [
      "a field without a type",
      { "A.yaml": "name: A\nfields:\n  x:\n    optional: true\n" },
      ["A.yaml:3:3 missing-key"],
      'missing key "type" in field "x"',
    ],
    [
      "an unknown base type",
      { "A.yaml": "name: A\nextends: Evnt\n", "Event.yaml": EVENT },
      ["A.yaml:2:10 unknown-base"],
      'base type "Evnt" is not declared in any schema (did you mean "Event"?)',
    ],
    [
      "a file that cannot be read, and a type extending the one it is named after: one problem, not a second",
      { "A.yaml": "name: A\nfields:\n  x:\n   type: string\n  y: [\n", "B.yaml": "name: B\nextends: A\n" },
      ["A.yaml:6:1 yaml-syntax"],
      "Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
    [
      "two fields that are one govmomi JSON member (foo and Foo)",
      { "A.yaml": "name: A\nfields:\n  foo:\n    type: string\n  Foo:\n    type: string\n" },
      ["A.yaml:5:3 govmomi-name-clash"],
      'field "Foo" is the govmomi JSON member "Foo", as A.foo is',
    ],
    [
      "a govmomiName that an inherited field's member has",
      {
        "A.yaml": "name: A\nfields:\n  baz:\n    type: string\n",
        "B.yaml": "name: B\nextends: A\nfields:\n  bar:\n    type: string\n    govmomiName: Baz\n",
      },
      ["B.yaml:4:3 govmomi-name-clash"],
      'field "bar" is the govmomi JSON member "Baz", as A.baz is',
    ],
    [
      "an enum value listed twice",
      { "E.yaml": "name: E\nenum: [a, a, b]\n" },
      ["E.yaml:2:11 duplicate-enum-value"],
      'enum value "a" is listed twice',
    ],
    [
      "an enum value that is the empty string",
      { "E.yaml": 'name: E\nenum: [a, ""]\n' },
      ["E.yaml:2:11 bad-enum-value"],
      "an enum value must be a non-empty string",
    ],
    [
      "an inheritance cycle",
      { "A.yaml": "name: A\nextends: A\n" },
      ["A.yaml:2:10 inheritance-cycle"],
      "inheritance cycle: A -> A",
    ],
    [
      "the same type defined twice",
      { "A.yaml": "name: A\n", "more/A.yaml": "name: A\n" },
      ["more/A.yaml:1:7 duplicate-type"],
      'type "A" is already declared at A.yaml:1:7',
    ],
    [
      "a field redeclaring an inherited one",
      { "Event.yaml": EVENT, "B.yaml": "name: B\nextends: Event\nfields:\n  key:\n    type: string\n" },
      ["B.yaml:4:3 redeclared-field"],
      'field "key" is already inherited from Event',
    ],
    [
      "an unknown field type",
      { "A.yaml": "name: A\nfields:\n  x:\n    type: strng\n" },
      ["A.yaml:4:11 unknown-type"],
      'field "x" has unknown type "strng" (did you mean "string"?)',
    ],
    [
      "an unknown format",
      { "A.yaml": "name: A\nfields:\n  x:\n    type: string\n    format: date\n" },
      ["A.yaml:5:13 unknown-format"],
      'unknown format "date" for type string (did you mean "date-time"?)',
    ],
    [
      "an integer without a format",
      { "A.yaml": "name: A\nfields:\n  x:\n    type: integer\n" },
      ["A.yaml:4:11 missing-format"],
      "type integer needs a format",
    ],
    [
      "a format on an object type",
      { "Event.yaml": EVENT, "A.yaml": "name: A\nfields:\n  x:\n    type: Event\n    format: int32\n" },
      ["A.yaml:5:13 unknown-format"],
      'format "int32" only applies to primitive types, not Event',
    ],
    [
      "a type name that is not an identifier",
      { "A.yaml": "name: 9Lives\n" },
      ["A.yaml:1:7 bad-type-name"],
      'type name "9Lives" is not a valid identifier',
    ],
    [
      "a reserved word as type name",
      { "class.yaml": "name: class\n" },
      ["class.yaml:1:7 bad-type-name"],
      'type name "class" is not a valid identifier',
    ],
    [
      "a type name the generated code needs",
      { "Record.yaml": "name: Record\n" },
      ["Record.yaml:1:7 reserved-type-name"],
      'type name "Record" is reserved',
    ],
    [
      "a field name that is not an identifier",
      { "A.yaml": "name: A\nfields:\n  bad-name:\n    type: string\n" },
      ["A.yaml:3:3 bad-field-name"],
      'field name "bad-name" is not a valid identifier',
    ],
    [
      "a field named _typeName",
      { "A.yaml": "name: A\nfields:\n  _typeName:\n    type: string\n" },
      ["A.yaml:3:3 reserved-field-name"],
      'field name "_typeName" cannot be declared',
    ],
    [
      "a field named __proto__",
      { "A.yaml": "name: A\nfields:\n  __proto__:\n    type: string\n" },
      ["A.yaml:3:3 reserved-field-name"],
      'field name "__proto__" cannot be declared',
    ],
    [
      "a file named after another type",
      { "B.yaml": "name: A\n" },
      ["B.yaml:1:7 file-name"],
      'type "A" is declared in "B.yaml"',
    ],
    [
      "optional that is not a boolean",
      { "A.yaml": "name: A\nfields:\n  x:\n    type: string\n    optional: yes please\n" },
      ["A.yaml:5:15 not-a-boolean"],
      "optional must be true or false",
    ],
    [
      "an unquoted version",
      { "A.yaml": "name: A\nsince: 9.1\n" },
      ["A.yaml:2:8 bad-version"],
      'since must be a quoted release number such as "9.1.0.0"',
    ],
    [
      "a required field that came after its type (the since rule)",
      { "A.yaml": 'name: A\nsince: "6.0"\nfields:\n  x:\n    type: string\n    since: "6.5"\n' },
      ["A.yaml:4:3 late-required-field"],
      'required field "x" came in 6.5, after A (since 6.0): servers and sessions before 6.5 leave it out, and decoding their answers would fail',
    ],
    [
      "a required field with a since, of a type from the first release",
      { "A.yaml": 'name: A\nfields:\n  x:\n    type: string\n    since: "5.1"\n' },
      ["A.yaml:3:3 late-required-field"],
      'required field "x" came in 5.1, after A (from the first release): servers and sessions before 5.1 leave it out, and decoding their answers would fail',
    ],
    [
      "a field from a vSphere 2.5 update release, required, on a type from 2.5",
      { "A.yaml": 'name: A\nsince: "2.5"\nfields:\n  x:\n    type: string\n    since: "2.5u2server"\n' },
      ["A.yaml:4:3 late-required-field"],
      'required field "x" came in 2.5u2server, after A (since 2.5): servers and sessions before 2.5u2server leave it out, and decoding their answers would fail',
    ],
    [
      "a method name every object has already",
      { "constructor.yaml": "name: constructor\non: EventManager\n" },
      ["constructor.yaml:1:7 reserved-type-name"],
      'method name "constructor" is reserved',
    ],
    [
      "fields as a list",
      { "A.yaml": "name: A\nfields:\n  - x\n" },
      ["A.yaml:3:3 not-a-mapping"],
      "fields must be a mapping from field name to field",
    ],
    [
      "a file that is not a mapping",
      { "A.yaml": "- name: A\n" },
      ["A.yaml:1:1 not-a-mapping"],
      "a schema file must be a YAML mapping",
    ],
    [
      "colliding generated names",
      { "Event.yaml": EVENT, "AnyEvent.yaml": "name: AnyEvent\n" },
      ["Event.yaml:1:7 name-collision"],
      'generated name "AnyEvent" is needed by both AnyEvent and Event',
    ],
  ];

  test.each(cases)("%s", (_, files, where, message) => {
    const diagnostics = diagnosticsOf(files);
    expect(located(diagnostics)).toEqual(where);
    expect(diagnostics[0]?.message).toBe(message);
    expect(diagnostics[0]?.hint.length).toBeGreaterThan(10);
  });
});

test("a method named by a WSDL operation in lower case, and releases 2.5u2 before 4.0, are accepted", () => {
  expect(
    validateTexts({
      "configureVcha_Task.yaml": 'name: configureVcha_Task\non: FailoverClusterConfigurator\nsince: "6.5"\n',
      "A.yaml":
        'name: A\nsince: "2.5u2"\nfields:\n  x:\n    type: string\n    since: "2.5u2"\n  y:\n    type: string\n    optional: true\n    since: "4.0"\n',
    }),
  ).toMatchObject({ ok: true });
});

test("three different mistakes give three located diagnostics, sorted, with hints", () => {
  const diagnostics = diagnosticsOf({
    "Event.yaml": EVENT,
    "A.yaml": "name: A\nextends: Evnt\nfields:\n  x:\n    type: strng\n    optinal: true\n",
  });
  expect(located(diagnostics)).toEqual([
    "A.yaml:2:10 unknown-base",
    "A.yaml:5:11 unknown-type",
    "A.yaml:6:5 unknown-key",
  ]);
  expect(formatDiagnostic(diagnostics[2]!)).toBe(
    'A.yaml:6:5: error [unknown-key] unknown key "optinal" in field "x" (did you mean "optional"?)\n' +
      '    hint: allowed keys in field "x": type, format, array, optional, description, since, deprecated, refersTo, enumHint, govmomiName',
  );
});

describe("did you mean", () => {
  test("swapping two neighbouring characters is one edit", () => {
    expect(editDistance("int46", "int64")).toBe(1);
    expect(editDistance("int46", "int16")).toBe(1);
    expect(editDistance("int46", "int8")).toBe(2);
    expect(editDistance("Evnet", "Event")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("ca", "abc")).toBe(3);
  });

  test("a transposed format or type name suggests the intended one, before an equally near misspelling", () => {
    const format = diagnosticsOf({ "A.yaml": "name: A\nfields:\n  x:\n    type: integer\n    format: int46\n" });
    expect(format[0]?.message).toBe('unknown format "int46" for type integer (did you mean "int64"?)');
    const type = diagnosticsOf({ "Event.yaml": EVENT, "A.yaml": "name: A\nextends: Evnet\n" });
    expect(type[0]?.message).toContain('(did you mean "Event"?)');
  });
});

test("one YAML slip is one diagnostic, however many errors the parser reports after it", () => {
  const diagnostics = diagnosticsOf({
    "A.yaml": "name: A\nfields:\n  detail:\n    type: string\n     optional: true\n  other:\n    type: string\n",
  });
  expect(located(diagnostics)).toEqual(["A.yaml:4:11 yaml-syntax"]);
  expect(diagnostics[0]?.hint).toContain("the parser reported 1 more error after it");
});

describe("how diagnostics look on a terminal", () => {
  const at = (file: string, line: number, col: number): Diagnostic =>
    diagnostic({ file, line, col }, "unknown-format", 'unknown format "int46"', "use int64");

  function schemaFolder(text: string): string {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "A.yaml"), text);
    return dir;
  }

  test("each problem shows its line with a caret under the column, between its neighbours", () => {
    const dir = schemaFolder("name: A\nfields:\n  x:\n    type: integer\n    format: int46\n");
    expect(renderDiagnostics([at("A.yaml", 5, 13)], { colour: false, cwd: dir })).toBe(
      [
        'A.yaml:5:13: error [unknown-format] unknown format "int46"',
        "  4 |     type: integer",
        "> 5 |     format: int46",
        "    |             ^",
        "  6 |",
        "    hint: use int64",
        "1 problem in the schemas; nothing was written.",
      ].join("\n"),
    );
  });

  test("many problems of one code show the first five in full and count the rest in one line", () => {
    const dir = tempDir();
    const many = Array.from({ length: 40 }, (_, i) =>
      diagnostic({ file: `T${String(i).padStart(2, "0")}.yaml`, line: 1, col: 1 }, "duplicate-type", "x", "y"),
    );
    const text = renderDiagnostics([...many, at("A.yaml", 5, 13)], { colour: false, cwd: dir });
    const lines = text.split("\n");
    expect(lines.filter((l) => l.includes("error [duplicate-type]"))).toHaveLength(5);
    expect(lines.filter((l) => l.includes("error [unknown-format]"))).toHaveLength(1);
    expect(lines.slice(-2)).toEqual([
      "... and 35 more [duplicate-type] problems like these in 35 files: one cause is likely; fix the ones above and run again",
      "41 problems in the schemas; nothing was written.",
    ]);
  });

  test("a control character in the schema cannot reach the terminal, and the caret stays under its column", () => {
    const dir = schemaFolder(
      "name: A\nfields:\n  x:\n    description: \u001b]0;pwned\u0007\u001b[2J\n    format: int46\n",
    );
    const text = renderDiagnostics([at("A.yaml", 5, 13)], { colour: false, cwd: dir });
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain("    description: ?]0;pwned??[2J");
    expect(text).toContain("> 5 |     format: int46\n    |             ^");
  });

  test("a control character a message quotes (a type name, a key) cannot reach the terminal either", () => {
    const schema = 'name: A\nfields:\n  x:\n    type: "Nope\u001b]0;PWNED\u0007\u001b[2J"\n';
    const dir = schemaFolder(schema);
    const problems = diagnosticsOf({ "A.yaml": schema });
    expect(problems.map((d) => d.code)).toEqual(["unknown-type"]);
    const text = renderDiagnostics(problems, { colour: false, cwd: dir });
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain("Nope?]0;PWNED??[2J");
  });

  test("colour is off in a pipe, on at a colour terminal, and NO_COLOR and FORCE_COLOR decide when set", () => {
    const tty = { isTTY: true, hasColors: () => true };
    const pipe = { isTTY: false };
    expect(colourWanted(pipe, {})).toBe(false);
    expect(colourWanted(tty, {})).toBe(true);
    expect(colourWanted({ isTTY: true, hasColors: () => false }, {})).toBe(false);
    expect(colourWanted(tty, { NO_COLOR: "1" })).toBe(false);
    expect(colourWanted(tty, { NO_COLOR: "" })).toBe(true);
    expect(colourWanted(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(colourWanted(tty, { FORCE_COLOR: "0" })).toBe(false);
    // Both set: FORCE_COLOR wins, as in Node itself.
    expect(colourWanted(pipe, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(true);
  });

  test("the command prints frames, in colour only when asked, and the same words either way", () => {
    const dir = schemaFolder("name: A\nfields:\n  x:\n    type: integer\n    format: int46\n");
    const generate = ["generate", "--no-bundled", "--schemas", ".", "--out", path.join(tempDir(), "out")];
    const plain = runCli(generate, dir);
    expect(plain.stderr).toContain("> 5 |     format: int46\n    |             ^\n");
    // eslint-disable-next-line no-control-regex
    const ansi = /\u001b\[[0-9;]*m/g;
    expect(plain.stderr).not.toMatch(ansi);
    const coloured = runCli(generate, dir, undefined, { FORCE_COLOR: "1" });
    expect(coloured.stderr).toMatch(ansi);
    expect(coloured.stderr.replace(ansi, "")).toBe(plain.stderr);
    expect(runCli(generate, dir, undefined, { FORCE_COLOR: "0" }).stderr).toBe(plain.stderr);
    expect(plain.status).toBe(1);
  });
});
