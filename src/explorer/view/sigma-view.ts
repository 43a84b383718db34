// The sigma 4 view: draws the rendering graph; filters, emphasis and selection arrive as sigma states, never as model edits.
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

function createRenderer(graph: RenderGraph, container: HTMLElement, settings: ExplorerSettings) {
  const faded = settings.fadedColor;
  return new Sigma(graph, container, {
    customNodeState: { isActive: false, isSelected: false } as NodeState,
    customEdgeState: { isActive: false } as EdgeState,
    customGraphState: { hasActive: false, hoverActive: false, fewActive: false, zoomedIn: false } as GraphState,
    primitives: {
      edges: {
        paths: [pathLine(), pathCurved(), pathLoop()],
        extremities: [extremityArrow()],
        layers: [layerPlain()],
      },
    },
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
          path: 'straight',
          selfLoopPath: 'loop',
          parallelPath: 'curved',
          head: 'arrow',
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
        { when: (_a, state, graphState) => state.isActive && graphState.hoverActive, then: { labelVisibility: 'auto' } },
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
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      stagePadding: 40,
    } as Record<string, unknown>,
  });
}

export type Renderer = ReturnType<typeof createRenderer>;

export class GraphView {
  readonly renderer: Renderer;
  private active = { nodes: new Set<string>(), edges: new Set<string>() };
  private hidden = { nodes: new Set<string>(), edges: new Set<string>() };
  private selected: string | null = null;

  constructor(
    readonly container: HTMLElement,
    private graph: RenderGraph,
    private readonly settings: ExplorerSettings,
    private readonly events: ViewEvents,
  ) {
    this.renderer = createRenderer(graph, container, settings);
    this.bind();
  }

  private bind(): void {
    const r = this.renderer;
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

  /** Swaps in a new rendering graph (data changed); states are re-applied by the caller. */
  setGraph(graph: RenderGraph): void {
    this.graph = graph;
    this.active = { nodes: new Set(), edges: new Set() };
    this.hidden = { nodes: new Set(), edges: new Set() };
    this.selected = null;
    this.renderer.setGraph(graph);
    const large = graph.size > this.settings.hideEdgesOnMoveAbove;
    this.renderer.setSetting('hideEdgesOnMove', large);
    this.renderer.setSetting('hideLabelsOnMove', large);
  }

  getGraph(): RenderGraph {
    return this.graph;
  }

  setVisibility(visibility: Visibility): void {
    const hiddenNodes = new Set<string>();
    this.graph.forEachNode((key) => {
      if (!visibility.nodes.has(key)) hiddenNodes.add(key);
    });
    const hiddenEdges = new Set<string>();
    this.graph.forEachEdge((key) => {
      if (!visibility.edges.has(key)) hiddenEdges.add(key);
    });
    this.applyDiff(this.hidden.nodes, hiddenNodes, (keys, on) => this.renderer.setNodesState(keys, { isHidden: on }));
    this.applyDiff(this.hidden.edges, hiddenEdges, (keys, on) => this.renderer.setEdgesState(keys, { isHidden: on }));
    this.hidden = { nodes: hiddenNodes, edges: hiddenEdges };
  }

  setEmphasis(emphasis: Emphasis | null, fromHover = false): void {
    const nodes = emphasis?.nodes ?? new Set<string>();
    const edges = emphasis?.edges ?? new Set<string>();
    this.applyDiff(this.active.nodes, nodes, (keys, on) => this.renderer.setNodesState(keys, { isActive: on }));
    this.applyDiff(this.active.edges, edges, (keys, on) => this.renderer.setEdgesState(keys, { isActive: on }));
    this.active = { nodes: new Set(nodes), edges: new Set(edges) };
    const graphState = this.renderer.getGraphState();
    const hasActive = emphasis !== null;
    const hoverActive = hasActive && fromHover;
    const fewActive = hasActive && nodes.size <= this.settings.maxLabelledNeighbours;
    if (graphState.hasActive !== hasActive || graphState.hoverActive !== hoverActive || graphState.fewActive !== fewActive) {
      this.renderer.setGraphState({ hasActive, hoverActive, fewActive });
      this.syncEdgeLabels();
    }
  }

  private syncEdgeLabels(): void {
    const state = this.renderer.getGraphState();
    const wanted = state.zoomedIn || state.hoverActive;
    if (this.renderer.getSetting('renderEdgeLabels') !== wanted) this.renderer.setSetting('renderEdgeLabels', wanted);
  }

  setSelected(key: string | null): void {
    if (this.selected === key) return;
    if (this.selected !== null && this.graph.hasNode(this.selected)) this.renderer.setNodeState(this.selected, { isSelected: false });
    this.selected = key !== null && this.graph.hasNode(key) ? key : null;
    if (this.selected !== null) this.renderer.setNodeState(this.selected, { isSelected: true });
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
    const data = this.renderer.getNodeDisplayData(key);
    if (!data) return;
    const camera = this.renderer.getCamera();
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: this.settings.cameraDuration });
  }

  setCamera(view: CameraView | null): void {
    const camera = this.renderer.getCamera();
    if (view === null) void camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: this.settings.cameraDuration });
    else camera.setState(view);
  }

  getCamera(): CameraView {
    const { x, y, ratio } = this.renderer.getCamera().getState();
    return { x, y, ratio };
  }

  kill(): void {
    this.renderer.kill();
  }
}
