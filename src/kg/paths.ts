// Relationship paths between two nodes: all shortest paths (edges taken either way), then optionally longer simple
// ones.
import type { KgGraph } from './to-graph';
import { UnknownNodeError } from './errors';

export interface StepEdge {
  key: string;
  predicate: string;
  /** True when the edge points from the step's `from` to its `to`. */
  forward: boolean;
  /** Passages (named graphs) asserting the statement. */
  graphs: string[];
}

export interface PathStep {
  from: string;
  to: string;
  /** Every edge linking the two nodes (parallel predicates, both directions), sorted by key. */
  edges: StepEdge[];
}

export interface KgPath {
  nodes: string[];
  steps: PathStep[];
  /** Every edge key on the path, for highlighting. */
  edgeKeys: string[];
}

export interface PathOptions {
  /** How many longer simple paths to add after the shortest ones (default 0). */
  extra?: number;
  /** Cap on the number of shortest paths enumerated (default 100); a dense graph can have very many. */
  maxShortest?: number;
}

type Adjacency = (node: string) => string[];

/** Undirected neighbours, parallel edges collapsed, sorted so that results never depend on insertion order. */
function adjacency(graph: KgGraph): Adjacency {
  const cache = new Map<string, string[]>();
  return (node) => {
    let list = cache.get(node);
    if (!list) {
      list = [...new Set(graph.neighbors(node))].sort();
      cache.set(node, list);
    }
    return list;
  };
}

/** Breadth-first distances from `start`, skipping removed nodes and removed undirected links. */
function bfs(
  neighbours: Adjacency,
  start: string,
  goal: string,
  removedNodes: ReadonlySet<string> = new Set(),
  removedLinks: ReadonlySet<string> = new Set(),
): Map<string, string[]> | undefined {
  const parents = new Map<string, string[]>([[start, []]]);
  const depth = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0 && !parents.has(goal)) {
    const next: string[] = [];
    for (const node of frontier) {
      const d = depth.get(node) ?? 0;
      for (const other of neighbours(node)) {
        if (removedNodes.has(other) || removedLinks.has(linkKey(node, other))) continue;
        const seen = depth.get(other);
        if (seen === undefined) {
          depth.set(other, d + 1);
          parents.set(other, [node]);
          next.push(other);
        } else if (seen === d + 1) {
          parents.get(other)?.push(node);
        }
      }
    }
    frontier = next;
  }
  return parents.has(goal) ? parents : undefined;
}

function linkKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Every shortest node sequence from start to goal, from the parent lists (at most `max`). Iterative: a
 * path can be thousands of steps long (nested blank nodes), deeper than the call stack.
 */
function unwind(parents: Map<string, string[]>, start: string, goal: string, max: number): string[][] {
  const out: string[][] = [];
  // stack[i] is the node at depth i counted back from the goal, with the index of the parent tried next for it.
  const stack = [{ node: goal, next: 0 }];
  for (let top = stack.at(-1); top !== undefined && out.length < max; top = stack.at(-1)) {
    if (top.node === start) {
      out.push(stack.map((frame) => frame.node).reverse());
      stack.pop();
      continue;
    }
    const parent = (parents.get(top.node) ?? [])[top.next];
    if (parent === undefined) {
      stack.pop();
      continue;
    }
    top.next += 1;
    stack.push({ node: parent, next: 0 });
  }
  return out;
}

function comparePaths(a: string[], b: string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  const ja = a.join('\u0000');
  const jb = b.join('\u0000');
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

/** Yen's algorithm, seeded with the shortest paths already known: the next `extra` simple paths by length. */
function longerPaths(neighbours: Adjacency, start: string, goal: string, found: string[][], extra: number): string[][] {
  const accepted = [...found];
  const seen = new Set(accepted.map((p) => p.join('\u0000')));
  const candidates: string[][] = [];
  const spurFrom = (path: string[]): void => {
    for (const [i, spurNode] of path.slice(0, -1).entries()) {
      const root = path.slice(0, i + 1);
      const removedLinks = new Set<string>();
      for (const p of accepted) {
        const [from, to] = p.slice(i, i + 2);
        if (from !== undefined && to !== undefined && root.every((n, j) => p[j] === n))
          removedLinks.add(linkKey(from, to));
      }
      const removedNodes = new Set(root.slice(0, -1));
      const parents = bfs(neighbours, spurNode, goal, removedNodes, removedLinks);
      if (!parents) continue;
      const [spur] = unwind(parents, spurNode, goal, 1);
      if (spur === undefined) continue;
      const candidate = [...root.slice(0, -1), ...spur];
      const id = candidate.join('\u0000');
      if (!seen.has(id)) {
        seen.add(id);
        candidates.push(candidate);
      }
    }
  };
  for (const path of accepted) spurFrom(path);
  const extras: string[][] = [];
  while (extras.length < extra && candidates.length > 0) {
    candidates.sort(comparePaths);
    const next = candidates.shift() as string[];
    accepted.push(next);
    extras.push(next);
    spurFrom(next);
  }
  return extras;
}

function describe(graph: KgGraph, nodes: string[]): KgPath {
  const steps: PathStep[] = [];
  for (const [i, from] of nodes.entries()) {
    const to = nodes[i + 1];
    if (to === undefined) break;
    const edges: StepEdge[] = [];
    for (const [source, target] of [
      [from, to],
      [to, from],
    ]) {
      for (const key of graph.outEdges(source, target)) {
        const attrs = graph.getEdgeAttributes(key);
        edges.push({ key, predicate: attrs.predicate, forward: source === from, graphs: attrs.graphs });
      }
      if (from === to) break;
    }
    edges.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    steps.push({ from, to, edges });
  }
  return { nodes, steps, edgeKeys: steps.flatMap((s) => s.edges.map((e) => e.key)) };
}

/**
 * All shortest paths between `a` and `b` (edges followed in either direction; each step reports the
 * direction, predicate and passages of every edge linking its two nodes), then up to `extra` longer
 * simple paths in order of length. No path: an empty list. `a === b`: the one empty path.
 */
export function shortestPaths(graph: KgGraph, a: string, b: string, options: PathOptions = {}): KgPath[] {
  for (const key of [a, b]) if (!graph.hasNode(key)) throw new UnknownNodeError(key);
  if (a === b) return [describe(graph, [a])];
  const neighbours = adjacency(graph);
  const parents = bfs(neighbours, a, b);
  if (!parents) return [];
  const shortest = unwind(parents, a, b, options.maxShortest ?? 100).sort(comparePaths);
  const extra = options.extra ?? 0;
  const longer = extra > 0 ? longerPaths(neighbours, a, b, shortest, extra) : [];
  return [...shortest, ...longer].map((nodes) => describe(graph, nodes));
}
