/**
 * SOAP answers recorded from real vCenters and ESX(i) hosts (4.1 to 9.0.1) and from simulators, read where they are
 * (`../shared/vsphere/real-soap/`, with `index.json` and `SOURCES.md` beside them; never copied here), against the
 * whole API (generated/): every answer of a public method decodes with the default options, a fault as a SoapFault,
 * and with every decode policy at "reject" (nothing unknown), but what the test names with its reason; every property
 * value such an answer reads is what `ManagedObjectProperties` types it as. pyVmomi's private `Fetch` accessor is no
 * public method: its answers are typed by their value's `xsi:type`, not by a declared return.
 * Where the facts folder is absent (outside the project's CI), the suite is skipped with one line.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  SoapFault,
  type PropertyChange,
  type RetrieveResult,
  type UpdateSet,
  type UserSession,
  type VimMethodName,
} from "../../generated";
import * as guards from "../../generated/guards";
import { parseSoapReturn } from "../../generated/soap";
import type { DecodeOptions } from "../../generated/runtime/runtime";
import type { FieldModel } from "../../src/model/ir";
import { BUNDLED_SCHEMAS, catalogueModel, REPO } from "../support/helpers";

const REAL_SOAP = path.resolve(REPO, "../shared/vsphere/real-soap");

interface Recorded {
  readonly file: string;
  readonly method: string;
  readonly fault: boolean;
  readonly real: boolean;
  readonly server: string | null;
}

const present = fs.existsSync(path.join(REAL_SOAP, "index.json"));
if (!present) console.log(`real-soap tests skipped: ${REAL_SOAP} is absent`);
const recorded: Recorded[] = present
  ? (JSON.parse(fs.readFileSync(path.join(REAL_SOAP, "index.json"), "utf8")) as Recorded[])
  : [];
const declared = new Set(
  ["vim25", "vim25-api"].flatMap((dir) =>
    fs.readdirSync(path.join(BUNDLED_SCHEMAS, dir, "methods")).map((f) => path.basename(f, ".yaml")),
  ),
);
const ofDeclaredMethods = recorded.filter((r) => declared.has(r.method));
const methods = [...new Set(ofDeclaredMethods.map((r) => r.method))].sort();
const body = (r: Recorded): Buffer => fs.readFileSync(path.join(REAL_SOAP, r.file));
const read = <M extends VimMethodName>(r: Recorded, options?: DecodeOptions): unknown =>
  parseSoapReturn(r.method as M, body(r), options);
const REJECT: DecodeOptions = { unknownTypes: "reject", unknownMembers: "reject", unknownEnumValues: "reject" };

/**
 * What real servers answer that the API as declared does not hold, by file: how many problems a decode reports and
 * the kind every one of them is (its message, the path left out), and why. Each is asserted to fail exactly so, every
 * problem counted: a mended declaration, a decoder that lets one through or a new kind of problem fails the test.
 */
interface Named {
  readonly problems: number;
  readonly kinds: readonly RegExp[];
  readonly why: string;
}
// An ESXi host's advanced options of type long: values and bounds past 2^53 (0xAAAAAAAAAAAAAAAA, the int64 limits).
// No number holds them and an int64 is never rounded silently, so the default output (int64 as number) rejects them;
// an output generated with `--int64 bigint` reads them.
const INT64_PAST_2_53: Named = {
  problems: 6,
  kinds: [/^int64 value -?\d+ is beyond \+\/-\(2\^53 - 1\), which a number cannot hold exactly/],
  why: "int64 past 2^53 in number mode",
};
// The WSDL's and pyVmomi's DynamicData carry `dynamicType` (and `dynamicProperty`), which VI JSON and govmomi leave
// out, and so do these schemas; servers of the 4.x era send an empty one on each option definition.
const DYNAMIC_TYPE = (problems: number): Named => ({
  problems,
  kinds: [/^member "dynamicType" is not declared by (OptionDef|BoolOption|StringOption|IntOption)$/],
  why: "DynamicData.dynamicType, the WSDL's, not VI JSON's",
});
const NAMED: Record<string, Named> = {
  "pyvmomi-RetrievePropertiesEx-70.xml": INT64_PAST_2_53,
  "pyvmomi-RetrievePropertiesEx-146.xml": INT64_PAST_2_53,
};
const NAMED_UNKNOWN: Record<string, Named> = {
  ...NAMED,
  "foocenter-RetrievePropertiesEx-147.xml": DYNAMIC_TYPE(138),
  "fusioninventory-RetrieveProperties-2.xml": DYNAMIC_TYPE(106),
};

/** "decoded", or how many problems and of which of `named`'s kinds ("other" for one of none). */
function outcomeOf(r: Recorded, options?: DecodeOptions, named?: Named): string {
  try {
    read(r, options);
    return r.fault ? "decoded, but it is a fault" : "decoded";
  } catch (error) {
    if (error instanceof SoapFault && r.fault) return "decoded";
    const issues = (error as { issues?: readonly { path: string; message: string }[] }).issues;
    if (issues === undefined) return String(error).slice(0, 500);
    const kinds = issues.map((i) => {
      const at = (named?.kinds ?? []).findIndex((k) => k.test(i.message));
      return at < 0 ? `other: ${i.path}: ${i.message}` : `kind ${at}`;
    });
    return `${issues.length} problems: ${[...new Set(kinds)].sort().join(", ")}`;
  }
}

const suite = present ? describe : describe.skip;

