// Dragging a node moves it and pins it there: ForceAtlas2 (its `fixed` attribute) and noverlap leave it where it was
// put.
import type { Renderer } from './sigma-renderer';
import type { RenderGraph } from './rendering-graph';

/** A drag shorter than this (CSS px) is a click that wobbled: the node goes back and is not pinned. */
export const MIN_DRAG_PX = 4;

export interface NodeDragEvents {
  /** A node starts to move under the pointer (the layout must let go of it meanwhile). */
  dragStart(key: string): void;
  /** The drag is over: the node is pinned where it was dropped, or back where it was (`pinned` false). */
  dragEnd(key: string, pinned: boolean): void;
}

/**
 * Binds sigma's node drag (enableNodeDrag, which keeps the camera still) to pinning in `graphOf()`. Sigma moves the
 * node by the pointer's travel since its first move event, so the node lagged the pointer by that first step: the
 * node is placed from where the button went down instead, and stays under the pointer.
 */
export function bindNodeDrag(renderer: Renderer, graphOf: () => RenderGraph, events: NodeDragEvents): void {
  let down: { key: string; x: number; y: number; at: { x: number; y: number } } | null = null;
  let dragging = false;
  renderer.on('downNode', ({ node, event }) => {
    const graph = graphOf();
    if (!graph.hasNode(node)) return;
    const { x, y } = graph.getNodeAttributes(node);
    down = { key: node, x, y, at: { x: event.x, y: event.y } };
    dragging = false;
  });
  renderer.on('nodeDragStart', ({ node }) => {
    if (down?.key !== node) return;
    dragging = true;
    events.dragStart(node);
  });
  renderer.on('nodeDrag', ({ node, event }) => {
    const graph = graphOf();
    if (down?.key !== node || !graph.hasNode(node)) return;
    const from = renderer.viewportToGraph(down.at);
    const to = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(node, { x: down.x + to.x - from.x, y: down.y + to.y - from.y });
  });
  renderer.on('nodeDragEnd', ({ node, event }) => {
    const from = down;
    down = null;
    const graph = graphOf();
    if (!dragging || from?.key !== node || !graph.hasNode(node)) return;
    dragging = false;
    const moved = Math.hypot(event.x - from.at.x, event.y - from.at.y) >= MIN_DRAG_PX;
    if (moved) graph.setNodeAttribute(node, 'fixed', true);
    else graph.mergeNodeAttributes(node, { x: from.x, y: from.y });
    events.dragEnd(node, moved);
  });
}

/** The pinned nodes of `graph`. */
export function pinnedNodes(graph: RenderGraph): string[] {
  return graph.filterNodes((_key, attrs) => attrs.fixed === true);
}

/** Lets the layout move these nodes again; returns how many were pinned. */
export function unpinNodes(graph: RenderGraph, keys: readonly string[]): number {
  let count = 0;
  for (const key of keys) {
    if (!graph.hasNode(key) || graph.getNodeAttribute(key, 'fixed') !== true) continue;
    graph.removeNodeAttribute(key, 'fixed');
    count++;
  }
  return count;
}

/** Where each pinned node of `graph` is. */
export function pinPositions(graph: RenderGraph): Map<string, { x: number; y: number }> {
  const pins = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, attrs) => {
    if (attrs.fixed === true) pins.set(key, { x: attrs.x, y: attrs.y });
  });
  return pins;
}

/**
 * Makes the pins of `graph` exactly `pins` (a shared link's, or a history step's): those nodes pinned where it puts
 * them, every other pin let go; keys the graph lacks are ignored. Returns whether anything changed.
 */
export function applyPins(graph: RenderGraph, pins: ReadonlyMap<string, { x: number; y: number }>): boolean {
  let changed =
    unpinNodes(
      graph,
      pinnedNodes(graph).filter((key) => !pins.has(key)),
    ) > 0;
  for (const [key, at] of pins) {
    if (!graph.hasNode(key)) continue;
    const attrs = graph.getNodeAttributes(key);
    if (attrs.fixed === true && attrs.x === at.x && attrs.y === at.y) continue;
    graph.mergeNodeAttributes(key, { x: at.x, y: at.y, fixed: true });
    changed = true;
  }
  return changed;
}
