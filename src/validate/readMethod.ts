/**
 * Reads a method's schema file (one with `on:`, the managed object type it is called on): its parameters in WSDL
 * order, its return value and the faults it documents, into a `MethodDecl`.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from "yaml";
import { TYPE_NAME } from "./names";
import { readField } from "./readField";
import { readName } from "./readName";
import type { FaultDecl, FieldDecl, MethodDecl } from "./schemaDecl";
import { FIELD_KEYS, METHOD_KEYS, RETURN_KEYS } from "./schemaKeys";
import { YamlReader } from "./yamlReader";

/** Method parameters every call already has, with why. */
const IMPLICIT_PARAMS: ReadonlyMap<string, string> = new Map([
  ["_this", "every method takes the managed object it is called on as _this; do not declare it"],
]);

export function readMethod(r: YamlReader, root: YAMLMap): MethodDecl | undefined {
  const top = r.entries(root, METHOD_KEYS, "in a method");
  const named = readName(r, root, top, "method");
  const onEntry = top.get("on");
  const on = r.string(onEntry, "on");
  if (on !== undefined && !TYPE_NAME.test(on)) {
    r.report(
      r.posOf(onEntry?.value),
      "bad-type-name",
      `managed object type "${on}" is not a valid type name`,
      "on names the managed object type the method is called on, such as EventManager",
    );
  }
  const params: FieldDecl[] = [];
  const paramsEntry = top.get("params");
  if (!YamlReader.isEmpty(paramsEntry) && paramsEntry !== undefined) {
    if (!isMap(paramsEntry.value)) {
      r.report(
        r.posOf(paramsEntry.value ?? paramsEntry.key),
        "not-a-mapping",
        "params must be a mapping from parameter name to parameter",
        "write each parameter as `name:` followed by its indented keys (type, optional, description), in WSDL order",
      );
    } else {
      for (const pair of paramsEntry.value.items as Pair<Node, Node | null>[]) {
        const name = isScalar(pair.key) ? String(pair.key.value) : "";
        const implicit = IMPLICIT_PARAMS.get(name);
        if (implicit !== undefined) {
          r.report(r.posOf(pair.key), "reserved-field-name", `parameter "${name}" cannot be declared`, implicit);
          continue;
        }
        const param = readField(r, pair, FIELD_KEYS, "parameter");
        if (param !== undefined) params.push(param);
      }
    }
  }
  const returnsEntry = top.get("returns");
  let returns: FieldDecl | undefined;
  if (returnsEntry !== undefined && !YamlReader.isEmpty(returnsEntry)) {
    returns = readField(r, returnsEntry, RETURN_KEYS, "return value");
  }
  const taskResultEntry = top.get("taskResult");
  const taskResult =
    taskResultEntry === undefined || YamlReader.isEmpty(taskResultEntry)
      ? undefined
      : readField(r, taskResultEntry, RETURN_KEYS, "task result");
  const privilege = r.string(top.get("privilege"), "privilege");
  const faults: FaultDecl[] = [];
  const faultsEntry = top.get("faults");
  if (faultsEntry !== undefined && !YamlReader.isEmpty(faultsEntry)) {
    const listed = faultsEntry.value;
    if (!isSeq(listed)) {
      r.report(
        r.posOf(listed ?? faultsEntry.key),
        "not-a-list",
        "faults must be a list of fault type names",
        "write the faults the reference documents as a list: faults: [InvalidState, RuntimeFault]",
      );
    } else {
      for (const item of listed.items as (Node | null)[]) {
        const name = isScalar(item) ? item.value : undefined;
        if (typeof name !== "string" || !TYPE_NAME.test(name)) {
          r.report(
            r.posOf(item ?? listed),
            "bad-type-name",
            "each fault must be a fault type's name",
            "name a MethodFault subtype that a schema declares, such as InvalidState",
          );
        } else faults.push({ name, at: r.posOf(item) });
      }
    }
  }
  const { description, since, deprecated } = r.docs(top);
  if (named === undefined || on === undefined) return undefined;
  return {
    kind: "method",
    name: named.name,
    file: r.file.displayPath,
    source: r.file.absolutePath,
    at: named.at,
    on,
    onAt: r.posOf(onEntry?.value),
    description,
    since,
    deprecated,
    params,
    returns,
    taskResult,
    privilege,
    faults,
  };
}
