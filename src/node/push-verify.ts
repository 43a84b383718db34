// `push --verify`: after the upload, the store is asked how many triples each written graph holds.
import type { Transport } from './digest-auth';
import { GraphStoreError } from './errors';
import { createRemoteEngine } from '../query/remote-engine';

/** Graph Store Protocol paths of common stores, and the SPARQL query path beside each. */
const QUERY_PATH_BESIDE: [RegExp, string][] = [
  [/\/sparql-graph-crud(?:-auth)?$/, '/sparql'], // Virtuoso
  [/\/data$/, '/sparql'], // Fuseki
  [/\/store$/, '/query'], // Oxigraph server
  [/\/rdf-graphs\/service$/, ''], // GraphDB (…/repositories/ID)
];

/** The SPARQL query endpoint beside a Graph Store Protocol URL, when the store is one we know; else undefined. */
export function queryEndpointFor(gspEndpoint: string): string | undefined {
  const url = new URL(gspEndpoint);
  for (const [pattern, replacement] of QUERY_PATH_BESIDE) {
    if (pattern.test(url.pathname)) {
      url.pathname = url.pathname.replace(pattern, replacement);
      url.search = '';
      return url.href;
    }
  }
  return undefined;
}

const iri = (value: string): string =>
  `<${value.replace(/[<>"{}|^`\\\s]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`;

/** Triples in each of `graphs` at `queryEndpoint` (a graph the store does not have counts 0). */
export async function countGraphTriples(
  queryEndpoint: string,
  graphs: string[],
  options: { fetch?: Transport; timeoutMs: number },
): Promise<Map<string, number>> {
  const engine = createRemoteEngine(queryEndpoint, options.fetch ? { fetch: options.fetch as typeof fetch } : {});
  const sparql = `SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { ${graphs.map(iri).join(' ')} } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`;
  const result = await engine.query(sparql, { timeoutMs: options.timeoutMs, rowLimit: graphs.length + 1 });
  const counts = new Map(graphs.map((g) => [g, 0]));
  if (result.kind !== 'bindings')
    throw new GraphStoreError(queryEndpoint, 0, 'the count query did not answer a table of results', 'verify');
  for (const row of result.rows) {
    if (row.g && row.n) counts.set(row.g.value, Number(row.n.value));
  }
  return counts;
}

/**
 * Compares what the store holds with what was sent: equal after a PUT; at least as many after an append
 * (`--append` adds to what was there). Throws `GraphStoreError` (kind `verify`) naming each graph that differs.
 */
export function checkCounts(
  expected: Map<string, number>,
  actual: Map<string, number>,
  append: boolean,
  queryEndpoint: string,
): void {
  const wrong: string[] = [];
  for (const [graph, want] of expected) {
    const have = actual.get(graph) ?? 0;
    if (append ? have < want : have !== want)
      wrong.push(`<${graph}> holds ${have} triples, ${append ? 'at least ' : ''}${want} were sent`);
  }
  if (wrong.length > 0) {
    const more = wrong.length > 3 ? ` (and ${wrong.length - 3} more graphs)` : '';
    throw new GraphStoreError(
      queryEndpoint,
      0,
      `verification failed: ${wrong.slice(0, 3).join('; ')}${more}`,
      'verify',
    );
  }
}
