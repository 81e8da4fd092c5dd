/**
 * SOAP answers recorded from real vCenters and ESX(i) hosts (4.1 to 9.0.1) and from simulators, read where they are
 * (`../shared/vsphere/real-soap/`, with `index.json` and `SOURCES.md` beside them; never copied here): every answer
 * of a method the schemas declare decodes with the default options, a fault as a SoapFault, and every property value
 * such an answer reads of a managed object type the schemas declare is what `ManagedObjectProperties` types it as.
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
} from "../catalogue";
import * as guards from "../catalogue/guards";
import { parseSoapReturn } from "../catalogue/soap";
import type { FieldModel } from "../../src/model/ir";
import { catalogueModel, REPO } from "../support/helpers";

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
  fs.readdirSync(path.join(REPO, "schemas/vim25/methods")).map((f) => path.basename(f, ".yaml")),
);
const ofDeclaredMethods = recorded.filter((r) => declared.has(r.method));
const methods = [...new Set(ofDeclaredMethods.map((r) => r.method))].sort();
const body = (r: Recorded): Buffer => fs.readFileSync(path.join(REAL_SOAP, r.file));
const read = <M extends VimMethodName>(r: Recorded): unknown => parseSoapReturn(r.method as M, body(r));

const suite = present ? describe : describe.skip;

suite("recorded answers", () => {
  test("hold answers of most of the methods the schemas declare, from real servers", () => {
    expect(methods.length).toBeGreaterThan(5);
    expect(ofDeclaredMethods.filter((r) => r.real).length).toBeGreaterThan(300);
  });

  test.each(methods.length > 0 ? methods : ["(none)"])(
    "every recorded %s answer decodes with the defaults, a fault as a SoapFault",
    (method) => {
      const answers = ofDeclaredMethods.filter((r) => r.method === method);
      const outcomes = answers.map((r) => {
        try {
          read(r);
          return { file: r.file, outcome: r.fault ? "decoded, but it is a fault" : "decoded" };
        } catch (error) {
          const fault = error instanceof SoapFault && r.fault;
          return { file: r.file, outcome: fault ? "decoded" : `${String(error)}`.slice(0, 500) };
        }
      });
      expect(outcomes.filter((o) => o.outcome !== "decoded")).toEqual([]);
    },
  );

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
    const model = catalogueModel();
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
    for (const r of ofDeclaredMethods.filter((a) => a.method === "RetrievePropertiesEx" && !a.fault)) {
      for (const o of (read(r) as RetrieveResult | undefined)?.objects ?? []) {
        for (const set of o.propSet ?? []) {
          const declared = properties.get(o.obj.type)?.get(set.name);
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
  });
});
