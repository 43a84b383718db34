// The rendering graph: derived from the model graph and the appearance (drawing and layout never touch the model).
import { MultiDirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { kindColor } from '../core/appearance/colors';
import { predicateLabel, shortLabel } from '../core/appearance/labels';
import type { KgGraph, NodeAttributes } from '../../kg/to-graph';
import type { Position } from '../../kg/layout';
import { isCandidateOnly } from '../../ingest/candidate-graphs';
import type { ExplorerSettings, SizeBy } from '../settings';
import { forEachSliced, type SliceClock } from './slices';
import { yearOf } from '../core/timeline/dated';
import { attributeNumber, isAttributeChoice, predicateOf } from '../core/appearance/attributes';

export interface RenderNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** What the canvas shows at rest: the acronym of a long name, or the name cut at a word. */
  label: string;
  /** The full label, shown on hover and selection. */
  fullLabel: string;
  kind: string;
  /** Pinned by a drag (node-drag.ts): ForceAtlas2 and noverlap leave the node where it is. */
  fixed?: boolean;
}

export interface RenderEdgeAttributes {
  label: string;
  color: string;
  size: number;
  predicate: string;
  /** 1: an unreviewed candidate, drawn dashed (candidate-dash-layer.ts). */
  dash?: number;
}

export type RenderGraph = MultiDirectedGraph<RenderNodeAttributes, RenderEdgeAttributes>;

/**
 * Raw measure per node: degree, PageRank (falls back to degree if it does not converge), evidence (the passages
 * asserting statements about it) or year (dated nodes only: an undated node gets the smallest size).
 */
export function nodeMeasure(model: KgGraph, sizeBy: SizeBy): Map<string, number> {
  const measure = new Map<string, number>();
  // A numeric attribute of the data: nodes without a value get the smallest size, as nodes without a year do
  if (isAttributeChoice(sizeBy)) {
    const predicate = predicateOf(sizeBy);
    model.forEachNode((key, attrs) => {
      const value = attributeNumber(attrs, predicate);
      if (value !== null) measure.set(key, value);
    });
    return measure;
  }
  if (sizeBy === 'pagerank' && model.order > 0) {
    try {
      const ranks = pagerank(model, { getEdgeWeight: null });
      for (const [key, value] of Object.entries(ranks)) measure.set(key, value);
      return measure;
    } catch {
      // graphology-metrics throws when the power iteration does not converge: degree is a sane stand-in.
    }
  }
  if (sizeBy === 'evidence') model.forEachNode((key, attrs) => measure.set(key, attrs.graphs.length));
  else if (sizeBy === 'year') {
    model.forEachNode((key, attrs) => {
      const year = yearOf(attrs);
      if (year !== null) measure.set(key, year);
    });
  } else model.forEachNode((key) => measure.set(key, model.degree(key)));
  return measure;
}

/** Sizes in [min, max], square-root scaled so hubs stand out without dwarfing everything. */
export function nodeSizes(model: KgGraph, sizeBy: SizeBy, min: number, max: number): Map<string, number> {
  return scaleSizes(nodeMeasure(model, sizeBy), min, max);
}

/** Nodes at which sizes start to shrink: sigma sizes are pixels, and thousands of 18 px discs make one grey blob. */
const FULL_SIZE_UP_TO = 2_000;

/**
 * The node size range for a graph of `order` nodes: the settings' range, scaled down on big graphs (at least 1–2 px).
 */
export function sizeRange(
  order: number,
  settings: Pick<ExplorerSettings, 'minNodeSize' | 'maxNodeSize'>,
): [number, number] {
  const k = Math.min(1, Math.sqrt(FULL_SIZE_UP_TO / Math.max(1, order)));
  return [
    Math.max(Math.min(1, settings.minNodeSize), settings.minNodeSize * k),
    Math.max(Math.min(2, settings.maxNodeSize), settings.maxNodeSize * k),
  ];
}

/** The scaling of nodeSizes, from raw measures. */
export function scaleSizes(measure: ReadonlyMap<string, number>, min: number, max: number): Map<string, number> {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of measure.values()) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const sizes = new Map<string, number>();
  for (const [key, v] of measure) {
    const t = hi > lo ? Math.sqrt((v - lo) / (hi - lo)) : 0.3;
    sizes.set(key, min + (max - min) * t);
  }
  return sizes;
}

/** The longest label drawn on the canvas (a selected or hovered node's): Details has the whole text. */
const FULL_LABEL_MAX = 60;

/**
 * The labels a node gets on the canvas: short (the label grid's) and full (selected or hovered). An SDG target reads
 * as its notation ("10.7"), its text in Details; a full label never runs longer than FULL_LABEL_MAX characters.
 */
export function canvasLabels(attrs: Pick<NodeAttributes, 'label' | 'altLabels' | 'kind' | 'notations'>): {
  label: string;
  fullLabel: string;
} {
  const notation = attrs.kind === 'target' || attrs.kind === 'goal' ? attrs.notations[0] : undefined;
  if (notation !== undefined) {
    const prefix = attrs.kind === 'goal' ? `SDG ${notation}` : notation;
    return { label: prefix, fullLabel: clip(`${prefix} ${attrs.label}`, FULL_LABEL_MAX) };
  }
  return { label: shortLabel(attrs.label, attrs.altLabels), fullLabel: clip(attrs.label, FULL_LABEL_MAX) };
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return text.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.–-]+$/, '') + '…';
}

