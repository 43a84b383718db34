// The sigma 4 view: draws the rendering graph; filters, emphasis and selection arrive as sigma states, never as model
// edits.
import { MultiDirectedGraph } from 'graphology';
import type { CameraView } from '../core/camera/types';
import type { Visibility } from '../core/filters/visibility';
import type { ExplorerSettings } from '../settings';
import type { Emphasis } from './emphasis';
import type { RenderGraph } from './rendering-graph';
import { edgeShapesToDraw, LEAN_EDGES_ABOVE } from './edge-shapes';
import { createRenderer, type LabelGrid, type Renderer } from './sigma-renderer';
import { coversShapes, type EdgeShapes } from './edge-shapes';
import { bindNodeDrag } from './node-drag';
import {
  repointDragManager,
  pickEdgeAt,
  repointEdgeGroups,
  resumeDrawing,
  setEdgePassSkipped,
  suspendDrawing,
} from './sigma-patches';
import { ViewCamera } from './view-camera';
import { RenderLog } from './render-log';
import { CollidedLabels } from './collided-labels';

export interface ViewEvents {
  clickNode(key: string): void;
  clickStage(): void;
  /** An edge (or its label) clicked: a full drawing only, a big graph has no edge events. */
  clickEdge(key: string): void;
  hover(key: string | null): void;
  cameraMoved(view: CameraView): void;
  /** After every frame drawn. */
  rendered(): void;
  /** A node drag starts, and ends with the node pinned where it was dropped (or not, for a wobbled click). */
  dragStart(key: string): void;
  dragEnd(key: string, pinned: boolean): void;
  /** Right-click on a node, at (x, y) in the graph container (CSS px): the node menu. */
  nodeMenu(key: string, at: { x: number; y: number }): void;
  /** Double-click on a node: true when it was used (explore mode's expand or collapse), so the camera does not zoom. */
  doubleClickNode(key: string): boolean;
}

export class GraphView {
  private current: Renderer;
  private lean: boolean;
  /** The edge shapes the renderer's program draws (edge-shapes.ts): only those its graphs have needed. */
  private shapes: EdgeShapes;
  private suspended = false;
  /** Frames held for the layout's copy of positions (holdFrames). */
  private held = false;
  private active = { nodes: new Set<string>(), edges: new Set<string>() };
  private hidden = { nodes: new Set<string>(), edges: new Set<string>() };
  private selected: string | null = null;
  /** Node labels wait for the first frame with data to be on screen: their glyph atlas is that frame's largest cost. */
  private labelsHeld = true;
  /** The last frames sigma drew (benchmarks tell sigma's drawing from the explorer's work by them). */
  readonly renders = new RenderLog();
  /** Labels hidden because they collided, given back once the camera or the emphasis changes (collided-labels.ts). */
  private readonly collided = new CollidedLabels({
    renderer: () => this.current,
    graph: () => this.graph,
    rank: (key) => (key === this.selected ? 2 : this.active.nodes.has(key) ? 1 : 0),
  });
  /** Camera moves: focus, framing, restore (view-camera.ts), always on the current renderer. */
  private readonly camera: ViewCamera;
  private edgesDrawn = true;
  /** The label grid (Appearance: label density); with `declutter` off, colliding labels are all drawn. */
  private grid: LabelGrid;
  private declutter = true;

  constructor(
    readonly container: HTMLElement,
    private graph: RenderGraph,
    private readonly settings: ExplorerSettings,
    private readonly events: ViewEvents,
  ) {
    this.lean = graph.size > LEAN_EDGES_ABOVE;
    // Made before the data arrives (empty graph): ready for curves, which the bundled graph has, rather than made
    // again.
    this.shapes = graph.order === 0 ? { loops: false, parallel: true, dashes: false } : edgeShapesToDraw(graph);
    this.grid = {
      labelDensity: settings.labelDensity,
      labelGridCellSize: settings.labelGridCellSize,
      labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
    };
    this.current = this.newRenderer(graph);
    this.camera = new ViewCamera(settings, {
      renderer: () => this.current,
      graph: () => this.graph,
      isHidden: (key) => this.hidden.nodes.has(key),
      selected: () => this.selected,
    });
    this.bind();
  }

  /**
   * The sigma instance (a new one when the view switches between full and lean drawing, or needs another edge shape).
   */
  get renderer(): Renderer {
    return this.current;
  }

  private newRenderer(graph: RenderGraph): Renderer {
    return createRenderer(graph, this.container, this.settings, {
      lean: this.lean,
      labels: !this.labelsHeld,
      shapes: this.shapes,
      grid: this.grid,
    });
  }

