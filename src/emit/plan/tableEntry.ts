/**
 * One `t.set(name, { ...; fields: [...] })` line of a wire's type table, printed in prettier's layout at the writer's
 * indent (the format stage then keeps it as it is): on one line where it fits and prettier would keep it there, else
 * the object one property a line and the fields one a line. The tables hold a line per type, a fifth of the output.
 */
import { StructureKind, type CodeBlockWriter, type FunctionDeclarationStructure } from "ts-morph";
import { ofFamily, type Families } from "../families";
import { PRINT_WIDTH } from "../../printWidth";

/** A field's entry: its name, wire name, kind, flags or type, literals. */
export type Entry = readonly (string | number)[];

/** An entry as prettier prints an array of literals that fits its line. */
function entryText(entry: Entry): string {
  return `[${entry.map((v) => JSON.stringify(v)).join(", ")}]`;
}

/** A field's entry (`text`, as entryText writes it) on its line, or one element a line where it does not fit. */
function writeEntry(writer: CodeBlockWriter, indent: number, entry: Entry, text: string): void {
  if (indent + text.length + 1 <= PRINT_WIDTH) {
    writer.writeLine(`${text},`);
    return;
  }
  writer.writeLine("[");
  writer.indent(() => {
    for (const element of entry) writer.writeLine(`${JSON.stringify(element)},`);
  });
  writer.writeLine("],");
}

export function writeTableEntry(
  writer: CodeBlockWriter,
  name: string,
  properties: readonly (readonly [string, string])[],
  entries: readonly Entry[],
): void {
  const fields = entries.map(entryText);
  const indent = writer.getIndentationLevel() * 2;
  const head = `t.set(${JSON.stringify(name)}, {`;
  const members = properties.map(([key, value]) => `${key}: ${value}`);
  // Prettier breaks an array of two or more arrays of two or more elements whether it fits or not.
  const fieldsFlat = `fields: [${fields.join(", ")}]`;
  const flat = `${head} ${[...members, fieldsFlat].join(", ")} });`;
  if (fields.length <= 1 && indent + flat.length <= PRINT_WIDTH) {
    writer.writeLine(flat);
    return;
  }
  writer.writeLine(head);
  writer.indent(() => {
    for (const member of members) writer.writeLine(`${member},`);
    if (fields.length === 0) writer.writeLine("fields: [],");
    else if (fields.length === 1 && indent + 2 + fieldsFlat.length + 1 <= PRINT_WIDTH)
      writer.writeLine(`${fieldsFlat},`);
    else {
      writer.writeLine("fields: [");
      writer.indent(() => {
        entries.forEach((entry, i) => writeEntry(writer, indent + 4, entry, fields[i] ?? entryText(entry)));
      });
      writer.writeLine("],");
    }
  });
  writer.writeLine("});");
}

/**
 * A type table's builder, for its function body: the `t.set` line of each type, or, when the output is split by family
 * (splitModule.ts), a call of each family's own function (`soapTypes$host(t)`), which holds that family's lines in
 * the family's part. `write` writes one type's line.
 */
export function tableBuilder<T extends { readonly name: string }>(
  prefix: string,
  entryType: string,
  types: readonly T[],
  families: Families | undefined,
  write: (writer: CodeBlockWriter, type: T) => void,
): { readonly fill: (writer: CodeBlockWriter) => void; readonly functions: FunctionDeclarationStructure[] } {
  if (families === undefined) return { fill: (writer) => types.forEach((t) => write(writer, t)), functions: [] };
  const functions = families.all.flatMap((family) => {
    const own = types.filter((t) => families.of.get(t.name) === family.key);
    if (own.length === 0) return [];
    return [
      ofFamily<FunctionDeclarationStructure>(
        {
          kind: StructureKind.Function,
          name: `${prefix}$${family.identifier}`,
          parameters: [{ name: "t", type: `Map<string, ${entryType}>` }],
          returnType: "void",
          statements: (writer) => own.forEach((t) => write(writer, t)),
        },
        family.key,
      ),
    ];
  });
  return { fill: (writer) => functions.forEach((f) => writer.writeLine(`${f.name}(t);`)), functions };
}
