// SDG goals of the graph: which goal a goal or target node belongs to ("10.7" -> "10").
import { localName } from '../../../kg/labels';
import type { KgGraph, NodeAttributes } from '../../../kg/to-graph';

const CODE = /^(\d{1,2})(?:\.[0-9a-z]+)?$/i;

/** The goal number of an SDG goal or target node, from its notation or IRI; null for other nodes. */
export function goalOf(attrs: NodeAttributes): string | null {
  if (attrs.kind !== 'goal' && attrs.kind !== 'target') return null;
  for (const code of [...attrs.notations, localName(attrs.iri)]) {
    const m = CODE.exec(code.trim());
    if (m) return String(Number(m[1]));
  }
  return null;
}

/** Goals present in the graph, in numeric order. */
export function sdgGoals(graph: KgGraph): string[] {
  const goals = new Set<string>();
  graph.forEachNode((_key, attrs) => {
    const goal = goalOf(attrs);
    if (goal !== null) goals.add(goal);
  });
  return [...goals].sort((a, b) => Number(a) - Number(b));
}
