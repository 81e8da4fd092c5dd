/**
 * Which types can nest inside themselves (a fault's `faultCause`, a backing spec's `parent`): following object
 * fields and lists of types, subtypes included. Their guards, and the guards of untyped slots, are where input
 * nested without bound would run the JavaScript stack out. A type nests inside itself when it lies on a cycle of
 * that graph: in a strongly connected component of more than one type, or reaching itself directly. Tarjan's
 * algorithm finds the components in one pass over the graph (a walk from every type was quadratic: 21 s of the
 * whole API's 36 s generate). A field leads to a node of its slot (`slot:MethodFault`), which leads to the declared
 * type and each subtype: shared by every field of that type, so that the graph's size is the fields plus the
 * subtypes once per slot type, not per field (the whole API's 101 fault slots each reached the 697 faults). A slot
 * node only relays, so a type lies on a cycle of this graph exactly when it lies on one of the types' own graph, and
 * any cycle has two nodes at least.
 */
import { typeOf, type Model } from "./ir";

/** What names a slot node: no type name holds a colon. */
const SLOT = "slot:";

export function recursiveTypes(model: Model): ReadonlySet<string> {
  const next = new Map<string, string[]>();
  for (const type of model.types) {
    const slots = type.allFields.flatMap((f) =>
      f.type.kind === "object" ? [f.type.typeName] : f.type.kind === "union" ? f.type.typeNames : [],
    );
    for (const name of slots)
      if (!next.has(`${SLOT}${name}`)) next.set(`${SLOT}${name}`, [name, ...typeOf(model, name).subtypes]);
    next.set(
      type.name,
      [...new Set(slots)].map((name) => `${SLOT}${name}`),
    );
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
        if (component.length > 1) for (const member of component) if (!member.startsWith(SLOT)) recursive.add(member);
      }
    }
  }
  return recursive;
}
