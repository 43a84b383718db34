// The first layout, deterministic: seeded positions, a fixed number of ForceAtlas2 iterations, then noverlap
// (run in a web worker by first-layout.ts, so drawing and search never wait for it).
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { hashKey, seedPositions, type Position } from '../../kg/layout';
import type { KgGraph } from '../../kg/to-graph';
import type { ExplorerSettings } from '../settings';
import type { RenderGraph } from './rendering-graph';

/**
 * Positions for every node of the model. Nodes drawn before keep theirs (a merge does not reshuffle the view);
 * new nodes go next to their placed neighbours, else to their seed position scaled to the current drawing.
 */
export function placeNodes(
  model: KgGraph,
  previous: ReadonlyMap<string, Position>,
): { positions: Map<string, Position>; kept: number } {
  const positions = new Map<string, Position>();
  model.forEachNode((key) => {
    const p = previous.get(key);
    if (p) positions.set(key, p);
  });
  const kept = positions.size;
  const seeded = seedPositions(model);
  if (kept === 0) return { positions: seeded, kept };
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const spread = Math.max(maxX - minX, maxY - minY, 1);
  const jitter = (key: string): Position => {
    const h = hashKey(key);
    const angle = ((h & 0xffff) / 0xffff) * 2 * Math.PI;
    const r = spread * (0.03 + 0.04 * ((h >>> 16) / 0xffff));
    return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  };
  // Two passes, so a new node whose neighbours are all new can follow one placed in the first pass.
  for (let pass = 0; pass < 2; pass++) {
    model.forEachNode((key) => {
      if (positions.has(key)) return;
      let sx = 0,
        sy = 0,
        n = 0;
      model.forEachNeighbor(key, (other) => {
        const p = positions.get(other);
        if (p) {
          sx += p.x;
          sy += p.y;
          n++;
        }
      });
      if (n === 0) return;
      const j = jitter(key);
      positions.set(key, { x: sx / n + j.x, y: sy / n + j.y });
    });
  }
  let sMinX = Infinity,
    sMaxX = -Infinity;
  for (const p of seeded.values()) {
    sMinX = Math.min(sMinX, p.x);
    sMaxX = Math.max(sMaxX, p.x);
  }
  const scale = spread / Math.max(sMaxX - sMinX, 1);
  model.forEachNode((key) => {
    if (positions.has(key)) return;
    const s = seeded.get(key) ?? { x: 0, y: 0 };
    positions.set(key, { x: maxX + spread * 0.1 + (s.x - sMinX) * scale * 0.3, y: minY + (s.y - sMinX) * scale * 0.3 });
  });
  return { positions, kept };
}

export function forceAtlasSettings(graph: RenderGraph): ReturnType<typeof forceAtlas2.inferSettings> {
  return { ...forceAtlas2.inferSettings(graph), adjustSizes: false, barnesHutOptimize: graph.order > 500 };
}

/** noverlap with a small margin, so neighbouring nodes do not cover each other. */
export function removeOverlaps(graph: RenderGraph): void {
  if (graph.order === 0) return;
  noverlap.assign(graph, { maxIterations: 60, settings: { margin: 2, ratio: 1.2, expansion: 1.1 } });
}

export function positionsOf(graph: RenderGraph): Map<string, Position> {
  const positions = new Map<string, Position>();
  graph.forEachNode((key, attrs) => positions.set(key, { x: attrs.x, y: attrs.y }));
  return positions;
}

/**
 * What a layout job does: the whole first layout, or only noverlap (after a merge, or when ForceAtlas2 stops).
 * Both run in a worker in the browser; above `initialLayoutMaxNodes` nodes the first layout is coarse (see
 * firstLayoutIterations) and noverlap is left out.
 */
export type LayoutMode = 'full' | 'overlaps';

/** True when a graph this size gets the whole first layout, noverlap included. */
export function layoutApplies(order: number, settings: ExplorerSettings): boolean {
  return order > 0 && order <= settings.initialLayoutMaxNodes;
}

