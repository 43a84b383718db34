// The results view: sorted, filtered and paged rows as a table, or as a bar chart when the result is an aggregate.
import { h } from '../../ui/dom';
import { chartModel, type ChartModel } from './chart-model';
import { chartElement } from './chart-view';
import { filterRows, pageOf, type ResultPage } from './result-pages';
import { sortRows, type Cell, type TableModel } from './result-model';
import { createResultsControls, type ResultsMode } from './results-controls';
import { nextSort, resultsTable, type SortState } from './table-render';

export interface TableView {
  element: HTMLElement;
  show(model: TableModel | null): void;
  /** Redraws with new labels, keeping the sort, the filter and the page. */
  refresh(model: TableModel): void;
}

/** "?n by ?class", and which rows when the result has more than one page. */
function chartCaption(chart: ChartModel, page: ResultPage): string {
  const range = page.total > page.rows.length ? ` (rows ${page.first}–${page.last})` : '';
  return `?${chart.valueColumn} by ?${chart.labelColumn}${range}`;
}

/**
 * The chart is drawn at the width shown: redrawn when the panel is widened or narrowed (not for a scrollbar's width).
 */
function redrawChartOnResize(body: HTMLElement, drawnWidth: () => number, render: () => void): void {
  new ResizeObserver(() => {
    if (body.querySelector('svg') && Math.abs(body.clientWidth - drawnWidth()) > 24) render();
  }).observe(body);
}

/** Focusable, so keyboard users can scroll a long table or chart. */
function resultsRegion(): HTMLElement {
  return h('div', { class: 'okg-query-results', attrs: { tabindex: '0', role: 'region', 'aria-label': 'Results' } });
}

/** onExpand: in endpoint mode, the action that loads an IRI's neighbours (a "+" next to each IRI). */
export function createTableView(
  onSelect: (key: string) => void,
  onExpand: () => ((iri: string) => void) | null,
): TableView {
  let model: TableModel | null = null;
  let sort: SortState | null = null;
  let filter = '';
  let page = 0;
  let mode: ResultsMode = 'table';
  // Sorting and filtering a large result is the slow part: each is redone only when its input changes.
  let sorted: Cell[][] = [];
  let filtered: Cell[][] = [];
  const resort = () => {
    sorted = model && sort ? sortRows(model.rows, sort.column, sort.direction) : (model?.rows ?? []);
    filtered = filterRows(sorted, filter);
  };
  const controls = createResultsControls({
    filter(text) {
      filter = text;
      page = 0;
      filtered = filterRows(sorted, filter);
      render();
    },
    page(delta) {
      page += delta;
      render();
    },
    mode(next) {
      mode = next;
      render();
    },
  });
  const body = resultsRegion();
  const element = h('div', { class: 'okg-qp-results' }, [controls.element, body]);
  let drawnWidth = 0;
  redrawChartOnResize(body, () => drawnWidth, render);

  function render(): void {
    body.replaceChildren();
    if (!model) {
      controls.element.hidden = true;
      return;
    }
    const shown = pageOf(filtered, page);
    page = shown.page;
    const chart = chartModel(model, shown.rows);
    const view = chart ? mode : 'table';
    controls.update(shown, sorted.length, view, chart !== null);
    if (chart && view === 'chart') {
      drawnWidth = body.clientWidth;
      body.append(chartElement(chart, chartCaption(chart, shown), drawnWidth - 4));
      return;
    }
    const onSort = (column: number) => {
      sort = nextSort(sort, column);
      resort();
      render();
    };
    body.append(resultsTable(model, shown.rows, sort, onSort, { select: onSelect, expand: onExpand() }));
  }

  return {
    element,
    show(next) {
      model = next;
      sort = null;
      filter = '';
      page = 0;
      controls.reset();
      resort();
      render();
    },
    refresh(next) {
      model = next;
      resort();
      render();
    },
  };
}
