// The results table's DOM: sortable column heads, and cells whose graph nodes are buttons (text set as text only).
import { h } from '../../ui/dom';
import type { Cell, SortDirection, TableModel } from './result-model';

export interface SortState {
  column: number;
  direction: SortDirection;
}

export interface CellActions {
  select(key: string): void;
  /** In endpoint mode, loads an IRI's neighbours (a "+" beside each IRI); null otherwise. */
  expand: ((iri: string) => void) | null;
}

function cellElement(cell: Cell, actions: CellActions): HTMLTableCellElement {
  const td = document.createElement('td');
  const key = cell.nodeKey;
  if (key !== undefined) {
    td.append(
      h('button', {
        class: 'okg-link',
        attrs: { type: 'button', title: `${cell.title} — select on the graph` },
        text: cell.text,
        on: { click: () => actions.select(key) },
      }),
    );
  } else {
    td.textContent = cell.text;
    if (cell.title) td.title = cell.title;
    td.className = `okg-cell-${cell.kind}`;
  }
  const expand = cell.kind === 'iri' ? actions.expand : null;
  if (expand) {
    const iri = cell.title;
    td.append(
      ' ',
      h('button', {
        class: 'okg-expand',
        attrs: {
          type: 'button',
          'aria-label': `Load neighbours of ${cell.text}`,
          title: 'Load its neighbours from the endpoint',
        },
        text: '+',
        on: { click: () => expand(iri) },
      }),
    );
  }
  return td;
}

function headCell(
  label: string,
  index: number,
  sort: SortState | null,
  onSort: (column: number) => void,
): HTMLTableCellElement {
  const active = sort?.column === index;
  const arrow = active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : '';
  const th = h('th', { attrs: { scope: 'col', 'aria-sort': active ? sort.direction : 'none' } }, [
    h('button', { attrs: { type: 'button' }, text: label + arrow, on: { click: () => onSort(index) } }),
  ]);
  return th;
}

/** The table of the rows given (one page), with the model's columns. */
export function resultsTable(
  model: TableModel,
  rows: readonly Cell[][],
  sort: SortState | null,
  onSort: (column: number) => void,
  actions: CellActions,
): HTMLTableElement {
  const table = h('table', { attrs: { 'aria-label': 'Query results' } });
  const head = table.createTHead().insertRow();
  model.columns.forEach((name, index) =>
    head.append(headCell(model.kind === 'bindings' ? `?${name}` : name, index, sort, onSort)),
  );
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const cell of row) tr.append(cellElement(cell, actions));
  }
  return table;
}

/** The sort after a click on a column head: ascending first, then flipping. */
export function nextSort(sort: SortState | null, column: number): SortState {
  return { column, direction: sort?.column === column && sort.direction === 'ascending' ? 'descending' : 'ascending' };
}
