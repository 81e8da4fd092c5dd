/**
 * Which types can nest inside themselves (a fault's `faultCause`, a backing spec's `parent`): following object
 * fields and lists of types, subtypes included. Their guards, and the guards of untyped slots, are where input
 * nested without bound would run the JavaScript stack out. A type nests inside itself when it lies on a cycle of
 * that graph: in a strongly connected component of more than one type, or reaching itself directly. Tarjan's
 * algorithm finds the components in one pass over the graph (a walk from every type was quadratic: 21 s of the
 * whole API's 36 s generate).
 */
import { typeOf, type Model } from "./ir";

export function recursiveTypes(model: Model): ReadonlySet<string> {
  const next = new Map<string, string[]>();
  for (const type of model.types) {
    const reached = type.allFields.flatMap((f) => {
      const declared = f.type.kind === "object" ? [f.type.typeName] : f.type.kind === "union" ? f.type.typeNames : [];
      return declared.flatMap((name) => [name, ...typeOf(model, name).subtypes]);
    });
    next.set(type.name, [...new Set(reached)]);
  }
  const recursive = new Set<string>();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  let counter = 0;
  for (const root of model.types.map((t) => t.name)) {
    if (index.has(root)) continue;
    // An explicit call stack of [type, position in its edges], so that long chains cannot run the stack out.
    const calls: [string, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (calls.length > 0) {
      const frame = calls[calls.length - 1] as [string, number];
      const [name, at] = frame;
      const edges = next.get(name) ?? [];
      if (at < edges.length) {
        frame[1] = at + 1;
        const to = edges[at] as string;
        if (!next.has(to)) continue;
        if (to === name) recursive.add(name);
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          calls.push([to, 0]);
        } else if (onStack.has(to)) low.set(name, Math.min(low.get(name) ?? 0, index.get(to) ?? 0));
        continue;
      }
      calls.pop();
      const parent = calls[calls.length - 1];
      if (parent !== undefined) low.set(parent[0], Math.min(low.get(parent[0]) ?? 0, low.get(name) ?? 0));
      if (low.get(name) === index.get(name)) {
        const component: string[] = [];
        for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
          onStack.delete(member);
          component.push(member);
          if (member === name) break;
        }
        if (component.length > 1) for (const member of component) recursive.add(member);
      }
    }
  }
  return recursive;
}