/**
 * Above this many nodes the coarse first layout is left out: sending the graph to the worker and drawing the moved
 * nodes would each hold the page for seconds (50,000 nodes: tens of them). Such a graph is placed by its communities
 * instead, while it is built (community-layout.ts), and arrives laid out.
 */
export const COARSE_LAYOUT_MAX_NODES = 20_000;
/** Work of the coarse first layout: (nodes + edges) × iterations, a few seconds in a worker on a slow machine. */
const COARSE_LAYOUT_BUDGET = 2_000_000;
const COARSE_LAYOUT_MIN_ITERATIONS = 15;

/**
 * ForceAtlas2 iterations of the first layout for a graph this size. A big graph (an import of thousands of nodes)
 * gets a coarse one, fewer iterations within a work budget and no noverlap, rather than landing as the seed's disc.
 */
export function firstLayoutIterations(order: number, size: number, settings: ExplorerSettings): number {
  if (order === 0 || order > COARSE_LAYOUT_MAX_NODES) return 0;
  if (layoutApplies(order, settings)) return settings.initialLayoutIterations;
  const budgeted = Math.floor(COARSE_LAYOUT_BUDGET / (order + size));
  return Math.min(settings.initialLayoutIterations, Math.max(COARSE_LAYOUT_MIN_ITERATIONS, budgeted));
}

/**
 * The layout after a data change: a new picture gets the whole first layout; after a merge only the newcomers'
 * overlaps are removed, unless the newcomers outnumber what was drawn (a big import merged into the small bundled
 * graph), which then moves on from where everything stands.
 */
export function layoutModeAfterChange(kept: number, order: number): LayoutMode {
  return kept === 0 || kept * 2 < order ? 'full' : 'overlaps';
}

/** True when a layout job of this mode has anything to do for this graph (else no worker is started). */
export function layoutJobApplies(graph: RenderGraph, settings: ExplorerSettings, mode: LayoutMode): boolean {
  if (mode === 'overlaps') return layoutApplies(graph.order, settings);
  return firstLayoutIterations(graph.order, graph.size, settings) > 0;
}

/** Runs the whole first layout at once (Node, tests, benchmarks). Same graph, same result. */
export function runInitialLayout(
  graph: RenderGraph,
  settings: ExplorerSettings,
  step = 10,
  mode: LayoutMode = 'full',
): void {
  if (mode === 'overlaps') {
    if (layoutApplies(graph.order, settings)) removeOverlaps(graph);
    return;
  }
  const runner = new InitialLayoutRunner(graph, settings, step);
  while (!runner.step()) {
    /* steps until done */
  }
}

/** The first layout in fixed steps, so the browser can draw between them; the result depends only on the graph. */
export class InitialLayoutRunner {
  private done = 0;
  private readonly total: number;
  private readonly fa2Settings: ReturnType<typeof forceAtlasSettings>;
  private finished = false;
  private readonly applies: boolean;

  constructor(
    private readonly graph: RenderGraph,
    settings: ExplorerSettings,
    private readonly stepSize = 10,
  ) {
    this.applies = layoutApplies(graph.order, settings);
    this.total = firstLayoutIterations(graph.order, graph.size, settings);
    this.fa2Settings = forceAtlasSettings(graph);
  }

  /** Runs one step; returns true once the layout (noverlap included) is complete. */
  step(): boolean {
    if (this.finished) return true;
    if (this.done < this.total) {
      const n = Math.min(this.stepSize, this.total - this.done);
      forceAtlas2.assign(this.graph, { iterations: n, settings: this.fa2Settings });
      this.done += n;
      if (this.done < this.total) return false;
    }
    // noverlap is quadratic-ish in crowded regions: on big graphs it would cost more than it brings.
    if (this.applies) removeOverlaps(this.graph);
    this.finished = true;
    return true;
  }
}
