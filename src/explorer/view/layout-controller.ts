// ForceAtlas2 in its web worker, started and stopped from the toolbar; noverlap tidies up when it stops.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { MultiDirectedGraph } from 'graphology';
import { forceAtlasSettings } from './initial-layout';
import { withLayoutParams, type LayoutParams } from './layout-params';
import { forEachSliced, nextTask, SliceClock } from './slices';
import type { RenderGraph } from './rendering-graph';

/**
 * Above this many nodes ForceAtlas2 works on a lean copy of the graph, and the drawing takes its positions now and
 * then: written into the drawn graph after every iteration, they made sigma re-style and redraw 50,000 nodes back to
 * back, and the page did not answer for over a minute. The edges are left out of the frames meanwhile (see
 * GraphView.setEdgesDrawn): on software WebGL one frame of 200,000 edges takes seconds, more with ForceAtlas2's
 * worker taking a core.
 */
export const DETACHED_LAYOUT_ABOVE = 5_000;
/** First copy soon (the user sees the layout start), then no more often than this. */
const FIRST_SYNC_MS = 500;
const MIN_SYNC_MS = 700;
/** The page spends at most 1 / (1 + BUSY_FACTOR) of its time taking positions and drawing them. */
const BUSY_FACTOR = 4;
/** How soon to look again when ForceAtlas2 has not moved anything since the last copy. */
const POLL_MS = 200;

type ShadowGraph = MultiDirectedGraph<{ x: number; y: number; size: number; fixed?: boolean }>;

/** What ForceAtlas2 needs of the graph (positions, sizes, pins, the edges), without labels, colours or styles. */
export function leanCopy(graph: RenderGraph): ShadowGraph {
  const shadow: ShadowGraph = new MultiDirectedGraph();
  graph.forEachNode((key, a) => {
    shadow.addNode(key, { x: a.x, y: a.y, size: a.size, ...(a.fixed === true ? { fixed: true } : {}) });
  });
  graph.forEachEdge((key, _a, source, target) => {
    shadow.addDirectedEdgeWithKey(key, source, target);
  });
  return shadow;
}

/** The copy takes the drawing's positions and pins again (a node was dragged, pinned or unpinned since). */
function refreshCopy(shadow: ShadowGraph, graph: RenderGraph): void {
  shadow.updateEachNodeAttributes((key, attrs) => {
    const a = graph.getNodeAttributes(key);
    return { ...attrs, x: a.x, y: a.y, fixed: a.fixed === true };
  });
}

/**
 * Resolves once the frame after now has been drawn and presented, with the main-thread time that took: sigma draws in
 * an animation-frame callback registered before ours, and the browser then holds the thread until the (software) GPU
 * takes the frame, which on a big graph is most of the cost; the first task after the frame ends that.
 */
function nextFrameBusyMs(): Promise<number> {
  if (typeof requestAnimationFrame === 'undefined') return new Promise((resolve) => setTimeout(() => resolve(0), 0));
  return new Promise((resolve) =>
    requestAnimationFrame((frameStart) => {
      void nextTask().then(() => resolve(Math.max(0, performance.now() - frameStart)));
    }),
  );
}

/** What the layout controller may ask of the view that draws its graph. */
export interface LayoutDrawing {
  /** Leaves the edges out of every frame (false), or draws them again (true). */
  setEdgesDrawn(drawn: boolean): void;
  /** Holds frames back while positions are copied in slices (true), then draws the whole move at once (false). */
  holdFrames(hold: boolean): void;
}

/** Main-thread budget of one slice of a position copy (ms). */
const SYNC_SLICE_MS = 40;

