// The Details tab shows the selected node: rebuilt when another node is selected and after every data change or URL
// restore.
import { describeNode } from '../core/data/details-model';
import type { Domain, Store } from '../core/store';
import type { RemoteSession } from '../remote/session';
import { renderDetails } from '../ui/details-panel';
import type { CurrentData } from './current-data';
import type { NodeMenuItem } from '../ui/node-menu';

export interface DetailsDeps {
  host: HTMLElement;
  data: Pick<CurrentData, 'graph' | 'provenance' | 'predicateLabels' | 'passageText'>;
  remote: RemoteSession;
  /** A node named in the details chosen (framed, details kept open). */
  select(key: string): void;
  showInSource(passageIri: string): void;
  /** The node menu's items for this node (explore-controls.ts), shown as Details' action buttons. */
  nodeActions(key: string): readonly NodeMenuItem[];
}

export class DetailsController {
  private lastSelected: string | null = null;
  /** The explore state the actions were drawn for (filters.explore; a new object on every change). */
  private lastExplore: unknown = null;

  constructor(
    private readonly store: Store,
    private readonly deps: DetailsDeps,
  ) {}

  render(): void {
    const { host, data } = this.deps;
    const key = this.store.get().selection.node;
    this.lastExplore = this.store.get().filters.explore;
    // An action run from the keyboard changes the actions: the focus goes to the new row, not to the page's start.
    const actionFocused = document.activeElement?.closest('.details-actions') != null;
    renderDetails(host, key === null ? null : describeNode(data.graph, key, data.provenance, data.predicateLabels), {
      select: (k) => this.deps.select(k),
      showInSource: (p) => this.deps.showInSource(p),
      canShowSource: (p) => data.passageText(p) !== undefined,
      remote: this.deps.remote,
      nodeActions: (k) => this.deps.nodeActions(k),
    });
    if (actionFocused) host.querySelector<HTMLButtonElement>('.details-actions button')?.focus();
  }

  /**
   * Only a change of node rebuilds the details (a highlight changes the selection domain too), or a change of explore
   * mode (its actions: expand, collapse).
   */
  onStoreChange(domain: Domain): void {
    if (domain === 'filters' && this.store.get().filters.explore !== this.lastExplore) return this.render();
    if (domain !== 'selection') return;
    const node = this.store.get().selection.node;
    if (node === this.lastSelected) return;
    this.lastSelected = node;
    this.render();
  }
}
