// Which nodes and edges of the graph a query result names (pure), for context.setHighlight.
import { blankKey, edgeKey, safeKey } from '../../../kg/keys';
import type { KgGraph } from '../../../kg/to-graph';
import type { Highlight } from '../../context';
import type { WireResult, WireTerm } from './protocol';

function nodeKeyOf(graph: KgGraph, term: WireTerm | undefined): string | undefined {
  if (!term) return undefined;
  const key = term.type === 'uri' ? safeKey(term.value) : term.type === 'bnode' ? blankKey(term.value) : undefined;
  return key !== undefined && graph.hasNode(key) ? key : undefined;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * SELECT: every value that is a node, and every edge joining two nodes of the same row (either way).
 * CONSTRUCT/DESCRIBE: the subject and object nodes and the edge of each triple, when they exist.
 */
export function resultHighlight(graph: KgGraph, result: WireResult): Highlight | null {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  let caption: string;
  if (result.kind === 'boolean') return null;
  if (result.kind === 'bindings') {
    for (const row of result.rows) {
      const keys = [
        ...new Set(
          Object.values(row)
            .map((t) => nodeKeyOf(graph, t))
            .filter((k): k is string => k !== undefined),
        ),
      ];
      for (const k of keys) nodes.add(k);
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          for (const e of graph.edges(keys[i], keys[j])) edges.add(e);
          for (const e of graph.edges(keys[j], keys[i])) edges.add(e);
        }
      }
    }
    caption = plural(result.rows.length, 'result', 'results');
  } else {
    for (const q of result.quads) {
      const s = nodeKeyOf(graph, q.subject);
      const o = nodeKeyOf(graph, q.object);
      if (s !== undefined) nodes.add(s);
      if (o !== undefined) nodes.add(o);
      if (s !== undefined && o !== undefined && q.predicate.type === 'uri') {
        const key = edgeKey(s, q.predicate.value, o);
        if (graph.hasEdge(key)) edges.add(key);
      }
    }
    caption = plural(result.quads.length, 'triple', 'triples');
  }
  if (nodes.size === 0) return null;
  return { nodes: [...nodes].sort(), edges: [...edges].sort(), caption };
}
