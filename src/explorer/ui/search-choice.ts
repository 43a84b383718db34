// A suggestion chosen: selected at once, or in remote mode first loaded from the endpoint with its neighbourhood.
import { expandWithNotice } from '../remote/expand-action';
import type { RemoteSession } from '../remote/session';

export function chooseSuggestion(session: RemoteSession, key: string, choose: (key: string) => void): void {
  const remote = session.source();
  if (!remote || remote.status(key).expanded) {
    choose(key);
    return;
  }
  const first = remote.context.getGraph().order === 0;
  void expandWithNotice(session, remote, key).then(() => {
    if (!remote.context.getGraph().hasNode(key)) return;
    choose(key);
    // A first load is framed whole at once (the frame follows the layout as it spreads), not zoomed on the node;
    // once the layout settles, expandWithNotice frames the node and its neighbours.
    if (first) session.fitWholeGraph();
  });
}
