// Remote mode: "bring in the neighbours of this node", as search, Details and the Query panel all do it, with its
// messages.
import type { ExplorerContext } from '../context';
import { failureMessage } from './messages';
import { NEIGHBOUR_PAGE } from './queries';
import type { ExpandOutcome, RemoteSource } from './remote-source';
import { whenLayoutSettled } from './layout-settled';
import type { RemoteSession } from './session';

function nameOf(context: ExplorerContext, iri: string): string {
  const graph = context.getGraph();
  return graph.hasNode(iri) ? graph.getNodeAttribute(iri, 'label') : iri;
}

/**
 * Loads the next page of a node's neighbours from `source` and reports progress and the outcome in the banner.
 * Resolves to the outcome, or null when the request failed (the banner then says why; the graph is unchanged).
 * Once the layout has placed the newcomers, the camera frames the node and its neighbours if it is selected.
 */
export async function expandWithNotice(
  session: RemoteSession,
  source: RemoteSource,
  iri: string,
): Promise<ExpandOutcome | null> {
  const context = source.context;
  const before = nameOf(context, iri);
  session.report({ kind: 'busy', text: `Loading the neighbours of ${before} from ${source.endpoint}…` });
  try {
    const outcome = await source.expand(iri);
    const name = nameOf(context, iri);
    const rest = outcome.more
      ? `more remain: “More neighbours” in Details loads the next ${NEIGHBOUR_PAGE}.`
      : 'that is all of them.';
    session.report({
      kind: 'info',
      text: `${name}: ${outcome.loaded} links loaded (${context.getGraph().order} nodes shown); ${rest}`,
    });
    // The newcomers are placed around the node by the layout: once they are, bring the node and its neighbours into
    // view (unless the user has moved on to another node meanwhile). Otherwise an expansion at the edge of the
    // picture loads neighbours off screen and seems to do nothing.
    whenLayoutSettled(() => {
      if (context.getSelectedNode() === iri) session.frameNeighbourhood(context.getGraph(), iri);
    });
    return outcome;
  } catch (error) {
    session.report({
      kind: 'error',
      text: failureMessage(error, source.endpoint, `Loading the neighbours of ${before}`),
    });
    return null;
  }
}
