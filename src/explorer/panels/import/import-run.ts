// One import after another: the file checked, parsed in the worker, decoded in slices, then merged or replacing the
// graph, with the bar, the status line and Cancel kept in step; a newer import or Cancel abandons the running one.
import type { ExplorerContext } from '../../context';
import { decodeQuads } from '../../core/data/quad-codec';
import { exchange, WorkerFailedError } from '../../workers/exchange';
import type { ImportForm } from './import-form';
import { applyingText, describeImportError, doneText, workerProgressText, type ImportMode } from './import-messages';
import type { ImportUndo } from './import-undo';
import { notRdfMessage } from './not-rdf';
import type { DoneMessage, ParseRequest, ProgressMessage, WorkerReply } from './protocol';

/** Share of the bar for the worker's part; the rest is decoding on the page and applying the data. */
const WORKER_SHARE = 0.8;
const DECODE_SHARE = 0.15;

let importCounter = 0;

/** A blank node prefix no earlier import (nor the bundled graph) uses: blank nodes of files never merge. */
function freshBlankPrefix(): string {
  importCounter++;
  return `import${importCounter}x${Math.floor(Math.random() * 0x100000).toString(36)}_`;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const ms = (a: number, b: number): number => Math.round(b - a);

export class ImportRunner {
  private worker: Worker | undefined;
  private cancelCurrent: (() => void) | undefined;
  private running = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly form: ImportForm,
    private readonly context: ExplorerContext,
    private readonly undo: ImportUndo,
  ) {
    form.cancel.addEventListener('click', () => this.cancel());
    this.ensureWorker();
  }

  /** One worker, started when the panel mounts so that its code has loaded by the time a file comes. */
  private ensureWorker(): Worker {
    this.worker ??= new Worker(new URL('../../workers/import-worker.ts', import.meta.url), { type: 'module' });
    return this.worker;
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private setBusy(busy: boolean): void {
    this.form.fileInput.disabled = busy;
    this.form.formatSelect.disabled = busy;
    this.form.cancel.hidden = !busy;
    this.host.setAttribute('aria-busy', String(busy));
  }

  private setState(state: 'running' | 'applying' | 'done' | 'error' | 'cancelled'): void {
    this.host.dataset.importState = state;
  }

  private cancel(): void {
    this.stopWorker(); // the only way to stop a parse in progress; the next import starts a new worker
    this.running++;
    this.cancelCurrent?.();
    this.cancelCurrent = undefined;
    this.setBusy(false);
    this.form.progress.hidden = true;
    this.form.status.textContent = 'Import cancelled. The graph was not changed.';
    this.setState('cancelled');
  }

  private showError(message: string, where: { line?: number; column?: number } = {}): void {
    const { progress, status, errorBox } = this.form;
    progress.hidden = true;
    this.setBusy(false);
    status.textContent = '';
    errorBox.textContent = message;
    errorBox.hidden = false;
    errorBox.dataset.line = String(where.line ?? '');
    errorBox.dataset.column = String(where.column ?? '');
    this.setState('error');
  }

  /** Imports `file`, abandoning an import still running. */
  async run(file: File): Promise<void> {
    if (this.cancelCurrent) this.stopWorker(); // an import is still running: it is abandoned
    this.cancelCurrent?.();
    this.cancelCurrent = undefined;
    const id = ++this.running;
    const started = performance.now();
    const mode: ImportMode = this.form.replace.checked ? 'replace' : 'merge';
    this.begin(file);
    const notRdf = await notRdfMessage(file);
    if (id !== this.running) return;
    if (notRdf !== null) return this.showError(notRdf);
    const reply = await this.parse(file, id);
    if (id !== this.running) return; // cancelled, or overtaken by a newer import
    this.cancelCurrent = undefined;
    if (reply.type === 'error') return this.showError(describeImportError(reply.error, file.name), reply.error);
    await this.apply(file, reply, { id, mode, started, workerDone: performance.now() });
  }

  private begin(file: File): void {
    const { errorBox, progress, status } = this.form;
    errorBox.hidden = true;
    errorBox.textContent = '';
    progress.hidden = false;
    progress.value = 0;
    status.textContent = `Reading ${file.name}…`;
    this.setBusy(true);
    this.setState('running');
  }

  /** The worker's job: progress on the bar, then the parsed quads (or the error, a cancel included). */
  private async parse(file: File, id: number): Promise<Exclude<WorkerReply, ProgressMessage>> {
    const controller = new AbortController();
    this.cancelCurrent = () => controller.abort();
    const request: ParseRequest = {
      type: 'parse',
      id,
      file,
      fileName: file.name,
      format: this.form.formatSelect.value || undefined,
      blankNodePrefix: freshBlankPrefix(),
    };
    const { progress, status } = this.form;
    return exchange(this.ensureWorker(), request, {
      isFinal: (m: WorkerReply): m is Exclude<WorkerReply, ProgressMessage> => m.id === id && m.type !== 'progress',
      onReply: (message: WorkerReply) => {
        if (message.id !== id || message.type !== 'progress') return;
        // An indeterminate <progress> (no value attribute) animates: the page shows it is working
        if (message.indeterminate) progress.removeAttribute('value');
        else progress.value = message.fraction * WORKER_SHARE;
        status.textContent = workerProgressText(message, file.name);
      },
      signal: controller.signal,
    }).catch((error: unknown): Exclude<WorkerReply, ProgressMessage> => {
      if (!(error instanceof WorkerFailedError))
        return { type: 'error', id, error: { name: 'Cancelled', message: 'cancelled' } };
      this.stopWorker(); // a crashed worker is not reused
      return { type: 'error', id, error: { name: 'WorkerError', message: error.message } };
    });
  }

  /** Decodes the quads, then changes the graph; from the change on, Cancel is no longer offered. */
  private async apply(
    file: File,
    reply: DoneMessage,
    run: { id: number; mode: ImportMode; started: number; workerDone: number },
  ): Promise<void> {
    const { progress, status } = this.form;
    status.textContent = `Decoding ${reply.quadCount.toLocaleString('en')} statements…`;
    const quads = await decodeQuads(reply.encoded, {
      sliceSize: 10_000,
      onProgress: (done, total) => {
        progress.value = WORKER_SHARE + DECODE_SHARE * (done / Math.max(1, total));
      },
      yieldTo: () => new Promise((resolve) => setTimeout(resolve, 0)),
    });
    if (run.id !== this.running) return;
    const decoded = performance.now();
    const timings = {
      readMs: Math.round(reply.timings.readMs),
      parseMs: Math.round(reply.timings.parseMs),
      encodeMs: Math.round(reply.timings.encodeMs),
      workerTotalMs: ms(run.started, run.workerDone),
      decodeMs: ms(run.workerDone, decoded),
    };
    status.textContent = applyingText(run.mode, quads.length);
    progress.value = WORKER_SHARE + DECODE_SHARE;
    this.setState('applying');
    // From here the graph changes: a cancel now could not keep its promise that nothing changed.
    this.form.cancel.hidden = true;
    this.host.dataset.importTimings = JSON.stringify({ ...timings, quads: quads.length });
    await nextFrame(); // let the bar and the message paint before the graph is rebuilt
    this.undo.remember(file.name, run.mode);
    await this.context.setQuads(quads, run.mode, {
      // A large change reports its own phases; the bar's last part is theirs.
      onProgress: (fraction, phase) => {
        progress.value = WORKER_SHARE + DECODE_SHARE + (1 - WORKER_SHARE - DECODE_SHARE) * fraction;
        status.textContent = applyingText(run.mode, quads.length, phase);
      },
    });
    this.undo.offer();
    if (run.id !== this.running) return;
    const totalMs = ms(run.started, performance.now());
    progress.value = 1;
    this.setBusy(false);
    this.setState('done');
    this.host.dataset.importTimings = JSON.stringify({
      ...timings,
      applyMs: ms(decoded, performance.now()),
      totalMs,
      quads: quads.length,
      format: reply.format,
      mode: run.mode,
    });
    status.textContent = doneText({
      mode: run.mode,
      quads: quads.length,
      fileName: file.name,
      format: reply.format,
      totalMs,
      nodes: this.context.getGraph().order,
    });
    setTimeout(() => {
      if (run.id === this.running) progress.hidden = true;
    }, 1500);
  }
}
