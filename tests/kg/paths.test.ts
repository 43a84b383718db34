// shortestPaths: every shortest path (edges taken either way), directions and passages per step, longer simple paths.
import { describe, expect, it } from 'vitest';
import { datasetToGraph } from '../../src/kg/to-graph';
import { shortestPaths } from '../../src/kg/paths';
import { UnknownNodeError } from '../../src/kg/errors';
import { ID, OKG, P, trig } from './fixtures';

// a - b - d and a - c - d (two shortest paths of 2 hops), a - e - f - d (3 hops), g alone.
const graph = datasetToGraph(
  trig(`
p:p1 { id:a okg:partnersWith id:b . id:b okg:organizedBy id:d . }
p:p2 { id:c okg:partnersWith id:a . id:c okg:fundedBy id:d . id:c okg:addresses id:d . }
id:a okg:supports id:e . id:e okg:supports id:f . id:f okg:supports id:d .
id:g okg:supports id:g2 .
`),
);
const names = (nodes: string[]) => nodes.map((n) => n.slice(ID.length)).join('-');

describe('shortestPaths', () => {
  it('returns every shortest path, sorted, and no longer one by default', () => {
    const paths = shortestPaths(graph, ID + 'a', ID + 'd');
    expect(paths.map((p) => names(p.nodes))).toEqual(['a-b-d', 'a-c-d']);
  });

  it('reports direction, predicate and passages of each step', () => {
    const [, viaC] = shortestPaths(graph, ID + 'a', ID + 'd');
    expect(viaC?.steps[0]?.edges).toEqual([
      { key: `${ID}c|${OKG}partnersWith|${ID}a`, predicate: OKG + 'partnersWith', forward: false, graphs: [P + 'p2'] },
    ]);
    expect(viaC?.steps[1]?.edges.map((e) => [e.predicate, e.forward])).toEqual([
      [OKG + 'addresses', true],
      [OKG + 'fundedBy', true],
    ]);
    expect(viaC?.edgeKeys).toHaveLength(3);
  });

  it('adds longer simple paths in order of length on request', () => {
    const paths = shortestPaths(graph, ID + 'a', ID + 'd', { extra: 5 });
    const seqs = paths.map((p) => names(p.nodes));
    expect(seqs.slice(0, 3)).toEqual(['a-b-d', 'a-c-d', 'a-e-f-d']);
    expect(new Set(seqs).size).toBe(seqs.length);
    for (const p of paths) expect(new Set(p.nodes).size).toBe(p.nodes.length);
    const lengths = paths.map((p) => p.nodes.length);
    expect([...lengths].sort((x, y) => x - y)).toEqual(lengths);
  });

  it('follows the direction the other way round too', () => {
    expect(shortestPaths(graph, ID + 'd', ID + 'a').map((p) => names(p.nodes))).toEqual(['d-b-a', 'd-c-a']);
  });

  it.each([
    ['no path', ID + 'a', ID + 'g', 0],
    ['same node', ID + 'a', ID + 'a', 1],
  ])('%s', (_name, a, b, count) => {
    expect(shortestPaths(graph, a, b)).toHaveLength(count);
  });

  it('throws UnknownNodeError for a missing node', () => {
    expect(() => shortestPaths(graph, ID + 'a', ID + 'zzz')).toThrow(UnknownNodeError);
  });

  it('finds a path 20,000 steps long without overflowing the call stack', () => {
    let text = '';
    for (let i = 0; i < 20_000; i++) text += `id:c${i} okg:supports id:c${i + 1} .\n`;
    const g = datasetToGraph(trig(text));
    const [path] = shortestPaths(g, ID + 'c0', ID + 'c20000');
    expect(path?.nodes).toHaveLength(20_001);
    expect(path?.steps.every((s) => s.edges.length === 1 && s.edges[0]?.forward)).toBe(true);
  });

  it('caps the number of shortest paths in a dense graph', () => {
    // A ladder of 12 layers of 3 nodes, every node linked to all of the next layer: 3^11 shortest paths.
    let text = '';
    for (let l = 0; l < 12; l++)
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++) text += `id:n${l}_${i} okg:supports id:n${l + 1}_${j} .\n`;
    const g = datasetToGraph(trig(text));
    const paths = shortestPaths(g, ID + 'n0_0', ID + 'n12_0', { maxShortest: 50 });
    expect(paths).toHaveLength(50);
    for (const p of paths) expect(p.nodes).toHaveLength(13);
  });
});
