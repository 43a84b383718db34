// Opens the SPARQL engine a shell needs: Oxigraph in a worker thread (so timeouts stop queries) or a remote endpoint.
import type { Quad } from '@rdfjs/types';
import type { QueryOptions, QueryResult, SparqlEngine } from '../query/engine';
import { QueryTimeoutError } from '../query/limits';
import { createRemoteEngine } from '../query/remote-engine';
import type { SourceFile } from './files';
import { formatBytes } from './files';
import { loadSources } from '../rdf/load';
import { startProgress } from './progress';
import { createWorkerEngine, WorkerLoadError, WorkerSparqlEngine } from './query-worker';
import type { WorkerLoadItem } from './query-worker-protocol';
import { QueryWorkerPool, type QueryPoolOptions } from './query-pool';
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

/** Files already read, or a function that reads them (called once the worker has been started). */
export type SourceFiles = SourceFile[] | (() => Promise<SourceFile[]>);

/**
 * The local engine over files: Oxigraph parses their bytes in the worker, nothing is parsed on the main thread
 * (JSON-LD excepted). The worker starts first, so its WASM compile overlaps reading the files. All or nothing: a
 * file Oxigraph rejects is parsed again with n3 to throw the same RdfSyntaxError/RdfEncodingError (file:line:column)
 * as the other commands.
 */
export async function openLocalEngineFromFiles(files: SourceFiles): Promise<SparqlEngine> {
  return (await openLocal(files, false)).engine;
}

export interface LocalDataset {
  engine: SparqlEngine;
  /** The same data parsed by n3 on the main thread (for the server's dataset downloads). */
  quads: Quad[];
}

/**
 * The engine as openLocalEngineFromFiles makes it and, in parallel on the main thread, n3's quads of the same files
 * (which the server needs for its dataset downloads): two cores load the data at once, nothing is re-serialised.
 * All or nothing, with n3's error (file:line:column) when a file is bad.
 */
export async function openLocalDataset(files: SourceFiles, pool?: QueryPoolOptions): Promise<LocalDataset> {
  const { engine, quads } = await openLocal(files, true, pool);
  return { engine, quads: quads! };
}

async function openLocal(
  files: SourceFiles,
  withQuads: boolean,
  pool?: QueryPoolOptions,
): Promise<{ engine: SparqlEngine; quads?: Quad[] }> {
  // The server's pool reloads a stopped worker itself; a single worker engine is reloaded by withReloadOnTimeout
  const engine = pool ? new QueryWorkerPool(pool, workerHeapLimitMb(pool)) : new WorkerSparqlEngine();
  engine.warmUp();
  let sources: SourceFile[];
  try {
    sources = typeof files === 'function' ? await files() : files;
  } catch (error) {
    await engine.close();
    throw error;
  }
  const bytes = sources.reduce((sum, s) => sum + s.content.byteLength, 0);
  const label = `loading ${sources.length} file${sources.length === 1 ? '' : 's'} (${formatBytes(bytes)})`;
  const progress = startProgress(label, { now: bytes >= 4 * 1024 * 1024 });
  let items: WorkerLoadItem[] = [];
  const loading = workerLoadItems(sources).then(async (made) => {
    items = made;
    await engine.loadItems(made);
  });
  // The worker's load runs on its own thread: n3 parses on this one meanwhile
  const parsing = withQuads ? loadSources(sources) : Promise.resolve(undefined);
  const [loaded, parsed] = await Promise.allSettled([loading, parsing]);
  if (loaded.status === 'rejected' || parsed.status === 'rejected') {
    progress.done('load failed');
    await engine.close();
    // n3's error is the precise one; Oxigraph's rejection is explained by parsing that file with n3
    if (parsed.status === 'rejected') throw parsed.reason;
    const error: unknown = (loaded as PromiseRejectedResult).reason;
    const rejected = error instanceof WorkerLoadError ? sources[error.index] : undefined;
    if (error instanceof WorkerLoadError && rejected !== undefined) return explainRejectedFile(rejected, error.reason);
    throw error;
  }
  progress.done('loaded');
  if (engine instanceof QueryWorkerPool) return { engine, quads: parsed.value };
  return { engine: withReloadOnTimeout(engine, () => engine.loadItems(items)), quads: parsed.value };
}

/** A worker's V8 heap cap: results are strings on that heap; Oxigraph's own memory is watched by the pool. */
function workerHeapLimitMb(pool: QueryPoolOptions): number {
  return Math.max(256, Math.min(2048, pool.memoryLimitMb ?? 1024));
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
