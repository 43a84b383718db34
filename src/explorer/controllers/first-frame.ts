// The first frame drawn with the data: its time goes to the timings, and start() resolves once it is drawn.
import type { Timings } from '../timings';

export class FirstFrame {
  /** Set when data is handed to the view; the next frame drawn is the first with the data. */
  private awaiting = false;
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly timings: Timings,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The data is being handed to the view: the next frame is the one. */
  expect(): void {
    this.awaiting = true;
  }

  /** Sigma drew a frame. */
  rendered(): void {
    if (!this.awaiting) return;
    this.awaiting = false;
    if (this.timings.firstFrame === null) this.timings.firstFrame = this.now();
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  /** Resolves once the first frame with data has been drawn (at once if it has). */
  drawn(): Promise<void> {
    return new Promise((resolve) => {
      if (this.timings.firstFrame !== null) resolve();
      else this.waiters.push(resolve);
    });
  }
}
