// What the filters (and a focus on the selection) leave visible: computed from the store, pushed to sigma, the filters'
// summary and the List.
import { computeVisibility, type Visibility } from '../core/filters/visibility';
import type { Domain, Store } from '../core/store';
import type { FiltersPanel } from '../ui/filters-panel';
import type { GraphView } from '../view/sigma-view';
import type { CurrentData } from './current-data';

export interface VisibilityTargets {
  view: Pick<GraphView, 'setVisibility'>;
  filters: Pick<FiltersPanel, 'setSummary'>;
  /** Rebuilds the List's rows (at once while its tab shows). */
  refreshList(): void;
}

export class VisibilityController {
  private visibility: Visibility = { nodes: new Set(), edges: new Set() };

  constructor(
    private readonly store: Store,
    private readonly data: Pick<CurrentData, 'graph'>,
    private readonly targets: VisibilityTargets,
  ) {}

  /** The nodes visible now. */
  nodes(): ReadonlySet<string> {
    return this.visibility.nodes;
  }

  /** The nodes and edges visible now. */
  current(): Visibility {
    return this.visibility;
  }

  /** Recomputes visibility from the store and the graph, and shows it. */
  apply(): void {
    const { filters, selection } = this.store.get();
    this.visibility = computeVisibility(this.data.graph, filters, selection.node);
    this.targets.view.setVisibility(this.visibility);
    this.targets.filters.setSummary(this.visibility.nodes.size, this.data.graph.order);
    this.targets.refreshList();
  }

  /** A new selection changes what is visible only under a focus; the List still marks the selected row. */
  onStoreChange(domain: Domain): void {
    if (domain === 'filters') this.apply();
    else if (domain === 'selection') {
      if (this.store.get().filters.focusHops > 0) this.apply();
      else this.targets.refreshList();
    }
  }
}
