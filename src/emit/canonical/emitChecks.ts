/**
 * The canonical checks of the wire form, which every wire's decoders end in: per type the dispatcher (`decodeAt$T`:
 * checks the value is an object and its `_typeName` fits, dispatching on it where the type has subtypes), the exact
 * decoder and the field checks, all straight-line code, in `decoders-dispatch.ts` and `decoders-fields.ts`. A decoder
 * keeps unknown members, fills in a missing nested `_typeName` where the declared type has no subtypes, never
 * modifies its input (copying at the first change) and collects every problem with its JSON path. Options travel in
 * a context `c` with the issues.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type FunctionDeclarationStructure,
  type StatementStructures,
  type VariableStatementStructure,
} from "ts-morph";
import type { CodeOptions } from "../../options";
import { assertNever, typeNamesOf, type FieldModel, type Model, type TypeModel } from "../../model/ir";
import { enumDecoder, enumTable, typeListDecoder } from "../plan/decodeKinds";
import { anyTable, BOX_PREFIX_LENGTH, familyTable, tableTypes, usesTable, writeTypeNameSwitch } from "../plan/dispatch";
import { planElement, typeLists } from "../plan/fieldPlan";
import { ANY_VALUE, fieldChain, names, readMember, rt, writeMember, rtType } from "../naming";
import { CONTEXT } from "./decodeContext";
import {
  callDeclaration,
  PURE,
  withLayout,
  writeCall,
  writeArguments,
  writeLastArrayCall,
  type CallOf,
} from "../layout";
import { tableCallLayout, tableCallText } from "../layoutDeclarations";
import { writeIf } from "../layoutClauses";

/**
 * Statements that check one field of `v`. A decoded value that differs from the input (a nested object
 * whose `_typeName` was filled in, a converted format) goes into `o`, the copy of `v` made on the first
 * such change: a decoder never modifies its input, and copies nothing when nothing changes.
 */
function decodeField(writer: CodeBlockWriter, model: Model, field: FieldModel, options: CodeOptions): void {
  const local = names.local(field.name);
  const path = `p + ${JSON.stringify(`.${field.name}`)}`;
  const store = writeMember("(o ??= { ...v })", field.name);
  // The decoded value kept where it differs: `const d = ...;` laid out when too long, then the store.
  const storeIfChanged = (call: CallOf): void => {
    writeArguments(writer, "const d = ", call);
    writer.writeLine(`if (d !== ${local}) ${store} = d;`);
  };
  writer.writeLine(`const ${local} = ${readMember("v", field.name)};`);
  const fail = (expected: string): string => `rt.fail(c, ${path}, ${expected}, ${local});`;
  const decode = planElement(model, field.type, options).decode;
  if (field.array) {
    const guard = `Array.isArray(${local})`;
    switch (decode.kind) {
      case "check":
        writeIf(writer, guard, `rt.checkArray(${local}, ${path}, c, ${decode.check}, ${decode.expected});`);
        break;
      case "convert":
        writeIf(writer, guard, `${store} = rt.convertArray(${local}, ${path}, c, ${decode.convert});`);
        break;
      case "decodeAt": {
        const call: CallOf = { callee: "rt.decodeArray", args: [local, path, "c", decode.decodeAt] };
        writer.write(`if (${guard})`).block(() => storeIfChanged(call));
        break;
      }
      default:
        return assertNever(decode);
    }
    if (field.optional)
      writeIf(writer, `${local} !== undefined`, fail('"array"'), "else if", decode.kind === "decodeAt");
    else writer.writeLine(`else ${fail('"array"')}`);
    return;
  }
  switch (decode.kind) {
    case "check": {
      const present = field.optional ? `${local} !== undefined && ` : "";
      writeIf(writer, `${present}!${decode.check}(${local})`, fail(decode.expected));
      return;
    }
    case "convert": {
      const holder = decode.needsHolder ? `, v, ${JSON.stringify(field.name)}` : "";
      const assignment = `${store} = ${decode.convert}(${local}, ${path}, c${holder});`;
      if (field.optional) writeIf(writer, `${local} !== undefined`, assignment);
      else writer.writeLine(assignment);
      return;
    }
    case "decodeAt": {
      const call: CallOf = { callee: decode.decodeAt, args: [local, path, "c"] };
      if (field.optional) writer.write(`if (${local} !== undefined)`).block(() => storeIfChanged(call));
      else {
        writer.writeLine("{");
        writer.indent(() => storeIfChanged(call));
        writer.writeLine("}");
      }
      return;
    }
    default:
      return assertNever(decode);
  }
}

