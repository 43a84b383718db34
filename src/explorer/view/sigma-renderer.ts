// The sigma 4 renderer of the explorer: its edge programs (full or lean) and the styles that turn item states into
// looks.
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, layerPlain, pathCurved, pathLine, pathLoop } from 'sigma/rendering';
import type { ExplorerSettings } from '../settings';
import type { RenderGraph } from './rendering-graph';
import type { EdgeShapes } from './edge-shapes';
import { DASH_ATTRIBUTE, layerCandidateDash } from './candidate-dash-layer';

interface NodeState {
  isActive: boolean;
  isSelected: boolean;
  labelHidden: boolean;
}
interface EdgeState {
  isActive: boolean;
}
interface GraphState {
  hasActive: boolean;
  hoverActive: boolean;
  fewActive: boolean;
  zoomedIn: boolean;
  labelsHeld: boolean;
}

/** Segments of the curve and loop paths: every edge is drawn with as many vertices as the longest (edge-shapes.ts). */
const CURVE_SEGMENTS = 10;
const LOOP_SEGMENTS = 12;
/** A big graph's few self-loops are specks at its scale: coarser loops keep every edge's vertex count low. */
const LEAN_LOOP_SEGMENTS = 6;

/**
 * Sigma's edge appearance: full (arrows, curves where two nodes share several predicates) or lean (big graphs), with
 * only the paths the graph needs. Each path in the program adds its branch to the edge shaders and raises every
 * edge's vertex count to its own (sigma's default loop: 66 vertices per edge, a straight line alone: 4). On software
 * WebGL the frame time follows that count: 1,000 nodes / 4,000 edges went from 1.2× bare sigma to 0.77×.
 */
function edgeDrawing(lean: boolean, shapes: EdgeShapes) {
  const curves = shapes.parallel && !lean;
  const dashes = shapes.dashes && !lean;
  return {
    primitives: {
      paths: [
        pathLine(),
        ...(curves ? [pathCurved({ segments: CURVE_SEGMENTS })] : []),
        ...(shapes.loops ? [pathLoop({ segments: lean ? LEAN_LOOP_SEGMENTS : LOOP_SEGMENTS })] : []),
      ],
      extremities: lean ? [] : [extremityArrow()],
      // Candidate statements dashed, when the graph has any (a full drawing only: a big graph keeps the plainest
      // program). The dash layer on every graph made 1,000 nodes / 4,000 edges 15% slower a frame.
      layers: [dashes ? layerCandidateDash() : layerPlain()],
      ...(dashes ? { variables: { [DASH_ATTRIBUTE]: { type: 'number' as const, default: 0 } } } : {}),
    },
    base: {
      path: 'straight',
      ...(shapes.loops ? { selfLoopPath: 'loop' } : {}),
      ...(curves ? { parallelPath: 'curved' } : {}),
      ...(lean ? {} : { head: 'arrow' }),
      ...(dashes ? { [DASH_ATTRIBUTE]: { attribute: DASH_ATTRIBUTE } } : {}),
    },
  } as const;
}

type EdgeDrawing = ReturnType<typeof edgeDrawing>;

/**
 * A pinned node (dragged into place, node-drag.ts) has a dark ring, so the user sees which ones the layout leaves
 * alone.
 */
const PINNED_LOOK = {
  whenData: { fixed: true },
  then: {
    backdropVisibility: 'visible',
    backdropArea: 'node',
    backdropColor: '#ffffff',
    backdropBorderColor: '#111827',
    backdropBorderWidth: 2,
    backdropPadding: 1,
    backdropShadowBlur: 0,
  },
} as const;

/**
 * Edge labels run beside their line, not over it: over it, the line (a candidate's dashes above all) struck the text
 * through.
 */
const EDGE_LABEL_POSITION = 'above';

/** Every node: its size, colour and label from the rendering graph's attributes (rendering-graph.ts). */
const BASE_NODE_LOOK = {
  ...DEFAULT_STYLES.nodes,
  size: { attribute: 'size' },
  color: { attribute: 'color' },
  label: { attribute: 'label' },
  labelVisibility: 'auto',
  labelColor: '#1f2937',
} as const;

/** Every edge: its look from the rendering graph, its shape from the drawing; labels shown by default or not. */
function baseEdgeLook(drawing: EdgeDrawing, labelVisibility: 'auto' | 'hidden') {
  return {
    ...DEFAULT_STYLES.edges,
    color: { attribute: 'color' },
    size: { attribute: 'size' },
    label: { attribute: 'label' },
    ...drawing.base,
    labelVisibility,
    labelColor: '#4b5563',
    labelPosition: EDGE_LABEL_POSITION,
  } as const;
}

/** The selected or hovered node: its full label, always shown, on top, on a backdrop. */
const SPOTLIGHT = {
  label: { attribute: 'fullLabel' },
  labelVisibility: 'visible',
  depth: 'topNodes',
  backdropVisibility: 'visible',
} as const;

/**
 * A big graph's styles: item states only, no `when` functions. Sigma re-styles every node and edge whenever its graph
 * state changes if any rule reads it, and that state changes on every hover (its own hasHovered flag): 250,000 items
 * per hover. There the emphasised neighbourhood comes to the top with darker edges, and the rest is not faded.
 */
function leanStyles(drawing: EdgeDrawing) {
  return {
    nodes: [
      BASE_NODE_LOOK,
      { whenState: 'isHidden', then: { visibility: 'hidden' } },
      PINNED_LOOK,
      { whenState: 'isActive', then: { depth: 'topNodes' } },
      { whenState: 'isSelected', then: SPOTLIGHT },
      { whenState: 'isHovered', then: SPOTLIGHT },
    ],
    edges: [
      // Labels 'auto': they show only while renderEdgeLabels is on (zoomed in, see syncEdgeLabels).
      baseEdgeLook(drawing, 'auto'),
      { whenState: 'isHidden', then: { visibility: 'hidden' } },
      { whenState: 'isActive', then: { depth: 'topEdges', color: '#374151', size: 1.5 } },
    ],
  } as const;
}

