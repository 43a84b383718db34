// The ExplorerContext handed to panels: reads of the current data and store, and the app's actions, nothing else.
import type { ExplorerContext } from '../context';
import { setPeriod } from '../core/filters/producers';
import type { Visibility } from '../core/filters/visibility';
import type { Domain, Store } from '../core/store';
import { urlParam } from '../core/url/url-param';
import type { RemoteSession } from '../remote/session';
import type { PageDrop } from '../ui/page-drop';
import { positionsOf } from '../view/initial-layout';
import type { ViewSnapshot } from '../view/view-snapshot';
import type { ChangeListeners } from './change-listeners';
import type { CurrentData } from './current-data';
import type { DataLoader } from './data-loader';
import type { SelectionActions } from './selection-actions';

export interface ContextParts {
  store: Store;
  data: CurrentData;
  loader: Pick<DataLoader, 'setQuads'>;
  selection: Pick<SelectionActions, 'select' | 'setHighlight'>;
  listeners: ChangeListeners;
  remote: RemoteSession;
  visibility(): Visibility;
  canvasContainer(): HTMLElement;
  viewSnapshot(): ViewSnapshot;
  showInSource(passageIri: string): void;
  shownPassage(): string | null;
  drop: Pick<PageDrop, 'take'>;
}

export function createExplorerContext(parts: ContextParts): ExplorerContext {
  const { store, data, listeners } = parts;
  return {
    remote: parts.remote,
    getQuads: () => data.quads,
    getGraph: () => data.graph,
    setQuads: (quads, mode, options) => parts.loader.setQuads(quads, mode, options),
    selectNode: (key) => parts.selection.select(key, { focus: true, showDetails: false }),
    getSelectedNode: () => store.get().selection.node,
    setHighlight: (highlight) => parts.selection.setHighlight(highlight),
    getHighlight: () => store.get().selection.highlight,
    getPeriod: () => store.get().filters.period,
    setPeriod: (period) => store.update('filters', setPeriod(period)),
    visibleNodes: () => [...parts.visibility().nodes],
    visibleEdges: () => [...parts.visibility().edges],
    getCanvasContainer: () => parts.canvasContainer(),
    getViewSnapshot: () => parts.viewSnapshot(),
    drawnPositions: () => positionsOf(data.renderGraph),
    sourceText: (iri) => data.sourceText(iri),
    urlParam: (name) => urlParam(store, name),
    showInSource: (iri) => parts.showInSource(iri),
    shownPassage: () => parts.shownPassage(),
    takeDroppedFiles: (taker) => parts.drop.take(taker),
    onChange: (listener) => listeners.add(listener),
  };
}

/**
 * Tells the panels of the store's changes they listen to: a filter change, or another node selected (a highlight is
 * told by SelectionActions.setHighlight).
 */
export function relayStoreChanges(store: Store, listeners: ChangeListeners): (domain: Domain) => void {
  let lastSelected: string | null = null;
  return (domain) => {
    if (domain === 'filters') listeners.emit('filters');
    else if (domain === 'selection') {
      const node = store.get().selection.node;
      if (node === lastSelected) return;
      lastSelected = node;
      listeners.emit('selection');
    }
  };
}
