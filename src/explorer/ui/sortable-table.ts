// A table whose column headers sort it (aria-sort tells screen readers how); rows are rendered by the caller's columns.
import { clear, h, type Child } from './dom';
import { sortRows } from './list-rows';

export interface SortableColumn<R> {
  id: string;
  title: string;
  /** The value sorted on: numbers sort as numbers, text in the user's order. */
  value(row: R): string | number;
  cell(row: R): Child;
  /** Right-aligned numbers. */
  numeric?: boolean;
  /** First click sorts descending (counts: the largest first). */
  descendingFirst?: boolean;
}

export interface SortableTable<R> {
  element: HTMLTableElement;
  /** Shows the rows (sorted, the first `max`) and the caption text. */
  render(rows: R[], caption: string, isSelected: (row: R) => boolean): void;
}

export function createSortableTable<R extends { key: string }>(options: {
  label: string;
  className: string;
  columns: SortableColumn<R>[];
  max: number;
  onRowClick?(row: R): void;
}): SortableTable<R> {
  const { columns } = options;
  let sort = columns[0]?.id ?? '';
  let ascending = true;
  let last: Parameters<SortableTable<R>['render']> | null = null;
  const thead = h('thead');
  const tbody = h('tbody');
  const caption = h('caption');
  const element = h('table', { class: options.className, attrs: { 'aria-label': options.label } }, [
    caption,
    thead,
    tbody,
  ]);

  const sortBy = (column: SortableColumn<R>): void => {
    if (sort === column.id) ascending = !ascending;
    else [sort, ascending] = [column.id, !column.descendingFirst];
    if (last) table.render(...last);
  };
  const renderHead = (): void => {
    clear(thead);
    thead.appendChild(
      h(
        'tr',
        {},
        columns.map((column) => {
          const state = sort === column.id ? (ascending ? 'ascending' : 'descending') : 'none';
          return h('th', { attrs: { scope: 'col', 'aria-sort': state } }, [
            h('button', { class: 'sort-button', attrs: { type: 'button' }, on: { click: () => sortBy(column) } }, [
              column.title,
              h('span', {
                attrs: { 'aria-hidden': 'true' },
                text: state === 'none' ? '' : state === 'ascending' ? ' ▲' : ' ▼',
              }),
            ]),
          ]);
        }),
      ),
    );
  };

  const table: SortableTable<R> = {
    element,
    render(rows, text, isSelected) {
      last = [rows, text, isSelected];
      renderHead();
      caption.textContent = text;
      const column = columns.find((c) => c.id === sort) ?? columns[0];
      const ties = columns.filter((c) => c !== column && !c.numeric).map((c) => (row: R) => String(c.value(row)));
      const sorted = column ? sortRows(rows, column.value, ascending, ties) : rows;
      clear(tbody);
      const fragment = document.createDocumentFragment();
      for (const row of sorted.slice(0, options.max)) {
        const tr = h(
          'tr',
          { attrs: { 'aria-selected': isSelected(row) ? 'true' : undefined } },
          columns.map((c) => h('td', { class: c.numeric ? 'num' : undefined }, [c.cell(row)])),
        );
        // A click anywhere on the row does what its main button does; keyboard users reach that button with Tab.
        if (options.onRowClick)
          tr.addEventListener('click', (event) => {
            if (!(event.target instanceof Element && event.target.closest('button'))) options.onRowClick?.(row);
          });
        fragment.appendChild(tr);
      }
      tbody.appendChild(fragment);
    },
  };
  return table;
}
