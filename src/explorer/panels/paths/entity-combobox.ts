// An accessible autocomplete input (ARIA combobox + listbox) over the graph's entities.
import { h, uniqueId } from '../../ui/dom';
import { KIND_LABELS, isEntityKind } from '../../../kg/kinds';
import { resolveEntity, searchEntities, type EntityEntry, type EntityMatch } from './entity-search';

export interface EntityCombobox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The chosen entity: picked from the list, or the one entity the typed text names exactly, or the best match. */
  value(): string | undefined;
  set(key: string | undefined, label?: string): void;
}

export function createEntityCombobox(label: string, index: () => readonly EntityEntry[], onEnter: () => void): EntityCombobox {
  const listId = uniqueId('okg-combo-list');
  const input = h('input', {
    attrs: {
      type: 'text',
      role: 'combobox',
      'aria-label': label,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'Name, acronym or identifier',
    },
  });
  const list = h('ul', { attrs: { id: listId, role: 'listbox', 'aria-label': `${label} suggestions`, hidden: '' } });
  let matches: EntityMatch[] = [];
  let active = -1;
  let chosen: string | undefined;

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function render(): void {
    list.replaceChildren(
      ...matches.map((m, i) =>
        h('li', {
          attrs: { id: `${listId}-${i}`, role: 'option', 'aria-selected': String(i === active) },
          on: {
            // mousedown, not click: the input must not lose focus (and close the list) first.
            mousedown: (event) => {
              event.preventDefault();
              pick(i);
            },
          },
        }, [m.label, h('small', { text: [m.matched, isEntityKind(m.kind) ? KIND_LABELS[m.kind] : m.kind].filter(Boolean).join(' · ') })]),
      ),
    );
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function pick(i: number): void {
    const m = matches[i];
    if (!m) return;
    chosen = m.key;
    input.value = m.label;
    close();
  }

  input.addEventListener('input', () => {
    chosen = undefined;
    matches = searchEntities(index(), input.value);
    active = -1;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (matches.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + matches.length) % matches.length;
      render();
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
      else {
        close();
        onEnter();
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);

  return {
    element: h('div', { class: 'okg-combo' }, [input, list]),
    input,
    value() {
      if (chosen !== undefined) return chosen;
      return resolveEntity(index(), input.value) ?? searchEntities(index(), input.value, 1)[0]?.key;
    },
    set(key, text) {
      chosen = key;
      input.value = text ?? '';
      close();
    },
  };
}
