/**
 * What a run of the emit stage takes from the run before it in the same process (`generate --watch`, src/runMemory.ts),
 * each thing by a digest of everything it is made from. The modules that carry no documentation (every wire's, the decoders' checks,
 * the guards, the client) are emitted from the model with every description blank, so that by construction no
 * description reaches them: their files are a function of that model and the run's options, and a save that changed
 * only descriptions takes them whole. A module whose structures are data alone (the interfaces: no writer function)
 * is printed again only when they changed.
 */
import { createHash } from "node:crypto";
import type { Doc, EnumModel, FieldModel, Model, TypeModel } from "../model/ir";
import type { GeneratedFile } from "./generatedFile";
import { layoutOf } from "./layout";
import type { StatementStructures } from "ts-morph";
import { printStructure, type ImportCandidates } from "./print";

/** `model` with every description of a type, field, enum, enum value, method and managed object blank. */
export function withoutDescriptions(model: Model): Model {
  const doc = (d: Doc): Doc => (d.description === "" ? d : { ...d, description: "" });
  const field = (f: FieldModel): FieldModel => ({ ...f, doc: doc(f.doc) });
  const fields = (fs: readonly FieldModel[]): FieldModel[] => fs.map(field);
  const types: TypeModel[] = model.types.map((t) => ({
    ...t,
    ownFields: fields(t.ownFields),
    allFields: fields(t.allFields),
    doc: doc(t.doc),
  }));
  const enums: EnumModel[] = model.enums.map((e) => ({
    ...e,
    values: e.values.map((v) => ({ ...v, doc: doc(v.doc) })),
    doc: doc(e.doc),
  }));
  return {
    types,
    byName: new Map(types.map((t) => [t.name, t])),
    enums,
    enumByName: new Map(enums.map((e) => [e.name, e])),
    methods: model.methods.map((m) => ({
      ...m,
      params: fields(m.params),
      returns: m.returns === undefined ? undefined : field(m.returns),
      taskResult: m.taskResult === undefined ? undefined : field(m.taskResult),
      doc: doc(m.doc),
    })),
    managedObjects: model.managedObjects.map((o) => ({
      ...o,
      ownProperties: fields(o.ownProperties),
      allProperties: fields(o.allProperties),
      doc: doc(o.doc),
    })),
    files: model.files,
  };
}

/**
 * The digest of a model without descriptions and of whatever else the modules emitted from it read (options,
 * command, template paths), as `facts`. The lookup maps are left out: they index the arrays, which are in.
 */
export function undocumentedDigest(model: Model, facts: unknown): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(facts));
  for (const part of [model.types, model.enums, model.methods, model.managedObjects, model.files])
    hash.update("\0").update(JSON.stringify(part));
  return hash.digest("hex");
}

/** A stage's value from the last run, with the digest of what it was made from. */
export interface Remembered<T> {
  readonly digest: string;
  readonly value: T;
}

/** The modules without documentation, and the names the documented modules import from them. */
export interface UndocumentedModules {
  readonly files: readonly GeneratedFile[];
  readonly guards: ImportCandidates;
  readonly checks: ImportCandidates;
}

/**
 * The modules without documentation that `memory` holds for the digest of their inputs, or those made now (and left in
 * `memory`). Without a memory, nothing is digested.
 */
export function recalled(
  memory: { undocumented?: Remembered<UndocumentedModules> } | undefined,
  digestOf: () => string,
  make: () => UndocumentedModules,
): UndocumentedModules {
  if (memory === undefined) return make();
  const digest = digestOf();
  const last = memory.undocumented;
  if (last !== undefined && last.digest === digest) return last.value;
  const value = make();
  memory.undocumented = { digest, value };
  return value;
}

/**
 * The digest of structures that are data alone, or undefined where any holds a function (a writer, whose output the
 * digest could not see). A declaration's layout (layout.ts, `withLayout`) is kept beside it, not in it: its source
 * goes into the digest, and what it lays out is the declaration's own text, which is in it too.
 */
export function dataDigest(value: unknown): string | undefined {
  let data = true;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "function") data = false;
    if (typeof v !== "object" || v === null) return v;
    const layout = layoutOf(v);
    return layout === undefined ? v : { ...v, "(layout)": layout.toString() };
  });
  return data ? createHash("sha256").update(json).digest("hex") : undefined;
}

/**
 * A printer of module bodies that takes a body printed in the run before (`memory.printed`) where its structures are
 * data with the same digest; `done` leaves this run's in `memory`. Without a memory it prints each body.
 */
export function bodyPrinter(memory: { printed: Map<string, string> } | undefined): {
  print: (body: StatementStructures[]) => string;
  done: () => void;
} {
  const printed = new Map<string, string>();
  return {
    print: (body) => {
      if (memory === undefined) return printStructure({ statements: body });
      const key = dataDigest(body);
      const text = (key === undefined ? undefined : memory.printed.get(key)) ?? printStructure({ statements: body });
      if (key !== undefined) printed.set(key, text);
      return text;
    },
    done: () => {
      if (memory !== undefined) memory.printed = printed;
    },
  };
}
