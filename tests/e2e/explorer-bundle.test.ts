// The built explorer stays light: initial JS (entry + modulepreloads) at most 250 KB gzipped, and the heavy
// libraries (jsonld, oxigraph, CodeMirror) only in chunks loaded on demand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, ensureBuilt } from './harness';

describe('explorer bundle', () => {
  ensureBuilt();
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = [...new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]))];

  it('loads at most 250 KB of gzipped JS before the first frame', () => {
    expect(initial.length).toBeGreaterThan(0);
    const gzip = initial.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
    console.log(`initial JS: ${initial.join(', ')} = ${(gzip / 1024).toFixed(1)} KB gzipped`);
    expect(gzip).toBeLessThanOrEqual(250 * 1024);
  });

  it('keeps jsonld, oxigraph and CodeMirror out of the initial chunks', () => {
    for (const f of initial) {
      if (!existsSync(join(DIST, f + '.map'))) {
        // A chunk without a source map (the bundler's runtime) is only a few hundred bytes of loader code.
        expect(readFileSync(join(DIST, f)).length, f).toBeLessThan(4096);
        continue;
      }
      const map = JSON.parse(readFileSync(join(DIST, f + '.map'), 'utf8')) as { sources: string[] };
      const heavy = map.sources.filter((s) => /node_modules\/(jsonld|oxigraph|@codemirror|codemirror)\//.test(s));
      expect(heavy, f).toEqual([]);
    }
  });
});
