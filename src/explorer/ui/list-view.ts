// The list view: a sortable table of the visible entities, the non-visual alternative to the canvas.
import { KIND_LABELS, isEntityKind } from '../../kg/kinds';
import type { KgGraph } from '../../kg/to-graph';
import { clear, h } from './dom';

export type SortKey = 'label' | 'kind' | 'degree';

export interface ListRow {
  key: string;
  label: string;
  kind: string;
  degree: number;
}

/** Rows for the visible nodes, sorted (pure, unit-tested). */
export function listRows(graph: KgGraph, visible: Iterable<string>, sort: SortKey, ascending: boolean): ListRow[] {
  const rows: ListRow[] = [];
  for (const key of visible) {
    if (!graph.hasNode(key)) continue;
    const a = graph.getNodeAttributes(key);
    rows.push({ key, label: a.label, kind: isEntityKind(a.kind) ? KIND_LABELS[a.kind] : a.kind, degree: graph.degree(key) });
  }
  const dir = ascending ? 1 : -1;
  rows.sort((x, y) => {
    const c = sort === 'degree' ? x.degree - y.degree : x[sort].localeCompare(y[sort]);
    return dir * c || x.label.localeCompare(y.label) || (x.key < y.key ? -1 : 1);
  });
  return rows;
}

const COLUMNS: [SortKey, string][] = [['label', 'Name'], ['kind', 'Class'], ['degree', 'Relations']];
const MAX_ROWS = 2000;

export interface ListView {
  element: HTMLElement;
  update(graph: KgGraph, visible: Set<string>, selected: string | null): void;
}

export function createListView(onSelect: (key: string) => void): ListView {
  let sort: SortKey = 'label';
  let ascending = true;
  let last: { graph: KgGraph; visible: Set<string>; selected: string | null } | null = null;
  const thead = h('thead');
  const tbody = h('tbody');
  const caption = h('caption');
  const table = h('table', { class: 'entity-table', attrs: { 'aria-label': 'Entities' } }, [caption, thead, tbody]);
  const element = h('div', { class: 'list-view' }, [table]);

  const renderHead = (): void => {
    clear(thead);
    thead.appendChild(h('tr', {}, COLUMNS.map(([key, title]) => {
      const th = h('th', { attrs: { scope: 'col', 'aria-sort': sort === key ? (ascending ? 'ascending' : 'descending') : 'none' } }, [
        h('button', {
          class: 'sort-button',
          attrs: { type: 'button' },
          on: {
            click: () => {
              if (sort === key) ascending = !ascending;
              else {
                sort = key;
                ascending = key !== 'degree';
              }
              if (last) view.update(last.graph, last.visible, last.selected);
            },
          },
        }, [title, h('span', { attrs: { 'aria-hidden': 'true' }, text: sort === key ? (ascending ? ' ▲' : ' ▼') : '' })]),
      ]);
      return th;
    })));
  };

  const view: ListView = {
    element,
    update(graph, visible, selected) {
      last = { graph, visible, selected };
      renderHead();
      const rows = listRows(graph, visible, sort, ascending);
      caption.textContent = rows.length > MAX_ROWS ? `${rows.length} entities (first ${MAX_ROWS} shown)` : `${rows.length} entities`;
      clear(tbody);
      const fragment = document.createDocumentFragment();
      for (const row of rows.slice(0, MAX_ROWS)) {
        fragment.appendChild(h('tr', { attrs: { 'aria-selected': row.key === selected ? 'true' : undefined } }, [
          h('td', {}, [h('button', { class: 'link-button', attrs: { type: 'button' }, text: row.label, on: { click: () => onSelect(row.key) } })]),
          h('td', { text: row.kind }),
          h('td', { class: 'num', text: String(row.degree) }),
        ]));
      }
      tbody.appendChild(fragment);
    },
  };
  return view;
}
