// The list view: the visible entities and relations as sortable tables with a filter, the non-visual alternative to the
// canvas.
import type { KgGraph } from '../../kg/to-graph';
import type { Visibility } from '../core/filters/visibility';
import { h } from './dom';
import { entityRows, relationRows, type EntityRow, type RelationRow } from './list-rows';
import { createSortableTable } from './sortable-table';
import './list-view.css';

const MAX_ROWS = 2000;

export interface ListActions {
  select(key: string): void;
  /** Lights up one relation (its edge and both ends) on the graph. */
  highlightEdge(edge: RelationRow): void;
}

export interface ListState {
  graph: KgGraph;
  visibility: Visibility;
  selected: string | null;
  /** Edge keys lit up on the graph now (a relation row shows as chosen while its edge alone is lit). */
  highlighted: readonly string[];
  predicateLabels?: ReadonlyMap<string, string>;
}

export interface ListView {
  element: HTMLElement;
  update(state: ListState): void;
}

const linkButton = (text: string, label: string, onClick: () => void): HTMLButtonElement =>
  h('button', { class: 'link-button', text, attrs: { type: 'button', 'aria-label': label }, on: { click: onClick } });

function tables(actions: ListActions) {
  const entities = createSortableTable<EntityRow>({
    label: 'Entities',
    className: 'entity-table',
    max: MAX_ROWS,
    onRowClick: (r) => actions.select(r.key),
    columns: [
      {
        id: 'label',
        title: 'Name',
        value: (r) => r.label,
        cell: (r) => linkButton(r.label, r.label, () => actions.select(r.key)),
      },
      { id: 'kind', title: 'Class', value: (r) => r.kind, cell: (r) => r.kind },
      {
        id: 'degree',
        title: 'Relations',
        value: (r) => r.degree,
        cell: (r) => String(r.degree),
        numeric: true,
        descendingFirst: true,
      },
    ],
  });
  const relations = createSortableTable<RelationRow>({
    label: 'Relations',
    className: 'relation-table',
    max: MAX_ROWS,
    onRowClick: (r) => actions.highlightEdge(r),
    columns: [
      {
        id: 'source',
        title: 'From',
        value: (r) => r.sourceLabel,
        cell: (r) => linkButton(r.sourceLabel, `Select ${r.sourceLabel}`, () => actions.select(r.source)),
      },
      {
        id: 'relation',
        title: 'Relation',
        value: (r) => r.relation,
        cell: (r) =>
          linkButton(r.relation, `Show on the graph: ${r.sourceLabel} ${r.relation} ${r.targetLabel}`, () =>
            actions.highlightEdge(r),
          ),
      },
      {
        id: 'target',
        title: 'To',
        value: (r) => r.targetLabel,
        cell: (r) => linkButton(r.targetLabel, `Select ${r.targetLabel}`, () => actions.select(r.target)),
      },
    ],
  });
  return { entities, relations };
}

export function createListView(actions: ListActions): ListView {
  const { entities, relations } = tables(actions);
  const filter = h('input', {
    class: 'list-filter',
    attrs: {
      type: 'search',
      id: 'list-filter',
      placeholder: 'Words in a name, class or relation',
      autocomplete: 'off',
    },
  });
  const status = h('p', { class: 'list-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const element = h('div', { class: 'list-view' }, [
    h('div', { class: 'list-filter-row' }, [
      h('label', { attrs: { for: 'list-filter' }, text: 'Filter the list' }),
      filter,
    ]),
    status,
    h('div', { class: 'list-tables' }, [
      h('div', { class: 'list-table-box' }, [entities.element]),
      h('div', { class: 'list-table-box' }, [relations.element]),
    ]),
  ]);
  let last: ListState | null = null;

  const view: ListView = {
    element,
    update(state) {
      last = state;
      const text = filter.value;
      const nodes = entityRows(state.graph, state.visibility.nodes, text);
      const edges = relationRows(state.graph, state.visibility.edges, text, state.predicateLabels);
      const shown = (n: number, word: string) =>
        n > MAX_ROWS ? `${n} ${word} (first ${MAX_ROWS} shown)` : `${n} ${word}`;
      entities.render(nodes, shown(nodes.length, 'entities'), (r) => r.key === state.selected);
      const lit = new Set(state.highlighted);
      relations.render(edges, shown(edges.length, 'relations'), (r) => lit.size === 1 && lit.has(r.key));
      status.textContent =
        text.trim() === ''
          ? `${nodes.length} entities and ${edges.length} relations are visible.`
          : `“${text.trim()}”: ${nodes.length} of ${state.visibility.nodes.size} entities and ${edges.length} of ${state.visibility.edges.size} relations match.`;
    },
  };
  filter.addEventListener('input', () => last && view.update(last));
  return view;
}
