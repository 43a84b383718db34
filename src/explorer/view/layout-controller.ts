// ForceAtlas2 in its web worker, started and stopped from the toolbar; noverlap tidies up when it stops.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { forceAtlasSettings } from './initial-layout';
import type { RenderGraph } from './rendering-graph';

/**
 * Above this many nodes ForceAtlas2 works on a copy of the graph, and the drawing takes its positions every
 * SYNC_MS: written into the drawn graph after every iteration, they made sigma re-style and redraw 50,000 nodes
 * back to back, and the page did not answer for over a minute.
 */
export const DETACHED_LAYOUT_ABOVE = 5_000;
const SYNC_MS = 2_000;

export class LayoutController {
  private layout: FA2Layout | null = null;
  private graph: RenderGraph | null = null;
  /** The copy ForceAtlas2 moves on a big graph, and the timer that copies its positions into the drawing. */
  private shadow: RenderGraph | null = null;
  private sync: ReturnType<typeof setInterval> | null = null;
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
    if (!this.layout) {
      this.shadow = this.graph.order > DETACHED_LAYOUT_ABOVE ? this.graph.copy() : null;
      const target = this.shadow ?? this.graph;
      this.layout = new FA2Layout(target, { settings: forceAtlasSettings(target) });
    }
    this.layout.start();
    if (this.shadow) this.sync = setInterval(() => this.syncPositions(), SYNC_MS);
    this.emit();
  }

  stop(): void {
    if (!this.layout || !this.isRunning()) return;
    this.layout.stop();
    this.stopSync();
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
    if (this.sync !== null) clearInterval(this.sync);
    this.sync = null;
    this.shadow = null;
    if (wasRunning) this.emit();
  }

  /** Copies the positions ForceAtlas2 reached on the copy into the drawn graph (one update, one redraw). */
  private syncPositions(): void {
    const { graph, shadow } = this;
    if (!graph || !shadow) return;
    graph.updateEachNodeAttributes((key, attrs) => {
      const at = shadow.getNodeAttributes(key);
      attrs.x = at.x;
      attrs.y = at.y;
      return attrs;
    }, { attributes: ['x', 'y'] });
  }

  private stopSync(): void {
    if (this.sync === null) return;
    clearInterval(this.sync);
    this.sync = null;
    this.syncPositions();
  }

  private emit(): void {
    for (const l of this.listeners) l(this.isRunning());
  }
}
