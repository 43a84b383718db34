// The Import panel: drop or pick an RDF file, parse it in a worker with a progress bar, then merge or replace.
import type { ExplorerContext } from '../../context';
import { FORMAT_INFO, RDF_FORMATS } from '../../../rdf/formats';
import { decodeQuads } from '../../core/data/quad-codec';
import type { ImportErrorInfo, ParseRequest, ProgressMessage, WorkerReply } from './protocol';
import { exchange, WorkerFailedError } from '../../workers/exchange';
import { takeDroppedFiles } from '../../ui/page-drop';
import { notRdfMessage } from './not-rdf';
import './import-panel.css';
import { h } from '../../ui/dom';

/** Share of the bar for the worker's part; the rest is decoding on the page and applying the data. */
const WORKER_SHARE = 0.8;
const DECODE_SHARE = 0.15;
const ACCEPT = RDF_FORMATS.flatMap((f) => FORMAT_INFO[f].extensions.map((e) => '.' + e)).join(',');

let importCounter = 0;

/** A blank node prefix no earlier import (nor the bundled graph) uses: blank nodes of files never merge. */
function freshBlankPrefix(): string {
  importCounter++;
  return `import${importCounter}x${Math.floor(Math.random() * 0x100000).toString(36)}_`;
}


function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The error as users read it: where in words first, then the parser's own `file:line:column: what`. */
export function describeImportError(error: ImportErrorInfo, fileName: string): string {
  const where = error.line !== undefined ? ` (line ${error.line}, column ${error.column ?? '?'})` : '';
  return `Could not import ${fileName}${where}. The graph was not changed.\n${error.message}`;
}

