// The handle through which a panel owns one URL parameter (ExplorerContext.urlParam): read, write, hear back/forward.
import { setPanelParam } from '../panels/producers';
import { PANEL_NAME } from '../panels/types';
import type { Store } from '../store';
import { RESERVED_KEYS } from './url-state';

export interface UrlParam {
  /** The value in the URL (a shared link's, restored before the panel mounted), or null. */
  get(): string | null;
  /** Writes the value (null or '' removes it) as a new history entry: Back returns to the previous value. */
  set(value: string | null): void;
  /**
   * Back/forward (or any change not made through this handle) gave the parameter another value; returns the function
   * that stops listening.
   */
  onChange(listener: (value: string | null) => void): () => void;
}

/**
 * Throws on a name the explorer uses itself or that a URL could not carry plainly: a programming error, never input.
 */
export function urlParam(store: Store, name: string): UrlParam {
  if (!PANEL_NAME.test(name) || RESERVED_KEYS.has(name)) {
    throw new Error(
      `"${name}" cannot be a panel's URL parameter: it is reserved or not of the form ${String(PANEL_NAME)}`,
    );
  }
  const read = (): string | null => store.get().panels.params.get(name) ?? null;
  let setting = false;
  return {
    get: read,
    set(value) {
      setting = true;
      try {
        store.update('panels', setPanelParam(name, value));
      } finally {
        setting = false;
      }
    },
    onChange(listener) {
      let last = read();
      return store.subscribe((domain) => {
        const now = domain === 'panels' ? read() : last;
        if (now === last) return;
        last = now;
        if (!setting) listener(now);
      });
    },
  };
}
