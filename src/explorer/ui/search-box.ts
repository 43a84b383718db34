// The search box: an ARIA 1.2 combobox with a listbox of suggestions over labels, acronyms and identifiers.
import { KIND_LABELS, isEntityKind } from '../../kg/kinds';
import type { SearchIndex, Suggestion } from '../core/search/search-index';
import { expandWithNotice } from '../remote/expand-action';
import { failureMessage } from '../remote/messages';
import { searchText } from '../remote/queries';
import type { RemoteSession } from '../remote/session';
import { kindColor } from '../core/appearance/colors';
import { clear, h, uniqueId } from './dom';

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  setIndex(index: SearchIndex): void;
  focus(): void;
}

/** Performance measure of the last keystroke to its suggestions (read by benchmarks through the test hook). */
export const SEARCH_LATENCY_MEASURE = 'osce-kg:search-latency';

/** Pause after a keystroke before the endpoint is asked (remote mode): typing on cancels the request. */
export const REMOTE_SEARCH_DELAY_MS = 250;

/** What the search box asks of the app: a node chosen, or every match shown on the graph. */
export interface SearchActions {
  choose(key: string): void;
  showAll(keys: string[], query: string): void;
}

export function createSearchBox(limit: number, session: RemoteSession, actions: SearchActions): SearchBox {
  const onChoose = actions.choose;
  const listId = uniqueId('search-list');
  const input = h('input', {
    class: 'search-input',
    attrs: {
      type: 'search',
      role: 'combobox',
      'aria-label': 'Search entities',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'Search entities, acronyms, identifiers  ( / )',
    },
  });
  const list = h('ul', { class: 'search-list', attrs: { id: listId, role: 'listbox', 'aria-label': 'Suggestions' } });
  list.hidden = true;
  const element = h('div', { class: 'search' }, [input, list]);
  let index: SearchIndex | null = null;
  let suggestions: Suggestion[] = [];
  /** Every local match of the text typed, when there are more than one: the last option shows them all. */
  let allMatches: string[] = [];
  const optionCount = (): number => suggestions.length + (allMatches.length > 1 ? 1 : 0);
  let active = -1;
  /** A line under the suggestions while the endpoint is asked, or when it failed (remote mode). */
  let note: string | null = null;
  let remoteTimer: ReturnType<typeof setTimeout> | undefined;
  let remoteAbort: AbortController | null = null;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i: number): void => {
    const options = list.querySelectorAll<HTMLElement>('[role=option]');
    options.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    active = i;
    if (i >= 0 && options[i]) {
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const cancelRemote = (): void => {
    clearTimeout(remoteTimer);
    remoteAbort?.abort();
    remoteAbort = null;
    note = null;
  };

  const choose = (i: number): void => {
    if (i === suggestions.length && allMatches.length > 1) {
      cancelRemote();
      close();
      actions.showAll(allMatches, input.value.trim());
      return;
    }
    const s = suggestions[i];
    if (!s) return;
    input.value = s.label;
    cancelRemote();
    close();
    const remote = session.source();
    // Remote mode: a node is chosen with its neighbourhood, loaded from the endpoint the first time.
    if (remote && !remote.status(s.key).expanded) {
      const first = remote.context.getGraph().order === 0;
      void expandWithNotice(session, remote, s.key).then(() => {
        if (!remote.context.getGraph().hasNode(s.key)) return;
        onChoose(s.key);
        // A first load is framed whole at once (the frame follows the layout as it spreads), not zoomed on the node;
        // once the layout settles, expandWithNotice frames the node and its neighbours.
        if (first) session.fitWholeGraph();
      });
    } else onChoose(s.key);
  };

  const render = (): void => {
    clear(list);
    suggestions.forEach((s, i) => {
      const kind = isEntityKind(s.kind) ? KIND_LABELS[s.kind] : s.kind;
      const option = h('li', { class: 'search-option', attrs: { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', 'data-key': s.key } }, [
        h('span', { class: 'swatch', attrs: { style: `background:${kindColor(s.kind)}`, 'aria-hidden': 'true' } }),
        h('span', { class: 'option-label', text: s.label }),
        s.matched ? h('span', { class: 'option-match', text: s.matched }) : null,
        h('span', { class: 'option-kind', text: kind }),
      ]);
      // mousedown, not click: the input keeps focus and the list does not close first.
      option.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(i);
      });
      list.appendChild(option);
    });
    if (allMatches.length > 1) list.appendChild(showAllOption(suggestions.length));
    if (note !== null || (suggestions.length === 0 && input.value.trim() !== '')) {
      list.appendChild(h('li', { class: 'search-empty', attrs: { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, text: note ?? 'No match' }));
    }
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    setActive(suggestions.length ? 0 : -1);
  };

  const showAllOption = (i: number): HTMLElement => {
    const option = h('li', {
      class: 'search-option search-all',
      attrs: { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false' },
      text: `Show all ${allMatches.length} matches on the graph`,
    });
    option.addEventListener('mousedown', (e) => {
      e.preventDefault();
      choose(i);
    });
    return option;
  };

  /** Remote mode: after a pause, the endpoint's matches join the local ones (those already drawn come first). */
  const searchRemote = (): void => {
    const remote = session.source();
    const text = input.value;
    if (!remote || searchText(text) === '') return;
    note = `Searching ${remote.endpoint}…`;
    const controller = new AbortController();
    remoteAbort = controller;
    remoteTimer = setTimeout(() => {
      remote.search(text, limit, controller.signal).then((found) => {
        if (controller.signal.aborted) return;
        const keys = new Set(suggestions.map((x) => x.key));
        suggestions = [...suggestions, ...found.filter((x) => !keys.has(x.key))].slice(0, limit);
        note = null;
      }, (error: unknown) => {
        if (controller.signal.aborted) return;
        note = 'Search failed (see the message over the graph)';
        session.report({ kind: 'error', text: failureMessage(error, remote.endpoint, 'Search') });
      }).finally(() => {
        if (controller.signal.aborted) return;
        remoteAbort = null;
        if (document.activeElement !== input) return;
        // The user may have arrowed down to a suggestion meanwhile: it stays the active one.
        const activeKey = active >= 0 ? list.querySelectorAll('[role=option]')[active]?.getAttribute('data-key') : null;
        render();
        const again = suggestions.findIndex((x) => x.key === activeKey);
        if (again >= 0) setActive(again);
      });
    }, REMOTE_SEARCH_DELAY_MS);
  };

  input.addEventListener('input', () => {
    const start = performance.now();
    cancelRemote();
    const all = index ? index.search(input.value) : [];
    suggestions = all.slice(0, limit);
    allMatches = all.map((x) => x.key);
    searchRemote();
    render();
    performance.clearMeasures(SEARCH_LATENCY_MEASURE);
    performance.measure(SEARCH_LATENCY_MEASURE, { start, end: performance.now() });
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && optionCount()) {
      e.preventDefault();
      if (list.hidden) render();
      setActive((active + 1) % optionCount());
    } else if (e.key === 'ArrowUp' && optionCount()) {
      e.preventDefault();
      setActive((active - 1 + optionCount()) % optionCount());
    } else if (e.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        e.preventDefault();
        choose(active);
      }
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.stopPropagation();
        cancelRemote();
        close();
      }
    }
  });
  input.addEventListener('blur', () => {
    cancelRemote();
    close();
  });

  return {
    element,
    input,
    setIndex(next) {
      index = next;
      // Text typed while the graph was changing was matched against the old index: match it again (local data
      // only; in remote mode the endpoint's answers stay).
      if (!list.hidden && input.value.trim() !== '' && !session.source()) {
        const all = next.search(input.value);
        suggestions = all.slice(0, limit);
        allMatches = all.map((x) => x.key);
        render();
      }
    },
    focus() {
      input.focus();
      input.select();
    },
  };
}
