// The Paths panel's logic: outcomes, their sentence and highlight, the extra-length field and the `path=` parameter.
import { describe, expect, it } from 'vitest';
import { datasetToGraph } from '../../../../src/kg/to-graph';
import {
  clampExtra,
  decodePathParam,
  describeOutcome,
  encodePathParam,
  outcomeHighlight,
  searchPaths,
} from '../../../../src/explorer/panels/paths/path-search';
import { ID, fixtureQuads } from '../../fixture';

const graph = datasetToGraph(fixtureQuads());
const label = (k: string): string => graph.getNodeAttribute(k, 'label');

describe('path search', () => {
  it('finds the shortest path between two connected entities and lights up its nodes and edges', () => {
    const outcome = searchPaths(graph, { from: ID + 'iom', to: ID + 'osce' }, 0);
    expect(outcome.kind).toBe('found');
    if (outcome.kind !== 'found') return;
    expect(outcome.shortest).toBe(2);
    expect(outcome.paths.every((p) => p.nodes.includes(ID + 'odihr'))).toBe(true);
    expect(describeOutcome(outcome, label, 3.4)).toBe(
      `${outcome.shortestCount} shortest path${outcome.shortestCount === 1 ? '' : 's'} of 2 steps (3 ms).`,
    );
    const lit = outcomeHighlight(outcome);
    expect(lit.nodes).toEqual([ID + 'iom', ID + 'odihr', ID + 'osce'].sort());
    expect(lit.edges.length).toBeGreaterThanOrEqual(2);
  });

  it('says when both ends are one entity, or when nothing joins them', () => {
    const same = searchPaths(graph, { from: ID + 'iom', to: ID + 'iom' }, 0);
    expect(describeOutcome(same, label, 0)).toBe(
      '“International Organization for Migration” is at both ends: the same entity, no path to find.',
    );
    expect(outcomeHighlight(same)).toEqual({ nodes: [ID + 'iom'], edges: [], caption: 'same entity' });
    const none = searchPaths(graph, { from: ID + 'cafe', to: ID + 'iom' }, 0);
    expect(none.kind).toBe('none');
    expect(describeOutcome(none, label, 0)).toBe('No path joins these two entities.');
    expect(outcomeHighlight(none).caption).toBe('no path');
  });

  it.each([
    ['3', 3],
    ['-2', 0],
    ['99', 20],
    ['2.6', 3],
    ['abc', 0],
    ['', 0],
  ])('reads the extra field %j as %d', (value, n) => {
    expect(clampExtra(value)).toBe(n);
  });

  it('writes the two ends as one parameter and reads back only two keys', () => {
    const ends = { from: ID + 'odihr', to: '_:b1' };
    expect(decodePathParam(encodePathParam(ends))).toEqual(ends);
    for (const bad of [null, '', 'one', 'a b c', ' b', 'a ', 'a  b']) expect(decodePathParam(bad)).toBeNull();
  });
});
