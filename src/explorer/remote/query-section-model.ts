// What the Query panel's endpoint section says and does, without the DOM: the endpoint URL checked, the lines it shows,
// the neighbourhood lit up.
import type { KgGraph } from '../../kg/to-graph';
import type { Highlight } from '../context';
import { NEIGHBOUR_PAGE } from './queries';
import type { ExpandOutcome } from './remote-source';

/** The endpoint typed, resolved against the page, or why it cannot be used. */
export function endpointUrl(text: string, base: string): URL | string {
  let url: URL;
  try {
    url = new URL(text.trim(), base);
  } catch {
    return 'Not a URL.';
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : 'The endpoint must be an http(s) URL.';
}

/** What the section says of where queries go. */
export function modeText(endpoint: string | null): string {
  return endpoint !== null
    ? `Queries go to ${endpoint}. Expand nodes to bring their neighbours into the graph (${NEIGHBOUR_PAGE} at a time).`
    : 'Queries run on the data shown in this explorer.';
}

/** A node's label when the graph has it, else its IRI. */
export function nodeName(graph: KgGraph, iri: string): string {
  return graph.hasNode(iri) ? graph.getNodeAttribute(iri, 'label') : iri;
}

export function expansionText(outcome: ExpandOutcome, name: string): string {
  return `${outcome.loaded} links of ${name} loaded (${outcome.added} new statements)${outcome.more ? '; more remain.' : '; that is all.'}`;
}

/** The node and its neighbours with the edges between, to light up after an expansion (null: the node is not drawn). */
export function neighbourhood(graph: KgGraph, iri: string): Highlight | null {
  if (!graph.hasNode(iri)) return null;
  const nodes = new Set([iri, ...graph.neighbors(iri)]);
  return { nodes: [...nodes].sort(), edges: graph.edges(iri).sort(), caption: `${nodes.size - 1} neighbours` };
}
