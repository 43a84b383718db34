// Which edge shapes a graph needs drawn (self-loops, curves for parallel edges), so the edge program carries only
// those.
import type Graph from 'graphology';

/**
 * Sigma 4 draws every edge with the vertex count of the costliest path in its program (instanced drawing): a loop
 * path (its default 32 segments) makes each straight edge 66 vertices instead of 4. On software WebGL frames are
 * bound by that vertex work, so paths a graph does not need are left out of the program.
 */
export interface EdgeShapes {
  /** Some edge goes from a node to itself. */
  loops: boolean;
  /** Two or more edges join the same two nodes (either direction): sigma curves them apart. */
  parallel: boolean;
  /**
   * Some edge is an unreviewed candidate, drawn dashed (candidate-dash-layer.ts): the dash layer costs every edge
   * fragment a branch and a varying, so a graph without candidates keeps sigma's plain layer.
   */
  dashes: boolean;
}

/** Whether an edge is drawn dashed: the rendering graph's `dash` attribute (rendering-graph.ts). */
export type DashTest = (attributes: Record<string, unknown>) => boolean;
const renderDash: DashTest = (attributes) => attributes.dash === 1;

/**
 * The shapes `graph` needs; `parallel` and `dashes` are looked for only when asked (a lean drawing has neither
 * curves nor dashes). `isDashed` reads an edge's attributes: the rendering graph's by default.
 */
export function edgeShapesOf(graph: Graph, full = true, isDashed: DashTest = renderDash): EdgeShapes {
  const loops = graph.selfLoopCount > 0;
  if (!full) return { loops, parallel: false, dashes: false };
  const dashes = graph.someEdge((_key, attributes) => isDashed(attributes));
  // Same grouping as sigma's parallel-edge index: the unordered pair of ends.
  const seen = new Map<string, Set<string>>();
  const parallel = graph.someEdge((_key, _attributes, source, target) => {
    if (source === target) return false;
    const [low, high] = source < target ? [source, target] : [target, source];
    const ends = seen.get(low) ?? new Set<string>();
    if (ends.has(high)) return true;
    seen.set(low, ends.add(high));
    return false;
  });
  return { loops, parallel, dashes };
}

/** Whether a program drawing `have` can draw a graph that needs `need`. */
export function coversShapes(have: EdgeShapes, need: EdgeShapes): boolean {
  return (have.loops || !need.loops) && (have.parallel || !need.parallel) && (have.dashes || !need.dashes);
}

/**
 * Above this many edges the view draws lean: straight lines and loops only, no arrow heads, no curves for parallel
 * edges. With a curved path in the program every edge is drawn as a strip of many segments, and arrow heads add
 * zones; on software WebGL that multiplied the frame time of a 200,000-edge graph by orders of magnitude.
 */
export const LEAN_EDGES_ABOVE = 20_000;

/**
 * The shapes the renderer must draw for `graph`: a lean drawing has no curves, so parallel edges are not looked for.
 */
export function edgeShapesToDraw(graph: Graph, isDashed?: DashTest): EdgeShapes {
  return edgeShapesOf(graph, graph.size <= LEAN_EDGES_ABOVE, isDashed);
}
