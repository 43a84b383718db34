// The pins in the URL (controllers/pins-link.ts): a link's pins applied once the data is drawn, pins made written,
// Back and Forward followed.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { PinsLink } from '../../../src/explorer/controllers/pins-link';
import type { UrlParam } from '../../../src/explorer/core/url/url-param';
import type { RenderGraph } from '../../../src/explorer/view/rendering-graph';

function drawn(n: number): RenderGraph {
  const g: RenderGraph = new MultiDirectedGraph();
  for (let i = 0; i < n; i++)
    g.addNode(`urn:n${i}`, { x: i, y: i, size: 1, color: '#abc', label: '', fullLabel: '', kind: 'other' });
  return g;
}

/** A parameter in memory; `navigate` is a history step (it tells the listeners, as the store does). */
function memoryParam(
  value: string | null,
): UrlParam & { writes: (string | null)[]; navigate(to: string | null): void } {
  const listeners: ((value: string | null) => void)[] = [];
  let current = value;
  const writes: (string | null)[] = [];
  return {
    writes,
    get: () => current,
    set(next) {
      current = next;
      writes.push(next);
    },
    onChange(listener) {
      listeners.push(listener);
      return () => undefined;
    },
    navigate(to) {
      current = to;
      for (const l of listeners) l(to);
    },
  };
}

function setup(link: string | null, nodes = 3) {
  let graph = drawn(0);
  const param = memoryParam(link);
  let replaced = 0;
  const pins = new PinsLink(param, { drawn: () => graph, pinsChanged: () => replaced++ });
  return {
    param,
    pins,
    replaced: () => replaced,
    load(n = nodes) {
      graph = drawn(n);
      pins.dataChanged();
      return graph;
    },
  };
}

describe('PinsLink', () => {
  it('applies a link’s pins once there is data, and writes nothing back for them', () => {
    const s = setup('urn:n1|10|20');
    s.pins.dataChanged(); // no data yet: waits
    const g = s.load();
    expect(g.getNodeAttributes('urn:n1')).toMatchObject({ x: 10, y: 20, fixed: true });
    expect(s.replaced()).toBe(1);
    expect(s.param.writes).toEqual([]);
  });

  it('writes a pin made on the graph, and lets Back undo it', () => {
    const s = setup(null);
    const g = s.load();
    g.mergeNodeAttributes('urn:n2', { x: 5, y: 6, fixed: true });
    s.pins.write();
    expect(s.param.writes).toEqual(['urn:n2|5|6']);
    s.param.navigate(null);
    expect(g.getNodeAttribute('urn:n2', 'fixed')).toBeUndefined();
    expect(s.replaced()).toBe(1);
  });

  it('after a later data change, the URL follows the drawing (a replace drops the pins of nodes gone)', () => {
    const s = setup('urn:n0|1|1 urn:n2|2|2');
    s.load(3);
    s.load(2); // urn:n2 is gone, and the new drawing carries no pins
    expect(s.param.writes).toEqual([null]);
  });
});
