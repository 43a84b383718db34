// ForceAtlas2 on a big graph works on a lean copy and asks the view drawing the graph for lean frames: the copy holds
// what the layout needs and nothing else, and a controller at rest asks nothing of the view it was given.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { LayoutController, leanCopy, type LayoutDrawing } from '../../../src/explorer/view/layout-controller';
import type { RenderGraph } from '../../../src/explorer/view/rendering-graph';

function renderGraph(n: number): RenderGraph {
  const g: RenderGraph = new MultiDirectedGraph();
  for (let i = 0; i < n; i++)
    g.addNode(`n${i}`, {
      x: i,
      y: -i,
      size: 1 + (i % 3),
      color: '#abc',
      label: `N${i}`,
      fullLabel: `Node ${i}`,
      kind: 'other',
    });
  for (let i = 0; i < n; i++) {
    g.addDirectedEdgeWithKey(`e${i}`, `n${i}`, `n${(i * 7 + 1) % n}`, {
      label: 'p',
      color: '#ccc',
      size: 1,
      predicate: 'urn:p',
    });
    g.addDirectedEdgeWithKey(`f${i}`, `n${i}`, `n${(i * 7 + 1) % n}`, {
      label: 'q',
      color: '#ccc',
      size: 1,
      predicate: 'urn:q',
    });
  }
  return g;
}

describe('leanCopy', () => {
  const cases: [string, number][] = [
    ['empty', 0],
    ['one node', 1],
    ['a graph with parallel edges', 50],
  ];
  it.each(cases)('%s: same nodes, positions, sizes and edges; no labels or colours', (_name, n) => {
    const g = renderGraph(n);
    const copy = leanCopy(g);
    expect([copy.order, copy.size]).toEqual([g.order, g.size]);
    g.forEachNode((key, a) => expect(copy.getNodeAttributes(key)).toEqual({ x: a.x, y: a.y, size: a.size }));
    g.forEachEdge((key, _a, source, target) => {
      expect([copy.source(key), copy.target(key)]).toEqual([source, target]);
      expect(copy.getEdgeAttributes(key)).toEqual({});
    });
  });

  it('is a copy: moving its nodes leaves the drawn graph where it was', () => {
    const g = renderGraph(10);
    const copy = leanCopy(g);
    copy.updateEachNodeAttributes((_k, a) => ({ ...a, x: a.x + 100 }));
    expect(g.getNodeAttribute('n3', 'x')).toBe(3);
  });
});

describe('the view a controller is given', () => {
  const recorder = (): LayoutDrawing & { calls: boolean[] } => {
    const calls: boolean[] = [];
    return { calls, setEdgesDrawn: (drawn) => calls.push(drawn), holdFrames: () => undefined };
  };

  it('a controller with no layout started asks nothing of the view, and is not running', () => {
    const g = renderGraph(3);
    const view = recorder();
    const controller = new LayoutController();
    controller.attach(g, view);
    controller.stop();
    controller.kill();
    expect(controller.isRunning()).toBe(false);
    expect(view.calls).toEqual([]);
  });
});
