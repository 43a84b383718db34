// Keeps the URL hash and the store in step: selection and filters push history entries, view options and camera replace.
import { replaceFilters } from './core/filters/producers';
import { selectNode } from './core/selection/producers';
import { setSizeBy } from './core/appearance/producers';
import { setCamera } from './core/camera/producers';
import type { Domain, Store } from './core/store';
import { decodeUrlState, encodeUrlState } from './core/url/url-state';
import type { ExplorerSettings } from './settings';

export interface UrlSync {
  /** Applies the current URL to the store (at start and on back/forward). */
  applyFromUrl(): void;
  /** True while the URL's state is being written to the store (not a user's action). */
  applying(): boolean;
  stop(): void;
}

export function startUrlSync(store: Store, settings: ExplorerSettings, onRestore: () => void): UrlSync {
  let applying = false;
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;

  const current = (): string => {
    const s = store.get();
    return encodeUrlState(
      { selection: s.selection.node, filters: s.filters, appearance: s.appearance, camera: s.camera },
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

  const unsubscribe = store.subscribe((domain: Domain) => {
    if (applying) return;
    if (domain === 'camera') {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => write(false), 250);
    } else if (domain === 'selection' || domain === 'filters') write(true);
    else write(false);
  });

  const applyFromUrl = (): void => {
    const state = decodeUrlState(window.location.hash, settings.maxFocusHops);
    applying = true;
    try {
      store.update('filters', replaceFilters(state.filters));
      store.update('appearance', setSizeBy(state.appearance.sizeBy ?? settings.sizeBy));
      store.update('selection', selectNode(state.selection));
      store.update('camera', setCamera(state.camera));
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
