// A shared link's selection at start: refused with a notice when the node is not in the graph, else framed once laid
// out.
import type { KgGraph } from '../../kg/to-graph';
import { selectNode } from '../core/selection/producers';
import type { Store } from '../core/store';

export interface RestoredSelectionDeps {
  graph: KgGraph;
  notice(message: string): void;
  frameAround(key: string): void;
  /** Calls back once the first layout has placed the nodes (remote/layout-settled.ts). */
  whenLayoutSettled(callback: () => void): void;
}

export function checkRestoredSelection(store: Store, deps: RestoredSelectionDeps): void {
  const { selection, camera } = store.get();
  const key = selection.node;
  // An empty graph at start is remote mode: the selection is loaded from the endpoint (remote/start.ts).
  if (key !== null && deps.graph.order > 0 && !deps.graph.hasNode(key)) {
    deps.notice(`The link selects ${key}, which is not in this graph: nothing is selected.`);
    store.update('selection', selectNode(null));
    return;
  }
  // A link with its own camera shows that; without one, the selection is framed (unless it changed meanwhile).
  if (camera !== null || key === null) return;
  deps.whenLayoutSettled(() => {
    if (store.get().selection.node === key) deps.frameAround(key);
  });
}
