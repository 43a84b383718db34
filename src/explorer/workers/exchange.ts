// One request to a worker and the replies it streams until the one that ends it: the page side of every worker job
// (first layout, off-thread entity graph, file import, and the query engine's loads and queries, matched by id).
// Comlink was considered: these workers stream batches with transferred buffers, which a proxied callback would turn
// into one round trip per batch.

/** The worker failed (its `error` event: a script that did not load, an uncaught exception). */
export class WorkerFailedError extends Error {
  override name = 'WorkerFailedError';
}

export interface ExchangeOptions<Reply, Final extends Reply> {
  /** Buffers moved to the worker with the request instead of copied. */
  transfer?: Transferable[];
  /** The reply that ends the exchange (the promise resolves with it). */
  isFinal(reply: Reply): reply is Final;
  /** Every reply before the final one (progress, batches). */
  onReply?(reply: Reply): void;
  /**
   * Whether a reply answers this request; others are left alone (one worker serving several requests at once, each
   * reply carrying its request's id). Without it, every reply is this request's.
   */
  matches?(reply: Reply): boolean;
  /** Aborting stops listening and rejects with the signal's reason; the caller decides what becomes of the worker. */
  signal?: AbortSignal;
}

/** Posts `request` to `worker`; resolves with the final reply, rejects with WorkerFailedError if the worker fails. */
export function exchange<Request, Reply, Final extends Reply>(
  worker: Worker,
  request: Request,
  options: ExchangeOptions<Reply, Final>,
): Promise<Final> {
  return new Promise<Final>((resolve, reject) => {
    const stop = (): void => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<Reply>): void => {
      if (options.matches && !options.matches(event.data)) return;
      if (!options.isFinal(event.data)) {
        options.onReply?.(event.data);
        return;
      }
      stop();
      resolve(event.data);
    };
    const onError = (event: ErrorEvent): void => {
      event.preventDefault();
      stop();
      reject(new WorkerFailedError(event.message || 'the worker failed'));
    };
    const onAbort = (): void => {
      stop();
      reject(abortReason(options.signal));
    };
    if (options.signal?.aborted) {
      reject(abortReason(options.signal));
      return;
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    options.signal?.addEventListener('abort', onAbort);
    worker.postMessage(request, options.transfer ?? []);
  });
}

/** Why a signal aborted, as an Error: the reason the caller gave, else an AbortError. */
function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error
    ? reason
    : new DOMException(typeof reason === 'string' ? reason : 'aborted', 'AbortError');
}