/**
 * A level's fields: `(v, o, p, c) => o` for every level (one form keeps the exact decoders short); a level whose
 * fields are all checked primitives returns `o` as it came.
 */
function decodeFieldsFunction(model: Model, type: TypeModel, options: CodeOptions): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.decodeFields(type.name),
    parameters: [
      { name: "v", type: "Record<string, unknown>" },
      { name: "o", type: "Record<string, unknown> | undefined" },
      ...CONTEXT,
    ],
    returnType: "Record<string, unknown> | undefined",
    statements: (writer) => {
      for (const field of type.ownFields) decodeField(writer, model, field, options);
      writer.writeLine("return o;");
    },
  };
}

/** The member names `type` declares itself, for the strip and reject policies (each level has its own set). */
function membersConstant(type: TypeModel): VariableStatementStructure {
  const members = type.ownFields.map((f) => JSON.stringify(f.name));
  const callee = `${PURE}new Set`;
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      withLayout(
        { name: names.members(type.name), type: "ReadonlySet<string>", initializer: tableCallText(callee, members) },
        tableCallLayout(callee, members),
      ),
    ],
  };
}

/** Decodes a record known to be exactly `type`: set `_typeName`, apply the member policy, check each level; copy on the first change. */
function decodeExactFunction(model: Model, type: TypeModel): FunctionDeclarationStructure {
  const name = JSON.stringify(type.name);
  return {
    kind: StructureKind.Function,
    name: names.decodeExact(type.name),
    // Called only from this module (the slot functions and family tables). Not exporting them keeps the module's
    // CommonJS exports object under V8's limit for fast properties (about 1,000): past it every cross-module call
    // of a slot function became a dictionary lookup, 3 to 4% of a valid decode (README, Performance).
    isExported: false,
    parameters: [{ name: "v", type: "Record<string, unknown>" }, ...CONTEXT],
    returnType: names.type(type.name),
    statements: (writer) => {
      const chain = fieldChain(model, type);
      const members = chain.map((t) => names.members(t.name));
      writeLastArrayCall(writer, "let o = ", { callee: rt("exactStart"), args: ["v", "p", "c", name] }, members);
      for (const level of chain) writer.writeLine(`o = ${names.decodeFields(level.name)}(v, o, p, c);`);
      writer.writeLine(`return (o ?? v) as unknown as ${names.type(type.name)};`);
    },
  };
}

/**
 * Decodes a value found where `type` is declared: checks it is an object and that its `_typeName` fits the
 * type's dispatch (exact: this type, filled in when missing; closed: this type or a known subtype; open: also a
 * type no schema declares, decoded as this one unless `unknownTypes` is "reject").
 */
