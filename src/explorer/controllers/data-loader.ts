// Data changes (ExplorerContext.setQuads), one at a time: a small one at once, a large one in slices; then the app
// catches up step by step.
import type { Quad } from '@rdfjs/types';
import type { SetQuadsOptions } from '../context';
import { pruneSelection, setHighlight } from '../core/selection/producers';
import type { Store } from '../core/store';
import type { ExplorerSettings } from '../settings';
import type { FirstLayoutRunner } from '../view/first-layout-runner';
import { layoutModeAfterChange } from '../view/initial-layout';
import {
  loadData,
  loadLargeData,
  reportPhase,
  SLICED_LOAD_ABOVE_QUADS,
  type LoadedData,
  type LoadProgress,
} from '../view/large-load';
import type { LayoutController } from '../view/layout-controller';
import type { GraphView } from '../view/sigma-view';
import { ChangeQueue, nextTask } from '../view/slices';
import type { CurrentData } from './current-data';

export interface DataLoaderDeps {
  store: Store;
  data: CurrentData;
  view: Pick<GraphView, 'setGraph' | 'setCamera' | 'beginBulkLoad' | 'endBulkLoad' | 'setEdgesDrawn' | 'holdFrames'>;
  layout: Pick<LayoutController, 'kill' | 'attach'>;
  firstLayout: Pick<FirstLayoutRunner, 'cancel' | 'run'>;
  settings: ExplorerSettings;
  /** What follows every data change after the selection is pruned, in order (filters, search index, view sync). */
  catchUp: readonly (() => void)[];
  /** A change is complete (ExplorerContext.onChange('data')). */
  changed(): void;
}

export class DataLoader {
  /** Data changes, one at a time (a large one takes a while). */
  private readonly changes = new ChangeQueue();

  constructor(private readonly deps: DataLoaderDeps) {}

  /**
   * Replaces or merges the dataset, after the changes queued before it. A new dataset clears the highlight and is
   * framed whole; a merge keeps the user's view.
   */
  setQuads(quads: Quad[], mode: 'replace' | 'merge', options: SetQuadsOptions = {}): Promise<void> {
    const { store, data, view } = this.deps;
    const large = (): boolean => quads.length + (mode === 'merge' ? data.quads.length : 0) > SLICED_LOAD_ABOVE_QUADS;
    return this.changes.run(async () => {
      if (mode === 'replace') store.update('selection', setHighlight(null));
      if (large()) await this.loadSliced(quads, mode, options.onProgress);
      else this.load(mode === 'merge' ? data.quadSet.merge(quads) : data.quadSet.replace(quads));
      if (mode === 'replace') view.setCamera(null);
      this.deps.changed();
    }, !large());
  }

  /** The first dataset (start-up): at once, without telling the panels (none has mounted yet). */
  loadFirst(quads: Quad[]): void {
    this.load(this.deps.data.quadSet.replace(quads));
  }

  /** A small dataset (already deduplicated), all at once. */
  private load(quads: Quad[]): void {
    const { data, view, store, settings } = this.deps;
    this.stopLayouts();
    this.adopt(loadData(quads, data.previousPositions(), store.get().appearance.sizeBy, settings));
    performance.mark('osce-kg:laid-out');
    view.setGraph(data.renderGraph);
    performance.mark('osce-kg:view');
    for (const step of this.steps()) step();
  }

  /** A large dataset: the same change in slices (view/large-load.ts); drawing resumes once the app has caught up. */
  private async loadSliced(quads: Quad[], mode: 'replace' | 'merge', onProgress?: LoadProgress): Promise<void> {
    const { data, view, settings } = this.deps;
    this.stopLayouts();
    const previous = data.previousPositions();
    this.adopt(await loadLargeData({ quads, mode, quadSet: data.quadSet, previous, view, settings, onProgress }));
    // Each step of the catch-up takes a task of its own and the bar moves between them (the search index of 50,000
    // nodes alone takes a few hundred ms).
    const steps = this.steps();
    for (const [i, step] of steps.entries()) {
      reportPhase(onProgress, 'index', i / steps.length);
      await nextTask().then(step);
    }
    view.endBulkLoad();
  }

  private stopLayouts(): void {
    this.deps.layout.kill();
    this.deps.firstLayout.cancel();
  }

  /**
   * The layout after a data change: a new picture, or a merge that outnumbers it, is laid out (layoutModeAfterChange).
   */
  private adopt(loaded: LoadedData): void {
    const { data, layout, firstLayout, view } = this.deps;
    data.adopt(loaded);
    layout.attach(data.renderGraph, view);
    firstLayout.run(data.renderGraph, layoutModeAfterChange(loaded.kept, data.renderGraph.order));
  }

  private steps(): (() => void)[] {
    const { store, data } = this.deps;
    return [
      () =>
        store.update(
          'selection',
          pruneSelection((k) => data.graph.hasNode(k)),
        ),
      ...this.deps.catchUp,
    ];
  }
}
