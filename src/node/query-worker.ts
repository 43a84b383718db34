// SPARQL engine in a worker thread: Oxigraph cannot be interrupted on its own thread, so a query past its time limit
// is stopped by terminating the worker; a fresh worker is loaded again with the same dataset on the next query.
import type { Worker } from 'node:worker_threads';
import type { Quad } from '@rdfjs/types';
import type { QueryResult, SparqlEngine } from '../query/engine';
import {
  DEFAULT_LIMITS,
  QueryAbortedError,
  QueryError,
  QueryEvaluationError,
  QueryResourceError,
  QueryTimeoutError,
  ReadOnlyError,
} from '../query/limits';
import { toQueryError } from '../query/oxigraph-engine';
import { queryForm } from '../query/query-form';
import { readNTriples } from '../query/canonical-ntriples';
import { parseSparqlJson } from '../query/results-json';
import { quadsToNQuads } from '../query/terms';
import type { FromWorker, ToWorker, WorkerLoadItem } from './query-worker-protocol';
import { spawnQueryWorker, takeEarlyWorker } from './query-worker-spawn';
import { serializedBindings, serializedQuads, type WorkerQueryOptions } from './query-worker-serialized';

export interface WorkerEngineOptions {
  /** Default graph = union of all graphs (default true), as in the in-thread Oxigraph engine. */
  unionDefaultGraph?: boolean;
  /** Time limit when a query gives none (default DEFAULT_LIMITS.timeoutMs). */
  timeoutMs?: number;
  /** The worker's V8 heap cap in MB (a query past it fails with QueryResourceError; the worker is replaced). */
  heapLimitMb?: number;
}

/** Oxigraph rejected one load item (its index in the list given to `loadItems`); nothing was loaded. */
export class WorkerLoadError extends QueryEvaluationError {
  constructor(
    readonly index: number,
    readonly reason: string,
  ) {
    super(`the query worker could not load item ${index}: ${reason}`);
    this.name = 'WorkerLoadError';
  }
}

interface Running {
  worker: Worker;
  ready: Promise<void>;
}

export class WorkerSparqlEngine implements SparqlEngine {
  private items: WorkerLoadItem[] = [];
  private running: Running | undefined;
  /** A worker started ahead of its data (see warmUp): compiling Oxigraph's WASM overlaps reading the files. */
  private spare: Worker | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  /** Milliseconds the last worker took to load the dataset (for reports). */
  lastLoadMs = 0;
  /** Number of workers started so far (a timeout costs one). */
  workersStarted = 0;
  /** Stops the running query with an error (set while one runs). */
  private stopRunning: ((error: QueryError) => void) | undefined;

  constructor(private readonly options: WorkerEngineOptions = {}) {}

  /** Replaces the dataset; the worker is (re)started and loaded now. */
  async load(quads: Quad[]): Promise<void> {
    this.loadText(quadsToNQuads(quads, this.options.unionDefaultGraph ?? true));
    await this.start().ready;
  }

  /** Replaces the dataset with N-Quads text as it is (no default-graph copies are added). */
  loadText(nquads: string): void {
    this.items = [{ data: nquads, format: 'application/n-quads' }];
    this.stop();
  }

  /**
   * Replaces the dataset with items Oxigraph parses in the worker (each its own blank node scope); named-graph
   * statements of items flagged `namedGraphs` are copied to the default graph there. Resolves once loaded;
   * rejects with WorkerLoadError naming the first item Oxigraph rejected. Items are copied to the worker
   * (not transferred): they are kept to reload a worker that a timeout terminated.
   */
  async loadItems(items: WorkerLoadItem[]): Promise<void> {
    this.items = items;
    this.stop();
    await this.start().ready;
  }

