/**
 * The run-time table of primitive formats, read by every wire: for each format key its check, and for each box an
 * untyped slot may hold (`{"_typeName":"int","_value":42}`) its format and where SOAP names it (`xsd:int`, or vim25's
 * own `TypeName`). The generator's side of the same facts is src/formats.ts. Copied into the output folder.
 */
import {
  isBase64,
  isBoolean,
  isDateTime,
  isDouble,
  isInt16,
  isInt32,
  isInt64,
  isInt8,
  isString,
} from "./checks";

/** The format keys a schema's field may have (`type`/`format` pairs, src/formats.ts), one check each. */
export type FormatKey =
  "string" | "boolean" | "int8" | "int16" | "int32" | "int64" | "double" | "date-time" | "base64";

/** The check of each format key (read by the keys the tables hold, hence a string-keyed record). */
export const FORMAT_CHECKS: Readonly<Record<string, (value: unknown) => boolean>> = {
  string: isString,
  boolean: isBoolean,
  int8: isInt8,
  int16: isInt16,
  int32: isInt32,
  int64: isInt64,
  double: isDouble,
  "date-time": isDateTime,
  base64: isBase64,
} satisfies Record<FormatKey, (value: unknown) => boolean>;

/** A primitive box: the format of its value, and whether SOAP names it in XML Schema's namespace (`xsd:int`). */
export interface PrimitiveBox {
  readonly format: string;
  readonly xsd: boolean;
}

const BOXES: Readonly<Record<string, PrimitiveBox>> = {
  boolean: { format: "boolean", xsd: true },
  byte: { format: "int8", xsd: true },
  short: { format: "int16", xsd: true },
  int: { format: "int32", xsd: true },
  long: { format: "int64", xsd: true },
  float: { format: "double", xsd: true },
  double: { format: "double", xsd: true },
  string: { format: "string", xsd: true },
  dateTime: { format: "date-time", xsd: true },
  anyURI: { format: "string", xsd: true },
  base64Binary: { format: "base64", xsd: true },
  TypeName: { format: "string", xsd: false },
  PropertyPath: { format: "string", xsd: false },
  MethodName: { format: "string", xsd: false },
};

/** The primitive box of a `_typeName` (`int`), if it is one. */
export function primitiveBox(name: string): PrimitiveBox | undefined {
  return Object.prototype.hasOwnProperty.call(BOXES, name) ? BOXES[name] : undefined;
}

/** The single box a box of primitives holds (`ArrayOfString` -> `string`, `ArrayOfAnyURI` -> `anyURI`), if any. */
export function arrayBoxItem(name: string): string | undefined {
  if (!name.startsWith("ArrayOf")) return undefined;
  const item = name.slice(7);
  const lowered = item === "AnyURI" ? "anyURI" : item.charAt(0).toLowerCase() + item.slice(1);
  if (primitiveBox(lowered)?.xsd === true) return lowered;
  return primitiveBox(item)?.xsd === false ? item : undefined;
}
