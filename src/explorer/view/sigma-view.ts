// The sigma 4 view: draws the rendering graph; filters, emphasis and selection arrive as sigma states, never as model edits.
import { MultiDirectedGraph } from 'graphology';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, layerPlain, pathCurved, pathLine, pathLoop } from 'sigma/rendering';
import type { CameraView } from '../core/camera/types';
import type { Visibility } from '../core/filters/visibility';
import type { ExplorerSettings } from '../settings';
import type { Emphasis } from './emphasis';
import type { RenderGraph } from './rendering-graph';

export interface ViewEvents {
  clickNode(key: string): void;
  clickStage(): void;
  hover(key: string | null): void;
  cameraMoved(view: CameraView): void;
  /** After every frame drawn. */
  rendered(): void;
}

interface NodeState { isActive: boolean; isSelected: boolean }
interface EdgeState { isActive: boolean }
interface GraphState { hasActive: boolean; hoverActive: boolean; fewActive: boolean; zoomedIn: boolean }

/**
 * Above this many edges the view draws lean: straight lines and loops only, no arrow heads, no curves for parallel
 * edges. With a curved path in the program every edge is drawn as a strip of many segments, and arrow heads add
 * zones; on software WebGL that multiplied the frame time of a 200,000-edge graph by orders of magnitude.
 */
export const LEAN_EDGES_ABOVE = 20_000;

/** Sigma's edge appearance: full (arrows, curves where two nodes share several predicates) or lean (big graphs). */
function edgeDrawing(lean: boolean) {
  if (lean) {
    return {
      primitives: { paths: [pathLine(), pathLoop()], extremities: [], layers: [layerPlain()] },
      base: { path: 'straight', selfLoopPath: 'loop' },
    } as const;
  }
  return {
    primitives: { paths: [pathLine(), pathCurved(), pathLoop()], extremities: [extremityArrow()], layers: [layerPlain()] },
    base: { path: 'straight', selfLoopPath: 'loop', parallelPath: 'curved', head: 'arrow' },
  } as const;
}

function createRenderer(graph: RenderGraph, container: HTMLElement, settings: ExplorerSettings, lean = false) {
  const faded = settings.fadedColor;
  const drawing = edgeDrawing(lean);
  return new Sigma(graph, container, {
    customNodeState: { isActive: false, isSelected: false } as NodeState,
    customEdgeState: { isActive: false } as EdgeState,
    customGraphState: { hasActive: false, hoverActive: false, fewActive: false, zoomedIn: false } as GraphState,
    primitives: { edges: drawing.primitives },
    styles: {
      nodes: [
        {
          ...DEFAULT_STYLES.nodes,
          size: { attribute: 'size' },
          color: { attribute: 'color' },
          label: { attribute: 'label' },
          labelVisibility: 'auto',
          labelColor: '#1f2937',
        },
        { whenState: 'isHidden', then: { visibility: 'hidden' } },
        {
          when: (_a, state, graphState) => graphState.hasActive && !state.isActive,
          then: { color: faded, labelVisibility: 'hidden' },
        },
        { whenState: 'isActive', then: { depth: 'topNodes' } },
        // A small neighbourhood gets all its labels; a large one leaves them to the label grid.
        { when: (_a, state, graphState) => state.isActive && graphState.fewActive, then: { labelVisibility: 'visible' } },
        {
          whenState: 'isSelected',
          then: { label: { attribute: 'fullLabel' }, labelVisibility: 'visible', depth: 'topNodes', backdropVisibility: 'visible' },
        },
        {
          whenState: 'isHovered',
          then: { label: { attribute: 'fullLabel' }, labelVisibility: 'visible', depth: 'topNodes', backdropVisibility: 'visible' },
        },
      ],
      edges: [
        {
          ...DEFAULT_STYLES.edges,
          color: { attribute: 'color' },
          size: { attribute: 'size' },
          label: { attribute: 'label' },
          ...drawing.base,
          labelVisibility: 'hidden',
          labelColor: '#4b5563',
        },
        { whenState: 'isHidden', then: { visibility: 'hidden' } },
        { when: (_a, _s, graphState) => graphState.zoomedIn, then: { labelVisibility: 'auto' } },
        {
          when: (_a, state, graphState) => graphState.hasActive && !state.isActive,
          then: { color: faded, labelVisibility: 'hidden' },
        },
        { whenState: 'isActive', then: { depth: 'topEdges', color: '#6b7280', size: 1.5 } },
        // Edge labels of a neighbourhood only on hover (or zoomed in): around a selection they would pile up.
        // Only around a small neighbourhood: the forty-odd edge labels of a hub such as ODIHR would pile up unread.
        { when: (_a, state, graphState) => state.isActive && graphState.hoverActive && graphState.fewActive, then: { labelVisibility: 'auto' } },
      ],
    },
    settings: {
      // Switched on only while edge labels can show (zoomed in, or hovering): the pass costs frame time.
      renderEdgeLabels: false,
      labelDensity: settings.labelDensity,
      labelGridCellSize: settings.labelGridCellSize,
      labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
      // Large graphs: edges and labels are left out while the camera moves, so panning stays fluid.
      hideEdgesOnMove: graph.size > settings.hideEdgesOnMoveAbove,
      hideLabelsOnMove: graph.size > settings.hideEdgesOnMoveAbove,
      // Depth layers do the stacking; sorting 200,000 edges by zIndex on every process is not worth it on big graphs.
      zIndex: !lean,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      stagePadding: 40,
      itemSizesReference: 'screen',
    } as Record<string, unknown>,
  });
}

