// What a query leaves on screen: the status line, the truncation notice, downloads, the results and the graph
// highlight.
import type { ExplorerContext } from '../../context';
import { h } from '../../ui/dom';
import { rdfsLabels } from '../../core/appearance/labels';
import { downloadFile, downloadFormats, saveFile, type DownloadFormat } from './downloads';
import type { WireResult } from './protocol';
import type { ErrorReport } from './query-errors';
import { resultHighlight } from './result-highlight';
import { buildTableModel } from './result-model';
import { createTableView } from './table-view';

const FORMAT_LABELS: Record<DownloadFormat, string> = { csv: 'CSV', tsv: 'TSV', json: 'JSON', nquads: 'N-Quads' };

export interface QueryOutput {
  elements: HTMLElement[];
  setStatus(text: string, error?: boolean): void;
  /** Shows answers; `recalled`: they were kept from an earlier run (Back, Forward), and the status says so. */
  showResult(result: WireResult, ms: number, recalled?: boolean): void;
  /** Clears the results (an earlier query's rows would read as the answer to this one) and says what failed. */
  showError(report: ErrorReport): void;
  /** The data changed: labels and links of the rows shown follow. */
  refresh(): void;
  clearHighlight(): void;
}

/** host: the panel, whose data-highlight-nodes attribute tells tests how many nodes the result lit up. */
export function createQueryOutput(
  host: HTMLElement,
  context: ExplorerContext,
  expand: () => ((iri: string) => void) | null,
): QueryOutput {
  let lastResult: WireResult | undefined;
  let labels: Map<string, string> | undefined;
  const status = h('div', { class: 'okg-qp-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const notice = h('div', { class: 'okg-qp-notice', attrs: { hidden: '' } });
  const downloads = h('div', { class: 'okg-qp-downloads', attrs: { hidden: '' } });
  const table = createTableView((key) => context.selectNode(key), expand);
  const modelOf = (result: WireResult) =>
    buildTableModel(result, { graph: context.getGraph(), labels: (labels ??= rdfsLabels(context.getQuads())) });

  function setStatus(text: string, error = false): void {
    status.textContent = text;
    status.classList.toggle('okg-error', error);
    status.setAttribute('role', error ? 'alert' : 'status');
  }

  function highlight(result: WireResult | null): void {
    const lit = result ? resultHighlight(context.getGraph(), result) : null;
    context.setHighlight(lit);
    host.dataset.highlightNodes = String(lit?.nodes.length ?? 0);
  }

  function showDownloads(result: WireResult | null): void {
    const buttons = (result ? downloadFormats(result) : []).map((format) =>
      h('button', {
        attrs: { type: 'button', 'aria-label': `Download ${FORMAT_LABELS[format]}` },
        text: FORMAT_LABELS[format],
        on: { click: () => result && saveFile(downloadFile(result, format)) },
      }),
    );
    downloads.replaceChildren(...(result ? ['Download:', ...buttons] : []));
    downloads.hidden = result === null;
  }

  return {
    elements: [status, notice, downloads, table.element],
    setStatus,
    showResult(result, ms, recalled = false) {
      lastResult = result;
      const model = modelOf(result);
      table.show(model);
      const n = model.rows.length;
      const count =
        result.kind === 'boolean'
          ? `Answer: ${result.value}`
          : `${n} ${result.kind === 'quads' ? 'triple' : 'row'}${n === 1 ? '' : 's'}`;
      const took = `${count} in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
      setStatus(recalled ? `${took}, when it last ran (the data is unchanged; Run to ask again)` : took);
      const truncated = result.kind !== 'boolean' && result.truncated;
      notice.hidden = !truncated;
      notice.textContent = truncated
        ? `Results truncated: only the first ${n} are shown. Raise the row limit or add LIMIT / filters.`
        : '';
      showDownloads(result);
      highlight(result);
    },
    showError(report) {
      lastResult = undefined;
      table.show(null);
      notice.hidden = true;
      showDownloads(null);
      highlight(null);
      setStatus(report.status, true);
    },
    refresh() {
      labels = undefined;
      if (lastResult) table.refresh(modelOf(lastResult));
    },
    clearHighlight: () => highlight(null),
  };
}
