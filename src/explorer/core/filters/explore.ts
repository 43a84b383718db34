// Explore mode (pure): start from one node, bring in a node's neighbours (expand) and take them away again (collapse).
import type { KgGraph } from '../../../kg/to-graph';
import type { Producer } from '../store';
import type { Exploration, FiltersState } from './types';

/** The nodes explore mode shows: the seed, and the neighbours of every expanded node that is itself shown. */
export function exploredNodes(graph: KgGraph, explore: Exploration): Set<string> {
  const shown = new Set<string>();
  if (!graph.hasNode(explore.seed)) return shown;
  shown.add(explore.seed);
  // An expansion counts only while its node is shown (reached from the seed); one pass per newly reached node at most.
  let pending = explore.expanded.filter((k) => graph.hasNode(k));
  for (let grew = true; grew;) {
    grew = false;
    const waiting: string[] = [];
    for (const key of pending) {
      if (!shown.has(key)) {
        waiting.push(key);
        continue;
      }
      graph.forEachNeighbor(key, (n) => shown.add(n));
      grew = true;
    }
    pending = waiting;
  }
  return shown;
}

export function sameExploration(a: Exploration | null, b: Exploration | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.seed === b.seed &&
      a.expanded.length === b.expanded.length &&
      a.expanded.every((k, i) => k === b.expanded[i]))
  );
}

/** Starts explore mode from `seed`, showing it alone (null: back to the whole graph). */
export function exploreFrom(seed: string | null): Producer<FiltersState> {
  return (state) => {
    const explore = seed === null ? null : { seed, expanded: [] };
    return sameExploration(state.explore, explore) ? state : { ...state, explore };
  };
}

/** Brings in the neighbours of `key` (a node explore mode shows). */
export function expandNode(key: string): Producer<FiltersState> {
  return expandNodes([key]);
}

/** Brings in the neighbours of each of `keys`, in that order (those expanded already are left as they are). */
export function expandNodes(keys: readonly string[]): Producer<FiltersState> {
  return (state) => {
    if (state.explore === null) return state;
    const expanded = state.explore.expanded;
    const added = [...new Set(keys)].filter((k) => !expanded.includes(k));
    return added.length === 0 ? state : { ...state, explore: { ...state.explore, expanded: [...expanded, ...added] } };
  };
}

/**
 * Takes away what expanding `key` brought in: `key` is no longer expanded, nor is any expanded node that was shown
 * only through it (their neighbours go too). Nodes another expansion also brings in stay.
 */
export function collapseNode(key: string, graph: KgGraph): Producer<FiltersState> {
  return (state) => {
    if (state.explore === null || !state.explore.expanded.includes(key)) return state;
    const rest = { ...state.explore, expanded: state.explore.expanded.filter((k) => k !== key) };
    const shown = exploredNodes(graph, rest);
    return { ...state, explore: { ...rest, expanded: rest.expanded.filter((k) => shown.has(k)) } };
  };
}

/** The neighbours of `key` that expanding it would bring in (0: nothing to expand). */
export function hiddenNeighbours(graph: KgGraph, explore: Exploration, key: string): number {
  if (!graph.hasNode(key)) return 0;
  const shown = exploredNodes(graph, explore);
  return graph.neighbors(key).filter((n) => !shown.has(n)).length;
}