export type Renderer = ReturnType<typeof createRenderer>;

/** Sigma methods that draw; replaced on the instance while a big graph is being filled in (see beginBulkLoad). */
interface Drawing { render(): unknown; scheduleRender(): unknown }

export class GraphView {
  private current: Renderer;
  private lean: boolean;
  private suspended = false;
  private active = { nodes: new Set<string>(), edges: new Set<string>() };
  private hidden = { nodes: new Set<string>(), edges: new Set<string>() };
  private selected: string | null = null;

  constructor(
    readonly container: HTMLElement,
    private graph: RenderGraph,
    private readonly settings: ExplorerSettings,
    private readonly events: ViewEvents,
  ) {
    this.lean = graph.size > LEAN_EDGES_ABOVE;
    this.current = createRenderer(graph, container, settings, this.lean);
    this.bind();
  }

  /** The sigma instance (a new one when the view switches between full and lean drawing). */
  get renderer(): Renderer {
    return this.current;
  }

  private bind(): void {
    const r = this.current;
    r.on('clickNode', ({ node }) => this.events.clickNode(node));
    r.on('clickStage', () => this.events.clickStage());
    r.on('enterNode', ({ node }) => this.events.hover(node));
    r.on('leaveNode', () => this.events.hover(null));
    r.on('afterRender', () => this.events.rendered());
    r.getCamera().on('updated', (state) => {
      const zoomedIn = state.ratio <= this.settings.edgeLabelsBelowRatio;
      if (r.getGraphState().zoomedIn !== zoomedIn) {
        r.setGraphState({ zoomedIn });
        this.syncEdgeLabels();
      }
      this.events.cameraMoved({ x: state.x, y: state.y, ratio: state.ratio });
    });
  }

  /**
   * Readies sigma for a graph of `edges` edges while it holds an empty graph (cheap): the lean or full renderer, and
   * the large-graph settings. Set on a big graph, each of these would make sigma re-index every item again.
   */
  private prepareFor(nodes: number, edges: number): void {
    const lean = edges > LEAN_EDGES_ABOVE;
    const large = edges > this.settings.hideEdgesOnMoveAbove;
    // Sizes are screen pixels (settings.minNodeSize..maxNodeSize) for every graph. In graph units (sigma's default)
    // they would follow the layout's extent: a small neighbourhood loaded from a store spreads over a few units and
    // its nodes filled the screen, while a big graph keeping its seed spacing became one blob.
    const reference = 'screen';
    if (lean !== this.lean) {
      const camera = this.current.getCamera().getState();
      this.current.kill();
      this.lean = lean;
      this.current = createRenderer(new MultiDirectedGraph(), this.container, this.settings, lean);
      this.bind();
      this.current.getCamera().setState(camera);
    }
    const s = this.current;
    if (s.getSetting('hideEdgesOnMove') === large && s.getSetting('hideLabelsOnMove') === large && s.getSetting('itemSizesReference') === reference) return;
    this.attach(new MultiDirectedGraph());
    s.setSettings({ hideEdgesOnMove: large, hideLabelsOnMove: large, itemSizesReference: reference });
  }

  private resetStates(graph: RenderGraph): void {
    this.graph = graph;
    this.active = { nodes: new Set(), edges: new Set() };
    this.hidden = { nodes: new Set(), edges: new Set() };
    this.selected = null;
  }

  /**
   * sigma 4.0.4's setGraph leaves its parallel-edge index on the graph the renderer was created with: the index
   * would then never see the new graph's edges (no curves for parallel edges) and adding an edge afterwards throws.
   */
  private attach(graph: RenderGraph): void {
    const index = (this.current as unknown as { edgeGroups?: { graph: unknown } }).edgeGroups;
    if (index) index.graph = graph;
    this.current.setGraph(graph);
  }

  /** Swaps in a new rendering graph (data changed); states are re-applied by the caller. */
  setGraph(graph: RenderGraph): void {
    this.endBulkLoad(false);
    this.resetStates(graph);
    this.prepareFor(graph.order, graph.size);
    this.attach(graph);
  }

