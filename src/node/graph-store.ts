// SPARQL 1.1 Graph Store Protocol client: PUT (replace) or POST (append) RDF into a named graph of a store.
import type { Quad } from '@rdfjs/types';
import { serializeRdf } from '../rdf/serialize';
import { createAuthFetch, type Credentials } from './digest-auth';
import { GraphStoreError } from './errors';

export interface PushOptions {
  /** The store's Graph Store Protocol URL (Virtuoso: http://host:8890/sparql-graph-crud-auth). */
  endpoint: string;
  /** Target graph IRI for the default-graph union of the data. */
  graph: string;
  /** Also write each named graph (each passage, for provenance) to a graph of its own name. */
  namedGraphs?: boolean;
  append?: boolean;
  credentials?: Credentials;
  onGraph?: (done: number, total: number) => void;
}

export interface PushResult {
  /** Graphs written: the target graph, plus one per named graph when asked. */
  graphs: number;
  /** Triples written into the target graph. */
  triples: number;
}

/** Writes the union of `quads` into `graph` (and, if asked, each named graph into its own graph). */
export async function pushToGraphStore(quads: Quad[], options: PushOptions): Promise<PushResult> {
  const authFetch = createAuthFetch(options.credentials);
  const batches: { graph: string; quads: Quad[] }[] = [{ graph: options.graph, quads }];
  if (options.namedGraphs) {
    const byGraph = new Map<string, Quad[]>();
    for (const q of quads) {
      if (q.graph.termType !== 'NamedNode') continue;
      const list = byGraph.get(q.graph.value) ?? [];
      list.push(q);
      byGraph.set(q.graph.value, list);
    }
    for (const [graph, list] of byGraph) batches.push({ graph, quads: list });
  }
  let triples = 0;
  for (const [i, batch] of batches.entries()) {
    // N-Triples: every store's GSP reads it, and blank nodes stay as they are.
    const body = await serializeRdf(batch.quads, 'ntriples');
    if (i === 0) triples = body.split('\n').filter((l) => l.trim() !== '').length;
    await sendGraph(authFetch, options.endpoint, batch.graph, body, options.append ? 'POST' : 'PUT');
    options.onGraph?.(i + 1, batches.length);
  }
  return { graphs: batches.length, triples };
}

async function sendGraph(authFetch: typeof fetch, endpoint: string, graph: string, body: string, method: 'PUT' | 'POST'): Promise<void> {
  const url = new URL(endpoint);
  url.searchParams.set('graph', graph);
  let response: Response;
  try {
    response = await authFetch(url.href, {
      method,
      headers: { 'content-type': 'application/n-triples; charset=utf-8' },
      body: Buffer.from(body, 'utf8'),
    });
  } catch (error) {
    throw new GraphStoreError(url.href, 0, `cannot connect (${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message})`);
  }
  const text = await response.text();
  if (!response.ok) throw new GraphStoreError(url.href, response.status, stripHtml(text));
}

/** Virtuoso answers errors as HTML: keep the words. */
function stripHtml(text: string): string {
  return text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}
