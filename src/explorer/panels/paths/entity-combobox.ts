// An accessible autocomplete input (ARIA combobox + listbox) over the graph's entities.
import { h, uniqueId } from '../../ui/dom';
import { KIND_LABELS, isEntityKind } from '../../../kg/kinds';
import { comboboxKey } from './combobox-keys';
import { resolveEntity, searchEntities, type EntityEntry, type EntityMatch } from './entity-search';

export interface EntityCombobox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The chosen entity: picked from the list, or the one entity the typed text names exactly, or the best match. */
  value(): string | undefined;
  set(key: string | undefined, label?: string): void;
}

function comboboxInput(label: string, listId: string): HTMLInputElement {
  return h('input', {
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
}

function option(id: string, match: EntityMatch, selected: boolean, pick: () => void): HTMLElement {
  const detail = [match.matched, isEntityKind(match.kind) ? KIND_LABELS[match.kind] : match.kind]
    .filter(Boolean)
    .join(' · ');
  return h(
    'li',
    {
      attrs: { id, role: 'option', 'aria-selected': String(selected) },
      // mousedown, not click: the input must not lose focus (and close the list) first.
      on: {
        mousedown: (event) => {
          event.preventDefault();
          pick();
        },
      },
    },
    [match.label, h('small', { text: detail })],
  );
}

export function createEntityCombobox(
  label: string,
  index: () => readonly EntityEntry[],
  onEnter: () => void,
): EntityCombobox {
  const listId = uniqueId('okg-combo-list');
  const input = comboboxInput(label, listId);
  const list = h('ul', { attrs: { id: listId, role: 'listbox', 'aria-label': `${label} suggestions`, hidden: '' } });
  let matches: EntityMatch[] = [];
  let active = -1;
  let chosen: string | undefined;

  const render = (): void => {
    list.replaceChildren(...matches.map((m, i) => option(`${listId}-${i}`, m, i === active, () => pick(i))));
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(matches.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (i: number): void => {
    const m = matches[i];
    if (!m) return;
    chosen = m.key;
    input.value = m.label;
    close();
  };

  input.addEventListener('input', () => {
    chosen = undefined;
    matches = searchEntities(index(), input.value);
    active = -1;
    render();
  });
  input.addEventListener('keydown', (event) => {
    const action = comboboxKey(event.key, active, matches.length, !list.hidden);
    if (action.kind === 'none') return;
    if (action.kind !== 'close') event.preventDefault();
    if (action.kind === 'move') {
      active = action.active;
      render();
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else if (action.kind === 'pick') pick(action.index);
    else close();
    if (action.kind === 'enter') onEnter();
  });
  input.addEventListener('blur', close);

  return {
    element: h('div', { class: 'okg-combo' }, [input, list]),
    input,
    value: () => chosen ?? resolveEntity(index(), input.value) ?? searchEntities(index(), input.value, 1)[0]?.key,
    set(key, text) {
      chosen = key;
      input.value = text ?? '';
      close();
    },
  };
}
