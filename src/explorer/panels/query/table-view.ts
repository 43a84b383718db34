// The results table (DOM): sortable columns, IRIs as buttons that select their node, text set with textContent only.
import { h } from '../../ui/dom';
import { sortRows, type Cell, type SortDirection, type TableModel } from './result-model';

const PAGE = 200;

export interface TableView {
  element: HTMLElement;
  show(model: TableModel | null): void;
  /** Redraws with new labels, keeping the sort and the rows shown. */
  refresh(model: TableModel): void;
}

/** onExpand: in endpoint mode, the action that loads an IRI's neighbours (a "+" next to each IRI). */
export function createTableView(onSelect: (key: string) => void, onExpand: () => ((iri: string) => void) | null): TableView {
  const element = document.createElement('div');
  element.className = 'okg-query-results';
  let model: TableModel | null = null;
  let rows: Cell[][] = [];
  let sort: { column: number; direction: SortDirection } | null = null;
  let shown = PAGE;

  function cellElement(cell: Cell): HTMLTableCellElement {
    const td = document.createElement('td');
    if (cell.nodeKey !== undefined) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'okg-link';
      button.textContent = cell.text;
      button.title = `${cell.title} — select on the graph`;
      const key = cell.nodeKey;
      button.addEventListener('click', () => onSelect(key));
      td.append(button);
    } else {
      td.textContent = cell.text;
      if (cell.title) td.title = cell.title;
      td.className = `okg-cell-${cell.kind}`;
    }
    const expand = cell.kind === 'iri' ? onExpand() : null;
    if (expand) {
      const iri = cell.title;
      td.append(' ', h('button', {
        class: 'okg-expand',
        attrs: { type: 'button', 'aria-label': `Load neighbours of ${cell.text}`, title: 'Load its neighbours from the endpoint' },
        text: '+',
        on: { click: () => expand(iri) },
      }));
    }
    return td;
  }

  function render(): void {
    element.replaceChildren();
    if (!model) return;
    const table = document.createElement('table');
    table.setAttribute('aria-label', 'Query results');
    const head = table.createTHead().insertRow();
    model.columns.forEach((name, index) => {
      const th = document.createElement('th');
      th.scope = 'col';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = model?.kind === 'bindings' ? `?${name}` : name;
      const active = sort?.column === index;
      th.setAttribute('aria-sort', active && sort ? sort.direction : 'none');
      button.append(document.createTextNode(active ? (sort?.direction === 'ascending' ? ' ▲' : ' ▼') : ''));
      button.addEventListener('click', () => {
        const direction: SortDirection = sort?.column === index && sort.direction === 'ascending' ? 'descending' : 'ascending';
        sort = { column: index, direction };
        rows = sortRows(model?.rows ?? [], index, direction);
        render();
      });
      th.append(button);
      head.append(th);
    });
    const body = table.createTBody();
    for (const row of rows.slice(0, shown)) {
      const tr = body.insertRow();
      for (const cell of row) tr.append(cellElement(cell));
    }
    element.append(table);
    if (rows.length > shown) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'okg-more';
      more.textContent = `Show ${Math.min(PAGE, rows.length - shown)} more (${shown} of ${rows.length} shown)`;
      more.addEventListener('click', () => {
        shown += PAGE;
        render();
      });
      element.append(more);
    }
  }

  return {
    element,
    show(next) {
      model = next;
      rows = next ? next.rows : [];
      sort = null;
      shown = PAGE;
      render();
    },
    refresh(next) {
      model = next;
      rows = sort ? sortRows(next.rows, sort.column, sort.direction) : next.rows;
      render();
    },
  };
}
