// Bench step: build the static site (`writeSite`, without the explorer) from the bundled graph or an RDF file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emit, requiredArg, runStep, stepArgs } from '../lib/step-io';

runStep(async () => {
  const args = stepArgs();
  const { loadBundledGraph } = await import('../../src/node/bundled');
  const { loadFiles } = await import('../../src/node/files');
  const { writeSite } = await import('../../src/publish/write-site');
  const bundled = args.file ? undefined : await loadBundledGraph();
  const quads = bundled ? bundled.data : await loadFiles([requiredArg(args, 'file')]);
  const out = mkdtempSync(join(tmpdir(), 'osce-kg-bench-site-'));
  try {
    const started = performance.now();
    const summary = await writeSite(quads, {
      out,
      siteUrl: 'https://example.org/osce-kg/',
      sourceText: bundled?.sourceText,
    });
    const ms = performance.now() - started;
    emit({ event: 'result', ms, quads: quads.length, ...summary });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
