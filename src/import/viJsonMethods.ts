/**
 * A VI JSON method operation (`POST /{moType}/{moId}/{Method}`, read by viJson.ts) as a method text: the parameters
 * from its `{Method}RequestType` body, the return value from its 200 response (none for a 204), the faults from the
 * `***Fault***:` lines of its 500 response's description.
 */
import type { FieldText, MethodText } from "./schemaYaml";
import { fieldOf, ImportError, isObject, refName, splitDescription, type Json, type SpecOperation } from "./viJson";

/** The JSON schema of an operation's request body or a response, when it has one. */
function jsonContent(holder: unknown): Json | undefined {
  const content = isObject(holder) && isObject(holder["content"]) ? holder["content"]["application/json"] : undefined;
  return isObject(content) && isObject(content["schema"]) ? content["schema"] : undefined;
}

/** `***InvalidArgument***: if ...` lines of a 500 response's description: the faults a method documents. */
const FAULT_LINE = /\*\*\*([A-Za-z][A-Za-z0-9_]*)\*\*\*:/g;

/**
 * One method operation as a method text, and the spec schema names it refers to: the request type's properties are
 * its parameters (in their order, after `_this`, which the path carries), the 200 response its return value (none
 * for a 204), and the faults its 500 response's description names.
 */
export function methodTextOf(
  name: string,
  { on, operation }: SpecOperation,
  schemas: ReadonlyMap<string, Json>,
): { text: MethodText; refs: string[] } {
  const where = `${on}.${name}`;
  const { description, since } = splitDescription(
    typeof operation["description"] === "string" ? operation["description"] : operation["summary"],
  );
  const refs: string[] = [];
  const params: FieldText[] = [];
  const body = jsonContent(operation["requestBody"]);
  if (body !== undefined) {
    const requestName = refName(body);
    const request = requestName === undefined ? body : schemas.get(requestName);
    if (request === undefined)
      throw new ImportError(
        `${where}: the request body refers to ${requestName ?? "?"}, which the document does not define`,
      );
    const required = new Set(Array.isArray(request["required"]) ? request["required"].map(String) : []);
    const properties = isObject(request["properties"]) ? request["properties"] : {};
    for (const [prop, value] of Object.entries(properties)) {
      if (prop === "_typeName" || !isObject(value)) continue;
      const { field, refs: more } = fieldOf(prop, value, required.has(prop), where);
      params.push(field);
      refs.push(...more);
    }
  }
  const responses = isObject(operation["responses"]) ? operation["responses"] : {};
  const ok = responses["200"];
  const result = jsonContent(ok);
  let returns: MethodText["returns"];
  if (result !== undefined) {
    const described = { ...result, description: isObject(ok) ? ok["description"] : undefined };
    // A list may come back empty or not at all; a single value is always there.
    const { field, refs: more } = fieldOf("returnval", described, result["type"] !== "array", where);
    const { name: _returnval, ...rest } = field;
    returns = { ...rest, description: rest.description === "OK" ? undefined : rest.description };
    refs.push(...more);
  }
  const failed = responses["500"];
  const faultText = isObject(failed) && typeof failed["description"] === "string" ? failed["description"] : "";
  const faults = [...new Set([...faultText.matchAll(FAULT_LINE)].map((m) => m[1] ?? ""))].filter((f) => f !== "");
  for (const fault of faults) if (schemas.has(fault)) refs.push(fault);
  return {
    text: {
      kind: "method",
      name,
      on,
      since,
      description,
      params,
      returns,
      faults: faults.filter((f) => schemas.has(f)),
    },
    refs,
  };
}
