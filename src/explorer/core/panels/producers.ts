// Pure producers of the panels' state (open tab, panel URL parameters).
import type { Producer } from '../store';
import type { PanelsState } from './types';

export function openTab(tab: string | null): Producer<PanelsState> {
  return (state) => (state.tab === tab ? state : { ...state, tab });
}

/** Sets one panel parameter; null or '' removes it. */
export function setPanelParam(name: string, value: string | null): Producer<PanelsState> {
  return (state) => {
    const next = value === '' ? null : value;
    if ((state.params.get(name) ?? null) === next) return state;
    const params = new Map(state.params);
    if (next === null) params.delete(name);
    else params.set(name, next);
    return { ...state, params };
  };
}

/** The whole state as a URL restores it (back/forward, a shared link); unchanged parts keep their identity. */
export function replacePanels(next: PanelsState): Producer<PanelsState> {
  return (state) => {
    const sameParams =
      state.params.size === next.params.size && [...next.params].every(([k, v]) => state.params.get(k) === v);
    if (sameParams && state.tab === next.tab) return state;
    return { tab: next.tab, params: sameParams ? state.params : next.params };
  };
}