function decodeAtFunction(type: TypeModel): FunctionDeclarationStructure {
  const target = type.polymorphic ? names.union(type.name) : names.type(type.name);
  const name = JSON.stringify(type.name);
  const exact = names.decodeExact(type.name);
  const asDeclared = { callee: "rt.decodeOtherType", args: ["v", "p", "c", name, names.knownTypes, exact] };
  const fallback =
    type.dispatch === "open"
      ? (writer: CodeBlockWriter) => writeCall(writer, "return ", asDeclared, ` as ${target}`)
      : `rt.failTypeName(c, p, ${name}, v["_typeName"], true);\nreturn v as unknown as ${target};`;
  return {
    kind: StructureKind.Function,
    name: names.decodeAt(type.name),
    isExported: true,
    parameters: [{ name: "v", type: "unknown" }, ...CONTEXT],
    returnType: target,
    statements: (writer) => {
      if (!type.polymorphic) {
        // One shared helper: the check is the same for every type without known subtypes.
        const known = type.dispatch === "open" ? [names.knownTypes] : [];
        writeCall(writer, "return ", { callee: "rt.decodeExactAt", args: ["v", "p", "c", name, exact, ...known] });
        return;
      }
      writer.write("if (!rt.isRecord(v))").block(() => {
        writer.writeLine(`rt.fail(c, p, "object", v);`);
        writer.writeLine(`return v as ${target};`);
      });
      if (usesTable(type)) {
        writer.writeLine(`const exact = ${names.decodeTable(type.name)}.get(v["_typeName"] as string);`);
        writer.writeLine(`if (exact !== undefined) return exact(v, p, c) as ${target};`);
        if (typeof fallback === "string") writer.writeLine(fallback);
        else fallback(writer);
        return;
      }
      writeTypeNameSwitch(
        writer,
        'v["_typeName"]',
        typeNamesOf(type),
        (candidate) => (w) =>
          writeCall(w, "return ", { callee: names.decodeExact(candidate), args: ["v", "p", "c"] }, ` as ${target}`),
        fallback,
      );
    },
  };
}

/** `names` (sorted) prefix-coded, as `rt.prefixCodedNames` reads them: `,<shared length in base 36><the rest>` each. */
export function prefixCoded(names: readonly string[]): string {
  let previous = "";
  let text = "";
  for (const name of names) {
    let shared = 0;
    while (shared < 35 && shared < previous.length && previous[shared] === name[shared]) shared++;
    text += `,${shared.toString(36)}${name.slice(shared)}`;
    previous = name;
  }
  return text;
}

function knownTypesConstant(model: Model): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      {
        description:
          "Every type the schemas declare: a `_typeName` outside it is a type from a newer server. Prefix-coded " +
          "(rt.prefixCodedNames): it is in every bundle of a decoder, and this halves its weight there.",
      },
    ],
    declarations: [
      // Type names are identifiers: no comma, quote or backslash can occur in the text.
      callDeclaration(names.knownTypes, "ReadonlySet<string>", {
        callee: rt("prefixCodedNames"),
        args: [JSON.stringify(prefixCoded(model.types.map((t) => t.name)))],
      }),
    ],
  };
}

