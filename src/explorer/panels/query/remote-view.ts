// The "SPARQL endpoint" section of the Query panel: switch queries to an endpoint, expand nodes from it 50 at a time.
import type { ExplorerContext } from '../../context';
import { h } from '../../ui/dom';
import { NEIGHBOUR_PAGE } from './remote-neighbourhood';
import { RemoteSource } from './remote-source';

export interface RemoteControls {
  element: HTMLElement;
  /** The endpoint in use, or null for the explorer's own data. */
  source(): RemoteSource | null;
  /** Loads the next page of a node's neighbours from the endpoint. */
  expand(iri: string): Promise<void>;
}

export function createRemoteControls(context: ExplorerContext, timeoutMs: () => number, onModeChange: () => void): RemoteControls {
  let source: RemoteSource | null = null;
  let lastExpanded: string | null = null;
  const urlInput = h('input', { attrs: { type: 'url', 'aria-label': 'Endpoint URL', placeholder: 'https://example.org/sparql', size: '28' } });
  const status = h('div', { class: 'okg-qp-remote-status', attrs: { role: 'status', 'aria-live': 'polite' }, text: 'Queries run on the data shown in this explorer.' });
  const expandButton = h('button', { attrs: { type: 'button', disabled: '' }, text: 'Expand selected node' });
  const moreButton = h('button', { attrs: { type: 'button', hidden: '' }, text: 'More neighbours' });
  const connect = h('button', { attrs: { type: 'button' }, text: 'Query endpoint' });
  const local = h('button', { attrs: { type: 'button', disabled: '' }, text: 'Query local data' });

  function setSource(next: RemoteSource | null): void {
    source = next;
    lastExpanded = null;
    moreButton.hidden = true;
    expandButton.disabled = next === null;
    local.disabled = next === null;
    status.textContent = next ? `Queries go to ${next.endpoint}. Expand nodes to bring their neighbours into the graph (${NEIGHBOUR_PAGE} at a time).` : 'Queries run on the data shown in this explorer.';
    onModeChange();
  }

  connect.addEventListener('click', () => {
    const raw = urlInput.value.trim();
    let url: URL;
    try {
      url = new URL(raw, location.href);
    } catch {
      status.textContent = 'Not a URL.';
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      status.textContent = 'The endpoint must be an http(s) URL.';
      return;
    }
    setSource(new RemoteSource(url.href, context, timeoutMs));
  });
  local.addEventListener('click', () => setSource(null));

  async function expand(iri: string): Promise<void> {
    if (!source) return;
    status.textContent = `Loading neighbours of ${context.getGraph().hasNode(iri) ? context.getGraph().getNodeAttribute(iri, 'label') : iri}…`;
    try {
      const outcome = await source.expand(iri);
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
    } catch (error) {
      status.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
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
  return { element, source: () => source, expand };
}
