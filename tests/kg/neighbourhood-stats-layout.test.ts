// neighbourhood, datasetStats / graphStats and the deterministic seed layout.
import { describe, expect, it } from 'vitest';
import { datasetToGraph } from '../../src/kg/to-graph';
import { neighbourhood } from '../../src/kg/neighbourhood';
import { datasetStats, graphStats } from '../../src/kg/stats';
import { seedLayout, seedPositions } from '../../src/kg/layout';
import { UnknownNodeError } from '../../src/kg/errors';
import { kindOfTypes } from '../../src/kg/kinds';
import { ID, OKG, SAMPLE, trig } from './fixtures';

const chain = datasetToGraph(
  trig(
    `id:a okg:supports id:b . id:c okg:supports id:b . id:c okg:supports id:d . id:d okg:supports id:e . id:b okg:supports id:c .`,
  ),
);

describe('neighbourhood', () => {
  it.each([
    [0, ['a'], 0],
    [1, ['a', 'b'], 1],
    [2, ['a', 'b', 'c'], 3],
    [3, ['a', 'b', 'c', 'd'], 4],
    [9, ['a', 'b', 'c', 'd', 'e'], 5],
  ])('%i hops from a', (hops, nodes, edges) => {
    const n = neighbourhood(chain, ID + 'a', hops);
    expect(n.nodes.map((k) => k.slice(ID.length)).sort()).toEqual(nodes);
    expect(n.edges).toHaveLength(edges);
    expect(n.distance.get(ID + 'a')).toBe(0);
  });

  it('throws UnknownNodeError', () => {
    expect(() => neighbourhood(chain, ID + 'nope', 1)).toThrow(UnknownNodeError);
  });
});

describe('stats', () => {
  const quads = trig(SAMPLE);

  it('counts quads, distinct triples, classes and predicates', () => {
    const stats = datasetStats(quads);
    expect(stats.quads).toBe(quads.length);
    expect(stats.triples).toBe(quads.length - 1); // odihr partnersWith iom is in two passages
    expect(stats.namedGraphs).toBe(2);
    expect(stats.classes.find((c) => c.iri === OKG + 'OSCEBody')?.count).toBe(2);
    expect(stats.classes.find((c) => c.iri === OKG + 'Passage')?.count).toBe(2);
    expect(stats.predicates.find((c) => c.iri === OKG + 'partnersWith')?.count).toBe(2);
    const counts = stats.predicates.map((p) => p.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('counts graph nodes by kind', () => {
    const s = graphStats(datasetToGraph(quads));
    expect(s.byKind).toMatchObject({ body: 2, partner: 1, decision: 1, target: 1, other: 1, passage: 0 });
    expect(s.nodes).toBe(6);
  });
});

describe('kinds', () => {
  it.each([
    [[OKG + 'OSCEBody', 'http://www.w3.org/ns/org#Organization'], 'body'],
    [['http://www.w3.org/ns/org#Organization'], 'partner'],
    [[OKG + 'Theme', 'http://www.w3.org/2004/02/skos/core#Concept'], 'theme'],
    [[OKG + 'Passage', 'http://www.w3.org/ns/prov#Entity'], 'passage'],
    [['http://example.org/Thing'], 'other'],
    [['http://www.w3.org/ns/org#Post'], 'post'],
    [[OKG + 'City', OKG + 'Place'], 'city'],
    [['http://www.w3.org/ns/prov#Agent'], 'agent'],
    [['http://www.w3.org/ns/prov#Agent', 'http://www.w3.org/ns/org#Organization'], 'partner'],
  ])('%j -> %s', (types, kind) => {
    expect(kindOfTypes(types)).toBe(kind);
    expect(kindOfTypes([...types].reverse())).toBe(kind);
  });
});

describe('seedLayout', () => {
  it('gives every node a finite position, the same whatever the insertion order', () => {
    const quads = trig(SAMPLE);
    const a = seedPositions(datasetToGraph(quads));
    const b = seedPositions(datasetToGraph([...quads].reverse()));
    expect(a.size).toBe(6);
    for (const [key, p] of a) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(b.get(key)).toEqual(p);
    }
  });

  it('writes x/y into the nodes and keeps nodes apart', () => {
    let text = '';
    for (let i = 0; i < 300; i++)
      text += `id:n${i} a ${i % 3 ? 'okg:OSCEBody' : 'okg:Partner'} ; okg:supports id:n${(i * 7) % 300} .\n`;
    const g = seedLayout(datasetToGraph(trig(text)));
    const points = g.mapNodes((_k, a): [number, number] => [a.x as number, a.y as number]);
    const distinct = new Set(points.map(([x, y]) => `${x.toFixed(6)},${y.toFixed(6)}`));
    expect(distinct.size).toBe(300);
    // Clusters by kind: the mean position of bodies and partners differ.
    const mean = (kind: string) => {
      const pts = g.filterNodes((_k, a) => a.kind === kind).map((k) => g.getNodeAttribute(k, 'x') as number);
      return pts.reduce((s, x) => s + x, 0) / pts.length;
    };
    expect(Math.abs(mean('body') - mean('partner'))).toBeGreaterThan(5);
  });
});
