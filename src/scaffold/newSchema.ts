/**
 * Scaffold stage: writes the schema stub for a new type (`vsphere-typegen new`), from
 * templates/schema-stub.yaml, into the folder where it belongs. It refuses to overwrite a type or to
 * extend one that does not exist, so that the next `generate` cannot fail because of the stub.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Model } from "../model/ir";
import { RESERVED_TYPE_NAMES, TYPE_NAME } from "../validate/names";
import { didYouMean } from "../validate/suggest";

/** A request the scaffold cannot carry out; the message says why and what to do. */
export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScaffoldError";
  }
}

export interface NewSchemaRequest {
  readonly name: string;
  readonly base: string;
  /** Where to write; by default the folder of the base type's schema file. */
  readonly targetDir: string | undefined;
  readonly stubTemplate: string;
}

/** Checks the request against the model and returns the stub's path and text, without writing. */
export function planSchemaStub(model: Model, request: NewSchemaRequest): { file: string; text: string } {
  const { name, base } = request;
  if (!TYPE_NAME.test(name) || RESERVED_TYPE_NAMES.has(name)) {
    throw new ScaffoldError(
      `"${name}" cannot be a type name: it must start with an upper-case letter, hold only letters, digits and _, ` +
        "and not be a name the generated code reserves",
    );
  }
  const existing = declaration(model, name);
  if (existing !== undefined)
    throw new ScaffoldError(
      `${existing.kind} ${name} already exists in ${existing.file}; ` +
        (existing.kind === "type" ? "edit that file instead" : "a new type needs a name of its own"),
    );
  const baseType = model.byName.get(base);
  if (baseType === undefined) {
    const other = declaration(model, base);
    throw new ScaffoldError(
      other === undefined
        ? `cannot extend ${base}: no schema declares it${didYouMean(base, model.byName.keys())}. ` +
            "Pass the base type's schema folder with --schemas, or extend an existing type"
        : `cannot extend ${base}: it is ${other.kind === "enum" ? "an" : "a"} ${other.kind} (${other.file}), ` +
            "and only a data object type can be extended",
    );
  }
  const file = path.join(request.targetDir ?? path.dirname(baseType.source), `${name}.yaml`);
  if (fs.existsSync(file))
    throw new ScaffoldError(`${file} already exists; it is not a valid schema of ${name}, fix or remove it`);
  const text = request.stubTemplate.replace(/__NAME__/g, name).replace(/__BASE__/g, base);
  return { file, text };
}

/** What declares `name` in the model, a data object type, an enum, a method or a managed object type, with its file. */
function declaration(
  model: Model,
  name: string,
): { readonly kind: "type" | "enum" | "method" | "managed object type"; readonly file: string } | undefined {
  const type = model.byName.get(name);
  if (type !== undefined) return { kind: "type", file: type.file };
  const enumModel = model.enumByName.get(name);
  if (enumModel !== undefined) return { kind: "enum", file: enumModel.file };
  const method = model.methods.find((m) => m.name === name);
  if (method !== undefined) return { kind: "method", file: method.file };
  const managed = model.managedObjects.find((m) => m.name === name);
  return managed === undefined ? undefined : { kind: "managed object type", file: managed.file };
}

export function writeSchemaStub(plan: { file: string; text: string }): void {
  fs.mkdirSync(path.dirname(plan.file), { recursive: true });
  fs.writeFileSync(plan.file, plan.text, { flag: "wx" });
}