  /**
   * Hands sigma an empty rendering graph that the caller fills in slices: sigma indexes each node and edge as it is
   * added (graph events), but draws nothing until endBulkLoad(), so the page is not held by one refresh of the whole.
   */
  beginBulkLoad(graph: RenderGraph, expected: { nodes: number; edges: number }): void {
    this.endBulkLoad(false);
    this.resetStates(graph);
    this.prepareFor(expected.nodes, expected.edges);
    this.attach(graph);
    const drawing = this.current as unknown as Drawing;
    drawing.render = () => this.current;
    drawing.scheduleRender = () => this.current;
    this.suspended = true;
  }

  /** Draws again; the first frame (sigma's processing of everything added) comes on the next animation frame. */
  endBulkLoad(draw = true): void {
    if (!this.suspended) return;
    this.suspended = false;
    const drawing = this.current as unknown as Partial<Drawing>;
    delete drawing.render;
    delete drawing.scheduleRender;
    if (draw) this.current.scheduleRender();
  }

  getGraph(): RenderGraph {
    return this.graph;
  }

  setVisibility(visibility: Visibility): void {
    // Nothing filtered, nothing hidden before: no need to walk 250,000 items of a big graph.
    const all = visibility.nodes.size === this.graph.order && visibility.edges.size === this.graph.size;
    if (all && this.hidden.nodes.size === 0 && this.hidden.edges.size === 0) return;
    const hiddenNodes = new Set<string>();
    this.graph.forEachNode((key) => {
      if (!visibility.nodes.has(key)) hiddenNodes.add(key);
    });
    const hiddenEdges = new Set<string>();
    this.graph.forEachEdge((key) => {
      if (!visibility.edges.has(key)) hiddenEdges.add(key);
    });
    this.applyDiff(this.hidden.nodes, hiddenNodes, (keys, on) => this.current.setNodesState(keys, { isHidden: on }));
    this.applyDiff(this.hidden.edges, hiddenEdges, (keys, on) => this.current.setEdgesState(keys, { isHidden: on }));
    this.hidden = { nodes: hiddenNodes, edges: hiddenEdges };
  }

  setEmphasis(emphasis: Emphasis | null, fromHover = false): void {
    const nodes = emphasis?.nodes ?? new Set<string>();
    const edges = emphasis?.edges ?? new Set<string>();
    this.applyDiff(this.active.nodes, nodes, (keys, on) => this.current.setNodesState(keys, { isActive: on }));
    this.applyDiff(this.active.edges, edges, (keys, on) => this.current.setEdgesState(keys, { isActive: on }));
    this.active = { nodes: new Set(nodes), edges: new Set(edges) };
    const graphState = this.current.getGraphState();
    const hasActive = emphasis !== null;
    const hoverActive = hasActive && fromHover;
    const fewActive = hasActive && nodes.size <= this.settings.maxLabelledNeighbours;
    if (graphState.hasActive !== hasActive || graphState.hoverActive !== hoverActive || graphState.fewActive !== fewActive) {
      this.current.setGraphState({ hasActive, hoverActive, fewActive });
      this.syncEdgeLabels();
    }
  }

  private syncEdgeLabels(): void {
    const state = this.current.getGraphState();
    const wanted = state.zoomedIn || (state.hoverActive && state.fewActive);
    if (this.current.getSetting('renderEdgeLabels') !== wanted) this.current.setSetting('renderEdgeLabels', wanted);
  }

  setSelected(key: string | null): void {
    if (this.selected === key) return;
    if (this.selected !== null && this.graph.hasNode(this.selected)) this.current.setNodeState(this.selected, { isSelected: false });
    this.selected = key !== null && this.graph.hasNode(key) ? key : null;
    if (this.selected !== null) this.current.setNodeState(this.selected, { isSelected: true });
  }

  private applyDiff(before: Set<string>, after: Set<string>, set: (keys: string[], on: boolean) => void): void {
    const off = [...before].filter((k) => !after.has(k) && this.has(k));
    const on = [...after].filter((k) => !before.has(k) && this.has(k));
    if (off.length) set(off, false);
    if (on.length) set(on, true);
  }

  private has(key: string): boolean {
    return this.graph.hasNode(key) || this.graph.hasEdge(key);
  }

  /** Moves the camera onto a node, zooming in if far out. */
  focusNode(key: string): void {
    const data = this.current.getNodeDisplayData(key);
    if (!data) return;
    const camera = this.current.getCamera();
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: this.settings.cameraDuration });
  }

  setCamera(view: CameraView | null): void {
    const camera = this.current.getCamera();
    if (view === null) void camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: this.settings.cameraDuration });
    else camera.setState(view);
  }

  getCamera(): CameraView {
    const { x, y, ratio } = this.current.getCamera().getState();
    return { x, y, ratio };
  }

  kill(): void {
    this.current.kill();
  }
}
