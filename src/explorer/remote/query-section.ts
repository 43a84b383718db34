// The "SPARQL endpoint" section of the Query panel: connect to an endpoint (or back to local data), expand nodes from
// it.
import type { ExplorerContext } from '../context';
import { h } from '../ui/dom';
import { expandWithNotice } from './expand-action';
import { endpointUrl, expansionText, modeText, neighbourhood, nodeName } from './query-section-model';
import { RemoteSource } from './remote-source';

export interface RemoteControls {
  element: HTMLElement;
  /** The endpoint in use (the page's remote session), or null for the explorer's own data. */
  source(): RemoteSource | null;
  /** Loads the next page of a node's neighbours from the endpoint. */
  expand(iri: string): Promise<void>;
}

/** The section's controls; each is wired by createRemoteControls. */
function sectionControls() {
  return {
    urlInput: h('input', {
      attrs: { type: 'url', 'aria-label': 'Endpoint URL', placeholder: 'https://example.org/sparql', size: '28' },
    }),
    status: h('div', { class: 'okg-qp-remote-status', attrs: { role: 'status', 'aria-live': 'polite' } }),
    expandButton: h('button', { attrs: { type: 'button' }, text: 'Expand selected node' }),
    moreButton: h('button', { attrs: { type: 'button', hidden: '' }, text: 'More neighbours' }),
    connect: h('button', { attrs: { type: 'button' }, text: 'Query endpoint' }),
    local: h('button', { attrs: { type: 'button' }, text: 'Query local data' }),
  };
}

/**
 * Loads the next page of a node's neighbours, says what came, and lights up its neighbourhood; resolves whether more
 * remain.
 */
async function expandNode(context: ExplorerContext, status: HTMLElement, iri: string): Promise<boolean | null> {
  const session = context.remote;
  const source = session.source();
  if (!source) return null;
  status.textContent = `Loading neighbours of ${nodeName(context.getGraph(), iri)}…`;
  const outcome = await expandWithNotice(session, source, iri);
  if (!outcome) {
    status.textContent = 'The endpoint did not answer (see the message over the graph); the graph is unchanged.';
    return null;
  }
  const graph = context.getGraph();
  status.textContent = expansionText(outcome, nodeName(graph, iri));
  context.setHighlight(neighbourhood(graph, iri));
  return outcome.more;
}

export function createRemoteControls(
  context: ExplorerContext,
  timeoutMs: () => number,
  onModeChange: () => void,
): RemoteControls {
  const session = context.remote;
  let lastExpanded: string | null = null;
  const c = sectionControls();
  // The section follows the page's session: connected here, at start-up (`?endpoint=`) or elsewhere.
  const showMode = (): void => {
    const source = session.source();
    lastExpanded = null;
    c.moreButton.hidden = true;
    c.expandButton.disabled = source === null;
    c.local.disabled = source === null;
    if (source && c.urlInput.value.trim() === '') c.urlInput.value = source.endpoint;
    c.status.textContent = modeText(source?.endpoint ?? null);
  };
  showMode();
  session.onChange(() => {
    showMode();
    onModeChange();
  });
  c.connect.addEventListener('click', () => {
    const url = endpointUrl(c.urlInput.value, location.href);
    if (typeof url === 'string') {
      c.status.textContent = url;
      return;
    }
    session.ensureBanner(context.getCanvasContainer());
    session.connect(new RemoteSource(url.href, context, timeoutMs));
    session.report({ kind: 'info', text: `Connected to ${url.href}.` });
  });
  c.local.addEventListener('click', () => {
    session.connect(null);
    session.report(null);
  });
  const expand = async (iri: string): Promise<void> => {
    const more = await expandNode(context, c.status, iri);
    if (more === null) return;
    lastExpanded = iri;
    c.moreButton.hidden = !more;
  };
  c.expandButton.addEventListener('click', () => {
    const key = context.getSelectedNode();
    if (key === null) c.status.textContent = 'Select a node on the graph first.';
    else void expand(context.getGraph().hasNode(key) ? context.getGraph().getNodeAttribute(key, 'iri') : key);
  });
  c.moreButton.addEventListener('click', () => {
    if (lastExpanded) void expand(lastExpanded);
  });
  const element = h('details', { class: 'okg-qp-remote' }, [
    h('summary', { text: 'SPARQL endpoint' }),
    h('div', { class: 'okg-qp-toolbar' }, [c.urlInput, c.connect, c.local]),
    h('div', { class: 'okg-qp-toolbar' }, [c.expandButton, c.moreButton]),
    c.status,
  ]);
  return { element, source: () => session.source(), expand };
}
