// The search box: an ARIA 1.2 combobox with a listbox of suggestions over labels, acronyms and identifiers.
import { KIND_LABELS, isEntityKind } from '../../kg/kinds';
import type { SearchIndex, Suggestion } from '../core/search/search-index';
import { kindColor } from '../view/rendering-graph';
import { clear, h, uniqueId } from './dom';

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  setIndex(index: SearchIndex): void;
  focus(): void;
  /** Milliseconds from the last keystroke to its suggestions on screen. */
  lastLatencyMs(): number;
}

export function createSearchBox(limit: number, onChoose: (key: string) => void): SearchBox {
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
  let active = -1;
  let latency = 0;

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

  const choose = (i: number): void => {
    const s = suggestions[i];
    if (!s) return;
    input.value = s.label;
    close();
    onChoose(s.key);
  };

  const render = (): void => {
    clear(list);
    suggestions.forEach((s, i) => {
      const kind = isEntityKind(s.kind) ? KIND_LABELS[s.kind] : s.kind;
      const option = h('li', { class: 'search-option', attrs: { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false' } }, [
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
    if (suggestions.length === 0 && input.value.trim() !== '') {
      list.appendChild(h('li', { class: 'search-empty', attrs: { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, text: 'No match' }));
    }
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    setActive(suggestions.length ? 0 : -1);
  };

  input.addEventListener('input', () => {
    const t0 = performance.now();
    suggestions = index ? index.search(input.value, limit) : [];
    render();
    latency = performance.now() - t0;
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && suggestions.length) {
      e.preventDefault();
      if (list.hidden) render();
      setActive((active + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp' && suggestions.length) {
      e.preventDefault();
      setActive((active - 1 + suggestions.length) % suggestions.length);
    } else if (e.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        e.preventDefault();
        choose(active);
      }
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        e.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener('blur', () => close());

  return {
    element,
    input,
    setIndex(next) {
      index = next;
    },
    focus() {
      input.focus();
      input.select();
    },
    lastLatencyMs: () => latency,
  };
}
