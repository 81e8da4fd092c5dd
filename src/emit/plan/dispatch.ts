/**
 * `_typeName` dispatch, shared by the guards, decoders and encoders. A family of up to `TABLE_MIN - 1` names is
 * a `switch` (direct calls V8 can inline); a larger one (`Event` has 443 names, `DynamicData` 570) is one `Map`
 * lookup in a family table, built once at load from the type's own entry and its direct subtypes' tables, so its
 * size grows with the number of types rather than with the sum of their depths, and its cost does not grow with
 * the number of names.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type VariableStatementStructure,
} from "ts-morph";
import { compareStrings } from "../../diagnostic";
import { typeNamesOf, typeOf, type Model, type TypeModel } from "../../model/ir";
import { tableIifeLines, tableIifeText, withLayout, type TableIife } from "../layout";
import { tableCallLayout, tableCallText } from "../layoutDeclarations";

export const TABLE_MIN = 16;

/** Whether `type` dispatches through a family table. */
export function usesTable(type: TypeModel): boolean {
  return typeNamesOf(type).length >= TABLE_MIN;
}

/** Types with a family table, deepest first: a table is built before the tables that include it. */
export function tableTypes(model: Model): TypeModel[] {
  return model.types
    .filter(usesTable)
    .sort((a, b) => b.ancestors.length - a.ancestors.length || compareStrings(a.name, b.name));
}

/**
 * What a family's table holds below its own type: each direct subtype's table, or, for a subtype with no table of
 * its own, every name of its family, in the order of the subtypes.
 */
function below(model: Model, type: TypeModel): { readonly name: string; readonly table: boolean }[] {
  return type.directSubtypes.flatMap((name): { name: string; table: boolean }[] => {
    const sub = typeOf(model, name);
    return usesTable(sub) ? [{ name, table: true }] : typeNamesOf(sub).map((n) => ({ name: n, table: false }));
  });
}

/** The entries of a family's array: `["T", exact]` for the type and each name, a subtype's table by its name. */
function entriesOf(
  model: Model,
  type: TypeModel,
  table: (t: string) => string,
  exact: (t: string) => string,
): string[] {
  const entry = (name: string): string => `[${JSON.stringify(name)}, ${exact(name)}]`;
  return [entry(type.name), ...below(model, type).map((b) => (b.table ? table(b.name) : entry(b.name)))];
}

/**
 * The encoders' family table: `rt.family<F>([subtables])` with one `set` per name the subtables leave out. Each
 * encoder takes its own type, so an array literal of them would be a union of their function types, which
 * TypeScript compares with each other, and at vim25's 2,300 direct subtypes of DynamicData cannot represent at all
 * (TS2590); each `set` is checked alone.
 */
export function familySetTable(
  model: Model,
  type: TypeModel,
  table: (t: string) => string,
  exact: (t: string) => string,
  valueType: string,
): VariableStatementStructure {
  const parts = below(model, type);
  const subtables = parts.filter((b) => b.table).map((b) => table(b.name));
  const names = [type.name, ...parts.filter((b) => !b.table).map((b) => b.name)];
  return mapTable(
    table(type.name),
    valueType,
    names.map((n) => [n, exact(n)]),
    subtables.length === 0 ? undefined : { callee: `rt.family<${valueType}>`, entries: subtables },
  );
}

/** `const table$T: ReadonlyMap<string, F> = rt.family([...])`, marked pure so that bundlers drop unused ones. */
export function familyTable(
  model: Model,
  type: TypeModel,
  table: (t: string) => string,
  exact: (t: string) => string,
  valueType: string,
): VariableStatementStructure {
  const callee = `/* @__PURE__ */ rt.family<${valueType}>`;
  const entries = entriesOf(model, type, table, exact);
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      withLayout(
        {
          name: table(type.name),
          type: `ReadonlyMap<string, ${valueType}>`,
          initializer: tableCallText(callee, entries),
        },
        tableCallLayout(callee, entries),
      ),
    ],
  };
}

/**
 * `const name: ReadonlyMap<string, V> = ...` filled by one `set` per entry at load, marked pure so that bundlers drop
 * it when unused. Not from an array literal: TypeScript would compare the hundreds of function types of such a
 * literal with each other (seconds of `tsc` per table); each `set` is checked alone.
 */
export function mapTable(
  name: string,
  valueType: string,
  entries: readonly (readonly [string, string])[],
  made: { readonly callee: string; readonly entries: readonly string[] } | undefined = undefined,
): VariableStatementStructure {
  const sets = entries.map(([key, value]) => ({ callee: "t.set", args: [JSON.stringify(key), value] }));
  const table: TableIife =
    made === undefined
      ? { made: `new Map<string, ${valueType}>()`, sets }
      : { made: tableCallText(made.callee, made.entries), madeLines: tableCallLayout(made.callee, made.entries), sets };
  const declaration = withLayout(
    { name, type: `ReadonlyMap<string, ${valueType}>`, initializer: `/* @__PURE__ */ ${tableIifeText(table)}` },
    (indent, head) => tableIifeLines(indent, `${head}/* @__PURE__ */ `, table),
  );
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [declaration],
  };
}

/**
 * The table of an untyped slot: every declared type's slot function (`decodeAt$T`, `isT`, `encodeAt$T`) by name.
 * A value named `T` goes to T's own function (which dispatches to exactly T), a box `ArrayOfT` to it per element.
 */
export function anyTable(
  model: Model,
  name: string,
  at: (t: string) => string,
  atType: string,
): VariableStatementStructure {
  return mapTable(
    name,
    atType,
    model.types.map((t) => [t.name, at(t.name)]),
  );
}

/** The name of the type an `ArrayOfT` box holds, read from the value's `_typeName` (a string). */
export const BOX_PREFIX_LENGTH = "ArrayOf".length;

/**
 * `switch (subject) { case "T": body(T) ... default: fallback }` over type names. Guards, decoders and encoders
 * all dispatch on `_typeName` through this one helper (or through a family table).
 */
export function writeTypeNameSwitch(
  writer: CodeBlockWriter,
  subject: string,
  typeNames: readonly string[],
  body: (typeName: string) => string | ((writer: CodeBlockWriter) => void),
  fallback: string | ((writer: CodeBlockWriter) => void),
): void {
  writer.write(`switch (${subject})`).block(() => {
    // Each clause's statement on a line of its own, as prettier lays out a `case`.
    for (const name of typeNames)
      writer.writeLine(`case ${JSON.stringify(name)}:`).indent(() => {
        const statement = body(name);
        if (typeof statement === "string") writer.writeLine(statement);
        else statement(writer);
      });
    writer
      .writeLine("default:")
      .indent(() => (typeof fallback === "string" ? writer.writeLine(fallback) : fallback(writer)));
  });
}
