// Pins (view/node-drag.ts) and ForceAtlas2's parameters (view/layout-params.ts): what the layout is fed.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { applyPins, pinnedNodes, pinPositions, unpinNodes } from '../../../src/explorer/view/node-drag';
import { leanCopy } from '../../../src/explorer/view/layout-controller';
import { parseLayoutNumber, withLayoutParams } from '../../../src/explorer/view/layout-params';
import type { RenderGraph } from '../../../src/explorer/view/rendering-graph';

function graph(): RenderGraph {
  const g: RenderGraph = new MultiDirectedGraph();
  for (let i = 0; i < 6; i++)
    g.addNode(`n${i}`, {
      x: i,
      y: (i * 7) % 5,
      size: 3,
      color: '#abc',
      label: `N${i}`,
      fullLabel: `Node ${i}`,
      kind: 'body',
    });
  for (let i = 1; i < 6; i++)
    g.addDirectedEdgeWithKey(`e${i}`, 'n0', `n${i}`, { label: '', color: '#ccc', size: 1, predicate: 'p' });
  return g;
}

describe('pins', () => {
  it('ForceAtlas2 leaves a pinned node where it is, and moves it again once unpinned', () => {
    const g = graph();
    g.setNodeAttribute('n2', 'fixed', true);
    expect(pinnedNodes(g)).toEqual(['n2']);
    forceAtlas2.assign(g, { iterations: 50, settings: { gravity: 1 } });
    expect(g.getNodeAttributes('n2')).toMatchObject({ x: 2, y: 4 });
    expect(g.getNodeAttribute('n3', 'x')).not.toBe(3);
    expect(unpinNodes(g, ['n2', 'n3', 'missing'])).toBe(1);
    expect(pinnedNodes(g)).toEqual([]);
    forceAtlas2.assign(g, { iterations: 50, settings: { gravity: 1 } });
    expect(g.getNodeAttribute('n2', 'x')).not.toBe(2);
  });

  it('the lean copy a big graph is laid out on carries the pins', () => {
    const g = graph();
    g.setNodeAttribute('n4', 'fixed', true);
    expect(leanCopy(g).getNodeAttribute('n4', 'fixed')).toBe(true);
    expect(leanCopy(g).getNodeAttribute('n1', 'fixed')).toBeUndefined();
  });
});

describe('layout parameters', () => {
  it('override the inferred settings only where set', () => {
    const base = { gravity: 0.05, scalingRatio: 10, strongGravityMode: true, slowDown: 3 };
    expect(withLayoutParams(base, { scalingRatio: 50, gravity: undefined })).toEqual({ ...base, scalingRatio: 50 });
    expect(withLayoutParams(base, { linLogMode: true, strongGravityMode: false })).toEqual({
      ...base,
      linLogMode: true,
      strongGravityMode: false,
    });
  });

  it('read typed numbers within bounds, else the inferred value', () => {
    expect(parseLayoutNumber('2.5', 'gravity')).toBe(2.5);
    expect(parseLayoutNumber('', 'gravity')).toBeUndefined();
    expect(parseLayoutNumber('-1', 'gravity')).toBeUndefined();
    expect(parseLayoutNumber('abc', 'scalingRatio')).toBeUndefined();
    expect(parseLayoutNumber('0', 'scalingRatio')).toBeUndefined();
  });
});

describe('pins from a link (applyPins)', () => {
  it('pins the nodes named where named, lets go of the others, and ignores unknown keys', () => {
    const g = graph();
    g.setNodeAttribute('n1', 'fixed', true);
    const changed = applyPins(
      g,
      new Map([
        ['n2', { x: 40, y: -3 }],
        ['urn:not-here', { x: 1, y: 1 }],
      ]),
    );
    expect(changed).toBe(true);
    expect(pinnedNodes(g)).toEqual(['n2']);
    expect(g.getNodeAttributes('n2')).toMatchObject({ x: 40, y: -3, fixed: true });
    expect([...pinPositions(g)]).toEqual([['n2', { x: 40, y: -3 }]]);
    // The same pins again: nothing to do
    expect(applyPins(g, new Map([['n2', { x: 40, y: -3 }]]))).toBe(false);
    // No pins at all: every pin let go, the node stays where it is
    expect(applyPins(g, new Map())).toBe(true);
    expect(pinnedNodes(g)).toEqual([]);
    expect(g.getNodeAttribute('n2', 'x')).toBe(40);
  });
});
