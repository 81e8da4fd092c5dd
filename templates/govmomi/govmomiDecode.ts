/**
 * The govmomi dialect's entry points at run time (`decodeGovmomi`, `parseGovmomi`, `encodeGovmomi`): a fresh context
 * and one read of the output's govmomi table. Copied into the output folder with the other templates.
 */
import { inContext, type DecodeDefaults, type DecodeOptions } from "../core/context";
import { parseAndDecode } from "../core/decode";
import { gmAt } from "./gojson";
import { gmEncodeAt } from "./govmomiEncode";
import type { GovmomiType, GovmomiTypes } from "./govmomiTable";

/** The slot function of a type in the govmomi table, or a TypeError naming what the caller asked for. */
function govmomiRoot(typeName: string, types: GovmomiTypes): GovmomiType {
  const entry = types().get(typeName);
  if (entry === undefined)
    throw new TypeError(`${JSON.stringify(typeName)} is not a type the schemas declare`);
  return entry;
}

/** `decodeGovmomi`: a fresh context, one decode of `typeName` from `$`, then throw every issue or return the value. */
export function gmDecode(
  value: unknown,
  typeName: string,
  types: GovmomiTypes,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
): unknown {
  const entry = govmomiRoot(typeName, types);
  return inContext(options, defaults, (c) => gmAt(value, "$", c, typeName, entry.decode, types));
}

/** `parseGovmomi`: JSON text read with every int64 digit kept, then decoded as `typeName`. */
export function gmParse(
  text: string,
  typeName: string,
  types: GovmomiTypes,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
): unknown {
  const entry = govmomiRoot(typeName, types);
  return inContext(options, defaults, (c) =>
    parseAndDecode(text, c, (value, path) => gmAt(value, path, c, typeName, entry.decode, types)),
  );
}

/** `encodeGovmomi`: a decoded value in govmomi JSON form. */
export function gmEncode(
  value: { readonly _typeName: string },
  types: GovmomiTypes,
): Record<string, unknown> {
  return gmEncodeAt(
    value as Record<string, unknown> & { readonly _typeName: string },
    value._typeName,
    types(),
  );
}
