// History and saved queries in the panel: a section listing both, a name box to save the editor's query, kept in
// storage.
import { h } from '../../ui/dom';
import type { LibraryStore } from './library-storage';
import { historyList, savedList } from './library-lists';
import { deleteSaved, HISTORY_SIZE, MAX_NAME_CHARS, recordRun, saveQuery, type QueryLibrary } from './query-library';

export interface LibraryView {
  element: HTMLElement;
  /** A query ran: it goes to the top of the history. */
  recordRun(text: string): void;
}

/** load: puts a text into the editor (what: how the panel names where it came from). */
export function createLibraryView(
  store: LibraryStore,
  editorText: () => string,
  load: (text: string, what: string) => void,
): LibraryView {
  const name = h('input', {
    attrs: {
      type: 'text',
      'aria-label': 'Query name',
      placeholder: 'Name of this query',
      maxlength: String(MAX_NAME_CHARS),
    },
  });
  const message = h('span', { class: 'okg-qp-library-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const saved = h('div');
  const history = h('div');
  const summary = h('summary');
  const save = h('button', { attrs: { type: 'button' }, text: 'Save query' });
  const element = h('details', { class: 'okg-qp-library' }, [
    summary,
    h('div', { class: 'okg-qp-save' }, [name, save, message]),
    h('h3', { text: 'Saved queries' }),
    saved,
    h('h3', { text: `Recent queries (the last ${HISTORY_SIZE} run)` }),
    history,
  ]);
  const actions = {
    load: (text: string, what: string) => load(text, what),
    remove: (queryName: string) => change((library) => deleteSaved(library, queryName), `Deleted “${queryName}”.`),
  };

  function render(library: QueryLibrary): void {
    summary.textContent = `Saved queries (${library.saved.length}) and history (${library.history.length})`;
    saved.replaceChildren(savedList(library.saved, actions));
    history.replaceChildren(historyList(library.history, actions));
  }

  // When storage refuses writes, the library lives in memory for as long as the page.
  let unstored: QueryLibrary | null = null;
  const current = () => unstored ?? store.read();

  /** Applies an edit to what storage holds now (another tab may have written since), then shows and stores it. */
  function change(edit: (library: QueryLibrary) => QueryLibrary, done?: string): void {
    let next: QueryLibrary;
    try {
      next = edit(current());
    } catch (error) {
      message.textContent = error instanceof Error ? error.message : String(error);
      return;
    }
    render(next);
    unstored = store.write(next) ? null : next;
    if (unstored)
      message.textContent = 'This browser does not let the page store queries: they last until the page closes.';
    else if (done) message.textContent = done;
  }

  save.addEventListener('click', () => {
    const text = editorText();
    change((library) => saveQuery(library, name.value, text, Date.now()), `Saved “${name.value.trim()}”.`);
  });
  name.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') save.click();
  });
  render(current());
  return { element, recordRun: (text) => change((library) => recordRun(library, text, Date.now())) };
}
