// Node sizes follow "size by", computed only when the measure changes; the toolbar shows the choice.
import { describe, expect, it } from 'vitest';
import { setSizeBy } from '../../../src/explorer/core/appearance/producers';
import { SizesController } from '../../../src/explorer/controllers/sizes-controller';
import { ID } from '../fixture';
import { fixtureData, newStore, recorder, SETTINGS } from './harness';

describe('SizesController', () => {
  it('resizes the nodes by PageRank when chosen, and shows the choice', () => {
    const store = newStore();
    const data = fixtureData();
    const toolbar = recorder<{ setSizeBy(s: string): void }>(['setSizeBy']);
    const controller = new SizesController(store, data, toolbar, SETTINGS);
    store.subscribe((domain) => controller.onStoreChange(domain));
    const byDegree = data.graph.nodes().map((k) => data.renderGraph.getNodeAttribute(k, 'size'));
    store.update('appearance', setSizeBy('pagerank'));
    expect(data.sizedBy).toBe('pagerank');
    expect(data.graph.nodes().map((k) => data.renderGraph.getNodeAttribute(k, 'size'))).not.toEqual(byDegree);
    expect(toolbar.calls).toEqual([['setSizeBy', ['pagerank']]]);
  });

  it('does not recompute sizes the graph already has', () => {
    const store = newStore();
    const data = fixtureData();
    data.renderGraph.setNodeAttribute(ID + 'iom', 'size', 123);
    new SizesController(store, data, recorder(['setSizeBy']), SETTINGS).sync();
    expect(data.renderGraph.getNodeAttribute(ID + 'iom', 'size')).toBe(123);
  });
});
