// A big new graph laid out at once, from its communities: Louvain groups the nodes, ForceAtlas2 places the groups by
// the edges between them, and each group's nodes spiral around its place, hubs in the middle. Deterministic: the same
// graph gives the same picture.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { GOLDEN_ANGLE, hashKey, type Position } from '../../kg/layout';
import type { KgGraph } from '../../kg/to-graph';
import { seededRandom } from '../../kg/seeded-random';
import { COARSE_LAYOUT_MAX_NODES, placeNodes } from './initial-layout';

/** Groups smaller than this are pooled into one: a scatter of isolated nodes is not a map of thousands of groups. */
const MIN_GROUP = 3;
/** ForceAtlas2 iterations on the graph of groups (a few hundred nodes: well under a second). */
const GROUP_ITERATIONS = 300;

/** Each node's group: its Louvain community, or the pool of small ones (-1). */
function groupsOf(model: KgGraph): Map<number, string[]> {
  // Louvain visits nodes in a random order: a fixed sequence, so the picture does not vary
  const community = louvain(model, { getEdgeWeight: null, rng: seededRandom(0x811c9dc5) });
  const members = new Map<number, string[]>();
  model.forEachNode((key) => {
    const c = community[key] ?? -1;
    const list = members.get(c) ?? [];
    members.set(c, list);
    list.push(key);
  });
  const groups = new Map<number, string[]>();
  const pool: string[] = [];
  for (const [c, list] of members) {
    if (list.length < MIN_GROUP) pool.push(...list);
    else groups.set(c, list);
  }
  if (pool.length) groups.set(-1, pool);
  return groups;
}

type GroupGraph = UndirectedGraph<{ x: number; y: number; size: number }, { weight: number }>;

/** The graph of groups: one node per group (size: the radius of its spiral), edges weighted by the links between. */
function groupGraph(model: KgGraph, groups: ReadonlyMap<number, string[]>): GroupGraph {
  const groupOf = new Map<string, string>();
  const graph: GroupGraph = new UndirectedGraph();
  // Largest first on a sunflower: where ForceAtlas2 starts does not depend on the order groups were found in
  const ordered = [...groups].sort(([a, la], [b, lb]) => lb.length - la.length || a - b);
  ordered.forEach(([c, list], i) => {
    const r = Math.sqrt(i + 0.5);
    const size = Math.sqrt(list.length);
    graph.addNode(String(c), { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE), size });
    for (const key of list) groupOf.set(key, String(c));
  });
  model.forEachEdge((_edge, _attributes, source, target) => {
    const [a, b] = [groupOf.get(source), groupOf.get(target)];
    if (a === undefined || b === undefined || a === b) return;
    if (graph.hasEdge(a, b)) graph.updateEdgeAttribute(a, b, 'weight', (w) => (w ?? 0) + 1);
    else graph.addEdge(a, b, { weight: 1 });
  });
  return graph;
}

/** Places the groups: ForceAtlas2 by the links between them, then spread so that no two spirals overlap. */
function placeGroups(graph: GroupGraph): void {
  forceAtlas2.assign(graph, {
    iterations: GROUP_ITERATIONS,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
  });
  // ForceAtlas2's scale is its own: bring the picture to the spirals' scale (one unit per node) before noverlap.
  let extent = 0;
  let area = 0;
  graph.forEachNode((_key, a) => {
    extent = Math.max(extent, Math.abs(a.x), Math.abs(a.y));
    area += a.size * a.size;
  });
  const scale = Math.sqrt(area) / Math.max(extent, 1e-9);
  graph.updateEachNodeAttributes((_key, a) => ({ ...a, x: a.x * scale, y: a.y * scale }));
  noverlap.assign(graph, { maxIterations: 500, settings: { margin: 1, ratio: 1.05, expansion: 1.1 } });
}

/**
 * Positions for every node of a big graph that has none yet. Within a group nodes go by degree (the best connected
 * in the middle), then by a hash of their key; spacing is one unit a node, as the seed positions are.
 */
export function communityPositions(model: KgGraph): Map<string, Position> {
  const groups = groupsOf(model);
  const graph = groupGraph(model, groups);
  if (graph.order > 1) placeGroups(graph);
  const positions = new Map<string, Position>();
  for (const [c, list] of groups) {
    const centre = graph.getNodeAttributes(String(c));
    const ordered = list
      .map((key) => ({ key, degree: model.degree(key), h: hashKey(key) }))
      .sort((a, b) => b.degree - a.degree || a.h - b.h || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    ordered.forEach(({ key }, i) => {
      const r = Math.sqrt(i + 0.5);
      positions.set(key, {
        x: centre.x + r * Math.cos(i * GOLDEN_ANGLE),
        y: centre.y + r * Math.sin(i * GOLDEN_ANGLE),
      });
    });
  }
  return positions;
}

/**
 * placeNodes for the graph worker (entity-graph-worker.ts): a new picture of a graph too big for the first layout is
 * placed by its communities instead of the seeds, while it is built. Only the worker loads Louvain (not the page).
 */
export function placeNodesInWorker(
  model: KgGraph,
  previous: ReadonlyMap<string, Position>,
): { positions: Map<string, Position>; kept: number } {
  const placed = placeNodes(model, previous);
  // kept 0: none of the nodes drawn before is in the new graph (a replace by other data), a new picture
  if (placed.kept === 0 && model.order > COARSE_LAYOUT_MAX_NODES)
    return { positions: communityPositions(model), kept: 0 };
  return placed;
}
