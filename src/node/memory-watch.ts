// Watches the process's resident memory while queries run: Oxigraph's WASM memory lies outside any V8 heap limit.

const CHECK_EVERY_MS = 100;
/** After a stop, time for the terminated worker's memory to be returned before the next check may stop another. */
const COOL_DOWN_MS = 1000;

export class MemoryWatch {
  private timer: ReturnType<typeof setInterval> | undefined;
  private baseline: number | undefined;
  private quietUntil = 0;

  /**
   * `limitMb`: growth allowed over the baseline (the resident memory with the data loaded and no query running);
   * `onExceeded` stops a query and returns whether it did.
   */
  constructor(
    private readonly limitMb: number,
    private readonly onExceeded: () => boolean,
  ) {}

  start(): void {
    this.baseline ??= process.memoryUsage.rss();
    if (this.timer) return;
    this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  /** Takes the current resident memory as the baseline (called when no query runs). */
  rebase(): void {
    this.baseline = process.memoryUsage.rss();
  }

  /** A worker finished loading while queries run: its data is part of the baseline, not a query's growth. */
  raise(): void {
    this.baseline = Math.max(this.baseline ?? 0, process.memoryUsage.rss());
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private check(): void {
    const now = performance.now();
    if (now < this.quietUntil || this.baseline === undefined) return;
    if (process.memoryUsage.rss() - this.baseline <= this.limitMb * 2 ** 20) return;
    if (this.onExceeded()) this.quietUntil = now + COOL_DOWN_MS;
  }
}
