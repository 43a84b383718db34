// Cooperative slicing for big data changes: work runs in pieces of a few tens of ms, the page gets the thread in
// between.

/** Resolves in a new task (a message to ourselves: no 4 ms timer clamp), so input and painting can run first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Measures the current slice of work; `due()` says when it is time to give the thread back. */
export class SliceClock {
  private started = performance.now();

  constructor(
    readonly budgetMs = 40,
    private readonly yieldTo: () => Promise<void> = nextTask,
  ) {}

  due(): boolean {
    return performance.now() - this.started >= this.budgetMs;
  }

  async yield(): Promise<void> {
    await this.yieldTo();
    this.started = performance.now();
  }

  /** Yields only if the slice has used its budget. */
  async maybeYield(): Promise<void> {
    if (this.due()) await this.yield();
  }
}

/**
 * Calls `fn` for each item, in slices bounded by the clock's budget (checked every `stride` items);
 * `onProgress(done, total)` after each slice.
 */
export async function forEachSliced<T>(
  items: readonly T[],
  fn: (item: T, index: number) => void,
  clock: SliceClock,
  onProgress?: (done: number, total: number) => void,
  stride = 256,
): Promise<void> {
  for (let i = 0; i < items.length;) {
    const end = Math.min(items.length, i + stride);
    for (; i < end; i++) fn(items[i]!, i); // i < end <= items.length
    if (clock.due() || i === items.length) {
      onProgress?.(i, items.length);
      if (i < items.length) await clock.yield();
    }
  }
}

/**
 * Runs data changes one at a time, in order. A change that may run at once (nothing queued, and `immediate`) runs
 * synchronously to its first await: small changes take effect before setQuads returns, as they always did.
 */
export class ChangeQueue {
  private pending: Promise<void> | null = null;

  run(task: () => Promise<void>, immediate: boolean): Promise<void> {
    if (this.pending === null && immediate) return task();
    const next = (this.pending ?? Promise.resolve()).then(task, task);
    const tracked = next.finally(() => {
      if (this.pending === tracked) this.pending = null;
    });
    this.pending = tracked;
    return next;
  }
}
