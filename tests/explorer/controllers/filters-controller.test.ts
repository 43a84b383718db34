// The filters panel's controls become store producers; the panel shows the store's filters and the data's counts.
import { describe, expect, it } from 'vitest';
import { selectNode } from '../../../src/explorer/core/selection/producers';
import { NO_FILTERS } from '../../../src/explorer/core/filters/types';
import { FiltersController, filterActions } from '../../../src/explorer/controllers/filters-controller';
import type { FilterData } from '../../../src/explorer/ui/filters-panel';
import { ID } from '../fixture';
import { fixtureData, newStore, recorder, SETTINGS } from './harness';

describe('filterActions', () => {
  it('changes the store through the filter producers, and resets them all', () => {
    const store = newStore();
    const actions = filterActions(store);
    actions.setKind('partner', false);
    actions.setPredicate('urn:p', false);
    actions.setSdgGoal('10');
    actions.setFocusHops(2);
    actions.setStatus('ongoing');
    expect(store.get().filters).toMatchObject({
      hiddenKinds: ['partner'],
      hiddenPredicates: ['urn:p'],
      sdgGoal: '10',
      focusHops: 2,
      status: 'ongoing',
    });
    actions.reset();
    expect(store.get().filters).toEqual(NO_FILTERS);
  });
});

describe('FiltersController', () => {
  it('shows the filters, offering focus only with a selection', () => {
    const store = newStore();
    const panel = recorder<{ setData(d: FilterData): void; setState(s: unknown, hasSelection: boolean): void }>([
      'setData',
      'setState',
    ]);
    const controller = new FiltersController(store, panel);
    store.subscribe((domain) => controller.onStoreChange(domain));
    store.update('selection', selectNode(ID + 'iom'));
    filterActions(store).setSdgGoal('10');
    store.update('camera', () => ({ x: 1, y: 1, ratio: 1 }));
    expect(panel.calls.map(([, [state, has]]) => [(state as typeof NO_FILTERS).sdgGoal, has])).toEqual([
      [null, true],
      ['10', true],
    ]);
  });

  it("gives the panel the graph's classes, goals and predicates with their counts", () => {
    const panel = recorder<{ setData(d: FilterData): void; setState(): void }>(['setData', 'setState']);
    new FiltersController(newStore(), panel).dataChanged(fixtureData(), SETTINGS);
    const data = panel.calls[0]![1][0] as FilterData;
    expect(data.kindCounts.get('partner')).toBe(2);
    expect(data.goals).toContain('10');
    expect(data.maxFocusHops).toBe(SETTINGS.maxFocusHops);
    expect(data.predicateCounts.length).toBeGreaterThan(0);
  });
});
