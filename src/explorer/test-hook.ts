// The window.__osceKg hook for end-to-end tests and benchmarks (only in the instrumented build: main.ts).
import type { AppParts } from './app';
import { SEARCH_LATENCY_MEASURE } from './ui/search-box';
import { missingSigmaInternals } from './view/sigma-patches';
import type { Timings } from './timings';
import type { FrameComparison } from './bench-hook';
import type { EdgeShapes } from './view/edge-shapes';
import type { RenderSpan } from './view/render-log';
import type { ExplorerContext } from './context';

export interface ExplorerTestHook {
  context: ExplorerContext;
  timings: Timings;
  /** Parses RDF text in the page and hands it to context.setQuads; resolves to the number of quads. */
  loadText(text: string, options?: { format?: string; fileName?: string; mode?: 'replace' | 'merge' }): Promise<number>;
  /** ms from the last search keystroke to its suggestions. */
  searchLatencyMs(): number;
  layout: { start(): void; stop(): void; running(): boolean };
  /** What sigma draws: a node's position in the graph container (CSS px) and the emphasis states applied. */
  view: {
    nodeViewportPosition(key: string): { x: number; y: number } | null;
    /** The node's own (class) colour in the drawn graph, before any fading. */
    nodeColor(key: string): string | null;
    /** The node's label on the canvas (the label grid's, not the selected one's). */
    nodeLabel(key: string): string | null;
    /** The labels sigma draws now, each with the box it takes in the graph container (CSS px). */
    labelBoxes(): { key: string; label: string; x1: number; y1: number; x2: number; y2: number }[];
    emphasis(): {
      hasActive: boolean;
      hoverActive: boolean;
      active: string[];
      activeEdges: string[];
      edgeLabels: boolean;
    };
    /** The shapes the renderer's edge program draws besides straight lines, and the path an edge is drawn with. */
    edgeShapes(): EdgeShapes | null;
    /** The last frames sigma drew (start, ms), for telling its drawing from the explorer's long tasks. */
    renderSpans(): RenderSpan[];
    edgePath(key: string): string | null;
    /**
     * The sigma internals that view/sigma-patches.ts relies on and the live renderer lacks (empty when all are there).
     */
    sigmaInternalsMissing(): string[];
    /** The camera's state now. */
    camera(): { x: number; y: number; ratio: number };
    /** A node in the drawn graph: its layout position, size, colour and whether it is pinned. */
    node(key: string): { x: number; y: number; size: number; color: string; fixed: boolean } | null;
  };
  /** Frame time of the explorer vs bare sigma on the same graph (loads the benchmark code on demand). */
  bench(frames?: number, sigmaSettings?: Record<string, unknown>): Promise<FrameComparison>;
}

declare global {
  interface Window {
    __osceKg?: ExplorerTestHook;
  }
}

function drawnNode(app: AppParts, key: string): ReturnType<ExplorerTestHook['view']['node']> {
  const graph = app.drawing().graph;
  if (!graph.hasNode(key)) return null;
  const a = graph.getNodeAttributes(key);
  return { x: a.x, y: a.y, size: a.size, color: a.color, fixed: a.fixed === true };
}

export function installTestHook(app: AppParts): void {
  window.__osceKg = {
    context: app.context,
    timings: app.timings,
    async loadText(text, options = {}) {
      // Loaded on first use: the parser is not part of the explorer's first script.
      const { parseRdf } = await import('../rdf/parse');
      const quads = await parseRdf(text, { format: options.format as never, fileName: options.fileName });
      await app.context.setQuads(quads, options.mode ?? 'replace');
      return quads.length;
    },
    searchLatencyMs: () => performance.getEntriesByName(SEARCH_LATENCY_MEASURE).at(-1)?.duration ?? Number.NaN,
    layout: app.layout,
    view: viewProbe(app),
    async bench(frames = 10, sigmaSettings = {}) {
      const { compareWithBareSigma } = await import('./bench-hook');
      const { view, graph, container } = app.drawing();
      // Sigma settings to try (benchmark experiments), e.g. { renderEdgeLabels: false }.
      view.renderer.setSettings(sigmaSettings);
      return compareWithBareSigma(view.renderer, graph, container, frames);
    },
  };
}

/** What the tests read of the drawing. */
function viewProbe(app: AppParts): ExplorerTestHook['view'] {
  return {
    nodeViewportPosition(key) {
      const { view } = app.drawing();
      const data = view.renderer.getNodeDisplayData(key);
      // Hidden nodes too (tests aim at where a node would be): display data are in framed-graph coordinates.
      return data ? view.renderer.framedGraphToViewport(data) : null;
    },
    nodeColor(key) {
      const graph = app.drawing().graph;
      return graph.hasNode(key) ? graph.getNodeAttribute(key, 'color') : null;
    },
    nodeLabel(key) {
      const graph = app.drawing().graph;
      return graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : null;
    },
    renderSpans() {
      return app.drawing().view.renders.recent();
    },
    edgeShapes() {
      return app.drawing().view.edgeShapes();
    },
    sigmaInternalsMissing: () => missingSigmaInternals(app.drawing().view.renderer),
    camera: () => app.drawing().view.getCamera(),
    node: (key) => drawnNode(app, key),
    labelBoxes: () => labelBoxes(app),
    emphasis: () => emphasis(app),
    edgePath: (key) => edgePath(app, key),
  };
}

/** The labels sigma drew, as viewport boxes. */
function labelBoxes(app: AppParts): ReturnType<ExplorerTestHook['view']['labelBoxes']> {
  const renderer = app.drawing().view.renderer;
  // Sigma's own measure of its label glyphs (what it draws), as the view's declutter uses.
  const measure = (renderer as unknown as { labelRenderer: { measureNodeLabel(d: unknown): { width: number } } })
    .labelRenderer;
  return [...renderer.getNodeDisplayedLabels()].flatMap((key) => {
    const data = renderer.getNodeDisplayData(key);
    if (!data?.label) return [];
    const at = renderer.framedGraphToViewport(data);
    const half = (data.labelSize ?? 14) / 2;
    const x1 = at.x + data.size + 3;
    return [
      { key, label: data.label, x1, y1: at.y - half, x2: x1 + measure.measureNodeLabel(data).width, y2: at.y + half },
    ];
  });
}

/** What the renderer emphasises now (active nodes and edges, hover). */
function emphasis(app: AppParts): ReturnType<ExplorerTestHook['view']['emphasis']> {
  const renderer = app.drawing().view.renderer;
  const graph = renderer.getGraph();
  const { hasActive, hoverActive } = renderer.getGraphState();
  return {
    hasActive,
    hoverActive,
    active: graph.filterNodes((k) => renderer.getNodeState(k).isActive).sort(),
    activeEdges: graph.filterEdges((k) => renderer.getEdgeState(k).isActive).sort(),
    edgeLabels: renderer.getSetting('renderEdgeLabels') === true,
  };
}

/** The edge shape sigma drew for an edge: its path, parallel path or self-loop path. */
function edgePath(app: AppParts, key: string): ReturnType<ExplorerTestHook['view']['edgePath']> {
  const data = app.drawing().view.renderer.getEdgeDisplayData(key);
  if (!data) return null;
  const graph = app.drawing().graph;
  const [source, target] = graph.extremities(key);
  // Sigma's choice: a self-loop takes selfLoopPath; an edge sharing its two ends with another takes parallelPath.
  if (source === target) return data.selfLoopPath ?? data.path ?? null;
  const parallel = graph.outEdges(source, target).length + graph.outEdges(target, source).length > 1;
  return (parallel ? data.parallelPath : undefined) ?? data.path ?? null;
}
