// Drives the query worker: loads the dataset, runs queries, and terminates the worker on cancel or timeout.
import { QueryAbortedError, QueryTimeoutError } from '../../../query/limits';
import { exchange, WorkerFailedError } from '../../workers/exchange';
import type { WireResult, WorkerRequest, WorkerResponse } from './protocol';

/** An error raised inside the worker, rebuilt with its name and, for syntax errors, its position. */
export class WorkerQueryError extends Error {
  override name: string;
  constructor(
    name: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
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

export class QueryRunner {
  private worker: Worker | undefined;
  /** Aborts every request to the current worker when it is stopped (the reason is what they reject with). */
  private abort: AbortController | undefined;
  private nextId = 1;
  /** Ids of the requests the worker has not answered yet. */
  private readonly inFlight = new Set<number>();
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
    return this.inFlight.size > 0;
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
    this.inFlight.clear();
    this.abort?.abort(error);
    this.abort = undefined;
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

  private ensureWorker(): { worker: Worker; signal: AbortSignal } {
    if (!this.worker || !this.abort) {
      this.worker = this.createWorker();
      this.abort = new AbortController();
    }
    return { worker: this.worker, signal: this.abort.signal };
  }

  /** One request, answered by the reply with its id: the worker's error reply is thrown as a WorkerQueryError. */
  private request(message: WorkerRequest): Promise<WorkerResponse> {
    const { worker, signal } = this.ensureWorker();
    const id = this.nextId++;
    this.inFlight.add(id);
    const ownReply = (reply: WorkerResponse): reply is WorkerResponse => reply.id === id;
    return exchange<WorkerRequest, WorkerResponse, WorkerResponse>(
      worker,
      { ...message, id },
      { isFinal: ownReply, matches: ownReply, signal },
    )
      .then(
        (response) => {
          if (response.type === 'error')
            throw new WorkerQueryError(response.name, response.message, response.line, response.column);
          return response;
        },
        (error: unknown) => {
          if (!(error instanceof WorkerFailedError)) throw error;
          // The worker itself failed (its script did not load): every request to it fails alike.
          const failed = new WorkerQueryError('WorkerError', `The query worker failed: ${error.message}`);
          this.stop(failed);
          throw failed;
        },
      )
      .finally(() => this.inFlight.delete(id));
  }
}
