// SPARQL 1.1 Graph Store Protocol client: PUT (replace) or POST (append) RDF into a named graph of a store.
import type { Quad } from '@rdfjs/types';
import { serializeRdf } from '../rdf/serialize';
import { createAuthFetch, type Credentials, type Transport } from './digest-auth';
import { GraphStoreError } from './errors';
import { DEFAULT_STORE_TIMEOUTS, storeRequest, type StoreTimeouts } from './store-http';

export interface PushOptions {
  /** The store's Graph Store Protocol URL (Virtuoso: http://host:8890/sparql-graph-crud-auth). */
  endpoint: string;
  /** Target graph IRI for the default-graph union of the data. */
  graph: string;
  /** Also write each named graph (each passage, for provenance) to a graph of its own name. */
  namedGraphs?: boolean;
  append?: boolean;
  credentials?: Credentials;
  timeouts?: StoreTimeouts;
  onGraph?: (done: number, total: number) => void;
}

export interface PushResult {
  /** Graphs written: the target graph, plus one per named graph when asked. */
  graphs: number;
  /** Triples written into the target graph. */
  triples: number;
  /** Triples written into each named graph (with `namedGraphs`). */
  namedGraphTriples: Map<string, number>;
}

/** Writes the union of `quads` into `graph` (and, if asked, each named graph into its own graph). */
export async function pushToGraphStore(quads: Quad[], options: PushOptions): Promise<PushResult> {
  const authFetch = storeFetch(options.credentials, options.timeouts);
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
  const namedGraphTriples = new Map<string, number>();
  for (const [i, batch] of batches.entries()) {
    // N-Triples: every store's GSP reads it, and blank nodes stay as they are.
    const body = await serializeRdf(batch.quads, 'ntriples');
    // Distinct lines: what a store holds after the upload (it keeps a triple once)
    const lines = new Set(body.split('\n').filter((l) => l.trim() !== '')).size;
    if (i === 0) triples = lines;
    else namedGraphTriples.set(batch.graph, lines);
    await sendGraph(authFetch, options.endpoint, batch.graph, body, options.append ? 'POST' : 'PUT');
    options.onGraph?.(i + 1, batches.length);
  }
  return { graphs: batches.length, triples, namedGraphTriples };
}

/** Requests to a store: authenticated as it asks, within the time limits, no redirect followed. */
export function storeFetch(
  credentials: Credentials | undefined,
  timeouts: StoreTimeouts = DEFAULT_STORE_TIMEOUTS,
): Transport {
  return createAuthFetch(credentials, (url, init) => storeRequest(url, init, timeouts));
}

/** Redirects a PUT or POST may follow: the ones that keep the method and the body. */
const KEEPS_METHOD = new Set([307, 308]);
const MAX_REDIRECTS = 5;

/**
 * One PUT or POST, checked: a 307/308 to the same origin is followed with the same method and body; any other
 * redirect is an error (a 301/302/303 would turn it into a GET, store nothing and answer 200), as is a redirect
 * to another origin (the data and the credentials stay with the store named). A 2xx that is a web page (a
 * login form, a proxy's notice) is an error too: no store answers a write with one.
 */
async function sendGraph(
  authFetch: Transport,
  endpoint: string,
  graph: string,
  body: string,
  method: 'PUT' | 'POST',
): Promise<void> {
  const first = new URL(endpoint);
  first.searchParams.set('graph', graph);
  const init: RequestInit = {
    method,
    headers: { 'content-type': 'application/n-triples; charset=utf-8' },
    body: Buffer.from(body, 'utf8'),
  };
  let url = first.href;
  for (let hops = 0; ; hops++) {
    const response = await authFetch(url, init);
    const text = await response.text();
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      const next = location === null ? undefined : safeUrl(location, url);
      const why = refuseRedirect(response.status, next, new URL(url), hops);
      if (why)
        throw new GraphStoreError(
          url,
          response.status,
          `HTTP ${response.status} redirect to ${location ?? '(no Location header)'} not followed: ${why}`,
          'redirect',
        );
      url = next!.href;
      continue;
    }
    if (!response.ok) throw new GraphStoreError(url, response.status, stripHtml(text));
    if (isWebPage(text)) {
      throw new GraphStoreError(
        url,
        response.status,
        `HTTP ${response.status} with a web page (${response.headers.get('content-type') ?? 'no Content-Type'}), not a store's answer: a login page or a proxy? Nothing is known to be stored. Page text: ${stripHtml(text)}`,
        'not-store',
      );
    }
    return;
  }
}

function refuseRedirect(status: number, next: URL | undefined, from: URL, hops: number): string | undefined {
  if (!KEEPS_METHOD.has(status)) {
    return status === 301 || status === 302 || status === 303
      ? 'it would turn the upload into a GET that stores nothing (only 307 and 308 keep the method and the body)'
      : 'only 307 and 308 redirects are followed';
  }
  if (!next) return 'the Location is missing or not a URL';
  if (next.origin !== from.origin)
    return `it leads to another origin (${next.origin}): the data and the credentials go only to ${from.origin}`;
  if (hops >= MAX_REDIRECTS) return `more than ${MAX_REDIRECTS} redirects`;
  return undefined;
}

function safeUrl(location: string, base: string): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}

/**
 * An HTML document: stores answer a write with nothing, a count, or a short text; Virtuoso's empty text/html is fine.
 */
function isWebPage(text: string): boolean {
  return (
    /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ||
    /<(?:form|input|title|body)[\s>]/i.test(text)
  );
}

/** Virtuoso answers errors as HTML: keep the words. */
function stripHtml(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
