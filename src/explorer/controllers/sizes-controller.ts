// Node sizes follow the store's "size by" (degree or PageRank), and the toolbar shows the choice.
import type { Domain, Store } from '../core/store';
import type { ExplorerSettings } from '../settings';
import type { Toolbar } from '../ui/toolbar';
import { applySizes } from '../view/rendering-graph';
import type { CurrentData } from './current-data';

export class SizesController {
  constructor(
    private readonly store: Store,
    private readonly data: Pick<CurrentData, 'graph' | 'renderGraph' | 'sizedBy'>,
    private readonly toolbar: Pick<Toolbar, 'setSizeBy'>,
    private readonly settings: ExplorerSettings,
  ) {}

  /** Sizes the nodes by the stored measure, unless they already are (PageRank on a big graph is not free). */
  sync(): void {
    const { sizeBy } = this.store.get().appearance;
    if (this.data.sizedBy !== sizeBy) {
      applySizes(this.data.renderGraph, this.data.graph, sizeBy, this.settings);
      this.data.sizedBy = sizeBy;
    }
    this.toolbar.setSizeBy(sizeBy);
  }

  onStoreChange(domain: Domain): void {
    if (domain === 'appearance') this.sync();
  }
}
