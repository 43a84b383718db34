// ForceAtlas2 in its web worker, started and stopped from the toolbar; noverlap tidies up when it stops.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { forceAtlasSettings } from './initial-layout';
import type { RenderGraph } from './rendering-graph';

export class LayoutController {
  private layout: FA2Layout | null = null;
  private graph: RenderGraph | null = null;
  private readonly listeners = new Set<(running: boolean) => void>();

  /** `tidy` removes the overlaps once ForceAtlas2 stops (off the main thread: see first-layout.ts). */
  constructor(private readonly tidy: (graph: RenderGraph) => void = () => undefined) {}

  attach(graph: RenderGraph): void {
    this.kill();
    this.graph = graph;
  }

  isRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    if (!this.graph || this.isRunning()) return;
    this.layout ??= new FA2Layout(this.graph, { settings: forceAtlasSettings(this.graph) });
    this.layout.start();
    this.emit();
  }

  stop(): void {
    if (!this.layout || !this.isRunning()) return;
    this.layout.stop();
    if (this.graph) this.tidy(this.graph);
    this.emit();
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start();
  }

  onChange(listener: (running: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  kill(): void {
    const wasRunning = this.isRunning();
    this.layout?.kill();
    this.layout = null;
    if (wasRunning) this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l(this.isRunning());
  }
}
