// The first layout's size policy: small graphs get the whole layout, big ones a coarse one within a work budget
// (not the seed's disc), huge ones none; a merge that outnumbers what was drawn is laid out anew.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { buildEntityGraph } from '../../../src/explorer/core/data/entity-graph';
import { DEFAULT_SETTINGS } from '../../../src/explorer/settings';
import {
  firstLayoutIterations,
  layoutModeAfterChange,
  placeNodes,
  runInitialLayout,
} from '../../../src/explorer/view/initial-layout';
import { buildRenderGraph, type RenderGraph } from '../../../src/explorer/view/rendering-graph';

const { namedNode, literal, quad } = DataFactory;

describe('firstLayoutIterations', () => {
  it('gives small graphs the whole layout, big ones fewer iterations, huge ones none', () => {
    const s = DEFAULT_SETTINGS;
    expect(firstLayoutIterations(0, 0, s)).toBe(0);
    expect(firstLayoutIterations(200, 600, s)).toBe(s.initialLayoutIterations);
    expect(firstLayoutIterations(s.initialLayoutMaxNodes, 0, s)).toBe(s.initialLayoutIterations);
    expect(firstLayoutIterations(10_000, 40_000, s)).toBe(40);
    expect(firstLayoutIterations(20_000, 200_000, s)).toBe(15);
    expect(firstLayoutIterations(20_001, 0, s)).toBe(0);
  });
});

describe('layoutModeAfterChange', () => {
  it('lays out a new picture or a merge that outnumbers what was drawn; otherwise only removes overlaps', () => {
    expect(layoutModeAfterChange(0, 500)).toBe('full');
    expect(layoutModeAfterChange(200, 10_200)).toBe('full');
    expect(layoutModeAfterChange(200, 260)).toBe('overlaps');
  });
});

/** 12 clusters of 40 nodes, dense inside, one link between neighbouring clusters. */
function clusteredGraph(): RenderGraph {
  const ex = (s: string) => namedNode(`http://example.org/${s}`);
  const quads: Quad[] = [];
  const label = namedNode('http://www.w3.org/2000/01/rdf-schema#label');
  for (let c = 0; c < 12; c++) {
    for (let i = 0; i < 40; i++) {
      quads.push(quad(ex(`c${c}n${i}`), label, literal(`C${c} N${i}`, 'en')));
      for (const j of [1, 3, 7]) quads.push(quad(ex(`c${c}n${i}`), ex('p'), ex(`c${c}n${(i + j) % 40}`)));
    }
    quads.push(quad(ex(`c${c}n0`), ex('q'), ex(`c${(c + 1) % 12}n0`)));
  }
  const { graph } = buildEntityGraph(quads);
  return buildRenderGraph(graph, placeNodes(graph, new Map()).positions, 'degree', DEFAULT_SETTINGS);
}

/** Mean length of the edges over the mean distance between nodes 97 apart in key order: well under 1 once laid out. */
function edgeToPairRatio(g: RenderGraph): number {
  const at = (k: string) => g.getNodeAttributes(k);
  const dist = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
  const edges = g.mapEdges((_e, _a, s, t) => dist(s, t));
  const keys = g.nodes().sort();
  const pairs = keys.map((k, i) => dist(k, keys[(i + 97) % keys.length] ?? k));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return mean(edges) / mean(pairs);
}

describe('coarse first layout', () => {
  it('moves a graph above initialLayoutMaxNodes from the seed disc to where linked nodes sit together', () => {
    const settings = { ...DEFAULT_SETTINGS, initialLayoutMaxNodes: 100 };
    const g = clusteredGraph();
    expect(g.order).toBe(480);
    const seeded = edgeToPairRatio(g);
    runInitialLayout(g, settings);
    expect(seeded).toBeGreaterThan(0.8);
    expect(edgeToPairRatio(g)).toBeLessThan(0.5);
  });
});
