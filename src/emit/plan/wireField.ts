/**
 * The run-time description of a field that the wires which cannot see types in the data read (SOAP's XML) and the
 * method table use: its member name, what its text or element is, whether it repeats or may be absent.
 */
import type * as VimXml from "../../../templates/soap/vimxml";
import { assertNever, type FieldModel, type Model } from "../../model/ir";

// The run time's flags (templates/soap/vimxml.ts), tied by type: a change there fails to compile here.
const ARRAY = 1 satisfies typeof VimXml.ARRAY;
const OPTIONAL = 2 satisfies typeof VimXml.OPTIONAL;

/**
 * A field, parameter or return value as `[member, kind, flags, ...types]` (`SoapField` in templates/soap/vimxml.ts,
 * `MethodValue` in templates/core/methods.ts): a format key, `object`, `union` or `any`, and 1 for an array, 2 optional.
 */
export function wireFieldEntry(model: Model, field: FieldModel): (string | number)[] {
  const flags = (field.array ? ARRAY : 0) | (field.optional ? OPTIONAL : 0);
  const t = field.type;
  switch (t.kind) {
    case "primitive":
      return [field.name, t.format, flags];
    case "enum":
      return [field.name, "string", flags];
    case "object":
      return [field.name, "object", flags, t.typeName];
    case "union": {
      // The WSDL declares such a slot as the member without subtypes (LocalizedMethodFault, the wrapper); VI JSON
      // sometimes sends the bare fault instead. Without xsi:type the XML is read as the WSDL's type.
      const declared = t.typeNames.filter((n) => model.byName.get(n)?.polymorphic !== true);
      const ordered = [...declared, ...t.typeNames.filter((n) => !declared.includes(n))];
      return [field.name, "union", flags, ...ordered];
    }
    case "any":
      return [field.name, "any", flags];
    default:
      return assertNever(t);
  }
}
