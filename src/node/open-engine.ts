// Opens the SPARQL engine a shell needs: Oxigraph in a worker thread (so timeouts stop queries) or a remote endpoint.
import type { Quad } from '@rdfjs/types';
import type { QueryOptions, QueryResult, SparqlEngine } from '../query/engine';
import { QueryTimeoutError } from '../query/limits';
import { createRemoteEngine } from '../query/remote-engine';
import type { SourceFile } from './files';
import { formatBytes } from './files';
import { startProgress } from './progress';
import { createWorkerEngine, WorkerLoadError, WorkerSparqlEngine } from './query-worker';
import type { WorkerLoadItem } from './query-worker-protocol';
import { explainRejectedFile, workerLoadItems } from './worker-load-items';

/**
 * The local engine over `quads`, in a worker thread that is terminated when a query times out.
 * After a timeout the dataset is reloaded at once, and later queries wait for that reload before their own
 * clock starts: otherwise, with a short limit, the reload alone would time out every query that follows.
 */
export async function openLocalEngine(quads: Quad[]): Promise<SparqlEngine> {
  const engine = await createWorkerEngine(quads);
  return withReloadOnTimeout(engine, () => engine.load(quads));
}

/**
 * The local engine over files already read: Oxigraph parses them in the worker, nothing is parsed on the main
 * thread (JSON-LD excepted). All or nothing: a file Oxigraph rejects is parsed again with n3 to throw the
 * same RdfSyntaxError/RdfEncodingError (file:line:column) as the other commands.
 */
export async function openLocalEngineFromFiles(sources: SourceFile[]): Promise<SparqlEngine> {
  const bytes = sources.reduce((sum, s) => sum + s.content.byteLength, 0);
  const label = `loading ${sources.length} file${sources.length === 1 ? '' : 's'} (${formatBytes(bytes)})`;
  const progress = startProgress(label, { now: bytes >= 4 * 1024 * 1024 });
  const engine = new WorkerSparqlEngine();
  let items: WorkerLoadItem[];
  try {
    items = await workerLoadItems(sources);
    await engine.loadItems(items);
  } catch (error) {
    progress.done('load failed');
    await engine.close();
    if (error instanceof WorkerLoadError) return explainRejectedFile(sources[error.index], error.reason);
    throw error;
  }
  progress.done('loaded');
  return withReloadOnTimeout(engine, () => engine.loadItems(items));
}

function withReloadOnTimeout(engine: WorkerSparqlEngine, reload: () => Promise<void>): SparqlEngine {
  let reloading: Promise<void> = Promise.resolve();
  return {
    async query(sparql: string, options?: QueryOptions): Promise<QueryResult> {
      await reloading;
      try {
        return await engine.query(sparql, options);
      } catch (error) {
        if (error instanceof QueryTimeoutError) reloading = reload().catch(() => undefined);
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
