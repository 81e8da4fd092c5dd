/** The names a printed body uses (src/emit/identifiers.ts), from which a module's imports are chosen. */
import { identifiersIn } from "../../src/emit/identifiers";

const names = (text: string): string[] => [...identifiersIn(text)].sort();

test("a property's key names nothing to import: in an interface, a type literal and an object", () => {
  const text = [
    "export interface VimTypeMap {",
    "  Action: AnyAction;",
    "  AboutInfo?: AboutInfo;",
    "}",
    "type T = { Alarm: AlarmInfo; Host: HostInfo };",
    "const o = { Cluster: clusterOf, Datastore };",
  ].join("\n");
  expect(names(text)).toEqual(
    [
      "AboutInfo",
      "AlarmInfo",
      "AnyAction",
      "Datastore",
      "HostInfo",
      "T",
      "VimTypeMap",
      "clusterOf",
      "const",
      "export",
      "interface",
      "o",
      "type",
    ].sort(),
  );
});

test("a key's value, a ternary's branch and a case's value are still uses", () => {
  expect(names('t.set("A", { decode: gmExact$A, fields: list });')).toEqual(["gmExact$A", "list", "t"]);
  expect(names("const x = ready ? Left : Right;")).toEqual(["Left", "Right", "const", "ready", "x"]);
  expect(names("switch (k) { case Kind: return 1; }")).toEqual(["Kind", "case", "k", "return", "switch"]);
  expect(names("function f(Source: Target) {}")).toEqual(["Source", "Target", "f", "function"]);
});
