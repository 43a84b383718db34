// The worker thread of WorkerSparqlEngine: holds one Oxigraph store and answers queries one at a time.
import { parentPort } from 'node:worker_threads';
import * as oxigraph from 'oxigraph';
import { OxigraphEngine } from '../query/oxigraph-engine';
import { writeSparqlJson } from '../query/results-json';
import { quadsToNQuads } from '../query/terms';
import { QuerySyntaxError } from '../query/limits';
import type { FromWorker, ToWorker } from './query-worker-protocol';

// The text sent by the main thread already holds the default-graph copies (see quadsToNQuads).
const engine = new OxigraphEngine(oxigraph, { unionDefaultGraph: false });

function post(message: FromWorker): void {
  parentPort?.postMessage(message);
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'load') {
    const start = performance.now();
    engine.loadNQuads(message.text);
    post({ type: 'loaded', size: engine.size, ms: performance.now() - start });
    return;
  }
  const { id } = message;
  try {
    const result = await engine.query(message.sparql, { rowLimit: message.rowLimit });
    if (result.kind === 'boolean') post({ type: 'boolean', id, value: result.value });
    else if (result.kind === 'bindings') post({ type: 'bindings', id, json: writeSparqlJson(result), truncated: result.truncated });
    else post({ type: 'quads', id, nquads: quadsToNQuads(result.quads), truncated: result.truncated });
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    const syntax = err instanceof QuerySyntaxError ? err : undefined;
    post({ type: 'error', id, name: err.name, message: err.message, reason: syntax?.reason, line: syntax?.line, column: syntax?.column });
  }
}

parentPort?.on('message', (message: ToWorker) => {
  void handle(message);
});
