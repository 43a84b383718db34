// The filters panel both ways: its controls become filter producers on the store, the store's filters and the data's
// counts go back to it.
import {
  replaceFilters,
  setFocusHops,
  setKindVisible,
  setPredicateVisible,
  setSdgGoal,
  setStatus,
} from '../core/filters/producers';
import { sdgGoals } from '../core/filters/sdg';
import { NO_FILTERS } from '../core/filters/types';
import { countByKind, countByPredicate, statusValues } from '../core/filters/visibility';
import type { Domain, Store } from '../core/store';
import type { ExplorerSettings } from '../settings';
import type { FilterActions, FiltersPanel } from '../ui/filters-panel';
import type { CurrentData } from './current-data';

/** What the filters panel's controls do: each one a producer on the store's filters. */
export function filterActions(store: Store): FilterActions {
  return {
    setKind: (kind, visible) => store.update('filters', setKindVisible(kind, visible)),
    setPredicate: (p, visible) => store.update('filters', setPredicateVisible(p, visible)),
    setSdgGoal: (goal) => store.update('filters', setSdgGoal(goal)),
    setFocusHops: (hops) => store.update('filters', setFocusHops(hops)),
    setStatus: (status) => store.update('filters', setStatus(status)),
    reset: () => store.update('filters', replaceFilters(NO_FILTERS)),
  };
}

export class FiltersController {
  constructor(
    private readonly store: Store,
    private readonly panel: Pick<FiltersPanel, 'setData' | 'setState'>,
  ) {}

  /** Shows the store's filters (focus is offered only with a selection). */
  sync(): void {
    const { filters, selection } = this.store.get();
    this.panel.setState(filters, selection.node !== null);
  }

  onStoreChange(domain: Domain): void {
    if (domain === 'selection' || domain === 'filters') this.sync();
  }

  /** A new graph: the panel lists its classes, relations, goals and statuses with their counts. */
  dataChanged(data: Pick<CurrentData, 'graph' | 'predicateLabels'>, settings: ExplorerSettings): void {
    const { graph, predicateLabels } = data;
    this.panel.setData({
      kindCounts: countByKind(graph),
      predicateCounts: countByPredicate(graph),
      goals: sdgGoals(graph),
      statuses: statusValues(graph),
      maxFocusHops: settings.maxFocusHops,
      predicateLabels,
    });
  }
}
