// Explore mode (core/filters/explore.ts): a seed alone, expansions bring neighbours in, a collapse takes back what it
// added.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { KgGraph } from '../../../../src/kg/to-graph';
import {
  collapseNode,
  expandNode,
  expandNodes,
  exploreFrom,
  exploredNodes,
  hiddenNeighbours,
} from '../../../../src/explorer/core/filters/explore';
import { replaceFilters } from '../../../../src/explorer/core/filters/producers';
import { NO_FILTERS } from '../../../../src/explorer/core/filters/types';
import { computeVisibility } from '../../../../src/explorer/core/filters/visibility';

/** a - b - c - d, and b - e: a chain with a branch. */
function chain(): KgGraph {
  const g = new MultiDirectedGraph() as unknown as KgGraph;
  for (const k of ['a', 'b', 'c', 'd', 'e'])
    g.addNode(k, {
      iri: k,
      label: k,
      kind: 'body',
      types: [],
      altLabels: [],
      identifiers: [],
      notations: [],
      literals: {},
      described: true,
      graphs: [],
    });
  for (const [s, t] of [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['b', 'e'],
  ] as const)
    g.addDirectedEdgeWithKey(`${s}${t}`, s, t, { predicate: 'p', graphs: [] });
  return g;
}

describe('explore mode', () => {
  const graph = chain();
  const start = exploreFrom('a')(NO_FILTERS);

  it('starts with the seed alone, and nothing else is visible', () => {
    expect(start.explore).toEqual({ seed: 'a', expanded: [] });
    expect(computeVisibility(graph, start, null).nodes).toEqual(new Set(['a']));
    expect(computeVisibility(graph, start, null).edges.size).toBe(0);
  });

  it('expanding a node brings in its neighbours and the edges between shown nodes', () => {
    const once = expandNode('a')(start);
    const twice = expandNode('b')(once);
    expect(exploredNodes(graph, once.explore!)).toEqual(new Set(['a', 'b']));
    expect(exploredNodes(graph, twice.explore!)).toEqual(new Set(['a', 'b', 'c', 'e']));
    expect(computeVisibility(graph, twice, null).edges).toEqual(new Set(['ab', 'bc', 'be']));
    expect(expandNode('a')(once)).toBe(once);
    expect(hiddenNeighbours(graph, once.explore!, 'b')).toBe(2);
  });

  it('collapsing takes back what an expansion added, and the expansions that hung from it', () => {
    const deep = expandNodes(['a', 'b', 'c'])(start);
    expect(exploredNodes(graph, deep.explore!)).toEqual(new Set(['a', 'b', 'c', 'd', 'e']));
    const collapsed = collapseNode('b', graph)(deep);
    // c was shown only through b: its expansion goes too, and d with it.
    expect(collapsed.explore).toEqual({ seed: 'a', expanded: ['a'] });
    expect(exploredNodes(graph, collapsed.explore!)).toEqual(new Set(['a', 'b']));
    expect(collapseNode('d', graph)(deep)).toBe(deep);
  });

  it('an expansion of a node not shown counts once it is reached, whatever the order', () => {
    const out = expandNodes(['b', 'a'])(start);
    expect(exploredNodes(graph, out.explore!)).toEqual(new Set(['a', 'b', 'c', 'e']));
    expect(exploredNodes(graph, { seed: 'gone', expanded: ['a'] }).size).toBe(0);
  });

  it('leaves explore mode and is part of what replaceFilters compares', () => {
    expect(exploreFrom(null)(start).explore).toBeNull();
    expect(exploreFrom('a')(start)).toBe(start);
    expect(replaceFilters({ ...start, explore: { seed: 'a', expanded: [] } })(start)).toBe(start);
    expect(replaceFilters(NO_FILTERS)(start)).toBe(NO_FILTERS);
  });
});
