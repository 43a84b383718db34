// A pool of query workers for the server: N workers plus one for short queries, a bounded queue, limits from arrival.
import type { QueryResult, SparqlEngine } from '../query/engine';
import { DEFAULT_LIMITS, QueryAbortedError, QueryError, QueryResourceError, QueryTimeoutError } from '../query/limits';
import type { WorkerLoadItem } from './query-worker-protocol';
import { WorkerSparqlEngine } from './query-worker';
import type { WorkerQueryOptions } from './query-worker-serialized';
import { MemoryWatch } from './memory-watch';

export interface QueryPoolOptions {
  /** Workers that take any query (default: one per core, chosen by the caller). */
  workers: number;
  /** Queries that may wait for a worker; one more is refused with PoolBusyError (default 4 per worker). */
  queueLimit?: number;
  /**
   * The extra short-query worker stops a query after this long (default 250 ms) and puts it back in the queue for
   * the other workers, marked long: a few runaway queries then never hold every worker a cheap query could use.
   * 0: no short-query worker.
   */
  shortLimitMs?: number;
  /** Time limit when a query gives none. */
  timeoutMs?: number;
  /** How far the process's memory may grow past the loaded dataset's, in MB, before the longest query is stopped. */
  memoryLimitMb?: number;
  unionDefaultGraph?: boolean;
  log?: (line: string) => void;
  /** Called once every worker holds the data (the first one answers queries before that). */
  onLoaded?: (workers: number) => void;
}

/** Every worker is busy and the queue is full: answer 503 and ask the client to come back later. */
export class PoolBusyError extends QueryError {
  override name = 'PoolBusyError';

  constructor(
    readonly retryAfterSeconds: number,
    queueLimit: number,
  ) {
    super(
      `the endpoint is busy: every query worker is taken and ${queueLimit} queries are waiting; try again in ${retryAfterSeconds} s`,
    );
  }
}

interface Job {
  sparql: string;
  options: WorkerQueryOptions;
  /** When the query arrived: its time limit counts from here, whatever it waits for. */
  deadline: number;
  timeoutMs: number;
  /** It went past the short-query worker's limit once: only the other workers take it now. */
  long: boolean;
  resolve(result: QueryResult): void;
  reject(error: unknown): void;
  /** Undoes the waiting job's deadline timer and abort listener. */
  leaveQueue?: () => void;
}

interface Slot {
  engine: WorkerSparqlEngine;
  short: boolean;
  job?: Job;
  startedAt: number;
  loading?: Promise<void>;
  failed?: boolean;
}

const DEFAULT_SHORT_LIMIT_MS = 250;
/** Query texts remembered as long (past the short limit or stopped at their time limit). */
const KNOWN_LONG_TEXTS = 256;

export class QueryWorkerPool implements SparqlEngine {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private items: WorkerLoadItem[] = [];
  private readonly watch: MemoryWatch;
  private closed = false;
  /**
   * Texts that went long before: a client sending the same runaway again is not tried on the short-query worker
   * (each try there costs that worker a reload of the data, during which cheap queries wait).
   */
  private readonly knownLong = new Set<string>();

  /**
   * A worker that holds the data and takes no query: it replaces a stopped one at once (loading the data again
   * takes seconds for a large dataset, while queries wait); a new spare then loads in the background.
   */
  private spare: WorkerSparqlEngine | undefined;
  private spareLoading = false;
  private readonly newEngine: () => WorkerSparqlEngine;

  constructor(
    private readonly options: QueryPoolOptions,
    heapLimitMb?: number,
  ) {
    this.newEngine = () => new WorkerSparqlEngine({ unionDefaultGraph: options.unionDefaultGraph, heapLimitMb });
    const make = (short: boolean): Slot => ({
      engine: this.newEngine(),
      short,
      startedAt: 0,
    });
    const regular = Array.from({ length: Math.max(1, options.workers) }, () => make(false));
    this.slots = options.shortLimitMs === 0 ? regular : [...regular, make(true)];
    this.watch = new MemoryWatch(options.memoryLimitMb ?? 1024, () => this.stopLongestQuery());
  }

