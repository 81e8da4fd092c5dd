/**
 * Which types can nest inside themselves (a fault's `faultCause`, a backing spec's `parent`): following object
 * fields and lists of types, subtypes included. Their guards, and the guards of untyped slots, are where input
 * nested without bound would run the JavaScript stack out.
 */
import { typeOf, type Model } from "./ir";

export function recursiveTypes(model: Model): ReadonlySet<string> {
  const next = new Map<string, string[]>();
  for (const type of model.types) {
    const reached = type.allFields.flatMap((f) => {
      const declared = f.type.kind === "object" ? [f.type.typeName] : f.type.kind === "union" ? f.type.typeNames : [];
      return declared.flatMap((name) => [name, ...typeOf(model, name).subtypes]);
    });
    next.set(type.name, reached);
  }
  const recursive = new Set<string>();
  for (const type of model.types) {
    const seen = new Set<string>();
    const stack = [...(next.get(type.name) ?? [])];
    while (stack.length > 0) {
      const name = stack.pop() ?? "";
      if (name === type.name) {
        recursive.add(name);
        break;
      }
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...(next.get(name) ?? []));
    }
  }
  return recursive;
}
