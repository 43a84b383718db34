// The "SPARQL endpoint" section of the Query panel: connect to an endpoint (or back to local data), expand nodes from it.
import type { ExplorerContext } from '../context';
import { h } from '../ui/dom';
import { expandWithNotice } from './expand-action';
import { NEIGHBOUR_PAGE } from './queries';
import { RemoteSource } from './remote-source';

export interface RemoteControls {
  element: HTMLElement;
  /** The endpoint in use (the page's remote session), or null for the explorer's own data. */
  source(): RemoteSource | null;
  /** Loads the next page of a node's neighbours from the endpoint. */
  expand(iri: string): Promise<void>;
}

export function createRemoteControls(context: ExplorerContext, timeoutMs: () => number, onModeChange: () => void): RemoteControls {
  const session = context.remote;
  let lastExpanded: string | null = null;
  const urlInput = h('input', { attrs: { type: 'url', 'aria-label': 'Endpoint URL', placeholder: 'https://example.org/sparql', size: '28' } });
  const status = h('div', { class: 'okg-qp-remote-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const expandButton = h('button', { attrs: { type: 'button' }, text: 'Expand selected node' });
  const moreButton = h('button', { attrs: { type: 'button', hidden: '' }, text: 'More neighbours' });
  const connect = h('button', { attrs: { type: 'button' }, text: 'Query endpoint' });
  const local = h('button', { attrs: { type: 'button' }, text: 'Query local data' });

  // The section follows the page's session: connected here, at start-up (`?endpoint=`) or elsewhere.
  function showMode(): void {
    const source = session.source();
    lastExpanded = null;
    moreButton.hidden = true;
    expandButton.disabled = source === null;
    local.disabled = source === null;
    if (source && urlInput.value.trim() === '') urlInput.value = source.endpoint;
    status.textContent = source
      ? `Queries go to ${source.endpoint}. Expand nodes to bring their neighbours into the graph (${NEIGHBOUR_PAGE} at a time).`
      : 'Queries run on the data shown in this explorer.';
  }
  showMode();
  session.onChange(() => {
    showMode();
    onModeChange();
  });

  connect.addEventListener('click', () => {
    let url: URL;
    try {
      url = new URL(urlInput.value.trim(), location.href);
    } catch {
      status.textContent = 'Not a URL.';
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      status.textContent = 'The endpoint must be an http(s) URL.';
      return;
    }
    session.ensureBanner(context.getCanvasContainer());
    session.connect(new RemoteSource(url.href, context, timeoutMs));
    session.report({ kind: 'info', text: `Connected to ${url.href}.` });
  });
  local.addEventListener('click', () => {
    session.connect(null);
    session.report(null);
  });

  async function expand(iri: string): Promise<void> {
    const source = session.source();
    if (!source) return;
    const graph0 = context.getGraph();
    status.textContent = `Loading neighbours of ${graph0.hasNode(iri) ? graph0.getNodeAttribute(iri, 'label') : iri}…`;
    const outcome = await expandWithNotice(session, source, iri);
    if (!outcome) {
      status.textContent = 'The endpoint did not answer (see the message over the graph); the graph is unchanged.';
      return;
    }
    lastExpanded = iri;
    moreButton.hidden = !outcome.more;
    const graph = context.getGraph();
    const name = graph.hasNode(iri) ? graph.getNodeAttribute(iri, 'label') : iri;
    status.textContent = `${outcome.loaded} links of ${name} loaded (${outcome.added} new statements)${outcome.more ? '; more remain.' : '; that is all.'}`;
    const nodes = new Set<string>();
    if (graph.hasNode(iri)) {
      nodes.add(iri);
      for (const n of graph.neighbors(iri)) nodes.add(n);
    }
    context.setHighlight(nodes.size ? { nodes: [...nodes].sort(), edges: graph.hasNode(iri) ? graph.edges(iri).sort() : [], caption: `${nodes.size - 1} neighbours` } : null);
  }

  expandButton.addEventListener('click', () => {
    const key = context.getSelectedNode();
    if (key === null) {
      status.textContent = 'Select a node on the graph first.';
      return;
    }
    void expand(context.getGraph().hasNode(key) ? context.getGraph().getNodeAttribute(key, 'iri') : key);
  });
  moreButton.addEventListener('click', () => {
    if (lastExpanded) void expand(lastExpanded);
  });

  const element = h('details', { class: 'okg-qp-remote' }, [
    h('summary', { text: 'SPARQL endpoint' }),
    h('div', { class: 'okg-qp-toolbar' }, [urlInput, connect, local]),
    h('div', { class: 'okg-qp-toolbar' }, [expandButton, moreButton]),
    status,
  ]);
  return { element, source: () => session.source(), expand };
}
