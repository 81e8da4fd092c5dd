// Compares two heap snapshots of one process (memorySampler.js writes them: BENCH_HEAP_SNAPSHOTS,
// BENCH_HEAP_SNAPSHOT_AT): `node test/bench/heapDiff.js before.heapsnapshot after.heapsnapshot [rows]`. Prints the
// constructors whose objects grew most (count and self size), the objects whose retained size grew most (matched by
// their snapshot id, which a process keeps for an object's life; retained sizes from the dominator tree over strong
// edges), and the retainer path of each of those to a GC root. A tool to find what grows, not part of any run.
"use strict";
const fs = require("node:fs");

function load(file) {
  const raw = JSON.parse(fs.readFileSync(file, "utf8"));
  const meta = raw.snapshot.meta;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const nodeTypes = meta.node_fields.indexOf("type");
  const types = meta.node_types[nodeTypes];
  const edgeTypes = meta.edge_types[meta.edge_fields.indexOf("type")];
  const at = (name) => meta.node_fields.indexOf(name);
  const [fType, fName, fId, fSize, fEdges] = ["type", "name", "id", "self_size", "edge_count"].map(at);
  const [eType, eName, eTo] = ["type", "name_or_index", "to_node"].map((n) => meta.edge_fields.indexOf(n));
  const nodes = raw.nodes;
  const edges = raw.edges;
  const strings = raw.strings;
  const count = nodes.length / nf;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += nodes[i * nf + fEdges] * ef;
    firstEdge[i + 1] = e;
  }
  const weak = edgeTypes.indexOf("weak");
  const shortcut = edgeTypes.indexOf("shortcut");
  const label = (i) => {
    const type = types[nodes[i * nf + fType]];
    const name = strings[nodes[i * nf + fName]];
    if (type === "object" || type === "native") return name;
    if (type === "closure") return `(closure ${name || "anonymous"})`;
    if (type === "string" || type === "concatenated string" || type === "sliced string") return "(string)";
    return `(${type}) ${name.length > 40 ? `${name.slice(0, 40)}…` : name}`;
  };
  const edgeName = (e) => {
    const type = edgeTypes[edges[e + eType]];
    const n = edges[e + eName];
    return type === "element" || type === "hidden" ? `[${n}]` : String(strings[n]);
  };
  const strongEdges = function* (i) {
    for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += ef) {
      const t = edges[e + eType];
      if (t !== weak && t !== shortcut) yield [e, edges[e + eTo] / nf];
    }
  };
  return { nodes, nf, fId, fSize, count, label, edgeName, strongEdges };
}

/** Immediate dominators from node 0 (the root) over strong edges: Cooper, Harvey and Kennedy's iteration. */
function retained(h) {
  const { count } = h;
  const post = new Int32Array(count).fill(-1);
  const order = [];
  // Iterative DFS for a postorder.
  const stack = [[0, h.strongEdges(0)]];
  const seen = new Uint8Array(count);
  seen[0] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const next = top[1].next();
    if (next.done) {
      post[top[0]] = order.length;
      order.push(top[0]);
      stack.pop();
    } else if (!seen[next.value[1]]) {
      seen[next.value[1]] = 1;
      stack.push([next.value[1], h.strongEdges(next.value[1])]);
    }
  }
  const preds = Array.from({ length: count }, () => []);
  for (const i of order) for (const [, to] of h.strongEdges(i)) if (seen[to]) preds[to].push(i);
  const idom = new Int32Array(count).fill(-1);
  idom[0] = 0;
  const intersect = (a, b) => {
    while (a !== b) {
      while (post[a] < post[b]) a = idom[a];
      while (post[b] < post[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let k = order.length - 2; k >= 0; k--) {
      const b = order[k];
      let d = -1;
      for (const p of preds[b]) if (idom[p] !== -1) d = d === -1 ? p : intersect(p, d);
      if (d !== -1 && idom[b] !== d) {
        idom[b] = d;
        changed = true;
      }
    }
  }
  // Distances from the root, for retainer paths that go towards it.
  const distance = new Int32Array(count).fill(-1);
  distance[0] = 0;
  for (let queue = [0], q = 0; q < queue.length; q++)
    for (const [, to] of h.strongEdges(queue[q]))
      if (distance[to] === -1) {
        distance[to] = distance[queue[q]] + 1;
        queue.push(to);
      }
  const size = new Float64Array(count);
  for (const i of order) size[i] += h.nodes[i * h.nf + h.fSize];
  for (const i of order) if (i !== 0 && idom[i] >= 0) size[idom[i]] += size[i];
  return { size, preds, seen, distance };
}

function byConstructor(h) {
  const m = new Map();
  for (let i = 0; i < h.count; i++) {
    const k = h.label(i);
    const v = m.get(k) ?? { count: 0, size: 0 };
    v.count++;
    v.size += h.nodes[i * h.nf + h.fSize];
    m.set(k, v);
  }
  return m;
}

/** A path of retainers from node `i` to the root: each step the retainer nearest the root. */
function retainerPath(h, r, i, depth = 12) {
  const steps = [];
  for (let n = i, d = 0; n !== 0 && d < depth; d++) {
    let best;
    for (const p of r.preds[n]) {
      for (const [e, to] of h.strongEdges(p))
        if (to === n && r.distance[p] >= 0 && (best === undefined || r.distance[p] < r.distance[best.p]))
          best = { p, e };
    }
    if (best === undefined) break;
    steps.push(`${h.label(best.p)} .${h.edgeName(best.e)}`);
    n = best.p;
  }
  return steps;
}

const [beforeFile, afterFile, rowsText] = process.argv.slice(2);
if (afterFile === undefined) {
  console.error("usage: node test/bench/heapDiff.js before.heapsnapshot after.heapsnapshot [rows]");
  process.exit(2);
}
const rows = Number(rowsText ?? 15);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const before = load(beforeFile);
const after = load(afterFile);
const cb = byConstructor(before);
const ca = byConstructor(after);
const deltas = [...ca].map(([k, a]) => {
  const b = cb.get(k) ?? { count: 0, size: 0 };
  return { k, count: a.count - b.count, size: a.size - b.size };
});
deltas.sort((x, y) => y.size - x.size);
console.log(`Constructors by self size grown (${beforeFile} -> ${afterFile}):`);
for (const d of deltas.slice(0, rows))
  console.log(`  ${kb(d.size).padStart(12)}  ${String(d.count).padStart(8)}  ${d.k}`);

const rb = retained(before);
const ra = retained(after);
const sizeById = new Map();
for (let i = 0; i < before.count; i++)
  if (rb.seen[i]) sizeById.set(before.nodes[i * before.nf + before.fId], rb.size[i]);
const grown = [];
for (let i = 1; i < after.count; i++) {
  if (!ra.seen[i]) continue;
  const id = after.nodes[i * after.nf + after.fId];
  const was = sizeById.get(id);
  if (was !== undefined) grown.push({ i, was, now: ra.size[i] });
}
grown.sort((x, y) => y.now - y.was - (x.now - x.was));
console.log(`\nObjects (alive in both) by retained size grown:`);
for (const g of grown.slice(0, rows))
  console.log(`  ${kb(g.now - g.was).padStart(12)}  ${kb(g.was)} -> ${kb(g.now)}  ${after.label(g.i)}`);
console.log(`\nRetainer paths of the first ${Math.min(5, rows)}:`);
for (const g of grown.slice(0, Math.min(5, rows)))
  console.log(`  ${after.label(g.i)} <- ${retainerPath(after, ra, g.i).join(" <- ")}`);
