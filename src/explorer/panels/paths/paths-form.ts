// The Paths panel's form: the two entity pickers, the extra-length field and the Find / Swap / Clear buttons.
import { h } from '../../ui/dom';
import { createEntityCombobox, type EntityCombobox } from './entity-combobox';
import type { EntityEntry } from './entity-search';

export interface PathsForm {
  element: HTMLElement;
  from: EntityCombobox;
  to: EntityCombobox;
  extraInput: HTMLInputElement;
}

export interface PathsFormActions {
  find(): void;
  swap(): void;
  clear(): void;
}

export function createPathsForm(entities: () => readonly EntityEntry[], actions: PathsFormActions): PathsForm {
  const from = createEntityCombobox('From entity', entities, actions.find);
  const to = createEntityCombobox('To entity', entities, actions.find);
  const extraInput = h('input', {
    attrs: { type: 'number', min: '0', max: '20', step: '1', value: '0', 'aria-label': 'Longer paths to add' },
  });
  const button = (text: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement =>
    h('button', { attrs: { type: 'button', ...attrs }, text, on: { click: onClick } });
  const findButton = button('Find paths', actions.find);
  findButton.className = 'okg-primary';
  const element = h('div', { class: 'okg-paths-form' }, [
    h('label', { text: 'From' }),
    from.element,
    h('label', { text: 'To' }),
    to.element,
    h('div', { class: 'okg-qp-toolbar' }, [
      findButton,
      button('Swap', actions.swap, { title: 'Swap the two entities' }),
      button('Clear', actions.clear),
      h('label', {}, ['Longer paths too', extraInput]),
    ]),
  ]);
  return { element, from, to, extraInput };
}
