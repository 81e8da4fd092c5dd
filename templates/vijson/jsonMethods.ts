/**
 * A method call on the VI JSON wire (vCenter 8.0U1 and later): `POST /sdk/vim25/<release>/<moType>/<moId>/<Method>`
 * with the parameters as one JSON object (every object with its `_typeName`: vCenter 8.0.3 answers 500
 * InvalidArgument without it), and the response body decoded as the method's return value. Copied into the output.
 */
import { inContext, type DecodeDefaults, type DecodeOptions } from "../core/context";
import { parseAndDecode } from "../core/decode";
import { decodeReturn, methodEntry, type MethodTable } from "../core/methodValues";
import { dateTimeText } from "../core/convert";
import { isDateValue } from "../core/checks";
import { stringifyJson, TOP_LEVEL } from "../core/json";

/** What a call sends: the path under `/sdk/vim25/<release>` and the JSON body (none for a method without parameters). */
export interface JsonMethodRequest {
  readonly path: string;
  readonly body: string | undefined;
}

/** Each method's parameter encoders, in the method table's order: an object's `encodeT`, or undefined for a primitive. */
export type JsonParamEncoders = Readonly<
  Record<string, readonly (((value: never) => unknown) | undefined)[]>
>;

function encodeValue(value: unknown, encode: ((value: never) => unknown) | undefined): unknown {
  if (encode !== undefined) return encode(value as never);
  return isDateValue(value) ? dateTimeText(value) : value;
}

/**
 * The VI JSON request of `method`: `_this` in the path, each declared parameter encoded as its type.
 * @throws TypeError for a missing `_this` or required parameter.
 */
export function jsonMethodRequest(
  method: string,
  given: object,
  methods: MethodTable,
  encoders: JsonParamEncoders,
): JsonMethodRequest {
  const entry = methodEntry(methods, method);
  const args = given as Readonly<Record<string, unknown>>;
  const self = args["_this"] as { readonly type?: unknown; readonly value?: unknown } | undefined;
  if (typeof self?.type !== "string" || typeof self.value !== "string")
    throw new TypeError(`${method} is called on a ${entry.on}: pass its ManagedObjectReference as _this`);
  const encode = encoders[method] ?? [];
  const body: Record<string, unknown> = {};
  entry.params.forEach(([name, , flags], i) => {
    const value = Object.prototype.hasOwnProperty.call(args, name) ? args[name] : undefined;
    if (value === undefined) {
      if ((flags & 2) === 0) throw new TypeError(`${method} requires the parameter ${name}`);
      return;
    }
    const each = encode[i];
    body[name] = Array.isArray(value)
      ? value.map((v: unknown) => encodeValue(v, each))
      : encodeValue(value, each);
  });
  return {
    path: `/${encodeURIComponent(self.type)}/${encodeURIComponent(self.value)}/${method}`,
    body: entry.params.length === 0 ? undefined : stringifyJson(body),
  };
}

/** A method's return value from the VI JSON response body (empty for a method that returns nothing, or nothing). */
export function jsonMethodReturn(
  method: string,
  text: string,
  methods: MethodTable,
  options: DecodeOptions | undefined,
  defaults: DecodeDefaults,
): unknown {
  const entry = methodEntry(methods, method);
  const asIs = options === undefined;
  // In a context that turns a stack overflow (a value nested too deeply) into an issue at `$`, as parseT does.
  return inContext(options, defaults, (c) => {
    if (text.trim() === "" || entry.returns === undefined) return decodeReturn(entry, [], c, asIs);
    const array = (entry.returns[2] & 1) !== 0;
    return parseAndDecode(text, c, (v, path, cx) => {
      // The one value is the text's top-level value: its number text, if any, is under TOP_LEVEL.
      if (!array) return decodeReturn(entry, [v], cx, asIs, TOP_LEVEL);
      if (Array.isArray(v)) return decodeReturn(entry, v, cx, asIs);
      if (v !== null) cx.issues.push({ path, message: `${method} returns an array, not ${typeof v}` });
      return [];
    });
  });
}
