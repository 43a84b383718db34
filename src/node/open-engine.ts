// Opens the SPARQL engine a shell needs: Oxigraph in a worker thread (so timeouts stop queries) or a remote endpoint.
import type { Quad } from '@rdfjs/types';
import type { QueryOptions, QueryResult, SparqlEngine } from '../query/engine';
import { QueryTimeoutError } from '../query/limits';
import { createRemoteEngine } from '../query/remote-engine';
import { createWorkerEngine } from './query-worker';

/**
 * The local engine over `quads`, in a worker thread that is terminated when a query times out.
 * After a timeout the dataset is reloaded at once, and later queries wait for that reload before their own
 * clock starts: otherwise, with a short limit, the reload alone would time out every query that follows.
 */
export async function openLocalEngine(quads: Quad[]): Promise<SparqlEngine> {
  const engine = await createWorkerEngine(quads);
  let reloading: Promise<void> = Promise.resolve();
  return {
    async query(sparql: string, options?: QueryOptions): Promise<QueryResult> {
      await reloading;
      try {
        return await engine.query(sparql, options);
      } catch (error) {
        if (error instanceof QueryTimeoutError) reloading = engine.load(quads).catch(() => undefined);
        throw error;
      }
    },
    close: () => engine.close(),
  };
}

/** A SPARQL 1.1 Protocol endpoint (Virtuoso, Fuseki, another `osce-kg serve`, …). */
export async function openRemoteEngine(endpoint: string): Promise<SparqlEngine> {
  return createRemoteEngine(endpoint);
}
