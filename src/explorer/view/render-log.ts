// The last frames sigma drew, as time spans: what the benchmarks need to tell sigma's own drawing from the explorer's
// work when they look at the main thread's long tasks.

/** One frame drawn: when sigma's render began and how long it ran (ms, performance.now() time). */
export interface RenderSpan {
  start: number;
  ms: number;
}

/** A ring of the last `capacity` spans: bounded, so a long session does not grow it. */
export class RenderLog {
  private readonly spans: RenderSpan[] = [];
  private started: number | null = null;

  constructor(private readonly capacity = 200) {}

  begin(now: number): void {
    this.started = now;
  }

  end(now: number): void {
    if (this.started === null) return;
    this.spans.push({ start: this.started, ms: now - this.started });
    if (this.spans.length > this.capacity) this.spans.shift();
    this.started = null;
  }

  recent(): RenderSpan[] {
    return [...this.spans];
  }
}
