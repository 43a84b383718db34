// What stands out on the graph: the hovered node's neighbourhood, else the panels' highlight, else the selection's.
import type { Highlight } from '../context';
import type { KgGraph } from '../../kg/to-graph';

export interface Emphasis {
  nodes: Set<string>;
  edges: Set<string>;
}

function around(graph: KgGraph, key: string): Emphasis {
  const nodes = new Set([key]);
  const edges = new Set<string>();
  graph.forEachEdge(key, (edge, _attrs, source, target) => {
    edges.add(edge);
    nodes.add(source === key ? target : source);
  });
  return { nodes, edges };
}

export function computeEmphasis(
  graph: KgGraph,
  input: { hovered: string | null; highlight: Highlight | null; selected: string | null },
): Emphasis | null {
  if (input.hovered !== null && graph.hasNode(input.hovered)) return around(graph, input.hovered);
  if (input.highlight) {
    const nodes = new Set(input.highlight.nodes.filter((k) => graph.hasNode(k)));
    const edges = new Set<string>();
    for (const edge of input.highlight.edges) {
      if (!graph.hasEdge(edge)) continue;
      edges.add(edge);
      nodes.add(graph.source(edge));
      nodes.add(graph.target(edge));
    }
    return { nodes, edges };
  }
  if (input.selected !== null && graph.hasNode(input.selected)) return around(graph, input.selected);
  return null;
}
