// Web Worker running the Oxigraph SPARQL engine, so that a heavy query never freezes the page (the panel terminates
// it).
import init, * as oxigraph from 'oxigraph/web.js';
import wasmUrl from 'oxigraph/web_bg.wasm?url';
import { createOxigraphEngine } from '../../query/oxigraph-engine';
import type { SparqlEngine } from '../../query/engine';
import { toWireResult, type WorkerRequest, type WorkerResponse } from '../panels/query/protocol';

let ready: Promise<unknown> | undefined;
let engine: SparqlEngine | undefined;

function post(message: WorkerResponse): void {
  (self as unknown as Worker).postMessage(message);
}

async function handle(request: WorkerRequest): Promise<void> {
  ready ??= init({ module_or_path: wasmUrl });
  await ready;
  const started = performance.now();
  if (request.type === 'load') {
    // Oxigraph parses the N-Quads itself (no n3 parse and re-serialisation here); passages copied to the default graph
    const loaded = createOxigraphEngine(oxigraph);
    await loaded.loadRdf([{ content: request.nquads, format: 'nquads' }]);
    engine = loaded;
    post({ type: 'loaded', id: request.id, quadCount: loaded.size, ms: performance.now() - started });
    return;
  }
  engine ??= createOxigraphEngine(oxigraph, []);
  const result = await engine.query(request.sparql, { rowLimit: request.rowLimit });
  post({ type: 'result', id: request.id, result: toWireResult(result), ms: performance.now() - started });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  handle(request).catch((error: unknown) => {
    const err = error instanceof Error ? error : new Error(String(error));
    const position = err as Error & { line?: unknown; column?: unknown; reason?: unknown };
    post({
      type: 'error',
      id: request.id,
      name: err.name,
      // A syntax error's own reason, without the position the panel shows itself.
      message: typeof position.reason === 'string' ? position.reason : err.message,
      line: typeof position.line === 'number' ? position.line : undefined,
      column: typeof position.column === 'number' ? position.column : undefined,
    });
  });
});
