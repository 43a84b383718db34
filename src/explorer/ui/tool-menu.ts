// A toolbar button that opens a small panel under it (a <details> disclosure: keyboard and screen readers for free).
import { h, type Child } from './dom';

/** Closes on Escape and on a click elsewhere; `onOpen` runs each time it opens (to refresh what it shows). */
export function toolMenu(title: string, className: string, content: Child[], onOpen?: () => void): HTMLDetailsElement {
  const menu = h('details', { class: `tool-menu ${className}` }, [
    h('summary', { class: 'tool-button', text: title }),
    h('div', { class: 'tool-popover', attrs: { role: 'group', 'aria-label': title } }, content),
  ]);
  menu.addEventListener('toggle', () => {
    if (menu.open) onOpen?.();
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    event.stopPropagation();
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
  document.addEventListener('pointerdown', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  return menu;
}

/** A labelled <select> of `options` ([value, text]); `change` gets the value chosen. */
export function labelledSelect(
  id: string,
  label: string,
  options: readonly (readonly [string, string])[],
  change: (value: string) => void,
): { row: HTMLElement; select: HTMLSelectElement } {
  const select = h(
    'select',
    { attrs: { id } },
    options.map(([value, text]) => h('option', { attrs: { value }, text })),
  );
  select.addEventListener('change', () => change(select.value));
  return { row: h('div', { class: 'menu-row' }, [h('label', { attrs: { for: id }, text: label }), select]), select };
}
