// Which edge shapes a graph needs drawn (self-loops, curves for parallel edges), so the edge program carries only those.
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
}

/** The shapes `graph` needs; `parallel` is looked for only when asked (a lean drawing has no curves anyway). */
export function edgeShapesOf(graph: Graph, lookForParallel = true): EdgeShapes {
  const loops = graph.selfLoopCount > 0;
  if (!lookForParallel) return { loops, parallel: false };
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
  return { loops, parallel };
}

/** Whether a program drawing `have` can draw a graph that needs `need`. */
export function coversShapes(have: EdgeShapes, need: EdgeShapes): boolean {
  return (have.loops || !need.loops) && (have.parallel || !need.parallel);
}
