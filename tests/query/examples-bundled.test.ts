// Example queries over the bundled graph (graph-data/**/*.trig + ontology.ttl), loaded by Oxigraph's own parsers.
import { describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { bundledDataFiles, GRAPH_DATA_DIR } from '../../src/node/bundled';
import { exampleQuery } from '../../src/query/examples';
import { createOxigraphEngine } from '../../src/query/oxigraph-engine';
import { formatFromFileName } from '../../src/rdf/formats';

async function bundledEngine() {
  const files = await bundledDataFiles(GRAPH_DATA_DIR);
  const inputs = await Promise.all(
    files.map(async (path) => ({
      content: new Uint8Array(await readFile(path)),
      format: formatFromFileName(path)!,
      fileName: relative(GRAPH_DATA_DIR, path),
    })),
  );
  const engine = createOxigraphEngine(oxigraph);
  await engine.loadRdf(inputs);
  return { engine, files };
}

describe('example queries on the bundled graph', () => {
  it('loads ontology.ttl and the TriG files', async () => {
    const { engine, files } = await bundledEngine();
    expect(files.some((f) => f.endsWith('ontology.ttl'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.trig')).length).toBeGreaterThan(3);
    expect(engine.size).toBeGreaterThan(1000);
  });

  it('"undocumented" returns no rows: every relation between entities has a passage', async () => {
    const { engine } = await bundledEngine();
    const result = await engine.query(exampleQuery('undocumented')!.sparql);
    expect(result.kind).toBe('bindings');
    expect(result.kind === 'bindings' ? result.rows : undefined).toEqual([]);
  });
});
