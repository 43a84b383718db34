// The query library in localStorage: unavailable, full or corrupted storage never breaks the panel.
import { EMPTY_LIBRARY, parseLibrary, serializeLibrary, type QueryLibrary } from './query-library';

export const LIBRARY_KEY = 'osce-kg:query-library';

export interface LibraryStore {
  read(): QueryLibrary;
  /** False when the browser refused (storage disabled or full): the library then lives only until the page closes. */
  write(library: QueryLibrary): boolean;
}

export function localLibraryStore(key = LIBRARY_KEY): LibraryStore {
  return {
    read() {
      try {
        return parseLibrary(window.localStorage.getItem(key));
      } catch {
        // Storage blocked by the browser's settings (a SecurityError on access).
        return EMPTY_LIBRARY;
      }
    },
    write(library) {
      try {
        window.localStorage.setItem(key, serializeLibrary(library));
        return true;
      } catch {
        return false;
      }
    },
  };
}