  /** Sets the label grid (label density) and whether colliding labels are hidden. */
  setLabelGrid(grid: LabelGrid, declutter: boolean): void {
    this.declutter = declutter;
    if (!declutter) this.collided.releaseSoon();
    const same = (Object.keys(grid) as (keyof LabelGrid)[]).every((k) => this.grid[k] === grid[k]);
    this.grid = { ...grid };
    if (!same) this.current.setSettings({ ...grid });
    this.current.scheduleRender();
  }

  private bind(): void {
    const r = this.current;
    bindNodeDrag(r, () => this.graph, {
      dragStart: (key) => this.events.dragStart(key),
      dragEnd: (key, pinned) => this.events.dragEnd(key, pinned),
    });
    r.on('clickNode', ({ node }) => this.events.clickNode(node));
    // A click on no node may be on an edge: picked then, not in every frame (pickEdgeAt, sigma-patches.ts). A big
    // (lean) drawing has no edge clicks.
    r.on('clickStage', ({ event }) => {
      const edge = this.lean ? null : pickEdgeAt(r, event);
      if (edge !== null && this.graph.hasEdge(edge)) this.events.clickEdge(edge);
      else this.events.clickStage();
    });
    r.on('rightClickNode', ({ node, event }) => {
      event.original.preventDefault();
      this.events.nodeMenu(node, { x: event.x, y: event.y });
    });
    r.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      if (this.events.doubleClickNode(node)) preventSigmaDefault();
    });
    r.on('enterNode', ({ node }) => this.events.hover(node));
    r.on('leaveNode', () => this.events.hover(null));
    r.on('beforeRender', () => this.renders.begin(performance.now()));
    r.on('afterRender', () => {
      this.renders.end(performance.now());
      this.hideCollidingLabels();
      this.events.rendered();
    });
    r.getCamera().on('updated', (state) => {
      const zoomedIn = state.ratio <= this.settings.edgeLabelsBelowRatio;
      if (r.getGraphState().zoomedIn !== zoomedIn) {
        r.setGraphState({ zoomedIn });
        this.syncEdgeLabels();
      }
      this.events.cameraMoved({ x: state.x, y: state.y, ratio: state.ratio });
      this.collided.releaseSoon();
    });
  }

  private hideCollidingLabels(): void {
    if (this.lean || this.labelsHeld || !this.declutter) return;
    this.collided.hideColliding();
  }

  /**
   * Readies sigma for a graph of `edges` edges while it holds an empty graph (cheap): the lean or full renderer with
   * the edge shapes it needs, and the large-graph settings. Set on a big graph, each of these would make sigma
   * re-index every item again. A renderer that already draws the shapes needed is kept (a remote expansion that
   * brings no new shape does not pay for a new renderer); a new one draws exactly what is needed.
   */
  private prepareFor(nodes: number, edges: number, shapes: EdgeShapes): void {
    const lean = edges > LEAN_EDGES_ABOVE;
    const large = edges > this.settings.hideEdgesOnMoveAbove;
    // Sizes are screen pixels (settings.minNodeSize..maxNodeSize) for every graph. In graph units (sigma's default)
    // they would follow the layout's extent: a small neighbourhood loaded from a store spreads over a few units and
    // its nodes filled the screen, while a big graph keeping its seed spacing became one blob.
    const reference = 'screen';
    if (lean !== this.lean || !coversShapes(this.shapes, shapes)) {
      const camera = this.current.getCamera().getState();
      this.current.kill();
      [this.lean, this.shapes] = [lean, shapes];
      this.current = this.newRenderer(new MultiDirectedGraph());
      this.bind();
      this.current.getCamera().setState(camera);
    }
    const s = this.current;
    if (
      s.getSetting('hideEdgesOnMove') === large &&
      s.getSetting('hideLabelsOnMove') === large &&
      s.getSetting('itemSizesReference') === reference
    )
      return;
    this.attach(new MultiDirectedGraph());
    s.setSettings({ hideEdgesOnMove: large, hideLabelsOnMove: large, itemSizesReference: reference });
  }

  private resetStates(graph: RenderGraph): void {
    this.graph = graph;
    this.active = { nodes: new Set(), edges: new Set() };
    this.hidden = { nodes: new Set(), edges: new Set() };
    this.selected = null;
    this.collided.clear();
  }

  private attach(graph: RenderGraph): void {
    repointEdgeGroups(this.current, graph);
    repointDragManager(this.current, graph);
    this.setEdgesDrawn(true);
    this.current.setGraph(graph);
  }

  /** Swaps in a new rendering graph (data changed); states are re-applied by the caller. */
  setGraph(graph: RenderGraph): void {
    this.endBulkLoad(false);
    this.resetStates(graph);
    this.prepareFor(graph.order, graph.size, edgeShapesToDraw(graph));
    this.attach(graph);
    if (graph.order > 0) this.releaseLabels();
  }

  /**
   * Hands sigma an empty rendering graph that the caller fills in slices: sigma indexes each node and edge as it is
   * added (graph events), but draws nothing until endBulkLoad(), so the page is not held by one refresh of the whole.
   */
  beginBulkLoad(graph: RenderGraph, expected: { nodes: number; edges: number; shapes: EdgeShapes }): void {
    this.endBulkLoad(false);
    this.resetStates(graph);
    // Edges arrive later, in slices: the caller says which shapes are among them.
    this.prepareFor(expected.nodes, expected.edges, expected.shapes);
    // Labels on now, while sigma holds an empty graph: switched on later (releaseLabels), sigma would re-index every
    // item.
    if (this.labelsHeld) {
      this.labelsHeld = false;
      this.current.setSetting('renderLabels', true).setGraphState({ labelsHeld: false });
    }
    this.attach(graph);
    suspendDrawing(this.current);
    this.suspended = true;
  }

  /** Draws again; the first frame (sigma's processing of everything added) comes on the next animation frame. */
  endBulkLoad(draw = true): void {
    if (!this.suspended) return;
    this.suspended = false;
    resumeDrawing(this.current);
    if (draw) this.releaseLabels();
    if (draw) this.current.scheduleRender();
  }

  /** Labels on once the frame just drawn is presented: the next animation frame, then a task after it. */
  private releaseLabels(): void {
    if (!this.labelsHeld) return;
    this.labelsHeld = false;
    const labelsOn = () =>
      this.current
        .setSetting('renderLabels', true)
        .setGraphState({ labelsHeld: false })
        .once('afterRender', () => performance.mark('osce-kg:labels'));
    requestAnimationFrame(() => setTimeout(labelsOn));
  }

  /**
   * Leaves the edges out of the frames while ForceAtlas2 moves a big graph (asked by the layout controller): on
   * software WebGL drawing 200,000 edges after each position update held the page for seconds (see sigma-patches.ts).
   */
  setEdgesDrawn(drawn: boolean): void {
    setEdgePassSkipped(this.current, !drawn);
    if (this.edgesDrawn !== drawn) this.current.scheduleRender();
    this.edgesDrawn = drawn;
  }

  /**
   * Holds frames back while the layout copies positions in slices (true), then draws once (false). A bulk load's own
   * hold is left to it.
   */
  holdFrames(hold: boolean): void {
    if (hold === this.held) return;
    this.held = hold;
    if (this.suspended) return;
    if (hold) suspendDrawing(this.current);
    else {
      resumeDrawing(this.current);
      this.current.scheduleRender();
    }
  }

  /** The edge shapes the renderer's program draws besides straight lines (see edgeDrawing in sigma-renderer.ts). */
  edgeShapes(): EdgeShapes {
    return { ...this.shapes };
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
    this.collided.releaseSoon();
    const graphState = this.current.getGraphState();
    const hasActive = emphasis !== null;
    const hoverActive = hasActive && fromHover;
    const fewActive = hasActive && nodes.size <= this.settings.maxLabelledNeighbours;
    if (
      graphState.hasActive !== hasActive ||
      graphState.hoverActive !== hoverActive ||
      graphState.fewActive !== fewActive
    ) {
      this.current.setGraphState({ hasActive, hoverActive, fewActive });
      this.syncEdgeLabels();
    }
  }

  private syncEdgeLabels(): void {
    const state = this.current.getGraphState();
    // Not on hover in a big graph: sigma's setSetting re-indexes every node and edge (250,000 items per hover).
    const wanted = state.zoomedIn || (!this.lean && state.hoverActive && state.fewActive);
    if (this.current.getSetting('renderEdgeLabels') !== wanted) this.current.setSetting('renderEdgeLabels', wanted);
  }

  setSelected(key: string | null): void {
    if (this.selected === key) return;
    if (this.selected !== null && this.graph.hasNode(this.selected))
      this.current.setNodeState(this.selected, { isSelected: false });
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
    this.camera.focusNode(key);
  }

  /** Moves the camera so that these nodes (the ones drawn) and their labels fill the canvas (view-camera.ts). */
  frameNodes(keys: readonly string[]): void {
    this.camera.frameNodes(keys);
  }

  setCamera(view: CameraView | null): void {
    this.camera.set(view);
  }

  getCamera(): CameraView {
    return this.camera.get();
  }

  /** Where a node is drawn, in the graph container's pixels; null if it is not drawn. */
  nodeViewportPosition(key: string): { x: number; y: number } | null {
    const data = this.graph.hasNode(key) && !this.hidden.nodes.has(key) ? this.current.getNodeDisplayData(key) : null;
    // Display data are in framed-graph coordinates (sigma 4), hence framedGraphToViewport.
    return data ? this.current.framedGraphToViewport(data) : null;
  }

  kill(): void {
    this.current.kill();
  }
}
