// The Query panel's body (loaded lazily): editor, run / cancel / limits, results table, downloads, graph highlight.
import type { ExplorerContext } from '../../context';
import { h } from '../../ui/dom';
import { DEFAULT_LIMITS, QueryAbortedError, QuerySyntaxError, QueryTimeoutError } from '../../../query/limits';
import { EXAMPLE_QUERIES } from '../../../query/examples';
import { quadsToNQuads } from '../../../query/terms';
import { RDF_TYPE } from '../../../rdf/vocab';
import { rdfsLabels } from '../../core/appearance/labels';
import { createSparqlEditor } from './editor';
import { downloadFile, downloadFormats, saveFile, type DownloadFormat } from './downloads';
import { toWireResult, type WireResult } from './protocol';
import { QueryRunner, WorkerQueryError } from './query-runner';
import { createRemoteControls } from '../../remote/query-section';
import { resultHighlight } from './result-highlight';
import { buildTableModel } from './result-model';
import '../../ui/panel-controls.css';
import './query-panel.css';
import { createTableView } from './table-view';

const FORMAT_LABELS: Record<DownloadFormat, string> = { csv: 'CSV', tsv: 'TSV', json: 'JSON', nquads: 'N-Quads' };

const DEFAULT_QUERY = `PREFIX okg: <https://w3id.org/osce-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT ?partner ?label WHERE {
  ?partner a okg:Partner ; rdfs:label ?label .
}
ORDER BY ?label
LIMIT 100`;

function createWorker(): Worker {
  return new Worker(new URL('../../workers/query-worker.ts', import.meta.url), { type: 'module', name: 'sparql' });
}