/** What the rendering graph holds for one model node. */
function renderNode(
  attrs: NodeAttributes,
  p: Position | undefined,
  size: number | undefined,
  settings: ExplorerSettings,
): RenderNodeAttributes {
  return {
    x: p?.x ?? 0,
    y: p?.y ?? 0,
    size: size ?? settings.minNodeSize,
    color: kindColor(attrs.kind),
    ...canvasLabels(attrs),
    kind: attrs.kind,
  };
}

/** Edge labels by predicate: a big dataset has few predicates and many edges, so each is worked out once. */
function edgeLabeller(predicateLabels?: ReadonlyMap<string, string>): (predicate: string) => string {
  const labels = new Map<string, string>();
  return (predicate) => {
    let label = labels.get(predicate);
    if (label === undefined) labels.set(predicate, (label = predicateLabel(predicate, predicateLabels)));
    return label;
  };
}

/** Candidate colour: an ingested proposal nobody reviewed is never drawn like a curated statement. */
export const CANDIDATE_EDGE_COLOR = '#d97706';

/** An edge's drawing attributes; an edge asserted only by candidates is amber, its label says "candidate". */
function edgeLook(
  label: string,
  predicate: string,
  graphs: readonly string[],
  settings: ExplorerSettings,
): RenderEdgeAttributes {
  const candidate = isCandidateOnly(graphs);
  return {
    label: candidate ? `candidate: ${label}` : label,
    color: candidate ? CANDIDATE_EDGE_COLOR : settings.edgeColor,
    size: 1,
    predicate,
    dash: candidate ? 1 : 0,
  };
}

export function buildRenderGraph(
  model: KgGraph,
  positions: ReadonlyMap<string, Position>,
  sizeBy: SizeBy,
  settings: ExplorerSettings,
  predicateLabels?: ReadonlyMap<string, string>,
): RenderGraph {
  const sizes = nodeSizes(model, sizeBy, ...sizeRange(model.order, settings));
  const graph: RenderGraph = new MultiDirectedGraph();
  model.forEachNode((key, attrs) =>
    graph.addNode(key, renderNode(attrs, positions.get(key), sizes.get(key), settings)),
  );
  const label = edgeLabeller(predicateLabels);
  model.forEachEdge((edge, attrs, source, target) => {
    graph.addDirectedEdgeWithKey(
      edge,
      source,
      target,
      edgeLook(label(attrs.predicate), attrs.predicate, attrs.graphs, settings),
    );
  });
  return graph;
}

/**
 * Fills `graph` (empty, possibly already handed to sigma) from the model in slices that yield to the page:
 * the same nodes, edges and attributes as buildRenderGraph. Sizes by degree (PageRank is not computed eagerly here).
 */
export async function fillRenderGraphSliced(
  graph: RenderGraph,
  model: KgGraph,
  positions: ReadonlyMap<string, Position>,
  settings: ExplorerSettings,
  clock: SliceClock,
  predicateLabels?: ReadonlyMap<string, string>,
  onProgress?: (fraction: number) => void,
): Promise<void> {
  const nodes = model.nodes();
  const degrees = new Map<string, number>();
  await forEachSliced(nodes, (key) => degrees.set(key, model.degree(key)), clock);
  const sizes = scaleSizes(degrees, ...sizeRange(model.order, settings));
  const total = Math.max(1, model.order + model.size);
  await forEachSliced(
    nodes,
    (key) => {
      graph.addNode(key, renderNode(model.getNodeAttributes(key), positions.get(key), sizes.get(key), settings));
    },
    clock,
    (done) => onProgress?.(done / total),
  );
  const label = edgeLabeller(predicateLabels);
  await forEachSliced(
    model.edges(),
    (edge) => {
      const { predicate, graphs } = model.getEdgeAttributes(edge);
      graph.addDirectedEdgeWithKey(
        edge,
        model.source(edge),
        model.target(edge),
        edgeLook(label(predicate), predicate, graphs, settings),
      );
    },
    clock,
    (done) => onProgress?.((model.order + done) / total),
  );
}

/** Re-colours the rendering graph's nodes in place (the colour choice changed). */
export function applyColors(graph: RenderGraph, colors: ReadonlyMap<string, string>): void {
  graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, color: colors.get(key) ?? attrs.color }), {
    attributes: ['color'],
  });
}

/** Re-sizes the rendering graph's nodes in place (the size choice changed; a node without the measure is smallest). */
export function applySizes(graph: RenderGraph, model: KgGraph, sizeBy: SizeBy, settings: ExplorerSettings): void {
  const [min, max] = sizeRange(model.order, settings);
  const sizes = nodeSizes(model, sizeBy, min, max);
  graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, size: sizes.get(key) ?? min }), {
    attributes: ['size'],
  });
}
