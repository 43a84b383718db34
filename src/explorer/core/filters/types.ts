// Filters state: what is hidden (so that classes and predicates new after an import show by default).
import type { Period } from '../timeline/dated';

export interface FiltersState {
  /** Entity kinds hidden, sorted. */
  hiddenKinds: string[];
  /** Predicate IRIs hidden, sorted. */
  hiddenPredicates: string[];
  /** SDG goal number ("10") whose contributors alone are shown, or null. */
  sdgGoal: string | null;
  /** Show only the N-hop neighbourhood of the selection (0 = off). */
  focusHops: number;
  /** A status value ("planned"): entities with another status are hidden (those without one stay); null = any. */
  status: string | null;
  /** Years whose dated entities are shown (undated ones always are); null = all years. */
  period: Period | null;
  /** Explore mode: only the seed and the neighbours of the nodes expanded so far are shown (explore.ts); null = off. */
  explore: Exploration | null;
}

/** Explore mode's state: where it started, and the nodes whose neighbours were brought in, in the order they were. */
export interface Exploration {
  seed: string;
  expanded: string[];
}

export const NO_FILTERS: FiltersState = {
  hiddenKinds: [],
  hiddenPredicates: [],
  sdgGoal: null,
  focusHops: 0,
  status: null,
  period: null,
  explore: null,
};
