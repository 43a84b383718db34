// Which nodes and edges the filters leave visible (pure: the view and the list read the same answer).
import type { KgGraph } from '../../../kg/to-graph';
import { inPeriod } from '../timeline/dated';
import { goalOf } from './sdg';
import { valuesOf } from '../data/attribute-edges';
import { exploredNodes } from './explore';
import type { FiltersState } from './types';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** True when a node has a status and it is not the one asked for. */
function otherStatus(statuses: string[], wanted: string): boolean {
  return statuses.length > 0 && !statuses.includes(wanted);
}

/** Every status value in the graph (the Status filter's choices). */
export function statusValues(graph: KgGraph): string[] {
  const values = new Set<string>();
  graph.forEachNode((_key, attrs) => valuesOf(attrs.literals).forEach((v) => values.add(v)));
  return [...values].sort();
}

export function computeVisibility(graph: KgGraph, filters: FiltersState, selected: string | null): Visibility {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenPredicates = new Set(filters.hiddenPredicates);
  let nodes = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (hiddenKinds.has(attrs.kind) || !inPeriod(attrs, filters.period)) return;
    if (filters.status !== null && otherStatus(valuesOf(attrs.literals), filters.status)) return;
    nodes.add(key);
  });

  if (filters.sdgGoal !== null) {
    const goalNodes = new Set<string>();
    graph.forEachNode((key, attrs) => {
      if (goalOf(attrs) === filters.sdgGoal) goalNodes.add(key);
    });
    const allowed = new Set(goalNodes);
    for (const key of goalNodes) graph.forEachNeighbor(key, (neighbour) => allowed.add(neighbour));
    nodes = new Set([...nodes].filter((key) => allowed.has(key)));
  }

  if (filters.explore !== null) {
    const explored = exploredNodes(graph, filters.explore);
    nodes = new Set([...nodes].filter((key) => explored.has(key)));
  }

  const edgeVisible = (edge: string, source: string, target: string): boolean =>
    nodes.has(source) && nodes.has(target) && !hiddenPredicates.has(graph.getEdgeAttribute(edge, 'predicate'));

  if (filters.focusHops > 0 && selected !== null && nodes.has(selected)) {
    const distance = new Map<string, number>([[selected, 0]]);
    const queue = [selected];
    // The array iterator also visits the nodes pushed during the walk: a breadth-first queue
    for (const node of queue) {
      const d = distance.get(node) ?? 0;
      if (d >= filters.focusHops) continue;
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        if (!edgeVisible(edge, source, target)) return;
        const other = source === node ? target : source;
        if (!distance.has(other)) {
          distance.set(other, d + 1);
          queue.push(other);
        }
      });
    }
    nodes = new Set(queue);
  }

  const edges = new Set<string>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (edgeVisible(edge, source, target)) edges.add(edge);
  });
  return { nodes, edges };
}

/** Nodes per kind in the whole graph (the counts next to the class checkboxes). */
export function countByKind(graph: KgGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, attrs) => counts.set(attrs.kind, (counts.get(attrs.kind) ?? 0) + 1));
  return counts;
}

/** Edges per predicate IRI in the whole graph, most frequent first. */
export function countByPredicate(graph: KgGraph): [string, number][] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, attrs) => counts.set(attrs.predicate, (counts.get(attrs.predicate) ?? 0) + 1));
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
