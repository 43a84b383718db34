// Opens the SPARQL engine a shell needs: Oxigraph in a worker thread (so timeouts stop queries) or a remote endpoint.
import type { Quad } from '@rdfjs/types';
import type { SparqlEngine } from '../query/engine';
import { createRemoteEngine } from '../query/remote-engine';
import { createWorkerEngine } from './query-worker';

/** The local engine over `quads`, running in a worker thread that is terminated when a query times out. */
export async function openLocalEngine(quads: Quad[]): Promise<SparqlEngine> {
  return createWorkerEngine(quads);
}

/** A SPARQL 1.1 Protocol endpoint (Virtuoso, Fuseki, another `osce-kg serve`, …). */
export async function openRemoteEngine(endpoint: string): Promise<SparqlEngine> {
  return createRemoteEngine(endpoint);
}
