// The explorer's state store: one object per domain, changed only through pure producers, listeners told which domain
// changed.
import type { AppearanceState } from './appearance/types';
import type { CameraState } from './camera/types';
import type { FiltersState } from './filters/types';
import type { PanelsState } from './panels/types';
import type { SelectionState } from './selection/types';

export interface ExplorerState {
  selection: SelectionState;
  filters: FiltersState;
  appearance: AppearanceState;
  camera: CameraState;
  panels: PanelsState;
}

export type Domain = keyof ExplorerState;
export type Producer<T> = (state: T) => T;
export type StoreListener = (domain: Domain, state: ExplorerState) => void;

export interface Store {
  get(): ExplorerState;
  /** Applies a pure producer to one domain; listeners run only when the producer returned a new object. */
  update<D extends Domain>(domain: D, producer: Producer<ExplorerState[D]>): void;
  subscribe(listener: StoreListener): () => void;
}

export function createStore(initial: ExplorerState): Store {
  let state = initial;
  const listeners = new Set<StoreListener>();
  return {
    get: () => state,
    update(domain, producer) {
      const next = producer(state[domain]);
      if (next === state[domain]) return;
      state = { ...state, [domain]: next };
      for (const listener of [...listeners]) listener(domain, state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
