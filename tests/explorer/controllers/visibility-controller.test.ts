// Visibility follows the filters, and the selection only under a focus; sigma, the filters' summary and the List are
// told.
import { describe, expect, it } from 'vitest';
import { setFocusHops, setKindVisible } from '../../../src/explorer/core/filters/producers';
import { selectNode } from '../../../src/explorer/core/selection/producers';
import { VisibilityController } from '../../../src/explorer/controllers/visibility-controller';
import { ID } from '../fixture';
import { fixtureData, names, newStore, recorder } from './harness';

function setup() {
  const store = newStore();
  const data = fixtureData();
  const view = recorder<{ setVisibility(v: unknown): void }>(['setVisibility']);
  const filters = recorder<{ setSummary(visible: number, total: number): void }>(['setSummary']);
  const list = recorder<{ refreshList(): void }>(['refreshList']);
  const controller = new VisibilityController(store, data, { view, filters, refreshList: () => list.refreshList() });
  store.subscribe((domain) => controller.onStoreChange(domain));
  return { store, data, view, filters, list, controller };
}

describe('VisibilityController', () => {
  it('shows every node without filters and reports the count', () => {
    const { data, filters, list, controller } = setup();
    controller.apply();
    expect(controller.nodes().size).toBe(data.graph.order);
    expect(filters.calls).toEqual([['setSummary', [data.graph.order, data.graph.order]]]);
    expect(names(list)).toEqual(['refreshList']);
  });

  it('hides a class when the filters change', () => {
    const { store, data, view, controller } = setup();
    store.update('filters', setKindVisible('partner', false));
    expect(controller.nodes().has(ID + 'iom')).toBe(false);
    expect(controller.nodes().size).toBeLessThan(data.graph.order);
    expect(names(view)).toEqual(['setVisibility']);
  });

  it('recomputes on a new selection only under a focus; otherwise the List alone is refreshed', () => {
    const { store, view, list, controller } = setup();
    store.update('selection', selectNode(ID + 'iom'));
    expect(names(view)).toEqual([]);
    expect(names(list)).toEqual(['refreshList']);
    store.update('filters', setFocusHops(1));
    store.update('selection', selectNode(ID + 'cafe'));
    // The café theme has no neighbours: a focus on it leaves it alone.
    expect([...controller.nodes()]).toEqual([ID + 'cafe']);
  });
});