  get queueLimit(): number {
    return this.options.queueLimit ?? 4 * this.options.workers;
  }

  /** Queries waiting, queries running, workers started so far (reloads after a stop included). */
  stats(): { queued: number; running: number; workersStarted: number } {
    return {
      queued: this.queue.length,
      running: this.slots.filter((s) => s.job).length,
      workersStarted: this.slots.reduce((sum, s) => sum + s.engine.workersStarted, 0),
    };
  }

  warmUp(): void {
    for (const slot of this.slots) slot.engine.warmUp();
  }

  /**
   * Loads the dataset: resolves once the first worker holds it (its WorkerLoadError if Oxigraph rejects an item);
   * the others load meanwhile and take queries as they become ready.
   */
  async loadItems(items: WorkerLoadItem[]): Promise<void> {
    this.items = items;
    const [first, ...rest] = this.slots;
    if (first === undefined) throw new Error('the query pool has no worker');
    await this.reload(first, true);
    void Promise.all(rest.map((slot) => this.reload(slot))).then(() => {
      if (this.closed) return;
      this.options.onLoaded?.(this.slots.length);
      this.refillSpare();
    });
  }

  query(sparql: string, options: WorkerQueryOptions = {}): Promise<QueryResult> {
    if (this.closed) return Promise.reject(new QueryAbortedError('the query pool is closed'));
    if (options.signal?.aborted) return Promise.reject(new QueryAbortedError('query aborted before it started'));
    if (this.queue.length >= this.queueLimit && !this.slots.some((s) => this.idle(s) && !s.short)) {
      return Promise.reject(new PoolBusyError(this.retryAfterSeconds(), this.queueLimit));
    }
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
    return new Promise<QueryResult>((resolve, reject) => {
      this.enqueue({
        sparql,
        options,
        deadline: performance.now() + timeoutMs,
        timeoutMs,
        long: this.knownLong.has(sparql),
        resolve,
        reject,
      });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.watch.stop();
    for (const job of this.queue.splice(0)) {
      job.leaveQueue?.();
      job.reject(new QueryAbortedError('the query pool is closed'));
    }
    await Promise.all([...this.slots.map((s) => s.engine.close()), this.spare?.close()]);
  }

  private idle(slot: Slot): boolean {
    return !slot.job && !slot.loading && !slot.failed && slot.engine.alive;
  }

  /** Queued in arrival order, with a timer for its deadline and a listener for its abort signal. */
  private enqueue(job: Job): void {
    const leave = () => {
      const at = this.queue.indexOf(job);
      if (at >= 0) this.queue.splice(at, 1);
      job.leaveQueue?.();
    };
    const timer = setTimeout(
      () => {
        leave();
        job.reject(new QueryTimeoutError(job.timeoutMs));
      },
      Math.max(0, job.deadline - performance.now()),
    );
    const onAbort = () => {
      leave();
      job.reject(new QueryAbortedError('query aborted while it waited for a worker'));
    };
    job.options.signal?.addEventListener('abort', onAbort, { once: true });
    job.leaveQueue = () => {
      clearTimeout(timer);
      job.options.signal?.removeEventListener('abort', onAbort);
      job.leaveQueue = undefined;
    };
    const at = this.queue.findIndex((waiting) => waiting.deadline - waiting.timeoutMs > job.deadline - job.timeoutMs);
    this.queue.splice(at < 0 ? this.queue.length : at, 0, job);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.idle(slot)) continue;
      // The short-query worker takes the newest query not known to be long: a cheap query just sent goes first
      const at = slot.short ? this.queue.findLastIndex((queued) => !queued.long) : 0;
      const [job] = at < 0 ? [] : this.queue.splice(at, 1);
      if (job === undefined) continue;
      job.leaveQueue?.();
      this.run(slot, job);
    }
    if (this.slots.some((s) => s.job)) this.watch.start();
    else if (!this.slots.some((s) => s.loading !== undefined)) this.watch.rebase();
  }

