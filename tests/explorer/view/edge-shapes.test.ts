// The edge shapes a graph needs drawn (loops, curves for parallel edges) and when a renderer's program covers them.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { coversShapes, edgeShapesOf, type EdgeShapes } from '../../../src/explorer/view/edge-shapes';

function graphOf(edges: [string, string][]): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const [source, target] of edges) {
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addEdge(source, target);
  }
  return graph;
}

describe('edgeShapesOf', () => {
  it.each<[string, [string, string][], EdgeShapes]>([
    ['no edges', [], { loops: false, parallel: false, dashes: false }],
    [
      'a chain',
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      { loops: false, parallel: false, dashes: false },
    ],
    [
      'two predicates between the same two nodes',
      [
        ['a', 'b'],
        ['a', 'b'],
      ],
      { loops: false, parallel: true, dashes: false },
    ],
    [
      'one edge each way (sigma groups them too)',
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      { loops: false, parallel: true, dashes: false },
    ],
    [
      'a self-loop',
      [
        ['a', 'a'],
        ['a', 'b'],
      ],
      { loops: true, parallel: false, dashes: false },
    ],
    [
      'two self-loops on one node are loops, not curves',
      [
        ['a', 'a'],
        ['a', 'a'],
      ],
      { loops: true, parallel: false, dashes: false },
    ],
    [
      'both',
      [
        ['a', 'a'],
        ['b', 'c'],
        ['c', 'b'],
      ],
      { loops: true, parallel: true, dashes: false },
    ],
    [
      'ends that would collide if joined naively',
      [
        ['a', 'b\0c'],
        ['a\0b', 'c'],
      ],
      { loops: false, parallel: false, dashes: false },
    ],
  ])('%s', (_name, edges, expected) => {
    expect(edgeShapesOf(graphOf(edges))).toEqual(expected);
  });

  it('does not look for parallel edges when not asked (a lean drawing has no curves)', () => {
    expect(
      edgeShapesOf(
        graphOf([
          ['a', 'b'],
          ['a', 'b'],
          ['c', 'c'],
        ]),
        false,
      ),
    ).toEqual({ loops: true, parallel: false, dashes: false });
  });
});

describe('edgeShapesOf: candidate edges', () => {
  function withDash(dash: number): MultiDirectedGraph {
    const graph = graphOf([['a', 'b']]);
    graph.mergeNode('c');
    graph.addEdge('b', 'c', { dash });
    return graph;
  }
  it('asks for dashes only when an edge is a candidate', () => {
    expect(edgeShapesOf(withDash(1)).dashes).toBe(true);
    expect(edgeShapesOf(withDash(0)).dashes).toBe(false);
  });
  it('reads candidates with the test it is given (the model graph has passages, not dash)', () => {
    const model = graphOf([['a', 'b']]);
    model.addEdge('a', 'b', { graphs: ['urn:candidate-1'] });
    const isCandidate = (a: Record<string, unknown>) => (a.graphs as string[] | undefined)?.length === 1;
    expect(edgeShapesOf(model, true, isCandidate).dashes).toBe(true);
  });
  it('leaves dashes out of a lean drawing', () => {
    expect(edgeShapesOf(withDash(1), false).dashes).toBe(false);
  });
});

describe('coversShapes', () => {
  const none = { loops: false, parallel: false, dashes: false };
  const dashed = { loops: false, parallel: false, dashes: true };
  const loops = { loops: true, parallel: false, dashes: false };
  const curves = { loops: false, parallel: true, dashes: false };
  const both = { loops: true, parallel: true, dashes: false };
  it.each([
    [none, none, true],
    [none, loops, false],
    [none, curves, false],
    [loops, none, true],
    [loops, curves, false],
    [curves, loops, false],
    [both, loops, true],
    [both, curves, true],
    [both, both, true],
    [curves, both, false],
    [none, dashed, false],
    [dashed, none, true],
    [both, dashed, false],
  ])('%o covers %o: %s', (have, need, expected) => {
    expect(coversShapes(have, need)).toBe(expected);
  });
});