suite("recorded answers", () => {
  test("hold answers of the methods the whole API declares, from real servers", () => {
    expect(methods.length).toBeGreaterThan(20);
    expect(ofDeclaredMethods.filter((r) => r.real).length).toBeGreaterThan(500);
    // All but pyVmomi's private accessor: every recorded answer is of a method the whole API declares.
    expect([...new Set(recorded.filter((r) => !declared.has(r.method)).map((r) => r.method))]).toEqual(["Fetch"]);
  });

  test.each(methods.length > 0 ? methods : ["(none)"])(
    "every recorded %s answer decodes with the defaults, a fault as a SoapFault, and with nothing unknown",
    (method) => {
      const answers = ofDeclaredMethods.filter((r) => r.method === method);
      const expected = (named: Record<string, Named>) => (r: Recorded) => {
        const n = named[r.file];
        const kinds = (n?.kinds ?? []).map((_, i) => `kind ${i}`).join(", ");
        return { file: r.file, outcome: n === undefined ? "decoded" : `${n.problems} problems: ${kinds}` };
      };
      const actual = (named: Record<string, Named>, options?: DecodeOptions) => (r: Recorded) => ({
        file: r.file,
        outcome: outcomeOf(r, options, named[r.file]),
      });
      expect(answers.map(actual(NAMED))).toEqual(answers.map(expected(NAMED)));
      expect(answers.map(actual(NAMED_UNKNOWN, REJECT))).toEqual(answers.map(expected(NAMED_UNKNOWN)));
    },
  );

  test("the answers named as not decoding are real ones, from servers the test names", () => {
    const files = new Set(recorded.map((r) => r.file));
    expect(Object.keys(NAMED_UNKNOWN).filter((f) => !files.has(f))).toEqual([]);
    expect(recorded.filter((r) => r.file in NAMED_UNKNOWN).every((r) => r.real)).toBe(true);
  });

  test("a WaitForUpdatesEx change with no val (an unset property, an indirectRemove) decodes with val absent", () => {
    const changes: PropertyChange[] = ofDeclaredMethods
      .filter((r) => r.method === "WaitForUpdatesEx" && !r.fault)
      .flatMap((r) => (read(r) as UpdateSet | undefined)?.filterSet ?? [])
      .flatMap((f) => f.objectSet ?? [])
      .flatMap((o) => o.changeSet ?? []);
    const withoutValue = changes.filter((c) => !("val" in c));
    expect(withoutValue.length).toBeGreaterThan(100);
    expect(new Set(withoutValue.map((c) => c.op))).toEqual(new Set(["assign", "indirectRemove"]));
  });

  test("a Login to a server older than API 5.1 decodes without ipAddress, userAgent and callCount", () => {
    const logins = ofDeclaredMethods.filter((r) => r.method === "Login" && !r.fault && r.real);
    const old = logins.filter((r) => / 4\.1\.0 /.test(r.server ?? ""));
    expect(old.length).toBeGreaterThanOrEqual(2);
    for (const r of old) {
      const session = read(r) as UserSession;
      expect(session.ipAddress).toBeUndefined();
      expect(session.userAgent).toBeUndefined();
      expect(session.callCount).toBeUndefined();
    }
    const recent = logins.filter((r) => / 9\.0\.1 /.test(r.server ?? ""));
    expect(recent.map((r) => typeof (read(r) as UserSession).callCount)).toEqual(["number"]);
  });

  test("every property an answer reads of a declared managed object type has the type the property map says", () => {
    const model = catalogueModel(BUNDLED_SCHEMAS);
    const properties = new Map(
      model.managedObjects.map((mo) => [mo.name, new Map(mo.allProperties.map((p) => [p.name, p]))]),
    );
    const guard = (typeName: string): ((v: unknown) => boolean) =>
      (guards as unknown as Record<string, (v: unknown) => boolean>)[`is${typeName}`] ?? (() => false);
    const primitive: Record<string, string> = { string: "string", boolean: "boolean", dateTime: "string" };
    const conforms = (p: FieldModel, value: unknown): boolean => {
      const unboxed = typeof value === "object" && value !== null && "_value" in value ? value._value : value;
      if (p.array) return Array.isArray(unboxed) && unboxed.every((v) => conforms({ ...p, array: false }, v));
      switch (p.type.kind) {
        case "any":
          return true;
        case "enum":
          return typeof unboxed === "string";
        case "primitive":
          return typeof unboxed === (primitive[p.type.format] ?? "number");
        case "object":
          return guard(p.type.typeName)(unboxed);
        case "union":
          return p.type.typeNames.some((t) => guard(t)(unboxed));
      }
    };
    const checked: string[] = [];
    const wrong: string[] = [];
    const undeclared: string[] = [];
    for (const r of ofDeclaredMethods.filter(
      (a) => a.method === "RetrievePropertiesEx" && !a.fault && !(a.file in NAMED),
    )) {
      for (const o of (read(r) as RetrieveResult | undefined)?.objects ?? []) {
        const ofType = properties.get(o.obj.type);
        if (ofType === undefined) undeclared.push(o.obj.type);
        for (const set of o.propSet ?? []) {
          const declared = ofType?.get(set.name);
          if (declared === undefined) continue;
          checked.push(`${o.obj.type}.${set.name}`);
          if (!conforms(declared, set.val)) wrong.push(`${r.file}: ${o.obj.type}.${set.name}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // Real answers read many of them: names, parents, summaries, configs, runtimes, the content of a service instance.
    expect(checked.length).toBeGreaterThan(600);
    expect(new Set(checked).size).toBeGreaterThan(50);
    // The whole API declares every managed object type: no property read goes unchecked for want of a declaration.
    expect(undeclared).toEqual([]);
  });
});