/** Predicates and classes of the dataset, offered by the completion after `prefix:`. */
function vocabularyOf(context: ExplorerContext): string[] {
  const terms = new Set<string>();
  for (const q of context.getQuads()) {
    terms.add(q.predicate.value);
    if (q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode') terms.add(q.object.value);
  }
  return [...terms];
}

function numberInput(label: string, value: number, min: number, max: number): HTMLInputElement {
  return h('input', { attrs: { type: 'number', 'aria-label': label, min: String(min), max: String(max), step: '1', value: String(value) } });
}

export function mountQueryView(host: HTMLElement, context: ExplorerContext): void {
  const runner = new QueryRunner(() => quadsToNQuads(context.getQuads()), createWorker);
  let vocabulary: string[] | undefined;
  let labels: Map<string, string> | undefined;
  let runCount = 0;
  let lastResult: WireResult | undefined;
  let remoteAbort: AbortController | undefined;

  context.onChange((kind) => {
    if (kind !== 'data') return;
    runner.dataChanged();
    vocabulary = undefined;
    labels = undefined;
    // Nodes may have arrived (an import, an expansion): the table's labels and links follow.
    refreshTable();
  });

  const examples = h('select', { attrs: { 'aria-label': 'Example queries' } }, [
    h('option', { attrs: { value: '' }, text: 'Example questions…' }),
    ...EXAMPLE_QUERIES.map((q) => h('option', { attrs: { value: q.id }, text: q.title })),
  ]);
  const runButton = h('button', { class: 'okg-primary', attrs: { type: 'button', title: 'Run (Ctrl+Enter)' }, text: 'Run' });
  const cancelButton = h('button', { attrs: { type: 'button', disabled: '' }, text: 'Cancel' });
  const clearButton = h('button', { attrs: { type: 'button', title: 'Remove the results highlight from the graph' }, text: 'Clear highlight' });
  const timeoutInput = numberInput('Timeout in seconds', DEFAULT_LIMITS.timeoutMs / 1000, 1, 600);
  const rowLimitInput = numberInput('Row limit', DEFAULT_LIMITS.rowLimit, 1, 1_000_000);
  const editorHost = h('div', { class: 'okg-qp-editor' });
  const status = h('div', { class: 'okg-qp-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const notice = h('div', { class: 'okg-qp-notice', attrs: { hidden: '' } });
  const downloads = h('div', { class: 'okg-qp-downloads', attrs: { hidden: '' } });
  const timeoutMs = () => limit(timeoutInput, DEFAULT_LIMITS.timeoutMs, 1000);
  const remote = createRemoteControls(context, timeoutMs, () => refreshTable());
  const table = createTableView(
    (key) => context.selectNode(key),
    () => (remote.source() ? (iri: string) => void remote.expand(iri) : null),
  );

  host.append(
    h('div', { class: 'okg-qp' }, [
      h('h2', { class: 'okg-paths-title', text: 'Ask in SPARQL' }),
      h('p', {
        class: 'okg-paths-lead',
        text: 'Pick an example question or write your own query; Run (or Ctrl+Enter) shows the answers in a table and lights them up on the graph.',
      }),
      h('div', { class: 'okg-qp-toolbar' }, [
        examples,
        runButton,
        cancelButton,
        clearButton,
        h('label', {}, ['Timeout (s)', timeoutInput]),
        h('label', {}, ['Row limit', rowLimitInput]),
      ]),
      remote.element,
      editorHost,
      status,
      notice,
      downloads,
      table.element,
    ]),
  );

  const editor = createSparqlEditor(editorHost, {
    initialText: DEFAULT_QUERY,
    onRun: () => void run(),
    vocabulary: () => (vocabulary ??= vocabularyOf(context)),
  });

  function setStatus(text: string, error = false): void {
    status.textContent = text;
    status.classList.toggle('okg-error', error);
    status.setAttribute('role', error ? 'alert' : 'status');
  }

  function setRunning(running: boolean): void {
    runButton.disabled = running;
    if (running) cancelButton.removeAttribute('disabled');
    else cancelButton.setAttribute('disabled', '');
    host.dataset.queryState = running ? 'running' : 'idle';
  }

  function limit(input: HTMLInputElement, fallback: number, scale: number): number {
    const value = Number(input.value);
    return Number.isFinite(value) && value > 0 ? Math.round(value * scale) : fallback;
  }

  function showDownloads(result: WireResult): void {
    downloads.replaceChildren(
      'Download:',
      ...downloadFormats(result).map((format) =>
        h('button', {
          attrs: { type: 'button', 'aria-label': `Download ${FORMAT_LABELS[format]}` },
          text: FORMAT_LABELS[format],
          on: { click: () => saveFile(downloadFile(result, format)) },
        }),
      ),
    );
    downloads.hidden = false;
  }

  function refreshTable(): void {
    if (!lastResult) return;
    labels ??= rdfsLabels(context.getQuads());
    table.refresh(buildTableModel(lastResult, { graph: context.getGraph(), labels }));
  }

  function showResult(result: WireResult, ms: number): void {
    lastResult = result;
    labels ??= rdfsLabels(context.getQuads());
    const graph = context.getGraph();
    const model = buildTableModel(result, { graph, labels });
    table.show(model);
    const count = result.kind === 'boolean' ? `Answer: ${result.value}` : `${model.rows.length} ${result.kind === 'quads' ? 'triple' : 'row'}${model.rows.length === 1 ? '' : 's'}`;
    setStatus(`${count} in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`);
    const truncated = result.kind !== 'boolean' && result.truncated;
    notice.hidden = !truncated;
    notice.textContent = truncated ? `Results truncated: only the first ${model.rows.length} are shown. Raise the row limit or add LIMIT / filters.` : '';
    showDownloads(result);
    const highlight = resultHighlight(graph, result);
    context.setHighlight(highlight);
    host.dataset.highlightNodes = String(highlight?.nodes.length ?? 0);
  }

  async function run(): Promise<void> {
    const sparql = editor.getText();
    const id = ++runCount;
    editor.markError(null);
    setRunning(true);
    setStatus('Running…');
    const rowLimit = limit(rowLimitInput, DEFAULT_LIMITS.rowLimit, 1);
    try {
      const source = remote.source();
      let outcome: { result: WireResult; ms: number };
      if (source) {
        // An endpoint answers over the network: the page stays free, an AbortController stops the request.
        remoteAbort?.abort();
        remoteAbort = new AbortController();
        const started = performance.now();
        const result = await source.engine.query(sparql, { timeoutMs: timeoutMs(), rowLimit, signal: remoteAbort.signal });
        outcome = { result: toWireResult(result), ms: performance.now() - started };
      } else {
        outcome = await runner.run(sparql, { timeoutMs: timeoutMs(), rowLimit });
      }
      if (id !== runCount) return;
      showResult(outcome.result, outcome.ms);
    } catch (error) {
      if (id !== runCount) return;
      showError(error);
    } finally {
      if (id === runCount) setRunning(false);
    }
  }

  function showError(error: unknown): void {
    // Results of an earlier query would read as the answer to this one.
    lastResult = undefined;
    table.show(null);
    notice.hidden = true;
    downloads.hidden = true;
    downloads.replaceChildren();
    context.setHighlight(null);
    host.dataset.highlightNodes = '0';
    // From the worker (rebuilt by name) or from an endpoint (the class itself).
    const syntax =
      error instanceof QuerySyntaxError
        ? { line: error.line, column: error.column, reason: error.reason }
        : error instanceof WorkerQueryError && error.name === 'QuerySyntaxError'
          ? { line: error.line ?? 0, column: error.column ?? 0, reason: error.message }
          : undefined;
    if (error instanceof QueryTimeoutError) {
      setStatus(`Stopped: the query ran longer than ${error.timeoutMs / 1000} s (the timeout). Narrow it down or raise the timeout.`, true);
    } else if (error instanceof QueryAbortedError) {
      setStatus('Cancelled.', true);
    } else if (syntax && syntax.line > 0) {
      setStatus(`Syntax error at line ${syntax.line}, column ${syntax.column} (${syntax.line}:${syntax.column}): ${syntax.reason}`, true);
      editor.markError({ line: syntax.line, column: syntax.column || 1, message: syntax.reason });
    } else if (syntax) {
      setStatus(`Syntax error: ${syntax.reason}`, true);
    } else {
      setStatus(error instanceof Error ? `${error.name}: ${error.message}` : String(error), true);
    }
  }

  runButton.addEventListener('click', () => void run());
  cancelButton.addEventListener('click', () => {
    // Terminating an idle worker would only cost a reload of the data.
    if (runner.running) runner.cancel();
    remoteAbort?.abort();
  });
  clearButton.addEventListener('click', () => {
    context.setHighlight(null);
    host.dataset.highlightNodes = '0';
  });
  examples.addEventListener('change', () => {
    const example = EXAMPLE_QUERIES.find((q) => q.id === examples.value);
    if (!example) return;
    editor.setText(example.sparql);
    examples.value = '';
    void run();
  });
  setRunning(false);
  host.dataset.queryPanel = 'ready';
}