  private run(slot: Slot, job: Job): void {
    const remaining = job.deadline - performance.now();
    if (remaining <= 0) return job.reject(new QueryTimeoutError(job.timeoutMs));
    const shortLimit = this.options.shortLimitMs ?? DEFAULT_SHORT_LIMIT_MS;
    const cut = slot.short && remaining > shortLimit;
    slot.job = job;
    slot.startedAt = performance.now();
    slot.engine
      .query(job.sparql, { ...job.options, timeoutMs: cut ? shortLimit : remaining })
      .then(
        (result) => job.resolve(result),
        (error: unknown) => {
          if (error instanceof QueryTimeoutError) this.rememberLong(job.sparql);
          if (cut && error instanceof QueryTimeoutError) {
            job.long = true;
            this.enqueue(job);
          } else job.reject(error instanceof QueryTimeoutError ? new QueryTimeoutError(job.timeoutMs) : error);
        },
      )
      .finally(() => {
        slot.job = undefined;
        // Stopped (time limit, abort, memory, a panic): the worker is gone; a fresh one loads the data now
        if (!slot.engine.alive && !this.closed) this.replace(slot);
        this.dispatch();
      });
  }

  private rememberLong(sparql: string): void {
    this.knownLong.delete(sparql);
    this.knownLong.add(sparql);
    if (this.knownLong.size > KNOWN_LONG_TEXTS) this.knownLong.delete(this.knownLong.values().next().value!);
  }

  /** A stopped slot takes the spare (ready now) if there is one, else loads the data again. */
  private replace(slot: Slot): void {
    const spare = this.spare;
    if (!spare?.alive) {
      void this.reload(slot);
      return;
    }
    this.spare = undefined;
    void slot.engine.close();
    slot.engine = spare;
    this.refillSpare();
  }

  private refillSpare(): void {
    if (this.closed || this.spare || this.spareLoading) return;
    this.spareLoading = true;
    const engine = this.newEngine();
    engine.loadItems(this.items).then(
      () => {
        this.spareLoading = false;
        if (this.closed) return void engine.close();
        this.spare = engine;
        this.watch.raise();
      },
      () => {
        this.spareLoading = false;
        void engine.close();
      },
    );
  }

  private reload(slot: Slot, rethrow = false): Promise<void> {
    const loading = slot.engine.loadItems(this.items).then(
      () => {
        slot.loading = undefined;
        slot.failed = false;
        this.watch.raise();
        this.dispatch();
      },
      (error: unknown) => {
        slot.loading = undefined;
        slot.failed = true;
        if (rethrow) throw error;
        this.options.log?.(
          `query worker failed to load the dataset: ${error instanceof Error ? error.message : String(error)}`,
        );
      },
    );
    slot.loading = loading;
    return loading;
  }

  /** The memory watch went off: stop the query that has run longest (the one most likely to be growing). */
  private stopLongestQuery(): boolean {
    const busy = this.slots.filter((s) => s.job).sort((a, b) => a.startedAt - b.startedAt)[0];
    if (!busy) return false;
    const limit = this.options.memoryLimitMb ?? 1024;
    return busy.engine.stopQuery(
      new QueryResourceError(
        'memory',
        `query stopped: the server's memory grew more than ${limit} MB past the loaded data (its memory limit)`,
      ),
    );
  }

  private retryAfterSeconds(): number {
    const now = performance.now();
    const soonest = Math.min(...this.slots.filter((s) => s.job).map((s) => s.job!.deadline - now));
    return Math.min(60, Math.max(1, Math.ceil((Number.isFinite(soonest) ? soonest : 1000) / 1000)));
  }
}