export function mountImportPanel(host: HTMLElement, context: ExplorerContext): void {
  host.classList.add('import-panel');
  const fileInput = h('input', { attrs: { type: 'file', id: 'import-file', accept: ACCEPT } });
  const fileLabel = h('label', { attrs: { for: 'import-file' } }, ['Import RDF file']);
  const formatSelect = h('select', { attrs: { id: 'import-format' } }, [
    h('option', { attrs: { value: '' } }, ['Automatic (extension, else content)']),
    ...RDF_FORMATS.map((f) => h('option', { attrs: { value: f } }, [FORMAT_INFO[f].label])),
  ]);
  const merge = h('input', { attrs: { type: 'radio', name: 'import-mode', value: 'merge', id: 'import-merge', checked: '' } });
  const replace = h('input', { attrs: { type: 'radio', name: 'import-mode', value: 'replace', id: 'import-replace' } });
  const mode = h('fieldset', {}, [
    h('legend', {}, ['Imported statements']),
    h('div', {}, [merge, h('label', { attrs: { for: 'import-merge' } }, ['Merge with the current graph'])]),
    h('div', {}, [replace, h('label', { attrs: { for: 'import-replace' } }, ['Replace the current graph'])]),
  ]);
  const dropZone = h('div', { class: 'import-drop-zone', attrs: { tabindex: '0' } }, [
    'Drop a Turtle, TriG, N-Triples, N-Quads or JSON-LD file here (or anywhere on the page), or press Enter to pick one.']);
  dropZone.setAttribute('role', 'button');
  // No aria-label: the visible sentence is the accessible name, so speech users can say what they see.
  const progress = h('progress', { attrs: { max: '1', value: '0' } });
  progress.setAttribute('aria-label', 'Import progress');
  progress.hidden = true;
  const cancel = h('button', { text: 'Cancel import', attrs: { type: 'button', hidden: '' } });
  const status = h('p', { class: 'import-status', attrs: { role: 'status' } });
  status.setAttribute('aria-live', 'polite');
  const errorBox = h('p', { class: 'import-error', attrs: { role: 'alert', hidden: '' } });
  const dropNote = h('p', { class: 'import-drop-note', attrs: { hidden: '' } });

  host.append(
    h('h2', {}, ['Import']),
    dropZone,
    h('div', { class: 'import-row' }, [fileLabel, ' ', fileInput]),
    h('div', { class: 'import-row' }, [h('label', { attrs: { for: 'import-format' } }, ['Format']), ' ', formatSelect]),
    mode,
    h('p', { class: 'import-note' }, [
      'The file is read in the background: nothing changes until all of it has parsed. Blank nodes of the file are kept apart from those already loaded; IRIs join.']),
    h('div', { class: 'import-progress' }, [progress, ' ', cancel]),
    dropNote,
    status,
    errorBox,
  );

  let worker: Worker | undefined;
  let cancelCurrent: (() => void) | undefined;
  let running = 0;

  /** One worker, started when the panel mounts so that its code has loaded by the time a file comes. */
  const ensureWorker = (): Worker => {
    worker ??= new Worker(new URL('../../workers/import-worker.ts', import.meta.url), { type: 'module' });
    return worker;
  };

  const setBusy = (busy: boolean): void => {
    fileInput.disabled = busy;
    formatSelect.disabled = busy;
    cancel.hidden = !busy;
    host.setAttribute('aria-busy', String(busy));
  };

  const stopWorker = (): void => {
    worker?.terminate();
    worker = undefined;
  };

  cancel.addEventListener('click', () => {
    stopWorker(); // the only way to stop a parse in progress; the next import starts a new worker
    running++;
    cancelCurrent?.();
    cancelCurrent = undefined;
    setBusy(false);
    progress.hidden = true;
    status.textContent = 'Import cancelled. The graph was not changed.';
    host.dataset.importState = 'cancelled';
  });

  const showError = (message: string, where: { line?: number; column?: number } = {}): void => {
    progress.hidden = true;
    setBusy(false);
    status.textContent = '';
    errorBox.textContent = message;
    errorBox.hidden = false;
    errorBox.dataset.line = String(where.line ?? '');
    errorBox.dataset.column = String(where.column ?? '');
    host.dataset.importState = 'error';
  };

  const run = async (file: File): Promise<void> => {
    if (cancelCurrent) stopWorker(); // an import is still running: it is abandoned
    cancelCurrent?.();
    cancelCurrent = undefined;
    const id = ++running;
    const started = performance.now();
    const chosenMode = replace.checked ? 'replace' : 'merge';
    errorBox.hidden = true;
    errorBox.textContent = '';
    progress.hidden = false;
    progress.value = 0;
    status.textContent = `Reading ${file.name}…`;
    setBusy(true);
    host.dataset.importState = 'running';
    const notRdf = await notRdfMessage(file);
    if (id !== running) return;
    if (notRdf !== null) {
      showError(notRdf);
      return;
    }

    const controller = new AbortController();
    cancelCurrent = () => controller.abort();
    const request: ParseRequest = { type: 'parse', id, file, fileName: file.name, format: formatSelect.value || undefined, blankNodePrefix: freshBlankPrefix() };
    const reply = await exchange(ensureWorker(), request, {
      isFinal: (m: WorkerReply): m is Exclude<WorkerReply, ProgressMessage> => m.id === id && m.type !== 'progress',
      onReply: (message: WorkerReply) => {
        if (message.id !== id || message.type !== 'progress') return;
        // An indeterminate <progress> (no value attribute) animates: the page shows it is working
        if (message.indeterminate) progress.removeAttribute('value');
        else progress.value = message.fraction * WORKER_SHARE;
        status.textContent = message.phase === 'parse' && message.quads !== undefined
          ? `Parsing ${file.name}: ${message.quads.toLocaleString('en')} statements so far…`
          : `${message.phase === 'read' ? 'Reading' : message.phase === 'parse' ? 'Parsing' : 'Preparing'} ${file.name}…`;
      },
      signal: controller.signal,
    }).catch((error: unknown): WorkerReply => {
      if (!(error instanceof WorkerFailedError)) return { type: 'error', id, error: { name: 'Cancelled', message: 'cancelled' } };
      stopWorker(); // a crashed worker is not reused
      return { type: 'error', id, error: { name: 'WorkerError', message: error.message } };
    });
    if (id !== running) return; // cancelled, or overtaken by a newer import
    cancelCurrent = undefined;

    if (reply.type === 'error') {
      showError(describeImportError(reply.error, file.name), reply.error);
      return;
    }
    if (reply.type !== 'done') return;

    const workerDone = performance.now();
    status.textContent = `Decoding ${reply.quadCount.toLocaleString('en')} statements…`;
    const quads = await decodeQuads(reply.encoded, {
      sliceSize: 10_000,
      onProgress: (done, total) => { progress.value = WORKER_SHARE + DECODE_SHARE * (done / Math.max(1, total)); },
      yieldTo: () => new Promise((resolve) => setTimeout(resolve, 0)),
    });
    if (id !== running) return;
    const decoded = performance.now();
    status.textContent = `${chosenMode === 'replace' ? 'Replacing the graph with' : 'Merging'} ${quads.length.toLocaleString('en')} statements…`;
    progress.value = WORKER_SHARE + DECODE_SHARE;
    host.dataset.importState = 'applying';
    // From here the graph changes: a cancel now could not keep its promise that nothing changed.
    cancel.hidden = true;
    host.dataset.importTimings = JSON.stringify({
      readMs: Math.round(reply.timings.readMs), parseMs: Math.round(reply.timings.parseMs), encodeMs: Math.round(reply.timings.encodeMs),
      workerTotalMs: Math.round(workerDone - started), decodeMs: Math.round(decoded - workerDone), quads: quads.length,
    });
    await nextFrame(); // let the bar and the message paint before the graph is rebuilt
    const verb = chosenMode === 'replace' ? 'Replacing the graph' : 'Merging';
    const phaseText = { merge: 'checking for duplicates', build: 'building the graph', draw: 'preparing the drawing', index: 'indexing for search and filters' } as const;
    await context.setQuads(quads, chosenMode, {
      // A large change reports its own phases; the bar's last part is theirs.
      onProgress: (fraction, phase) => {
        progress.value = WORKER_SHARE + DECODE_SHARE + (1 - WORKER_SHARE - DECODE_SHARE) * fraction;
        status.textContent = `${verb}: ${phaseText[phase]} (${quads.length.toLocaleString('en')} statements)…`;
      },
    });
    if (id !== running) return;
    const applied = performance.now();
    progress.value = 1;
    setBusy(false);
    const timings = {
      readMs: Math.round(reply.timings.readMs),
      parseMs: Math.round(reply.timings.parseMs),
      encodeMs: Math.round(reply.timings.encodeMs),
      workerTotalMs: Math.round(workerDone - started),
      decodeMs: Math.round(decoded - workerDone),
      applyMs: Math.round(applied - decoded),
      totalMs: Math.round(applied - started),
    };
    host.dataset.importState = 'done';
    host.dataset.importTimings = JSON.stringify({ ...timings, quads: quads.length, format: reply.format, mode: chosenMode });
    status.textContent = `${chosenMode === 'replace' ? 'Replaced the graph with' : 'Merged'} ${quads.length.toLocaleString('en')} statements from ${file.name} ` +
      `(${FORMAT_INFO[reply.format as keyof typeof FORMAT_INFO]?.label ?? reply.format}) in ${(timings.totalMs / 1000).toFixed(1)} s. ` +
      `The graph now has ${context.getGraph().order.toLocaleString('en')} nodes.`;
    setTimeout(() => { if (id === running) progress.hidden = true; }, 1500);
  };

  ensureWorker();

  const start = (file: File | undefined): void => {
    if (file) void run(file);
  };

  fileInput.addEventListener('change', () => {
    dropNote.hidden = true;
    start(fileInput.files?.[0]);
    fileInput.value = ''; // picking the same file again still fires change
  });
  dropZone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      fileInput.click();
    }
  });
  dropZone.addEventListener('click', () => fileInput.click());

  // Files dropped anywhere on the page come here (ui/page-drop.ts prevents the browser's default from the first frame).
  takeDroppedFiles((file) => {
    dropNote.textContent = `${file.name} was dropped on the page: it is imported here (${replace.checked ? 'replacing' : 'merging with'} the current graph).`;
    dropNote.hidden = false;
    void run(file);
  });
}
