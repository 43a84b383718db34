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
    ['no edges', [], { loops: false, parallel: false }],
    [
      'a chain',
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      { loops: false, parallel: false },
    ],
    [
      'two predicates between the same two nodes',
      [
        ['a', 'b'],
        ['a', 'b'],
      ],
      { loops: false, parallel: true },
    ],
    [
      'one edge each way (sigma groups them too)',
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      { loops: false, parallel: true },
    ],
    [
      'a self-loop',
      [
        ['a', 'a'],
        ['a', 'b'],
      ],
      { loops: true, parallel: false },
    ],
    [
      'two self-loops on one node are loops, not curves',
      [
        ['a', 'a'],
        ['a', 'a'],
      ],
      { loops: true, parallel: false },
    ],
    [
      'both',
      [
        ['a', 'a'],
        ['b', 'c'],
        ['c', 'b'],
      ],
      { loops: true, parallel: true },
    ],
    [
      'ends that would collide if joined naively',
      [
        ['a', 'b\0c'],
        ['a\0b', 'c'],
      ],
      { loops: false, parallel: false },
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
    ).toEqual({ loops: true, parallel: false });
  });
});

describe('coversShapes', () => {
  const none = { loops: false, parallel: false };
  const loops = { loops: true, parallel: false };
  const curves = { loops: false, parallel: true };
  const both = { loops: true, parallel: true };
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
  ])('%o covers %o: %s', (have, need, expected) => {
    expect(coversShapes(have, need)).toBe(expected);
  });
});
