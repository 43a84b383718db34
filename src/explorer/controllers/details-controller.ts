// The Details tab shows the selected node: rebuilt when another node is selected and after every data change or URL
// restore.
import { describeNode } from '../core/data/details-model';
import type { Domain, Store } from '../core/store';
import type { RemoteSession } from '../remote/session';
import { renderDetails } from '../ui/details-panel';
import type { CurrentData } from './current-data';

export interface DetailsDeps {
  host: HTMLElement;
  data: Pick<CurrentData, 'graph' | 'provenance' | 'predicateLabels' | 'passageText'>;
  remote: RemoteSession;
  /** A node named in the details chosen (framed, details kept open). */
  select(key: string): void;
  showInSource(passageIri: string): void;
  /** Explore mode from this node (explore-controls.ts). */
  exploreFrom(key: string): void;
}

export class DetailsController {
  private lastSelected: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly deps: DetailsDeps,
  ) {}

  render(): void {
    const { host, data } = this.deps;
    const key = this.store.get().selection.node;
    renderDetails(host, key === null ? null : describeNode(data.graph, key, data.provenance, data.predicateLabels), {
      select: (k) => this.deps.select(k),
      showInSource: (p) => this.deps.showInSource(p),
      canShowSource: (p) => data.passageText(p) !== undefined,
      remote: this.deps.remote,
      exploreFrom: (k) => this.deps.exploreFrom(k),
    });
  }

  /** Only a change of node rebuilds the details (a highlight changes the selection domain too). */
  onStoreChange(domain: Domain): void {
    if (domain !== 'selection') return;
    const node = this.store.get().selection.node;
    if (node === this.lastSelected) return;
    this.lastSelected = node;
    this.render();
  }
}