export class LayoutController {
  private layout: FA2Layout | null = null;
  private graph: RenderGraph | null = null;
  /** The view drawing `graph`, when there is one: asked for lean frames while a big graph moves. */
  private drawing: LayoutDrawing | null = null;
  /** The copy ForceAtlas2 moves on a big graph, and the timer of the next copy of its positions into the drawing. */
  private shadow: ShadowGraph | null = null;
  private sync: ReturnType<typeof setTimeout> | null = null;
  /** ForceAtlas2 wrote positions into the copy since the drawing last took them. */
  private moved = false;
  /** A copy of positions into the drawing, in slices, under way (the copy is then ahead of the drawing). */
  private copying: Promise<number> | null = null;
  private readonly listeners = new Set<(running: boolean) => void>();
  /** Counts syncs (tests and benchmarks) and the main-thread time the last one cost (copy, then sigma's frame). */
  readonly stats = { syncs: 0, lastSyncMs: 0 };
  /** The user's ForceAtlas2 parameters (Layout menu); unset ones are inferred from the graph. */
  private params: LayoutParams = {};
  /** ForceAtlas2 was running when a node drag began: it goes on once the node is dropped. */
  private pausedForDrag = false;

  /** `tidy` removes the overlaps once ForceAtlas2 stops (off the main thread: see first-layout.ts). */
  constructor(private readonly tidy: (graph: RenderGraph) => void = () => undefined) {}

  /** Lays out `graph` from now on; `drawing` is the view that draws it (none: frames are left alone). */
  attach(graph: RenderGraph, drawing: LayoutDrawing | null = null): void {
    this.kill();
    this.graph = graph;
    this.drawing = drawing;
  }

  isRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    if (!this.graph || this.isRunning()) return;
    if (!this.layout) {
      this.shadow = this.graph.order > DETACHED_LAYOUT_ABOVE ? leanCopy(this.graph) : null;
      const target = this.shadow ?? this.graph;
      this.layout = new FA2Layout(target, { settings: withLayoutParams(forceAtlasSettings(this.graph), this.params) });
      this.shadow?.on('eachNodeAttributesUpdated', () => {
        this.moved = true;
      });
    } else if (this.shadow && this.copying === null) refreshCopy(this.shadow, this.graph);
    // The worker reads positions and `fixed` afresh on each start: a node dragged or pinned since is where it was put.
    this.layout.start();
    if (this.shadow) {
      this.drawing?.setEdgesDrawn(false);
      this.scheduleSync(FIRST_SYNC_MS);
    }
    this.emit();
  }

  stop(): void {
    if (!this.layout || !this.isRunning()) return;
    this.layout.stop();
    if (this.shadow) {
      // The last positions in slices too; the edges come back with the frame that draws them (unless it restarted)
      this.clearTimer();
      void this.copyInSlices().then(() => {
        if (!this.isRunning()) this.drawing?.setEdgesDrawn(true);
      });
    }
    if (this.graph) this.tidy(this.graph);
    this.emit();
  }

  /** The ForceAtlas2 parameters from now on; a running layout goes on with them. */
  setParams(params: LayoutParams): void {
    this.params = { ...params };
    const running = this.isRunning();
    this.discardKeepingPositions();
    if (running) this.start();
  }

  /** The parameters ForceAtlas2 runs with on the current graph: the user's, else those inferred for the graph. */
  effectiveParams(): LayoutParams {
    const all = withLayoutParams(forceAtlasSettings(this.graph ?? new MultiDirectedGraph()), this.params);
    return {
      gravity: all.gravity,
      scalingRatio: all.scalingRatio,
      linLogMode: all.linLogMode ?? false,
      strongGravityMode: all.strongGravityMode ?? false,
    };
  }

  /** A node drag begins: ForceAtlas2 lets go (it would pull the node from under the pointer). */
  pauseForDrag(): void {
    this.pausedForDrag = this.isRunning();
    if (this.pausedForDrag) this.discardKeepingPositions();
  }

  /** The node is dropped (pinned, or not): a layout paused for the drag goes on from the positions now drawn. */
  resumeAfterDrag(): void {
    if (this.pausedForDrag) this.start();
    this.pausedForDrag = false;
  }

  /** Pins changed outside a drag (unpinned): a running layout starts again from them. */
  pinsChanged(): void {
    if (!this.isRunning()) return;
    this.discardKeepingPositions();
    this.start();
  }

  /** Drops the worker without tidying or announcing a stop (a restart follows). */
  private discardKeepingPositions(): void {
    this.stopSync();
    this.discard();
  }

  private discard(): void {
    this.layout?.kill();
    this.layout = null;
    this.clearTimer();
    if (this.shadow) this.drawing?.setEdgesDrawn(true);
    this.shadow = null;
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
    this.discard();
    if (wasRunning) this.emit();
  }

  /**
   * Copies the positions, then waits for the frame that draws them before planning the next copy: a slow frame
   * (a big graph, a busy machine) spaces the copies out instead of queueing them behind each other.
   */
  private scheduleSync(delay: number): void {
    this.clearTimer();
    this.sync = setTimeout(() => {
      this.sync = null;
      // Nothing new from ForceAtlas2 yet (its first iterations on a big graph take a while): look again soon.
      if (!this.moved) return this.scheduleSync(POLL_MS);
      this.moved = false;
      void this.copyInSlices().then(async (syncMs) => {
        // From the frame's start, not from the copy: waiting for the frame itself leaves the page free to answer.
        const drawMs = await nextFrameBusyMs();
        this.stats.lastSyncMs = syncMs + drawMs;
        // For benchmarks and tests (they see the page, not this object): what each copy cost the main thread.
        performance.mark('osce-kg:layout-sync', { detail: { syncMs, drawMs } });
        if (this.isRunning() && this.shadow && this.sync === null) {
          this.scheduleSync(Math.max(MIN_SYNC_MS, this.stats.lastSyncMs * BUSY_FACTOR));
        }
      });
    }, delay);
  }

  /**
   * Copies the positions ForceAtlas2 reached on the copy into the drawn graph a slice at a time, with frames held
   * until the last slice (no frame shows half the graph moved). Each node moved makes sigma re-style it in its graph
   * handler: 50,000 in one update held the page for 750 ms. Resolves with the main-thread time the slices took.
   */
  private copyInSlices(): Promise<number> {
    const { graph, shadow, drawing } = this;
    if (!graph || !shadow) return Promise.resolve(0);
    this.stats.syncs++;
    const keys = graph.nodes();
    let busyMs = 0;
    let sliceStart = performance.now();
    const clock = new SliceClock(SYNC_SLICE_MS, async () => {
      busyMs += performance.now() - sliceStart;
      await nextTask();
      sliceStart = performance.now();
    });
    drawing?.holdFrames(true);
    const copy = (key: string): void => {
      // The layout was dropped meanwhile (a data change): the rest of the copy is for a graph no longer drawn
      if (this.shadow !== shadow || !graph.hasNode(key) || !shadow.hasNode(key)) return;
      const at = shadow.getNodeAttributes(key);
      graph.mergeNodeAttributes(key, { x: at.x, y: at.y });
    };
    this.copying = forEachSliced(keys, copy, clock)
      .then(() => busyMs + performance.now() - sliceStart)
      .finally(() => {
        drawing?.holdFrames(false);
        this.copying = null;
      });
    return this.copying;
  }

  /** Copies the positions ForceAtlas2 reached on the copy into the drawn graph (one update, one redraw). */
  private syncPositions(): void {
    const { graph, shadow } = this;
    if (!graph || !shadow) return;
    this.stats.syncs++;
    graph.updateEachNodeAttributes(
      (key, attrs) => {
        const at = shadow.getNodeAttributes(key);
        attrs.x = at.x;
        attrs.y = at.y;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
  }

  private clearTimer(): void {
    if (this.sync !== null) clearTimeout(this.sync);
    this.sync = null;
  }

  private stopSync(): void {
    if (!this.shadow) return;
    this.clearTimer();
    this.syncPositions();
    this.drawing?.setEdgesDrawn(true);
  }

  private emit(): void {
    for (const l of this.listeners) l(this.isRunning());
  }
}
