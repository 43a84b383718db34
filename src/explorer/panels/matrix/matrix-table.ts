// The Matrix's table: clickable row and column headers (they select the entity) and cells that open their statements.
import { h } from '../../ui/dom';
import type { MatrixAxis } from './matrix-counts';
import type { MatrixGrid } from './matrix-layout';
import type { MatrixVariant } from './matrix-variants';

export interface MatrixTableActions {
  openCell(body: string, column: string): void;
  selectEntity(key: string): void;
}

const PLURALS: Record<string, string> = { body: 'bodies' };
export const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : (PLURALS[word] ?? word + 's')}`;

/** Cell shading from white to the accent colour, by share of the largest cell. */
function shade(count: number, max: number): string {
  const alpha = max > 0 ? 0.12 + 0.6 * (count / max) : 0;
  return `rgba(107, 110, 207, ${alpha.toFixed(2)})`;
}

/**
 * A header's name as a button that selects the entity; the short code keeps the panel narrow, the full name is its
 * title.
 */
function headerButton(axis: MatrixAxis, actions: MatrixTableActions): HTMLButtonElement {
  const text = axis.code !== axis.label ? h('abbr', { attrs: { title: axis.label } }, [axis.code]) : axis.label;
  // The name read out starts with the text shown (the code), then the full name; the title says what a click does
  const name = axis.code !== axis.label ? `${axis.code}: ${axis.label}` : axis.label;
  const button = h(
    'button',
    { class: 'matrix-entity', attrs: { type: 'button', 'aria-label': name, title: `Select ${axis.label}` } },
    [text],
  );
  button.dataset.entity = axis.key;
  button.addEventListener('click', () => actions.selectEntity(axis.key));
  return button;
}

function headRow(grid: MatrixGrid, actions: MatrixTableActions): HTMLTableRowElement {
  const head = h('tr', {}, [h('th', { class: 'matrix-corner', attrs: { scope: 'col' } }, [grid.corner])]);
  for (const column of grid.columns) {
    // Column headers read bottom to top, so that many columns fit the narrow side panel.
    head.append(
      h('th', { class: 'matrix-col', attrs: { scope: 'col' } }, [
        h('span', { class: 'matrix-col-text' }, [headerButton(column, actions)]),
      ]),
    );
  }
  head.append(
    h('th', { class: 'matrix-col', attrs: { scope: 'col' } }, [h('span', { class: 'matrix-col-text' }, ['Total'])]),
  );
  return head;
}

function cell(
  count: number,
  body: MatrixAxis,
  column: MatrixAxis,
  max: number,
  variant: MatrixVariant,
  actions: MatrixTableActions,
): HTMLTableCellElement {
  const td = h('td');
  if (count === 0) {
    td.className = 'matrix-empty';
    return td;
  }
  td.style.background = shade(count, max);
  const button = h('button', { text: String(count), attrs: { type: 'button', 'aria-pressed': 'false' } });
  button.setAttribute(
    'aria-label',
    `${body.label} and ${variant.column} ${column.code}: ${plural(count, 'statement')}`,
  );
  button.dataset.body = body.key;
  button.dataset.target = column.key;
  button.addEventListener('click', () => actions.openCell(body.key, column.key));
  td.append(button);
  return td;
}

export function matrixTable(grid: MatrixGrid, variant: MatrixVariant, actions: MatrixTableActions): HTMLTableElement {
  const body = h('tbody');
  for (const row of grid.rows) {
    // Targets down the side leave room for their wording, which a code alone does not give an analyst.
    const wide = grid.orientation === 'columns-as-rows' && row.code !== row.label;
    const name = h('th', { class: wide ? 'matrix-row-target' : undefined, attrs: { scope: 'row' } }, [
      headerButton(row, actions),
    ]);
    if (wide) name.append(' ', h('span', { class: 'matrix-row-label' }, [row.label]));
    const tr = h('tr', {}, [name]);
    for (const column of grid.columns) {
      const { body: b, target } = grid.cell(row, column);
      tr.append(cell(grid.count(row, column), b, target, grid.max, variant, actions));
    }
    tr.append(h('td', { class: 'matrix-total' }, [String(grid.rowTotal(row))]));
    body.append(tr);
  }
  return h('table', { class: 'matrix-table' }, [
    h('caption', {}, [`Statements per OSCE body and ${variant.column}`]),
    h('thead', {}, [headRow(grid, actions)]),
    body,
  ]);
}

/** Marks the open cell's button pressed (and no other). */
export function markPressed(host: HTMLElement, selected: { body: string; column: string } | undefined): void {
  for (const pressed of host.querySelectorAll('button[aria-pressed="true"]'))
    pressed.setAttribute('aria-pressed', 'false');
  if (!selected) return;
  host
    .querySelector(`button[data-body="${CSS.escape(selected.body)}"][data-target="${CSS.escape(selected.column)}"]`)
    ?.setAttribute('aria-pressed', 'true');
}
