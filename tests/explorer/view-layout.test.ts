// ForceAtlas2 on a big graph works on a lean copy and asks the view drawing the graph for lean frames: the copy holds
// what the layout needs and nothing else, and the link between a graph and its view is found, replaced and dropped.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { LayoutController, leanCopy } from '../../src/explorer/view/layout-controller';
import { drawingOf, linkDrawing, unlinkDrawing, type LayoutDrawing } from '../../src/explorer/view/layout-view-link';
import type { RenderGraph } from '../../src/explorer/view/rendering-graph';

function renderGraph(n: number): RenderGraph {
  const g: RenderGraph = new MultiDirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { x: i, y: -i, size: 1 + (i % 3), color: '#abc', label: `N${i}`, fullLabel: `Node ${i}`, kind: 'other' });
  for (let i = 0; i < n; i++) {
    g.addDirectedEdgeWithKey(`e${i}`, `n${i}`, `n${(i * 7 + 1) % n}`, { label: 'p', color: '#ccc', size: 1, predicate: 'urn:p' });
    g.addDirectedEdgeWithKey(`f${i}`, `n${i}`, `n${(i * 7 + 1) % n}`, { label: 'q', color: '#ccc', size: 1, predicate: 'urn:q' });
  }
  return g;
}

describe('leanCopy', () => {
  const cases: [string, number][] = [['empty', 0], ['one node', 1], ['a graph with parallel edges', 50]];
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

describe('layout-view-link', () => {
  const recorder = (): LayoutDrawing & { calls: boolean[] } => {
    const calls: boolean[] = [];
    return { calls, setEdgesDrawn: (drawn) => calls.push(drawn) };
  };

  it('finds the view linked to a graph, and nothing for another graph', () => {
    const [a, b] = [renderGraph(2), renderGraph(2)];
    const view = recorder();
    linkDrawing(a, view);
    expect(drawingOf(a)).toBe(view);
    expect(drawingOf(b)).toBeUndefined();
  });

  it('unlinks only the view that is linked (a newer view keeps its link)', () => {
    const g = renderGraph(2);
    const [older, newer] = [recorder(), recorder()];
    linkDrawing(g, older);
    linkDrawing(g, newer);
    unlinkDrawing(g, older);
    expect(drawingOf(g)).toBe(newer);
    unlinkDrawing(g, newer);
    expect(drawingOf(g)).toBeUndefined();
  });

  it('a controller with no layout started asks nothing of the view, and is not running', () => {
    const g = renderGraph(3);
    const view = recorder();
    linkDrawing(g, view);
    const controller = new LayoutController();
    controller.attach(g);
    controller.stop();
    controller.kill();
    expect(controller.isRunning()).toBe(false);
    expect(view.calls).toEqual([]);
  });
});
