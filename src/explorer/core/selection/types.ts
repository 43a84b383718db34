// Selection state: the selected node and the highlight that panels set (query results, paths).
import type { Highlight } from '../../context';

export interface SelectionState {
  node: string | null;
  highlight: Highlight | null;
}

export const EMPTY_SELECTION: SelectionState = { node: null, highlight: null };