  /** `options.keepText` (WorkerQueryOptions): the result keeps the worker's text, see serializedText. */
  query(sparql: string, options: WorkerQueryOptions = {}): Promise<QueryResult> {
    // One query at a time per worker; a terminated worker must not take queued queries with it.
    const run = this.tail.then(
      () => this.run(sparql, options),
      () => this.run(sparql, options),
    );
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Starts a worker now, before the data is known: the thread boots and compiles Oxigraph (a few hundred
   * milliseconds) while the caller reads and prepares files; the next load uses it. Idle, it keeps no process alive.
   */
  warmUp(): void {
    if (this.running || this.spare) return;
    this.spare = this.spawn();
    this.spare.unref();
  }

  /** True while a worker is there (after a timeout, abort or crash it is gone until the next load or query). */
  get alive(): boolean {
    return this.running !== undefined;
  }

  /** Stops the query running now, if any, with `error`; its worker is terminated (see alive). */
  stopQuery(error: QueryError): boolean {
    if (!this.stopRunning) return false;
    this.stopRunning(error);
    return true;
  }

  async close(): Promise<void> {
    this.stop();
    if (this.spare) void this.spare.terminate();
    this.spare = undefined;
  }

  private spawn(): Worker {
    // A worker a command booted before loading its modules, if there is one (see bootQueryWorkerEarly)
    const heapLimitMb = this.options.heapLimitMb;
    const worker = heapLimitMb
      ? spawnQueryWorker({ maxOldGenerationSizeMb: heapLimitMb })
      : (takeEarlyWorker() ?? spawnQueryWorker());
    this.workersStarted += 1;
    // A crash while idle must not become an unhandled 'error' event: drop the worker, the next query starts another.
    worker.on('error', () => {
      if (this.running?.worker === worker) this.running = undefined;
      if (this.spare === worker) this.spare = undefined;
    });
    return worker;
  }

  private start(): Running {
    if (this.running) return this.running;
    const worker = this.spare ?? this.spawn();
    this.spare = undefined;
    worker.ref();
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: FromWorker) => {
        if (message.type !== 'loaded' && message.type !== 'loadFailed') return;
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.unref();
        if (message.type === 'loadFailed') {
          if (this.running?.worker === worker) this.stop();
          reject(new WorkerLoadError(message.index, message.message));
          return;
        }
        this.lastLoadMs = message.ms;
        resolve();
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        if (this.running?.worker === worker) this.running = undefined;
        reject(new QueryEvaluationError(`query worker failed to start: ${error.message}`));
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
    });
    ready.catch(() => undefined);
    const load: ToWorker = {
      type: 'load',
      items: this.items,
      unionDefaultGraph: this.options.unionDefaultGraph ?? true,
    };
    worker.postMessage(load);
    this.running = { worker, ready };
    return this.running;
  }

  private stop(): void {
    if (!this.running) return;
    void this.running.worker.terminate();
    this.running = undefined;
  }

  private async run(sparql: string, options: WorkerQueryOptions): Promise<QueryResult> {
    if (options.signal?.aborted) throw new QueryAbortedError('query aborted before it started');
    const form = queryForm(sparql);
    if (form === 'update') throw new ReadOnlyError();
    const running = this.start();
    const { worker } = running;
    worker.ref();
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
    const rowLimit = options.rowLimit ?? DEFAULT_LIMITS.rowLimit;
    const id = this.nextId++;
    try {
      // The clock starts once the worker holds the data: after a timeout, reloading a large dataset must not
      // use up the next query's time (which would kill and reload the worker again, forever).
      return await new Promise<QueryResult>((resolve, reject) => {
        let settled = false;
        const cleanup = () => {
          settled = true;
          this.stopRunning = undefined;
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          options.signal?.removeEventListener('abort', onAbort);
        };
        const kill = (error: QueryError) => {
          cleanup();
          if (this.running?.worker === worker) this.stop();
          reject(error);
        };
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onAbort = () => kill(new QueryAbortedError('query aborted'));
        const onError = (error: Error) =>
          kill(
            (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new QueryResourceError(
                  'memory',
                  `query stopped: the query worker ran out of its ${this.options.heapLimitMb ?? ''} MB heap`.replace(
                    '  ',
                    ' ',
                  ),
                )
              : new QueryEvaluationError(`query worker crashed: ${error.message}`),
          );
        const onExit = (code: number) => kill(new QueryEvaluationError(`query worker exited with code ${code}`));
        const onMessage = (message: FromWorker) => {
          if (message.type === 'loaded' || message.type === 'loadFailed' || message.id !== id) return;
          if (message.type === 'error') {
            const error = toQueryError(new Error(message.message), sparql);
            // A panic leaves Oxigraph's WASM instance unusable and its memory grown: replace the worker
            if (error instanceof QueryResourceError) return kill(error);
            cleanup();
            reject(error);
            return;
          }
          cleanup();
          try {
            resolve(this.decode(message, rowLimit, options.keepText === true));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
        options.signal?.addEventListener('abort', onAbort);
        this.stopRunning = kill;
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        running.ready.then(
          () => {
            if (settled) return;
            timer = setTimeout(() => kill(new QueryTimeoutError(timeoutMs)), timeoutMs);
            const request: ToWorker = {
              type: 'query',
              id,
              sparql,
              form,
              rowLimit,
              dataset: options.dataset,
              keepText: options.keepText,
            };
            worker.postMessage(request);
          },
          (error: unknown) => kill(error instanceof QueryError ? error : new QueryEvaluationError(String(error))),
        );
      });
    } finally {
      if (this.running?.worker === worker) worker.unref();
    }
  }

  private decode(
    message: Exclude<FromWorker, { type: 'loaded' | 'loadFailed' | 'error' }>,
    rowLimit: number,
    keepText: boolean,
  ): QueryResult {
    switch (message.type) {
      case 'boolean':
        return { kind: 'boolean', value: message.value };
      case 'bindings': {
        // Cut exactly by the worker: read into terms only if the caller asks for rows
        if (message.exact) return serializedBindings(message.json, message.truncated, rowLimit);
        // Small results come uncut from the worker: the limit is applied here, in the one parse they get
        const result = parseSparqlJson(message.json, rowLimit);
        // An ASK answer passed through uncut reads as a boolean here
        if (result.kind !== 'bindings') return result;
        return { ...result, truncated: message.truncated || result.truncated };
      }
      case 'quads': {
        // The worker cuts N-Triples exactly (one line per triple)
        if (keepText) return serializedQuads(message.nquads, message.truncated, rowLimit);
        const { quads, total } = readNTriples(message.nquads, rowLimit);
        return { kind: 'quads', quads, truncated: message.truncated || total > rowLimit };
      }
    }
  }
}

/** The worker engine, loaded with `quads` (resolves once the worker holds the dataset). */
export async function createWorkerEngine(
  quads: Quad[] = [],
  options?: WorkerEngineOptions,
): Promise<WorkerSparqlEngine> {
  const engine = new WorkerSparqlEngine(options);
  await engine.load(quads);
  return engine;
}
