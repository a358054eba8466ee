/**
 * Reading V8 heap snapshots (`.heapsnapshot`, as Chromium's HeapProfiler writes them) without DevTools:
 * a summary by constructor like DevTools' "Summary" view, a diff of two snapshots of one page, and the
 * shortest retainer path from the GC roots for the objects that are new in the second.
 */
import { readFileSync } from 'node:fs';

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** One snapshot, indexed: node `i` is the i-th node (not an offset into the flat array). */
export interface HeapSnapshot {
  count: number;
  type(i: number): string;
  name(i: number): string;
  id(i: number): number;
  selfSize(i: number): number;
  /** DevTools-like class: the constructor for objects, `(closure) name`, `(array) name`, `(native) blink::X`, … */
  className(i: number): string;
  /** Outgoing edges as [edge type, edge name, target node]. */
  edges(i: number): [string, string, number][];
  /** Reachable from the GC roots over strong edges (what survives a GC). */
  reachable(i: number): boolean;
  /** Shortest path from the GC roots (node 0) to `i`, weak edges ignored; `null` if unreachable. */
  retainerPath(i: number, maxSteps?: number): string[] | null;
}

export function readSnapshot(file: string): HeapSnapshot {
  return indexSnapshot(JSON.parse(readFileSync(file, 'utf8')) as RawSnapshot);
}

export function indexSnapshot(raw: RawSnapshot): HeapSnapshot {
  const { meta } = raw.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [nType, nName, nId, nSize, nEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f));
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const count = raw.nodes.length / nf;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i] + raw.nodes[i * nf + nEdges] * ef;

  const type = (i: number) => nodeTypes[raw.nodes[i * nf + nType]];
  const name = (i: number) => raw.strings[raw.nodes[i * nf + nName]];
  const edgeName = (e: number) => {
    const t = edgeTypes[raw.edges[e + eType]];
    const v = raw.edges[e + eName];
    return t === 'element' || t === 'hidden' ? `[${v}]` : raw.strings[v];
  };

  // Breadth-first distances from the root over strong edges, and each node's nearest retainer.
  const parent = new Int32Array(count).fill(-1);
  const parentEdge = new Int32Array(count).fill(-1);
  const seen = new Uint8Array(count);
  const queue = new Uint32Array(count);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  seen[0] = 1;
  while (head < tail) {
    const n = queue[head++];
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += ef) {
      if (edgeTypes[raw.edges[e + eType]] === 'weak') continue;
      const to = raw.edges[e + eTo] / nf;
      if (seen[to]) continue;
      seen[to] = 1;
      parent[to] = n;
      parentEdge[to] = e;
      queue[tail++] = to;
    }
  }

  const className = (i: number): string => {
    const t = type(i);
    const n = name(i);
    switch (t) {
      case 'object':
        return n.split(' ')[0] || '(anonymous object)';
      case 'native': // Blink's own objects (Oilpan), outside the V8 heap that Runtime.getHeapUsage reports
        return `(native) ${n.split(' ')[0]}`;
      case 'closure':
        return `(closure) ${n || 'anonymous'}`;
      case 'array':
        return `(array) ${n}`;
      case 'hidden':
      case 'object shape':
        return `(system) ${n.replace(/ \/ .*/, '').replace(/\d+/g, '#')}`;
      case 'code':
        return `(compiled code) ${n.split(/[ :(]/)[0]}`;
      case 'string':
      case 'concatenated string':
      case 'sliced string':
        return '(string)';
      default:
        return `(${t})`;
    }
  };

  return {
    count,
    type,
    name,
    id: (i) => raw.nodes[i * nf + nId],
    selfSize: (i) => raw.nodes[i * nf + nSize],
    className,
    edges(i) {
      const out: [string, string, number][] = [];
      for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += ef) out.push([edgeTypes[raw.edges[e + eType]], edgeName(e), raw.edges[e + eTo] / nf]);
      return out;
    },
    reachable: (i) => seen[i] === 1,
    retainerPath(i, maxSteps = 12) {
      if (!seen[i]) return null;
      const path: string[] = [];
      for (let n = i; parent[n] >= 0 && path.length < maxSteps; n = parent[n]) path.push(`${className(parent[n])}.${edgeName(parentEdge[n])}`);
      return path;
    },
  };
}

export interface ClassRow {
  className: string;
  count: number;
  bytes: number;
}

/** Live objects per class (reachable from the roots only, as after a GC), largest first. */
export function summarize(s: HeapSnapshot): Map<string, ClassRow> {
  const rows = new Map<string, ClassRow>();
  for (let i = 0; i < s.count; i++) {
    if (!s.reachable(i)) continue;
    const c = s.className(i);
    const row = rows.get(c) ?? { className: c, count: 0, bytes: 0 };
    row.count += 1;
    row.bytes += s.selfSize(i);
    rows.set(c, row);
  }
  return rows;
}

