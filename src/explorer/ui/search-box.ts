// The search box: an ARIA 1.2 combobox with a listbox of suggestions over labels, acronyms and identifiers.
import type { SearchIndex } from '../core/search/search-index';
import type { RemoteSession } from '../remote/session';
import { h } from './dom';
import { chooseSuggestion } from './search-choice';
import { SearchList } from './search-list';
import { RemoteSearch } from './search-remote';
import { SearchSuggestions } from './search-suggestions';

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  setIndex(index: SearchIndex): void;
  focus(): void;
}

/** Performance measure of the last keystroke to its suggestions (read by benchmarks through the test hook). */
export const SEARCH_LATENCY_MEASURE = 'osce-kg:search-latency';

/** What the search box asks of the app: a node chosen, or every match shown on the graph. */
export interface SearchActions {
  choose(key: string): void;
  showAll(keys: string[], query: string): void;
}

function searchInput(): HTMLInputElement {
  return h('input', {
    class: 'search-input',
    attrs: {
      type: 'search',
      role: 'combobox',
      'aria-label': 'Search entities',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'Search entities, acronyms, identifiers  ( / )',
    },
  });
}

export function createSearchBox(limit: number, session: RemoteSession, actions: SearchActions): SearchBox {
  const input = searchInput();
  const options = new SearchSuggestions(limit);
  const remote = new RemoteSearch(session, limit);
  let index: SearchIndex | null = null;
  const dismiss = (): void => {
    remote.cancel();
    list.close();
  };
  const choose = (i: number): void => {
    const text = input.value.trim();
    const picked = options.suggestions[i];
    if (!options.isShowAll(i) && !picked) return;
    if (picked) input.value = picked.label;
    dismiss();
    if (picked) chooseSuggestion(session, picked.key, actions.choose);
    else actions.showAll(options.allMatches, text);
  };
  const list = new SearchList(input, options, choose);
  input.setAttribute('aria-controls', list.id);
  const remoteAnswered = (): void => {
    if (document.activeElement !== input) return;
    // The user may have arrowed down to a suggestion meanwhile: it stays the active one.
    const activeKey = list.activeKey();
    list.render(remote.note);
    const again = options.indexOf(activeKey);
    if (again >= 0) list.setActive(again);
  };
  input.addEventListener('input', () => {
    const start = performance.now();
    remote.cancel();
    options.match(index, input.value);
    remote.start(input.value, { found: (found) => options.addRemote(found), settled: remoteAnswered });
    list.render(remote.note);
    performance.clearMeasures(SEARCH_LATENCY_MEASURE);
    performance.measure(SEARCH_LATENCY_MEASURE, { start, end: performance.now() });
  });
  input.addEventListener('keydown', (e) => onSearchKey(e, { options, list, choose, dismiss, note: () => remote.note }));
  input.addEventListener('blur', dismiss);
  return {
    element: h('div', { class: 'search' }, [input, list.element]),
    input,
    setIndex(next) {
      index = next;
      // Text typed while the graph was changing was matched against the old index: match it again (local data
      // only; in remote mode the endpoint's answers stay).
      if (!list.hidden && input.value.trim() !== '' && !session.source()) {
        options.match(next, input.value);
        list.render(remote.note);
      }
    },
    focus() {
      input.focus();
      input.select();
    },
  };
}

interface KeyTargets {
  options: SearchSuggestions;
  list: SearchList;
  choose(i: number): void;
  dismiss(): void;
  note(): string | null;
}

/** Arrows move through the options (opening the list), Enter chooses, Esc closes the list before anything else. */
function onSearchKey(e: KeyboardEvent, { options, list, choose, dismiss, note }: KeyTargets): void {
  if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && options.count()) {
    e.preventDefault();
    if (e.key === 'ArrowDown' && list.hidden) list.render(note());
    list.setActive(options.step(e.key === 'ArrowDown' ? 1 : -1));
  } else if (e.key === 'Enter' && !list.hidden && options.active >= 0) {
    e.preventDefault();
    choose(options.active);
  } else if (e.key === 'Escape' && !list.hidden) {
    e.stopPropagation();
    dismiss();
  }
}
