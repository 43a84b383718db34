// What the graph view shows right now, in viewport pixels: the drawn nodes, edges and labels (for SVG and PNG export).
import type { Renderer } from './sigma-renderer';

export interface SnapshotNode {
  key: string;
  x: number;
  y: number;
  /** Radius in pixels. */
  radius: number;
  color: string;
  kind: string;
  /** The label as drawn now, or null when sigma shows none for this node. */
  label: string | null;
  labelSize: number;
  labelColor: string;
}

export interface SnapshotEdge {
  key: string;
  source: string;
  target: string;
  color: string;
  /** Thickness in pixels. */
  size: number;
  /** Several edges between the same two nodes are drawn as curves, spread apart: this edge's place among them. */
  parallelIndex: number;
  parallelCount: number;
}

export interface ViewSnapshot {
  width: number;
  height: number;
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
  /**
   * The colour legend over the graph when nodes are coloured by something else than their class (Appearance → Colour
   * by): an exported image shows it instead of the classes.
   */
  colorLegend?: { title: string; entries: readonly { label: string; color: string; count: number }[] } | null;
}

/** Items on a top layer (the selection's neighbourhood) are drawn after the rest, as sigma does. */
const onTop = (depth: string | undefined): number => (depth?.startsWith('top') ? 1 : 0);

function drawnNodes(renderer: Renderer): SnapshotNode[] {
  const graph = renderer.getGraph();
  const labelled = renderer.getNodeDisplayedLabels();
  const nodes: (SnapshotNode & { top: number })[] = [];
  graph.forEachNode((key, attributes) => {
    const data = renderer.getNodeDisplayData(key);
    if (!data || data.visibility === 'hidden') return;
    const at = renderer.framedGraphToViewport(data);
    const label = labelled.has(key) && data.labelVisibility !== 'hidden' && data.label ? data.label : null;
    nodes.push({
      key,
      x: at.x,
      y: at.y,
      radius: renderer.scaleSize(data.size),
      color: data.color,
      kind: attributes.kind,
      label,
      labelSize: data.labelSize ?? 14,
      labelColor: data.labelColor,
      top: onTop(data.depth),
    });
  });
  return nodes.sort((a, b) => a.top - b.top).map(({ top: _top, ...node }) => node);
}

function drawnEdges(renderer: Renderer, shown: ReadonlySet<string>): SnapshotEdge[] {
  const graph = renderer.getGraph();
  const edges: (SnapshotEdge & { top: number })[] = [];
  graph.forEachEdge((key, _attributes, source, target) => {
    const data = renderer.getEdgeDisplayData(key);
    if (!data || data.visibility === 'hidden' || !shown.has(source) || !shown.has(target)) return;
    const parallel = graph.edges(source, target);
    edges.push({
      key,
      source,
      target,
      color: data.color,
      size: data.size,
      top: onTop(data.depth),
      parallelIndex: parallel.indexOf(key),
      parallelCount: parallel.length,
    });
  });
  return edges.sort((a, b) => a.top - b.top).map(({ top: _top, ...edge }) => edge);
}

export function snapshotView(renderer: Renderer): ViewSnapshot {
  const { width, height } = renderer.getDimensions();
  const nodes = drawnNodes(renderer);
  return { width, height, nodes, edges: drawnEdges(renderer, new Set(nodes.map((n) => n.key))) };
}
