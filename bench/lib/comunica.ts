// Loads Comunica on Node 20: its undici 8 expects Node 22 APIs (zlib zstd, markAsUncloneable), so stand-ins are set
// first.
import zlib from 'node:zlib';
import workerThreads from 'node:worker_threads';
import type { QueryEngine } from '@comunica/query-sparql';

/** Imports `@comunica/query-sparql`; zstd-encoded HTTP bodies are never used here (sources are in-memory stores). */
export async function loadComunica(): Promise<typeof QueryEngine> {
  const z = zlib as unknown as Record<string, unknown>;
  if (typeof z.createZstdDecompress !== 'function') {
    z.createZstdDecompress = () => {
      throw new Error('zstd decompression needs Node 22');
    };
  }
  const w = workerThreads as unknown as Record<string, unknown>;
  if (typeof w.markAsUncloneable !== 'function') w.markAsUncloneable = () => {};
  return (await import('@comunica/query-sparql')).QueryEngine;
}
