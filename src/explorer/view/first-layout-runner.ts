// One first-layout job at a time for the app, announced on <html data-layout> ("running" / "settled") for tests and
// remote mode.
import type { ExplorerSettings } from '../settings';
import { startFirstLayout, type FirstLayoutJob } from './first-layout';
import type { LayoutMode } from './initial-layout';
import type { RenderGraph } from './rendering-graph';

export class FirstLayoutRunner {
  private job: FirstLayoutJob | null = null;

  /** `onSettled` runs when a layout completes (not when it is cancelled or overtaken). */
  constructor(
    private readonly settings: ExplorerSettings,
    private readonly onSettled: () => void,
  ) {}

  /** The first layout, or only noverlap ('overlaps'), in a worker: the page stays responsive meanwhile. */
  run(graph: RenderGraph, mode: LayoutMode = 'full'): void {
    this.cancel();
    document.documentElement.dataset.layout = 'running';
    const job = startFirstLayout(graph, this.settings, mode);
    this.job = job;
    void job.done.then((complete) => {
      if (!complete || this.job !== job) return;
      this.job = null;
      this.onSettled();
      document.documentElement.dataset.layout = 'settled';
    });
  }

  cancel(): void {
    this.job?.cancel();
    this.job = null;
    document.documentElement.dataset.layout = 'settled';
  }
}
