// Pure producers of the filters state.
import type { Producer } from '../store';
import type { Period } from '../timeline/dated';
import { sameExploration } from './explore';
import type { FiltersState } from './types';

function toggled(list: string[], value: string, visible: boolean): string[] {
  const set = new Set(list);
  if (visible) set.delete(value);
  else set.add(value);
  return [...set].sort();
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function setKindVisible(kind: string, visible: boolean): Producer<FiltersState> {
  return (state) => {
    const hiddenKinds = toggled(state.hiddenKinds, kind, visible);
    return same(hiddenKinds, state.hiddenKinds) ? state : { ...state, hiddenKinds };
  };
}

export function setPredicateVisible(predicate: string, visible: boolean): Producer<FiltersState> {
  return (state) => {
    const hiddenPredicates = toggled(state.hiddenPredicates, predicate, visible);
    return same(hiddenPredicates, state.hiddenPredicates) ? state : { ...state, hiddenPredicates };
  };
}

export function setSdgGoal(goal: string | null): Producer<FiltersState> {
  return (state) => (state.sdgGoal === goal ? state : { ...state, sdgGoal: goal });
}

export function setFocusHops(hops: number): Producer<FiltersState> {
  const n = Math.max(0, Math.floor(hops));
  return (state) => (state.focusHops === n ? state : { ...state, focusHops: n });
}

export function setStatus(status: string | null): Producer<FiltersState> {
  return (state) => (state.status === status ? state : { ...state, status });
}

export function setPeriod(period: Period | null): Producer<FiltersState> {
  return (state) => (samePeriod(state.period, period) ? state : { ...state, period });
}

function samePeriod(a: Period | null, b: Period | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

export function replaceFilters(next: FiltersState): Producer<FiltersState> {
  return (state) =>
    same(state.hiddenKinds, next.hiddenKinds) &&
    same(state.hiddenPredicates, next.hiddenPredicates) &&
    state.sdgGoal === next.sdgGoal &&
    state.focusHops === next.focusHops &&
    state.status === next.status &&
    samePeriod(state.period, next.period) &&
    sameExploration(state.explore, next.explore)
      ? state
      : next;
}
