/**
 * The benchmark's floor: a check generated from the model that reads every member of a value once with a `typeof`
 * test and checks nothing else (no int32 range, no calendar, no closed `_typeName` sets: an unknown name is read as
 * the declared type). No correct guard can do less work, so its speed is the mark the generated `isT` is measured
 * against. It is JavaScript built with `new Function`, as plain as hand-written code would be.
 */
import { typeNamesOf, type FieldModel, type Model, type TypeModel } from "../../src/model/ir";
import { usesTable } from "../../src/emit/plan/dispatch";

type Check = (value: unknown) => boolean;

const TYPEOF: Readonly<Record<string, string>> = {
  string: "string",
  "date-time": "string",
  base64: "string",
  boolean: "boolean",
  int8: "number",
  int16: "number",
  int32: "number",
  int64: "number",
  double: "number",
};

/** The expression that tests one value (`x`) of a field's type, without the array or optional wrapping. */
function valueTest(field: FieldModel, x: string): string {
  switch (field.type.kind) {
    case "primitive":
      return `typeof ${x} === "${TYPEOF[field.type.format] ?? "string"}"`;
    case "enum":
      return `typeof ${x} === "string"`;
    case "object":
      return `d_${field.type.typeName}(${x})`;
    case "union":
      return `(typeof ${x} === "object" && ${x} !== null)`;
    case "any":
      return `${x} !== undefined`;
  }
}

/** A field's test; an array field's elements are tested by a loop of their own (no closure per call). */
function fieldTest(type: TypeModel, field: FieldModel, loops: string[]): string {
  const x = `v.${field.name}`;
  let one = valueTest(field, x);
  if (field.array) {
    const loop = `l_${type.name}_${field.name}`;
    loops.push(
      `function ${loop}(a) { if (!Array.isArray(a)) return false; for (let i = 0; i < a.length; i++) { const e = a[i]; if (!(${valueTest(field, "e")})) return false; } return true; }`,
    );
    one = `${loop}(${x})`;
  }
  return field.optional ? `(${x} === undefined || ${one})` : one;
}

function exactFunction(type: TypeModel): string {
  const loops: string[] = [];
  const tests = type.allFields.map((f) => fieldTest(type, f, loops));
  return [...loops, `function f_${type.name}(v) { return ${tests.length === 0 ? "true" : tests.join(" && ")}; }`].join(
    "\n",
  );
}

/**
 * `_typeName` dispatch as the generated guards do it (src/emit/plan/dispatch.ts): a family of `TABLE_MIN` names or more
 * is one `Map` lookup, a smaller one a `switch` of direct calls. Unlike the guards, a name not in the family is read
 * as the declared type (the floor checks no closed sets).
 */
function dispatchFunction(type: TypeModel): string {
  if (usesTable(type)) {
    const entries = typeNamesOf(type)
      .map((name) => `["${name}", f_${name}]`)
      .join(", ");
    return (
      `const m_${type.name} = new Map([${entries}]);\n` +
      `function d_${type.name}(v) { if (typeof v !== "object" || v === null) return false; const f = m_${type.name}.get(v._typeName); return f === undefined ? f_${type.name}(v) : f(v); }`
    );
  }
  const cases = type.subtypes.map((name) => `case "${name}": return f_${name}(v);`).join(" ");
  return `function d_${type.name}(v) { if (typeof v !== "object" || v === null) return false; switch (v._typeName) { ${cases} default: return f_${type.name}(v); } }`;
}

/** The floor check of `root` and its family, as one function. */
export function floorOf(model: Model, root: string): Check {
  const body = [...model.types.map(exactFunction), ...model.types.map(dispatchFunction), `return d_${root};`].join(
    "\n",
  );
  return new Function(body)() as Check;
}
