// Drives the query worker: loads the dataset, runs queries, and terminates the worker on cancel or timeout.
import { QueryAbortedError, QueryTimeoutError } from '../../../query/limits';
import type { WireResult, WorkerRequest, WorkerResponse } from './protocol';

/** An error raised inside the worker, rebuilt with its name and, for syntax errors, its position. */
export class WorkerQueryError extends Error {
  override name: string;
  constructor(name: string, message: string, readonly line?: number, readonly column?: number) {
    super(message);
    this.name = name;
  }
}

export interface RunOptions {
  timeoutMs: number;
  rowLimit: number;
}

export interface RunOutcome {
  result: WireResult;
  /** Time spent in the engine, without loading the data. */
  ms: number;
}

interface Pending {
  resolve(response: WorkerResponse): void;
  reject(error: Error): void;
}

export class QueryRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private loadedVersion = -1;
  private dataVersion = 0;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly nquads: () => string,
    private readonly createWorker: () => Worker,
  ) {}

  /** The dataset changed: the worker reloads it before the next query. */
  dataChanged(): void {
    this.dataVersion += 1;
  }

  get running(): boolean {
    return this.pending.size > 0;
  }

  async run(sparql: string, options: RunOptions): Promise<RunOutcome> {
    // Whatever is still running is not wanted any more.
    if (this.running) this.stop(new QueryAbortedError('Replaced by a new query'));
    await this.ensureLoaded();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new QueryTimeoutError(options.timeoutMs);
        this.stop(error);
        reject(error);
      }, options.timeoutMs);
    });
    try {
      const response = await Promise.race([
        this.request({ type: 'query', id: 0, sparql, rowLimit: options.rowLimit, timeoutMs: options.timeoutMs }),
        timeout,
      ]);
      if (response.type !== 'result') throw new Error(`Unexpected answer from the query worker: ${response.type}`);
      return { result: response.result, ms: response.ms };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops the running query (or load) by terminating the worker; the next query starts a fresh one. */
  cancel(): void {
    this.stop(new QueryAbortedError('Cancelled'));
  }

  dispose(): void {
    this.stop(new QueryAbortedError('Closed'));
  }

  private stop(error: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.loadedVersion = -1;
    this.loading = undefined;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(error);
  }

  private ensureLoaded(): Promise<void> {
    if (this.worker && this.loadedVersion === this.dataVersion) return this.loading ?? Promise.resolve();
    const version = this.dataVersion;
    this.loadedVersion = version;
    this.loading = this.request({ type: 'load', id: 0, nquads: this.nquads() }).then(() => undefined);
    this.loading.catch(() => {
      if (this.loadedVersion === version) this.loadedVersion = -1;
    });
    return this.loading;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      if (response.type === 'error') {
        pending.reject(new WorkerQueryError(response.name, response.message, response.line, response.column));
      } else {
        pending.resolve(response);
      }
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      this.stop(new WorkerQueryError('WorkerError', event.message || 'The query worker failed to start'));
    });
    this.worker = worker;
    return worker;
  }

  private request(message: WorkerRequest): Promise<WorkerResponse> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  }
}
