// A big new graph laid out from its communities (src/explorer/view/community-layout.ts), and placeNodes choosing it.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { communityPositions, placeNodesInWorker } from '../../../src/explorer/view/community-layout';
import { placeNodes } from '../../../src/explorer/view/initial-layout';
import { seedPositions } from '../../../src/kg/layout';
import type { KgGraph } from '../../../src/kg/to-graph';

/** `clusters` groups of `size` nodes, each node linked to 3 others of its group and, rarely, to another group. */
function clustered(clusters: number, size: number, isolated = 0): KgGraph {
  const g = new MultiDirectedGraph();
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let c = 0; c < clusters; c++) for (let i = 0; i < size; i++) g.addNode(`urn:c${c}:${i}`, { kind: 'other' });
  for (let i = 0; i < isolated; i++) g.addNode(`urn:alone:${i}`, { kind: 'other' });
  for (let c = 0; c < clusters; c++)
    for (let i = 0; i < size; i++)
      for (let k = 0; k < 3; k++) {
        const other = next(50) === 0 ? `urn:c${next(clusters)}:${next(size)}` : `urn:c${c}:${next(size)}`;
        g.addEdge(`urn:c${c}:${i}`, other);
      }
  return g as unknown as KgGraph;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

function centre(points: { x: number; y: number }[]) {
  return {
    x: points.reduce((s, p) => s + p.x, 0) / points.length,
    y: points.reduce((s, p) => s + p.y, 0) / points.length,
  };
}

describe('communityPositions', () => {
  const graph = clustered(6, 200, 40);
  const positions = communityPositions(graph);

  it('places every node, at a finite position', () => {
    expect(positions.size).toBe(graph.order);
    expect([...positions.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });

  it('keeps each group together and the groups apart (the seed positions do not)', () => {
    const spread = (place: Map<string, { x: number; y: number }>) => {
      const centres = Array.from({ length: 6 }, (_, c) =>
        centre(Array.from({ length: 200 }, (_, i) => place.get(`urn:c${c}:${i}`)!)),
      );
      // Mean distance of a node to its own group's centre, against the mean distance between group centres
      let within = 0;
      for (let c = 0; c < 6; c++)
        for (let i = 0; i < 200; i++) within += distance(place.get(`urn:c${c}:${i}`)!, centres[c]!);
      within /= 1200;
      let between = 0;
      for (let a = 0; a < 6; a++) for (let b = a + 1; b < 6; b++) between += distance(centres[a]!, centres[b]!);
      between /= 15;
      return between / within;
    };
    expect(spread(positions)).toBeGreaterThan(2);
    expect(spread(seedPositions(graph))).toBeLessThan(0.5);
  });

  it('gives the same picture every time', () => {
    expect([...communityPositions(graph)]).toEqual([...positions]);
  });

  it('does not overlap two groups', () => {
    const centres = Array.from({ length: 6 }, (_, c) =>
      centre(Array.from({ length: 200 }, (_, i) => positions.get(`urn:c${c}:${i}`)!)),
    );
    // A group of 200 spirals to a radius of about sqrt(200): two centres are at least that far apart
    for (let a = 0; a < 6; a++)
      for (let b = a + 1; b < 6; b++) expect(distance(centres[a]!, centres[b]!)).toBeGreaterThan(Math.sqrt(200));
  });
});

describe('placeNodesInWorker', () => {
  it('lays a new graph of more than 20,000 nodes out by its communities; a smaller one keeps the seeds', () => {
    const big = clustered(21, 1000);
    const placed = placeNodesInWorker(big, new Map());
    expect(placed.kept).toBe(0);
    expect([...placed.positions]).toEqual([...communityPositions(big)]);
    const small = clustered(2, 50);
    expect([...placeNodesInWorker(small, new Map()).positions]).toEqual([...seedPositions(small)]);
    // A replace by other data: what was drawn before is not in the new graph, which is a new picture too
    const replaced = placeNodesInWorker(big, new Map([['urn:gone', { x: 1, y: 2 }]]));
    expect([...replaced.positions]).toEqual([...placed.positions]);
  });

  it('keeps what was drawn when data is merged into a drawing, big or not (placeNodes)', () => {
    const big = clustered(21, 1000);
    const previous = new Map([['urn:c0:0', { x: 123, y: 456 }]]);
    const placed = placeNodesInWorker(big, previous);
    expect(placed).toEqual(placeNodes(big, previous));
    expect(placed.positions.get('urn:c0:0')).toEqual({ x: 123, y: 456 });
  });
});
