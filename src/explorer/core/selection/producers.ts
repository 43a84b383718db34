// Pure producers of the selection state.
import type { Highlight } from '../../context';
import type { Producer } from '../store';
import type { SelectionState } from './types';

export function selectNode(key: string | null): Producer<SelectionState> {
  return (state) => (state.node === key ? state : { ...state, node: key });
}

export function setHighlight(highlight: Highlight | null): Producer<SelectionState> {
  return (state) => (state.highlight === highlight ? state : { ...state, highlight });
}

/** Drops a selection or highlight that points at nodes no longer in the graph (after a data replace). */
export function pruneSelection(hasNode: (key: string) => boolean): Producer<SelectionState> {
  return (state) => {
    const node = state.node !== null && !hasNode(state.node) ? null : state.node;
    if (node === state.node) return state;
    return { ...state, node };
  };
}
