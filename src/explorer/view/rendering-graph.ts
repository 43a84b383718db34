// The rendering graph: derived from the model graph and the appearance (drawing and layout never touch the model).
import { MultiDirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { KIND_COLORS, isEntityKind } from '../../kg/kinds';
import { localName } from '../../kg/labels';
import type { KgGraph } from '../../kg/to-graph';
import type { Position } from '../../kg/layout';
import type { ExplorerSettings, SizeBy } from '../settings';

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
}

export interface RenderEdgeAttributes {
  label: string;
  color: string;
  size: number;
  predicate: string;
}

export type RenderGraph = MultiDirectedGraph<RenderNodeAttributes, RenderEdgeAttributes>;

/**
 * The label of a property: its label in the data when known, else its local name spelt out
 * ("partnersWith" -> "partners with", "subOrganizationOf" -> "sub organization of").
 */
export function predicateLabel(iri: string, labels?: ReadonlyMap<string, string>): string {
  const known = labels?.get(iri);
  if (known) return known;
  return localName(iri).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
}

/** Short label for the canvas, so neighbouring labels do not run into each other. */
export function shortLabel(label: string, altLabels: readonly string[], max = 30): string {
  if (label.length <= max) return label;
  const acronym = [...altLabels].filter((a) => a.length <= 16).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  if (acronym) return acronym;
  const cut = label.lastIndexOf(' ', max - 1);
  return label.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.–-]+$/, '') + '…';
}

export function kindColor(kind: string): string {
  return isEntityKind(kind) ? KIND_COLORS[kind] : KIND_COLORS.other;
}

/** Raw measure per node: degree, or PageRank (falls back to degree if PageRank does not converge). */
export function nodeMeasure(model: KgGraph, sizeBy: SizeBy): Map<string, number> {
  const measure = new Map<string, number>();
  if (sizeBy === 'pagerank' && model.order > 0) {
    try {
      const ranks = pagerank(model, { getEdgeWeight: null });
      for (const [key, value] of Object.entries(ranks)) measure.set(key, value);
      return measure;
    } catch {
      // graphology-metrics throws when the power iteration does not converge: degree is a sane stand-in.
    }
  }
  model.forEachNode((key) => measure.set(key, model.degree(key)));
  return measure;
}

/** Sizes in [min, max], square-root scaled so hubs stand out without dwarfing everything. */
export function nodeSizes(model: KgGraph, sizeBy: SizeBy, min: number, max: number): Map<string, number> {
  const measure = nodeMeasure(model, sizeBy);
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

export function buildRenderGraph(
  model: KgGraph,
  positions: ReadonlyMap<string, Position>,
  sizeBy: SizeBy,
  settings: ExplorerSettings,
  predicateLabels?: ReadonlyMap<string, string>,
): RenderGraph {
  const sizes = nodeSizes(model, sizeBy, settings.minNodeSize, settings.maxNodeSize);
  const graph: RenderGraph = new MultiDirectedGraph();
  model.forEachNode((key, attrs) => {
    const p = positions.get(key) ?? { x: 0, y: 0 };
    graph.addNode(key, {
      x: p.x,
      y: p.y,
      size: sizes.get(key) ?? settings.minNodeSize,
      color: kindColor(attrs.kind),
      label: shortLabel(attrs.label, attrs.altLabels),
      fullLabel: attrs.label,
      kind: attrs.kind,
    });
  });
  // A big dataset has few predicates and many edges: each label is worked out once, not once per edge.
  const edgeLabels = new Map<string, string>();
  model.forEachEdge((edge, attrs, source, target) => {
    let label = edgeLabels.get(attrs.predicate);
    if (label === undefined) edgeLabels.set(attrs.predicate, (label = predicateLabel(attrs.predicate, predicateLabels)));
    graph.addDirectedEdgeWithKey(edge, source, target, {
      label,
      color: settings.edgeColor,
      size: 1,
      predicate: attrs.predicate,
    });
  });
  return graph;
}

/** Re-sizes the rendering graph's nodes in place (the size choice changed). */
export function applySizes(graph: RenderGraph, model: KgGraph, sizeBy: SizeBy, settings: ExplorerSettings): void {
  const sizes = nodeSizes(model, sizeBy, settings.minNodeSize, settings.maxNodeSize);
  graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, size: sizes.get(key) ?? attrs.size }), {
    attributes: ['size'],
  });
}