/** The dispatcher of untyped slots: by `_typeName` through one table of every type's slot function. */
export function anyValueDispatch(model: Model): (FunctionDeclarationStructure | VariableStatementStructure)[] {
  const at = names.decodeAt(ANY_VALUE);
  return [
    anyTable(model, names.decodeTable(ANY_VALUE), names.decodeAt, rtType("DecodeAt<unknown>")),
    {
      kind: StructureKind.Function,
      name: at,
      parameters: [{ name: "v", type: "unknown" }, ...CONTEXT],
      returnType: names.anyValue,
      statements: (writer) => {
        writer.write("if (!rt.isRecord(v))").block(() => {
          writer.writeLine(`rt.fail(c, p, "object", v);`);
          writer.writeLine(`return v as ${names.anyValue};`);
        });
        writer.writeLine('const name = v["_typeName"];');
        writer.write('if (typeof name === "string")').block(() => {
          // The table comes with the context (DecodeOptions.untyped), so that an entry point without one does not
          // bundle every type's decoder; without it a data object of a schema type is kept as it came.
          writer.writeLine("const table = c.untyped;");
          writer.write("if (table === undefined)").block(() => {
            writer.writeLine(
              `if (${names.knownTypes}.has(name.startsWith("ArrayOf") ? name.slice(${BOX_PREFIX_LENGTH}) : name)) return v as ${names.anyValue};`,
            );
          });
          writer.write("else").block(() => {
            writer.writeLine("const at = table.get(name);");
            writer.writeLine(`if (at !== undefined) return at(v, p, c) as ${names.anyValue};`);
            writer.writeLine(
              `const box = name.startsWith("ArrayOf") ? table.get(name.slice(${BOX_PREFIX_LENGTH})) : undefined;`,
            );
            writer.writeLine(`if (box !== undefined) return rt.decodeBoxedArray(v, p, c, box) as ${names.anyValue};`);
          });
          if (model.enums.length > 0) {
            writer.writeLine(`const e = ${names.enumTable}.get(name);`);
            writer.writeLine(`if (e !== undefined) return rt.decodeBoxedEnum(v, p, c, e) as ${names.anyValue};`);
            writer.writeLine(
              `const es = name.startsWith("ArrayOf") ? ${names.enumTable}.get(name.slice(${BOX_PREFIX_LENGTH})) : undefined;`,
            );
            writer.writeLine(`if (es !== undefined) return rt.decodeBoxedArray(v, p, c, es) as ${names.anyValue};`);
          }
        });
        writer.writeLine(
          `if (name === "ArrayOfAnyType") return rt.decodeBoxedArray(v, p, c, ${at}) as ${names.anyValue};`,
        );
        writer.writeLine("return rt.decodeOtherValue(v, p, c);");
      },
    },
  ];
}

/** The canonical checks, split by role into two modules so that none grows past about 1 MB on the whole catalogue. */
export interface CanonicalChecks {
  /** `decoders-dispatch.ts`: each type's slot function and exact decoder, the family tables, untyped slots. */
  readonly dispatch: StatementStructures[];
  /** `decoders-fields.ts`: the field checks of each level, its member names, the enum decoders. */
  readonly fields: StatementStructures[];
}

/**
 * Internal declarations are exported from their module so that the other decoder modules can import them, except
 * those marked `isExported: false`, which only their own module calls.
 */
function exported(statements: StatementStructures[]): StatementStructures[] {
  return statements.map((s) =>
    (s.kind === StructureKind.Function || s.kind === StructureKind.VariableStatement) && s.isExported !== false
      ? { ...s, isExported: true }
      : s,
  );
}

/** The canonical checks of the wire form, which every wire's decoders end in: `decoders-dispatch.ts` and `decoders-fields.ts`. */
export function emitChecks(model: Model, options: CodeOptions): CanonicalChecks {
  // Only open types (and lists naming one) tell a type no schema declares from a known one.
  // The untyped slots' dispatcher reads it too. Unused, a bundler drops it (it is pure).
  const dispatch: StatementStructures[] = [knownTypesConstant(model)];
  const fields: StatementStructures[] = [];
  for (const type of model.types) {
    dispatch.push(decodeAtFunction(type), decodeExactFunction(model, type));
    // The member names beside the exact decoders, their one reader, unexported: decoders-fields.ts's exports stay
    // under V8's limit for fast properties (about 1,000; see decodeExactFunction).
    if (type.ownFields.length > 0) {
      dispatch.push({ ...membersConstant(type), isExported: false });
      fields.push(decodeFieldsFunction(model, type, options));
    }
  }
  for (const list of typeLists(model, true)) dispatch.push(typeListDecoder(model, list, options));
  for (const type of tableTypes(model))
    dispatch.push(familyTable(model, type, names.decodeTable, names.decodeExact, rtType("ExactDecoder")));
  // Every enum gets a decoder: a field may be typed with it, and a boxed value in an untyped slot may name it.
  for (const e of model.enums) fields.push(...enumDecoder(e));
  if (model.enums.length > 0) fields.push(enumTable(model));
  dispatch.push(...anyValueDispatch(model));
  return { dispatch: exported(dispatch), fields: exported(fields) };
}
