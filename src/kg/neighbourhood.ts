// Neighbourhood of a node: everything within n hops, edges followed in either direction.
import type { KgGraph } from './to-graph';
import { UnknownNodeError } from './errors';

export interface Neighbourhood {
  /** The centre first, then by distance (breadth-first order). */
  nodes: string[];
  /** Edges with one end nearer than `hops` and both ends within `hops` (what a breadth-first walk crosses). */
  edges: string[];
  /** Hops from the centre, per node. */
  distance: Map<string, number>;
}

export function neighbourhood(graph: KgGraph, key: string, hops = 1): Neighbourhood {
  if (!graph.hasNode(key)) throw new UnknownNodeError(key);
  const distance = new Map<string, number>([[key, 0]]);
  const nodes = [key];
  const edges: string[] = [];
  // The array iterator also visits the nodes pushed during the walk: a breadth-first queue
  for (const node of nodes) {
    const d = distance.get(node) ?? 0;
    if (d >= hops) continue;
    graph.forEachEdge(node, (edge, _attrs, source, target) => {
      const other = source === node ? target : source;
      const seen = distance.get(other);
      if (seen === undefined) {
        distance.set(other, d + 1);
        nodes.push(other);
      }
      // An edge between two nodes at the same distance d is crossed from both ends; count it once.
      if (seen === undefined || seen > d || (seen === d && node <= other)) edges.push(edge);
    });
  }
  return { nodes, edges: [...new Set(edges)], distance };
}