/** Per class, what `after` holds beyond `before`: count and bytes, largest growth first. */
export function diffSummaries(before: Map<string, ClassRow>, after: Map<string, ClassRow>): ClassRow[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .map((c) => ({
      className: c,
      count: (after.get(c)?.count ?? 0) - (before.get(c)?.count ?? 0),
      bytes: (after.get(c)?.bytes ?? 0) - (before.get(c)?.bytes ?? 0),
    }))
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * Objects of `after` whose id was not in `before` (allocated in between and still alive), grouped by
 * class; for each of the `top` classes, the most common retainer paths (ids stripped) with a count.
 */
export function newObjectRetainers(before: HeapSnapshot, after: HeapSnapshot, top = 15, pathsPerClass = 3) {
  const old = new Set<number>();
  for (let i = 0; i < before.count; i++) old.add(before.id(i));
  const groups = new Map<string, { count: number; bytes: number; paths: Map<string, number> }>();
  for (let i = 0; i < after.count; i++) {
    if (old.has(after.id(i))) continue;
    const path = after.retainerPath(i, 8);
    if (path === null) continue;
    const c = after.className(i);
    const g = groups.get(c) ?? { count: 0, bytes: 0, paths: new Map<string, number>() };
    g.count += 1;
    g.bytes += after.selfSize(i);
    const key = path.map((p) => p.replace(/\[\d+\]/g, '[n]')).join(' ← ');
    g.paths.set(key, (g.paths.get(key) ?? 0) + 1);
    groups.set(c, g);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, top)
    .map(([className, g]) => ({
      className,
      count: g.count,
      bytes: g.bytes,
      paths: [...g.paths.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, pathsPerClass)
        .map(([path, n]) => `${n}× ${path}`),
    }));
}

export interface CompiledCode {
  /** Script file name (the chunk) and function name: minified names unless the build was not minified. */
  script: string;
  fn: string;
  /** Machine code with its tables (InstructionStream, source positions, deoptimization data). */
  bytes: number;
  id: number;
}

/**
 * Machine code V8 keeps for the page's functions — Sparkplug baseline code on the SharedFunctionInfo
 * and Maglev/TurboFan code on the closures — one row per code object. Bytecode is not counted.
 */
export function compiledCode(s: HeapSnapshot): CompiledCode[] {
  const out = new Map<number, CompiledCode>();
  const scriptOf = (sfi: number) => {
    const script = s.edges(sfi).find((e) => e[1] === 'script')?.[2];
    return script === undefined
      ? '?'
      : s
          .name(script)
          .replace(/^system \/ Script \/ /, '')
          .replace(/^.*\//, '')
          .replace(/-[\w-]{8}\.js$/, '.js') || '(inline)';
  };
  const add = (code: number, sfi: number, fn: string) => {
    if (out.has(code) || !s.reachable(code)) return;
    const edges = s.edges(code);
    if (!edges.some((e) => e[1] === 'instruction_stream')) return; // an embedded builtin (the interpreter's entry)
    const bytes =
      s.selfSize(code) + edges.filter((e) => e[0] === 'internal' && e[1] !== 'interpreter_data' && e[1] !== 'map').reduce((n, e) => n + s.selfSize(e[2]), 0);
    out.set(code, { script: scriptOf(sfi), fn: fn || '(anonymous)', bytes, id: s.id(code) });
  };
  for (let i = 0; i < s.count; i++) {
    if (s.type(i) !== 'closure') continue;
    const edges = s.edges(i);
    const sfi = edges.find((e) => e[1] === 'shared')?.[2];
    if (sfi === undefined) continue;
    const code = edges.find((e) => e[1] === 'code')?.[2];
    if (code !== undefined) add(code, sfi, s.name(i));
    const baseline = s.edges(sfi).find((e) => e[1] === 'trusted_function_data')?.[2];
    if (baseline !== undefined && s.name(baseline) === 'system / Code') add(baseline, sfi, s.name(i));
  }
  return [...out.values()];
}

/** Compiled code in `after` that `before` did not have, summed per script. */
export function newCompiledCodeByScript(before: HeapSnapshot, after: HeapSnapshot): { script: string; count: number; bytes: number; top: string[] }[] {
  const old = new Set(compiledCode(before).map((c) => c.id));
  const groups = new Map<string, { count: number; bytes: number; fns: Map<string, number> }>();
  for (const c of compiledCode(after)) {
    if (old.has(c.id)) continue;
    const g = groups.get(c.script) ?? { count: 0, bytes: 0, fns: new Map<string, number>() };
    g.count += 1;
    g.bytes += c.bytes;
    g.fns.set(c.fn, (g.fns.get(c.fn) ?? 0) + c.bytes);
    groups.set(c.script, g);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([script, g]) => ({
      script,
      count: g.count,
      bytes: g.bytes,
      top: [...g.fns.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([f, n]) => `${f} ${(n / 1024).toFixed(1)}K`),
    }));
}
