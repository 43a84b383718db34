// Keeps the URL hash and the store in step: selection, filters and panel parameters push history entries; view
// options, camera and the open tab replace the current one.
import { replaceFilters } from '../core/filters/producers';
import { selectNode } from '../core/selection/producers';
import { replaceAppearance } from '../core/appearance/producers';
import { defaultAppearance } from '../core/appearance/types';
import { setCamera } from '../core/camera/producers';
import { openTab, replacePanels } from '../core/panels/producers';
import type { Domain, ExplorerState, Store } from '../core/store';
import { decodeUrlState, encodeUrlState } from '../core/url/url-state';
import type { ExplorerSettings } from '../settings';
import type { Tabs } from '../ui/tabs';

/** The tab a URL without `tab=` opens. */
export const DEFAULT_TAB = 'details';

export interface UrlSync {
  /** Applies the current URL to the store and the tabs (at start and on back/forward). */
  applyFromUrl(): void;
  /** True while the URL's state is being written to the store (not a user's action). */
  applying(): boolean;
  stop(): void;
}

export function startUrlSync(store: Store, settings: ExplorerSettings, onRestore: () => void, tabs: Tabs): UrlSync {
  let applying = false;
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  let lastParams = store.get().panels.params;
  let started = false;

  const current = (): string => {
    const s = store.get();
    return encodeUrlState(
      { selection: s.selection.node, filters: s.filters, appearance: s.appearance, camera: s.camera, panels: s.panels },
      { sizeBy: settings.sizeBy },
    );
  };

  const write = (push: boolean): void => {
    const hash = current();
    if (hash === window.location.hash || (hash === '' && window.location.hash === '')) return;
    const url = window.location.pathname + window.location.search + hash;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  /** A panel's parameter is a result worth going back to (a path found, a query run); switching tabs is not. */
  const pushes = (domain: Domain, state: ExplorerState): boolean => {
    if (domain !== 'panels') return domain === 'selection' || domain === 'filters';
    const changed = state.panels.params !== lastParams;
    lastParams = state.panels.params;
    return changed;
  };

  const unsubscribe = store.subscribe((domain, state) => {
    if (applying) return;
    if (domain === 'camera') {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => write(false), 250);
    } else write(pushes(domain, state));
  });
  tabs.onSelect((id) => store.update('panels', openTab(id === DEFAULT_TAB ? null : id)));

  const applyFromUrl = (): void => {
    const state = decodeUrlState(window.location.hash, settings.maxFocusHops);
    applying = true;
    try {
      store.update('filters', replaceFilters(state.filters));
      store.update('appearance', replaceAppearance({ ...defaultAppearance(settings.sizeBy), ...state.appearance }));
      store.update('selection', selectNode(state.selection));
      store.update('camera', setCamera(state.camera));
      store.update('panels', replacePanels(state.panels));
      lastParams = store.get().panels.params;
      // Opening the tab mounts its panel (once), which then reads its parameter; an unknown tab id is ignored. At
      // start, a link without a tab leaves alone the tab someone may have opened while the graph loaded.
      // The tab already open is not selected again (on a small screen that would open its drawer).
      const tab = state.panels.tab ?? DEFAULT_TAB;
      if ((state.panels.tab !== null || started) && tab !== tabs.current()) tabs.select(tab);
      started = true;
      const shown = tabs.current();
      store.update('panels', openTab(shown === null || shown === DEFAULT_TAB ? null : shown));
    } finally {
      applying = false;
    }
    onRestore();
  };

  const onPop = (): void => applyFromUrl();
  window.addEventListener('popstate', onPop);
  return {
    applyFromUrl,
    applying: () => applying,
    stop() {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    },
  };
}
