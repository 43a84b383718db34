// The bar above the results: a filter box, the pager (previous / next, "Rows 51–100 of 812") and the table/chart
// switch.
import { h } from '../../ui/dom';
import { pageLabel, type ResultPage } from './result-pages';

export type ResultsMode = 'table' | 'chart';

export interface ResultsControls {
  element: HTMLElement;
  /** Shows the page, and the chart switch only when a chart can be drawn. */
  update(page: ResultPage, unfiltered: number, mode: ResultsMode, chartable: boolean): void;
  /** Empties the filter box (a new result starts unfiltered). */
  reset(): void;
}

export interface ResultsHandlers {
  filter(text: string): void;
  page(delta: number): void;
  mode(mode: ResultsMode): void;
}

/** Filtering waits for a pause in typing: on a million rows one pass takes a noticeable moment. */
const FILTER_DELAY_MS = 120;

export function createResultsControls(on: ResultsHandlers): ResultsControls {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const filter = h('input', {
    attrs: { type: 'search', 'aria-label': 'Filter rows', placeholder: 'Filter rows…', size: '18' },
  });
  filter.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => on.filter(filter.value), FILTER_DELAY_MS);
  });
  const previous = h('button', {
    attrs: { type: 'button', 'aria-label': 'Previous page' },
    text: '‹ Previous',
    on: { click: () => on.page(-1) },
  });
  const next = h('button', {
    attrs: { type: 'button', 'aria-label': 'Next page' },
    text: 'Next ›',
    on: { click: () => on.page(1) },
  });
  const label = h('span', { class: 'okg-qp-page', attrs: { 'aria-live': 'polite' } });
  const tableButton = h('button', {
    attrs: { type: 'button', 'aria-pressed': 'true' },
    text: 'Table',
    on: { click: () => on.mode('table') },
  });
  const chartButton = h('button', {
    attrs: { type: 'button', 'aria-pressed': 'false' },
    text: 'Chart',
    on: { click: () => on.mode('chart') },
  });
  const views = h('span', { class: 'okg-qp-views', attrs: { role: 'group', 'aria-label': 'Show results as' } }, [
    tableButton,
    chartButton,
  ]);
  const element = h('div', { class: 'okg-qp-results-bar', attrs: { hidden: '' } }, [
    h('div', { class: 'okg-qp-results-row' }, [filter, views]),
    h('div', { class: 'okg-qp-results-row', attrs: { role: 'group', 'aria-label': 'Pages' } }, [previous, label, next]),
  ]);

  return {
    element,
    update(page, unfiltered, mode, chartable) {
      element.hidden = false;
      label.textContent = pageLabel(page, unfiltered);
      previous.disabled = page.page === 0;
      next.disabled = page.page >= page.pages - 1;
      views.hidden = !chartable;
      tableButton.setAttribute('aria-pressed', String(mode === 'table'));
      chartButton.setAttribute('aria-pressed', String(mode === 'chart'));
    },
    reset() {
      clearTimeout(timer);
      filter.value = '';
    },
  };
}