/** Styles of a graph up to LEAN_EDGES_ABOVE edges: what is not emphasised fades, and labels follow the emphasis. */
function fullNodeStyles(faded: string) {
  return [
    BASE_NODE_LOOK,
    { whenState: 'isHidden', then: { visibility: 'hidden' } },
    PINNED_LOOK,
    {
      when: (_a: unknown, state: NodeState, graphState: GraphState) => graphState.hasActive && !state.isActive,
      then: { color: faded, labelVisibility: 'hidden' },
    },
    { whenState: 'isActive', then: { depth: 'topNodes' } },
    // A small neighbourhood gets all its labels; a large one leaves them to the label grid.
    {
      when: (_a: unknown, state: NodeState, graphState: GraphState) => state.isActive && graphState.fewActive,
      then: { labelVisibility: 'visible' },
    },
    // A label that would cover a more important one (label-declutter.ts); the selected and hovered labels stay.
    { whenState: 'labelHidden', then: { labelVisibility: 'hidden' } },
    { whenState: 'isSelected', then: SPOTLIGHT },
    { whenState: 'isHovered', then: SPOTLIGHT },
    // Until the first frame is on screen, no label text at all: sigma builds the glyph atlas of every label when it
    // processes the nodes, whether labels are drawn or not, and that was the largest cost before the first frame.
    { when: (_a: unknown, _s: NodeState, graphState: GraphState) => graphState.labelsHeld, then: { label: '' } },
  ] as const;
}

function fullEdgeStyles(faded: string, drawing: EdgeDrawing) {
  return [
    baseEdgeLook(drawing, 'hidden'),
    { whenState: 'isHidden', then: { visibility: 'hidden' } },
    {
      when: (_a: unknown, _s: EdgeState, graphState: GraphState) => graphState.zoomedIn,
      then: { labelVisibility: 'auto' },
    },
    {
      when: (_a: unknown, state: EdgeState, graphState: GraphState) => graphState.hasActive && !state.isActive,
      then: { color: faded, labelVisibility: 'hidden' },
    },
    { whenState: 'isActive', then: { depth: 'topEdges', color: '#6b7280', size: 1.5 } },
    // Edge labels of a neighbourhood only on hover (or zoomed in): around a selection they would pile up.
    // Only around a small neighbourhood: the forty-odd edge labels of a hub such as ODIHR would pile up unread.
    {
      when: (_a: unknown, state: EdgeState, graphState: GraphState) =>
        state.isActive && graphState.hoverActive && graphState.fewActive,
      then: { labelVisibility: 'auto' },
    },
  ] as const;
}

/** Sigma's settings for this graph: label grid, large-graph shortcuts, camera bounds. */
function rendererSettings(
  graph: RenderGraph,
  settings: ExplorerSettings,
  lean: boolean,
  labels: boolean,
  grid: LabelGrid,
): Record<string, unknown> {
  return {
    // Switched on only while edge labels can show (zoomed in, or hovering): the pass costs frame time.
    renderEdgeLabels: false,
    // Off: an edge is picked when a click hits no node (pickEdgeAt in sigma-patches.ts), not drawn a second time into
    // the picking buffer in every frame.
    enableEdgeEvents: false,
    renderLabels: labels,
    ...grid,
    // Large graphs: edges and labels are left out while the camera moves, so panning stays fluid.
    hideEdgesOnMove: graph.size > settings.hideEdgesOnMoveAbove,
    hideLabelsOnMove: graph.size > settings.hideEdgesOnMoveAbove,
    // Depth layers do the stacking; sorting 200,000 edges by zIndex on every process is not worth it on big graphs.
    zIndex: !lean,
    // Dragging a node moves it (and pins it, node-drag.ts) instead of panning the camera.
    enableNodeDrag: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    stagePadding: 40,
    itemSizesReference: 'screen',
  };
}

/**
 * Sigma's label grid (the Appearance menu's label density): at most `labelDensity` labels a cell, none below the size
 * threshold.
 */
export type LabelGrid = Pick<ExplorerSettings, 'labelDensity' | 'labelGridCellSize' | 'labelRenderedSizeThreshold'>;

export interface RendererOptions {
  lean: boolean;
  labels: boolean;
  shapes: EdgeShapes;
  grid: LabelGrid;
}

export function createRenderer(
  graph: RenderGraph,
  container: HTMLElement,
  settings: ExplorerSettings,
  options: RendererOptions,
) {
  const drawing = edgeDrawing(options.lean, options.shapes);
  return new Sigma(graph, container, {
    customNodeState: { isActive: false, isSelected: false, labelHidden: false },
    customEdgeState: { isActive: false },
    customGraphState: {
      hasActive: false,
      hoverActive: false,
      fewActive: false,
      zoomedIn: false,
      labelsHeld: !options.labels,
    },
    primitives: { edges: drawing.primitives },
    // Copies: sigma's style rules are mutable arrays, the declarations above read-only (literal types kept).
    styles: options.lean
      ? { nodes: [...leanStyles(drawing).nodes], edges: [...leanStyles(drawing).edges] }
      : { nodes: [...fullNodeStyles(settings.fadedColor)], edges: [...fullEdgeStyles(settings.fadedColor, drawing)] },
    settings: rendererSettings(graph, settings, options.lean, options.labels, options.grid),
  });
}

export type Renderer = ReturnType<typeof createRenderer>;
